//===- Options.cpp - The option table of every subcommand -----------------===//
///
/// \file
/// Matching an argument against the table (the longest spelling wins, so
/// -Wno-error=<group> beats -W<group>), the "did you mean" of an unknown
/// option, and --help, written from the same rows.
///
//===----------------------------------------------------------------------===//

#include "Options.h"

#include "goexe/Diag/DiagnosticPrinters.h"
#include "goexe/Support/Nearest.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace llvm;

namespace goexe {

namespace {

enum class OptionKind {
  Flag,
  Value,
  Prefix,
  List = Value, ///< Intent.def's repeatable values parse as values.
  LastList = Value,
};
enum class HelpSection { Command, Intent, Diagnostic, Hidden };

struct OptionInfo {
  OptionID ID;
  StringLiteral Spelling;
  OptionKind Kind;
  StringLiteral MetaVar;
  unsigned Commands;
  HelpSection Section;
  StringLiteral Help;

  /// Intent.def's manifest-only fields have no option.
  bool takenBy(CommandSet Command) const {
    return (Commands & Command) && Spelling != "--";
  }
};

const OptionInfo Options[] = {
#define OPTION(ID, Spelling, Kind, MetaVar, Commands, Section, Help)           \
  {OptionID::ID, Spelling,           OptionKind::Kind,                         \
   MetaVar,      unsigned(Commands), HelpSection::Section,                     \
   Help},
#include "Options.def"
};

/// "goexe build and goexe check": the subcommands of \p Commands.
std::string commandNames(unsigned Commands) {
  static const std::pair<CommandSet, StringLiteral> Names[] = {
      {InspectCommand, "goexe inspect"},
      {BuildCommand, "goexe build"},
      {CheckCommand, "goexe check"},
      {ExplainCommand, "goexe explain"},
      {DoctorCommand, "goexe doctor"},
      {InternalEmitCommand, "goexe internal-emit"}};
  std::vector<StringRef> Found;
  for (const auto &[Command, Name] : Names)
    if (Commands & Command)
      Found.push_back(Name);
  std::string Text;
  for (size_t I = 0; I < Found.size(); ++I)
    Text += (I == 0                  ? ""
             : I + 1 == Found.size() ? " and "
                                     : ", ") +
            Found[I].str();
  return Text;
}

/// The option \p Arg is, with its value; nullptr when none of \p Command's.
const OptionInfo *match(StringRef Arg, CommandSet Command, StringRef &Value,
                        bool &ValueAttached) {
  const OptionInfo *Best = nullptr;
  for (const OptionInfo &O : Options) {
    if (!O.takenBy(Command))
      continue;
    StringRef Rest = Arg;
    if (!Rest.consume_front(O.Spelling))
      continue;
    bool Matches = false;
    switch (O.Kind) {
    case OptionKind::Flag:
    case OptionKind::Value:
      // "--trimpath=1" is --trimpath given a value it does not take.
      Matches = Rest.empty() || Rest.starts_with("=");
      break;
    case OptionKind::Prefix:
      Matches = true;
      break;
    }
    // The longest spelling wins: "-Wno-error=" over "-Wno-" over "-W".
    if (Matches && (!Best || O.Spelling.size() > Best->Spelling.size()))
      Best = &O;
  }
  if (!Best)
    return nullptr;
  StringRef Rest = Arg.drop_front(Best->Spelling.size());
  ValueAttached = Best->Kind == OptionKind::Prefix || Rest.consume_front("=");
  Value = Rest;
  return Best;
}

/// "unknown option '--gos=linux'; did you mean '--goos=linux'?", or the
/// subcommand that does take it.
std::string unknownOption(StringRef Arg, CommandSet Command) {
  auto [Name, Value] = Arg.split('=');
  bool HasValue = Name.size() != Arg.size();
  for (const OptionInfo &O : Options)
    if (O.Spelling == Name && O.Kind != OptionKind::Prefix &&
        !O.takenBy(Command) && O.Spelling != "--")
      return formatv("{0} does not take '{1}' (it is an option of {2})",
                     commandNames(Command), Name, commandNames(O.Commands))
          .str();
  std::vector<StringRef> Spellings;
  for (const OptionInfo &O : Options)
    if (O.takenBy(Command) && O.Kind != OptionKind::Prefix &&
        O.Section != HelpSection::Hidden)
      Spellings.push_back(O.Spelling);
  // Further than two edits is another word.
  std::optional<StringRef> Nearest = nearestWord(Name, Spellings, 2);
  std::string Message = ("unknown option '" + Arg + "'").str();
  if (Nearest)
    Message +=
        ("; did you mean '" + *Nearest + (HasValue ? "=" + Value : "") + "'?")
            .str();
  return Message;
}

void printWrapped(raw_ostream &OS, StringRef Text, unsigned Indent,
                  unsigned Width) {
  unsigned Column = Indent;
  bool First = true;
  SmallVector<StringRef, 32> Words;
  SplitString(Text, Words);
  for (StringRef Word : Words) {
    if (!First && Column + 1 + Word.size() > Width) {
      OS << '\n' << std::string(Indent, ' ');
      Column = Indent;
      First = true;
    }
    if (!First) {
      OS << ' ';
      ++Column;
    }
    OS << Word;
    Column += Word.size();
    First = false;
  }
  OS << '\n';
}

} // namespace

bool ParsedArgs::has(OptionID ID) const {
  return any_of(Options, [&](const ParsedOption &O) { return O.ID == ID; });
}

ParsedArgs parseArgs(ArrayRef<const char *> Args, CommandSet Command) {
  ParsedArgs Parsed;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    if (Arg == "--") {
      // Only goexe build runs a command; elsewhere "--" ends the options.
      for (const char *After : Args.drop_front(I + 1))
        (Command == BuildCommand ? Parsed.Rest : Parsed.Inputs)
            .push_back(After);
      break;
    }
    if (!Arg.starts_with("-") || Arg == "-") {
      // goexe build's command may also start without "--" (but no program
      // is called "-").
      if (Command == BuildCommand) {
        if (Arg == "-") {
          Parsed.Errors.push_back("unknown option '-'");
          continue;
        }
        for (const char *Word : Args.drop_front(I))
          Parsed.Rest.push_back(Word);
        break;
      }
      Parsed.Inputs.push_back(Arg);
      continue;
    }
    StringRef Value;
    bool Attached = false;
    const OptionInfo *O = match(Arg, Command, Value, Attached);
    if (!O) {
      Parsed.Errors.push_back(unknownOption(Arg, Command));
      continue;
    }
    if (O->Kind == OptionKind::Flag && Attached) {
      Parsed.Errors.push_back(
          ("option '" + O->Spelling + "' takes no value").str());
      continue;
    }
    if (O->Kind == OptionKind::Prefix && Value.empty()) {
      Parsed.Errors.push_back(("option '" + O->Spelling + "' requires " +
                               O->MetaVar + ": " + O->Spelling + O->MetaVar)
                                  .str());
      continue;
    }
    if (O->Kind == OptionKind::Value && !Attached) {
      if (I + 1 == Args.size()) {
        Parsed.Errors.push_back(
            ("option '" + O->Spelling + "' requires a value").str());
        continue;
      }
      Value = Args[++I];
    }
    Parsed.Options.push_back({O->ID, O->Spelling, Value, Arg});
  }
  return Parsed;
}

