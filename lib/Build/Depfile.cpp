//===- Depfile.cpp - The files a Go build reads, as a Make depfile --------===//

#include "goexe/Build/Depfile.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace goexe {

namespace {

class InputCollector {
public:
  void addFile(const Twine &Path) {
    SmallString<256> P;
    Path.toVector(P);
    if (P.empty() || !sys::fs::is_regular_file(P))
      return;
    add(P);
  }

  void addDirectory(const Twine &Path) {
    SmallString<256> P;
    Path.toVector(P);
    if (P.empty() || !sys::fs::is_directory(P))
      return;
    add(P);
  }

  std::vector<std::string> take() {
    llvm::sort(Inputs);
    return std::move(Inputs);
  }

private:
  void add(SmallString<256> &P) {
    // go list gives absolute paths; a relative one (the go binary given as
    // ./go) is made absolute, or kept as it is when there is no cwd.
    SmallString<256> Absolute(P);
    if (!sys::fs::make_absolute(Absolute))
      P = Absolute;
    sys::path::remove_dots(P, /*remove_dot_dot=*/true);
    if (Seen.insert(P).second)
      Inputs.push_back(std::string(P));
  }

  StringSet<> Seen;
  std::vector<std::string> Inputs;
};

/// The libraries #cgo LDFLAGS name: object and archive paths, and -l names
/// found in the -L directories given next to them. System libraries (no -L)
/// are left to the system.
void addCgoLibraries(InputCollector &Inputs, const GoListPackage &P) {
  std::vector<std::string> SearchDirs;
  std::vector<std::string> Names;
  for (size_t I = 0; I < P.CgoLDFLAGS.size(); ++I) {
    StringRef Flag = P.CgoLDFLAGS[I];
    if (Flag == "-L" && I + 1 < P.CgoLDFLAGS.size())
      SearchDirs.push_back(P.CgoLDFLAGS[++I]);
    else if (Flag.consume_front("-L"))
      SearchDirs.push_back(Flag.str());
    else if (Flag == "-l" && I + 1 < P.CgoLDFLAGS.size())
      Names.push_back(P.CgoLDFLAGS[++I]);
    else if (Flag.consume_front("-l"))
      Names.push_back(Flag.str());
    else if (!Flag.starts_with("-") && sys::path::is_absolute(Flag))
      Inputs.addFile(Flag);
  }
  for (const std::string &Name : Names)
    for (const std::string &Dir : SearchDirs) {
      // Every form a linker might pick in the first directory that has one.
      bool Found = false;
      for (const std::string &File :
           {"lib" + Name + ".so", "lib" + Name + ".a", "lib" + Name + ".dylib",
            "lib" + Name + ".dll.a", Name + ".lib"}) {
        SmallString<256> Path(Dir);
        sys::path::append(Path, File);
        if (sys::fs::is_regular_file(Path)) {
          Inputs.addFile(Path);
          Found = true;
        }
      }
      if (Found)
        break;
    }
}

} // namespace

void forEachPackageInput(
    const GoListPackage &P,
    function_ref<void(const Twine &Path, bool IsDirectory)> Visit) {
  if (P.Standard || P.Dir.empty())
    return;
  auto InDir = [&](const std::vector<std::string> &Names) {
    for (const std::string &Name : Names)
      Visit(P.Dir + sys::path::get_separator() + Name, false);
  };
  for (const std::vector<std::string> *Files :
       {&P.GoFiles, &P.CgoFiles, &P.CFiles, &P.CXXFiles, &P.MFiles, &P.HFiles,
        &P.FFiles, &P.SFiles, &P.SwigFiles, &P.SwigCXXFiles, &P.SysoFiles,
        &P.EmbedFiles})
    InDir(*Files);

  if (P.isEditable()) {
    // A file added to the directory changes the directory's time, and
    // go reads every file the build constraints leave out to decide that.
    Visit(P.Dir, true);
    InDir(P.IgnoredGoFiles);
    InDir(P.IgnoredOtherFiles);
    for (StringRef Embed : P.EmbedFiles)
      for (StringRef Parent = sys::path::parent_path(Embed); !Parent.empty();
           Parent = sys::path::parent_path(Parent))
        Visit(P.Dir + sys::path::get_separator() + Parent, true);
    // Go 1.21+ builds a main package with its default.pgo profile.
    if (P.Name == "main")
      Visit(P.Dir + sys::path::get_separator() + "default.pgo", false);
  }

  if (P.Module && !P.Module->GoMod.empty()) {
    const GoListModule &M = *P.Module;
    Visit(M.GoMod, false);
    if (M.Main) {
      // go.sum beside go.mod; with -modfile=x.mod it is x.sum.
      SmallString<256> Sum(M.GoMod);
      sys::path::replace_extension(Sum, "sum");
      Visit(Sum, false);
      if (!M.Dir.empty())
        Visit(M.Dir + sys::path::get_separator() + "vendor" +
                  sys::path::get_separator() + "modules.txt",
              false);
    }
  }
}

