//===- PathLeakChecks.cpp - Absolute build paths in a -trimpath build -----===//
///
/// \file
/// Without -trimpath the compiler records absolute source paths (the module
/// root, GOROOT, the module cache) in the binary. With it, they become
/// module-relative. A path that still occurs means some part of the build
/// escaped -trimpath: the DWARF of C code compiled outside the package (a
/// C library, headers from the build directory), -ldflags, an embedded
/// string. DWARF is compressed by Go's linker and by modern toolchains, so
/// compressed sections are searched too, decompressed one at a time.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/Checks.h"
#include "goexe/Load/ExecutableLoader.h"
#include "goexe/Object/SectionDecompressor.h"
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

/// Counts the build paths in the bytes it is given, and keeps the first
/// few with the section they were found in.
class PathSearch {
public:
  PathSearch(const Executable &Exe, ArrayRef<StringRef> Prefixes);

  /// Searches the file's bytes in \p Range.
  void searchFile(const FileRange &Range) {
    search(
        Exe.Bytes.substr(Range.Offset, Range.Size),
        [&](size_t At) { return sectionAtOffset(Range.Offset + At); },
        [&](size_t At) { return inDWARF(Range.Offset + At); });
  }
  /// Searches \p Data, the uncompressed bytes of \p S.
  void searchSection(StringRef Data, const Section &S) {
    bool DWARF = isDWARFSectionName(S.Name);
    search(Data, [&](size_t) { return &S; }, [&](size_t) { return DWARF; });
  }

  struct Example {
    std::string Path;
    const Section *In; ///< Null for bytes in no section (a PE overlay).
  };
  uint64_t Count = 0;
  bool InDWARF = false; ///< Some path was in debug information.
  std::vector<Example> Examples;

private:
  void search(StringRef Data, function_ref<const Section *(size_t)> SectionOf,
              function_ref<bool(size_t)> IsDWARF);
  const Section *sectionAtOffset(uint64_t Offset) const;
  bool inDWARF(uint64_t Offset) const;

  const Executable &Exe;
  ArrayRef<StringRef> Prefixes;
  /// The file bytes of the uncompressed DWARF sections: sorted, merged.
  std::vector<FileRange> DWARF;
};

PathSearch::PathSearch(const Executable &Exe, ArrayRef<StringRef> Prefixes)
    : Exe(Exe), Prefixes(Prefixes) {
  for (const Section &S : Exe.Sections)
    if (S.File.Size && !S.Compressed && isDWARFSectionName(S.Name))
      DWARF.push_back(S.File);
  llvm::sort(DWARF, [](const FileRange &A, const FileRange &B) {
    return A.Offset < B.Offset;
  });
  std::vector<FileRange> Merged;
  for (const FileRange &R : DWARF) {
    if (!Merged.empty() && R.Offset <= Merged.back().end())
      Merged.back().Size =
          std::max(Merged.back().end(), R.end()) - Merged.back().Offset;
    else
      Merged.push_back(R);
  }
  DWARF = std::move(Merged);
}

void PathSearch::search(StringRef Data,
                        function_ref<const Section *(size_t)> SectionOf,
                        function_ref<bool(size_t)> IsDWARF) {
  forEachOccurrence(Data, Prefixes, [&](size_t Index, size_t At) {
    // Only the directory itself or something below it: "/home/a" must
    // not match "/home/ab".
    size_t End = At + Prefixes[Index].size();
    if (End < Data.size() && Data[End] != '/' && Data[End] != '\\' &&
        isPrint(Data[End]))
      return;
    ++Count;
    if (!InDWARF)
      InDWARF = IsDWARF(At);
    if (Examples.size() == ExamplesShown)
      return;
    std::string Path = pathAt(Data, At).str();
    if (none_of(Examples, [&](const Example &E) { return E.Path == Path; }))
      Examples.push_back({std::move(Path), SectionOf(At)});
  });
}

