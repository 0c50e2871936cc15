#!/usr/bin/env bash
# Real Go programs nobody here wrote, built through go_executable() as a user
# would: fzf and yq from the Go module proxy, natively and cross to Windows
# (mingw-w64), with STRIP and X_DEFS, through find_package() and through
# add_subdirectory(). Every target is checked with -Weverything -Werror, so
# any diagnostic fails the run: on these programs it is a false positive.
# Then the wrong -X that a stripped build used to pass silently must be
# caught. Too slow for CI (two programs, several builds); run it by hand:
#   scripts/realworld.sh [goexe build dir, default: build]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
goexe_build=$(cd "${1:-build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

module_dir() { GOFLAGS=-mod=mod go mod download -json "$1" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["Dir"])'; }
fzf=$(module_dir github.com/junegunn/fzf@v0.65.2)
yq=$(module_dir github.com/mikefarah/yq/v4@v4.54.3)

mkdir -p "$work/src"
cat > "$work/src/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.20)
project(realworld C)
if(GOEXE_SOURCE)
  add_subdirectory(\${GOEXE_SOURCE} goexe)
else()
  find_package(goexe CONFIG REQUIRED)
endif()
set(strict WERROR CHECK_OPTIONS -Weverything)
go_executable(fzf SOURCE_DIR "$fzf" STRIP \${strict}
              X_DEFS main.version=0.65.2 main.revision=realworld)
go_executable(yq SOURCE_DIR "$yq" STRIP \${strict}
              X_DEFS github.com/mikefarah/yq/v4/cmd.GitDescribe=v4.54.3)
if(WRONG_X)
  go_executable(fzf_wrong SOURCE_DIR "$fzf" STRIP X_DEFS main.Version=0.65.2)
endif()
CMAKE

run() { echo "== $*"; "$@"; }
toolchain=$repo/examples/mixed/toolchains/mingw-w64-x86_64.cmake

run cmake -S "$work/src" -B "$work/native" -G Ninja -Dgoexe_DIR="$goexe_build" -DCMAKE_BUILD_TYPE=Release > "$work/native.log"
run ninja -C "$work/native"
"$work/native/fzf" --version | grep -q '^0.65.2 (realworld)'
"$work/native/yq" --version | grep -q 'v4.54.3'

run cmake -S "$work/src" -B "$work/windows" -G Ninja -Dgoexe_DIR="$goexe_build" -DCMAKE_TOOLCHAIN_FILE="$toolchain" > "$work/windows.log"
run ninja -C "$work/windows"
"$goexe_build/bin/goexe" inspect "$work/windows/fzf.exe" | grep -q 'PE32+ windows/amd64'

run cmake -S "$work/src" -B "$work/subdir" -G Ninja -DGOEXE_SOURCE="$repo" -DCMAKE_BUILD_TYPE=Release > "$work/subdir.log"
run ninja -C "$work/subdir"

# A cross build with goexe as a subproject: goexe is built for this machine
# in a nested build (the suite tests GOEXE_EXECUTABLE; this is the slow way).
run cmake -S "$work/src" -B "$work/subdir-windows" -G Ninja -DGOEXE_SOURCE="$repo" -DCMAKE_TOOLCHAIN_FILE="$toolchain" > "$work/subdir-windows.log"
run ninja -C "$work/subdir-windows"
ninja -C "$work/subdir-windows" -n | grep -q 'no work to do' 

# The miss: fzf's man page holds its version string, so the stripped binary
# cannot show that main.Version (fzf has var version) set nothing.
run cmake "$work/native" -DWRONG_X=ON > /dev/null
if ninja -C "$work/native" fzf_wrong 2>&1 | tee "$work/wrong.log" |
    grep -q "warning: -X main.Version=0.65.2 sets nothing.*did you mean 'main.version'"; then
  echo "wrong -X caught"
else
  cat "$work/wrong.log"; echo "FAIL: the wrong -X was not reported"; exit 1
fi
echo "realworld: all builds clean"
