//===- SourceScan.cpp - Evidence from sources and objects -----------------===//

#include "goexe/Build/SourceScan.h"
#include "goexe/Object/Executable.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Object/COFF.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

namespace {

/// The lines of a file, without their line endings; empty when unreadable.
class FileLines {
public:
  explicit FileLines(StringRef Path) {
    auto B = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                   /*RequiresNullTerminator=*/false);
    if (B)
      Buffer = std::move(*B);
  }

  template <typename Fn> void forEach(Fn Callback) const {
    if (!Buffer)
      return;
    StringRef Rest = Buffer->getBuffer();
    for (unsigned LineNo = 1; !Rest.empty(); ++LineNo) {
      auto [Line, Tail] = Rest.split('\n');
      Rest = Tail;
      if (!Callback(Line.rtrim('\r'), LineNo))
        return;
    }
  }

private:
  std::unique_ptr<MemoryBuffer> Buffer;
};

bool isIdentChar(char C) {
  return isAlnum(C) || C == '_' || static_cast<unsigned char>(C) >= 0x80;
}

/// The identifier list `A, B, C` that starts at \p From of \p Line: each
/// name with its 1-based column, and where the list ends.
struct IdentList {
  std::vector<std::pair<StringRef, unsigned>> Names;
  size_t End = 0;
};
IdentList identList(StringRef Line, size_t From) {
  IdentList List;
  size_t I = From;
  auto SkipBlanks = [&] {
    while (I < Line.size() && (Line[I] == ' ' || Line[I] == '\t'))
      ++I;
  };
  for (;;) {
    SkipBlanks();
    size_t Start = I;
    while (I < Line.size() && isIdentChar(Line[I]))
      ++I;
    if (I == Start)
      break;
    List.Names.emplace_back(Line.slice(Start, I), unsigned(Start + 1));
    SkipBlanks();
    if (I < Line.size() && Line[I] == ',') {
      ++I;
      continue;
    }
    break;
  }
  List.End = I;
  return List;
}

/// The column of \p Name in the identifier list that starts at \p From.
std::optional<unsigned> identInList(StringRef Line, size_t From,
                                    StringRef Name) {
  for (const auto &[Ident, Column] : identList(Line, From).Names)
    if (Ident == Name)
      return Column;
  return std::nullopt;
}

/// Line starts with the keyword \p Keyword followed by a blank or '('.
bool startsWithKeyword(StringRef Line, StringRef Keyword) {
  return Line.starts_with(Keyword) && Line.size() > Keyword.size() &&
         StringRef(" \t(").contains(Line[Keyword.size()]);
}

} // namespace

/// Calls \p OnSpec(Keyword, Line, From, LineNo) for each top-level spec of
/// a Go file: the line of a `func`, `type`, `var` or `const` declaration,
/// and each line of a parenthesized block at its top level (Keyword is the
/// block's); From is where the spec's first name starts. Stops when OnSpec
/// returns false.
template <typename Fn>
static void forEachTopLevelSpec(StringRef Path, Fn OnSpec) {
  StringRef BlockKeyword;
  bool InBlock = false;
  int Depth = 0; // Of braces and parentheses inside a block.
  FileLines(Path).forEach([&](StringRef Line, unsigned LineNo) {
    if (InBlock) {
      StringRef Trimmed = Line.ltrim(" \t");
      bool Continue = true;
      if (Depth == 0) {
        if (Trimmed.starts_with(")")) {
          InBlock = false;
          return true;
        }
        if (!Trimmed.starts_with("//"))
          Continue =
              OnSpec(BlockKeyword, Line, Line.size() - Trimmed.size(), LineNo);
      }
      Depth += int(Line.count('{') + Line.count('(')) -
               int(Line.count('}') + Line.count(')'));
      Depth = std::max(Depth, 0);
      return Continue;
    }
    for (StringRef Keyword : {"func", "type", "var", "const"}) {
      if (!startsWithKeyword(Line, Keyword))
        continue;
      StringRef Rest = Line.drop_front(Keyword.size()).ltrim(" \t");
      if (Keyword != "func" && Rest.starts_with("(") &&
          Rest.drop_front().trim().empty()) {
        InBlock = true;
        Depth = 0;
        BlockKeyword = Keyword;
        return true;
      }
      return OnSpec(Keyword, Line, Line.size() - Rest.size(), LineNo);
    }
    return true;
  });
}

