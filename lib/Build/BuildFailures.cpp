//===- BuildFailures.cpp - Known build failures, explained ----------------===//
///
/// \file
/// One recogniser per failure family. Each matches the words the toolchain
/// really prints (Go 1.19 and newer, gcc, clang, GNU ld), looks for evidence
/// (the declaration, the .syso, the go.mod line) and explains the cause and
/// the fix in notes. A recogniser whose -W group is off matches nothing, so
/// the line is handled as if goexe did not know it.
///
//===----------------------------------------------------------------------===//

#include "SourceScan.h"
#include "TranslatorImpl.h"
#include "goexe/Go/LinkerFlags.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

#include <algorithm>

using namespace llvm;

namespace goexe {

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

static std::string joinPath(StringRef Dir, StringRef Name) {
  SmallString<256> Path(Dir);
  sys::path::append(Path, Name);
  return std::string(Path);
}

static SourceLocation at(StringRef File, FilePosition Pos) {
  return SourceLocation(File.str(), Pos.Line, Pos.Column);
}

bool GoOutputTranslator::Impl::recognizeFamilies(StringRef Text) {
  return recognizeStaticLibc(Text) || recognizeHostCompiler(Text) ||
         recognizeObjectArchitecture(Text) || recognizeSysoRelocation(Text) ||
         recognizeRsrcSections(Text) || recognizeXNotString(Text) ||
         recognizeGoVersion(Text) || recognizeModuleRequiresGo(Text) ||
         recognizeToolchainDownload(Text) || recognizeMissingGoSum(Text) ||
         recognizeUndefinedReference(Text, "") || recognizeNoGoFilesLine(Text);
}

//===----------------------------------------------------------------------===//
// Context lines
//===----------------------------------------------------------------------===//

bool GoOutputTranslator::Impl::recognizeLinkerContext(StringRef Text,
                                                      StringRef Raw) {
  // /usr/bin/ld: /tmp/go-link-1/000001.o: in function `helper':
  size_t At = Text.find(": in function ");
  if (At == StringRef::npos || !Text.ends_with(":") ||
      !enabled(diag::err_build_undefined_reference))
    return false;
  Held = HeldKind::LinkerFunction;
  HeldRaw = {Raw.str()};
  HeldFunction = stripQuotes(Text.drop_front(At + 14).drop_back()).str();
  return true;
}

bool GoOutputTranslator::Impl::recognizeImportChainStart(StringRef Text,
                                                         StringRef Raw) {
  // "package example.com/app" alone, then "\timports ..." lines.
  StringRef Package = Text;
  if (!Package.consume_front("package ") || Package.empty() ||
      Package.contains(' ') || Package.contains(':') ||
      !enabled(diag::err_build_no_go_files))
    return false;
  Held = HeldKind::ImportChain;
  HeldRaw = {Raw.str()};
  HeldPackages = {Package.str()};
  return true;
}

bool GoOutputTranslator::Impl::recognizeImportChainLine(StringRef Text,
                                                        StringRef Raw) {
  StringRef Rest = Text;
  if (!Rest.consume_front("\timports "))
    return false;
  size_t Colon = Rest.find(": ");
  if (Colon == StringRef::npos) {
    HeldPackages.push_back(Rest.trim().str());
    HeldRaw.push_back(Raw.str());
    return true;
  }
  StringRef Dir = Rest.drop_front(Colon + 2);
  if (!Dir.consume_front("build constraints exclude all Go files in ") ||
      !recognizeNoGoFiles(Rest.take_front(Colon), Dir, HeldPackages))
    return false;
  HeldRaw.clear();
  HeldPackages.clear();
  Held = HeldKind::None;
  return true;
}

//===----------------------------------------------------------------------===//
// -Wundefined-on-target
//===----------------------------------------------------------------------===//

bool GoOutputTranslator::Impl::recognizeUndefinedOnTarget(const PositionLine &P,
                                                          StringRef Qualifier,
                                                          StringRef Name) {
  if (!enabled(diag::err_build_undefined_on_target))
    return false;
  const PackageGraph *Graph = Context.packages();
  const GoEnv *Env = Context.goEnv();
  if (!Graph || !Env)
    return false;

  // The imported package the qualifier names: one of the failing package's
  // imports, else any package of the build with that name.
  const GoListPackage *Imported = nullptr;
  if (const GoListPackage *Failing = Graph->lookup(currentPackage()))
    for (const std::string &Path : Failing->Imports)
      if (const GoListPackage *I = Graph->lookup(Path);
          I && I->Name == Qualifier) {
        Imported = I;
        break;
      }
  if (!Imported)
    for (const GoListPackage &I : Graph->packages())
      if (I.Name == Qualifier) {
        Imported = &I;
        break;
      }
  if (!Imported || Imported->Dir.empty())
    return false;

  // Declared in a file this target builds: the error has another cause.
  for (const std::vector<std::string> *Files :
       {&Imported->GoFiles, &Imported->CgoFiles})
    for (const std::string &F : *Files)
      if (findGoDeclaration(joinPath(Imported->Dir, F), Name))
        return false;

  struct Declaration {
    std::string Path;
    FilePosition Pos;
    std::string BuiltFor;
  };
  std::vector<Declaration> Found;
  StringSet<> OSes;
  bool AllNamed = true;
  for (const std::string &F : Imported->IgnoredGoFiles) {
    if (StringRef(F).ends_with("_test.go"))
      continue;
    std::string Path = joinPath(Imported->Dir, F);
    std::optional<FilePosition> Pos = findGoDeclaration(Path, Name);
    if (!Pos)
      continue;
    std::string BuiltFor = fileNameConstraint(F);
    if (!BuiltFor.empty()) {
      OSes.insert(StringRef(BuiltFor).split('/').first);
    } else {
      AllNamed = false;
      if (std::optional<BuildConstraint> C = findBuildConstraint(Path))
        BuiltFor = "//go:build " + C->Expr;
      else
        BuiltFor = "other targets";
    }
    Found.push_back({std::move(Path), *Pos, std::move(BuiltFor)});
  }
  if (Found.empty())
    return false;

  // Suggest the targets that have it when they are few, else "not this one".
  std::string Constraint = "!" + Env->GOOS;
  if (AllNamed && !OSes.empty() && OSes.size() <= 3 &&
      !OSes.contains(Env->GOOS)) {
    std::vector<StringRef> Names(OSes.keys().begin(), OSes.keys().end());
    llvm::sort(Names);
    Constraint = join(Names, " || ");
  }

  DiagDraft D(diag::err_build_undefined_on_target, locate(P, currentPackage()));
  D.arg(Qualifier).arg(Name).arg(Env->target());
  D.note(diag::note_build_declared_for, at(Found[0].Path, Found[0].Pos),
         {Name.str(), Found[0].BuiltFor, utostr(Found.size()),
          Imported->ImportPath, Env->target()});
  D.note(diag::note_build_constraint_fix, {},
         {(Qualifier + "." + Name).str(), Constraint, Env->GOOS});
  emit(std::move(D));
  return true;
}

//===----------------------------------------------------------------------===//
// -Wno-go-files
//===----------------------------------------------------------------------===//

bool GoOutputTranslator::Impl::recognizeNoGoFilesLine(StringRef Text) {
  // package example.com/x: build constraints exclude all Go files in DIR
  StringRef Rest = Text;
  if (!Rest.consume_front("package "))
    return false;
  auto [Package, Dir] =
      Rest.split(": build constraints exclude all Go files in ");
  return !Dir.empty() && recognizeNoGoFiles(Package, Dir, {});
}

/// Whether a file name's "linux", "linux/amd64" or "amd64" admits the target.
static bool nameMatchesTarget(StringRef ForName, const GoEnv &Env) {
  auto [First, Second] = ForName.split('/');
  StringRef OS = Second.empty() ? StringRef() : First;
  StringRef Arch = Second.empty() ? First : Second;
  if (Second.empty() && Env.GOARCH != First) {
    // One word: an OS or an architecture.
    OS = First;
    Arch = "";
  }
  // The OSes that also build the files of another (go/build's matchTag).
  bool OSMatches = OS.empty() || OS == Env.GOOS ||
                   (OS == "linux" && Env.GOOS == "android") ||
                   (OS == "darwin" && Env.GOOS == "ios") ||
                   (OS == "solaris" && Env.GOOS == "illumos");
  return OSMatches && (Arch.empty() || Arch == Env.GOARCH);
}

bool GoOutputTranslator::Impl::recognizeNoGoFiles(
    StringRef Package, StringRef Dir, ArrayRef<std::string> ImportedBy) {
  if (!enabled(diag::err_build_no_go_files))
    return false;
  DiagDraft D(diag::err_build_no_go_files, SourceLocation(Dir.str()));
  D.arg(Package).arg(Dir);
  D.WithPackage = false;
  for (const std::string &By : reverse(ImportedBy))
    D.note(diag::note_build_imported_by, {}, {By});

  // The .go files go/build looked at, and why each was left out.
  std::vector<std::string> Files;
  std::error_code EC;
  for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    StringRef Name = sys::path::filename(It->path());
    if (Name.ends_with(".go") && !Name.ends_with("_test.go") &&
        !Name.starts_with(".") && !Name.starts_with("_"))
      Files.push_back(It->path());
  }
  llvm::sort(Files);
  const GoEnv *Env = Context.goEnv();
  bool CgoOff = Env && !Env->cgoEnabled();
  std::string Target = Env ? Env->target() : "a target go env did not give";
  bool AnyCgo = false;
  for (const std::string &Path : Files) {
    StringRef Name = sys::path::filename(Path);
    std::string ForName = fileNameConstraint(Name);
    if (!ForName.empty() && Env && !nameMatchesTarget(ForName, *Env)) {
      D.note(diag::note_build_excluded_name, SourceLocation(Path),
             {Name.str(), ForName, Target});
      continue;
    }
    if (CgoOff)
      if (std::optional<FilePosition> Pos = findImportC(Path)) {
        D.note(diag::note_build_excluded_cgo, at(Path, *Pos), {Name.str()});
        AnyCgo = true;
        continue;
      }
    if (std::optional<BuildConstraint> C = findBuildConstraint(Path)) {
      std::string Line = StringRef(C->Expr).starts_with("+build")
                             ? "// " + C->Expr
                             : "//go:build " + C->Expr;
      D.note(diag::note_build_excluded_by, at(Path, C->Pos),
             {Name.str(), Line, Target});
    }
  }
  if (AnyCgo)
    D.note(diag::note_build_cgo_off_fix, {}, {Env->target()});
  emit(std::move(D));
  return true;
}

