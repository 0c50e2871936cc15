//===- PathLeakChecks.cpp - Absolute build paths in a -trimpath build -----===//
///
/// \file
/// Without -trimpath the compiler records absolute source paths (the module
/// root, GOROOT, the module cache) in the binary. With it, they become
/// module-relative. A path that still occurs means some part of the build
/// escaped -trimpath: cgo's debug info, a C library, an embedded string.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/Checks.h"
#include "goexe/Support/ByteSearch.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace goexe {

namespace {

constexpr size_t ExamplesShown = 3;

/// The whole path that starts at \p At: up to the first byte that cannot be
/// in a path printed by the toolchain.
StringRef pathAt(StringRef Bytes, size_t At) {
  StringRef Rest = Bytes.drop_front(At).take_front(512);
  return Rest.take_while(
      [](char C) { return isPrint(C) && C != '"' && C != '\'' && C != ' '; });
}

} // namespace

void checkPathLeaks(const CheckContext &C) {
  if (!C.Intent.Trimpath.value_or(false))
    return;

  std::vector<StringRef> Prefixes;
  for (const std::string &Root : C.Intent.BuildPaths) {
    // "/" or "C:\" alone would match everywhere.
    StringRef Prefix = StringRef(Root).rtrim("/\\");
    if (Prefix.size() >= 3)
      Prefixes.push_back(Prefix);
  }
  uint64_t Count = 0;
  std::vector<std::string> Examples;
  StringRef Bytes = C.Exe.Bytes;
  for (const FileRange &Range : C.dataRanges()) {
    StringRef Data = Bytes.substr(Range.Offset, Range.Size);
    forEachOccurrence(Data, Prefixes, [&](size_t Index, size_t At) {
      // Only the directory itself or something below it: "/home/a" must
      // not match "/home/ab".
      size_t End = At + Prefixes[Index].size();
      if (End < Data.size() && Data[End] != '/' && Data[End] != '\\' &&
          isPrint(Data[End]))
        return;
      ++Count;
      if (Examples.size() == ExamplesShown)
        return;
      std::string Path = pathAt(Data, At).str();
      if (!is_contained(Examples, Path))
        Examples.push_back(Path);
    });
  }
  if (!Count)
    return;

  DiagnosticBuilder D = C.Diags.report(diag::warn_path_leak, C.Where);
  D << C.fileName()
    << (utostr(Count) +
        (Count == 1 ? " absolute build path" : " absolute build paths"));
  for (const std::string &Path : Examples)
    D.addNote("for example: " + Path);
  std::optional<StringRef> Recorded = C.setting("-trimpath");
  if (!Recorded || *Recorded != "true")
    D.addNote("the build info does not record -trimpath=true: the build ran "
              "without -trimpath");
  else
    D.addNote("the Go code was built with -trimpath; the paths come from "
              "elsewhere: a prebuilt C library compiled with -g, -ldflags, "
              "or an embedded string");
}

} // namespace goexe
