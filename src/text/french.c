/*
 * french.c — a Latin spelling read as French says it (see french.h).
 *
 * The rules, from French orthography (Wikipedia: "French orthography", sections "Vowels",
 * "Consonants" and "Silent letters"):
 *
 *     au, eau             /o/; a final consonant after them is silent (Perrault, Renault,
 *                         Arnaud, Rousseaux), and the l of a final ault with it (Foucault)
 *     a final nc          /ɑ̃/: the c is silent (Blanc, Leblanc, Franc)
 *     ill between vowels  /j/ (Guillaume, Mireille, Parillaud, Bouillon); a final ilh after a
 *                         vowel also (Anouilh: the Occitan lh). Not a final ill: the Irish
 *                         Neill, O'Neill say their l
 *     esn                 the s is silent, an old s before a consonant (Dufresne, Duchesne,
 *                         Quesnay; written ê in other words: fenêtre)
 *
 * Only these: each changes the consonants a spelling's letters give, and no more was
 * measured (BENCHMARKS.md, session 20, branch french).
 */
#include "text/french.h"

#include <string.h>

#include "text/vowel_groups.h"

/* Whether the len bytes at w continue at i with the letters of pat. */
static bool continues(const char *w, size_t len, size_t i, const char *pat)
{
    for (; *pat; pat++, i++)
        if (i >= len || w[i] != *pat)
            return false;
    return true;
}

/* Whether the letters of w (len bytes) from i on are exactly the letters of pat. */
static bool ends_with_at(const char *w, size_t len, size_t i, const char *pat)
{
    return continues(w, len, i, pat) && i + strlen(pat) == len;
}

/* Whether the letter before position i of w is a vowel (not before the start). */
static bool vowel_before(const char *w, size_t i) { return i > 0 && cdn_is_vowel_letter(w[i - 1]); }

/* How many letters of the final au (or eau) at i of w (len bytes) French says as o, with the
 * silent l, t, d, x after it; 0 when the au does not end the word so. */
static size_t final_o(const char *w, size_t len, size_t i)
{
    static const char *const ENDS[] = {"au", "aut", "aud", "aux", "ault", "eau", "eaux"};
    for (size_t k = 0; k < sizeof ENDS / sizeof *ENDS; k++)
        if (ends_with_at(w, len, i, ENDS[k]))
            return strlen(ENDS[k]);
    return 0;
}

unsigned cdn_french_reading(const char *w, size_t len, char *out)
{
    unsigned said = 0;
    char *o = out;
    for (size_t i = 0; i < len;) {
        size_t n;
        if (i >= 1 && (n = final_o(w, len, i)) > 0) {
            if (!cdn_is_vowel_letter(w[i + n - 1])) /* a silent consonant: not a plain au, eau */
                said |= CDN_FRENCH_FINAL_O;
            *o++ = 'o';
            i += n;
        } else if (ends_with_at(w, len, i, "nc") && i >= 1) {
            *o++ = 'n';
            i += 2;
            said |= CDN_FRENCH_NC;
        } else if (vowel_before(w, i) && ((continues(w, len, i, "ill") && i + 3 < len && cdn_is_vowel_letter(w[i + 3])) || ends_with_at(w, len, i, "ilh"))) {
            *o++ = 'y';
            i += 3;
            said |= CDN_FRENCH_ILL;
        } else if (i >= 1 && w[i - 1] == 'e' && continues(w, len, i, "sn")) {
            i += 1;
            said |= CDN_FRENCH_ESN;
        } else {
            *o++ = w[i++];
        }
    }
    *o = '\0';
    return said;
}
