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
  // Appended data can be gigabytes (an installer's archive, or a sparse
  // file): its start is where a build path could be (docs/limits.md).
  if (Exe.PE && Exe.PE->Overlay.Size)
    Ranges.push_back({Exe.PE->Overlay.Offset,
                      std::min(Exe.PE->Overlay.Size, MaxOverlaySearched)});
  // Forged headers can make sections overlap, or all cover the whole file:
  // each byte is searched once.
  llvm::sort(Ranges, [](const FileRange &A, const FileRange &B) {
    return A.Offset < B.Offset;
  });
  std::vector<FileRange> Merged;
  for (const FileRange &R : Ranges) {
    if (!Merged.empty() && R.Offset <= Merged.back().end()) {
      Merged.back().Size =
          std::max(Merged.back().end(), R.end()) - Merged.back().Offset;
      continue;
    }
    Merged.push_back(R);
  }
  return Merged;
}

} // namespace goexe
