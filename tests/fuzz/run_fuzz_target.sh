#!/bin/sh
# Runs one libFuzzer target for PTLAB_FUZZ_SECONDS (default 15) over its checked-in seeds.
# run_fuzz_target.sh BINARY NAME SEED_DIR WORK_DIR [DICT] [replay]
# "replay" runs every seed once and mutates nothing (the short run of a target whose mutations reach
# hwloc's own faults within seconds; its mutation runs are the long runs, PTLAB_FUZZ_REPLAY=0).
# New inputs go to WORK_DIR/NAME/corpus (emptied first), crashes to WORK_DIR/NAME/artifacts/; the
# checked-in SEED_DIR is only read. Any sanitizer report, leak, crash or timeout fails the test.
set -eu
binary=$1 name=$2 seeds=$3 work=$4 dict=${5:-} mode=${6:-mutate}
rm -rf "$work/$name"
mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
# UBSan reports are recoverable by default and would only be printed: make them crashes.
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(dirname "$0")/lsan.supp}
export LSAN_OPTIONS
export UBSAN_OPTIONS
set -- -max_total_time="${PTLAB_FUZZ_SECONDS:-15}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$work/$name/artifacts/"
if [ "$mode" = replay ] && [ "${PTLAB_FUZZ_REPLAY:-1}" = 1 ]; then
  set -- "$@" -runs=0
fi
if [ -n "$dict" ] && [ "$dict" != none ]; then
  set -- "$@" -dict="$dict"
fi
exec "$binary" "$@" "$work/$name/corpus" "$seeds"
