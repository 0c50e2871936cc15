//===- Vocabulary.cpp - The values an intent field may take ---------------===//
///
/// \file
/// The tables of Vocabulary.def, and Go's rules for them: which suffixes a
/// level takes, and which CPU runs which build.
///
//===----------------------------------------------------------------------===//

#include "goexe/Check/Vocabulary.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace goexe {

namespace {

struct CpuLevel {
  StringLiteral GOARCH, Variable, Level;
};
const CpuLevel CpuLevels[] = {
#define GOEXE_CPU_LEVEL(GOARCH, Variable, Level) {GOARCH, Variable, Level},
#include "goexe/Check/Vocabulary.def"
};

struct CpuSuffix {
  StringLiteral GOARCH, Suffix;
};
const CpuSuffix CpuSuffixes[] = {
#define GOEXE_CPU_SUFFIX(GOARCH, Suffix) {GOARCH, Suffix},
#include "goexe/Check/Vocabulary.def"
};

struct WindowsRelease {
  StringLiteral Release;
  unsigned NTMajor, NTMinor;
};
const WindowsRelease WindowsReleases[] = {
#define GOEXE_WINDOWS_RELEASE(Release, NTMajor, NTMinor)                       \
  {Release, NTMajor, NTMinor},
#include "goexe/Check/Vocabulary.def"
};

/// A level split into its position among GOARCH's and its suffixes.
struct ParsedLevel {
  unsigned Index;
  StringRef Name;
  SmallVector<StringRef, 2> Suffixes;
  bool has(StringRef Suffix) const { return is_contained(Suffixes, Suffix); }
};

std::optional<ParsedLevel> parseLevel(StringRef GOARCH, StringRef Value) {
  SmallVector<StringRef, 3> Parts;
  Value.split(Parts, ',');
  ParsedLevel Parsed{0, Parts.front(), {}};
  bool Found = false;
  for (const CpuLevel &L : CpuLevels) {
    if (L.GOARCH != GOARCH)
      continue;
    if (L.Level == Parsed.Name) {
      Found = true;
      break;
    }
    ++Parsed.Index;
  }
  if (!Found)
    return std::nullopt;
  for (StringRef Suffix : ArrayRef(Parts).drop_front()) {
    if (none_of(CpuSuffixes, [&](const CpuSuffix &S) {
          return S.GOARCH == GOARCH && S.Suffix == Suffix;
        }))
      return std::nullopt;
    Parsed.Suffixes.push_back(Suffix);
  }
  // GOARM takes one float suffix (softfloat or hardfloat); GOARM64 any
  // combination of its own.
  if (GOARCH == "arm" && Parsed.Suffixes.size() > 1)
    return std::nullopt;
  return Parsed;
}

/// "v8.2" -> {8, 2}.
std::pair<unsigned, unsigned> arm64Version(StringRef Level) {
  unsigned Major = 0, Minor = 0;
  Level.consume_front("v");
  auto [MajorText, MinorText] = Level.split('.');
  (void)MajorText.getAsInteger(10, Major);
  (void)MinorText.getAsInteger(10, Minor);
  return {Major, Minor};
}

} // namespace

std::optional<std::pair<unsigned, unsigned>>
windowsNTVersion(StringRef Release) {
  for (const WindowsRelease &R : WindowsReleases)
    if (R.Release == Release)
      return std::make_pair(R.NTMajor, R.NTMinor);
  return std::nullopt;
}

StringRef cpuLevelVariable(StringRef GOARCH) {
  for (const CpuLevel &L : CpuLevels)
    if (L.GOARCH == GOARCH)
      return L.Variable;
  return "";
}

bool isCpuLevel(StringRef GOARCH, StringRef Level) {
  return parseLevel(GOARCH, Level).has_value();
}

