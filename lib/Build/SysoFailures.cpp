//===- SysoFailures.cpp - Failures of the .syso objects of a build --------===//
///
/// \file
/// A .syso for another architecture (-Wsyso-architecture), as GNU ld and
/// Go's own linker report it, and two .syso files with resources
/// (-Wsyso-duplicate-resources). The evidence is the COFF header and
/// sections of each .syso of the build.
///
//===----------------------------------------------------------------------===//

#include "BuildFailures.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

#include <algorithm>

using namespace llvm;

namespace goexe {

constexpr StringLiteral ArchitectureOfInput = " architecture of input file ";
constexpr StringLiteral IncompatibleWith = " is incompatible with ";
constexpr StringLiteral OutputSuffix = " output";
constexpr StringLiteral LinkerSeparator = ": ";
constexpr StringLiteral ArchiveMemberEnd = "): ";

namespace {
/// A .syso file of the build and what it holds.
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

bool recognizeObjectArchitecture(Translator &T, StringRef Text, StringRef) {
  // /usr/bin/x86_64-w64-mingw32-ld: i386 architecture of input file
  // `/tmp/go-link-1/000000.o' is incompatible with i386:x86-64 output
  StringRef Head, Input, Object, OutputArch;
  if (!splitAround(Text, ArchitectureOfInput, Head, Input) ||
      !splitAround(Text, IncompatibleWith, Object, OutputArch) ||
      Object.size() < Head.size() || !Text.ends_with(OutputSuffix) ||
      !T.enabled(diag::err_build_syso_architecture))
    return false;
  OutputArch.consume_back(OutputSuffix);
  StringRef Linker = "the linker", Said = Text;
  if (Head.contains(LinkerSeparator)) {
    Linker = Head.rsplit(LinkerSeparator).first;
    Said = Text.drop_front(Linker.size());
    Said.consume_front(LinkerSeparator);
  }

  const GoEnv *Env = T.context().goEnv();
  std::string Want = Env ? Env->GOARCH : goArchOfBfdName(OutputArch).str();
  std::string Target = Env ? Env->target() : "windows/" + Want;
  bool Any = false;
  for (const SysoFile &S :
       sysoFilesOf(Want.empty() ? nullptr : T.context().packages())) {
    if (S.Info.Arch == Want)
      continue;
    DiagDraft D(diag::err_build_syso_architecture, SourceLocation(S.Path));
    D.arg(S.Path).arg(S.Info.Arch).arg(Target);
    D.note(diag::note_build_tool_said, {}, {Linker.str(), Said.str()});
    D.note(diag::note_build_syso_fix, {}, {sysoNameFor(S.Path, S.Info.Arch)});
    T.emit(std::move(D));
    Any = true;
  }
  if (!Any) {
    DiagDraft D(diag::err_build_object_architecture);
    D.arg(Said);
    D.note(diag::note_build_object_architecture);
    T.emit(std::move(D));
  }
  return true;
}

bool recognizeSysoRelocation(Translator &T, StringRef Text, StringRef) {
  // Go's own linker (seen with Go 1.26; 1.19 links it without a word)
  // reading a 386 object into an amd64 link:
  // $WORK/b001/_pkg_.a(rsrc.syso): 65054: unknown relocation type 7
  if (!Text.contains("unknown relocation type"))
    return false;
  StringRef Member, Reason, Archive, Name;
  if (!splitAround(Text, ArchiveMemberEnd, Member, Reason) ||
      !splitAround(Member, "(", Archive, Name) || !Name.ends_with(".syso") ||
      !T.enabled(diag::err_build_syso_architecture))
    return false;
  const GoEnv *Env = T.context().goEnv();
  const PackageGraph *Graph = T.context().packages();
  if (!Env || !Graph)
    return false;
  const GoListPackage *P = Graph->lookup(T.currentPackage());
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
  T.emit(std::move(D));
  return true;
}

bool recognizeRsrcSections(Translator &T, StringRef Text, StringRef) {
  if (!Text.ends_with("too many .rsrc sections") ||
      !T.enabled(diag::err_build_syso_duplicate_resources))
    return false;
  std::vector<SysoFile> WithResources;
  for (SysoFile &S : sysoFilesOf(T.context().packages()))
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
    T.emit(std::move(D));
    return true;
  }
  DiagDraft D(diag::err_build_rsrc_sections);
  D.arg(Text);
  D.note(diag::note_build_resources_fix);
  T.emit(std::move(D));
  return true;
}

} // namespace goexe
