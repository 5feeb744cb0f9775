/*
 * readings.c — Latin spellings read as their source languages read them (see readings.h).
 *
 * The rules follow the Russian practice of transcribing foreign names, as set out in
 * Ermolovich, "Имена собственные на стыке языков и культур" (2001), and Wikipedia's
 * "German–Russian", "French–Russian", "English–Russian", "Polish–Russian", "Spanish–Russian",
 * "Italian–Russian" practical transcription articles and "Polivanov system" (Japanese), as
 * rewrites into BGN/PCGN romanised Russian (х kh, ж zh, ц ts, ч ch, ш sh, дж dzh, й y).
 */
#include "text/readings.h"

#include <stdbool.h>
#include <string.h>

/* Where a rule applies. */
enum {
    ANYWHERE = 0,
    FRONT = 1 << 0, /* before e, i or y */
    START = 1 << 1, /* at the start of the word */
    END = 1 << 2,   /* at the end of the word */
    VOWEL = 1 << 3, /* before a vowel */
};

typedef struct rewrite {
    const char *from, *to;
    unsigned where;
} rewrite;

/* Each language's rules; at each position the first rule that applies wins, so longer
 * patterns come before their prefixes. */
static const rewrite GERMAN[] = {
    {"tsch", "ch", 0}, {"sch", "sh", 0}, {"ch", "kh", 0}, {"ck", "k", 0}, {"tz", "ts", 0}, {"z", "ts", 0},
    {"ph", "f", 0},    {"th", "t", 0},   {"qu", "kv", 0}, {"v", "f", 0},  {"w", "v", 0},   {"ei", "ay", 0},
    {"ey", "ay", 0},   {"eu", "oy", 0},  {"ie", "i", 0},  {"j", "y", 0},  {"h", "g", VOWEL},
    {NULL, NULL, 0},
};
static const rewrite FRENCH[] = {
    {"eau", "o", 0}, {"ou", "u", 0},  {"oi", "ua", 0}, {"au", "o", 0},  {"ai", "e", 0},     {"ch", "sh", 0},
    {"gn", "n", 0},  {"qu", "k", 0},  {"ph", "f", 0},  {"th", "t", 0},  {"j", "zh", 0},     {"g", "zh", FRONT},
    {"c", "s", FRONT}, {"x", "ks", 0}, {"h", "", 0},   {"es", "", END}, {"s", "", END},     {"t", "", END},
    {"d", "", END},  {"x", "", END},  {NULL, NULL, 0},
};
static const rewrite ENGLISH[] = {
    {"tch", "ch", 0}, {"ee", "i", 0},   {"ea", "i", 0}, {"oo", "u", 0},   {"ou", "au", 0}, {"ow", "ou", 0},
    {"th", "t", 0},   {"ph", "f", 0},   {"ck", "k", 0}, {"qu", "kv", 0},  {"j", "dzh", 0}, {"g", "dzh", FRONT},
    {"c", "s", FRONT}, {"x", "ks", 0},  {"w", "u", 0},  {"h", "kh", START}, {"y", "i", 0},
    {NULL, NULL, 0},
};
static const rewrite POLISH_CZECH[] = {
    {"szcz", "shch", 0}, {"ch", "kh", 0}, {"cz", "ch", 0}, {"sz", "sh", 0}, {"rz", "zh", 0}, {"c", "ts", 0},
    {"w", "v", 0},       {"j", "y", 0},   {"h", "g", 0},   {NULL, NULL, 0},
};
static const rewrite SPANISH[] = {
    {"ll", "ly", 0}, {"qu", "k", 0}, {"gu", "g", FRONT}, {"j", "kh", 0}, {"g", "kh", FRONT}, {"c", "s", FRONT},
    {"z", "s", 0},   {"h", "", 0},   {NULL, NULL, 0},
};
static const rewrite ITALIAN[] = {
    {"gli", "li", 0}, {"sc", "sh", FRONT}, {"ch", "k", 0}, {"gh", "g", 0}, {"gn", "n", 0}, {"c", "ch", FRONT},
    {"g", "dzh", FRONT}, {"zz", "ts", 0}, {"z", "ts", 0}, {"h", "", 0}, {NULL, NULL, 0},
};
static const rewrite JAPANESE[] = {
    {"chi", "ti", 0}, {"ch", "t", 0}, {"shi", "si", 0}, {"sh", "s", 0}, {"ji", "dzi", 0}, {"j", "dz", 0},
    {"wa", "va", 0},  {"h", "kh", 0}, {NULL, NULL, 0},
};
static const rewrite *const LANGUAGES[] = {GERMAN, FRENCH, ENGLISH, POLISH_CZECH, SPANISH, ITALIAN, JAPANESE};

static bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

/* Whether rule r applies to latin at position i (of len). */
static bool applies(const rewrite *r, const char *latin, size_t i, size_t len)
{
    size_t n = strlen(r->from);
    if (i + n > len || memcmp(latin + i, r->from, n) != 0)
        return false;
    char next = latin[i + n];
    if ((r->where & FRONT) && !(next == 'e' || next == 'i' || next == 'y'))
        return false;
    if ((r->where & VOWEL) && !vowel(next))
        return false;
    if ((r->where & START) && i != 0)
        return false;
    if ((r->where & END) && i + n != len)
        return false;
    return true;
}

/* Writes latin read by rules into out; false if it does not fit. */
static bool read_as(const rewrite *rules, const char *latin, size_t len, char out[CDN_READING_MAX + 1])
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        const rewrite *r = rules;
        while (r->from && !applies(r, latin, i, len))
            r++;
        const char *to = r->from ? r->to : latin + i;
        size_t n = r->from ? strlen(r->to) : 1;
        if (o + n > CDN_READING_MAX)
            return false;
        memcpy(out + o, to, n);
        o += n;
        i += r->from ? strlen(r->from) : 1;
    }
    out[o] = '\0';
    return true;
}

size_t cdn_readings(const char *latin, char out[CDN_READINGS][CDN_READING_MAX + 1])
{
    size_t len = strlen(latin), n = 0;
    if (len > CDN_READING_MAX)
        return 0;
    for (size_t l = 0; l < sizeof LANGUAGES / sizeof LANGUAGES[0] && n < CDN_READINGS; l++) {
        if (!read_as(LANGUAGES[l], latin, len, out[n]) || strcmp(out[n], latin) == 0)
            continue;
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = strcmp(out[k], out[n]) == 0;
        n += !seen;
    }
    return n;
}
