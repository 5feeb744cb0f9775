/*
 * arabic_compounds.c — Arabic compound given names brought to one spelling (see
 * arabic_compounds.h).
 *
 * The shapes read, on lower-case ASCII words:
 *   ʿAbd names    abd + article + noun (abd al rahman), abd + noun (abd allah), one word with the
 *                 article's vowel and l or a doubled sun letter (abdulrahman, abdelaziz,
 *                 abdurrahman, abdorreza), and the first word alone (abdel, abdur) before a noun;
 *   -al-Dīn       noun + article + din (badr al din), noun + one word for "ud-din" (nur eddine),
 *                 one word ending in a vowel, d or dd and in, ine or een (badreddine, tajideen:
 *                 a single d only before een, so that Claudine stays as it is);
 *   -Allāh        one word ending in a vowel and llah (hayatollah), or the word after a noun
 *                 (hayat ullah, aman ilah).
 */
#include <stdbool.h>
#include <string.h>

#include "text/arabic_compounds.h"

/* The vowels romanisations write an Arabic name's short vowels with. */
static bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* The "sun letters" that the article's l takes the sound of, as romanisations double them
 * (ar-Rahman, as-Salam, ad-Din, an-Nur, at-Tawwab, az-Zahir). */
static bool is_sun_letter(char c)
{
    return c == 'r' || c == 's' || c == 'd' || c == 'n' || c == 't' || c == 'z';
}

/* Whether the word is lower-case ASCII letters only (a word of another script, or with digits,
 * is never part of a compound). */
static bool is_plain_word(const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return false;
    return len > 0;
}

/* Whether the word w (len bytes, not NUL-terminated) is s. */
static bool equals(const char *w, size_t len, const char *s)
{
    return strlen(s) == len && memcmp(w, s, len) == 0;
}

/* The article as a word of its own: al, el, ul, il, ol, or its vowel and a sun letter (ar, ud,
 * es), or ash, esh, ush. */
static bool is_article(const char *w, size_t len)
{
    if (len == 2)
        return is_vowel(w[0]) && (w[1] == 'l' || is_sun_letter(w[1]));
    if (len == 3 && w[0] == 'o' && w[1] == 'u') /* French ou for u: oud, oul */
        return w[2] == 'l' || is_sun_letter(w[2]);
    return len == 3 && is_vowel(w[0]) && w[1] == 's' && w[2] == 'h';
}

/* The digraphs romanisations write a sun letter with (ash-Shams, adh-Dhahabi, ath-Thani), the
 * French ch for sh (ech-Chaab) and the Polish sz (asz-Szam). */
static const char SUN_DIGRAPHS[][3] = {"sh", "dh", "th", "ch", "sz"};

bool cdn_arabic_article_before(const char *w, size_t len, const char *next, size_t next_len)
{
    if (len < 2 || len > 4 || (w[0] != 'a' && w[0] != 'e') || next_len < len + 1)
        return false;
    if (len == 2)
        return is_sun_letter(w[1]) && next[0] == w[1] && is_plain_word(next, next_len);
    if (len == 4) /* the German sch for sh: asch-Scham */
        return memcmp(w + 1, "sch", 3) == 0 && memcmp(next, "sch", 3) == 0 && is_plain_word(next, next_len);
    for (size_t i = 0; i < sizeof SUN_DIGRAPHS / sizeof *SUN_DIGRAPHS; i++)
        if (memcmp(w + 1, SUN_DIGRAPHS[i], 2) == 0)
            return memcmp(next, SUN_DIGRAPHS[i], 2) == 0 && is_plain_word(next, next_len);
    return false;
}

/* din as the second noun of -al-Dīn names: din, deen, dine, diin. */
static bool is_din(const char *w, size_t len)
{
    return equals(w, len, "din") || equals(w, len, "deen") || equals(w, len, "dine") || equals(w, len, "diin");
}

/* Where the -ud-din ending of a word starts (its vowel): a vowel, dd and in, ine or een, or a
 * vowel, d and een; len when the word does not end so. */
