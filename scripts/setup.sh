#!/usr/bin/env bash
# Installs what goexe needs on Debian 12 / Ubuntu (apt), then configures and
# builds goexe in build/ and runs it on the bundled example.
# Usage: scripts/setup.sh [build-dir]     (CI runs the same script)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}

packages=(
  cmake ninja-build g++ python3
  llvm-19-dev llvm-19-tools llvm-19 libssl-dev libgtest-dev
  gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 osslsigncode
)
# Any Go from 1.19 on will do; Debian's is installed only when none is found.
command -v go >/dev/null 2>&1 || packages+=(golang-go)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DGOEXE_WERROR=ON
cmake --build "$build"

"$root/scripts/example.sh" "$build"
