//===- GoSourceFailures.cpp - Failures explained by the Go sources --------===//
///
/// \file
/// -Wundefined-on-target (a name declared only for other targets),
/// -Wno-go-files (build constraints that leave a package empty) and
/// -Wx-flag-not-string (an -X that names a variable of another type): the
/// evidence is a declaration or a build constraint in the package's files.
///
//===----------------------------------------------------------------------===//

#include "BuildFailures.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

constexpr StringLiteral PackagePrefix = "package ";
constexpr StringLiteral ImportsPrefix = "\timports ";
constexpr StringLiteral ExcludeAllGoFiles =
    "build constraints exclude all Go files in ";
constexpr StringLiteral CannotSetX =
    ": cannot set with -X: not a var of type string (";

//===----------------------------------------------------------------------===//
// -Wno-go-files
//===----------------------------------------------------------------------===//

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

/// \p Package, imported along \p ImportedBy (outermost first), has no Go
/// file for the target in \p Dir.
static bool recognizeNoGoFiles(Translator &T, StringRef Package, StringRef Dir,
                               ArrayRef<std::string> ImportedBy) {
  if (!T.enabled(diag::err_build_no_go_files))
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
  const GoEnv *Env = T.context().goEnv();
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
        D.note(diag::note_build_excluded_cgo, locationIn(Path, *Pos),
               {Name.str()});
        AnyCgo = true;
        continue;
      }
    if (std::optional<BuildConstraint> C = findBuildConstraint(Path)) {
      std::string Line = StringRef(C->Expr).starts_with("+build")
                             ? "// " + C->Expr
                             : "//go:build " + C->Expr;
      D.note(diag::note_build_excluded_by, locationIn(Path, C->Pos),
             {Name.str(), Line, Target});
    }
  }
  if (AnyCgo)
    D.note(diag::note_build_cgo_off_fix, {}, {Env->target()});
  T.emit(std::move(D));
  return true;
}

bool recognizeNoGoFilesLine(Translator &T, StringRef Text, StringRef) {
  // package example.com/x: build constraints exclude all Go files in DIR
  StringRef Rest = Text;
  if (!Rest.consume_front(PackagePrefix))
    return false;
  StringRef Package, Dir;
  return splitAround(Rest, ExcludeAllGoFiles, Package, Dir) &&
         Package.consume_back(": ") && !Dir.empty() &&
         recognizeNoGoFiles(T, Package, Dir, {});
}

bool recognizeImportChainStart(Translator &T, StringRef Text, StringRef Raw) {
  // "package example.com/app" alone, then "\timports ..." lines.
  StringRef Package = Text;
  if (!Package.consume_front(PackagePrefix) || Package.empty() ||
      Package.contains(' ') || Package.contains(':') ||
      !T.enabled(diag::err_build_no_go_files))
    return false;
  T.holdLines(HeldKind::ImportChain, Raw);
  T.held().Packages = {Package.str()};
  return true;
}

bool recognizeImportChainLine(Translator &T, StringRef Text, StringRef Raw) {
  StringRef Rest = Text;
  if (!Rest.consume_front(ImportsPrefix))
    return false;
  StringRef Package, Dir;
  if (!splitAround(Rest, ": ", Package, Dir)) {
    T.held().Packages.push_back(Rest.trim().str());
    T.held().Raw.push_back(Raw.str());
    return true;
  }
  if (!Dir.consume_front(ExcludeAllGoFiles) ||
      !recognizeNoGoFiles(T, Package, Dir, T.held().Packages))
    return false;
  T.dropHeld();
  return true;
}

//===----------------------------------------------------------------------===//
// -Wundefined-on-target
//===----------------------------------------------------------------------===//

bool recognizeUndefinedOnTarget(Translator &T, const PositionLine &P,
                                StringRef Qualifier, StringRef Name) {
  if (!T.enabled(diag::err_build_undefined_on_target))
    return false;
  const PackageGraph *Graph = T.context().packages();
  const GoEnv *Env = T.context().goEnv();
  if (!Graph || !Env)
    return false;

  // The imported package the qualifier names: one of the failing package's
  // imports, else any package of the build with that name.
  const GoListPackage *Imported = nullptr;
  if (const GoListPackage *Failing = Graph->lookup(T.currentPackage()))
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
  if (findDeclaration(*Imported, Name))
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

  DiagDraft D(diag::err_build_undefined_on_target,
              T.locate(P, T.currentPackage()));
  D.arg(Qualifier).arg(Name).arg(Env->target());
  D.note(diag::note_build_declared_for, locationIn(Found[0].Path, Found[0].Pos),
         {Name.str(), Found[0].BuiltFor, utostr(Found.size()),
          Imported->ImportPath, Env->target()});
  D.note(diag::note_build_constraint_fix, {},
         {(Qualifier + "." + Name).str(), Constraint, Env->GOOS});
  T.emit(std::move(D));
  return true;
}

//===----------------------------------------------------------------------===//
// -Wx-flag-not-string
//===----------------------------------------------------------------------===//

bool recognizeXNotString(Translator &T, StringRef Text, StringRef) {
  // main.Num: cannot set with -X: not a var of type string (type:int)
  StringRef Symbol, Type;
  if (!splitAround(Text, CannotSetX, Symbol, Type) || !Type.consume_back(")") ||
      !T.enabled(diag::err_build_x_not_string) || !Symbol.contains('.'))
    return false;
  auto [Package, Name] = Symbol.rsplit('.');

  DiagDraft D(diag::err_build_x_not_string);
  D.arg(Package).arg(Name).arg(Type);
  // The package being linked when -X names "main".
  const PackageGraph *Graph = T.context().packages();
  const GoListPackage *P =
      Graph ? Graph->lookup(Package == "main" ? T.currentPackage() : Package)
            : nullptr;
  if (P) {
    if (std::optional<SourceLocation> Decl = findDeclaration(*P, Name))
      D.note(diag::note_build_x_declared, *Decl, {Name.str()});
    // A string variable of nearly the same name (yq: cmd.version is a bool,
    // cmd.Version the string) is what the -X meant.
    std::optional<std::pair<std::string, GoVariable>> Near;
    for (const std::string &F : P->builtGoFiles()) {
      std::string Path = joinPath(P->Dir, F);
      for (GoVariable &V : findGoVariables(Path))
        if (!Near && V.IsString && V.Name != Name &&
            StringRef(V.Name).equals_insensitive(Name))
          Near.emplace(Path, std::move(V));
    }
    if (Near)
      D.note(diag::note_build_x_string_instead,
             locationIn(Near->first, Near->second.Pos),
             {Near->second.Name, (Package + "." + Near->second.Name).str()});
  }
  D.note(diag::note_build_x_fix, {}, {Name.str(), Symbol.str()});
  T.emit(std::move(D));
  return true;
}

} // namespace goexe
