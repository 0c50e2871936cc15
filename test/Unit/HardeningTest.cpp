//===- HardeningTest.cpp - The bounds on hostile input --------------------===//

#include "goexe/Go/BuildInfo.h"
#include "goexe/Object/Executable.h"
#include "goexe/Support/JSONUtil.h"
#include "goexe/Support/Printable.h"

#include "gtest/gtest.h"

using namespace goexe;

namespace {

TEST(DamageLog, KeepsEachSentenceOnceAndCountsTheRest) {
  DamageLog Log;
  for (int I = 0; I < 100000; ++I)
    Log.add("the same damage");
  EXPECT_EQ(Log.entries().size(), 1u);
  EXPECT_EQ(Log.omitted(), 0u);
  for (int I = 0; I < 100; ++I)
    Log.add("damage " + llvm::Twine(I));
  EXPECT_EQ(Log.entries().size(), DamageLog::MaxKept);
  EXPECT_EQ(Log.omitted(), 100 - (DamageLog::MaxKept - 1));
  EXPECT_EQ(Log.entries()[1], "damage 0");
}

TEST(ParseJSON, BoundsNesting) {
  std::string Deep(MaxJSONDepth, '[');
  Deep += std::string(MaxJSONDepth, ']');
  EXPECT_TRUE(static_cast<bool>(parseJSON(Deep)));
  std::string TooDeep = "[" + Deep + "]";
  llvm::Expected<llvm::json::Value> V = parseJSON(TooDeep);
  ASSERT_FALSE(static_cast<bool>(V));
  EXPECT_EQ(llvm::toString(V.takeError()),
            "nested deeper than 64 levels (at byte 64)");
  // Brackets in strings, escaped quotes included, are not nesting.
  std::string InString = "[\"\\\"" + std::string(1000, '[') + "\"]";
  EXPECT_TRUE(static_cast<bool>(parseJSON(InString)));
  // go list's stream is held to the same depth.
  llvm::Expected<std::vector<llvm::StringRef>> Values =
      splitJSONStream("{}\n" + TooDeep);
  ASSERT_FALSE(static_cast<bool>(Values));
  EXPECT_EQ(llvm::toString(Values.takeError()),
            "nested deeper than 64 levels (at byte 67)");
}

TEST(Printable, EscapesWhatCouldForgeOutput) {
  EXPECT_EQ(printable("kernel32.dll"), "kernel32.dll");
  EXPECT_EQ(printable("caf\xc3\xa9 \xe2\x82\xac"), "caf\xc3\xa9 \xe2\x82\xac");
  EXPECT_EQ(printable("a\nb"), "a\\x0ab");
  EXPECT_EQ(printable("a\nb", /*KeepLineBreaks=*/true), "a\nb");
  EXPECT_EQ(printable("\x1b[2J\x7f"), "\\x1b[2J\\x7f");
  EXPECT_EQ(printable(llvm::StringRef("\0\t", 2)), "\\x00\t");
  // Invalid UTF-8: a lone continuation byte, a cut sequence, an overlong one.
  EXPECT_EQ(printable("\x80"), "\\x80");
  EXPECT_EQ(printable("\xe2\x82"), "\\xe2\\x82");
  EXPECT_EQ(printable("\xc0\xaf"), "\\xc0\\xaf");
}

TEST(ModInfo, BoundsTheListsItPrints) {
  std::string Mod = "path\tx\nmod\tx\t(devel)\t\n";
  for (int I = 0; I < 10000; ++I)
    Mod += "dep\texample.com/m" + std::to_string(I) + "\tv1.0.0\th1:x\n";
  llvm::Expected<ModInfo> Fits = parseModInfo(Mod);
  ASSERT_TRUE(static_cast<bool>(Fits));
  EXPECT_EQ(Fits->Deps.size(), 10000u);
  llvm::Expected<ModInfo> Over =
      parseModInfo(Mod + "dep\texample.com/last\tv1.0.0\th1:x\n");
  ASSERT_FALSE(static_cast<bool>(Over));
  EXPECT_EQ(llvm::toString(Over.takeError()),
            "line 10003: more than 10000 dependencies (goexe's limit; no Go "
            "build has that many)");

  std::string Settings;
  for (int I = 0; I < 1001; ++I)
    Settings += "build\tK" + std::to_string(I) + "=v\n";
  llvm::Expected<ModInfo> TooMany = parseModInfo(Settings);
  ASSERT_FALSE(static_cast<bool>(TooMany));
  EXPECT_NE(llvm::toString(TooMany.takeError()).find("more than 1000 build"),
            std::string::npos);
}

} // namespace
