//===- XSourceCheck.h - Does each -X name a variable? -----------*- C++ -*-===//
///
/// \file
/// Go ignores a -X that names no variable. goexe check proves a -X took
/// effect from the symbol table; an executable linked with -s has none, and
/// the value's bytes may occur elsewhere (a man page holding the version).
/// For such a build the sources are checked instead: the package must be
/// linked and declare the variable.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_BUILD_XSOURCECHECK_H
#define GOEXE_BUILD_XSOURCECHECK_H

#include "goexe/Build/GoCommand.h"
#include "goexe/Build/GoPackages.h"
#include "goexe/Diag/Diagnostic.h"

namespace goexe {

/// Checks the -X definitions of \p Cmd's -ldflags against the sources of
/// \p Graph (the non-standard packages of the build, listed in \p WorkDir),
/// when the -ldflags strip the symbol table.
void checkXDefinitionsInSources(DiagnosticEngine &Diags,
                                const GoCommandLine &Cmd,
                                const PackageGraph &Graph,
                                llvm::StringRef WorkDir);

} // namespace goexe

#endif
