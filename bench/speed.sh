#!/usr/bin/env bash
# speed.sh — make bench-speed: cordon's search speed on all official lists in SHARED/data/lists,
# with real negatives from SHARED/data/negatives in the query mix, and PostgreSQL pg_trgm on
# the same names and queries for a ratio measured in the same run.
# Usage: bench/speed.sh BUILD_DIR SHARED_DIR
set -euo pipefail
BUILD=${1:-build}
SHARED=${2:-../shared}
LISTS=$SHARED/data/lists
[ -d "$LISTS" ] || { echo "bench-speed: $LISTS not found (set CORDON_SHARED)" >&2; exit 1; }
NEG=$(mktemp)
DUMP=$(mktemp -d)
trap 'rm -rf "$NEG" "$DUMP"' EXIT
cut -d, -f1 "$SHARED/data/negatives/synthetic-us/negatives_us.csv" | tail -n +2 >"$NEG"
echo "cordon speed benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
"$BUILD/bench_speed" --queries 30000 --rounds 5 --threads "$(nproc)" --negatives "$NEG" --dump "$DUMP" \
    "us-ofac-csv:$LISTS/us-ofac-sdn-2024" "us-ofac-csv:$LISTS/us-ofac-cons-2025" \
    "un-xml:$LISTS/un-sc-2026-02/consolidated.xml" "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv" \
    "eu-fsf-csv:$LISTS/eu-fsf-2018-07-subset/EUSanctionsShort.csv" \
    "us-csl-csv:$LISTS/us-csl-2025-01/consolidated.csv.gz" | tee "$DUMP/cordon.txt"
# The same names and queries through PostgreSQL pg_trgm, in the same run (skip with NO_PG=1).
if [ -z "${NO_PG:-}" ]; then
    RATE=$(sed -n 's/^single thread: \([0-9]*\) searches.*/\1/p' "$DUMP/cordon.txt")
    bench/pg_trgm.sh "$DUMP" "$RATE"
fi
