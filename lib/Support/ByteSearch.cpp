//===- ByteSearch.cpp - Find several strings in a large file --------------===//

#include "goexe/Support/ByteSearch.h"

#include "llvm/ADT/SmallVector.h"

#include <cstring>

using namespace llvm;

namespace goexe {

void forEachOccurrence(StringRef Haystack, ArrayRef<StringRef> Needles,
                       function_ref<void(size_t, size_t)> OnMatch) {
  bool Done[256] = {};
  for (size_t First = 0; First < Needles.size(); ++First) {
    if (Needles[First].empty())
      continue;
    unsigned char Lead = Needles[First].front();
    if (Done[Lead])
      continue;
    Done[Lead] = true;
    SmallVector<size_t, 4> Group;
    for (size_t I = First; I < Needles.size(); ++I)
      if (!Needles[I].empty() && (unsigned char)Needles[I].front() == Lead)
        Group.push_back(I);

    const char *Begin = Haystack.data();
    const char *End = Begin + Haystack.size();
    for (const char *P = Begin;
         P < End &&
         (P = static_cast<const char *>(std::memchr(P, Lead, size_t(End - P))));
         ++P) {
      for (size_t I : Group) {
        StringRef Needle = Needles[I];
        // Most hits of a common lead byte fail on the next one: test it
        // before paying for a memcmp call.
        if (size_t(End - P) < Needle.size() ||
            (Needle.size() > 1 && P[1] != Needle[1]))
          continue;
        if (std::memcmp(P + 1, Needle.data() + 1, Needle.size() - 1) == 0)
          OnMatch(I, size_t(P - Begin));
      }
    }
  }
}

} // namespace goexe