std::optional<FilePosition> findGoDeclaration(StringRef Path, StringRef Name) {
  std::optional<FilePosition> Found;
  forEachTopLevelSpec(Path, [&](StringRef Keyword, StringRef Line, size_t From,
                                unsigned LineNo) {
    if (Keyword == "func") {
      // A method is not reached as pkg.Name.
      StringRef Rest = Line.drop_front(From);
      if (Rest.starts_with(Name) &&
          (Rest.size() == Name.size() || !isIdentChar(Rest[Name.size()])))
        Found = FilePosition{LineNo, unsigned(From + 1)};
    } else if (auto Col = identInList(Line, From, Name)) {
      Found = FilePosition{LineNo, *Col};
    }
    return !Found;
  });
  return Found;
}

/// The variables one var spec declares: `a, b string`, `v = "x"`, starting
/// at \p From of \p Line.
static void addVarSpec(StringRef Line, size_t From, unsigned LineNo,
                       std::vector<GoVariable> &Out) {
  IdentList List = identList(Line, From);
  size_t First = Out.size();
  for (const auto &[Ident, Column] : List.Names)
    Out.push_back({Ident.str(), {LineNo, Column}});
  StringRef Rest = Line.drop_front(List.End).trim();
  bool IsString = false;
  if (Rest.consume_front("=")) {
    Rest = Rest.ltrim();
    IsString = Rest.starts_with("\"") || Rest.starts_with("`");
  } else {
    size_t End = 0;
    while (End < Rest.size() && isIdentChar(Rest[End]))
      ++End;
    IsString = Rest.take_front(End) == "string";
  }
  for (size_t V = First; V < Out.size(); ++V)
    Out[V].IsString = IsString;
}

std::vector<GoVariable> findGoVariables(StringRef Path) {
  std::vector<GoVariable> Vars;
  forEachTopLevelSpec(Path, [&](StringRef Keyword, StringRef Line, size_t From,
                                unsigned LineNo) {
    if (Keyword == "var")
      addVarSpec(Line, From, LineNo, Vars);
    return true;
  });
  return Vars;
}

std::optional<FilePosition> findImportC(StringRef Path) {
  std::optional<FilePosition> Found;
  bool InImportBlock = false;
  FileLines(Path).forEach([&](StringRef Line, unsigned LineNo) {
    StringRef Trimmed = Line.trim();
    if (InImportBlock) {
      if (Trimmed.starts_with(")"))
        InImportBlock = false;
      else if (Trimmed == "\"C\"")
        Found = FilePosition{LineNo, unsigned(Line.find('"') + 1)};
      return !Found;
    }
    if (!startsWithKeyword(Line, "import"))
      return true;
    StringRef Rest = Line.drop_front(6).trim();
    if (Rest == "\"C\"")
      Found = FilePosition{LineNo, 1};
    else if (Rest == "(")
      InImportBlock = true;
    return !Found;
  });
  return Found;
}

std::optional<FilePosition> findCgoReference(StringRef Path, StringRef Name) {
  std::optional<FilePosition> Found;
  std::string Needle = ("C." + Name).str();
  FileLines(Path).forEach([&](StringRef Line, unsigned LineNo) {
    if (Line.ltrim().starts_with("//"))
      return true;
    for (size_t At = Line.find(Needle); At != StringRef::npos;
         At = Line.find(Needle, At + 1)) {
      size_t End = At + Needle.size();
      if ((At == 0 || !isIdentChar(Line[At - 1])) &&
          (End == Line.size() || !isIdentChar(Line[End]))) {
        Found = FilePosition{LineNo, unsigned(At + 1)};
        return false;
      }
    }
    return true;
  });
  return Found;
}

std::optional<BuildConstraint> findBuildConstraint(StringRef Path) {
  std::optional<BuildConstraint> Found;
  FileLines(Path).forEach([&](StringRef Line, unsigned LineNo) {
    StringRef Trimmed = Line.trim();
    if (Trimmed.consume_front("//go:build ")) {
      Found = BuildConstraint{Trimmed.trim().str(), {LineNo, 1}};
      return false;
    }
    if (Trimmed.starts_with("// +build ") && !Found)
      Found = BuildConstraint{Trimmed.drop_front(3).str(), {LineNo, 1}};
    // Constraints must come before the package clause.
    return !startsWithKeyword(Trimmed, "package");
  });
  return Found;
}

