#!/usr/bin/env bash
# test_list_os_simple_csv.sh — end-to-end tests of OpenSanctions' targets.simple.csv (format
# os-simple-csv): the real export's counts and dataset, detection without the FORMAT: prefix
# (ahead of the custom-list CSV), a search, and broken files refused with exit 3 and FILE:LINE.
# Run from the repository root: tests/integration/test_list_os_simple_csv.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
DATA=${CORDON_SHARED:-../shared}/data/formats
SIMPLE=$DATA/opensanctions-wd-peps-2024-03/targets.simple.csv

if [ ! -f "$SIMPLE" ]; then
    if [ "${CI:-}" = "true" ]; then
        CURRENT="shared data"
        fail "shared data not found at $DATA (required in CI)"
    else
        echo "shared data absent at $DATA: OpenSanctions simple CSV tests skipped"
    fi
    finish
    exit
fi

run "simple json" "$CORDON" lists --list "os-simple-csv:$SIMPLE" --json
expect_status 0
expect_jq '.lists[0].id == "wd_persons" and .lists[0].format == "os-simple-csv" and .lists[0].version == "2024-03-10T15:37:28"'
expect_jq '.lists[0].entities == 5 and .lists[0].names == 11 and .lists[0].skipped == 0 and .lists[0].repaired == 0'
expect_jq '.lists[0].issues == [] and (.warnings | length) == 0'

run "simple detected" "$CORDON" lists --list "$SIMPLE" --json
expect_status 0; expect_jq '.lists[0].format == "os-simple-csv" and .lists[0].entities == 5'

run "custom csv still detected" "$CORDON" lists --list data/sample/watchlist.csv --json
expect_status 0; expect_jq '.lists[0].format == "csv"'

run "search hariri" "$CORDON" search --list "$SIMPLE" --json --limit 1 "Saad Hariri"
expect_status 0
expect_jq '.results[0].id == "wd_persons:Q296771" and .results[0].list == "wd_persons" and .results[0].match == true'

# --- malformed files --------------------------------------------------------------------------
HEADER='"id","schema","name","aliases","birth_date","countries","addresses","identifiers","sanctions","phones","emails","dataset","first_seen","last_seen","last_change"'
printf '%s\n"Q1","Person","Bj\xf6rn","","","","","","","","","","","",""\n' "$HEADER" >"$SCRATCH/latin1.csv"
run "bad utf-8" "$CORDON" lists --list "$SCRATCH/latin1.csv"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/latin1.csv:2: invalid UTF-8 in field 3 (byte 3 of the field); targets.simple.csv is UTF-8"

printf 'id,schema,aliases\nQ1,Person,Ann\n' >"$SCRATCH/noname.csv"
run "missing column" "$CORDON" lists --list "os-simple-csv:$SCRATCH/noname.csv"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/noname.csv:1: missing required column 'name' in the header"

printf '%s\n"Q1","Person","Ann\n' "$HEADER" >"$SCRATCH/quote.csv"
run "unterminated quote" "$CORDON" lists --list "$SCRATCH/quote.csv"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/quote.csv:2: unterminated quoted field (the quote opened here is never closed)"

finish
