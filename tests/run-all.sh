#!/usr/bin/env bash
# run-all.sh — runs every test of cordon: the cmocka unit tests in BUILD/tests and the shell
# integration tests in tests/integration, and prints one closing tally "N passed, N failed".
# Tests run TEST_JOBS at a time (default 2, the machine's cores; the tests share no files, ports
# or databases, as scripts/valgrind-tests.sh already relies on), the longest first, so that the
# suite takes about half its CPU time; each test's output is printed whole, in name order, once
# all have finished.
# Usage: tests/run-all.sh BUILD_DIR   (from the repository root)
set -u
BUILD=${1:-build}
JOBS=${TEST_JOBS:-2}
RESULTS=$(mktemp -d "${TMPDIR:-/tmp}/cordon-tests.XXXXXX")
trap 'rm -rf "$RESULTS"' EXIT
export BUILD RESULTS

# run_test KIND:PATH: runs one test into RESULTS/NAME.log and writes its "passed failed" to
# RESULTS/NAME.tally.
run_test() {
    local kind=${1%%:*} what=${1#*:} name log rc p f s
    name=$(basename "$what")
    log=$RESULTS/$name.log
    if [ "$kind" = unit ]; then
        "$what" >"$log" 2>&1
        rc=$?
        p=$(grep -c '^\[       OK \]' "$log")
        f=$(grep '^\[  FAILED  \] [a-z_0-9]*$' "$log" | sort -u | wc -l)
        s=$(grep -c '^\[  SKIPPED \] [a-z_0-9]*$' "$log")
        if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
            f=1 # crashed before reporting
            echo "$name: exited with status $rc" >>"$log"
        fi
        [ "$s" -gt 0 ] && echo "$name: $s skipped" >>"$log"
    else
        "$what" "$BUILD/cordon" >"$log" 2>&1
        rc=$?
        local line
        line=$(grep -E '^[a-z_]+: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
        p=$(printf '%s' "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
        f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed/\1/')
        [ -n "$line" ] || { p=0; f=1; echo "$name: no tally (status $rc)" >>"$log"; }
    fi
    echo "$p $f" >"$RESULTS/$name.tally"
}
export -f run_test

tests=()
for bin in "$BUILD"/tests/test_*; do [ -x "$bin" ] && tests+=("unit:$bin"); done
for script in tests/integration/test_*.sh; do tests+=("it:$script"); done

# The longest tests first (their order in a native run, scripts and unit tests alike), then the
# other scripts and the other unit tests (a second or less each), so that the two lanes end
# together.
LONGEST_FIRST="test_screen.sh test_server.sh test_faults.sh test_audit.sh test_cli.sh test_list_us_ofac_csv.sh
               test_scan.sh test_lists_us_csl_csv test_list_us_csl_csv.sh test_update.sh test_list_ftm.sh
               test_browser.sh test_server_flood.sh test_search test_lists_us_ofac_csv"
is_listed() { for n in $LONGEST_FIRST; do [ "$n" = "$1" ] && return 0; done; return 1; }
{
    for n in $LONGEST_FIRST; do
        for t in "${tests[@]}"; do [ "$(basename "${t#*:}")" = "$n" ] && echo "$t"; done
    done
    for t in "${tests[@]}"; do [ "${t%%:*}" = it ] && ! is_listed "$(basename "${t#*:}")" && echo "$t"; done
    for t in "${tests[@]}"; do [ "${t%%:*}" = unit ] && ! is_listed "$(basename "${t#*:}")" && echo "$t"; done
} | xargs -P "$JOBS" -I{} bash -c 'run_test "$@"' _ {}

passed=0
failed=0
failed_suites=""
for t in "${tests[@]}"; do
    name=$(basename "${t#*:}")
    cat "$RESULTS/$name.log" 2>/dev/null
    if [ -f "$RESULTS/$name.tally" ]; then
        read -r p f <"$RESULTS/$name.tally"
    else
        p=0 f=1
        echo "$name: did not run"
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    [ "$f" -gt 0 ] && failed_suites="$failed_suites $name"
done

echo
[ -n "$failed_suites" ] && echo "failing:$failed_suites"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
