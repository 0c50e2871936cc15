#!/usr/bin/env bash
# Runs a libFuzzer campaign on one goexe parser.
#   fuzz/run.sh TARGET SECONDS [BUILD_DIR]
# TARGET: executable, buildinfo, manifest, package-record, depfile,
# linker-flags, or all (all of them at once, SECONDS each). The fuzzers
# are built with clang, ASan, UBSan and assertions in BUILD_DIR (default
# build-fuzz), beside a goexe built the same way. The
# corpus grows in BUILD_DIR/fuzz-corpus/TARGET, seeded from what the suite
# builds; a crash is kept in BUILD_DIR/fuzz-artifacts/TARGET and the script
# exits non-zero. Every crash found becomes a test in test/Fuzz.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${1:?usage: fuzz/run.sh TARGET SECONDS [BUILD_DIR]}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS [BUILD_DIR]}
build=${3:-$root/build-fuzz}
all=(executable buildinfo manifest package-record depfile linker-flags)

if [ "$target" = all ]; then
  # Built first, one at a time; then all campaigns at once (SECONDS each).
  "$0" build-only 0 "$build"
  pids=()
  for t in "${all[@]}"; do "$0" "$t" "$seconds" "$build" & pids+=($!); done
  status=0
  for p in "${pids[@]}"; do wait "$p" || status=1; done
  exit $status
fi

clangxx=$(command -v clang++-19 || command -v clang++ || true)
if [ -z "$clangxx" ]; then
  echo "fuzz/run.sh: needs clang++ (Debian: clang-19 and libclang-rt-19-dev)" >&2
  exit 2
fi
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$clangxx" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-gline-tables-only \
    -DGOEXE_ENABLE_ASSERTIONS=ON \
    "-DGOEXE_SANITIZERS=address;undefined" -DGOEXE_FUZZ=ON >/dev/null
fi
# build-only: goexe, its unit tests and every fuzzer, all with ASan, UBSan
# and assertions (setup.sh makes the suite's sanitized build this way).
if [ "$target" = build-only ]; then
  cmake --build "$build" >/dev/null
  exit 0
fi
cmake --build "$build" --target "goexe-fuzz-$target" >/dev/null

corpus=$build/fuzz-corpus/$target
artifacts=$build/fuzz-artifacts/$target
rm -rf "$artifacts"
mkdir -p "$corpus" "$artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
  python3 "$root/fuzz/seeds.py" "$target" "$corpus" "$root/build"
fi

# -rss_limit_mb: docs/limits.md promises 256 MB; ASan's shadow needs more.
# The crashes found before (test/Fuzz/Inputs/TARGET) are replayed first.
inputs=("$corpus")
[ -d "$root/test/Fuzz/Inputs/$target" ] && inputs+=("$root/test/Fuzz/Inputs/$target")
"$build/bin/goexe-fuzz-$target" "${inputs[@]}" -dict="$root/fuzz/goexe.dict" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=2000000 -artifact_prefix="$artifacts/" -print_final_stats=1 \
  2>"$build/fuzz-$target.log" || {
  tail -n 40 "$build/fuzz-$target.log" >&2
  echo "fuzz/run.sh: $target found a crash: $(ls "$artifacts")" >&2
  exit 1
}
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-$target.log")
speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$build/fuzz-$target.log")
echo "fuzz $target: ${seconds} s, ${runs:-?} runs, ${speed:-?} exec/s, corpus $(ls "$corpus" | wc -l) inputs"
