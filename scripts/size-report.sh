#!/usr/bin/env bash
# Size report of the web app (dist/, gzip -9), against the budget of its first load in
# ../shared/design.md. Prints the figures; fails only when dist/ is missing.
#
# The first load is what the page needs before it works: the main wasm module, the
# JavaScript (wasm-bindgen's glue and the loader of the parts, which it imports) and
# the CSS. The parts of the split build (src/lazy.rs: `split_*.wasm` and the `chunk_*.wasm`
# they share) load when the user first needs them, and are listed on their own.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
first=()
parts=()
for f in dist/*.wasm dist/*.js dist/*.css; do
  case "$(basename "$f")" in
    split_*.wasm | chunk_*.wasm) parts+=("$f") ;;
    *) first+=("$f") ;;
  esac
done
if [ ${#first[@]} -eq 0 ]; then echo "[size] dist/ is empty: run trunk build first" >&2; exit 1; fi

# report LABEL FILES...: one line per file, then the total; sets $sum.
report() {
  local label=$1; shift
  sum=0
  for f in "$@"; do
    local raw gz
    raw=$(wc -c < "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    sum=$((sum + gz))
    printf '[size] %-8s %-48s %8d bytes, gzip -9 %7d bytes\n' "$label" "$f" "$raw" "$gz"
  done
}
kb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1024}'; }

report first "${first[@]}"
first_total=$sum
parts_total=0
if [ ${#parts[@]} -gt 0 ]; then
  report part "${parts[@]}"
  parts_total=$sum
fi
budget=$((200 * 1024))
verdict="within budget"
[ "$first_total" -le "$budget" ] || verdict="OVER BUDGET"
printf '[size] parts loaded on demand (%d files), gzip -9: %d bytes = %s KB\n' \
  "${#parts[@]}" "$parts_total" "$(kb "$parts_total")"
printf '[size] web app first load (wasm + js + css), gzip -9: %d bytes = %s KB (budget 200 KB: %s)\n' \
  "$first_total" "$(kb "$first_total")" "$verdict"
