//===- SysoChecks.cpp - The .syso objects of the main package -------------===//
///
/// \file
/// go links every .syso of a package directory whose name does not exclude
/// the target. A resource object made once for one architecture breaks the
/// build for another, or rides along silently; two resource objects break
/// Go's own linker. Each is predicted from the COFF header of the files.
///
//===----------------------------------------------------------------------===//

#include "goexe/Build/SourceScan.h"
#include "goexe/Doctor/Doctor.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>

using namespace llvm;

namespace goexe {

namespace {

/// Whether go/build's file name rules keep \p FileName in a build for
/// GOOS/GOARCH ("linux" files also serve android, "darwin" ones ios).
bool nameAdmits(StringRef FileName, StringRef GOOS, StringRef GOARCH) {
  std::string Constraint = fileNameConstraint(FileName);
  if (Constraint.empty())
    return true;
  auto OSMatches = [&](StringRef OS) {
    return OS == GOOS || (OS == "linux" && GOOS == "android") ||
           (OS == "darwin" && GOOS == "ios");
  };
  auto [First, Second] = StringRef(Constraint).split('/');
  if (!Second.empty())
    return OSMatches(First) && Second == GOARCH;
  return OSMatches(First) || First == GOARCH;
}

/// The directory of the main package: --dir, or the package below it when
/// it is given as a directory. Empty for an import path (go list knows).
std::string packageDir(DoctorContext &C) {
  SmallString<256> Dir(C.dir());
  if (const std::optional<std::string> &P = C.intent().Package) {
    if (!StringRef(*P).starts_with(".") && !sys::path::is_absolute(*P))
      return "";
    if (sys::path::is_absolute(*P))
      Dir = *P;
    else
      sys::path::append(Dir, *P);
  }
  return std::string(Dir);
}

} // namespace

void checkSysoFiles(DoctorContext &C) {
  std::string Dir = packageDir(C);
  if (Dir.empty() || !C.goEnv())
    return;
  StringRef GOOS = C.env("GOOS"), GOARCH = C.env("GOARCH");
  std::string Target = (GOOS + "/" + GOARCH).str();
  std::vector<std::string> Files;
  std::error_code EC;
  for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (sys::path::extension(It->path()) == ".syso")
      Files.push_back(It->path());
  llvm::sort(Files);

  std::optional<std::array<unsigned, 4>> Go =
      parseGoRelease(C.env("GOVERSION"));
  // Go's own linker before Go 1.21 links a COFF object of another machine
  // without a word; an external link (cgo) and later linkers refuse it.
  bool Silent = !C.cgoEnabled() && Go && (*Go)[0] == 1 && (*Go)[1] < 21;
  std::vector<std::pair<std::string, std::string>> Resources;
  for (const std::string &Path : Files) {
    StringRef Name = sys::path::filename(Path);
    if (!nameAdmits(Name, GOOS, GOARCH))
      continue;
    std::optional<CoffObjectInfo> Object = readCoffObject(Path);
    if (!Object || Object->Arch.empty())
      continue;
    SourceLocation Where(Path);
    std::string Named =
        (Name.split('.').first + "_windows_" + Object->Arch + ".syso").str();
    if (GOOS != "windows") {
      // A Windows object in a build for another system.
      DiagnosticBuilder D =
          C.diags().report(diag::warn_doctor_syso_everywhere, Where);
      D << Name << Target;
      D.addNote(diag::note_doctor_syso_name) << Named;
      continue;
    }
    if (Object->Arch != GOARCH) {
      DiagnosticBuilder D =
          C.diags().report(Silent ? diag::warn_doctor_syso_arch_silent
                                  : diag::err_doctor_syso_arch,
                           Where);
      D << Name << Object->Arch << Target;
      if (Silent)
        D << C.env("GOVERSION");
      D.addNote(diag::note_doctor_syso_name) << Named;
      continue;
    }
    if (!Object->Resource.empty())
      Resources.emplace_back(Path, Object->Resource);
  }
  // An external link (cgo) merges the resources; Go's linker takes one.
  if (Resources.size() > 1 && !C.cgoEnabled()) {
    DiagnosticBuilder D = C.diags().report(diag::err_doctor_syso_resources,
                                           SourceLocation(Resources[1].first));
    D << Resources.size() << Target;
    for (const auto &[Path, Section] : Resources)
      D.addNote(diag::note_build_syso_resources, SourceLocation(Path))
          << Section;
  }
}

} // namespace goexe
