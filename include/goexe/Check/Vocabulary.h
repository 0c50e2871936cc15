//===- Vocabulary.h - The values an intent field may take -------*- C++ -*-===//
///
/// \file
/// CPU levels and Windows releases, from Vocabulary.def: the one place that
/// says which values exist, how they order, and what is wrong with another.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_CHECK_VOCABULARY_H
#define GOEXE_CHECK_VOCABULARY_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <utility>

namespace goexe {

/// Windows releases as the NT version their headers use: "7" -> 6.1.
std::optional<std::pair<unsigned, unsigned>>
windowsNTVersion(llvm::StringRef Release);

/// The environment variable that holds \p GOARCH's CPU level (GOAMD64...);
/// empty when Go has none that goexe knows.
llvm::StringRef cpuLevelVariable(llvm::StringRef GOARCH);

/// Whether \p Level, with its suffixes, is one Go takes for \p GOARCH.
bool isCpuLevel(llvm::StringRef GOARCH, llvm::StringRef Level);

/// Whether a CPU of level \p Target runs code built for \p Built, both of
/// \p GOARCH, by Go's rules (internal/buildcfg: GOARM64 v9.x includes
/// v8.(x+5); GOARM 6 and 7 mean hardfloat, 5 softfloat, unless a suffix
/// says otherwise); std::nullopt when either is not a level.
std::optional<bool> cpuLevelRuns(llvm::StringRef GOARCH, llvm::StringRef Target,
                                 llvm::StringRef Built);

/// Validators for Intent.def: std::nullopt when \p Value is fine, else what
/// it should be.
std::optional<std::string> checkWindowsRelease(llvm::StringRef Value);
std::optional<std::string> checkCpuLevel(llvm::StringRef Value);

} // namespace goexe

#endif
