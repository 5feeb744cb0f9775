#!/usr/bin/env bash
# batch.sh — make bench-batch: cordon screen on 1,000,000 generated customer rows (bench/gen_batch.py,
# fixed seed: 80 % real unlisted names, 10 % listed names, 10 % listed names with a typo) against
# all official lists in SHARED/data/lists (a snapshot built first), on all cores; prints rows/s
# and peak RSS, and the one-thread rate on the first 200,000 rows for the speed-up.
# Usage: bench/batch.sh BUILD_DIR SHARED_DIR [ROWS]
set -euo pipefail
BUILD=${1:-build}
SHARED=${2:-../shared}
ROWS=${3:-1000000}
LISTS=$SHARED/data/lists
[ -d "$LISTS" ] || { echo "bench-batch: $LISTS not found (set CORDON_SHARED)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CORDON=$BUILD/cordon
echo "cordon batch benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
"$CORDON" index build -o "$WORK/all.cdx" \
    --list "us-ofac-csv:$LISTS/us-ofac-sdn-2024" --list "us-ofac-csv:$LISTS/us-ofac-cons-2025" \
    --list "un-xml:$LISTS/un-sc-2026-02/consolidated.xml" --list "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv" \
    --list "eu-fsf-csv:$LISTS/eu-fsf-2018-07-subset/EUSanctionsShort.csv" \
    --list "us-csl-csv:$LISTS/us-csl-2025-01/consolidated.csv.gz" 2>&1 | grep -v '^cordon: note:'
# The listed names: every entity's caption (a diff from an empty list lists them all as added).
printf 'id,schema,name\n' >"$WORK/empty.csv"
"$CORDON" diff --json "csv:$WORK/empty.csv" "$WORK/all.cdx" | jq -r '.added[].caption' >"$WORK/listed.txt"
python3 bench/gen_batch.py --rows "$ROWS" --listed "$WORK/listed.txt" --shared "$SHARED" >"$WORK/customers.csv"
echo "input: $ROWS rows, $(du -h "$WORK/customers.csv" | cut -f1)"

# run THREADS INPUT LABEL: screens INPUT; prints rows/s (wall clock), rows per CPU-second (user +
# system: what the rate would be per core on a machine nobody else uses), peak RSS, the summary.
run() {
    /usr/bin/time -f '%M %U %S' -o "$WORK/time" "$CORDON" screen --index "$WORK/all.cdx" --threads "$1" \
        --format csv -o "$WORK/out.csv" "$2" 2>"$WORK/err" || true
    local rate rows
    rate=$(sed -n 's/.*(\([0-9]*\) rows\/s).*/\1/p' "$WORK/err")
    rows=$(sed -n 's/^cordon: screened \([0-9]*\) rows.*/\1/p' "$WORK/err")
    read -r rss user sys <"$WORK/time"
    printf '%-26s %7s rows/s  %7.0f rows per CPU-s  peak RSS %6.1f MB  (%s)\n' "$3" "$rate" \
        "$(awk -v r="$rows" -v u="$user" -v s="$sys" 'BEGIN { print r / (u + s) }')" "$(awk -v m="$rss" 'BEGIN { print m / 1024 }')" \
        "$(sed -n 's/^cordon: \(screened [^;]*\);.*/\1/p' "$WORK/err")"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run "$(nproc)" "$WORK/customers.csv" "$ROWS rows, $(nproc) threads"
HEAD=$((ROWS < 200000 ? ROWS : 200000))
head -$((HEAD + 1)) "$WORK/customers.csv" >"$WORK/head.csv"
run 1 "$WORK/head.csv" "$HEAD rows, 1 thread"
run "$(nproc)" "$WORK/head.csv" "$HEAD rows, $(nproc) threads"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