static bool isKnownOS(StringRef S) {
  return StringSwitch<bool>(S)
      .Cases("aix", "android", "darwin", "dragonfly", "freebsd", "hurd", true)
      .Cases("illumos", "ios", "js", "linux", "nacl", "netbsd", true)
      .Cases("openbsd", "plan9", "solaris", "wasip1", "windows", "zos", true)
      .Default(false);
}

static bool isKnownArch(StringRef S) {
  return StringSwitch<bool>(S)
      .Cases("386", "amd64", "amd64p32", "arm", "armbe", "arm64", true)
      .Cases("arm64be", "loong64", "mips", "mipsle", "mips64", true)
      .Cases("mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", true)
      .Cases("ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", true)
      .Cases("sparc64", "wasm", true)
      .Default(false);
}

std::string fileNameConstraint(StringRef FileName) {
  // go/build's goodOSArchFile: everything before the first '_' is free.
  StringRef Name = sys::path::filename(FileName).split('.').first;
  size_t Underscore = Name.find('_');
  if (Underscore == StringRef::npos)
    return "";
  SmallVector<StringRef, 4> Parts;
  Name.drop_front(Underscore + 1).split(Parts, '_');
  if (!Parts.empty() && Parts.back() == "test")
    Parts.pop_back();
  size_t N = Parts.size();
  if (N >= 2 && isKnownOS(Parts[N - 2]) && isKnownArch(Parts[N - 1]))
    return (Parts[N - 2] + "/" + Parts[N - 1]).str();
  if (N >= 1 && (isKnownOS(Parts[N - 1]) || isKnownArch(Parts[N - 1])))
    return Parts[N - 1].str();
  return "";
}

std::optional<GoModDirective> findGoModDirective(StringRef Path,
                                                 StringRef Directive) {
  std::optional<GoModDirective> Found;
  FileLines(Path).forEach([&](StringRef Line, unsigned LineNo) {
    StringRef Trimmed = Line.ltrim(" \t");
    if (!Trimmed.consume_front(Directive) || Trimmed.empty() ||
        !StringRef(" \t").contains(Trimmed.front()))
      return true;
    StringRef Value = Trimmed.split("//").first.trim();
    Found = GoModDirective{Value.str(),
                           {LineNo, unsigned(Line.size() - Trimmed.size() -
                                             Directive.size() + 1)}};
    return false;
  });
  return Found;
}

std::optional<CoffObjectInfo> readCoffObject(StringRef Path) {
  auto Binary = object::ObjectFile::createObjectFile(Path);
  if (!Binary) {
    consumeError(Binary.takeError());
    return std::nullopt;
  }
  const auto *Coff = dyn_cast<object::COFFObjectFile>(Binary->getBinary());
  if (!Coff)
    return std::nullopt;
  CoffObjectInfo Info;
  Info.Arch = goArchForCOFFMachine(Coff->getMachine()).str();
  // A diagnostic names the .syso's architecture, even one Go does not know.
  if (Info.Arch.empty())
    Info.Arch = "machine 0x" + utohexstr(Coff->getMachine());
  for (const object::SectionRef &Section : Coff->sections()) {
    Expected<StringRef> Name = Section.getName();
    if (!Name) {
      consumeError(Name.takeError());
      continue;
    }
    if (Name->starts_with(".rsrc")) {
      Info.Resource = Name->str();
      break;
    }
  }
  return Info;
}

StringRef goArchOfBfdName(StringRef Name) {
  return StringSwitch<StringRef>(Name)
      .Cases("i386:x86-64", "x86-64", "pe-x86-64", "amd64")
      .Cases("i386", "pe-i386", "386")
      .Cases("aarch64", "aarch64-pe", "arm64")
      .Default("");
}

std::pair<std::string, std::string> mingwCompilers(StringRef GOARCH) {
  if (GOARCH == "386")
    return {"i686-w64-mingw32-gcc", "i686-w64-mingw32-g++"};
  // llvm-mingw is the MinGW-w64 toolchain for ARM.
  if (GOARCH == "arm64")
    return {"aarch64-w64-mingw32-clang", "aarch64-w64-mingw32-clang++"};
  if (GOARCH == "arm")
    return {"armv7-w64-mingw32-clang", "armv7-w64-mingw32-clang++"};
  return {"x86_64-w64-mingw32-gcc", "x86_64-w64-mingw32-g++"};
}

} // namespace goexe
