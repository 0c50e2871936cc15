//===- CheckContext.cpp - What every check needs --------------------------===//

#include "goexe/Check/Checks.h"

#include "llvm/Support/Path.h"

using namespace llvm;

namespace goexe {

StringRef CheckContext::fileName() const {
  if (Intent.Output)
    return sys::path::filename(*Intent.Output);
  return sys::path::filename(File.Path);
}

std::optional<StringRef> CheckContext::setting(StringRef Key) const {
  if (!Go)
    return std::nullopt;
  return Go->Mod.setting(Key);
}

} // namespace goexe
