#!/usr/bin/env bash
# run-all.sh — runs every test of cordon: the cmocka unit tests in BUILD/tests and the shell
# integration tests in tests/integration, and prints one closing tally "N passed, N failed".
# Usage: tests/run-all.sh BUILD_DIR   (from the repository root)
set -u
BUILD=${1:-build}
passed=0
failed=0
failed_suites=""

for bin in "$BUILD"/tests/test_*; do
    [ -x "$bin" ] || continue
    log=$(mktemp)
    "$bin" >"$log" 2>&1
    rc=$?
    cat "$log"
    p=$(grep -c '^\[       OK \]' "$log")
    f=$(grep '^\[  FAILED  \] [a-z_0-9]*$' "$log" | sort -u | wc -l)
    s=$(grep -c '^\[  SKIPPED \] [a-z_0-9]*$' "$log")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1 # crashed before reporting
        echo "$(basename "$bin"): exited with status $rc"
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    [ "$s" -gt 0 ] && echo "$(basename "$bin"): $s skipped"
    [ "$f" -gt 0 ] && failed_suites="$failed_suites $(basename "$bin")"
    rm -f "$log"
done

for script in tests/integration/test_*.sh; do
    log=$(mktemp)
    "$script" "$BUILD/cordon" >"$log" 2>&1
    rc=$?
    cat "$log"
    line=$(grep -E '^[a-z_]+: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
    p=$(printf '%s' "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
    f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed/\1/')
    [ -n "$line" ] || { p=0; f=1; echo "$(basename "$script"): no tally (status $rc)"; }
    passed=$((passed + p))
    failed=$((failed + f))
    [ "$f" -gt 0 ] && failed_suites="$failed_suites $(basename "$script")"
    rm -f "$log"
done

echo
[ -n "$failed_suites" ] && echo "failing:$failed_suites"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
