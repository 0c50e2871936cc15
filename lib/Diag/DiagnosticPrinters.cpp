//===- DiagnosticPrinters.cpp - Choose a diagnostic format by name --------===//
///
/// \file
/// The one place that knows every format: adding one is a printer file and
/// a case here.
///
//===----------------------------------------------------------------------===//

#include "goexe/Diag/DiagnosticPrinters.h"

using namespace llvm;

namespace goexe {

namespace {
struct FormatInfo {
  DiagnosticFormat Format;
  StringLiteral Name;
  std::unique_ptr<DiagnosticConsumer> (*Create)(raw_ostream &, bool);
};
const FormatInfo Formats[] = {
#define GOEXE_FORMAT(Id, Name, Factory) {DiagnosticFormat::Id, Name, Factory},
#include "goexe/Diag/DiagnosticFormats.def"
};
} // namespace

std::optional<DiagnosticFormat> parseDiagnosticFormat(StringRef Name) {
  for (const FormatInfo &F : Formats)
    if (F.Name == Name)
      return F.Format;
  return std::nullopt;
}

std::string diagnosticFormatChoices() {
  std::string Text;
  for (size_t I = 0; I < std::size(Formats); ++I)
    Text += (I == 0                        ? ""
             : I + 1 == std::size(Formats) ? " or "
                                           : ", ") +
            Formats[I].Name.str();
  return Text;
}

std::unique_ptr<DiagnosticConsumer>
createDiagnosticPrinter(DiagnosticFormat Format, raw_ostream &OS,
                        bool ShowColors) {
  for (const FormatInfo &F : Formats)
    if (F.Format == Format)
      return F.Create(OS, ShowColors);
  llvm_unreachable("every format is in DiagnosticFormats.def");
}

} // namespace goexe
