//===- BuildIntent.h - What the build asked for -----------------*- C++ -*-===//
///
/// \file
/// The statement of intent `goexe check` compares an executable with. Its
/// fields are declared once, in Intent.def; it comes from the JSON manifest
/// that go_executable() writes (docs/manifest.md), from goexe check's
/// options, or both (options win).
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_CHECK_BUILDINTENT_H
#define GOEXE_CHECK_BUILDINTENT_H

#include "goexe/Diag/Diagnostic.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

struct BuildIntent {
#define INTENT(Field, Type, Key, Option, Kind, Commands, MetaVar, Validate,    \
               Help)                                                           \
  Type Field;
#include "goexe/Check/Intent.def"

  bool isStatic() const { return Static.value_or(false); }
  bool isGoBuild() const { return GoBuild.value_or(false); }
};

/// The fields of BuildIntent, for code that handles them one by one.
enum class IntentField {
#define INTENT(Field, Type, Key, Option, Kind, Commands, MetaVar, Validate,    \
               Help)                                                           \
  Field,
#include "goexe/Check/Intent.def"
};

/// How an intent field is given on the command line.
enum class IntentKind { Flag, Value, List, LastList };

/// One row of Intent.def, for the option table and the tests.
struct IntentFieldInfo {
  IntentField Field;
  llvm::StringLiteral Key;
  llvm::StringLiteral Option;
  IntentKind Kind;
  llvm::StringLiteral MetaVar;
  llvm::StringLiteral Help;
};
llvm::ArrayRef<IntentFieldInfo> getIntentFields();

/// Reads a manifest into \p Intent. Errors name the key that is wrong.
llvm::Error readManifest(llvm::StringRef Path, BuildIntent &Intent);

/// Parses the manifest text (for tests and for readManifest).
llvm::Error parseManifest(llvm::StringRef Text, BuildIntent &Intent);

/// Sets \p Field from a command-line value: a Flag field becomes true, a
/// Value field takes \p Value, a List field gets \p Value appended (the
/// caller clears a list the command line replaces). Errors say what the
/// value should be.
llvm::Error setIntentOption(BuildIntent &Intent, IntentField Field,
                            llvm::StringRef Value);

/// Clears a LastList field (before the command line's values replace the
/// manifest's).
void clearIntentField(BuildIntent &Intent, IntentField Field);

} // namespace goexe

#endif