static size_t din_ending(const char *w, size_t len)
{
    /* Every ending is din, dine or deen after d or l: a look at the last letters rules out
     * nearly every word before the table is read. */
    if (len < 5 || (w[len - 1] != 'n' && w[len - 1] != 'e') || (w[len - 3] != 'd' && w[len - 4] != 'd'))
        return len;
    static const struct {
        char text[6];
        unsigned char len;
    } tails[] = {{"ddine", 5}, {"ddeen", 5}, {"ddin", 4}, {"deen", 4}, {"ldine", 5}, {"ldeen", 5}, {"ldin", 4}};
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        size_t t = tails[i].len;
        /* the article's l written (nur el din): only after e, so that Geraldine stays */
        char vowel = tails[i].text[0] == 'l' ? 'e' : 0;
        if (len > t && memcmp(w + len - t, tails[i].text, t) == 0 &&
            (vowel ? w[len - t - 1] == vowel : is_vowel(w[len - t - 1])))
            return len - t - 1;
    }
    return len;
}

/* The first nouns of the -al-Dīn names, as the lists write them, for the spellings of the ending
 * that din_ending leaves alone because they are common in other names' words too: a single d
 * (Salahidin, Kamalden, Nuredin) or no vowel before it (Salahdin). Each with the noun as the
 * convention writes it: Saladin, the name's Latin form, is Salah ad-Din. After Wikipedia,
 * "Ad-Din" (the list of names ending in al-Din) and "Saladin". */
static const struct {
    char spelling[8], noun[8];
} DIN_NOUNS[] = {
    {"ala", "ala"},     {"badr", "badr"},   {"baha", "baha"},   {"burhan", "burhan"}, {"fakhr", "fakhr"},
    {"imad", "imad"},   {"izz", "izz"},     {"jalal", "jalal"}, {"jamal", "jamal"},   {"kamal", "kamal"},
    {"kemal", "kemal"}, {"khair", "khair"}, {"khayr", "khayr"}, {"najm", "najm"},     {"nasir", "nasir"},
    {"nizam", "nizam"}, {"nur", "nur"},     {"nour", "nour"},   {"qutb", "qutb"},     {"sadr", "sadr"},
    {"saif", "saif"},   {"sayf", "sayf"},   {"sala", "salah"},  {"salah", "salah"},   {"shams", "shams"},
    {"sharaf", "sharaf"}, {"shihab", "shihab"}, {"taj", "taj"}, {"zain", "zain"},     {"zayn", "zayn"},
};

/* Whether w is din written with a single d: an optional vowel, d, and in, en, ine or een
 * (idin, edine, den, din). */
static bool single_d_din(const char *w, size_t len)
{
    if (len > 0 && is_vowel(w[0])) {
        w++;
        len--;
    }
    return len >= 3 && w[0] == 'd' &&
           (equals(w + 1, len - 1, "in") || equals(w + 1, len - 1, "en") || equals(w + 1, len - 1, "ine") ||
            equals(w + 1, len - 1, "een"));
}

/* The noun of a word that is one of DIN_NOUNS and din written with a single d (salahidin,
 * kamalden, saladin), or NULL. */
static const char *din_noun(const char *w, size_t len)
{
    for (size_t i = 0; i < sizeof DIN_NOUNS / sizeof *DIN_NOUNS; i++) {
        size_t n = strlen(DIN_NOUNS[i].spelling);
        if (len > n && memcmp(w, DIN_NOUNS[i].spelling, n) == 0 && single_d_din(w + n, len - n))
            return DIN_NOUNS[i].noun;
    }
    return NULL;
}

/* Where the -ullah ending of a word starts (its vowel): a vowel and llah; len when none. */
static size_t lah_ending(const char *w, size_t len)
{
    if (len > 4 && memcmp(w + len - 4, "llah", 4) == 0 && is_vowel(w[len - 5]))
        return len - 5;
    return len;
}

/* Writes a and b (b may be NULL) joined to out; false when they do not fit. */
static bool put(char out[CDN_COMPOUND_MAX], const char *a, size_t alen, const char *b, size_t blen)
{
    if (alen + blen + 1 > CDN_COMPOUND_MAX)
        return false;
    memcpy(out, a, alen);
    if (blen)
        memcpy(out + alen, b, blen);
    out[alen + blen] = '\0';
    return true;
}

