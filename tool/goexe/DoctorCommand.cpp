//===- DoctorCommand.cpp - goexe doctor -----------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "goexe/Doctor/Doctor.h"

#include "llvm/Support/FileSystem.h"

using namespace llvm;

namespace goexe {

static const char DoctorUsage[] = R"(USAGE: goexe doctor [options] [PACKAGE]

Asks the toolchain the build will use (go env, go tool dist list, the C
compiler) about the build the options or the manifest describe, and
reports what would break before go build runs: a go older than go.mod asks
for, a target Go cannot build, a C compiler that is missing, is MSVC or
compiles for another platform, a static build without the static C
library, a .syso for another target, two .syso files with resources. It
changes no file and downloads nothing.

)";

int runDoctor(ArrayRef<const char *> Args) {
  Session S(Args, DoctorCommand);
  if (S.printHelpIfAsked(DoctorUsage))
    return 0;
  BuildIntent Intent;
  if (!S.readIntent(Intent))
    return S.finish();
  std::string Dir;
  for (const ParsedOption &O : S.args().Options)
    if (O.ID == OptionID::Dir)
      Dir = O.Value.str();
  if (S.args().Inputs.size() > 1)
    S.usageError("goexe doctor takes one package");
  else if (!S.args().Inputs.empty())
    Intent.Package = S.args().Inputs.front().str();
  if (!Dir.empty() && !sys::fs::is_directory(Dir))
    S.usageError("--dir: '" + Dir + "' is not a directory");
  if (S.toolFailed())
    return S.finish();

  DoctorContext Context(S.diags(), Intent, Dir);
  runDoctorChecks(Context);
  return S.finish();
}

} // namespace goexe
