//===- XSourceCheck.cpp - Does each -X name a variable? -------------------===//

#include "goexe/Build/XSourceCheck.h"

#include "goexe/Build/SourceScan.h"

#include "goexe/Go/LinkerFlags.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

/// A standard-library import path has no dot in its first element; goexe
/// does not list those packages, so it cannot judge them.
static bool isStandardPath(StringRef ImportPath) {
  return !ImportPath.split('/').first.contains('.');
}

void checkXDefinitionsInSources(DiagnosticEngine &Diags,
                                const GoCommandLine &Cmd,
                                const PackageGraph &Graph, StringRef WorkDir) {
  if (!Cmd.LdFlags)
    return;
  Expected<LinkerFlags> Flags = parseLinkerFlags(*Cmd.LdFlags);
  if (!Flags) {
    consumeError(Flags.takeError()); // the linker has said why
    return;
  }
  if (!Flags->StripSymbols || Flags->XDefs.empty())
    return;
  const GoListPackage *Main = nullptr;
  if (Cmd.Packages.size() == 1 && isSinglePackagePattern(Cmd.Packages[0]))
    Main = findPatternPackage(Graph, Cmd.Packages[0], WorkDir);
  if (Main && Main->Name != "main")
    Main = nullptr;

  for (const XDefinition &X : Flags->XDefs) {
    StringRef Package, Name;
    std::tie(Package, Name) = StringRef(X.Symbol).rsplit('.');
    if (Name.empty())
      continue;
    auto Report = [&](diag::ID ID) {
      DiagnosticBuilder D = Diags.report(ID);
      D << X.Symbol << X.Value;
      return D;
    };
    if (Main && Package == Main->ImportPath) {
      Report(diag::warn_build_x_main_import_path) << Package << Name;
      continue;
    }
    const GoListPackage *P = Package == "main" ? Main : Graph.lookup(Package);
    if (!P) {
      // The packages the program links are all listed, but for the
      // standard library's.
      if (Package != "main" && !isStandardPath(Package))
        Report(diag::warn_build_x_not_linked) << Package;
      continue;
    }
    if (P->Standard)
      continue; // assembly and linkname declare some of its variables

    // The package's variables, with the file each is declared in. Files
    // the build constraints leave out are not in GoFiles: they set nothing.
    std::vector<std::pair<std::string, GoVariable>> Vars;
    for (const std::string &File : P->builtGoFiles()) {
      SmallString<256> Path(P->Dir);
      sys::path::append(Path, File);
      for (GoVariable &V : findGoVariables(Path))
        Vars.emplace_back(std::string(Path), std::move(V));
    }
    if (any_of(Vars, [&](const auto &V) { return V.second.Name == Name; }))
      continue; // a non-string one fails the link, with its own diagnostic

    // The nearest string variable, as clang's did-you-mean measures it.
    const std::pair<std::string, GoVariable> *Near = nullptr;
    unsigned Best = std::max<size_t>(2, Name.size() / 3) + 1;
    for (const auto &V : Vars) {
      if (!V.second.IsString)
        continue;
      unsigned Distance = StringRef(V.second.Name)
                              .edit_distance_insensitive(Name, true, Best - 1);
      if (Distance < Best) {
        Best = Distance;
        Near = &V;
      }
    }
    if (Near) {
      const auto &[File, Var] = *Near;
      DiagnosticBuilder D = Report(diag::warn_build_x_no_variable_suggest);
      D << P->ImportPath << Name << (Package + "." + Var.Name).str();
      D.addNote(diag::note_build_x_declared,
                SourceLocation(File, Var.Pos.Line, Var.Pos.Column))
          << Var.Name;
      D.addNote(diag::note_build_x_sources_checked);
    } else {
      DiagnosticBuilder D = Report(diag::warn_build_x_no_variable);
      D << P->ImportPath << Name;
      D.addNote(diag::note_build_x_sources_checked);
    }
  }
}

} // namespace goexe
