/*
 * inflect.c — candidate base forms of an inflected word (see inflect.h).
 *
 * Names in news are declined like any noun: the German genitive adds -s (Putins), Russian and
 * Ukrainian surnames in -ов/-ин/-ев take the noun endings (Путина, Путину, Путиным, Путіні,
 * Путінові; Захаровой, Захарової for the feminine -ова), Polish ones theirs (Putina, Putinowi,
 * Putinem, Putinie; Łukaszenka: Łukaszenki, Łukaszence, Łukaszenkę), and Arabic writes the
 * conjunctions and prepositions و ف ب ل ك and the article ال joined to the next word (وبوتين).
 * Names ending in -о, -енко, -ко (Лукашенко, Шойгу) do not decline at all and need nothing.
 *
 * The endings below are the case endings of those noun and surname classes as the reference
 * grammars give them — T. Wade, A Comprehensive Russian Grammar, 3rd ed. (2011), §§ 36–50 and
 * 144 (surnames in -ов/-ин); S. Pugh and I. Press, Ukrainian: A Comprehensive Grammar (1999),
 * ch. 3; O. Swan, A Grammar of Contemporary Polish (2002), the masculine and feminine noun
 * declensions; H. Wiese, Deutsche Grammatik on the proper-name genitive; K. Ryding, A
 * Reference Grammar of Modern Standard Arabic (2005), ch. 5 and 16 on proclitics — written
 * after normalization (marks stripped: й → и, ї → і, ę → e, ą → a). Stripping is generous on
 * purpose: a wrong base costs one hash lookup and is dropped when the index does not know it.
 */
#include "scan/inflect.h"

#include <stdbool.h>
#include <string.h>

typedef struct ending {
    const char *suffix;      /* as normalized */
    const char *replacement; /* what the base ends in instead */
    size_t suffix_len;       /* its bytes: most words are turned away by the last one */
    bool polish;             /* Polish only: tried in Polish text (or text of no known language) */
} ending;

#define E(suffix, replacement) {suffix, replacement, sizeof suffix - 1, false}
#define PL(suffix, replacement) {suffix, replacement, sizeof suffix - 1, true}

/* Longest first within a language, so the most specific base comes first. The endings in
 * Cyrillic letters, then those in Latin ones: a word's last byte tells which can end it (a
 * Cyrillic letter's last byte is 0x80 or more, a Latin ending's is ASCII), and only those are
 * tried, in this order. */
static const ending CYRILLIC_ENDINGS[] = {
    /* Russian (surnames in -ов/-ев/-ин, nouns in a consonant, feminine -ова/-ина) */
    E("ыми", ""),  E("ами", ""),  E("ями", ""),  E("ого", "ии"), E("ому", "ии"), E("ои", "а"),  E("ою", "а"),
    E("ым", ""),   E("ом", ""),   E("ем", ""),   E("ах", ""),   E("ях", ""),   E("ои", ""),   E("а", ""),
    E("у", ""),    E("е", ""),    E("ы", "а"),   E("и", "а"),   E("у", "а"),   E("ю", "я"),   E("я", ""),
    /* Ukrainian (normalized ї → і, й → и): dative -ові, instrumental -им, locative -і, the
     * feminine genitive -ої → -оі */
    E("ові", ""),  E("оі", "а"),  E("им", ""),   E("і", ""),
};

static const ending LATIN_ENDINGS[] = {
    /* Polish; its -a (genitive) also takes the -a off romanised Russian feminine surnames
     * (Solovieva) in text of any language, so it is tried everywhere */
    PL("owi", ""), PL("iem", ""), PL("em", ""),  PL("ie", ""),  PL("ki", "ka"), PL("ce", "ka"), PL("ke", "ka"),
    PL("y", "a"),  PL("u", ""),   E("a", ""),
    /* German genitive (Putins, Lukaschenkos) and English plural-looking forms */
    E("s", ""),
};

/* Arabic proclitics: the conjunctions, prepositions and the article, alone and combined. */
static const char *const PREFIXES[] = {
    "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك",
};

/* Code points in the len bytes at s. */
static size_t code_points(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static bool ends_with(const char *s, size_t len, const char *suffix, size_t slen)
{
    return slen <= len && memcmp(s + len - slen, suffix, slen) == 0;
}

/* Adds base (head of the word + tail) unless out is full, it equals the word, or it is there. */
static size_t add_base(cdn_base *out, size_t n, const char *head, size_t head_len, const char *tail,
                       const char *word, size_t len)
{
    size_t tail_len = strlen(tail);
    if (n == CDN_MAX_BASES || head_len + tail_len >= sizeof out[0].text)
        return n;
    if (head_len + tail_len == len && memcmp(head, word, head_len) == 0 && memcmp(tail, word + head_len, tail_len) == 0)
        return n;
    cdn_base b;
    memcpy(b.text, head, head_len);
    memcpy(b.text + head_len, tail, tail_len);
    b.len = head_len + tail_len;
    b.text[b.len] = '\0';
    for (size_t i = 0; i < n; i++)
        if (out[i].len == b.len && memcmp(out[i].text, b.text, b.len) == 0)
            return n;
    out[n] = b;
    return n + 1;
}

size_t cdn_inflection_bases(const char *word, size_t len, bool polish, cdn_base *out)
{
    size_t n = 0;
    if (len >= sizeof out[0].text)
        return 0;
    if (len == 0)
        return 0;
    bool latin = (unsigned char)word[len - 1] < 0x80;
    const ending *endings = latin ? LATIN_ENDINGS : CYRILLIC_ENDINGS;
    size_t n_endings = latin ? sizeof LATIN_ENDINGS / sizeof LATIN_ENDINGS[0]
                             : sizeof CYRILLIC_ENDINGS / sizeof CYRILLIC_ENDINGS[0];
    for (size_t i = 0; i < n_endings; i++) {
        size_t slen = endings[i].suffix_len;
        if ((endings[i].polish && !polish) || slen > len || word[len - 1] != endings[i].suffix[slen - 1] ||
            !ends_with(word, len, endings[i].suffix, slen) || code_points(word, len - slen) < 3)
            continue;
        n = add_base(out, n, word, len - slen, endings[i].replacement, word, len);
    }
    /* Every prefix is Arabic: its first byte is 0xD8 or 0xD9 (U+0600 to U+067F). */
    for (size_t i = 0; ((unsigned char)word[0] & 0xFE) == 0xD8 && i < sizeof PREFIXES / sizeof PREFIXES[0]; i++) {
        size_t plen = strlen(PREFIXES[i]);
        if (plen < len && memcmp(word, PREFIXES[i], plen) == 0 && code_points(word + plen, len - plen) >= 3) {
            n = add_base(out, n, word + plen, len - plen, "", word, len);
            break; /* the longest prefix that fits; the shorter ones are inside it */
        }
    }
    return n;
}
