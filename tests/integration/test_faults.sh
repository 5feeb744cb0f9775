#!/usr/bin/env bash
# test_faults.sh — cordon under faults: the disk full while a snapshot is written (a file-size
# limit), memory running out while lists load (an address-space limit), and snapshots that are
# truncated, flipped or foreign, and a list that changes while it is read. Each must end in a
# clear error and exit 3, leave no partial file, and leave a good file it would have replaced as
# it was.
# Run from the repository root: tests/integration/test_faults.sh BIN
set -u
. "$(dirname "$0")/lib.sh"
CORDON=${1:-build/cordon}
SAMPLE=data/sample/watchlist.csv

# --- the disk fills up while a snapshot is written -----------------------------------------------
run "build a good snapshot" "$CORDON" index build -o "$SCRATCH/good.cdx" --list "csv:$SAMPLE"
expect_status 0
cp "$SCRATCH/good.cdx" "$SCRATCH/kept.cdx"
size=$(stat -c %s "$SCRATCH/good.cdx")

# ulimit -f counts 1024-byte blocks: room for a third of the snapshot.
limit=$(( size / 3072 ))
run "snapshot past the file-size limit" bash -c "ulimit -f $limit; exec \"\$0\" index build -o \"\$1\" --list \"csv:\$2\"" \
    "$CORDON" "$SCRATCH/kept.cdx" "$SAMPLE"
expect_status 3
expect_err "cordon: $SCRATCH/kept.cdx: cannot write the snapshot: File too large"
leftovers=$(ls "$SCRATCH" | grep -c '\.tmp\.' || true)
[ "$leftovers" -eq 0 ] && pass || fail "$leftovers temporary files left behind"
cmp -s "$SCRATCH/good.cdx" "$SCRATCH/kept.cdx" && pass || fail "the snapshot it would have replaced changed"
run "the kept snapshot still loads" "$CORDON" search --index "$SCRATCH/kept.cdx" --json "Wladimir Putin"
expect_status 0
expect_jq '.results[0].id == "watchlist:WL-0001"'

# --- memory runs out while lists load --------------------------------------------------------------
DATA=${CORDON_SHARED:-../shared}/data
CSL=$DATA/lists/us-csl-2025-01/consolidated.csv.gz
if grep -qa __asan_init "$CORDON"; then
    echo "test_faults: the address-space limit test skipped (AddressSanitizer reserves terabytes of shadow)"
elif [ -f "$CSL" ]; then
    # 100 MB of address space: enough to start, not to load the 14,000 parties of the CSL.
    run "out of memory while loading" bash -c 'ulimit -v 100000; exec "$0" lists --list "us-csl-csv:$1"' "$CORDON" "$CSL"
    expect_status 3
    expect_err "cordon: out of memory"
    expect_out_empty
elif [ "${CI:-}" = "true" ]; then
    CURRENT="shared data"; OUT=""; ERR=""; fail "$CSL not found (required in CI)"
fi

# --- damaged snapshots -------------------------------------------------------------------------------
head -c $(( size - 100 )) "$SCRATCH/good.cdx" >"$SCRATCH/truncated.cdx"
run "truncated snapshot" "$CORDON" lists --index "$SCRATCH/truncated.cdx"
expect_status 3
expect_err "truncated or extended: the header says $size bytes, the file has $(( size - 100 ))"

cp "$SCRATCH/good.cdx" "$SCRATCH/flipped.cdx"
# flip one bit in the middle of the file
python3 - "$SCRATCH/flipped.cdx" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
b[len(b) // 2] ^= 0x10
open(p, "wb").write(bytes(b))
PY
run "flipped bit" "$CORDON" search --index "$SCRATCH/flipped.cdx" "Putin"
expect_status 3
expect_err "corrupt: the checksum does not match"
expect_out_empty

run "a list is not a snapshot" "$CORDON" lists --index "$SAMPLE"
expect_status 3
expect_err "not a cordon index snapshot"

# --- a list that changes while it is being read -------------------------------------------------------
# 150,000 rows (a second or more to load), and a writer appending rows every 20 ms meanwhile.
python3 - "$SCRATCH/growing.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,schema,name\n")
    for i in range(150000):
        f.write(f"G-{i},Person,Person Number{i} Testname{i % 977}\n")
PY
( i=0; while [ -e "$SCRATCH/growing.csv" ]; do echo "W-$i,Person,Appended Person$i" >>"$SCRATCH/growing.csv"; i=$((i + 1)); sleep 0.02; done ) &
writer=$!
run "list changing while read" "$CORDON" lists --list "csv:$SCRATCH/growing.csv"
kill "$writer" 2>/dev/null; wait "$writer" 2>/dev/null
expect_status 3
expect_err "cordon: $SCRATCH/growing.csv: the list changed while it was being read; load it again once it is complete"
expect_out_empty
run "the same list, still" "$CORDON" lists --list "csv:$SCRATCH/growing.csv"
expect_status 0

finish