/// A linear walk, done for the few examples only: forged headers can
/// declare 65,000 sections.
const Section *PathSearch::sectionAtOffset(uint64_t Offset) const {
  for (const Section &S : Exe.Sections)
    if (Offset >= S.File.Offset && Offset - S.File.Offset < S.File.Size)
      return &S;
  return nullptr;
}

bool PathSearch::inDWARF(uint64_t Offset) const {
  auto After =
      llvm::upper_bound(DWARF, Offset, [](uint64_t Offset, const FileRange &R) {
        return Offset < R.Offset;
      });
  return After != DWARF.begin() && Offset < std::prev(After)->end();
}

/// DWARF sections of tables and offsets, without strings: not worth
/// decompressing. The rest (.debug_info, .debug_line, .debug_str,
/// .debug_line_str, .debug_macro, and any other compressed section) is.
bool holdsNoPaths(StringRef Name) {
  StringRef Kind = Name;
  for (StringRef Prefix : {".debug_", ".zdebug_", "__debug_", "__zdebug_"})
    if (Kind.consume_front(Prefix))
      break;
  if (Kind.size() == Name.size())
    return false;
  // Mach-O section names stop at 16 bytes: "__zdebug_loclist".
  bool Cut = Name.size() == 16 && Name.starts_with("__");
  for (StringRef Table :
       {"abbrev", "aranges", "frame", "loc", "loclists", "ranges", "rnglists",
        "addr", "str_offsets", "cu_index", "tu_index", "pubnames", "pubtypes",
        "gnu_pubnames", "gnu_pubtypes", "names"})
    if (Kind == Table || (Cut && Table.starts_with(Kind)))
      return true;
  return false;
}

/// The compressed sections that could not be searched: for each reason,
/// the first one and how many more, so that a forged table of 65,000
/// sections gets one warning per reason; and the damaged ones.
struct Unsearched {
  struct Reason {
    std::string Section;
    std::string Why;
    uint64_t More = 0;
  };
  std::optional<Reason> ByKind[DecompressError::Damaged];
  DamageLog Damage;
};

/// Searches the uncompressed bytes of each compressed section that is not
/// code, one section at a time.
Unsearched searchCompressedSections(const Executable &Exe, PathSearch &P) {
  Unsearched Result;
  SectionDecompressor Decompressor(Exe);
  for (const Section &S : Exe.Sections) {
    if (!S.Compressed || S.Executable || holdsNoPaths(S.Name))
      continue;
    Expected<DecompressedSection> Data = Decompressor.decompress(S);
    if (Data) {
      P.searchSection(Data->bytes(), S);
      continue;
    }
    handleAllErrors(Data.takeError(), [&](const DecompressError &E) {
      if (E.kind() == DecompressError::Damaged) {
        Result.Damage.add("compressed section " + quoteName(S.Name) +
                          " was not searched for build paths: " + E.message());
        return;
      }
      std::optional<Unsearched::Reason> &Kind = Result.ByKind[E.kind()];
      if (Kind)
        ++Kind->More;
      else
        Kind = Unsearched::Reason{quoteName(S.Name), E.message()};
    });
  }
  return Result;
}

void reportUnsearched(const CheckContext &C, const Unsearched &U) {
  for (const std::optional<Unsearched::Reason> &Kind : U.ByKind) {
    if (!Kind)
      continue;
    DiagnosticBuilder D =
        C.Diags.report(diag::warn_path_leak_unsearched, C.Where);
    D << Kind->Section << C.fileName() << Kind->Why;
    if (Kind->More)
      D.addNote(utostr(Kind->More) + " more compressed " +
                (Kind->More == 1 ? "section was" : "sections were") +
                " not searched for the same reason");
  }
  reportDamage(C.Diags, {C.File.Path}, U.Damage);
}

} // namespace

