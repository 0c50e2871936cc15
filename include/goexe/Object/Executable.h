//===- Executable.h - One model of PE, ELF and Mach-O -----------*- C++ -*-===//
///
/// \file
/// What goexe knows about an executable, whatever its format. The readers in
/// lib/Object fill it from llvm::object; the checks and `goexe inspect` read
/// only this model. Addresses are virtual addresses (for PE: ImageBase + RVA),
/// offsets are file offsets into the image's bytes.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_OBJECT_EXECUTABLE_H
#define GOEXE_OBJECT_EXECUTABLE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace goexe {

enum class ExecutableFormat { PE, ELF, MachO };

llvm::StringRef formatName(ExecutableFormat F); ///< "pe", "elf", "macho"

/// A byte range of the file.
struct FileRange {
  uint64_t Offset = 0;
  uint64_t Size = 0;
  uint64_t end() const { return Offset + Size; }
};

enum class CompressionFormat { Zlib, Zstd };

llvm::StringRef compressionName(CompressionFormat F); ///< "zlib", "zstd"

/// What the header of a compressed section declares: ELF's Elf32/64_Chdr
/// (SHF_COMPRESSED: ch_type zlib or zstd), or "ZLIB" and a 64-bit
/// big-endian size in a .zdebug_* or __zdebug_* section (Go's linker for PE
/// and Mach-O, GNU's zlib-gnu). Nothing here is checked against the data:
/// SectionDecompressor decompresses it, bounded.
struct CompressedData {
  CompressionFormat Format = CompressionFormat::Zlib;
  uint64_t DeclaredSize = 0; ///< Uncompressed, as the header says.
  FileRange Stream;          ///< The compressed bytes after the header.
};

struct Section {
  std::string Name; ///< PE long names ("/4") already resolved.
  FileRange File;   ///< Size 0 for sections with no bytes in the file.
  uint64_t Address = 0;
  uint64_t MemorySize = 0;
  bool Readable = false;
  bool Writable = false;
  bool Executable = false;
  /// PE Characteristics, ELF sh_flags, or Mach-O section flags.
  uint64_t RawFlags = 0;
  /// A compressed section whose header could be read. A compressed section
  /// with a damaged header has none (and an entry in Executable::Damage).
  std::optional<CompressedData> Compressed;
};

/// A loadable segment: ELF PT_LOAD or a Mach-O LC_SEGMENT(_64).
struct Segment {
  std::string Name; ///< Mach-O only.
  FileRange File;
  uint64_t Address = 0;
  uint64_t MemorySize = 0;
  bool Readable = false;
  bool Writable = false;
  bool Executable = false;
  uint32_t MaxProtection = 0; ///< Mach-O only.
};

struct ImportedLibrary {
  std::string Name;
  std::vector<std::string> Functions; ///< "#123" for imports by ordinal.
  bool Delayed = false;               ///< PE delay-load import.
};

struct PEDetails {
  bool Is64 = false; ///< PE32+
  uint16_t Machine = 0;
  uint16_t Characteristics = 0;
  uint16_t Subsystem = 0;
  uint16_t MajorOSVersion = 0, MinorOSVersion = 0;
  uint16_t MajorSubsystemVersion = 0, MinorSubsystemVersion = 0;
  uint16_t DllCharacteristics = 0;
  uint64_t ImageBase = 0;
  uint32_t SectionAlignment = 0, FileAlignment = 0;
  uint32_t SizeOfImage = 0, SizeOfHeaders = 0;
  uint32_t StoredCheckSum = 0;
  /// Computed only when StoredCheckSum is set: 0 means "no checksum" (Go's
  /// linker never writes one), and summing a 20 MB file is most of the
  /// time `goexe inspect` would take. Not computed for files over 256 MB
  /// (docs/limits.md).
  std::optional<uint32_t> ComputedCheckSum;
  /// File offset of the CheckSum field (for Authenticode hashing).
  uint64_t CheckSumOffset = 0;
  uint32_t NumberOfSymbols = 0;
  /// Data directory 4; its "address" is a file offset.
  std::optional<FileRange> CertificateTable;
  /// Bytes after the last section's raw data, outside the certificate table.
  FileRange Overlay;
  bool HasResources = false;
  bool HasVersionInfo = false;
  bool HasManifest = false;
  bool HasIcon = false;
  /// UPX0/UPX1 section names or the "UPX!" magic in the headers.
  bool HasUPXMarkers = false;
};

