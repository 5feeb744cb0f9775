# lib.sh — a small assertion library for cordon's end-to-end shell tests.
#
# Each test script sources this, calls `run` to execute a command (capturing stdout, stderr and
# the exit status into $OUT, $ERR, $STATUS), then `expect_*` assertions. `finish` prints the
# script's tally as "N passed, N failed" and exits non-zero on any failure.

PASSED=0
FAILED=0
# Under valgrind (scripts/valgrind-tests.sh sets CORDON_VALGRIND=1) every cordon run is 20 to 50
# times slower, so the few data-driven loops over tens of thousands of rows take a slice of their
# input there (each test says how much); make test and the ASan+UBSan run always take it all.
UNDER_VALGRIND=${CORDON_VALGRIND:-}
CURRENT=""
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/cordon-it.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# run NAME CMD...: runs CMD, recording its output under the test NAME.
run() {
    CURRENT=$1
    shift
    "$@" >"$SCRATCH/out" 2>"$SCRATCH/err"
    STATUS=$?
    OUT=$(cat "$SCRATCH/out")
    ERR=$(cat "$SCRATCH/err")
}

# cordon_native ARGS...: runs the cordon under test unwrapped: under valgrind the binary itself
# (valgrind-tests.sh names it in CORDON_REAL), else $CORDON. Only for a run whose code another
# run already takes under valgrind: a fixture that checks share (a snapshot of real lists, whose
# loading the list tests run under valgrind: a snapshot of every list takes minutes of CPU there
# and checks nothing new), or a check that repeats a wrapped run on another input, such as a
# second load of the same real list (each costs 10 to 40 s there). Its assertions hold in every
# run; which code the wrapped runs take, with and without these, is measured with a coverage
# build (RELIABILITY.md, "valgrind").
cordon_native() { "${CORDON_REAL:-$CORDON}" "$@"; }

pass() { PASSED=$((PASSED + 1)); }
fail() {
    FAILED=$((FAILED + 1))
    printf 'FAIL %s: %s\n' "$CURRENT" "$1"
    printf '  stdout: %s\n' "$(printf '%s' "$OUT" | head -c 600)"
    printf '  stderr: %s\n' "$(printf '%s' "$ERR" | head -c 600)"
}

expect_status() { [ "$STATUS" -eq "$1" ] && pass || fail "exit status $STATUS, expected $1"; }
expect_out() { printf '%s' "$OUT" | grep -qF -- "$1" && pass || fail "stdout lacks '$1'"; }
expect_no_out() { printf '%s' "$OUT" | grep -qF -- "$1" && fail "stdout has '$1'" || pass; }
expect_err() { printf '%s' "$ERR" | grep -qF -- "$1" && pass || fail "stderr lacks '$1'"; }
expect_err_exact() { [ "$ERR" = "$1" ] && pass || fail "stderr is not exactly '$1'"; }
expect_out_empty() { [ -z "$OUT" ] && pass || fail "stdout is not empty"; }
# expect_jq FILTER: the filter, applied to stdout, must print true.
expect_jq() {
    local got
    got=$(printf '%s' "$OUT" | jq -e "$1" 2>&1)
    [ "$got" = "true" ] && pass || fail "jq '$1' gave '$got'"
}

# finish_unless_dir DIR WHAT: when DIR (shared data) is missing, ends the script here: the tests
# that need it are skipped, or fail under CI=true, where the shared data is required.
finish_unless_dir() {
    [ -d "$1" ] && return 0
    if [ "${CI:-}" = "true" ]; then
        CURRENT="shared data"
        fail "shared data not found at $1 (required in CI)"
    else
        echo "shared data absent at $1: $2 skipped"
    fi
    finish
    exit
}

finish() {
    printf '%s: %d passed, %d failed\n' "$(basename "$0" .sh)" "$PASSED" "$FAILED"
    [ "$FAILED" -eq 0 ]
}
