//===- BuildContext.cpp - What the go binary says about a build -----------===//

#include "goexe/Build/GoOutputTranslator.h"
#include "goexe/Build/PackageCache.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <chrono>

using namespace llvm;

namespace goexe {

GoBuildContext::GoBuildContext(GoCommandLine TheCmd, std::string TheGoBinary)
    : Cmd(std::move(TheCmd)), GoBinary(std::move(TheGoBinary)) {
  SmallString<256> Dir;
  if (sys::fs::current_path(Dir))
    Dir = ".";
  if (Cmd.ChangeDir) {
    if (sys::path::is_absolute(*Cmd.ChangeDir))
      Dir = *Cmd.ChangeDir;
    else
      sys::path::append(Dir, *Cmd.ChangeDir);
    sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  }
  WorkDir = std::string(Dir);
}

void GoBuildContext::prefetch(const PackageCache *Cache,
                              ArrayRef<std::string> Siblings) {
  if (GoBinary.empty() || !Cmd.buildsPackages())
    return;
  if (Cache && Cache->usable()) {
    if (std::optional<PackageGraph> Found = Cache->lookup()) {
      CachedPackages = std::move(*Found);
      return;
    }
    if (Cache->claimFirstUse())
      for (const std::string &Sibling : Siblings)
        if (isSinglePackagePattern(Sibling) &&
            !is_contained(Cmd.Packages, Sibling) &&
            !is_contained(ListedSiblings, Sibling) &&
            !Cache->hasRecord(Sibling))
          ListedSiblings.push_back(Sibling);
  }
  ListStarted = std::chrono::system_clock::now();
  PendingPackages =
      std::async(std::launch::async,
                 [Go = GoBinary, Command = Cmd, More = ListedSiblings] {
                   return loadPackageGraph(Go, Command, More);
                 });
}

const GoEnv *GoBuildContext::goEnv() {
  if (!EnvLoaded) {
    EnvLoaded = true;
    if (!GoBinary.empty() && Cmd.IsGo) {
      Expected<GoEnv> E = loadGoEnv(GoBinary, Cmd);
      if (E)
        Env = std::move(*E);
      else
        consumeError(E.takeError());
    }
  }
  return Env ? &*Env : nullptr;
}

/// The command's own packages of \p Listed, which go list was asked about
/// together with other packages, or nullopt when one cannot be found.
static std::optional<PackageGraph> ownPackages(const PackageGraph &Listed,
                                               const GoCommandLine &Cmd,
                                               StringRef WorkDir) {
  std::vector<const GoListPackage *> Roots;
  for (const std::string &Pattern : Cmd.Packages) {
    const GoListPackage *Root = findPatternPackage(Listed, Pattern, WorkDir);
    if (!Root)
      return std::nullopt;
    Roots.push_back(Root);
  }
  return Listed.closure(Roots, /*WithStandard=*/true);
}

const PackageGraph *GoBuildContext::packages() {
  if (PackagesLoaded)
    return Packages ? &*Packages : nullptr;
  PackagesLoaded = true;
  if (GoBinary.empty() || !Cmd.buildsPackages()) {
    PackagesError = "the command is not a go command that builds packages";
    return nullptr;
  }
  Expected<PackageGraph> G = PendingPackages.valid()
                                 ? PendingPackages.get()
                                 : loadPackageGraph(GoBinary, Cmd);
  if (!G && !ListedSiblings.empty()) {
    // A sibling must not cost this build its depfile.
    consumeError(G.takeError());
    ListedSiblings.clear();
    G = loadPackageGraph(GoBinary, Cmd);
  }
  if (!G) {
    PackagesError = toString(G.takeError());
    return nullptr;
  }
  if (ListedSiblings.empty()) {
    Packages = std::move(*G);
    return &*Packages;
  }
  Listed = std::move(*G);
  if (std::optional<PackageGraph> Own = ownPackages(*Listed, Cmd, WorkDir)) {
    Packages = std::move(*Own);
  } else {
    // Not sure which packages are the command's own: ask again.
    Expected<PackageGraph> Alone = loadPackageGraph(GoBinary, Cmd);
    if (!Alone) {
      PackagesError = toString(Alone.takeError());
      return nullptr;
    }
    Packages = std::move(*Alone);
  }
  return &*Packages;
}

const PackageGraph *GoBuildContext::depfilePackages() {
  return CachedPackages ? &*CachedPackages : packages();
}

void GoBuildContext::storeIn(const PackageCache &Cache) {
  if (CachedPackages || !Packages)
    return;
  std::vector<std::string> Patterns = Cmd.Packages;
  Patterns.insert(Patterns.end(), ListedSiblings.begin(), ListedSiblings.end());
  Cache.store(Listed ? *Listed : *Packages, Patterns, ListStarted);
}

std::optional<StringRef> GoBuildContext::ldFlags() const {
  if (Cmd.LdFlags)
    return StringRef(*Cmd.LdFlags);
  return std::nullopt;
}

} // namespace goexe
