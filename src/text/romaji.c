/*
 * romaji.c — one Japanese name romanised otherwise (see romaji.h).
 */
#include "text/romaji.h"

#include <string.h>

static bool vowel(char c) { return c && strchr("aeiou", c) != NULL; }

/* The length of the Hepburn onset at w followed by its vowel (1 or 2 letters), or 0. */
static size_t onset(const char *w)
{
    static const char TWO[][3] = {"sh", "ch", "ts", "dj", "dz", "ky", "gy", "ny", "hy", "by", "py", "my", "ry"};
    /* Kunrei-shiki's and pinyin's syllables that Hepburn writes otherwise (shi, chi, tsu, fu, ji, zu). */
    static const char NOT_HEPBURN[][3] = {"si", "ti", "tu", "hu", "zi", "di", "du", "yi", "wu"};
    for (size_t k = 0; k < sizeof TWO / sizeof TWO[0]; k++)
        if (w[0] == TWO[k][0] && w[1] == TWO[k][1] && vowel(w[2]))
            return 2;
    if (!w[0] || !strchr("kgszjtdnhfbpmyrw", w[0]) || !vowel(w[1]))
        return 0;
    for (size_t k = 0; k < sizeof NOT_HEPBURN / sizeof NOT_HEPBURN[0]; k++)
        if (w[0] == NOT_HEPBURN[k][0] && w[1] == NOT_HEPBURN[k][1])
            return 0;
    return 1;
}

bool cdn_romaji_hepburn(const char *word)
{
    if (!word[0])
        return false;
    for (size_t i = 0; word[i];) {
        size_t n = onset(word + i);
        if (vowel(word[i]))
            i++;
        else if (n)
            i += n + 1;
        else if (word[i] == 'n' && !vowel(word[i + 1]))
            i++; /* ン before a consonant or at the end (shinbashi); nn before a vowel (onna) */
        else if ((word[i + 1] == word[i] || (word[i] == 't' && word[i + 1] == 'c')) && onset(word + i + 1))
            i++; /* ッ: the next onset doubled (kk, ss, tt, pp) or tch */
        else
            return false;
    }
    return true;
}

/* The Hepburn consonants for the Kunrei-shiki or Nihon-shiki ones at w (prev the letter
 * before, or NUL; only when kunrei), or n for an m before b, m, p, with *used set to how many
 * letters of w they replace; NULL when w has none. */
static const char *hepburn_onset(const char *w, char prev, bool kunrei, size_t *used)
{
    *used = 1;
    if (w[0] == 'm' && w[1] && strchr("bmp", w[1]))
        return "n"; /* Shimbashi, Namba, Mommu */
    if (!kunrei)
        return NULL;
    static const struct {
        const char *from, *to;
    } PAIRS[] = {
        {"sy", "sh"}, {"ty", "ch"}, {"zy", "j"}, {"jy", "j"}, {"dy", "j"}, {"dj", "j"}, {"dz", "z"},
    };
    for (size_t k = 0; k < sizeof PAIRS / sizeof PAIRS[0]; k++)
        if (w[0] == PAIRS[k].from[0] && w[1] == PAIRS[k].from[1] && (w[1] != 'y' || vowel(w[2]))) {
            *used = 2;
            return PAIRS[k].to;
        }
    *used = 1;
    char c = w[0], v = w[1];
    if (c == 's' && v == 'i')
        return "sh";
    if (c == 't' && v == 'i')
        return "ch";
    if (c == 't' && v == 'u')
        return "ts";
    if (c == 'h' && v == 'u' && prev != 's' && prev != 'c')
        return "f"; /* not the h of shu, chu */
    if ((c == 'z' || c == 'd') && v == 'i')
        return "j";
    if (c == 'd' && v == 'u')
        return "z";
    if (c == 't' && v == 'c' && w[2] == 'h')
        return "c"; /* tch as cch: matcha, maccha */
    return NULL;
}

bool cdn_romaji_fold(const char *word, bool kunrei, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; word[i];) {
        size_t used = 1;
        const char *to = hepburn_onset(word + i, i ? word[i - 1] : '\0', kunrei, &used);
        char c = word[i];
        size_t len = to ? strlen(to) : 1;
        if (n + len + 1 > cap) {
            if (cap)
                out[0] = '\0';
            return false;
        }
        memcpy(out + n, to ? to : &c, len);
        n += len;
        i += used;
        if (!vowel(c) || to)
            continue;
        /* A long vowel as one: oo, ou, oh before a consonant or at the end, aa, ii, uu, ee. */
        while (word[i] == c || (c == 'o' && (word[i] == 'u' || (word[i] == 'h' && !vowel(word[i + 1])))))
            i++;
    }
    out[n] = '\0';
    return true;
}
