//===- Session.h - What every goexe subcommand shares -----------*- C++ -*-===//
///
/// \file
/// The diagnostic options (-W..., --color, --diagnostics-format), the engine
/// they configure, and the exit status contract: 0 no error, 1 an error was
/// reported, 2 the tool could not do its job.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_TOOL_SESSION_H
#define GOEXE_TOOL_SESSION_H

#include "goexe/Diag/Diagnostic.h"
#include "goexe/Diag/DiagnosticPrinters.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>

namespace goexe {

/// The help text of the options Session handles, for each subcommand's --help.
extern const char DiagnosticOptionsHelp[];

class Session {
public:
  /// Reads --color, --diagnostics-format and --max-diagnostics from \p Args
  /// (they decide how everything else is printed); the other options are
  /// left to parse().
  explicit Session(llvm::ArrayRef<const char *> Args);

  /// Handles Args[I] when it is a diagnostic option (consuming a separate
  /// value if it takes one) and returns true; false when it is not one.
  bool parseCommonOption(llvm::ArrayRef<const char *> Args, size_t &I);

  /// The value of Args[I] when it is "--name=value" or "--name value" (then
  /// the value is consumed too); std::nullopt when it is another option. A
  /// missing value is a usage error and comes back as "".
  std::optional<llvm::StringRef> takeValue(llvm::ArrayRef<const char *> Args,
                                           size_t &I, llvm::StringRef Name);

  DiagnosticEngine &diags() { return *Diags; }

  /// Reports a usage error and marks the run as failed (exit status 2).
  void usageError(const llvm::Twine &Message);
  /// Marks the run as failed: the tool could not do its job.
  void setToolFailed() { ToolFailed = true; }
  bool toolFailed() const { return ToolFailed; }

  /// Prints the summary and returns the exit status.
  int finish();

  bool showColors() const { return ShowColors; }

private:
  std::unique_ptr<DiagnosticConsumer> Printer;
  /// --diagnostics-log: the same diagnostics in the clang format, kept in
  /// LogText and written to LogPath when the run finishes.
  std::string LogPath, LogText;
  std::unique_ptr<llvm::raw_string_ostream> LogStream;
  std::unique_ptr<DiagnosticConsumer> LogPrinter, Tee;
  std::unique_ptr<DiagnosticEngine> Diags;
  bool ShowColors = false;
  bool ToolFailed = false;
  std::string EarlyError; ///< A bad --color or --diagnostics-format value.
};

} // namespace goexe

#endif
