//===- Commands.h - The goexe subcommands -----------------------*- C++ -*-===//
///
/// \file
/// Each subcommand takes the arguments after its name and returns the exit
/// status. They parse options and call into lib/; they hold no logic of their
/// own about formats or checks.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_TOOL_COMMANDS_H
#define GOEXE_TOOL_COMMANDS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace goexe {

using CommandFn = int (*)(llvm::ArrayRef<const char *> Args);

struct Command {
  llvm::StringRef Name;
  llvm::StringRef Summary; ///< Empty for internal commands, left out of --help.
  CommandFn Run;
};

int runBuild(llvm::ArrayRef<const char *> Args);
int runCheck(llvm::ArrayRef<const char *> Args);
int runDoctor(llvm::ArrayRef<const char *> Args);
int runExplain(llvm::ArrayRef<const char *> Args);
int runInspect(llvm::ArrayRef<const char *> Args);
int runInternalEmit(llvm::ArrayRef<const char *> Args);

} // namespace goexe

#endif
