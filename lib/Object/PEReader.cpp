//===- PEReader.cpp - PE32 and PE32+ executables --------------------------===//
///
/// \file
/// Headers and sections come from llvm::object::COFFObjectFile. The import
/// tables, resources and certificate table are walked here with bounds
/// checks of our own: these tables are where hostile files lie, and a read
/// past the file must never happen.
///
//===----------------------------------------------------------------------===//

#include "Readers.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/COFF.h"
#include "llvm/Support/DataExtractor.h"

using namespace llvm;
using namespace llvm::object;

namespace goexe {

namespace {

// Caps that no real executable reaches; they bound the work on forged tables
// (docs/limits.md). A forged table can point every entry at the same bytes,
// so the caps hold across all tables, not per table.
constexpr unsigned MaxImportedLibraries = 4096;
constexpr uint64_t MaxImportedFunctions = 1 << 18;
constexpr uint64_t MaxImportNameBytes = 16 << 20;
constexpr size_t MaxNameLength = 4096;
// The checksum reads every byte: past this size (no real image is near it,
// a sparse or padded file can be) it is not computed.
constexpr uint64_t MaxCheckSummedSize = 256 << 20;

class PEReader {
public:
  PEReader(const COFFObjectFile &Obj, Executable &Exe, PEDetails &PE)
      : Obj(Obj), Exe(Exe), PE(PE),
        ImportsLeft(
            std::min<uint64_t>(MaxImportedFunctions, Exe.Bytes.size() / 4)),
        NameBytesLeft(
            std::min<uint64_t>(MaxImportNameBytes, Exe.Bytes.size())) {}

  void readHeaders();
  void readSections();
  void readImports();
  void readDelayImports();
  void readResources();
  void readCertificateAndOverlay();
  void findUPXMarkers();

private:
  /// The file bytes from \p RVA to the end of its section's raw data.
  std::optional<StringRef> bytesAtRVA(uint64_t RVA) const;
  /// A NUL-terminated string at \p RVA, bounded by its section.
  std::optional<StringRef> stringAtRVA(uint64_t RVA) const;
  /// Walks an import lookup (or name) table into \p Lib.
  void readLookupTable(uint64_t RVA, ImportedLibrary &Lib);
  /// A name for an import table entry, counted against the budget; false
  /// when the budget is spent (the walk must stop).
  bool takeImport(StringRef Name, ImportedLibrary &Lib);
  void damage(const Twine &What) { Exe.Damage.add(What); }

