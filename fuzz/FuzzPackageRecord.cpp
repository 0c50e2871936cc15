//===- FuzzPackageRecord.cpp - libFuzzer: go list's JSON, the cache -------===//
///
/// \file
/// go list's JSON and the package cache's records: any bytes must parse or
/// fail with an error, never crash.
///
//===----------------------------------------------------------------------===//

#include "goexe/Build/PackageCache.h"

using namespace llvm;
using namespace goexe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Text(reinterpret_cast<const char *>(Data), Size);
  (void)readPackageRecord(Text, "./cmd/app");
  Expected<PackageGraph> Graph = PackageGraph::parse(Text);
  if (!Graph) {
    consumeError(Graph.takeError());
    return 0;
  }
  std::vector<const GoListPackage *> Roots;
  for (const GoListPackage &P : Graph->packages()) {
    if (!P.DepOnly)
      Roots.push_back(&P);
    // What the cache writes it must read back.
    if (Expected<GoListPackage> Back = parsePackage(packageToJSON(P)); !Back)
      abort();
  }
  (void)Graph->closure(Roots, /*WithStandard=*/true);
  return 0;
}
