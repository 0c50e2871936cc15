//===- Inspect.cpp - One walk of the model for `goexe inspect` ------------===//
///
/// \file
/// Decides once which facts `goexe inspect` shows and in what order; the
/// printers (TextInspectPrinter.cpp, JSONInspectPrinter.cpp) only format.
///
//===----------------------------------------------------------------------===//

#include "goexe/Inspect/Inspect.h"
#include "goexe/Inspect/InspectPrinter.h"
#include "goexe/Support/Printable.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/COFF.h"

using namespace llvm;

namespace goexe {

namespace {

StringRef subsystemName(uint16_t Subsystem) {
  switch (Subsystem) {
  case COFF::IMAGE_SUBSYSTEM_NATIVE:
    return "native";
  case COFF::IMAGE_SUBSYSTEM_WINDOWS_GUI:
    return "windows-gui";
  case COFF::IMAGE_SUBSYSTEM_WINDOWS_CUI:
    return "windows-cui";
  case COFF::IMAGE_SUBSYSTEM_EFI_APPLICATION:
    return "efi-application";
  default:
    return "other";
  }
}

std::vector<StringRef> dllCharacteristicNames(uint16_t Flags) {
  static const std::pair<uint16_t, StringRef> Names[] = {
      {COFF::IMAGE_DLL_CHARACTERISTICS_HIGH_ENTROPY_VA, "HIGH_ENTROPY_VA"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_DYNAMIC_BASE, "DYNAMIC_BASE"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_FORCE_INTEGRITY, "FORCE_INTEGRITY"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_NX_COMPAT, "NX_COMPAT"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_NO_ISOLATION, "NO_ISOLATION"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_NO_SEH, "NO_SEH"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_NO_BIND, "NO_BIND"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_APPCONTAINER, "APPCONTAINER"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_WDM_DRIVER, "WDM_DRIVER"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_GUARD_CF, "GUARD_CF"},
      {COFF::IMAGE_DLL_CHARACTERISTICS_TERMINAL_SERVER_AWARE,
       "TERMINAL_SERVER_AWARE"},
  };
  std::vector<StringRef> Result;
  for (const auto &[Bit, Name] : Names)
    if (Flags & Bit)
      Result.push_back(Name);
  return Result;
}

std::string protection(bool R, bool W, bool X) {
  return std::string(R ? "r" : "-") + (W ? "w" : "-") + (X ? "x" : "-");
}

std::string version(unsigned Major, unsigned Minor) {
  return (Twine(Major) + "." + Twine(Minor)).str();
}

/// The start of the text view's "format" line: "PE32+ ", "ELF64 LE ", ...
std::string formatWord(const Executable &Exe) {
  switch (Exe.Format) {
  case ExecutableFormat::PE:
    return Exe.PE->Is64 ? "PE32+ " : "PE32 ";
  case ExecutableFormat::ELF:
    return std::string(Exe.ELF->Is64 ? "ELF64 " : "ELF32 ") +
           (Exe.LittleEndian ? "LE " : "BE ");
  case ExecutableFormat::MachO:
    return Exe.MachO->Is64 ? "Mach-O 64-bit " : "Mach-O 32-bit ";
  }
  llvm_unreachable("unknown format");
}

/// GOOS or GOARCH: null in JSON and "unknown" in text when the headers do
/// not tell.
void goName(InspectPrinter &P, StringRef Key, StringRef Name) {
  if (Name.empty()) {
    P.nullField(Key);
    P.text("unknown");
  } else {
    P.stringField(Key, Name, TextForm::Plain);
  }
}

void walkStrings(InspectPrinter &P, StringRef Key,
                 ArrayRef<std::string> Strings) {
  P.beginList(Key);
  for (const std::string &S : Strings)
    P.stringField("", S);
  P.endList();
}

void walkModule(InspectPrinter &P, StringRef Key, const GoModule &M) {
  P.beginObject(Key);
  P.stringField("path", M.Path);
  P.stringField("version", M.Version);
  P.stringField("sum", M.Sum);
  if (M.Replace)
    walkModule(P, "replace", *M.Replace);
  else
    P.nullField("replace");
  P.endObject();
}

void walkGo(InspectPrinter &P, const GoBuildInfo &Go, uint64_t ImageOffset) {
  P.beginObject("go");
  P.stringField("version", Go.GoVersion, TextForm::Plain);
  P.text("\n");
  // What `go version -m` prints, but a forged file's escape sequences
  // cannot reach the terminal.
  P.text(printable(formatModInfo(Go.Mod), /*KeepLineBreaks=*/true));
  P.stringField("path", Go.Mod.Path);
  if (Go.Mod.Main)
    walkModule(P, "main", *Go.Mod.Main);
  else
    P.nullField("main");
  P.beginList("deps");
  for (const GoModule &M : Go.Mod.Deps)
    walkModule(P, "", M);
  P.endList();
  P.beginList("settings");
  for (const auto &[Key, Value] : Go.Mod.Settings) {
    P.beginObject("");
    P.stringField("key", Key);
    P.stringField("value", Value);
    P.endObject();
  }
  P.endList();
  P.numberField("buildInfoOffset", ImageOffset + Go.HeaderOffset);
  P.stringField("encoding", Go.InlineStrings ? "inline" : "pointers");
  // On stderr as -Wmalformed-buildinfo in the text view.
  if (!Go.ModInfoError.empty())
    P.stringField("modInfoError", Go.ModInfoError);
  P.endObject();
}

void walkChecksum(InspectPrinter &P, const PEDetails &PE) {
  P.beginLine("checksum");
  P.beginObject("checksum");
  P.text("stored ");
  P.numberField("stored", PE.StoredCheckSum, TextForm::Hex32);
  if (PE.ComputedCheckSum) {
    P.text(", computed ");
    P.numberField("computed", *PE.ComputedCheckSum, TextForm::Hex32);
    P.text(*PE.ComputedCheckSum == PE.StoredCheckSum ? " (matches)"
                                                     : " (MISMATCH)");
  } else {
    P.nullField("computed");
    P.text(PE.StoredCheckSum ? " (not computed: the file is over 256 MB)"
                             : " (not set)");
  }
  P.numberField("offset", PE.CheckSumOffset);
  P.endObject();
  P.endLine();
}

void walkImports(InspectPrinter &P, ArrayRef<ImportedLibrary> Imports) {
  P.beginList("imports", "imports");
  for (const ImportedLibrary &Lib : Imports) {
    P.beginObject("");
    P.beginLine(Lib.Delayed ? "delay import" : "import");
    P.stringField("dll", Lib.Name, TextForm::Plain);
    P.text(" (" + Twine(Lib.Functions.size()) + " functions)");
    P.endLine();
    P.boolField("delayed", Lib.Delayed);
    walkStrings(P, "functions", Lib.Functions);
    P.endObject();
  }
  P.endList();
}

void walkPE(InspectPrinter &P, const Executable &Exe, const PEDetails &PE) {
  P.beginObject("pe");
  P.numberField("machine", PE.Machine);
  P.numberField("characteristics", PE.Characteristics);

  P.beginLine("subsystem");
  P.stringField("subsystemName", subsystemName(PE.Subsystem), TextForm::Plain);
  P.text(" (");
  P.numberField("subsystem", PE.Subsystem, TextForm::Plain);
  P.text("), OS version ");
  P.stringField("osVersion", version(PE.MajorOSVersion, PE.MinorOSVersion),
                TextForm::Plain);
  P.text(", subsystem version ");
  P.stringField("subsystemVersion",
                version(PE.MajorSubsystemVersion, PE.MinorSubsystemVersion),
                TextForm::Plain);
  P.endLine();

  P.beginLine("dll characteristics");
  P.numberField("dllCharacteristics", PE.DllCharacteristics, TextForm::Hex16);
  P.text(" (");
  P.beginList("dllCharacteristicsNames");
  std::vector<StringRef> Names = dllCharacteristicNames(PE.DllCharacteristics);
  for (size_t I = 0; I != Names.size(); ++I) {
    if (I)
      P.text(", ");
    P.stringField("", Names[I], TextForm::Plain);
  }
  P.endList();
  P.text(")");
  P.endLine();

  P.beginLine("image base");
  P.numberField("imageBase", PE.ImageBase, TextForm::Hex);
  P.text(", size ");
  P.numberField("sizeOfImage", PE.SizeOfImage, TextForm::Hex);
  P.endLine();
  P.numberField("sectionAlignment", PE.SectionAlignment);
  P.numberField("fileAlignment", PE.FileAlignment);
  P.numberField("sizeOfHeaders", PE.SizeOfHeaders);

  walkChecksum(P, PE);
  P.numberField("coffSymbols", PE.NumberOfSymbols);
  walkImports(P, Exe.Imports);

  if (PE.CertificateTable) {
    P.beginLine("certificate table");
    P.beginObject("certificateTable");
    P.text("offset ");
    P.numberField("offset", PE.CertificateTable->Offset, TextForm::Plain);
    P.text(", size ");
    P.numberField("size", PE.CertificateTable->Size, TextForm::Plain);
    P.endObject();
    P.endLine();
  } else {
    P.nullField("certificateTable");
  }

  if (PE.Overlay.Size) {
    P.beginLine("overlay");
    P.beginObject("overlay");
    P.numberField("size", PE.Overlay.Size, TextForm::Plain);
    P.text(" bytes at offset ");
    P.numberField("offset", PE.Overlay.Offset, TextForm::Plain);
    P.endObject();
    P.endLine();
  } else {
    P.nullField("overlay");
  }

  P.beginObject("resources");
  P.boolField("present", PE.HasResources);
  P.boolField("versionInfo", PE.HasVersionInfo);
  P.boolField("manifest", PE.HasManifest);
  P.boolField("icon", PE.HasIcon);
  if (PE.HasResources) {
    std::vector<StringRef> Kinds;
    if (PE.HasVersionInfo)
      Kinds.push_back("version info");
    if (PE.HasManifest)
      Kinds.push_back("manifest");
    if (PE.HasIcon)
      Kinds.push_back("icon");
    P.beginLine("resources");
    P.text(Kinds.empty() ? "other" : join(Kinds, ", "));
    P.endLine();
  }
  P.endObject();

  P.boolField("upx", PE.HasUPXMarkers);
  if (PE.HasUPXMarkers) {
    P.beginLine("packer");
    P.text("UPX");
    P.endLine();
  }
  P.endObject();
}

void walkELF(InspectPrinter &P, const ELFDetails &ELF) {
  P.beginObject("elf");
  P.numberField("machine", ELF.Machine);
  P.numberField("type", ELF.Type);
  P.numberField("osabi", ELF.OSABI);
  if (ELF.Interpreter) {
    P.beginLine("interpreter");
    P.stringField("interpreter", *ELF.Interpreter, TextForm::Plain);
    P.endLine();
  } else {
    P.nullField("interpreter");
  }
  P.beginList("needed", "needed libraries");
  for (const std::string &N : ELF.Needed) {
    P.beginLine("needed");
    P.stringField("", N, TextForm::Plain);
    P.endLine();
  }
  P.endList();
  P.boolField("symtab", ELF.HasSymtab);
  P.endObject();
}

void walkMachO(InspectPrinter &P, const MachODetails &MachO) {
  P.beginObject("macho");
  P.numberField("cpuType", MachO.CPUType);
  P.numberField("fileType", MachO.FileType);
  P.beginList("dylibs", "dylibs");
  for (const std::string &D : MachO.Dylibs) {
    P.beginLine("dylib");
    P.stringField("", D, TextForm::Plain);
    P.endLine();
  }
  P.endList();
  P.endObject();
}

void walkSections(InspectPrinter &P, ArrayRef<Section> Sections) {
  P.beginList("sections", "sections");
  for (const Section &S : Sections) {
    P.beginObject("");
    P.beginLine("section");
    P.stringField("name", S.Name, TextForm::Column);
    P.text(" ");
    P.stringField("flags", protection(S.Readable, S.Writable, S.Executable),
                  TextForm::Plain);
    P.text("  addr ");
    P.numberField("address", S.Address, TextForm::Hex);
    P.text("  size ");
    P.numberField("memorySize", S.MemorySize, TextForm::Hex);
    P.text("  file ");
    P.numberField("offset", S.File.Offset, TextForm::Hex);
    P.text("+");
    P.numberField("fileSize", S.File.Size, TextForm::Hex);
    P.endLine();
    P.numberField("rawFlags", S.RawFlags);
    P.endObject();
  }
  P.endList();
}

void walkImage(InspectPrinter &P, const ExecutableFile &File,
               const InspectedImage &Image) {
  const Executable &Exe = *Image.Exe;
  P.beginObject("");

  // The text view heads each image with the file's name, as `go version -m`.
  P.text(File.Path);
  if (File.Fat)
    P.text(" [" + Twine(Exe.GOARCH.empty() ? "unknown" : Exe.GOARCH) + "]");
  P.text(": ");
  if (Image.Go) {
    walkGo(P, *Image.Go, Exe.FileOffset);
  } else {
    P.nullField("go");
    P.text("not built by Go (no Go build info)\n");
  }

  P.beginLine("format");
  P.stringField("format", formatName(Exe.Format));
  P.text(formatWord(Exe));
  goName(P, "goos", Exe.GOOS);
  P.text("/");
  goName(P, "goarch", Exe.GOARCH);
  P.numberField("bits", uint64_t(Exe.PointerSize) * 8);
  P.stringField("endian", Exe.LittleEndian ? "little" : "big");
  P.endLine();
  P.numberField("offset", Exe.FileOffset);
  P.numberField("size", Exe.Bytes.size());

  P.beginLine("entry point");
  P.beginObject("entry");
  P.numberField("address", Exe.EntryPoint, TextForm::Hex);
  P.text(" (in ");
  if (Exe.EntrySection) {
    P.stringField("section", Exe.Sections[*Exe.EntrySection].Name,
                  TextForm::Plain);
  } else {
    P.nullField("section");
    P.text("no section");
  }
  P.text(")");
  P.endObject();
  P.endLine();

  P.beginLine("symbols");
  P.beginObject("symbols");
  P.boolField("present", Exe.HasSymbols);
  P.numberField("count", Exe.SymbolCount,
                Exe.HasSymbols ? TextForm::Plain : TextForm::Hidden);
  if (!Exe.HasSymbols)
    P.text("none");
  P.endObject();
  P.boolField("dwarf", Exe.HasDWARF);
  P.text(Exe.HasDWARF ? ", DWARF" : ", no DWARF");
  P.endLine();

  if (Exe.PE)
    walkPE(P, Exe, *Exe.PE);
  if (Exe.ELF)
    walkELF(P, *Exe.ELF);
  if (Exe.MachO)
    walkMachO(P, *Exe.MachO);
  walkSections(P, Exe.Sections);
  // On stderr as -Wmalformed-executable in the text view.
  walkStrings(P, "damage", Exe.Damage.entries());
  P.endObject();
}

} // namespace

void walkInspection(InspectPrinter &P, const ExecutableFile &File,
                    ArrayRef<InspectedImage> Images) {
  P.beginObject("");
  P.stringField("file", File.Path);
  P.boolField("fat", File.Fat);
  P.beginList("images");
  for (const InspectedImage &Image : Images)
    walkImage(P, File, Image);
  P.endList();
  P.endObject();
}

void printInspection(raw_ostream &OS, InspectFormat Format,
                     const ExecutableFile &File,
                     ArrayRef<InspectedImage> Images) {
  walkInspection(*createInspectPrinter(Format, OS), File, Images);
}

} // namespace goexe
