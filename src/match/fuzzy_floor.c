/*
 * fuzzy_floor.c — Latin edit-distance matches at the floor that name another person
 * (see fuzzy_floor.h).
 *
 * The first-letter rule rests on a long-standing observation of spelling-error studies: a
 * misspelling seldom changes a word's first letter (Pollock and Zamora 1984, "Automatic
 * spelling correction in scientific and scholarly text", CACM 27(4), whose SPEEDCOP keys keep
 * the first letter for that reason), while the names one edit from a common name at its first
 * letter are many (Susan / Dusan, Dana / Lana).
 */
#include "match/fuzzy_floor.h"

/* Soundex's consonant codes (Russell 1918; Knuth, TAOCP vol. 3, §6.4): letters of one code
 * are those that romanisations and dialects trade for each other (Gwang / Kwang, Qaddafi /
 * Gaddafi, Pong / Bong, Vladimir / Bladimir), so a first letter changed within a code is a
 * spelling, not another name. 0 for the vowels and the uncoded h, w, y, which spellings add and
 * drop (Harkusha / Garkusha, Walid / Valed). */
static char sound_code(char c)
{
    switch (c) {
    case 'b': case 'f': case 'p': case 'v':
        return '1';
    case 'c': case 'g': case 'j': case 'k': case 'q': case 's': case 'x': case 'z':
        return '2';
    case 'd': case 't':
        return '3';
    case 'l':
        return '4';
    case 'm': case 'n':
        return '5';
    case 'r':
        return '6';
    default:
        return 0;
    }
}

/* Whether x and y begin with consonants of different codes and go on alike. */
static bool first_letter_replaced(const char *x, const char *y)
{
    char cx = sound_code(x[0]), cy = sound_code(y[0]);
    return cx && cy && cx != cy && x[1] && x[1] == y[1];
}

/* Whether t's text begins with a letter below U+0250: UTF-8 lead bytes up to 0xC9 cover
 * U+0000-U+027F, and 0xC9 0x90 is U+0250. */
static bool written_in_latin(const cdn_token *t)
{
    const unsigned char *s = (const unsigned char *)t->text;
    return !(t->flags & CDN_TOK_ROMANISED) && (s[0] < 0xC9 || (s[0] == 0xC9 && s[1] < 0x90));
}

bool cdn_both_latin(const cdn_token *a, const cdn_token *b) { return written_in_latin(a) && written_in_latin(b); }

bool cdn_fuzzy_floor(const cdn_token *a, const cdn_token *b, double s, double spelled)
{
    if (!cdn_both_latin(a, b))
        return false;
    if (first_letter_replaced(a->latin, b->latin) && first_letter_replaced(a->key, b->key))
        return true;
    return spelled < 0.75 && s <= 0.8 + 1e-9;
}
