/*
 * abjad.c — consonant classes with optional letters, for words written without short vowels
 * (see abjad.h).
 *
 * The alignment is the longest-common-subsequence recurrence (Wagner and Fischer 1974) with
 * the deletions restricted to the classes marked optional and matches scored one each: it
 * finds whether every required class is matched in order, and how many classes are matched
 * at most.
 */
#include "text/abjad.h"

#include <string.h>

/* Appends class c (optional or not) to out, n classes so far; a class equal to the one before
 * it is one letter written twice (a run collapses), required if either is. */
static void put(cdn_abjad_classes *out, size_t *n, char c, bool optional)
{
    if (*n > 0 && out->cls[*n - 1] == c) {
        if (!optional)
            out->optional &= ~(1ULL << (*n - 1));
        return;
    }
    if (*n >= CDN_CLASSES_MAX)
        return;
    if (optional)
        out->optional |= 1ULL << *n;
    out->cls[(*n)++] = c;
}

/* Whether s[i..] is only the letters a French spelling leaves silent at the end (Perrault,
 * Marivaux, Dumas, Godard); not z, which Spanish -ez sounds. */
static bool silent_french_end(const char *s, size_t i)
{
    for (; s[i]; i++)
        if (!strchr("tdsx", s[i]))
            return false;
    return true;
}

/* The classes of s (a spelling as one reading hears it: cdn_classes_reread) into out. */
static void classes_of(const char *s, unsigned flags, cdn_abjad_classes *out)
{
    bool romanised = flags & CDN_ABJAD_ROMANISED;
    size_t n = 0;
    out->optional = 0;
    for (size_t i = 0; s[i]; i++) {
        char c = s[i], next = s[i + 1];
        bool silent = !romanised && i > 0 && silent_french_end(s, i);
        if (next == 'h' && strchr("cdgkpstz", c)) { /* one letter in the original */
            i++;
            switch (c) {
            case 'z': put(out, &n, romanised ? 'j' : 'z', false); break; /* ז׳ is j; a Latin zh s or j */
            case 'c': put(out, &n, romanised ? 's' : 'q', false); break;     /* צ׳ ch; a Latin ch may be ח */
            case 'k': put(out, &n, romanised ? 'k' : 'q', false); break;
            case 's': put(out, &n, 's', false); break;
            case 'p': put(out, &n, 'b', false); break;
            case 'g': put(out, &n, 'g', false); break;
            default: put(out, &n, 't', false); break; /* th dh */
            }
            continue;
        }
        if (c == 't' && (next == 's' || next == 'z')) {
            i++;
            put(out, &n, 's', silent);
            continue;
        }
        switch (c) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'w': break;
        case 'h': put(out, &n, 'h', true); break;
        case 'j': put(out, &n, 'j', true); break;
        case 'b': case 'p': case 'f': case 'v': put(out, &n, 'b', false); break;
        case 'k': case 'q': case 'c': put(out, &n, 'k', false); break;
        case 's': case 'z': put(out, &n, 's', silent); break;
        case 't': case 'd': put(out, &n, 't', silent); break;
        case 'x': put(out, &n, 'k', silent); put(out, &n, 's', silent); break;
        default:
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                put(out, &n, c, false);
            break;
        }
    }
    out->cls[n] = '\0';
    /* The article al- and the final ة, which Latin spellings leave out as often as not. */
    if ((flags & CDN_ABJAD_ARTICLE) && s[0] == 'a' && s[1] == 'l' && n > 2 && out->cls[0] == 'l')
        out->optional |= 1;
    if ((flags & CDN_ABJAD_TA_MARBUTA) && n > 1 && out->cls[n - 1] == 't' && s[strlen(s) - 1] == 't')
        out->optional |= 1ULL << (n - 1);
}

size_t cdn_abjad_readings(const char *latin, unsigned flags, cdn_abjad_classes out[CDN_ABJAD_READINGS])
{
    /* The readings of cdn_consonant_class_variants; a Latin spelling's affricate reading takes
     * a final c too. A reading that cannot change this word is skipped. */
    bool romanised = flags & CDN_ABJAD_ROMANISED;
    static const unsigned ROMANISED[3] = {CDN_READ_J_AS_G, CDN_READ_W_AS_V, 0};
    static const unsigned LATIN[3] = {CDN_READ_AFFRICATE | CDN_READ_FINAL_C, CDN_READ_SOFT_G, CDN_READ_W_AS_V};
    const unsigned *choice = romanised ? ROMANISED : LATIN;
    unsigned matters = romanised ? (strchr(latin, 'j') ? 1u : 0u) | (strchr(latin, 'w') ? 2u : 0u)
                                 : (strchr(latin, 'c') ? 1u : 0u) | (strchr(latin, 'g') ? 2u : 0u) |
                                       (strchr(latin, 'w') ? 4u : 0u);
    char heard[2 * CDN_CLASSES_MAX + 2];
    size_t n = 0;
    for (unsigned r = 0; r < 8 && n < CDN_ABJAD_READINGS; r++) {
        if (r & ~matters)
            continue;
        unsigned reading = 0;
        for (unsigned bit = 0; bit < 3; bit++)
            if (r & (1u << bit))
                reading |= choice[bit];
        cdn_classes_reread(latin, reading, heard, sizeof heard);
        classes_of(heard, flags, &out[n]);
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = out[k].optional == out[n].optional && strcmp(out[k].cls, out[n].cls) == 0;
        n += !seen;
    }
    return n;
}

/* Whether a romanisation's class a and a Latin spelling's class b may be one letter: a Latin
 * ch or kh (q) is a k or a ח (h); a Latin zh (z) is a sibilant or a ז׳ (j). */
static bool compatible(char a, char b)
{
    return a == b || (b == 'q' && (a == 'k' || a == 'h')) || (b == 'z' && (a == 's' || a == 'j'));
}

size_t cdn_abjad_agree(const cdn_abjad_classes *abjad, const cdn_abjad_classes *latin)
{
    size_t la = strlen(abjad->cls), lb = strlen(latin->cls);
    /* best[i][j]: the most classes matched aligning the first i of abjad with the first j of
     * latin, -1 when a required class would be left unmatched. */
    int best[CDN_CLASSES_MAX + 1][CDN_CLASSES_MAX + 1];
    for (size_t i = 0; i <= la; i++)
        for (size_t j = 0; j <= lb; j++) {
            int b = i == 0 && j == 0 ? 0 : -1;
            if (i > 0 && (abjad->optional >> (i - 1) & 1) && best[i - 1][j] > b)
                b = best[i - 1][j];
            if (j > 0 && (latin->optional >> (j - 1) & 1) && best[i][j - 1] > b)
                b = best[i][j - 1];
            if (i > 0 && j > 0 && best[i - 1][j - 1] >= 0 && best[i - 1][j - 1] + 1 > b &&
                compatible(abjad->cls[i - 1], latin->cls[j - 1]))
                b = best[i - 1][j - 1] + 1;
            best[i][j] = b;
        }
    return best[la][lb] > 0 ? (size_t)best[la][lb] : 0;
}
