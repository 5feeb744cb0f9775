#!/usr/bin/env bash
# fuzz.sh — runs every libFuzzer target in build/fuzz for SECONDS each, from the repository
# root, seeded with tests/fuzz/seeds/<target> and the sample data; new corpus entries go to
# build/fuzz/corpus/<target>. Crashes are saved as build/fuzz/crash-* and fail the run.
# Usage: scripts/fuzz.sh SECONDS
#        FUZZ_TIMEOUT=S (default 10): an input that runs longer is a hang; a long campaign at
#        nice 19 on a busy machine can be starved of the CPU for seconds, so it gives more.
#        FUZZ_TARGETS="scan snapshot ..." (default: every target): only these, in this order.
#        FUZZ_JOBS=N (default 1): N targets at a time, each for SECONDS (CI: one per core).
set -u
# Undefined behaviour stops the target like a crash (the objects are built with UBSan's checks
# recoverable, which would otherwise print and go on, and the run would pass).
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export SECONDS_EACH=${1:-60}
export TIMEOUT=${FUZZ_TIMEOUT:-10}
JOBS=${FUZZ_JOBS:-1}
export SHARED_LISTS=${CORDON_SHARED:-../shared}/data/lists # real lists as extra seeds, read in place
bins=""
if [ -n "${FUZZ_TARGETS:-}" ]; then
    for t in $FUZZ_TARGETS; do bins="$bins build/fuzz/fuzz_$t"; done
else
    bins=$(ls build/fuzz/fuzz_*)
fi

# fuzz_one BIN: runs one target for SECONDS_EACH into build/fuzz/NAME.log; prints its figures,
# or its log's tail and a FAILED line (and fails) on a crash, a hang or a leak. Its output is
# printed at once when it ends, so targets running side by side do not interleave lines.
fuzz_one() {
    local bin=$1 name corpus seeds opts extra present arg lists d
    [ -x "$bin" ] || { echo "fuzz: no target $bin" >&2; return 1; }
    name=$(basename "$bin" | sed 's/^fuzz_//')
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus"
    seeds="tests/fuzz/seeds/$name"
    opts=""
    case $name in
        custom_csv) extra="data/sample" ;;
        scan) extra="data/sample/articles tests/data/scan" ;;
        us_ofac_csv) # OFAC's real sets as seeds (each file is read as an sdn.csv); inputs capped at 64 KiB
            lists=${CORDON_SHARED:-../shared}/data/lists
            extra="-max_len=65536"
            for d in us-ofac-cons-2025 us-ofac-sdn-2021; do [ -d "$lists/$d" ] && extra="$extra $lists/$d"; done ;;
        ftm) extra=$(ls -d "${CORDON_SHARED:-../shared}"/data/formats/opensanctions-{zala,t1,delta} 2>/dev/null) ;;
        os_simple_csv) extra=$(ls -d "${CORDON_SHARED:-../shared}"/data/formats/opensanctions-wd-peps-2024-03 2>/dev/null) ;;
        un_xml) extra="$SHARED_LISTS/un-sc-2026-02" ;;
        eu_fsf_csv) extra="$SHARED_LISTS/eu-fsf-2018-07-subset" ;;
        # Whole official lists run a few per second: their first 64 KiB seed the mutations.
        gb_hmt_csv) extra="$SHARED_LISTS/gb-hmt-2018-04" opts="-max_len=65536" ;;
        us_csl_csv) extra="$SHARED_LISTS/us-csl-2025-01" opts="-max_len=65536" ;;
        screen_input) extra="" opts="-close_fd_mask=2" ;; # the readers report bad input on stderr
        snapshot) # a real snapshot of the sample list as the seed, built by the cordon of this tree
            mkdir -p build/fuzz/seeds-snapshot
            [ -x build/cordon ] && build/cordon index build -o build/fuzz/seeds-snapshot/sample.cdx \
                --list csv:data/sample/watchlist.csv >/dev/null 2>&1
            extra="build/fuzz/seeds-snapshot" opts="-max_len=1048576" ;;
        *) extra="" ;;
    esac
    # Only the seed directories that exist (without shared data: the crafted seeds only).
    present=""
    for arg in $extra; do
        case $arg in -*) present="$present $arg" ;; *) [ -d "$arg" ] && present="$present $arg" ;; esac
    done
    extra=$present
    local report status=0 scratch
    # The target's input files live in a directory of its own, removed here: a target that
    # libFuzzer stops (crash, hang, time limit) never removes them itself.
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/cordon-fuzz.XXXXXX") || return 1
    # shellcheck disable=SC2086
    CORDON_FUZZ_SCRATCH=$scratch "$bin" -max_total_time="$SECONDS_EACH" -timeout="$TIMEOUT" -rss_limit_mb=2048 \
        -print_final_stats=1 $opts -artifact_prefix=build/fuzz/ "$corpus" "$seeds" $extra \
        >"build/fuzz/$name.log" 2>&1 || status=$?
    rm -rf "$scratch"
    if [ "$status" -ne 0 ]; then
        report=$(echo "fuzz: $name for ${SECONDS_EACH}s FAILED; see build/fuzz/$name.log"; tail -40 "build/fuzz/$name.log")
        printf '%s\n' "$report"
        return 1
    fi
    report=$(echo "fuzz: $name for ${SECONDS_EACH}s"
             grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "build/fuzz/$name.log" | sed "s/^/fuzz: $name /")
    printf '%s\n' "$report"
}
export -f fuzz_one

# xargs exits 123 when any target failed.
# shellcheck disable=SC2086
printf '%s\n' $bins | xargs -P "$JOBS" -I{} bash -c 'fuzz_one "$@"' _ {}
