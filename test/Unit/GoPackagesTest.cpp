//===- GoPackagesTest.cpp - go list's package graph -----------------------===//
///
/// \file
/// The package cache writes packages back as JSON and picks a build's own
/// packages out of a go list run that listed others too: both must give
/// exactly what go list said.
///
//===----------------------------------------------------------------------===//

#include "goexe/Build/GoPackages.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

using namespace goexe;
using llvm::StringRef;

namespace {

// The shape of `go list -e -deps -json=...` for two main packages of one
// module that share a package, and the standard packages they import.
const char Listed[] = R"(
{"Dir": "/m/lib", "ImportPath": "example.com/m/lib", "Name": "lib",
 "DepOnly": true, "Module": {"Path": "example.com/m", "Dir": "/m",
 "GoMod": "/m/go.mod", "Main": true}, "GoFiles": ["lib.go"],
 "IgnoredGoFiles": ["lib_windows.go"], "Imports": ["strings"]}
{"Dir": "/go/src/strings", "ImportPath": "strings", "Name": "strings",
 "Standard": true, "DepOnly": true, "GoFiles": ["strings.go"]}
{"Dir": "/m/cmd/a", "ImportPath": "example.com/m/cmd/a", "Name": "main",
 "Module": {"Path": "example.com/m", "Dir": "/m", "GoMod": "/m/go.mod",
 "Main": true}, "GoFiles": ["main.go"], "EmbedFiles": ["assets/x.txt"],
 "Imports": ["example.com/m/lib", "fmt"], "CgoLDFLAGS": ["-lfoo"]}
{"Dir": "/m/cmd/b", "ImportPath": "example.com/m/cmd/b", "Name": "main",
 "Module": {"Path": "example.com/m", "Dir": "/m", "GoMod": "/m/go.mod",
 "Main": true, "Replace": {"Path": "../x"}}, "GoFiles": ["main.go"],
 "Error": {"Err": "broken"}, "DepsErrors": [{"Err": "too"}]}
)";

PackageGraph listed() {
  llvm::Expected<PackageGraph> G = PackageGraph::parse(Listed);
  EXPECT_TRUE(bool(G)) << llvm::toString(G.takeError());
  return std::move(*G);
}

std::vector<std::string> importPaths(const PackageGraph &G) {
  std::vector<std::string> Paths;
  for (const GoListPackage &P : G.packages())
    Paths.push_back(P.ImportPath);
  llvm::sort(Paths);
  return Paths;
}

TEST(GoPackagesTest, JSONRoundTrip) {
  PackageGraph G = listed();
  for (const GoListPackage &P : G.packages()) {
    llvm::Expected<GoListPackage> Back = parsePackage(packageToJSON(P));
    ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
    EXPECT_EQ(Back->Dir, P.Dir);
    EXPECT_EQ(Back->ImportPath, P.ImportPath);
    EXPECT_EQ(Back->Name, P.Name);
    EXPECT_EQ(Back->Standard, P.Standard);
    EXPECT_EQ(Back->DepOnly, P.DepOnly);
    EXPECT_EQ(Back->GoFiles, P.GoFiles);
    EXPECT_EQ(Back->EmbedFiles, P.EmbedFiles);
    EXPECT_EQ(Back->IgnoredGoFiles, P.IgnoredGoFiles);
    EXPECT_EQ(Back->Imports, P.Imports);
    EXPECT_EQ(Back->CgoLDFLAGS, P.CgoLDFLAGS);
    EXPECT_EQ(Back->Error, P.Error);
    EXPECT_EQ(Back->HasDepsErrors, P.HasDepsErrors);
    EXPECT_EQ(Back->isEditable(), P.isEditable());
    ASSERT_EQ(Back->Module.has_value(), P.Module.has_value());
    if (P.Module) {
      EXPECT_EQ(Back->Module->Path, P.Module->Path);
      EXPECT_EQ(Back->Module->GoMod, P.Module->GoMod);
      EXPECT_EQ(Back->Module->Main, P.Module->Main);
      EXPECT_EQ(Back->Module->ReplacedByDir, P.Module->ReplacedByDir);
    }
  }
  EXPECT_TRUE(G.lookup("example.com/m/cmd/b")->Module->ReplacedByDir);
}

TEST(GoPackagesTest, Closure) {
  PackageGraph G = listed();
  const GoListPackage *A = G.lookup("example.com/m/cmd/a");
  ASSERT_NE(A, nullptr);
  EXPECT_EQ(
      importPaths(G.closure({A}, /*WithStandard=*/false)),
      (std::vector<std::string>{"example.com/m/cmd/a", "example.com/m/lib"}));
  // fmt was not listed: an import go list did not print is left out.
  EXPECT_EQ(importPaths(G.closure({A}, /*WithStandard=*/true)),
            (std::vector<std::string>{"example.com/m/cmd/a",
                                      "example.com/m/lib", "strings"}));
}