struct ELFDetails {
  bool Is64 = false;
  uint16_t Machine = 0;
  uint16_t Type = 0; ///< ET_EXEC, ET_DYN, ...
  uint8_t OSABI = 0;
  std::optional<std::string> Interpreter; ///< PT_INTERP
  std::vector<std::string> Needed;        ///< DT_NEEDED, in order
  bool HasSymtab = false;
};

struct MachODetails {
  bool Is64 = false;
  uint32_t CPUType = 0;
  uint32_t FileType = 0;
  std::vector<std::string> Dylibs; ///< LC_LOAD_DYLIB and friends
};

/// The damage a reader found and read past (a range past the end of the
/// file, an unreadable import table, ...), one sentence each. A forged table
/// can repeat the same fault a million times: each sentence is kept once,
/// and only the first MaxKept; the rest are counted.
class DamageLog {
public:
  static constexpr size_t MaxKept = 20;

  void add(const llvm::Twine &What);
  llvm::ArrayRef<std::string> entries() const { return Entries; }
  /// How many reports came after the first MaxKept distinct ones (repeats
  /// of a kept one before that are dropped without a count).
  uint64_t omitted() const { return Omitted; }
  bool empty() const { return Entries.empty(); }

private:
  std::vector<std::string> Entries;
  llvm::StringSet<> Seen;
  uint64_t Omitted = 0;
};

/// \p Name as a damage message quotes it: a forged name can be 4096 bytes of
/// code, so only its start.
std::string quoteName(llvm::StringRef Name);

/// True for the section names of DWARF in any format: .debug_*, .zdebug_*,
/// __debug_*, __zdebug_*.
bool isDWARFSectionName(llvm::StringRef Name);

/// The GOARCH of a COFF machine (IMAGE_FILE_MACHINE_*): "386", "amd64",
/// "arm64", "arm"; "" for a machine Go does not build for, which each
/// caller names its own way.
llvm::StringRef goArchForCOFFMachine(uint16_t Machine);

/// One image: a whole PE or ELF file, or one slice of a Mach-O file.
struct Executable {
  ExecutableFormat Format = ExecutableFormat::ELF;
  bool LittleEndian = true;
  unsigned PointerSize = 8;
  std::string GOOS;   ///< From the headers; "" when they do not tell.
  std::string GOARCH; ///< "" for a machine Go does not support.
  uint64_t EntryPoint = 0;
  /// Index into Sections of the section holding the entry point.
  std::optional<size_t> EntrySection;
  std::vector<Section> Sections;
  std::vector<Segment> Segments;
  bool HasSymbols = false;
  uint64_t SymbolCount = 0;
  bool HasDWARF = false;
  DamageLog Damage;

  std::optional<PEDetails> PE;
  std::optional<ELFDetails> ELF;
  std::optional<MachODetails> MachO;

  /// The image's bytes (a slice of the file for fat Mach-O).
  llvm::StringRef Bytes;
  /// Where Bytes starts in the file.
  uint64_t FileOffset = 0;

  /// The file bytes behind [Address, Address + Size), or std::nullopt when
  /// that range is not entirely backed by one section or segment's bytes.
  std::optional<llvm::StringRef> readAddress(uint64_t Address,
                                             uint64_t Size) const;

  const Section *findSection(llvm::StringRef Name) const;

  /// PE imports and delay imports, in the order of the import tables.
  std::vector<ImportedLibrary> Imports;
};

/// A file on disk and the images in it (more than one for fat Mach-O).
struct ExecutableFile {
  std::string Path;
  std::unique_ptr<llvm::MemoryBuffer> Buffer;
  bool Fat = false;
  std::vector<Executable> Images;
};

/// Reads \p Path. The error message says what is wrong with the file, without
/// its name (the caller reports it at the file).
llvm::Expected<ExecutableFile> readExecutableFile(llvm::StringRef Path);

/// Reads an executable from memory; the buffer's identifier is its path.
llvm::Expected<ExecutableFile>
readExecutableBuffer(std::unique_ptr<llvm::MemoryBuffer> Buffer);

/// Calls \p Callback with each name in the symbol table (COFF symbols, ELF
/// .symtab, Mach-O LC_SYMTAB), Mach-O's leading underscore removed.
llvm::Error
forEachSymbolName(const Executable &Exe,
                  llvm::function_ref<void(llvm::StringRef)> Callback);

/// The PE checksum algorithm (the one imagehlp's CheckSumMappedFile uses):
/// 16-bit one's complement sum of the file with the CheckSum field taken as
/// zero, plus the file length.
uint32_t computePEChecksum(llvm::StringRef File, uint64_t CheckSumOffset);

} // namespace goexe

#endif
