//===- ToolchainChecks.cpp - The go toolchain against the build -----------===//
///
/// \file
/// The go command against go.mod's go and toolchain lines, and the target
/// pair against `go tool dist list`.
///
//===----------------------------------------------------------------------===//

#include "goexe/Build/SourceScan.h"
#include "goexe/Doctor/Doctor.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace goexe {

std::optional<std::array<unsigned, 4>> parseGoRelease(StringRef V) {
  V = V.trim();
  V.consume_front("devel ");
  V.consume_front("go");
  // "1.23-abcdef ..." of a development build: the release it leads to.
  V = V.take_until([](char C) { return C == ' ' || C == '-'; });
  if (V.empty() || !isDigit(V.front()))
    return std::nullopt;
  std::array<unsigned, 4> Release = {0, 0, 0, 1};
  StringRef Rest = V;
  for (unsigned I = 0; I < 3 && !Rest.empty(); ++I) {
    StringRef Digits = Rest.take_while(isDigit);
    if (Digits.empty() || Digits.getAsInteger(10, Release[I]))
      return std::nullopt;
    Rest = Rest.drop_front(Digits.size());
    if (!Rest.consume_front("."))
      break;
  }
  // "1.21rc2", "1.22beta1" and the bare language version "1.21" come before
  // the release "1.21.0".
  if (!Rest.empty()) {
    if (!Rest.starts_with("rc") && !Rest.starts_with("beta"))
      return std::nullopt;
    Release[3] = 0;
  } else if (count(V, '.') < 2) {
    Release[3] = 0;
  }
  return Release;
}

namespace {

/// "go1.26.8" -> "go1.26.8"; the go command's version as it names itself.
StringRef goVersion(DoctorContext &C) { return C.env("GOVERSION"); }

void checkGoModVersion(DoctorContext &C) {
  StringRef GoMod = C.env("GOMOD");
  if (GoMod.empty() || GoMod == "/dev/null" || GoMod == "NUL")
    return;
  std::optional<std::array<unsigned, 4>> Have = parseGoRelease(goVersion(C));
  if (!Have)
    return;
  // Go 1.21 made the go line a requirement, and the toolchain line a
  // toolchain to switch to; older go commands build any go line.
  bool Switches = (*Have)[0] > 1 || (*Have)[1] >= 21;
  std::optional<GoModDirective> GoLine = findGoModDirective(GoMod, "go");
  std::optional<GoModDirective> Toolchain =
      findGoModDirective(GoMod, "toolchain");
  auto At = [&](const GoModDirective &D) {
    return SourceLocation(GoMod.str(), D.Pos.Line, D.Pos.Column);
  };
  auto Newer = [&](const std::optional<GoModDirective> &D) {
    if (!D)
      return false;
    std::optional<std::array<unsigned, 4>> Want = parseGoRelease(D->Value);
    return Want && *Want > *Have;
  };
  StringRef Toolchains = C.userToolchain();
  bool Local = Toolchains == "local";
  if (Newer(GoLine)) {
    if (!Switches) {
      C.diags().report(diag::warn_doctor_go_ignores_version, At(*GoLine))
          << GoLine->Value << goVersion(C);
    } else if (Local) {
      DiagnosticBuilder D =
          C.diags().report(diag::err_doctor_go_too_old, At(*GoLine));
      D << GoLine->Value << goVersion(C) << Toolchains;
      D.addNote(diag::note_doctor_install_go) << GoLine->Value;
    } else {
      DiagnosticBuilder D =
          C.diags().report(diag::warn_doctor_go_download, At(*GoLine));
      D << ("go " + GoLine->Value) << goVersion(C) << Toolchains;
      D.addNote(diag::note_doctor_download_offline);
    }
    return;
  }
  // A toolchain line only matters where the go command switches.
  if (Switches && !Local && Newer(Toolchain) && Toolchain->Value != "default") {
    DiagnosticBuilder D =
        C.diags().report(diag::warn_doctor_go_download, At(*Toolchain));
    D << Toolchain->Value << goVersion(C) << Toolchains;
    D.addNote(diag::note_doctor_download_offline);
  }
}

void checkTargetPair(DoctorContext &C) {
  const StringMap<bool> *Dist = C.distList();
  if (!Dist)
    return;
  std::string Target = (C.env("GOOS") + "/" + C.env("GOARCH")).str();
  auto It = Dist->find(Target);
  if (It == Dist->end()) {
    C.diags().report(diag::err_doctor_unsupported_target, C.where())
        << goVersion(C) << Target;
    return;
  }
  if (C.cgoEnabled() && !It->second) {
    DiagnosticBuilder D =
        C.diags().report(diag::err_doctor_cgo_unsupported, C.where());
    D << goVersion(C) << Target;
    D.addNote(diag::note_doctor_cgo_off);
  }
}

} // namespace

void checkGoToolchain(DoctorContext &C) {
  if (C.goBinary().empty() || !C.goEnv())
    return;
  checkGoModVersion(C);
  checkTargetPair(C);
}

} // namespace goexe
