#!/usr/bin/env bash
# Size report of the web app's first load (dist/: wasm + js + css, gzip -9), against the
# budget in ../shared/design.md. Prints the figures; fails only when dist/ is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
files=(dist/*.wasm dist/*.js dist/*.css)
if [ ${#files[@]} -eq 0 ]; then echo "[size] dist/ is empty: run trunk build first" >&2; exit 1; fi
total=0
for f in "${files[@]}"; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '[size] %-48s %8d bytes, gzip -9 %7d bytes\n' "$f" "$raw" "$gz"
done
budget=$((200 * 1024))
verdict="within budget"
[ "$total" -le "$budget" ] || verdict="OVER BUDGET"
printf '[size] web app first load (wasm + js + css), gzip -9: %d bytes = %.1f KB (budget 200 KB: %s)\n' \
  "$total" "$(awk -v b="$total" 'BEGIN {print b / 1024}')" "$verdict"
