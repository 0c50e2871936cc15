//===- Inspect.cpp - What `goexe inspect` prints --------------------------===//

#include "goexe/Inspect/Inspect.h"
#include "goexe/Support/JSONUtil.h"
#include "goexe/Support/Printable.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/COFF.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Format.h"

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

/// A forged file can list a million sections or imports: the text view
/// shows the first ones of each kind and says how many it left out (--json
/// has them all).
constexpr size_t MaxListedPerKind = 100;

/// Calls \p Print for the first MaxListedPerKind items of \p Items, then
/// prints one line for the rest.
template <typename T, typename Fn>
void listSome(raw_ostream &OS, const std::vector<T> &Items, StringRef Kind,
              Fn Print) {
  for (const T &Item : ArrayRef(Items).take_front(MaxListedPerKind))
    Print(Item);
  if (Items.size() > MaxListedPerKind)
    OS << "  " << left_justify("...", 20) << (Items.size() - MaxListedPerKind)
       << " more " << Kind << " (--json lists them all)\n";
}

std::string protection(bool R, bool W, bool X) {
  return std::string(R ? "r" : "-") + (W ? "w" : "-") + (X ? "x" : "-");
}

std::string describeFormat(const Executable &Exe) {
  std::string Arch = Exe.GOARCH.empty() ? "unknown" : Exe.GOARCH;
  std::string Target = (Exe.GOOS.empty() ? "unknown" : Exe.GOOS) + "/" + Arch;
  switch (Exe.Format) {
  case ExecutableFormat::PE:
    return (Exe.PE->Is64 ? "PE32+ " : "PE32 ") + Target;
  case ExecutableFormat::ELF:
    return (Exe.ELF->Is64 ? "ELF64 " : "ELF32 ") +
           (Exe.LittleEndian ? std::string("LE ") : std::string("BE ")) +
           Target;
  case ExecutableFormat::MachO:
    return (Exe.MachO->Is64 ? "Mach-O 64-bit " : "Mach-O 32-bit ") + Target;
  }
  llvm_unreachable("unknown format");
}

void printImage(raw_ostream &OS, StringRef Name, const InspectedImage &Image) {
  const Executable &Exe = *Image.Exe;
  if (Image.Go) {
    // Byte for byte what `go version -m` prints.
    OS << Name << ": " << Image.Go->GoVersion << '\n'
       << formatModInfo(Image.Go->Mod);
  } else {
    OS << Name << ": not built by Go (no Go build info)\n";
  }

  auto Field = [&](StringRef Label) -> raw_ostream & {
    return OS << "  " << left_justify(Label, 20);
  };
  Field("format") << describeFormat(Exe) << '\n';
  Field("entry point")
      << format_hex(Exe.EntryPoint, 1) << " ("
      << (Exe.EntrySection
              ? "in " + printable(Exe.Sections[*Exe.EntrySection].Name)
              : std::string("in no section"))
      << ")\n";
  Field("symbols") << (Exe.HasSymbols ? utostr(Exe.SymbolCount) : "none")
                   << (Exe.HasDWARF ? ", DWARF" : ", no DWARF") << '\n';

  if (const PEDetails *PE = Exe.PE ? &*Exe.PE : nullptr) {
    Field("subsystem") << subsystemName(PE->Subsystem) << " (" << PE->Subsystem
                       << "), OS version " << PE->MajorOSVersion << '.'
                       << PE->MinorOSVersion << ", subsystem version "
                       << PE->MajorSubsystemVersion << '.'
                       << PE->MinorSubsystemVersion << '\n';
    Field("dll characteristics")
        << format_hex(PE->DllCharacteristics, 6) << " ("
        << join(dllCharacteristicNames(PE->DllCharacteristics), ", ") << ")\n";
    Field("image base") << format_hex(PE->ImageBase, 1) << ", size "
                        << format_hex(PE->SizeOfImage, 1) << '\n';
    Field("checksum") << "stored " << format_hex(PE->StoredCheckSum, 10);
    if (PE->ComputedCheckSum)
      OS << ", computed " << format_hex(*PE->ComputedCheckSum, 10)
         << (*PE->ComputedCheckSum == PE->StoredCheckSum ? " (matches)"
                                                         : " (MISMATCH)");
    else if (PE->StoredCheckSum)
      OS << " (not computed: the file is over 256 MB)";
    else
      OS << " (not set)";
    OS << '\n';
    listSome(OS, Exe.Imports, "imports", [&](const ImportedLibrary &Lib) {
      Field(Lib.Delayed ? "delay import" : "import")
          << printable(Lib.Name) << " (" << Lib.Functions.size()
          << " functions)\n";
    });
    if (PE->CertificateTable)
      Field("certificate table")
          << "offset " << PE->CertificateTable->Offset << ", size "
          << PE->CertificateTable->Size << '\n';
    if (PE->Overlay.Size)
      Field("overlay") << PE->Overlay.Size << " bytes at offset "
                       << PE->Overlay.Offset << '\n';
    if (PE->HasResources) {
      std::vector<StringRef> Kinds;
      if (PE->HasVersionInfo)
        Kinds.push_back("version info");
      if (PE->HasManifest)
        Kinds.push_back("manifest");
      if (PE->HasIcon)
        Kinds.push_back("icon");
      Field("resources") << (Kinds.empty() ? "other" : join(Kinds, ", "))
                         << '\n';
    }
    if (PE->HasUPXMarkers)
      Field("packer") << "UPX\n";
  }
  if (const ELFDetails *ELF = Exe.ELF ? &*Exe.ELF : nullptr) {
    if (ELF->Interpreter)
      Field("interpreter") << printable(*ELF->Interpreter) << '\n';
    listSome(OS, ELF->Needed, "needed libraries", [&](const std::string &N) {
      Field("needed") << printable(N) << '\n';
    });
  }
  if (Exe.MachO)
    listSome(OS, Exe.MachO->Dylibs, "dylibs", [&](const std::string &D) {
      Field("dylib") << printable(D) << '\n';
    });

  listSome(OS, Exe.Sections, "sections", [&](const Section &S) {
    Field("section") << left_justify(printable(S.Name), 18) << ' '
                     << protection(S.Readable, S.Writable, S.Executable)
                     << "  addr " << format_hex(S.Address, 1) << "  size "
                     << format_hex(S.MemorySize, 1) << "  file "
                     << format_hex(S.File.Offset, 1) << "+"
                     << format_hex(S.File.Size, 1) << '\n';
  });
}

