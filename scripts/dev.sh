#!/usr/bin/env bash
# `make dev`: the API emulator on 127.0.0.1:8787 and `trunk serve` on 127.0.0.1:8080
# (with /v1/ proxied to the emulator). Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --locked --release -p cycleconf-cli
token=${CYCLECONF_TOKEN:-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')}
"$CARGO_TARGET_DIR/release/cycleconf" serve --addr 127.0.0.1:8787 --token "$token" &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true' EXIT INT TERM

cat <<MSG

  cycleconf is starting:
    app            http://127.0.0.1:8080
    API emulator   http://127.0.0.1:8787  (proxied by the app at /v1/)
    access token   $token   (paste it into "Access token")

MSG
trunk serve --offline --address 127.0.0.1 --port 8080
