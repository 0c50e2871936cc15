//===- CCompilerChecks.cpp - cgo's C and C++ compilers --------------------===//
///
/// \file
/// With cgo on, go build runs CC (and CXX for C++ files) for the target.
/// A compiler that is missing, is MSVC or compiles for another platform
/// fails deep in runtime/cgo; a static build without libc.a fails in the
/// link. Each is predicted here from the compiler itself.
///
//===----------------------------------------------------------------------===//

#include "goexe/Build/SourceScan.h"
#include "goexe/Doctor/Doctor.h"
#include "goexe/Go/LinkerFlags.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

using namespace llvm;

namespace goexe {

std::pair<std::string, std::string> goTargetOfTriple(StringRef Triple) {
  SmallVector<StringRef, 4> Parts;
  Triple.split(Parts, '-');
  StringRef Arch = Parts.empty() ? "" : Parts.front();
  std::string GOARCH = StringSwitch<std::string>(Arch)
                           .Cases("x86_64", "amd64", "amd64")
                           .Cases("i386", "i486", "i586", "i686", "386")
                           .Cases("aarch64", "arm64", "arm64")
                           .Case("riscv64", "riscv64")
                           .Case("powerpc64le", "ppc64le")
                           .Case("powerpc64", "ppc64")
                           .Case("s390x", "s390x")
                           .Case("loongarch64", "loong64")
                           .Default(Arch.starts_with("arm") ? "arm" : "");
  std::string GOOS;
  if (Triple.contains("mingw") || Triple.contains("windows"))
    GOOS = "windows";
  else if (Triple.contains("android"))
    GOOS = "android";
  else if (Triple.contains("linux"))
    GOOS = "linux";
  else if (Triple.contains("darwin") || Triple.contains("macos"))
    GOOS = "darwin";
  else if (Triple.contains("freebsd"))
    GOOS = "freebsd";
  else if (Triple.contains("netbsd"))
    GOOS = "netbsd";
  else if (Triple.contains("openbsd"))
    GOOS = "openbsd";
  return {GOOS, GOARCH};
}

namespace {

bool isMsvc(StringRef Program) {
  std::string Name = sys::path::filename(Program).lower();
  StringRef Stem = Name;
  Stem.consume_back(".exe");
  return Stem == "cl" || Stem == "clang-cl";
}

/// The file names of a package directory that go build hands to CXX.
bool hasCxxFiles(StringRef Dir) {
  std::error_code EC;
  for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    StringRef Ext = sys::path::extension(It->path());
    if (Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx")
      return true;
  }
  return false;
}

/// One compiler, CC or CXX: false when it is unusable (reported).
bool checkCompiler(DoctorContext &C, StringRef Variable, StringRef Command,
                   bool IsCxx) {
  std::string Target = (C.env("GOOS") + "/" + C.env("GOARCH")).str();
  StringRef Kind = IsCxx ? "C++" : "C";
  Expected<std::vector<std::string>> Words = splitGoQuoted(Command);
  if (!Words || Words->empty()) {
    if (!Words)
      consumeError(Words.takeError()); // go reports the same quoting
    C.diags().report(diag::err_doctor_cc_missing, C.where())
        << Kind << Command << Variable;
    return false;
  }
  StringRef Program = Words->front();
  auto [MingwCC, MingwCXX] = mingwCompilers(C.env("GOARCH"));
  StringRef Mingw = IsCxx ? MingwCXX : MingwCC;
  if (isMsvc(Program)) {
    DiagnosticBuilder D = C.diags().report(diag::err_doctor_cc_msvc, C.where());
    D << Command << Variable;
    D.addNote(diag::note_doctor_use_compiler)
        << Mingw << Target
        << "MinGW-w64's gcc, or llvm-mingw's clang, which also make PE "
           "files for Windows";
    return false;
  }
  // findProgramByName takes a path as it is: it must also run.
  ErrorOr<std::string> Found = sys::findProgramByName(Program);
  if (!Found || !sys::fs::can_execute(*Found)) {
    DiagnosticBuilder D =
        C.diags().report(diag::err_doctor_cc_missing, C.where());
    D << Kind << Command << Variable;
    if (C.env("GOOS") == "windows")
      D.addNote(diag::note_doctor_use_compiler)
          << Mingw << Target << "MinGW-w64 (Debian: gcc-mingw-w64)";
    return false;
  }
  std::optional<std::string> Machine = C.runCompiler(Command, {"-dumpmachine"});
  if (!Machine)
    return true; // A compiler that cannot say is taken at its word.
  auto [GOOS, GOARCH] = goTargetOfTriple(*Machine);
  bool OSDiffers = !GOOS.empty() && GOOS != C.env("GOOS") &&
                   !(GOOS == "linux" && C.env("GOOS") == "android");
  bool ArchDiffers = !GOARCH.empty() && GOARCH != C.env("GOARCH");
  if (!OSDiffers && !ArchDiffers)
    return true;
  DiagnosticBuilder D = C.diags().report(diag::err_doctor_cc_target, C.where());
  D << Command << Variable << *Machine << Target;
  if (C.env("GOOS") == "windows" && GOOS != "windows")
    D.addNote(diag::note_doctor_mthreads);
  else
    D.addNote(diag::note_doctor_wrong_objects) << Target;
  if (C.env("GOOS") == "windows")
    D.addNote(diag::note_doctor_use_compiler)
        << Mingw << Target << "MinGW-w64 (Debian: gcc-mingw-w64)";
  return false;
}

/// A static cgo build for Linux links libc.a.
void checkStaticLibc(DoctorContext &C, StringRef Command) {
  if (!C.intent().isStatic() || C.env("GOOS") != "linux")
    return;
  std::optional<std::string> Path =
      C.runCompiler(Command, {"-print-file-name=libc.a"});
  // Without the file, the compiler prints the name back.
  if (!Path || *Path != "libc.a")
    return;
  DiagnosticBuilder D =
      C.diags().report(diag::err_doctor_static_libc, C.where());
  D << Command;
  D.addNote(diag::note_doctor_cannot_find_lc);
}

} // namespace

void checkCCompilers(DoctorContext &C) {
  if (C.goBinary().empty() || !C.goEnv() || !C.cgoEnabled())
    return;
  // A target without cgo has been reported; its compiler does not matter.
  if (const StringMap<bool> *Dist = C.distList()) {
    auto It = Dist->find((C.env("GOOS") + "/" + C.env("GOARCH")).str());
    if (It == Dist->end() || !It->second)
      return;
  }
  StringRef CC = C.env("CC");
  if (CC.empty())
    CC = "gcc";
  if (checkCompiler(C, "CC", CC, /*IsCxx=*/false))
    checkStaticLibc(C, CC);
  // CXX matters where C++ is compiled: asked for, or C++ files in the
  // package.
  if (C.intent().CXX || hasCxxFiles(C.dir())) {
    StringRef CXX = C.env("CXX");
    checkCompiler(C, "CXX", CXX.empty() ? StringRef("g++") : CXX,
                  /*IsCxx=*/true);
  }
}

} // namespace goexe
