//===- DoctorTest.cpp - goexe doctor's readers of versions and triples ----===//

#include "goexe/Doctor/Doctor.h"

#include "gtest/gtest.h"

using namespace goexe;

namespace {

TEST(Doctor, GoReleasesOrderAsTheGoCommandDoes) {
  auto V = [](const char *S) { return *parseGoRelease(S); };
  EXPECT_LT(V("1.21"), V("1.21.0"));
  EXPECT_LT(V("1.21rc2"), V("1.21.0"));
  EXPECT_LT(V("go1.21.9"), V("go1.22.0"));
  EXPECT_LT(V("go1.9.1"), V("go1.10"));
  EXPECT_EQ(V("devel go1.23-abcdef Tue"), V("1.23"));
  EXPECT_EQ(V("go1.26.8"), (std::array<unsigned, 4>{1, 26, 8, 1}));
  EXPECT_FALSE(parseGoRelease("").has_value());
  EXPECT_FALSE(parseGoRelease("default").has_value());
  EXPECT_FALSE(parseGoRelease("1.x").has_value());
}

TEST(Doctor, TriplesNameTheirGoTarget) {
  using Target = std::pair<std::string, std::string>;
  EXPECT_EQ(goTargetOfTriple("x86_64-w64-mingw32"), Target("windows", "amd64"));
  EXPECT_EQ(goTargetOfTriple("i686-w64-mingw32"), Target("windows", "386"));
  EXPECT_EQ(goTargetOfTriple("x86_64-linux-gnu"), Target("linux", "amd64"));
  EXPECT_EQ(goTargetOfTriple("aarch64-linux-android21"),
            Target("android", "arm64"));
  EXPECT_EQ(goTargetOfTriple("arm64-apple-darwin23.0.0"),
            Target("darwin", "arm64"));
  EXPECT_EQ(goTargetOfTriple("armv7-w64-mingw32"), Target("windows", "arm"));
  EXPECT_EQ(goTargetOfTriple("mystery"), Target("", ""));
}

} // namespace
