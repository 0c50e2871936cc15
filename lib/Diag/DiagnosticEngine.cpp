//===- DiagnosticEngine.cpp - Severity mapping and routing ----------------===//

#include "goexe/Diag/Diagnostic.h"
#include "goexe/Support/Printable.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace goexe {

std::optional<SourceLocation> parseSourceLocation(StringRef Text) {
  auto [Rest, Last] = Text.rsplit(':');
  unsigned Line = 0, Column = 0;
  if (Rest.size() == Text.size() || Last.getAsInteger(10, Line))
    return std::nullopt;
  auto [File, Middle] = Rest.rsplit(':');
  if (File.size() != Rest.size() && !Middle.getAsInteger(10, Column)) {
    std::swap(Line, Column);
  } else {
    File = Rest;
  }
  if (File.empty() || Line == 0)
    return std::nullopt;
  return SourceLocation(File.str(), Line, Column);
}

DiagnosticConsumer::~DiagnosticConsumer() = default;

std::string formatDiagnosticMessage(StringRef Format,
                                    ArrayRef<std::string> Args) {
  std::string Out;
  Out.reserve(Format.size());
  for (size_t I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if (C != '%' || I + 1 == Format.size()) {
      Out += C;
      continue;
    }
    char Next = Format[++I];
    if (isDigit(Next) && unsigned(Next - '0') < Args.size())
      Out += Args[Next - '0'];
    else if (Next == '%')
      Out += '%';
    else
      (Out += '%') += Next;
  }
  return Out;
}

DiagnosticBuilder::DiagnosticBuilder(DiagnosticEngine *Engine, diag::ID ID,
                                     SourceLocation Loc)
    : Engine(Engine) {
  Parts.push_back({ID, std::move(Loc), {}});
}

DiagnosticBuilder::DiagnosticBuilder(DiagnosticBuilder &&Other)
    : Engine(Other.Engine), Parts(std::move(Other.Parts)) {
  Other.Engine = nullptr;
}

DiagnosticBuilder::~DiagnosticBuilder() {
  if (!Engine)
    return;
  auto Build = [](Pending &P) {
    Diagnostic D;
    D.ID = P.ID;
    D.Sev = getDiagInfo(P.ID).DefaultSeverity;
    D.Loc = std::move(P.Loc);
    D.Message = formatDiagnosticMessage(getDiagInfo(P.ID).Message, P.Args);
    return D;
  };
  Diagnostic Main = Build(Parts.front());
  for (Pending &P : drop_begin(Parts)) {
    // A note with no place of its own belongs where its diagnostic is.
    if (P.Loc.File.empty())
      P.Loc = Main.Loc;
    Main.Notes.push_back(Build(P));
  }
  Engine->emit(std::move(Main));
}

