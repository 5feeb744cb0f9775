#!/usr/bin/env bash
# demo.sh — the main job of cordon on the bundled sample data: load the sample list, look up a
# few names in local spellings, and scan the sample news articles for listed parties.
# Usage: scripts/demo.sh [CORDON_BINARY]
set -euo pipefail
CORDON=${1:-build/cordon}
LIST=csv:data/sample/watchlist.csv

section() { printf '\n\033[1m### %s\033[0m\n\n' "$1"; }

section "The list: cordon lists --list $LIST"
"$CORDON" lists --list "$LIST"

section "Searching names as a German, French or English writer spells them"
while IFS= read -r name; do
    [ -n "$name" ] || continue
    printf -- '--- cordon search "%s"\n' "$name"
    "$CORDON" search --quiet --list "$LIST" --limit 1 "$name" | sed -n '3,$p' | sed '/^$/d'
    echo
done < data/sample/names.txt

section "Scanning news articles: cordon scan --highlight data/sample/articles/*.txt"
"$CORDON" scan --quiet --highlight --list "$LIST" data/sample/articles/*.txt

section "Machine-readable: cordon search --json \"Wladimir Putin\""
"$CORDON" search --quiet --json --limit 1 --list "$LIST" "Wladimir Putin"
