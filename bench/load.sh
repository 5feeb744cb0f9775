#!/usr/bin/env bash
# load.sh — make bench-load: how fast each official list in SHARED/data/lists loads, and all of
# them together (time and peak memory).
# Usage: bench/load.sh BUILD_DIR SHARED_DIR
set -euo pipefail
BUILD=${1:-build}
LISTS=${2:-../shared}/data/lists
[ -d "$LISTS" ] || { echo "bench-load: $LISTS not found (set CORDON_SHARED)" >&2; exit 1; }
echo "cordon load benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
exec "$BUILD/bench_load" \
    "us-ofac-csv:$LISTS/us-ofac-sdn-2024" "us-ofac-csv:$LISTS/us-ofac-cons-2025" \
    "un-xml:$LISTS/un-sc-2026-02/consolidated.xml" "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv" \
    "eu-fsf-csv:$LISTS/eu-fsf-2018-07-subset/EUSanctionsShort.csv" \
    "us-csl-csv:$LISTS/us-csl-2025-01/consolidated.csv.gz"
