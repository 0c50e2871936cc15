//===- Printable.cpp - Text from inputs, made safe to print ---------------===//

#include "goexe/Support/Printable.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

using namespace llvm;

namespace goexe {

std::string printable(StringRef S, bool KeepLineBreaks) {
  auto IsPlain = [&](unsigned char C) {
    return C == '\t' || (C == '\n' && KeepLineBreaks) ||
           (C >= 0x20 && C < 0x7f);
  };
  // The common case, clean text, costs one scan and one copy.
  if (all_of(S, [&](char C) { return IsPlain(C); }))
    return S.str();
  std::string Out;
  Out.reserve(S.size());
  const auto *P = reinterpret_cast<const UTF8 *>(S.begin());
  const auto *End = reinterpret_cast<const UTF8 *>(S.end());
  while (P < End) {
    unsigned Length = getNumBytesForUTF8(*P);
    if (Length > 1 && Length <= End - P && isLegalUTF8Sequence(P, P + Length)) {
      Out.append(reinterpret_cast<const char *>(P), Length);
      P += Length;
      continue;
    }
    if (IsPlain(*P)) {
      Out += char(*P);
    } else {
      Out += "\\x";
      Out += hexdigit(*P >> 4, /*LowerCase=*/true);
      Out += hexdigit(*P & 15, /*LowerCase=*/true);
    }
    ++P;
  }
  return Out;
}

} // namespace goexe
