//===- ProcessRunner.cpp - Run a command and stream its output ------------===//
///
/// \file
/// The child writes to two temporary files; goexe polls them for new bytes
/// while a thread waits for the child with a blocking sys::Wait. Only llvm::sys
/// APIs, so the same code runs on Windows, macOS and Linux.
///
//===----------------------------------------------------------------------===//

#include "goexe/Build/ProcessRunner.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Errno.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <thread>

#ifndef _WIN32
#include <unistd.h> // environ
#endif

using namespace llvm;

namespace goexe {

namespace {

/// A temporary file the child writes and goexe reads as it grows. Removed
/// when done, and on a fatal signal.
class GrowingFile {
public:
  GrowingFile() = default;
  GrowingFile(const GrowingFile &) = delete;
  GrowingFile &operator=(const GrowingFile &) = delete;
  ~GrowingFile() {
    // Nothing to do about a temporary file that cannot be closed or removed.
    if (Handle) {
      std::error_code Closed = sys::fs::closeFile(*Handle);
      (void)Closed;
    }
    if (!Path.empty()) {
      std::error_code Removed = sys::fs::remove(Path);
      (void)Removed;
      sys::DontRemoveFileOnSignal(Path);
    }
  }

  std::error_code create(StringRef Prefix) {
    if (std::error_code EC = sys::fs::createTemporaryFile(Prefix, "txt", Path))
      return EC;
    sys::RemoveFileOnSignal(Path);
    return {};
  }

  /// Opens the file for reading. Called after the child has started: on
  /// Windows the child's handle only shares reading, so goexe must not hold
  /// a handle that writes.
  std::error_code open() {
    Expected<sys::fs::file_t> F = sys::fs::openNativeFileForRead(Path);
    if (!F)
      return errorToErrorCode(F.takeError());
    Handle = *F;
    return {};
  }

  /// Hands over what was appended since the last call; true if anything was.
  bool drain(function_ref<void(StringRef)> Sink) {
    if (!Handle)
      return false;
    bool Any = false;
    char Buffer[64 * 1024];
    for (;;) {
      Expected<size_t> N = sys::fs::readNativeFile(*Handle, Buffer);
      if (!N) {
        consumeError(N.takeError());
        return Any;
      }
      if (*N == 0)
        return Any;
      Any = true;
      Sink(StringRef(Buffer, *N));
    }
  }

