/*
 * sino_korean.c — Sino-Korean readings against pinyin (see sino_korean.h).
 */
#include "text/sino_korean.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "text/pinyin.h"
#include "text/sino_korean_table.h"

enum { MAX_SYLLABLES = 4 };

/* The pinyin readings of the Hangul syllable cp (space-separated), or NULL. */
static const char *readings_of(utf8proc_int32_t cp)
{
    size_t lo = 0, hi = sizeof SINO_KOREAN / sizeof SINO_KOREAN[0];
    while (lo < hi) { /* binary search: the table is in code point order */
        size_t mid = lo + (hi - lo) / 2;
        if (SINO_KOREAN[mid].syllable < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sizeof SINO_KOREAN / sizeof SINO_KOREAN[0] && SINO_KOREAN[lo].syllable == cp ? SINO_KOREAN[lo].pinyin
                                                                                             : NULL;
}

bool cdn_sino_korean_syllable(const char *text)
{
    utf8proc_int32_t cp;
    return utf8proc_iterate((const utf8proc_uint8_t *)text, -1, &cp) > 0 && readings_of(cp) != NULL;
}

/* Whether latin is, from its start, one reading of each Hangul syllable of hangul in turn (at
 * most left of them) and nothing more. A syllable's readings are looked up only when the ones
 * before it have matched: most spellings fail at the first. */
static bool reads_from(const char *hangul, size_t left, const char *latin)
{
    if (!*hangul)
        return *latin == '\0';
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)hangul, -1, &cp);
    const char *r = n > 0 && left > 0 ? readings_of(cp) : NULL;
    while (r && *r) {
        size_t len = strcspn(r, " ");
        if (strncmp(latin, r, len) == 0 && reads_from(hangul + n, left - 1, latin + len))
            return true;
        r += len + (r[len] == ' ');
    }
    return false;
}

bool cdn_sino_korean_reads(const char *hangul, const char *latin)
{
    return *hangul && reads_from(hangul, MAX_SYLLABLES, latin) && cdn_pinyin_not_korean(latin);
}

/* Appends to out[*n..] each spelling of the count syllables at hangul, prefix (plen bytes)
 * written before it; false when there would be more than max, or a syllable has no reading. */
static bool spell_from(const char *hangul, size_t count, char *prefix, size_t plen,
                       char out[][CDN_SINO_KOREAN_SPELLING_MAX], size_t max, size_t *n)
{
    if (count == 0) {
        if (*n >= max)
            return false;
        memcpy(out[(*n)++], prefix, plen + 1);
        return true;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)hangul, -1, &cp);
    const char *r = step > 0 ? readings_of(cp) : NULL;
    if (!r)
        return false;
    while (*r) {
        size_t len = strcspn(r, " ");
        if (plen + len >= CDN_SINO_KOREAN_SPELLING_MAX)
            return false;
        memcpy(prefix + plen, r, len);
        prefix[plen + len] = '\0';
        if (!spell_from(hangul + step, count - 1, prefix, plen + len, out, max, n))
            return false;
        r += len + (r[len] == ' ');
    }
    return true;
}

size_t cdn_sino_korean_spellings(const char *hangul, size_t from, size_t count,
                                 char out[][CDN_SINO_KOREAN_SPELLING_MAX], size_t max)
{
    for (size_t i = 0; i < from && *hangul; i++) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)hangul, -1, &cp);
        if (step <= 0)
            return 0;
        hangul += step;
    }
    char prefix[CDN_SINO_KOREAN_SPELLING_MAX];
    prefix[0] = '\0';
    size_t n = 0;
    return count && *hangul && spell_from(hangul, count, prefix, 0, out, max, &n) ? n : 0;
}
