/*
 * ukrainian.c — a word in Ukrainian letters written in the Russian ones (see ukrainian.h).
 */
#include "text/ukrainian.h"

#include "text/vowel_groups.h"

#include <string.h>

bool cdn_ukrainian_as_russian(const char *word, char *out, size_t cap)
{
    /* Longest first: йо before й (which stays), ьо before ь. */
    static const struct {
        const char *from, *to;
    } LETTERS[] = {{"йо", "е"}, {"ьо", "е"}, {"і", "и"}, {"ї", "и"}, {"и", "ы"}, {"е", "э"}, {"є", "е"}};
    size_t len = strlen(word), n = 0;
    if (len >= cap)
        return false;
    bool any = false;
    for (size_t i = 0; i < len;) {
        size_t k = 0, lf = 0;
        for (; k < sizeof LETTERS / sizeof LETTERS[0]; k++) {
            lf = strlen(LETTERS[k].from);
            if (strncmp(word + i, LETTERS[k].from, lf) == 0)
                break;
        }
        if (k < sizeof LETTERS / sizeof LETTERS[0]) {
            size_t lt = strlen(LETTERS[k].to);
            memcpy(out + n, LETTERS[k].to, lt);
            n += lt;
            i += lf;
            any = true;
        } else {
            out[n++] = word[i++];
        }
    }
    out[n] = '\0';
    return any;
}

/* Whether the y at w[i] (len letters) may be the romanised и that makes a word look Ukrainian
 * (cdn_ukrainian_h_as_g): after a consonant, and not where English writes a y after one too —
 * right after a first h (Hyman, Hyde, Hysell), as a glide before a, e, o or u (Hunyadi,
 * Hongyan, Hoeryong; ya, ye, yu write я, є, ю) but the -yev, -yov of a Slavic family name
 * (Hubaryev, Holubyov) and the -yuk, -yak of -юк, -як (Hnatyuk), nor at the end (Hegarty, Hillary, Harmony: -ty, -ry, -ny) but in a word
 * with a letter pair English does not write (slavic: zh, kh or ts; Mozhovy, OFAC's shortening
 * of Mozhovyi). Before a consonant, an i or another y it is и (Hrytsenko, Mozhovyy). */
static bool y_for_i(const char *w, size_t len, size_t i, bool slavic)
{
    if (w[i] != 'y' || i == 0 || cdn_is_vowel_letter(w[i - 1]) || (i == 1 && w[0] == 'h'))
        return false;
    if (i + 1 == len)
        return slavic;
    if (!strchr("aeou", w[i + 1]))
        return true;
    if (i + 3 > len)
        return false;
    /* -yev, -yov, -yeva, -yovich; and the -yuk, -yak of -юк, -як spelled as Russian would
     * (Hnatyuk: the 2010 table writes -iuk), a word's end English names do not have */
    char v = w[i + 1], c = w[i + 2];
    if ((v == 'e' || v == 'o') && c == 'v')
        return i + 3 == len || w[i + 3] == 'a' || w[i + 3] == 'i';
    return (v == 'u' || v == 'a') && c == 'k' && i + 3 == len;
}

bool cdn_ukrainian_h_as_g(const char *w, size_t len, char *out)
{
    bool slavic = false;
    for (size_t i = 0; i + 1 < len; i++)
        slavic |= (w[i] == 'z' || w[i] == 'k') ? w[i + 1] == 'h' : w[i] == 't' && w[i + 1] == 's';
    bool y_as_i = false, any = false;
    for (size_t i = 0; i < len; i++) {
        char c = w[i];
        y_as_i |= y_for_i(w, len, i, slavic);
        bool g = c == 'h' && (i == 0 || !strchr("cskptg", w[i - 1]));
        out[i] = g ? 'g' : c;
        any |= g;
    }
    out[len] = '\0';
    /* Five letters show too little: the Irish Nyhan, the American Ryhal read as Negin, Regal. */
    return any && y_as_i && len >= 6;
}
