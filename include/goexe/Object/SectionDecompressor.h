//===- SectionDecompressor.h - Compressed DWARF, bounded --------*- C++ -*-===//
///
/// \file
/// Modern toolchains compress DWARF (ELF SHF_COMPRESSED with zlib or zstd;
/// .zdebug_* from Go's linker for PE and Mach-O), and the paths a C compiler
/// records are inside it. SectionDecompressor gives back a compressed
/// section's bytes within goexe's limits (docs/limits.md): the size in the
/// header is believed only up to the cap, and the caps hold for the whole
/// file, however many sections a forged header table declares.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_OBJECT_SECTIONDECOMPRESSOR_H
#define GOEXE_OBJECT_SECTIONDECOMPRESSOR_H

#include "goexe/Object/Executable.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>

namespace goexe {

/// Why a compressed section was not decompressed.
class DecompressError : public llvm::ErrorInfo<DecompressError> {
public:
  enum Kind {
    SectionLimit, ///< It declares more than DecompressLimits::MaxSection.
    TotalLimit,   ///< The file's sections together exceed MaxTotal.
    Unsupported,  ///< This goexe's LLVM lacks the format (zstd, zlib).
    Damaged,      ///< The data is not what the header says.
  };
  static char ID;

  DecompressError(Kind K, std::string Message)
      : K(K), Message(std::move(Message)) {}
  Kind kind() const { return K; }
  void log(llvm::raw_ostream &OS) const override { OS << Message; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

private:
  Kind K;
  std::string Message;
};

/// The caps of docs/limits.md; the unit tests make them small.
struct DecompressLimits {
  /// The largest uncompressed size one section may declare.
  uint64_t MaxSection = 64 << 20;
  /// The uncompressed bytes of all the sections of one image together.
  uint64_t MaxTotal = 128 << 20;
};

/// The uncompressed bytes of one section.
struct DecompressedSection {
  /// Allocated for the declared size and written only as far as the
  /// stream went: untouched pages of a forged size cost no memory.
  std::unique_ptr<llvm::WritableMemoryBuffer> Buffer;
  size_t Size = 0; ///< What the stream held (at most the declared size).

  llvm::StringRef bytes() const {
    return Buffer ? llvm::StringRef(Buffer->getBufferStart(), Size)
                  : llvm::StringRef();
  }
};

/// Decompresses the sections of one image, one at a time, within limits
/// shared by all the calls on it.
class SectionDecompressor {
public:
  explicit SectionDecompressor(const Executable &Exe,
                               DecompressLimits Limits = {})
      : Exe(Exe), Limits(Limits) {}

  /// The uncompressed bytes of \p S, which must have S.Compressed; a
  /// DecompressError when the caps, this build or the data forbid it.
  llvm::Expected<DecompressedSection> decompress(const Section &S);

  const DecompressLimits &limits() const { return Limits; }

private:
  const Executable &Exe;
  DecompressLimits Limits;
  uint64_t Output = 0; ///< Uncompressed bytes given out so far.
  uint64_t Input = 0;  ///< Compressed bytes read so far.
};

} // namespace goexe

#endif
