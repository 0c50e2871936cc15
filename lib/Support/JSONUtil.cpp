//===- JSONUtil.cpp - JSON helpers for text taken from inputs -------------===//

#include "goexe/Support/JSONUtil.h"

#include "llvm/ADT/STLFunctionalExtras.h"

using namespace llvm;

namespace goexe {

/// Walks the brackets of \p Text outside its strings, calling \p OnValue
/// with each complete top-level array or object. As a stream (\p Stream),
/// anything else at the top level or unbalanced is an error; otherwise that
/// is left to json::parse, which says it better.
static Error walkJSON(StringRef Text, bool Stream,
                      function_ref<void(StringRef)> OnValue) {
  size_t Start = 0;
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I; // The escaped character cannot end the string.
      else if (C == '"')
        InString = false;
      continue;
    }
    switch (C) {
    case '"':
      InString = true;
      break;
    case '{':
    case '[':
      if (Depth == MaxJSONDepth)
        return createStringError(inconvertibleErrorCode(),
                                 "nested deeper than %u levels (at byte %zu)",
                                 MaxJSONDepth, I);
      if (Depth++ == 0)
        Start = I;
      break;
    case '}':
    case ']':
      if (Depth == 0) {
        if (!Stream)
          break;
        return createStringError(inconvertibleErrorCode(),
                                 "unbalanced '%c' at offset %zu", C, I);
      }
      if (--Depth == 0)
        OnValue(Text.slice(Start, I + 1));
      break;
    case ' ':
    case '\t':
    case '\r':
    case '\n':
      break;
    default:
      if (Depth == 0 && Stream)
        return createStringError(inconvertibleErrorCode(),
                                 "unexpected '%c' at offset %zu", C, I);
    }
  }
  if (Stream && (Depth != 0 || InString))
    return createStringError(inconvertibleErrorCode(),
                             "the output ends inside a JSON value");
  return Error::success();
}

Expected<json::Value> parseJSON(StringRef Text) {
  if (Error E = walkJSON(Text, /*Stream=*/false, [](StringRef) {}))
    return E;
  return json::parse(Text);
}

Expected<std::vector<StringRef>> splitJSONStream(StringRef Stream) {
  std::vector<StringRef> Values;
  if (Error E = walkJSON(Stream, /*Stream=*/true,
                         [&](StringRef V) { Values.push_back(V); }))
    return E;
  return Values;
}

} // namespace goexe
