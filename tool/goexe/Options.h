//===- Options.h - The option table of every subcommand ---------*- C++ -*-===//
///
/// \file
/// One declarative table (Options.def, with goexe check's intent options
/// from Intent.def) from which every subcommand's parsing, its --help and
/// the "did you mean" of an unknown option come, as OptTable gives LLVM's
/// tools.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_TOOL_OPTIONS_H
#define GOEXE_TOOL_OPTIONS_H

#include "goexe/Check/BuildIntent.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

enum class OptionID {
#define OPTION(ID, Spelling, Kind, MetaVar, Commands, Section, Help) ID,
#include "Options.def"
};

/// The subcommands, as bits of an option's Commands.
enum CommandSet : unsigned {
  InspectCommand = 1 << 0,
  BuildCommand = 1 << 1,
  CheckCommand = 1 << 2,
  ExplainCommand = 1 << 3,
  InternalEmitCommand = 1 << 4,
  DoctorCommand = 1 << 5,
  AllCommands = (1 << 6) - 1,
};

/// One option as given on the command line.
struct ParsedOption {
  OptionID ID;
  llvm::StringRef Spelling; ///< As the table has it: "--goos", "-Wno-".
  llvm::StringRef Value;    ///< Empty for a flag.
  llvm::StringRef Text;     ///< The whole argument: "-Wno-path-leak".
};

struct ParsedArgs {
  std::vector<ParsedOption> Options;
  std::vector<llvm::StringRef> Inputs;
  /// goexe build's command: everything after "--", or from the first word
  /// that is no option.
  std::vector<llvm::StringRef> Rest;
  /// Usage errors, in the order of the arguments.
  std::vector<std::string> Errors;

  bool has(OptionID ID) const;
};

/// Parses \p Args against the options \p Command takes.
ParsedArgs parseArgs(llvm::ArrayRef<const char *> Args, CommandSet Command);

/// Prints the options \p Command takes, section by section.
void printOptionHelp(llvm::raw_ostream &OS, CommandSet Command);

/// The intent field an option sets, if it is one of goexe check's.
std::optional<IntentField> intentFieldOf(OptionID ID);

} // namespace goexe

#endif