//===----------------------------------------------------------------------===//
// Linking with a C toolchain
//===----------------------------------------------------------------------===//

bool GoOutputTranslator::Impl::recognizeStaticLibc(StringRef Text) {
  // /usr/bin/ld: cannot find -lc: No such file or directory
  size_t At = Text.find(": cannot find -lc");
  if (At == StringRef::npos)
    return false;
  StringRef After = Text.drop_front(At + 17);
  if (!(After.empty() || After.starts_with(":")) ||
      !enabled(diag::err_build_static_libc_missing))
    return false;
  DiagDraft D(diag::err_build_static_libc_missing);
  D.arg(Text.take_front(At));
  D.note(diag::note_build_static_libc_fix);
  emit(std::move(D));
  return true;
}

bool GoOutputTranslator::Impl::recognizeHostCompiler(StringRef Text) {
  // gcc: error: unrecognized command-line option '-mthreads'; did you mean..
  // clang: error: unsupported option '-mthreads' for target 'x86_64-...'
  auto [Compiler, Message] = Text.split(": error: ");
  if (Message.empty() || !Message.contains("-mthreads") ||
      !(Message.starts_with("unrecognized command-line option") ||
        Message.starts_with("unsupported option") ||
        Message.starts_with("unknown argument")) ||
      !enabled(diag::err_build_host_cc_for_windows))
    return false;
  const GoEnv *Env = Context.goEnv();
  if (Env && Env->GOOS != "windows")
    return false;
  auto [CC, CXX] = mingwCompilers(Env ? StringRef(Env->GOARCH) : "amd64");
  DiagDraft D(diag::err_build_host_cc_for_windows);
  D.arg(Compiler).arg(Message);
  D.note(diag::note_build_mingw_fix, {}, {CC, CXX});
  emit(std::move(D));
  return true;
}

