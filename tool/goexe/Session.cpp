//===- Session.cpp - What every goexe subcommand shares -------------------===//

#include "Session.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace goexe {

/// Enough for every real finding of one run; a damaged input that makes a
/// check report thousands stops here (docs/limits.md).
constexpr unsigned DefaultMaxDiagnostics = 50;

Session::Session(ArrayRef<const char *> Arguments, CommandSet Command)
    : Command(Command), Args(parseArgs(Arguments, Command)) {
  // The output options decide how everything else is printed, so they are
  // read first, wherever they are on the command line.
  DiagnosticFormat Format = DiagnosticFormat::Clang;
  enum { Auto, Always, Never } Color = Auto;
  unsigned MaxDiagnostics = DefaultMaxDiagnostics;
  std::vector<std::string> Errors;
  for (const ParsedOption &O : Args.Options) {
    StringRef V = O.Value;
    switch (O.ID) {
    case OptionID::DiagnosticsFormat:
      if (auto F = parseDiagnosticFormat(V))
        Format = *F;
      else
        Errors.push_back(("invalid value '" + V +
                          "' for --diagnostics-format (expected " +
                          diagnosticFormatChoices() + ")")
                             .str());
      break;
    case OptionID::Color:
      if (auto C = StringSwitch<std::optional<decltype(Color)>>(V)
                       .Case("auto", Auto)
                       .Case("always", Always)
                       .Case("never", Never)
                       .Default(std::nullopt))
        Color = *C;
      else
        Errors.push_back(("invalid value '" + V +
                          "' for --color (expected auto, always or never)")
                             .str());
      break;
    case OptionID::DiagnosticsLog:
      if (V.empty())
        Errors.push_back("--diagnostics-log needs a file name");
      LogPath = V.str();
      break;
    case OptionID::MaxDiagnostics:
      if (V.getAsInteger(10, MaxDiagnostics))
        Errors.push_back(("invalid value '" + V +
                          "' for --max-diagnostics (expected a number; 0 for "
                          "no limit)")
                             .str());
      break;
    default:
      break;
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
  Diags = std::make_unique<DiagnosticEngine>(*Printer);
  if (!LogPath.empty()) {
    LogStream = std::make_unique<raw_string_ostream>(LogText);
    LogPrinter = createClangPrinter(*LogStream, /*ShowColors=*/false);
    Diags->addConsumer(*LogPrinter);
  }
  Diags->setMaxDiagnostics(MaxDiagnostics);
  // --help wins over whatever else is wrong with the command line.
  if (Args.has(OptionID::Help) || Args.has(OptionID::HelpShort))
    return;
  for (const std::string &Error : Args.Errors)
    usageError(Error);
  for (const std::string &Error : Errors)
    usageError(Error);
}

bool Session::printHelpIfAsked(StringRef Usage) const {
  if (!Args.has(OptionID::Help) && !Args.has(OptionID::HelpShort))
    return false;
  outs() << Usage;
  printOptionHelp(outs(), Command);
  return true;
}

void Session::applyWarningOptions() {
  for (const ParsedOption &O : Args.Options)
    switch (O.ID) {
    case OptionID::W:
    case OptionID::WNo:
    case OptionID::WError:
    case OptionID::WErrorGroup:
    case OptionID::WNoErrorGroup:
    case OptionID::WEverything:
    case OptionID::NoWarnings:
      Diags->applyWarningOption(O.Text);
      break;
    default:
      break;
    }
}

bool Session::readIntent(BuildIntent &Intent) {
  // The manifest first: its -W options come before the command line's.
  for (const ParsedOption &O : Args.Options)
    if (O.ID == OptionID::Manifest) {
      if (Error E = readManifest(O.Value, Intent)) {
        Diags->report(diag::err_manifest, {O.Value.str()})
            << toString(std::move(E));
        setToolFailed();
        return false;
      }
      for (const std::string &Option : Intent.WarningOptions)
        Diags->applyWarningOption(Option);
    }
  applyWarningOptions();

  std::vector<IntentField> Replaced;
  for (const ParsedOption &O : Args.Options) {
    std::optional<IntentField> Field = intentFieldOf(O.ID);
    if (!Field)
      continue;
    // -ldflags on the command line replace the manifest's.
    if (!is_contained(Replaced, *Field)) {
      clearIntentField(Intent, *Field);
      Replaced.push_back(*Field);
    }
    if (Error E = setIntentOption(Intent, *Field, O.Value))
      usageError("invalid value '" + O.Value + "' for " + O.Spelling + " (" +
                 toString(std::move(E)) + ")");
  }
  return true;
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
