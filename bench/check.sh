#!/usr/bin/env bash
# Benchmark: `goexe check` with every check enabled against `go version -m`,
# on the Windows build of cmd/go that bench/inspect.sh makes (about 20 MB).
# Target (issue 4): goexe check <= 0.2x go version -m, including the
# path-leak and -X scans, which read the whole file.
# Usage: bench/check.sh [build-dir] [runs]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
exe=$work/cmd-go-windows-amd64.exe
stripped=$work/cmd-go-windows-amd64-stripped.exe
cmd_go_for_windows cmd-go-windows-amd64.exe
cmd_go_for_windows cmd-go-windows-amd64-stripped.exe -ldflags="-s -w -X main.version=bench"
goroot=$(go env GOROOT)
# Every check on: target, min Windows, CPU, static, path leaks (whole-file
# scan for three prefixes, and the compressed DWARF decompressed), -X
# through the symbol table (unstripped) and through a byte search
# (stripped). Not -w: it turns the path-leak search off; the warnings go
# to /dev/null (timing.py).
all=(--goos=windows --goarch=amd64 --min-windows=10 --cpu-baseline=v1 --cgo=0
     --static --trimpath --build-path="$goroot" --build-path="$HOME"
     --build-path="$root")

echo "input: $exe ($(stat -c %s "$exe") bytes), $(go version)"
python3 "$root/bench/timing.py" --runs "$runs" \
  --ratio "goexe check (symbols) / go version -m <= 0.2" \
  --ratio "goexe check (stripped) / go version -m <= 0.2" \
  --name "go version -m" -- go version -m "$exe" \
  --name "goexe check (symbols)" -- "$goexe" check "${all[@]}" \
      "--ldflags=-X main.version=bench -X cmd/go/internal/cfg.Missing=x" "$exe" \
  --name "goexe check (stripped)" -- "$goexe" check "${all[@]}" \
      "--ldflags=-s -w -X main.version=bench" "$stripped"
