#!/usr/bin/env bash
# valgrind-wrap.sh — runs a cordon binary under valgrind memcheck for the integration tests
# (make test-valgrind): any memory error or leak makes it exit 99, which no test expects.
# Usage: scripts/valgrind-wrap.sh BIN ARGS...   (BIN from $CORDON_REAL when called as a wrapper)
exec valgrind --quiet --vgdb=no --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
    --error-exitcode=99 --log-file="${VALGRIND_LOG_DIR:-/tmp}/cordon-vg.%p.log" "${CORDON_REAL:-build/cordon}" "$@"
