#!/usr/bin/env bash
# Second README command: install what is missing, build, and run every test: the release build's
# core, ui (offscreen) and command-line suites, then the core and ui suites under ASan+UBSan and TSan.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
ctest --preset release -j "$jobs"

if [ "${PTLAB_SKIP_SANITIZERS:-0}" != 1 ]; then
  for preset in asan tsan; do
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs" --target core_tests ui_tests
    ctest --preset "$preset" -j "$jobs"
  done
fi
