//===- Nearest.cpp - The known word a misspelt one means ------------------===//

#include "goexe/Support/Nearest.h"

using namespace llvm;

namespace goexe {

std::optional<StringRef> nearestWord(StringRef Word,
                                     ArrayRef<StringRef> Candidates,
                                     unsigned MaxDistance) {
  std::optional<StringRef> Best;
  unsigned BestDistance = MaxDistance + 1;
  for (StringRef Candidate : Candidates) {
    unsigned Distance = Word.edit_distance(Candidate, true, BestDistance);
    if (Distance < BestDistance) {
      BestDistance = Distance;
      Best = Candidate;
    }
  }
  return Best;
}

} // namespace goexe
