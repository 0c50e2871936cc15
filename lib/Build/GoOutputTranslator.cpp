//===- GoOutputTranslator.cpp - A build's errors as diagnostics -----------===//
///
/// \file
/// The line machine: headers, held context, diagnostics that take the lines
/// after them along, and the compiler and vet lines every Go build prints.
/// The failure families with explanations are in BuildFailures.h.
///
//===----------------------------------------------------------------------===//

#include "BuildFailures.h"
#include "TranslatorImpl.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

//===----------------------------------------------------------------------===//
// Lines
//===----------------------------------------------------------------------===//

/// A plausible file name before `:line:`: a base name with an extension,
/// or one of the compiler's pseudo files. Keeps "step 3:4: x" out.
static bool isPlausibleFile(StringRef File) {
  if (File.empty() || File.front() == ' ' || File.back() == ' ')
    return false;
  if (File.starts_with("<") || File == "cgo-gcc-prolog")
    return true;
  StringRef Base = File.substr(File.find_last_of("/\\") + 1);
  size_t Dot = Base.rfind('.');
  return Dot != StringRef::npos && Dot > 0 && Dot + 1 < Base.size();
}

std::optional<PositionLine> parsePositionLine(StringRef Text) {
  // Skip a drive letter: C:\src\main.go:3:4: ...
  size_t From = 0;
  if (Text.size() > 3 && isAlpha(Text[0]) && Text[1] == ':' &&
      (Text[2] == '\\' || Text[2] == '/'))
    From = 2;
  for (size_t Colon = Text.find(':', From); Colon != StringRef::npos;
       Colon = Text.find(':', Colon + 1)) {
    StringRef Rest = Text.drop_front(Colon + 1);
    unsigned Line = 0, Column = 0;
    StringRef Digits = Rest.take_while(isDigit);
    if (Digits.empty() || Digits.getAsInteger(10, Line) || Line == 0)
      continue;
    Rest = Rest.drop_front(Digits.size());
    if (Rest.starts_with(":") && Rest.size() > 1 && isDigit(Rest[1])) {
      StringRef ColDigits = Rest.drop_front().take_while(isDigit);
      if (ColDigits.getAsInteger(10, Column))
        continue;
      Rest = Rest.drop_front(1 + ColDigits.size());
    }
    if (!Rest.consume_front(": "))
      continue;
    StringRef File = Text.take_front(Colon);
    if (!isPlausibleFile(File))
      return std::nullopt;
    return PositionLine{File, Line, Column, Rest};
  }
  return std::nullopt;
}

/// The compiler's optimisation reports (-gcflags=-m, -d=ssa/check_bce, ...)
/// have the form of errors, but a build that prints them succeeds.
static bool isCompilerRemark(StringRef Message) {
  if (Message.starts_with(" ") || Message.starts_with("\t"))
    return true; // -m=2 explanations
  for (StringRef Prefix :
       {"can inline ", "cannot inline ", "inlining call to ",
        "moved to heap: ", "leaking param", "leaking closure", "leaking result",
        "devirtualizing ", "PGO devirtualizing ", "Found Is", "Proved ",
        "Disproved ", "Induction variable", "hot-"})
    if (Message.starts_with(Prefix))
      return true;
  for (StringRef Part : {" escapes to heap", " does not escape", " leaks to "})
    if (Message.contains(Part))
      return true;
  return false;
}

/// gcc's and clang's quoted source lines, carets and fix-its.
static bool isCompilerSnippet(StringRef Text) {
  StringRef T = Text.ltrim(' ');
  if (T.consume_front("+++ |"))
    return true;
  T = T.drop_while(isDigit).ltrim(' ');
  return T.starts_with("|");
}

static bool isIdentifier(StringRef S) {
  return !S.empty() && !isDigit(S.front()) &&
         all_of(S, [](char C) { return isAlnum(C) || C == '_'; });
}

//===----------------------------------------------------------------------===//
// The line machine
//===----------------------------------------------------------------------===//

