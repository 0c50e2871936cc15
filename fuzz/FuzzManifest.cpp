//===- FuzzManifest.cpp - libFuzzer target: the build manifest ------------===//

#include "goexe/Check/BuildIntent.h"

using namespace llvm;
using namespace goexe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Text(reinterpret_cast<const char *>(Data), Size);
  BuildIntent Intent;
  if (Error E = parseManifest(Text, Intent))
    consumeError(std::move(E));
  return 0;
}
