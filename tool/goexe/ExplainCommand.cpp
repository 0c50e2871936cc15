//===- ExplainCommand.cpp - goexe explain ---------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "goexe/Diag/DiagnosticIDs.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>

using namespace llvm;

namespace goexe {

static const char ExplainUsage[] = R"(USAGE: goexe explain [<group>...]

Prints the documentation page of each diagnostic group: what it means, why
it matters and how to fix it. Without a group, lists every group.

)";

int runExplain(ArrayRef<const char *> Args) {
  Session S(Args, ExplainCommand);
  if (S.printHelpIfAsked(ExplainUsage))
    return 0;
  S.applyWarningOptions();
  std::vector<StringRef> Groups;
  for (StringRef Arg : S.args().Inputs) {
    // Accept what a diagnostic prints, "[-Wgroup]", as well as the bare name.
    Arg.consume_front("[");
    Arg.consume_back("]");
    Arg.consume_front("-W");
    if (Arg.empty())
      S.usageError("an empty group name");
    else
      Groups.push_back(Arg);
  }
  if (S.toolFailed())
    return S.finish();

  if (Groups.empty()) {
    outs() << "Diagnostic groups (run 'goexe explain <group>' for one):\n";
    // The tree of DiagnosticGroups.def: a group's children below it.
    std::function<void(StringRef, unsigned)> List = [&](StringRef Parent,
                                                        unsigned Depth) {
      for (StringRef Group : getAllGroups()) {
        if (isInternalGroup(Group) ||
            getParentGroup(Group).value_or("") != Parent)
          continue;
        // The page's first line is "# -W<group>: <summary>".
        StringRef Title = getGroupDocumentation(Group).split('\n').first;
        StringRef Summary = Title.split(": ").second;
        std::string Name = std::string(2 + 2 * Depth, ' ') + Group.str();
        outs() << left_justify(Name, 30) << ' ' << Summary << '\n';
        List(Group, Depth + 1);
      }
    };
    List("", 0);
    return S.finish();
  }

  for (StringRef Group : Groups) {
    StringRef Page = getGroupDocumentation(Group);
    if (!Page.empty()) {
      outs() << Page;
      if (!Page.ends_with("\n"))
        outs() << '\n';
      continue;
    }
    // "syso" for syso-architecture and syso-duplicate-resources: a prefix
    // is no misspelling, but the user wants one of those.
    std::vector<StringRef> Longer;
    for (StringRef Known : getAllGroups())
      if (Known.starts_with(Group) && !isInternalGroup(Known))
        Longer.push_back(Known);
    if (!Longer.empty())
      S.diags().report(diag::err_unknown_group_prefix)
          << Group << join(Longer, ", ");
    else if (std::optional<StringRef> Near = suggestGroup(Group))
      S.diags().report(diag::err_unknown_group_suggest) << Group << *Near;
    else
      S.diags().report(diag::err_unknown_group) << Group;
    S.setToolFailed();
  }
  return S.finish();
}

} // namespace goexe
