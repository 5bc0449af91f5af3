#!/usr/bin/env bash
# clang-tidy over core/ and ui/ with the checks in .clang-tidy; any finding fails (WarningsAsErrors).
# Uses a build's compile commands (default build/release, after a build, so that Qt's generated
# headers exist). The ui library's precompiled header is GCC's, which clang cannot read: the compile
# commands are copied without it (each file includes what it uses).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-build/release}
jobs=${PTLAB_TIDY_JOBS:-$(nproc)}
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
python3 - "$build/compile_commands.json" "$db" "$root" <<'PY'
import json, re, sys
build_db, out, root = sys.argv[1:]
entries = json.load(open(build_db))
for e in entries:
    e["command"] = re.sub(r"\s-Winvalid-pch|\s-include\s+\S*cmake_pch\.hxx", "", e["command"])
json.dump(entries, open(out + "/compile_commands.json", "w"))
files = sorted({e["file"] for e in entries if re.match(re.escape(root) + r"/(core|ui)/.*\.cpp$", e["file"])})
open(out + "/files", "w").write("\n".join(files) + "\n")
PY
started=$(date +%s)
status=0
xargs -P "$jobs" -n 2 clang-tidy -p "$db" --quiet --use-color=false --header-filter="^$root/(core|ui)/" \
  < "$db/files" > "$db/tidy.log" 2>&1 || status=$?
grep -v "warnings\? generated\.$" "$db/tidy.log" || true
echo "clang-tidy: $(wc -l < "$db/files") files of core/ and ui/ in $(( $(date +%s) - started )) s," \
  "$( [ "$status" = 0 ] && echo "no findings" || echo "FINDINGS above")"
exit "$status"
