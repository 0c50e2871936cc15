//===- BuildFailures.cpp - The table of failure recognisers ---------------===//
///
/// \file
/// The order in which GoOutputTranslator tries the recognisers of each
/// family on a line, and the helpers the families share.
///
//===----------------------------------------------------------------------===//

#include "BuildFailures.h"

#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

// The first that takes a line wins.
static constexpr LineRecognizer Recognizers[] = {
    {"linker-context", recognizeLinkerContext},
    {"import-chain", recognizeImportChainStart},
    {"static-libc", recognizeStaticLibc},
    {"host-compiler", recognizeHostCompiler},
    {"object-architecture", recognizeObjectArchitecture},
    {"syso-relocation", recognizeSysoRelocation},
    {"rsrc-sections", recognizeRsrcSections},
    {"x-not-string", recognizeXNotString},
    {"go-version", recognizeGoVersion},
    {"module-requires-go", recognizeModuleRequiresGo},
    {"toolchain-download", recognizeToolchainDownload},
    {"missing-go-sum", recognizeMissingGoSum},
    {"undefined-reference", recognizeUndefinedReferenceLine},
    {"no-go-files", recognizeNoGoFilesLine},
};

ArrayRef<LineRecognizer> lineRecognizers() { return Recognizers; }

bool splitAround(StringRef Text, StringRef Marker, StringRef &Before,
                 StringRef &After) {
  size_t At = Text.find(Marker);
  if (At == StringRef::npos)
    return false;
  Before = Text.take_front(At);
  After = Text.drop_front(At + Marker.size());
  return true;
}

std::string joinPath(StringRef Dir, StringRef Name) {
  SmallString<256> Path(Dir);
  sys::path::append(Path, Name);
  return std::string(Path);
}

SourceLocation locationIn(StringRef File, FilePosition Pos) {
  return SourceLocation(File.str(), Pos.Line, Pos.Column);
}

std::optional<SourceLocation> findDeclaration(const GoListPackage &P,
                                              StringRef Name) {
  for (const std::string &F : P.builtGoFiles()) {
    std::string Path = joinPath(P.Dir, F);
    if (std::optional<FilePosition> Pos = findGoDeclaration(Path, Name))
      return locationIn(Path, *Pos);
  }
  return std::nullopt;
}

} // namespace goexe