  StringRef path() const { return Path; }

private:
  SmallString<128> Path;
  std::optional<sys::fs::file_t> Handle;
};

ProcessResult failedToStart(const Twine &Message) {
  ProcessResult R;
  R.Status = ProcessResult::FailedToStart;
  R.Message = Message.str();
  return R;
}

/// Turns what sys::Wait returned into a ProcessResult.
ProcessResult interpretWait(const sys::ProcessInfo &Done,
                            const std::string &WaitMessage) {
  ProcessResult R;
  int Code = Done.ReturnCode;
  if (Code >= 0) {
    R.Status = ProcessResult::Exited;
    R.ExitCode = Code;
    return R;
  }
#ifdef _WIN32
  // A negative code is an NTSTATUS (0xC0000005 access violation, ...);
  // sys::Wait says -2 when it could not get the status at all.
  if (Code == -2)
    return failedToStart(WaitMessage);
  R.Status = ProcessResult::Crashed;
  R.Message = (Twine("exception 0x") + utohexstr(uint32_t(Code))).str();
  return R;
#else
  if (Code == -2) {
    R.Status = ProcessResult::Crashed;
    R.Message = WaitMessage.empty() ? "killed by a signal" : WaitMessage;
    return R;
  }
  // sys::Wait folds exit statuses 127 and 126 into -1, the shell's codes for
  // "not found" and "not executable". The program was found and started
  // (posix_spawn reports a failed exec itself), so these are the child's own
  // exit statuses and must be passed on.
  if (WaitMessage == sys::StrError(ENOENT)) {
    R.Status = ProcessResult::Exited;
    R.ExitCode = 127;
    return R;
  }
  if (WaitMessage == "Program could not be executed") {
    R.Status = ProcessResult::Exited;
    R.ExitCode = 126;
    return R;
  }
  return failedToStart(WaitMessage);
#endif
}

/// How the child ended, handed from the thread that waits for it.
struct ExitWatch {
  std::mutex Mutex;
  std::condition_variable Changed;
  bool Exited = false;
  sys::ProcessInfo Done;
  std::string Message;
};

} // namespace

ProcessResult runStreaming(StringRef Program, ArrayRef<StringRef> Args,
                           function_ref<void(StringRef)> OnStdout,
                           function_ref<void(StringRef)> OnStderr) {
  GrowingFile Out, Err;
  if (std::error_code EC = Out.create("goexe-stdout"))
    return failedToStart("cannot create a temporary file: " + EC.message());
  if (std::error_code EC = Err.create("goexe-stderr"))
    return failedToStart("cannot create a temporary file: " + EC.message());

  std::optional<StringRef> Redirects[] = {std::nullopt, Out.path(), Err.path()};
  std::string ErrMsg;
  bool ExecutionFailed = false;
  sys::ProcessInfo PI =
      sys::ExecuteNoWait(Program, Args, /*Env=*/std::nullopt, Redirects,
                         /*MemoryLimit=*/0, &ErrMsg, &ExecutionFailed);
  if (ExecutionFailed || PI.Pid == sys::ProcessInfo::InvalidPid)
    return failedToStart(ErrMsg.empty() ? "cannot start the process" : ErrMsg);

  // If the files cannot be read, the output is lost but the child still
  // runs to the end: its exit status is what matters most to a build.
  std::error_code OpenOut = Out.open();
  std::error_code OpenErr = Err.open();

  // A thread blocks in sys::Wait, so the exit is noticed at once; every
  // target of a build would pay for a late one. This thread polls the files
  // quickly while output flows and backs off to 4 ms while it does not.
  ExitWatch Exit;
  std::thread Waiter([&] {
    std::string WaitMessage;
    sys::ProcessInfo Done =
        sys::Wait(PI, /*SecondsToWait=*/std::nullopt, &WaitMessage);
    std::lock_guard<std::mutex> Lock(Exit.Mutex);
    Exit.Done = Done;
    Exit.Message = std::move(WaitMessage);
    Exit.Exited = true;
    Exit.Changed.notify_one();
  });
  using std::chrono::milliseconds;
  milliseconds Delay(1);
  for (;;) {
    bool Any = Out.drain(OnStdout);
    Any |= Err.drain(OnStderr);
    Delay = Any ? milliseconds(1) : std::min(Delay * 2, milliseconds(4));
    std::unique_lock<std::mutex> Lock(Exit.Mutex);
    if (Exit.Changed.wait_for(Lock, Delay, [&] { return Exit.Exited; }))
      break;
  }
  Waiter.join();

  // The child is gone; whatever it wrote is in the files now.
  Out.drain(OnStdout);
  Err.drain(OnStderr);
  ProcessResult R = interpretWait(Exit.Done, Exit.Message);
  if (R.Status == ProcessResult::Exited && (OpenOut || OpenErr))
    R.Message = "cannot read the output of the process: " +
                (OpenOut ? OpenOut : OpenErr).message();
  return R;
}

CapturedRun runCaptured(StringRef Program, ArrayRef<StringRef> Args) {
  CapturedRun Run;
  Run.Result = runStreaming(
      Program, Args, [&](StringRef Bytes) { Run.Stdout += Bytes; },
      [&](StringRef Bytes) { Run.Stderr += Bytes; });
  return Run;
}

bool setEnvironmentVariable(StringRef Name, StringRef Value) {
  std::string N = Name.str(), V = Value.str();
#ifdef _WIN32
  return _putenv_s(N.c_str(), V.c_str()) == 0;
#else
  return ::setenv(N.c_str(), V.c_str(), /*overwrite=*/1) == 0;
#endif
}

std::vector<std::string> environmentEntries() {
  std::vector<std::string> Entries;
#ifdef _WIN32
  char **Env = _environ;
#else
  char **Env = environ;
#endif
  for (; Env && *Env; ++Env)
    Entries.emplace_back(*Env);
  return Entries;
}

} // namespace goexe
