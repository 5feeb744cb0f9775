#!/usr/bin/env bash
# test_audit.sh — end-to-end tests of the audit trail: list checksums, search and scan with
# --audit, the review commands (alerts, decide, export, proof), suppression of a cleared pair
# until a list update changes the entity, and audit writes that fail (no directory, a file size
# limit, a full file system) with a clear error, exit 3 and no results printed.
# Run from the repository root: tests/integration/test_audit.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
export CORDON_USER=tester
DB="$SCRATCH/audit.db"
TODAY=$(date -u +%F)

# Two versions of one custom list (the list id is the file name): v2 changes entity 7's DOB.
mkdir -p "$SCRATCH/v1" "$SCRATCH/v2"
cat >"$SCRATCH/v1/bank.csv" <<'CSV'
id,schema,name,aliases,dob,nationality
7,Person,"KARIMOV, Rustam Ilyich",Rustam Karimov,1961-04-12,UZ
8,Organization,Dalnaya Trading LLC,Dalnaya Trade,,
CSV
sed 's/1961-04-12/1962-04-12/' "$SCRATCH/v1/bank.csv" >"$SCRATCH/v2/bank.csv"
V1="csv:$SCRATCH/v1/bank.csv"
V2="csv:$SCRATCH/v2/bank.csv"

# --- help -------------------------------------------------------------------------------------
run "audit --help" "$CORDON" audit --help
expect_status 0; expect_out "Usage: cordon audit --db FILE COMMAND"
for sub in alerts decide export proof; do
    run "audit $sub --help" "$CORDON" audit "$sub" --help
    expect_status 0; expect_out "Usage: cordon audit --db FILE $sub"
done
for cmd in search scan; do
    run "$cmd --help audit" "$CORDON" "$cmd" --help
    expect_status 0; expect_out "--audit DB"; expect_out "--customer-id ID"
done
run "audit no command" "$CORDON" audit --db "$DB"
expect_status 2; expect_err "no command: alerts, decide, export or proof"
run "audit no db" "$CORDON" audit alerts
expect_status 2; expect_err "no audit database: give --db FILE"
run "customer without audit" "$CORDON" search --list "$V1" --customer-id C-1 "Rustam Karimov"
expect_status 2; expect_err "--customer-id is recorded in the audit trail: give --audit DB too"

# --- list checksums: what sha256sum says, kept in snapshots -------------------------------------
SUM=$(sha256sum "$SCRATCH/v1/bank.csv" | cut -d' ' -f1)
run "lists checksum" "$CORDON" lists --list "$V1" --json
expect_status 0; expect_jq ".lists[0].checksum == \"$SUM\""
run "lists checksum human" "$CORDON" lists --list "$V1"
expect_out "bank: sha256 $SUM"
run "index build" "$CORDON" index build -o "$SCRATCH/v1.cdx" --list "$V1"
expect_status 0
run "lists checksum from snapshot" "$CORDON" lists --index "$SCRATCH/v1.cdx" --json
expect_status 0; expect_jq ".lists[0].checksum == \"$SUM\""

# A directory source (OFAC's CSV set) and a list with an update: the documented manifests,
# computed here with sha256sum.
manifest() { # DIR: the SHA-256 of the lines "<sha256>  <name>" of its files and subdirectories
    (cd "$1" && for f in $(LC_ALL=C ls); do
        if [ -d "$f" ]; then printf '%s  %s\n' "$(manifest "$f")" "$f"; else sha256sum "$f"; fi
    done) | sha256sum | cut -d' ' -f1
}
SHARED_LISTS=${CORDON_SHARED:-../shared}/data/lists
# OFAC's consolidated set: four files like the SDN set's, and 442 entities (the 15,000 of the SDN
# set take ten seconds to load under valgrind and check nothing more here).
if [ -d "$SHARED_LISTS/us-ofac-cons-2025" ]; then
    WANT=$(cd "$SHARED_LISTS/us-ofac-cons-2025" && LC_ALL=C sha256sum * | sha256sum | cut -d' ' -f1)
    [ "$WANT" = "$(manifest "$SHARED_LISTS/us-ofac-cons-2025")" ] && pass || fail "manifest() is not sha256sum *"
    run "directory checksum" "$CORDON" lists --list "us-ofac-csv:$SHARED_LISTS/us-ofac-cons-2025" --json
    expect_status 0; expect_jq ".lists[0].checksum == \"$WANT\""
