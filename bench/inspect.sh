#!/usr/bin/env bash
# Benchmark: `goexe inspect` against `go version -m` and `readpe` on a Windows
# build of the Go distribution's own cmd/go (about 20 MB with Go 1.26).
# Targets (issue 3): goexe <= 0.15x go version -m, and <= 1.5x readpe.
# Usage: bench/inspect.sh [build-dir] [runs]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
exe=$work/cmd-go-windows-amd64.exe
cmd_go_for_windows cmd-go-windows-amd64.exe
command -v readpe >/dev/null || { echo "readpe not found (Debian: pev)" >&2; exit 1; }

echo "input: $exe ($(stat -c %s "$exe") bytes), $(go version)"
python3 "$root/bench/timing.py" --runs "$runs" \
  --ratio "goexe inspect / go version -m <= 0.15" \
  --ratio "goexe inspect / readpe <= 1.5" \
  --ratio "goexe inspect --json / go version -m <= 0.15" \
  --ratio "goexe inspect --json / readpe <= 1.5" \
  --name "go version -m" -- go version -m "$exe" \
  --name "readpe" -- readpe "$exe" \
  --name "goexe inspect" -- "$goexe" inspect "$exe" \
  --name "goexe inspect --json" -- "$goexe" inspect --json "$exe"
