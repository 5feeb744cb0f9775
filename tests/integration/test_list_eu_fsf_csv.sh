#!/usr/bin/env bash
# test_list_eu_fsf_csv.sh — end-to-end tests of the EU Financial Sanctions File CSV
# (eu-fsf-csv): the 2018 subset from ../shared/data loads with its counts, with and without the
# format prefix, a search finds a listed person, and a broken file exits 3 with the exact message.
# Run from the repository root: tests/integration/test_list_eu_fsf_csv.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
DATA=${CORDON_SHARED:-../shared}/data
EU=$DATA/lists/eu-fsf-2018-07-subset/EUSanctionsShort.csv

if [ ! -f "$EU" ]; then
    if [ "${CI:-}" = "true" ]; then
        CURRENT="shared data"; OUT=""; ERR=""; fail "$EU not found (required in CI)"
    else
        echo "test_list_eu_fsf_csv: shared data absent at $DATA: skipped"
    fi
    finish
    exit $?
fi

# --- the 2018 subset --------------------------------------------------------------------------
run "lists json" "$CORDON" lists --list "eu-fsf-csv:$EU" --json
expect_status 0
expect_jq '.lists[0].id == "eu-fsf" and .lists[0].format == "eu-fsf-csv" and .lists[0].version == "2018-07-04"'
expect_jq '.lists[0].entities == 93 and .lists[0].names == 578'
expect_jq '.lists[0].skipped == 165 and .lists[0].repaired == 999 and (.warnings | length) == 1164'
expect_jq '[.lists[0].issues[] | select(.reason | startswith("row wrapped in one quoted field, its commas"))][0].count == 107'

run "detected" "$CORDON" lists --list "$EU" --json
expect_status 0
expect_jq '.lists[0].format == "eu-fsf-csv" and .lists[0].entities == 93'

run "search" "$CORDON" search --list "$EU" --json --limit 3 "Robert Mugabe"
expect_status 0
expect_jq '.results[0].id == "eu-fsf:1" and .results[0].match == true'
expect_jq '.results[0].caption == "Robert Gabriel Mugabe" and .results[0].programs == ["ZWE"]'

run "search with the other lists" "$CORDON" search --list "$EU" --list "data/sample/watchlist.csv" --json --limit 1 "Saddam Hussein Al-Tikriti"
expect_status 0
expect_jq '.results[0].id == "eu-fsf:13"'

# --- broken files: exit 3, the exact message, nothing on stdout --------------------------------
printf 'Date_file;Entity_logical_id;Subject_type;Naal_lastname\n04/07/2018;1;P;Smith\n' >"$SCRATCH/nocol.csv"
run "missing column" "$CORDON" search --list "eu-fsf-csv:$SCRATCH/nocol.csv" Smith
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/nocol.csv:1: missing required column 'Naal_wholename' in the header (EU FSF 1.0)"

printf 'fileGenerationDate;Entity_LogicalId;Entity_SubjectType;NameAlias_WholeName\n28/10/2022;1;P;Ann\n28/10/2022;2;P;Bj\xf6rn\n' \
    >"$SCRATCH/latin1.csv"
run "wrong encoding" "$CORDON" lists --list "$SCRATCH/latin1.csv"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/latin1.csv:3: invalid UTF-8 in field 4 (byte 3 of the field); an EU FSF 1.1 file is UTF-8"

printf 'id;name\n1;Ann\n' >"$SCRATCH/other.csv"
run "not the format" "$CORDON" lists --list "eu-fsf-csv:$SCRATCH/other.csv"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/other.csv:1: not an EU Financial Sanctions File: the header starts with 'id' (expected Date_file for version 1.0 or fileGenerationDate for 1.1)"

finish
