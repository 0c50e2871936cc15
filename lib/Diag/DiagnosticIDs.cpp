//===- DiagnosticIDs.cpp - The table of diagnostics and groups ------------===//

#include "goexe/Diag/DiagnosticIDs.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <vector>

using namespace llvm;

namespace goexe {

static const DiagInfo DiagTable[] = {
#define DIAG(Id, Sev, Group, Code, Message)                                    \
  {#Id, Severity::Sev, Group, Code, Message},
#include "goexe/Diag/Diagnostics.def"
};

static_assert(std::size(DiagTable) == diag::NumDiagnostics);

StringRef severityName(Severity S) {
  switch (S) {
  case Severity::Ignored:
    return "ignored";
  case Severity::Note:
    return "note";
  case Severity::Remark:
    return "remark";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  llvm_unreachable("unknown severity");
}

const DiagInfo &getDiagInfo(diag::ID ID) {
  assert(ID < diag::NumDiagnostics && "not a diagnostic");
  return DiagTable[ID];
}

ArrayRef<StringRef> getAllGroups() {
  static const std::vector<StringRef> Groups = [] {
    std::vector<StringRef> G;
    for (const DiagInfo &Info : DiagTable)
      if (!Info.Group.empty())
        G.push_back(Info.Group);
    llvm::sort(G);
    G.erase(std::unique(G.begin(), G.end()), G.end());
    return G;
  }();
  return Groups;
}

bool isKnownGroup(StringRef Group) {
  return llvm::binary_search(getAllGroups(), Group);
}

bool isInternalGroup(StringRef Group) { return Group.starts_with("selftest"); }

std::optional<StringRef> suggestGroup(StringRef Misspelt) {
  std::optional<StringRef> Best;
  // Like clang: at most a third of the name may differ.
  unsigned BestDistance = Misspelt.size() / 3 + 1;
  for (StringRef Group : getAllGroups()) {
    unsigned Distance = Misspelt.edit_distance(Group, true, BestDistance);
    if (Distance < BestDistance) {
      BestDistance = Distance;
      Best = Group;
    }
  }
  return Best;
}

} // namespace goexe
