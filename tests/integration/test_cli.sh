#!/usr/bin/env bash
# test_cli.sh — end-to-end tests of the cordon command: help, search, lists, compare, scan,
# exit statuses and error messages. Run from the repository root: tests/integration/test_cli.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
LIST=csv:data/sample/watchlist.csv
# Most runs below test a command's options and output, not the loading of the list: they open
# one snapshot of the sample list, made here by the cordon under test; a run of each command
# (search, lists, screen, scan, index, diff) still loads the list itself. Under valgrind a load
# of the sample list takes 2.5 s of CPU (ICU compiling its transliterators), a snapshot 0.6 s.
"$CORDON" index build -q -o "$SCRATCH/sample-shared.cdx" --list "$LIST" ||
    { CURRENT="sample snapshot"; OUT=""; ERR=""; fail "cordon index build failed"; }
SAMPLE=(--index "$SCRATCH/sample-shared.cdx")

# --- help and usage ---------------------------------------------------------------------------
run "help" "$CORDON" --help
expect_status 0; expect_out "Usage: cordon COMMAND"; expect_out "search"
for cmd in search scan compare lists screen index diff update serve; do
    run "$cmd --help" "$CORDON" "$cmd" --help
    expect_status 0; expect_out "Usage: cordon $cmd"
done
run "no command" "$CORDON"
expect_status 2; expect_err "Usage: cordon COMMAND"
run "unknown command" "$CORDON" frobnicate
expect_status 2; expect_err "cordon: unknown command 'frobnicate'"
run "version" "$CORDON" --version
expect_status 0; expect_out "cordon 0.1.0"
run "serve without lists" "$CORDON" serve
expect_status 2; expect_err "cordon: no lists to serve: give --index FILE or --list SOURCE"

# --- search -----------------------------------------------------------------------------------
run "search json Putin first" "$CORDON" search --list "$LIST" --json "Wladimir Putin"
expect_status 0
expect_jq '.query == "Wladimir Putin"'
expect_jq '.results[0].id == "watchlist:WL-0001"'
expect_jq '.results[0].list == "watchlist" and .results[0].schema == "Person"'
expect_jq '.results[0].caption == "PUTIN, Vladimir Vladimirovich"'
expect_jq '.results[0].match == true and .results[0].score >= 0.8 and .results[0].score <= 1'
expect_jq '(.results[0].programs | index("RUSSIA-EO14024")) != null'
expect_jq '.results[0].explanation | test("putin = putin")'
expect_jq '.results[0] | keys == ["caption","explanation","id","list","match","matched_name","programs","schema","score"]'

run "search human" "$CORDON" search "${SAMPLE[@]}" "Alexander Lukaschenko"
expect_status 0; expect_out "MATCH"; expect_out "LUKASHENKA, Alyaksandr Ryhorovich"; expect_out "why:"

run "search cyrillic" "$CORDON" search --list "$LIST" --json "Лукашенко Александр"
expect_status 0; expect_jq '.results[0].id == "watchlist:WL-0025"'

run "search no match" "$CORDON" search "${SAMPLE[@]}" --json --fail-on-match "Angela Merkel"
expect_status 0; expect_jq '[.results[] | select(.match)] | length == 0'

run "search fail-on-match" "$CORDON" search "${SAMPLE[@]}" --fail-on-match "Wladimir Putin"
expect_status 1

run "search type filter" "$CORDON" search "${SAMPLE[@]}" --json --type vessel --threshold 0.5 "Dilbar"
expect_status 0; expect_jq '.results[0].id == "watchlist:WL-0060" and (all(.results[]; .schema == "Vessel"))'

run "search limit" "$CORDON" search "${SAMPLE[@]}" --json --limit 1 --threshold 0.3 "Lukashenko"
expect_status 0; expect_jq '.results | length == 1'

run "search bad threshold" "$CORDON" search --list "$LIST" --threshold 2 Putin
expect_status 2; expect_err "invalid --threshold '2'"
run "search bad type" "$CORDON" search --list "$LIST" --type robot Putin
expect_status 2; expect_err "invalid --type 'robot'"
run "search bad dob" "$CORDON" search "${SAMPLE[@]}" --dob 1952-13 Putin
expect_status 3; expect_err "cordon: invalid date of birth '1952-13'"
run "search no name" "$CORDON" search --list "$LIST"
expect_status 2; expect_err "no NAME to search"
run "search no list" env -u CORDON_LISTS "$CORDON" search Putin
expect_status 2; expect_err "no lists to screen against"
run "search CORDON_LISTS" env CORDON_LISTS="csv=data/sample/watchlist.csv" "$CORDON" search --json Putin
expect_status 0; expect_jq '.results[0].id == "watchlist:WL-0001"'
run "search invalid utf-8" "$CORDON" search "${SAMPLE[@]}" "$(printf 'Put\xffin')"
expect_status 3; expect_err "cordon: the name is not valid UTF-8"