DiagnosticBuilder &DiagnosticBuilder::operator<<(const Twine &Arg) {
  SmallString<128> Storage;
  return *this << Arg.toStringRef(Storage);
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(StringRef Arg) {
  Parts.back().Args.push_back(printable(Arg));
  return *this;
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(const std::string &Arg) {
  return *this << StringRef(Arg);
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(const char *Arg) {
  return *this << StringRef(Arg);
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(uint64_t Arg) {
  Parts.back().Args.push_back(utostr(Arg));
  return *this;
}
DiagnosticBuilder &DiagnosticBuilder::operator<<(int64_t Arg) {
  Parts.back().Args.push_back(itostr(Arg));
  return *this;
}
DiagnosticBuilder &DiagnosticBuilder::addMultilineArg(StringRef Arg) {
  Parts.back().Args.push_back(printable(Arg, /*KeepLineBreaks=*/true));
  return *this;
}

DiagnosticBuilder &DiagnosticBuilder::addNote(diag::ID ID, SourceLocation Loc) {
  assert(getDiagInfo(ID).DefaultSeverity == Severity::Note && "not a note");
  Parts.push_back({ID, std::move(Loc), {}});
  return *this;
}

DiagnosticBuilder &DiagnosticBuilder::addNote(const Twine &Text,
                                              SourceLocation Loc) {
  return addNote(diag::note_text, std::move(Loc)) << Text;
}

bool DiagnosticEngine::applyWarningOption(StringRef Arg) {
  if (Arg == "-w") {
    IgnoreAllWarnings = true;
    return true;
  }
  if (!Arg.consume_front("-W"))
    return false;

  bool Negated = Arg.consume_front("no-");
  if (Arg == "error") {
    WarningsAsErrors = !Negated;
    return true;
  }
  if (Arg == "everything") {
    EnableEverything = !Negated;
    if (Negated)
      IgnoreAllWarnings = true;
    return true;
  }
  bool IsErrorOption = Arg.consume_front("error=");
  if (!isKnownGroup(Arg)) {
    std::string Option = ("-W" + Twine(Negated ? "no-" : "") +
                          (IsErrorOption ? "error=" : "") + Arg)
                             .str();
    if (std::optional<StringRef> Near = suggestGroup(Arg))
      report(diag::warn_unknown_warning_option_suggest)
          << Option
          << ("-W" + Twine(Negated ? "no-" : "") +
              (IsErrorOption ? "error=" : "") + *Near);
    else
      report(diag::warn_unknown_warning_option) << Option;
    return true;
  }

  // A group's option applies to the groups inside it, as in clang; a later
  // option for one of them still wins.
  for (StringRef Group : getGroupAndSubgroups(Arg)) {
    GroupMapping &Mapping = Groups[Group];
    if (!IsErrorOption) {
      Mapping.Enabled = !Negated;
    } else if (Negated) {
      Mapping.AsError = false;
    } else {
      Mapping.AsError = true;
      Mapping.Enabled = true;
    }
  }
  return true;
}

Severity DiagnosticEngine::getEffectiveSeverity(diag::ID ID) const {
  const DiagInfo &Info = getDiagInfo(ID);
  Severity S = Info.DefaultSeverity;
  if (Info.Group.empty() || S == Severity::Note)
    return S;

  GroupMapping Mapping;
  auto It = Groups.find(Info.Group);
  if (It != Groups.end())
    Mapping = It->second;

  bool Enabled =
      Mapping.Enabled.value_or(EnableEverything || S != Severity::Ignored);
  if (!Enabled)
    return Severity::Ignored;
  if (S == Severity::Ignored)
    S = Severity::Warning;

  if (S == Severity::Error) {
    // A default-error check: -Wno-error=<group> makes it a warning again.
    if (Mapping.AsError.value_or(true))
      return Severity::Error;
    S = Severity::Warning;
  } else if (S == Severity::Warning &&
             Mapping.AsError.value_or(WarningsAsErrors)) {
    return Severity::Error;
  }
  if (IgnoreAllWarnings && (S == Severity::Warning || S == Severity::Remark))
    return Severity::Ignored;
  return S;
}

void DiagnosticEngine::emit(Diagnostic D) {
  D.Sev = getEffectiveSeverity(D.ID);
  if (D.Sev == Severity::Ignored)
    return;
  if (D.Loc.File.empty() && D.ID != diag::err_usage)
    D.Loc = DefaultLoc;
  std::string Key =
      (Twine(unsigned(D.ID)) + ":" + D.Loc.File + ":" + Twine(D.Loc.Line) +
       ":" + Twine(D.Loc.Column) + ":" + D.Message)
          .str();
  if (!Shown.insert(Key).second)
    return;
  if (D.Sev == Severity::Error)
    ++NumErrors;
  else if (D.Sev == Severity::Warning)
    ++NumWarnings;
  bool Omitted = MaxDiagnostics && NumShown == MaxDiagnostics;
  if (Omitted)
    ++NumOmitted;
  else
    ++NumShown;
  for (const Sink &S : Consumers)
    if (!Omitted || !S.Bounded)
      S.Consumer->handleDiagnostic(D);
}

void DiagnosticEngine::finish() {
  if (NumOmitted) {
    Diagnostic D;
    D.ID = diag::note_diagnostics_omitted;
    D.Sev = Severity::Note;
    D.Message =
        formatDiagnosticMessage(getDiagInfo(D.ID).Message,
                                {utostr(NumOmitted), utostr(MaxDiagnostics)});
    for (const Sink &S : Consumers)
      if (S.Bounded)
        S.Consumer->handleDiagnostic(D);
  }
  for (const Sink &S : Consumers)
    S.Consumer->finish(NumErrors, NumWarnings);
}

} // namespace goexe
