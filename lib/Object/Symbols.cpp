//===- Symbols.cpp - The names in an executable's symbol table ------------===//
///
/// \file
/// Symbol names are read on demand (only the -X check needs them): the
/// image's bytes are parsed again by llvm::object. Names are streamed, not
/// collected: Go executables have tens of thousands of symbols.
///
//===----------------------------------------------------------------------===//

#include "goexe/Object/Executable.h"

#include "llvm/Object/ObjectFile.h"

using namespace llvm;
using namespace llvm::object;

namespace goexe {

Error forEachSymbolName(const Executable &Exe,
                        function_ref<void(StringRef)> Callback) {
  Expected<std::unique_ptr<ObjectFile>> Obj =
      ObjectFile::createObjectFile(MemoryBufferRef(Exe.Bytes, ""));
  if (!Obj)
    return Obj.takeError();
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
      Callback(N);
  }
  return Error::success();
}

} // namespace goexe
