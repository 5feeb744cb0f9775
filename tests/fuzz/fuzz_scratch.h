/*
 * fuzz_scratch.h — where a fuzz target writes its input when the code under test reads files:
 * a per-process path in the directory CORDON_FUZZ_SCRATCH names, else in /tmp. scripts/fuzz.sh
 * makes that directory for each target and removes it afterwards, because a target that
 * libFuzzer stops (a crash, a hang, the time limit) never reaches its own clean-up.
 */
#ifndef CDN_FUZZ_SCRATCH_H
#define CDN_FUZZ_SCRATCH_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Writes DIR/cordon-fuzz-NAME-PID into buf (size bytes); aborts if it does not fit, since a
 * truncated path would write somewhere unintended. */
static inline void fuzz_scratch_path(char *buf, size_t size, const char *name)
{
    const char *dir = getenv("CORDON_FUZZ_SCRATCH");
    int n = snprintf(buf, size, "%s/cordon-fuzz-%s-%d", dir && *dir ? dir : "/tmp", name, (int)getpid());
    if (n < 0 || (size_t)n >= size)
        abort();
}

#endif