  const COFFObjectFile &Obj;
  Executable &Exe;
  PEDetails &PE;
  /// What is left of the import caps. A real table's entries and names
  /// occupy distinct bytes of the file, so neither can exceed its size.
  uint64_t ImportsLeft = 0;
  uint64_t NameBytesLeft = 0;
  /// Indices of the sections with bytes in the file, by address.
  std::vector<size_t> SectionsByAddress;
};

void PEReader::readHeaders() {
  const dos_header *DOS = Obj.getDOSHeader();
  uint64_t PEHeaderOffset = DOS ? uint64_t(DOS->AddressOfNewExeHeader) : 0;
  // Signature (4) + COFF file header (20) + 64 bytes into the optional
  // header, the same for PE32 and PE32+.
  PE.CheckSumOffset = PEHeaderOffset + 4 + 20 + 64;
  PE.Machine = Obj.getMachine();
  PE.Characteristics = Obj.getCharacteristics();
  PE.NumberOfSymbols = Obj.getNumberOfSymbols();

  auto Fill = [&](const auto &H) {
    PE.ImageBase = H.ImageBase;
    PE.SectionAlignment = H.SectionAlignment;
    PE.FileAlignment = H.FileAlignment;
    PE.MajorOSVersion = H.MajorOperatingSystemVersion;
    PE.MinorOSVersion = H.MinorOperatingSystemVersion;
    PE.MajorSubsystemVersion = H.MajorSubsystemVersion;
    PE.MinorSubsystemVersion = H.MinorSubsystemVersion;
    PE.SizeOfImage = H.SizeOfImage;
    PE.SizeOfHeaders = H.SizeOfHeaders;
    PE.StoredCheckSum = H.CheckSum;
    PE.Subsystem = H.Subsystem;
    PE.DllCharacteristics = H.DLLCharacteristics;
    Exe.EntryPoint = H.ImageBase + H.AddressOfEntryPoint;
  };
  if (const pe32plus_header *H = Obj.getPE32PlusHeader()) {
    PE.Is64 = true;
    Fill(*H);
  } else if (const pe32_header *H = Obj.getPE32Header()) {
    Fill(*H);
  }
  Exe.PointerSize = PE.Is64 ? 8 : 4;
  Exe.GOOS = "windows";
  // A machine Go does not build for leaves GOARCH empty, as on ELF and Mach-O.
  Exe.GOARCH = goArchForCOFFMachine(PE.Machine).str();
  // llvm::object leaves a symbol table that is not all in the file unread
  // (and counts none): count the symbols that are there.
  if (const coff_file_header *H = Obj.getCOFFHeader();
      H && H->NumberOfSymbols) {
    FileRange Symbols = clampToFile(
        Exe, H->PointerToSymbolTable,
        uint64_t(H->NumberOfSymbols) * COFF::Symbol16Size,
        "the COFF symbol table (" + Twine(H->NumberOfSymbols) + " symbols)");
    PE.NumberOfSymbols = Symbols.Size / COFF::Symbol16Size;
  }
  Exe.SymbolCount = PE.NumberOfSymbols;
  Exe.HasSymbols = PE.NumberOfSymbols != 0;
  if (PE.StoredCheckSum && Exe.Bytes.size() <= MaxCheckSummedSize)
    PE.ComputedCheckSum = computePEChecksum(Exe.Bytes, PE.CheckSumOffset);
}

void PEReader::readSections() {
  for (const SectionRef &Ref : Obj.sections()) {
    const coff_section *Raw = Obj.getCOFFSection(Ref);
    Section S;
    if (Expected<StringRef> Name = Obj.getSectionName(Raw)) {
      S.Name = Name->str();
    } else {
      consumeError(Name.takeError());
      S.Name = StringRef(Raw->Name, strnlen(Raw->Name, COFF::NameSize)).str();
      damage("section " + quoteName(S.Name) +
             " has a long name outside the string table");
    }
    S.Address = PE.ImageBase + Raw->VirtualAddress;
    S.MemorySize = Raw->VirtualSize;
    if (Raw->SizeOfRawData)
      S.File = clampToFile(Exe, Raw->PointerToRawData, Raw->SizeOfRawData,
                           "section " + quoteName(S.Name));
    S.RawFlags = Raw->Characteristics;
    readCompressionHeader(Exe, S, /*ELFCompressed=*/false, /*Is64=*/false);
    S.Readable = Raw->Characteristics & COFF::IMAGE_SCN_MEM_READ;
    S.Writable = Raw->Characteristics & COFF::IMAGE_SCN_MEM_WRITE;
    S.Executable = Raw->Characteristics & COFF::IMAGE_SCN_MEM_EXECUTE;
    if (isDWARFSectionName(S.Name))
      Exe.HasDWARF = true;
    if (S.File.Size)
      SectionsByAddress.push_back(Exe.Sections.size());
    Exe.Sections.push_back(std::move(S));
  }
  llvm::sort(SectionsByAddress, [&](size_t A, size_t B) {
    return std::make_pair(Exe.Sections[A].Address, A) <
           std::make_pair(Exe.Sections[B].Address, B);
  });
  Exe.EntrySection = findSectionAt(Exe, Exe.EntryPoint);
}

std::optional<StringRef> PEReader::bytesAtRVA(uint64_t RVA) const {
  // A forged header can declare 65535 sections, and every import name is
  // looked up: search the sections sorted by address, not one by one. The
  // loader rejects overlapping sections, so the nearest one below is the
  // only candidate.
  uint64_t Address = PE.ImageBase + RVA;
  auto After =
      llvm::upper_bound(SectionsByAddress, Address, [&](uint64_t A, size_t I) {
        return A < Exe.Sections[I].Address;
      });
  if (After != SectionsByAddress.begin()) {
    const Section &S = Exe.Sections[*std::prev(After)];
    if (Address - S.Address < S.File.Size)
      return Exe.Bytes.substr(S.File.Offset + (Address - S.Address),
                              S.File.Size - (Address - S.Address));
  }
  // The headers are mapped at RVA 0.
  if (RVA < PE.SizeOfHeaders && RVA < Exe.Bytes.size())
    return Exe.Bytes.substr(RVA, PE.SizeOfHeaders - RVA);
  return std::nullopt;
}

std::optional<StringRef> PEReader::stringAtRVA(uint64_t RVA) const {
  std::optional<StringRef> Bytes = bytesAtRVA(RVA);
  if (!Bytes)
    return std::nullopt;
  size_t End = Bytes->take_front(MaxNameLength).find('\0');
  if (End == StringRef::npos)
    return std::nullopt;
  return Bytes->take_front(End);
}

bool PEReader::takeImport(StringRef Name, ImportedLibrary &Lib) {
  if (ImportsLeft == 0 || Name.size() > NameBytesLeft) {
    damage("the import tables name more functions than the file can hold "
           "or goexe reads (" +
           Twine(MaxImportedFunctions) + " functions, " +
           Twine(MaxImportNameBytes >> 20) + " MB of names)");
    ImportsLeft = 0;
    return false;
  }
  --ImportsLeft;
  NameBytesLeft -= Name.size();
  Lib.Functions.push_back(Name.str());
  return true;
}

void PEReader::readLookupTable(uint64_t RVA, ImportedLibrary &Lib) {
  std::optional<StringRef> Table = bytesAtRVA(RVA);
  if (!Table) {
    damage("the import table of " + quoteName(Lib.Name) +
           " is outside the file");
    return;
  }
  unsigned EntrySize = PE.Is64 ? 8 : 4;
  uint64_t OrdinalFlag = PE.Is64 ? 1ULL << 63 : 1ULL << 31;
  DataExtractor Data(*Table, /*IsLittleEndian=*/true, EntrySize);
  DataExtractor::Cursor C(0);
  while (ImportsLeft) {
    uint64_t Entry = Data.getUnsigned(C, EntrySize);
    if (!C) {
      consumeError(C.takeError());
      damage("the import table of " + quoteName(Lib.Name) + " has no end");
      return;
    }
    if (Entry == 0)
      return;
    if (Entry & OrdinalFlag) {
      if (!takeImport("#" + utostr(Entry & 0xffff), Lib))
        return;
      continue;
    }
    // A hint/name entry: a 2-byte hint, then the name.
    std::optional<StringRef> Name = stringAtRVA((Entry & 0x7fffffff) + 2);
    if (!Name) {
      // One damaged entry means the table is not what it claims to be: what
      // follows would be as bad, and would only repeat this.
      damage("an import of " + quoteName(Lib.Name) +
             " has its name outside the file");
      return;
    }
    if (!takeImport(*Name, Lib))
      return;
  }
}

void PEReader::readImports() {
  const data_directory *Dir = Obj.getDataDirectory(COFF::IMPORT_TABLE);
  if (!Dir || !Dir->RelativeVirtualAddress)
    return;
  std::optional<StringRef> Table = bytesAtRVA(Dir->RelativeVirtualAddress);
  if (!Table) {
    damage("the import directory is outside the file");
    return;
  }
  // IMAGE_IMPORT_DESCRIPTOR: lookup table, time stamp, forwarder chain,
  // name, address table; a zeroed one ends the list.
  DataExtractor Data(*Table, true, 4);
  DataExtractor::Cursor C(0);
  for (unsigned I = 0; I < MaxImportedLibraries && ImportsLeft; ++I) {
    uint32_t LookupRVA = Data.getU32(C);
    Data.skip(C, 8);
    uint32_t NameRVA = Data.getU32(C);
    uint32_t AddressRVA = Data.getU32(C);
    if (!C) {
      consumeError(C.takeError());
      damage("the import directory has no end");
      return;
    }
    if (!LookupRVA && !NameRVA && !AddressRVA)
      return;
    ImportedLibrary Lib;
    if (std::optional<StringRef> Name = stringAtRVA(NameRVA))
      Lib.Name = Name->str();
    else
      damage("an imported DLL has its name outside the file");
    // Some linkers leave the lookup table out; the address table holds the
    // same entries until the loader binds it.
    readLookupTable(LookupRVA ? LookupRVA : AddressRVA, Lib);
    Exe.Imports.push_back(std::move(Lib));
  }
  if (ImportsLeft)
    damage("the import directory lists more than " +
           Twine(MaxImportedLibraries) + " DLLs (goexe's limit)");
}

void PEReader::readDelayImports() {
  const data_directory *Dir =
      Obj.getDataDirectory(COFF::DELAY_IMPORT_DESCRIPTOR);
  if (!Dir || !Dir->RelativeVirtualAddress)
    return;
  std::optional<StringRef> Table = bytesAtRVA(Dir->RelativeVirtualAddress);
  if (!Table) {
    damage("the delay-import directory is outside the file");
    return;
  }
  // ImgDelayDescr: attributes, name, module handle, address table, name
  // table, bound table, unload table, time stamp. Attribute bit 0 clear
  // means the old format, with virtual addresses instead of RVAs.
  DataExtractor Data(*Table, true, 4);
  DataExtractor::Cursor C(0);
  for (unsigned I = 0; I < MaxImportedLibraries && ImportsLeft; ++I) {
    uint32_t Attributes = Data.getU32(C);
    uint64_t NameRVA = Data.getU32(C);
    Data.skip(C, 8);
    uint64_t NameTableRVA = Data.getU32(C);
    Data.skip(C, 12);
    if (!C) {
      consumeError(C.takeError());
      damage("the delay-import directory has no end");
      return;
    }
    if (!NameRVA)
      return;
    if (!(Attributes & 1)) {
      NameRVA -= PE.ImageBase;
      NameTableRVA -= PE.ImageBase;
    }
    ImportedLibrary Lib;
    Lib.Delayed = true;
    if (std::optional<StringRef> Name = stringAtRVA(NameRVA))
      Lib.Name = Name->str();
    else
      damage("a delay-loaded DLL has its name outside the file");
    readLookupTable(NameTableRVA, Lib);
    Exe.Imports.push_back(std::move(Lib));
  }
  if (ImportsLeft)
    damage("the delay-import directory lists more than " +
           Twine(MaxImportedLibraries) + " DLLs (goexe's limit)");
}

void PEReader::readResources() {
  const data_directory *Dir = Obj.getDataDirectory(COFF::RESOURCE_TABLE);
  if (!Dir || !Dir->RelativeVirtualAddress || !Dir->Size)
    return;
  std::optional<StringRef> Bytes = bytesAtRVA(Dir->RelativeVirtualAddress);
  if (!Bytes) {
    damage("the resource directory is outside the file");
    return;
  }
  PE.HasResources = true;
  ResourceSectionRef Resources(*Bytes);
  Expected<const coff_resource_dir_table &> Root = Resources.getBaseTable();
  if (!Root) {
    consumeError(Root.takeError());
    damage("the resource directory is damaged");
    return;
  }
  uint32_t Count = Root->NumberOfNameEntries + Root->NumberOfIDEntries;
  // The type directory lists named types first, then numbered ones.
  for (uint32_t I = Root->NumberOfNameEntries; I < Count; ++I) {
    Expected<const coff_resource_dir_entry &> Entry =
        Resources.getTableEntry(*Root, I);
    if (!Entry) {
      consumeError(Entry.takeError());
      damage("the resource directory is damaged");
      return;
    }
    switch (uint32_t(Entry->Identifier.ID)) {
    case 3:  // RT_ICON
    case 14: // RT_GROUP_ICON
      PE.HasIcon = true;
      break;
    case 16: // RT_VERSION
      PE.HasVersionInfo = true;
      break;
    case 24: // RT_MANIFEST
      PE.HasManifest = true;
      break;
    }
  }
}

void PEReader::readCertificateAndOverlay() {
  uint64_t FileSize = Exe.Bytes.size();
  if (const data_directory *Dir = Obj.getDataDirectory(COFF::CERTIFICATE_TABLE);
      Dir && Dir->Size) {
    // The one data directory whose address is a file offset, not an RVA.
    PE.CertificateTable = clampToFile(Exe, Dir->RelativeVirtualAddress,
                                      Dir->Size, "the certificate table");
  }

  uint64_t ImageEnd = std::min<uint64_t>(PE.SizeOfHeaders, FileSize);
  for (const Section &S : Exe.Sections)
    ImageEnd = std::max(ImageEnd, S.File.end());
  // The COFF symbol table and its string table (mingw appends them after
  // the sections) are part of the image, not overlay.
  if (uint64_t SymbolsAt = Obj.getPointerToSymbolTable();
      SymbolsAt && PE.NumberOfSymbols && SymbolsAt >= ImageEnd) {
    uint64_t StringsAt =
        SymbolsAt + uint64_t(PE.NumberOfSymbols) * COFF::Symbol16Size;
    uint64_t End = StringsAt;
    if (StringsAt + 4 <= FileSize)
      End += support::endian::read32le(Exe.Bytes.data() + StringsAt);
    if (End <= FileSize && SymbolsAt == ImageEnd)
      ImageEnd = End;
  }
  if (ImageEnd >= FileSize)
    return;
  if (!PE.CertificateTable) {
    PE.Overlay = {ImageEnd, FileSize - ImageEnd};
    return;
  }
  // The certificate table belongs at the very end. What lies before it or
  // after it is overlay: data appended after signing is the packer case.
  const FileRange &Cert = *PE.CertificateTable;
  FileRange Before{ImageEnd,
                   Cert.Offset > ImageEnd ? Cert.Offset - ImageEnd : 0};
  uint64_t AfterStart = std::max(ImageEnd, Cert.end());
  FileRange After{AfterStart,
                  FileSize > AfterStart ? FileSize - AfterStart : 0};
  // Signing tools pad the image with zeros to align the table to 8 bytes.
  if (Before.Size < 8 &&
      Exe.Bytes.substr(Before.Offset, Before.Size).find_first_not_of('\0') ==
          StringRef::npos)
    Before = {};
  PE.Overlay =
      Before.Size ? FileRange{Before.Offset, Before.Size + After.Size} : After;
}

void PEReader::findUPXMarkers() {
  for (const Section &S : Exe.Sections)
    if (StringRef(S.Name).starts_with("UPX"))
      PE.HasUPXMarkers = true;
  StringRef Headers = Exe.Bytes.take_front(std::max<uint64_t>(
      PE.SizeOfHeaders,
      Exe.Sections.empty() ? 0 : Exe.Sections[0].File.Offset));
  if (Headers.contains("UPX!"))
    PE.HasUPXMarkers = true;
}

} // namespace

StringRef goArchForCOFFMachine(uint16_t Machine) {
  switch (Machine) {
  case COFF::IMAGE_FILE_MACHINE_I386:
    return "386";
  case COFF::IMAGE_FILE_MACHINE_AMD64:
    return "amd64";
  case COFF::IMAGE_FILE_MACHINE_ARM64:
    return "arm64";
  case COFF::IMAGE_FILE_MACHINE_ARMNT:
    return "arm";
  default:
    return "";
  }
}

Expected<Executable> readPE(const COFFObjectFile &Obj) {
  if (!Obj.getPE32Header() && !Obj.getPE32PlusHeader())
    return createStringError(inconvertibleErrorCode(),
                             "a COFF file without a PE optional header");
  Executable Exe;
  Exe.Format = ExecutableFormat::PE;
  Exe.LittleEndian = true;
  Exe.Bytes = Obj.getData();
  Exe.PE.emplace();
  PEReader Reader(Obj, Exe, *Exe.PE);
  Reader.readHeaders();
  Reader.readSections();
  Reader.readImports();
  Reader.readDelayImports();
  Reader.readResources();
  Reader.readCertificateAndOverlay();
  Reader.findUPXMarkers();
  return Exe;
}

} // namespace goexe
