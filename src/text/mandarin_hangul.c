/*
 * mandarin_hangul.c — pinyin in Hangul by the 외래어 표기법's table for Chinese (see
 * mandarin_hangul.h).
 *
 * The table (국립국어원, 외래어 표기법 표 4, 중국어의 주음 부호와 한글 대조표) is a grid of
 * initials and finals, and it is kept so here: a syllable's Hangul is made from its initial's
 * consonant and its final's vowels and final consonant, not stored syllable by syllable. The
 * pinyin spellings of y-, w- and ü-syllables are first written as the table's finals (ya ia,
 * wei uei, ju jü), since the table spells those by sound.
 */
#include "text/mandarin_hangul.h"

#include <string.h>
#include <utf8proc.h>

#include "text/pinyin.h"

/* The Unicode Hangul syllables: U+AC00 + (lead * 21 + vowel) * 28 + tail. */
enum { HANGUL_FIRST = 0xAC00, HANGUL_LAST = 0xD7A3, VOWELS = 21, TAILS = 28 };

/* The jamo the table uses, by their index in the block. */
enum {
    L_G = 0, L_N = 2, L_D = 3, L_R = 5, L_M = 6, L_B = 7, L_S = 9, L_SS = 10, L_ZERO = 11,
    L_J = 12, L_JJ = 13, L_CH = 14, L_K = 15, L_T = 16, L_P = 17, L_H = 18,
};
enum {
    V_A = 0, V_YA = 2, V_EO = 4, V_E = 5, V_YEO = 6, V_YE = 7, V_O = 8, V_WA = 9, V_YO = 12,
    V_U = 13, V_WEO = 14, V_WE = 15, V_WI = 16, V_YU = 17, V_EU = 18, V_I = 20, V_NONE = 0xFF,
};
enum { T_0 = 0, T_N = 4, T_L = 8, T_NG = 21 };

enum { MAX_SYLLABLES = 16, SYLLABLE_MAX = 6 /* zhuang, shuang */, FINAL_MAX = 8 };

/* The consonant of each initial; the longer initials first (zh before z). y and w begin
 * syllables of no initial: ㅇ. */
static const struct {
    const char *pinyin;
    unsigned char lead;
} INITIALS[] = {
    {"zh", L_J}, {"ch", L_CH}, {"sh", L_S}, {"b", L_B}, {"p", L_P},  {"m", L_M},   {"f", L_P},     {"d", L_D},
    {"t", L_T},  {"n", L_N},   {"l", L_R},  {"g", L_G}, {"k", L_K},  {"h", L_H},   {"j", L_J},     {"q", L_CH},
    {"x", L_S},  {"r", L_R},   {"z", L_JJ}, {"c", L_CH}, {"s", L_SS}, {"y", L_ZERO}, {"w", L_ZERO},
};

/* The vowel and final consonant of each final's syllables (a second one begins with ㅇ). The
 * table's own names: I the i of zhi and si (으), v ü, vE the üe of nüe and lüe (뉘에; jue is
 * 줴), uei and uen those of wei and wen (웨이, 원) beside dui and dun (두이, 둔). */
