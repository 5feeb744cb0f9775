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
#endif

/* Every allocation of a search that explains its results, failed in turn: once the results
 * were cut, a failure while explaining one left the names parked in the later results'
 * explanation, which cordon_results_free then passed to free(). */
static void search_out_of_memory_at_each_allocation(void **state)
{
    (void)state;
#ifdef REPLACED
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
        made = 0;
        assert_int_equal(cordon_search(idx, QUERIES[q], &o, &res), CORDON_OK);
        long total = made;
        cordon_results_free(res);
        for (long k = 0; k < total; k++) {
            res = NULL;
            left = k;
            int status = cordon_search(idx, QUERIES[q], &o, &res);
            left = -1;
            if (status != CORDON_OK && status != CORDON_ENOMEM)
                fail_msg("%s, allocation %ld of %ld failed: status %d", QUERIES[q], k, total, status);
            cordon_results_free(res);
        }
    }
    cordon_index_close(idx);
#else
    skip();
#endif
}

/* The same for the first scan of a text by a new scanner (what a scanner learns of the words
 * is allocated then), and the scanner whole again after it. */
static void scan_out_of_memory_at_each_allocation(void **state)
{
    (void)state;
#ifdef REPLACED
    const char *sources[] = {"csv:" SAMPLE_LIST};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_OK);
    cordon_scan_options o;
    cordon_scan_options_default(&o);
    static const char TEXT[] = "Wladimir Putin met Kim Jong Un and the Bank Rossiya in Moscow; Putins Sprecher schwieg.";
    cordon_scanner *scanner = NULL;
    cordon_mentions *m = NULL;
    assert_int_equal(cordon_scanner_new(idx, &scanner), CORDON_OK);
    made = 0;
    assert_int_equal(cordon_scanner_scan(scanner, TEXT, sizeof TEXT - 1, &o, &m), CORDON_OK);
    long total = made;
    size_t mentions = cordon_mentions_count(m);
    assert_true(mentions >= 1);
    cordon_mentions_free(m);
    cordon_scanner_free(scanner);
    for (long k = 0; k < total; k++) {
        assert_int_equal(cordon_scanner_new(idx, &scanner), CORDON_OK);
        m = NULL;
        left = k;
        int status = cordon_scanner_scan(scanner, TEXT, sizeof TEXT - 1, &o, &m);
        left = -1;
        if (status != CORDON_OK && status != CORDON_ENOMEM)
            fail_msg("allocation %ld of %ld failed: status %d", k, total, status);
        cordon_mentions_free(m);
        assert_int_equal(cordon_scanner_scan(scanner, TEXT, sizeof TEXT - 1, &o, &m), CORDON_OK);
        if (cordon_mentions_count(m) != mentions)
            fail_msg("allocation %ld of %ld failed: then %zu mentions, not %zu", k, total, cordon_mentions_count(m),
                     mentions);
        cordon_mentions_free(m);
        cordon_scanner_free(scanner);
    }
    cordon_index_close(idx);
#else
    skip();
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(search_out_of_memory_at_each_allocation),
        cmocka_unit_test(scan_out_of_memory_at_each_allocation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
