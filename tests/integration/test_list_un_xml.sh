#!/usr/bin/env bash
# test_list_un_xml.sh — end-to-end tests of the UN Security Council list (un-xml): the February
# 2026 list from ../shared/data loads with its counts, with and without the format prefix, a
# search finds a listed person, and broken or hostile XML exits 3 with the exact message.
# Run from the repository root: tests/integration/test_list_un_xml.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
DATA=${CORDON_SHARED:-../shared}/data
UN=$DATA/lists/un-sc-2026-02/consolidated.xml

if [ ! -f "$UN" ]; then
    if [ "${CI:-}" = "true" ]; then
        CURRENT="shared data"; OUT=""; ERR=""; fail "$UN not found (required in CI)"
    else
        echo "test_list_un_xml: shared data absent at $DATA: skipped"
    fi
    finish
    exit $?
fi

# --- the real list ----------------------------------------------------------------------------
# Under valgrind the report and the first search load the list (with and without the prefix);
# the other loads run unwrapped (cordon_native): test_lists_un_xml loads the file under valgrind,
# and the wrapped runs take the same command code (the coverage build shows it).
run "lists json" "$CORDON" lists --list "un-xml:$UN" --json
expect_status 0
expect_jq '.lists[0].id == "un-sc" and .lists[0].format == "un-xml"'
expect_jq '.lists[0].version == "2026-02-27T00:00:09.554Z"'
expect_jq '.lists[0].entities == 1003 and .lists[0].names == 4222'
expect_jq '.lists[0].skipped == 0 and .lists[0].repaired == 22 and (.warnings | length) == 22'
expect_jq '[.lists[0].issues[] | select(.reason == "document without a NUMBER, kept in remarks")][0].count == 14'

run "detected" cordon_native lists --list "$UN" --json
expect_status 0
expect_jq '.lists[0].format == "un-xml" and .lists[0].entities == 1003'

run "search latin" "$CORDON" search --list "$UN" --json --limit 3 "Emraan Ali"
expect_status 0
expect_jq '.results[0].id == "un-sc:QDi.430" and .results[0].match == true'
expect_jq '.results[0].schema == "Person" and .results[0].programs == ["Al-Qaida"]'

run "search cyrillic" cordon_native search --list "$UN" --json --limit 3 "Умаров Доку"
expect_status 0
expect_jq '.results[0].id == "un-sc:QDi.290"'

# --- broken and hostile files: exit 3, the exact message, nothing on stdout --------------------
printf '<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="2026-01-01">\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>ANN' \
    >"$SCRATCH/truncated.xml"
run "truncated" "$CORDON" search --list "un-xml:$SCRATCH/truncated.xml" Ann
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/truncated.xml:4: XML not well-formed: the file ends before the list does (libxml2: Extra content at the end of the document)"

printf '<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="2026-01-01">\n<INDIVIDUALS><INDIVIDUAL></ENTITY>\n</INDIVIDUALS></CONSOLIDATED_LIST>\n' \
    >"$SCRATCH/mismatch.xml"
run "not well-formed" "$CORDON" lists --list "$SCRATCH/mismatch.xml"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/mismatch.xml:3: XML not well-formed: Opening and ending tag mismatch: INDIVIDUAL line 3 and ENTITY"

printf '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<CONSOLIDATED_LIST dateGenerated="2026-01-01"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&e;</FIRST_NAME><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n' \
    >"$SCRATCH/xxe.xml"
run "xxe" "$CORDON" search --list "un-xml:$SCRATCH/xxe.xml" --json root
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/xxe.xml:2: the DOCTYPE declares entities; a UN list has none, and cordon does not expand them"

printf '<?xml version="1.0"?>\n<html><body>a list?</body></html>\n' >"$SCRATCH/html.xml"
run "not the format" "$CORDON" lists --list "un-xml:$SCRATCH/html.xml"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/html.xml:2: not a UN consolidated list: the root element is <html>, expected <CONSOLIDATED_LIST>"

finish
