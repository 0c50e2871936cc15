//===- Executable.cpp - Open a file and pick the reader for its format ----===//

#include "goexe/Object/Executable.h"
#include "Readers.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Object/MachOUniversal.h"
#include "llvm/Support/DataExtractor.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"

using namespace llvm;
using namespace llvm::object;

namespace goexe {

StringRef formatName(ExecutableFormat F) {
  switch (F) {
  case ExecutableFormat::PE:
    return "pe";
  case ExecutableFormat::ELF:
    return "elf";
  case ExecutableFormat::MachO:
    return "macho";
  }
  llvm_unreachable("unknown format");
}

void DamageLog::add(const Twine &What) {
  if (Entries.size() == MaxKept) {
    ++Omitted;
    return;
  }
  std::string Text = What.str();
  if (Seen.insert(Text).second)
    Entries.push_back(std::move(Text));
}

FileRange clampToFile(Executable &Exe, uint64_t Offset, uint64_t Size,
                      const Twine &What) {
  uint64_t FileSize = Exe.Bytes.size();
  if (Offset <= FileSize && Size <= FileSize - Offset)
    return {Offset, Size};
  Exe.Damage.add(What + " extends past the end of the file (offset " +
                 Twine(Offset) + ", size " + Twine(Size) + ", file size " +
                 Twine(FileSize) + ")");
  uint64_t Start = std::min(Offset, FileSize);
  return {Start, FileSize - Start};
}

std::string quoteName(StringRef Name) {
  constexpr size_t Shown = 48;
  if (Name.size() <= Shown)
    return ("'" + Name + "'").str();
  return ("'" + Name.take_front(Shown) + "'... (" + Twine(Name.size()) +
          " bytes)")
      .str();
}

bool isDWARFSectionName(StringRef Name) {
  return Name.starts_with(".debug_") || Name.starts_with(".zdebug_") ||
         Name.starts_with("__debug_") || Name.starts_with("__zdebug_");
}

StringRef compressionName(CompressionFormat F) {
  switch (F) {
  case CompressionFormat::Zlib:
    return "zlib";
  case CompressionFormat::Zstd:
    return "zstd";
  }
  llvm_unreachable("unknown compression format");
}

void readCompressionHeader(Executable &Exe, Section &S, bool ELFCompressed,
                           bool Is64) {
  StringRef Name = S.Name;
  bool GNU = !ELFCompressed &&
             (Name.starts_with(".zdebug_") || Name.starts_with("__zdebug_"));
  if ((!ELFCompressed && !GNU) || S.File.Size == 0)
    return;
  StringRef Data = Exe.Bytes.substr(S.File.Offset, S.File.Size);
  auto Damaged = [&](const Twine &Why) {
    Exe.Damage.add("compressed section " + quoteName(S.Name) + " " + Why +
                   ": it cannot be decompressed");
  };
  CompressedData C;
  uint64_t HeaderSize;
  if (GNU) {
    // "ZLIB", then the uncompressed size as a big-endian 64-bit number.
    HeaderSize = 12;
    if (Data.size() < HeaderSize || !Data.starts_with("ZLIB"))
      return Damaged("has no \"ZLIB\" header");
    C.DeclaredSize = support::endian::read64be(Data.data() + 4);
  } else {
    // Elf32_Chdr: ch_type, ch_size, ch_addralign (4 bytes each);
    // Elf64_Chdr: ch_type, ch_reserved (4 bytes each), ch_size,
    // ch_addralign (8 bytes each).
    HeaderSize = Is64 ? sizeof(ELF::Elf64_Chdr) : sizeof(ELF::Elf32_Chdr);
    if (Data.size() < HeaderSize)
      return Damaged("is shorter than its compression header (" +
                     Twine(Data.size()) + " bytes)");
    DataExtractor Header(Data, Exe.LittleEndian, Is64 ? 8 : 4);
    uint64_t Offset = 0;
    uint32_t Type = Header.getU32(&Offset);
    if (Is64)
      Offset += 4; // ch_reserved
    C.DeclaredSize = Header.getUnsigned(&Offset, Is64 ? 8 : 4);
    if (Type == ELF::ELFCOMPRESS_ZLIB)
      C.Format = CompressionFormat::Zlib;
    else if (Type == ELF::ELFCOMPRESS_ZSTD)
      C.Format = CompressionFormat::Zstd;
    else
      return Damaged("has an unknown compression type (ch_type " + Twine(Type) +
                     ")");
  }
  C.Stream = {S.File.Offset + HeaderSize, S.File.Size - HeaderSize};
  S.Compressed = C;
}

std::optional<size_t> findSectionAt(const Executable &Exe, uint64_t Address) {
  for (size_t I = 0; I < Exe.Sections.size(); ++I) {
    const Section &S = Exe.Sections[I];
    uint64_t Size = std::max(S.MemorySize, S.File.Size);
    if (Address >= S.Address && Address - S.Address < Size)
      return I;
  }
  return std::nullopt;
}

std::optional<StringRef> Executable::readAddress(uint64_t Address,
                                                 uint64_t Size) const {
  auto Lookup = [&](const FileRange &File,
                    uint64_t Start) -> std::optional<StringRef> {
    if (Address < Start || Address - Start >= File.Size ||
        Size > File.Size - (Address - Start))
      return std::nullopt;
    return Bytes.substr(File.Offset + (Address - Start), Size);
  };
  for (const Segment &S : Segments)
    if (auto R = Lookup(S.File, S.Address))
      return R;
  for (const Section &S : Sections)
    if (auto R = Lookup(S.File, S.Address))
      return R;
  return std::nullopt;
}

const Section *Executable::findSection(StringRef Name) const {
  for (const Section &S : Sections)
    if (S.Name == Name)
      return &S;
  return nullptr;
}

/// Names what a recognised but unsupported file is.
static StringRef describeUnsupported(file_magic Magic) {
  switch (Magic) {
  case file_magic::archive:
    return "a static library archive, not an executable";
  case file_magic::coff_object:
  case file_magic::coff_import_library:
    return "a COFF object file, not an executable";
  case file_magic::elf_relocatable:
    return "an ELF relocatable object, not an executable";
  case file_magic::elf_core:
    return "an ELF core dump, not an executable";
  case file_magic::macho_object:
    return "a Mach-O object file, not an executable";
  case file_magic::bitcode:
    return "LLVM bitcode, not an executable";
  case file_magic::wasm_object:
    return "a WebAssembly module, not a PE, ELF or Mach-O executable";
  default:
    return "not an executable (PE, ELF or Mach-O)";
  }
}

/// Adds the image in \p Obj to \p File.
static Error addImage(ExecutableFile &File, const ObjectFile &Obj,
                      uint64_t SliceOffset) {
  Expected<Executable> Exe = [&]() -> Expected<Executable> {
    if (const auto *COFF = dyn_cast<COFFObjectFile>(&Obj))
      return readPE(*COFF);
    if (const auto *ELF = dyn_cast<ELFObjectFileBase>(&Obj))
      return readELF(*ELF);
    if (const auto *MachO = dyn_cast<MachOObjectFile>(&Obj))
      return readMachO(*MachO);
    return createStringError(inconvertibleErrorCode(),
                             "not an executable (PE, ELF or Mach-O)");
  }();
  if (!Exe)
    return Exe.takeError();
  Exe->FileOffset = SliceOffset;
  File.Images.push_back(std::move(*Exe));
  return Error::success();
}

Expected<ExecutableFile>
readExecutableBuffer(std::unique_ptr<MemoryBuffer> Buffer) {
  ExecutableFile File;
  File.Path = Buffer->getBufferIdentifier().str();
  MemoryBufferRef Ref = Buffer->getMemBufferRef();
  File.Buffer = std::move(Buffer);

  if (Ref.getBufferSize() == 0)
    return createStringError(inconvertibleErrorCode(), "the file is empty");

  file_magic Magic = identify_magic(Ref.getBuffer());
  switch (Magic) {
  case file_magic::pecoff_executable:
  case file_magic::elf_executable:
  case file_magic::elf_shared_object:
  case file_magic::macho_executable:
  case file_magic::macho_dynamically_linked_shared_lib:
  case file_magic::macho_bundle:
  case file_magic::macho_universal_binary:
    break;
  case file_magic::unknown:
    return createStringError(inconvertibleErrorCode(),
                             "not an executable (PE, ELF or Mach-O): the "
                             "file format is not recognised");
  default:
    return createStringError(inconvertibleErrorCode(),
                             describeUnsupported(Magic));
  }

  Expected<std::unique_ptr<Binary>> Bin = createBinary(Ref);
  if (!Bin)
    return Bin.takeError();

  if (auto *Universal = dyn_cast<MachOUniversalBinary>(Bin->get())) {
    File.Fat = true;
    for (const MachOUniversalBinary::ObjectForArch &Slice :
         Universal->objects()) {
      Expected<std::unique_ptr<MachOObjectFile>> Obj = Slice.getAsObjectFile();
      if (!Obj)
        return Obj.takeError();
      if (Error E = addImage(File, **Obj, Slice.getOffset()))
        return E;
    }
    if (File.Images.empty())
      return createStringError(inconvertibleErrorCode(),
                               "a fat Mach-O file with no slices");
    return File;
  }
  auto *Obj = dyn_cast<ObjectFile>(Bin->get());
  if (!Obj)
    return createStringError(inconvertibleErrorCode(),
                             describeUnsupported(Magic));
  if (Error E = addImage(File, *Obj, 0))
    return E;
  return File;
}

Expected<ExecutableFile> readExecutableFile(StringRef Path) {
  auto CannotOpen = [](std::error_code EC) {
    return createStringError(EC, "cannot open file: " + EC.message());
  };
  sys::fs::file_status Status;
  if (std::error_code EC = sys::fs::status(Path, Status))
    return CannotOpen(EC);
  if (sys::fs::is_directory(Status))
    return createStringError(inconvertibleErrorCode(),
                             "is a directory, not an executable");

  // Mapped, not read: the checks touch a few pages of a 15 MB file.
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
      MemoryBuffer::getFile(Path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return CannotOpen(Buffer.getError());
  return readExecutableBuffer(std::move(*Buffer));
}

uint32_t computePEChecksum(StringRef File, uint64_t CheckSumOffset) {
  // The checksum is the one's complement sum of the little-endian 16-bit
  // words (CheckSum taken as zero), folded to 16 bits, plus the length. As
  // 2^16 == 1 (mod 0xffff), a one's complement sum of 64-bit words folds to
  // the same value, at a quarter of the additions.
  const char *P = File.data();
  size_t Size = File.size();
  uint64_t Sum = 0;
  auto Add = [&Sum](uint64_t Word) {
    Sum += Word;
    Sum += Sum < Word; // end-around carry
  };
  size_t I = 0;
  for (; I + 8 <= Size; I += 8)
    Add(support::endian::read64le(P + I));
  uint64_t Tail = 0;
  for (size_t Shift = 0; I < Size; ++I, Shift += 8)
    Tail |= uint64_t(uint8_t(P[I])) << Shift;
  Add(Tail);
  // Take the stored CheckSum back out: adding the one's complement of a
  // value subtracts it.
  if (CheckSumOffset % 2 == 0 && CheckSumOffset + 4 <= Size)
    Add(~uint64_t(support::endian::read32le(P + CheckSumOffset)));
  while (Sum >> 16)
    Sum = (Sum & 0xffff) + (Sum >> 16);
  return uint32_t(Sum) + uint32_t(Size);
}

} // namespace goexe
