#!/usr/bin/env bash
# soak.sh — make soak: `cordon serve` under mixed load (search, match, scan) for SOAK_SECONDS
# (default 600) with a reload every 30 s; samples the server's RSS after each reload and fails
# when any request or reload failed, or the RSS kept growing (the last sample more than 10 %
# above the largest of the first half). Not run in CI.
# Usage: bench/soak.sh CORDON_BIN SHARED_DIR
set -euo pipefail
CORDON=${1:-build/cordon}
SHARED=${2:-../shared}
LISTS=$SHARED/data/lists
DURATION=${SOAK_SECONDS:-600}
[ -d "$LISTS" ] || { echo "soak: $LISTS not found (set CORDON_SHARED)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "soak: wrk is missing (scripts/install-deps.sh)" >&2; exit 1; }
WORK=$(mktemp -d)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
echo "cordon soak test — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, ${DURATION} s, a reload every 30 s"

SOURCES=(--list "us-ofac-csv:$LISTS/us-ofac-sdn-2024" --list "un-xml:$LISTS/un-sc-2026-02/consolidated.xml"
         --list "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv")
# Requests: listed names and negatives as searches, batches of 3 as /match, news sentences as /scan.
python3 - "$LISTS/us-ofac-sdn-2024/sdn.csv" "$SHARED/data/negatives/synthetic-us/negatives_us.csv" \
    "$SHARED/data/news/storyweb/tagged_sentences_20230203.csv" >"$WORK/requests" <<'PY'
import csv, json, sys, urllib.parse
listed = [r[1] for r in csv.reader(open(sys.argv[1], encoding="utf-8", errors="replace")) if len(r) > 1][:600]
negatives = [r["full_name"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))][:600]
sentences = [r["sentence"].replace("\t", " ").replace("\n", " ").strip()
             for r in csv.DictReader(open(sys.argv[3], encoding="utf-8"))][:300]
for i in range(300):
    names = [listed[2 * i], negatives[2 * i]]
    for n in names:
        print("GET\t/search?q=" + urllib.parse.quote_plus(n) + "\t\t")
    batch = {"queries": {"a": {"schema": "Person", "properties": {"name": [negatives[2 * i + 1]]}},
                         "b": {"properties": {"name": [listed[2 * i + 1]]}},
                         "c": {"schema": "Organization", "properties": {"name": [listed[(7 * i) % 600]]}}}}
    print("POST\t/match?limit=5\tapplication/json\t" + json.dumps(batch, ensure_ascii=False))
    print("POST\t/scan\ttext/plain; charset=utf-8\t" + sentences[i])
PY
: >"$WORK/server.err"
KEY=soak-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
printf 'soak:%s\n' "$KEY" >"$WORK/keys"
"$CORDON" serve "${SOURCES[@]}" --listen 127.0.0.1:0 --api-keys "$WORK/keys" --access-log /dev/null -q \
    2>"$WORK/server.err" &
PID=$!
. scripts/lib-serve.sh
BASE=$(serve_base "$WORK/server.err" "$PID" 600) || { cat "$WORK/server.err"; exit 1; }
echo "requests: $(wc -l <"$WORK/requests") (search, match, scan)"
export CORDON_SOAK_REQUESTS=$WORK/requests CORDON_BENCH_KEY=$KEY
rss() { awk '/^VmRSS:/ {print $2}' "/proc/$PID/status"; }
echo "RSS at start: $(rss) kB"
wrk -t2 -c16 -d"${DURATION}s" --latency --timeout 10s -s bench/soak.lua "$BASE" >"$WORK/wrk.txt" &
WRK=$!
samples=()
failed_reloads=0
for _ in $(seq 1 $((DURATION / 30))); do
    sleep 30
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $KEY" "$BASE/admin/reload")
    [ "$code" = 200 ] || failed_reloads=$((failed_reloads + 1))
    samples+=("$(rss)")
done
wait "$WRK"
echo "RSS after each reload (kB): ${samples[*]}"
grep -E '^Requests/sec|Non-2xx|Socket errors|^\s+(50|99)%' "$WORK/wrk.txt" | sed 's/^ */wrk: /'
non2xx=$(sed -n 's/^\s*Non-2xx or 3xx responses: \([0-9]*\)/\1/p' "$WORK/wrk.txt")
sockerr=$(grep -c 'Socket errors' "$WORK/wrk.txt" || true)
status=0
[ "${non2xx:-0}" -eq 0 ] && [ "$sockerr" -eq 0 ] || { echo "soak: FAILED: requests failed"; status=1; }
[ "$failed_reloads" -eq 0 ] || { echo "soak: FAILED: $failed_reloads reloads failed"; status=1; }
if [ "${#samples[@]}" -ge 2 ]; then
    early=0
    for s in "${samples[@]:0:$(((${#samples[@]} + 1) / 2))}"; do [ "$s" -gt "$early" ] && early=$s; done
    last=${samples[-1]}
    if [ "$last" -gt $((early * 110 / 100)) ]; then
        echo "soak: FAILED: RSS grew to $last kB, from at most $early kB in the first half"
        status=1
    fi
fi
kill -TERM "$PID"
wait "$PID" || { echo "soak: the server did not stop cleanly"; status=1; }
PID=""
[ "$status" -eq 0 ] && echo "soak: passed"
exit $status
