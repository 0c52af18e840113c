#!/usr/bin/env bash
# Installs what `make dev` / `make test` need, only what is missing (idempotent).
# Sources: rustup, crates.io, Debian packages, the npm registry. Nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[install] %s\n' "$*"; }

# --- Rust toolchain pinned by rust-toolchain.toml (with the wasm32 target) ---------
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
if ! rustup run "$toolchain" rustc --print target-list >/dev/null 2>&1 \
   || ! rustup target list --toolchain "$toolchain" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
   || ! rustup component list --toolchain "$toolchain" --installed 2>/dev/null | grep -q '^clippy' \
   || ! rustup component list --toolchain "$toolchain" --installed 2>/dev/null | grep -q '^rustfmt'; then
  say "rust $toolchain + wasm32-unknown-unknown + clippy + rustfmt"
  rustup toolchain install "$toolchain" --profile minimal \
    --component clippy,rustfmt --target wasm32-unknown-unknown
fi

# --- Debian packages: headless Chromium + ChromeDriver ----------------------------
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "[install] need root (or sudo) to apt-get install ${need_apt[*]}" >&2; exit 1
    fi
  fi
  say "apt-get install ${need_apt[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# --- cargo-installed tools ------------------------------------------------------------
trunk_version=0.21.14
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$trunk_version" ]; then
  say "trunk $trunk_version"
  cargo install --locked trunk --version "$trunk_version"
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ -z "$bindgen_version" ]; then echo "[install] wasm-bindgen not found in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ] \
   || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  say "wasm-bindgen-cli $bindgen_version"
  # Not --locked: its lockfile pins a dependency version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --force
fi

# wasm-split-cli cuts the web app's module into the parts that load on demand
# (src/lazy.rs; Trunk's wasm-bindgen step runs it through tools/split/wasm-bindgen).
split_version=0.2.4
if ! cargo install --list 2>/dev/null | grep -q "^wasm_split_cli_support v$split_version:"; then
  say "wasm-split-cli $split_version"
  cargo install --locked wasm_split_cli_support --version "=$split_version" --features build-binary
fi

# --- npm dependencies: tools/ (binaryen's wasm-opt; Debian's 108 breaks reference-types
# modules), e2e/ (Playwright test runner; the browser comes from Debian) ------------
for dir in tools e2e crates/wasm/js-tests; do
  if [ -f "$dir/package-lock.json" ]; then
    if [ ! -f "$dir/node_modules/.package-lock.json" ] \
       || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      say "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
done
say "all tools present"
