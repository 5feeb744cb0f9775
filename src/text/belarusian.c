/*
 * belarusian.c — a Latin spelling of a Belarusian name read as its Russian cognate's consonants
 * (see belarusian.h).
 */
#include "text/belarusian.h"

#include <stdbool.h>
#include <string.h>

#include "text/vowel_groups.h"

int cdn_may_be_belarusian(const char *w, size_t len)
{
    if (len < 5)
        return 0;
    /* A final ў after o, a or e, the consonant before it a sign that the vowel is a's own
     * (Rousseau, Nikolaou, Georgiou are not Belarusian); six letters at least, as the shortest
     * Belarusian surnames in -ou are (Ivanou), where Arabic Abdou and Japanese Satou have five. */
    char last = w[len - 1], before = w[len - 2];
    if (len >= 6 && last == 'u' && (before == 'o' || before == 'a' || before == 'e')
        && !cdn_is_vowel_letter(w[len - 3]))
        return 1;
    if (len >= 6 && memcmp(w + len - 4, "enka", 4) == 0)
        return 1;
    /* dz where Polish, which writes its soft dz dzi, dzie, dzia (Dziedzic, Radzik), never has
     * it: at the end (Henadz), before a consonant other than the h of dzh (Dzmitry), or before
     * a y and a vowel (BGN/PCGN's Dzyamidchyk). */
    const char *end = w + len;
    for (const char *d = memchr(w, 'd', len - 1); d; d = memchr(d + 1, 'd', (size_t)(end - 1 - (d + 1)))) {
        if (d[1] != 'z')
            continue;
        const char *after = d + 2;
        if (after == end || (!cdn_is_vowel_letter(*after) && *after != 'h') ||
            (*after == 'y' && after + 1 < end && cdn_is_vowel_letter(after[1])))
            return 1;
    }
    return 0;
}

/* Whether the h at w[i] is a letter of its own (г), not the second letter of sh, kh, ch, zh,
 * th, ph, gh or dh. */
static bool lone_h(const char *w, size_t i)
{
    return i == 0 || !strchr("skcztpgd", w[i - 1]);
}

size_t cdn_belarusian_as_russian(const char *w, size_t len, char *out)
{
    if (!cdn_may_be_belarusian(w, len))
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = w[i], next = i + 1 < len ? w[i + 1] : '\0';
        if (c == 'h' && lone_h(w, i))
            c = 'g';
        else if (c == 'u' && i > 0 && strchr("aeo", w[i - 1]) && !(next && cdn_is_vowel_letter(next)))
            c = 'v'; /* ў: a u after a vowel that begins no syllable */
        else if (c == 'd' && next == 'z' && !(i + 2 < len && w[i + 2] == 'h'))
            i++; /* дз for д: the z dropped */
        else if (c == 't' && next == 's' && i + 2 < len && w[i + 2] == 'i')
            i++; /* ці for ти: the s dropped */
        out[n++] = c;
    }
    if (n >= 6 && memcmp(out + n - 4, "enka", 4) == 0)
        out[n - 1] = 'o';
    out[n] = '\0';
    return n;
}
