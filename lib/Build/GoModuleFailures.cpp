//===- GoModuleFailures.cpp - Failures of Go versions and modules ---------===//
///
/// \file
/// A go.mod or go.work for a newer Go (-Wgo-version-too-new,
/// -Wmodule-requires-go), a toolchain go cannot download
/// (-Wtoolchain-unavailable) and a missing go.sum entry (-Wmissing-go-sum),
/// pointed at the go.mod line that asks for it.
///
//===----------------------------------------------------------------------===//

#include "BuildFailures.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

using namespace llvm;

namespace goexe {

constexpr StringLiteral GoPrefix = "go: ";
constexpr StringLiteral RequiresGo = " requires go >= ";
constexpr StringLiteral RunningGo = "(running go ";
constexpr StringLiteral GoToolchainSetting = "GOTOOLCHAIN=";
constexpr StringLiteral ModulePrefix = "module ";
constexpr StringLiteral ModuleRequiresGo = "note: module requires Go ";
constexpr StringLiteral Download = "download ";
constexpr StringLiteral MissingGoSum = "missing go.sum entry";
constexpr StringLiteral ImportedBy = "(imported by ";

bool recognizeGoVersion(Translator &T, StringRef Text, StringRef) {
  // go: go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)
  // go: module ./dep requires go >= 1.99 (running go 1.26.8; ...)
  StringRef Body = Text;
  if (!Body.consume_front(GoPrefix))
    return false;
  StringRef What, Requirement;
  if (!splitAround(Body, RequiresGo, What, Requirement))
    return false;
  auto [Need, Tail] = Requirement.split(' ');
  if (!Tail.starts_with(RunningGo) ||
      !T.enabled(diag::err_build_go_version_too_new))
    return false;
  StringRef Before, Toolchain;
  if (splitAround(Tail, GoToolchainSetting, Before, Toolchain))
    Toolchain = Toolchain.rtrim(')');

  std::string GoMod;
  StringRef Base = sys::path::filename(What);
  if (Base == "go.mod" || Base == "go.work") {
    GoMod = T.resolvePath(What, "");
  } else if (What.consume_front(ModulePrefix) &&
             (What.starts_with(".") || sys::path::is_absolute(What))) {
    // A directory that replaces a module, relative to the main module.
    std::string Main = T.mainGoMod();
    SmallString<256> Dir(sys::path::is_absolute(What)
                             ? StringRef()
                             : sys::path::parent_path(Main));
    sys::path::append(Dir, What, "go.mod");
    sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
    GoMod = std::string(Dir);
  }
  SourceLocation Loc;
  if (!GoMod.empty())
    if (std::optional<GoModDirective> Go = findGoModDirective(GoMod, "go"))
      Loc = locationIn(GoMod, Go->Pos);

  DiagDraft D(diag::err_build_go_version_too_new, Loc);
  D.arg(Body);
  D.WithPackage = false;
  if (Toolchain == "local")
    D.note(diag::note_build_gotoolchain_local);
  D.note(diag::note_build_go_version_fix, {},
         {Need.str(), GoMod.empty() ? std::string("go.mod") : GoMod});
  T.emit(std::move(D));
  return true;
}

bool recognizeGoModSyntax(Translator &T, const PositionLine &P) {
  // Go 1.19 and 1.20 reading a go.mod written for a newer Go.
  StringRef Message = P.Message;
  std::string What, Since;
  if (Message == "unknown directive: toolchain") {
    What = "the 'toolchain' line";
    Since = "1.21";
  } else if (Message == "unknown directive: godebug") {
    What = "the 'godebug' line";
    Since = "1.23";
  } else if (Message.consume_front("invalid go version '") &&
             Message.contains("': must match format")) {
    StringRef Version = Message.take_until([](char C) { return C == '\''; });
    if (Version.count('.') < 2)
      return false;
    What = ("a 'go' line with three numbers ('" + Version + "')").str();
    Since = "1.21";
  } else {
    return false;
  }
  if (!T.enabled(diag::err_build_go_version_too_new))
    return false;
  DiagDraft D(diag::err_build_go_version_too_new, T.locate(P, ""));
  D.arg(P.Message);
  D.WithPackage = false;
  D.note(diag::note_build_go_mod_syntax, {}, {What, Since, T.thisGoVersion()});
  T.emit(std::move(D));
  return true;
}

bool recognizeModuleRequiresGo(Translator &T, StringRef Text, StringRef) {
  // Go 1.19 after the compiler errors of a module with a newer 'go' line.
  StringRef Version = Text;
  if (!Version.consume_front(ModuleRequiresGo) ||
      !T.enabled(diag::warn_build_module_requires_go))
    return false;
  SourceLocation Loc;
  std::string GoMod = T.mainGoMod();
  if (std::optional<GoModDirective> Go = findGoModDirective(GoMod, "go"))
    Loc = locationIn(GoMod, Go->Pos);
  DiagDraft D(diag::warn_build_module_requires_go, Loc);
  D.arg(Version.trim()).arg(T.thisGoVersion());
  D.WithPackage = false;
  T.emit(std::move(D));
  return true;
}

bool recognizeToolchainDownload(Translator &T, StringRef Text, StringRef) {
  // go: download go1.99.0 for linux/amd64: toolchain not available
  // go: download go1.99.0: golang.org/toolchain@v0.0.1-go1.99.0...: Get ...
  StringRef Body = Text;
  if (!Body.consume_front(GoPrefix))
    return false;
  StringRef Version = Body;
  if (!Version.consume_front(Download) || !Version.starts_with("go") ||
      !T.enabled(diag::err_build_toolchain_unavailable))
    return false;
  Version = Version.take_until([](char C) { return C == ' ' || C == ':'; });

  DiagDraft D(diag::err_build_toolchain_unavailable);
  D.arg(Body);
  D.WithPackage = false;
  // The environment wins over go.mod: GOTOOLCHAIN=go1.99.0 or go1.99.0+auto.
  std::optional<std::string> FromEnv = sys::Process::GetEnv("GOTOOLCHAIN");
  if (FromEnv && StringRef(*FromEnv).split('+').first == Version) {
    D.note(diag::note_build_toolchain_env, {}, {*FromEnv});
  } else {
    std::string GoMod = T.mainGoMod(/*AskGo=*/false);
    std::string Display = sys::path::filename(GoMod).str();
    if (std::optional<GoModDirective> TC =
            findGoModDirective(GoMod, "toolchain");
        TC && TC->Value == Version) {
      D.Loc = locationIn(GoMod, TC->Pos);
      D.note(diag::note_build_toolchain_asked, {},
             {"the 'toolchain " + TC->Value + "' line of " + Display,
              Version.str()});
    } else if (std::optional<GoModDirective> Go =
                   findGoModDirective(GoMod, "go")) {
      D.Loc = locationIn(GoMod, Go->Pos);
      D.note(diag::note_build_toolchain_asked, {},
             {"the 'go " + Go->Value + "' line of " + Display, Version.str()});
    }
  }
  D.note(diag::note_build_toolchain_fix, {}, {Version.str()});
  T.emit(std::move(D));
  return true;
}

bool recognizeMissingGoSum(Translator &T, StringRef Text, StringRef) {
  // main.go:3:8: missing go.sum entry for module providing package P
  //   (imported by Q); to add:
  // \tgo get Q
  if (!Text.contains(MissingGoSum) ||
      !T.enabled(diag::err_build_missing_go_sum))
    return false;
  StringRef Body = Text;
  Body.consume_front(GoPrefix);
  SourceLocation Loc;
  StringRef Message = Body;
  if (std::optional<PositionLine> P = parsePositionLine(Body)) {
    Message = P->Message;
    // The file name is relative to the importing package's directory.
    StringRef Before, Importer;
    if (splitAround(Message, ImportedBy, Before, Importer))
      Importer = Importer.take_until([](char C) { return C == ')'; });
    Loc = T.locate(*P, Importer, /*PreferPackage=*/true);
  }
  for (StringRef Tail : {"; to add:", "; to add it:"})
    Message.consume_back(Tail);
  DiagDraft D(diag::err_build_missing_go_sum, std::move(Loc));
  D.arg(Message);
  D.WithPackage = false;
  T.hold(std::move(D), Absorb::GoSumFix);
  return true;
}

} // namespace goexe
