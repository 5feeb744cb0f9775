#!/usr/bin/env bash
# test_list_us_csl_csv.sh — end-to-end tests of the us-csl-csv format (the US Consolidated
# Screening List, gzip or plain): loading the real list with and without FORMAT:, searching it,
# and refusing broken files. Run from the repository root: tests/integration/test_list_us_csl_csv.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
CSL=${CORDON_SHARED:-../shared}/data/lists/us-csl-2025-01/consolidated.csv.gz

if [ ! -f "$CSL" ]; then
    if [ "${CI:-}" = "true" ]; then
        CURRENT="shared data"; OUT=""; ERR=""; fail "$CSL not found (required in CI)"
    else
        echo "shared data absent: us-csl-csv tests skipped"
    fi
    finish
    exit
fi

# Under valgrind the search below loads the list (detected, from the gzip file) and the plain
# file is loaded once; the two other loads (25 s each there) run unwrapped (cordon_native):
# test_lists_us_csl_csv loads the file with and without the prefix under valgrind, and the
# wrapped runs take the same command code (the coverage build shows no line only these reach).
run "lists json" cordon_native lists --list "us-csl-csv:$CSL" --json
expect_status 0
expect_jq '.lists[0].id == "us-csl" and .lists[0].format == "us-csl-csv" and (.lists[0].version | startswith("file date "))'
expect_jq '.lists[0].entities == 14048 and .lists[0].names == 33493'
expect_jq '.lists[0].skipped == 0 and .lists[0].repaired == 370'
expect_jq '[.lists[0].issues[] | select(.reason == "row repeating an earlier _id (merged into one entity)")][0].count == 112'

run "detected without prefix" cordon_native lists --list "$CSL" --json
expect_status 0
expect_jq '.lists[0].format == "us-csl-csv" and .lists[0].entities == 14048'

# The same list uncompressed.
gzip -dc "$CSL" >"$SCRATCH/consolidated.csv"
run "plain csv" "$CORDON" lists --list "$SCRATCH/consolidated.csv" --json
expect_status 0
expect_jq '.lists[0].format == "us-csl-csv" and .lists[0].entities == 14048 and .lists[0].names == 33493'

run "search bank" "$CORDON" search --list "$CSL" --json --limit 3 "Banco VTB Africa"
expect_status 0
expect_jq '.results[0].id == "us-csl:18725" and .results[0].schema == "Organization" and .results[0].match == true'

# The same list from a snapshot, made unwrapped under valgrind (cordon_native): the search above
# already loads it from the file there.
cordon_native index build -q -o "$SCRATCH/csl.cdx" --list "us-csl-csv:$CSL"
run "search vessel" "$CORDON" search --index "$SCRATCH/csl.cdx" --json --type vessel --limit 1 "Grace 1"
expect_status 0
expect_jq '.results[0].id == "us-csl:27304" and .results[0].matched_name == "GRACE 1"'

# Rows without a type (Entity List, Denied Persons, ITAR debarment, ...: 3,625 of them) are
# LegalEntity, a person or an organization: a search for a person finds the ITAR-debarred Aaron
# De Leon, one for an organization finds the Entity List's Beijing Institute of Technology, and
# neither turns up in a search for vessels.
run "untyped person" "$CORDON" search --index "$SCRATCH/csl.cdx" --json --type person --limit 1 "Aaron De Leon"
expect_status 0
expect_jq '.results[0].id == "us-csl:dc05874053b004556ee517f8efe7a62f49d1a7db" and .results[0].schema == "LegalEntity" and .results[0].score == 1 and .results[0].match == true'
run "untyped organization" "$CORDON" search --index "$SCRATCH/csl.cdx" --json --type organization --limit 1 "Beijing Institute of Technology"
expect_status 0
expect_jq '.results[0].schema == "LegalEntity" and .results[0].matched_name == "Beijing Institute of Technology" and .results[0].match == true'
run "untyped is no vessel" "$CORDON" search --index "$SCRATCH/csl.cdx" --json --type vessel "Aaron De Leon"
expect_status 0
expect_jq '[.results[] | select(.schema == "LegalEntity")] | length == 0'

printf '_id,source\n1,SDN\n' >"$SCRATCH/noname.csv"
run "missing name column" "$CORDON" search --list "us-csl-csv:$SCRATCH/noname.csv" Acme
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/noname.csv:1: missing required column 'name' in the header (not a Consolidated Screening List file?)"

printf '_id,source,name\n1,SDN,ACME\n2,SDN,Bj\xf6rk AB\n' >"$SCRATCH/latin1.csv"
run "not utf-8" "$CORDON" lists --list "us-csl-csv:$SCRATCH/latin1.csv"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/latin1.csv:3: invalid UTF-8 in field 3 (byte 3 of the field); the list must be UTF-8"

head -c 300000 "$CSL" >"$SCRATCH/cut.csv.gz"
run "truncated gzip" "$CORDON" lists --list "us-csl-csv:$SCRATCH/cut.csv.gz"
expect_status 3; expect_out_empty
expect_err "cordon: $SCRATCH/cut.csv.gz:"; expect_err "read error"

finish
