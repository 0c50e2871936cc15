//===- GoPackages.cpp - The go command's view of a build ------------------===//

#include "goexe/Build/GoPackages.h"
#include "goexe/Build/ProcessRunner.h"
#include "goexe/Support/JSONUtil.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

using namespace llvm;

namespace goexe {

static std::vector<std::string> stringList(const json::Object &O,
                                           StringRef Key) {
  std::vector<std::string> List;
  if (const json::Array *A = O.getArray(Key))
    for (const json::Value &V : *A)
      if (std::optional<StringRef> S = V.getAsString())
        List.push_back(S->str());
  return List;
}

static std::string stringField(const json::Object &O, StringRef Key) {
  return O.getString(Key).value_or("").str();
}

static GoListModule parseModule(const json::Object &O) {
  GoListModule M;
  M.Path = stringField(O, "Path");
  M.Version = stringField(O, "Version");
  M.Dir = stringField(O, "Dir");
  M.GoMod = stringField(O, "GoMod");
  M.Main = O.getBoolean("Main").value_or(false);
  if (const json::Object *R = O.getObject("Replace"))
    M.ReplacedByDir = stringField(*R, "Version").empty();
  return M;
}

Expected<GoListPackage> parsePackage(const json::Value &Value) {
  const json::Object *O = Value.getAsObject();
  if (!O)
    return createStringError(inconvertibleErrorCode(),
                             "go list printed a value that is no object");
  GoListPackage P;
  P.Dir = stringField(*O, "Dir");
  P.ImportPath = stringField(*O, "ImportPath");
  P.Name = stringField(*O, "Name");
  P.Standard = O->getBoolean("Standard").value_or(false);
  P.DepOnly = O->getBoolean("DepOnly").value_or(false);
  if (const json::Object *M = O->getObject("Module"))
    P.Module = parseModule(*M);
  P.GoFiles = stringList(*O, "GoFiles");
  P.CgoFiles = stringList(*O, "CgoFiles");
  P.CFiles = stringList(*O, "CFiles");
  P.CXXFiles = stringList(*O, "CXXFiles");
  P.MFiles = stringList(*O, "MFiles");
  P.HFiles = stringList(*O, "HFiles");
  P.FFiles = stringList(*O, "FFiles");
  P.SFiles = stringList(*O, "SFiles");
  P.SwigFiles = stringList(*O, "SwigFiles");
  P.SwigCXXFiles = stringList(*O, "SwigCXXFiles");
  P.SysoFiles = stringList(*O, "SysoFiles");
  P.EmbedFiles = stringList(*O, "EmbedFiles");
  P.IgnoredGoFiles = stringList(*O, "IgnoredGoFiles");
  P.IgnoredOtherFiles = stringList(*O, "IgnoredOtherFiles");
  P.Imports = stringList(*O, "Imports");
  P.CgoLDFLAGS = stringList(*O, "CgoLDFLAGS");
  if (const json::Object *E = O->getObject("Error"))
    P.Error = stringField(*E, "Err");
  if (const json::Array *DE = O->getArray("DepsErrors"))
    P.HasDepsErrors = !DE->empty();
  return P;
}

json::Value packageToJSON(const GoListPackage &P) {
  auto List = [](const std::vector<std::string> &Strings) {
    json::Array A;
    for (const std::string &S : Strings)
      A.push_back(jsonString(S));
    return A;
  };
  json::Object O{{"Dir", jsonString(P.Dir)},
                 {"ImportPath", jsonString(P.ImportPath)},
                 {"Name", jsonString(P.Name)},
                 {"Standard", P.Standard},
                 {"DepOnly", P.DepOnly}};
  if (P.Module) {
    const GoListModule &M = *P.Module;
    json::Object Module{{"Path", jsonString(M.Path)},
                        {"Version", jsonString(M.Version)},
                        {"Dir", jsonString(M.Dir)},
                        {"GoMod", jsonString(M.GoMod)},
                        {"Main", M.Main}};
    // parseModule reads only whether the replacement has a version.
    if (M.ReplacedByDir)
      Module["Replace"] = json::Object{{"Path", jsonString(M.Dir)}};
    O["Module"] = std::move(Module);
  }
  std::pair<const char *, const std::vector<std::string> *> Lists[] = {
      {"GoFiles", &P.GoFiles},
      {"CgoFiles", &P.CgoFiles},
      {"CFiles", &P.CFiles},
      {"CXXFiles", &P.CXXFiles},
      {"MFiles", &P.MFiles},
      {"HFiles", &P.HFiles},
      {"FFiles", &P.FFiles},
      {"SFiles", &P.SFiles},
      {"SwigFiles", &P.SwigFiles},
      {"SwigCXXFiles", &P.SwigCXXFiles},
      {"SysoFiles", &P.SysoFiles},
      {"EmbedFiles", &P.EmbedFiles},
      {"IgnoredGoFiles", &P.IgnoredGoFiles},
      {"IgnoredOtherFiles", &P.IgnoredOtherFiles},
      {"Imports", &P.Imports},
      {"CgoLDFLAGS", &P.CgoLDFLAGS}};
  for (auto &[Key, Strings] : Lists)
    if (!Strings->empty())
      O[Key] = List(*Strings);
  if (!P.Error.empty())
    O["Error"] = json::Object{{"Err", jsonString(P.Error)}};
  if (P.HasDepsErrors)
    O["DepsErrors"] = json::Array{json::Object{}};
  return O;
}

Expected<PackageGraph> PackageGraph::parse(StringRef GoListOutput) {
  Expected<std::vector<StringRef>> Values = splitJSONStream(GoListOutput);
  if (!Values)
    return Values.takeError();
  PackageGraph G;
  for (StringRef Text : *Values) {
    Expected<json::Value> V = parseJSON(Text);
    if (!V)
      return V.takeError();
    Expected<GoListPackage> P = parsePackage(*V);
    if (!P)
      return P.takeError();
    G.add(std::move(*P));
  }
  return G;
}

void PackageGraph::add(GoListPackage P) {
  if (ByImportPath.try_emplace(P.ImportPath, Packages.size()).second)
    Packages.push_back(std::move(P));
}

const GoListPackage *PackageGraph::lookup(StringRef ImportPath) const {
  auto It = ByImportPath.find(ImportPath);
  return It == ByImportPath.end() ? nullptr : &Packages[It->second];
}

PackageGraph PackageGraph::closure(ArrayRef<const GoListPackage *> Roots,
                                   bool WithStandard) const {
  PackageGraph G;
  std::vector<const GoListPackage *> Queue(Roots.begin(), Roots.end());
  while (!Queue.empty()) {
    const GoListPackage *P = Queue.back();
    Queue.pop_back();
    if ((P->Standard && !WithStandard) || G.lookup(P->ImportPath))
      continue;
    G.add(*P);
    for (const std::string &Import : P->Imports)
      if (const GoListPackage *I = lookup(Import))
        Queue.push_back(I);
  }
  return G;
}

bool isSinglePackagePattern(StringRef Pattern) {
  return !Pattern.empty() && !Pattern.contains("...") &&
         !Pattern.contains('@') && !Pattern.ends_with(".go") &&
         !Pattern.starts_with("-") &&
         !is_contained({"all", "std", "cmd", "tool"}, Pattern);
}

/// A directory argument, as go tells them from import paths.
static bool isDirectoryPattern(StringRef Pattern) {
  return Pattern == "." || Pattern == ".." || Pattern.starts_with("./") ||
         Pattern.starts_with("../") || Pattern.starts_with(".\\") ||
         Pattern.starts_with("..\\") || sys::path::is_absolute(Pattern);
}

const GoListPackage *findPatternPackage(const PackageGraph &Graph,
                                        StringRef Pattern, StringRef WorkDir) {
  if (!isDirectoryPattern(Pattern)) {
    const GoListPackage *P = Graph.lookup(Pattern);
    return P && !P->DepOnly ? P : nullptr;
  }
  SmallString<256> Dir(Pattern);
  if (!sys::path::is_absolute(Dir)) {
    Dir = WorkDir;
    sys::path::append(Dir, Pattern);
  }
  sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  // go may spell the directory through a symbolic link ($PWD) where goexe
  // has the real path: the same file is the same directory.
  for (const GoListPackage &P : Graph.packages())
    if (!P.DepOnly && !P.Dir.empty() &&
        (P.Dir == Dir || sys::fs::equivalent(P.Dir, Dir)))
      return &P;
  return nullptr;
}

/// The go command's arguments up to and including the subcommand, with -C
/// first as go requires.
static std::vector<std::string>
goArgs(StringRef GoBinary, const GoCommandLine &Cmd, StringRef Subcommand) {
  std::vector<std::string> Args = {GoBinary.str(), Subcommand.str()};
  if (Cmd.ChangeDir)
    Args.push_back("-C=" + *Cmd.ChangeDir);
  return Args;
}

static Expected<std::string> runGo(StringRef GoBinary,
                                   ArrayRef<std::string> Args) {
  std::vector<StringRef> Refs(Args.begin(), Args.end());
  CapturedRun Run = runCaptured(GoBinary, Refs);
  std::string Command = join(Args.begin() + 1, Args.end(), " ");
  if (Run.Result.Status != ProcessResult::Exited)
    return createStringError(inconvertibleErrorCode(), "'go %s': %s",
                             Command.c_str(), Run.Result.Message.c_str());
  if (Run.Result.ExitCode != 0) {
    StringRef Why = StringRef(Run.Stderr).trim();
    return createStringError(inconvertibleErrorCode(),
                             "'go %s' failed with exit status %d%s%s",
                             Command.c_str(), Run.Result.ExitCode,
                             Why.empty() ? "" : ": ", Why.str().c_str());
  }
  return std::move(Run.Stdout);
}

std::string findInParents(StringRef Dir, StringRef Name) {
  SmallString<256> At(Dir);
  while (!At.empty()) {
    SmallString<256> Candidate(At);
    sys::path::append(Candidate, Name);
    if (sys::fs::is_regular_file(Candidate))
      return std::string(Candidate);
    // The parent is a prefix of At: shrink At rather than assign a
    // StringRef into its own storage (SmallVector asserts on that).
    size_t ParentSize = sys::path::parent_path(At).size();
    if (ParentSize == At.size())
      break;
    At.resize(ParentSize);
  }
  return "";
}

std::string findGoWork(StringRef WorkDir) {
  if (std::optional<std::string> Set = sys::Process::GetEnv("GOWORK"))
    return *Set == "off" ? std::string() : *Set;
  return findInParents(WorkDir, "go.work");
}

Expected<GoEnv> loadGoEnv(StringRef GoBinary, const GoCommandLine &Cmd) {
  std::vector<std::string> Args = goArgs(GoBinary, Cmd, "env");
  Args.push_back("-json");
  for (const char *Var : {"GOOS", "GOARCH", "GOVERSION", "GOROOT", "GOMOD",
                          "GOWORK", "CGO_ENABLED", "GOTOOLCHAIN", "CC"})
    Args.push_back(Var);
  Expected<std::string> Out = runGo(GoBinary, Args);
  if (!Out)
    return Out.takeError();
  Expected<json::Value> V = parseJSON(*Out);
  if (!V)
    return V.takeError();
  const json::Object *O = V->getAsObject();
  if (!O)
    return createStringError(inconvertibleErrorCode(),
                             "'go env -json' printed no object");
  GoEnv Env;
  Env.GOOS = stringField(*O, "GOOS");
  Env.GOARCH = stringField(*O, "GOARCH");
  Env.GOVERSION = stringField(*O, "GOVERSION");
  Env.GOROOT = stringField(*O, "GOROOT");
  Env.GOMOD = stringField(*O, "GOMOD");
  Env.GOWORK = stringField(*O, "GOWORK");
  Env.CGOEnabled = stringField(*O, "CGO_ENABLED");
  Env.GOTOOLCHAIN = stringField(*O, "GOTOOLCHAIN");
  Env.CC = stringField(*O, "CC");
  return Env;
}

Expected<PackageGraph> loadPackageGraph(StringRef GoBinary,
                                        const GoCommandLine &Cmd,
                                        ArrayRef<std::string> MorePackages) {
  std::vector<std::string> Args = goArgs(GoBinary, Cmd, "list");
  Args.push_back("-e");
  Args.push_back("-deps");
  // Only the fields goexe reads: a plain -json also works out whether each
  // package is stale, which doubled the time go list took (Go 1.19+).
  Args.push_back("-json=Dir,ImportPath,Name,Standard,DepOnly,Module,Imports,"
                 "GoFiles,"
                 "CgoFiles,CFiles,CXXFiles,MFiles,HFiles,FFiles,SFiles,"
                 "SwigFiles,SwigCXXFiles,SysoFiles,EmbedFiles,IgnoredGoFiles,"
                 "IgnoredOtherFiles,CgoLDFLAGS,Error,DepsErrors");
  Args.insert(Args.end(), Cmd.GraphFlags.begin(), Cmd.GraphFlags.end());
  // A package argument that looks like a flag must not be taken for one.
  Args.push_back("--");
  Args.insert(Args.end(), Cmd.Packages.begin(), Cmd.Packages.end());
  Args.insert(Args.end(), MorePackages.begin(), MorePackages.end());
  Expected<std::string> Out = runGo(GoBinary, Args);
  if (!Out)
    return Out.takeError();
  return PackageGraph::parse(*Out);
}

} // namespace goexe
