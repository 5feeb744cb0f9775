/*
 * word_list.h — whether a word is one of the words of a space-separated list: a table's
 * spellings of a surname, the words of a name part a list gives.
 */
#ifndef CDN_WORD_LIST_H
#define CDN_WORD_LIST_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* Whether the NUL-terminated list of words separated by single spaces has the word (len
 * bytes, no space in it). */
static inline bool cdn_word_in_list(const char *list, const char *word, size_t len)
{
    for (const char *p = list; *p;) {
        const char *end = strchr(p, ' ');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == len && memcmp(p, word, len) == 0)
            return true;
        p += n + (end ? 1 : 0);
    }
    return false;
}

#endif
