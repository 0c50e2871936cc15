//===- BuildCommand.cpp - goexe build -------------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "goexe/Build/Depfile.h"
#include "goexe/Build/GoOutputTranslator.h"
#include "goexe/Build/PackageCache.h"
#include "goexe/Build/ProcessRunner.h"
#include "goexe/Build/XSourceCheck.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace goexe {

static const char BuildUsage[] =
    R"(USAGE: goexe build [options] -- <command> [args...]

Runs the command (normally 'go build ...') with goexe's environment and
working directory, passes its output on as it comes, and turns each error it
recognises into a diagnostic with notes that explain the cause and the fix.
Every line it does not recognise is passed on untouched (docs/build.md).

Exit status: the command's own when it ran and failed; 0 when it succeeded;
1 when it succeeded but -Werror turned a warning into an error, or when it
was killed or crashed; 2 when goexe could not do its job (no command, the
program not found, the depfile not written).

)";

/// Writes the depfile of a build that succeeded; false when it cannot.
static bool writeBuildDepfile(Session &S, GoBuildContext &Context,
                              StringRef Depfile, StringRef Output) {
  auto Fail = [&](const Twine &Why) {
    DiagnosticBuilder D = S.diags().report(diag::err_build_depfile);
    D << Depfile << Why;
    D.addNote(diag::note_build_depfile_untrusted);
    return false;
  };
  const PackageGraph *Graph = Context.depfilePackages();
  if (!Graph)
    return Fail(Context.packagesError());
  for (const GoListPackage &P : Graph->packages())
    if (!P.Error.empty())
      return Fail("go list: " + P.Error);
  // Of the go environment the depfile needs only GOWORK.
  GoEnv Env;
  Env.GOWORK = findGoWork(Context.workingDirectory());
  std::vector<std::string> Inputs =
      collectBuildInputs(*Graph, Env, Context.goBinary());
  if (Error E = writeDepfile(Depfile, Output, Inputs))
    return Fail(toString(std::move(E)));
  return true;
}

int runBuild(ArrayRef<const char *> Args) {
  Session S(Args, BuildCommand);
  if (S.printHelpIfAsked(BuildUsage))
    return 0;
  S.applyWarningOptions();
  std::optional<std::string> Depfile, Output, CacheDir, SiblingsFile;
  std::vector<std::pair<std::string, std::string>> Environment;
  for (const ParsedOption &O : S.args().Options) {
    StringRef V = O.Value;
    switch (O.ID) {
    case OptionID::Depfile:
      Depfile = V.str();
      break;
    case OptionID::BuildOutput:
      Output = V.str();
      break;
    case OptionID::PackageCache:
      CacheDir = V.str();
      break;
    case OptionID::SiblingPackages:
      SiblingsFile = V.str();
      break;
    case OptionID::BuildCallSite:
      if (std::optional<SourceLocation> Loc = parseSourceLocation(V))
        S.diags().setDefaultLocation(std::move(*Loc));
      else
        S.usageError("--call-site takes FILE:LINE or FILE:LINE:COLUMN, not '" +
                     V + "'");
      break;
    case OptionID::Env: {
      auto [Name, Value] = V.split('=');
      if (Name.empty() || Name.size() == V.size())
        S.usageError("--env takes NAME=VALUE, not '" + V + "'");
      Environment.emplace_back(Name.str(), Value.str());
      break;
    }
    default:
      break;
    }
  }
  std::vector<StringRef> Command = S.args().Rest;
  if (Command.empty())
    S.usageError("no command to run; usage: goexe build [options] -- go build "
                 "[build flags] [packages]");
  if (Depfile.has_value() != Output.has_value())
    S.usageError("--depfile and --output must be given together");
  if (CacheDir && !Depfile)
    S.usageError("--package-cache needs --depfile");
  if (SiblingsFile && !CacheDir)
    S.usageError("--sibling-packages needs --package-cache");
  std::vector<std::string> Siblings;
  if (SiblingsFile) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Text =
        MemoryBuffer::getFile(*SiblingsFile, /*IsText=*/true);
    if (!Text)
      S.usageError("cannot read the sibling packages '" + *SiblingsFile +
                   "': " + Text.getError().message());
    else
      for (StringRef Line : split((*Text)->getBuffer(), '\n'))
        if (!Line.trim().empty())
          Siblings.push_back(Line.trim().str());
  }
  if (S.toolFailed())
    return S.finish();

  for (const auto &[Name, Value] : Environment)
    if (!setEnvironmentVariable(Name, Value)) {
      S.usageError("cannot set the environment variable '" + Name + "'");
      return S.finish();
    }

  GoCommandLine Cmd = parseGoCommandLine(Command);
  if (Depfile &&
      !(Cmd.IsGo && (Cmd.Subcommand == "build" || Cmd.Subcommand == "install")))
    S.usageError("--depfile needs a 'go build' or 'go install' command");
  ErrorOr<std::string> Program = sys::findProgramByName(Command.front());
  if (!Program) {
    S.diags().report(diag::err_build_cannot_run)
        << Command.front() << "not found on PATH";
    S.setToolFailed();
  }
  if (S.toolFailed())
    return S.finish();

  GoBuildContext Context(Cmd, Cmd.IsGo ? *Program : std::string());
  std::optional<PackageCache> Cache;
  if (CacheDir && Cmd.IsGo)
    Cache.emplace(*CacheDir, Cmd, *Program, Context.workingDirectory());
  if (Depfile)
    Context.prefetch(Cache ? &*Cache : nullptr, Siblings);
  GoOutputTranslator Translator(S.diags(), Context, errs());
  ProcessResult Result = runStreaming(
      *Program, Command,
      [](StringRef Bytes) {
        outs() << Bytes;
        outs().flush();
      },
      [&](StringRef Bytes) { Translator.consume(Bytes); });
  Translator.finish();

  switch (Result.Status) {
  case ProcessResult::FailedToStart:
    S.diags().report(diag::err_build_cannot_run)
        << Command.front() << Result.Message;
    S.setToolFailed();
    return S.finish();
  case ProcessResult::Crashed:
    S.diags().report(diag::err_build_crashed)
        << Command.front() << Result.Message;
    S.finish();
    return 1;
  case ProcessResult::Exited:
    break;
  }
  if (!Result.Message.empty()) {
    S.diags().report(diag::err_build_cannot_run)
        << Command.front() << Result.Message;
    S.setToolFailed();
  }
  if (Result.ExitCode != 0) {
    S.finish();
    return Result.ExitCode;
  }

  if (Depfile && Output && !S.toolFailed()) {
    if (!writeBuildDepfile(S, Context, *Depfile, *Output))
      S.setToolFailed();
    else if (Cache)
      Context.storeIn(*Cache);
    // A gated build: the packages are known now, at no cost.
    if (const PackageGraph *Graph = Context.depfilePackages())
      checkXDefinitionsInSources(S.diags(), Cmd, *Graph,
                                 Context.workingDirectory());
  }
  int Status = S.finish();
  if (Status == 2)
    return 2;
  // Errors the build printed without failing (a stray compiler-like line)
  // do not fail it; a warning that -Werror promoted does.
  return Translator.getNumPromotedWarnings() ? 1 : 0;
}

} // namespace goexe
