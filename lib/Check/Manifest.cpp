//===- Manifest.cpp - Read the build's statement of intent ----------------===//

#include "goexe/Check/BuildIntent.h"
#include "goexe/Check/Checks.h"
#include "goexe/Support/JSONUtil.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace goexe {

std::optional<std::pair<unsigned, unsigned>>
windowsNTVersion(StringRef Release) {
  if (Release == "7")
    return std::make_pair(6u, 1u);
  if (Release == "8")
    return std::make_pair(6u, 2u);
  if (Release == "8.1")
    return std::make_pair(6u, 3u);
  if (Release == "10" || Release == "11")
    return std::make_pair(10u, 0u);
  return std::nullopt;
}

static bool fromJSON(const json::Value &V, SourceLocation &Loc, json::Path P) {
  json::ObjectMapper O(V, P);
  int64_t Line = 0, Column = 0;
  if (!O || !O.map("file", Loc.File) || !O.mapOptional("line", Line) ||
      !O.mapOptional("column", Column))
    return false;
  if (Line < 0 || Column < 0) {
    P.report("line and column must not be negative");
    return false;
  }
  Loc.Line = unsigned(Line);
  Loc.Column = unsigned(Column);
  return true;
}

Error parseManifest(StringRef Text, BuildIntent &Intent) {
  Expected<json::Value> V = parseJSON(Text);
  if (!V)
    return V.takeError();
  const json::Object *Obj = V->getAsObject();
  if (!Obj)
    return createStringError(inconvertibleErrorCode(),
                             "the manifest must be a JSON object");

  // A misspelt key must not silently turn a check off.
  static const StringSet<> Known = {
      "version",    "target",      "goos",     "goarch",
      "ldflags",    "trimpath",    "cgo",      "static",
      "minWindows", "cpuBaseline", "dllPaths", "buildPaths",
      "callSite",   "goBuild",     "options",  "output"};
  for (const auto &[Key, Value] : *Obj)
    if (!Known.contains(Key))
      return createStringError(inconvertibleErrorCode(), "unknown key '%s'",
                               Key.str().c_str());

  if (std::optional<int64_t> Version = Obj->getInteger("version");
      Version && *Version != 1)
    return createStringError(inconvertibleErrorCode(),
                             "manifest version %lld is not supported (this "
                             "goexe reads version 1)",
                             (long long)*Version);

  json::Path::Root Root("manifest");
  json::ObjectMapper O(*V, Root);
  std::optional<SourceLocation> CallSite;
  std::optional<bool> Static, GoBuild;
  bool OK = O.mapOptional("goos", Intent.GOOS) &&
            O.mapOptional("goarch", Intent.GOARCH) &&
            O.mapOptional("ldflags", Intent.Ldflags) &&
            O.mapOptional("trimpath", Intent.Trimpath) &&
            O.mapOptional("cgo", Intent.Cgo) &&
            O.mapOptional("static", Static) &&
            O.mapOptional("minWindows", Intent.MinWindows) &&
            O.mapOptional("cpuBaseline", Intent.CpuBaseline) &&
            O.mapOptional("dllPaths", Intent.DllPaths) &&
            O.mapOptional("buildPaths", Intent.BuildPaths) &&
            O.mapOptional("callSite", CallSite) &&
            O.mapOptional("goBuild", GoBuild) &&
            O.mapOptional("options", Intent.WarningOptions) &&
            O.mapOptional("output", Intent.Output);
  if (!OK)
    return Root.getError();
  Intent.Static = Static.value_or(false);
  Intent.IsGoBuild = GoBuild.value_or(true);
  if (CallSite)
    Intent.CallSite = std::move(*CallSite);
  if (Intent.MinWindows && !windowsNTVersion(*Intent.MinWindows))
    return createStringError(inconvertibleErrorCode(),
                             "minWindows: '%s' is not one of 7, 8, 8.1, 10, "
                             "11",
                             Intent.MinWindows->c_str());
  if (Intent.CpuBaseline && !isKnownCpuBaseline(*Intent.CpuBaseline))
    return createStringError(inconvertibleErrorCode(),
                             "cpuBaseline: '%s' is not a CPU level",
                             Intent.CpuBaseline->c_str());
  return Error::success();
}

Error readManifest(StringRef Path, BuildIntent &Intent) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
      MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return createStringError(Buffer.getError(), "cannot open file: %s",
                             Buffer.getError().message().c_str());
  return parseManifest((*Buffer)->getBuffer(), Intent);
}

} // namespace goexe
