#!/usr/bin/env bash
# Renders every page in both languages into docs/screenshots/ (the README's pictures), offscreen,
# with a short live demo running on each: `./scripts/screenshots.sh [build/release/app/ptlab]`.
set -euo pipefail
cd "$(dirname "$0")/.."
ptlab=${1:-build/release/app/ptlab}
mkdir -p docs/screenshots
export QT_QPA_PLATFORM=offscreen
for page in lessons states wordproc hardware compare apps training training-memory glossary; do
  for lang in en vi; do
    "$ptlab" render "$page" --lang "$lang" --seconds 3 --out "docs/screenshots/$page-$lang.png" >/dev/null
  done
done
echo "docs/screenshots: $(ls docs/screenshots | wc -l) pictures"