TEST(GoPackagesTest, SinglePackagePatterns) {
  for (StringRef P : {".", "./cmd/a", "../x", "example.com/m/cmd/a", "/abs/d"})
    EXPECT_TRUE(isSinglePackagePattern(P)) << P.str();
  for (StringRef P : {"./...", "example.com/m/...", "main.go", "all", "std",
                      "cmd", "tool", "example.com/x@v1.2.3", "", "-x"})
    EXPECT_FALSE(isSinglePackagePattern(P)) << P.str();
}

TEST(GoPackagesTest, FindPatternPackage) {
  PackageGraph G = listed();
  auto Found = [&](StringRef Pattern, StringRef WorkDir) {
    const GoListPackage *P = findPatternPackage(G, Pattern, WorkDir);
    return P ? P->ImportPath : std::string("none");
  };
  EXPECT_EQ(Found("./cmd/a", "/m"), "example.com/m/cmd/a");
  EXPECT_EQ(Found("./a", "/m/cmd"), "example.com/m/cmd/a");
  EXPECT_EQ(Found("../b", "/m/cmd/a"), "example.com/m/cmd/b");
  EXPECT_EQ(Found("/m/cmd/b", "/elsewhere"), "example.com/m/cmd/b");
  EXPECT_EQ(Found("example.com/m/cmd/a", "/anywhere"), "example.com/m/cmd/a");
  // Listed only as a dependency: not what a pattern named.
  EXPECT_EQ(Found("example.com/m/lib", "/m"), "none");
  EXPECT_EQ(Found("./lib", "/m"), "none");
  EXPECT_EQ(Found("./cmd/c", "/m"), "none");
}

/// A fresh directory with \p Dirs below it and a go.mod in \p GoModIn (one
/// of them, or "" for the top); removed at the end.
class TempTree {
public:
  TempTree(std::initializer_list<StringRef> Dirs, StringRef GoModIn) {
    EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("goexe-parents", Root));
    for (StringRef D : Dirs)
      EXPECT_FALSE(llvm::sys::fs::create_directories(path(D)));
    std::error_code EC;
    llvm::raw_fd_ostream(path(GoModIn, "go.mod"), EC) << "module m\n";
    EXPECT_FALSE(EC);
  }
  ~TempTree() { EXPECT_FALSE(llvm::sys::fs::remove_directories(Root)); }

  std::string path(StringRef Rel, StringRef Name = "") const {
    llvm::SmallString<256> P(Root);
    llvm::sys::path::append(P, Rel, Name);
    return std::string(P);
  }

  llvm::SmallString<256> Root;
};

TEST(GoPackagesTest, FindInParentsWalksUp) {
  // Each parent is a prefix of the path it came from: the walk must not
  // assign a StringRef into the SmallString it points into.
  TempTree T({"a/b/c/d/e"}, "a");
  EXPECT_EQ(findInParents(T.path("a/b/c/d/e"), "go.mod"),
            T.path("a", "go.mod"));
  EXPECT_EQ(findInParents(T.path("a"), "go.mod"), T.path("a", "go.mod"));
  // The nearest wins.
  TempTree Nested({"a/b/c"}, "a/b");
  EXPECT_EQ(findInParents(Nested.path("a/b/c"), "go.mod"),
            Nested.path("a/b", "go.mod"));
}

TEST(GoPackagesTest, FindInParentsStopsAtTheRoot) {
  TempTree T({"a/b"}, "");
  StringRef Missing = "goexe-FindInParentsStopsAtTheRoot";
  EXPECT_EQ(findInParents(T.path("a/b"), Missing), "");
  llvm::SmallString<16> Root(llvm::sys::path::root_path(T.Root));
  EXPECT_EQ(findInParents(Root, Missing), "");
  EXPECT_EQ(findInParents("", Missing), "");
}

TEST(GoPackagesTest, FindInParentsOfARelativePath) {
  TempTree T({"a/b/c"}, "a");
  llvm::SmallString<256> Saved;
  ASSERT_FALSE(llvm::sys::fs::current_path(Saved));
  ASSERT_FALSE(llvm::sys::fs::set_current_path(T.Root));
  llvm::SmallString<32> Expected("a");
  llvm::sys::path::append(Expected, "go.mod");
  // Relative in, relative out: the walk ends at the path's first component.
  EXPECT_EQ(findInParents("a/b/c", "go.mod"), std::string(Expected));
  EXPECT_EQ(findInParents("a/b/c/../c", "go.mod"), std::string(Expected));
  EXPECT_EQ(findInParents("a", "go.mod"), std::string(Expected));
  EXPECT_EQ(findInParents("a/b", "nothing-here"), "");
  ASSERT_FALSE(llvm::sys::fs::set_current_path(Saved));
}

} // namespace
