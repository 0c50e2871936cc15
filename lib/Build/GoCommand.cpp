//===- GoCommand.cpp - What goexe understands of a go command line --------===//

#include "goexe/Build/GoCommand.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

/// The build flags that take a value (cmd/go/internal/work/build.go, Go 1.19
/// to 1.26); the others are booleans.
static bool takesValue(StringRef Name) {
  return StringSwitch<bool>(Name)
      .Cases("o", "p", "C", "asmflags", "buildmode", "compiler", true)
      .Cases("gccgoflags", "gcflags", "installsuffix", "ldflags", "mod", true)
      .Cases("modfile", "overlay", "pgo", "pkgdir", "tags", "toolexec", true)
      .Cases("covermode", "coverpkg", "exec", "debug-actiongraph", true)
      .Cases("debug-runtime-trace", "debug-trace", true)
      // go test's own flags that take a value.
      .Cases("run", "bench", "count", "timeout", "cpu", "parallel", true)
      .Cases("skip", "benchtime", "coverprofile", "outputdir", true)
      .Default(false);
}

/// The flags that change which packages and files a build reads, so `go
/// list` must see them too. -C is kept apart: it must come first.
static bool shapesGraph(StringRef Name) {
  return StringSwitch<bool>(Name)
      .Cases("tags", "mod", "modfile", "overlay", "buildmode", "compiler", true)
      .Cases("race", "msan", "asan", true)
      .Default(false);
}

static bool isGoBinary(StringRef Argv0) {
  StringRef Stem = sys::path::stem(Argv0);
  if (Stem.equals_insensitive("go"))
    return true;
  // The golang.org/dl wrappers: go1.22.1, go1.21rc2.
  return Stem.starts_with("go1.") && Stem.size() > 4 && isDigit(Stem[4]);
}

GoCommandLine parseGoCommandLine(ArrayRef<StringRef> Argv) {
  GoCommandLine Cmd;
  if (Argv.size() < 2 || !isGoBinary(Argv[0]))
    return Cmd;
  Cmd.IsGo = true;
  Cmd.Subcommand = Argv[1].str();

  size_t I = 2;
  for (; I < Argv.size(); ++I) {
    StringRef Arg = Argv[I];
    if (Arg == "--") {
      ++I;
      break;
    }
    if (!Arg.starts_with("-") || Arg == "-")
      break;
    StringRef Flag = Arg.drop_front(Arg.starts_with("--") ? 2 : 1);
    auto [Name, Value] = Flag.split('=');
    bool HasValue = Flag.contains('=');
    std::string FullValue = Value.str();
    if (!HasValue && takesValue(Name) && I + 1 < Argv.size()) {
      FullValue = Argv[++I].str();
      HasValue = true;
    }
    if (Name == "C" && HasValue)
      Cmd.ChangeDir = FullValue;
    else if (Name == "ldflags" && HasValue)
      Cmd.LdFlags = FullValue;
    else if (shapesGraph(Name))
      Cmd.GraphFlags.push_back(HasValue ? ("-" + Name + "=" + FullValue).str()
                                        : ("-" + Name).str());
  }
  for (; I < Argv.size(); ++I)
    Cmd.Packages.push_back(Argv[I].str());
  // go run's arguments after the .go files or the package belong to the
  // program, not to go.
  if (Cmd.Subcommand == "run" && !Cmd.Packages.empty()) {
    size_t Keep = 1;
    if (StringRef(Cmd.Packages[0]).ends_with(".go"))
      while (Keep < Cmd.Packages.size() &&
             StringRef(Cmd.Packages[Keep]).ends_with(".go"))
        ++Keep;
    Cmd.Packages.resize(Keep);
  }
  if (Cmd.Packages.empty())
    Cmd.Packages.push_back(".");
  return Cmd;
}

} // namespace goexe