json::Value moduleToJSON(const GoModule &M) {
  return json::Object{
      {"path", jsonString(M.Path)},
      {"version", jsonString(M.Version)},
      {"sum", jsonString(M.Sum)},
      {"replace", M.Replace ? moduleToJSON(*M.Replace) : json::Value(nullptr)}};
}

json::Value rangeToJSON(const FileRange &R) {
  return json::Object{{"offset", R.Offset}, {"size", R.Size}};
}

json::Value stringsToJSON(ArrayRef<std::string> Strings) {
  json::Array A;
  for (const std::string &S : Strings)
    A.push_back(jsonString(S));
  return A;
}

json::Value goToJSON(const GoBuildInfo &Go, uint64_t ImageOffset) {
  json::Array Deps, Settings;
  for (const GoModule &M : Go.Mod.Deps)
    Deps.push_back(moduleToJSON(M));
  for (const auto &[Key, Value] : Go.Mod.Settings)
    Settings.push_back(
        json::Object{{"key", jsonString(Key)}, {"value", jsonString(Value)}});
  json::Object O{
      {"version", jsonString(Go.GoVersion)},
      {"path", jsonString(Go.Mod.Path)},
      {"main", Go.Mod.Main ? moduleToJSON(*Go.Mod.Main) : json::Value(nullptr)},
      {"deps", std::move(Deps)},
      {"settings", std::move(Settings)},
      {"buildInfoOffset", ImageOffset + Go.HeaderOffset},
      {"encoding", Go.InlineStrings ? "inline" : "pointers"}};
  if (!Go.ModInfoError.empty())
    O["modInfoError"] = jsonString(Go.ModInfoError);
  return O;
}