else
    echo "test_audit: shared lists absent: the directory checksum is not checked"
fi
FORMATS=${CORDON_SHARED:-../shared}/data/formats
if [ -d "$FORMATS/opensanctions-delta" ]; then
    DELTA=$(manifest "$FORMATS/opensanctions-delta")
    WANT=$( (cd "$FORMATS/opensanctions-t1" && sha256sum entities.ftm.json; printf '%s  opensanctions-delta\n' "$DELTA") |
           sha256sum | cut -d' ' -f1)
    run "base+update checksum" "$CORDON" lists --list "ftm:$FORMATS/opensanctions-t1/entities.ftm.json+$FORMATS/opensanctions-delta" --json
    expect_status 0; expect_jq ".lists[0].checksum == \"$WANT\""
fi

# --- search --audit: alert, decide, suppressed, list update alerts again -----------------------
run "search audit alert" "$CORDON" search --list "$V1" --audit "$DB" --customer-id C-1 --json "Rustam Karimov"
expect_status 0
expect_jq '.results[0].id == "bank:7" and .results[0].audit == "alert" and .results[0].alert_id == 1'
expect_jq '.screening_id == 1'
run "search audit human" "$CORDON" search --list "$V1" --audit "$DB" --customer-id C-1 "Rustam Karimov"
expect_status 0; expect_out "ALERT #1 KARIMOV, Rustam Ilyich"; expect_out "Audited as screening 2: 1 alert, 0 suppressed"

run "alerts open" "$CORDON" audit --db "$DB" alerts --status open --json
expect_status 0
expect_jq '(.alerts | length) == 1 and .alerts[0].id == 1 and .alerts[0].customer_id == "C-1"'
expect_jq ".alerts[0].entity_id == \"bank:7\" and .alerts[0].list_checksum == \"$SUM\" and .alerts[0].decisions == []"
expect_jq '.alerts[0].screened_name == "Rustam Karimov" and .alerts[0].score == 1'

run "decide without reason" "$CORDON" audit --db "$DB" decide 1 --status cleared
expect_status 2; expect_err "no reason: give --reason TEXT"
run "decide blank reason" "$CORDON" audit --db "$DB" decide 1 --status cleared --reason " "
expect_status 2; expect_err_exact "cordon: a decision needs a reason"
run "decide bad status" "$CORDON" audit --db "$DB" decide 1 --status ignored --reason x
expect_status 2; expect_err "unknown decision 'ignored' (cleared, confirmed or escalated)"
run "decide unknown alert" "$CORDON" audit --db "$DB" decide 99 --status cleared --reason x
expect_status 3; expect_err_exact "cordon: no alert 99"
run "decide clear" "$CORDON" audit --db "$DB" decide 1 --status cleared --reason "DOB differs: customer born 1975" --by ann
expect_status 0; expect_out "alert 1: cleared by ann"
run "decide again" "$CORDON" audit --db "$DB" decide 1 --status confirmed --reason "x"
expect_status 2; expect_err "alert 1 is already cleared: escalate it to review it again"

run "search suppressed" "$CORDON" search --list "$V1" --audit "$DB" --customer-id C-1 --json --fail-on-match "Rustam Karimov"
expect_status 0
expect_jq '.results[0].audit == "suppressed" and .results[0].alert_id == 1 and .results[0].match == true'
run "search suppressed human" "$CORDON" search --list "$V1" --audit "$DB" --customer-id C-1 "Rustam Karimov"
expect_out "SUPPRESSED #1"; expect_out "0 alerts, 1 suppressed"
run "other customer alerts" "$CORDON" search --list "$V1" --audit "$DB" --customer-id C-2 --json --fail-on-match "Rustam Karimov"
expect_status 1; expect_jq '.results[0].audit == "alert" and .results[0].alert_id == 2'

