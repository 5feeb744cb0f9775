#!/usr/bin/env bash
# test_update.sh — end-to-end tests of cordon update against a local HTTP server
# (list_server.py, started and stopped here) serving the real lists of ../shared/data: first
# download, 304 on the second run, a changed upstream, and a truncated file, an HTTP 500 and a
# refused connection that never replace the good list. Run from the repository root:
# tests/integration/test_update.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
SHARED_DATA=${CORDON_SHARED:-../shared}/data

run "update --help" "$CORDON" update --help
expect_status 0; expect_out "Usage: cordon update"
run "update unknown list" "$CORDON" update --dir "$SCRATCH/d" --only nope
expect_status 2; expect_err "cordon: unknown list 'nope'"
printf 'un-sc = http://127.0.0.1:1/x\nno-such-list = http://x\n' >"$SCRATCH/bad.conf"
run "update bad config" "$CORDON" update --dir "$SCRATCH/d" --config "$SCRATCH/bad.conf"
expect_status 3; expect_err "cordon: $SCRATCH/bad.conf:2: unknown list"

finish_unless_dir "$SHARED_DATA/lists/us-ofac-sdn-2019" "update tests"

LOG=$SCRATCH/server.log
python3 "$(dirname "$0")/list_server.py" "$SHARED_DATA" "$SCRATCH/port" "$LOG" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$SCRATCH"' EXIT
for _ in $(seq 1 100); do [ -s "$SCRATCH/port" ] && break; sleep 0.05; done
BASE=http://127.0.0.1:$(cat "$SCRATCH/port")
DIR=$SCRATCH/data

cat >"$SCRATCH/update.conf" <<EOF
# the lists of the shared data, as if published
us-ofac-sdn = $BASE/files/lists/us-ofac-sdn-2019
un-sc       = $BASE/files/lists/un-sc-2026-02/consolidated.xml
gb-hmt      = $BASE/files/lists/gb-hmt-2018-04/ConList.csv
EOF
ONLY="--only us-ofac-sdn,un-sc,gb-hmt"

# --- first run: everything downloaded, validated, recorded -------------------------------------
run "first update" "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" $ONLY
expect_status 0
expect_out "us-ofac-sdn: updated ("
expect_out "un-sc: updated ("
expect_out "gb-hmt: updated ("
cmp -s "$DIR/us-ofac-sdn/sdn.csv" "$SHARED_DATA/lists/us-ofac-sdn-2019/sdn.csv" && pass || fail "sdn.csv not the 2019 one"
cmp -s "$DIR/un-sc/consolidated.xml" "$SHARED_DATA/lists/un-sc-2026-02/consolidated.xml" && pass || fail "consolidated.xml differs"
M=$DIR/manifest.json
sha=$(sha256sum "$SHARED_DATA/lists/un-sc-2026-02/consolidated.xml" | cut -d' ' -f1)
OUT=$(cat "$M")
expect_jq ".lists[\"un-sc\"].files[\"consolidated.xml\"].sha256 == \"$sha\""
expect_jq ".lists[\"un-sc\"].files[\"consolidated.xml\"].etag == \"\\\"$sha\\\"\""
expect_jq ".lists[\"un-sc\"].format == \"un-xml\" and .lists[\"un-sc\"].source == \"un-xml:$DIR/un-sc/consolidated.xml\""
expect_jq '.lists["us-ofac-sdn"].files | keys == ["add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv"]'
sdn2019=$(jq '.lists["us-ofac-sdn"].entities' "$M")
[ "$sdn2019" -gt 5000 ] && pass || fail "us-ofac-sdn entities: $sdn2019"
# The data directory is usable as it is.
run "search the downloaded list" "$CORDON" search --list "$(jq -r '.lists["un-sc"].source' "$M")" --json "Abu Bakr al-Baghdadi"
expect_status 0; expect_jq '.results[0].list == "un-sc"'
[ ! -e "$DIR/.un-sc.new" ] && pass || fail "staging directory left behind"

