//===- Inspect.h - What `goexe inspect` prints -----------------*- C++ -*-===//
///
/// \file
/// The readable summary and the JSON object (docs/inspect.md) of one file.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_INSPECT_INSPECT_H
#define GOEXE_INSPECT_INSPECT_H

#include "goexe/Go/BuildInfo.h"
#include "goexe/Object/Executable.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace goexe {

/// One image and what was learnt about it.
struct InspectedImage {
  const Executable *Exe;
  std::optional<GoBuildInfo> Go; ///< std::nullopt: not built by Go
};

/// The text summary: first what `go version -m` prints, then the headers.
void printInspectText(llvm::raw_ostream &OS, const ExecutableFile &File,
                      llvm::ArrayRef<InspectedImage> Images);

/// The JSON object documented in docs/inspect.md.
llvm::json::Value inspectToJSON(const ExecutableFile &File,
                                llvm::ArrayRef<InspectedImage> Images);

} // namespace goexe

#endif
