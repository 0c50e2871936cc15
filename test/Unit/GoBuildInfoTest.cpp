//===- GoBuildInfoTest.cpp - Go build info: search, decoding, modinfo -----===//
///
/// \file
/// The expected texts were captured from Go 1.26.8 (`go version -m`,
/// strconv and runtime/debug.ParseBuildInfo) on real builds; the executables
/// are small hand-made models so that every layout and every damage can be
/// tried, the pre-1.18 pointer format included.
///
//===----------------------------------------------------------------------===//

#include "goexe/Go/BuildInfo.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Endian.h"

#include "gtest/gtest.h"

#include <random>

using namespace goexe;
using llvm::StringRef;

namespace {

//===----------------------------------------------------------------------===//
// Building images
//===----------------------------------------------------------------------===//

const char Magic[] = "\xff Go buildinf:";
// The sentinels cmd/go puts around the modinfo (seen in every build).
const char SentinelStart[] = "0w\xaf\x0c\x92t\x08\x02"
                             "A\xe1\xc1\x07\xe6\xd6\x18\xe6";
const char SentinelEnd[] = "\xf9"
                           "2C1\x86\x18 r\x00\x82"
                           "B\x10"
                           "A\x16\xd8\xf2";

std::string wrapModInfo(StringRef Text) {
  return std::string(SentinelStart, 16) + Text.str() +
         std::string(SentinelEnd, 16);
}

std::string uvarint(uint64_t V) {
  std::string Out;
  for (; V >= 0x80; V >>= 7)
    Out += char(0x80 | (V & 0x7F));
  Out += char(V);
  return Out;
}

std::string pointer(uint64_t V, unsigned Size, bool BigEndian) {
  std::string Out(Size, '\0');
  llvm::endianness E =
      BigEndian ? llvm::endianness::big : llvm::endianness::little;
  if (Size == 4)
    llvm::support::endian::write32(Out.data(), uint32_t(V), E);
  else
    llvm::support::endian::write64(Out.data(), V, E);
  return Out;
}

/// The 32-byte header; \p Pointers fills bytes 16 to 31 (zeros when empty).
std::string header(uint8_t PointerSize, uint8_t Flags,
                   std::string Pointers = "") {
  std::string H = std::string(Magic, 14) + char(PointerSize) + char(Flags);
  Pointers.resize(16, '\0');
  return H + Pointers;
}

/// A Go 1.18+ blob: the header and the two strings inline.
std::string inlineBlob(StringRef Version, StringRef Mod) {
  return header(8, 2) + uvarint(Version.size()) + Version.str() +
         uvarint(Mod.size()) + Mod.str();
}

/// An executable model and the bytes it points into.
struct TestImage {
  std::string Bytes;
  Executable Exe;

  /// Appends \p Data at a 16-byte aligned offset; returns that offset.
  uint64_t append(StringRef Data) {
    Bytes.resize((Bytes.size() + 15) & ~size_t(15), '\0');
    uint64_t Offset = Bytes.size();
    Bytes += Data.str();
    return Offset;
  }

  Section &addSection(StringRef Name, StringRef Data, uint64_t Address,
                      uint64_t RawFlags = 0) {
    Section S;
    S.Name = Name.str();
    S.File = {append(Data), Data.size()};
    S.Address = Address;
    S.MemorySize = Data.size();
    S.RawFlags = RawFlags;
    Exe.Sections.push_back(S);
    return Exe.Sections.back();
  }

  Segment &addSegment(StringRef Data, uint64_t Address, bool Writable,
                      bool Executable, uint32_t MaxProtection = 0) {
    Segment S;
    S.File = {append(Data), Data.size()};
    S.Address = Address;
    S.MemorySize = Data.size();
    S.Readable = true;
    S.Writable = Writable;
    S.Executable = Executable;
    S.MaxProtection = MaxProtection;
    Exe.Segments.push_back(S);
    return Exe.Segments.back();
  }

