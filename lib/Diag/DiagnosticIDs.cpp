//===- DiagnosticIDs.cpp - The table of diagnostics and groups ------------===//

#include "goexe/Diag/DiagnosticIDs.h"
#include "goexe/Support/Nearest.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <vector>

using namespace llvm;

namespace goexe {

namespace {
struct GroupInfo {
  StringLiteral Name;
  group::ID Parent;
};
} // namespace

static constexpr GroupInfo GroupTable[] = {
    {"", group::None},
#define GROUP(Id, Name, Parent) {Name, group::Parent},
#include "goexe/Diag/DiagnosticGroups.def"
};
static_assert(std::size(GroupTable) == group::NumGroups);

static const DiagInfo DiagTable[] = {
#define DIAG(Id, Sev, Group, Code, Message)                                    \
  {#Id, Severity::Sev, GroupTable[group::Group].Name, Code, Message},
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
    for (const GroupInfo &Info : ArrayRef(GroupTable).drop_front())
      G.push_back(Info.Name);
    llvm::sort(G);
    return G;
  }();
  return Groups;
}

static const GroupInfo *findGroup(StringRef Name) {
  for (const GroupInfo &Info : ArrayRef(GroupTable).drop_front())
    if (Info.Name == Name)
      return &Info;
  return nullptr;
}

std::optional<StringRef> getParentGroup(StringRef Group) {
  const GroupInfo *Info = findGroup(Group);
  if (!Info || Info->Parent == group::None)
    return std::nullopt;
  return StringRef(GroupTable[Info->Parent].Name);
}

std::vector<StringRef> getGroupAndSubgroups(StringRef Group) {
  std::vector<StringRef> Found;
  if (!findGroup(Group))
    return Found;
  Found.push_back(Group);
  // Breadth first; the table has no cycles (a unit test holds it to that).
  for (size_t I = 0; I < Found.size(); ++I)
    for (const GroupInfo &Info : ArrayRef(GroupTable).drop_front())
      if (Info.Parent != group::None &&
          GroupTable[Info.Parent].Name == Found[I])
        Found.push_back(Info.Name);
  return Found;
}

bool isKnownGroup(StringRef Group) {
  return llvm::binary_search(getAllGroups(), Group);
}

bool isInternalGroup(StringRef Group) { return Group.starts_with("selftest"); }

std::optional<StringRef> suggestGroup(StringRef Misspelt) {
  // Like clang: at most a third of the name may differ.
  return nearestWord(Misspelt, getAllGroups(), Misspelt.size() / 3);
}

} // namespace goexe