json::Value peToJSON(const Executable &Exe, const PEDetails &PE) {
  json::Array Imports;
  for (const ImportedLibrary &Lib : Exe.Imports)
    Imports.push_back(
        json::Object{{"dll", jsonString(Lib.Name)},
                     {"delayed", Lib.Delayed},
                     {"functions", stringsToJSON(Lib.Functions)}});
  json::Array DllNames;
  for (StringRef Name : dllCharacteristicNames(PE.DllCharacteristics))
    DllNames.push_back(Name);
  auto Version = [](unsigned Major, unsigned Minor) {
    return (Twine(Major) + "." + Twine(Minor)).str();
  };
  return json::Object{
      {"machine", PE.Machine},
      {"characteristics", PE.Characteristics},
      {"subsystem", PE.Subsystem},
      {"subsystemName", subsystemName(PE.Subsystem)},
      {"osVersion", Version(PE.MajorOSVersion, PE.MinorOSVersion)},
      {"subsystemVersion",
       Version(PE.MajorSubsystemVersion, PE.MinorSubsystemVersion)},
      {"dllCharacteristics", PE.DllCharacteristics},
      {"dllCharacteristicsNames", std::move(DllNames)},
      {"imageBase", PE.ImageBase},
      {"sectionAlignment", PE.SectionAlignment},
      {"fileAlignment", PE.FileAlignment},
      {"sizeOfImage", PE.SizeOfImage},
      {"sizeOfHeaders", PE.SizeOfHeaders},
      {"checksum",
       json::Object{{"stored", PE.StoredCheckSum},
                    {"computed", PE.ComputedCheckSum
                                     ? json::Value(*PE.ComputedCheckSum)
                                     : json::Value(nullptr)},
                    {"offset", PE.CheckSumOffset}}},
      {"coffSymbols", PE.NumberOfSymbols},
      {"imports", std::move(Imports)},
      {"certificateTable", PE.CertificateTable
                               ? rangeToJSON(*PE.CertificateTable)
                               : json::Value(nullptr)},
      {"overlay",
       PE.Overlay.Size ? rangeToJSON(PE.Overlay) : json::Value(nullptr)},
      {"resources", json::Object{{"present", PE.HasResources},
                                 {"versionInfo", PE.HasVersionInfo},
                                 {"manifest", PE.HasManifest},
                                 {"icon", PE.HasIcon}}},
      {"upx", PE.HasUPXMarkers}};
}

json::Value imageToJSON(const InspectedImage &Image) {
  const Executable &Exe = *Image.Exe;
  json::Array Sections;
  for (const Section &S : Exe.Sections)
    Sections.push_back(json::Object{
        {"name", jsonString(S.Name)},
        {"address", S.Address},
        {"memorySize", S.MemorySize},
        {"offset", S.File.Offset},
        {"fileSize", S.File.Size},
        {"flags", protection(S.Readable, S.Writable, S.Executable)},
        {"rawFlags", S.RawFlags}});
  json::Object O{
      {"format", formatName(Exe.Format)},
      {"goos", Exe.GOOS.empty() ? json::Value(nullptr) : json::Value(Exe.GOOS)},
      {"goarch",
       Exe.GOARCH.empty() ? json::Value(nullptr) : json::Value(Exe.GOARCH)},
      {"bits", Exe.PointerSize * 8},
      {"endian", Exe.LittleEndian ? "little" : "big"},
      {"offset", Exe.FileOffset},
      {"size", uint64_t(Exe.Bytes.size())},
      {"entry",
       json::Object{
           {"address", Exe.EntryPoint},
           {"section", Exe.EntrySection
                           ? jsonString(Exe.Sections[*Exe.EntrySection].Name)
                           : json::Value(nullptr)}}},
      {"symbols",
       json::Object{{"present", Exe.HasSymbols}, {"count", Exe.SymbolCount}}},
      {"dwarf", Exe.HasDWARF},
      {"sections", std::move(Sections)},
      {"go",
       Image.Go ? goToJSON(*Image.Go, Exe.FileOffset) : json::Value(nullptr)},
      {"damage", stringsToJSON(Exe.Damage.entries())}};
  if (Exe.PE)
    O["pe"] = peToJSON(Exe, *Exe.PE);
  if (Exe.ELF)
    O["elf"] = json::Object{
        {"machine", Exe.ELF->Machine},
        {"type", Exe.ELF->Type},
        {"osabi", Exe.ELF->OSABI},
        {"interpreter", Exe.ELF->Interpreter ? jsonString(*Exe.ELF->Interpreter)
                                             : json::Value(nullptr)},
        {"needed", stringsToJSON(Exe.ELF->Needed)},
        {"symtab", Exe.ELF->HasSymtab}};
  if (Exe.MachO)
    O["macho"] = json::Object{{"cpuType", Exe.MachO->CPUType},
                              {"fileType", Exe.MachO->FileType},
                              {"dylibs", stringsToJSON(Exe.MachO->Dylibs)}};
  return O;
}

} // namespace

void printInspectText(raw_ostream &OS, const ExecutableFile &File,
                      ArrayRef<InspectedImage> Images) {
  for (const InspectedImage &Image : Images) {
    std::string Name = File.Path;
    if (File.Fat)
      Name += " [" +
              (Image.Exe->GOARCH.empty() ? std::string("unknown")
                                         : Image.Exe->GOARCH) +
              "]";
    printImage(OS, Name, Image);
  }
}

json::Value inspectToJSON(const ExecutableFile &File,
                          ArrayRef<InspectedImage> Images) {
  json::Array A;
  for (const InspectedImage &Image : Images)
    A.push_back(imageToJSON(Image));
  return json::Object{{"file", jsonString(File.Path)},
                      {"fat", File.Fat},
                      {"images", std::move(A)}};
}

} // namespace goexe
