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
  Expected<ExecutableFile> File = readExecutableBuffer(
      MemoryBuffer::getMemBuffer(Bytes, "fuzz.exe", false));
  if (!File) {
    consumeError(File.takeError());
    return 0;
  }
  NullConsumer Consumer;
  DiagnosticEngine Diags(Consumer);
  Diags.applyWarningOption("-Weverything");
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

  std::vector<InspectedImage> Images;
  for (const Executable &Exe : File->Images) {
    reportDamage(Diags, {"fuzz.exe"}, Exe.Damage);
    std::optional<GoBuildInfo> Go;
    if (Expected<std::optional<GoBuildInfo>> Info = readGoBuildInfo(Exe))
      Go = std::move(*Info);
    else
      consumeError(Info.takeError());
    if (Error E = forEachSymbolName(Exe, [](StringRef) {}))
      consumeError(std::move(E));
    runAllChecks({*File, Exe, Go, Intent, *Flags, Diags, {"fuzz.exe"}});
    Images.push_back({&Exe, Go});
  }
  printInspectText(nulls(), *File, Images);
  raw_null_ostream Null;
  Null << inspectToJSON(*File, Images);
  return 0;
}
