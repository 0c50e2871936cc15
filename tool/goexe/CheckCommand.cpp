//===- CheckCommand.cpp - goexe check -------------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "goexe/Check/Checks.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace goexe {

static const char CheckHelp[] = R"(USAGE: goexe check [options] FILE

Compares a finished executable with what the build asked for, and reports
each mismatch as a diagnostic (run 'goexe explain' for the groups).

Intent (options override the manifest):
  --manifest=FILE           The build's intent as JSON (docs/manifest.md);
                            diagnostics then point at the go_executable( call
  --goos=OS --goarch=ARCH   The target
  --ldflags=STRING          A -ldflags of the build, in go build syntax; give
                            it as often as the build did (the last one wins)
  --trimpath                The build used -trimpath
  --build-path=DIR          An absolute path that must not occur in a
                            -trimpath build (default: the current directory,
                            $HOME and $GOROOT)
  --cgo=0|1                 Whether cgo was on
  --static                  The executable must be static
  --min-windows=7|8|8.1|10|11
                            The oldest Windows the program must run on
  --cpu-baseline=LEVEL      The oldest CPU: v1..v4 (amd64), 5..7 (arm),
                            sse2|softfloat (386), v8.0.. (arm64)
  --dll-path=DIR            Where the program's DLLs are (repeatable; kept
                            for the DLL checks, which do not exist yet)
  --output=PATH             The name the executable will have (when FILE is
                            a temporary)
  --promote-to=PATH         The build's gate: when no error is reported,
                            rename FILE to PATH; otherwise delete FILE, so
                            that nothing is left for the next build to trust

)";

namespace {

void addDefaultBuildPaths(BuildIntent &Intent) {
  SmallString<256> Cwd;
  if (!sys::fs::current_path(Cwd))
    Intent.BuildPaths.push_back(Cwd.str().str());
  for (const char *Var : {"HOME", "USERPROFILE", "GOROOT"})
    if (std::optional<std::string> Value = sys::Process::GetEnv(Var))
      Intent.BuildPaths.push_back(*Value);
  // GOROOT is rarely set: the go on PATH tells where it is (GOROOT/bin/go),
  // without the cost of running it.
  if (ErrorOr<std::string> Go = sys::findProgramByName("go")) {
    SmallString<256> Real;
    if (!sys::fs::real_path(*Go, Real))
      Intent.BuildPaths.push_back(
          sys::path::parent_path(sys::path::parent_path(Real)).str());
  }
}

/// Runs every check on every image of \p Path; false when it cannot be read.
bool checkFile(Session &S, StringRef Path, const BuildIntent &Intent,
               const LinkerFlags &Flags) {
  Expected<ExecutableFile> File = readExecutableFile(Path);
  if (!File) {
    S.diags().report(diag::err_read_executable, {Path.str()})
        << toString(File.takeError());
    return false;
  }
  SourceLocation Where =
      Intent.CallSite ? *Intent.CallSite : SourceLocation(Path.str());
  for (const Executable &Exe : File->Images) {
    reportDamage(S.diags(), {Path.str()}, Exe.Damage);
    std::optional<GoBuildInfo> Go;
    if (Expected<std::optional<GoBuildInfo>> Info = readGoBuildInfo(Exe))
      Go = std::move(*Info);
    else
      S.diags().report(diag::warn_malformed_buildinfo, {Path.str()})
          << toString(Info.takeError());
    runAllChecks({*File, Exe, Go, Intent, Flags, S.diags(), Where});
  }
  return true;
}

/// The gate: the checked file becomes the build's output only when the
/// check passed; a failed check leaves no output, so the next build runs
/// again and fails again.
void promote(Session &S, StringRef File, StringRef Target) {
  if (S.toolFailed() || S.diags().hasErrors()) {
    // A file that cannot be removed is still not the output.
    std::error_code Removed = sys::fs::remove(File);
    (void)Removed;
    return;
  }
  if (std::error_code EC = sys::fs::rename(File, Target)) {
    S.diags().report(diag::err_promote, {Target.str()}) << File << EC.message();
    S.setToolFailed();
  }
}

} // namespace

