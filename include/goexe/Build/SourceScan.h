//===- SourceScan.h - Evidence from sources and objects ---------*- C++ -*-===//
///
/// \file
/// Small, line-based readers of Go sources, go.mod files and COFF objects:
/// enough to point a diagnostic at the declaration, the go.mod line or the
/// .syso that explains a build failure. Not a Go parser; a miss only costs
/// a note.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_BUILD_SOURCESCAN_H
#define GOEXE_BUILD_SOURCESCAN_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace goexe {

/// A 1-based line and column in a file.
struct FilePosition {
  unsigned Line = 0;
  unsigned Column = 0;
};

/// The top-level declaration of \p Name (func, type, var or const, also in
/// a parenthesized block) in the Go file \p Path.
std::optional<FilePosition> findGoDeclaration(llvm::StringRef Path,
                                              llvm::StringRef Name);

/// A package-level variable of a Go file, as `var Name T`, `var Name = v`
/// or a line of a `var (...)` block declares it.
struct GoVariable {
  std::string Name;
  FilePosition Pos;
  /// Declared `string`, or untyped with a string literal: what -X can set.
  /// False also when the type is unknown (a named type, an expression).
  bool IsString = false;
};
std::vector<GoVariable> findGoVariables(llvm::StringRef Path);

/// The `import "C"` of a Go file.
std::optional<FilePosition> findImportC(llvm::StringRef Path);

/// The first `C.<Name>` in a Go file.
std::optional<FilePosition> findCgoReference(llvm::StringRef Path,
                                             llvm::StringRef Name);

/// The `//go:build` (or `// +build`) line of a Go file: its expression and
/// where it is.
struct BuildConstraint {
  std::string Expr; ///< "linux && amd64", or "+build linux" for the old form.
  FilePosition Pos;
};
std::optional<BuildConstraint> findBuildConstraint(llvm::StringRef Path);

/// What a file name limits a file to, as go/build reads `_GOOS`, `_GOARCH`
/// and `_GOOS_GOARCH` before the extension: "linux/amd64", "windows", "386",
/// or "" when the name does not constrain the file.
std::string fileNameConstraint(llvm::StringRef FileName);

/// A directive line of a go.mod or go.work file ("go", "toolchain") and its
/// value.
struct GoModDirective {
  std::string Value;
  FilePosition Pos;
};
std::optional<GoModDirective> findGoModDirective(llvm::StringRef Path,
                                                 llvm::StringRef Directive);

/// The facts of a COFF object (.syso) that its link depends on.
struct CoffObjectInfo {
  std::string Arch;     ///< As GOARCH spells it: "386", "amd64", "arm64"...
  std::string Resource; ///< The name of its first .rsrc section, or "".
};
std::optional<CoffObjectInfo> readCoffObject(llvm::StringRef Path);

/// The GOARCH a linker names an architecture by ("i386:x86-64" -> "amd64",
/// "i386" -> "386"); "" when unknown.
llvm::StringRef goArchOfBfdName(llvm::StringRef Name);

/// The MinGW-w64 compilers for a GOARCH: {CC, CXX}.
std::pair<std::string, std::string> mingwCompilers(llvm::StringRef GOARCH);

} // namespace goexe

#endif
