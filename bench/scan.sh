#!/usr/bin/env bash
# scan.sh — make bench-scan: text scanning speed (MB/s on one core) against all official lists
# in SHARED/data/lists, loaded from one snapshot, and mentions per 1,000 sentences of the
# storyweb news sentences (SHARED/data/news/storyweb), with 50 mentions drawn at random to look
# at by hand (SAMPLE=N to change).
# Usage: bench/scan.sh BUILD_DIR SHARED_DIR
set -euo pipefail
BUILD=${1:-build}
SHARED=${2:-../shared}
LISTS=$SHARED/data/lists
NEWS=$SHARED/data/news/storyweb/tagged_sentences_20230203.csv
[ -d "$LISTS" ] || { echo "bench-scan: $LISTS not found (set CORDON_SHARED)" >&2; exit 1; }
[ -f "$NEWS" ] || { echo "bench-scan: $NEWS not found (set CORDON_SHARED)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "cordon scan benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
"$BUILD/cordon" index build -q -o "$WORK/all.cdx" \
    --list "us-ofac-csv:$LISTS/us-ofac-sdn-2024" --list "us-ofac-csv:$LISTS/us-ofac-cons-2025" \
    --list "un-xml:$LISTS/un-sc-2026-02/consolidated.xml" --list "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv" \
    --list "eu-fsf-csv:$LISTS/eu-fsf-2018-07-subset/EUSanctionsShort.csv" \
    --list "us-csl-csv:$LISTS/us-csl-2025-01/consolidated.csv.gz"
"$BUILD/cordon" lists --index "$WORK/all.cdx" --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(\"lists: %d, entities: %d\" % (len(d[\"lists\"]), sum(l[\"entities\"] for l in d[\"lists\"])))"
# The distinct sentences, one a line (the file repeats a sentence once per entity pair in it).
python3 - "$NEWS" "$WORK/sentences.txt" <<'PY'
import csv, sys
seen, out = set(), []
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        s = ' '.join(row['sentence'].split())
        if s and s not in seen:
            seen.add(s)
            out.append(s)
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
PY
"$BUILD/bench_scan" --index "$WORK/all.cdx" --sample "${SAMPLE:-50}" "$WORK/sentences.txt"
