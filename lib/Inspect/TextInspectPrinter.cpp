//===- TextInspectPrinter.cpp - The text view of `goexe inspect` ----------===//
///
/// \file
/// Writes the text view's lines and the facts on them as they come; the
/// structure matters only to cap the lists that name their kind.
///
//===----------------------------------------------------------------------===//

#include "goexe/Inspect/InspectPrinter.h"
#include "goexe/Support/Printable.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Format.h"

#include <cassert>

using namespace llvm;

namespace goexe {

namespace {

/// The width of the labels, and of a section name on a "section" line.
constexpr unsigned LabelWidth = 20;
constexpr unsigned NameWidth = 18;

class TextInspectPrinter : public InspectPrinter {
public:
  explicit TextInspectPrinter(raw_ostream &OS) : OS(OS) {}

  void beginObject(StringRef) override {}
  void endObject() override {}

  void beginList(StringRef, StringRef TextKind) override {
    Lists.push_back({TextKind.str(), 0});
  }

  void endList() override {
    List L = Lists.pop_back_val();
    if (!L.Kind.empty() && L.Lines > MaxListedPerKind)
      label("...") << (L.Lines - MaxListedPerKind) << " more " << L.Kind
                   << " (--json lists them all)\n";
  }

  void stringField(StringRef, StringRef Value, TextForm Form) override {
    if (!shows(Form))
      return;
    switch (Form) {
    case TextForm::Plain:
      OS << printable(Value);
      return;
    case TextForm::Column:
      OS << left_justify(printable(Value), NameWidth);
      return;
    case TextForm::Hidden:
    case TextForm::Hex:
    case TextForm::Hex16:
    case TextForm::Hex32:
      break;
    }
    llvm_unreachable("a string shown as a number");
  }

  void numberField(StringRef, uint64_t Value, TextForm Form) override {
    if (!shows(Form))
      return;
    switch (Form) {
    case TextForm::Plain:
      OS << Value;
      return;
    case TextForm::Hex:
      OS << format_hex(Value, 1);
      return;
    case TextForm::Hex16:
      OS << format_hex(Value, 6);
      return;
    case TextForm::Hex32:
      OS << format_hex(Value, 10);
      return;
    case TextForm::Hidden:
    case TextForm::Column:
      break;
    }
    llvm_unreachable("a number shown as a string");
  }

  void boolField(StringRef, bool) override {}
  void nullField(StringRef) override {}

  void beginLine(StringRef Label) override {
    assert(!InLine && "lines do not nest");
    InLine = true;
    // Each line of a capped list is one of its items.
    if (!Lists.empty() && !Lists.back().Kind.empty() &&
        ++Lists.back().Lines > MaxListedPerKind) {
      Quiet = true;
      return;
    }
    label(Label);
  }

  void endLine() override {
    assert(InLine && "endLine() without beginLine()");
    if (!Quiet)
      OS << '\n';
    InLine = Quiet = false;
  }

  void text(const Twine &Text) override {
    if (!Quiet)
      OS << Text;
  }

private:
  bool shows(TextForm Form) const { return !Quiet && Form != TextForm::Hidden; }

  raw_ostream &label(StringRef Label) {
    return OS << "  " << left_justify(Label, LabelWidth);
  }

  struct List {
    std::string Kind; ///< "" for a list the text view does not cap.
    size_t Lines;
  };

  raw_ostream &OS;
  SmallVector<List, 4> Lists;
  bool InLine = false;
  /// In a line past the cap of its list: nothing of it is written.
  bool Quiet = false;
};

} // namespace

std::unique_ptr<InspectPrinter> createTextInspectPrinter(raw_ostream &OS) {
  return std::make_unique<TextInspectPrinter>(OS);
}

} // namespace goexe
