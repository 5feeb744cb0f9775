/*
 * vowel_gaps.c — the vowels between the consonants of two spellings of one skeleton, compared
 * (see vowel_gaps.h).
 */
#include "text/vowel_gaps.h"

#include <string.h>

enum { MAX_GAPS = 32, MAX_LETTERS = 64 };

/* A spelling cut at its consonants: gap[i] the letters (vowels, w, v) after the i-th
 * consonant, gap[0] those before the first. */
typedef struct gaps {
    char gap[MAX_GAPS + 1][8];
    size_t n;       /* consonants */
    size_t repeats; /* consonants written again after a vowel, which the skeleton reads as one
                       (the n i n of antonina) */
} gaps;

static bool vowel_like(char c) { return c && strchr("aeiouywv", c); }

/* Cuts s as the skeleton reads it (cdn_skeleton_key): sh ch kh gh ph th ck are one consonant
 * (ch the skeleton's s, as sh: Kovalchuk is k l s k, as Kolishevski is),
 * and a consonant equal to the one before, across vowels or not, is the same one again.
 * False when s is too long or not plain letters. */
static bool cut(const char *s, gaps *g)
{
    memset(g, 0, sizeof *g);
    size_t len = strlen(s), used[MAX_GAPS + 1] = {0};
    if (len > MAX_LETTERS)
        return false;
    char last = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c < 'a' || c > 'z')
            return false;
        if (vowel_like(c)) {
            if (used[g->n] + 1 < sizeof g->gap[0])
                g->gap[g->n][used[g->n]++] = c;
            continue;
        }
        char k;
        if (strchr("scgkpt", c) && s[i + 1] == 'h') { /* sh ch as s, kh as h, ph as f */
            k = c == 'c' ? 's' : c == 'k' ? 'h' : c == 'p' ? 'f' : c;
            i++;
        } else if (c == 'c' && s[i + 1] == 'k') {
            k = 'k';
            i++;
        } else {
            k = c == 'q' || c == 'c' ? 'k' : c == 'z' ? 's' : c;
        }
        if (k == last) {
            g->repeats += i > 0 && vowel_like(s[i - 1]);
            continue;
        }
        if (g->n == MAX_GAPS)
            return false;
        g->n++;
        last = k;
    }
    return true;
}

/* Whether the group a of a romanised word cannot be the sound the group b spells. */
static bool groups_contradict(const char *a, const char *b)
{
    if (!a[0] || !b[0])
        return false;
    if (strchr(a, 'u')) /* also the Belarusian ў, a v in Latin (аўтамабільны, avtomobilnyi) */
        return !strpbrk(b, "uowv");
    if (strspn(a, "o") == strlen(a))
        return !strpbrk(b, "oauw");
    if (strspn(a, "iy") == strlen(a))
        return !strpbrk(b, "iey");
    return false;
}

bool cdn_vowel_gaps_contradict(const char *romanised, const char *spelling)
{
    gaps a, b;
    if (!cut(romanised, &a) || !cut(spelling, &b))
        return false;
    /* A syllable the skeleton hides: Антонина repeats its n after a vowel, Anton does not. */
    if (a.repeats > b.repeats)
        return true;
    if (a.n != b.n)
        return false;
    /* A vowel the spelling has nothing for, before the first consonant or after the last, is
     * a syllable: Ефрем is not Firma, Вероника not Ranko, Казакова not Cesic. (The other way
     * round is how Russian writes French and English names: Пьер Pierre, Блейк Blake.) */
    if ((strpbrk(a.gap[0], "aeiou") && !b.gap[0][0]) || (strpbrk(a.gap[a.n], "aeiou") && !b.gap[b.n][0]))
        return true;
    /* A Russian surname's -ov, -ev (-ova, -eva): its в is a consonant, which the skeleton drops
     * (Arabic writes a vowel w), and a spelling that writes no v, w or u after the last
     * consonant is another name (Антонов / Antona). */
    if (strchr(a.gap[a.n], 'v') && !strpbrk(b.gap[b.n], "vwu"))
        return true;
    for (size_t i = 0; i <= a.n; i++)
        if (groups_contradict(a.gap[i], b.gap[i]))
            return true;
    return false;
}
