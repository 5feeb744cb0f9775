/*
 * long_vowels.c — the one spelling of a short name's long vowels (see long_vowels.h).
 */
#include "text/long_vowels.h"

#include <string.h>

#include "text/vowel_groups.h"

/* Writes w (len bytes) folded into out (room for len + 1 bytes); returns the folded length,
 * and whether a long vowel was written as its one letter in *folded; 0 when w is not plain
 * lower-case letters. */
static size_t fold(const char *w, size_t len, char *out, bool *folded)
{
    size_t n = 0;
    *folded = false;
    for (size_t i = 0; i < len;) {
        char c = w[i], next = i + 1 < len ? w[i + 1] : '\0';
        if (c < 'a' || c > 'z')
            return 0;
        size_t step = 1;
        bool last_two = i + 2 == len;
        if ((c == 'e' && next == 'e') || (c == 'i' && next == 'e' && last_two))
            c = 'i', step = 2; /* Deeb, Alie */
        else if (c == 'o' && (next == 'o' || next == 'u'))
            c = 'u', step = 2; /* Noor, Moussa */
        else if (c == 'o' && next == 'e' && last_two)
            step = 2; /* Moe */
        else if (c == 'y' && i + 1 == len && i > 0 && !cdn_is_vowel_letter(w[i - 1]))
            c = 'i'; /* Aly, Hamdy */
        *folded |= step == 2 || c != w[i];
        /* a doubled consonant once (Allie, Ali); a vowel written twice is left (Saad, Sad) */
        if (!(n > 0 && out[n - 1] == c && !cdn_is_vowel_letter(c)))
            out[n++] = c;
        i += step;
    }
    out[n] = '\0';
    return n;
}

bool cdn_long_vowels_agree(const char *a, size_t la, const char *b, size_t lb)
{
    if (la > CDN_LONG_VOWELS_MAX || lb > CDN_LONG_VOWELS_MAX)
        return false;
    char fa[CDN_LONG_VOWELS_MAX + 1], fb[CDN_LONG_VOWELS_MAX + 1];
    bool long_a, long_b;
    size_t na = fold(a, la, fa, &long_a), nb = fold(b, lb, fb, &long_b);
    if (na < 2 || na != nb || long_a == long_b)
        return false;
    for (size_t i = 0; i < na; i++)
        if (fa[i] != fb[i])
            return false;
    return true;
}

size_t cdn_long_vowels_once(const char *w, size_t len, char out[CDN_LONG_VOWELS_MAX + 1])
{
    bool folded;
    if (len > CDN_LONG_VOWELS_MAX)
        return 0;
    size_t n = fold(w, len, out, &folded);
    return folded ? n : 0;
}

size_t cdn_long_vowels_doubled(const char *w, size_t len, char out[][CDN_LONG_VOWELS_MAX + 1])
{
    char once[CDN_LONG_VOWELS_MAX + 1];
    bool folded;
    if (len < 2 || len + 1 > CDN_LONG_VOWELS_MAX || !fold(w, len, once, &folded) || folded)
        return 0; /* too long, other letters, or a long vowel written so already */
    size_t n = 0;
    for (size_t i = 0; i < len && n < CDN_LONG_VOWELS_DOUBLED_MAX; i++) {
        bool last = i + 1 == len, lone = (i == 0 || !cdn_is_vowel_letter(w[i - 1])) && (last || !cdn_is_vowel_letter(w[i + 1]));
        if (!lone || (w[i] != 'i' && !(w[i] == 'o' && last)))
            continue;
        /* i as ee (anywhere) or, at the end, as ie; a final o as oe */
        const char *as = w[i] == 'o' ? "oe" : last ? "ie" : "ee";
        memcpy(out[n], w, i);
        memcpy(out[n] + i, as, 2);
        memcpy(out[n] + i + 2, w + i + 1, len - i - 1);
        out[n][len + 1] = '\0';
        n++;
        if (w[i] == 'i' && last && n < CDN_LONG_VOWELS_DOUBLED_MAX) {
            memcpy(out[n], w, i); /* a final i as ee too (Yi: yee) */
            memcpy(out[n] + i, "ee", 2);
            out[n][len + 1] = '\0';
            n++;
        }
    }
    return n;
}
