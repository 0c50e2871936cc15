//===- StaticChecks.cpp - Is the static executable really static? ---------===//
///
/// \file
/// A static (or cgo-free) Go program needs no dynamic loader and no shared
/// library beyond the operating system's own. An external link, a cgo
/// package or -linkmode=external quietly breaks that promise.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/Checks.h"
#include "goexe/Check/WindowsDlls.h"
#include "goexe/Go/LinkerFlags.h"

#include "llvm/ADT/STLExtras.h"

using namespace llvm;

namespace goexe {

namespace {

StringRef promise(const CheckContext &C) {
  return C.Intent.isStatic() ? "a static executable was asked for"
                             : "cgo was turned off (CGO_ENABLED=0)";
}

/// Whether the -ldflags asked the external linker for a static link but
/// left the link mode to Go, which can then link internally.
bool staticLeftToInternalLink(const LinkerFlags &Flags) {
  if (!Flags.ExtLdflags || Flags.LinkMode == "external")
    return false;
  Expected<std::vector<std::string>> Words = splitGoQuoted(*Flags.ExtLdflags);
  if (!Words) {
    consumeError(Words.takeError()); // go build would have refused it
    return false;
  }
  return is_contained(*Words, "-static");
}

void addCgoNote(const CheckContext &C, DiagnosticBuilder &D) {
  if (std::optional<StringRef> Cgo = C.setting("CGO_ENABLED"))
    D.addNote("the build info records CGO_ENABLED=" + *Cgo +
              (*Cgo == "1" ? ": cgo was on" : ""));
  if (std::optional<StringRef> Ldflags = C.setting("-ldflags"))
    D.addNote(diag::note_ldflags_recorded) << quoteGoArgument(*Ldflags);
  // An external link with -static makes no dynamic ELF: this one was
  // internal. The intent's -ldflags, else those the build info records
  // (it does not with -trimpath).
  if (!C.Exe.ELF)
    return;
  if (!C.Intent.Ldflags.empty()) {
    if (staticLeftToInternalLink(C.Flags))
      D.addNote(diag::note_static_internal_link);
  } else if (std::optional<StringRef> Ldflags = C.setting("-ldflags")) {
    Expected<LinkerFlags> Recorded = parseLinkerFlags(*Ldflags);
    if (!Recorded)
      consumeError(Recorded.takeError()); // the -ldflags checks report it
    else if (staticLeftToInternalLink(*Recorded))
      D.addNote(diag::note_static_internal_link);
  }
}

void checkELF(const CheckContext &C) {
  const ELFDetails &ELF = *C.Exe.ELF;
  if (ELF.Interpreter) {
    DiagnosticBuilder D = C.Diags.report(diag::err_not_static_interp, C.Where);
    D << C.fileName() << *ELF.Interpreter << promise(C);
    addCgoNote(C, D);
  }
  for (const std::string &Needed : ELF.Needed) {
    DiagnosticBuilder D = C.Diags.report(diag::err_not_static_needed, C.Where);
    D << C.fileName() << Needed << promise(C);
    if (!ELF.Interpreter)
      addCgoNote(C, D);
  }
}

void checkPE(const CheckContext &C) {
  bool CgoOff = !C.Intent.Cgo.value_or(true);
  for (const ImportedLibrary &Lib : C.Exe.Imports) {
    DllKind Kind = classifyDll(Lib.Name);
    if (!isCRuntimeOrForeign(Kind))
      continue;
    // msvcrt.dll and the UCRT come with Windows: a static cgo build still
    // imports them. Only a cgo-free build must not.
    if (Kind == DllKind::CRuntime && !CgoOff)
      continue;
    DiagnosticBuilder D = C.Diags.report(diag::err_not_static_dll, C.Where);
    D << C.fileName() << Lib.Name << promise(C);
    switch (Kind) {
    case DllKind::MinGWRuntime:
      D.addNote("a MinGW runtime DLL, not part of Windows: link it "
                "statically with -extldflags=-static, or ship it next to the "
                "executable");
      break;
    case DllKind::CRuntime:
      D.addNote("a C runtime: only cgo code imports it; a pure Go program "
                "imports kernel32.dll alone");
      break;
    case DllKind::MSVCRedist:
      D.addNote("part of the Visual C++ redistributable, never of Windows");
      break;
    default:
      D.addNote("not a DLL that comes with Windows");
      break;
    }
    addCgoNote(C, D);
  }
}

void checkMachO(const CheckContext &C) {
  // Every macOS program links libSystem; only other dylibs break the promise.
  for (const std::string &Dylib : C.Exe.MachO->Dylibs) {
    StringRef Path = Dylib;
    if (Path.starts_with("/usr/lib/") || Path.starts_with("/System/"))
      continue;
    DiagnosticBuilder D = C.Diags.report(diag::err_not_static_needed, C.Where);
    D << C.fileName() << Dylib << promise(C);
    addCgoNote(C, D);
  }
}

} // namespace

void checkStatic(const CheckContext &C) {
  if (!C.Intent.isStatic() && C.Intent.Cgo.value_or(true))
    return;
  if (C.Exe.ELF)
    checkELF(C);
  else if (C.Exe.PE)
    checkPE(C);
  else if (C.Exe.MachO)
    checkMachO(C);
}

} // namespace goexe
