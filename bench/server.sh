#!/usr/bin/env bash
# server.sh — make bench-server: wrk against `cordon serve` GET /search on loopback, over all
# official lists in SHARED/data/lists (as one snapshot), with queries rotating through real
# list names and real negatives; 20 s with 2 threads and 32 connections, then the same with a
# POST /admin/reload in the middle. Prints requests/s, p50/p99 latency and errors of each run.
# Usage: bench/server.sh CORDON_BIN SHARED_DIR
#   env: SECONDS_EACH (20), CONNECTIONS (32), THREADS (wrk's, 2), SERVER_THREADS (default: cores)
set -euo pipefail
CORDON=${1:-build/cordon}
SHARED=${2:-../shared}
LISTS=$SHARED/data/lists
DURATION=${SECONDS_EACH:-20}
CONNS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
[ -d "$LISTS" ] || { echo "bench-server: $LISTS not found (set CORDON_SHARED)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "bench-server: wrk is missing (scripts/install-deps.sh)" >&2; exit 1; }
WORK=$(mktemp -d)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

echo "cordon server benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
"$CORDON" index build -o "$WORK/all.cdx" \
    --list "us-ofac-csv:$LISTS/us-ofac-sdn-2024" --list "us-ofac-csv:$LISTS/us-ofac-cons-2025" \
    --list "un-xml:$LISTS/un-sc-2026-02/consolidated.xml" --list "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv" \
    --list "eu-fsf-csv:$LISTS/eu-fsf-2018-07-subset/EUSanctionsShort.csv" \
    --list "us-csl-csv:$LISTS/us-csl-2025-01/consolidated.csv.gz" 2>/dev/null >/dev/null

# 1,000 names from the OFAC SDN list and 1,000 negatives, interleaved, as /search paths.
python3 - "$LISTS/us-ofac-sdn-2024/sdn.csv" "$SHARED/data/negatives/synthetic-us/negatives_us.csv" >"$WORK/paths" <<'PY'
import csv, sys, urllib.parse
listed = [row[1] for row in csv.reader(open(sys.argv[1], encoding="utf-8", errors="replace")) if len(row) > 1][:1000]
negatives = [row["full_name"] for row in csv.DictReader(open(sys.argv[2], encoding="utf-8"))][:1000]
for a, b in zip(listed, negatives):
    for name in (a, b):
        print("/search?limit=10&q=" + urllib.parse.quote_plus(name))
PY
: >"$WORK/server.err"
KEY=bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
printf 'bench:%s\n' "$KEY" >"$WORK/keys"
"$CORDON" serve --index "$WORK/all.cdx" --listen 127.0.0.1:0 --api-keys "$WORK/keys" \
    --access-log /dev/null ${SERVER_THREADS:+--threads "$SERVER_THREADS"} 2>"$WORK/server.err" &
PID=$!
. scripts/lib-serve.sh
BASE=$(serve_base "$WORK/server.err" "$PID" 300) || { cat "$WORK/server.err"; exit 1; }
sed -n 's/^cordon: \(.* entities from\).*\( loaded in .*\)/server: \1 the snapshot\2/p' "$WORK/server.err"
echo "queries: $(wc -l <"$WORK/paths") paths (real SDN names and negatives, interleaved)"
export CORDON_BENCH_PATHS=$WORK/paths CORDON_BENCH_KEY=$KEY
# Warm up for 3 s, unreported: the snapshot's pages are mapped in on first touch, and each
# worker thread opens its transliterators on its first search.
wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-32}" -d3s -s bench/server.lua "$BASE" >/dev/null

# summarize WRK_OUTPUT: one line of figures.
summarize() {
    local out=$1 label=$2
    local rps p50 p99 non2xx sockerr
    rps=$(sed -n 's/^Requests\/sec:\s*\([0-9.]*\)/\1/p' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    non2xx=$(sed -n 's/^\s*Non-2xx or 3xx responses: \([0-9]*\)/\1/p' "$out")
    sockerr=$(sed -n 's/^\s*Socket errors: \(.*\)/\1/p' "$out")
    printf '%s: %s requests/s, p50 %s, p99 %s, non-2xx %s, socket errors: %s\n' "$label" "$rps" "$p50" "$p99" \
        "${non2xx:-0}" "${sockerr:-none}"
}

WRK=(wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s bench/server.lua "$BASE")
echo "command: ${WRK[*]}"
"${WRK[@]}" >"$WORK/run1.txt"
summarize "$WORK/run1.txt" "steady"

"${WRK[@]}" >"$WORK/run2.txt" &
WRK_PID=$!
sleep $((DURATION / 2))
reload=$(curl -s -w ' %{http_code}' -X POST -H "Authorization: Bearer $KEY" "$BASE/admin/reload")
wait "$WRK_PID"
summarize "$WORK/run2.txt" "with a reload"
echo "reload: $reload"
curl -s -H "Authorization: Bearer $KEY" "$BASE/metrics" >"$WORK/metrics"
grep -E '^cordon_(reloads_total|index_generation)' "$WORK/metrics"
# The server's own view (request line in to response out, all runs and the warm-up): what wrk's figures add on
# top of it is queueing for the CPU, which wrk itself shares.
awk -F'[ {}"]+' '/^cordon_http_request_duration_seconds_(bucket|sum|count)\{route="\/search"/ {
        if ($1 ~ /_sum$/) sum = $NF; else if ($1 ~ /_count$/) n = $NF;
        else if ($5 == "0.001") ms1 = $NF; else if ($5 == "0.005") ms5 = $NF }
    END { if (n) printf "server side: %d searches, mean %.3f ms, %.2f%% within 1 ms, %.2f%% within 5 ms\n",
                        n, sum / n * 1000, ms1 / n * 100, ms5 / n * 100 }' "$WORK/metrics"
