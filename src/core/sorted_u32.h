/*
 * sorted_u32.h — finding a number in an ascending array of 32-bit numbers: the postings of a
 * key (names in name order) and a scanner's candidate names are such arrays.
 */
#ifndef CDN_SORTED_U32_H
#define CDN_SORTED_U32_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The first place in the ascending a[0, n) whose number is not below x (n when none is):
 * where x is, if a holds it. A binary search. */
static inline size_t cdn_u32_lower_bound(const uint32_t *a, size_t n, uint32_t x)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first place at or after from in the ascending a[0, n) whose number is not below x (n when
 * none is; from at most n): cdn_u32_lower_bound over a[from, n), found by steps that double from
 * `from` (a galloping search, Bentley and Yao 1976) and a binary search in the last step. For
 * numbers looked up in ascending order, each from where the one before was found: the steps are
 * as many as the bits of the distance gone, not of the whole array. */
static inline size_t cdn_u32_lower_bound_from(const uint32_t *a, size_t from, size_t n, uint32_t x)
{
    size_t step = 1, lo = from, hi = from;
    while (hi < n && a[hi] < x) {
        lo = hi + 1;
        hi = from + step;
        step *= 2;
    }
    if (hi > n)
        hi = n;
    return lo + cdn_u32_lower_bound(a + lo, hi - lo, x);
}

/* Whether the ascending a[0, n) holds x. */
static inline bool cdn_u32_contains(const uint32_t *a, size_t n, uint32_t x)
{
    size_t at = cdn_u32_lower_bound(a, n, x);
    return at < n && a[at] == x;
}

#endif
