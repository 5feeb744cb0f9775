/*
 * kana_digraphs.c — the extended katakana of the 1991 rules spelled as Hepburn spells them
 * (see kana_digraphs.h).
 */
#include "text/kana_digraphs.h"

#include <string.h>

/* A kana, the small vowels it combines with (a bit each: ァ ィ ゥ ェ ォ, then ャ ュ ョ), and the
 * Latin consonants it is written with before them. */
typedef struct digraph {
    uint16_t kana;
    uint8_t smalls;
    const char *latin;
} digraph;

enum { SA = 1, SI = 2, SU = 4, SE = 8, SO = 16, SYU = 32 };

/* The second table of 外来語の表記 (1991), with Hepburn's spelling of each. */
static const digraph DIGRAPHS[] = {
    {0x30F4, SA | SI | SE | SO | SYU, "v"}, /* ヴ: ヴァ va, ヴィ vi, ヴェ ve, ヴォ vo, ヴュ vyu */
    {0x30C8, SU, "t"},                      /* ト: トゥ tu */
    {0x30C9, SU, "d"},                      /* ド: ドゥ du */
    {0x30C4, SA | SI | SE | SO, "ts"},      /* ツ: ツァ tsa, ツィ tsi, ツェ tse, ツォ tso */
    {0x30AF, SA | SI | SE | SO, "kw"},      /* ク: クァ kwa, クィ kwi, クェ kwe, クォ kwo */
    {0x30B0, SA | SI | SE | SO, "gw"},      /* グ: グァ gwa */
    {0x30C6, SYU, "t"},                     /* テ: テュ tyu */
    {0x30C7, SYU, "d"},                     /* デ: デュ dyu */
    {0x30D5, SYU, "f"},                     /* フ: フュ fyu */
    {0x30B9, SI, "s"},                      /* ス: スィ si */
    {0x30BA, SI, "z"},                      /* ズ: ズィ zi */
};

/* The bit of the small kana c (SA..SYU), and its full-size kana in *full; 0 for another. */
static unsigned small_vowel(uint16_t c, uint16_t *full)
{
    switch (c) {
    case 0x30A1: *full = 0x30A2; return SA;  /* ァ → ア */
    case 0x30A3: *full = 0x30A4; return SI;  /* ィ → イ */
    case 0x30A5: *full = 0x30A6; return SU;  /* ゥ → ウ */
    case 0x30A7: *full = 0x30A8; return SE;  /* ェ → エ */
    case 0x30A9: *full = 0x30AA; return SO;  /* ォ → オ */
    case 0x30E5: *full = 0x30E6; return SYU; /* ュ → ユ */
    default: return 0;
    }
}

/* The Latin consonants kana c is written with before the small vowel bit, or NULL. */
static const char *latin_of(uint16_t c, unsigned bit)
{
    for (size_t k = 0; k < sizeof DIGRAPHS / sizeof DIGRAPHS[0]; k++)
        if (DIGRAPHS[k].kana == c)
            return (DIGRAPHS[k].smalls & bit) ? DIGRAPHS[k].latin : NULL;
    return NULL;
}

size_t cdn_kana_digraphs(uint16_t *buf, size_t units, size_t cap)
{
    for (size_t i = 0; i + 1 < units; i++) {
        uint16_t full;
        unsigned bit = small_vowel(buf[i + 1], &full);
        const char *latin = bit ? latin_of(buf[i], bit) : NULL;
        if (!latin)
            continue;
        size_t len = strlen(latin);
        if (units + len - 1 > cap)
            return units;
        if (i > 0 && buf[i - 1] == 0x30C3)
            buf[i - 1] = (uint16_t)latin[0]; /* ッ doubles the consonant: ッツァ ttsa (ICU writes tsu before Latin) */
        memmove(buf + i + len + 1, buf + i + 2, (units - i - 2) * sizeof buf[0]);
        for (size_t k = 0; k < len; k++)
            buf[i + k] = (uint16_t)latin[k];
        buf[i + len] = full;
        units += len - 1;
        i += len;
    }
    return units;
}
