//===- WindowsDlls.cpp - What a DLL name tells about where it comes from --===//

#include "goexe/Check/WindowsDlls.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <iterator>

using namespace llvm;

namespace goexe {

// KnownDLLs of Windows 10/11 and the system DLLs Go programs and cgo
// libraries commonly import; sorted, lower case.
static const char *const SystemDlls[] = {
    "advapi32.dll", "bcrypt.dll",     "clbcatq.dll",  "combase.dll",
    "comctl32.dll", "comdlg32.dll",   "coml2.dll",    "crypt32.dll",
    "difxapi.dll",  "dnsapi.dll",     "dwmapi.dll",   "gdi32.dll",
    "gdiplus.dll",  "imagehlp.dll",   "imm32.dll",    "iphlpapi.dll",
    "kernel32.dll", "kernelbase.dll", "msctf.dll",    "mswsock.dll",
    "netapi32.dll", "normaliz.dll",   "nsi.dll",      "ntdll.dll",
    "ole32.dll",    "oleaut32.dll",   "powrprof.dll", "psapi.dll",
    "rpcrt4.dll",   "sechost.dll",    "secur32.dll",  "setupapi.dll",
    "shcore.dll",   "shell32.dll",    "shlwapi.dll",  "user32.dll",
    "userenv.dll",  "uxtheme.dll",    "version.dll",  "winhttp.dll",
    "wininet.dll",  "winmm.dll",      "wintrust.dll", "wldap32.dll",
    "ws2_32.dll",   "wtsapi32.dll",
};

static const char *const MSVCRedistributables[] = {
    "concrt140.dll",
    "msvcp140.dll",
    "msvcp140_1.dll",
    "msvcp140_2.dll",
    "msvcp140_atomic_wait.dll",
    "msvcp140_codecvt_ids.dll",
    "vccorlib140.dll",
    "vcomp140.dll",
    "vcruntime140.dll",
    "vcruntime140_1.dll",
};

DllKind classifyDll(StringRef Name) {
  std::string Lower = Name.lower();
  StringRef N = Lower;
  if (N.starts_with("api-ms-win-crt-") || N == "msvcrt.dll" ||
      N == "ucrtbase.dll")
    return DllKind::CRuntime;
  if (N.starts_with("api-ms-win-") || N.starts_with("ext-ms-win-"))
    return DllKind::ApiSet;
  if (N.starts_with("libgcc_s_") || N.starts_with("libstdc++") ||
      N.starts_with("libwinpthread"))
    return DllKind::MinGWRuntime;
  auto Contains = [&](const auto &List) {
    return std::find_if(std::begin(List), std::end(List), [&](const char *E) {
             return N == E;
           }) != std::end(List);
  };
  if (Contains(MSVCRedistributables))
    return DllKind::MSVCRedist;
  if (Contains(SystemDlls))
    return DllKind::System;
  return DllKind::Other;
}

bool isCRuntimeOrForeign(DllKind Kind) {
  return Kind != DllKind::System && Kind != DllKind::ApiSet;
}

} // namespace goexe
