//===- JSONInspectPrinter.cpp - The JSON view of `goexe inspect` ----------===//
///
/// \file
/// Builds the object as a json::Value tree and writes it with
/// llvm::json::OStream when the outermost object ends: a tree, not a stream
/// of keys, because json::OStream sorts an object's keys only when it writes
/// a whole json::Object, and the documented output has them sorted.
///
//===----------------------------------------------------------------------===//

#include "goexe/Inspect/InspectPrinter.h"
#include "goexe/Support/JSONUtil.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/JSON.h"

#include <cassert>

using namespace llvm;

namespace goexe {

namespace {

class JSONInspectPrinter : public InspectPrinter {
public:
  explicit JSONInspectPrinter(raw_ostream &OS) : OS(OS) {}

  void beginObject(StringRef Key) override {
    Open.push_back({Key.str(), json::Object()});
  }
  void endObject() override { close(); }

  void beginList(StringRef Key, StringRef) override {
    Open.push_back({Key.str(), json::Array()});
  }
  void endList() override { close(); }

  void stringField(StringRef Key, StringRef Value, TextForm) override {
    add(Key, jsonString(Value));
  }
  void numberField(StringRef Key, uint64_t Value, TextForm) override {
    add(Key, Value);
  }
  void boolField(StringRef Key, bool Value) override { add(Key, Value); }
  void nullField(StringRef Key) override { add(Key, nullptr); }

  void beginLine(StringRef) override {}
  void endLine() override {}
  void text(const Twine &) override {}

private:
  struct Container {
    std::string Key;
    json::Value Value;
  };

  void add(StringRef Key, json::Value Value) {
    assert(!Open.empty() && "a fact outside the outermost object");
    json::Value &Parent = Open.back().Value;
    if (json::Array *A = Parent.getAsArray()) {
      assert(Key.empty() && "a key in a list");
      A->push_back(std::move(Value));
    } else {
      (*Parent.getAsObject())[Key.str()] = std::move(Value);
    }
  }

  void close() {
    Container C = Open.pop_back_val();
    if (!Open.empty())
      return add(C.Key, std::move(C.Value));
    json::OStream(OS).value(C.Value);
    OS << '\n';
  }

  raw_ostream &OS;
  SmallVector<Container, 8> Open;
};

} // namespace

std::unique_ptr<InspectPrinter> createJSONInspectPrinter(raw_ostream &OS) {
  return std::make_unique<JSONInspectPrinter>(OS);
}

} // namespace goexe
