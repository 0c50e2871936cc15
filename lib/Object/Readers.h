//===- Readers.h - One reader per executable format -------------*- C++ -*-===//
///
/// \file
/// Internal to lib/Object: each reader fills an Executable from one image.
/// A reader fails only when the headers cannot be read at all; lesser damage
/// is recorded in Executable::Damage and reading goes on.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_LIB_OBJECT_READERS_H
#define GOEXE_LIB_OBJECT_READERS_H

#include "goexe/Object/Executable.h"

#include "llvm/Object/COFF.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Object/MachO.h"

namespace goexe {

llvm::Expected<Executable> readPE(const llvm::object::COFFObjectFile &Obj);
llvm::Expected<Executable> readELF(const llvm::object::ELFObjectFileBase &Obj);
llvm::Expected<Executable> readMachO(const llvm::object::MachOObjectFile &Obj);

/// Clamps a range declared by a header to the bytes that exist; records the
/// damage when it had to.
FileRange clampToFile(Executable &Exe, uint64_t Offset, uint64_t Size,
                      const llvm::Twine &What);

/// Reads the header of \p S when it is compressed, into S.Compressed: an
/// ELF compression header when \p ELFCompressed (SHF_COMPRESSED; \p Is64
/// picks Elf64_Chdr), else "ZLIB" and a big-endian size when the name is
/// .zdebug_* or __zdebug_*. A header that cannot be read is damage.
void readCompressionHeader(Executable &Exe, Section &S, bool ELFCompressed,
                           bool Is64);

/// The section whose address range holds \p Address, if any.
std::optional<size_t> findSectionAt(const Executable &Exe, uint64_t Address);

} // namespace goexe

#endif