/// Whether some DWARF was written by a C compiler: Go's linker writes its
/// strings inline, gcc and clang put theirs in .debug_str and
/// .debug_line_str (which the external linker keeps).
bool hasCompilerDWARF(const Executable &Exe) {
  for (const Section &S : Exe.Sections) {
    StringRef Kind = S.Name;
    for (StringRef Prefix : {".debug_", ".zdebug_", "__debug_", "__zdebug_"})
      if (Kind.consume_front(Prefix))
        break;
    // Mach-O names stop at 16 bytes: "__zdebug_line_st".
    if (Kind.size() != S.Name.size() &&
        (Kind == "str" || Kind.starts_with("line_st") ||
         Kind.starts_with("str_off")))
      return true;
  }
  return false;
}

void checkPathLeaks(const CheckContext &C) {
  // Decompressing the DWARF costs more than the rest of the check.
  if (!C.Intent.Trimpath.value_or(false) ||
      C.Diags.getEffectiveSeverity(diag::warn_path_leak) == Severity::Ignored)
    return;

  std::vector<StringRef> Prefixes;
  for (const std::string &Root : C.Intent.BuildPaths) {
    // "/" or "C:\" alone would match everywhere.
    StringRef Prefix = StringRef(Root).rtrim("/\\");
    if (Prefix.size() >= 3)
      Prefixes.push_back(Prefix);
  }
  if (Prefixes.empty())
    return;
  PathSearch Paths(C.Exe, Prefixes);
  for (const FileRange &Range : C.dataRanges())
    Paths.searchFile(Range);
  // Decompressing is most of the check's time (30 ms for the 7 MB of
  // DWARF strings of cmd/go): it is done when it can change the verdict or
  // show its cause. Not after a build without -trimpath whose paths are
  // already found: the fix is -trimpath. Not after a -trimpath build whose
  // DWARF is all Go's, which -trimpath maps (Go's internal linker drops the
  // DWARF of the C objects it links).
  std::optional<StringRef> Recorded = C.setting("-trimpath");
  bool Trimmed = Recorded && *Recorded == "true";
  bool GoOnly = Trimmed && !hasCompilerDWARF(C.Exe);
  Unsearched Skipped;
  if (!GoOnly && (Trimmed || !Paths.Count))
    Skipped = searchCompressedSections(C.Exe, Paths);

  if (Paths.Count) {
    uint64_t Count = Paths.Count;
    DiagnosticBuilder D = C.Diags.report(diag::warn_path_leak, C.Where);
    D << C.fileName()
      << (utostr(Count) +
          (Count == 1 ? " absolute build path" : " absolute build paths"));
    for (const PathSearch::Example &E : Paths.Examples) {
      std::string Where;
      if (E.In)
        Where = " (in section " + quoteName(E.In->Name) +
                (E.In->Compressed
                     ? ", compressed with " +
                           compressionName(E.In->Compressed->Format).str()
                     : std::string()) +
                ")";
      D.addNote("for example: " + E.Path + Where);
    }
    if (!Trimmed)
      D.addNote("the build info does not record -trimpath=true: the build "
                "ran without -trimpath");
    else if (Paths.InDWARF)
      D.addNote(Twine("the Go code was built with -trimpath; the debug "
                      "information of C code records its source and build "
                      "directories: compile C code and C libraries with "
                      "-ffile-prefix-map=DIR=. (gcc, clang), or drop the "
                      "debug information with ") +
                // Before Go 1.22, -w leaves the C code's DWARF to the
                // external linker; -s has it stripped.
                (C.Go && goMinorVersion(C.Go->GoVersion).value_or(22) < 22
                     ? "-ldflags='-s -w'"
                     : "-ldflags=-w"));
    else
      D.addNote("the Go code was built with -trimpath; the paths come from "
                "elsewhere: a prebuilt C library, -ldflags, or an embedded "
                "string");
  }
  reportUnsearched(C, Skipped);
}

} // namespace goexe
