//===- DoctorContext.cpp - What the toolchain says, asked once ------------===//

#include "goexe/Doctor/Doctor.h"

#include "goexe/Build/ProcessRunner.h"
#include "goexe/Go/LinkerFlags.h"
#include "goexe/Support/JSONUtil.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"

using namespace llvm;

namespace goexe {

/// GOTOOLCHAIN from the go env file (`go env GOENV`), which the variable
/// overrides: "GOTOOLCHAIN=local" lines, as `go env -w` writes them.
static std::string toolchainInEnvFile(StringRef EnvFile) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Text =
      MemoryBuffer::getFile(EnvFile, /*IsText=*/true);
  if (!Text)
    return "";
  std::string Value;
  for (StringRef Line : split((*Text)->getBuffer(), '\n'))
    if (StringRef L = Line.trim(); L.consume_front("GOTOOLCHAIN="))
      Value = L.str();
  return Value;
}

DoctorContext::DoctorContext(DiagnosticEngine &Diags, const BuildIntent &Intent,
                             std::string Dir)
    : Diags(Diags), Intent(Intent) {
  // Absolute: asking go moves into the directory.
  SmallString<256> Absolute(Dir.empty() ? "." : Dir);
  // Without a current directory the relative one is all there is.
  if (std::error_code EC = sys::fs::make_absolute(Absolute))
    Absolute = Dir;
  this->Dir = std::string(Absolute);
  UserToolchain = sys::Process::GetEnv("GOTOOLCHAIN").value_or("");
}

SourceLocation DoctorContext::where() const {
  return Intent.CallSite ? *Intent.CallSite : SourceLocation();
}

StringRef DoctorContext::goBinary() {
  if (!Go) {
    ErrorOr<std::string> Found = sys::findProgramByName("go");
    Go = Found ? *Found : "";
    if (Go->empty())
      Diags.report(diag::err_doctor_no_go, where());
  }
  return *Go;
}

/// The target's environment, as the build will have it, and GOTOOLCHAIN=
/// local: asking must not download a toolchain.
static void setTargetEnvironment(const BuildIntent &Intent) {
  auto Set = [](StringRef Name, const std::optional<std::string> &V) {
    if (V)
      (void)setEnvironmentVariable(Name, *V);
  };
  Set("GOOS", Intent.GOOS);
  Set("GOARCH", Intent.GOARCH);
  if (Intent.Cgo)
    (void)setEnvironmentVariable("CGO_ENABLED", *Intent.Cgo ? "1" : "0");
  Set("CC", Intent.CC);
  Set("CXX", Intent.CXX);
  // Not GOFLAGS: the flag checks say what is wrong with it, and the
  // questions asked here do not depend on it.
  (void)setEnvironmentVariable("GOTOOLCHAIN", "local");
}

const StringMap<std::string> *DoctorContext::goEnv() {
  if (Env)
    return *Env ? &**Env : nullptr;
  Env.emplace();
  StringRef GoPath = goBinary();
  if (GoPath.empty())
    return nullptr;
  setTargetEnvironment(Intent);
  // go runs in the module's directory (-C needs Go 1.20).
  if (std::error_code EC = sys::fs::set_current_path(Dir)) {
    Diags.report(diag::err_doctor_go_failed, where())
        << "cd " + Dir << EC.message();
    return nullptr;
  }
  CapturedRun Run = runCaptured(GoPath, {"go", "env", "-json"});
  auto Fail = [&](const Twine &Why) -> const StringMap<std::string> * {
    Diags.report(diag::err_doctor_go_failed, where())
        << "go env -json" << Why.str();
    return nullptr;
  };
  if (!Run.Result.succeeded()) {
    // go refuses a pair it does not know before it prints anything.
    StringRef Error = StringRef(Run.Stderr).trim();
    if (Error.contains("unsupported GOOS/GOARCH pair")) {
      Diags.report(diag::err_doctor_unsupported_target, where())
          << "the go command" << Error.rsplit(' ').second.str();
      return nullptr;
    }
    return Fail(Error.empty() ? StringRef(Run.Result.Message) : Error);
  }
  Expected<json::Value> Parsed = parseJSON(Run.Stdout);
  if (!Parsed)
    return Fail(toString(Parsed.takeError()));
  const json::Object *Object = Parsed->getAsObject();
  if (!Object)
    return Fail("not a JSON object");
  StringMap<std::string> Vars;
  for (const auto &Member : *Object)
    if (std::optional<StringRef> S = Member.second.getAsString())
      Vars[StringRef(Member.first)] = S->str();
  if (UserToolchain.empty())
    UserToolchain = toolchainInEnvFile(Vars.lookup("GOENV"));
  if (UserToolchain.empty())
    UserToolchain = "auto";
  Env = std::move(Vars);
  return &**Env;
}

StringRef DoctorContext::env(StringRef Name) {
  const StringMap<std::string> *Vars = goEnv();
  if (!Vars)
    return "";
  auto It = Vars->find(Name);
  return It == Vars->end() ? StringRef() : StringRef(It->second);
}

const StringMap<bool> *DoctorContext::distList() {
  if (Dist)
    return *Dist ? &**Dist : nullptr;
  Dist.emplace();
  StringRef GoPath = goBinary();
  if (GoPath.empty() || !goEnv())
    return nullptr;
  CapturedRun Run =
      runCaptured(GoPath, {"go", "tool", "dist", "list", "-json"});
  auto Fail = [&](const Twine &Why) -> const StringMap<bool> * {
    Diags.report(diag::err_doctor_go_failed, where())
        << "go tool dist list -json" << Why.str();
    return nullptr;
  };
  if (!Run.Result.succeeded())
    return Fail(StringRef(Run.Stderr).trim());
  Expected<json::Value> Parsed = parseJSON(Run.Stdout);
  if (!Parsed)
    return Fail(toString(Parsed.takeError()));
  const json::Array *Pairs = Parsed->getAsArray();
  if (!Pairs)
    return Fail("not a JSON array");
  StringMap<bool> Targets;
  for (const json::Value &Pair : *Pairs) {
    const json::Object *O = Pair.getAsObject();
    if (!O)
      continue;
    std::optional<StringRef> OS = O->getString("GOOS"),
                             Arch = O->getString("GOARCH");
    if (OS && Arch)
      Targets[(*OS + "/" + *Arch).str()] =
          O->getBoolean("CgoSupported").value_or(false);
  }
  Dist = std::move(Targets);
  return &**Dist;
}

std::optional<std::string>
DoctorContext::runCompiler(StringRef Command, ArrayRef<StringRef> Args) {
  Expected<std::vector<std::string>> Words = splitGoQuoted(Command);
  if (!Words) {
    consumeError(Words.takeError()); // the caller reports the command
    return std::nullopt;
  }
  if (Words->empty())
    return std::nullopt;
  ErrorOr<std::string> Program = sys::findProgramByName(Words->front());
  if (!Program)
    return std::nullopt;
  std::vector<StringRef> Argv(Words->begin(), Words->end());
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  CapturedRun Run = runCaptured(*Program, Argv);
  if (!Run.Result.succeeded())
    return std::nullopt;
  return StringRef(Run.Stdout).trim().str();
}

} // namespace goexe
