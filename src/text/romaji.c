/*
 * romaji.c — one Japanese name romanised otherwise (see romaji.h).
 */
#include "text/romaji.h"

#include <string.h>

static bool vowel(char c) { return c && strchr("aeiou", c) != NULL; }

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
    if (cap == 0)
        return false; /* no room even for the NUL */
    size_t n = 0;
    for (size_t i = 0; word[i];) {
        size_t used = 1;
        const char *to = hepburn_onset(word + i, i ? word[i - 1] : '\0', kunrei, &used);
        char c = word[i];
        size_t len = to ? strlen(to) : 1;
        if (n + len + 1 > cap) {
            out[0] = '\0';
            return false;
        }
        memcpy(out + n, to ? to : &c, len);
        n += len;
        i += used;
        if (!vowel(c) || to)
            continue;
        /* A long vowel as one: oo, ou, oh before a consonant or at the end, aa, uu, ee; not ii,
         * which Hepburn, Kunrei and the passport all write twice (Ishii, Niigata, Iida): 石井
         * ishii met ISI (Kunrei isi) at 0.95 as ishi. */
        while ((word[i] == c && c != 'i') ||
               (c == 'o' && (word[i] == 'u' || (word[i] == 'h' && !vowel(word[i + 1])))))
            i++;
    }
    out[n] = '\0';
    return true;
}

/* Appends to out (n letters so far) the Kunrei-shiki spelling of the Hepburn onset at w
 * where kunrei and there is one (shi chi ji as si ti zi, sh ch j before another vowel as sy ty
 * zy, tsu fu as tu hu), else w[0]; returns how many letters of w it stood for. */
static size_t kunrei_onset(const char *w, bool kunrei, char *out, size_t *n)
{
    static const struct {
        const char *hepburn, *kunrei;
        char only; /* the one vowel it is written before, or NUL for any */
    } ONSETS[] = {{"sh", "s", 'i'}, {"sh", "sy", 0}, {"ch", "t", 'i'}, {"ch", "ty", 0}, {"j", "z", 'i'},
                  {"j", "zy", 0},   {"ts", "t", 'u'}, {"f", "h", 'u'}};
    for (size_t k = 0; kunrei && k < sizeof ONSETS / sizeof ONSETS[0]; k++) {
        size_t len = strlen(ONSETS[k].hepburn);
        char v = strncmp(w, ONSETS[k].hepburn, len) == 0 ? w[len] : '\0';
        if (!vowel(v) || (ONSETS[k].only && v != ONSETS[k].only))
            continue;
        for (const char *c = ONSETS[k].kunrei; *c; c++)
            out[(*n)++] = *c;
        return len;
    }
    out[(*n)++] = w[0];
    return 1;
}

/* Writes into out the reading spelled as variant v asks (bit 0: the long o as oh; bit 1: m
 * before b, m, p; bit 2: Kunrei-shiki), long vowels written once. */
static void spell(const char *reading, unsigned v, char out[CDN_ROMAJI_SPELLING_MAX + 1])
{
    size_t n = 0;
    for (size_t i = 0; reading[i] && n + 3 <= CDN_ROMAJI_SPELLING_MAX;) {
        char c = reading[i];
        if (c == 'n' && (v & 2) && reading[i + 1] && strchr("bmp", reading[i + 1])) {
            out[n++] = 'm';
            i++;
            continue;
        }
        if (!vowel(c)) {
            i += kunrei_onset(reading + i, (v & 4) != 0, out, &n);
            continue;
        }
        out[n++] = c;
        size_t from = ++i;
        while ((reading[i] == c && c != 'i') || (c == 'o' && reading[i] == 'u')) /* ii stays (above) */
            i++;
        /* the passport's oh: before a consonant or at the end, as cdn_romaji_fold reads it */
        if ((v & 1) && c == 'o' && i > from && !vowel(reading[i]))
            out[n++] = 'h';
    }
    out[n] = '\0';
}

size_t cdn_romaji_spellings(const char *reading, bool kunrei,
                            char out[CDN_ROMAJI_SPELLINGS][CDN_ROMAJI_SPELLING_MAX + 1])
{
    if (strlen(reading) > CDN_ROMAJI_SPELLING_MAX)
        return 0;
    size_t n = 0;
    for (unsigned v = 0; v < CDN_ROMAJI_SPELLINGS; v++) {
        if ((v & 4) && !kunrei)
            continue;
        spell(reading, v, out[n]);
        bool seen = strcmp(out[n], reading) == 0;
        for (size_t k = 0; k < n && !seen; k++)
            seen = strcmp(out[k], out[n]) == 0;
        n += !seen;
    }
    return n;
}
