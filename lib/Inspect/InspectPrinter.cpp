//===- InspectPrinter.cpp - Choosing a view of `goexe inspect` ------------===//
///
/// \file
/// The factory: one case per output format.
///
//===----------------------------------------------------------------------===//

#include "goexe/Inspect/InspectPrinter.h"

#include "llvm/Support/ErrorHandling.h"

using namespace llvm;

namespace goexe {

InspectPrinter::~InspectPrinter() = default;

std::unique_ptr<InspectPrinter> createInspectPrinter(InspectFormat Format,
                                                     raw_ostream &OS) {
  switch (Format) {
  case InspectFormat::Text:
    return createTextInspectPrinter(OS);
  case InspectFormat::JSON:
    return createJSONInspectPrinter(OS);
  }
  llvm_unreachable("unknown inspect format");
}

} // namespace goexe
