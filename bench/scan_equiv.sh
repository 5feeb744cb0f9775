#!/usr/bin/env bash
# scan_equiv.sh — whether two builds of the scanner find the same mentions: every mention of
# every storyweb sentence scanned one at a time through one scanner, and of the file scanned as
# one document, with its byte offsets, entity, matched name and full score. Used before each
# speed change of src/scan (BENCHMARKS.md, Scanning text). OLD and NEW are bench_scan binaries,
# the old one built from this bench/bench_scan.c against the old libcordon.a, e.g.
#   cc -Iinclude -Ibench -o old_bench bench/bench_scan.c OLD/libcordon.a $(LIBS)
# Usage: bench/scan_equiv.sh OLD_BENCH NEW_BENCH INDEX.cdx SENTENCES
# Prints the mention counts; exits 1 with the first differences when they differ.
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: bench/scan_equiv.sh OLD_BENCH NEW_BENCH INDEX.cdx SENTENCES" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$1" --index "$3" --repeat 1 --dump "$WORK/old" "$4" > /dev/null
"$2" --index "$3" --repeat 1 --dump "$WORK/new" "$4" > /dev/null
for pass in sentence document; do
    echo "$pass: old $(grep -c "^$pass " "$WORK/old") mentions, new $(grep -c "^$pass " "$WORK/new")"
done
if ! cmp -s "$WORK/old" "$WORK/new"; then
    echo "scan_equiv: the mentions differ (< old, > new):"
    diff "$WORK/old" "$WORK/new" | head -40
    exit 1
fi
echo "scan_equiv: the same mentions, offsets, names and scores"
