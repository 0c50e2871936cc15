#!/usr/bin/env bash
# Runs goexe's main job on the bundled example (the README's first command
# ends here): builds examples/mixed with go_executable(), natively and, with
# mingw-w64, cross to Windows, and shows what the gate says.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
goexe=$build/bin/goexe
"$goexe" --version

echo "== examples/mixed, native build (a C++ library used by Go through cgo)"
cmake -S "$root/examples/mixed" -B "$build/example" -G Ninja \
  -Dgoexe_DIR="$build" -DGOEXE_DEMO_MISTAKES=ON > /dev/null
cmake --build "$build/example"
"$build/example/app"
"$build/example/tool"

echo "== a no-op rebuild runs nothing:"
ninja -C "$build/example" | tail -n 1

if command -v x86_64-w64-mingw32-gcc > /dev/null; then
  echo "== examples/mixed, cross-compiled to Windows with mingw-w64"
  cmake -S "$root/examples/mixed" -B "$build/example-windows" -G Ninja \
    -Dgoexe_DIR="$build" \
    -DCMAKE_TOOLCHAIN_FILE="$root/examples/mixed/toolchains/mingw-w64-x86_64.cmake" > /dev/null
  cmake --build "$build/example-windows"
  "$goexe" inspect "$build/example-windows/app.exe" | grep -E '^\S|format|subsystem|import'
fi
