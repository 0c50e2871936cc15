#!/usr/bin/env bash
# Benchmark: `goexe inspect` against `go version -m` and `readpe` on a Windows
# build of the Go distribution's own cmd/go (about 15 MB).
# Targets (issue 3): goexe <= 0.15x go version -m, and <= 1.5x readpe.
# Usage: bench/inspect.sh [build-dir] [runs]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-30}
goexe=$build/bin/goexe
work=$build/bench
mkdir -p "$work"

exe=$work/cmd-go-windows-amd64.exe
if [ ! -f "$exe" ]; then
  echo "building cmd/go for windows/amd64..." >&2
  GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -o "$exe" cmd/go
fi
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
