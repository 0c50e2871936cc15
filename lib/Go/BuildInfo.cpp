//===- BuildInfo.cpp - Find and decode the Go build info blob -------------===//
///
/// \file
/// Reads the blob the Go linker writes for debug/buildinfo: a 32-byte header
/// starting "\xff Go buildinf:" at a 16-byte aligned position of the data,
/// then either the two strings inline (Go 1.18+) or two pointers to Go string
/// headers (older Go). The input may be hostile: every length and pointer is
/// checked against the bytes that exist before it is used.
///
//===----------------------------------------------------------------------===//

#include "goexe/Go/BuildInfo.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Endian.h"

using namespace llvm;

namespace goexe {

static constexpr StringLiteral Magic("\xff Go buildinf:");
static constexpr uint64_t HeaderSize = 32;
static constexpr uint64_t HeaderAlign = 16;
static constexpr uint8_t FlagBigEndian = 0x1;
static constexpr uint8_t FlagInlineStrings = 0x2;
/// The modinfo string starts and ends with a 16-byte sentinel.
static constexpr size_t SentinelSize = 16;

/// The file bytes where the linker puts the blob for \p Exe's format, the way
/// debug/buildinfo chooses them; std::nullopt when the format has no such
/// place.
static std::optional<FileRange> findDataRegion(const Executable &Exe) {
  switch (Exe.Format) {
  case ExecutableFormat::PE: {
    // The first initialized read-write data section (.data). The alignment
    // bits vary with the linker, so they are not compared.
    constexpr uint64_t AlignMask = 0x00F00000;
    constexpr uint64_t DataRW = 0x00000040 | 0x40000000 | 0x80000000;
    for (const Section &S : Exe.Sections)
      if (S.Address != 0 && S.File.Size != 0 &&
          (S.RawFlags & ~AlignMask) == DataRW)
        return S.File;
    return std::nullopt;
  }
  case ExecutableFormat::ELF:
    if (const Section *S = Exe.findSection(".go.buildinfo"))
      return S->File;
    for (const Segment &S : Exe.Segments)
      if (S.Writable && !S.Executable)
        return S.File;
    return std::nullopt;
  case ExecutableFormat::MachO: {
    if (const Section *S = Exe.findSection("__go_buildinfo"))
      return S->File;
    // The first segment mapped read-write (VM_PROT_READ | VM_PROT_WRITE),
    // and never more.
    constexpr uint32_t ReadWrite = 3;
    for (const Segment &S : Exe.Segments)
      if (S.Address != 0 && S.File.Size != 0 && S.Readable && S.Writable &&
          !S.Executable && S.MaxProtection == ReadWrite)
        return S.File;
    return std::nullopt;
  }
  }
  return std::nullopt;
}

/// The offset of the first header at a 16-byte aligned offset of \p Data.
static std::optional<size_t> findHeader(StringRef Data) {
  for (size_t From = 0;;) {
    size_t Hit = Data.find(Magic, From);
    if (Hit == StringRef::npos)
      return std::nullopt;
    if (Hit % HeaderAlign == 0)
      return Hit;
    From = Hit + 1;
  }
}

static Error damaged(uint64_t HeaderOffset, const Twine &What) {
  return createStringError(inconvertibleErrorCode(),
                           "header at offset 0x" +
                               Twine::utohexstr(HeaderOffset) + ": " + What);
}

/// Decodes the uvarint length and the string that follows it at the start of
/// \p Data, and advances \p Data past them; std::nullopt when either does not
/// fit.
static std::optional<StringRef> readInlineString(StringRef &Data) {
  uint64_t Length = 0;
  size_t Pos = 0;
  for (;; ++Pos) {
    if (Pos == Data.size())
      return std::nullopt;
    uint8_t Byte = Data[Pos];
    // A uint64 takes at most ten bytes, the tenth holding a single bit.
    if (Pos == 9 && Byte > 1)
      return std::nullopt;
    Length |= uint64_t(Byte & 0x7F) << (7 * Pos);
    if (Byte < 0x80)
      break;
  }
  Data = Data.drop_front(Pos + 1);
  if (Length > Data.size())
    return std::nullopt;
  StringRef Result = Data.take_front(Length);
  Data = Data.drop_front(Length);
  return Result;
}

namespace {

/// Reads the pre-1.18 form: pointers to Go string headers in memory.
class PointerReader {
public:
  PointerReader(const Executable &Exe, uint64_t HeaderOffset, unsigned Size,
                bool BigEndian)
      : Exe(Exe), HeaderOffset(HeaderOffset), Size(Size), BigEndian(BigEndian) {
  }

  uint64_t readPointer(StringRef Bytes) const {
    endianness E = BigEndian ? endianness::big : endianness::little;
    if (Size == 4)
      return support::endian::read32(Bytes.data(), E);
    return support::endian::read64(Bytes.data(), E);
  }

