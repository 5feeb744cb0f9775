/*
 * palladius.c — Chinese names in Cyrillic read back into pinyin (see palladius.h).
 *
 * A word is read syllable by syllable, every way its letters split into a Palladius initial and
 * final (or a syllable without initial), each syllable kept only when pinyin has it (pinyin.h);
 * a depth-first search, which compared with a Latin word stops at the first syllable that
 * differs from it.
 */
#include "text/palladius.h"

#include <string.h>

#include "text/pinyin.h"
#include "text/ukrainian.h"

/* The initials, in Cyrillic, and the pinyin they stand for before a plain final and before one
 * of the i and ü finals, where Palladius writes j, q, x as it writes z, c, s. */
static const struct {
    const char *cyrillic;
    const char *plain, *palatal;
} INITIALS[] = {
    {"чж", "zh", "zh"}, {"цз", "z", "j"}, {"ч", "ch", "ch"}, {"ш", "sh", "sh"}, {"ж", "r", "r"}, {"ц", "c", "q"},
    {"с", "s", "x"},    {"б", "b", "b"},  {"п", "p", "p"},   {"м", "m", "m"},   {"ф", "f", "f"}, {"д", "d", "d"},
    {"т", "t", "t"},    {"н", "n", "n"},  {"л", "l", "l"},   {"г", "g", "g"},   {"к", "k", "k"}, {"х", "h", "h"},
};

/* What a final does to the syllable besides its letters. */
enum final_kind {
    PLAIN,   /* the initial as it is */
    PALATAL, /* an i final: the initial's palatal pinyin (цзи ji, си xi) */
    UMLAUT,  /* a ü final: palatal too, and the ü written u, or v after l and n (люй lü) */
    O,       /* о: o after b, p, m, f (бо bo), uo after the others (го guo) */
    Y,       /* ы: the i of zi, ci, si (цзы, цы, сы) */
};

/* The finals after an initial (й written и, as normalisation leaves it), longest first: the
 * first reading found takes the longest syllables (юаньцин yuanqing, not you-anqing). */
static const struct {
    const char *cyrillic;
    const char *pinyin;
    enum final_kind kind;
} FINALS[] = {
    {"юань", "uan", UMLAUT}, {"уань", "uan", PLAIN}, {"янь", "ian", PALATAL}, {"юнь", "un", UMLAUT},
    {"инь", "in", PALATAL}, {"унь", "un", PLAIN}, {"энь", "en", PLAIN}, {"ань", "an", PLAIN},
    {"уаи", "uai", PLAIN}, {"уан", "uang", PLAIN}, {"яо", "iao", PALATAL}, {"ян", "iang", PALATAL},
    {"юн", "iong", PALATAL}, {"юи", "u", UMLAUT}, {"юэ", "ue", UMLAUT}, {"аи", "ai", PLAIN},
    {"эи", "ei", PLAIN}, {"ао", "ao", PLAIN}, {"оу", "ou", PLAIN}, {"ан", "ang", PLAIN},
    {"эн", "eng", PLAIN}, {"ун", "ong", PLAIN}, {"ин", "ing", PALATAL}, {"уа", "ua", PLAIN},
    {"уи", "ui", PLAIN}, {"а", "a", PLAIN}, {"о", "o", O}, {"э", "e", PLAIN}, {"и", "i", PALATAL},
    {"ы", "i", Y}, {"я", "ia", PALATAL}, {"е", "ie", PALATAL}, {"ю", "iu", PALATAL},
    {"у", "u", PLAIN},
};

/* The syllables without an initial (pinyin writes their i, u, ü as y and w), longest first. */
static const struct {
    const char *cyrillic;
    const char *pinyin;
} WHOLE[] = {
    {"вань", "wan"}, {"вэнь", "wen"}, {"юань", "yuan"}, {"ань", "an"}, {"энь", "en"},
    {"янь", "yan"}, {"инь", "yin"}, {"ваи", "wai"}, {"вэи", "wei"}, {"ван", "wang"},
    {"вэн", "weng"}, {"юнь", "yun"}, {"аи", "ai"}, {"ан", "ang"}, {"ао", "ao"}, {"эи", "ei"},
    {"эн", "eng"}, {"эр", "er"}, {"оу", "ou"}, {"яо", "yao"}, {"ян", "yang"}, {"ин", "ying"},
    {"юн", "yong"}, {"ва", "wa"}, {"во", "wo"}, {"юи", "yu"}, {"юэ", "yue"}, {"а", "a"}, {"э", "e"},
    {"о", "o"}, {"и", "yi"}, {"я", "ya"}, {"е", "ye"}, {"ю", "you"}, {"у", "wu"},
};

/* The most syllables of a word followed. */
enum { MAX_SYLLABLES = 8 };

/* The search's state: the Latin word to meet (NULL: none, the first reading is written) and
 * where the pinyin is written. */
