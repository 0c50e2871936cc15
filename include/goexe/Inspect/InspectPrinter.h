//===- InspectPrinter.h - The views of `goexe inspect` ----------*- C++ -*-===//
///
/// \file
/// What walkInspection() tells a view of the model, as llvm-readobj's
/// ScopedPrinter: facts under JSON keys, nested in objects and lists, each
/// with the form the text view shows it in (or none: a JSON-only fact); and
/// the text view's own words: its labelled lines and the literal text
/// between the facts on them. The JSON view ignores the words, the text view
/// the structure and the hidden facts.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_INSPECT_INSPECTPRINTER_H
#define GOEXE_INSPECT_INSPECTPRINTER_H

#include "goexe/Inspect/Inspect.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <memory>

namespace goexe {

/// How the text view shows a fact. The JSON view shows every fact.
enum class TextForm {
  Hidden, ///< Not at all: JSON only.
  Plain,  ///< Strings through printable(), numbers in decimal.
  Hex,    ///< 0x1f
  Hex16,  ///< 0x001f
  Hex32,  ///< 0x0000001f
  Column, ///< printable(), padded to the width of a section name.
};

/// The text view lists the first MaxListedPerKind lines of a list that names
/// its kind, then says how many it left out: a forged file can list a
/// million sections or imports (--json has them all).
constexpr size_t MaxListedPerKind = 100;

class InspectPrinter {
public:
  virtual ~InspectPrinter();

  /// Structure. \p Key is empty for an element of a list.
  virtual void beginObject(llvm::StringRef Key) = 0;
  virtual void endObject() = 0;
  /// \p TextKind, when set, names the lines of the list in the text view
  /// ("sections") and caps them at MaxListedPerKind.
  virtual void beginList(llvm::StringRef Key,
                         llvm::StringRef TextKind = "") = 0;
  virtual void endList() = 0;

  /// Facts. Strings come from the file: each view makes them safe its way.
  virtual void stringField(llvm::StringRef Key, llvm::StringRef Value,
                           TextForm Form = TextForm::Hidden) = 0;
  virtual void numberField(llvm::StringRef Key, uint64_t Value,
                           TextForm Form = TextForm::Hidden) = 0;
  virtual void boolField(llvm::StringRef Key, bool Value) = 0;
  virtual void nullField(llvm::StringRef Key) = 0;

  /// The text view's words. A line is "  LABEL  facts and text\n"; lines do
  /// not nest.
  virtual void beginLine(llvm::StringRef Label) = 0;
  virtual void endLine() = 0;
  virtual void text(const llvm::Twine &Text) = 0;
};

std::unique_ptr<InspectPrinter> createTextInspectPrinter(llvm::raw_ostream &OS);
/// Writes the object when the outermost one ends.
std::unique_ptr<InspectPrinter> createJSONInspectPrinter(llvm::raw_ostream &OS);
std::unique_ptr<InspectPrinter> createInspectPrinter(InspectFormat Format,
                                                     llvm::raw_ostream &OS);

} // namespace goexe

#endif
