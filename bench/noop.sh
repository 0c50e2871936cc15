#!/usr/bin/env bash
# Benchmark: 20 go_executable() targets under Ninja.
#  1. A no-op `ninja`, against the always-run custom target approach (one
#     add_custom_target(ALL COMMAND go build ...) per program), both
#     measured in this run. Targets: under 50 ms, and at least 20x faster.
#  2. A clean build (warm Go build cache, ninja -j1) against the same 20
#     bare `go build` commands run one after another, both after
#     `ninja -t clean` and in a new build directory. Target: under 10%
#     overhead.
# Usage: bench/noop.sh [build-dir] [runs]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-20}
work=$build/bench/noop
rm -rf "$work" && mkdir -p "$work/src"
go=$(command -v go)

# The project: one module, 20 main packages, both ways of building them.
cat > "$work/src/go.mod" <<'GO'
module example.com/bench

go 1.19
GO
{
  echo 'cmake_minimum_required(VERSION 3.20)'
  echo 'project(bench NONE)'
  echo 'if(MODE STREQUAL "goexe")'
  echo '  find_package(goexe CONFIG REQUIRED)'
  echo 'endif()'
} > "$work/src/CMakeLists.txt"
for i in $(seq -w 1 20); do
  mkdir -p "$work/src/cmd/p$i"
  printf 'package main\n\nimport "fmt"\n\nvar version = "dev"\n\nfunc main() { fmt.Println("p%s", version) }\n' "$i" > "$work/src/cmd/p$i/main.go"
  cat >> "$work/src/CMakeLists.txt" <<CM
if(MODE STREQUAL "goexe")
  go_executable(p$i PACKAGE ./cmd/p$i X_DEFS main.version=1 CGO OFF)
else()
  add_custom_target(p$i ALL COMMAND "$go" build -trimpath -o "\${CMAKE_BINARY_DIR}/p$i" ./cmd/p$i
                    WORKING_DIRECTORY "\${CMAKE_SOURCE_DIR}" VERBATIM)
endif()
CM
done

export CGO_ENABLED=0
cmake -S "$work/src" -B "$work/goexe" -G Ninja -DMODE=goexe -Dgoexe_DIR="$build" -DGO_EXECUTABLE="$go" > /dev/null
cmake -S "$work/src" -B "$work/always" -G Ninja -DMODE=always > /dev/null
ninja -C "$work/goexe" > /dev/null    # warms the Go build cache too
ninja -C "$work/always" > /dev/null

echo "== no-op build, 20 targets ($(go version))"
python3 "$root/bench/timing.py" --runs "$runs" \
  --name "ninja (go_executable)" -- ninja -C "$work/goexe" \
  --name "ninja (always-run target)" -- ninja -C "$work/always" \
  | tee "$work/noop.txt"

echo "== clean build, warm Go cache, one job at a time"
bare=$work/bare.sh
{
  # Fresh outputs, as in a clean build: go build leaves an up-to-date -o
  # file alone, which would make the bare side look free.
  echo "rm -rf '$work/bare'"
  echo "cd '$work/src'"
  for i in $(seq -w 1 20); do
    echo "'$go' build -trimpath '-ldflags=-X main.version=1' -o '$work/bare/p$i' ./cmd/p$i"
  done
} > "$bare"
# Two kinds of clean build: `ninja -t clean` keeps goexe's package cache
# (CMakeFiles/goexe-packages), a new build directory starts without one.
fresh_configure="rm -rf '$work/fresh' && cmake -S '$work/src' -B '$work/fresh' -G Ninja -DMODE=goexe -Dgoexe_DIR='$build' -DGO_EXECUTABLE='$go'"
clean_runs=$(( runs / 4 > 3 ? runs / 4 : 3 ))
python3 "$root/bench/timing.py" --runs "$clean_runs" --cpu \
  --name "20 bare go build" -- bash "$bare" \
  --name "ninja -t clean, ninja -j1" -- bash -c "ninja -C '$work/goexe' -t clean >/dev/null && ninja -C '$work/goexe' -j1" \
  --name "new build dir, ninja -j1" --before "$fresh_configure" -- ninja -C "$work/fresh" -j1 \
  | tee "$work/clean.txt"

python3 - "$work/noop.txt" "$work/clean.txt" <<'PY'
import re, sys
t, cpu = {}, {}
for path in sys.argv[1:]:
    for line in open(path):
        m = re.match(r"(.*?)\s+([0-9.]+) ms \(median of \d+\)(?:, cpu\s+([0-9.]+) ms)?", line)
        if m:
            t[m.group(1).strip()] = float(m.group(2))
            if m.group(3):
                cpu[m.group(1).strip()] = float(m.group(3))
noop, always = t["ninja (go_executable)"], t["ninja (always-run target)"]
print("no-op: %.1f ms (target < 50), %.0fx faster than always-run targets (target >= 20)" % (noop, always / noop))
bare = "20 bare go build"
for name in ("ninja -t clean, ninja -j1", "new build dir, ninja -j1"):
    print("clean build overhead over bare go build, %s: %+.1f%% wall (target < 10%%), %+.1f%% cpu"
          % (name, (t[name] / t[bare] - 1) * 100, (cpu[name] / cpu[bare] - 1) * 100))
PY
