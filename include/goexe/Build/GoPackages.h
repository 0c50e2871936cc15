//===- GoPackages.h - The go command's view of a build ----------*- C++ -*-===//
///
/// \file
/// What `go env -json` and `go list -e -deps -json` say about a build: the
/// target, and every package with its files. The depfile is made from it,
/// and the error translator takes its evidence from it.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_BUILD_GOPACKAGES_H
#define GOEXE_BUILD_GOPACKAGES_H

#include "goexe/Build/GoCommand.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

/// The go environment of the build, from `go env -json` (CGOEnabled is
/// CGO_ENABLED: "1" or "0").
struct GoEnv {
  std::string GOOS, GOARCH, GOVERSION, GOROOT, GOMOD, GOWORK, CGOEnabled,
      GOTOOLCHAIN, CC;

  /// "windows/amd64".
  std::string target() const { return GOOS + "/" + GOARCH; }
  bool cgoEnabled() const { return CGOEnabled == "1"; }
};

/// The Module object of `go list -json`.
struct GoListModule {
  std::string Path;
  std::string Version;
  std::string Dir;
  std::string GoMod;
  bool Main = false;
  /// Replaced by a directory (`replace x => ../x`): editable like the main
  /// module, unlike a module in the module cache.
  bool ReplacedByDir = false;
};

/// One package of `go list -json`. File lists are names in Dir.
struct GoListPackage {
  std::string Dir;
  std::string ImportPath;
  std::string Name;
  bool Standard = false;
  /// Listed only as a dependency of the packages asked for.
  bool DepOnly = false;
  std::optional<GoListModule> Module;
  std::vector<std::string> GoFiles, CgoFiles, CFiles, CXXFiles, MFiles, HFiles,
      FFiles, SFiles, SwigFiles, SwigCXXFiles, SysoFiles, EmbedFiles,
      IgnoredGoFiles, IgnoredOtherFiles;
  std::vector<std::string> Imports;
  std::vector<std::string> CgoLDFLAGS;
  /// The package's own error (Error.Err), if go list reported one.
  std::string Error;
  /// Packages it depends on have errors.
  bool HasDepsErrors = false;

  /// In the main module, or in a directory that replaces a module: its files
  /// can change without go.mod or go.sum changing.
  bool isEditable() const {
    return !Standard && (!Module || Module->Main || Module->ReplacedByDir);
  }
  /// The Go files built for the target: GoFiles, then CgoFiles.
  auto builtGoFiles() const {
    return llvm::concat<const std::string>(GoFiles, CgoFiles);
  }
};

/// One package object of `go list -json`.
llvm::Expected<GoListPackage> parsePackage(const llvm::json::Value &Object);
/// The object parsePackage reads back as \p P.
llvm::json::Value packageToJSON(const GoListPackage &P);

class PackageGraph {
public:
  /// Parses the concatenated JSON objects `go list -json` prints.
  static llvm::Expected<PackageGraph> parse(llvm::StringRef GoListOutput);

  const std::vector<GoListPackage> &packages() const { return Packages; }
  const GoListPackage *lookup(llvm::StringRef ImportPath) const;
  /// Adds \p P unless a package of the same import path is there already.
  void add(GoListPackage P);

  /// \p Roots and every package they import, directly or not; standard
  /// packages only when \p WithStandard (a standard package imports no
  /// other kind).
  PackageGraph closure(llvm::ArrayRef<const GoListPackage *> Roots,
                       bool WithStandard) const;

private:
  std::vector<GoListPackage> Packages;
  llvm::StringMap<size_t> ByImportPath;
};

/// A package argument that names exactly one package, as a directory
/// ("./cmd/app", ".", an absolute path) or an import path: no "..."
/// wildcard, no .go files, no meta-package (all, std, cmd, tool), no
/// @version.
bool isSinglePackagePattern(llvm::StringRef Pattern);

/// The package of \p Graph that \p Pattern (isSinglePackagePattern) named
/// when `go list` ran in \p WorkDir, or nullptr.
const GoListPackage *findPatternPackage(const PackageGraph &Graph,
                                        llvm::StringRef Pattern,
                                        llvm::StringRef WorkDir);

/// The first file \p Name in \p Dir or one of its parents, or "".
std::string findInParents(llvm::StringRef Dir, llvm::StringRef Name);

/// The go.work file the go command uses in \p WorkDir, as it finds it:
/// $GOWORK ("off" and "" for none), else the first go.work in WorkDir or a
/// parent. Saves running `go env` just for that.
std::string findGoWork(llvm::StringRef WorkDir);

/// Runs `go env -json` for the build \p Cmd describes.
llvm::Expected<GoEnv> loadGoEnv(llvm::StringRef GoBinary,
                                const GoCommandLine &Cmd);

/// Runs `go list -e -deps -json` with the packages and graph flags of \p Cmd,
/// and \p MorePackages, in the same working directory and environment as
/// the build.
llvm::Expected<PackageGraph>
loadPackageGraph(llvm::StringRef GoBinary, const GoCommandLine &Cmd,
                 llvm::ArrayRef<std::string> MorePackages = {});

} // namespace goexe

#endif
