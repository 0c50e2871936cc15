//===- WindowsDlls.h - Where a DLL name says it comes from ------*- C++ -*-===//
///
/// \file
/// Windows resolves an imported DLL from the system, an API set, or files
/// the program must ship next to it (the loader takes a KnownDLL first, then
/// looks in the application's directory, the system directories and PATH).
///
//===----------------------------------------------------------------------===//

#ifndef GOEXE_CHECK_WINDOWSDLLS_H
#define GOEXE_CHECK_WINDOWSDLLS_H

#include "llvm/ADT/StringRef.h"

namespace goexe {

enum class DllKind {
  System,       ///< part of every Windows (KnownDLLs and friends)
  ApiSet,       ///< api-ms-win-* / ext-ms-win-*: virtual contracts
  CRuntime,     ///< msvcrt.dll, ucrtbase.dll, api-ms-win-crt-*
  MinGWRuntime, ///< libgcc_s_*, libstdc++-6, libwinpthread-1: ship them
  MSVCRedist,   ///< vcruntime140, msvcp140, ...: never part of Windows
  Other,        ///< anything else: the program's own or a third party's
};

DllKind classifyDll(llvm::StringRef Name);

/// True for the kinds a static (or cgo-free) Go program never imports.
bool isCRuntimeOrForeign(DllKind Kind);

} // namespace goexe

#endif
