/*
 * test_sorted_u32.c — finding numbers in ascending arrays (core/sorted_u32.h): the galloping
 * search from a place gives what a reading of the array from that place would, for every
 * place and number, and in the ascending walk that search.c's credit_both makes with it.
 */
#include "test_support.h"

#include "core/sorted_u32.h"

/* The first place at or after from in a[0, n) whose number is not below x, read one by one. */
static size_t read_from(const uint32_t *a, size_t from, size_t n, uint32_t x)
{
    while (from < n && a[from] < x)
        from++;
    return from;
}

/* A small random ascending array of n numbers in a[], gaps of 1 to 1 + spread (xorshift). */
static void ascending(uint32_t *a, size_t n, uint32_t spread, uint32_t *seed)
{
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 17;
        *seed ^= *seed << 5;
        v += 1 + *seed % (spread + 1);
        a[i] = v;
    }
}

static void lower_bound_from_agrees_with_a_reading(void **state)
{
    (void)state;
    enum { MAX = 70 };
    uint32_t a[MAX], seed = 2463534242u;
    for (size_t n = 0; n <= MAX; n++) {
        ascending(a, n, n % 5 == 0 ? 0 : 7, &seed);
        uint32_t last = n ? a[n - 1] : 0;
        for (size_t from = 0; from <= n; from++)
            for (uint32_t x = 0; x <= last + 2; x++) {
                size_t got = cdn_u32_lower_bound_from(a, from, n, x), want = read_from(a, from, n, x);
                if (got != want)
                    fail_msg("n %zu, from %zu, x %u: %zu, not %zu", n, from, x, got, want);
            }
    }
}

/* The names of one ascending list found in another, each looked up from where the one before
 * was found (credit_both's walk): the same as looking each up in the whole list. */
static void ascending_walk_finds_what_whole_lookups_find(void **state)
{
    (void)state;
    enum { N = 400 };
    uint32_t rarer[N], other[N], seed = 88172645u;
    for (int round = 0; round < 50; round++) {
        size_t nr = 1 + (size_t)round * 7 % N, no = N - (size_t)round * 5 % N;
        ascending(rarer, nr, 1 + (uint32_t)round % 9, &seed);
        ascending(other, no, 3, &seed);
        size_t at = 0, walked = 0, whole = 0;
        for (size_t p = 0; p < nr; p++) {
            at = cdn_u32_lower_bound_from(other, at, no, rarer[p]);
            walked += at < no && other[at] == rarer[p];
            whole += cdn_u32_contains(other, no, rarer[p]);
        }
        assert_int_equal(walked, whole);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lower_bound_from_agrees_with_a_reading),
        cmocka_unit_test(ascending_walk_finds_what_whole_lookups_find),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
