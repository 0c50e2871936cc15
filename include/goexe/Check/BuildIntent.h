//===- BuildIntent.h - What the build asked for -----------------*- C++ -*-===//
///
/// \file
/// The statement of intent `goexe check` compares an executable with. It
/// comes from the JSON manifest that go_executable() writes
/// (docs/manifest.md), from command-line options, or both (options win).
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_CHECK_BUILDINTENT_H
#define GOEXE_CHECK_BUILDINTENT_H

#include "goexe/Diag/Diagnostic.h"

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

struct BuildIntent {
  std::optional<std::string> GOOS;
  std::optional<std::string> GOARCH;
  /// Each -ldflags the build passed, in order; as in `go build`, the last
  /// one wins.
  std::vector<std::string> Ldflags;
  std::optional<bool> Trimpath;
  std::optional<bool> Cgo;
  bool Static = false;
  /// "7", "8", "8.1", "10" or "11".
  std::optional<std::string> MinWindows;
  /// "v1".."v4" for amd64, "5".."7" for arm, "sse2"/"softfloat" for 386.
  std::optional<std::string> CpuBaseline;
  std::vector<std::string> DllPaths;
  /// Absolute paths of the build (module root, GOROOT, module cache, home)
  /// that must not occur in a -trimpath build.
  std::vector<std::string> BuildPaths;
  /// The path the executable will have once the check passes (the build
  /// writes it under a temporary name first).
  std::optional<std::string> Output;
  /// The go_executable( call that diagnostics point at.
  std::optional<SourceLocation> CallSite;
  /// The manifest says this is the output of a Go build.
  bool IsGoBuild = false;
  /// -W options from the manifest, applied before the command line's.
  std::vector<std::string> WarningOptions;
};

/// Reads a manifest into \p Intent. Errors name the key that is wrong.
llvm::Error readManifest(llvm::StringRef Path, BuildIntent &Intent);

/// Parses the manifest text (for tests and for readManifest).
llvm::Error parseManifest(llvm::StringRef Text, BuildIntent &Intent);

/// Windows releases as the NT version their headers use: "7" -> 6.1.
std::optional<std::pair<unsigned, unsigned>>
windowsNTVersion(llvm::StringRef Release);

} // namespace goexe

#endif
