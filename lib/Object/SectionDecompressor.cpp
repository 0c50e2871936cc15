//===- SectionDecompressor.cpp - Compressed DWARF, decompressed bounded ---===//
///
/// \file
/// llvm::compression's zlib and zstd decoders, called on the stream that
/// readCompressionHeader() found. Not llvm::object::Decompressor: LLVM 19's
/// reads only ELF's Elf_Chdr (not the "ZLIB" header of .zdebug_*, which Go
/// writes for PE and Mach-O) and does not tell how many bytes a stream
/// really held, so a forged size would have to be allocated and zeroed.
///
//===----------------------------------------------------------------------===//

#include "goexe/Object/SectionDecompressor.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Compression.h"

using namespace llvm;

namespace goexe {

char DecompressError::ID;

static Error fail(DecompressError::Kind K, const Twine &Message) {
  return make_error<DecompressError>(K, Message.str());
}

Expected<DecompressedSection>
SectionDecompressor::decompress(const Section &S) {
  assert(S.Compressed && "not a compressed section");
  const CompressedData &C = *S.Compressed;
  StringRef Format = compressionName(C.Format);
  compression::Format F = C.Format == CompressionFormat::Zstd
                              ? compression::Format::Zstd
                              : compression::Format::Zlib;
  if (const char *Reason = compression::getReasonIfUnsupported(F))
    return fail(DecompressError::Unsupported,
                "it is compressed with " + Format +
                    ", which this goexe cannot decompress (" + Reason + ")");
  if (C.DeclaredSize > Limits.MaxSection)
    return fail(DecompressError::SectionLimit,
                "it declares " + Twine(C.DeclaredSize) +
                    " bytes uncompressed, over the limit of " +
                    Twine(Limits.MaxSection) +
                    " bytes per section (docs/limits.md)");
  if (C.DeclaredSize > Limits.MaxTotal - Output)
    return fail(DecompressError::TotalLimit,
                "the compressed sections hold over the limit of " +
                    Twine(Limits.MaxTotal) +
                    " uncompressed bytes per file (docs/limits.md)");
  // Streams within the file add up to more than the file only when
  // forged headers point several sections at the same bytes.
  uint64_t FileSize = Exe.Bytes.size();
  if (C.Stream.Size > FileSize - std::min(Input, FileSize))
    return fail(DecompressError::Damaged,
                "its compressed bytes overlap another section's");
  Input += C.Stream.Size;

  DecompressedSection Result;
  if (C.DeclaredSize == 0)
    return Result;
  Result.Buffer =
      WritableMemoryBuffer::getNewUninitMemBuffer(C.DeclaredSize, S.Name);
  if (!Result.Buffer)
    return fail(DecompressError::SectionLimit,
                "its declared " + Twine(C.DeclaredSize) +
                    " bytes could not be allocated");
  ArrayRef<uint8_t> Stream =
      arrayRefFromStringRef(Exe.Bytes.substr(C.Stream.Offset, C.Stream.Size));
  auto *Out = reinterpret_cast<uint8_t *>(Result.Buffer->getBufferStart());
  // In: the room there is; out: how much the stream filled.
  size_t Size = C.DeclaredSize;
  Error E = C.Format == CompressionFormat::Zstd
                ? compression::zstd::decompress(Stream, Out, Size)
                : compression::zlib::decompress(Stream, Out, Size);
  if (E) {
    std::string Why = toString(std::move(E));
    // zlib fails with Z_BUF_ERROR only when the room is full.
    if (C.Format == CompressionFormat::Zlib && Size >= C.DeclaredSize)
      return fail(DecompressError::Damaged,
                  "its zlib data decompresses to more than the " +
                      Twine(C.DeclaredSize) + " bytes its header declares (" +
                      Why + ")");
    return fail(DecompressError::Damaged,
                "its " + Format + " data cannot be decompressed (" + Why + ")");
  }
  // zstd reports an error as a size; zlib never writes more than room.
  Result.Size = std::min<size_t>(Size, C.DeclaredSize);
  Output += Result.Size;
  return Result;
}

} // namespace goexe