bool GoOutputTranslator::Impl::recognizeMissingWindowsHeader(
    const PositionLine &P, StringRef Message) {
  // clang: 'windows.h' file not found; gcc: windows.h: No such file or
  // directory. A compiler for Windows has it.
  if (!Message.contains("windows.h") ||
      !(Message.contains("file not found") ||
        Message.contains("No such file or directory")) ||
      !enabled(diag::err_build_host_cc_for_windows))
    return false;
  const GoEnv *Env = Context.goEnv();
  if (!Env || Env->GOOS != "windows")
    return false;
  auto [CC, CXX] = mingwCompilers(Env->GOARCH);
  DiagDraft D(diag::err_build_host_cc_for_windows,
              locate(P, currentPackage(), /*PreferPackage=*/true));
  D.arg(Env->CC.empty() ? StringRef("the C compiler") : StringRef(Env->CC))
      .arg(Message);
  D.note(diag::note_build_mingw_fix, {}, {CC, CXX});
  hold(std::move(D), Absorb::CCompiler);
  return true;
}

/// The .syso files of the build and what they hold.
namespace {
struct SysoFile {
  std::string Path;
  CoffObjectInfo Info;
};
} // namespace

static std::vector<SysoFile> sysoFilesOf(const PackageGraph *Graph) {
  std::vector<SysoFile> Files;
  if (!Graph)
    return Files;
  for (const GoListPackage &P : Graph->packages())
    for (const std::string &Name : P.SysoFiles) {
      std::string Path = joinPath(P.Dir, Name);
      if (std::optional<CoffObjectInfo> Info = readCoffObject(Path))
        Files.push_back({std::move(Path), std::move(*Info)});
    }
  return Files;
}

