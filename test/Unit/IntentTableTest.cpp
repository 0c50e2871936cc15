//===- IntentTableTest.cpp - Intent.def against its documentation ---------===//
///
/// \file
/// docs/manifest.md documents every manifest key and option of Intent.def,
/// and nothing else; the manifest reader takes every key of the table.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/BuildIntent.h"
#include "goexe/Check/Vocabulary.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

using namespace llvm;
using namespace goexe;

namespace {

/// The `quoted` words of a table cell.
std::vector<std::string> quoted(StringRef Cell) {
  std::vector<std::string> Words;
  SmallVector<StringRef, 8> Parts;
  Cell.split(Parts, '`');
  for (size_t I = 1; I < Parts.size(); I += 2)
    Words.push_back(Parts[I].str());
  return Words;
}

struct DocumentedKeys {
  StringSet<> Keys, Options;
};

DocumentedKeys readManifestDoc() {
  DocumentedKeys Doc;
  auto Buffer = MemoryBuffer::getFile(GOEXE_SOURCE_DIR "/docs/manifest.md");
  EXPECT_TRUE(bool(Buffer)) << "docs/manifest.md";
  if (!Buffer)
    return Doc;
  for (StringRef Line : split((*Buffer)->getBuffer(), '\n')) {
    if (!Line.starts_with("| `"))
      continue;
    SmallVector<StringRef, 5> Cells;
    Line.split(Cells, " | ");
    EXPECT_GE(Cells.size(), 4u) << Line.str();
    if (Cells.size() < 4)
      continue;
    for (const std::string &Key : quoted(Cells[0]))
      Doc.Keys.insert(Key);
    for (std::string Option : quoted(Cells[1]))
      Doc.Options.insert(StringRef(Option).split('=').first);
  }
  return Doc;
}

TEST(IntentTable, DocumentationMatchesTheTable) {
  DocumentedKeys Doc = readManifestDoc();
  StringSet<> Keys = {"version"}, Options;
  for (const IntentFieldInfo &F : getIntentFields()) {
    if (!F.Key.empty())
      Keys.insert(F.Key);
    if (!F.Option.empty())
      Options.insert(("--" + F.Option).str());
  }
  for (const auto &Key : Keys)
    EXPECT_TRUE(Doc.Keys.contains(Key.getKey()))
        << "docs/manifest.md does not document '" << Key.getKey().str() << "'";
  for (const auto &Key : Doc.Keys)
    EXPECT_TRUE(Keys.contains(Key.getKey()))
        << "docs/manifest.md documents '" << Key.getKey().str()
        << "', which Intent.def does not have";
  // Options that set no manifest key (--call-site does) are documented too.
  for (const auto &Option : Options)
    EXPECT_TRUE(Doc.Options.contains(Option.getKey()))
        << "docs/manifest.md does not document " << Option.getKey().str();
  for (const auto &Option : Doc.Options)
    EXPECT_TRUE(Options.contains(Option.getKey()))
        << "docs/manifest.md documents " << Option.getKey().str()
        << ", which goexe check does not take";
}

TEST(IntentTable, ReaderTakesEveryKey) {
  // Each key of the table, with a value of its type, is read and kept.
  BuildIntent Intent;
  Error E = parseManifest(R"({"version": 1, "goos": "windows",
      "goarch": "amd64", "ldflags": ["-s"], "trimpath": true,
      "buildPaths": ["/b"], "cgo": false, "static": true,
      "minWindows": "7", "cpuBaseline": "v2", "dllPaths": ["/d"],
      "output": "/o/app.exe", "callSite": {"file": "CMakeLists.txt",
      "line": 3, "column": 1}, "goBuild": false, "options": ["-w"]})",
                          Intent);
  ASSERT_FALSE(bool(E)) << toString(std::move(E));
  EXPECT_EQ(Intent.GOOS, "windows");
  EXPECT_EQ(Intent.Ldflags, std::vector<std::string>{"-s"});
  EXPECT_EQ(Intent.Cgo, false);
  EXPECT_TRUE(Intent.isStatic());
  EXPECT_FALSE(Intent.isGoBuild());
  ASSERT_TRUE(Intent.CallSite.has_value());
  EXPECT_EQ(Intent.CallSite->Line, 3u);
  EXPECT_EQ(Intent.WarningOptions, std::vector<std::string>{"-w"});
}