# --- second run: conditional requests, 304, nothing rewritten ---------------------------------
: >"$LOG"
before=$(stat -c %Y.%i "$DIR/un-sc/consolidated.xml")
run "second update" "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" $ONLY
expect_status 0
expect_out "us-ofac-sdn: unchanged (304 Not Modified)"
expect_out "un-sc: unchanged (304 Not Modified)"
expect_out "gb-hmt: unchanged (304 Not Modified)"
[ "$(grep -c ' 304$' "$LOG")" -eq 6 ] && pass || fail "expected 6 answers 304: $(cat "$LOG")"
[ "$(stat -c %Y.%i "$DIR/un-sc/consolidated.xml")" = "$before" ] && pass || fail "an unchanged list was rewritten"

# A server without conditional requests sends the same bytes: unchanged by checksum, not swapped.
run "same bytes again" env CORDON_URL_UN_SC="$BASE/plain/lists/un-sc-2026-02/consolidated.xml" \
    "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" --only un-sc
expect_status 0; expect_out "un-sc: unchanged (same SHA-256 as before)"
[ "$(stat -c %Y.%i "$DIR/un-sc/consolidated.xml")" = "$before" ] && pass || fail "an identical download was swapped in"

# --- upstream changed (OFAC 2019 -> 2021), set by environment variable -----------------------
run "changed upstream" env CORDON_URL_US_OFAC_SDN="$BASE/files/lists/us-ofac-sdn-2021" \
    "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" --only us-ofac-sdn
expect_status 0; expect_out "us-ofac-sdn: updated ("
cmp -s "$DIR/us-ofac-sdn/sdn.csv" "$SHARED_DATA/lists/us-ofac-sdn-2021/sdn.csv" && pass || fail "sdn.csv not the 2021 one"
OUT=$(cat "$M")
expect_jq ".lists[\"us-ofac-sdn\"].entities > $sdn2019"
expect_jq ".lists[\"us-ofac-sdn\"].files[\"sdn.csv\"].url == \"$BASE/files/lists/us-ofac-sdn-2021/SDN.CSV\""

# --- failures never replace a good list -----------------------------------------------------
good=$(sha256sum "$DIR/un-sc/consolidated.xml")
run "truncated xml" env CORDON_URL_UN_SC="$BASE/truncated/lists/un-sc-2026-02/consolidated.xml" \
    "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" --only un-sc
expect_status 3
expect_out "un-sc: failed: does not load: "
expect_out "the previous version is kept"
expect_err "cordon: 1 list failed"
[ "$(sha256sum "$DIR/un-sc/consolidated.xml")" = "$good" ] && pass || fail "truncated download replaced the good list"
OUT=$(cat "$M")
expect_jq ".lists[\"un-sc\"].files[\"consolidated.xml\"].sha256 == \"$sha\""

good=$(sha256sum "$DIR/gb-hmt/ConList.csv")
run "http 500" env CORDON_URL_GB_HMT="$BASE/error/lists/gb-hmt-2018-04/ConList.csv" \
    "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" --only gb-hmt,un-sc
expect_status 3
expect_out "gb-hmt: failed: ConList.csv: HTTP 500 (from $BASE/error/lists/gb-hmt-2018-04/ConList.csv); the previous version is kept"
expect_out "un-sc: unchanged"
[ "$(sha256sum "$DIR/gb-hmt/ConList.csv")" = "$good" ] && pass || fail "HTTP 500 replaced the good list"

# A truncated CSV that still parses: caught because it lost most of its entities.
good=$(sha256sum "$DIR/us-ofac-sdn/sdn.csv")
run "truncated csv" env CORDON_URL_US_OFAC_SDN="$BASE/truncated/lists/us-ofac-sdn-2021" \
    "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" --only us-ofac-sdn
expect_status 3
expect_out "us-ofac-sdn: failed: "
[ "$(sha256sum "$DIR/us-ofac-sdn/sdn.csv")" = "$good" ] && pass || fail "truncated CSV replaced the good list"

run "connection refused" env CORDON_URL_UN_SC="http://127.0.0.1:1/consolidated.xml" \
    "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" --only un-sc
expect_status 3; expect_out "un-sc: failed: consolidated.xml: "
run "opensanctions needs a URL" "$CORDON" update --dir "$DIR" --config "$SCRATCH/update.conf" --only opensanctions
expect_status 3; expect_out "opensanctions: failed: no URL configured"

kill "$SERVER" 2>/dev/null
wait "$SERVER" 2>/dev/null
finish
