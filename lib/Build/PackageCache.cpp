//===- PackageCache.cpp - go list's answers, kept while still true --------===//

#include "goexe/Build/PackageCache.h"
#include "goexe/Build/Depfile.h"
#include "goexe/Build/ProcessRunner.h"
#include "goexe/Support/JSONUtil.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cstdint>

using namespace llvm;

namespace goexe {

/// Bumped when what a record holds or means changes.
static constexpr int64_t RecordVersion = 1;

/// Files older than this before go list started cannot have changed while
/// it read them without their time changing too (FAT has 2 s).
static constexpr std::chrono::seconds TimeGranularity(2);

namespace {

/// What a file looked like: its modification time (ns) and size, or that it
/// did not exist.
struct Stamp {
  bool Exists = false;
  int64_t ModifiedNs = 0;
  int64_t Size = 0;

  static Stamp of(const Twine &Path) {
    Stamp S;
    sys::fs::file_status Status;
    if (sys::fs::status(Path, Status))
      return S;
    S.Exists = true;
    S.ModifiedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                       Status.getLastModificationTime().time_since_epoch())
                       .count();
    S.Size = int64_t(Status.getSize());
    return S;
  }

  bool operator==(const Stamp &O) const {
    return Exists == O.Exists && ModifiedNs == O.ModifiedNs && Size == O.Size;
  }
};

std::string md5Hex(StringRef Text) {
  MD5 Hash;
  Hash.update(Text);
  MD5::MD5Result Result;
  Hash.final(Result);
  return std::string(Result.digest());
}

/// The go env file (`go env -w`), where the go command looks for it.
std::string goEnvFile() {
  if (std::optional<std::string> Set = sys::Process::GetEnv("GOENV"))
    return *Set == "off" ? std::string() : *Set;
  SmallString<256> Dir;
#if defined(_WIN32)
  if (std::optional<std::string> AppData = sys::Process::GetEnv("AppData"))
    Dir = *AppData;
#elif defined(__APPLE__)
  if (std::optional<std::string> Home = sys::Process::GetEnv("HOME"))
    sys::path::append(Dir, *Home, "Library", "Application Support");
#else
  std::optional<std::string> Config = sys::Process::GetEnv("XDG_CONFIG_HOME");
  if (Config && sys::path::is_absolute(*Config))
    Dir = *Config;
  else if (std::optional<std::string> Home = sys::Process::GetEnv("HOME"))
    sys::path::append(Dir, *Home, ".config");
#endif
  if (Dir.empty())
    return "";
  sys::path::append(Dir, "go", "env");
  return std::string(Dir);
}

/// Variables of the shell and of Make that go never reads and that differ
/// from one way of starting the build to another (`ninja` or `cmake
/// --build`) or from one run to the next (the jobserver's descriptors).
bool ignoredVariable(StringRef Entry) {
  StringRef Name = Entry.split('=').first;
  return is_contained({"_", "SHLVL", "OLDPWD", "MAKEFLAGS", "MFLAGS",
                       "MAKELEVEL", "MAKE_TERMOUT", "MAKE_TERMERR"},
                      Name);
}

} // namespace

PackageCache::PackageCache(StringRef CacheDir, const GoCommandLine &Cmd,
                           StringRef GoBinary, StringRef TheWorkDir)
    : WorkDir(TheWorkDir.str()), Patterns(Cmd.Packages) {
  Usable = Cmd.buildsPackages() && !CacheDir.empty() &&
           all_of(Patterns, isSinglePackagePattern) &&
           none_of(Cmd.GraphFlags,
                   [](StringRef F) { return F.starts_with("-overlay"); });
  // A build outside a module (GOPATH mode) finds packages everywhere.
  std::string GoMod = findInParents(WorkDir, "go.mod");
  for (StringRef Flag : Cmd.GraphFlags)
    if (Flag.consume_front("-modfile=")) {
      SmallString<256> Path(Flag);
      sys::fs::make_absolute(WorkDir, Path);
      GoMod = std::string(Path);
    }
  if (GoMod.empty())
    Usable = false;
  if (!Usable)
    return;

  // Everything besides the files that decides go list's answer.
  std::string Key;
  raw_string_ostream OS(Key);
  Stamp Go = Stamp::of(GoBinary);
  OS << "goexe package cache " << RecordVersion << '\0' << GoBinary << '\0'
     << Go.ModifiedNs << '\0' << Go.Size << '\0' << WorkDir << '\0';
  for (const std::string &Flag : Cmd.GraphFlags)
    OS << Flag << '\0';
  std::vector<std::string> Environment = environmentEntries();
  llvm::sort(Environment);
  for (const std::string &Entry : Environment)
    if (!ignoredVariable(Entry))
      OS << Entry << '\0';
  std::string GoWork = findGoWork(WorkDir);
  OS << GoWork;

  SmallString<256> Dir(CacheDir);
  sys::path::append(Dir, md5Hex(Key));
  KeyDir = std::string(Dir);

  SmallString<256> GoSum(GoMod);
  sys::path::replace_extension(GoSum, "sum");
  BuildFiles = {GoMod, std::string(GoSum), goEnvFile()};
  if (!GoWork.empty())
    BuildFiles.insert(BuildFiles.end(), {GoWork, GoWork + ".sum"});
  llvm::erase_if(BuildFiles, [](const std::string &F) { return F.empty(); });
}

std::string PackageCache::recordPath(StringRef Pattern) const {
  SmallString<256> Path(KeyDir);
  sys::path::append(Path, md5Hex(Pattern) + ".json");
  return std::string(Path);
}

