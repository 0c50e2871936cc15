//===- PEChecksumTest.cpp - The fast PE checksum against the plain one ----===//

#include "goexe/Object/Executable.h"

#include "gtest/gtest.h"

#include <random>
#include <string>

using namespace goexe;

namespace {

/// The algorithm as documented: 16-bit words, folded at every step.
uint32_t referenceChecksum(const std::string &File, uint64_t CheckSumOffset) {
  uint32_t Sum = 0;
  for (size_t I = 0; I < File.size(); I += 2) {
    uint32_t Word = uint8_t(File[I]);
    if (I + 1 < File.size())
      Word |= uint32_t(uint8_t(File[I + 1])) << 8;
    if (I >= CheckSumOffset && I < CheckSumOffset + 4)
      Word = 0;
    Sum += Word;
    Sum = (Sum & 0xffff) + (Sum >> 16);
  }
  return ((Sum & 0xffff) + (Sum >> 16)) + uint32_t(File.size());
}

TEST(PEChecksum, MatchesTheReferenceOnRandomFiles) {
  std::mt19937 Random(42);
  for (size_t Size : {0u, 1u, 2u, 3u, 7u, 8u, 9u, 15u, 216u, 4097u, 65537u}) {
    std::string File(Size, '\0');
    for (char &C : File)
      C = char(Random());
    for (uint64_t Offset : {uint64_t(0), uint64_t(88), uint64_t(216)}) {
      if (Offset + 4 > Size)
        continue;
      EXPECT_EQ(computePEChecksum(File, Offset),
                referenceChecksum(File, Offset))
          << "size " << Size << ", offset " << Offset;
    }
  }
}

TEST(PEChecksum, IgnoresTheStoredValue) {
  std::string File(1024, '\x5a');
  uint32_t Before = computePEChecksum(File, 216);
  File[216] = '\x12';
  File[219] = '\x34';
  EXPECT_EQ(computePEChecksum(File, 216), Before);
}

} // namespace
