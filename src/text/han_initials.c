/*
 * han_initials.c — a Han transcription's first initial against a spelling's first letter (see
 * han_initials.h).
 *
 * Each letter allowed was counted on the benchmark's 2,000 Wikidata Chinese pairs and 3,000
 * development pairs outside them that compare accepts (one word each side): no pair of them
 * begins otherwise. After a vowel syllable the spellings begin with a vowel, h, or the n of
 * African names (恩 en: ten pairs); after y also with j or the g of Greek and Italian gi, ge
 * (耶卡斯 / Gekas); after w with v, w, u, o or h (維多夫羅 / Huidobro); after b with b (349), p
 * (43: Taiwan's 柏 for p), v (比傑安 / Vijayan) or g (巴博 / Gbagbo); after p with p (161);
 * after m with m (402); after f with f, v, w or ph (菲利帕 / Philippa); after d and t with d or
 * t; after n with n, k or g (納福 / Knef); after l with l, r or w (伦奇 / Wrench); after g and k
 * with g, k, c or q (甘比斯 / Camps, 奎南 / Guinan).
 */
#include "text/han_initials.h"

#include <string.h>

/* The first letters a spelling may begin with after a syllable of the initial pinyin begins
 * with, or NULL when the rule says nothing of it; a vowel, y or h is tested apart. */
static const char *letters_after(const char *pinyin)
{
    if (strncmp(pinyin, "zh", 2) == 0 || strncmp(pinyin, "ch", 2) == 0 || strncmp(pinyin, "sh", 2) == 0)
        return NULL;
    switch (pinyin[0]) {
    case 'a':
    case 'e':
    case 'o':
        return pinyin[1] == 'n' ? "n" : "";
    case 'y': return "jg";
    case 'w': return "wv";
    case 'b': return "bpvg";
    case 'p': return "p";
    case 'm': return "m";
    case 'f': return "fvw"; /* and ph: below */
    case 'd':
    case 't': return "dt";
    case 'n': return "nkg";
    case 'l': return "lrw";
    case 'g': return "gkcq";
    case 'k': return "gkcqx";
    default: return NULL;
    }
}

bool cdn_han_initial_fits(const char *pinyin, const char *spelled)
{
    char letter = spelled[0];
    const char *allowed = letter ? letters_after(pinyin) : NULL;
    if (!allowed)
        return true;
    /* A vowel, y or h (unwritten: Hélène 埃莱娜) is written with a syllable of no initial
     * consonant, or of a y or w, never with one of these consonants. */
    if (strchr("aeiouyh", letter))
        return strchr("aeoyw", pinyin[0]) != NULL;
    if (pinyin[0] == 'f' && letter == 'p')
        return spelled[1] == 'h';
    return strchr(allowed, letter) != NULL;
}
