//===- Session.h - What every goexe subcommand shares -----------*- C++ -*-===//
///
/// \file
/// The parsed command line (Options.def), the diagnostic options (-W...,
/// --color, --diagnostics-format, ...), the engine they configure, and the
/// exit status contract: 0 no error, 1 an error was reported, 2 the tool
/// could not do its job.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_TOOL_SESSION_H
#define GOEXE_TOOL_SESSION_H

#include "Options.h"

#include "goexe/Diag/Diagnostic.h"
#include "goexe/Diag/DiagnosticPrinters.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>

namespace goexe {

class Session {
public:
  /// Parses \p Args against \p Command's options, sets up the diagnostic
  /// outputs they ask for and reports the usage errors. The -W options wait
  /// for applyWarningOptions().
  Session(llvm::ArrayRef<const char *> Args, CommandSet Command);

  const ParsedArgs &args() const { return Args; }

  /// Prints \p Usage and the option table when --help was given; true then.
  bool printHelpIfAsked(llvm::StringRef Usage) const;

  /// Applies the command line's -W options, in order (after those that must
  /// come first, such as a manifest's).
  void applyWarningOptions();

  /// Reads the statement of intent of goexe check and doctor: the
  /// --manifest files, then the intent options over them. Applies the
  /// manifest's -W options and then the command line's. False when a
  /// manifest cannot be read (the run has failed then).
  bool readIntent(BuildIntent &Intent);

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
  CommandSet Command;
  ParsedArgs Args;
  std::unique_ptr<DiagnosticConsumer> Printer;
  /// --diagnostics-log: the same diagnostics in the clang format, kept in
  /// LogText and written to LogPath when the run finishes.
  std::string LogPath, LogText;
  std::unique_ptr<llvm::raw_string_ostream> LogStream;
  std::unique_ptr<DiagnosticConsumer> LogPrinter;
  std::unique_ptr<DiagnosticEngine> Diags;
  bool ShowColors = false;
  bool ToolFailed = false;
};

} // namespace goexe

#endif
