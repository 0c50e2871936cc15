//===- InspectCommand.cpp - goexe inspect ---------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "goexe/Inspect/Inspect.h"
#include "goexe/Load/ExecutableLoader.h"

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
  std::unique_ptr<LoadedFile> Loaded = loadExecutable(S.diags(), Path);
  if (!Loaded)
    return false;
  printInspection(outs(), JSON ? InspectFormat::JSON : InspectFormat::Text,
                  Loaded->File, Loaded->Images);
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
