/*
 * vowel_groups.h — about how many syllables a Latin spelling has: its runs of vowel letters
 * (y counted as one), which the scorer uses to tell a spelling that two Han characters could
 * transcribe from a longer or shorter one.
 */
#ifndef CDN_VOWEL_GROUPS_H
#define CDN_VOWEL_GROUPS_H

#include <stdbool.h>
#include <stddef.h>

/* Whether c is a, e, i, o, u or y. */
static inline bool cdn_is_vowel_letter(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* The number of runs of vowel letters of the plain-ASCII, NUL-terminated s. */
static inline size_t cdn_vowel_groups(const char *s)
{
    size_t n = 0;
    for (size_t i = 0; s[i]; i++)
        n += cdn_is_vowel_letter(s[i]) && (i == 0 || !cdn_is_vowel_letter(s[i - 1]));
    return n;
}

#endif
