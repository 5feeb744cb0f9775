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

/* Whether the ascending a[0, n) holds x. */
static inline bool cdn_u32_contains(const uint32_t *a, size_t n, uint32_t x)
{
    size_t at = cdn_u32_lower_bound(a, n, x);
    return at < n && a[at] == x;
}

#endif
