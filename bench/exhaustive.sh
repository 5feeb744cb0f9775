#!/usr/bin/env bash
# exhaustive.sh — make bench-exhaustive: does search find every entity the scorer alerts on?
# Three query sets, drawn with fixed seeds: the speed benchmark's mix (listed names as they
# are, with a typo, and US names that are not listed), the Cyrillic names of the EU travel
# bans, and names in Arabic, Persian, Hebrew, Cyrillic, Chinese, Japanese and Korean script
# made by faker (none listed: every alert on them is false). Each query is scored against every
# name of the six official lists (bench/bench_exhaustive.c), a third of a second a query.
# Usage: bench/exhaustive.sh BUILD_DIR SHARED_DIR [QUERIES_PER_SET]
set -euo pipefail
BUILD=${1:-build}
SHARED=${2:-../shared}
N=${3:-300}
LISTS=$SHARED/data/lists
[ -d "$LISTS" ] || { echo "bench-exhaustive: $LISTS not found (set CORDON_SHARED)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "cordon search against the scorer alone — $(date -u '+%Y-%m-%d %H:%M UTC'), $N queries a set"
"$BUILD/cordon" index build -q -o "$WORK/all.cdx" -l "us-ofac-csv:$LISTS/us-ofac-sdn-2024" \
    -l "us-ofac-csv:$LISTS/us-ofac-cons-2025" -l "un-xml:$LISTS/un-sc-2026-02/consolidated.xml" \
    -l "gb-hmt-csv:$LISTS/gb-hmt-2018-04/ConList.csv" -l "eu-fsf-csv:$LISTS/eu-fsf-2018-07-subset/EUSanctionsShort.csv" \
    -l "us-csl-csv:$LISTS/us-csl-2025-01/consolidated.csv.gz"
cut -d, -f1 "$SHARED/data/negatives/synthetic-us/negatives_us.csv" | tail -n +2 >"$WORK/negatives.txt"
mkdir "$WORK/dump"
"$BUILD/bench_speed" --index "$WORK/all.cdx" --queries "$N" --negatives "$WORK/negatives.txt" --dump "$WORK/dump" >/dev/null
cut -f2 "$WORK/dump/queries.tsv" >"$WORK/mix.txt"
python3 - "$SHARED/data" "$N" "$WORK" <<'PY'
import ast, csv, random, sys
data, n, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(6)
cyrillic = set()
with open(f"{data}/lists/eu-travelbans-2022-09/travel_bans.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        try:
            aliases = ast.literal_eval(row["nameAlias"]) if row["nameAlias"] else []
        except (ValueError, SyntaxError):
            continue
        for a in [aliases] if isinstance(aliases, dict) else aliases:
            name = a.get("wholeName", "") if isinstance(a, dict) else ""
            if any("\u0400" <= c <= "\u04ff" for c in name):
                cyrillic.add(name)
with open(f"{work}/eu-cyrillic.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(rng.sample(sorted(cyrillic), min(n, len(cyrillic)))) + "\n")
by_locale = {}
with open(f"{data}/negatives/faker/person_names.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        by_locale.setdefault(r["locale"], {}).setdefault(r["kind"], []).append(r["name"])
scripts = ("ar", "fa", "he", "ru", "uk", "bg", "zh", "ja", "ko")
locales = [l for l in sorted(by_locale) if l.split("_")[0] in scripts
           and by_locale[l].get("first_name") and by_locale[l].get("last_name")]
names = [rng.choice(by_locale[l]["first_name"]) + " " + rng.choice(by_locale[l]["last_name"])
         for i in range(n) for l in [locales[i % len(locales)]]]
with open(f"{work}/faker-native.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(names) + "\n")
PY
for set in mix eu-cyrillic faker-native; do
    printf '%-12s ' "$set"
    "$BUILD/bench_exhaustive" --index "$WORK/all.cdx" --show 0 "$WORK/$set.txt"
done
