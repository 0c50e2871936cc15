//===- BuildFailures.h - Recognisers of known build failures ----*- C++ -*-===//
///
/// \file
/// The failures of `go build` that goexe explains, in families of one file
/// each. A recogniser matches the words the toolchain really prints (Go 1.19
/// and newer, gcc, clang, GNU ld), looks for evidence (the declaration, the
/// .syso, the go.mod line) and explains the cause and the fix in notes. A
/// recogniser whose -W group is off matches nothing, so the line is handled
/// as if goexe did not know it.
///
/// A new recogniser of whole lines is one function in its family's file and
/// one entry in the table of BuildFailures.cpp.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_LIB_BUILD_BUILDFAILURES_H
#define GOEXE_LIB_BUILD_BUILDFAILURES_H

#include "TranslatorImpl.h"
#include "goexe/Build/SourceScan.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace goexe {

/// True when the recogniser took the line: it reported it, held it back as
/// context, or held a diagnostic that takes the next lines along.
using RecognizeLineFn = bool (*)(Translator &T, llvm::StringRef Text,
                                 llvm::StringRef Raw);

struct LineRecognizer {
  llvm::StringLiteral Name; ///< For a reader and a debugger.
  RecognizeLineFn Recognize;
};

/// Every recogniser of whole lines, in the order they must be tried.
llvm::ArrayRef<LineRecognizer> lineRecognizers();

/// GNU ld's words before the symbol it could not resolve.
constexpr llvm::StringLiteral UndefinedReference = "undefined reference to ";

//===----------------------------------------------------------------------===//
// Go sources (GoSourceFailures.cpp): -Wundefined-on-target, -Wno-go-files,
// -Wx-flag-not-string.
//===----------------------------------------------------------------------===//

bool recognizeImportChainStart(Translator &T, llvm::StringRef Text,
                               llvm::StringRef Raw);
/// A line after recognizeImportChainStart's.
bool recognizeImportChainLine(Translator &T, llvm::StringRef Text,
                              llvm::StringRef Raw);
bool recognizeNoGoFilesLine(Translator &T, llvm::StringRef Text,
                            llvm::StringRef Raw);
bool recognizeXNotString(Translator &T, llvm::StringRef Text,
                         llvm::StringRef Raw);
/// The compiler's `undefined: Qualifier.Name` at \p P.
bool recognizeUndefinedOnTarget(Translator &T, const PositionLine &P,
                                llvm::StringRef Qualifier,
                                llvm::StringRef Name);

//===----------------------------------------------------------------------===//
// The C toolchain (CToolchainFailures.cpp): cgo, gcc, clang and ld.
//===----------------------------------------------------------------------===//

bool recognizeLinkerContext(Translator &T, llvm::StringRef Text,
                            llvm::StringRef Raw);
bool recognizeStaticLibc(Translator &T, llvm::StringRef Text,
                         llvm::StringRef Raw);
bool recognizeHostCompiler(Translator &T, llvm::StringRef Text,
                           llvm::StringRef Raw);
bool recognizeUndefinedReferenceLine(Translator &T, llvm::StringRef Text,
                                     llvm::StringRef Raw);
/// An undefined reference in the C function \p Function (from the held
/// `in function` line), or "" when ld did not name one.
bool recognizeUndefinedReference(Translator &T, llvm::StringRef Text,
                                 llvm::StringRef Function);
/// The C compiler's error \p Message at \p P.
bool recognizeMissingWindowsHeader(Translator &T, const PositionLine &P,
                                   llvm::StringRef Message);

//===----------------------------------------------------------------------===//
// .syso objects (SysoFailures.cpp)
//===----------------------------------------------------------------------===//

bool recognizeObjectArchitecture(Translator &T, llvm::StringRef Text,
                                 llvm::StringRef Raw);
bool recognizeSysoRelocation(Translator &T, llvm::StringRef Text,
                             llvm::StringRef Raw);
bool recognizeRsrcSections(Translator &T, llvm::StringRef Text,
                           llvm::StringRef Raw);

//===----------------------------------------------------------------------===//
// Go versions and modules (GoModuleFailures.cpp)
//===----------------------------------------------------------------------===//

bool recognizeGoVersion(Translator &T, llvm::StringRef Text,
                        llvm::StringRef Raw);
bool recognizeModuleRequiresGo(Translator &T, llvm::StringRef Text,
                               llvm::StringRef Raw);
bool recognizeToolchainDownload(Translator &T, llvm::StringRef Text,
                                llvm::StringRef Raw);
bool recognizeMissingGoSum(Translator &T, llvm::StringRef Text,
                           llvm::StringRef Raw);
/// An error at \p P in a go.mod or go.work file.
bool recognizeGoModSyntax(Translator &T, const PositionLine &P);

//===----------------------------------------------------------------------===//
// Shared by the families (BuildFailures.cpp)
//===----------------------------------------------------------------------===//

/// Splits \p Text around its first \p Marker into \p Before and \p After;
/// false, leaving both alone, when \p Marker is not in it.
bool splitAround(llvm::StringRef Text, llvm::StringRef Marker,
                 llvm::StringRef &Before, llvm::StringRef &After);

/// \p Name in the directory \p Dir.
std::string joinPath(llvm::StringRef Dir, llvm::StringRef Name);

SourceLocation locationIn(llvm::StringRef File, FilePosition Pos);

/// The top-level declaration of \p Name in the Go files of \p P that the
/// target builds.
std::optional<SourceLocation> findDeclaration(const GoListPackage &P,
                                              llvm::StringRef Name);

} // namespace goexe

#endif
