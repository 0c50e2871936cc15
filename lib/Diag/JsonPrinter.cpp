//===- JsonPrinter.cpp - One JSON object per diagnostic -------------------===//

#include "goexe/Diag/DiagnosticPrinters.h"

#include "llvm/Support/JSON.h"

#include "goexe/Support/JSONUtil.h"

using namespace llvm;

namespace goexe {

namespace {

json::Object toJson(const Diagnostic &D) {
  json::Object Location;
  if (!D.Loc.File.empty())
    Location["file"] = jsonString(D.Loc.File);
  if (D.Loc.Line)
    Location["line"] = D.Loc.Line;
  if (D.Loc.Column)
    Location["column"] = D.Loc.Column;

  json::Object O{{"severity", severityName(D.Sev)},
                 {"code", getDiagnosticCode(D.ID)},
                 {"message", jsonString(D.Message)},
                 {"location", std::move(Location)}};
  if (D.Sev != Severity::Note) {
    StringRef Group = D.info().Group;
    O["group"] = Group.empty() ? json::Value(nullptr) : json::Value(Group);
    json::Array Notes;
    for (const Diagnostic &Note : D.Notes)
      Notes.push_back(toJson(Note));
    O["notes"] = std::move(Notes);
  }
  return O;
}

class JsonPrinter : public DiagnosticConsumer {
public:
  explicit JsonPrinter(raw_ostream &OS) : OS(OS) {}

  void handleDiagnostic(const Diagnostic &D) override {
    OS << json::Value(toJson(D)) << '\n';
    OS.flush();
  }

private:
  raw_ostream &OS;
};

} // namespace

std::unique_ptr<DiagnosticConsumer> createJsonPrinter(raw_ostream &OS,
                                                      bool /*ShowColors*/) {
  return std::make_unique<JsonPrinter>(OS);
}

} // namespace goexe