run "list update alerts again" "$CORDON" search --list "$V2" --audit "$DB" --customer-id C-1 --json --fail-on-match "Rustam Karimov"
expect_status 1; expect_jq '.results[0].audit == "alert" and .results[0].alert_id == 3'
run "alerts of C-1" "$CORDON" audit --db "$DB" alerts --customer C-1 --json
expect_jq '[.alerts[].id] == [3, 1] and [.alerts[].status] == ["open", "cleared"]'
expect_jq '.alerts[0].fingerprint != .alerts[1].fingerprint'
expect_jq '.alerts[1].decisions == [{"at": .alerts[1].updated, "who": "ann", "status": "cleared", "reason": "DOB differs: customer born 1975"}]'
run "alerts human" "$CORDON" audit --db "$DB" alerts --customer C-1
expect_out "cleared by ann at"; expect_out "2 alerts"
run "alerts bad status" "$CORDON" audit --db "$DB" alerts --status pending
expect_status 2; expect_err "unknown alert status 'pending'"

# --- scan --audit -----------------------------------------------------------------------------
printf 'Talks with Dalnaya Trading LLC stalled, the ministry said.\n' >"$SCRATCH/news.txt"
run "scan audit" "$CORDON" scan --list "$V2" --audit "$DB" --customer-id C-3 --json "$SCRATCH/news.txt"
expect_status 0
expect_jq '.entities[0].id == "bank:8" and .entities[0].audit == "alert" and .entities[0].alert_id == 4 and .screening_id == 7'

# --- export and proof -------------------------------------------------------------------------
run "export jsonl" "$CORDON" audit --db "$DB" export --from "$TODAY" --to "$TODAY"
expect_status 0
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 7 ] && pass || fail "export has $(printf '%s\n' "$OUT" | wc -l) lines, expected 7"
OUT=$(printf '%s' "$OUT" | jq -s -c '[.[] | [.id, .channel, .customer_id, .outcome]]')
expect_out '[[1,"search","C-1","alert"],[2,"search","C-1","alert"],[3,"search","C-1","suppressed"],[4,"search","C-1","suppressed"],[5,"search","C-2","alert"],[6,"search","C-1","alert"],[7,"scan","C-3","alert"]]'
run "export csv" "$CORDON" audit --db "$DB" export --from "$TODAY" --format csv -o "$SCRATCH/export.csv"
expect_status 0
[ "$(head -1 "$SCRATCH/export.csv")" = "screening_id,at,who,channel,customer_id,name,type,dob,country,threshold,lists,outcome,rank,entity_id,list,caption,matched_name,score,result_outcome,alert_id" ] && pass || fail "csv header"
grep -q "^5,.*,tester,search,C-2,Rustam Karimov,.*,alert,1,bank:7,bank,\"KARIMOV, Rustam Ilyich\",Rustam Karimov,1.0000,alert,2$" "$SCRATCH/export.csv" && pass || fail "csv row of screening 5"
run "export before" "$CORDON" audit --db "$DB" export --to 2000-01-01
expect_status 0; expect_out_empty
run "export bad date" "$CORDON" audit --db "$DB" export --from 2026-02-30
expect_status 2; expect_err_exact "cordon: invalid date '2026-02-30' (YYYY-MM-DD)"

run "proof" "$CORDON" audit --db "$DB" proof --id C-1 --date "$TODAY" --json
expect_status 0
expect_jq '.customer_id == "C-1" and (.screenings | length) == 5'
SUM2=$(sha256sum "$SCRATCH/v2/bank.csv" | cut -d' ' -f1)
expect_jq "[.screenings[].lists[0].checksum] == [\"$SUM\", \"$SUM\", \"$SUM\", \"$SUM\", \"$SUM2\"]"
expect_jq "[.screenings[].outcome] == [\"alert\", \"alert\", \"suppressed\", \"suppressed\", \"alert\"]"
expect_jq '.screenings[0].who == "tester" and .screenings[0].query.name == "Rustam Karimov" and .screenings[0].threshold == 0.8'
run "proof human" "$CORDON" audit --db "$DB" proof --id C-1 --date "$TODAY"
expect_status 0; expect_out "Customer C-1 on $TODAY: 5 screenings recorded"; expect_out "list bank version"; expect_out "sha256 $SUM"
run "proof other day" "$CORDON" audit --db "$DB" proof --id C-1 --date 2000-01-01
expect_status 0; expect_out "0 screenings recorded"

