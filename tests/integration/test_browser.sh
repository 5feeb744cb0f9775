#!/usr/bin/env bash
# test_browser.sh — runs tests/browser/test_web.mjs (headless Chromium via playwright-core)
# against a `cordon serve --audit` on a free loopback port; screenshots go to build/test-output/.
# Without Chromium or Node it is skipped, except in CI (CI=true), where it must run.
# Usage: tests/integration/test_browser.sh BIN   (from the repository root)
set -u
CORDON=${1:-build/cordon}
if ! command -v node >/dev/null || [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    if [ "${CI:-}" = "true" ]; then
        echo "test_browser: chromium or node is missing (scripts/install-deps.sh)"
        echo "test_browser: 0 passed, 1 failed"
        exit 1
    fi
    echo "test_browser: skipped: no chromium or node here"
    echo "test_browser: 0 passed, 0 failed"
    exit 0
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
    (cd tests/browser && npm ci --no-audit --no-fund --silent) || {
        echo "test_browser: npm ci failed"; echo "test_browser: 0 passed, 1 failed"; exit 1; }
fi
log=$(mktemp)
db=$(mktemp -d)
trap 'rm -rf "$log" "$db"' EXIT
"$CORDON" serve --list csv:data/sample/watchlist.csv --listen 127.0.0.1:0 --access-log /dev/null --audit "$db/audit.db" \
    2>"$log" &
pid=$!
. scripts/lib-serve.sh
if ! base=$(serve_base "$log" "$pid"); then
    cat "$log"; kill "$pid" 2>/dev/null
    echo "test_browser: 0 passed, 1 failed"
    exit 1
fi
# Beside the real binary: under valgrind $CORDON is scripts/valgrind-wrap.sh, and CORDON_REAL
# names the binary it runs.
out=$(dirname "${CORDON_REAL:-$CORDON}")/test-output
node tests/browser/test_web.mjs "$base" "$out"
rc=$?
kill -TERM "$pid"
wait "$pid"
echo "test_browser: screenshots in $out"
exit $rc