static const struct {
    const char *final;
    unsigned char v1, t1, v2, t2;
} FINALS[] = {
    {"a", V_A, T_0, V_NONE, 0},     {"o", V_O, T_0, V_NONE, 0},      {"e", V_EO, T_0, V_NONE, 0},
    {"ai", V_A, T_0, V_I, T_0},     {"ei", V_E, T_0, V_I, T_0},      {"ao", V_A, T_0, V_O, T_0},
    {"ou", V_EO, T_0, V_U, T_0},    {"an", V_A, T_N, V_NONE, 0},     {"en", V_EO, T_N, V_NONE, 0},
    {"ang", V_A, T_NG, V_NONE, 0},  {"eng", V_EO, T_NG, V_NONE, 0},  {"ong", V_U, T_NG, V_NONE, 0},
    {"er", V_EO, T_L, V_NONE, 0},   {"i", V_I, T_0, V_NONE, 0},      {"I", V_EU, T_0, V_NONE, 0},
    {"ia", V_YA, T_0, V_NONE, 0},   {"io", V_YO, T_0, V_NONE, 0},    {"ie", V_YE, T_0, V_NONE, 0},
    {"iao", V_YA, T_0, V_O, T_0},   {"iu", V_YU, T_0, V_NONE, 0},    {"ian", V_YE, T_N, V_NONE, 0},
    {"in", V_I, T_N, V_NONE, 0},    {"iang", V_YA, T_NG, V_NONE, 0}, {"ing", V_I, T_NG, V_NONE, 0},
    {"iong", V_YU, T_NG, V_NONE, 0}, {"u", V_U, T_0, V_NONE, 0},     {"ua", V_WA, T_0, V_NONE, 0},
    {"uo", V_WEO, T_0, V_NONE, 0},  {"uai", V_WA, T_0, V_I, T_0},    {"ui", V_U, T_0, V_I, T_0},
    {"uei", V_WE, T_0, V_I, T_0},   {"uan", V_WA, T_N, V_NONE, 0},   {"un", V_U, T_N, V_NONE, 0},
    {"uen", V_WEO, T_N, V_NONE, 0}, {"uang", V_WA, T_NG, V_NONE, 0}, {"ueng", V_WEO, T_NG, V_NONE, 0},
    {"v", V_WI, T_0, V_NONE, 0},    {"ve", V_WE, T_0, V_NONE, 0},    {"vE", V_WI, T_0, V_E, T_0},
    {"van", V_WI, T_0, V_A, T_N},   {"vn", V_WI, T_N, V_NONE, 0},
};

/* The index in INITIALS of the initial s begins with, or -1 for a syllable beginning with a
 * vowel. */
static int initial_of(const char *s)
{
    for (size_t i = 0; i < sizeof INITIALS / sizeof INITIALS[0]; i++) {
        size_t n = strlen(INITIALS[i].pinyin);
        if (strncmp(s, INITIALS[i].pinyin, n) == 0)
            return (int)i;
    }
    return -1;
}

/* Writes to out the table's name of the final f (len letters) after the initial ini ("" for
 * none): ya ia, you iu, wei uei, ju jv, lue lvE, zhi zhI. */
static void table_final(const char *ini, const char *f, size_t len, char out[FINAL_MAX])
{
    char c = ini[0];
    const char *prefix = "";
    size_t skip = 0;
    if (c == 'y' && f[0] == 'u')
        prefix = "v", skip = 1; /* yu, yue, yuan, yun */
    else if (c == 'y' && len == 2 && memcmp(f, "ou", 2) == 0)
        prefix = "iu", skip = 2;
    else if (c == 'y' && f[0] != 'i')
        prefix = "i"; /* ya, ye, yao, yan, yang, yong */
    else if (c == 'w' && !(len == 1 && f[0] == 'u'))
        prefix = "u"; /* wa, wo, wai, wei, wan, wen, wang, weng (wu is u) */
    else if ((c == 'j' || c == 'q' || c == 'x') && f[0] == 'u')
        prefix = "v", skip = 1;
    else if ((c == 'n' || c == 'l') && len == 2 && f[1] == 'e' && (f[0] == 'u' || f[0] == 'v'))
        prefix = "vE", skip = 2;
    else if (len == 1 && f[0] == 'i' && strchr("zcsr", c))
        prefix = "I", skip = 1; /* zhi, chi, shi, ri, zi, ci, si */
    size_t np = strlen(prefix);
    memcpy(out, prefix, np);
    memcpy(out + np, f + skip, len - skip);
    out[np + len - skip] = '\0';
}

/* The Hangul syllable of lead, vowel and tail, with no glide after ㅈ, ㅉ, ㅊ (자 for 쟈, 주
 * for 쥬): the table writes none, and the folded input is compared with it. */
static utf8proc_int32_t syllable(unsigned lead, unsigned vowel, unsigned tail)
{
    if (lead == L_J || lead == L_JJ || lead == L_CH) {
        static const unsigned char PLAIN[][2] = {{V_YA, V_A}, {V_YEO, V_EO}, {V_YE, V_E}, {V_YO, V_O}, {V_YU, V_U}};
        for (size_t i = 0; i < sizeof PLAIN / sizeof PLAIN[0]; i++)
            if (vowel == PLAIN[i][0])
                vowel = PLAIN[i][1];
    }
    return HANGUL_FIRST + ((utf8proc_int32_t)lead * VOWELS + (utf8proc_int32_t)vowel) * TAILS + (utf8proc_int32_t)tail;
}

