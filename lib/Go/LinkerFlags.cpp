//===- LinkerFlags.cpp - What a -ldflags string asks of the linker --------===//

#include "goexe/Go/LinkerFlags.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace llvm;

namespace goexe {

static bool isGoSpace(char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r';
}

std::string quoteGoArgument(StringRef Word) {
  if (!Word.empty() && Word.find_first_of(" \t\n\r'\"") == StringRef::npos)
    return Word.str();
  char Quote = Word.contains('"') ? '\'' : '"';
  return Quote + Word.str() + Quote;
}

Expected<std::vector<std::string>> splitGoQuoted(StringRef S) {
  std::vector<std::string> Words;
  while (true) {
    S = S.drop_while(isGoSpace);
    if (S.empty())
      return Words;
    char Quote = S.front();
    if (Quote == '\'' || Quote == '"') {
      size_t End = S.find(Quote, 1);
      if (End == StringRef::npos)
        return createStringError(inconvertibleErrorCode(),
                                 "unterminated %c string", Quote);
      Words.push_back(S.slice(1, End).str());
      S = S.drop_front(End + 1);
      continue;
    }
    size_t End = 0;
    while (End < S.size() && !isGoSpace(S[End]))
      ++End;
    Words.push_back(S.take_front(End).str());
    S = S.drop_front(End);
  }
}

/// Go's flag package: "-name", "--name", "-name=value"; returns the name and
/// the inline value, if any. std::nullopt for a word that is not a flag.
static std::optional<std::pair<StringRef, std::optional<StringRef>>>
splitFlag(StringRef Word) {
  if (!Word.consume_front("-") || Word.empty() || Word == "-")
    return std::nullopt;
  Word.consume_front("-");
  auto [Name, Value] = Word.split('=');
  if (Name.size() == Word.size())
    return std::make_pair(Name, std::optional<StringRef>());
  return std::make_pair(Name, std::optional<StringRef>(Value));
}

Expected<LinkerFlags> parseLinkerFlags(StringRef Ldflags) {
  LinkerFlags Flags;
  Expected<std::vector<std::string>> Words = splitGoQuoted(Ldflags);
  if (!Words)
    return Words.takeError();
  Flags.Words = std::move(*Words);

  const std::vector<std::string> &W = Flags.Words;
  for (size_t I = 0; I < W.size(); ++I) {
    auto Flag = splitFlag(W[I]);
    if (!Flag)
      continue; // the linker would stop here; goexe keeps looking
    auto [Name, Inline] = *Flag;
    auto Value = [&, Inline = Inline]() -> std::optional<std::string> {
      if (Inline)
        return Inline->str();
      if (I + 1 < W.size())
        return W[++I];
      return std::nullopt;
    };
    if (Name == "s" || Name == "w") {
      // Boolean flags take only the -s=false form.
      bool On = !Inline || (*Inline != "false" && *Inline != "0");
      if (Name == "s")
        Flags.StripSymbols = On;
      else
        Flags.StripDWARF = On;
    } else if (Name == "X") {
      std::optional<std::string> Def = Value();
      size_t Eq = Def ? Def->find('=') : std::string::npos;
      if (!Def || Eq == std::string::npos || Eq == 0)
        return createStringError(inconvertibleErrorCode(),
                                 "-X flag requires argument of the form "
                                 "importpath.name=value");
      Flags.XDefs.push_back({Def->substr(0, Eq), Def->substr(Eq + 1)});
    } else if (Name == "H") {
      Flags.HeadType = Value();
    } else if (Name == "linkmode") {
      Flags.LinkMode = Value();
    } else if (Name == "extldflags") {
      Flags.ExtLdflags = Value();
    }
  }
  return Flags;
}

std::vector<std::string> flagUnits(ArrayRef<std::string> Words) {
  std::vector<std::string> Units;
  for (const std::string &W : Words) {
    if (Units.empty() || StringRef(W).starts_with("-"))
      Units.push_back(quoteGoArgument(W));
    else
      Units.back() += " " + quoteGoArgument(W);
  }
  return Units;
}

std::vector<std::string>
lostLinkerFlags(ArrayRef<std::string> Ldflags,
                function_ref<void(StringRef Earlier, Error Why)> OnUnreadable) {
  std::vector<std::string> Lost;
  if (Ldflags.size() < 2)
    return Lost;
  StringSet<> Kept, Seen;
  if (Expected<std::vector<std::string>> Last = splitGoQuoted(Ldflags.back()))
    for (const std::string &U : flagUnits(*Last))
      Kept.insert(U);
  else
    consumeError(Last.takeError()); // go build reports the last one itself
  for (const std::string &Earlier : Ldflags.drop_back()) {
    Expected<std::vector<std::string>> Words = splitGoQuoted(Earlier);
    if (!Words) {
      OnUnreadable(Earlier, Words.takeError());
      continue;
    }
    for (const std::string &U : flagUnits(*Words))
      if (!Kept.contains(U) && Seen.insert(U).second)
        Lost.push_back(U);
  }
  return Lost;
}

} // namespace goexe
