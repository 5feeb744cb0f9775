/*
 * english.c — a Latin spelling read as English says it (see english.h).
 *
 * The rules, from the spelling-to-sound correspondences of English orthography (Wikipedia:
 * "English orthography", sections "Sound-to-spelling correspondences" and "Silent letters";
 * "Ough (orthography)"; the sounds as "Help:IPA/English" writes them):
 *
 *     tion, sion, ssion   /ʃən/ (nation, mansion, mission): sh; not the tion of stion (/tʃən/)
 *     dg, dge             /dʒ/ before a consonant, e, i, y or at the end (Wedgwood, Hodge); a
 *                         dg before a, o, u is /dg/ (Edgar)
 *     isle                /aɪl/, its s silent (Carlisle, Lisle)
 *     igh, eigh           /aɪ/, /eɪ/ (Knight, Leigh)
 *     ough, augh          /ɒf/, /ɑːf/ in cough, Gough, laugh, Loughlin; unsaid in though,
 *                         Vaughan: that reading is the plain spelling's (english.h)
 *     ugh                 /juː/ (Hugh, Pugh, Fitzhugh, Hughes)
 *     an initial gh       /g/ (Ghent)
 * Not another gh after a vowel: English has few (Meagher, Gallagher), and the romanisations
 * of Arabic and Persian many, where it is غ (Mirbagheri, Baghdad, Maghreb): read unsaid, the
 * Cyrillic марбери met Mirbagheri (0.88; the cross-script Russian alarms, session 20).
 *     kn, wr, gn, ps      their first letter unsaid at the start of a word (Knox, Wright)
 *     a final mb          the b unsaid (Lamb)
 *     ph /f/, ck /k/, c /s/ before e, i, y and /k/ otherwise, sc /s/ before e, i, y, qu /kw/,
 *     x /ks/ inside a word, a final e after a consonant unsaid.
 *
 * The last line is written into the reading but makes none alone: each matcher reads those
 * letters so already (abjad.c's classes, readings.c's ENGLISH).
 */
#include "text/english.h"

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

/* Whether position i of w (len bytes) is a consonant letter: not past the end, not a vowel. */
static bool consonant_at(const char *w, size_t len, size_t i)
{
    return i < len && !cdn_is_vowel_letter(w[i]);
}

/* Whether position i of w (len bytes) is an e, i or y (a soft c, a dg said j). */
static bool front_at(const char *w, size_t len, size_t i)
{
    return i < len && (w[i] == 'e' || w[i] == 'i' || w[i] == 'y');
}

/* One step of the reading: what English says for the letters of w (len bytes) from i on, written
 * at *out (advanced past it); returns how many letters it reads. A step that changes the
 * consonants heard from those the letters give adds its rule (cdn_english_rule) to *said. */
static size_t read_step(const char *w, size_t len, size_t i, char **out, unsigned *said)
{
    const char *to = NULL; /* what the letters read are said as; NULL: the letter itself */
    size_t n = 1;          /* how many letters are read */
    unsigned rule = 0;     /* the rule, when it changes the consonants heard */
    char prev = i > 0 ? w[i - 1] : '\0';
    switch (w[i]) {
    case 't':
        if (continues(w, len, i, "tion") && prev != 's')
            to = "shon", n = 4, rule = CDN_ENGLISH_SH;
        break;
    case 's':
        if (continues(w, len, i, "ssion"))
            to = "shon", n = 5, rule = CDN_ENGLISH_SH;
        else if (continues(w, len, i, "sion") && prev != 's')
            to = "shon", n = 4, rule = CDN_ENGLISH_SH;
        else if (continues(w, len, i, "sc") && front_at(w, len, i + 2))
            to = "s", n = 2;
        break;
    case 'd':
        if (continues(w, len, i, "dge") && (i + 3 == len || consonant_at(w, len, i + 3)))
            to = "j", n = 3, rule = CDN_ENGLISH_J;
        else if (continues(w, len, i, "dg") && (i + 2 == len || consonant_at(w, len, i + 2) || front_at(w, len, i + 2)))
            to = "j", n = 2, rule = CDN_ENGLISH_J;
        break;
    case 'i':
        if (continues(w, len, i, "isle") && (i + 4 == len || consonant_at(w, len, i + 4)))
            to = "ail", n = 4, rule = CDN_ENGLISH_ISLE;
        else if (continues(w, len, i, "igh"))
            to = "ai", n = 3, rule = CDN_ENGLISH_GH;
        break;
    case 'e':
        if (continues(w, len, i, "eigh"))
            to = "ei", n = 4, rule = CDN_ENGLISH_GH;
        else if (i + 1 == len && i >= 2 && !cdn_is_vowel_letter(prev))
            to = "";
        break;
    case 'o':
        if (continues(w, len, i, "ough"))
            to = "of", n = 4, rule = CDN_ENGLISH_GH_F;
        break;
    case 'a':
        if (continues(w, len, i, "augh"))
            to = "af", n = 4, rule = CDN_ENGLISH_GH_F;
        break;
    case 'u':
        if (continues(w, len, i, "ugh") && i > 0)
            to = "yu", n = 3, rule = CDN_ENGLISH_GH;
        break;
    case 'g':
        if (continues(w, len, i, "gh") && i == 0)
            to = "g", n = 2;
        break;
    case 'm':
        if (continues(w, len, i, "mb") && i + 2 == len)
            to = "m", n = 2, rule = CDN_ENGLISH_MB;
        break;
    case 'p':
        if (continues(w, len, i, "ph"))
            to = "f", n = 2;
        break;
    case 'c':
        if (continues(w, len, i, "ch"))
            to = "ch", n = 2;
        else if (continues(w, len, i, "ck"))
            to = "k", n = 2;
        else
            to = front_at(w, len, i + 1) ? "s" : "k";
        break;
    case 'q':
        if (continues(w, len, i, "qu"))
            to = "kw", n = 2;
        else
            to = "k";
        break;
    case 'x':
        if (i > 0)
            to = "ks";
        break;
    default:
        break;
    }
    if (!to) {
        *(*out)++ = w[i];
        return 1;
    }
    size_t lt = strlen(to);
    memcpy(*out, to, lt);
    *out += lt;
    *said |= rule;
    return n;
}

unsigned cdn_english_reading(const char *w, size_t len, char *out)
{
    char *o = out;
    size_t i = 0;
    unsigned said = 0;
    /* an initial kn, wr, gn, ps: the first letter is unsaid (Knox, Wright, Gnome, Psmith) */
    if (len > 3 && (continues(w, len, 0, "kn") || continues(w, len, 0, "wr") || continues(w, len, 0, "gn") ||
                    continues(w, len, 0, "ps"))) {
        i = 1;
        said = CDN_ENGLISH_FIRST;
    }
    while (i < len)
        i += read_step(w, len, i, &o, &said);
    *o = '\0';
    return said;
}
