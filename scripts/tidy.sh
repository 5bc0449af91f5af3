#!/usr/bin/env bash
# clang-tidy over core/ and ui/ with the checks in .clang-tidy; any warning fails (WarningsAsErrors).
# Uses the release build's compile commands (run after `cmake --preset release` and a build, so that
# Qt's generated headers exist). The ui library's precompiled header is GCC's, which clang cannot read:
# the compile commands are copied without it (each file includes what it uses).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-build/release}
jobs=${PTLAB_TIDY_JOBS:-$(nproc)}
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
python3 - "$build/compile_commands.json" "$db/compile_commands.json" <<'PY'
import json, re, sys
entries = json.load(open(sys.argv[1]))
for e in entries:
    e["command"] = re.sub(r"\s-Winvalid-pch|\s-include\s+\S*cmake_pch\.hxx", "", e["command"])
json.dump(entries, open(sys.argv[2], "w"))
PY
started=$(date +%s)
run-clang-tidy -quiet -p "$db" -j "$jobs" -header-filter="^$root/(core|ui)/" "^$root/(core|ui)/.*\.cpp$" \
  > "$db/tidy.log" 2>&1 || status=$?
grep -E "(warning|error):" "$db/tidy.log" | sort -u || true
files=$(grep -c "^clang-tidy" "$db/tidy.log" || true)
echo "clang-tidy: $files files in $(( $(date +%s) - started )) s"
exit "${status:-0}"