void GoOutputTranslator::Impl::consume(StringRef Bytes) {
  size_t Start = 0;
  for (size_t NL = Bytes.find('\n'); NL != StringRef::npos;
       NL = Bytes.find('\n', Start)) {
    if (Partial.empty()) {
      line(Bytes.slice(Start, NL + 1));
    } else {
      Partial.append(Bytes.data() + Start, NL + 1 - Start);
      std::string Line = std::move(Partial);
      Partial.clear();
      line(Line);
    }
    Start = NL + 1;
  }
  Partial.append(Bytes.data() + Start, Bytes.size() - Start);
}

void GoOutputTranslator::Impl::finish() {
  if (!Partial.empty()) {
    std::string Last = std::move(Partial);
    Partial.clear();
    line(Last);
  }
  flushPending();
  releaseHeld();
  retireHeader();
  Out.flush();
}

void GoOutputTranslator::Impl::line(StringRef Raw) {
  StringRef Text = Raw;
  Text.consume_back("\n");
  Text.consume_back("\r");

  if (absorb(Text, Raw))
    return;
  flushPending();
  if (Held.Kind != HeldKind::None && continueHeld(Text, Raw))
    return;
  releaseHeld();
  if (parseHeader(Text, Raw))
    return;
  if (recognize(Text, Raw))
    return;
  passThrough(Raw);
}

bool GoOutputTranslator::Impl::parseHeader(StringRef Text, StringRef Raw) {
  // "# example.com/pkg", or "# example.com/pkg [example.com/pkg.test]".
  if (!Text.consume_front("# "))
    return false;
  StringRef Package = Text.take_until([](char C) { return C == ' '; });
  StringRef Rest = Text.drop_front(Package.size());
  if (Package.empty() ||
      !(Rest.empty() || (Rest.starts_with(" [") && Rest.ends_with("]"))))
    return false;
  retireHeader();
  CurrentHeader = Header{Raw.str(), Package.str()};
  return true;
}

void GoOutputTranslator::Impl::retireHeader() {
  // A header nothing followed still tells the user something.
  if (CurrentHeader && !CurrentHeader->Printed && !CurrentHeader->Used)
    Out << CurrentHeader->Raw;
  CurrentHeader.reset();
}

void GoOutputTranslator::Impl::passThrough(StringRef Raw, bool InBlock) {
  // An untouched line of a package's block keeps the block's header above
  // it, even when diagnostics already took the header as a note.
  if (InBlock && CurrentHeader && !CurrentHeader->Printed) {
    Out << CurrentHeader->Raw;
    CurrentHeader->Printed = true;
  }
  Out << Raw;
  Out.flush();
}

bool GoOutputTranslator::Impl::absorb(StringRef Text, StringRef Raw) {
  if (!Pending)
    return false;
  PendingDiag &P = *Pending;
  switch (P.Kind) {
  case Absorb::GoContinuation: {
    if (!Text.starts_with("\t"))
      return false;
    // "\t./other.go:3:6: other declaration of f" is a note with a place;
    // anything else ("\thave (int)") is more of the message.
    if (std::optional<PositionLine> Pos = parsePositionLine(Text.ltrim('\t'))) {
      P.Draft.note(diag::note_build_go, locate(*Pos, currentPackage()),
                   {Pos->Message.str()});
      return true;
    }
    P.Draft.Args.front() += "\n" + Text.str();
    return true;
  }
  case Absorb::GoSumFix:
    if (!Text.starts_with("\t") || P.GotFix)
      return false;
    P.Draft.note(diag::note_build_go_sum_fix, {}, {Text.trim().str()});
    P.GotFix = true;
    return true;
  case Absorb::CCompiler: {
    if (isCompilerSnippet(Text)) {
      P.TrailingRaw.push_back(Raw.str());
      return true;
    }
    std::optional<PositionLine> Pos = parsePositionLine(Text);
    StringRef Note = Pos ? Pos->Message : StringRef();
    if (!Pos || !Note.consume_front("note: "))
      return false;
    P.Draft.note(diag::note_build_c, locate(*Pos, currentPackage(), true),
                 {Note.str()});
    return true;
  }
  }
  return false;
}