/// rsrc.syso for 386 -> rsrc_windows_386.syso.
static std::string sysoNameFor(StringRef Path, StringRef GOARCH) {
  StringRef Stem = sys::path::stem(Path);
  std::string Constraint = fileNameConstraint((Stem + ".go").str());
  if (!Constraint.empty()) {
    std::string Suffix = "_" + Constraint;
    std::replace(Suffix.begin(), Suffix.end(), '/', '_');
    Stem.consume_back(Suffix);
  }
  return (Stem + "_windows_" + GOARCH + ".syso").str();
}

bool GoOutputTranslator::Impl::recognizeObjectArchitecture(StringRef Text) {
  // /usr/bin/x86_64-w64-mingw32-ld: i386 architecture of input file
  // `/tmp/go-link-1/000000.o' is incompatible with i386:x86-64 output
  size_t At = Text.find(" architecture of input file ");
  size_t Incompatible = Text.find(" is incompatible with ");
  if (At == StringRef::npos || Incompatible == StringRef::npos ||
      Incompatible < At || !Text.ends_with(" output") ||
      !enabled(diag::err_build_syso_architecture))
    return false;
  StringRef Head = Text.take_front(At);
  size_t LinkerEnd = Head.rfind(": ");
  StringRef Linker =
      LinkerEnd == StringRef::npos ? "the linker" : Head.take_front(LinkerEnd);
  StringRef Said =
      LinkerEnd == StringRef::npos ? Text : Text.drop_front(LinkerEnd + 2);
  StringRef OutputArch = Text.slice(Incompatible + 22, Text.size() - 7);

  const GoEnv *Env = Context.goEnv();
  std::string Want = Env ? Env->GOARCH : goArchOfBfdName(OutputArch).str();
  std::string Target = Env ? Env->target() : "windows/" + Want;
  bool Any = false;
  for (const SysoFile &S :
       sysoFilesOf(Want.empty() ? nullptr : Context.packages())) {
    if (S.Info.Arch == Want)
      continue;
    DiagDraft D(diag::err_build_syso_architecture, SourceLocation(S.Path));
    D.arg(S.Path).arg(S.Info.Arch).arg(Target);
    D.note(diag::note_build_tool_said, {}, {Linker.str(), Said.str()});
    D.note(diag::note_build_syso_fix, {}, {sysoNameFor(S.Path, S.Info.Arch)});
    emit(std::move(D));
    Any = true;
  }
  if (!Any) {
    DiagDraft D(diag::err_build_object_architecture);
    D.arg(Said);
    D.note(diag::note_build_object_architecture);
    emit(std::move(D));
  }
  return true;
}

