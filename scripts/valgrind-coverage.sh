#!/usr/bin/env bash
# valgrind-coverage.sh — which lines of src/ the valgrind run (scripts/valgrind-tests.sh) takes
# under memcheck: those that the unit tests and the wrapped cordon runs of the integration
# scripts reach. It runs them as valgrind-tests.sh does (CORDON_VALGRIND=1, cordon_native to the
# plain build) but natively, with the wrapped runs and the unit tests built for gcov (build/cov),
# so it counts lines, it checks no memory. Run it before and after a change that takes runs out
# of valgrind (cordon_native, a slice under CORDON_VALGRIND=1) and compare the two files: a line
# in the first and not in the second is code that no longer runs under valgrind.
# Natively the wrapped runs are 20 to 50 times faster than under memcheck, so a check that
# interrupts a batch once it is under way may find it finished (test_screen.sh's interrupt at
# 2,500 rows): its lines are then missing from both files or from one; the script names every
# integration script that failed.
# Usage: scripts/valgrind-coverage.sh OUT   (OUT: one "path:line" a line, sorted; needs
#        build/cordon, which `make all` builds)
set -u
OUT=${1:?usage: scripts/valgrind-coverage.sh OUT}
ROOT=$(pwd)
COV=build/cov
units=$(ls tests/unit/test_*.c | sed "s|tests/unit/\(.*\)\.c|$COV/tests/\1|")
make -s -j2 BUILD=$COV OPT="-O1 -g --coverage" LDSAN=--coverage $COV/cordon $units >/dev/null || exit 1
find $COV -name '*.gcda' -delete

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cordon-cov.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# The wrapper the integration scripts get as their cordon, as valgrind-tests.sh gives them
# valgrind-wrap.sh.
printf '#!/bin/sh\nexec "%s/%s/cordon" "$@"\n' "$ROOT" "$COV" >"$WORK/wrap.sh"
chmod +x "$WORK/wrap.sh"
export CORDON_VALGRIND=1 CORDON_REAL=$ROOT/build/cordon VALGRIND_LOG_DIR=$WORK WRAP=$WORK/wrap.sh
{
    ls tests/integration/test_*.sh | grep -v '/test_faults\.sh$'
    for bin in $units; do [ -x "$bin" ] && echo "$bin"; done
} | xargs -P 2 -I{} sh -c 'case {} in *.sh) {} "$WRAP" ;; *) {} ;; esac >/dev/null 2>&1 || echo "failed natively: {}"'

# Every line of src/ that gcov counted at least once, from every object's counts.
python3 - "$COV" >"$OUT" <<'PY'
import glob, json, os, subprocess, sys
lines = set()
for gcda in glob.glob(sys.argv[1] + "/**/*.gcda", recursive=True):
    report = subprocess.run(["gcov", "--json-format", "--stdout", "-o", os.path.dirname(gcda), gcda],
                            capture_output=True, text=True).stdout
    for doc in filter(str.strip, report.splitlines()):
        for f in json.loads(doc)["files"]:
            if f["file"].startswith("src/"):
                lines.update(f'{f["file"]}:{l["line_number"]}' for l in f["lines"] if l["count"] > 0)
print("\n".join(sorted(lines)))
PY
echo "valgrind-coverage: $(wc -l <"$OUT") lines of src/ in $OUT"
