#!/usr/bin/env bash
# test_list_ftm.sh — end-to-end tests of OpenSanctions' FollowTheMoney exports (format ftm):
# counts and load reports of the real files in ../shared/data, detection without the FORMAT:
# prefix, base+delta sources, searches that find known entities, and broken files refused with
# exit 3 and FILE:LINE. Run from the repository root: tests/integration/test_list_ftm.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
DATA=${CORDON_SHARED:-../shared}/data/formats

if [ ! -d "$DATA/opensanctions-zala" ]; then
    if [ "${CI:-}" = "true" ]; then
        CURRENT="shared data"
        fail "shared data not found at $DATA (required in CI)"
    else
        echo "shared data absent at $DATA: FtM list tests skipped"
    fi
    finish
    exit
fi
ZALA=$DATA/opensanctions-zala/entities.ftm.json
PEPS=$DATA/opensanctions-wd-peps-2024-03

# --- the real exports -------------------------------------------------------------------------
run "zala json" "$CORDON" lists --list "ftm:$ZALA" --json
expect_status 0
expect_jq '.lists[0].id == "ext_ru_egrul" and .lists[0].format == "ftm" and .lists[0].version == "2026-04-29T12:53:04"'
expect_jq '.lists[0].entities == 17 and .lists[0].names == 245 and .lists[0].skipped == 1 and .lists[0].repaired == 16'
expect_jq '[.lists[0].issues[] | select(.reason == "reference to an entity not in the source dropped")][0] | .count == 16 and (.skipped | not)'
expect_jq '[.lists[0].issues[] | select(.reason == "FtM Passport not attached to any screened entity")][0] | .count == 1 and .skipped'
expect_jq '(.warnings | length) == 17'

run "zala detected" "$CORDON" lists --list "$ZALA" --json
expect_status 0; expect_jq '.lists[0].format == "ftm" and .lists[0].entities == 17'

run "zala human" "$CORDON" lists --list "$ZALA"
expect_status 0; expect_out "ext_ru_egrul: skipped 1: FtM Passport not attached to any screened entity"

run "peps flat" "$CORDON" lists --list "ftm:$PEPS/entities.ftm.json" --json
expect_status 0
expect_jq '.lists[0].id == "sa_wiki_peps_v2" and .lists[0].entities == 607 and .lists[0].names == 3862'
expect_jq '.lists[0].skipped == 202 and .lists[0].repaired == 43'
expect_jq '[.lists[0].issues[] | select(.reason == "FtM Occupancy not attached to any screened entity")][0].count == 102'

# Under valgrind unwrapped (cordon_native): the same file as the run above, found in its folder.
run "peps directory detected" cordon_native lists --list "$PEPS" --json
expect_status 0; expect_jq '.lists[0].format == "ftm" and .lists[0].entities == 607'

run "peps nested detected" "$CORDON" lists --list "$PEPS/targets.nested.json" --json
expect_status 0
expect_jq '.lists[0].format == "ftm" and .lists[0].id == "wd_persons" and .lists[0].version == "2024-03-10T15:37:28"'
expect_jq '.lists[0].entities == 9 and .lists[0].names == 18 and .lists[0].skipped == 5'

run "parteispenden" "$CORDON" lists --list "ftm:$DATA/opensanctions-parteispenden.ftm.json" --json
expect_status 0
expect_jq '.lists[0].id == "opensanctions-parteispenden" and .lists[0].entities == 96 and .lists[0].names == 96'
expect_jq '.lists[0].version | test("^file date [0-9]{4}-[0-9]{2}-[0-9]{2}$")'

# --- deltas -----------------------------------------------------------------------------------
run "base+delta" "$CORDON" lists --list "ftm:$DATA/opensanctions-t1/entities.ftm.json+$DATA/opensanctions-delta" --json
expect_status 0
expect_jq '.lists[0].id == "eu_fsf" and .lists[0].version == "20240528134729-3iv"'
expect_jq '.lists[0].entities == 9 and .lists[0].names == 55 and .lists[0].skipped == 1 and .lists[0].repaired == 3'

run "base+delta detected" "$CORDON" lists --list "$DATA/opensanctions-t1+$DATA/opensanctions-delta" --json
expect_status 0; expect_jq '.lists[0].format == "ftm" and .lists[0].entities == 9'

run "delta directory" "$CORDON" lists --list "$DATA/opensanctions-delta" --json
expect_status 0; expect_jq '.lists[0].entities == 3 and .lists[0].names == 20'

# --- search -----------------------------------------------------------------------------------
run "search zakharov" "$CORDON" search --list "ftm:$ZALA" --json --limit 1 "Aleksandr Zakharov"
expect_status 0
expect_jq '.results[0].id == "gb_coh_disqualified:NK-aU5ybkbRFJucf8YMwsJvDw" and .results[0].match == true'
expect_jq '.results[0].list == "ext_ru_egrul" and .results[0].schema == "Person"'
expect_jq '(.results[0].programs | index("RUSSIA-EO14024")) != null'

run "search cyrillic company" "$CORDON" search --list "ftm:$ZALA" --json --limit 1 "Зала Аэро"
expect_status 0; expect_jq '.results[0].id == "mc_fund_freezes:NK-abdzbEBkqyT29GyREbiURZ"'

run "search added by delta" "$CORDON" search --list "ftm:$DATA/opensanctions-t1+$DATA/opensanctions-delta" --json --limit 1 \
    "Vladimir Plotnikov"
expect_status 0; expect_jq '.results[0].id == "eu_fsf:Q4365364" and .results[0].match == true'

run "search deleted by delta" "$CORDON" search --list "ftm:$DATA/opensanctions-t1+$DATA/opensanctions-delta" --json \
    --threshold 0.5 "Poltergeist"
expect_status 0; expect_jq '[.results[] | select(.id | test("Poltergeist"))] | length == 0'

# --- malformed files: cordon: FILE:LINE: ..., exit 3, no output -------------------------------
head -c 3000 "$ZALA" >"$SCRATCH/cut.ftm.json"
run "truncated" "$CORDON" lists --list "ftm:$SCRATCH/cut.ftm.json"
expect_status 3; expect_out_empty
expect_err "cordon: $SCRATCH/cut.ftm.json:2: not valid JSON (premature end of input"

printf '{"id":"a","schema":"Person","properties":{"name":["Bj\xf6rn"]}}\n' >"$SCRATCH/latin1.json"
run "bad utf-8" "$CORDON" lists --list "$SCRATCH/latin1.json"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/latin1.json:1: not valid JSON (unable to decode byte 0xf6 near '\"Bj', at column 53)"

printf '{"foo":1}\n' >"$SCRATCH/other.json"
run "not ftm" "$CORDON" lists --list "ftm:$SCRATCH/other.json"
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/other.json:1: not FollowTheMoney JSON: the first object has no \"id\" and \"schema\" (an FtM file holds one entity {\"id\", \"schema\", \"properties\"} per line)"

gzip -c "$ZALA" | head -c 20000 >"$SCRATCH/cut.json.gz"
run "truncated gzip" "$CORDON" lists --list "ftm:$SCRATCH/cut.json.gz"
expect_status 3; expect_out_empty
expect_err "the gzip stream is truncated or corrupt (unexpected end of file)"

run "missing delta" "$CORDON" lists --list "ftm:$ZALA+$SCRATCH/none.delta.json"
expect_status 3; expect_err_exact "cordon: $SCRATCH/none.delta.json: cannot open: no such file or directory"

finish