std::vector<std::string> collectBuildInputs(const PackageGraph &Graph,
                                            const GoEnv &Env,
                                            StringRef GoBinary) {
  InputCollector Inputs;
  for (const GoListPackage &P : Graph.packages()) {
    forEachPackageInput(P, [&](const Twine &Path, bool IsDirectory) {
      if (IsDirectory)
        Inputs.addDirectory(Path);
      else
        Inputs.addFile(Path);
    });
    if (!P.Standard && !P.Dir.empty())
      addCgoLibraries(Inputs, P);
  }
  if (!Env.GOWORK.empty() && Env.GOWORK != "off") {
    Inputs.addFile(Env.GOWORK);
    Inputs.addFile(Env.GOWORK + ".sum");
  }
  Inputs.addFile(GoBinary);
  return Inputs.take();
}

/// The characters Ninja's depfile parser takes as plain text.
static bool isPlainDepfileChar(unsigned char C) {
  return isAlnum(C) || C >= 0x80 || StringRef("+,/_:.~()}{%=@[]!-").contains(C);
}

Expected<std::string> escapeDepfilePath(StringRef Path) {
  auto Unreadable = [&](StringRef Why) {
    return createStringError(inconvertibleErrorCode(),
                             "Ninja cannot read the path '%s' in a depfile: %s",
                             Path.str().c_str(), Why.str().c_str());
  };
  if (Path.empty())
    return Unreadable("it is empty");
  if (Path.ends_with("\\"))
    return Unreadable("it ends with a backslash");
  if (Path.ends_with(":"))
    return Unreadable("it ends with a colon");

  std::string Out;
  for (size_t I = 0; I < Path.size();) {
    unsigned char C = Path[I];
    if (C == '\\') {
      // Ninja's rules for a run of K backslashes depend on what follows.
      size_t K = 0;
      while (I + K < Path.size() && Path[I + K] == '\\')
        ++K;
      char Next = Path[I + K]; // Not the end: checked above.
      if (Next == ' ') {
        Out.append(2 * K + 1, '\\'); // 2N+1 backslashes, space: N and space.
        Out += ' ';
      } else if (Next == '#' || Next == ':') {
        Out.append(K + 1, '\\'); // N backslashes, '#': N-1 and '#'.
        Out += Next;
      } else if (Next == '\n' || Next == '\r' || Next == '\0') {
        return Unreadable("it contains a line break or a NUL character");
      } else {
        Out.append(K, '\\'); // Kept as written, with the character after.
        Out += Next;
      }
      I += K + 1;
      continue;
    }
    if (C == ' ')
      Out += "\\ ";
    else if (C == '#')
      Out += "\\#";
    else if (C == '$')
      Out += "$$";
    else if (isPlainDepfileChar(C))
      Out += C;
    else if (C < 0x20 || C == 0x7f)
      return Unreadable("it contains a control character");
    else
      return Unreadable(
          ("it contains the character '" + Twine(char(C)) + "'").str());
    ++I;
  }
  return Out;
}

Error writeDepfile(StringRef DepfilePath, StringRef Target,
                   ArrayRef<std::string> Deps) {
  std::string Text;
  raw_string_ostream OS(Text);
  Expected<std::string> EscapedTarget = escapeDepfilePath(Target);
  if (!EscapedTarget)
    return EscapedTarget.takeError();
  OS << *EscapedTarget << ':';
  for (const std::string &Dep : Deps) {
    Expected<std::string> Escaped = escapeDepfilePath(Dep);
    if (!Escaped)
      return Escaped.takeError();
    OS << " \\\n  " << *Escaped;
  }
  OS << '\n';
  return writeToOutput(DepfilePath, [&](raw_ostream &Out) {
    Out << Text;
    return Error::success();
  });
}

} // namespace goexe
