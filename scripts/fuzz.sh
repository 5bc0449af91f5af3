#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, core only: the fuzz preset) and runs each for
# PTLAB_FUZZ_SECONDS seconds (default 15) over its checked-in seeds, tests/fuzz/corpus/<target>/.
# What a run finds stays in build/fuzz/tests/fuzz/work/<target>/ (artifacts/ holds any crash).
# PTLAB_FUZZ_SECONDS=600 ./scripts/fuzz.sh is a long run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PTLAB_FUZZ_SECONDS=${PTLAB_FUZZ_SECONDS:-15}
jobs=$(nproc)
[ "$jobs" -gt 2 ] && jobs=2 # two fuzzers at a time: each holds up to 2 GB (-rss_limit_mb=2048)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
ctest --preset fuzz -j "$jobs"