  /// The Go string whose header {data, length} is at \p Address.
  Expected<StringRef> readString(uint64_t Address, StringRef What) const {
    std::optional<StringRef> Header = read(Address, uint64_t(2) * Size);
    if (!Header)
      return damaged(HeaderOffset, "the " + What + " string header at 0x" +
                                       Twine::utohexstr(Address) +
                                       " is not in the file");
    uint64_t Data = readPointer(*Header);
    uint64_t Length = readPointer(Header->drop_front(Size));
    // An empty modinfo (a GOPATH build) may have a null data pointer.
    if (Length == 0)
      return StringRef();
    if (Length > Exe.Bytes.size())
      return damaged(HeaderOffset, "the " + What + " string length " +
                                       Twine(Length) +
                                       " is larger than the file");
    std::optional<StringRef> Bytes = read(Data, Length);
    if (!Bytes)
      return damaged(HeaderOffset,
                     "the " + What + " string at 0x" + Twine::utohexstr(Data) +
                         " (" + Twine(Length) + " bytes) is not in the file");
    return *Bytes;
  }

private:
  /// Exe.readAddress, also refusing a short read: a model whose ranges were
  /// not clamped to the file could give one.
  std::optional<StringRef> read(uint64_t Address, uint64_t Length) const {
    std::optional<StringRef> Bytes = Exe.readAddress(Address, Length);
    if (!Bytes || Bytes->size() != Length)
      return std::nullopt;
    return Bytes;
  }

  const Executable &Exe;
  uint64_t HeaderOffset;
  unsigned Size;
  bool BigEndian;
};

} // namespace

Expected<std::optional<GoBuildInfo>> readGoBuildInfo(const Executable &Exe) {
  std::optional<FileRange> Region = findDataRegion(Exe);
  if (!Region)
    return std::nullopt;
  // The reader clamps ranges already; clamp again so that a hand-made or
  // damaged model cannot make this read outside the bytes.
  uint64_t FileSize = Exe.Bytes.size();
  if (Region->Offset >= FileSize)
    return std::nullopt;
  StringRef Data = Exe.Bytes.substr(
      Region->Offset, std::min(Region->Size, FileSize - Region->Offset));

  std::optional<size_t> Found = findHeader(Data);
  if (!Found)
    return std::nullopt;
  GoBuildInfo Info;
  Info.HeaderOffset = Region->Offset + *Found;
  StringRef Header = Data.drop_front(*Found);
  if (Header.size() < HeaderSize)
    return damaged(Info.HeaderOffset,
                   "the header is cut short at the end of the data (" +
                       Twine(Header.size()) + " of 32 bytes)");
  uint8_t PointerSize = Header[14];
  uint8_t Flags = Header[15];

  StringRef Version, Mod;
  Info.InlineStrings = Flags & FlagInlineStrings;
  if (Info.InlineStrings) {
    // The pointer size does not matter here, and Go does not check it.
    StringRef Rest = Header.drop_front(HeaderSize);
    std::optional<StringRef> V = readInlineString(Rest);
    if (!V)
      return damaged(Info.HeaderOffset,
                     "the Go version string runs past the end of the data");
    std::optional<StringRef> M = readInlineString(Rest);
    if (!M)
      return damaged(Info.HeaderOffset,
                     "the modinfo string runs past the end of the data");
    Version = *V;
    Mod = *M;
  } else {
    if (PointerSize != 4 && PointerSize != 8)
      return damaged(Info.HeaderOffset, "pointer size " +
                                            Twine(unsigned(PointerSize)) +
                                            " is neither 4 nor 8");
    PointerReader Reader(Exe, Info.HeaderOffset, PointerSize,
                         Flags & FlagBigEndian);
    uint64_t VersionAddr = Reader.readPointer(Header.drop_front(16));
    uint64_t ModAddr = Reader.readPointer(Header.drop_front(16 + PointerSize));
    Expected<StringRef> V = Reader.readString(VersionAddr, "Go version");
    if (!V)
      return V.takeError();
    Expected<StringRef> M = Reader.readString(ModAddr, "modinfo");
    if (!M)
      return M.takeError();
    Version = *V;
    Mod = *M;
  }
  if (Version.empty())
    return damaged(Info.HeaderOffset, "the Go version is empty");
  Info.GoVersion = Version.str();

  // Without its sentinels the modinfo is treated as absent, as Go does.
  if (Mod.size() >= 2 * SentinelSize + 1 &&
      Mod[Mod.size() - SentinelSize - 1] == '\n')
    Info.RawModInfo =
        Mod.drop_front(SentinelSize).drop_back(SentinelSize).str();

  Expected<ModInfo> Parsed = parseModInfo(Info.RawModInfo);
  if (Parsed)
    Info.Mod = std::move(*Parsed);
  else
    Info.ModInfoError = toString(Parsed.takeError());
  return Info;
}

} // namespace goexe
