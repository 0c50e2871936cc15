//===- GoOutputTranslator.h - A build's errors as diagnostics ---*- C++ -*-===//
///
/// \file
/// Reads what a Go build prints on stderr, line by line as it arrives, and
/// turns each line it recognises into a diagnostic: compiler and vet errors
/// get a severity and an absolute path, `# package` headers become notes,
/// and known failures (a syscall missing on the target, a host gcc used for
/// Windows, a .syso for the wrong architecture, ...) get a -W group and
/// notes that explain the cause and the fix. Every other line is passed on
/// byte for byte: a user never loses output.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_BUILD_GOOUTPUTTRANSLATOR_H
#define GOEXE_BUILD_GOOUTPUTTRANSLATOR_H

#include "goexe/Build/GoCommand.h"
#include "goexe/Build/GoPackages.h"
#include "goexe/Diag/Diagnostic.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/raw_ostream.h"

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace goexe {

class PackageCache;

/// What the translator may ask about the build. Every answer is optional:
/// a command that is not go has no package graph, and a broken build may
/// have none either.
class BuildContext {
public:
  virtual ~BuildContext();
  /// The directory the command runs in (go's -C applied).
  virtual llvm::StringRef workingDirectory() const = 0;
  /// The go environment, or nullptr.
  virtual const GoEnv *goEnv() = 0;
  /// The packages of the build, or nullptr.
  virtual const PackageGraph *packages() = 0;
  /// The -ldflags of the command, if it had any.
  virtual std::optional<llvm::StringRef> ldFlags() const = 0;
};

/// Asks the go binary of the command, once each and only when needed: a
/// build that fails with a plain compiler error runs no `go list`.
class GoBuildContext : public BuildContext {
public:
  /// \p GoBinary is empty when the command is not a go command.
  GoBuildContext(GoCommandLine Cmd, std::string GoBinary);

  llvm::StringRef workingDirectory() const override { return WorkDir; }
  const GoEnv *goEnv() override;
  const PackageGraph *packages() override;
  std::optional<llvm::StringRef> ldFlags() const override;

  /// Finds the packages for the depfile in \p Cache (may be null), or
  /// else starts `go list` now, beside the build: the depfile needs it after
  /// every successful build, and waiting for it afterwards cost about 90 ms
  /// a target. On the cache's first use, go list also lists the
  /// \p Siblings (package arguments of builds like this one) the cache has
  /// no record of: one go list then serves a whole clean build.
  void prefetch(const PackageCache *Cache,
                llvm::ArrayRef<std::string> Siblings = {});

  /// The non-standard packages the depfile lists (from the cache or from
  /// go list), or nullptr; packagesError() says why.
  const PackageGraph *depfilePackages();

  /// Keeps what go list said in \p Cache, when go list ran.
  void storeIn(const PackageCache &Cache);

  const GoCommandLine &command() const { return Cmd; }
  llvm::StringRef goBinary() const { return GoBinary; }
  /// Why packages() returned nullptr, if it was tried.
  llvm::StringRef packagesError() const { return PackagesError; }

private:
  GoCommandLine Cmd;
  std::string GoBinary;
  std::string WorkDir;
  bool EnvLoaded = false, PackagesLoaded = false;
  std::optional<GoEnv> Env;
  /// The command's own packages and their dependencies.
  std::optional<PackageGraph> Packages;
  /// What go list printed, when it listed siblings too.
  std::optional<PackageGraph> Listed;
  std::optional<PackageGraph> CachedPackages;
  std::string PackagesError;
  std::future<llvm::Expected<PackageGraph>> PendingPackages;
  std::vector<std::string> ListedSiblings;
  llvm::sys::TimePoint<> ListStarted;
};

class GoOutputTranslator {
public:
  /// Diagnostics go to \p Diags; lines passed on untouched go to \p Out,
  /// which should be the stream the diagnostics are printed to.
  GoOutputTranslator(DiagnosticEngine &Diags, BuildContext &Context,
                     llvm::raw_ostream &Out);
  ~GoOutputTranslator();

  /// The next bytes the build printed, in chunks of any size.
  void consume(llvm::StringRef Bytes);

  /// The build is over: handles a last line without a newline and anything
  /// held back to see what follows it.
  void finish();

  /// Warnings that -Werror or -Werror=<group> turned into errors. They fail
  /// a build that succeeded.
  unsigned getNumPromotedWarnings() const;

  class Impl;

private:
  std::unique_ptr<Impl> I;
};

} // namespace goexe

#endif
