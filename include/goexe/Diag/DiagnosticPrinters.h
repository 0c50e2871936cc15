//===- DiagnosticPrinters.h - Output formats for diagnostics ----*- C++ -*-===//
///
/// \file
/// One DiagnosticConsumer per --diagnostics-format.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_DIAG_DIAGNOSTICPRINTERS_H
#define GOEXE_DIAG_DIAGNOSTICPRINTERS_H

#include "goexe/Diag/Diagnostic.h"

#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <optional>

namespace goexe {

enum class DiagnosticFormat {
#define GOEXE_FORMAT(Id, Name, Factory) Id,
#include "goexe/Diag/DiagnosticFormats.def"
};

std::optional<DiagnosticFormat> parseDiagnosticFormat(llvm::StringRef Name);

/// The format names, as "clang, msvc or json".
std::string diagnosticFormatChoices();

/// `file:line:col: error: message [-Wgroup]` with the source line and a
/// caret when the file is readable, and clang's summary line at the end.
std::unique_ptr<DiagnosticConsumer> createClangPrinter(llvm::raw_ostream &OS,
                                                       bool ShowColors);

/// `file(line,col): error GX1234: message`, as Visual Studio's Error List
/// parses it.
std::unique_ptr<DiagnosticConsumer> createMsvcPrinter(llvm::raw_ostream &OS,
                                                      bool ShowColors = false);

/// One JSON object per line; no summary, so every line parses.
std::unique_ptr<DiagnosticConsumer> createJsonPrinter(llvm::raw_ostream &OS,
                                                      bool ShowColors = false);

std::unique_ptr<DiagnosticConsumer>
createDiagnosticPrinter(DiagnosticFormat Format, llvm::raw_ostream &OS,
                        bool ShowColors);

/// The stable code of a diagnostic as shown to users: "GX1234".
std::string getDiagnosticCode(diag::ID ID);

/// The name a diagnostic without a file is reported against.
inline constexpr llvm::StringLiteral ToolName = "goexe";

} // namespace goexe

#endif
