//===- LinkerFlagChecks.cpp - Did the -ldflags take effect? ---------------===//
///
/// \file
/// go build keeps only the last -ldflags, the linker ignores -X for names
/// that are no string variable, and nothing says so. These checks compare
/// what the flags asked for with the executable.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/Checks.h"
#include "goexe/Support/ByteSearch.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/COFF.h"

using namespace llvm;

namespace goexe {

namespace {

void addRecordedLdflags(const CheckContext &C, DiagnosticBuilder &D) {
  if (std::optional<StringRef> Recorded = C.setting("-ldflags"))
    D.addNote(diag::note_ldflags_recorded) << quoteGoArgument(*Recorded);
  else if (C.Go && C.setting("-trimpath") != StringRef("true"))
    // Go records -ldflags unless -trimpath is on (go.dev/issue/52372).
    D.addNote("the build info records no -ldflags: none reached the linker");
}

void checkOverriddenLdflags(const CheckContext &C) {
  ArrayRef<std::string> All = C.Intent.Ldflags;
  if (All.size() < 2)
    return;
  std::vector<std::string> Last = flagUnits(C.Flags.Words);
  std::vector<std::string> Lost =
      lostLinkerFlags(All, [&](StringRef Earlier, Error Why) {
        // go build rejects it too; whatever it held cannot be compared.
        C.Diags.report(diag::warn_ldflags_unreadable, C.Where)
            << quoteGoArgument(Earlier) << toString(std::move(Why));
      });
  if (Lost.empty())
    return;

  DiagnosticBuilder D = C.Diags.report(diag::warn_ldflags_override, C.Where);
  D << All.size() << ("'" + join(Lost, " ") + "'");
  // The evidence: what the lost stripping flags would have removed is there.
  bool LostStrip = any_of(Lost, [](StringRef U) {
    return U == "-s" || U == "-w" || U.starts_with("-s=") ||
           U.starts_with("-w=");
  });
  if (LostStrip && (C.Exe.HasSymbols || C.Exe.HasDWARF))
    D.addNote(diag::note_symbol_evidence)
        << ("the executable has " +
            (C.Exe.HasSymbols ? utostr(C.Exe.SymbolCount) + " symbols"
                              : std::string("no symbols")) +
            (C.Exe.HasDWARF ? " and DWARF" : " and no DWARF"));
  D.addNote(diag::note_ldflags_reached) << quoteGoArgument(All.back());
  std::vector<std::string> Merged = Lost;
  append_range(Merged, Last);
  D.addNote(diag::note_ldflags_merge) << quoteGoArgument(join(Merged, " "));
}

void checkStripping(const CheckContext &C) {
  // Mach-O keeps a symbol table for dynamic linking even with -s.
  if (C.Flags.StripSymbols && C.Exe.HasSymbols &&
      C.Exe.Format != ExecutableFormat::MachO) {
    DiagnosticBuilder D = C.Diags.report(diag::warn_strip_symbols, C.Where);
    D << C.fileName() << C.Exe.SymbolCount;
    addRecordedLdflags(C, D);
  }
  // -s implies -w in Go's linker.
  if ((C.Flags.StripDWARF || C.Flags.StripSymbols) && C.Exe.HasDWARF) {
    // With -w alone, Go before 1.22 drops only its own DWARF when it links
    // externally (its .debug_gdb_scripts goes too); the C objects' stays.
    bool GoDWARF = any_of(C.Exe.Sections, [](const Section &S) {
      return StringRef(S.Name).ends_with("debug_gdb_scripts");
    });
    if (C.Exe.ELF && !C.Flags.StripSymbols && !GoDWARF &&
        hasCompilerDWARF(C.Exe)) {
      C.Diags.report(diag::warn_strip_dwarf_c_only, C.Where) << C.fileName();
      return;
    }
    DiagnosticBuilder D = C.Diags.report(diag::warn_strip_dwarf, C.Where);
    D << C.fileName();
    addRecordedLdflags(C, D);
  }
}

void checkSubsystem(const CheckContext &C) {
  if (!C.Exe.PE || C.Intent.Ldflags.empty())
    return;
  uint16_t Subsystem = C.Exe.PE->Subsystem;
  bool IsGUI = Subsystem == COFF::IMAGE_SUBSYSTEM_WINDOWS_GUI;
  if (C.Flags.wantsGUI() && !IsGUI) {
    DiagnosticBuilder D = C.Diags.report(diag::err_subsystem_gui, C.Where);
    D << C.fileName() << Subsystem;
    addRecordedLdflags(C, D);
  } else if (!C.Flags.wantsGUI() && IsGUI) {
    DiagnosticBuilder D = C.Diags.report(diag::err_subsystem_console, C.Where);
    D << C.fileName() << Subsystem;
    D.addNote("a GUI program has no console: its standard output and error "
              "go nowhere when started from a terminal");
  }
}

/// Looks up every -X name in the symbol table in one pass, and for those
/// that are missing remembers the closest name of the same package: -X
/// names a package-level variable, so only those are candidates.
bool checkXAgainstSymbols(const CheckContext &C) {
  struct Wanted {
    const XDefinition *X;
    StringRef Package;
    bool Found = false;
    std::string Closest;
    unsigned ClosestDistance;
    std::string AsMain; ///< main.<name>, when Package is the main package
  };
  std::vector<Wanted> All;
  for (const XDefinition &X : C.Flags.XDefs)
    All.push_back({&X, StringRef(X.Symbol).rsplit('.').first, false, "",
                   unsigned(std::max<size_t>(2, X.Symbol.size() / 4) + 1), ""});
  // The linker names the main package's variables main.<name>, whatever
  // its import path: -X example.com/app.version sets nothing.
  StringRef MainPath = C.Go ? StringRef(C.Go->Mod.Path) : StringRef();
  for (Wanted &W : All)
    if (!MainPath.empty() && W.Package == MainPath)
      W.AsMain = ("main." + StringRef(W.X->Symbol).rsplit('.').second).str();

  Error E = forEachSymbolName(C.Exe, [&](StringRef Name) {
    for (Wanted &W : All) {
      if (!W.Found && !W.AsMain.empty() && Name == W.AsMain) {
        W.Closest = W.AsMain;
        W.ClosestDistance = 0;
        continue;
      }
      if (W.Found || !Name.starts_with(W.Package))
        continue;
      if (Name == W.X->Symbol) {
        W.Found = true;
        continue;
      }
      if (Name.rsplit('.').first != W.Package)
        continue;
      unsigned Distance = Name.edit_distance_insensitive(W.X->Symbol, true,
                                                         W.ClosestDistance - 1);
      if (Distance < W.ClosestDistance) {
        W.ClosestDistance = Distance;
        W.Closest = Name.str();
      }
    }
  });
  if (E) {
    // Damage, not a verdict: say so, and let the bytes speak instead.
    C.Diags.report(diag::warn_malformed_executable, {C.File.Path})
        << ("the symbol table cannot be read (" + toString(std::move(E)) +
            "), so the -X definitions are checked by their values' bytes");
    return false;
  }
  for (const Wanted &W : All) {
    if (W.Found)
      continue;
    if (!W.Closest.empty())
      C.Diags.report(diag::warn_x_unused_suggest, C.Where)
          << W.X->Symbol << W.X->Value << W.Closest;
    else
      C.Diags.report(diag::warn_x_unused, C.Where) << W.X->Symbol << W.X->Value;
  }
  return true;
}

void checkXDefinitions(const CheckContext &C) {
  if (C.Flags.XDefs.empty())
    return;
  if (C.Exe.HasSymbols && checkXAgainstSymbols(C))
    return;
  // Stripped (or the symbol table unreadable): the value must at least
  // occur somewhere. Finding it proves
  // nothing, so only its absence is reported (never a false positive).
  // The build info records -ldflags (without -trimpath), and the binary
  // holds it twice (the build info blob and runtime.modinfo): occurrences
  // inside those copies do not count.
  StringRef Bytes = C.Exe.Bytes;
  std::vector<StringRef> Needles;
  for (const XDefinition &X : C.Flags.XDefs)
    Needles.push_back(X.Value);
  StringRef ModInfo = C.Go ? StringRef(C.Go->RawModInfo) : StringRef();
  size_t ModInfoIndex = Needles.size();
  // The search compares a needle at every candidate position: a forged
  // modinfo of megabytes would make that quadratic. Its start finds the
  // copies; each hit is then compared whole.
  Needles.push_back(ModInfo.take_front(64));

  // A value found more often than this occurs outside the two copies.
  constexpr size_t EnoughHits = 16;
  std::vector<FileRange> Recorded;
  std::vector<std::vector<uint64_t>> Hits(Needles.size());
  for (const FileRange &Range : C.dataRanges())
    forEachOccurrence(Bytes.substr(Range.Offset, Range.Size), Needles,
                      [&](size_t Index, size_t At) {
                        if (Hits[Index].size() < EnoughHits)
                          Hits[Index].push_back(Range.Offset + At);
                      });
  for (uint64_t At : Hits[ModInfoIndex])
    if (Bytes.substr(At, ModInfo.size()) == ModInfo)
      Recorded.push_back({At, ModInfo.size()});

  for (size_t I = 0; I < C.Flags.XDefs.size(); ++I) {
    const XDefinition &X = C.Flags.XDefs[I];
    bool Outside =
        Hits[I].size() == EnoughHits || any_of(Hits[I], [&](uint64_t At) {
          return none_of(Recorded, [At](const FileRange &R) {
            return At >= R.Offset && At < R.end();
          });
        });
    if (X.Value.empty())
      continue;
    if (Outside) {
      // Off by default: a correct stripped build looks just like this.
      // go_executable() turns it off, as goexe build checked the sources.
      C.Diags.report(diag::warn_x_unproven, C.Where)
          << X.Symbol << X.Value << C.fileName();
      continue;
    }
    DiagnosticBuilder D = C.Diags.report(diag::warn_x_value_missing, C.Where);
    D << X.Symbol << X.Value << C.fileName();
    D.addNote("the executable has no symbol table (-s), so goexe looked for "
              "the value's bytes");
  }
}

} // namespace

void checkLinkerFlags(const CheckContext &C) {
  checkOverriddenLdflags(C);
  checkStripping(C);
  checkSubsystem(C);
  checkXDefinitions(C);
}

} // namespace goexe
