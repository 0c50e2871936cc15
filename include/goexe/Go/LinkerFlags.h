//===- LinkerFlags.h - What a -ldflags asks of the linker -------*- C++ -*-===//
///
/// \file
/// `go build -ldflags=STRING` splits STRING into words (cmd/internal/quoted:
/// white space separates, '...' and "..." quote without escapes) and hands
/// them to `go tool link`, which parses them with Go's flag package.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_GO_LINKERFLAGS_H
#define GOEXE_GO_LINKERFLAGS_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace goexe {

/// One -X importpath.name=value.
struct XDefinition {
  std::string Symbol; ///< "main.version"
  std::string Value;
};

struct LinkerFlags {
  std::vector<std::string> Words;      ///< As split from the -ldflags string.
  bool StripSymbols = false;           ///< -s
  bool StripDWARF = false;             ///< -w (also implied by -s)
  std::optional<std::string> HeadType; ///< -H, e.g. "windowsgui"
  std::optional<std::string> LinkMode; ///< -linkmode
  std::optional<std::string> ExtLdflags;
  std::vector<XDefinition> XDefs;

  bool wantsGUI() const { return HeadType && *HeadType == "windowsgui"; }
};

/// Quotes one word so that splitGoQuoted gives it back whole (the way
/// cmd/internal/quoted.Join writes it).
std::string quoteGoArgument(llvm::StringRef Word);

/// Splits a -ldflags value as cmd/internal/quoted.Split does.
llvm::Expected<std::vector<std::string>> splitGoQuoted(llvm::StringRef S);

/// Groups words into flags with their values: "-X main.v=1" is one unit.
std::vector<std::string> flagUnits(llvm::ArrayRef<std::string> Words);

/// What the last of several -ldflags loses of the earlier ones (go build
/// keeps only the last): their flags that it does not repeat, each once, in
/// order. \p OnUnreadable hears of an earlier value that cannot be split.
std::vector<std::string> lostLinkerFlags(
    llvm::ArrayRef<std::string> Ldflags,
    llvm::function_ref<void(llvm::StringRef Earlier, llvm::Error Why)>
        OnUnreadable);

/// Parses a -ldflags value. Flags goexe does not model are kept in Words
/// only; a malformed string (an unterminated quote, -X without '=') is an
/// error, as it is for `go build`.
llvm::Expected<LinkerFlags> parseLinkerFlags(llvm::StringRef Ldflags);

} // namespace goexe

#endif
