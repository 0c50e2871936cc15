//===- FuzzBuildInfo.cpp - libFuzzer target: Go build info and modinfo ----===//
///
/// \file
/// The input is the .data section of a PE image, where the build info
/// lives; the same bytes are also parsed as a modinfo string, and every
/// modinfo that parses must print and parse back the same.
///
//===----------------------------------------------------------------------===//

#include "goexe/Go/BuildInfo.h"

#include "llvm/BinaryFormat/COFF.h"

using namespace llvm;
using namespace goexe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Bytes(reinterpret_cast<const char *>(Data), Size);
  for (unsigned PointerSize : {4u, 8u}) {
    Executable Exe;
    Exe.Format = ExecutableFormat::PE;
    Exe.PointerSize = PointerSize;
    Exe.Bytes = Bytes;
    Section Data;
    Data.Name = ".data";
    Data.File = {0, Size};
    Data.Address = 0x1000;
    Data.MemorySize = Size;
    Data.Readable = Data.Writable = true;
    Data.RawFlags = COFF::IMAGE_SCN_CNT_INITIALIZED_DATA |
                    COFF::IMAGE_SCN_MEM_READ | COFF::IMAGE_SCN_MEM_WRITE;
    Exe.Sections.push_back(Data);
    Expected<std::optional<GoBuildInfo>> Info = readGoBuildInfo(Exe);
    if (!Info)
      consumeError(Info.takeError());
    else if (*Info)
      (void)formatModInfo((*Info)->Mod);
  }

  Expected<ModInfo> Mod = parseModInfo(Bytes);
  if (!Mod) {
    consumeError(Mod.takeError());
  } else {
    (void)formatModInfo(*Mod);
  }
  if (std::optional<std::string> Unquoted = unquoteGoString(Bytes)) {
    // Quote and unquote are inverses on every valid literal's value.
    std::optional<std::string> Again =
        unquoteGoString(quoteGoString(*Unquoted));
    if (!Again || *Again != *Unquoted)
      abort();
  }
  return 0;
}
