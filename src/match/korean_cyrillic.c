/*
 * korean_cyrillic.c — a Korean name in Cyrillic read as its Latin spelling reads it (see
 * korean_cyrillic.h).
 *
 * The syllables are those of the Kontsevich system (Wikipedia, "Kontsevich system": its tables
 * of initials, vowels and finals), in the letters normalisation leaves (й as и, ё as е), with
 * the spellings the Russian press kept from before it (Чен for 정, as in Ким Чен Ын); a word in
 * Ukrainian letters (Кім Чен Ин) is read as its Russian spelling.
 */
#include "match/korean_cyrillic.h"

#include <string.h>

#include "core/word_list.h"
#include "text/hangul.h"
#include "text/orthography.h"
#include "text/ukrainian.h"

/* The common Korean surnames in Cyrillic (ё written е), with their Latin spellings as hangul.c
 * has them; Цой and Тен are the spellings of 최 and 정 among Russia's own Koreans. */
static const struct {
    const char *cyrillic;
    const char *latin;
} SURNAMES[] = {
    {"ан", "an ahn"},         {"вон", "won"},           {"ем", "yeom yom"},        {"ен", "yeon yon"},
    {"им", "im lim rim"},     {"кан", "kang gang"},     {"ким", "kim gim"},        {"ко", "ko go koh"},
    {"ку", "ku gu koo"},      {"кук", "kuk guk"},       {"кым", "kum geum keum"},  {"ли", "li lee yi rhee ri i"},
    {"мин", "min"},           {"мун", "mun moon"},      {"нам", "nam"},            {"но", "no noh ro roh"},
    {"о", "o oh"},            {"пак", "pak park bak"},  {"пен", "pyon byeon byun"}, {"пэ", "pae bae"},
    {"пэк", "paek baek paik"}, {"ри", "ri li lee yi rhee"}, {"рим", "rim lim im"},  {"ро", "ro roh no noh"},
    {"рю", "ryu yu lyu"},     {"син", "sin shin"},      {"со", "so seo suh"},      {"сон", "son song sung seong"},
    {"тен", "jeong chong jong chung"}, {"ха", "ha"},     {"хан", "han"},            {"хван", "hwang"},
    {"хен", "hyon hyeon hyun"}, {"хо", "ho heo huh"},   {"хон", "hong"},           {"цои", "choe choi"},
    {"чан", "chang jang"},    {"чин", "chin jin"},      {"чо", "cho jo"},          {"чон", "chong jong jeong jung chung"},
    {"чу", "chu ju joo"},     {"чха", "cha"},           {"чхве", "choe choi"},     {"чхэ", "chae"},
    {"ю", "yu yoo"},          {"юн", "yun yoon"},       {"ян", "yang ryang"},
};

/* The longest word read, in bytes. */
enum { MAX_WORD = 48 };

/* The surname of the table spelled text (in Russian letters), or NULL. */
static const char *surname_of(const char *text)
{
    /* Every surname is two to eight bytes of Cyrillic (two bytes a letter, D0 or D1 first). */
    size_t len = strnlen(text, 9);
    if (len < 2 || len > 8 || (unsigned char)text[0] < 0xD0 || (unsigned char)text[0] > 0xD1)
        return NULL;
    for (size_t i = 0; i < sizeof SURNAMES / sizeof SURNAMES[0]; i++)
        if (SURNAMES[i].cyrillic[1] == text[1] && strcmp(text, SURNAMES[i].cyrillic) == 0)
            return SURNAMES[i].latin;
    return NULL;
}

const char *cdn_korean_cyrillic_surname(const char *text)
{
    const char *latin = surname_of(text);
    char russian[MAX_WORD + 1];
    if (!latin && strnlen(text, 9) <= 8 && cdn_ukrainian_as_russian(text, russian, sizeof russian))
        latin = surname_of(russian);
    return latin;
}

/* A piece of a syllable in Cyrillic and the Latin letters it may stand for (space-separated). */
typedef struct piece {
    const char *cyrillic;
    const char *latin;
} piece;

/* The initials, longest first (the aspirated ones and чж before their first letter), and none. */
static const piece INITIALS[] = {
    {"кк", "kk"}, {"тт", "tt"}, {"пп", "pp"}, {"сс", "ss"}, {"чч", "jj"}, {"чх", "ch"},   {"кх", "k"},
    {"тх", "t"},  {"пх", "p"},  {"чж", "j ch"}, {"к", "k"},  {"г", "g"},  {"н", "n"},     {"т", "t"},
    {"д", "d"},   {"р", "r"},   {"л", "r"},  {"м", "m"},  {"п", "p"},  {"б", "b"},     {"с", "s"},
    {"ч", "ch j"}, {"х", "h"},  {"", ""},
};

