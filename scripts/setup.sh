#!/usr/bin/env bash
# Installs what goexe needs on Debian 12 / Ubuntu (apt), then configures and
# builds goexe in build/ and runs it on the bundled example.
# Usage: scripts/setup.sh [build-dir]     (CI runs the same script)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}

# libzstd-dev: LLVM 19's CMake package links LLVMSupport to
# zstd::libzstd_shared, and llvm-19-dev does not depend on it (a fresh
# Debian 12 machine fails at configure without it).
packages=(
  cmake ninja-build make g++ python3 util-linux
  llvm-19-dev llvm-19-tools llvm-19 libzstd-dev zlib1g-dev libssl-dev libgtest-dev
  gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 osslsigncode pev clang-tidy-19
  clang-19 libclang-rt-19-dev clang-format-19 time
)
# Any Go from 1.19 on will do; Debian's is installed only when none is found.
command -v go >/dev/null 2>&1 || packages+=(golang-go)
# Wanted but not required: Debian 12's Go 1.19, the oldest Go goexe
# supports; the suite runs with it too when it is there.
optional=(golang-1.19-go)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}
missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
missing_optional=()
for p in "${optional[@]}"; do installed "$p" || missing_optional+=("$p"); done

if ((${#missing[@]} + ${#missing_optional[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  for p in "${missing_optional[@]}"; do
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$p" ||
      echo "setup: $p is not available here; the suite runs with one Go only"
  done
fi

# Compiler warnings and clang-tidy's findings (.clang-tidy) fail the build.
# The suite also runs on a second build with ASan, UBSan and assertions
# (clang, with the fuzzers, made by fuzz/run.sh).
cmake -S "$root" -B "$build" -G Ninja -DGOEXE_WERROR=ON -DGOEXE_CLANG_TIDY=ON \
  -DGOEXE_SANITIZED_BUILD_DIR="$build/sanitized"
cmake --build "$build"
"$root/fuzz/run.sh" build-only 0 "$build/sanitized"

"$root/scripts/example.sh" "$build"
