//===- MsvcPrinter.cpp - Visual Studio's Error List format ----------------===//

#include "goexe/Diag/DiagnosticPrinters.h"

#include "llvm/Support/FormatVariadic.h"

using namespace llvm;

namespace goexe {

std::string getDiagnosticCode(diag::ID ID) {
  return formatv("GX{0:D4}", getDiagInfo(ID).Code).str();
}

namespace {

class MsvcPrinter : public DiagnosticConsumer {
public:
  explicit MsvcPrinter(raw_ostream &OS) : OS(OS) {}

  void handleDiagnostic(const Diagnostic &D) override {
    print(D);
    for (const Diagnostic &Note : D.Notes)
      print(Note);
    OS.flush();
  }

  void finish(unsigned NumErrors, unsigned NumWarnings) override {
    if (NumErrors || NumWarnings)
      OS << NumErrors << " error(s), " << NumWarnings << " warning(s)\n";
    OS.flush();
  }

private:
  void print(const Diagnostic &D) {
    // "origin(line,col): category code: text": MSBuild's canonical error
    // format, which the Error List and most problem matchers parse.
    if (D.Loc.File.empty()) {
      OS << ToolName << " : ";
    } else {
      OS << D.Loc.File;
      if (D.Loc.Line) {
        OS << '(' << D.Loc.Line;
        if (D.Loc.Column)
          OS << ',' << D.Loc.Column;
        OS << ')';
      }
      OS << ": ";
    }
    OS << severityName(D.Sev);
    if (D.Sev != Severity::Note)
      OS << ' ' << getDiagnosticCode(D.ID);
    OS << ": " << D.Message;
    StringRef Group = D.info().Group;
    if (!Group.empty() && D.Sev != Severity::Note)
      OS << " [-W" << Group << ']';
    OS << '\n';
  }

  raw_ostream &OS;
};

} // namespace

std::unique_ptr<DiagnosticConsumer> createMsvcPrinter(raw_ostream &OS,
                                                      bool /*ShowColors*/) {
  return std::make_unique<MsvcPrinter>(OS);
}

} // namespace goexe