/* The Hangul of the len letters at s when they are one pinyin syllable: writes one or two
 * syllables to out and returns how many, else 0. */
static size_t syllable_hangul(const char *s, size_t len, utf8proc_int32_t out[2])
{
    if (!cdn_pinyin_syllable(s, len))
        return 0;
    int i = initial_of(s);
    const char *ini = i < 0 ? "" : INITIALS[i].pinyin;
    size_t li = strlen(ini);
    char final[FINAL_MAX];
    table_final(ini, s + li, len - li, final);
    for (size_t f = 0; f < sizeof FINALS / sizeof FINALS[0]; f++) {
        if (strcmp(FINALS[f].final, final) != 0)
            continue;
        out[0] = syllable(i < 0 ? L_ZERO : INITIALS[i].lead, FINALS[f].v1, FINALS[f].t1);
        if (FINALS[f].v2 == V_NONE)
            return 1;
        out[1] = syllable(L_ZERO, FINALS[f].v2, FINALS[f].t2);
        return 2;
    }
    return 0;
}

/* Decodes the UTF-8 text into at most MAX_SYLLABLES Hangul syllables, each with no glide after
 * ㅈ, ㅉ, ㅊ (syllable()). Returns how many, or 0 when the text is anything else or longer. */
static size_t folded_syllables(const char *text, utf8proc_int32_t out[MAX_SYLLABLES])
{
    size_t n = 0;
    while (*text) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)text, -1, &cp);
        if (step <= 0 || cp < HANGUL_FIRST || cp > HANGUL_LAST || n == MAX_SYLLABLES)
            return 0;
        unsigned k = (unsigned)(cp - HANGUL_FIRST);
        out[n++] = syllable(k / (VOWELS * TAILS), k / TAILS % VOWELS, k % TAILS);
        text += step;
    }
    return n;
}

/* The consonant a Hangul syllable begins with. */
static unsigned lead_of(utf8proc_int32_t cp)
{
    return (unsigned)(cp - HANGUL_FIRST) / (VOWELS * TAILS);
}

/* The consonant of the initial the pinyin s begins with (ㅇ for none), from its first letters
 * alone: asked of every pair of words of every name a Hangul word is compared with. */
static unsigned pinyin_lead(const char *s)
{
    static const unsigned char BY_LETTER[26] = {
        L_ZERO, L_B, L_CH, L_D, L_ZERO, L_P, L_G, L_H, L_ZERO, L_J, L_K, L_R, L_M,
        L_N, L_ZERO, L_P, L_CH, L_R, L_SS, L_T, L_ZERO, L_ZERO, L_ZERO, L_S, L_ZERO, L_JJ,
    };
    if (*s < 'a' || *s > 'z')
        return L_ZERO;
    if (s[1] == 'h' && (*s == 'z' || *s == 's'))
        return *s == 'z' ? L_J : L_S; /* zh, sh (ch is ㅊ as c is) */
    return BY_LETTER[*s - 'a'];
}

/* Whether latin is, from its start, the Hangul of its syllables cps (n of them) and nothing
 * more. The initial's consonant is compared first: most spellings fail there. */
static bool spells_from(const char *latin, const utf8proc_int32_t *cps, size_t n)
{
    if (!*latin || !n)
        return !*latin && !n;
    if (pinyin_lead(latin) != lead_of(cps[0]))
        return false;
    for (size_t len = 1; len <= SYLLABLE_MAX && latin[len - 1]; len++) {
        utf8proc_int32_t own[2];
        size_t k = syllable_hangul(latin, len, own);
        if (k && k <= n && own[0] == cps[0] && (k == 1 || own[1] == cps[1]) && spells_from(latin + len, cps + k, n - k))
            return true;
    }
    return false;
}

/* Whether one Hangul syllable of text is read by no hanja (sino_korean.h): a Korean name has
 * none such. */
