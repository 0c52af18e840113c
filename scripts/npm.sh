#!/usr/bin/env bash
# `make npm`: builds the npm package `cycleconf` from crates/wasm, offline, and packs it
# into npm-dist/cycleconf-<version>.tgz (what `npm pack` makes). Also prints the size
# report (the .wasm, raw and gzip -9, against the 80 KB budget).
#
#   cargo build (profile npm-release, wasm32-unknown-unknown; Cargo.toml says why)
#   -> wasm-bindgen --target web (one glue file for Node and browsers)
#   -> wasm-opt -Oz --low-memory-unused (binaryen from tools/; Debian's old wasm-opt breaks
#      reference types; the flag is explained in crates/wasm/README.md)
#   -> the hand-written entries, types, package.json and README of crates/wasm/npm/
#   -> npm pack
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/cycleconf/target}
export PATH="$root/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '[npm] %s\n' "$*"; }

for tool in wasm-bindgen wasm-opt npm node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "[npm] $tool not found (run scripts/install.sh)" >&2; exit 1; }
done
wasm_opt=$(command -v wasm-opt)
if ! "$wasm_opt" --version | grep -qE 'version (1[1-9][0-9]|[2-9][0-9]{2})'; then
  echo "[npm] $wasm_opt is too old ($("$wasm_opt" --version)); need binaryen >= 116 from tools/" >&2
  exit 1
fi

version=$(awk -F'"' '/^\[workspace.package\]/ {ws=1} ws && /^version *=/ {print $2; exit}' Cargo.toml)
[ -n "$version" ] || { echo "[npm] workspace version not found in Cargo.toml" >&2; exit 1; }

say "cargo build (npm-release, wasm32-unknown-unknown)"
cargo build --locked --profile npm-release --target wasm32-unknown-unknown -p cycleconf-wasm

stage="$CARGO_TARGET_DIR/npm-stage"
rm -rf "$stage"
mkdir -p "$stage"

say "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir "$stage" --out-name cycleconf \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/npm-release/cycleconf_wasm.wasm"

say "wasm-opt -Oz"
# The features rustc 1.95 enables by default for wasm32-unknown-unknown.
"$wasm_opt" -Oz --converge --low-memory-unused --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$stage/cycleconf_bg.wasm" -o "$stage/cycleconf_bg.opt.wasm"
mv "$stage/cycleconf_bg.opt.wasm" "$stage/cycleconf_bg.wasm"
rm -f "$stage/cycleconf_bg.wasm.d.ts"

say "types.d.ts (the tsify types, without the loader's DOM types)"
# cycleconf.d.ts declares the wasm-bindgen loader too (RequestInfo, BufferSource,
# WebAssembly: the DOM library's types). index.d.ts re-exports only the types generated
# from the Rust types, from types.d.ts, so that a Node-only TypeScript project (lib
# without "dom", skipLibCheck off) compiles.
node -e '
  const fs = require("fs");
  const [src, dst] = process.argv.slice(1);
  const text = fs.readFileSync(src, "utf8");
  const firstFn = text.indexOf("\nexport function ");
  const cut = text.lastIndexOf("\n/**", firstFn);
  if (firstFn < 0 || cut < 0) throw new Error("no function declarations in " + src);
  const types = text.slice(0, cut).trimEnd() + "\n";
  for (const dom of ["RequestInfo", "BufferSource", "WebAssembly", "export function"]) {
    if (types.includes(dom)) throw new Error("types.d.ts would mention " + dom);
  }
  if (!types.includes("export interface ValidationReport")) throw new Error("types missing");
  fs.writeFileSync(dst, types);
' "$stage/cycleconf.d.ts" "$stage/types.d.ts"

cp crates/wasm/npm/index.js crates/wasm/npm/node.js crates/wasm/npm/api.js crates/wasm/npm/index.d.ts \
  crates/wasm/npm/README.md "$stage/"
node -e '
  const fs = require("fs");
  const [src, dst, version] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync(src, "utf8"));
  pkg.version = version;
  fs.writeFileSync(dst, JSON.stringify(pkg, null, 2) + "\n");
' crates/wasm/npm/package.json "$stage/package.json" "$version"

mkdir -p npm-dist
rm -f "npm-dist/cycleconf-$version.tgz"
say "npm pack"
(cd "$stage" && npm pack --silent --pack-destination "$root/npm-dist" >/dev/null)
tgz="npm-dist/cycleconf-$version.tgz"
[ -f "$tgz" ] || { echo "[npm] npm pack did not write $tgz" >&2; exit 1; }

raw=$(wc -c < "$stage/cycleconf_bg.wasm")
gz=$(gzip -9 -c "$stage/cycleconf_bg.wasm" | wc -c)
budget=$((80 * 1024))
verdict="within budget"
[ "$gz" -le "$budget" ] || verdict="OVER BUDGET"
printf '[npm] size: cycleconf_bg.wasm %d bytes, gzip -9 %d bytes (%.1f KB; budget 80 KB: %s)\n' \
  "$raw" "$gz" "$(awk -v b="$gz" 'BEGIN {print b / 1024}')" "$verdict"
say "wrote $tgz ($(wc -c < "$tgz") bytes)"
