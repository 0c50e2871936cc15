//===- InspectWalkTest.cpp - One walk of `goexe inspect`, two views -------===//
///
/// \file
/// walkInspection() drives both views: the JSON view has exactly the facts
/// the walk tells, each documented in docs/inspect.md, and the text view
/// caps long lists.
///
//===----------------------------------------------------------------------===//

#include "goexe/Inspect/Inspect.h"
#include "goexe/Inspect/InspectPrinter.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

using namespace llvm;
using namespace goexe;

namespace {

/// Every fact and container of the walk as a path: "images[]/pe/upx".
/// Checks on the way what both printers rely on: balanced structure, keys
/// in objects and none in lists, each key once, lines not nested.
class RecordingPrinter : public InspectPrinter {
public:
  std::vector<std::string> Paths;
  /// The facts the text view shows.
  StringSet<> Shown;

  void beginObject(StringRef Key) override { open(Key, /*IsList=*/false); }
  void endObject() override { close(/*IsList=*/false); }
  void beginList(StringRef Key, StringRef) override {
    open(Key, /*IsList=*/true);
  }
  void endList() override { close(/*IsList=*/true); }

  void stringField(StringRef Key, StringRef, TextForm Form) override {
    fact(Key, Form);
  }
  void numberField(StringRef Key, uint64_t, TextForm Form) override {
    fact(Key, Form);
  }
  void boolField(StringRef Key, bool) override { fact(Key, TextForm::Hidden); }
  void nullField(StringRef Key) override { fact(Key, TextForm::Hidden); }

  void beginLine(StringRef) override {
    EXPECT_FALSE(InLine) << "nested line at " << here();
    InLine = true;
  }
  void endLine() override {
    EXPECT_TRUE(InLine);
    InLine = false;
  }
  void text(const Twine &) override {}

  bool balanced() const { return Open.empty() && !InLine; }

private:
  struct Container {
    std::string Path;
    bool IsList;
    StringSet<> Keys;
  };

  std::string here() const { return Open.empty() ? "" : Open.back().Path; }

  std::string pathOf(StringRef Key) {
    if (Open.empty()) {
      EXPECT_TRUE(Key.empty()) << "the outermost object has a key";
      return "";
    }
    Container &C = Open.back();
    if (C.IsList) {
      EXPECT_TRUE(Key.empty()) << "key " << Key.str() << " in " << C.Path;
      return C.Path + "[]";
    }
    EXPECT_FALSE(Key.empty()) << "no key in " << C.Path;
    // A list repeats its elements' keys; an object must not.
    EXPECT_TRUE(C.Keys.insert(Key).second)
        << "key " << Key.str() << " twice in " << C.Path;
    return (C.Path.empty() ? "" : C.Path + "/") + Key.str();
  }

  void open(StringRef Key, bool IsList) {
    std::string Path = pathOf(Key);
    if (!Path.empty())
      Paths.push_back(Path);
    Open.push_back({Path, IsList, {}});
  }

  void close(bool IsList) {
    ASSERT_FALSE(Open.empty());
    EXPECT_EQ(Open.back().IsList, IsList) << Open.back().Path;
    Open.pop_back();
  }

  void fact(StringRef Key, TextForm Form) {
    std::string Path = pathOf(Key);
    Paths.push_back(Path);
    if (Form != TextForm::Hidden)
      Shown.insert(Path);
  }

  SmallVector<Container, 8> Open;
  bool InLine = false;
};

/// The paths of a parsed JSON value, as RecordingPrinter spells them.
void jsonPaths(const json::Value &V, const std::string &Path,
               std::vector<std::string> &Out) {
  if (!Path.empty())
    Out.push_back(Path);
  if (const json::Object *O = V.getAsObject()) {
    for (const auto &[Key, Child] : *O)
      jsonPaths(Child, (Path.empty() ? "" : Path + "/") + Key.str(), Out);
  } else if (const json::Array *A = V.getAsArray()) {
    for (const json::Value &Child : *A)
      jsonPaths(Child, Path + "[]", Out);
  }
}

std::vector<std::string> uniqueSorted(std::vector<std::string> V) {
  llvm::sort(V);
  V.erase(std::unique(V.begin(), V.end()), V.end());
  return V;
}

GoModule module(StringRef Path, StringRef Version) {
  return {Path.str(), Version.str(), "h1:abc=", nullptr};
}

/// A fat file whose two images have every optional part the walk knows:
/// a PE with Go build info, imports, a certificate table, an overlay,
/// resources and UPX markers; an ELF with an interpreter and needed
/// libraries. A Mach-O slice is not a PE or an ELF, but the walk reads only
/// the model, so one file can hold all three.
struct Fixture {
  ExecutableFile File;
  std::vector<InspectedImage> Images;

