/*
 * test_search_oom.c — a search that runs out of memory, at whichever allocation, returns
 * CORDON_ENOMEM (or succeeds) and leaves results that cordon_results_free frees: the library is
 * embedded in hosts that must not abort (DESIGN.md).
 *
 * malloc, calloc and realloc are replaced in this program by ones that fail every allocation
 * from the k-th on, once armed; glibc's own serve the rest. Under AddressSanitizer, which
 * replaces them itself, the test is skipped.
 */
#include "test_support.h"

#include <stdbool.h>

#if !defined(__SANITIZE_ADDRESS__) && defined(__GLIBC__)
#define REPLACED 1
extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *ptr, size_t size);

static long left = -1; /* allocations that succeed before all fail; -1: none fails */
static long made;      /* allocations asked for while counting */

static bool fails(void)
{
    made++;
    if (left < 0)
        return false;
    if (left == 0)
        return true;
    left--;
    return false;
}

void *malloc(size_t size) { return fails() ? NULL : __libc_malloc(size); }
void *calloc(size_t count, size_t size) { return fails() ? NULL : __libc_calloc(count, size); }
void *realloc(void *ptr, size_t size) { return fails() ? NULL : __libc_realloc(ptr, size); }


/* arm(k): from now on, every allocation from the k-th on fails (k < 0: none does), counted in
 * `made` from here; disarm() lets every allocation succeed again. */
static void arm(long k) { made = 0, left = k; }
static void disarm(void) { left = -1; }

/* One attempt at the call under test: prepares what must not fail, calls arm(k) just before
 * the call and disarm() just after, checks what must hold then, and returns the call's status. */
typedef int (*attempt_fn)(void *ctx, long k);

/* Runs attempt once with no allocation failing, to count the call's allocations, then once
 * with each of them failing in turn: every status must be CORDON_OK or CORDON_ENOMEM. */
static void fail_each_allocation(const char *what, attempt_fn attempt, void *ctx)
{
    assert_int_equal(attempt(ctx, -1), CORDON_OK);
    long total = made;
    for (long k = 0; k < total; k++) {
        int status = attempt(ctx, k);
        if (status != CORDON_OK && status != CORDON_ENOMEM)
            fail_msg("%s, allocation %ld of %ld failed: status %d", what, k, total, status);
    }
}

typedef struct search_case {
    cordon_index *idx;
    const char *query;
    const cordon_search_options *opts;
} search_case;

static int search_attempt(void *ctx, long k)
{
    const search_case *c = ctx;
    cordon_results *res = NULL;
    arm(k);
    int status = cordon_search(c->idx, c->query, c->opts, &res);
    disarm();
    cordon_results_free(res);
    return status;
}

/* Every allocation of a search that explains its results, failed in turn: once the results
 * were cut, a failure while explaining one left the names parked in the later results'
 * explanation, which cordon_results_free then passed to free(). */
static void search_out_of_memory_at_each_allocation(void **state)
{
    (void)state;
    const char *sources[] = {"csv:" SAMPLE_LIST};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_OK);
    cordon_search_options o;
    cordon_search_options_default(&o);
    o.min_score = 0.0;
    static const char *const QUERIES[] = {"Wladimir Putin", "Vladimir Putin Kim"};
    for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(idx, QUERIES[q], &o, &res), CORDON_OK); /* made on first use */
        assert_true(cordon_results_count(res) >= 2);
        cordon_results_free(res);
        search_case c = {idx, QUERIES[q], &o};
        fail_each_allocation(QUERIES[q], search_attempt, &c);
    }
    cordon_index_close(idx);
}

typedef struct scan_case {
    cordon_index *idx;
    const cordon_scan_options *opts;
    const char *text;
    size_t mentions; /* what the text gives when nothing fails */
} scan_case;

/* A new scanner's first scan, then the same scanner again with nothing failing: it must give
 * the mentions it gives when nothing failed. */
static int scan_attempt(void *ctx, long k)
{
    const scan_case *c = ctx;
    cordon_scanner *scanner = NULL;
    cordon_mentions *m = NULL;
    assert_int_equal(cordon_scanner_new(c->idx, &scanner), CORDON_OK);
    arm(k);
    int status = cordon_scanner_scan(scanner, c->text, strlen(c->text), c->opts, &m);
    disarm();
    cordon_mentions_free(m);
    assert_int_equal(cordon_scanner_scan(scanner, c->text, strlen(c->text), c->opts, &m), CORDON_OK);
    if (cordon_mentions_count(m) != c->mentions)
        fail_msg("allocation %ld failed: then %zu mentions, not %zu", k, cordon_mentions_count(m), c->mentions);
    cordon_mentions_free(m);
    cordon_scanner_free(scanner);
    return status;
}

/* The same for the first scan of a text by a new scanner (what a scanner learns of the words
 * is allocated then), and the scanner whole again after it. */
static void scan_out_of_memory_at_each_allocation(void **state)
{
    (void)state;
    const char *sources[] = {"csv:" SAMPLE_LIST};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_OK);
    cordon_scan_options o;
    cordon_scan_options_default(&o);
    scan_case c = {idx, &o, "Wladimir Putin met Kim Jong Un and the Bank Rossiya in Moscow; Putins Sprecher schwieg.", 0};
    cordon_scanner *scanner = NULL;
    cordon_mentions *m = NULL;
    assert_int_equal(cordon_scanner_new(idx, &scanner), CORDON_OK);
    assert_int_equal(cordon_scanner_scan(scanner, c.text, strlen(c.text), &o, &m), CORDON_OK);
    c.mentions = cordon_mentions_count(m);
    assert_true(c.mentions >= 1);
    cordon_mentions_free(m);
    cordon_scanner_free(scanner);
    fail_each_allocation("scan", scan_attempt, &c);
    cordon_index_close(idx);
}

#else
static void search_out_of_memory_at_each_allocation(void **state)
{
    (void)state;
    skip();
}

static void scan_out_of_memory_at_each_allocation(void **state)
{
    (void)state;
    skip();
}
#endif

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(search_out_of_memory_at_each_allocation),
        cmocka_unit_test(scan_out_of_memory_at_each_allocation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
