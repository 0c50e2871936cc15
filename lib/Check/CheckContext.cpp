//===- CheckContext.cpp - What every check needs --------------------------===//

#include "goexe/Check/Checks.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

StringRef CheckContext::fileName() const {
  if (Intent.Output)
    return sys::path::filename(*Intent.Output);
  return sys::path::filename(File.Path);
}

std::optional<StringRef> CheckContext::setting(StringRef Key) const {
  if (!Go)
    return std::nullopt;
  return Go->Mod.setting(Key);
}

/// Sections that hold no strings a user could find: compressed DWARF,
/// symbol and relocation tables, unwind data.
static bool holdsNoStrings(const Executable &Exe, const Section &S) {
  StringRef Name = S.Name;
  if (Name.starts_with(".zdebug_") || Name.starts_with("__zdebug_") ||
      (Exe.ELF && (S.RawFlags & ELF::SHF_COMPRESSED)))
    return true;
  return Name == ".symtab" || Name == ".strtab" || Name == ".reloc" ||
         Name == ".pdata" || Name == ".xdata" || Name.starts_with(".rel");
}

std::vector<FileRange> CheckContext::dataRanges() const {
  std::vector<FileRange> Ranges;
  for (const Section &S : Exe.Sections)
    if (!S.Executable && S.File.Size && !holdsNoStrings(Exe, S))
      Ranges.push_back(S.File);
  if (Exe.Sections.empty())
    Ranges.push_back({0, Exe.Bytes.size()});
  if (Exe.PE && Exe.PE->Overlay.Size)
    Ranges.push_back(Exe.PE->Overlay);
  return Ranges;
}

void reportDamage(DiagnosticEngine &Diags, const SourceLocation &Where,
                  const DamageLog &Damage) {
  for (const std::string &What : Damage.entries())
    Diags.report(diag::warn_malformed_executable, Where) << What;
  if (Damage.omitted())
    Diags.report(diag::warn_malformed_executable_more, Where)
        << Damage.omitted() << uint64_t(DamageLog::MaxKept);
}

} // namespace goexe
