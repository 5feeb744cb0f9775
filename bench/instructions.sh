#!/usr/bin/env bash
# instructions.sh — instructions per search on the bench mix, a figure machine load does not
# move (BENCHMARKS.md quotes it beside every speed change). bench_speed searches its fixed mix
# (listed names, listed names with a typo, negatives) on a snapshot under callgrind, once with
# 3,000 queries and once with 6,000; the difference of cordon_search's inclusive cost over the
# difference of its calls leaves out loading and warm-up.
# Usage: bench/instructions.sh BUILD_DIR INDEX.cdx NEGATIVES.txt
#   NEGATIVES.txt: one name per line, e.g. the synthetic-US names:
#   cut -d, -f1 ../shared/data/negatives/synthetic-us/negatives_us.csv | tail -n +2
#        bench/instructions.sh --queries QUERIES.txt BUILD_DIR INDEX.cdx
#   the names of QUERIES.txt (one a line, e.g. bench/native_mix.py's) searched once each by
#   `cordon screen --threads 1`: cordon_search's inclusive cost over its calls. The first
#   search's set-up (what is made on first use) is in the figure, the same in two builds: a
#   search in Han or Hangul costs 10^7-10^8 instructions and dwarfs it, but for Cyrillic or
#   Latin names give a few hundred (10 Russian names read 17 M a search; 200 read 2.7 M in
#   session 11, BENCHMARKS.md).
#   callgrind runs about 10^8 instructions a second on a quiet machine.
#   CALLGRIND_KEEP=FILE keeps the profile, for callgrind_annotate.
set -euo pipefail
QUERIES=
if [ "${1:-}" = --queries ] && [ $# -eq 4 ]; then
    QUERIES=$2
    shift 2
    set -- "$1" "$2" /dev/null
fi
[ $# -eq 3 ] || { echo "usage: bench/instructions.sh BUILD_DIR INDEX.cdx NEGATIVES.txt" >&2
                  echo "       bench/instructions.sh --queries QUERIES.txt BUILD_DIR INDEX.cdx" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "instructions: valgrind is not installed" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
BUILD=$1 INDEX=$2 NEG=$3
[ -n "$QUERIES" ] || [ -x "$BUILD/bench_speed" ] || { echo "instructions: $BUILD/bench_speed not found (make $BUILD/bench_speed)" >&2; exit 1; }
[ -r "$INDEX" ] || { echo "instructions: cannot read $INDEX" >&2; exit 1; }
[ -r "$NEG" ] || { echo "instructions: cannot read $NEG" >&2; exit 1; }
# profile N: runs the mix of N queries under callgrind; its log is kept to show on failure.
profile() {
    if ! valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.$1" "$BUILD/bench_speed" --index "$INDEX" \
        --negatives "$NEG" --queries "$1" --threads 1 >"$WORK/log.$1" 2>&1; then
        echo "instructions: bench_speed failed under callgrind:" >&2
        tail -20 "$WORK/log.$1" >&2
        exit 1
    fi
}
# cost N: "=> .../search.c:cordon_search (7,000x)", the inclusive cost and the calls of the
# caller's line, as "COST CALLS".
cost() {
    callgrind_annotate --inclusive=yes "$WORK/cg.$1" 2>/dev/null |
        awk '/=> .*:cordon_search \([0-9,]*x\)/ { gsub(",", ""); gsub(/[()x]/, "", $NF); print $1, $NF; exit }'
}
if [ -n "$QUERIES" ]; then
    [ -x "$BUILD/cordon" ] || { echo "instructions: $BUILD/cordon not found" >&2; exit 1; }
    [ -r "$QUERIES" ] || { echo "instructions: cannot read $QUERIES" >&2; exit 1; }
    [ -r "$INDEX" ] || { echo "instructions: cannot read $INDEX" >&2; exit 1; }
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.q" "$BUILD/cordon" screen --quiet --threads 1 \
        --index "$INDEX" -o /dev/null "$QUERIES" >"$WORK/log.q" 2>&1 ||
        { echo "instructions: cordon screen failed under callgrind:" >&2; tail -20 "$WORK/log.q" >&2; exit 1; }
    [ -z "${CALLGRIND_KEEP:-}" ] || cp "$WORK/cg.q" "$CALLGRIND_KEEP"
    read -r COST CALLS <<<"$(cost q)"
    [ -n "${CALLS:-}" ] && [ "$CALLS" -gt 0 ] || { echo "instructions: cordon_search not found in the profile" >&2; exit 1; }
    echo "instructions per search: $((COST / CALLS)) ($CALLS searches of $QUERIES)"
    exit 0
fi
profile 3000
profile 6000
read -r COST_A CALLS_A <<<"$(cost 3000)"
read -r COST_B CALLS_B <<<"$(cost 6000)"
[ -n "${CALLS_A:-}" ] && [ -n "${CALLS_B:-}" ] && [ "$CALLS_B" -gt "$CALLS_A" ] ||
    { echo "instructions: cordon_search not found in the profile" >&2; exit 1; }
echo "instructions per search: $(( (COST_B - COST_A) / (CALLS_B - CALLS_A) )) ($((CALLS_B - CALLS_A)) searches)"