/* Whether a word starts with abd and the article: a vowel and l (abdul, abdel, abdal), or a
 * vowel and a sun letter that is the word's last letter (abdur, abdus) or is doubled, its second
 * copy the noun's first letter (abdur|rahman, abdor|reza). */
static bool abd_article(const char *w, size_t len)
{
    if (len < 5 || memcmp(w, "abd", 3) != 0 || !is_vowel(w[3]))
        return false;
    return w[4] == 'l' || (is_sun_letter(w[4]) && (len == 5 || w[5] == w[4]));
}

/* The noun after abd written as a word of its own, without an article joined to it (allah →
 * lah, alrahman → rahman; not alim, where al is the noun's own). */
static void strip_joined_article(const char **w, size_t *len)
{
    if (*len >= 5 && ((*w)[0] == 'a' || (*w)[0] == 'e') && (*w)[1] == 'l' && !is_vowel((*w)[2])) {
        *w += 2;
        *len -= 2;
    }
}

/* Whether the noun is the name of God (allah with its article taken off: lah, llah, la, lla). */
static bool is_allah(const char *w, size_t len)
{
    return equals(w, len, "lah") || equals(w, len, "llah") || equals(w, len, "la") || equals(w, len, "lla");
}

/* ʿAbd and the noun, from `words` words: as one word if it was written as one, and always for
 * ʿAbd Allāh, which is written as one word far more often than not (abdullah); else abdul and
 * the noun as two words. The scorer meets one word with two (Abdulrahman / Abdul Rahman);
 * splitting a word written as one would leave it as one when a typing error hides the compound
 * (Abdwelhalim), and the two sides far apart. */
static bool abd_noun(const char *noun, size_t noun_len, size_t words, cdn_compound *c)
{
    c->words = words;
    if (is_allah(noun, noun_len)) {
        c->n_out = 1;
        return put(c->out[0], "abdullah", 8, NULL, 0);
    }
    if (words == 1) {
        c->n_out = 1;
        return put(c->out[0], "abdul", 5, noun, noun_len);
    }
    c->n_out = 2;
    return put(c->out[0], "abdul", 5, NULL, 0) && put(c->out[1], noun, noun_len, NULL, 0);
}

/* ʿAbd names; see the file comment. */
static bool abd_name(const char *const *w, const size_t *len, size_t n, bool after_word, cdn_compound *c)
{
    bool art = abd_article(w[0], len[0]);
    if ((equals(w[0], len[0], "abd") || (art && len[0] == 5)) && n >= 2) {
        /* The first word alone: the noun follows, after an article word if the first is abd. */
        size_t at = 1;
        if (!art && n >= 3 && is_article(w[1], len[1]) && is_plain_word(w[2], len[2]))
            at = 2;
        if (at >= n || !is_plain_word(w[at], len[at]) || is_article(w[at], len[at]))
            return false;
        const char *noun = w[at];
        size_t noun_len = len[at];
        strip_joined_article(&noun, &noun_len);
        if (noun_len < 2)
            return false;
        if (at == 1 && equals(w[0], len[0], "abdul") && noun_len == len[at] && !is_allah(noun, noun_len))
            return false; /* already abdul + noun */
        return abd_noun(noun, noun_len, at + 1, c);
    }
    if ((equals(w[0], len[0], "abd") || (art && len[0] == 5)) && after_word) {
        /* The first word alone at the end of a name of several words (Umar Abd / Umar Abd
         * al-Rahman); a word alone in its part of the name ('ABD, Ahmad) is left as it is. */
        if (equals(w[0], len[0], "abdul"))
            return false;
        c->words = 1;
        c->n_out = 1;
        return put(c->out[0], "abdul", 5, NULL, 0);
    }
    /* One word: abd, the article's vowel and l or the sun letter's first copy, the noun. */
    if (!art || len[0] < 5 + 2)
        return false;
    if (memcmp(w[0], "abdul", 5) == 0 && !equals(w[0], len[0], "abdulla"))
        return false; /* already abdul + noun */
    return abd_noun(w[0] + 5, len[0] - 5, 1, c);
}

