//===- ModInfo.cpp - The modinfo text of runtime/debug.BuildInfo ----------===//
///
/// \file
/// Parses and prints the tab-separated modinfo text that cmd/go embeds (it is
/// BuildInfo.String() without the "go" line), with the rules and the error
/// texts of runtime/debug.ParseBuildInfo so that goexe accepts and rejects
/// what `go version -m` does.
///
//===----------------------------------------------------------------------===//

#include "GoQuote.h"
#include "goexe/Go/BuildInfo.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"

using namespace llvm;

namespace goexe {

std::optional<StringRef> ModInfo::setting(StringRef Key) const {
  for (auto It = Settings.rbegin(), E = Settings.rend(); It != E; ++It)
    if (It->first == Key)
      return StringRef(It->second);
  return std::nullopt;
}

/// Keys must be quoted when empty or when they hold a separator or a quote.
static bool keyNeedsQuotes(StringRef Key) {
  return Key.empty() || Key.find_first_of("= \t\r\n\"`") != StringRef::npos;
}

/// Values may hold '=' but no whitespace or quote.
static bool valueNeedsQuotes(StringRef Value) {
  return Value.find_first_of(" \t\r\n\"`") != StringRef::npos;
}

/// Splits \p Line at every tab, keeping empty columns.
static SmallVector<StringRef, 4> splitColumns(StringRef Line) {
  SmallVector<StringRef, 4> Columns;
  Line.split(Columns, '\t', /*MaxSplit=*/-1, /*KeepEmpty=*/true);
  return Columns;
}

static Expected<GoModule> parseModuleColumns(StringRef Columns) {
  SmallVector<StringRef, 4> Elems = splitColumns(Columns);
  if (Elems.size() != 2 && Elems.size() != 3)
    return createStringError(inconvertibleErrorCode(),
                             "expected 2 or 3 columns; got %zu", Elems.size());
  GoModule M;
  M.Path = Elems[0].str();
  M.Version = Elems[1].str();
  if (Elems.size() == 3)
    M.Sum = Elems[2].str();
  return M;
}

static Expected<std::pair<std::string, std::string>>
parseBuildSetting(StringRef KV) {
  auto Fail = [](const Twine &Message) {
    return createStringError(inconvertibleErrorCode(), Message);
  };
  if (KV.empty())
    return Fail("build line missing '='");

  std::string Key;
  StringRef RawValue;
  if (KV[0] == '=')
    return Fail("build line with missing key");
  if (KV[0] == '"' || KV[0] == '`') {
    std::optional<GoLiteralPrefix> Literal = unquoteGoPrefix(KV);
    if (!Literal)
      return Fail("invalid quoted key in build line");
    if (Literal->Length == KV.size())
      return Fail("build line missing '=' after quoted key");
    char After = KV[Literal->Length];
    if (After != '=')
      return Fail("unexpected character after quoted key: " +
                  quoteGoRune(uint8_t(After)));
    Key = std::move(Literal->Value);
    RawValue = KV.drop_front(Literal->Length + 1);
  } else {
    auto [RawKey, Rest] = KV.split('=');
    if (RawKey.size() == KV.size())
      return Fail("build line missing '=' after key");
    if (keyNeedsQuotes(RawKey))
      return Fail("unquoted key " + quoteGoString(RawKey) + " must be quoted");
    Key = RawKey.str();
    RawValue = Rest;
  }

  std::string Value;
  if (!RawValue.empty() && (RawValue[0] == '"' || RawValue[0] == '`')) {
    std::optional<std::string> Unquoted = unquoteGoString(RawValue);
    if (!Unquoted)
      return Fail("invalid quoted value in build line");
    Value = std::move(*Unquoted);
  } else {
    if (valueNeedsQuotes(RawValue))
      return Fail("unquoted value " + quoteGoString(RawValue) +
                  " must be quoted");
    Value = RawValue.str();
  }
  return std::make_pair(std::move(Key), std::move(Value));
}

/// A forged modinfo of 60 MB could list millions of modules, and `goexe
/// inspect` prints each one (docs/limits.md).
static constexpr size_t MaxModInfoModules = 10000;
static constexpr size_t MaxModInfoSettings = 1000;

Expected<ModInfo> parseModInfo(StringRef Text) {
  ModInfo Info;
  // The module an "=>" line replaces: the last mod or dep line not yet
  // replaced, whatever lines came between. Deps only grows on a dep line,
  // which resets this, so the pointer never dangles.
  GoModule *Last = nullptr;
  unsigned LineNo = 1;
  auto Fail = [&](Error E) -> Error {
    return createStringError(inconvertibleErrorCode(),
                             "line " + Twine(LineNo) + ": " +
                                 toString(std::move(E)));
  };

  // Like Go, ignore a last line without its newline.
  for (size_t NL; (NL = Text.find('\n')) != StringRef::npos; ++LineNo) {
    StringRef Line = Text.take_front(NL);
    Text = Text.drop_front(NL + 1);

    if (Line.consume_front("path\t")) {
      Info.Path = Line.str();
    } else if (Line.consume_front("mod\t")) {
      Expected<GoModule> M = parseModuleColumns(Line);
      if (!M)
        return Fail(M.takeError());
      Info.Main = std::move(*M);
      Last = &*Info.Main;
    } else if (Line.consume_front("dep\t")) {
      if (Info.Deps.size() == MaxModInfoModules)
        return Fail(createStringError(
            inconvertibleErrorCode(),
            "more than %zu dependencies (goexe's limit; no Go build has "
            "that many)",
            MaxModInfoModules));
      Expected<GoModule> M = parseModuleColumns(Line);
      if (!M)
        return Fail(M.takeError());
      Info.Deps.push_back(std::move(*M));
      Last = &Info.Deps.back();
    } else if (Line.consume_front("=>\t")) {
      SmallVector<StringRef, 4> Elems = splitColumns(Line);
      if (Elems.size() != 3)
        return Fail(createStringError(
            inconvertibleErrorCode(),
            "expected 3 columns for replacement; got %zu", Elems.size()));
      if (!Last)
        return Fail(
            createStringError(inconvertibleErrorCode(),
                              "replacement with no module on previous line"));
      Last->Replace = std::make_shared<GoModule>(
          GoModule{Elems[0].str(), Elems[1].str(), Elems[2].str(), nullptr});
      Last = nullptr;
    } else if (Line.consume_front("build\t")) {
      if (Info.Settings.size() == MaxModInfoSettings)
        return Fail(createStringError(
            inconvertibleErrorCode(),
            "more than %zu build settings (goexe's limit; Go records a few "
            "dozen)",
            MaxModInfoSettings));
      auto Setting = parseBuildSetting(Line);
      if (!Setting)
        return Fail(Setting.takeError());
      Info.Settings.push_back(std::move(*Setting));
    }
    // Anything else ("go\t...", blank lines, lines of a newer Go) is skipped.
  }
  return Info;
}

static void formatModule(std::string &Out, StringRef Word, const GoModule &M) {
  Out += Word;
  Out += '\t';
  Out += M.Path;
  Out += '\t';
  Out += M.Version;
  if (M.Replace) {
    Out += '\n';
    formatModule(Out, "=>", *M.Replace);
  } else {
    Out += '\t';
    Out += M.Sum;
  }
  // After a replacement this ends an already ended line: Go prints the same
  // blank line.
  Out += '\n';
}

static bool isEmptyModule(const GoModule &M) {
  return M.Path.empty() && M.Version.empty() && M.Sum.empty() && !M.Replace;
}

std::string formatModInfo(const ModInfo &Mod) {
  // First BuildInfo.String() without the "go" line...
  std::string Text;
  if (!Mod.Path.empty())
    Text += "path\t" + Mod.Path + "\n";
  if (Mod.Main && !isEmptyModule(*Mod.Main))
    formatModule(Text, "mod", *Mod.Main);
  for (const GoModule &Dep : Mod.Deps)
    formatModule(Text, "dep", Dep);
  for (const auto &[Key, Value] : Mod.Settings) {
    Text += "build\t";
    Text += keyNeedsQuotes(Key) ? quoteGoString(Key) : Key;
    Text += '=';
    Text += valueNeedsQuotes(Value) ? quoteGoString(Value) : Value;
    Text += '\n';
  }
  if (Text.empty())
    return Text;

  // ...then indented the way `go version -m` does it: a tab after every
  // newline but the last, blank lines included.
  std::string Out = "\t";
  for (size_t I = 0, E = Text.size(); I < E; ++I) {
    Out += Text[I];
    if (Text[I] == '\n' && I + 1 != E)
      Out += '\t';
  }
  return Out;
}

} // namespace goexe