run "integrity" sqlite3 "$DB" "PRAGMA integrity_check; PRAGMA journal_mode; PRAGMA user_version"
expect_out "ok"; expect_out "wal"

# --- screen --audit: every output row audited exactly once, also after kill -9 and --resume ----
printf 'id,name,dob\nC-1,Rustam Karimov,1961\nC-2,Nobody Here,\nC-3,,\nC-4,Dalnaya Trading LLC,\n' >"$SCRATCH/customers.csv"
run "screen audit" "$CORDON" screen --list "$V1" --audit "$SCRATCH/screen.db" -q "$SCRATCH/customers.csv"
expect_status 3 # row 3 has no name: an error, recorded all the same
OUT=$(printf '%s' "$OUT" | jq -c '[.row, .input_id, (.results[0].audit // null), (.error // null)]' | tr '\n' ' ')
expect_out '[1,"C-1","alert",null] [2,"C-2",null,null] [3,"C-3",null,"missing name"] [4,"C-4","alert",null]'
run "screen audit rows" sqlite3 "$SCRATCH/screen.db" \
    "SELECT group_concat(row || ':' || customer_id || ':' || coalesce(dob, '') || ':' || alerts || ':' || coalesce(error, ''), ' ') FROM screenings"
expect_out "1:C-1:1961:1: 2:C-2::0: 3:C-3::0:missing name 4:C-4::1:"
"$CORDON" audit --db "$SCRATCH/screen.db" decide 1 --status cleared --reason "another Rustam Karimov" >/dev/null
run "screen audit csv suppressed" "$CORDON" screen --list "$V1" --audit "$SCRATCH/screen.db" -q -f csv --fail-on-match "$SCRATCH/customers.csv"
expect_status 3
expect_out "row,input_id,name,id,caption,score,match,error,audit,alert_id"
expect_out '1,C-1,Rustam Karimov,bank:7,"KARIMOV, Rustam Ilyich",1.0000,true,,suppressed,1'
expect_out '4,C-4,Dalnaya Trading LLC,bank:8,Dalnaya Trading LLC,1.0000,true,,alert,2'

# 200,000 rows, killed with SIGKILL once a megabyte of output is written (mid-batch: batches
# commit every 256 rows), then resumed: the output and the audit log agree at each step. Under
# valgrind 10,000 rows (1.75 MB of output: the kill still comes mid-run, near row 5,700, and the
# resume still finishes the rest), because with 200,000 this test alone took 560 s there.
ROWS=200000
[ -n "$UNDER_VALGRIND" ] && ROWS=10000
awk -v rows="$ROWS" 'BEGIN { print "id,name"; for (i = 1; i <= rows; i++) print "K" i "," (i % 3 ? "Customer Number " i : "Rustam Karimov") }' \
    >"$SCRATCH/many.csv"
"$CORDON" screen --list "$V1" --audit "$SCRATCH/crash.db" -q -o "$SCRATCH/crash.jsonl" "$SCRATCH/many.csv" &
PID=$!
for _ in $(seq 1 2400); do # up to 2 minutes: valgrind on a busy machine starts slowly
    [ "$(stat -c %s "$SCRATCH/crash.jsonl.partial" 2>/dev/null || echo 0)" -gt 1000000 ] && break
    sleep 0.05
