#!/usr/bin/env bash
# fuzz.sh — runs every libFuzzer target in build/fuzz for SECONDS each, from the repository
# root, seeded with tests/fuzz/seeds/<target> and the sample data; new corpus entries go to
# build/fuzz/corpus/<target>. Crashes are saved as build/fuzz/crash-* and fail the run.
# Usage: scripts/fuzz.sh SECONDS
set -u
SECONDS_EACH=${1:-60}
status=0
for bin in build/fuzz/fuzz_*; do
    [ -x "$bin" ] || continue
    name=$(basename "$bin" | sed 's/^fuzz_//')
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus"
    seeds="tests/fuzz/seeds/$name"
    opts=""
    case $name in
        custom_csv) extra="data/sample" ;;
        scan) extra="data/sample/articles" ;;
        # Whole official lists run a few per second: their first 64 KiB seed the mutations.
        gb_hmt_csv) extra="${CORDON_SHARED:-../shared}/data/lists/gb-hmt-2018-04" opts="-max_len=65536" ;;
        us_csl_csv) extra="${CORDON_SHARED:-../shared}/data/lists/us-csl-2025-01" opts="-max_len=65536" ;;
        *) extra="" ;;
    esac
    [ -z "$extra" ] || [ -d "$extra" ] || extra="" # shared data absent
    echo "fuzz: $name for ${SECONDS_EACH}s"
    # shellcheck disable=SC2086
    if ! "$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 $opts \
        -artifact_prefix=build/fuzz/ "$corpus" "$seeds" $extra >"build/fuzz/$name.log" 2>&1; then
        echo "fuzz: $name FAILED; see build/fuzz/$name.log"
        tail -40 "build/fuzz/$name.log"
        status=1
    else
        grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "build/fuzz/$name.log" | sed "s/^/fuzz: $name /"
    fi
done
exit $status
