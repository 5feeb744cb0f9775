/*
 * pinyin.c — pinyin syllables and onsets (see pinyin.h).
 *
 * The syllables are those of the usual table of Mandarin syllables in Hanyu Pinyin (about 400
 * without tones; a few rare interjections are left out), grouped by initial; ü is written u
 * (Latin-ASCII's folding, lü → lu) or v. A token is pinyin when it splits into
 * syllables from the table (a dynamic program over its prefixes, as in word segmentation).
 */
#include "text/pinyin.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The finals each initial takes, space-separated; "" is the initial of syllables that begin
 * with a vowel, y or w. Longest initials first: zh, ch, sh are tried before z, c, s. */
static const struct {
    const char *initial;
    const char *finals;
} TABLE[] = {
    {"zh", "a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"},
    {"ch", "a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang"},
    {"sh", "a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang"},
    {"b", "a o ai ei ao an en ang eng i ie iao ian in ing u"},
    {"p", "a o ai ei ao ou an en ang eng i ie iao ian in ing u"},
    {"m", "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u"},
    {"f", "a o ei ou an en ang eng u"},
    {"d", "a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui uan un"},
    {"t", "a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un"},
    {"n", "a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan v ve ue"},
    {"l", "a e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve ue"},
    {"g", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"},
    {"k", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"},
    {"h", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"},
    {"j", "i ia ie iao iu ian in iang ing iong u ue uan un"},
    {"q", "i ia ie iao iu ian in iang ing iong u ue uan un"},
    {"x", "i ia ie iao iu ian in iang ing iong u ue uan un"},
    {"r", "e i ao ou an en ang eng ong u ua uo ui uan un"},
    {"z", "a e i ai ei ao ou an en ang eng ong u uo ui uan un"},
    {"c", "a e i ai ao ou an en ang eng ong u uo ui uan un"},
    {"s", "a e i ai ao ou an en ang eng ong u uo ui uan un"},
    {"y", "a o e ao ou an in ang ing ong i u ue uan un"},
    {"w", "a o u ai ei an en ang eng"},
    {"", "a o e ai ei ao ou an en ang eng er"},
};

/* Whether the len letters at s are one of the finals in the space-separated list finals. */
static bool among(const char *finals, const char *s, size_t len)
{
    for (const char *f = finals; *f;) {
        size_t n = 0;
        while (f[n] && f[n] != ' ')
            n++;
        if (n == len && f[0] == s[0] && memcmp(f, s, len) == 0)
            return true;
        f += n;
        f += *f == ' ';
    }
    return false;
}

/* Whether the len letters at s are one pinyin syllable, by the table's rows. A row whose
 * initial begins with another letter than s cannot hold it: the first letters rule those out
 * before the initials are measured and compared. */
static bool syllable_in_table(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof TABLE / sizeof TABLE[0]; i++) {
        const char *initial = TABLE[i].initial;
        if (initial[0] != s[0] && initial[0] != '\0')
            continue;
        size_t li = strlen(initial);
        if (li < len && memcmp(s, initial, li) == 0 && among(TABLE[i].finals, s + li, len - li))
            return true;
    }
    return false;
}

/*
 * The table's syllables as numbers (syllable_code), sorted, for a binary search: a token is
 * split every way it can be, so cdn_pinyin_syllable is asked a hundred times for one token,
 * and a Hangul query asks cdn_is_pinyin of every pair of neighbouring words of every name it
 * scores (cdn_mandarin_in_hangul); walking the rows and their finals cost 2.05 G of the 18.2 G
 * instructions of 300 Korean names searched (BENCHMARKS.md, session 23). Made once, on the
 * first syllable asked; only read after, by any thread. SYLLABLES_MAX leaves room for the
 * table to grow: with more syllables than that, the rows are walked as before, and the test
 * pinyin_syllables_are_the_tables fails (cdn_pinyin_syllables_coded).
 */
enum { SYLLABLE_MAX_LEN = 6, SYLLABLES_MAX = 1024 }; /* zhuang, shuang, chuang: the longest */
static struct {
    uint32_t code[SYLLABLES_MAX];
    size_t n;
    bool complete; /* every syllable of the table is in code */
} SYLLABLES;
static pthread_once_t SYLLABLES_ONCE = PTHREAD_ONCE_INIT;

/* The len letters at s (a..z, at most SYLLABLE_MAX_LEN) as a number, five bits a letter from
 * 1 (a) to 26 (z), so that no two strings share one; 0 for a string of other characters or
 * longer, which is no syllable. */
static uint32_t syllable_code(const char *s, size_t len)
{
    if (len > SYLLABLE_MAX_LEN)
        return 0;
    uint32_t code = 0;
    for (size_t k = 0; k < len; k++) {
        if (s[k] < 'a' || s[k] > 'z')
            return 0;
        code = code << 5 | (uint32_t)(s[k] - 'a' + 1);
    }
    return code;
}

static void add_syllable_code(const char *syllable, void *ctx)
{
    (void)ctx;
    uint32_t code = syllable_code(syllable, strlen(syllable));
    if (SYLLABLES.n < SYLLABLES_MAX && code)
        SYLLABLES.code[SYLLABLES.n++] = code;
    else
        SYLLABLES.complete = false;
}

static int compare_codes(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static void code_syllables(void)
{
    SYLLABLES.complete = true;
    cdn_pinyin_each_syllable(add_syllable_code, NULL);
    qsort(SYLLABLES.code, SYLLABLES.n, sizeof SYLLABLES.code[0], compare_codes);
}

bool cdn_pinyin_syllable(const char *s, size_t len)
{
    pthread_once(&SYLLABLES_ONCE, code_syllables);
    if (!SYLLABLES.complete)
        return syllable_in_table(s, len);
    uint32_t code = syllable_code(s, len);
    if (!code)
        return false;
    size_t lo = 0, hi = SYLLABLES.n; /* the first code not below code is in [lo, hi] */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (SYLLABLES.code[mid] < code)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < SYLLABLES.n && SYLLABLES.code[lo] == code;
}

bool cdn_pinyin_syllables_coded(void)
{
    pthread_once(&SYLLABLES_ONCE, code_syllables);
    return SYLLABLES.complete;
}

void cdn_pinyin_each_syllable(void (*fn)(const char *syllable, void *ctx), void *ctx)
{
    enum { SYLLABLE_MAX = 8 };
    for (size_t i = 0; i < sizeof TABLE / sizeof TABLE[0]; i++) {
        size_t li = strlen(TABLE[i].initial);
        for (const char *f = TABLE[i].finals; *f;) {
            size_t n = strcspn(f, " ");
            char syllable[SYLLABLE_MAX];
            memcpy(syllable, TABLE[i].initial, li);
            memcpy(syllable + li, f, n);
            syllable[li + n] = '\0';
            fn(syllable, ctx);
            f += n;
            f += *f == ' ';
        }
    }
}

/* Whether every two neighbouring consonants of s (len letters) may stand so in pinyin: inside
 * a syllable only as zh, ch, sh and ng, and across syllables after a final n, ng or er. False
 * rules s out; true leaves it to the table (Emma's mm, John's hn, Wright's wr are none). */
static bool consonants_may_be_pinyin(const char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        char c = s[i], d = s[i + 1];
        if (strchr("aeiouv", c) || strchr("aeiouv", d))
            continue;
        bool across = c == 'n' || c == 'r' || (c == 'g' && i > 0 && s[i - 1] == 'n');
        if (!across && !(d == 'h' && strchr("zcs", c)))
            return false;
    }
    return true;
}

bool cdn_is_pinyin(const char *s)
{
    enum { MAX_LEN = 32, MAX_SYLLABLE = 6 }; /* zhuang, shuang: the longest syllables */
    size_t len = strlen(s);
    /* Every final ends in a vowel (v for ü), n, ng or er: most other words are ruled out by
     * their last letter or their consonants before the table is searched (a Hangul query asks
     * it of every pair of neighbouring words of every name it scores, cdn_mandarin_in_hangul). */
    if (len == 0 || len > MAX_LEN || !strchr("aeiouvngr", s[len - 1]) || !consonants_may_be_pinyin(s, len))
        return false;
    /* ok[i]: the first i letters split into syllables. */
    bool ok[MAX_LEN + 1] = {true};
    for (size_t end = 1; end <= len; end++)
        for (size_t n = 1; n <= MAX_SYLLABLE && n <= end && !ok[end]; n++)
            ok[end] = ok[end - n] && cdn_pinyin_syllable(s + end - n, n);
    return ok[len];
}

/* Copies the onset of s (its letters before the first a, e, i, o or u, at most three) to out. */
static void onset(const char *s, char out[4])
{
    size_t n = 0;
    while (s[n] && n < 3 && !strchr("aeiou", s[n])) {
        out[n] = s[n];
        n++;
    }
    out[n] = '\0';
}

bool cdn_onsets_agree(const char *romanised, const char *latin)
{
    static const char *const SAME[][2] = {
        {"zh", "ch"}, {"z", "ts"}, {"z", "tz"}, {"c", "ts"}, {"c", "tz"}, {"s", "sh"}, {"", "y"}, {"y", ""},
    };
    char a[4], b[4];
    onset(romanised, a);
    onset(latin, b);
    if (strcmp(a, b) == 0)
        return true;
    for (size_t i = 0; i < sizeof SAME / sizeof SAME[0]; i++)
        if (strcmp(a, SAME[i][0]) == 0 && strcmp(b, SAME[i][1]) == 0)
            return true;
    return false;
}

bool cdn_pinyin_not_korean(const char *latin)
{
    static const char *const MARKS[] = {"z", "x", "q", "wu", "ao", "iu", "uo", "ie", "ian", "ou", "ei"};
    for (size_t k = 0; k < sizeof MARKS / sizeof MARKS[0]; k++)
        if (strstr(latin, MARKS[k]))
            return true;
    for (const char *c = strchr(latin, 'c'); c; c = strchr(c + 1, 'c'))
        if (c[1] != 'h')
            return true;
    return false;
}
