#!/usr/bin/env bash
# speed.sh — make bench-speed: cordon's search speed on all official lists in SHARED/data/lists,
# with real negatives from SHARED/data/negatives in the query mix.
# Usage: bench/speed.sh BUILD_DIR SHARED_DIR
set -euo pipefail
BUILD=${1:-build}
SHARED=${2:-../shared}
LISTS=$SHARED/data/lists
[ -d "$LISTS" ] || { echo "bench-speed: $LISTS not found (set CORDON_SHARED)" >&2; exit 1; }
NEG=$(mktemp)
trap 'rm -f "$NEG"' EXIT
cut -d, -f1 "$SHARED/data/negatives/synthetic-us/negatives_us.csv" | tail -n +2 >"$NEG"
echo "cordon speed benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
"$BUILD/bench_speed" --queries 30000 --threads "$(nproc)" --negatives "$NEG" \
    "us-ofac-csv:$LISTS/us-ofac-sdn-2024" "us-ofac-csv:$LISTS/us-ofac-cons-2025" \
    "un-xml:$LISTS/un-sc-2026-02/consolidated.xml" "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv" \
    "eu-fsf-csv:$LISTS/eu-fsf-2018-07-subset/EUSanctionsShort.csv" \
    "us-csl-csv:$LISTS/us-csl-2025-01/consolidated.csv.gz"
