//===- TranslatorImpl.h - The state of GoOutputTranslator -------*- C++ -*-===//
///
/// \file
/// Shared by GoOutputTranslator.cpp (the line machine, compiler and vet
/// lines) and the failure recognisers (BuildFailures.h), which report
/// through the public part of GoOutputTranslator::Impl.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_LIB_BUILD_TRANSLATORIMPL_H
#define GOEXE_LIB_BUILD_TRANSLATORIMPL_H

#include "goexe/Build/GoOutputTranslator.h"

#include "llvm/ADT/StringSet.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

/// `file:line:col: message` or `file:line: message`, as go, gcc and ld
/// print them.
struct PositionLine {
  llvm::StringRef File;
  unsigned Line = 0;
  unsigned Column = 0;
  llvm::StringRef Message;
};
std::optional<PositionLine> parsePositionLine(llvm::StringRef Text);

/// A diagnostic being put together before it is reported.
struct DiagDraft {
  struct Note {
    diag::ID ID;
    SourceLocation Loc;
    std::vector<std::string> Args;
  };
  diag::ID ID;
  SourceLocation Loc;
  std::vector<std::string> Args;
  std::vector<Note> Notes;
  /// Add "while building package X" from the current `# X` header.
  bool WithPackage = true;

  explicit DiagDraft(diag::ID ID, SourceLocation Loc = {})
      : ID(ID), Loc(std::move(Loc)) {}
  DiagDraft &arg(const llvm::Twine &A) {
    Args.push_back(A.str());
    return *this;
  }
  DiagDraft &note(diag::ID NoteID, SourceLocation NoteLoc = {},
                  std::vector<std::string> NoteArgs = {}) {
    Notes.push_back({NoteID, std::move(NoteLoc), std::move(NoteArgs)});
    return *this;
  }
};

/// Lines kept back because the line after them may explain them.
enum class HeldKind { None, LinkerFunction, ImportChain };
struct HeldLines {
  HeldKind Kind = HeldKind::None;
  std::vector<std::string> Raw;
  std::string Function;              ///< LinkerFunction: the C function.
  std::vector<std::string> Packages; ///< ImportChain: outermost first.
};

/// What a diagnostic held back takes from the lines that follow it.
enum class Absorb {
  GoContinuation, ///< Tab-indented lines: more of a Go error.
  GoSumFix,       ///< The tab-indented `go get ...` after "to add:".
  CCompiler,      ///< gcc's notes, source lines and carets.
};

class GoOutputTranslator::Impl {
public:
  Impl(DiagnosticEngine &Diags, BuildContext &Context, llvm::raw_ostream &Out)
      : Diags(Diags), Context(Context), Out(Out) {}

  void consume(llvm::StringRef Bytes);
  void finish();
  unsigned NumPromoted = 0;

  // What the failure recognisers (BuildFailures.h) use.

  BuildContext &context() { return Context; }
  bool enabled(diag::ID ID) const {
    return Diags.getEffectiveSeverity(ID) != Severity::Ignored;
  }
  void emit(DiagDraft D);
  void hold(DiagDraft D, Absorb Kind) {
    Pending = PendingDiag{std::move(D), Kind, false, {}};
  }
  /// Keeps \p Raw back as the first line of a context of \p Kind.
  void holdLines(HeldKind Kind, llvm::StringRef Raw) {
    Held = HeldLines{Kind, {Raw.str()}, {}, {}};
  }
  HeldLines &held() { return Held; }
  /// The held lines became a diagnostic: they are not printed.
  void dropHeld() { Held = HeldLines(); }

  llvm::StringRef currentPackage() const {
    return CurrentHeader ? llvm::StringRef(CurrentHeader->Package)
                         : llvm::StringRef();
  }
  /// \p File as an absolute path that exists: relative to the working
  /// directory, or to the directory of \p Package (where cgo runs the C
  /// compiler). When \p PreferPackage, the package directory is tried first.
  std::string resolvePath(llvm::StringRef File, llvm::StringRef Package,
                          bool PreferPackage = false);
  SourceLocation locate(const PositionLine &P, llvm::StringRef Package,
                        bool PreferPackage = false);
  /// The main module's go.mod: from go env, or the nearest above the
  /// working directory. \p AskGo is false when go env would try to switch
  /// to (and download) another Go.
  std::string mainGoMod(bool AskGo = true);
  std::string thisGoVersion();

private:
  struct PendingDiag {
    DiagDraft Draft;
    Absorb Kind;
    bool GotFix = false;
    /// Lines taken along and printed untouched after the diagnostic.
    std::vector<std::string> TrailingRaw;
  };
  /// The current `# import/path` block of go's output.
  struct Header {
    std::string Raw;
    std::string Package;
    bool Printed = false; ///< Passed on untouched.
    bool Used = false;    ///< Became a note of a diagnostic.
  };

  void line(llvm::StringRef Raw);
  bool absorb(llvm::StringRef Text, llvm::StringRef Raw);
  void flushPending();
  bool continueHeld(llvm::StringRef Text, llvm::StringRef Raw);
  void releaseHeld();
  bool parseHeader(llvm::StringRef Text, llvm::StringRef Raw);
  void retireHeader();
  bool recognize(llvm::StringRef Text, llvm::StringRef Raw);
  void passThrough(llvm::StringRef Raw, bool InBlock = true);

  // Compiler and vet lines (GoOutputTranslator.cpp).
  bool recognizePositionLine(llvm::StringRef Text);
  bool recognizeCompilerLine(const PositionLine &P, llvm::StringRef Severity);

  DiagnosticEngine &Diags;
  BuildContext &Context;
  llvm::raw_ostream &Out;

  std::string Partial; ///< Bytes of a line whose newline has not come yet.
  std::optional<PendingDiag> Pending;
  std::optional<Header> CurrentHeader;
  HeldLines Held;
  llvm::StringSet<> Emitted; ///< Each diagnostic is shown once.
};

/// The translator as the recognisers see it.
using Translator = GoOutputTranslator::Impl;

} // namespace goexe

#endif
