#!/usr/bin/env bash
# valgrind-tests.sh — the test suite under valgrind memcheck: every cmocka unit test, and the
# shell integration tests with the cordon binary wrapped (scripts/valgrind-wrap.sh). Any
# memory error or leak (definite or indirect) fails the test that met it. Two tests run at a
# time, the longest first, so that the two finish together. Prints one line per test (its wall
# time and the CPU time of it and its children) and a closing "N passed, N failed".
# CORDON_VALGRIND=1 tells the integration tests they run under valgrind: the few loops over
# thousands of rows take a slice there, and a run that repeats another's code on a real list (a
# second load of one list, a fixture snapshot) runs the binary unwrapped (cordon_native in
# tests/integration/lib.sh); scripts/valgrind-coverage.sh shows which lines of src/ the run takes.
# Usage: scripts/valgrind-tests.sh BUILD_DIR [INTEGRATION_TEST...]
#        (no tests named: all of tests/integration except the fault tests, whose resource limits
#        valgrind itself cannot run under: see RELIABILITY.md)
set -u
BUILD=${1:-build}
shift || true
ROOT=$(pwd)
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/cordon-vg.XXXXXX")
trap 'rm -rf "$LOGS"' EXIT
export VALGRIND_LOG_DIR=$LOGS CORDON_REAL=$ROOT/$BUILD/cordon CORDON_VALGRIND=1

scripts=("$@")
if [ ${#scripts[@]} -eq 0 ]; then
    for s in tests/integration/test_*.sh; do
        case $s in */test_faults.sh) continue ;; esac
        scripts+=("$s")
    done
fi
tests=()
for s in "${scripts[@]}"; do tests+=("it:$s"); done
for bin in "$BUILD"/tests/test_*; do [ -x "$bin" ] && tests+=("unit:$bin"); done

# The longest tests first, integration scripts and unit tests alike, in the order of their CPU
# times in this script's run of 2026-11-28 (RELIABILITY.md); the rest follow (scripts, then unit
# tests, each a few seconds), filling in at the end, so that the two lanes finish together.
LONGEST_FIRST="test_cli.sh test_audit.sh test_server.sh test_scan.sh test_screen.sh test_lists_us_ofac_csv
               test_update.sh test_list_ftm.sh test_search test_list_us_ofac_csv.sh test_list_us_csl_csv.sh
               test_lists_us_csl_csv test_lists_un_xml test_list_un_xml.sh"
ordered=()
for name in $LONGEST_FIRST; do # word by word: the list spans lines
    for job in "${tests[@]}"; do [ "$(basename "${job#*:}")" = "$name" ] && ordered+=("$job"); done
done
for job in "${tests[@]}"; do
    listed=no
    for name in $LONGEST_FIRST; do [ "$(basename "${job#*:}")" = "$name" ] && listed=yes; done
    [ $listed = yes ] || ordered+=("$job")
done

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
    local rc=$? cpu
    # times (in this shell, not a subshell): this shell's CPU time, then its children's, which
    # covers every process the test waited for.
    times >"$log.times"
    cpu=$(tail -1 "$log.times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.0f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
    printf '%s %s %ds (cpu %ss)\n' "$([ $rc -eq 0 ] && echo PASS || echo FAIL)" "$(basename "$what")" $((SECONDS - start)) "$cpu"
    [ $rc -eq 0 ] || tail -30 "$log"
}
export -f run_one
export LOGS ROOT

printf '%s\n' "${ordered[@]}" | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {} | tee "$LOGS/results"

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
