//===- Diagnostic.h - Diagnostics and the engine ----------------*- C++ -*-===//
///
/// \file
/// A diagnostic is built with DiagnosticEngine::report(), which applies the
/// -W options to decide its severity and hands it to a DiagnosticConsumer.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_DIAG_DIAGNOSTIC_H
#define GOEXE_DIAG_DIAGNOSTIC_H

#include "goexe/Diag/DiagnosticIDs.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

/// Where a diagnostic points. Any part may be missing: an empty File, or a
/// zero Line or Column. Line and Column are 1-based.
struct SourceLocation {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;

  SourceLocation() = default;
  SourceLocation(std::string File, unsigned Line = 0, unsigned Column = 0)
      : File(std::move(File)), Line(Line), Column(Column) {}
};

/// FILE:LINE or FILE:LINE:COLUMN, taken from the right: FILE may hold a
/// colon (C:\src\CMakeLists.txt). std::nullopt when \p Text is neither.
std::optional<SourceLocation> parseSourceLocation(llvm::StringRef Text);

struct Diagnostic {
  diag::ID ID;
  Severity Sev; ///< After the -W options.
  SourceLocation Loc;
  std::string Message;
  std::vector<Diagnostic> Notes;

  const DiagInfo &info() const { return getDiagInfo(ID); }
};

/// Receives each diagnostic as it is reported: one class per output format.
class DiagnosticConsumer {
public:
  virtual ~DiagnosticConsumer();
  virtual void handleDiagnostic(const Diagnostic &D) = 0;
  /// Called once after the last diagnostic.
  virtual void finish(unsigned NumErrors, unsigned NumWarnings) {}
};

class DiagnosticEngine;

/// Collects the arguments of a diagnostic and its notes; reports it when it
/// goes out of scope. Arguments are made printable() (control characters
/// and invalid UTF-8 escaped). Arguments fill %0, %1, ... of the most recent
/// message:
///   Diags.report(diag::warn_x, Loc) << Name << 3;
///   DiagnosticBuilder D = Diags.report(diag::warn_y, Loc);
///   D << A;
///   D.addNote(diag::note_z) << B;
class DiagnosticBuilder {
public:
  DiagnosticBuilder(DiagnosticBuilder &&Other);
  DiagnosticBuilder(const DiagnosticBuilder &) = delete;
  ~DiagnosticBuilder();

  DiagnosticBuilder &operator<<(const llvm::Twine &Arg);
  DiagnosticBuilder &operator<<(llvm::StringRef Arg);
  DiagnosticBuilder &operator<<(const std::string &Arg);
  DiagnosticBuilder &operator<<(const char *Arg);
  DiagnosticBuilder &operator<<(uint64_t Arg);
  DiagnosticBuilder &operator<<(int64_t Arg);
  DiagnosticBuilder &operator<<(unsigned Arg) { return *this << uint64_t(Arg); }
  DiagnosticBuilder &operator<<(int Arg) { return *this << int64_t(Arg); }

  /// An argument that keeps its line breaks: the go command's own messages
  /// have several lines. Every other argument is made printable() whole, so
  /// a name read from a file cannot forge a line of output.
  DiagnosticBuilder &addMultilineArg(llvm::StringRef Arg);

  /// Starts a note; the following arguments belong to it.
  DiagnosticBuilder &addNote(diag::ID ID, SourceLocation Loc = {});
  /// A free-text note (diag::note_text).
  DiagnosticBuilder &addNote(const llvm::Twine &Text, SourceLocation Loc = {});

private:
  friend class DiagnosticEngine;
  DiagnosticBuilder(DiagnosticEngine *Engine, diag::ID ID, SourceLocation Loc);

  struct Pending {
    diag::ID ID;
    SourceLocation Loc;
    llvm::SmallVector<std::string, 4> Args;
  };
  DiagnosticEngine *Engine;
  llvm::SmallVector<Pending, 2> Parts; ///< The diagnostic, then its notes.
};

/// How the -W options map a group.
struct GroupMapping {
  std::optional<bool> Enabled; ///< -W<group> / -Wno-<group>
  std::optional<bool> AsError; ///< -Werror=<group> / -Wno-error=<group>
};

class DiagnosticEngine {
public:
  /// An engine that writes to \p Consumer (and to the sinks added later).
  explicit DiagnosticEngine(DiagnosticConsumer &Consumer) {
    addConsumer(Consumer);
  }

  DiagnosticBuilder report(diag::ID ID, SourceLocation Loc = {}) {
    return DiagnosticBuilder(this, ID, std::move(Loc));
  }

  /// Applies one clang-style warning option: -W<group>, -Wno-<group>,
  /// -Werror, -Wno-error, -Werror=<group>, -Wno-error=<group>, -Weverything
  /// or -w. Returns false when Arg is not such an option. Options apply in
  /// order, the last one for a group wins; -w and -Wno-error=<group> hold
  /// whatever their position, as in clang. An unknown group is reported.
  bool applyWarningOption(llvm::StringRef Arg);

  /// The severity a diagnostic is reported with under the current options.
  Severity getEffectiveSeverity(diag::ID ID) const;

  unsigned getNumErrors() const { return NumErrors; }
  unsigned getNumWarnings() const { return NumWarnings; }
  bool hasErrors() const { return NumErrors != 0; }

  /// Flushes the consumer and prints the summary line where the format has
  /// one. Call once, after the last report().
  void finish();

  /// Adds a sink: every diagnostic goes to each, in the order they were
  /// added (the console in its format, a log or report file in another).
  /// An unbounded sink gets every diagnostic, also those --max-diagnostics
  /// keeps off the console.
  void addConsumer(DiagnosticConsumer &C, bool Bounded = true) {
    Consumers.push_back({&C, Bounded});
  }

  /// Shows at most \p N diagnostics (0: all); the rest are still counted,
  /// and finish() says how many were not shown.
  void setMaxDiagnostics(unsigned N) { MaxDiagnostics = N; }

  /// Where a finding with no place of its own is reported (the
  /// go_executable( call of a gated build), so that IDE matchers pick it
  /// up. Usage errors stay the tool's own.
  void setDefaultLocation(SourceLocation Loc) { DefaultLoc = std::move(Loc); }

private:
  friend class DiagnosticBuilder;
  void emit(Diagnostic D);

  struct Sink {
    DiagnosticConsumer *Consumer;
    bool Bounded;
  };
  llvm::SmallVector<Sink, 2> Consumers;
  llvm::StringMap<GroupMapping> Groups;
  bool WarningsAsErrors = false;
  bool IgnoreAllWarnings = false;
  bool EnableEverything = false;
  unsigned NumErrors = 0;
  unsigned NumWarnings = 0;
  unsigned MaxDiagnostics = 0;
  unsigned NumShown = 0;
  unsigned NumOmitted = 0;
  SourceLocation DefaultLoc;
  /// The diagnostics shown so far (ID, place and text): the same one is
  /// shown once, however often a damaged input makes a check repeat it.
  llvm::StringSet<> Shown;
};

/// Substitutes %0..%9 in a table message; %% is a literal percent sign.
std::string formatDiagnosticMessage(llvm::StringRef Format,
                                    llvm::ArrayRef<std::string> Args);

} // namespace goexe

#endif
