//===- Symbols.cpp - The names in an executable's symbol table ------------===//
///
/// \file
/// Symbol names are read on demand (only the -X check needs them): the
/// image's bytes are parsed again by llvm::object, which costs little next
/// to walking thousands of symbols that most runs never look at.
///
//===----------------------------------------------------------------------===//

#include "goexe/Object/Executable.h"

#include "llvm/Object/ObjectFile.h"

using namespace llvm;
using namespace llvm::object;

namespace goexe {

Expected<std::vector<std::string>> readSymbolNames(const Executable &Exe) {
  Expected<std::unique_ptr<ObjectFile>> Obj =
      ObjectFile::createObjectFile(MemoryBufferRef(Exe.Bytes, ""));
  if (!Obj)
    return Obj.takeError();
  std::vector<std::string> Names;
  for (const SymbolRef &Sym : (*Obj)->symbols()) {
    Expected<StringRef> Name = Sym.getName();
    if (!Name) {
      consumeError(Name.takeError());
      continue;
    }
    StringRef N = *Name;
    // Mach-O prefixes C-level names with an underscore.
    if (Exe.Format == ExecutableFormat::MachO)
      N.consume_front("_");
    if (!N.empty())
      Names.push_back(N.str());
  }
  return Names;
}

} // namespace goexe
