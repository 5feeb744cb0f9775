/*
 * test_support.h — what cordon's unit tests share: cmocka, the paths of the sample and shared
 * data, and helpers to write scratch files.
 *
 * Shared data (../shared/data, or $CORDON_SHARED/data) is read in place, never copied. Where it
 * is absent, tests that need it skip and say so — except in CI (CI=true), where its absence
 * fails the test.
 */
#ifndef CDN_TEST_SUPPORT_H
#define CDN_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "cordon.h"

#define SAMPLE_LIST "data/sample/watchlist.csv"

/* The shared data directory, or NULL when it is absent (then the calling test is skipped, or
 * failed under CI=true). Tests run from the repository root. */
static inline const char *shared_data(void)
{
    static char path[4096];
    const char *root = getenv("CORDON_SHARED");
    snprintf(path, sizeof path, "%s/data", root && *root ? root : "../shared");
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return path;
    const char *ci = getenv("CI");
    if (ci && strcmp(ci, "true") == 0)
        fail_msg("shared data not found at %s (required in CI)", path);
    return NULL;
}

/* Skips the current test when shared data is absent. Use: const char *data = require_shared(); */
#define require_shared()                                                                         \
    ({                                                                                           \
        const char *d_ = shared_data();                                                          \
        if (!d_) {                                                                               \
            print_message("shared data absent: test skipped\n");                                 \
            skip();                                                                              \
        }                                                                                        \
        d_;                                                                                      \
    })

/* Writes content to a new scratch file and returns its path (static buffer per call site). */
static inline const char *write_temp(const char *name, const char *content, size_t len)
{
    static char paths[16][512];
    static int next;
    char *path = paths[next++ % 16];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, 512, "%s/cordon-test-%d-%s", tmp && *tmp ? tmp : "/tmp", (int)getpid(), name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(content, 1, len, f), len);
    fclose(f);
    return path;
}

/* Opens an index over one source, asserting success. */
static inline cordon_index *open_one(const char *source)
{
    cordon_index *idx = NULL;
    int status = cordon_index_open(&idx, &source, 1, NULL);
    if (status != CORDON_OK)
        fail_msg("cannot open %s: %s", source, cordon_index_errmsg(idx));
    return idx;
}


/* Opens an index of the custom list csv (len bytes), written to a scratch file named file that
 * is removed once loaded. */
static inline cordon_index *open_csv(const char *file, const char *csv, size_t len)
{
    const char *path = write_temp(file, csv, len);
    char source[600];
    snprintf(source, sizeof source, "csv:%s", path);
    cordon_index *index = open_one(source);
    unlink(path);
    return index;
}

#endif
