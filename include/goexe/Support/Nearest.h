//===- Nearest.h - The known word a misspelt one means ----------*- C++ -*-===//
///
/// \file
/// "Did you mean": the options, commands and groups all suggest the same
/// way.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_SUPPORT_NEAREST_H
#define GOEXE_SUPPORT_NEAREST_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace goexe {

/// The candidate fewest edits away from \p Word, if one is at most
/// \p MaxDistance edits away; the first of equals.
std::optional<llvm::StringRef>
nearestWord(llvm::StringRef Word, llvm::ArrayRef<llvm::StringRef> Candidates,
            unsigned MaxDistance);

} // namespace goexe

#endif