# --- malformed custom lists: cordon: FILE:LINE: ..., exit 3, no output -------------------------
printf 'id,name\n1,Foo\n' >"$SCRATCH/missing.csv"
run "missing column" "$CORDON" search --list "csv:$SCRATCH/missing.csv" Foo
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/missing.csv:1: missing required column 'schema' in the header"

printf 'id,schema,name\n1,Person,Ann Smith\n2,Person,Bj\xf6rn Berg\n' >"$SCRATCH/latin1.csv"
run "bad utf-8" "$CORDON" search --list "csv:$SCRATCH/latin1.csv" Ann
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/latin1.csv:3: invalid UTF-8 in column 'name' (field 3, byte 3 of the field); custom lists must be UTF-8"

printf 'id,schema,name\n1,Person,Ann Smith\n2,Person,"Bob\n3,Person,Carl\n' >"$SCRATCH/quote.csv"
run "unterminated quote" "$CORDON" search --list "csv:$SCRATCH/quote.csv" Ann
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/quote.csv:3: unterminated quoted field (the quote opened here is never closed)"

: >"$SCRATCH/empty.csv"
run "empty file" "$CORDON" search --list "csv:$SCRATCH/empty.csv" Ann
expect_status 3; expect_out_empty
expect_err_exact "cordon: $SCRATCH/empty.csv:1: the file is empty; a custom list needs a header line (id,schema,name,...)"

run "empty file detected" "$CORDON" search --list "$SCRATCH/empty.csv" Ann
expect_status 3; expect_err_exact "cordon: $SCRATCH/empty.csv: the file is empty"

run "missing file" "$CORDON" search --list "csv:$SCRATCH/nope.csv" Ann
expect_status 3; expect_err_exact "cordon: $SCRATCH/nope.csv: cannot open: No such file or directory"

run "unknown format" "$CORDON" search --list "xml-thing:$SCRATCH/empty.csv" Ann
expect_status 2; expect_err "unknown list format 'xml-thing'"

# --- lists ------------------------------------------------------------------------------------
run "lists" "$CORDON" lists --list "$LIST"
expect_status 0; expect_out "watchlist"; expect_out "ENTITIES"
run "lists json" "$CORDON" lists --list "$LIST" --json
expect_status 0
expect_jq '.lists[0].id == "watchlist" and .lists[0].format == "csv" and .lists[0].entities == 66'
expect_jq '.lists[0].names > .lists[0].entities and .lists[0].skipped == 0 and .lists[0].repaired == 0 and .lists[0].issues == [] and (.warnings | length) == 0'

# --- compare ----------------------------------------------------------------------------------
run "compare" "$CORDON" compare --json "Lukaschenko" "LUKASHENKO"
expect_status 0; expect_jq '.score >= 0.9 and .match == true'
expect_jq '.explanation == "lukaschenko ~ lukashenko (spelling 0.95, weight 1.0)"'
run "compare low" "$CORDON" compare "George Bush" "George Habbash"
expect_status 0; expect_out "no match"
expect_out "why: george = george (exact 1.00, weight 1.0); bush unmatched in query; habbash unmatched in name"
run "compare explain without pairs" "$CORDON" compare --explain "George Bush" "George Habbash"
expect_status 2; expect_err "--explain goes with --pairs"
run "compare one name" "$CORDON" compare "George Bush"
expect_status 2; expect_err "give exactly two names"

