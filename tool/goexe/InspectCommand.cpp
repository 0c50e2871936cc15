//===- InspectCommand.cpp - goexe inspect ---------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "goexe/Check/Checks.h"
#include "goexe/Inspect/Inspect.h"

#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace goexe {

static const char InspectUsage[] = R"(USAGE: goexe inspect [options] FILE...

Reads Go-built (and other) PE, ELF and Mach-O executables and prints what
`go version -m` prints, followed by the facts of the headers.

)";

/// Reads one file and reports what is wrong with it; false when it could
/// not be read at all.
static bool inspectFile(Session &S, StringRef Path, bool JSON) {
  Expected<ExecutableFile> File = readExecutableFile(Path);
  if (!File) {
    S.diags().report(diag::err_read_executable, {Path.str()})
        << toString(File.takeError());
    return false;
  }

  std::vector<InspectedImage> Images;
  for (const Executable &Exe : File->Images) {
    reportDamage(S.diags(), {Path.str()}, Exe.Damage);
    InspectedImage Image{&Exe, std::nullopt};
    Expected<std::optional<GoBuildInfo>> Go = readGoBuildInfo(Exe);
    if (!Go) {
      S.diags().report(diag::warn_malformed_buildinfo, {Path.str()})
          << toString(Go.takeError());
    } else if (*Go) {
      if (!(*Go)->ModInfoError.empty())
        S.diags().report(diag::warn_malformed_buildinfo, {Path.str()})
            << (*Go)->ModInfoError;
      Image.Go = std::move(**Go);
    }
    Images.push_back(std::move(Image));
  }

  if (JSON)
    outs() << inspectToJSON(*File, Images) << '\n';
  else
    printInspectText(outs(), *File, Images);
  // Keep the output in step with the diagnostics of the next file.
  outs().flush();
  return true;
}

int runInspect(ArrayRef<const char *> Args) {
  Session S(Args, InspectCommand);
  if (S.printHelpIfAsked(InspectUsage))
    return 0;
  S.applyWarningOptions();
  bool JSON = S.args().has(OptionID::Json);
  ArrayRef<StringRef> Files = S.args().Inputs;
  if (Files.empty())
    S.usageError("no input files; run 'goexe inspect --help'");
  if (S.toolFailed())
    return S.finish();

  for (StringRef Path : Files)
    if (!inspectFile(S, Path, JSON))
      S.setToolFailed();
  return S.finish();
}

} // namespace goexe