/* The vowels, longest first: е is ㅕ yo, or ㅓ o in the older spellings (Чен), or ㅔ e. */
static const piece VOWELS[] = {
    {"ыи", "ui"}, {"ва", "wa"}, {"вэ", "oe wae"}, {"во", "wo"}, {"ве", "oe we"}, {"ви", "wi"}, {"ия", "yae"},
    {"а", "a"},   {"э", "ae"},  {"я", "ya"},      {"о", "o"},   {"е", "yo o e"}, {"у", "u"},  {"ю", "yu"},
    {"ы", "u"},   {"и", "i"},
};

/* The finals, longest first, and none: н is both ㄴ n and ㅇ ng; р the ㄹ l of the older
 * spellings (Ким Ир Сен, Kim Il Sung). */
static const piece FINALS[] = {
    {"ль", "l"}, {"л", "l"}, {"р", "l"}, {"н", "n ng"}, {"к", "k"}, {"т", "t"}, {"м", "m"}, {"п", "p"}, {"", ""},
};

/* Where the spellings of a word are written. */
typedef struct speller {
    char (*out)[CDN_KOREAN_CYRILLIC_MAX];
    size_t cap, n;
    char buf[CDN_KOREAN_CYRILLIC_MAX];
} speller;

static bool begins(const char *s, const char *prefix, size_t *len)
{
    *len = strlen(prefix);
    return strncmp(s, prefix, *len) == 0;
}

static void spell_from(speller *sp, const char *c, size_t at, int syllables);

/* Writes each of the space-separated Latin choices of a piece at `at`, then goes on with
 * next(sp, rest, at + its length). */
typedef void (*then_fn)(speller *sp, const char *rest, size_t at, int syllables);

static void each_choice(speller *sp, const char *choices, const char *rest, size_t at, int syllables, then_fn next)
{
    for (const char *p = choices;;) {
        size_t len = strcspn(p, " ");
        if (at + len < sizeof sp->buf) {
            memcpy(sp->buf + at, p, len);
            next(sp, rest, at + len, syllables);
        }
        if (!p[len])
            break;
        p += len + 1;
    }
}

/* After a final: the end of the word, or another syllable. */
static void after_final(speller *sp, const char *c, size_t at, int syllables)
{
    if (!*c) {
        if (sp->n < sp->cap) {
            memcpy(sp->out[sp->n], sp->buf, at);
            sp->out[sp->n++][at] = '\0';
        }
        return;
    }
    spell_from(sp, c, at, syllables + 1);
}

static void after_vowel(speller *sp, const char *c, size_t at, int syllables)
{
    size_t len;
    for (size_t f = 0; f < sizeof FINALS / sizeof FINALS[0]; f++)
        if (begins(c, FINALS[f].cyrillic, &len))
            each_choice(sp, FINALS[f].latin, c + len, at, syllables, after_final);
}

static void after_initial(speller *sp, const char *c, size_t at, int syllables)
{
    size_t len;
    for (size_t v = 0; v < sizeof VOWELS / sizeof VOWELS[0]; v++)
        if (begins(c, VOWELS[v].cyrillic, &len))
            each_choice(sp, VOWELS[v].latin, c + len, at, syllables, after_vowel);
}

/* The most syllables of a word read (a given name has two, written together or apart). */
enum { MAX_SYLLABLES = 3 };

static void spell_from(speller *sp, const char *c, size_t at, int syllables)
{
    if (syllables >= MAX_SYLLABLES || sp->n >= sp->cap)
        return;
    size_t len;
    for (size_t i = 0; i < sizeof INITIALS / sizeof INITIALS[0]; i++)
        if (begins(c, INITIALS[i].cyrillic, &len))
            each_choice(sp, INITIALS[i].latin, c + len, at, syllables, after_initial);
}

size_t cdn_korean_cyrillic_spellings(const char *text, char out[][CDN_KOREAN_CYRILLIC_MAX], size_t cap)
{
    if (!text[0])
        return 0;
    speller sp = {out, cap, 0, {0}};
    spell_from(&sp, text, 0, 0);
    /* A word of letters both alphabets have (Ин: Russian 인 in, Ukrainian 은 un) reads both ways,
     * the Russian first (the scanner keeps a word's first keys). */
    char russian[MAX_WORD + 1];
    if (cdn_ukrainian_as_russian(text, russian, sizeof russian))
        spell_from(&sp, russian, 0, 0);
    return sp.n;
}

/* Whether t is a word in Cyrillic (its first letter U+0400 to U+04FF: two bytes, D0 to D3). */
static bool cyrillic(const cdn_token *t)
{
    unsigned char b = (unsigned char)t->text[0];
    return (t->flags & CDN_TOK_ALPHABET) && b >= 0xD0 && b <= 0xD3;
}

/* The word of t[0..m) that is the surname (the first, else the last), or m when neither is. */
static size_t surname_at(const cdn_token *t, size_t m)
{
    if (cdn_korean_cyrillic_surname(t[0].text))
        return 0;
    return cdn_korean_cyrillic_surname(t[m - 1].text) ? m - 1 : m;
}

