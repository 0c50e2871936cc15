//===- JSONUtil.h - JSON helpers for text taken from inputs -----*- C++ -*-===//

#ifndef GOEXE_SUPPORT_JSONUTIL_H
#define GOEXE_SUPPORT_JSONUTIL_H

#include "llvm/Support/JSON.h"

#include <vector>

namespace goexe {

/// A JSON string from bytes that may not be UTF-8 (they come from files):
/// invalid sequences become U+FFFD instead of tripping llvm::json's assert.
inline llvm::json::Value jsonString(llvm::StringRef S) {
  if (llvm::json::isUTF8(S))
    return S.str();
  return llvm::json::fixUTF8(S);
}

/// Deeper nesting than any file goexe reads or writes has (docs/limits.md).
constexpr unsigned MaxJSONDepth = 64;

/// llvm::json::parse, but an error for nesting deeper than MaxJSONDepth:
/// its parser recurses once per level, and a file of a million '[' would
/// overflow the stack.
llvm::Expected<llvm::json::Value> parseJSON(llvm::StringRef Text);

/// Splits a stream of JSON objects or arrays written one after another
/// (what `go list -json` prints) into the text of each, refusing nesting
/// deeper than MaxJSONDepth as parseJSON does.
llvm::Expected<std::vector<llvm::StringRef>>
splitJSONStream(llvm::StringRef Stream);

} // namespace goexe

#endif
