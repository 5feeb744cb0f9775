/*
 * sorted_words.h — finding a word in a table of words in byte order (strcmp's): the word
 * lists every analysed token and every word new to a scanner is looked up in (legal forms,
 * honorifics, titles, function words). Inline, with the bytes compared in place: the words are
 * short, and a call to strncmp cost more than the comparison.
 */
#ifndef CDN_SORTED_WORDS_H
#define CDN_SORTED_WORDS_H

#include <stddef.h>

/* Where the NUL-terminated s sorts against word (len bytes, no NUL among them), as strcmp would
 * order s and word as a string: below zero before it, zero when they are the same, above zero
 * after it. */
static inline int cdn_word_order(const char *s, const char *word, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)word[i];
        if (a != b)
            return a < b ? -1 : 1;
    }
    return s[len] != '\0'; /* s is longer: it sorts after word */
}

/* The place of word (len bytes) in table, n entries stride bytes apart whose first member is
 * a NUL-terminated word, in byte order; -1 when it is not there. A binary search. */
static inline long cdn_sorted_words_find(const void *table, size_t n, size_t stride, const char *word, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cdn_word_order(*(const char *const *)((const char *)table + mid * stride), word, len);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

#endif
