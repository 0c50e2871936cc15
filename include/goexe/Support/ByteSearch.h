//===- ByteSearch.h - Find several strings in a large file ------*- C++ -*-===//
///
/// \file
/// The checks that read a whole 20 MB executable (path leaks, -X values)
/// look for a handful of strings at once. One memchr pass per distinct
/// first byte, comparing only at its hits, runs at memory speed; a
/// Boyer-Moore-Horspool search per string was ten times slower here.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_SUPPORT_BYTESEARCH_H
#define GOEXE_SUPPORT_BYTESEARCH_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

namespace goexe {

/// Calls \p OnMatch(NeedleIndex, Offset) for every occurrence of every
/// non-empty needle in \p Haystack (overlapping ones included). Offsets
/// ascend for each needle, not across needles.
void forEachOccurrence(
    llvm::StringRef Haystack, llvm::ArrayRef<llvm::StringRef> Needles,
    llvm::function_ref<void(size_t NeedleIndex, size_t Offset)> OnMatch);

} // namespace goexe

#endif
