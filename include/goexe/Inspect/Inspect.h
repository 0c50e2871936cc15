//===- Inspect.h - What `goexe inspect` prints ------------------*- C++ -*-===//
///
/// \file
/// The readable summary and the JSON object (docs/inspect.md) of one file,
/// both written by one walk of the model (walkInspection) through an
/// InspectPrinter, so that the two views cannot drift apart.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_INSPECT_INSPECT_H
#define GOEXE_INSPECT_INSPECT_H

#include "goexe/Go/BuildInfo.h"
#include "goexe/Load/ExecutableLoader.h"
#include "goexe/Object/Executable.h"

#include "llvm/Support/raw_ostream.h"

namespace goexe {

class InspectPrinter;

/// One image and what was learnt about it, as the loader read it.
using InspectedImage = LoadedImage;

enum class InspectFormat {
  Text, ///< First what `go version -m` prints, then the headers.
  JSON, ///< One object on one line, as docs/inspect.md documents it.
};

/// Writes what `goexe inspect` prints for \p File in \p Format.
void printInspection(llvm::raw_ostream &OS, InspectFormat Format,
                     const ExecutableFile &File,
                     llvm::ArrayRef<InspectedImage> Images);

/// Tells \p P every fact either view shows, in the text view's order.
void walkInspection(InspectPrinter &P, const ExecutableFile &File,
                    llvm::ArrayRef<InspectedImage> Images);

} // namespace goexe

#endif
