//===- FuzzDepfile.cpp - libFuzzer target: depfile escaping ---------------===//
///
/// \file
/// Every path that escapeDepfilePath accepts must come back whole when the
/// word is read with Ninja's depfile rules (src/depfile_parser.in.cc),
/// which this target restates.
///
//===----------------------------------------------------------------------===//

#include "goexe/Build/Depfile.h"

using namespace llvm;
using namespace goexe;

/// Reads one depfile word the way Ninja does; std::nullopt when the word
/// would end early (an unescaped space) or not parse back.
static std::optional<std::string> readNinjaWord(StringRef Word) {
  std::string Out;
  for (size_t I = 0; I < Word.size();) {
    if (Word[I] == '\\') {
      size_t K = 0;
      while (I + K < Word.size() && Word[I + K] == '\\')
        ++K;
      char Next = I + K < Word.size() ? Word[I + K] : '\0';
      if (Next == ' ') {
        if (K % 2 == 0)
          return std::nullopt; // 2N backslashes and a space end the word.
        Out.append(K / 2, '\\');
        Out += ' ';
        I += K + 1;
      } else if (Next == '#' || Next == ':') {
        Out.append(K - 1, '\\');
        Out += Next;
        I += K + 1;
      } else {
        // Backslashes and the character after them are plain text, even a
        // '$' (seen with Ninja 1.11: `\\$o` reads as itself).
        Out.append(K, '\\');
        I += K;
        if (I < Word.size())
          Out += Word[I++];
      }
      continue;
    }
    if (Word[I] == '$') {
      // `$$` is a '$'; a lone '$' ends the word (Ninja 1.11).
      if (I + 1 == Word.size() || Word[I + 1] != '$')
        return std::nullopt;
      Out += '$';
      I += 2;
      continue;
    }
    if (Word[I] == ' ' || Word[I] == '\n')
      return std::nullopt;
    Out += Word[I++];
  }
  return Out;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef Path(reinterpret_cast<const char *>(Data), Size);
  Expected<std::string> Word = escapeDepfilePath(Path);
  if (!Word) {
    consumeError(Word.takeError());
    return 0;
  }
  std::optional<std::string> Back = readNinjaWord(*Word);
  if (!Back || *Back != Path)
    abort();
  return 0;
}
