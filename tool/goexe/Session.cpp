//===- Session.cpp - What every goexe subcommand shares -------------------===//

#include "Session.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace goexe {

const char DiagnosticOptionsHelp[] = R"(Diagnostic options:
  -W<group>                 Enable the warnings of <group>
  -Wno-<group>              Disable the diagnostics of <group>
  -Werror                   Make every warning an error
  -Werror=<group>           Make the warnings of <group> errors
  -Wno-error=<group>        Keep <group> a warning, even with -Werror
  -Weverything              Enable every group, also those off by default
  -w                        Suppress all warnings
  --color=auto|always|never Colour the output (auto: on a terminal, unless
                            NO_COLOR is set)
  --diagnostics-format=clang|msvc|json
                            How diagnostics are written to stderr
  --max-diagnostics=N       Show at most N diagnostics (default 50; 0: all);
                            the exit status still counts every error
  --diagnostics-log=FILE    Also write the diagnostics to FILE (clang format,
                            no colour), replacing it, when the run ends
)";

namespace {
/// Hands every diagnostic to two consumers: the terminal and the log.
class DiagnosticTee : public DiagnosticConsumer {
public:
  DiagnosticTee(DiagnosticConsumer &First, DiagnosticConsumer &Second)
      : First(First), Second(Second) {}
  void handleDiagnostic(const Diagnostic &D) override {
    First.handleDiagnostic(D);
    Second.handleDiagnostic(D);
  }
  void finish(unsigned NumErrors, unsigned NumWarnings) override {
    First.finish(NumErrors, NumWarnings);
    Second.finish(NumErrors, NumWarnings);
  }

private:
  DiagnosticConsumer &First, &Second;
};
} // namespace

/// Enough for every real finding of one run; a damaged input that makes a
/// check report thousands stops here (docs/limits.md).
constexpr unsigned DefaultMaxDiagnostics = 50;

/// The value of "--name=value" or "--name value"; std::nullopt when Args[I]
/// is not that option. Missing values come back as "" with Missing set.
static std::optional<StringRef> optionValue(ArrayRef<const char *> Args,
                                            size_t &I, StringRef Name,
                                            bool &Missing) {
  StringRef Arg = Args[I];
  if (!Arg.consume_front(Name))
    return std::nullopt;
  if (Arg.consume_front("="))
    return Arg;
  if (!Arg.empty())
    return std::nullopt;
  if (I + 1 == Args.size()) {
    Missing = true;
    return StringRef();
  }
  return StringRef(Args[++I]);
}

Session::Session(ArrayRef<const char *> Args) {
  DiagnosticFormat Format = DiagnosticFormat::Clang;
  enum { Auto, Always, Never } Color = Auto;
  unsigned MaxDiagnostics = DefaultMaxDiagnostics;
  for (size_t I = 0; I < Args.size(); ++I) {
    if (StringRef(Args[I]) == "--")
      break;
    bool Missing = false;
    if (auto V = optionValue(Args, I, "--diagnostics-format", Missing)) {
      if (auto F = parseDiagnosticFormat(*V))
        Format = *F;
      else
        EarlyError = ("invalid value '" + *V +
                      "' for --diagnostics-format (expected clang, msvc or "
                      "json)")
                         .str();
    } else if (auto V = optionValue(Args, I, "--color", Missing)) {
      if (*V == "auto")
        Color = Auto;
      else if (*V == "always")
        Color = Always;
      else if (*V == "never")
        Color = Never;
      else
        EarlyError = ("invalid value '" + *V +
                      "' for --color (expected auto, always or never)")
                         .str();
    } else if (auto V = optionValue(Args, I, "--diagnostics-log", Missing)) {
      if (V->empty() && !Missing)
        EarlyError = "--diagnostics-log needs a file name";
      LogPath = V->str();
    } else if (auto V = optionValue(Args, I, "--max-diagnostics", Missing)) {
      if (V->getAsInteger(10, MaxDiagnostics))
        EarlyError = ("invalid value '" + *V +
                      "' for --max-diagnostics (expected a number; 0 for no "
                      "limit)")
                         .str();
    }
  }

  // A command-line choice wins over NO_COLOR (no-color.org).
  if (Color == Auto)
    ShowColors =
        !sys::Process::GetEnv("NO_COLOR").has_value() && errs().is_displayed();
  else
    ShowColors = Color == Always;
  errs().enable_colors(ShowColors);

  Printer = createDiagnosticPrinter(Format, errs(), ShowColors);
  DiagnosticConsumer *Consumer = Printer.get();
  if (!LogPath.empty()) {
    LogStream = std::make_unique<raw_string_ostream>(LogText);
    LogPrinter = createClangPrinter(*LogStream, /*ShowColors=*/false);
    Tee = std::make_unique<DiagnosticTee>(*Printer, *LogPrinter);
    Consumer = Tee.get();
  }
  Diags = std::make_unique<DiagnosticEngine>(*Consumer);
  Diags->setMaxDiagnostics(MaxDiagnostics);
  if (!EarlyError.empty())
    usageError(EarlyError);
}

bool Session::parseCommonOption(ArrayRef<const char *> Args, size_t &I) {
  StringRef Arg = Args[I];
  bool Missing = false;
  if (optionValue(Args, I, "--diagnostics-format", Missing) ||
      optionValue(Args, I, "--color", Missing) ||
      optionValue(Args, I, "--max-diagnostics", Missing) ||
      optionValue(Args, I, "--diagnostics-log", Missing)) {
    if (Missing)
      usageError("option '" + Arg + "' requires a value");
    return true; // The value was checked by the constructor.
  }
  if (Arg.starts_with("-W") || Arg == "-w") {
    if (Arg == "-W")
      usageError("option '-W' requires a group name");
    else
      Diags->applyWarningOption(Arg);
    return true;
  }
  return false;
}

std::optional<StringRef> Session::takeValue(ArrayRef<const char *> Args,
                                            size_t &I, StringRef Name) {
  bool Missing = false;
  std::optional<StringRef> Value = optionValue(Args, I, Name, Missing);
  if (Missing)
    usageError("option '" + Name + "' requires a value");
  return Value;
}

void Session::usageError(const Twine &Message) {
  Diags->report(diag::err_usage) << Message;
  ToolFailed = true;
}

int Session::finish() {
  Diags->finish();
  if (!LogPath.empty()) {
    // Whole or not at all, as every file goexe writes.
    if (Error E = writeToOutput(LogPath, [&](raw_ostream &OS) {
          OS << LogText;
          return Error::success();
        })) {
      errs() << ToolName << ": error: cannot write the diagnostics log '"
             << LogPath << "': " << toString(std::move(E)) << '\n';
      return 2;
    }
  }
  if (ToolFailed)
    return 2;
  return Diags->hasErrors() ? 1 : 0;
}

} // namespace goexe
