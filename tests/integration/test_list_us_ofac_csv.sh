#!/usr/bin/env bash
# test_list_us_ofac_csv.sh — end-to-end tests of OFAC's legacy CSV sets (format us-ofac-csv):
# counts and load reports of the real lists in ../shared/data, detection without the FORMAT:
# prefix, searches that find known entries, and broken sets refused with exit 3 and FILE:LINE.
# Run from the repository root: tests/integration/test_list_us_ofac_csv.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
DATA=${CORDON_SHARED:-../shared}/data/lists

if [ ! -d "$DATA/us-ofac-sdn-2024" ]; then
    if [ "${CI:-}" = "true" ]; then
        CURRENT="shared data"
        fail "shared data not found at $DATA (required in CI)"
    else
        echo "shared data absent at $DATA: OFAC list tests skipped"
    fi
    finish
    exit
fi

# --- the real lists ---------------------------------------------------------------------------
# Under valgrind one run loads the SDN set (the report below, in JSON) and one the consolidated
# set; the other loads of the real sets (10 to 40 s each there) run unwrapped (cordon_native):
# test_lists_us_ofac_csv loads every set, the 2019 and 2021 ones and the detected folder and
# primary file among them, under valgrind, and the wrapped runs here take the same command code
# on the same or smaller input (the coverage build shows no line that only those runs reach).
run "sdn 2024 json" "$CORDON" lists --list "us-ofac-csv:$DATA/us-ofac-sdn-2024" --json
expect_status 0
expect_jq '.lists[0].id == "us-ofac-sdn" and .lists[0].format == "us-ofac-csv"'
expect_jq '.lists[0].entities == 14965 and .lists[0].names == 36286'
expect_jq '.lists[0].skipped == 7364 and .lists[0].repaired == 56'
expect_jq '.lists[0].version | test("^file date [0-9]{4}-[0-9]{2}-[0-9]{2}$")'
expect_jq '[.lists[0].issues[] | select(.reason == "alt.csv row for an entry missing from sdn.csv")][0] | .count == 2460 and .skipped'
expect_jq '[.lists[0].issues[] | select(.reason == "add.csv row for an entry missing from sdn.csv")][0].count == 4893'
expect_jq '(.warnings | length) == 7420'

run "sdn 2024 human" cordon_native lists --list "us-ofac-csv:$DATA/us-ofac-sdn-2024"
expect_status 0
expect_out "us-ofac-sdn: skipped 2460: alt.csv row for an entry missing from sdn.csv"
expect_out "us-ofac-sdn: skipped 6: sdn_comments.csv row for an entry missing from sdn.csv"

run "sdn 2021 detected" cordon_native lists --list "$DATA/us-ofac-sdn-2021" --json
expect_status 0
expect_jq '.lists[0].format == "us-ofac-csv" and .lists[0].id == "us-ofac-sdn"'
expect_jq '.lists[0].entities == 8976 and .lists[0].names == 23321 and .lists[0].skipped == 0'

run "sdn 2019 detected" cordon_native lists --list "$DATA/us-ofac-sdn-2019" --json
expect_status 0
expect_jq '.lists[0].entities == 7379 and .lists[0].names == 19091 and .lists[0].skipped == 10'

run "cons 2025 detected" "$CORDON" lists --list "$DATA/us-ofac-cons-2025" --json
expect_status 0
expect_jq '.lists[0].id == "us-ofac-cons" and .lists[0].entities == 442 and .lists[0].names == 1585'

run "primary file detected" "$CORDON" lists --list "$DATA/us-ofac-cons-2025/cons_prim.csv" --json
expect_status 0
expect_jq '.lists[0].format == "us-ofac-csv" and .lists[0].entities == 442'

# --- searches -----------------------------------------------------------------------------------
run "search Lukashenko" cordon_native search --list "$DATA/us-ofac-sdn-2024" --json --limit 3 "Alexander Lukashenko"
expect_status 0
expect_jq '.results[0].id == "us-ofac-sdn:9760" and .results[0].match == true'
expect_jq '.results[0].caption == "LUKASHENKA, Alyaksandr Ryhorovich" and .results[0].programs == ["BELARUS"]'

# The same list from a snapshot, made unwrapped under valgrind (cordon_native): the report above
# already loads it from the files there.
cordon_native index build -q -o "$SCRATCH/sdn2024.cdx" --list "us-ofac-csv:$DATA/us-ofac-sdn-2024"
run "search vessel" "$CORDON" search --index "$SCRATCH/sdn2024.cdx" --json --type vessel "Dilbar"
expect_status 0
expect_jq '.results[0].id == "us-ofac-sdn:35301" and .results[0].schema == "Vessel"'

run "search weak alias" cordon_native search --list "$DATA/us-ofac-sdn-2021" --json --limit 1 "BNC"
expect_status 0
expect_jq '.results[0].id == "us-ofac-sdn:306" and .results[0].matched_name == "BNC"'

run "search consolidated" "$CORDON" search --list "$DATA/us-ofac-cons-2025" --json --limit 1 "Vankorneft"
expect_status 0
expect_jq '.results[0].id == "us-ofac-cons:18274"'

# --- broken sets: cordon: FILE:LINE: ..., exit 3, no output -------------------------------------
SET="$SCRATCH/ofac"
mkdir -p "$SET"
printf '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. '"'"'B' >"$SET/sdn.csv"
printf '36,12,"aka","AERO-CARIBBEAN",-0- \r\n\032' >"$SET/alt.csv"
printf '36,25,-0- ,"Havana","Cuba",-0- \r\n\032' >"$SET/add.csv"
: >"$SET/sdn_comments.csv"
run "truncated sdn.csv" "$CORDON" search --list "us-ofac-csv:$SET" Cuba
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SET/sdn.csv:2: unterminated quoted field (the quote opened here is never closed)"

run "truncated sdn.csv detected" "$CORDON" lists --list "$SET"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SET/sdn.csv:2: unterminated quoted field (the quote opened here is never closed)"

printf 'id,schema,name\r\n1,Person,Ann Smith\r\n' >"$SET/sdn.csv"
run "not OFAC columns" "$CORDON" lists --list "us-ofac-csv:$SET"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SET/sdn.csv:1: not an OFAC sdn.csv file: 3 fields where the format has 12"

printf '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n' >"$SET/sdn.csv"
rm "$SET/alt.csv"
run "missing alt.csv" "$CORDON" lists --list "us-ofac-csv:$SET"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SET: missing alt.csv: an OFAC CSV set is sdn.csv, alt.csv, add.csv and sdn_comments.csv together"

printf '36,12,"aka","AERO-CARIBBEAN",-0- \r\n99,13,"aka","NOBODY",-0- \r\n' >"$SET/alt.csv"
run "stray alt row" "$CORDON" lists --list "$SET" --json
expect_status 0
expect_jq '.lists[0].entities == 1 and .lists[0].names == 2 and .lists[0].skipped == 1'
expect_jq '.warnings == ["'"$SET"'/alt.csv:2: ent_num 99 is not in sdn.csv"]'

run "not a set" "$CORDON" lists --list "us-ofac-csv:$SCRATCH"
expect_status 3; expect_out_empty
expect_err "not an OFAC CSV set: no sdn.csv"

finish
