//===- ClangPrinter.cpp - clang's text format -----------------------------===//

#include "goexe/Diag/DiagnosticPrinters.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;

namespace goexe {

namespace {

class ClangPrinter : public DiagnosticConsumer {
public:
  ClangPrinter(raw_ostream &OS, bool ShowColors)
      : OS(OS), ShowColors(ShowColors) {}

  void handleDiagnostic(const Diagnostic &D) override {
    print(D);
    for (const Diagnostic &Note : D.Notes)
      print(Note);
    OS.flush();
  }

  void finish(unsigned NumErrors, unsigned NumWarnings) override {
    // clang's wording and order: "1 warning and 2 errors generated."
    if (NumWarnings)
      OS << NumWarnings << (NumWarnings == 1 ? " warning" : " warnings");
    if (NumWarnings && NumErrors)
      OS << " and ";
    if (NumErrors)
      OS << NumErrors << (NumErrors == 1 ? " error" : " errors");
    if (NumWarnings || NumErrors)
      OS << " generated.\n";
    OS.flush();
  }

private:
  static SourceMgr::DiagKind kindOf(Severity S) {
    switch (S) {
    case Severity::Error:
      return SourceMgr::DK_Error;
    case Severity::Warning:
      return SourceMgr::DK_Warning;
    case Severity::Remark:
      return SourceMgr::DK_Remark;
    default:
      return SourceMgr::DK_Note;
    }
  }

  /// The text of line \p Line of \p File, or "" when it cannot be read.
  StringRef getSourceLine(StringRef File, unsigned Line) {
    auto [It, Inserted] = Files.try_emplace(File);
    if (Inserted) {
      // Only regular files: a diagnostic about a binary must not dump it.
      auto Buffer = MemoryBuffer::getFile(File, /*IsText=*/true,
                                          /*RequiresNullTerminator=*/false);
      if (Buffer && !(*Buffer)->getBuffer().contains('\0'))
        It->second = std::move(*Buffer);
    }
    if (!It->second)
      return "";
    StringRef Text = It->second->getBuffer();
    for (unsigned I = 1; I < Line && !Text.empty(); ++I)
      Text = Text.split('\n').second;
    return Text.split('\n').first.rtrim('\r');
  }

  void print(const Diagnostic &D) {
    std::string Message = D.Message;
    StringRef Group = D.info().Group;
    if (!Group.empty() && D.Sev != Severity::Note)
      Message += " [-W" + Group.str() + "]";

    {
      WithColor Location(OS, raw_ostream::SAVEDCOLOR, /*Bold=*/true, false,
                         ShowColors ? ColorMode::Enable : ColorMode::Disable);
      if (D.Loc.File.empty()) {
        Location << ToolName << ": ";
      } else {
        Location << D.Loc.File;
        if (D.Loc.Line) {
          Location << ':' << D.Loc.Line;
          if (D.Loc.Column)
            Location << ':' << D.Loc.Column;
        }
        Location << ": ";
      }
    }

    // SMDiagnostic draws the source line and the caret; it needs both a
    // readable line and a column that lies on it.
    StringRef LineText;
    if (D.Loc.Line && D.Loc.Column)
      LineText = getSourceLine(D.Loc.File, D.Loc.Line);
    bool ShowSource = !LineText.empty() && D.Loc.Column <= LineText.size() + 1;
    SMDiagnostic SMD(SM, SMLoc(), D.Loc.File, D.Loc.Line ? int(D.Loc.Line) : -1,
                     ShowSource ? int(D.Loc.Column) - 1 : -1, kindOf(D.Sev),
                     Message, ShowSource ? LineText : "", {});
    SMD.print(nullptr, OS, ShowColors, /*ShowKindLabel=*/true,
              /*ShowLocation=*/false);
  }

  raw_ostream &OS;
  bool ShowColors;
  SourceMgr SM;
  StringMap<std::unique_ptr<MemoryBuffer>> Files;
};

} // namespace

std::unique_ptr<DiagnosticConsumer> createClangPrinter(raw_ostream &OS,
                                                       bool ShowColors) {
  return std::make_unique<ClangPrinter>(OS, ShowColors);
}

} // namespace goexe