typedef struct reader {
    const char *target;
    char out[CDN_PALLADIUS_MAX];
} reader;

/* Whether s begins with prefix (*len its length). Every Cyrillic letter is two bytes: most
 * entries differ in the first two. */
static bool starts(const char *s, const char *prefix, size_t *len)
{
    if (s[0] != prefix[0] || s[1] != prefix[1])
        return false;
    *len = strlen(prefix);
    return strncmp(s, prefix, *len) == 0;
}

static bool read_from(reader *r, const char *c, size_t at, int depth);

/* Tries the pinyin syllable syl (len letters) for the Cyrillic letters up to c: written at
 * `at`, then the rest of the word. A ü may be written v where pinyin writes it so (lü, nüe). */
static bool try_syllable(reader *r, const char *syl, size_t len, const char *c, size_t at, int depth)
{
    if (at + len + 1 > sizeof r->out || !cdn_pinyin_syllable(syl, len))
        return false;
    if (r->target) {
        const char *t = r->target + at;
        bool same = strncmp(t, syl, len) == 0;
        if (!same && (syl[0] == 'l' || syl[0] == 'n') && syl[1] == 'u') /* lü: lv, lu */
            same = t[0] == syl[0] && t[1] == 'v' && strncmp(t + 2, syl + 2, len - 2) == 0;
        if (!same)
            return false;
    }
    memcpy(r->out + at, syl, len);
    return read_from(r, c, at + len, depth + 1);
}

/* Whether the Cyrillic letters at c, written from `at` in r->out, read to the end as pinyin
 * syllables (meeting r->target to its end too, when there is one). */
static bool read_from(reader *r, const char *c, size_t at, int depth)
{
    if (!*c) {
        r->out[at] = '\0';
        return !r->target || r->target[at] == '\0';
    }
    if (depth >= MAX_SYLLABLES || (r->target && !r->target[at]))
        return false;
    size_t n, f;
    for (size_t w = 0; w < sizeof WHOLE / sizeof WHOLE[0]; w++)
        if ((!r->target || r->target[at] == WHOLE[w].pinyin[0]) && starts(c, WHOLE[w].cyrillic, &n) && try_syllable(r, WHOLE[w].pinyin, strlen(WHOLE[w].pinyin), c + n, at, depth))
            return true;
    for (size_t i = 0; i < sizeof INITIALS / sizeof INITIALS[0]; i++) {
        if (!starts(c, INITIALS[i].cyrillic, &n))
            continue;
        /* Its plain and palatal pinyin must begin as the Latin word goes on. */
        if (r->target && r->target[at] != INITIALS[i].plain[0] && r->target[at] != INITIALS[i].palatal[0])
            continue;
        for (size_t k = 0; k < sizeof FINALS / sizeof FINALS[0]; k++) {
            if (!starts(c + n, FINALS[k].cyrillic, &f))
                continue;
            const char *initial = FINALS[k].kind == PALATAL || FINALS[k].kind == UMLAUT ? INITIALS[i].palatal
                                                                                           : INITIALS[i].plain;
            const char *final = FINALS[k].pinyin;
            if (FINALS[k].kind == O)
                final = strchr("bpmf", initial[0]) ? "o" : "uo";
            if (FINALS[k].kind == Y && !(strlen(initial) == 1 && strchr("zcs", initial[0])))
                continue;
            if (FINALS[k].kind == UMLAUT && !strchr("jqxln", initial[0]))
                continue;
            char syl[8];
            size_t li = strlen(initial), lf = strlen(final);
            memcpy(syl, initial, li);
            memcpy(syl + li, final, lf + 1);
            if (try_syllable(r, syl, li + lf, c + n + f, at, depth))
                return true;
        }
        /* A lone initial is no syllable: the longer initial (чж, цз) was tried first, and a
         * shorter one that also begins the word (ч of чж) goes on the same way. */
    }
    return false;
}

/* The longest word read, in bytes (eight syllables of four letters). */
enum { MAX_WORD = 64 };

/* read_from for the word as written, then for it as written in Ukrainian (ukrainian.h). */
static bool read_word(reader *r, const char *cyrillic)
{
    if (read_from(r, cyrillic, 0, 0))
        return true;
    char russian[MAX_WORD + 1];
    return cdn_ukrainian_as_russian(cyrillic, russian, sizeof russian) && read_from(r, russian, 0, 0);
}

bool cdn_palladius_reads(const char *cyrillic, const char *latin)
{
    reader r;
    r.target = latin;
    return latin[0] && read_word(&r, cyrillic);
}

size_t cdn_palladius_pinyin(const char *cyrillic, char out[CDN_PALLADIUS_MAX])
{
    reader r;
    r.target = NULL;
    if (!read_word(&r, cyrillic))
        return 0;
    size_t len = strlen(r.out);
    memcpy(out, r.out, len + 1);
    return len;
}