static bool has_foreign_syllable(const char *text, size_t n)
{
    enum { READINGS_MAX = 16 }; /* a syllable reads as at most eleven Mandarin syllables */
    char readings[READINGS_MAX][CDN_SINO_KOREAN_SPELLING_MAX];
    for (size_t i = 0; i < n; i++)
        if (cdn_sino_korean_spellings(text, i, 1, readings, READINGS_MAX) == 0)
            return true;
    return false;
}

bool cdn_mandarin_hangul_reads(const char *hangul, const char *latin)
{
    utf8proc_int32_t first;
    if (utf8proc_iterate((const utf8proc_uint8_t *)hangul, -1, &first) <= 0 || first < HANGUL_FIRST ||
        first > HANGUL_LAST || pinyin_lead(latin) != lead_of(first) || !cdn_is_pinyin(latin))
        return false; /* the cheap tests first: most names a Hangul word is compared with fail them */
    utf8proc_int32_t cps[MAX_SYLLABLES];
    size_t n = folded_syllables(hangul, cps);
    return n && spells_from(latin, cps, n) && (cdn_pinyin_not_korean(latin) || has_foreign_syllable(hangul, n));
}

/* The pinyin syllables written in Hangul at each place of a word: syllable text, where it
 * begins and how many Hangul syllables it takes. */
enum { MATCHES_MAX = 96 };
typedef struct matches {
    const utf8proc_int32_t *cps;
    size_t n, count;
    char text[MATCHES_MAX][SYLLABLE_MAX + 1];
    unsigned char at[MATCHES_MAX], span[MATCHES_MAX];
} matches;

/* cdn_pinyin_each_syllable's callback: records each place the syllable's Hangul stands. */
static void match_syllable(const char *s, void *ctx)
{
    matches *m = ctx;
    unsigned lead = pinyin_lead(s);
    bool somewhere = false; /* the cheap test first: most syllables begin with none of the word's consonants */
    for (size_t h = 0; h < m->n && !somewhere; h++)
        somewhere = lead_of(m->cps[h]) == lead;
    if (!somewhere)
        return;
    utf8proc_int32_t own[2];
    size_t k = syllable_hangul(s, strlen(s), own);
    for (size_t h = 0; k && h + k <= m->n && m->count < MATCHES_MAX; h++) {
        if (own[0] != m->cps[h] || (k == 2 && own[1] != m->cps[h + 1]))
            continue;
        strcpy(m->text[m->count], s);
        m->at[m->count] = (unsigned char)h;
        m->span[m->count++] = (unsigned char)k;
    }
}

/* Writes every spelling of the syllables from h on, after prefix (len letters), to out, counting
 * them in *n; false when they are more than max or too long. */
static bool spell_from(const matches *m, size_t h, char *prefix, size_t len, char out[][CDN_SINO_KOREAN_SPELLING_MAX],
                       size_t max, size_t *n)
{
    if (h == m->n) {
        for (size_t i = 0; i < *n; i++)
            if (strcmp(out[i], prefix) == 0)
                return true; /* split otherwise, spelled alike (xia + o, xiao) */
        if (*n == max)
            return false;
        memcpy(out[(*n)++], prefix, len + 1);
        return true;
    }
    for (size_t i = 0; i < m->count; i++) {
        size_t sl = strlen(m->text[i]);
        if (m->at[i] != h)
            continue;
        if (len + sl >= CDN_SINO_KOREAN_SPELLING_MAX)
            return false;
        memcpy(prefix + len, m->text[i], sl + 1);
        if (!spell_from(m, h + m->span[i], prefix, len + sl, out, max, n))
            return false;
    }
    prefix[len] = '\0';
    return true;
}

size_t cdn_mandarin_hangul_spellings(const char *hangul, size_t from, size_t count,
                                     char out[][CDN_SINO_KOREAN_SPELLING_MAX], size_t max)
{
    utf8proc_int32_t cps[MAX_SYLLABLES];
    size_t all = folded_syllables(hangul, cps);
    if (!count || from + count > all)
        return 0;
    matches m = {.cps = cps + from, .n = count};
    cdn_pinyin_each_syllable(match_syllable, &m);
    char prefix[CDN_SINO_KOREAN_SPELLING_MAX];
    size_t n = 0;
    return spell_from(&m, 0, prefix, 0, out, max, &n) ? n : 0;
}
