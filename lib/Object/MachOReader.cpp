//===- MachOReader.cpp - Mach-O executables (one slice) -------------------===//

#include "Readers.h"

#include "llvm/BinaryFormat/MachO.h"

using namespace llvm;
using namespace llvm::object;

namespace goexe {

namespace {

StringRef goarchForCPU(uint32_t CPUType) {
  switch (CPUType) {
  case MachO::CPU_TYPE_X86_64:
    return "amd64";
  case MachO::CPU_TYPE_ARM64:
    return "arm64";
  case MachO::CPU_TYPE_I386:
    return "386";
  case MachO::CPU_TYPE_ARM:
    return "arm";
  default:
    return "";
  }
}

bool hasFileBytes(uint32_t Flags) {
  switch (Flags & MachO::SECTION_TYPE) {
  case MachO::S_ZEROFILL:
  case MachO::S_GB_ZEROFILL:
  case MachO::S_THREAD_LOCAL_ZEROFILL:
    return false;
  default:
    return true;
  }
}

class MachOReader {
public:
  MachOReader(const MachOObjectFile &Obj, Executable &Exe, MachODetails &M)
      : Obj(Obj), Exe(Exe), M(M) {}

  void read() {
    M.Is64 = Obj.is64Bit();
    M.CPUType = Obj.getHeader().cputype;
    M.FileType = Obj.getHeader().filetype;
    Exe.LittleEndian = Obj.isLittleEndian();
    Exe.PointerSize = M.Is64 ? 8 : 4;
    Exe.GOARCH = goarchForCPU(M.CPUType).str();
    Exe.GOOS = "darwin";

    std::optional<uint64_t> EntryOffset;
    for (const MachOObjectFile::LoadCommandInfo &L : Obj.load_commands()) {
      switch (L.C.cmd) {
      case MachO::LC_SEGMENT_64:
        addSegment(Obj.getSegment64LoadCommand(L), L, /*Is64=*/true);
        break;
      case MachO::LC_SEGMENT:
        addSegment(Obj.getSegmentLoadCommand(L), L, /*Is64=*/false);
        break;
      case MachO::LC_LOAD_DYLIB:
      case MachO::LC_LOAD_WEAK_DYLIB:
      case MachO::LC_REEXPORT_DYLIB:
      case MachO::LC_LAZY_LOAD_DYLIB:
      case MachO::LC_LOAD_UPWARD_DYLIB:
        addDylib(L);
        break;
      case MachO::LC_MAIN:
        EntryOffset = Obj.getEntryPointCommand(L).entryoff;
        break;
      case MachO::LC_UNIXTHREAD:
        readThreadEntry(L);
        break;
      case MachO::LC_SYMTAB:
        Exe.SymbolCount = Obj.getSymtabLoadCommand().nsyms;
        Exe.HasSymbols = Exe.SymbolCount != 0;
        break;
      case MachO::LC_BUILD_VERSION:
        if (Obj.getBuildVersionLoadCommand(L).platform == MachO::PLATFORM_IOS)
          Exe.GOOS = "ios";
        break;
      case MachO::LC_VERSION_MIN_IPHONEOS:
        Exe.GOOS = "ios";
        break;
      }
    }
    // LC_MAIN gives a file offset; the entry is where __TEXT maps it.
    if (EntryOffset) {
      for (const Segment &S : Exe.Segments)
        if (S.Name == "__TEXT")
          Exe.EntryPoint = S.Address + (*EntryOffset - S.File.Offset);
    }
    Exe.EntrySection = findSectionAt(Exe, Exe.EntryPoint);
  }

private:
  template <class SegmentCommand>
  void addSegment(const SegmentCommand &Cmd,
                  const MachOObjectFile::LoadCommandInfo &L, bool Is64) {
    Segment S;
    S.Name = StringRef(Cmd.segname, strnlen(Cmd.segname, 16)).str();
    S.File = clampToFile(Exe, Cmd.fileoff, Cmd.filesize,
                         "segment " + quoteName(S.Name));
    S.Address = Cmd.vmaddr;
    S.MemorySize = Cmd.vmsize;
    S.Readable = Cmd.initprot & MachO::VM_PROT_READ;
    S.Writable = Cmd.initprot & MachO::VM_PROT_WRITE;
    S.Executable = Cmd.initprot & MachO::VM_PROT_EXECUTE;
    S.MaxProtection = Cmd.maxprot;
    Exe.Segments.push_back(S);

    for (unsigned I = 0; I < Cmd.nsects; ++I) {
      Section Sec;
      uint64_t Offset, Size;
      uint32_t Flags;
      if (Is64) {
        MachO::section_64 Raw = Obj.getSection64(L, I);
        Sec.Name = StringRef(Raw.sectname, strnlen(Raw.sectname, 16)).str();
        Sec.Address = Raw.addr;
        Offset = Raw.offset, Size = Raw.size, Flags = Raw.flags;
      } else {
        MachO::section Raw = Obj.getSection(L, I);
        Sec.Name = StringRef(Raw.sectname, strnlen(Raw.sectname, 16)).str();
        Sec.Address = Raw.addr;
        Offset = Raw.offset, Size = Raw.size, Flags = Raw.flags;
      }
      Sec.MemorySize = Size;
      if (hasFileBytes(Flags))
        Sec.File = clampToFile(Exe, Offset, Size, "section '" + Sec.Name + "'");
      Sec.RawFlags = Flags;
      readCompressionHeader(Exe, Sec, /*ELFCompressed=*/false, /*Is64=*/false);
      Sec.Readable = S.Readable;
      Sec.Writable = S.Writable;
      Sec.Executable = S.Executable;
      if (isDWARFSectionName(Sec.Name))
        Exe.HasDWARF = true;
      Exe.Sections.push_back(std::move(Sec));
    }
  }