  llvm::Expected<std::optional<GoBuildInfo>> read() {
    Exe.Bytes = Bytes;
    return readGoBuildInfo(Exe);
  }
};

TestImage imageOf(ExecutableFormat Format) {
  TestImage I;
  I.Exe.Format = Format;
  I.append("headers"); // so that no region starts at offset 0
  return I;
}

/// An ELF image whose .go.buildinfo section holds \p Data.
TestImage elfWith(StringRef Data) {
  TestImage I = imageOf(ExecutableFormat::ELF);
  I.addSection(".go.buildinfo", Data, 0x578000);
  return I;
}

/// Reads \p I and expects build info.
GoBuildInfo readOK(TestImage &I) {
  auto Info = I.read();
  if (!Info) {
    ADD_FAILURE() << llvm::toString(Info.takeError());
    return {};
  }
  std::optional<GoBuildInfo> &Found = *Info;
  if (!Found) {
    ADD_FAILURE() << "no build info found";
    return {};
  }
  return std::move(*Found);
}

/// Reads \p I and returns the error message ("" when there was none).
std::string readError(TestImage &I) {
  auto Info = I.read();
  if (Info)
    return "";
  return llvm::toString(Info.takeError());
}

bool findsNothing(TestImage &I) {
  auto Info = I.read();
  if (!Info) {
    ADD_FAILURE() << llvm::toString(Info.takeError());
    return false;
  }
  return !Info->has_value();
}

/// The main module, or an empty one when there is none.
GoModule mainModule(const ModInfo &Mod) {
  return Mod.Main.value_or(GoModule());
}

//===----------------------------------------------------------------------===//
// Real output of Go 1.26.8
//===----------------------------------------------------------------------===//

const std::string DefaultGODEBUG =
    "asynctimerchan=1,containermaxprocs=0,cryptocustomrand=1,"
    "decoratemappings=0,gotestjsonbuildtext=1,gotypesalias=0,"
    "httpcookiemaxnum=0,httpservecontentkeepheaders=1,multipathtcp=0,"
    "randseednop=0,rsa1024min=0,tls3des=1,tlsmlkem=0,tlssecpmlkem=0,"
    "tlssha1=1,updatemaxprocs=0,urlmaxqueryparams=0,urlstrictcolons=0,"
    "winreadlinkvolume=0,winsymlink=0,x509keypairleaf=0,x509negativeserial=1,"
    "x509rsacrt=0,x509sha256skid=0,x509usepolicies=0";

struct Capture {
  const char *Name;
  std::string RawModInfo; ///< Sentinels stripped.
  std::string GoVersionM; ///< `go version -m` after its first line.
};

std::vector<Capture> captures() {
  return {
      // GOOS=windows go build -ldflags='-X "main.v=a b"'
      {"windows-ldflags",
       "path\texample.com/hello\n"
       "mod\texample.com/hello\t(devel)\t\n"
       "build\t-buildmode=exe\n"
       "build\t-compiler=gc\n"
       "build\t-ldflags=\"-X \\\"main.v=a b\\\"\"\n"
       "build\tDefaultGODEBUG=" +
           DefaultGODEBUG +
           "\n"
           "build\tCGO_ENABLED=0\n"
           "build\tGOARCH=amd64\n"
           "build\tGOOS=windows\n"
           "build\tGOAMD64=v1\n",
       "\tpath\texample.com/hello\n"
       "\tmod\texample.com/hello\t(devel)\t\n"
       "\tbuild\t-buildmode=exe\n"
       "\tbuild\t-compiler=gc\n"
       "\tbuild\t-ldflags=\"-X \\\"main.v=a b\\\"\"\n"
       "\tbuild\tDefaultGODEBUG=" +
           DefaultGODEBUG +
           "\n"
           "\tbuild\tCGO_ENABLED=0\n"
           "\tbuild\tGOARCH=amd64\n"
           "\tbuild\tGOOS=windows\n"
           "\tbuild\tGOAMD64=v1\n"},
      // go build -trimpath -tags 'foo,bar'
      {"trimpath-tags",
       "path\texample.com/hello\n"
       "mod\texample.com/hello\t(devel)\t\n"
       "build\t-buildmode=exe\n"
       "build\t-compiler=gc\n"
       "build\t-tags=foo,bar\n"
       "build\t-trimpath=true\n"
       "build\tDefaultGODEBUG=" +
           DefaultGODEBUG +
           "\n"
           "build\tCGO_ENABLED=1\n"
           "build\tGOARCH=amd64\n"
           "build\tGOOS=linux\n"
           "build\tGOAMD64=v1\n",
       "\tpath\texample.com/hello\n"
       "\tmod\texample.com/hello\t(devel)\t\n"
       "\tbuild\t-buildmode=exe\n"
       "\tbuild\t-compiler=gc\n"
       "\tbuild\t-tags=foo,bar\n"
       "\tbuild\t-trimpath=true\n"
       "\tbuild\tDefaultGODEBUG=" +
           DefaultGODEBUG +
           "\n"
           "\tbuild\tCGO_ENABLED=1\n"
           "\tbuild\tGOARCH=amd64\n"
           "\tbuild\tGOOS=linux\n"
           "\tbuild\tGOAMD64=v1\n"},
      // replace example.com/lib => ../lib, go build -gcflags='all=-N -l'.
      // String() ends the replaced module with an extra newline: the blank
      // line is real, and `go version -m` prints it as a lone tab.
      {"replace-local",
       "path\texample.com/app\n"
       "mod\texample.com/app\t(devel)\t\n"
       "dep\texample.com/lib\tv1.2.3\n"
       "=>\t../lib\t(devel)\t\n"
       "\n"
       "build\t-buildmode=exe\n"
       "build\t-compiler=gc\n"
       "build\t-gcflags=\"all=-N -l\"\n"
       "build\tDefaultGODEBUG=" +
           DefaultGODEBUG +
           "\n"
           "build\tCGO_ENABLED=1\n"
           "build\tCGO_CFLAGS=\n"
           "build\tCGO_CPPFLAGS=\n"
           "build\tCGO_CXXFLAGS=\n"
           "build\tCGO_LDFLAGS=\n"
           "build\tGOARCH=amd64\n"
           "build\tGOOS=linux\n"
           "build\tGOAMD64=v1\n",
       "\tpath\texample.com/app\n"
       "\tmod\texample.com/app\t(devel)\t\n"
       "\tdep\texample.com/lib\tv1.2.3\n"
       "\t=>\t../lib\t(devel)\t\n"
       "\t\n"
       "\tbuild\t-buildmode=exe\n"
       "\tbuild\t-compiler=gc\n"
       "\tbuild\t-gcflags=\"all=-N -l\"\n"
       "\tbuild\tDefaultGODEBUG=" +
           DefaultGODEBUG +
           "\n"
           "\tbuild\tCGO_ENABLED=1\n"
           "\tbuild\tCGO_CFLAGS=\n"
           "\tbuild\tCGO_CPPFLAGS=\n"
           "\tbuild\tCGO_CXXFLAGS=\n"
           "\tbuild\tCGO_LDFLAGS=\n"
           "\tbuild\tGOARCH=amd64\n"
           "\tbuild\tGOOS=linux\n"
           "\tbuild\tGOAMD64=v1\n"},
      // A dependency from a (local file) module proxy, with its go.sum hash.
      {"dep-with-sum",
       "path\texample.com/user\n"
       "mod\texample.com/user\t(devel)\t\n"
       "dep\texample.com/dep\tv1.0.0\t"
       "h1:JXl0wD9rdCGIF5ybqDTFU872ZIv0v19++MNLvyO/GkQ=\n"
       "build\t-buildmode=exe\n"
       "build\t-compiler=gc\n"
       "build\tDefaultGODEBUG=" +
           DefaultGODEBUG +
           "\n"
           "build\tCGO_ENABLED=0\n"
           "build\tGOARCH=amd64\n"
           "build\tGOOS=linux\n"
           "build\tGOAMD64=v1\n",
       "\tpath\texample.com/user\n"
       "\tmod\texample.com/user\t(devel)\t\n"
       "\tdep\texample.com/dep\tv1.0.0\t"
       "h1:JXl0wD9rdCGIF5ybqDTFU872ZIv0v19++MNLvyO/GkQ=\n"
       "\tbuild\t-buildmode=exe\n"
       "\tbuild\t-compiler=gc\n"
       "\tbuild\tDefaultGODEBUG=" +
           DefaultGODEBUG +
           "\n"
           "\tbuild\tCGO_ENABLED=0\n"
           "\tbuild\tGOARCH=amd64\n"
           "\tbuild\tGOOS=linux\n"
           "\tbuild\tGOAMD64=v1\n"},
      // -ldflags="-X 'main.v=<e acute> <U+00A0>x<TAB>y<U+0001>z'": strconv
      // keeps the printable rune and escapes the others.
      {"ldflags-escapes",
       "path\texample.com/hello\n"
       "mod\texample.com/hello\t(devel)\t\n"
       "build\t-buildmode=exe\n"
       "build\t-compiler=gc\n"
       "build\t-ldflags=\"-X 'main.v=\xc3\xa9 \\u00a0x\\ty\\x01z'\"\n"
       "build\tCGO_ENABLED=1\n",
       "\tpath\texample.com/hello\n"
       "\tmod\texample.com/hello\t(devel)\t\n"
       "\tbuild\t-buildmode=exe\n"
       "\tbuild\t-compiler=gc\n"
       "\tbuild\t-ldflags=\"-X 'main.v=\xc3\xa9 \\u00a0x\\ty\\x01z'\"\n"
       "\tbuild\tCGO_ENABLED=1\n"},
  };
}

//===----------------------------------------------------------------------===//
// strconv.Quote and strconv.Unquote
//===----------------------------------------------------------------------===//

TEST(GoQuote, QuoteMatchesStrconv) {
  struct {
    std::string In;
    const char *Out;
  } Cases[] = {
      {"", R"("")"},
      {"a b", R"("a b")"},
      {"\a\b\f\n\r\t\v\\\"'`", R"("\a\b\f\n\r\t\v\\\"'`")"},
      {std::string("\x00\x1f\x7f", 3), R"("\x00\x1f\x7f")"},
      // U+00E9, U+00A0 (a space other than ' '), U+00AD, U+2028, U+200B,
      // U+FEFF, U+FFFD (printable when it is really there).
      {"\xc3\xa9\xc2\xa0\xc2\xad\xe2\x80\xa8\xe2\x80\x8b\xef\xbb\xbf"
       "\xef\xbf\xbd",
       "\"\xc3\xa9\\u00a0\\u00ad\\u2028\\u200b\\ufeff\xef\xbf\xbd\""},
      // Not UTF-8: a stray byte, a truncated sequence, a surrogate, past
      // U+10FFFF, an overlong NUL.
      {"\xff\xc3", R"("\xff\xc3")"},
      {"\xed\xa0\x80", R"("\xed\xa0\x80")"},
      {"\xf4\x90\x80\x80", R"("\xf4\x90\x80\x80")"},
      {"\xc0\x80", R"("\xc0\x80")"},
      // U+1F600, U+E0001 (format), U+10FFFF and U+F0000 (private use).
      {"\xf0\x9f\x98\x80\xf3\xa0\x80\x81\xf4\x8f\xbf\xbf\xf3\xb0\x80\x80",
       "\"\xf0\x9f\x98\x80\\U000e0001\\U0010ffff\\U000f0000\""},
      // Unassigned U+0378 and the spaces U+3000, U+2000, U+1680.
      {"\xcd\xb8\xe3\x80\x80\xe2\x80\x80\xe1\x9a\x80",
       R"("\u0378\u3000\u2000\u1680")"},
  };
  for (const auto &C : Cases)
    EXPECT_EQ(quoteGoString(C.In), C.Out) << C.Out;
}

TEST(GoQuote, UnquoteMatchesStrconv) {
  struct {
    std::string In;
    std::optional<std::string> Out;
  } Cases[] = {
      {R"("")", ""},
      {"''", ""},
      {"``", ""},
      {R"("a")", "a"},
      {R"("\a\b\f\n\r\t\v\\\"")", "\a\b\f\n\r\t\v\\\""},
      {R"("\'")", std::nullopt},
      {R"('\'')", "'"},
      {R"('\"')", std::nullopt},
      {R"('"')", "\""},
      {R"("'")", "'"},
      {R"("\x41\x4a\xff")", "AJ\xff"},
      {R"("\101\377")", "A\xff"},
      {R"("\400")", std::nullopt},
      {R"("\18")", std::nullopt},
      {R"("\u00e9\U0001F600")", "\xc3\xa9\xf0\x9f\x98\x80"},
      {R"("\ud800")", std::nullopt},
      {R"("\U00110000")", std::nullopt},
      {R"("\q")", std::nullopt},
      {R"("a)", std::nullopt},
      {R"(a")", std::nullopt},
      {R"("a"b)", std::nullopt},
      {"\"a\nb\"", std::nullopt},
      {"`a\r\nb`", "a\nb"},
      {"`a\"b`", "a\"b"},
      {"`a`b`", std::nullopt},
      // Bytes that are not UTF-8 become U+FFFD; \x escapes stay bytes.
      {"\"\xff\"", "\xef\xbf\xbd"},
      {"'\xff'", "\xef\xbf\xbd"},
      {"\"\xe9\"", "\xef\xbf\xbd"},
      {"'ab'", std::nullopt},
      {"'\xc3\xa9'", "\xc3\xa9"},
      {R"('\x41')", "A"},
      {R"('\u00e9')", "\xc3\xa9"},
      {R"("\x4")", std::nullopt},
      {R"("\u00e")", std::nullopt},
      {R"("\")", std::nullopt},
      {R"("a"")", std::nullopt},
      {"`", std::nullopt},
      {"\"", std::nullopt},
      {"x", std::nullopt},
      {"", std::nullopt},
      {R"("\U0010FFFF")", "\xf4\x8f\xbf\xbf"},
      {R"("\uD7FF")", "\xed\x9f\xbf"},
  };
  for (const auto &C : Cases)
    EXPECT_EQ(unquoteGoString(C.In), C.Out) << C.In;
}

TEST(GoQuote, RoundTripsAnyBytes) {
  std::mt19937 Random(42);
  std::vector<std::string> Inputs;
  std::string Every;
  for (unsigned B = 0; B < 256; ++B)
    Every += char(B);
  Inputs.push_back(Every);
  for (unsigned I = 0; I < 500; ++I) {
    std::string S(Random() % 12, '\0');
    for (char &C : S)
      // Favour the bytes that matter: ASCII controls, quotes, UTF-8 leads.
      C = char(Random() % 3 ? Random() % 256
                            : "\"\\`\n\xc3\xe2\xf0\x80"[Random() % 8]);
    Inputs.push_back(S);
  }
  for (const std::string &S : Inputs) {
    std::string Q = quoteGoString(S);
    EXPECT_EQ(unquoteGoString(Q), S) << Q;
  }
}

//===----------------------------------------------------------------------===//
// The modinfo text
//===----------------------------------------------------------------------===//

TEST(ModInfo, FormatMatchesGoVersionM) {
  for (const Capture &C : captures()) {
    llvm::Expected<ModInfo> Mod = parseModInfo(C.RawModInfo);
    ASSERT_TRUE(bool(Mod)) << C.Name << ": " << llvm::toString(Mod.takeError());
    EXPECT_EQ(formatModInfo(*Mod), C.GoVersionM) << C.Name;
  }
}

TEST(ModInfo, ParsesRealOutput) {
  std::vector<Capture> All = captures();
  llvm::Expected<ModInfo> Mod = parseModInfo(All[0].RawModInfo);
  ASSERT_TRUE(bool(Mod)) << llvm::toString(Mod.takeError());
  EXPECT_EQ(Mod->Path, "example.com/hello");
  ASSERT_TRUE(Mod->Main.has_value());
  GoModule Main = mainModule(*Mod);
  EXPECT_EQ(Main.Path, "example.com/hello");
  EXPECT_EQ(Main.Version, "(devel)");
  EXPECT_EQ(Main.Sum, "");
  EXPECT_TRUE(Mod->Deps.empty());
  ASSERT_EQ(Mod->Settings.size(), 8u);
  EXPECT_EQ(Mod->Settings[2].first, "-ldflags");
  EXPECT_EQ(Mod->Settings[2].second, "-X \"main.v=a b\"");
  EXPECT_EQ(Mod->setting("GOOS"), StringRef("windows"));
  EXPECT_EQ(Mod->setting("DefaultGODEBUG"), StringRef(DefaultGODEBUG));
  EXPECT_EQ(Mod->setting("-trimpath"), std::nullopt);

  Mod = parseModInfo(All[3].RawModInfo);
  ASSERT_TRUE(bool(Mod)) << llvm::toString(Mod.takeError());
  ASSERT_EQ(Mod->Deps.size(), 1u);
  EXPECT_EQ(Mod->Deps[0].Sum,
            "h1:JXl0wD9rdCGIF5ybqDTFU872ZIv0v19++MNLvyO/GkQ=");

  Mod = parseModInfo(All[4].RawModInfo);
  ASSERT_TRUE(bool(Mod)) << llvm::toString(Mod.takeError());
  EXPECT_EQ(Mod->setting("-ldflags"),
            StringRef("-X 'main.v=\xc3\xa9 \xc2\xa0x\ty\x01z'"));
}

TEST(ModInfo, Replacements) {
  llvm::Expected<ModInfo> Mod = parseModInfo(captures()[2].RawModInfo);
  ASSERT_TRUE(bool(Mod)) << llvm::toString(Mod.takeError());
  ASSERT_EQ(Mod->Deps.size(), 1u);
  const GoModule &Lib = Mod->Deps[0];
  EXPECT_EQ(Lib.Path, "example.com/lib");
  EXPECT_EQ(Lib.Version, "v1.2.3");
  ASSERT_TRUE(Lib.Replace);
  EXPECT_EQ(Lib.Replace->Path, "../lib");
  EXPECT_EQ(Lib.Replace->Version, "(devel)");
  EXPECT_EQ(Lib.Replace->Sum, "");
  ASSERT_TRUE(Mod->Main.has_value());
  EXPECT_FALSE(mainModule(*Mod).Replace);

  // The main module can be replaced too, and a replacement applies to the
  // last module line even when other lines come between.
  Mod = parseModInfo("mod\tm\tv1\tsum1\n"
                     "=>\tr\tv2\tsum2\n"
                     "dep\ta\tv3\n"
                     "dep\tb\tv4\n"
                     "path\tp\n"
                     "build\tk=v\n"
                     "=>\tc\tv5\tsum5\n");
  ASSERT_TRUE(bool(Mod)) << llvm::toString(Mod.takeError());
  GoModule Main = mainModule(*Mod);
  ASSERT_TRUE(Main.Replace);
  EXPECT_EQ(Main.Replace->Sum, "sum2");
  ASSERT_EQ(Mod->Deps.size(), 2u);
  EXPECT_FALSE(Mod->Deps[0].Replace);
  ASSERT_TRUE(Mod->Deps[1].Replace);
  EXPECT_EQ(Mod->Deps[1].Replace->Path, "c");
  EXPECT_EQ(formatModInfo(*Mod), "\tpath\tp\n"
                                 "\tmod\tm\tv1\n"
                                 "\t=>\tr\tv2\tsum2\n"
                                 "\t\n"
                                 "\tdep\ta\tv3\t\n"
                                 "\tdep\tb\tv4\n"
                                 "\t=>\tc\tv5\tsum5\n"
                                 "\t\n"
                                 "\tbuild\tk=v\n");
}

TEST(ModInfo, ErrorPaths) {
  // The messages of Go 1.26.8's ParseBuildInfo after its "could not parse Go
  // build info: " prefix.
  struct {
    const char *In;
    const char *Error;
  } Cases[] = {
      {"mod\ta\n", "line 1: expected 2 or 3 columns; got 1"},
      {"path\tp\ngo\tgo1.22\ndep\ta\tb\tc\td\n",
       "line 3: expected 2 or 3 columns; got 4"},
      {"mod\tm\tv\n=>\ta\tb\n",
       "line 2: expected 3 columns for replacement; got 2"},
      {"mod\tm\tv\n=>\ta\tb\tc\td\n",
       "line 2: expected 3 columns for replacement; got 4"},
      {"=>\ta\tb\tc\n", "line 1: replacement with no module on previous line"},
      {"dep\ta\tv\n=>\tb\tv\ts\n=>\tc\tv\ts\n",
       "line 3: replacement with no module on previous line"},
      {"build\t\n", "line 1: build line missing '='"},
      {"build\t=x\n", "line 1: build line with missing key"},
      {"build\t\"abc\n", "line 1: invalid quoted key in build line"},
      {"build\t\"a\"\n", "line 1: build line missing '=' after quoted key"},
      {"build\t\"a\"x=1\n",
       "line 1: unexpected character after quoted key: 'x'"},
      // Go quotes the byte as if it were a rune: 0xC3 is U+00C3.
      {"build\t\"a\"\xc3\xa9=1\n",
       "line 1: unexpected character after quoted key: '\xc3\x83'"},
      {"build\tabc\n", "line 1: build line missing '=' after key"},
      {"build\ta b=1\n", "line 1: unquoted key \"a b\" must be quoted"},
      {"build\ta\"b=1\n", "line 1: unquoted key \"a\\\"b\" must be quoted"},
      {"build\ta=\"x\n", "line 1: invalid quoted value in build line"},
      {"build\ta=`x`y\n", "line 1: invalid quoted value in build line"},
      {"build\ta=x y\n", "line 1: unquoted value \"x y\" must be quoted"},
      {"build\ta=x\x01\"\n",
       "line 1: unquoted value \"x\\x01\\\"\" must be quoted"},
      {"unknown\n\nbuild\tk=`\n", "line 3: invalid quoted value in build line"},
  };
  for (const auto &C : Cases) {
    llvm::Expected<ModInfo> Mod = parseModInfo(C.In);
    if (Mod) {
      ADD_FAILURE() << "parsed: " << C.In;
      continue;
    }
    EXPECT_EQ(llvm::toString(Mod.takeError()), C.Error) << C.In;
  }
}

TEST(ModInfo, SkipsUnknownAndUnterminatedLines) {
  llvm::Expected<ModInfo> Mod =
      parseModInfo("unknown\n"
                   "go\tgo1.22\n"
                   "build\t`a`=`b`\n"
                   "build\t\"k\\tx\"=\"v w\"\n"
                   "dep\ta\tb\n"
                   "path\tx\n"
                   "=>\tr\tv\ts\n"
                   "build\tk=\n"
                   "build\tlast=line without newline");
  ASSERT_TRUE(bool(Mod)) << llvm::toString(Mod.takeError());
  // What Go 1.26.8's BuildInfo.String() gives for the same input.
  EXPECT_EQ(formatModInfo(*Mod), "\tpath\tx\n"
                                 "\tdep\ta\tb\n"
                                 "\t=>\tr\tv\ts\n"
                                 "\t\n"
                                 "\tbuild\ta=b\n"
                                 "\tbuild\t\"k\\tx\"=\"v w\"\n"
                                 "\tbuild\tk=\n");
  EXPECT_EQ(Mod->setting("last"), std::nullopt);
}

TEST(ModInfo, QuotedSettingsRoundTrip) {
  ModInfo Mod;
  Mod.Settings = {{"", "empty key"},
                  {"a=b", "v"},
                  {"k\tey", "tab"},
                  {"quote\"d", "`back`"},
                  {"plain", "a=b,c"},
                  {"-ldflags", "-X \"main.v=a b\" \xff\xc3\xa9\r\n"},
                  {"bytes", std::string("\x00\x7f", 2)}};
  std::string Printed = formatModInfo(Mod);
  EXPECT_EQ(Printed, "\tbuild\t\"\"=\"empty key\"\n"
                     "\tbuild\t\"a=b\"=v\n"
                     "\tbuild\t\"k\\tey\"=tab\n"
                     "\tbuild\t\"quote\\\"d\"=\"`back`\"\n"
                     "\tbuild\tplain=a=b,c\n"
                     "\tbuild\t-ldflags=\"-X \\\"main.v=a b\\\" "
                     "\\xff\xc3\xa9\\r\\n\"\n"
                     // NUL and DEL alone need no quotes.
                     "\tbuild\tbytes=" +
                         std::string("\x00\x7f", 2) + "\n");

  // Without the indentation it is modinfo again.
  std::string Text;
  for (StringRef Line : llvm::split(StringRef(Printed).drop_back(), '\n'))
    Text += Line.drop_front().str() + "\n";
  llvm::Expected<ModInfo> Back = parseModInfo(Text);
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(Back->Settings, Mod.Settings);
}

TEST(ModInfo, SettingReturnsTheLast) {
  llvm::Expected<ModInfo> Mod = parseModInfo("build\tk=1\nbuild\tk=2\n");
  ASSERT_TRUE(bool(Mod)) << llvm::toString(Mod.takeError());
  EXPECT_EQ(Mod->setting("k"), StringRef("2"));
}

TEST(ModInfo, FormatsNothingForNothing) {
  EXPECT_EQ(formatModInfo(ModInfo()), "");
  llvm::Expected<ModInfo> Mod = parseModInfo("");
  ASSERT_TRUE(bool(Mod));
  EXPECT_FALSE(Mod->Main.has_value());
  EXPECT_EQ(formatModInfo(*Mod), "");
  // Go prints no mod line for an all-empty main module.
  ModInfo EmptyMain;
  EmptyMain.Main = GoModule();
  EmptyMain.Path = "p";
  EXPECT_EQ(formatModInfo(EmptyMain), "\tpath\tp\n");
}

//===----------------------------------------------------------------------===//
// Finding and decoding the blob
//===----------------------------------------------------------------------===//

TEST(BuildInfo, InlineInELFSection) {
  TestImage I = elfWith(inlineBlob("go1.26.8", wrapModInfo("path\tp\n")));
  GoBuildInfo Info = readOK(I);
  EXPECT_EQ(Info.GoVersion, "go1.26.8");
  EXPECT_TRUE(Info.InlineStrings);
  EXPECT_EQ(Info.RawModInfo, "path\tp\n");
  EXPECT_EQ(Info.Mod.Path, "p");
  EXPECT_EQ(Info.HeaderOffset, I.Exe.Sections[0].File.Offset);
  EXPECT_EQ(Info.ModInfoError, "");
}

TEST(BuildInfo, RealBlobEndToEnd) {
  // The layout of hello.exe's .data: the blob at its start.
  for (const Capture &C : captures()) {
    TestImage I = imageOf(ExecutableFormat::PE);
    I.addSection(".text", "code", 0x401000, 0x60000020);
    I.addSection(".data", inlineBlob("go1.26.8", wrapModInfo(C.RawModInfo)),
                 0x583000, 0xC0000040);
    GoBuildInfo Info = readOK(I);
    EXPECT_EQ(Info.GoVersion, "go1.26.8") << C.Name;
    EXPECT_EQ(Info.RawModInfo, C.RawModInfo) << C.Name;
    EXPECT_EQ(formatModInfo(Info.Mod), C.GoVersionM) << C.Name;
  }
}

TEST(BuildInfo, ELFFallsBackToWritableSegment) {
  std::string Blob = inlineBlob("go1.22.1", "");
  TestImage I = imageOf(ExecutableFormat::ELF);
  I.addSection(".data", Blob, 0x400000); // not where Go looks
  I.addSegment(Blob, 0x400000, /*Writable=*/false, /*Executable=*/true);
  I.addSegment(Blob, 0x500000, /*Writable=*/true, /*Executable=*/true);
  I.addSegment(Blob, 0x600000, /*Writable=*/false, /*Executable=*/false);
  EXPECT_TRUE(findsNothing(I));
  Segment &Data =
      I.addSegment(Blob, 0x700000, /*Writable=*/true, /*Executable=*/false);
  uint64_t Offset = Data.File.Offset;
  GoBuildInfo Info = readOK(I);
  EXPECT_EQ(Info.GoVersion, "go1.22.1");
  EXPECT_EQ(Info.HeaderOffset, Offset);
  EXPECT_EQ(Info.RawModInfo, "");
}

TEST(BuildInfo, PEUsesFirstDataSection) {
  TestImage I = imageOf(ExecutableFormat::PE);
  std::string Old = inlineBlob("go1.1", "");
  std::string New = inlineBlob("go1.2", "");
  I.addSection(".text", Old, 0x401000, 0x60000020);
  I.addSection(".rdata", Old, 0x402000, 0x40000040);
  I.addSection(".bss", Old, 0, 0xC0000040);        // no address
  I.addSection(".data", "", 0x403000, 0xC0000040); // no bytes
  // Go 1.2x's .data, with alignment bits that do not count.
  I.addSection(".data", New, 0x404000, 0xC0600040);
  I.addSection(".idata", Old, 0x405000, 0xC0000040);
  EXPECT_EQ(readOK(I).GoVersion, "go1.2");

  TestImage NoData = imageOf(ExecutableFormat::PE);
  NoData.addSection(".text", Old, 0x401000, 0x60000020);
  NoData.addSection(".data", Old, 0x402000, 0xC0000060); // code bit set
  EXPECT_TRUE(findsNothing(NoData));
}

TEST(BuildInfo, MachOSectionThenReadWriteSegment) {
  std::string Blob = inlineBlob("go1.21.0", "");
  TestImage I = imageOf(ExecutableFormat::MachO);
  I.addSegment(Blob, 0x100000000, false, true, 5);
  I.addSegment(Blob, 0, true, false, 3);           // __PAGEZERO-like
  I.addSegment(Blob, 0x100010000, true, false, 7); // max protection rwx
  I.addSegment(Blob, 0x100020000, true, true, 7);  // rwx
  EXPECT_TRUE(findsNothing(I));
  Segment &Data = I.addSegment(Blob, 0x100030000, true, false, 3);
  uint64_t Offset = Data.File.Offset;
  EXPECT_EQ(readOK(I).HeaderOffset, Offset);

  Section &S =
      I.addSection("__go_buildinfo", inlineBlob("go1.22.0", ""), 0x100040000);
  Offset = S.File.Offset;
  GoBuildInfo Info = readOK(I);
  EXPECT_EQ(Info.GoVersion, "go1.22.0");
  EXPECT_EQ(Info.HeaderOffset, Offset);
}

TEST(BuildInfo, MagicMustBeAligned) {
  std::string Blob = inlineBlob("go1.22.1", "");
  // Only at offset 8 of the section: skipped.
  TestImage Unaligned = elfWith(std::string(8, 'x') + Blob);
  EXPECT_TRUE(findsNothing(Unaligned));

  // At 8 (with a bogus header) and at 48: the aligned one counts.
  std::string Bogus = std::string(Magic, 14) + "\x03";
  TestImage Both = elfWith(std::string(8, 'x') + Bogus +
                           std::string(48 - 8 - Bogus.size(), 'x') + Blob);
  GoBuildInfo Info = readOK(Both);
  EXPECT_EQ(Info.HeaderOffset, Both.Exe.Sections[0].File.Offset + 48);

  // Alignment is counted from the start of the section, not of the file.
  TestImage Odd = imageOf(ExecutableFormat::ELF);
  Odd.Bytes += "abc";
  Odd.Bytes += Blob;
  Section S;
  S.Name = ".go.buildinfo";
  S.File = {Odd.Bytes.size() - Blob.size(), Blob.size()};
  Odd.Exe.Sections.push_back(S);
  EXPECT_EQ(readOK(Odd).HeaderOffset, 10u);
}

TEST(BuildInfo, NotGo) {
  TestImage Empty = imageOf(ExecutableFormat::ELF);
  EXPECT_TRUE(findsNothing(Empty));
  TestImage NoMagic = elfWith(std::string(64, '\0'));
  EXPECT_TRUE(findsNothing(NoMagic));
  TestImage Partial = elfWith(std::string(Magic, 13));
  EXPECT_TRUE(findsNothing(Partial));
}

TEST(BuildInfo, SentinelStripping) {
  struct {
    std::string Mod;
    const char *Raw;
  } Cases[] = {
      {"", ""},
      // 32 bytes: too short even with a newline in the right place.
      {std::string(15, 's') + "\n" + std::string(16, 's'), ""},
      // 33 bytes with the newline 17 bytes from the end: one newline.
      {std::string(16, 's') + "\n" + std::string(16, 'e'), "\n"},
      // The newline in the wrong place: not modinfo.
      {std::string(16, 's') + "path\tp\nx" + std::string(16, 'e'), ""},
      {wrapModInfo("path\tp\n"), "path\tp\n"},
  };
  for (const auto &C : Cases) {
    TestImage I = elfWith(inlineBlob("go1.22.1", C.Mod));
    GoBuildInfo Info = readOK(I);
    EXPECT_EQ(Info.RawModInfo, C.Raw) << C.Mod;
    EXPECT_EQ(Info.ModInfoError, "");
  }
}

TEST(BuildInfo, ModInfoErrorKeepsVersion) {
  TestImage I =
      elfWith(inlineBlob("go1.22.1", wrapModInfo("path\tp\nmod\tm\n")));
  GoBuildInfo Info = readOK(I);
  EXPECT_EQ(Info.GoVersion, "go1.22.1");
  EXPECT_EQ(Info.RawModInfo, "path\tp\nmod\tm\n");
  EXPECT_EQ(Info.ModInfoError, "line 2: expected 2 or 3 columns; got 1");
}

TEST(BuildInfo, HostileInlineLengths) {
  std::string H = header(8, 2);
  struct {
    const char *Name;
    std::string Blob;
    const char *Error; ///< After "header at offset 0x...: ".
  } Cases[] = {
      {"header cut short",
       std::string(Magic, 14) + "\x08\x02" + std::string(10, '\0'),
       "the header is cut short at the end of the data (26 of 32 bytes)"},
      {"no length", H, "the Go version string runs past the end of the data"},
      {"unterminated uvarint", H + "\x80\x80",
       "the Go version string runs past the end of the data"},
      // 2^64 needs an eleventh byte or more than one bit in the tenth.
      {"uvarint overflow", H + std::string(9, '\xff') + "\x02" + "go",
       "the Go version string runs past the end of the data"},
      {"uvarint too long", H + std::string(10, '\x80') + std::string(1, '\0'),
       "the Go version string runs past the end of the data"},
      {"huge length", H + uvarint(~uint64_t(0)) + "go1.22",
       "the Go version string runs past the end of the data"},
      {"version past end", H + uvarint(7) + "go1.22",
       "the Go version string runs past the end of the data"},
      {"no modinfo length", H + uvarint(6) + "go1.22",
       "the modinfo string runs past the end of the data"},
      {"modinfo past end", H + uvarint(6) + "go1.22" + uvarint(2) + "x",
       "the modinfo string runs past the end of the data"},
      {"huge modinfo", H + uvarint(6) + "go1.22" + uvarint(uint64_t(1) << 63),
       "the modinfo string runs past the end of the data"},
      {"empty version", H + uvarint(0) + uvarint(0), "the Go version is empty"},
  };
  for (const auto &C : Cases) {
    TestImage I = elfWith(C.Blob);
    // Bytes after the section must not be read either.
    I.Bytes += std::string(64, 'x');
    std::string Error = readError(I);
    EXPECT_EQ(Error, "header at offset 0x10: " + std::string(C.Error))
        << C.Name;
  }

  // The largest length that fits in ten bytes decodes (and is too long).
  TestImage Max = elfWith(H + uvarint(~uint64_t(0) >> 1) + "go");
  EXPECT_NE(readError(Max), "");
}

TEST(BuildInfo, RegionClampedToFile) {
  std::string Blob = inlineBlob("go1.22.1", "");
  TestImage I = elfWith(Blob);
  // A section header that claims more bytes than the file has.
  I.Exe.Sections[0].File.Size = ~uint64_t(0) - 8;
  EXPECT_EQ(readOK(I).GoVersion, "go1.22.1");

  // The version's length runs past the end of the file.
  TestImage Cut = elfWith(header(8, 2) + uvarint(100) + "go");
  Cut.Exe.Sections[0].File.Size = 1000;
  EXPECT_NE(readError(Cut), "");

  TestImage Outside = elfWith(Blob);
  Outside.Exe.Sections[0].File.Offset = 1 << 20;
  EXPECT_TRUE(findsNothing(Outside));
}

//===----------------------------------------------------------------------===//
// The pre-1.18 pointer format
//===----------------------------------------------------------------------===//

/// An image in the old layout: the header in the data section points at two
/// string headers in .noptrdata, which point at the bytes in .rodata.
struct OldLayout {
  unsigned PointerSize = 8;
  bool BigEndian = false;
  std::string Version = "go1.16.15";
  std::string Mod = wrapModInfo("path\tp\nmod\tp\t(devel)\t\n");
  uint64_t DataAddress = 0x10000;
  uint64_t HeadersAddress = 0x20000;
  uint64_t RodataAddress = 0x30000;

  std::string ptr(uint64_t V) const {
    return pointer(V, PointerSize, BigEndian);
  }

  /// \p Headers replaces the two string headers when not empty.
  TestImage build(ExecutableFormat Format, std::string Headers = "") const {
    TestImage I = imageOf(Format);
    uint64_t ModAddress = RodataAddress + 0x100;
    if (Headers.empty())
      Headers = ptr(RodataAddress) + ptr(Version.size()) + ptr(ModAddress) +
                ptr(Mod.size());
    std::string Rodata = Version;
    Rodata.resize(0x100, '\0');
    Rodata += Mod;
    uint8_t Flags = BigEndian ? 1 : 0;
    std::string H = header(PointerSize, Flags,
                           ptr(HeadersAddress) +
                               ptr(HeadersAddress + uint64_t(2) * PointerSize));
    if (Format == ExecutableFormat::PE)
      I.addSection(".data", H + std::string(32, '\0'), DataAddress, 0xC0000040);
    else
      I.addSection(".go.buildinfo", H, DataAddress);
    I.addSection(".noptrdata", Headers, HeadersAddress);
    I.addSection(".rodata", Rodata, RodataAddress);
    return I;
  }
};

TEST(BuildInfo, PointerFormat) {
  for (unsigned PointerSize : {4u, 8u}) {
    for (bool BigEndian : {false, true}) {
      for (ExecutableFormat Format :
           {ExecutableFormat::ELF, ExecutableFormat::PE}) {
        OldLayout L;
        L.PointerSize = PointerSize;
        L.BigEndian = BigEndian;
        TestImage I = L.build(Format);
        GoBuildInfo Info = readOK(I);
        EXPECT_FALSE(Info.InlineStrings);
        EXPECT_EQ(Info.GoVersion, "go1.16.15");
        EXPECT_EQ(Info.RawModInfo, "path\tp\nmod\tp\t(devel)\t\n");
        EXPECT_EQ(mainModule(Info.Mod).Version, "(devel)");
        EXPECT_EQ(Info.HeaderOffset, I.Exe.Sections[0].File.Offset);
      }
    }
  }
}

TEST(BuildInfo, PointerFormatEmptyModInfo) {
  // A GOPATH build: modinfo is "" with a null data pointer.
  OldLayout L;
  TestImage I = L.build(ExecutableFormat::ELF, L.ptr(L.RodataAddress) +
                                                   L.ptr(L.Version.size()) +
                                                   L.ptr(0) + L.ptr(0));
  GoBuildInfo Info = readOK(I);
  EXPECT_EQ(Info.GoVersion, "go1.16.15");
  EXPECT_EQ(Info.RawModInfo, "");
  EXPECT_EQ(Info.ModInfoError, "");
}

TEST(BuildInfo, PointerFormatDamage) {
  OldLayout L;
  auto ErrorFor = [&](const std::string &Headers) {
    TestImage I = L.build(ExecutableFormat::ELF, Headers);
    return readError(I);
  };
  const std::string Prefix = "header at offset 0x10: ";
  std::string Mod = L.ptr(L.RodataAddress + 0x100) + L.ptr(L.Mod.size());
  EXPECT_EQ(ErrorFor(L.ptr(0x999999) + L.ptr(4) + Mod),
            Prefix + "the Go version string at 0x999999 (4 bytes) is not in "
                     "the file");
  EXPECT_EQ(ErrorFor(L.ptr(L.RodataAddress) + L.ptr(0x1000000) + Mod),
            Prefix + "the Go version string length 16777216 is larger than "
                     "the file");
  EXPECT_EQ(ErrorFor(L.ptr(L.RodataAddress) + L.ptr(~uint64_t(0)) + Mod),
            Prefix + "the Go version string length 18446744073709551615 is "
                     "larger than the file");
  // Runs past the end of .rodata.
  EXPECT_EQ(
      ErrorFor(L.ptr(L.RodataAddress + 0x100) + L.ptr(L.Mod.size() + 1) + Mod),
      Prefix + "the Go version string at 0x30100 (" +
          std::to_string(L.Mod.size() + 1) + " bytes) is not in the file");
  EXPECT_EQ(ErrorFor(L.ptr(L.RodataAddress) + L.ptr(0) + Mod),
            Prefix + "the Go version is empty");
  // The modinfo header itself is cut off by the end of .noptrdata.
  EXPECT_EQ(
      ErrorFor(L.ptr(L.RodataAddress) + L.ptr(L.Version.size()) + L.ptr(0)),
      Prefix + "the modinfo string header at 0x20010 is not in the "
               "file");

  OldLayout Unmapped;
  Unmapped.HeadersAddress = 0x50000; // the header points nowhere
  TestImage I = Unmapped.build(ExecutableFormat::ELF);
  I.Exe.Sections[1].Address = 0x20000;
  EXPECT_EQ(readError(I),
            Prefix + "the Go version string header at 0x50000 is not in the "
                     "file");

  for (uint8_t Size : {0, 2, 5, 16}) {
    TestImage Bad = elfWith(header(Size, 0) + std::string(64, '\0'));
    EXPECT_EQ(readError(Bad), Prefix + "pointer size " + std::to_string(Size) +
                                  " is neither 4 nor 8");
  }
}

} // namespace
