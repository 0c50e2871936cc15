//===- BuildContext.cpp - What the go binary says about a build -----------===//

#include "goexe/Build/GoOutputTranslator.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

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

void GoBuildContext::prefetch() {
  if (GoBinary.empty() || !Cmd.IsGo)
    return;
  std::string Go = GoBinary;
  GoCommandLine Command = Cmd;
  if (Cmd.buildsPackages())
    PendingPackages = std::async(std::launch::async, [Go, Command] {
      return loadPackageGraph(Go, Command);
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

const PackageGraph *GoBuildContext::packages() {
  if (!PackagesLoaded) {
    PackagesLoaded = true;
    if (!GoBinary.empty() && Cmd.buildsPackages()) {
      Expected<PackageGraph> G = PendingPackages.valid()
                                     ? PendingPackages.get()
                                     : loadPackageGraph(GoBinary, Cmd);
      if (G)
        Packages = std::move(*G);
      else
        PackagesError = toString(G.takeError());
    } else {
      PackagesError = "the command is not a go command that builds packages";
    }
  }
  return Packages ? &*Packages : nullptr;
}

std::optional<StringRef> GoBuildContext::ldFlags() const {
  if (Cmd.LdFlags)
    return StringRef(*Cmd.LdFlags);
  return std::nullopt;
}

} // namespace goexe
