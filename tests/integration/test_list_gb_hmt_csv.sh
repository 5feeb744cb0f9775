#!/usr/bin/env bash
# test_list_gb_hmt_csv.sh — end-to-end tests of the gb-hmt-csv format (the OFSI ConList.csv):
# loading the real list with and without FORMAT:, searching it, and refusing a broken file.
# Run from the repository root: tests/integration/test_list_gb_hmt_csv.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
HMT=${CORDON_SHARED:-../shared}/data/lists/gb-hmt-2018-04/ConList.csv

if [ ! -f "$HMT" ]; then
    if [ "${CI:-}" = "true" ]; then
        CURRENT="shared data"; OUT=""; ERR=""; fail "$HMT not found (required in CI)"
    else
        echo "shared data absent: gb-hmt-csv tests skipped"
    fi
    finish
    exit
fi

# Under valgrind the report and the first search load the list (with and without the prefix);
# the other loads run unwrapped (cordon_native): test_lists_gb_hmt_csv loads the file under
# valgrind, and the wrapped runs take the same command code (the coverage build shows it).
run "lists json" "$CORDON" lists --list "gb-hmt-csv:$HMT" --json
expect_status 0
expect_jq '.lists[0].id == "gb-hmt" and .lists[0].format == "gb-hmt-csv" and .lists[0].version == "2018-04-13"'
expect_jq '.lists[0].entities == 2106 and .lists[0].names == 5548'
expect_jq '.lists[0].skipped == 0 and .lists[0].repaired == 52 and (.warnings | length) == 52'
expect_jq '[.lists[0].issues[] | select(.reason == "entity with a ship'"'"'s IMO number (taken as a vessel)")][0].count == 25'

run "detected without prefix" cordon_native lists --list "$HMT" --json
expect_status 0
expect_jq '.lists[0].format == "gb-hmt-csv" and .lists[0].entities == 2106'

run "search Soleimani" "$CORDON" search --list "$HMT" --json --limit 3 "Qasem Soleimani"
expect_status 0
expect_jq '.results[0].id == "gb-hmt:9062" and .results[0].schema == "Person" and .results[0].match == true'
expect_jq '(.results[0].programs | index("Iran (nuclear proliferation)")) != null'

run "search alias across rows" cordon_native search --list "$HMT" --json --limit 1 "Farooq al-Qahtani"
expect_status 0
expect_jq '.results[0].id == "gb-hmt:13349" and .results[0].match == true and (.results[0].explanation | test("alias"))'

run "search vessel" cordon_native search --list "$HMT" --json --type vessel --limit 1 "Tong San 2"
expect_status 0
expect_jq '.results[0].id == "gb-hmt:13556" and .results[0].schema == "Vessel"'

printf 'Last Updated,13/04/2018\nName 6,Name 1,Group Type,Alias Type\nSMITH,John,Individual,Prime Alias\n' >"$SCRATCH/nogroup.csv"
run "missing Group ID" "$CORDON" search --list "gb-hmt-csv:$SCRATCH/nogroup.csv" Smith
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/nogroup.csv:2: missing required column 'Group ID' in the header (not an OFSI ConList file?)"

printf 'Last Updated,13/04/2018\nName 6,Name 1,Group Type,Alias Type,Group ID\nSMITH,John,Individual,Prime Alias,1\n"JONES,Ann' >"$SCRATCH/cut.csv"
run "cut in a quote" "$CORDON" lists --list "gb-hmt-csv:$SCRATCH/cut.csv"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/cut.csv:4: unterminated quoted field (the quote opened here is never closed)"

finish