run "compare cross-script" "$CORDON" compare --json "Лукашенко Александр" "Lukashenko Aleksandr"
expect_status 0; expect_jq '.score >= 0.95 and .match == true'
printf 'name1,name2,schema\nЛукашенко,Lukashenko,person\n"PUTIN, Vladimir",Wladimir Putin,\nGeorge Bush,George Habbash,\n' >"$SCRATCH/pairs.csv"
run "compare pairs" "$CORDON" compare --pairs "$SCRATCH/pairs.csv"
expect_status 0
expect_out "name1,name2,schema,score,match"
expect_out "Лукашенко,Lukashenko,Person,0.9700,true"
expect_out '"PUTIN, Vladimir",Wladimir Putin,Any,'
expect_out "George Bush,George Habbash,Any,0.5000,false"
run "compare pairs explained" "$CORDON" compare --pairs "$SCRATCH/pairs.csv" --explain
expect_status 0
expect_out "name1,name2,schema,score,match,explanation"
expect_out 'Лукашенко,Lukashenko,Person,0.9700,true,"лукашенко ~ lukashenko (transliteration 0.97, weight 1.0)"'
printf 'a,b,robot\n' >"$SCRATCH/badpairs.csv"
run "compare pairs bad schema" "$CORDON" compare --pairs "$SCRATCH/badpairs.csv"
expect_status 3; expect_err "cordon: $SCRATCH/badpairs.csv:1: expected name1,name2[,schema]"

# --- screen -----------------------------------------------------------------------------------
printf 'Wladimir Putin\nAngela Merkel\n\nSergej Lawrow\n' >"$SCRATCH/names.txt"
run "screen jsonl" "$CORDON" screen --list "$LIST" "$SCRATCH/names.txt"
expect_status 3  # row 3 is empty: reported, output kept in order
expect_err "cordon: $SCRATCH/names.txt:3: row 3: missing name"
expect_err "screened 4 rows: 2 alerts, 1 rejected, in "
ok=$(printf '%s\n' "$OUT" | jq -s '[.[].row] == [1,2,3,4] and .[0].results[0].id == "watchlist:WL-0001" and .[1].results == [] and .[2].error == "missing name" and .[3].results[0].id == "watchlist:WL-0002"')
[ "$ok" = true ] && pass || fail "screen jsonl rows: $ok"
printf 'id,full_name\n7,Wladimir Putin\n8,"Lukaschenko, Alexander"\n' >"$SCRATCH/customers.csv"
run "screen csv column" "$CORDON" screen "${SAMPLE[@]}" --map name=full_name,id=id --format csv -o "$SCRATCH/out.csv" "$SCRATCH/customers.csv"
expect_status 0
[ -f "$SCRATCH/out.csv" ] && [ ! -f "$SCRATCH/out.csv.partial" ] && pass || fail "output not renamed into place"
grep -q '^2,8,"Lukaschenko, Alexander",watchlist:WL-0025,' "$SCRATCH/out.csv" && pass || fail "csv row 2: $(cat "$SCRATCH/out.csv")"
run "screen only matches" "$CORDON" screen "${SAMPLE[@]}" --only-matches --quiet "$SCRATCH/names.txt"
ok=$(printf '%s\n' "$OUT" | jq -s '[.[].row] == [1,3,4] and .[1].error == "missing name"')
[ "$ok" = true ] && pass || fail "only-matches rows: $ok"
run "screen missing column" "$CORDON" screen "${SAMPLE[@]}" --column nope "$SCRATCH/customers.csv"
expect_status 3; expect_err "cordon: $SCRATCH/customers.csv:1: no column 'nope' in the header"

# --- index snapshots ----------------------------------------------------------------------------
run "index build" "$CORDON" index build -o "$SCRATCH/sample.cdx" --list "$LIST"
expect_status 0; expect_err "cordon: wrote $SCRATCH/sample.cdx: 1 lists, 66 entities"
run "search --index" "$CORDON" search --index "$SCRATCH/sample.cdx" --json "Wladimir Putin"
expect_status 0; expect_jq '.results[0].id == "watchlist:WL-0001" and .results[0].match'
run "lists --index" "$CORDON" lists --index "$SCRATCH/sample.cdx" --json
expect_status 0; expect_jq '.lists[0].id == "watchlist" and .lists[0].entities == 66'
run "index and list" "$CORDON" search --index "$SCRATCH/sample.cdx" --list "$LIST" Putin
expect_status 2; expect_err "give either --index FILE or --list SOURCE, not both"
head -c 2000 "$SCRATCH/sample.cdx" >"$SCRATCH/cut.cdx"
run "truncated snapshot" "$CORDON" search --index "$SCRATCH/cut.cdx" Putin
expect_status 3; expect_err "cordon: $SCRATCH/cut.cdx: truncated or extended"
run "list as snapshot" "$CORDON" search --index data/sample/watchlist.csv Putin
expect_status 3; expect_err_exact "cordon: data/sample/watchlist.csv: not a cordon index snapshot"
run "index no output" "$CORDON" index build --list "$LIST"
expect_status 2; expect_err "give the snapshot file with -o FILE"
run "index unknown command" "$CORDON" index frob
expect_status 2; expect_err "unknown 'index' command 'frob'"

