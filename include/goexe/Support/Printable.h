//===- Printable.h - Text from inputs, safe to print ------------*- C++ -*-===//
///
/// \file
/// Names in a damaged or hostile file can hold any bytes: terminal escape
/// sequences, line breaks that forge a second diagnostic, invalid UTF-8.
/// Everything goexe prints as text passes through printable() first.
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_SUPPORT_PRINTABLE_H
#define GOEXE_SUPPORT_PRINTABLE_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace goexe {

/// \p S with control characters (but tab, and line feed when
/// \p KeepLineBreaks), DEL, and bytes that are not valid UTF-8 written as
/// \xNN. Valid UTF-8 text comes back unchanged. Diagnostic messages keep
/// their line breaks: the go command's own messages have several lines.
std::string printable(llvm::StringRef S, bool KeepLineBreaks = false);

} // namespace goexe

#endif
