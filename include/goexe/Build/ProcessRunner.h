//===- ProcessRunner.h - Run a command and stream its output ----*- C++ -*-===//
///
/// \file
/// Runs a child process with LLVM's portable process API and hands its
/// output over while it runs. No pipes: the child writes stdout and stderr to
/// two temporary files, which are read as they grow.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_BUILD_PROCESSRUNNER_H
#define GOEXE_BUILD_PROCESSRUNNER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace goexe {

/// How a child process ended.
struct ProcessResult {
  enum Kind {
    Exited,        ///< It ran and exited with ExitCode.
    Crashed,       ///< Killed by a signal or an exception; see Message.
    FailedToStart, ///< It never ran (or goexe lost track of it); see Message.
  };
  Kind Status = FailedToStart;
  int ExitCode = 0;
  std::string Message;

  bool succeeded() const { return Status == Exited && ExitCode == 0; }
};

/// Runs \p Program (a path) with \p Args (Args[0] is the program's name as
/// the child sees it) in goexe's environment and working directory, stdin
/// inherited. Calls \p OnStdout and \p OnStderr with the bytes each stream
/// received, in the order they arrive, at most a few milliseconds after the
/// child wrote them.
ProcessResult runStreaming(llvm::StringRef Program,
                           llvm::ArrayRef<llvm::StringRef> Args,
                           llvm::function_ref<void(llvm::StringRef)> OnStdout,
                           llvm::function_ref<void(llvm::StringRef)> OnStderr);

/// Runs \p Program to the end and keeps what it printed.
struct CapturedRun {
  ProcessResult Result;
  std::string Stdout;
  std::string Stderr;
};
CapturedRun runCaptured(llvm::StringRef Program,
                        llvm::ArrayRef<llvm::StringRef> Args);

/// Sets a variable in goexe's own environment, which every command it runs
/// inherits; false when the system refuses.
bool setEnvironmentVariable(llvm::StringRef Name, llvm::StringRef Value);

/// goexe's environment, as NAME=VALUE entries in the system's order.
std::vector<std::string> environmentEntries();

} // namespace goexe

#endif