/* -al-Dīn and -Allāh names; see the file comment. */
static bool suffix_name(const char *const *w, const size_t *len, size_t n, cdn_compound *c)
{
    /* noun + article + din */
    if (n >= 3 && len[0] >= 2 && !is_article(w[0], len[0]) && is_article(w[1], len[1]) && is_din(w[2], len[2]) &&
        is_plain_word(w[0], len[0])) {
        c->words = 3;
        c->n_out = 2;
        return put(c->out[0], w[0], len[0], NULL, 0) && put(c->out[1], "uddin", 5, NULL, 0);
    }
    /* one word: a known noun + din with a single d (salahidin: salahuddin) */
    char last = w[0][len[0] - 1];
    const char *noun = len[0] >= 6 && (last == 'n' || last == 'e') ? din_noun(w[0], len[0]) : NULL;
    if (noun) {
        c->words = 1;
        c->n_out = 1;
        return put(c->out[0], noun, strlen(noun), "uddin", 5);
    }
    /* one word: noun + ending */
    size_t stem = din_ending(w[0], len[0]);
    const char *canon = "uddin";
    if (stem == len[0]) {
        stem = lah_ending(w[0], len[0]);
        canon = "ullah";
    }
    if (stem >= 3 && stem < len[0]) {
        if (len[0] - stem == 5 && memcmp(w[0] + stem, canon, 5) == 0)
            return false; /* already so */
        c->words = 1;
        c->n_out = 1;
        return put(c->out[0], w[0], stem, canon, 5);
    }
    /* the ending as a word of its own after a noun: that word alone is rewritten */
    if (n >= 2 && len[0] >= 2 && !is_article(w[0], len[0]) && is_plain_word(w[0], len[0])) {
        const char *e = w[1];
        size_t elen = len[1];
        if (!is_plain_word(e, elen))
            return false;
        bool din = din_ending(e, elen) == 0;
        bool lah = !din && (lah_ending(e, elen) == 0 || equals(e, elen, "ilah") || equals(e, elen, "ulla"));
        if ((din && !equals(e, elen, "uddin")) || (lah && !equals(e, elen, "ullah"))) {
            c->words = 2;
            c->n_out = 2;
            return put(c->out[0], w[0], len[0], NULL, 0) && put(c->out[1], din ? "uddin" : "ullah", 5, NULL, 0);
        }
    }
    return false;
}

/* Whether the words may start a compound at all, from a few letters: most words of most names
 * fail this test, and are not read further. */
static bool may_start_compound(const char *const *w, const size_t *len, size_t n)
{
    const char *a = w[0];
    size_t la = len[0];
    if (la >= 3 && a[0] == 'a' && a[1] == 'b' && a[2] == 'd')
        return true; /* abd... */
    if (la >= 5 && (a[la - 1] == 'n' || a[la - 1] == 'e' || a[la - 1] == 'h'))
        return true; /* ...din, ...dine, ...deen, ...llah */
    if (n < 2)
        return false;
    /* the ending, or the article before din, as the next word */
    size_t lb = len[1];
    return lb >= 2 && lb <= 6 && is_vowel(w[1][0]);
}

size_t cdn_arabic_compound_split(const char *w, size_t len)
{
    if (len < 5 + 2 || !is_plain_word(w, len))
        return 0;
    if (memcmp(w, "abdul", 5) == 0)
        return is_allah(w + 5, len - 5) ? 0 : 5; /* abdullah, abdulla: one word */
    if (memcmp(w + len - 5, "uddin", 5) == 0 || memcmp(w + len - 5, "ullah", 5) == 0)
        return len - 5;
    return 0;
}

bool cdn_arabic_compound(const char *const *w, const size_t *len, size_t n, bool after_word, cdn_compound *c)
{
    if (n == 0 || !may_start_compound(w, len, n) || !is_plain_word(w[0], len[0]))
        return false;
    cdn_compound found;
    if (!abd_name(w, len, n, after_word, &found) && !suffix_name(w, len, n, &found))
        return false;
    *c = found;
    return true;
}