TEST(IntentTable, ValuesAreValidated) {
  BuildIntent Intent;
  Error E = parseManifest(R"({"minWindows": "xp"})", Intent);
  ASSERT_TRUE(bool(E));
  EXPECT_EQ(toString(std::move(E)),
            "minWindows: invalid value 'xp' (expected 7, 8, 8.1, 10 or 11)");
  Error Unknown = parseManifest(R"({"target": "app"})", Intent);
  ASSERT_TRUE(bool(Unknown));
  EXPECT_EQ(toString(std::move(Unknown)), "unknown key 'target'");
  Error Cgo = setIntentOption(Intent, IntentField::Cgo, "yes");
  ASSERT_TRUE(bool(Cgo));
  EXPECT_EQ(toString(std::move(Cgo)), "expected 0 or 1");
}

TEST(Vocabulary, CpuLevelsOrderAsGoDecides) {
  // Linear levels.
  EXPECT_EQ(cpuLevelRuns("amd64", "v3", "v2"), true);
  EXPECT_EQ(cpuLevelRuns("amd64", "v2", "v3"), false);
  EXPECT_EQ(cpuLevelRuns("386", "sse2", "softfloat"), true);
  EXPECT_EQ(cpuLevelRuns("386", "softfloat", "sse2"), false);
  EXPECT_EQ(cpuLevelRuns("arm", "7", "6,softfloat"), true);
  EXPECT_EQ(cpuLevelRuns("arm", "6", "7"), false);
  // GOARM 6 and 7 build hardfloat code unless told otherwise, which a CPU
  // without an FPU cannot run; softfloat code runs anywhere.
  EXPECT_EQ(cpuLevelRuns("arm", "6,softfloat", "6"), false);
  EXPECT_EQ(cpuLevelRuns("arm", "6,softfloat", "5"), true);
  EXPECT_EQ(cpuLevelRuns("arm", "7", "6,softfloat"), true);
  EXPECT_EQ(cpuLevelRuns("arm", "5", "5,hardfloat"), false);
  // GOARM64: v9.0 branched off v8.5 (internal/buildcfg).
  EXPECT_EQ(cpuLevelRuns("arm64", "v9.0", "v8.5"), true);
  EXPECT_EQ(cpuLevelRuns("arm64", "v9.0", "v8.6"), false);
  EXPECT_EQ(cpuLevelRuns("arm64", "v8.9", "v9.0"), false);
  EXPECT_EQ(cpuLevelRuns("arm64", "v8.0", "v8.0,lse"), false);
  EXPECT_EQ(cpuLevelRuns("arm64", "v8.1", "v8.0,lse"), true);
  EXPECT_EQ(cpuLevelRuns("arm64", "v8.2", "v8.0,crypto"), false);
  EXPECT_EQ(cpuLevelRuns("arm64", "v8.2,crypto,lse", "v8.1,crypto"), true);
  // Not levels of the architecture: no verdict.
  EXPECT_EQ(cpuLevelRuns("amd64", "7", "v1"), std::nullopt);
  EXPECT_EQ(cpuLevelRuns("arm", "7,softfloat,hardfloat", "7"), std::nullopt);
  EXPECT_EQ(cpuLevelRuns("arm64", "v8.0,sve", "v8.0"), std::nullopt);
  EXPECT_EQ(cpuLevelRuns("ppc64le", "power9", "power8"), true);
  EXPECT_EQ(cpuLevelRuns("ppc64", "power8", "power10"), false);
  EXPECT_EQ(cpuLevelRuns("riscv64", "rva20u64", "rva22u64"), false);
  EXPECT_EQ(cpuLevelRuns("mips64le", "softfloat", "hardfloat"), false);
  EXPECT_EQ(cpuLevelVariable("mipsle"), "GOMIPS");
  // One entry per variable in the message, though two GOARCHes share it.
  std::optional<std::string> Expected = checkCpuLevel("power7");
  ASSERT_TRUE(Expected.has_value());
  EXPECT_EQ(StringRef(*Expected).count("GOPPC64"), 1u) << *Expected;
  EXPECT_EQ(cpuLevelVariable("arm64"), "GOARM64");
  EXPECT_EQ(cpuLevelVariable("wasm"), "");
}

} // namespace
