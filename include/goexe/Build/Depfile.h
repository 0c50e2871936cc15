//===- Depfile.h - The files a Go build reads, as a depfile -----*- C++ -*-===//
///
/// \file
/// A depfile lets Ninja (or Make) skip `go build` when none of the files it
/// reads changed: a no-op build then runs no Go at all.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_BUILD_DEPFILE_H
#define GOEXE_BUILD_DEPFILE_H

#include "goexe/Build/GoPackages.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace goexe {

/// The files and directories of the non-standard package \p P that the
/// build reads or go reads to decide what to build (the ones below, but
/// for the cgo libraries, go.work and the go binary). Some may not exist.
void forEachPackageInput(
    const GoListPackage &P,
    llvm::function_ref<void(const llvm::Twine &Path, bool IsDirectory)> Visit);

/// Every file the build reads outside GOROOT, sorted and without duplicates:
///  - of each non-standard package: its Go, cgo, C, C++, Objective-C,
///    Fortran, header, assembly, SWIG, .syso and embedded files, and the
///    libraries its #cgo LDFLAGS name by path or with -L/-l;
///  - of each package that can change in place (the main module's, or a
///    directory that replaces a module): its directory (so a new file is
///    noticed), the directories of its embedded files, the files its build
///    constraints leave out (go reads them to decide that), and default.pgo;
///  - each module's go.mod, the main modules' go.sum and vendor/modules.txt,
///    go.work and go.work.sum;
///  - \p GoBinary itself.
/// Files that do not exist are left out: Ninja would rebuild every time.
std::vector<std::string> collectBuildInputs(const PackageGraph &Graph,
                                            const GoEnv &Env,
                                            llvm::StringRef GoBinary);

/// \p Path as a word of a Make-syntax depfile, the way Ninja's depfile
/// parser reads it back: `\ ` for a space, `\#` for `#`, `$$` for `$`, and
/// backslashes before those doubled as the parser expects. An error when
/// Ninja cannot read some character of the path (`&`, `;`, quotes, ...).
llvm::Expected<std::string> escapeDepfilePath(llvm::StringRef Path);

/// Writes `Target: Dep1 Dep2 ...` with one dependency per line, to a
/// temporary file that is then renamed over \p DepfilePath, so a reader never
/// sees half a depfile.
llvm::Error writeDepfile(llvm::StringRef DepfilePath, llvm::StringRef Target,
                         llvm::ArrayRef<std::string> Deps);

} // namespace goexe

#endif
