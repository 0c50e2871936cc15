//===- goexe.cpp - The goexe driver ---------------------------------------===//
///
/// \file
/// Dispatches to a subcommand; knows nothing of formats or checks.
///
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "goexe/Support/Nearest.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <iterator>

using namespace llvm;
using namespace goexe;

#ifndef GOEXE_VERSION
#define GOEXE_VERSION "unknown"
#endif

static const Command Commands[] = {
    {"inspect", "Read Go-built PE, ELF and Mach-O executables", runInspect},
    {"build", "Run a Go build and translate its errors into diagnostics",
     runBuild},
    {"doctor", "Predict what will break before go build runs", runDoctor},
    {"check", "Compare an executable with what the build asked for", runCheck},
    {"explain", "Print the documentation of a diagnostic group", runExplain},
    {"internal-emit", "", runInternalEmit},
};

static void printHelp(raw_ostream &OS) {
  OS << "OVERVIEW: goexe, compiler-style diagnostics for Go executables\n\n"
        "USAGE: goexe <command> [options] [args]\n\n"
        "COMMANDS:\n";
  for (const Command &C : Commands)
    if (!C.Summary.empty())
      OS << "  " << left_justify(C.Name, 10) << ' ' << C.Summary << '\n';
  OS << "\nRun 'goexe <command> --help' for the options of a command.\n"
        "Run 'goexe explain' for the list of diagnostic groups.\n";
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  ArrayRef<const char *> Args(argv + 1, argv + argc);

  StringRef First = Args.empty() ? "" : Args.front();
  if (First == "--help" || First == "-h" || First == "help") {
    printHelp(outs());
    return 0;
  }
  if (First == "--version") {
    outs() << "goexe version " GOEXE_VERSION " (LLVM " LLVM_VERSION_STRING
              ")\n";
    return 0;
  }
  for (const Command &C : Commands)
    if (C.Name == First)
      return C.Run(Args.drop_front());

  // Only the output options count here: the rest belongs to no command.
  std::vector<const char *> OutputOptions;
  for (const char *Arg : Args)
    if (StringRef(Arg).starts_with("--color=") ||
        StringRef(Arg).starts_with("--diagnostics-format="))
      OutputOptions.push_back(Arg);
  Session S(OutputOptions, AllCommands);
  if (First.empty())
    S.usageError("no command given; run 'goexe --help'");
  else {
    std::vector<StringRef> Names;
    for (const Command &C : Commands)
      if (!C.Summary.empty())
        Names.push_back(C.Name);
    std::optional<StringRef> Nearest = nearestWord(First, Names, 2);
    if (Nearest)
      S.usageError("unknown command '" + First + "'; did you mean '" +
                   *Nearest + "'?");
    else
      S.usageError("unknown command '" + First + "'; run 'goexe --help'");
  }
  return S.finish();
}