void GoOutputTranslator::Impl::flushPending() {
  if (!Pending)
    return;
  PendingDiag P = std::move(*Pending);
  Pending.reset();
  if (P.Kind == Absorb::GoSumFix && !P.GotFix)
    P.Draft.note(diag::note_build_go_sum_fix, {}, {"go mod tidy"});
  emit(std::move(P.Draft));
  for (const std::string &Raw : P.TrailingRaw)
    passThrough(Raw, /*InBlock=*/false);
}

bool GoOutputTranslator::Impl::continueHeld(StringRef Text, StringRef Raw) {
  switch (Held.Kind) {
  case HeldKind::None:
    return false;
  case HeldKind::LinkerFunction:
    if (!recognizeUndefinedReference(*this, Text, Held.Function))
      return false;
    dropHeld();
    return true;
  case HeldKind::ImportChain:
    return recognizeImportChainLine(*this, Text, Raw);
  }
  return false;
}

void GoOutputTranslator::Impl::releaseHeld() {
  std::vector<std::string> Lines = std::move(Held.Raw);
  dropHeld();
  for (const std::string &Raw : Lines)
    passThrough(Raw);
}

bool GoOutputTranslator::Impl::recognize(StringRef Text, StringRef Raw) {
  // Compiler and vet lines last: most failures also have a position.
  return any_of(lineRecognizers(),
                [&](const LineRecognizer &R) {
                  return R.Recognize(*this, Text, Raw);
                }) ||
         recognizePositionLine(Text);
}

void GoOutputTranslator::Impl::emit(DiagDraft D) {
  const DiagInfo &Info = getDiagInfo(D.ID);
  std::string Message = formatDiagnosticMessage(Info.Message, D.Args);
  std::string Key =
      (Twine(D.ID) + "\x1f" + D.Loc.File + "\x1f" + Twine(D.Loc.Line) + "\x1f" +
       Twine(D.Loc.Column) + "\x1f" + Message)
          .str();
  bool WithPackage = D.WithPackage && CurrentHeader;
  if (WithPackage)
    CurrentHeader->Used = true;
  // go prints the same failure once per action that hit it (the host gcc
  // fails the same way for every C file of runtime/cgo).
  if (!Emitted.insert(Key).second)
    return;

  Severity Sev = Diags.getEffectiveSeverity(D.ID);
  if (Sev == Severity::Error && Info.DefaultSeverity != Severity::Error)
    ++NumPromoted;

  DiagnosticBuilder B = Diags.report(D.ID, std::move(D.Loc));
  // go's messages: several lines, and nothing of a hostile file's.
  for (const std::string &Arg : D.Args)
    B.addMultilineArg(Arg);
  if (WithPackage)
    B.addNote(diag::note_build_package) << CurrentHeader->Package;
  for (DiagDraft::Note &N : D.Notes) {
    B.addNote(N.ID, std::move(N.Loc));
    for (const std::string &Arg : N.Args)
      B.addMultilineArg(Arg);
  }
}

//===----------------------------------------------------------------------===//
// Places
//===----------------------------------------------------------------------===//

std::string GoOutputTranslator::Impl::resolvePath(StringRef File,
                                                  StringRef Package,
                                                  bool PreferPackage) {
  if (sys::path::is_absolute(File))
    return File.str();
  SmallString<256> InWorkDir(Context.workingDirectory());
  sys::path::append(InWorkDir, File);
  sys::path::remove_dots(InWorkDir, /*remove_dot_dot=*/true);
  if (!PreferPackage && sys::fs::exists(InWorkDir))
    return std::string(InWorkDir);
  if (!Package.empty())
    if (const PackageGraph *G = Context.packages())
      if (const GoListPackage *P = G->lookup(Package); P && !P->Dir.empty()) {
        SmallString<256> InPackage(P->Dir);
        sys::path::append(InPackage, File);
        sys::path::remove_dots(InPackage, /*remove_dot_dot=*/true);
        if (sys::fs::exists(InPackage))
          return std::string(InPackage);
      }
  if (sys::fs::exists(InWorkDir))
    return std::string(InWorkDir);
  return File.str();
}