done
kill -9 "$PID" 2>/dev/null
wait "$PID" 2>/dev/null
CURRENT="crash"
[ -f "$SCRATCH/crash.jsonl" ] && fail "a killed run left a complete-looking output" || pass
# Complete lines only (a torn last line is not a completed row).
N_OUT=$(jq -R -c 'fromjson? | .row' "$SCRATCH/crash.jsonl.partial" | wc -l)
LAST=$(jq -R -c 'fromjson? | .row' "$SCRATCH/crash.jsonl.partial" | tail -1)
[ "$N_OUT" -gt 0 ] && [ "$N_OUT" -lt "$ROWS" ] && pass || fail "the kill came at the wrong time: $N_OUT rows written"
[ "$LAST" = "$N_OUT" ] && pass || fail "output rows are not 1..$N_OUT"
run "crash integrity" sqlite3 "$SCRATCH/crash.db" "PRAGMA integrity_check"
[ "$OUT" = "ok" ] && pass || fail "integrity_check: $OUT"
# Every output row is in the audit log exactly once: no row twice, and rows 1..N_OUT all there.
run "crash exactly once" sqlite3 "$SCRATCH/crash.db" \
    "SELECT count(*) = count(DISTINCT row), sum(row <= $N_OUT) = $N_OUT, min(row) = 1, max(row) = count(*) FROM screenings"
[ "$OUT" = "1|1|1|1" ] && pass || fail "exactly once: $OUT"
# And what the output says about each row's alert is what the audit log says.
alerts_agree() { # OUTPUT DB: the (row, alert id) pairs of the output's alerts are the log's
    jq -R -r 'fromjson? | select(.results[0].audit == "alert") | "\(.row)|\(.results[0].alert_id)"' "$1" | sort >"$SCRATCH/out-alerts"
    sqlite3 "$2" "SELECT s.row || '|' || r.alert_id FROM screenings s JOIN results r ON r.screening_id = s.id AND r.rank = 0
                  WHERE r.outcome = 'alert' AND s.row <= $3" | sort >"$SCRATCH/db-alerts"
    cmp -s "$SCRATCH/out-alerts" "$SCRATCH/db-alerts" && [ -s "$SCRATCH/db-alerts" ]
}
alerts_agree "$SCRATCH/crash.jsonl.partial" "$SCRATCH/crash.db" "$N_OUT" && pass || fail "the output's alerts differ from the audit log's"

run "resume" "$CORDON" screen --list "$V1" --audit "$SCRATCH/crash.db" -q -o "$SCRATCH/crash.jsonl" --resume "$SCRATCH/many.csv"
expect_status 0
[ "$(wc -l <"$SCRATCH/crash.jsonl")" = "$ROWS" ] && pass || fail "the resumed output has $(wc -l <"$SCRATCH/crash.jsonl") rows"
run "resumed exactly once" sqlite3 "$SCRATCH/crash.db" \
    "SELECT count(*), count(DISTINCT row), count(DISTINCT batch_id), min(row), max(row) FROM screenings; PRAGMA integrity_check"
expect_out "$ROWS|$ROWS|1|1|$ROWS"; expect_out "ok"
alerts_agree "$SCRATCH/crash.jsonl" "$SCRATCH/crash.db" "$ROWS" && pass || fail "the resumed output's alerts differ from the log's"
run "resume unaudited" "$CORDON" screen --list "$V1" --audit "$SCRATCH/other.db" -q -o "$SCRATCH/crash.jsonl" --resume "$SCRATCH/many.csv"
expect_status 2; expect_err "is complete: nothing to resume"

# Two screens writing one database at once: both complete, every row of each recorded once.
awk 'BEGIN { for (i = 1; i <= 3000; i++) print "Customer " i }' >"$SCRATCH/a.txt"
"$CORDON" screen --list "$V1" --audit "$SCRATCH/shared.db" -q -o "$SCRATCH/a1.jsonl" "$SCRATCH/a.txt" 2>"$SCRATCH/w1.err" &
P1=$!
"$CORDON" screen --list "$V1" --audit "$SCRATCH/shared.db" -q -o "$SCRATCH/a2.jsonl" "$SCRATCH/a.txt" 2>"$SCRATCH/w2.err" &
P2=$!
wait "$P1"; S1=$?
wait "$P2"; S2=$?
CURRENT="two writers"; OUT=""; ERR=$(cat "$SCRATCH/w1.err" "$SCRATCH/w2.err")
[ "$S1" -eq 0 ] && [ "$S2" -eq 0 ] && pass || fail "exit statuses $S1 and $S2"
run "two writers rows" sqlite3 "$SCRATCH/shared.db" "SELECT batch_id, count(*), count(DISTINCT row) FROM screenings GROUP BY batch_id"
[ "$OUT" = "$(printf '1|3000|3000\n2|3000|3000')" ] && pass || fail "rows per batch"

