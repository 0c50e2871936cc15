//===- GoCommand.h - What goexe reads of a go command line ------*- C++ -*-===//
///
/// \file
/// `goexe build` runs any command, but when it is `go build` (or another go
/// subcommand that builds) it needs to know the packages and the flags that
/// shape the package graph, to ask `go list` about the same build.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_BUILD_GOCOMMAND_H
#define GOEXE_BUILD_GOCOMMAND_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

struct GoCommandLine {
  /// argv[0] names a go binary ("go", "go.exe", "go1.22.1").
  bool IsGo = false;
  /// "build", "install", "vet", ... ("" when not a go command).
  std::string Subcommand;
  /// The -C directory, when given: go runs there.
  std::optional<std::string> ChangeDir;
  /// The flags that choose which files and packages are built (-tags, -mod,
  /// -modfile, -overlay, -race, ...), in `-name=value` form, for `go list`.
  std::vector<std::string> GraphFlags;
  /// The package (or .go file) arguments; "." when there were none.
  std::vector<std::string> Packages;
  /// The value of the last -ldflags (the last one wins in go build).
  std::optional<std::string> LdFlags;

  /// A subcommand whose package graph `go list` can describe.
  bool buildsPackages() const {
    return IsGo &&
           (Subcommand == "build" || Subcommand == "install" ||
            Subcommand == "run" || Subcommand == "vet" || Subcommand == "test");
  }
};

/// Splits \p Argv (argv[0] first) the way the go command's flag package
/// does. A flag goexe does not know is taken as a boolean unless it is
/// written `-name=value`.
GoCommandLine parseGoCommandLine(llvm::ArrayRef<llvm::StringRef> Argv);

} // namespace goexe

#endif
