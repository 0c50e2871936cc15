//===- FuzzLinkerFlags.cpp - libFuzzer: -ldflags, go command lines --------===//
///
/// \file
/// The input is a -ldflags value, and also a go command line split at NUL
/// bytes. Each word must survive quoteGoArgument and splitGoQuoted.
///
//===----------------------------------------------------------------------===//

#include "goexe/Build/GoCommand.h"
#include "goexe/Go/LinkerFlags.h"

#include "llvm/ADT/SmallVector.h"

using namespace llvm;
using namespace goexe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Text(reinterpret_cast<const char *>(Data), Size);
  if (Expected<LinkerFlags> Flags = parseLinkerFlags(Text); !Flags)
    consumeError(Flags.takeError());

  Expected<std::vector<std::string>> Words = splitGoQuoted(Text);
  if (!Words) {
    consumeError(Words.takeError());
  } else {
    for (const std::string &W : *Words) {
      // cmd/internal/quoted cannot carry a word that holds both quote
      // characters (quoted.Join refuses it); every other word round-trips.
      if (StringRef(W).contains('\'') && StringRef(W).contains('"'))
        continue;
      Expected<std::vector<std::string>> Back =
          splitGoQuoted(quoteGoArgument(W));
      if (!Back || Back->size() != 1 || Back->front() != W)
        abort();
    }
  }

  SmallVector<StringRef, 16> Argv;
  Text.split(Argv, '\0');
  (void)parseGoCommandLine(Argv);
  return 0;
}