bool GoOutputTranslator::Impl::recognizeSysoRelocation(StringRef Text) {
  // Go's own linker (seen with Go 1.26; 1.19 links it without a word)
  // reading a 386 object into an amd64 link:
  // $WORK/b001/_pkg_.a(rsrc.syso): 65054: unknown relocation type 7
  if (!Text.contains("unknown relocation type"))
    return false;
  size_t Open = Text.find('('), Close = Text.find("): ");
  if (Open == StringRef::npos || Close == StringRef::npos || Close < Open)
    return false;
  StringRef Name = Text.slice(Open + 1, Close);
  if (!Name.ends_with(".syso") || !enabled(diag::err_build_syso_architecture))
    return false;
  const GoEnv *Env = Context.goEnv();
  const PackageGraph *Graph = Context.packages();
  if (!Env || !Graph)
    return false;
  const GoListPackage *P = Graph->lookup(currentPackage());
  if (!P || !is_contained(P->SysoFiles, Name))
    return false;
  std::string Path = joinPath(P->Dir, Name);
  std::optional<CoffObjectInfo> Info = readCoffObject(Path);
  if (!Info || Info->Arch == Env->GOARCH)
    return false;
  DiagDraft D(diag::err_build_syso_architecture, SourceLocation(Path));
  D.arg(Path).arg(Info->Arch).arg(Env->target());
  D.note(diag::note_build_tool_said, {}, {"go's linker", Text.str()});
  D.note(diag::note_build_syso_fix, {}, {sysoNameFor(Path, Info->Arch)});
  emit(std::move(D));
  return true;
}