# Eight processes creating one new database at once: each waits for the first to create the
# schema, none mistakes the half-made file for a foreign database.
pids=()
for i in 1 2 3 4 5 6 7 8; do
    "$CORDON" search --list "$V1" --audit "$SCRATCH/race.db" --customer-id "R$i" -q "Rustam Karimov" \
        >/dev/null 2>"$SCRATCH/race$i.err" &
    pids+=($!)
done
bad=0
for p in "${pids[@]}"; do wait "$p" || bad=$((bad + 1)); done
CURRENT="eight creators"; OUT=""; ERR=$(cat "$SCRATCH"/race*.err)
[ "$bad" -eq 0 ] && pass || fail "$bad of 8 failed"
run "eight creators rows" sqlite3 "$SCRATCH/race.db" "SELECT count(*), count(DISTINCT customer_id) FROM screenings; PRAGMA user_version"
[ "$(printf '%s' "$OUT" | tr '\n' ' ')" = "8|8 1" ] && pass || fail "rows: $OUT"

# --- audit writes that fail ------------------------------------------------------------------
run "no such directory" "$CORDON" search --list "$V1" --audit "$SCRATCH/none/a.db" "Rustam Karimov"
expect_status 3; expect_err "cordon: $SCRATCH/none/a.db: cannot open the audit database"; expect_out_empty
run "not a database" "$CORDON" search --list "$V1" --audit "$SCRATCH/v1/bank.csv" "Rustam Karimov"
expect_status 3; expect_err "not an audit database"; expect_out_empty

# A file size limit (ulimit -f, in KiB in bash) smaller than the database's shared-memory file.
cp "$DB" "$SCRATCH/limited.db"
run "file size limit" bash -c "ulimit -f 1; exec \"\$0\" search --list \"\$1\" --audit \"\$2\" --customer-id C-9 \"Rustam Karimov\"" \
    "$CORDON" "$V1" "$SCRATCH/limited.db"
expect_status 3; expect_err "(File too large)"; expect_out_empty
run "limited db intact" sqlite3 "$SCRATCH/limited.db" "PRAGMA integrity_check; SELECT count(*) FROM screenings WHERE customer_id = 'C-9'"
expect_out "ok"; [ "$(printf '%s' "$OUT" | tail -1)" = "0" ] && pass || fail "a screening was recorded"

# A full file system: a small tmpfs, when this user may mount one (root in CI containers).
MNT="$SCRATCH/full"
mkdir -p "$MNT"
if mount -t tmpfs -o size=160k tmpfs "$MNT" 2>/dev/null; then
    trap 'umount "$MNT" 2>/dev/null; rm -rf "$SCRATCH"' EXIT
    ok_runs=0
    for i in $(seq 1 50); do
        run "full disk $i" "$CORDON" search --list "$V1" --audit "$MNT/a.db" --customer-id "F$i" --json "Rustam Karimov"
        [ "$STATUS" -ne 0 ] && break
        ok_runs=$i
    done
    CURRENT="full disk"
    expect_status 3; expect_err "database or disk is full"; expect_out_empty
    run "full disk intact" sqlite3 "$MNT/a.db" "PRAGMA integrity_check; SELECT count(*) FROM screenings"
    expect_out "ok"; [ "$(printf '%s' "$OUT" | tail -1)" = "$ok_runs" ] && pass || fail "screenings $(printf '%s' "$OUT" | tail -1), runs that succeeded $ok_runs"
    umount "$MNT"
else
    echo "test_audit: no tmpfs mount for this user: the full-disk case is covered by the file size limit only"
fi

finish
