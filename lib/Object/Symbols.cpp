//===- Symbols.cpp - The names in an executable's symbol table ------------===//
///
/// \file
/// Symbol names are read on demand (only the -X check needs them): the
/// image's bytes are parsed again by llvm::object. Names are streamed, not
/// collected: Go executables have tens of thousands of symbols.
///
//===----------------------------------------------------------------------===//

#include "goexe/Object/Executable.h"

#include "llvm/Object/MachO.h"
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
  const auto *MachO = dyn_cast<MachOObjectFile>(Obj->get());
  // ELFObjectFile counts symbols by the section header's sh_size, which a
  // forged header makes 10^14. No format's entry is under 8 bytes, so a
  // walk past Bytes.size() / 8 symbols is reading a lie.
  uint64_t SymbolsLeft = Exe.Bytes.size() / 8;
  // A name that cannot be read, or a table that yields none of the symbols
  // the reader counted, is damage: a check must not take a partial table
  // for proof that a name is missing.
  uint64_t Delivered = 0, Unreadable = 0;
  auto Deliver = [&](StringRef N) {
    ++Delivered;
    Callback(N);
  };
  for (const SymbolRef &Sym : (*Obj)->symbols()) {
    if (SymbolsLeft-- == 0)
      break;
    if (MachO) {
      // MachOObjectFile::getSymbolName runs strlen() from the name's offset:
      // on a last name without its NUL that reads past the file. Bound it
      // by the string table.
      DataRefImpl Ref = Sym.getRawDataRefImpl();
      uint32_t Strx = MachO->is64Bit()
                          ? MachO->getSymbol64TableEntry(Ref).n_strx
                          : MachO->getSymbolTableEntry(Ref).n_strx;
      StringRef Strings = MachO->getStringTableData();
      if (Strx >= Strings.size()) {
        ++Unreadable;
        continue;
      }
      StringRef N = Strings.drop_front(Strx);
      N = N.take_front(N.find('\0'));
      N.consume_front("_"); // Mach-O prefixes C-level names with '_'.
      if (!N.empty())
        Deliver(N);
      continue;
    }
    Expected<StringRef> Name = Sym.getName();
    if (!Name) {
      consumeError(Name.takeError());
      ++Unreadable;
      continue;
    }
    if (!Name->empty())
      Deliver(*Name);
  }
  if (Unreadable)
    return createStringError(inconvertibleErrorCode(),
                             "%llu symbol names are outside the file",
                             (unsigned long long)Unreadable);
  if (Delivered == 0 && Exe.SymbolCount != 0)
    return createStringError(inconvertibleErrorCode(),
                             "none of its %llu symbols can be read",
                             (unsigned long long)Exe.SymbolCount);
  return Error::success();
}

} // namespace goexe