void printOptionHelp(raw_ostream &OS, CommandSet Command) {
  static const std::pair<HelpSection, StringLiteral> Titles[] = {
      {HelpSection::Command, "Options:"},
      {HelpSection::Intent, "Intent (options override the manifest):"},
      {HelpSection::Diagnostic, "Diagnostic options:"}};
  constexpr unsigned HelpColumn = 28, Width = 78;
  for (const auto &[Section, Title] : Titles) {
    bool Any = false;
    for (const OptionInfo &O : Options) {
      if (O.Section != Section || !O.takenBy(Command))
        continue;
      if (!Any)
        OS << Title << '\n';
      Any = true;
      std::string Name = ("  " + O.Spelling).str();
      if (O.Kind == OptionKind::Value)
        Name += "=";
      Name += O.MetaVar;
      OS << Name;
      if (Name.size() + 1 > HelpColumn)
        OS << '\n' << std::string(HelpColumn, ' ');
      else
        OS << std::string(HelpColumn - Name.size(), ' ');
      // The formats come from their own table (DiagnosticFormats.def).
      std::string Help = O.Help.str();
      if (size_t At = Help.find("%formats"); At != std::string::npos)
        Help.replace(At, 8, diagnosticFormatChoices());
      printWrapped(OS, Help, HelpColumn, Width);
    }
    if (Any)
      OS << '\n';
  }
}

std::optional<IntentField> intentFieldOf(OptionID ID) {
  switch (ID) {
#define INTENT(Field, Type, Key, Option, Kind, Commands, MetaVar, Validate,    \
               Help)                                                           \
  case OptionID::Intent##Field:                                                \
    return IntentField::Field;
#include "goexe/Check/Intent.def"
  default:
    return std::nullopt;
  }
}

} // namespace goexe
