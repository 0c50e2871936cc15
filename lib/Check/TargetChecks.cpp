//===- TargetChecks.cpp - Is this the executable the build asked for? -----===//
///
/// \file
/// The format and machine against GOOS/GOARCH, the .exe suffix, the build
/// info, the oldest Windows that must run it, and the CPU baseline.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/Checks.h"
#include "goexe/Check/Vocabulary.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

namespace {

ExecutableFormat formatForGOOS(StringRef GOOS) {
  if (GOOS == "windows")
    return ExecutableFormat::PE;
  if (GOOS == "darwin" || GOOS == "ios")
    return ExecutableFormat::MachO;
  return ExecutableFormat::ELF;
}

StringRef describe(ExecutableFormat F) {
  switch (F) {
  case ExecutableFormat::PE:
    return "a PE (Windows)";
  case ExecutableFormat::ELF:
    return "an ELF";
  case ExecutableFormat::MachO:
    return "a Mach-O (Apple)";
  }
  llvm_unreachable("unknown format");
}

} // namespace

std::optional<unsigned> goMinorVersion(StringRef Version) {
  size_t At = Version.find("go1.");
  if (At == StringRef::npos)
    return std::nullopt;
  StringRef Digits = Version.drop_front(At + 4).take_while(isDigit);
  unsigned Minor;
  if (Digits.getAsInteger(10, Minor))
    return std::nullopt;
  return Minor;
}

namespace {

void checkBuildInfo(const CheckContext &C) {
  if (C.Go)
    return;
  DiagnosticBuilder D = C.Diags.report(
      C.Intent.isGoBuild() ? diag::err_no_buildinfo : diag::warn_no_buildinfo,
      C.Where);
  D << C.fileName();
  if (C.Exe.PE && C.Exe.PE->HasUPXMarkers)
    D.addNote("it is packed by UPX (UPX sections or the UPX! magic): the "
              "packer hides the build info from every tool that reads it, "
              "and packing after signing breaks the signature");
}

void checkFormatAndArch(const CheckContext &C) {
  if (C.Intent.GOOS) {
    ExecutableFormat Want = formatForGOOS(*C.Intent.GOOS);
    if (C.Exe.Format != Want) {
      C.Diags.report(diag::err_target_format, C.Where)
          << C.fileName() << describe(C.Exe.Format)
          << ("GOOS=" + *C.Intent.GOOS + ", which needs " +
              describe(Want).drop_front(describe(Want).find(' ') + 1));
      return;
    }
  }
  if (C.Intent.GOARCH && C.Exe.GOARCH != *C.Intent.GOARCH) {
    DiagnosticBuilder D = C.Diags.report(diag::err_target_arch, C.Where);
    D << C.fileName()
      << (C.Exe.GOARCH.empty() ? std::string("an unknown machine")
                               : "GOARCH=" + C.Exe.GOARCH)
      << *C.Intent.GOARCH;
    if (std::optional<StringRef> Recorded = C.setting("GOARCH"))
      D.addNote("the build info records GOARCH=" + *Recorded +
                ": set GOARCH in the build's environment, not only in the "
                "check");
  }
}

void checkExeSuffix(const CheckContext &C) {
  bool ForWindows = C.Intent.GOOS ? *C.Intent.GOOS == "windows"
                                  : C.Exe.Format == ExecutableFormat::PE;
  StringRef Name = C.fileName();
  if (ForWindows && !Name.ends_with_insensitive(".exe"))
    C.Diags.report(diag::warn_exe_suffix, C.Where) << Name;
}

void checkMinWindows(const CheckContext &C) {
  if (!C.Intent.MinWindows || !C.Exe.PE)
    return;
  std::optional<std::pair<unsigned, unsigned>> NT =
      windowsNTVersion(*C.Intent.MinWindows);
  if (!NT)
    return;
  StringRef Release = *C.Intent.MinWindows;
  std::string NTName = "NT " + utostr(NT->first) + "." + utostr(NT->second);

  if (C.Go && NT->first < 10) {
    std::optional<unsigned> Minor = goMinorVersion(C.Go->GoVersion);
    if (Minor && *Minor >= 21) {
      DiagnosticBuilder D = C.Diags.report(diag::err_min_windows_go, C.Where);
      D << C.fileName() << C.Go->GoVersion << Release;
      D.addNote("Go 1.20 is the last release that runs on Windows 7, 8 and "
                "8.1 (go.dev/doc/go1.21#ports); the header still says " +
                utostr(C.Exe.PE->MajorSubsystemVersion) + "." +
                utostr(C.Exe.PE->MinorSubsystemVersion) +
                ", so only the Go version tells");
      D.addNote("build with Go 1.20 (GOTOOLCHAIN=go1.20.14), or raise the "
                "minimum to Windows 10");
    }
  }

  // The loader refuses an image whose subsystem version is above the
  // running Windows; the OS version field is informational.
  const PEDetails &PE = *C.Exe.PE;
  std::pair<unsigned, unsigned> Subsystem(PE.MajorSubsystemVersion,
                                          PE.MinorSubsystemVersion);
  if (Subsystem > *NT)
    C.Diags.report(diag::err_min_windows_header, C.Where)
        << C.fileName() << "subsystem"
        << (utostr(Subsystem.first) + "." + utostr(Subsystem.second)) << Release
        << NTName;
}

} // namespace

namespace {

void checkCpuBaseline(const CheckContext &C) {
  if (!C.Intent.CpuBaseline)
    return;
  StringRef GOARCH = C.Exe.GOARCH;
  StringRef Variable = cpuLevelVariable(GOARCH);
  std::optional<StringRef> Built =
      Variable.empty() ? std::nullopt : C.setting(Variable);
  if (!Built)
    return;
  // A level of another GOARCH (v3 asked for an arm build) says nothing.
  if (!cpuLevelRuns(GOARCH, *C.Intent.CpuBaseline, *Built).value_or(true)) {
    DiagnosticBuilder D = C.Diags.report(diag::err_cpu_baseline, C.Where);
    D << C.fileName() << Variable << *Built << *C.Intent.CpuBaseline;
    D.addNote("the Go runtime checks the CPU at start-up and exits with a "
              "message where the CPU lacks the instructions " +
              Variable + "=" + *Built + " assumes");
    D.addNote("build with " + Variable + "=" + *C.Intent.CpuBaseline +
              " in the environment (the build info records " + Variable + "=" +
              *Built + ")");
  }
}

} // namespace

void checkTarget(const CheckContext &C) {
  checkBuildInfo(C);
  checkFormatAndArch(C);
  checkExeSuffix(C);
  checkMinWindows(C);
  checkCpuBaseline(C);
}

} // namespace goexe
