/*
 * sino_korean.c — Sino-Korean readings against pinyin (see sino_korean.h).
 */
#include "text/sino_korean.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

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

/* Whether the plain-ASCII latin has a spelling that pinyin writes and no romanisation of
 * Korean does (z, x, q, c but in ch, wu, ao, iu, uo, ie, ian, ou, ei): Korean names are
 * mostly pinyin syllables too (Yong Su, Shi Min), and a Korean name read as Chinese would meet
 * another Korean name (종수 / Yong Su: four synthetic-US alarms). */
static bool pinyin_only(const char *latin)
{
    static const char *const MARKS[] = {"z", "x", "q", "wu", "ao", "iu", "uo", "ie", "ian", "ou", "ei"};
    for (size_t k = 0; k < sizeof MARKS / sizeof MARKS[0]; k++)
        if (strstr(latin, MARKS[k]))
            return true;
    for (const char *c = strchr(latin, 'c'); c; c = strchr(c + 1, 'c'))
        if (c[1] != 'h')
            return true;
    return false;
}

bool cdn_sino_korean_reads(const char *hangul, const char *latin)
{
    return *hangul && reads_from(hangul, MAX_SYLLABLES, latin) && pinyin_only(latin);
}
