#!/usr/bin/env bash
# Every check CI runs. Each step runs even when an earlier one failed; the script
# exits non-zero when any failed. The last line is `N passed, N failed`, summed over
# every runner (a check without its own test count — fmt, clippy, a build — counts
# as one).
set -uo pipefail
cd "$(dirname "$0")/.."

logdir=${TEST_LOG_DIR:-target/test-logs}
mkdir -p "$logdir"
total_pass=0
total_fail=0
summary=()

# count_results FILE: prints "passed failed" found in a runner's output.
count_results() {
  local f=$1
  # libtest / wasm-bindgen-test-runner: "test result: ok. 3 passed; 0 failed; ..."
  local p f2
  p=$(grep -aE '^test result: ' "$f" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
  f2=$(grep -aE '^test result: ' "$f" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
  # node --test: "# pass 3" / "# fail 0"
  p=$((p + $(grep -aE '^# pass [0-9]+' "$f" | awk '{s+=$3} END {print s+0}')))
  f2=$((f2 + $(grep -aE '^# fail [0-9]+' "$f" | awk '{s+=$3} END {print s+0}')))
  # Playwright list reporter: "  3 passed (2.1s)", "  1 failed"
  p=$((p + $(grep -aE '^ +[0-9]+ passed' "$f" | awk '{s+=$1} END {print s+0}')))
  f2=$((f2 + $(grep -aE '^ +[0-9]+ failed' "$f" | awk '{s+=$1} END {print s+0}')))
  echo "$p $f2"
}

# step NAME KIND CMD...: KIND is "check" (counts as one) or "tests" (counts its tests).
step() {
  local name=$1 kind=$2; shift 2
  local log="$logdir/$name.log"
  printf '\n==> %s: %s\n' "$name" "$*"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local secs=$((SECONDS - start))
  local p=0 f=0
  if [ "$kind" = tests ]; then
    read -r p f < <(count_results "$log")
    # A runner that failed without reporting a failed test (a build error, a crash)
    # or that ran nothing still counts as a failure.
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    if [ "$rc" -eq 0 ] && [ "$p" -eq 0 ]; then echo "!! $name ran no test" ; f=1; fi
  else
    if [ "$rc" -eq 0 ]; then p=1; else f=1; fi
  fi
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  summary+=("$(printf '%-28s %s  %4d passed %4d failed  %5ds' "$name" "$([ "$rc" -eq 0 ] && echo ok || echo FAIL)" "$p" "$f" "$secs")")
}

export PROPTEST_CASES=${PROPTEST_CASES:-100000}

step fmt check cargo fmt --all -- --check
step clippy-native check cargo clippy --locked -p cycleconf-core -p cycleconf-cli -p cycleconf-wasm --all-targets -- -D warnings
# wasm32: the app with its browser tests, the npm bindings and the core library (the
# core's native test dependencies, e.g. proptest, do not build for wasm32).
# The app twice: as the DOM tests build it, and as the release build does (feature
# `split`: the parts that load on demand, src/lazy.rs).
step clippy-wasm32 check bash -c 'cargo clippy --locked --target wasm32-unknown-unknown -p cycleconf-web --lib --bins --tests -- -D warnings && cargo clippy --locked --target wasm32-unknown-unknown -p cycleconf-web --features split --lib --bins -- -D warnings && cargo clippy --locked --target wasm32-unknown-unknown -p cycleconf-wasm -p cycleconf-core --lib -- -D warnings'
step native-tests tests cargo test --locked --release -p cycleconf-core -p cycleconf-cli -p cycleconf-wasm
# Benchmarks print their figures (budgets in ../shared/design.md); they fail only on a
# broken run, never on a slow machine.
step core-benches check cargo bench --locked -p cycleconf-core --bench validate --bench expand -- --warm-up-time 1 --measurement-time 3
step emulator-load check cargo bench --locked -p cycleconf-cli --bench load
# The app's unit tests (form state → request, i18n) run natively; its DOM tests below.
step web-unit-tests tests cargo test --locked -p cycleconf-web --lib
step browser-tests tests cargo test --locked --target wasm32-unknown-unknown -p cycleconf-web --test web
step npm-package check scripts/npm.sh
step npm-tests tests bash -c 'cd crates/wasm/js-tests && node --test'
step npm-bench check bash -c 'cd crates/wasm/js-tests && node bench.mjs'
step split-tools tests node --test tools/split/export-table.test.mjs
step web-build check trunk build --release --offline
step web-size check scripts/size-report.sh
step e2e tests bash -c 'cargo build --locked --release -p cycleconf-cli && cd e2e && npx playwright test'

printf '\n==> summary\n'
for line in "${summary[@]}"; do echo "$line"; done
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
