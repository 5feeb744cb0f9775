#!/usr/bin/env bash
# valgrind-tests.sh — the test suite under valgrind memcheck: every cmocka unit test, and the
# shell integration tests with the cordon binary wrapped (scripts/valgrind-wrap.sh). Any
# memory error or leak (definite or indirect) fails the test that met it. Two tests run at a
# time. Prints one line per test and a closing "N passed, N failed".
# Usage: scripts/valgrind-tests.sh BUILD_DIR [INTEGRATION_TEST...]
#        (no tests named: all of tests/integration except the fault tests, whose resource limits
#        valgrind itself cannot run under)
set -u
BUILD=${1:-build}
shift || true
ROOT=$(pwd)
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/cordon-vg.XXXXXX")
trap 'rm -rf "$LOGS"' EXIT
export VALGRIND_LOG_DIR=$LOGS CORDON_REAL=$ROOT/$BUILD/cordon

scripts=("$@")
if [ ${#scripts[@]} -eq 0 ]; then
    for s in tests/integration/test_*.sh; do
        case $s in */test_faults.sh) continue ;; esac
        scripts+=("$s")
    done
fi

run_one() { # NAME: "unit:BIN" or "it:SCRIPT"
    local kind=${1%%:*} what=${1#*:} log
    log=$LOGS/$(basename "$what").out
    local start=$SECONDS
    if [ "$kind" = unit ]; then
        valgrind --quiet --vgdb=no --leak-check=full --errors-for-leak-kinds=definite,indirect \
            --show-leak-kinds=definite,indirect --error-exitcode=99 "$what" >"$log" 2>&1
    else
        "$what" "$ROOT/scripts/valgrind-wrap.sh" >"$log" 2>&1
    fi
    local rc=$?
    printf '%s %s %ds\n' "$([ $rc -eq 0 ] && echo PASS || echo FAIL)" "$(basename "$what")" $((SECONDS - start))
    [ $rc -eq 0 ] || tail -30 "$log"
}
export -f run_one
export LOGS ROOT

{
    for bin in "$BUILD"/tests/test_*; do [ -x "$bin" ] && echo "unit:$bin"; done
    for s in "${scripts[@]}"; do echo "it:$s"; done
} | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {} | tee "$LOGS/results"

# valgrind's own reports from the wrapped CLI runs: a non-empty log is an error.
bad_logs=$(find "$LOGS" -name 'cordon-vg.*.log' -size +0 | wc -l)
if [ "$bad_logs" -gt 0 ]; then
    echo "valgrind reported errors in $bad_logs cordon runs:"
    find "$LOGS" -name 'cordon-vg.*.log' -size +0 -exec head -40 {} \;
fi
passed=$(grep -c '^PASS' "$LOGS/results")
failed=$(( $(grep -c '^FAIL' "$LOGS/results") + bad_logs ))
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
