//===- GroupDocs.cpp - The docs/diagnostics pages, compiled in ------------===//

#include "goexe/Diag/DiagnosticIDs.h"

#include <iterator>

using namespace llvm;

namespace goexe {

namespace {
struct GroupDoc {
  const char *Group;
  StringRef Text;
};
#include "GroupDocs.inc"
} // namespace

StringRef getGroupDocumentation(StringRef Group) {
  for (const GroupDoc &Doc : GroupDocs)
    if (Group == Doc.Group)
      return Doc.Text;
  return "";
}

} // namespace goexe
