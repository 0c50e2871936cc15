//===- CheckCommand.cpp - goexe check -------------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "goexe/Check/Checks.h"
#include "goexe/Load/ExecutableLoader.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace goexe {

static const char CheckUsage[] = R"(USAGE: goexe check [options] FILE

Compares a finished executable with what the build asked for, and reports
each mismatch as a diagnostic (run 'goexe explain' for the groups).

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
  std::unique_ptr<LoadedFile> Loaded = loadExecutable(S.diags(), Path);
  if (!Loaded)
    return false;
  SourceLocation Where =
      Intent.CallSite ? *Intent.CallSite : SourceLocation(Path.str());
  for (const LoadedImage &Image : Loaded->Images)
    runAllChecks(
        {Loaded->File, *Image.Exe, Image.Go, Intent, Flags, S.diags(), Where});
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
  Session S(Args, CheckCommand);
  if (S.printHelpIfAsked(CheckUsage))
    return 0;
  BuildIntent Intent;
  if (!S.readIntent(Intent))
    return S.finish();
  std::optional<std::string> PromoteTo;
  for (const ParsedOption &O : S.args().Options)
    if (O.ID == OptionID::PromoteTo)
      PromoteTo = O.Value.str();
  ArrayRef<StringRef> Files = S.args().Inputs;
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
