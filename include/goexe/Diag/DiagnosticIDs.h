//===- DiagnosticIDs.h - The table of diagnostics and groups ----*- C++ -*-===//
///
/// \file
/// The static facts about each diagnostic and group, generated from
/// Diagnostics.def and DiagnosticGroups.def.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_DIAG_DIAGNOSTICIDS_H
#define GOEXE_DIAG_DIAGNOSTICIDS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <vector>

namespace goexe {

/// Ordered from least to most severe; Ignored means "not reported".
enum class Severity : unsigned char { Ignored, Note, Remark, Warning, Error };

/// The lower-case word printed before the message ("warning", ...).
llvm::StringRef severityName(Severity S);

namespace group {
enum ID : unsigned {
  None,
#define GROUP(Id, Name, Parent) Id,
#include "goexe/Diag/DiagnosticGroups.def"
  NumGroups
};
} // namespace group

namespace diag {
enum ID : unsigned {
#define DIAG(Id, Severity, Group, Code, Message) Id,
#include "goexe/Diag/Diagnostics.def"
  NumDiagnostics
};
} // namespace diag

struct DiagInfo {
  llvm::StringRef Name;
  Severity DefaultSeverity;
  llvm::StringRef Group;
  unsigned Code;
  llvm::StringRef Message;
};

const DiagInfo &getDiagInfo(diag::ID ID);

/// Every -W group in the table, sorted.
llvm::ArrayRef<llvm::StringRef> getAllGroups();

/// The group that contains \p Group (DiagnosticGroups.def), if any.
std::optional<llvm::StringRef> getParentGroup(llvm::StringRef Group);

/// \p Group and every group inside it, at any depth.
std::vector<llvm::StringRef> getGroupAndSubgroups(llvm::StringRef Group);

bool isKnownGroup(llvm::StringRef Group);

/// The groups of goexe's own test suite (selftest*): valid in -W options,
/// not listed to users.
bool isInternalGroup(llvm::StringRef Group);

/// The known group closest to a misspelt one, if any is close enough.
std::optional<llvm::StringRef> suggestGroup(llvm::StringRef Misspelt);

/// The documentation page of a group (docs/diagnostics/<group>.md), compiled
/// into the binary; empty when the group has none.
llvm::StringRef getGroupDocumentation(llvm::StringRef Group);

} // namespace goexe

#endif
