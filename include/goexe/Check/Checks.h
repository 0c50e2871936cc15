//===- Checks.h - The checks of `goexe check` -------------------*- C++ -*-===//
///
/// \file
/// One function per family of checks, each in its own file under lib/Check.
/// They report through the engine at CheckContext::Where: the go_executable(
/// call site when the manifest gives one, else the executable's path.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_CHECK_CHECKS_H
#define GOEXE_CHECK_CHECKS_H

#include "goexe/Check/BuildIntent.h"
#include "goexe/Go/BuildInfo.h"
#include "goexe/Go/LinkerFlags.h"
#include "goexe/Object/Executable.h"

namespace goexe {

struct CheckContext {
  const ExecutableFile &File;
  const Executable &Exe;
  const std::optional<GoBuildInfo> &Go;
  const BuildIntent &Intent;
  /// The -ldflags that reached the linker (the last one given).
  const LinkerFlags &Flags;
  DiagnosticEngine &Diags;
  SourceLocation Where;

  /// The executable's name, as messages quote it.
  llvm::StringRef fileName() const;
  /// A build setting from the build info.
  std::optional<llvm::StringRef> setting(llvm::StringRef Key) const;
  /// Where strings can be: the file bytes of the sections that are not
  /// code (Go and C keep strings in read-only data), symbol tables,
  /// relocations or compressed DWARF, and the first MaxOverlaySearched
  /// bytes of a PE's overlay; the whole image when it has no section
  /// headers. Sorted, without overlaps.
  std::vector<FileRange> dataRanges() const;
  static constexpr uint64_t MaxOverlaySearched = 16 << 20;
};

/// Format and architecture against GOOS/GOARCH, the .exe suffix, the
/// minimum Windows version, the CPU baseline and the build info itself.
void checkTarget(const CheckContext &C);
/// -ldflags: overridden ones, -s/-w, -H=windowsgui, -X.
void checkLinkerFlags(const CheckContext &C);
/// The promise of a static (or cgo-free) executable.
void checkStatic(const CheckContext &C);
/// Absolute build paths in a -trimpath build.
void checkPathLeaks(const CheckContext &C);
/// PE header sanity: entry point, checksum, layout, W+X, mitigations,
/// overlay.
void checkPEHeaders(const CheckContext &C);

/// Whether some DWARF was written by a C compiler (gcc and clang keep their
/// strings in .debug_str and .debug_line_str; Go's linker writes none).
bool hasCompilerDWARF(const Executable &Exe);

/// The minor version of a Go release string: "go1.21.3" -> 21. Development
/// builds ("devel go1.22-abcdef ...") count as the release they lead to.
std::optional<unsigned> goMinorVersion(llvm::StringRef Version);

inline void runAllChecks(const CheckContext &C) {
  checkTarget(C);
  checkLinkerFlags(C);
  checkStatic(C);
  checkPathLeaks(C);
  checkPEHeaders(C);
}

} // namespace goexe

#endif