std::optional<bool> cpuLevelRuns(StringRef GOARCH, StringRef Target,
                                 StringRef Built) {
  std::optional<ParsedLevel> T = parseLevel(GOARCH, Target);
  std::optional<ParsedLevel> B = parseLevel(GOARCH, Built);
  if (!T || !B)
    return std::nullopt;
  if (GOARCH == "arm") {
    // GOARM 5 defaults to softfloat, 6 and 7 to hardfloat (internal/
    // buildcfg): hardfloat code needs the FPU a softfloat CPU lacks.
    auto HardFloat = [](const ParsedLevel &L) {
      if (L.has("softfloat") || L.has("hardfloat"))
        return L.has("hardfloat");
      return L.Name != "5";
    };
    return B->Index <= T->Index && (!HardFloat(*B) || HardFloat(*T));
  }
  if (GOARCH != "arm64")
    return B->Index <= T->Index;
  // internal/buildcfg's Goarm64Features.Supports: v9.0 branched off v8.5.
  auto [TMajor, TMinor] = arm64Version(T->Name);
  auto [BMajor, BMinor] = arm64Version(B->Name);
  bool Runs = TMajor == BMajor
                  ? BMinor <= TMinor
                  : TMajor == 9 && BMajor == 8 && BMinor <= TMinor + 5;
  // LSE is part of v8.1 and later; the crypto extension is optional at
  // every level.
  bool TargetLSE = T->has("lse") || TMajor > 8 || TMinor >= 1;
  if (B->has("lse") && !TargetLSE)
    Runs = false;
  if (B->has("crypto") && !T->has("crypto"))
    Runs = false;
  return Runs;
}

/// "a, b or c".
static std::string listOfChoices(ArrayRef<std::string> Choices) {
  std::string Text;
  for (size_t I = 0; I < Choices.size(); ++I) {
    if (I)
      Text += I + 1 == Choices.size() ? " or " : ", ";
    Text += Choices[I];
  }
  return Text;
}

std::optional<std::string> checkWindowsRelease(StringRef Value) {
  if (windowsNTVersion(Value))
    return std::nullopt;
  std::vector<std::string> Names;
  for (const WindowsRelease &R : WindowsReleases)
    Names.push_back(R.Release.str());
  return "expected " + listOfChoices(Names);
}

std::optional<std::string> checkCpuLevel(StringRef Value) {
  for (const CpuLevel &L : CpuLevels)
    if (isCpuLevel(L.GOARCH, Value))
      return std::nullopt;
  // "GOARM64 v8.0..v8.9|v9.0..v9.5[,lse][,crypto]": a range ends where the
  // major version changes, as the order does.
  std::vector<std::string> Entries;
  for (size_t I = 0; I < std::size(CpuLevels);) {
    StringLiteral GOARCH = CpuLevels[I].GOARCH;
    std::string Entry = CpuLevels[I].Variable.str() + " ";
    for (bool First = true;
         I < std::size(CpuLevels) && CpuLevels[I].GOARCH == GOARCH;
         First = false) {
      size_t End = I;
      StringRef Major = CpuLevels[I].Level.split('.').first;
      while (CpuLevels[I].Level.contains('.') &&
             End + 1 < std::size(CpuLevels) &&
             CpuLevels[End + 1].GOARCH == GOARCH &&
             CpuLevels[End + 1].Level.split('.').first == Major)
        ++End;
      Entry += (First ? "" : "|") + CpuLevels[I].Level.str();
      if (End != I)
        Entry += (".." + CpuLevels[End].Level).str();
      I = End + 1;
    }
    // GOARM takes one of its suffixes, GOARM64 any of its own.
    std::vector<std::string> Suffixes;
    for (const CpuSuffix &S : CpuSuffixes)
      if (S.GOARCH == GOARCH)
        Suffixes.push_back(("," + S.Suffix).str());
    if (GOARCH == "arm" && !Suffixes.empty())
      Entry += "[" + join(Suffixes, "|") + "]";
    else
      for (const std::string &Suffix : Suffixes)
        Entry += "[" + Suffix + "]";
    // ppc64 and ppc64le share GOPPC64, the mips pairs GOMIPS and GOMIPS64.
    if (!is_contained(Entries, Entry))
      Entries.push_back(Entry);
  }
  return "expected " + join(Entries, "; ");
}

} // namespace goexe