  void addDylib(const MachOObjectFile::LoadCommandInfo &L) {
    MachO::dylib_command Cmd = Obj.getDylibIDLoadCommand(L);
    // The name lies inside the command (MachOObjectFile checked cmdsize).
    if (Cmd.dylib.name >= Cmd.cmdsize) {
      Exe.Damage.add("a dylib load command names a string outside it");
      return;
    }
    StringRef Name(L.Ptr + Cmd.dylib.name, Cmd.cmdsize - Cmd.dylib.name);
    M.Dylibs.push_back(Name.split('\0').first.str());
  }

  /// LC_UNIXTHREAD: the entry is the program counter of the thread state.
  void readThreadEntry(const MachOObjectFile::LoadCommandInfo &L) {
    // cmd, cmdsize, flavor, count, then the state.
    constexpr unsigned StateOffset = 16;
    unsigned PCOffset;
    if (M.CPUType == MachO::CPU_TYPE_X86_64)
      PCOffset = 16 * 8; // rip follows 16 general registers
    else if (M.CPUType == MachO::CPU_TYPE_ARM64)
      PCOffset = 32 * 8; // pc follows x0-x28, fp, lr, sp
    else
      return;
    uint32_t CmdSize = L.C.cmdsize;
    if (StateOffset + PCOffset + 8 > CmdSize)
      return;
    uint64_t PC;
    memcpy(&PC, L.Ptr + StateOffset + PCOffset, 8);
    if (Obj.isLittleEndian() != sys::IsLittleEndianHost)
      PC = byteswap(PC);
    Exe.EntryPoint = PC;
  }

  const MachOObjectFile &Obj;
  Executable &Exe;
  MachODetails &M;
};

} // namespace

Expected<Executable> readMachO(const MachOObjectFile &Obj) {
  uint32_t FileType = Obj.getHeader().filetype;
  if (FileType != MachO::MH_EXECUTE && FileType != MachO::MH_DYLIB &&
      FileType != MachO::MH_BUNDLE)
    return createStringError(inconvertibleErrorCode(),
                             "a Mach-O file of type %u, not an executable",
                             FileType);
  Executable Exe;
  Exe.Format = ExecutableFormat::MachO;
  Exe.Bytes = Obj.getData();
  Exe.MachO.emplace();
  MachOReader(Obj, Exe, *Exe.MachO).read();
  return Exe;
}

} // namespace goexe