bool PackageCache::claimFirstUse() const {
  if (!Usable || sys::fs::is_directory(KeyDir))
    return false;
  return !sys::fs::create_directories(KeyDir);
}

bool PackageCache::hasRecord(StringRef Pattern) const {
  return Usable && sys::fs::exists(recordPath(Pattern));
}

std::optional<std::vector<GoListPackage>> readPackageRecord(StringRef Text,
                                                            StringRef Pattern) {
  Expected<json::Value> Value = parseJSON(Text);
  if (!Value) {
    consumeError(Value.takeError());
    return std::nullopt;
  }
  const json::Object *Record = Value->getAsObject();
  if (!Record || Record->getInteger("version") != RecordVersion ||
      Record->getString("pattern") != Pattern)
    return std::nullopt;
  const json::Array *Stamps = Record->getArray("stamps");
  const json::Array *Packages = Record->getArray("packages");
  if (!Stamps || !Packages)
    return std::nullopt;
  for (const json::Value &S : *Stamps) {
    const json::Array *Fields = S.getAsArray();
    if (!Fields || Fields->size() != 3)
      return std::nullopt;
    std::optional<StringRef> File = (*Fields)[0].getAsString();
    std::optional<int64_t> Modified = (*Fields)[1].getAsInteger();
    std::optional<int64_t> Size = (*Fields)[2].getAsInteger();
    if (!File || !Modified || !Size)
      return std::nullopt;
    Stamp Was;
    Was.Exists = *Size >= 0;
    if (Was.Exists) {
      Was.ModifiedNs = *Modified;
      Was.Size = *Size;
    }
    if (!(Stamp::of(*File) == Was))
      return std::nullopt;
  }
  std::vector<GoListPackage> Result;
  for (const json::Value &P : *Packages) {
    Expected<GoListPackage> Package = parsePackage(P);
    if (!Package) {
      consumeError(Package.takeError());
      return std::nullopt;
    }
    Result.push_back(std::move(*Package));
  }
  return Result;
}

/// The packages of one record, if it is there and still true.
static std::optional<std::vector<GoListPackage>> readRecord(StringRef Path,
                                                            StringRef Pattern) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return std::nullopt;
  return readPackageRecord((*Buffer)->getBuffer(), Pattern);
}

std::optional<PackageGraph> PackageCache::lookup() const {
  if (!Usable)
    return std::nullopt;
  PackageGraph Graph;
  for (const std::string &Pattern : Patterns) {
    std::optional<std::vector<GoListPackage>> Packages =
        readRecord(recordPath(Pattern), Pattern);
    if (!Packages)
      return std::nullopt;
    for (GoListPackage &P : *Packages)
      Graph.add(std::move(P));
  }
  return Graph;
}

void PackageCache::store(const PackageGraph &Graph,
                         ArrayRef<std::string> StorePatterns,
                         sys::TimePoint<> ListStarted) const {
  if (!Usable)
    return;
  int64_t TrustedBefore =
      std::chrono::duration_cast<std::chrono::nanoseconds>(
          (ListStarted - TimeGranularity).time_since_epoch())
          .count();
  if (std::error_code EC = sys::fs::create_directories(KeyDir)) {
    (void)EC; // No cache this time.
    return;
  }
  for (const std::string &Pattern : StorePatterns) {
    if (!isSinglePackagePattern(Pattern))
      continue;
    const GoListPackage *Root = findPatternPackage(Graph, Pattern, WorkDir);
    if (!Root)
      continue;
    PackageGraph Closure = Graph.closure({Root}, /*WithStandard=*/false);
    if (any_of(Closure.packages(), [](const GoListPackage &P) {
          return !P.Error.empty() || P.HasDepsErrors;
        }))
      continue;

    // Every file and directory the answer came from, and the directories
    // between each editable package and its module's root: a go.mod made
    // there would split the module.
    StringSet<> Paths;
    for (const std::string &File : BuildFiles)
      Paths.insert(File);
    for (const GoListPackage &P : Closure.packages()) {
      forEachPackageInput(
          P, [&](const Twine &Path, bool) { Paths.insert(Path.str()); });
      if (P.isEditable() && P.Module && !P.Module->Dir.empty())
        for (StringRef Dir = P.Dir; Dir.size() > P.Module->Dir.size() &&
                                    Dir.starts_with(P.Module->Dir);
             Dir = sys::path::parent_path(Dir))
          Paths.insert(sys::path::parent_path(Dir));
    }

    json::Array Stamps;
    bool Trusted = true;
    for (const auto &Entry : Paths) {
      Stamp S = Stamp::of(Entry.getKey());
      if (S.Exists && S.ModifiedNs >= TrustedBefore) {
        Trusted = false; // Maybe changed while go list read it.
        break;
      }
      Stamps.push_back(json::Array{jsonString(Entry.getKey()),
                                   S.Exists ? S.ModifiedNs : 0,
                                   S.Exists ? S.Size : -1});
    }
    if (!Trusted)
      continue;
    json::Array Packages;
    for (const GoListPackage &P : Closure.packages())
      Packages.push_back(packageToJSON(P));
    json::Object Record{{"version", RecordVersion},
                        {"pattern", jsonString(Pattern)},
                        {"stamps", std::move(Stamps)},
                        {"packages", std::move(Packages)}};
    // Written whole and renamed: a build beside this one reads the old
    // record or the new one, never half of one.
    Error E = writeToOutput(recordPath(Pattern), [&](raw_ostream &OS) {
      OS << json::Value(std::move(Record));
      return Error::success();
    });
    consumeError(std::move(E));
  }
}

} // namespace goexe