  Fixture() {
    File.Path = "fixture";
    File.Fat = true;
    File.Images.resize(3);

    Executable &PE = File.Images[0];
    PE.Format = ExecutableFormat::PE;
    PE.GOOS = "windows";
    PE.GOARCH = "amd64";
    PE.EntrySection = 0;
    PE.HasSymbols = true;
    PE.Damage.add("a damaged table");
    for (unsigned I = 0; I != MaxListedPerKind + 50; ++I) {
      Section S;
      S.Name = ".s" + utostr(I);
      S.File = {512, 512};
      PE.Sections.push_back(S);
    }
    PE.Imports.push_back({"kernel32.dll", {"ExitProcess", "#12"}, false});
    PE.Imports.push_back({"user32.dll", {"MessageBoxW"}, true});
    PE.PE.emplace();
    PE.PE->Is64 = true;
    PE.PE->DllCharacteristics = 0x8160;
    PE.PE->StoredCheckSum = 1;
    PE.PE->ComputedCheckSum = 2;
    PE.PE->CertificateTable = FileRange{4096, 512};
    PE.PE->Overlay = {5000, 100};
    PE.PE->HasResources = PE.PE->HasVersionInfo = PE.PE->HasManifest = true;
    PE.PE->HasIcon = PE.PE->HasUPXMarkers = true;

    GoBuildInfo Go;
    Go.GoVersion = "go1.22.1";
    Go.Mod.Path = "example.com/app";
    Go.Mod.Main = module("example.com/app", "(devel)");
    GoModule Dep = module("example.com/dep", "v1.0.0");
    Dep.Replace = std::make_shared<GoModule>(module("../dep", ""));
    Go.Mod.Deps.push_back(Dep);
    Go.Mod.Settings.push_back({"GOOS", "windows"});
    Go.ModInfoError = "a damaged line";

    Executable &ELF = File.Images[1];
    ELF.ELF.emplace();
    ELF.ELF->Interpreter = "/lib64/ld-linux-x86-64.so.2";
    ELF.ELF->Needed = {"libc.so.6"};

    Executable &MachO = File.Images[2];
    MachO.Format = ExecutableFormat::MachO;
    MachO.MachO.emplace();
    MachO.MachO->Dylibs = {"/usr/lib/libSystem.B.dylib"};

    Images = {{&PE, Go}, {&ELF, std::nullopt}, {&MachO, std::nullopt}};
  }
};

std::string print(InspectFormat Format, const Fixture &F) {
  std::string Out;
  raw_string_ostream OS(Out);
  printInspection(OS, Format, F.File, F.Images);
  return Out;
}

TEST(InspectWalkTest, JSONViewHasEveryFactOfTheWalk) {
  Fixture F;
  RecordingPrinter Recorder;
  walkInspection(Recorder, F.File, F.Images);
  EXPECT_TRUE(Recorder.balanced());

  std::string Out = print(InspectFormat::JSON, F);
  StringRef JSON = Out;
  ASSERT_TRUE(JSON.consume_back("\n"));
  EXPECT_FALSE(JSON.contains('\n')) << "one line";
  Expected<json::Value> Parsed = json::parse(JSON);
  ASSERT_TRUE(bool(Parsed)) << toString(Parsed.takeError());
  std::vector<std::string> Printed;
  jsonPaths(*Parsed, "", Printed);
  EXPECT_EQ(uniqueSorted(Recorder.Paths), uniqueSorted(Printed));
}

TEST(InspectWalkTest, EveryKeyIsDocumented) {
  auto Doc = MemoryBuffer::getFile(GOEXE_SOURCE_DIR "/docs/inspect.md");
  ASSERT_TRUE(bool(Doc)) << "docs/inspect.md";
  StringRef Text = (*Doc)->getBuffer();
  Fixture F;
  RecordingPrinter Recorder;
  walkInspection(Recorder, F.File, F.Images);
  for (StringRef Path : Recorder.Paths) {
    StringRef Key =
        Path.rsplit('/').second.empty() ? Path : Path.rsplit('/').second;
    while (Key.consume_back("[]")) {
    }
    EXPECT_TRUE(Text.contains(("`" + Key + "`").str()) ||
                Text.contains(("\"" + Key + "\"").str()))
        << Path.str() << " is not in docs/inspect.md";
  }
}

TEST(InspectWalkTest, TextViewShowsFactsOfTheWalk) {
  Fixture F;
  RecordingPrinter Recorder;
  walkInspection(Recorder, F.File, F.Images);
  // A sample of what the text view shows, and of what only JSON has.
  for (StringRef Path :
       {"images[]/go/version", "images[]/pe/checksum/computed",
        "images[]/pe/imports[]/dll", "images[]/sections[]/name",
        "images[]/elf/needed[]", "images[]/macho/dylibs[]"})
    EXPECT_TRUE(Recorder.Shown.contains(Path)) << Path.str();
  for (StringRef Path : {"file", "images[]/damage[]", "images[]/pe/machine",
                         "images[]/go/buildInfoOffset"})
    EXPECT_FALSE(Recorder.Shown.contains(Path)) << Path.str();

  std::string Text = print(InspectFormat::Text, F);
  EXPECT_NE(Text.find("fixture [amd64]: go1.22.1\n\tpath\texample.com/app\n"),
            std::string::npos)
      << Text;
  EXPECT_NE(Text.find("  checksum            stored 0x00000001, computed "
                      "0x00000002 (MISMATCH)\n"),
            std::string::npos)
      << Text;
  EXPECT_NE(Text.find("  delay import        user32.dll (1 functions)\n"),
            std::string::npos)
      << Text;
  EXPECT_NE(Text.find("fixture [unknown]: not built by Go"), std::string::npos)
      << Text;
}

TEST(InspectWalkTest, TextViewCapsLongLists) {
  Fixture F;
  std::string Text = print(InspectFormat::Text, F);
  EXPECT_EQ(StringRef(Text).count("  section   "), MaxListedPerKind);
  EXPECT_NE(Text.find("  ...                 50 more sections (--json lists "
                      "them all)\n"),
            std::string::npos)
      << Text;
  EXPECT_NE(Text.find(".s99 "), std::string::npos);
  EXPECT_EQ(Text.find(".s100 "), std::string::npos);

  std::string JSON = print(InspectFormat::JSON, F);
  EXPECT_NE(JSON.find("\".s149\""), std::string::npos);
}

} // namespace
