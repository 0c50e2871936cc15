//===- GoQuote.h - Go string literals, internal to lib/Go -------*- C++ -*-===//
///
/// \file
/// The part of the Go literal decoder that the modinfo parser needs beyond
/// the public functions: decoding a literal that has text after it, and
/// quoting one rune the way its error messages do.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_LIB_GO_GOQUOTE_H
#define GOEXE_LIB_GO_GOQUOTE_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>

namespace goexe {

/// A Go literal decoded from the start of a string.
struct GoLiteralPrefix {
  std::string Value;
  size_t Length = 0; ///< Bytes of the literal, both quotes included.
};

/// Decodes the "...", `...` or '...' literal at the start of \p In
/// (strconv.QuotedPrefix followed by strconv.Unquote); std::nullopt when
/// \p In does not start with a valid literal.
std::optional<GoLiteralPrefix> unquoteGoPrefix(llvm::StringRef In);

/// strconv.QuoteRune: \p Rune as a '...' literal, U+FFFD when it is not a
/// valid rune.
std::string quoteGoRune(uint32_t Rune);

} // namespace goexe

#endif
