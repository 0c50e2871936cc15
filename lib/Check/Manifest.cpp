//===- Manifest.cpp - Read the build's statement of intent ----------------===//
///
/// \file
/// The manifest reader and goexe check's intent options, both driven by
/// Intent.def: a field added there is read, validated and documented in
/// --help without a line here.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/BuildIntent.h"
#include "goexe/Check/Vocabulary.h"
#include "goexe/Support/JSONUtil.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace goexe {

ArrayRef<IntentFieldInfo> getIntentFields() {
  static const IntentFieldInfo Fields[] = {
#define INTENT(Field, Type, Key, Option, Kind, Commands, MetaVar, Validate,    \
               Help)                                                           \
  {IntentField::Field, Key, Option, IntentKind::Kind, MetaVar, Help},
#include "goexe/Check/Intent.def"
  };
  return Fields;
}

static bool fromJSON(const json::Value &V, SourceLocation &Loc, json::Path P) {
  json::ObjectMapper O(V, P);
  int64_t Line = 0, Column = 0;
  if (!O || !O.map("file", Loc.File) || !O.mapOptional("line", Line) ||
      !O.mapOptional("column", Column))
    return false;
  if (Line < 0 || Column < 0) {
    P.report("line and column must not be negative");
    return false;
  }
  Loc.Line = unsigned(Line);
  Loc.Column = unsigned(Column);
  return true;
}

namespace {

using Validator = std::optional<std::string> (*)(StringRef);

/// The values a validator looks at: none, one, or each of a list.
ArrayRef<std::string> valuesOf(const std::optional<std::string> &V) {
  return V ? ArrayRef<std::string>(*V) : ArrayRef<std::string>();
}

/// What is wrong with the first value \p Check refuses: "invalid value 'x'
/// (expected ...)".
std::optional<std::string> validate(ArrayRef<std::string> Values,
                                    Validator Check) {
  if (Check)
    for (const std::string &V : Values)
      if (std::optional<std::string> Expected = Check(V))
        return "invalid value '" + V + "' (" + *Expected + ")";
  return std::nullopt;
}
std::optional<std::string> validate(const std::optional<std::string> &Value,
                                    Validator Check) {
  return validate(valuesOf(Value), Check);
}
/// Only strings have a vocabulary.
template <typename T>
std::optional<std::string> validate(const T &, std::nullptr_t) {
  return std::nullopt;
}

Error setValue(std::optional<std::string> &Field, IntentKind, StringRef Value) {
  Field = Value.str();
  return Error::success();
}

Error setValue(std::vector<std::string> &Field, IntentKind, StringRef Value) {
  Field.push_back(Value.str());
  return Error::success();
}

Error setValue(std::optional<bool> &Field, IntentKind Kind, StringRef Value) {
  if (Kind == IntentKind::Flag || Value == "1")
    Field = true;
  else if (Value == "0")
    Field = false;
  else
    return createStringError(inconvertibleErrorCode(), "expected 0 or 1");
  return Error::success();
}

Error setValue(std::optional<SourceLocation> &Field, IntentKind,
               StringRef Value) {
  Field = parseSourceLocation(Value);
  if (!Field)
    return createStringError(inconvertibleErrorCode(),
                             "expected FILE:LINE or FILE:LINE:COLUMN");
  return Error::success();
}

template <typename T> void clearValue(std::vector<T> &Field) { Field.clear(); }
template <typename T> void clearValue(T &) {}

} // namespace

Error parseManifest(StringRef Text, BuildIntent &Intent) {
  Expected<json::Value> V = parseJSON(Text);
  if (!V)
    return V.takeError();
  const json::Object *Obj = V->getAsObject();
  if (!Obj)
    return createStringError(inconvertibleErrorCode(),
                             "the manifest must be a JSON object");

  // A misspelt key must not silently turn a check off.
  for (const auto &Member : *Obj) {
    StringRef Key = Member.first;
    if (Key != "version" &&
        none_of(getIntentFields(), [&](const IntentFieldInfo &F) {
          return !F.Key.empty() && F.Key == Key;
        }))
      return createStringError(inconvertibleErrorCode(), "unknown key '%s'",
                               Key.str().c_str());
  }

  if (std::optional<int64_t> Version = Obj->getInteger("version");
      Version && *Version != 1)
    return createStringError(inconvertibleErrorCode(),
                             "manifest version %lld is not supported (this "
                             "goexe reads version 1)",
                             (long long)*Version);

  json::Path::Root Root("manifest");
  json::ObjectMapper O(*V, Root);
  bool OK = true;
#define INTENT(Field, Type, Key, Option, Kind, Commands, MetaVar, Validate,    \
               Help)                                                           \
  if (OK && !StringRef(Key).empty() && Obj->get(Key))                          \
    OK = O.map(Key, Intent.Field);
#include "goexe/Check/Intent.def"
  if (!OK)
    return Root.getError();
  // A manifest is written by a Go build unless it says otherwise.
  if (!Intent.GoBuild)
    Intent.GoBuild = true;
#define INTENT(Field, Type, Key, Option, Kind, Commands, MetaVar, Validate,    \
               Help)                                                           \
  if (std::optional<std::string> Problem = validate(Intent.Field, Validate))   \
    return createStringError(inconvertibleErrorCode(), Key ": %s",             \
                             Problem->c_str());
#include "goexe/Check/Intent.def"
  return Error::success();
}

Error readManifest(StringRef Path, BuildIntent &Intent) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
      MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return createStringError(Buffer.getError(), "cannot open file: %s",
                             Buffer.getError().message().c_str());
  return parseManifest((*Buffer)->getBuffer(), Intent);
}

Error setIntentOption(BuildIntent &Intent, IntentField Which, StringRef Value) {
  switch (Which) {
#define INTENT(Field, Type, Key, Option, Kind, Commands, MetaVar, Validate,    \
               Help)                                                           \
  case IntentField::Field: {                                                   \
    Type Parsed;                                                               \
    if (Error E = setValue(Parsed, IntentKind::Kind, Value))                   \
      return E;                                                                \
    if (Validator Check = (Validate))                                          \
      if (std::optional<std::string> Expected = Check(Value))                  \
        return createStringError(inconvertibleErrorCode(), *Expected);         \
    return setValue(Intent.Field, IntentKind::Kind, Value);                    \
  }
#include "goexe/Check/Intent.def"
  }
  llvm_unreachable("every field is in Intent.def");
}

void clearIntentField(BuildIntent &Intent, IntentField Which) {
  switch (Which) {
#define INTENT(Field, Type, Key, Option, Kind, Commands, MetaVar, Validate,    \
               Help)                                                           \
  case IntentField::Field:                                                     \
    if (IntentKind::Kind == IntentKind::LastList)                              \
      clearValue(Intent.Field);                                                \
    return;
#include "goexe/Check/Intent.def"
  }
}

} // namespace goexe
