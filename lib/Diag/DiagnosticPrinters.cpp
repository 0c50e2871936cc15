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

std::optional<DiagnosticFormat> parseDiagnosticFormat(StringRef Name) {
  if (Name == "clang")
    return DiagnosticFormat::Clang;
  if (Name == "msvc")
    return DiagnosticFormat::Msvc;
  if (Name == "json")
    return DiagnosticFormat::Json;
  return std::nullopt;
}

std::unique_ptr<DiagnosticConsumer>
createDiagnosticPrinter(DiagnosticFormat Format, raw_ostream &OS,
                        bool ShowColors) {
  switch (Format) {
  case DiagnosticFormat::Clang:
    return createClangPrinter(OS, ShowColors);
  case DiagnosticFormat::Msvc:
    return createMsvcPrinter(OS);
  case DiagnosticFormat::Json:
    return createJsonPrinter(OS);
  }
  llvm_unreachable("unknown diagnostic format");
}

} // namespace goexe