bool GoOutputTranslator::Impl::recognizeRsrcSections(StringRef Text) {
  if (!Text.ends_with("too many .rsrc sections") ||
      !enabled(diag::err_build_syso_duplicate_resources))
    return false;
  std::vector<SysoFile> WithResources;
  for (SysoFile &S : sysoFilesOf(Context.packages()))
    if (!S.Info.Resource.empty())
      WithResources.push_back(std::move(S));
  if (WithResources.size() >= 2) {
    DiagDraft D(diag::err_build_syso_duplicate_resources,
                SourceLocation(WithResources[0].Path));
    D.arg(utostr(WithResources.size()));
    for (const SysoFile &S : WithResources)
      D.note(diag::note_build_syso_resources, SourceLocation(S.Path),
             {S.Info.Resource});
    D.note(diag::note_build_resources_fix);
    emit(std::move(D));
    return true;
  }
  DiagDraft D(diag::err_build_rsrc_sections);
  D.arg(Text);
  D.note(diag::note_build_resources_fix);
  emit(std::move(D));
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

bool GoOutputTranslator::Impl::recognizeUndefinedReference(StringRef Text,
                                                           StringRef Function) {
  // /tmp/go-build/lib.cgo2.c:56: undefined reference to `missing_function'
  // /src/lib/helper.c:2: undefined reference to `other_missing'
  size_t At = Text.find("undefined reference to ");
  if (At == StringRef::npos || !enabled(diag::err_build_undefined_reference))
    return false;
  StringRef Symbol = stripQuotes(Text.drop_front(At + 23).trim());
  StringRef Where = Text.take_front(At).rtrim();
  Where.consume_back(":");
  StringRef File = Where;
  unsigned Line = 0;
  if (size_t Colon = Where.rfind(':'); Colon != StringRef::npos) {
    if (!Where.drop_front(Colon + 1).getAsInteger(10, Line))
      File = Where.take_front(Colon);
    else
      Line = 0;
  }

  SourceLocation Loc;
  const GoListPackage *CgoPackage = nullptr;
  const PackageGraph *Graph = Context.packages();
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
    bool KnownGoFile = Base.consume_back(".cgo2.c");
    size_t Stub = Function.find("_Cfunc_");
    if (KnownGoFile || Stub != StringRef::npos) {
      StringRef CName =
          Stub == StringRef::npos ? Symbol : Function.drop_front(Stub + 7);
      for (const GoListPackage &P : Graph->packages()) {
        if (P.Standard)
          continue;
        for (const std::string &GoFile : P.CgoFiles) {
          if (KnownGoFile && GoFile != (Base + ".go").str())
            continue;
          std::string Path = joinPath(P.Dir, GoFile);
          if (std::optional<FilePosition> Pos = findCgoReference(Path, CName)) {
            Loc = at(Path, *Pos);
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
  emit(std::move(D));
  return true;
}

//===----------------------------------------------------------------------===//
// -Wx-flag-not-string
//===----------------------------------------------------------------------===//

bool GoOutputTranslator::Impl::recognizeXNotString(StringRef Text) {
  // main.Num: cannot set with -X: not a var of type string (type:int)
  static constexpr StringLiteral Marker =
      ": cannot set with -X: not a var of type string (";
  size_t At = Text.find(Marker);
  if (At == StringRef::npos || !Text.ends_with(")") ||
      !enabled(diag::err_build_x_not_string))
    return false;
  StringRef Symbol = Text.take_front(At);
  size_t Dot = Symbol.rfind('.');
  if (Dot == StringRef::npos)
    return false;
  StringRef Package = Symbol.take_front(Dot), Name = Symbol.drop_front(Dot + 1);
  StringRef Type = Text.drop_front(At + Marker.size()).drop_back();

  DiagDraft D(diag::err_build_x_not_string);
  D.arg(Package).arg(Name).arg(Type);
  // The declaration: in the package being linked when -X names "main".
  auto FindDeclaration = [&]() -> std::optional<SourceLocation> {
    const PackageGraph *Graph = Context.packages();
    const GoListPackage *P =
        Graph ? Graph->lookup(Package == "main" ? currentPackage() : Package)
              : nullptr;
    if (!P)
      return std::nullopt;
    for (const std::vector<std::string> *Files : {&P->GoFiles, &P->CgoFiles})
      for (const std::string &F : *Files) {
        std::string Path = joinPath(P->Dir, F);
        if (std::optional<FilePosition> Pos = findGoDeclaration(Path, Name))
          return at(Path, *Pos);
      }
    return std::nullopt;
  };
  if (std::optional<SourceLocation> Decl = FindDeclaration())
    D.note(diag::note_build_x_declared, *Decl, {Name.str()});
  // A string variable of nearly the same name (yq: cmd.version is a bool,
  // cmd.Version the string) is what the -X meant.
  if (const PackageGraph *Graph = Context.packages())
    if (const GoListPackage *P =
            Graph->lookup(Package == "main" ? currentPackage() : Package)) {
      std::optional<std::pair<std::string, GoVariable>> Near;
      for (const std::vector<std::string> *Files : {&P->GoFiles, &P->CgoFiles})
        for (const std::string &F : *Files) {
          std::string Path = joinPath(P->Dir, F);
          for (GoVariable &V : findGoVariables(Path))
            if (!Near && V.IsString && V.Name != Name &&
                StringRef(V.Name).equals_insensitive(Name))
              Near.emplace(Path, std::move(V));
        }
      if (Near)
        D.note(diag::note_build_x_string_instead,
               at(Near->first, Near->second.Pos),
               {Near->second.Name, (Package + "." + Near->second.Name).str()});
    }
  D.note(diag::note_build_x_fix, {}, {Name.str(), Symbol.str()});
  emit(std::move(D));
  return true;
}

//===----------------------------------------------------------------------===//
// -Wgo-version-too-new and -Wtoolchain-unavailable
//===----------------------------------------------------------------------===//

bool GoOutputTranslator::Impl::recognizeGoVersion(StringRef Text) {
  // go: go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)
  // go: module ./dep requires go >= 1.99 (running go 1.26.8; ...)
  StringRef Body = Text;
  if (!Body.consume_front("go: "))
    return false;
  size_t At = Body.find(" requires go >= ");
  if (At == StringRef::npos)
    return false;
  StringRef What = Body.take_front(At);
  auto [Need, Tail] = Body.drop_front(At + 16).split(' ');
  if (!Tail.starts_with("(running go ") ||
      !enabled(diag::err_build_go_version_too_new))
    return false;
  StringRef Toolchain;
  if (size_t T = Tail.find("GOTOOLCHAIN="); T != StringRef::npos)
    Toolchain = Tail.drop_front(T + 12).rtrim(')');

  std::string GoMod;
  StringRef Base = sys::path::filename(What);
  if (Base == "go.mod" || Base == "go.work") {
    GoMod = resolvePath(What, "");
  } else if (What.consume_front("module ") &&
             (What.starts_with(".") || sys::path::is_absolute(What))) {
    // A directory that replaces a module, relative to the main module.
    std::string Main = mainGoMod();
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
      Loc = at(GoMod, Go->Pos);

  DiagDraft D(diag::err_build_go_version_too_new, Loc);
  D.arg(Body);
  D.WithPackage = false;
  if (Toolchain == "local")
    D.note(diag::note_build_gotoolchain_local);
  D.note(diag::note_build_go_version_fix, {},
         {Need.str(), GoMod.empty() ? std::string("go.mod") : GoMod});
  emit(std::move(D));
  return true;
}

bool GoOutputTranslator::Impl::recognizeGoModSyntax(const PositionLine &P) {
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
  if (!enabled(diag::err_build_go_version_too_new))
    return false;
  DiagDraft D(diag::err_build_go_version_too_new, locate(P, ""));
  D.arg(P.Message);
  D.WithPackage = false;
  D.note(diag::note_build_go_mod_syntax, {}, {What, Since, thisGoVersion()});
  emit(std::move(D));
  return true;
}

bool GoOutputTranslator::Impl::recognizeModuleRequiresGo(StringRef Text) {
  // Go 1.19 after the compiler errors of a module with a newer 'go' line.
  StringRef Version = Text;
  if (!Version.consume_front("note: module requires Go ") ||
      !enabled(diag::warn_build_module_requires_go))
    return false;
  SourceLocation Loc;
  std::string GoMod = mainGoMod();
  if (std::optional<GoModDirective> Go = findGoModDirective(GoMod, "go"))
    Loc = at(GoMod, Go->Pos);
  DiagDraft D(diag::warn_build_module_requires_go, Loc);
  D.arg(Version.trim()).arg(thisGoVersion());
  D.WithPackage = false;
  emit(std::move(D));
  return true;
}

bool GoOutputTranslator::Impl::recognizeToolchainDownload(StringRef Text) {
  // go: download go1.99.0 for linux/amd64: toolchain not available
  // go: download go1.99.0: golang.org/toolchain@v0.0.1-go1.99.0...: Get ...
  StringRef Body = Text;
  if (!Body.consume_front("go: ") || !Body.starts_with("download go") ||
      !enabled(diag::err_build_toolchain_unavailable))
    return false;
  StringRef Version = Body.drop_front(9).take_until(
      [](char C) { return C == ' ' || C == ':'; });

  DiagDraft D(diag::err_build_toolchain_unavailable);
  D.arg(Body);
  D.WithPackage = false;
  // The environment wins over go.mod: GOTOOLCHAIN=go1.99.0 or go1.99.0+auto.
  std::optional<std::string> FromEnv = sys::Process::GetEnv("GOTOOLCHAIN");
  if (FromEnv && StringRef(*FromEnv).split('+').first == Version) {
    D.note(diag::note_build_toolchain_env, {}, {*FromEnv});
  } else {
    std::string GoMod = mainGoMod(/*AskGo=*/false);
    std::string Display = sys::path::filename(GoMod).str();
    if (std::optional<GoModDirective> TC =
            findGoModDirective(GoMod, "toolchain");
        TC && TC->Value == Version) {
      D.Loc = at(GoMod, TC->Pos);
      D.note(diag::note_build_toolchain_asked, {},
             {"the 'toolchain " + TC->Value + "' line of " + Display,
              Version.str()});
    } else if (std::optional<GoModDirective> Go =
                   findGoModDirective(GoMod, "go")) {
      D.Loc = at(GoMod, Go->Pos);
      D.note(diag::note_build_toolchain_asked, {},
             {"the 'go " + Go->Value + "' line of " + Display, Version.str()});
    }
  }
  D.note(diag::note_build_toolchain_fix, {}, {Version.str()});
  emit(std::move(D));
  return true;
}

//===----------------------------------------------------------------------===//
// -Wmissing-go-sum
//===----------------------------------------------------------------------===//

bool GoOutputTranslator::Impl::recognizeMissingGoSum(StringRef Text) {
  // main.go:3:8: missing go.sum entry for module providing package P
  //   (imported by Q); to add:
  // \tgo get Q
  if (!Text.contains("missing go.sum entry") ||
      !enabled(diag::err_build_missing_go_sum))
    return false;
  StringRef Body = Text;
  Body.consume_front("go: ");
  SourceLocation Loc;
  StringRef Message = Body;
  if (std::optional<PositionLine> P = parsePositionLine(Body)) {
    Message = P->Message;
    // The file name is relative to the importing package's directory.
    StringRef Importer;
    if (size_t By = Message.find("(imported by "); By != StringRef::npos)
      Importer = Message.drop_front(By + 13).take_until(
          [](char C) { return C == ')'; });
    Loc = locate(*P, Importer, /*PreferPackage=*/true);
  }
  for (StringRef Tail : {"; to add:", "; to add it:"})
    Message.consume_back(Tail);
  DiagDraft D(diag::err_build_missing_go_sum, std::move(Loc));
  D.arg(Message);
  D.WithPackage = false;
  hold(std::move(D), Absorb::GoSumFix);
  return true;
}

} // namespace goexe