int runCheck(ArrayRef<const char *> Args) {
  Session S(Args);
  BuildIntent Intent;

  // The manifest first: its -W options come before the command line's.
  for (size_t I = 0; I < Args.size(); ++I)
    if (std::optional<StringRef> Path = S.takeValue(Args, I, "--manifest")) {
      if (Error E = readManifest(*Path, Intent)) {
        S.diags().report(diag::err_manifest, {Path->str()})
            << toString(std::move(E));
        S.setToolFailed();
        return S.finish();
      }
      for (const std::string &Option : Intent.WarningOptions)
        S.diags().applyWarningOption(Option);
    }

  std::vector<StringRef> Files;
  std::vector<std::string> CommandLineLdflags;
  std::optional<std::string> PromoteTo;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    if (Arg == "--help" || Arg == "-h") {
      outs() << CheckHelp << DiagnosticOptionsHelp;
      return 0;
    }
    if (S.parseCommonOption(Args, I) || S.takeValue(Args, I, "--manifest"))
      continue;
    if (auto V = S.takeValue(Args, I, "--goos"))
      Intent.GOOS = V->str();
    else if (auto V = S.takeValue(Args, I, "--goarch"))
      Intent.GOARCH = V->str();
    else if (auto V = S.takeValue(Args, I, "--ldflags"))
      CommandLineLdflags.push_back(V->str());
    else if (Arg == "--trimpath")
      Intent.Trimpath = true;
    else if (auto V = S.takeValue(Args, I, "--build-path"))
      Intent.BuildPaths.push_back(V->str());
    else if (auto V = S.takeValue(Args, I, "--cgo")) {
      if (*V != "0" && *V != "1")
        S.usageError("invalid value '" + *V + "' for --cgo (expected 0 or 1)");
      Intent.Cgo = *V == "1";
    } else if (Arg == "--static")
      Intent.Static = true;
    else if (auto V = S.takeValue(Args, I, "--min-windows")) {
      if (!windowsNTVersion(*V))
        S.usageError("invalid value '" + *V +
                     "' for --min-windows (expected 7, 8, 8.1, 10 or 11)");
      Intent.MinWindows = V->str();
    } else if (auto V = S.takeValue(Args, I, "--cpu-baseline")) {
      if (!isKnownCpuBaseline(*V))
        S.usageError("invalid value '" + *V +
                     "' for --cpu-baseline (expected v1..v4, 5..7, sse2, "
                     "softfloat or v8.0..v9.5)");
      Intent.CpuBaseline = V->str();
    } else if (auto V = S.takeValue(Args, I, "--dll-path"))
      Intent.DllPaths.push_back(V->str());
    else if (auto V = S.takeValue(Args, I, "--output"))
      Intent.Output = V->str();
    else if (auto V = S.takeValue(Args, I, "--promote-to"))
      PromoteTo = V->str();
    else if (Arg.starts_with("-") && Arg != "-")
      S.usageError("unknown option '" + Arg + "'");
    else
      Files.push_back(Arg);
  }
  // The command line's -ldflags replace the manifest's, as a later
  // -ldflags replaces an earlier one.
  if (!CommandLineLdflags.empty())
    Intent.Ldflags = std::move(CommandLineLdflags);
  if (Files.size() != 1)
    S.usageError(Files.empty() ? "no input file; run 'goexe check --help'"
                               : "goexe check takes one input file");
  if (S.toolFailed())
    return S.finish();

  LinkerFlags Flags;
  if (!Intent.Ldflags.empty()) {
    Expected<LinkerFlags> Parsed = parseLinkerFlags(Intent.Ldflags.back());
    if (!Parsed) {
      S.usageError("invalid -ldflags '" + Intent.Ldflags.back() +
                   "': " + toString(Parsed.takeError()));
      return S.finish();
    }
    Flags = std::move(*Parsed);
  }
  if (Intent.Trimpath.value_or(false) && Intent.BuildPaths.empty())
    addDefaultBuildPaths(Intent);

  if (PromoteTo && !Intent.Output)
    Intent.Output = *PromoteTo;
  if (!checkFile(S, Files.front(), Intent, Flags))
    S.setToolFailed();
  if (PromoteTo)
    promote(S, Files.front(), *PromoteTo);
  return S.finish();
}

} // namespace goexe
