//===- Doctor.h - What will break before go build runs ----------*- C++ -*-===//
///
/// \file
/// goexe doctor asks the real toolchain (go env, go tool dist list, the C
/// compiler) about the build the intent describes and predicts the
/// failures that would otherwise surface deep in runtime/cgo or the linker.
/// It changes no file and no cache: go runs with GOTOOLCHAIN=local, so it
/// never downloads a toolchain.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_DOCTOR_DOCTOR_H
#define GOEXE_DOCTOR_DOCTOR_H

#include "goexe/Check/BuildIntent.h"
#include "goexe/Diag/Diagnostic.h"

#include "llvm/ADT/StringMap.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace goexe {

/// What goexe doctor learnt from the toolchain, asked once each.
class DoctorContext {
public:
  /// \p Dir is the module or package directory the build runs in.
  DoctorContext(DiagnosticEngine &Diags, const BuildIntent &Intent,
                std::string Dir);

  DiagnosticEngine &diags() { return Diags; }
  const BuildIntent &intent() const { return Intent; }
  llvm::StringRef dir() const { return Dir; }
  /// Where a finding without a source position is reported: the
  /// go_executable( call, or nowhere.
  SourceLocation where() const;

  /// The go binary, or "" when there is none (reported once).
  llvm::StringRef goBinary();
  /// `go env -json` under the target's environment; nullptr when it could
  /// not run (reported once).
  const llvm::StringMap<std::string> *goEnv();
  /// A variable of goEnv(), or "".
  llvm::StringRef env(llvm::StringRef Name);
  bool cgoEnabled() { return env("CGO_ENABLED") == "1"; }
  /// The GOTOOLCHAIN of the user's environment (doctor itself runs go with
  /// local): the variable, else the go env file, else "auto".
  llvm::StringRef userToolchain() const { return UserToolchain; }

  /// `go tool dist list -json`: each GOOS/GOARCH and whether it has cgo;
  /// nullptr when it could not run (reported once).
  const llvm::StringMap<bool> *distList();

  /// Runs the C compiler \p Command (CC or CXX: a program and its
  /// arguments, as go splits them) with \p Args; std::nullopt when it
  /// cannot run.
  std::optional<std::string> runCompiler(llvm::StringRef Command,
                                         llvm::ArrayRef<llvm::StringRef> Args);

private:
  DiagnosticEngine &Diags;
  const BuildIntent &Intent;
  std::string Dir;
  std::string UserToolchain;
  std::optional<std::string> Go;
  std::optional<std::optional<llvm::StringMap<std::string>>> Env;
  std::optional<std::optional<llvm::StringMap<bool>>> Dist;
};

/// The toolchain: go missing or older than go.mod asks, the target pair.
void checkGoToolchain(DoctorContext &C);
/// cgo's C and C++ compilers: missing, MSVC, built for another target, and
/// the static C library a static build needs.
void checkCCompilers(DoctorContext &C);

/// The .syso files of the main package against the target.
void checkSysoFiles(DoctorContext &C);
/// -ldflags given more than once, also in GOFLAGS, and GOFLAGS go cannot
/// split.
void checkBuildFlags(DoctorContext &C);

inline void runDoctorChecks(DoctorContext &C) {
  checkGoToolchain(C);
  checkCCompilers(C);
  checkSysoFiles(C);
  checkBuildFlags(C);
}

/// "x86_64-w64-mingw32" -> {"windows", "amd64"}; empty parts when the
/// triple does not say.
std::pair<std::string, std::string> goTargetOfTriple(llvm::StringRef Triple);

/// "go1.22.3", "1.22", "1.21rc2", "devel go1.23-abc" as {1, 22, 3}; a
/// prerelease sorts before its release. std::nullopt when not a version.
std::optional<std::array<unsigned, 4>> parseGoRelease(llvm::StringRef V);

} // namespace goexe

#endif
