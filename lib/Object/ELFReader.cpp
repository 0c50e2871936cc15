//===- ELFReader.cpp - ELF executables, 32/64-bit, either endianness ------===//

#include "Readers.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/DataExtractor.h"

using namespace llvm;
using namespace llvm::object;

namespace goexe {

namespace {

StringRef goarchFor(uint16_t Machine, bool Is64, bool LittleEndian) {
  switch (Machine) {
  case ELF::EM_386:
    return "386";
  case ELF::EM_X86_64:
    return "amd64";
  case ELF::EM_ARM:
    return "arm";
  case ELF::EM_AARCH64:
    return "arm64";
  case ELF::EM_PPC64:
    return LittleEndian ? "ppc64le" : "ppc64";
  case ELF::EM_MIPS:
    if (Is64)
      return LittleEndian ? "mips64le" : "mips64";
    return LittleEndian ? "mipsle" : "mips";
  case ELF::EM_S390:
    return "s390x";
  case ELF::EM_RISCV:
    return Is64 ? "riscv64" : "";
  case ELF::EM_LOONGARCH:
    return Is64 ? "loong64" : "";
  default:
    return "";
  }
}

template <class ELFT> class ELFReader {
public:
  ELFReader(const ELFFile<ELFT> &File, Executable &Exe, ELFDetails &ELF)
      : File(File), Exe(Exe), ELF(ELF) {}

  Error read() {
    const typename ELFT::Ehdr &H = File.getHeader();
    ELF.Is64 = ELFT::Is64Bits;
    ELF.Machine = H.e_machine;
    ELF.Type = H.e_type;
    ELF.OSABI = H.e_ident[ELF::EI_OSABI];
    Exe.LittleEndian = ELFT::Endianness == llvm::endianness::little;
    Exe.PointerSize = ELFT::Is64Bits ? 8 : 4;
    Exe.EntryPoint = H.e_entry;
    Exe.GOARCH = goarchFor(H.e_machine, ELFT::Is64Bits, Exe.LittleEndian).str();

    if (Error E = readSegments())
      return E;
    readSections();
    readDynamic();
    Exe.GOOS = guessGOOS().str();
    Exe.EntrySection = findSectionAt(Exe, Exe.EntryPoint);
    return Error::success();
  }

private:
  Error readSegments() {
    Expected<typename ELFT::PhdrRange> Phdrs = File.program_headers();
    if (!Phdrs)
      return Phdrs.takeError();
    for (const typename ELFT::Phdr &P : *Phdrs) {
      if (P.p_type == ELF::PT_INTERP) {
        FileRange R = clampToFile(Exe, P.p_offset, P.p_filesz, "PT_INTERP");
        ELF.Interpreter =
            Exe.Bytes.substr(R.Offset, R.Size).split('\0').first.str();
      }
      if (P.p_type == ELF::PT_DYNAMIC && !Dynamic.Size)
        Dynamic = clampToFile(Exe, P.p_offset, P.p_filesz,
                              "the dynamic segment (PT_DYNAMIC)");
      if (P.p_type != ELF::PT_LOAD)
        continue;
      Segment S;
      S.File = clampToFile(Exe, P.p_offset, P.p_filesz, "a PT_LOAD segment");
      S.Address = P.p_vaddr;
      S.MemorySize = P.p_memsz;
      S.Readable = P.p_flags & ELF::PF_R;
      S.Writable = P.p_flags & ELF::PF_W;
      S.Executable = P.p_flags & ELF::PF_X;
      Exe.Segments.push_back(std::move(S));
    }
    return Error::success();
  }

  void readSections() {
    Expected<typename ELFT::ShdrRange> Shdrs = File.sections();
    if (!Shdrs) {
      Exe.Damage.add("the section headers: " + toString(Shdrs.takeError()));
      return;
    }
    for (const typename ELFT::Shdr &Sh : *Shdrs) {
      if (Sh.sh_type == ELF::SHT_NULL)
        continue;
      Section S;
      if (Expected<StringRef> Name = File.getSectionName(Sh)) {
        S.Name = Name->str();
      } else {
        consumeError(Name.takeError());
        Exe.Damage.add("a section name is outside the string table");
      }
      S.Address = Sh.sh_addr;
      S.MemorySize = Sh.sh_size;
      if (Sh.sh_type != ELF::SHT_NOBITS)
        S.File = clampToFile(Exe, Sh.sh_offset, Sh.sh_size,
                             "section " + quoteName(S.Name));
      S.RawFlags = Sh.sh_flags;
      readCompressionHeader(Exe, S, Sh.sh_flags & ELF::SHF_COMPRESSED,
                            ELFT::Is64Bits);
      S.Readable = Sh.sh_flags & ELF::SHF_ALLOC;
      S.Writable = Sh.sh_flags & ELF::SHF_WRITE;
      S.Executable = Sh.sh_flags & ELF::SHF_EXECINSTR;
      if (Sh.sh_type == ELF::SHT_SYMTAB) {
        ELF.HasSymtab = true;
        if (Sh.sh_entsize) // What is in the file, not what sh_size claims.
          Exe.SymbolCount += S.File.Size / Sh.sh_entsize;
      }
      if (isDWARFSectionName(S.Name))
        Exe.HasDWARF = true;
      Exe.Sections.push_back(std::move(S));
    }
    // The first symbol of a symbol table is the null symbol.
    if (Exe.SymbolCount)
      --Exe.SymbolCount;
    Exe.HasSymbols = ELF.HasSymtab;
  }

  /// The DT_NEEDED names, walked here: llvm::object's dynamicEntries()
  /// trusts PT_DYNAMIC's size and reads past the end of the file.
  void readDynamic() {
    if (!Dynamic.Size)
      return;
    DataExtractor Data(Exe.Bytes.substr(Dynamic.Offset, Dynamic.Size),
                       Exe.LittleEndian, Exe.PointerSize);
    DataExtractor::Cursor C(0);
    uint64_t StrTab = 0, StrSize = 0;
    std::vector<uint64_t> NeededOffsets;
    while (true) {
      uint64_t Tag = Data.getUnsigned(C, Exe.PointerSize);
      uint64_t Value = Data.getUnsigned(C, Exe.PointerSize);
      if (!C) {
        consumeError(C.takeError());
        Exe.Damage.add("the dynamic segment has no DT_NULL end");
        break;
      }
      if (Tag == ELF::DT_NULL)
        break;
      if (Tag == ELF::DT_STRTAB)
        StrTab = Value;
      else if (Tag == ELF::DT_STRSZ)
        StrSize = Value;
      else if (Tag == ELF::DT_NEEDED)
        NeededOffsets.push_back(Value);
    }
    if (NeededOffsets.empty())
      return;
    std::optional<StringRef> Strings = Exe.readAddress(StrTab, StrSize);
    if (!Strings) {
      Exe.Damage.add("DT_STRTAB does not map to the file");
      return;
    }
    for (uint64_t Offset : NeededOffsets) {
      if (Offset >= Strings->size()) {
        Exe.Damage.add("a DT_NEEDED name is outside DT_STRTAB");
        continue;
      }
      ELF.Needed.push_back(Strings->drop_front(Offset).split('\0').first.str());
    }
  }

  StringRef guessGOOS() const {
    switch (ELF.OSABI) {
    case ELF::ELFOSABI_FREEBSD:
      return "freebsd";
    case ELF::ELFOSABI_SOLARIS:
      return "solaris";
    default:
      break;
    }
    // Go's linker marks the BSDs and Android with notes, not with OSABI.
    for (const Section &S : Exe.Sections) {
      if (S.Name == ".note.netbsd.ident")
        return "netbsd";
      if (S.Name == ".note.openbsd.ident")
        return "openbsd";
      if (S.Name == ".note.android.ident")
        return "android";
    }
    if (ELF.Interpreter && StringRef(*ELF.Interpreter).contains("freebsd"))
      return "freebsd";
    return "linux";
  }

  const ELFFile<ELFT> &File;
  Executable &Exe;
  ELFDetails &ELF;
  FileRange Dynamic; ///< The first PT_DYNAMIC, clamped to the file.
};

template <class ELFT>
Expected<Executable> readWith(const ELFObjectFile<ELFT> &Obj) {
  Executable Exe;
  Exe.Format = ExecutableFormat::ELF;
  Exe.Bytes = Obj.getData();
  Exe.ELF.emplace();
  ELFReader<ELFT> Reader(Obj.getELFFile(), Exe, *Exe.ELF);
  if (Error E = Reader.read())
    return E;
  return Exe;
}

} // namespace

Expected<Executable> readELF(const ELFObjectFileBase &Obj) {
  if (const auto *O = dyn_cast<ELF32LEObjectFile>(&Obj))
    return readWith(*O);
  if (const auto *O = dyn_cast<ELF32BEObjectFile>(&Obj))
    return readWith(*O);
  if (const auto *O = dyn_cast<ELF64LEObjectFile>(&Obj))
    return readWith(*O);
  return readWith(cast<ELF64BEObjectFile>(Obj));
}

} // namespace goexe
