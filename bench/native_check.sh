#!/usr/bin/env bash
# native_check.sh — the native-name false-alarm check: 12,000 faker person names in Japanese,
# Korean and Chinese (zh_CN, zh_TW), 3,000 a locale (seed 7): a random family name then a random
# given name of the locale, every other one written as one word, as those scripts write names.
# None of them is a listed party, so every alert is a false alarm. Screens them against
# INDEX.cdx at the default threshold; OUT.tsv gets each alert (name, id, caption, score), sorted,
# to compare two builds line by line; prints how many names alerted.
# Usage: bench/native_check.sh CORDON INDEX.cdx OUT.tsv   (reads ../shared or $CORDON_SHARED)
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: bench/native_check.sh CORDON INDEX.cdx OUT.tsv" >&2; exit 2; }
CORDON=$1 INDEX=$2 OUT=$3
SHARED=${CORDON_SHARED:-$(dirname "$0")/../../shared}
FAKER=$SHARED/data/negatives/faker/person_names.tsv
[ -r "$FAKER" ] || { echo "native_check: cannot read $FAKER (set CORDON_SHARED)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$FAKER" "$WORK/names.txt" <<'PY'
import csv, random, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8'), delimiter='\t'))
rng = random.Random(7)
out = []
for loc in ('ja', 'ko', 'zh_CN', 'zh_TW'):
    last = [r['name'] for r in rows if r['locale'] == loc and r['kind'] == 'last_name']
    first = [r['name'] for r in rows if r['locale'] == loc and r['kind'] == 'first_name']
    for i in range(3000):
        out.append(rng.choice(last) + ('' if i % 2 else ' ') + rng.choice(first))
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
PY
"$CORDON" screen --quiet --only-matches --format csv --index "$INDEX" -o "$WORK/alerts.csv" "$WORK/names.txt"
python3 - "$WORK/alerts.csv" "$OUT" <<'PY'
import csv, sys
rows = sorted({(r['name'], r['id'], r['caption'], r['score'])
               for r in csv.DictReader(open(sys.argv[1], encoding='utf-8')) if r['match'] == 'true'})
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    for r in rows:
        f.write('\t'.join(r) + '\n')
print(f"native-name alarms: {len({r[0] for r in rows})} of 12,000 names")
PY
