//===- SectionDecompressorTest.cpp - Compressed sections within limits ----===//

#include "goexe/Object/SectionDecompressor.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Compression.h"

#include "gtest/gtest.h"

using namespace goexe;
using namespace llvm;

namespace {

/// An image whose bytes are compressed streams, one section each.
class Image {
public:
  /// Appends \p Plain compressed as a section that declares \p Declared
  /// bytes (its real size by default).
  void add(StringRef Plain, CompressionFormat F = CompressionFormat::Zlib,
           std::optional<uint64_t> Declared = std::nullopt) {
    SmallVector<uint8_t, 0> Stream;
    compression::compress(F == CompressionFormat::Zstd
                              ? compression::Format::Zstd
                              : compression::Format::Zlib,
                          arrayRefFromStringRef(Plain), Stream);
    addRaw(toStringRef(Stream), F, Declared.value_or(Plain.size()));
  }
  void addRaw(StringRef Stream, CompressionFormat F, uint64_t Declared) {
    Section S;
    S.Name = ".debug_" + std::to_string(Sections.size());
    S.File = {Bytes.size(), Stream.size()};
    S.Compressed = CompressedData{F, Declared, S.File};
    Bytes += Stream;
    Sections.push_back(std::move(S));
  }
  /// The executable, valid while this Image lives.
  Executable &exe() {
    E.Bytes = Bytes;
    E.Sections = Sections;
    return E;
  }

private:
  std::string Bytes;
  std::vector<Section> Sections;
  Executable E;
};

DecompressError::Kind kindOf(Error Err) {
  DecompressError::Kind K = DecompressError::Damaged;
  handleAllErrors(std::move(Err),
                  [&](const DecompressError &E) { K = E.kind(); });
  return K;
}

std::string text(std::size_t Size, char Seed) {
  std::string S;
  for (std::size_t I = 0; I < Size; ++I)
    S += char('a' + (I * 7 + Seed) % 26);
  return S;
}

TEST(SectionDecompressor, GivesBackZlibAndZstd) {
  Image I;
  I.add("/home/user/src/engine.c");
  I.add("/home/user/build", CompressionFormat::Zstd);
  SectionDecompressor D(I.exe());
  for (size_t N = 0; N < 2; ++N) {
    Expected<DecompressedSection> Out = D.decompress(I.exe().Sections[N]);
    ASSERT_TRUE(static_cast<bool>(Out)) << toString(Out.takeError());
    EXPECT_EQ(Out->bytes(), N ? "/home/user/build" : "/home/user/src/engine.c");
  }
}

TEST(SectionDecompressor, SearchesOnlyWhatTheStreamHeld) {
  // A header that declares more than the stream holds: the buffer is not
  // filled (nor read) past what was decompressed.
  Image I;
  I.add("short", CompressionFormat::Zlib, 1 << 20);
  I.add("short", CompressionFormat::Zstd, 1 << 20);
  SectionDecompressor D(I.exe());
  for (const Section &S : I.exe().Sections) {
    Expected<DecompressedSection> Out = D.decompress(S);
    ASSERT_TRUE(static_cast<bool>(Out)) << toString(Out.takeError());
    EXPECT_EQ(Out->bytes(), "short");
  }
}

TEST(SectionDecompressor, RefusesWhatIsOverTheCaps) {
  Image I;
  I.add(text(600, 1));
  I.add(text(600, 2));
  I.add(text(1001, 3));
  SectionDecompressor D(I.exe(), {/*MaxSection=*/1000, /*MaxTotal=*/1500});
  EXPECT_TRUE(static_cast<bool>(D.decompress(I.exe().Sections[0])));
  Expected<DecompressedSection> Big = D.decompress(I.exe().Sections[2]);
  ASSERT_FALSE(static_cast<bool>(Big));
  EXPECT_EQ(kindOf(Big.takeError()), DecompressError::SectionLimit);
  EXPECT_TRUE(static_cast<bool>(D.decompress(I.exe().Sections[1])));
  Expected<DecompressedSection> Third = D.decompress(I.exe().Sections[0]);
  ASSERT_FALSE(static_cast<bool>(Third));
  Error E = Third.takeError();
  std::string Message = toString(std::move(E));
  EXPECT_EQ(Message, "the compressed sections hold over the limit of 1500 "
                     "uncompressed bytes per file (docs/limits.md)");
}

TEST(SectionDecompressor, ChargesWhatWasWrittenNotWhatWasDeclared) {
  // Forged sizes alone cannot use up the budget of the honest sections.
  Image I;
  for (int N = 0; N < 10; ++N)
    I.add("x", CompressionFormat::Zlib, 1000);
  SectionDecompressor D(I.exe(), {/*MaxSection=*/1000, /*MaxTotal=*/1500});
  for (const Section &S : I.exe().Sections)
    EXPECT_TRUE(static_cast<bool>(D.decompress(S)));
}

TEST(SectionDecompressor, ReportsDamage) {
  Image I;
  I.add(text(100, 4), CompressionFormat::Zlib, 10); // more than declared
  I.addRaw("not zlib at all", CompressionFormat::Zlib, 100);
  I.addRaw("not zstd at all", CompressionFormat::Zstd, 100);
  SectionDecompressor D(I.exe());
  for (const Section &S : I.exe().Sections) {
    Expected<DecompressedSection> Out = D.decompress(S);
    ASSERT_FALSE(static_cast<bool>(Out));
    EXPECT_EQ(kindOf(Out.takeError()), DecompressError::Damaged);
  }
}

TEST(SectionDecompressor, ReadsEachByteOfTheFileOnce) {
  // Section headers that all point at the same stream: once the streams
  // add up to more than the file, they overlap.
  Image I;
  I.add(text(1000, 5));
  Executable &Exe = I.exe();
  Exe.Sections.resize(100, Exe.Sections[0]);
  SectionDecompressor D(Exe);
  EXPECT_TRUE(static_cast<bool>(D.decompress(Exe.Sections[0])));
  unsigned Refused = 0;
  for (const Section &S : Exe.Sections)
    if (Expected<DecompressedSection> Out = D.decompress(S); !Out) {
      EXPECT_EQ(kindOf(Out.takeError()), DecompressError::Damaged);
      ++Refused;
    }
  EXPECT_EQ(Refused, 100u);
}

} // namespace