bool cdn_korean_cyrillic_name(const cdn_token *t, size_t m)
{
    if (m < 2 || m > 4)
        return false;
    for (size_t i = 0; i < m; i++)
        if (!cyrillic(&t[i]))
            return false;
    return surname_at(t, m) < m;
}

/* The Latin spelling, among latin[0..k) — one word, or two neighbours joined (Jong Un) — that
 * one of the spellings of the Cyrillic word folds as, written into out; false when none. */
static bool spelled_as(const char (*spellings)[CDN_KOREAN_CYRILLIC_MAX], size_t n, const cdn_token *latin, size_t k,
                       char *out, size_t cap)
{
    char want[CDN_KOREAN_CYRILLIC_MAX * 2], got[128], joined[128];
    for (size_t j = 0; j < k; j++) {
        const char *cands[2] = {latin[j].latin, NULL};
        if (j + 1 < k && strlen(latin[j].latin) + strlen(latin[j + 1].latin) < sizeof joined) {
            strcpy(joined, latin[j].latin);
            strcat(joined, latin[j + 1].latin);
            cands[1] = joined;
        }
        for (int c = 0; c < 2 && cands[c]; c++) {
            if (!cdn_korean_fold(cands[c], got, sizeof got))
                continue;
            for (size_t s = 0; s < n; s++)
                if (cdn_korean_fold(spellings[s], want, sizeof want) && strcmp(want, got) == 0 &&
                    strlen(cands[c]) < cap) {
                    strcpy(out, cands[c]);
                    return true;
                }
        }
    }
    return false;
}

/* The most spellings of one word looked at. */
enum { MAX_SPELLINGS = 48 };

bool cdn_korean_cyrillic_reading_of(const cdn_token *cyr, size_t m, const cdn_token *latin, size_t k,
                                    cdn_korean_reading *out)
{
    if (!cdn_korean_cyrillic_name(cyr, m))
        return false;
    for (size_t j = 0; j < k; j++)
        if (latin[j].flags & (CDN_TOK_ROMANISED | CDN_TOK_ALPHABET))
            return false; /* both sides in other scripts: nothing to read against */
    size_t surname = surname_at(cyr, m);
    out->count = 0;
    bool changed = false;
    for (size_t i = 0; i < m; i++) {
        const cdn_token *t = &cyr[i];
        const char *as = t->latin;
        char given[64];
        if (i == surname) {
            const char *spellings = cdn_korean_cyrillic_surname(t->text);
            for (size_t j = 0; j < k && as == t->latin; j++)
                if (cdn_word_in_list(spellings, latin[j].latin, strlen(latin[j].latin)))
                    as = latin[j].latin;
        } else {
            char spellings[MAX_SPELLINGS][CDN_KOREAN_CYRILLIC_MAX];
            size_t n = cdn_korean_cyrillic_spellings(t->text, spellings, MAX_SPELLINGS);
            if (!n)
                return false; /* no Korean syllables: another name */
            if (spelled_as((const char (*)[CDN_KOREAN_CYRILLIC_MAX])spellings, n, latin, k, given, sizeof given))
                as = given;
        }
        changed |= strcmp(as, t->latin) != 0;
        if (!cdn_korean_reading_append(out, t, t->text, strlen(t->text), as, strlen(as)))
            return false;
    }
    return changed;
}

/* The most keys of one word followed. */
enum { MAX_KEYS = 24 };

void cdn_korean_cyrillic_keys(const cordon_index *idx, const cdn_token *t, bool surname,
                              void (*found)(void *ctx, const cdn_ikey *key), void *ctx)
{
    char spellings[MAX_SPELLINGS][CDN_KOREAN_CYRILLIC_MAX];
    size_t n = 0;
    if (surname) {
        const char *list = cdn_korean_cyrillic_surname(t->text);
        for (const char *p = list; p && *p && n < MAX_SPELLINGS;) {
            size_t len = strcspn(p, " ");
            if (len < CDN_KOREAN_CYRILLIC_MAX) {
                memcpy(spellings[n], p, len);
                spellings[n++][len] = '\0';
            }
            p += len + (p[len] == ' ');
        }
    } else {
        n = cdn_korean_cyrillic_spellings(t->text, spellings, MAX_SPELLINGS);
    }
    const cdn_ikey *seen[MAX_KEYS];
    size_t n_seen = 0;
    for (size_t v = 0; v < n && n_seen < MAX_KEYS; v++) {
        char key[CDN_KEY_MAX + 1];
        size_t key_len = cdn_orthography_key_ascii(spellings[v], strlen(spellings[v]), key);
        const cdn_ikey *info = key_len ? cdn_index_key(idx, key, key_len) : NULL;
        bool again = false;
        for (size_t i = 0; i < n_seen && !again; i++)
            again = seen[i] == info;
        if (info && !again) {
            seen[n_seen++] = info;
            found(ctx, info);
        }
    }
}
