//===- PEHeaderChecks.cpp - Is the PE header sane? ------------------------===//
///
/// \file
/// What the Windows loader and security features read from the headers.
/// Go's linker gets these right; a post-build tool or a different build
/// mode may not.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/Checks.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/COFF.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

namespace goexe {

namespace {

void checkEntryPoint(const CheckContext &C) {
  const Executable &Exe = C.Exe;
  std::string Where;
  if (!Exe.EntrySection)
    Where = "outside every section";
  else if (!Exe.Sections[*Exe.EntrySection].Executable)
    Where = "in section '" + Exe.Sections[*Exe.EntrySection].Name +
            "', which is not executable";
  else
    return;
  C.Diags.report(diag::err_entry_not_code, C.Where)
      << C.fileName() << ("0x" + utohexstr(Exe.EntryPoint)) << Where;
}

void checkChecksum(const CheckContext &C) {
  const PEDetails &PE = *C.Exe.PE;
  if (!PE.ComputedCheckSum || *PE.ComputedCheckSum == PE.StoredCheckSum)
    return;
  // An external (cgo) link writes a checksum, and then go build rewrites the
  // build ID in place ("go tool buildid -w"): every unsigned cgo build has a
  // stale one, which Windows does not check for programs. After signing, a
  // mismatch does mean a change.
  if (C.Go && !PE.CertificateTable)
    return;
  DiagnosticBuilder D = C.Diags.report(diag::warn_checksum_mismatch, C.Where);
  D << C.fileName() << ("0x" + utohexstr(PE.StoredCheckSum))
    << ("0x" + utohexstr(*PE.ComputedCheckSum));
  D.addNote("a signing tool writes the checksum last; a change after signing "
            "(a packer, a resource editor, appended data) also breaks the "
            "signature");
}

void checkLayout(const CheckContext &C) {
  const PEDetails &PE = *C.Exe.PE;
  auto Report = [&](const Twine &What) {
    C.Diags.report(diag::err_image_layout, C.Where) << C.fileName() << What;
  };
  if (!isPowerOf2_32(PE.FileAlignment) || PE.FileAlignment < 512 ||
      PE.FileAlignment > 65536)
    Report("FileAlignment 0x" + utohexstr(PE.FileAlignment) +
           " is not a power of two from 512 to 64K");
  if (!isPowerOf2_32(PE.SectionAlignment) ||
      PE.SectionAlignment < PE.FileAlignment)
    Report("SectionAlignment 0x" + utohexstr(PE.SectionAlignment) +
           " is not a power of two at least FileAlignment (0x" +
           utohexstr(PE.FileAlignment) + ")");
  if (!isPowerOf2_32(PE.SectionAlignment))
    return;

  uint64_t End = alignTo(PE.SizeOfHeaders, PE.SectionAlignment);
  for (const Section &S : C.Exe.Sections) {
    uint64_t RVA = S.Address - PE.ImageBase;
    if (RVA % PE.SectionAlignment)
      Report("section '" + S.Name + "' starts at RVA 0x" + utohexstr(RVA) +
             ", not a multiple of SectionAlignment");
    if (RVA < End)
      Report("section '" + S.Name + "' overlaps the one before it (RVA 0x" +
             utohexstr(RVA) + ")");
    End = std::max(End, alignTo(RVA + std::max<uint64_t>(S.MemorySize, 1),
                                PE.SectionAlignment));
  }
  if (PE.SizeOfImage != End)
    Report("SizeOfImage is 0x" + utohexstr(PE.SizeOfImage) +
           ", but the sections end at 0x" + utohexstr(End));
}

void checkWritableCode(const CheckContext &C) {
  for (const Section &S : C.Exe.Sections)
    if (S.Writable && S.Executable)
      C.Diags.report(diag::warn_wx_section, C.Where) << S.Name << C.fileName();
}

void checkMitigations(const CheckContext &C) {
  const PEDetails &PE = *C.Exe.PE;
  auto Missing = [&](uint16_t Flag, StringRef Name, StringRef What) {
    if (PE.DllCharacteristics & Flag)
      return;
    DiagnosticBuilder D =
        C.Diags.report(diag::warn_missing_mitigation, C.Where);
    D << C.fileName() << Name << What;
    // The build info cannot tell: a default build records -buildmode=exe
    // too, and still gets these flags.
    if (C.Go)
      D.addNote("Go's linker sets NX_COMPAT, DYNAMIC_BASE and "
                "HIGH_ENTROPY_VA by default; an explicit -buildmode=exe "
                "drops the last two, and a tool run after the build can "
                "drop any of them");
  };
  Missing(COFF::IMAGE_DLL_CHARACTERISTICS_NX_COMPAT, "NX_COMPAT",
          "data pages may be executed (no DEP)");
  Missing(COFF::IMAGE_DLL_CHARACTERISTICS_DYNAMIC_BASE, "DYNAMIC_BASE",
          "the image always loads at the same address (no ASLR)");
  if (PE.Is64 &&
      (PE.DllCharacteristics & COFF::IMAGE_DLL_CHARACTERISTICS_DYNAMIC_BASE))
    Missing(COFF::IMAGE_DLL_CHARACTERISTICS_HIGH_ENTROPY_VA, "HIGH_ENTROPY_VA",
            "ASLR uses only 32-bit addresses");
}

void checkOverlay(const CheckContext &C) {
  const PEDetails &PE = *C.Exe.PE;
  if (!PE.Overlay.Size)
    return;
  DiagnosticBuilder D = C.Diags.report(diag::warn_overlay, C.Where);
  D << C.fileName() << PE.Overlay.Size << PE.Overlay.Offset;
  if (PE.CertificateTable && PE.Overlay.Offset >= PE.CertificateTable->end())
    D.addNote("the data follows the signature: verifiers such as "
              "osslsigncode reject a signature that is not at the end of the "
              "file");
  else
    D.addNote("Go's linker writes none: an installer, a packer or an "
              "appended archive added it");
}

} // namespace

void checkPEHeaders(const CheckContext &C) {
  if (!C.Exe.PE)
    return;
  checkEntryPoint(C);
  checkChecksum(C);
  checkLayout(C);
  checkWritableCode(C);
  checkMitigations(C);
  checkOverlay(C);
}

} // namespace goexe
