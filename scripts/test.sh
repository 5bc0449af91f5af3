#!/usr/bin/env bash
# Second README command: install what is missing, build, and run every test: the release build's
# core, ui (offscreen) and command-line suites, then the core and ui suites under ASan+UBSan and the
# core suite under TSan (PTLAB_TSAN_UI=1: the ui suite as well).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
ctest --preset release -j "$jobs"

if [ "${PTLAB_SKIP_SANITIZERS:-0}" != 1 ]; then
  # ASan+UBSan: the core and ui suites. TSan: the core suite, and the ui suite too with
  # PTLAB_TSAN_UI=1 (a third build of the ui library would take CI past its 30 minutes on 2 cores).
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs" --target core_tests ui_tests
  ctest --preset asan -j "$jobs"
  tsan_targets=(core_tests)
  [ "${PTLAB_TSAN_UI:-0}" = 1 ] && tsan_targets+=(ui_tests)
  cmake --preset tsan >/dev/null
  cmake --build --preset tsan -j "$jobs" --target "${tsan_targets[@]}"
  ctest --preset tsan -j "$jobs"
fi
