//===- BuildInfo.h - Go build info, as debug/buildinfo reads it -*- C++ -*-===//
///
/// \file
/// The build info the Go linker writes into every executable: the Go version
/// and the module information `go version -m` prints.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_GO_BUILDINFO_H
#define GOEXE_GO_BUILDINFO_H

#include "goexe/Object/Executable.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace goexe {

struct GoModule {
  std::string Path;
  std::string Version;
  std::string Sum;
  std::shared_ptr<GoModule> Replace; ///< The "=>" line after it, if any.
};

/// runtime/debug.BuildInfo, parsed from the modinfo string.
struct ModInfo {
  std::string Path; ///< The main package's import path.
  std::optional<GoModule> Main;
  std::vector<GoModule> Deps;
  /// The build settings, in their order in the binary.
  std::vector<std::pair<std::string, std::string>> Settings;

  /// The value of the last setting named \p Key.
  std::optional<llvm::StringRef> setting(llvm::StringRef Key) const;
};

struct GoBuildInfo {
  std::string GoVersion; ///< "go1.22.1"
  /// The raw modinfo with the sentinels stripped ("" when it had none).
  std::string RawModInfo;
  ModInfo Mod;
  /// The file offset of the "\xff Go buildinf:" header.
  uint64_t HeaderOffset = 0;
  /// True for the Go 1.18+ format (strings inline after the header), false
  /// for the older one (pointers to string headers).
  bool InlineStrings = false;
  /// Set when the modinfo string was present but did not parse (damaged or
  /// forged); GoVersion is still valid then.
  std::string ModInfoError;
};

/// Finds and decodes the build info of \p Exe, where debug/buildinfo looks
/// for it. Returns std::nullopt when there is none (not a Go executable, or
/// packed), and an error when a header is found but is damaged.
llvm::Expected<std::optional<GoBuildInfo>>
readGoBuildInfo(const Executable &Exe);

/// Parses a modinfo string (sentinels already stripped) as
/// runtime/debug.ParseBuildInfo does.
llvm::Expected<ModInfo> parseModInfo(llvm::StringRef Text);

/// strconv.Unquote for "..." and `...` strings; std::nullopt when \p Quoted
/// is not a valid Go string literal.
std::optional<std::string> unquoteGoString(llvm::StringRef Quoted);

/// Quotes \p S as strconv.Quote does.
std::string quoteGoString(llvm::StringRef S);

/// The lines `go version -m FILE` prints after "FILE: goX.Y", each starting
/// with a tab (runtime/debug.BuildInfo.String(), with Go's quoting rules).
std::string formatModInfo(const ModInfo &Mod);

} // namespace goexe

#endif
