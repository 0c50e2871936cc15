//===- COFFMachineTest.cpp - COFF machines as GOARCH names ----------------===//
///
/// \file
/// The PE reader and the .syso evidence of `goexe build` both name a COFF
/// machine by goArchForCOFFMachine(); each names an unknown one its own way.
///
//===----------------------------------------------------------------------===//

#include "goexe/Object/Executable.h"

#include "llvm/BinaryFormat/COFF.h"

#include "gtest/gtest.h"

using namespace goexe;
using namespace llvm;

namespace {

TEST(COFFMachine, TheMachinesGoBuildsFor) {
  EXPECT_EQ(goArchForCOFFMachine(COFF::IMAGE_FILE_MACHINE_I386), "386");
  EXPECT_EQ(goArchForCOFFMachine(COFF::IMAGE_FILE_MACHINE_AMD64), "amd64");
  EXPECT_EQ(goArchForCOFFMachine(COFF::IMAGE_FILE_MACHINE_ARM64), "arm64");
  // Go's windows/arm is Thumb-2 (ARMNT), not the older ARM machine.
  EXPECT_EQ(goArchForCOFFMachine(COFF::IMAGE_FILE_MACHINE_ARMNT), "arm");
}

TEST(COFFMachine, OthersHaveNoGoArch) {
  for (uint16_t Machine :
       {uint16_t(COFF::IMAGE_FILE_MACHINE_UNKNOWN),
        uint16_t(COFF::IMAGE_FILE_MACHINE_ARM),
        uint16_t(COFF::IMAGE_FILE_MACHINE_ARM64EC),
        uint16_t(COFF::IMAGE_FILE_MACHINE_IA64), uint16_t(0xffff)})
    EXPECT_EQ(goArchForCOFFMachine(Machine), "") << Machine;
}

} // namespace