# --- diff -------------------------------------------------------------------------------------
run "diff same" "$CORDON" diff "$LIST" "$SCRATCH/sample.cdx"
expect_status 0; expect_out "0 added, 0 removed, 0 changed"
run "diff no args" "$CORDON" diff "$LIST"
expect_status 2; expect_err "give OLD and NEW"
SHARED_LISTS=${CORDON_SHARED:-../shared}/data/lists
if [ -d "$SHARED_LISTS/us-ofac-sdn-2019" ]; then
    # Snapshots of the two versions, made unwrapped under valgrind (cordon_native): the unit test
    # test_lists_us_ofac_csv loads both lists under valgrind, and "diff same" above diffs a list.
    cordon_native index build -q -o "$SCRATCH/sdn2019.cdx" --list "$SHARED_LISTS/us-ofac-sdn-2019"
    cordon_native index build -q -o "$SCRATCH/sdn2021.cdx" --list "$SHARED_LISTS/us-ofac-sdn-2021"
    run "diff ofac 2019 2021" "$CORDON" diff --json "$SCRATCH/sdn2019.cdx" "$SCRATCH/sdn2021.cdx"
    expect_status 0
    expect_jq '(.added | length) == 1858 and (.removed | length) == 261 and (.changed | length) > 0'
    expect_jq '.old[0].entities == 7379 and .new[0].entities == 8976'
    expect_jq '[.changed[] | select(.id == "us-ofac-sdn:10153") | .fields] == [["programs"]]'
fi

# --- scan -------------------------------------------------------------------------------------
ARTICLE=data/sample/articles/de-lukaschenko.txt
run "scan json" "$CORDON" scan --list "$LIST" --json "$ARTICLE"
expect_status 0
expect_jq '.document == "data/sample/articles/de-lukaschenko.txt"'
expect_jq '[.entities[].id] | index("watchlist:WL-0025") != null and index("watchlist:WL-0001") != null'
expect_jq '[.entities[].id] | index("watchlist:WL-0038") != null'
expect_jq '[.mentions[].text] | index("Wagner-Gruppe") != null and index("Lukaschenkos") != null'
expect_jq '[.mentions[].text] | all(. != "Belta" and . != "Belarus" and . != "Tichanowskaja")'
# Every mention's offsets slice the original bytes to exactly its text.
ok=1
while IFS=$'\t' read -r start end text; do
    slice=$(tail -c +$((start + 1)) "$ARTICLE" | head -c $((end - start)))
    [ "$slice" = "$text" ] || { ok=0; echo "offset mismatch: $start-$end '$slice' vs '$text'"; }
done < <(printf '%s' "$OUT" | jq -r '.mentions[] | [.start, .end, .text] | @tsv')
[ $ok -eq 1 ] && pass || fail "byte offsets do not slice the original"

run "scan stdin" bash -c "printf 'Gestern sprach Wladimir Putin.' | '$CORDON' scan --index '$SCRATCH/sample-shared.cdx' --json -"
expect_status 0
expect_jq '.document == "<stdin>" and .mentions[0].start == 15 and .mentions[0].end == 29 and .mentions[0].id == "watchlist:WL-0001"'

printf '<html><body><h1>Minsk</h1><p>Gestern traf <b>Wladimir Putin</b> den Pr&auml;sidenten.</p></body></html>' >"$SCRATCH/a.html"
run "scan html" "$CORDON" scan "${SAMPLE[@]}" --json "$SCRATCH/a.html"
expect_status 0
expect_jq '.mentions | length == 1 and .[0].text == "Wladimir Putin" and .[0].start == 45 and .[0].end == 59'
run "scan html as text" "$CORDON" scan "${SAMPLE[@]}" --json --text "$SCRATCH/a.html"
expect_status 0; expect_jq '.mentions[0].id == "watchlist:WL-0001"'

run "scan human" "$CORDON" scan "${SAMPLE[@]}" --highlight "$ARTICLE"
expect_status 0; expect_out "[[Wagner-Gruppe]]"; expect_out "parties mentioned"

run "scan fail-on-match" "$CORDON" scan "${SAMPLE[@]}" --fail-on-match "$ARTICLE"
expect_status 1
run "scan missing file" "$CORDON" scan "${SAMPLE[@]}" "$SCRATCH/none.txt"
expect_status 3; expect_err "cordon: $SCRATCH/none.txt: cannot open: No such file or directory"

finish
