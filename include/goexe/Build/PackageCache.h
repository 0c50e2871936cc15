//===- PackageCache.h - go list's answers, kept while true ------*- C++ -*-===//
///
/// \file
/// Every build that writes a depfile needs to know the packages it reads,
/// and asking `go list` costs a Go process that competes with the build for
/// the CPU. What go list says about a package can only change when one of
/// the files or directories it read changes, or the go binary, the working
/// directory, the flags or the environment do. So goexe keeps the answer
/// for each package argument, with the time and size of every file it came
/// from, and asks go list again only when one of those changed.
///
/// A record is written only when every file it depends on is older than the
/// go list run by more than the coarsest file time granularity (2 s): a file
/// changed while go list read it cannot be taken for unchanged later.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_BUILD_PACKAGECACHE_H
#define GOEXE_BUILD_PACKAGECACHE_H

#include "goexe/Build/GoCommand.h"
#include "goexe/Build/GoPackages.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Chrono.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

class PackageCache {
public:
  /// A cache in \p CacheDir for the build \p Cmd describes, run with
  /// \p GoBinary in \p WorkDir and goexe's environment.
  PackageCache(llvm::StringRef CacheDir, const GoCommandLine &Cmd,
               llvm::StringRef GoBinary, llvm::StringRef WorkDir);

  /// The command's packages can be cached: each argument names one package
  /// (isSinglePackagePattern) and no -overlay replaces files.
  bool usable() const { return Usable; }

  /// The non-standard packages the command's package arguments build, when
  /// a record for each is there and nothing it depends on changed.
  std::optional<PackageGraph> lookup() const;

  /// No record of this build's kind was ever written, or tried: the build
  /// directory is new, or the flags or the environment changed. Creates
  /// the place for records, so only the first build to ask is told so.
  bool claimFirstUse() const;

  /// Has a record for \p Pattern, valid or not.
  bool hasRecord(llvm::StringRef Pattern) const;

  /// Records what \p Graph (from a go list run that started at
  /// \p ListStarted) says about each of \p Patterns, where it can be
  /// trusted. Failures are ignored: the cache only saves time.
  void store(const PackageGraph &Graph, llvm::ArrayRef<std::string> Patterns,
             llvm::sys::TimePoint<> ListStarted) const;

private:
  std::string recordPath(llvm::StringRef Pattern) const;

  bool Usable = false;
  std::string WorkDir;
  std::string KeyDir;
  /// go.work and the go env file: their changes do not show in any package.
  std::vector<std::string> BuildFiles;
  std::vector<std::string> Patterns;
};

/// The packages a record's text holds for \p Pattern, if it is well-formed
/// and every file and directory it was made from is as it was then.
std::optional<std::vector<GoListPackage>>
readPackageRecord(llvm::StringRef Text, llvm::StringRef Pattern);

} // namespace goexe

#endif
