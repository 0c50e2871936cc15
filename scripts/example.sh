#!/usr/bin/env bash
# Runs goexe's main job on the bundled example (README's first command).
set -euo pipefail
build=${1:-build}
"$build/bin/goexe" --version
"$build/bin/goexe" explain
