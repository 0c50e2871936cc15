# Sourced by the bench/*.sh scripts: their arguments, paths, and the Windows
# build of the Go distribution's own cmd/go (about 20 MB) they measure on.
#   bench/<name>.sh [build-dir] [runs]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-30}
goexe=$build/bin/goexe
work=$build/bench
mkdir -p "$work"

# Builds cmd/go for windows/amd64 into $work/$1 once, with go build's
# remaining arguments.
cmd_go_for_windows() {
  local out=$work/$1
  shift
  if [ ! -f "$out" ]; then
    echo "building cmd/go for windows/amd64 ($out)..." >&2
    GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build "$@" -o "$out" cmd/go
  fi
}
