#!/usr/bin/env bash
# peers.sh — make bench-peers: the quality benchmark's cases through cordon and through a model
# of a peer's name matching rebuilt from its published source (bench/bench_peer.c: Moov
# Watchman's Jaro-Winkler scorer), in the same run, side by side: the model at 0.80 (the
# minMatch Watchman's README reports) and at 0.90 (fewer false alarms, less recall). The model
# scores every listed name for each query, as Watchman does, so the false-alarm sets are
# sampled (PEER_NEGATIVES names each, 2,000 by default; the same names for all three). Then the
# speed of both on the same 2,000 names against the six official lists.
# Usage: bench/peers.sh BUILD_DIR SHARED_DIR
set -euo pipefail
BUILD=${1:-build}
SHARED=${2:-../shared}
N=${PEER_NEGATIVES:-2000}
LISTS=$SHARED/data/lists
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "cordon against a model of Moov Watchman's name matching — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
"$BUILD/bench_peer" check | tail -1
python3 bench/quality.py --cordon "$BUILD/cordon" --negatives "$N" >"$WORK/cordon.txt"
python3 bench/quality.py --cordon "$BUILD/bench_peer" --negatives "$N" >"$WORK/peer80.txt"
python3 bench/quality.py --cordon "$BUILD/bench_peer" --negatives "$N" --threshold 0.90 >"$WORK/peer90.txt"
python3 - "$WORK/cordon.txt" "$WORK/peer80.txt" "$WORK/peer90.txt" <<'PY'
import re, sys
line = re.compile(r"^(\S+)\s+(.+?)\s+([0-9.]+|nan)\s+\((\d+)/(\d+)\)")
def read(path):
    return {(m[1], m[2]): (float(m[3]), m[4], m[5])
            for m in (line.match(l) for l in open(path, encoding="utf-8")) if m}
runs = [read(p) for p in sys.argv[1:]]
print(f"{'set':<40} {'cordon 0.80':>18} {'model 0.80':>18} {'model 0.90':>18}")
for key in runs[0]:
    cells = [f"{r[key][0]:.3f} ({r[key][1]}/{r[key][2]})" if key in r else "-" for r in runs]
    print(f"{key[0] + ' ' + key[1]:<40} " + " ".join(f"{c:>18}" for c in cells))
PY
# Speed: the same names, the lists as each reads them (cordon from its snapshot, load
# included; the model's preparing of the lists not counted).
SOURCES=(-l "us-ofac-csv:$LISTS/us-ofac-sdn-2024" -l "us-ofac-csv:$LISTS/us-ofac-cons-2025"
         -l "un-xml:$LISTS/un-sc-2026-02/consolidated.xml" -l "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv"
         -l "eu-fsf-csv:$LISTS/eu-fsf-2018-07-subset/EUSanctionsShort.csv" -l "us-csl-csv:$LISTS/us-csl-2025-01/consolidated.csv.gz")
"$BUILD/cordon" index build -q -o "$WORK/all.cdx" "${SOURCES[@]}"
# cordon screens all the synthetic-US names (its start-up would weigh on a few thousand), the
# model the first N of them.
awk -F, 'NR > 1 { print $1 }' "$SHARED/data/negatives/synthetic-us/negatives_us.csv" >"$WORK/all_names.txt"
head -n "$N" "$WORK/all_names.txt" >"$WORK/names.txt"
cordon_s=$(python3 -c 'import subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(time.monotonic() - t)' "$BUILD/cordon" screen --quiet -j 1 --index "$WORK/all.cdx" "$WORK/all_names.txt")
peer_line=$("$BUILD/bench_peer" screen "${SOURCES[@]/#-l/--list}" "$WORK/names.txt" 2>&1 >/dev/null)
echo "$peer_line"
python3 - "$(wc -l <"$WORK/all_names.txt")" "$cordon_s" "$peer_line" <<'PY'
import re, sys
n, cordon_s = int(sys.argv[1]), float(sys.argv[2])
peer = float(re.search(r"([0-9.]+) queries/s", sys.argv[3]).group(1))
print(f"speed, synthetic-US names, one thread: cordon {n / cordon_s:,.0f} names/s ({n} names, start-up and "
      f"snapshot load included), model {peer:,.1f} names/s: cordon {n / cordon_s / peer:,.0f}x")
PY
