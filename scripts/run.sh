#!/usr/bin/env bash
# First README command: install what is missing, build, and open the ptlab window.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/app/ptlab "$@"
