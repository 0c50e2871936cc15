//===- JSONUtil.cpp - JSON helpers for text taken from inputs -------------===//

#include "goexe/Support/JSONUtil.h"

using namespace llvm;

namespace goexe {

Expected<json::Value> parseJSON(StringRef Text) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > MaxJSONDepth)
        return createStringError(inconvertibleErrorCode(),
                                 "nested deeper than " + Twine(MaxJSONDepth) +
                                     " levels (at byte " + Twine(I) + ")");
    } else if ((C == ']' || C == '}') && Depth) {
      --Depth;
    }
  }
  return json::parse(Text);
}

} // namespace goexe
