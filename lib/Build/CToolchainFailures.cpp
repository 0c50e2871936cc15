//===- CToolchainFailures.cpp - Failures of cgo's C toolchain -------------===//
///
/// \file
/// The C compiler and linker cgo runs: a static link without a static libc
/// (-Wstatic-libc-missing), the host's compiler building for Windows
/// (-Whost-cc-for-windows) and symbols ld cannot resolve
/// (-Wundefined-reference), pointed at the C.<name> call that needs them.
///
//===----------------------------------------------------------------------===//

#include "BuildFailures.h"
#include "goexe/Go/LinkerFlags.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

using namespace llvm;

namespace goexe {

constexpr StringLiteral InFunction = ": in function ";
constexpr StringLiteral CannotFindLibc = ": cannot find -lc";
constexpr StringLiteral CompilerError = ": error: ";
/// The C function cgo writes for a call of C.<name>: _cgo_<hash>_Cfunc_<name>.
constexpr StringLiteral CgoStub = "_Cfunc_";
/// The C file cgo writes for <name>.go when the C was optimized.
constexpr StringLiteral CgoCSuffix = ".cgo2.c";

/// `sym', 'sym', ‘sym’ -> sym.
static StringRef stripQuotes(StringRef S) {
  for (StringRef Open : {"`", "'", "\xE2\x80\x98"})
    if (S.consume_front(Open))
      break;
  for (StringRef Close : {"'", "\xE2\x80\x99"})
    if (S.consume_back(Close))
      break;
  return S;
}

bool recognizeLinkerContext(Translator &T, StringRef Text, StringRef Raw) {
  // /usr/bin/ld: /tmp/go-link-1/000001.o: in function `helper':
  StringRef Object, Function;
  if (!splitAround(Text, InFunction, Object, Function) ||
      !Text.ends_with(":") || !T.enabled(diag::err_build_undefined_reference))
    return false;
  Function.consume_back(":");
  T.holdLines(HeldKind::LinkerFunction, Raw);
  T.held().Function = stripQuotes(Function).str();
  return true;
}

bool recognizeStaticLibc(Translator &T, StringRef Text, StringRef) {
  // /usr/bin/ld: cannot find -lc: No such file or directory
  StringRef Linker, After;
  if (!splitAround(Text, CannotFindLibc, Linker, After) ||
      !(After.empty() || After.starts_with(":")) ||
      !T.enabled(diag::err_build_static_libc_missing))
    return false;
  DiagDraft D(diag::err_build_static_libc_missing);
  D.arg(Linker);
  D.note(diag::note_build_static_libc_fix);
  T.emit(std::move(D));
  return true;
}

bool recognizeHostCompiler(Translator &T, StringRef Text, StringRef) {
  // gcc: error: unrecognized command-line option '-mthreads'; did you mean..
  // clang: error: unsupported option '-mthreads' for target 'x86_64-...'
  auto [Compiler, Message] = Text.split(CompilerError);
  if (Message.empty() || !Message.contains("-mthreads") ||
      !(Message.starts_with("unrecognized command-line option") ||
        Message.starts_with("unsupported option") ||
        Message.starts_with("unknown argument")) ||
      !T.enabled(diag::err_build_host_cc_for_windows))
    return false;
  const GoEnv *Env = T.context().goEnv();
  if (Env && Env->GOOS != "windows")
    return false;
  auto [CC, CXX] = mingwCompilers(Env ? StringRef(Env->GOARCH) : "amd64");
  DiagDraft D(diag::err_build_host_cc_for_windows);
  D.arg(Compiler).arg(Message);
  D.note(diag::note_build_mingw_fix, {}, {CC, CXX});
  T.emit(std::move(D));
  return true;
}

bool recognizeMissingWindowsHeader(Translator &T, const PositionLine &P,
                                   StringRef Message) {
  // clang: 'windows.h' file not found; gcc: windows.h: No such file or
  // directory. A compiler for Windows has it.
  if (!Message.contains("windows.h") ||
      !(Message.contains("file not found") ||
        Message.contains("No such file or directory")) ||
      !T.enabled(diag::err_build_host_cc_for_windows))
    return false;
  const GoEnv *Env = T.context().goEnv();
  if (!Env || Env->GOOS != "windows")
    return false;
  auto [CC, CXX] = mingwCompilers(Env->GOARCH);
  DiagDraft D(diag::err_build_host_cc_for_windows,
              T.locate(P, T.currentPackage(), /*PreferPackage=*/true));
  D.arg(Env->CC.empty() ? StringRef("the C compiler") : StringRef(Env->CC))
      .arg(Message);
  D.note(diag::note_build_mingw_fix, {}, {CC, CXX});
  T.hold(std::move(D), Absorb::CCompiler);
  return true;
}

/// The libraries the user put on the cgo link line (CGO_LDFLAGS, as the go
/// command sees it, and their packages' #cgo LDFLAGS; runtime/cgo's own
/// -lpthread is not the user's), named as the user wrote them: -lfoo or
/// the file name of an archive or shared library.
static std::vector<std::string> linkedLibraries(const PackageGraph *Graph) {
  std::vector<std::string> Words;
  if (std::optional<std::string> Env = sys::Process::GetEnv("CGO_LDFLAGS")) {
    if (Expected<std::vector<std::string>> Split = splitGoQuoted(*Env))
      Words = std::move(*Split);
    else
      consumeError(Split.takeError()); // go itself would reject it first
  }
  if (Graph)
    for (const GoListPackage &P : Graph->packages())
      if (!P.Standard)
        llvm::append_range(Words, P.CgoLDFLAGS);
  std::vector<std::string> Libraries;
  for (StringRef Word : Words) {
    StringRef Name = sys::path::filename(Word);
    bool IsLibrary = Word.starts_with("-l") && Word.size() > 2;
    if (!Word.starts_with("-"))
      IsLibrary =
          Name.contains(".so.") ||
          any_of(ArrayRef<StringRef>{".a", ".so", ".lib", ".dylib", ".dll"},
                 [&](StringRef Ext) { return Name.ends_with(Ext); });
    if (IsLibrary && !is_contained(Libraries, Name))
      Libraries.push_back(Name.str());
  }
  return Libraries;
}

bool recognizeUndefinedReferenceLine(Translator &T, StringRef Text, StringRef) {
  return recognizeUndefinedReference(T, Text, "");
}

bool recognizeUndefinedReference(Translator &T, StringRef Text,
                                 StringRef Function) {
  // /tmp/go-build/lib.cgo2.c:56: undefined reference to `missing_function'
  // /src/lib/helper.c:2: undefined reference to `other_missing'
  StringRef Where, Symbol;
  if (!splitAround(Text, UndefinedReference, Where, Symbol) ||
      !T.enabled(diag::err_build_undefined_reference))
    return false;
  Symbol = stripQuotes(Symbol.trim());
  Where = Where.rtrim();
  Where.consume_back(":");
  StringRef File = Where;
  unsigned Line = 0;
  auto [Named, LineText] = Where.rsplit(':');
  if (LineText.getAsInteger(10, Line))
    Line = 0;
  else
    File = Named;

  SourceLocation Loc;
  const GoListPackage *CgoPackage = nullptr;
  const PackageGraph *Graph = T.context().packages();
  if (Line && sys::path::is_absolute(File) && sys::fs::exists(File)) {
    // C code of a package, compiled with -g: the line is real.
    Loc = SourceLocation(File.str(), Line);
    if (Graph)
      for (const GoListPackage &P : Graph->packages())
        if (!P.Dir.empty() && sys::path::parent_path(File) == P.Dir)
          CgoPackage = &P;
  } else if (Graph) {
    // The C stub cgo wrote for a C.<name> call: point at the call. ld names
    // the stub's file as <go file>.cgo2.c when the C was optimized, as
    // cgo-gcc-prolog at -O0, and only an offset without -g; the stub's
    // function (_cgo_<hash>_Cfunc_<name>) names the call in every case.
    StringRef Base = sys::path::filename(File);
    bool KnownGoFile = Base.consume_back(CgoCSuffix);
    StringRef Prefix, CName = Symbol;
    bool InStub = splitAround(Function, CgoStub, Prefix, CName);
    if (KnownGoFile || InStub) {
      for (const GoListPackage &P : Graph->packages()) {
        if (P.Standard)
          continue;
        for (const std::string &GoFile : P.CgoFiles) {
          if (KnownGoFile && GoFile != (Base + ".go").str())
            continue;
          std::string Path = joinPath(P.Dir, GoFile);
          if (std::optional<FilePosition> Pos = findCgoReference(Path, CName)) {
            Loc = locationIn(Path, *Pos);
            CgoPackage = &P;
            break;
          }
        }
        if (CgoPackage)
          break;
      }
    }
  }

  DiagDraft D(diag::err_build_undefined_reference, std::move(Loc));
  D.arg(Symbol);
  if (CgoPackage)
    D.note(diag::note_build_cgo_package, {}, {CgoPackage->ImportPath});
  if (!Function.empty() && !Function.starts_with("_cgo_"))
    D.note(diag::note_build_in_function, {}, {Function.str()});
  std::vector<std::string> Libraries = linkedLibraries(Graph);
  if (Libraries.empty()) {
    D.note(diag::note_build_undefined_reference_fix, {}, {Symbol.str()});
  } else {
    // The library is there: telling the user to add it would be wrong.
    constexpr size_t Named = 3;
    std::string List = join(ArrayRef(Libraries).take_front(Named), ", ");
    if (Libraries.size() > Named)
      List += " and " + std::to_string(Libraries.size() - Named) + " more";
    D.note(diag::note_build_undefined_reference_linked, {},
           {Symbol.str(), List});
  }
  T.emit(std::move(D));
  return true;
}

} // namespace goexe
