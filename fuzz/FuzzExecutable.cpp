//===- FuzzExecutable.cpp - libFuzzer target: the executable model --------===//
///
/// \file
/// Any bytes as a file: the readers (PE, ELF, Mach-O, fat), the build info,
/// the symbol walk, both inspect printers and every check must read them
/// without a crash, a read out of bounds or unbounded work. -Wpath-leak
/// runs with --trimpath and a build path, so the compressed sections
/// (SectionDecompressor: zlib, zstd, .zdebug_*) are decompressed too; the
/// yaml2obj fixtures that seed the corpus have all three forms
/// (test/Check/Inputs/compressed-dwarf-*.yaml).
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/Checks.h"
#include "goexe/Inspect/Inspect.h"
#include "goexe/Load/ExecutableLoader.h"

#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace goexe;

namespace {
class NullConsumer : public DiagnosticConsumer {
  void handleDiagnostic(const Diagnostic &) override {}
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Bytes(reinterpret_cast<const char *>(Data), Size);
  NullConsumer Consumer;
  DiagnosticEngine Diags(Consumer);
  Diags.applyWarningOption("-Weverything");
  std::unique_ptr<LoadedFile> Loaded = loadExecutableBuffer(
      Diags, MemoryBuffer::getMemBuffer(Bytes, "fuzz.exe", false));
  if (!Loaded)
    return 0;
  BuildIntent Intent;
  Intent.GOOS = "windows";
  Intent.GOARCH = "amd64";
  Intent.Trimpath = true;
  Intent.Static = true;
  Intent.MinWindows = "7";
  Intent.BuildPaths = {"/home/user/src"};
  Expected<LinkerFlags> Flags = parseLinkerFlags("-s -w -X main.version=1.0");
  if (!Flags)
    abort();

  for (const LoadedImage &Image : Loaded->Images) {
    if (Error E = forEachSymbolName(*Image.Exe, [](StringRef) {}))
      consumeError(std::move(E));
    runAllChecks({Loaded->File,
                  *Image.Exe,
                  Image.Go,
                  Intent,
                  *Flags,
                  Diags,
                  {"fuzz.exe"}});
  }
  printInspection(nulls(), InspectFormat::Text, Loaded->File, Loaded->Images);
  printInspection(nulls(), InspectFormat::JSON, Loaded->File, Loaded->Images);
  return 0;
}
