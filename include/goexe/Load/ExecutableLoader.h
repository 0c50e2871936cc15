//===- ExecutableLoader.h - One way to read an executable -------*- C++ -*-===//
///
/// \file
/// Every subcommand reads an executable through loadExecutable(): the file,
/// each image, the damage its reader read past and the Go build info, each
/// problem reported once and the same way, so that check, inspect and the
/// commands to come see the same file alike.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_LOAD_EXECUTABLELOADER_H
#define GOEXE_LOAD_EXECUTABLELOADER_H

#include "goexe/Diag/Diagnostic.h"
#include "goexe/Go/BuildInfo.h"
#include "goexe/Object/Executable.h"

#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <optional>
#include <vector>

namespace goexe {

/// One image and what was learnt about it.
struct LoadedImage {
  const Executable *Exe;
  std::optional<GoBuildInfo> Go; ///< std::nullopt: not built by Go
};

/// A file with its images; the images point into File, so a LoadedFile
/// does not move (loadExecutable() hands out a unique_ptr).
struct LoadedFile {
  ExecutableFile File;
  std::vector<LoadedImage> Images;

  LoadedFile() = default;
  LoadedFile(const LoadedFile &) = delete;
  LoadedFile &operator=(const LoadedFile &) = delete;
};

/// Reads \p Path. Damage to an image (-Wmalformed-executable) and to its
/// build info (-Wmalformed-buildinfo, also a modinfo that does not parse)
/// is reported at \p Path and the rest is still read; a file that cannot be
/// read at all is an error, and then nullptr comes back.
std::unique_ptr<LoadedFile> loadExecutable(DiagnosticEngine &Diags,
                                           llvm::StringRef Path);

/// The same for bytes in memory (the fuzzers); diagnostics name the
/// buffer's identifier.
std::unique_ptr<LoadedFile>
loadExecutableBuffer(DiagnosticEngine &Diags,
                     std::unique_ptr<llvm::MemoryBuffer> Buffer);

/// Reports the damage a reader read past, each sentence once, and one line
/// for what the log did not keep.
void reportDamage(DiagnosticEngine &Diags, const SourceLocation &Where,
                  const DamageLog &Damage);

} // namespace goexe

#endif