SourceLocation GoOutputTranslator::Impl::locate(const PositionLine &P,
                                                StringRef Package,
                                                bool PreferPackage) {
  return SourceLocation(resolvePath(P.File, Package, PreferPackage), P.Line,
                        P.Column);
}

std::string GoOutputTranslator::Impl::mainGoMod(bool AskGo) {
  if (const GoEnv *Env = AskGo ? Context.goEnv() : nullptr)
    if (!Env->GOMOD.empty() && Env->GOMOD != "/dev/null" && Env->GOMOD != "NUL")
      return Env->GOMOD;
  return findInParents(Context.workingDirectory(), "go.mod");
}

std::string GoOutputTranslator::Impl::thisGoVersion() {
  if (const GoEnv *Env = Context.goEnv())
    if (!Env->GOVERSION.empty())
      return Env->GOVERSION;
  return "this go";
}

//===----------------------------------------------------------------------===//
// Compiler and vet lines
//===----------------------------------------------------------------------===//

bool GoOutputTranslator::Impl::recognizePositionLine(StringRef Text) {
  // go vet prefixes the type checker's errors.
  Text.consume_front("vet: ");
  std::optional<PositionLine> P = parsePositionLine(Text);
  if (!P)
    return false;

  for (StringRef Severity : {"fatal error: ", "error: ", "warning: ", "note: "})
    if (P->Message.starts_with(Severity))
      return recognizeCompilerLine(*P, Severity);

  StringRef Base = sys::path::filename(P->File);
  if ((Base == "go.mod" || Base == "go.work") &&
      recognizeGoModSyntax(*this, *P))
    return true;
  // The linker's, which a plain error would place in a generated file.
  if (P->Message.starts_with(UndefinedReference))
    return false;
  if (isCompilerRemark(P->Message))
    return false;

  StringRef Undefined = P->Message;
  if (Undefined.consume_front("undefined: ")) {
    auto [Qualifier, Name] = Undefined.split('.');
    if (isIdentifier(Qualifier) && isIdentifier(Name) &&
        recognizeUndefinedOnTarget(*this, *P, Qualifier, Name))
      return true;
  }

  // A plain compiler or vet error: the build failed on it.
  DiagDraft D(diag::err_build_go, locate(*P, currentPackage()));
  D.arg(P->Message);
  hold(std::move(D), Absorb::GoContinuation);
  return true;
}

bool GoOutputTranslator::Impl::recognizeCompilerLine(const PositionLine &P,
                                                     StringRef Severity) {
  // cgo runs the C compiler in the package directory.
  SourceLocation Loc = locate(P, currentPackage(), /*PreferPackage=*/true);
  StringRef Message = P.Message.drop_front(Severity.size());
  diag::ID ID;
  if (Severity == "warning: ")
    ID = diag::warn_build_c;
  else if (Severity == "note: ")
    ID = diag::note_build_c;
  else
    ID = diag::err_build_c;
  // A note on its own (its diagnostic is gone) and a warning -W turned off
  // stay as they were.
  if (ID == diag::note_build_c || !enabled(ID))
    return false;
  if (ID == diag::err_build_c &&
      recognizeMissingWindowsHeader(*this, P, Message))
    return true;
  DiagDraft D(ID, std::move(Loc));
  D.arg(Message);
  hold(std::move(D), Absorb::CCompiler);
  return true;
}

//===----------------------------------------------------------------------===//
// The public face
//===----------------------------------------------------------------------===//

BuildContext::~BuildContext() = default;

GoOutputTranslator::GoOutputTranslator(DiagnosticEngine &Diags,
                                       BuildContext &Context, raw_ostream &Out)
    : I(std::make_unique<Impl>(Diags, Context, Out)) {}

GoOutputTranslator::~GoOutputTranslator() = default;

void GoOutputTranslator::consume(StringRef Bytes) { I->consume(Bytes); }

void GoOutputTranslator::finish() { I->finish(); }

unsigned GoOutputTranslator::getNumPromotedWarnings() const {
  return I->NumPromoted;
}

} // namespace goexe
