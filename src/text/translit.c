/*
 * translit.c — the ICU transliterator pool (see translit.h).
 *
 * Transliterator ids are ICU's (CLDR transforms): "Russian-Latin/BGN" and its siblings follow
 * the BGN/PCGN romanisation systems of the US Board on Geographic Names and the UK Permanent
 * Committee on Geographical Names, which is also how the OFAC and UK lists romanise names.
 * For Arabic and Hebrew, ICU 72's BGN transforms leave some letters (ي, unpointed ש) as they
 * are, so the general Arabic-Latin and Hebrew-Latin transforms are used instead.
 */
#include "text/translit.h"

#include <pthread.h>
#include <string.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <utf8proc.h>

#include "cordon.h"
#include "core/alloc.h"
#include "core/arena.h"
#include "core/strmap.h"
#include "text/japanese.h"
#include "text/kana_digraphs.h"
#include "text/normalize.h"

typedef enum kind {
    K_RUSSIAN, K_BELARUSIAN, K_UKRAINIAN, K_SERBIAN, K_MACEDONIAN, K_GREEK, K_ARABIC, K_PERSIAN, K_HEBREW, K_ARMENIAN,
    K_GEORGIAN, K_HAN, K_HANGUL, K_LATIN, K_OTHER, N_KINDS
} kind;

static const char *const IDS[N_KINDS] = {
    "Russian-Latin/BGN; Latin-ASCII",   "Belarusian-Latin/BGN; Latin-ASCII", "Ukrainian-Latin/BGN; Latin-ASCII",
    "Serbian-Latin/BGN; Latin-ASCII",   "Macedonian-Latin/BGN; Latin-ASCII",
    "Greek-Latin/UNGEGN; Latin-ASCII",  "Arabic-Latin; Latin-ASCII",         "Persian-Latin/BGN; Latin-ASCII",
    "Hebrew-Latin; Latin-ASCII",    "Armenian-Latin/BGN; Latin-ASCII",   "Georgian-Latin/BGN; Latin-ASCII",
    "Han-Latin/Names; Latin-ASCII",     "Hangul-Latin; Latin-ASCII",         "Latin-ASCII",
    "Any-Latin; Latin-ASCII",
};

enum { MAX_FREE = 8 };

/* The romanisations kept: ICU's compound transforms cost tens of thousands of instructions a
 * word, and the words of names repeat (Александр, محمد) across the names of a customer file and
 * the searches of a server. At most this many, in at most this many bytes; then the cache is
 * emptied and fills again with the words in use. */
enum { CACHE_MAX_WORDS = 32768, CACHE_MAX_BYTES = 4 << 20 };

struct cdn_translit {
    pthread_mutex_t lock;
    UTransliterator *prototype[N_KINDS];           /* opened once, never used but to clone */
    UTransliterator *free_list[N_KINDS][MAX_FREE]; /* idle transliterators, per kind */
    int n_free[N_KINDS];
    bool unavailable[N_KINDS];                     /* ICU could not open this kind */
    cdn_strmap cache;  /* the transform's kind (one byte) and the word -> its romanisation */
    cdn_arena cache_strings;
    size_t cache_max_words;
    cdn_japanese *japanese; /* MeCab, for kanji that may be a Japanese name */
};

int cdn_translit_new(cdn_translit **out)
{
    cdn_translit *t = cdn_calloc(1, sizeof *t);
    *out = t;
    if (!t)
        return CORDON_ENOMEM;
    if (cdn_japanese_new(&t->japanese) != CORDON_OK) {
        cdn_free(t);
        *out = NULL;
        return CORDON_ENOMEM;
    }
    pthread_mutex_init(&t->lock, NULL);
    cdn_strmap_init(&t->cache);
    cdn_arena_init(&t->cache_strings);
    t->cache_max_words = CACHE_MAX_WORDS;
    return CORDON_OK;
}

/* Empties the cache (call with t->lock held). */
static void forget_all(cdn_translit *t)
{
    cdn_strmap_free(&t->cache);
    cdn_arena_free(&t->cache_strings);
    cdn_strmap_init(&t->cache);
    cdn_arena_init(&t->cache_strings);
}

void cdn_translit_limit_cache(cdn_translit *t, size_t words)
{
    pthread_mutex_lock(&t->lock);
    t->cache_max_words = words < CACHE_MAX_WORDS ? words : CACHE_MAX_WORDS;
    if (t->cache.count > t->cache_max_words)
        forget_all(t);
    pthread_mutex_unlock(&t->lock);
}

size_t cdn_translit_cached(cdn_translit *t)
{
    pthread_mutex_lock(&t->lock);
    size_t n = t->cache.count;
    pthread_mutex_unlock(&t->lock);
    return n;
}

void cdn_translit_free(cdn_translit *t)
{
    if (!t)
        return;
    for (int k = 0; k < N_KINDS; k++) {
        for (int i = 0; i < t->n_free[k]; i++)
            utrans_close(t->free_list[k][i]);
        if (t->prototype[k])
            utrans_close(t->prototype[k]);
    }
    cdn_strmap_free(&t->cache);
    cdn_arena_free(&t->cache_strings);
    cdn_japanese_free(t->japanese);
    pthread_mutex_destroy(&t->lock);
    cdn_free(t);
}

bool cdn_translit_needed(const char *token, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)token[i] >= 0x80)
            return true;
    return false;
}

/* The letters that tell the Cyrillic alphabets apart in writing. */
typedef struct cyrillic_letters {
    bool serbian;    /* ђ ћ: only Serbian; ј љ њ џ: Serbian or Macedonian */
    bool macedonian; /* ѓ ќ ѕ: only Macedonian */
    bool short_u;  /* ў: only Belarusian */
    bool yi_ye_ge; /* ї є ґ: only Ukrainian */
    bool dotted_i; /* і: Belarusian or Ukrainian */
    bool yery;     /* ы: Russian or Belarusian */
    bool e_back;   /* э: Russian or Belarusian */
} cyrillic_letters;

static void note_letter(cyrillic_letters *c, int32_t cp)
{
    c->serbian |= cp == 0x0452 || cp == 0x045B || cp == 0x0458 || cp == 0x0459 || cp == 0x045A || cp == 0x045F;
    c->macedonian |= cp == 0x0453 || cp == 0x045C || cp == 0x0455;
    c->short_u |= cp == 0x045E;
    c->yi_ye_ge |= cp == 0x0457 || cp == 0x0454 || cp == 0x0491;
    c->dotted_i |= cp == 0x0456;
    c->yery |= cp == 0x044B;
    c->e_back |= cp == 0x044D;
}

static kind cyrillic_kind(const cyrillic_letters *c)
{
    if (c->macedonian)
        return K_MACEDONIAN;
    if (c->serbian)
        return K_SERBIAN;
    if (c->short_u || (c->dotted_i && (c->yery || c->e_back)))
        return K_BELARUSIAN;
    if (c->yi_ye_ge || c->dotted_i)
        return K_UKRAINIAN;
    return K_RUSSIAN;
}

int cdn_translit_hint(const char *name, size_t len)
{
    if (!cdn_translit_needed(name, len))
        return 0; /* plain ASCII: no Cyrillic letter to tell by */
    cyrillic_letters c = {0};
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)name + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            break;
        i += (size_t)n;
        note_letter(&c, utf8proc_tolower(cp));
    }
    kind k = cyrillic_kind(&c);
    return k == K_RUSSIAN ? 0 : (int)k + 1;
}

int cdn_translit_japanese_hint(cdn_translit *t, const char *name, size_t len, int *hint)
{
    *hint = 0;
    if (!t || !cdn_translit_needed(name, len)) /* no transliterator: nothing is romanised */
        return CORDON_OK;
    bool japanese = false;
    int status = cdn_japanese_name(t->japanese, name, len, &japanese);
    *hint = japanese ? CDN_TRANSLIT_JAPANESE : 0;
    return status;
}

/* Which transliterator a token needs, from its first letter's script, the name's hint, and a
 * few letters that tell Persian from Arabic. */
static kind kind_of(int hint, const char *token, size_t len)
{
    UScriptCode script = USCRIPT_COMMON;
    cyrillic_letters c = {0};
    bool persian = false;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)token + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            break;
        i += (size_t)n;
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode s = uscript_getScript(cp, &status);
        if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED)
            script = s;
        note_letter(&c, cp);
        persian |= cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06CC || cp == 0x06A9;
    }
    switch (script) {
    case USCRIPT_CYRILLIC: return (hint & 0xFF) > 0 ? (kind)((hint & 0xFF) - 1) : cyrillic_kind(&c);
    case USCRIPT_GREEK: return K_GREEK;
    case USCRIPT_ARABIC: return persian ? K_PERSIAN : K_ARABIC;
    case USCRIPT_HEBREW: return K_HEBREW;
    case USCRIPT_ARMENIAN: return K_ARMENIAN;
    case USCRIPT_GEORGIAN: return K_GEORGIAN;
    case USCRIPT_HAN: return K_HAN;
    case USCRIPT_HANGUL: return K_HANGUL;
    case USCRIPT_LATIN: return K_LATIN;
    default: return K_OTHER;
    }
}

/* Borrows a transliterator of kind k; NULL if ICU has none. An idle one if there is one; else a
 * clone of the kind's prototype, which is opened on first use. Opening parses the transform's
 * rules (milliseconds, tens of millions of instructions); cloning shares them, so a new thread
 * or a busy moment costs little. */
static UTransliterator *borrow(cdn_translit *t, kind k)
{
    pthread_mutex_lock(&t->lock);
    UTransliterator *tr = NULL;
    if (t->n_free[k] > 0) {
        tr = t->free_list[k][--t->n_free[k]];
    } else if (!t->unavailable[k]) {
        UErrorCode status = U_ZERO_ERROR;
        if (!t->prototype[k]) {
            UChar id[96];
            u_uastrcpy(id, IDS[k]);
            t->prototype[k] = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
            if (U_FAILURE(status))
                t->prototype[k] = NULL;
        }
        if (t->prototype[k])
            tr = utrans_clone(t->prototype[k], &status);
        if (U_FAILURE(status) || !tr) {
            /* A kind ICU cannot open stays unavailable; a clone that failed (memory) is retried. */
            t->unavailable[k] = !t->prototype[k];
            tr = NULL;
        }
    }
    pthread_mutex_unlock(&t->lock);
    return tr;
}

static void give_back(cdn_translit *t, kind k, UTransliterator *tr)
{
    pthread_mutex_lock(&t->lock);
    if (t->n_free[k] < MAX_FREE) {
        t->free_list[k][t->n_free[k]++] = tr;
        tr = NULL;
    }
    pthread_mutex_unlock(&t->lock);
    if (tr)
        utrans_close(tr);
}

/* Appends the ASCII letters and digits of s, lower-cased, dropping everything else. */
static bool append_plain(const char *s, size_t len, cdn_strbuf *out)
{
    if (!cdn_strbuf_reserve(out, len))
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out->data[out->len++] = c;
    }
    out->data[out->len] = '\0';
    return true;
}

enum { MAX_UNITS = 512 };

/* Latin letters that look like Cyrillic ones, as they slip into Cyrillic words typed on a mixed
 * keyboard (Cергей with a Latin C, Мiнск with a Latin i): lower case, after normalization. */
static int32_t cyrillic_lookalike(int32_t cp)
{
    switch (cp) {
    case 'a': return 0x0430; case 'b': return 0x0432; case 'c': return 0x0441; case 'e': return 0x0435;
    case 'h': return 0x043D; case 'i': return 0x0456; case 'k': return 0x043A; case 'm': return 0x043C;
    case 'o': return 0x043E; case 'p': return 0x0440; case 't': return 0x0442; case 'x': return 0x0445;
    case 'y': return 0x0443;
    default: return 0;
    }
}

/* In a word that is mostly Cyrillic, turns its Latin lookalike letters into the Cyrillic ones
 * (units UTF-16 code units in buf, changed in place). */
static void fold_lookalikes(UChar *buf, int32_t units)
{
    int cyrillic = 0, latin = 0;
    for (int32_t i = 0; i < units; i++) {
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode s = uscript_getScript(buf[i], &status);
        cyrillic += s == USCRIPT_CYRILLIC;
        latin += s == USCRIPT_LATIN;
    }
    if (!cyrillic || !latin || latin > cyrillic)
        return;
    for (int32_t i = 0; i < units; i++) {
        int32_t cyr = cyrillic_lookalike(buf[i]);
        if (cyr)
            buf[i] = (UChar)cyr;
    }
}

/* Writes the letters Urdu adds to the Arabic alphabet as the Arabic letters ICU's Arabic-Latin
 * and Persian-Latin know, which drop them (سہیل syl, بھٹو bw): ہ ۂ ھ as ه (Suhail سہیل, the
 * ھ of an aspirate as the h Latin spellings write: بھٹو Bhutto), ۃ as ة, the retroflex ٹ ڈ ڑ
 * as ت د ر, ں as ن, ے ۓ as ی. In place (one code unit each). The letters from Unicode's Arabic
 * block chart (U+0679, U+0688, U+0691, U+06BA, U+06BE, U+06C1 to U+06C3, U+06D2, U+06D3). */
static void urdu_as_arabic(UChar *buf, int32_t units)
{
    for (int32_t i = 0; i < units; i++) {
        switch (buf[i]) {
        case 0x06C1: case 0x06C2: case 0x06BE: buf[i] = 0x0647; break; /* ہ ۂ ھ: ه */
        case 0x06C3: buf[i] = 0x0629; break;                           /* ۃ: ة */
        case 0x0679: buf[i] = 0x062A; break;                           /* ٹ: ت */
        case 0x0688: buf[i] = 0x062F; break;                           /* ڈ: د */
        case 0x0691: buf[i] = 0x0631; break;                           /* ڑ: ر */
        case 0x06BA: buf[i] = 0x0646; break;                           /* ں: ن */
        case 0x06D2: case 0x06D3: buf[i] = 0x06CC; break;              /* ے ۓ: ی */
        default: break;
        }
    }
}

/* Writes the Hebrew letters with a geresh (normalize.h) as the Latin letters they stand for,
 * which ICU's Hebrew-Latin does not know (it writes ג׳ as g׳): ג׳ j, ז׳ zh, צ׳ ch, in place
 * (never longer). Returns the new length. */
static int32_t spell_geresh(UChar *buf, int32_t units)
{
    int32_t n = 0;
    for (int32_t i = 0; i < units; i++) {
        if (i + 1 < units && buf[i + 1] == CDN_GERESH && cdn_takes_geresh(buf[i])) {
            const char *latin = buf[i] == 0x05D2 ? "j" : buf[i] == 0x05D6 ? "zh" : "ch";
            for (const char *c = latin; *c; c++)
                buf[n++] = (UChar)*c;
            i++;
            continue;
        }
        buf[n++] = buf[i];
    }
    return n;
}

/* The cached romanisation of the word keyed (its kind's byte, then the word), after the mark
 * of how it was read (remember), or NULL; the string stays valid while the caller holds
 * t->lock. */
static const char *cached(const cdn_translit *t, const char *key, size_t key_len)
{
    return cdn_strmap_get(&t->cache, key, key_len);
}

/* Keeps the romanisation latin of the word keyed, after the mark of how it was read (one byte:
 * READ_JAPANESE or READ_OTHERWISE); a cache that is full is emptied first, and one that cannot
 * grow (memory) is left as it is: the cache only saves work. Call with t->lock held. */
static void remember(cdn_translit *t, const char *key, size_t key_len, char how, const char *latin, size_t latin_len)
{
    if (t->cache.count >= t->cache_max_words || t->cache_strings.used >= CACHE_MAX_BYTES)
        forget_all(t);
    char *k = cdn_arena_strndup(&t->cache_strings, key, key_len);
    char *v = k ? cdn_arena_alloc(&t->cache_strings, latin_len + 2) : NULL;
    if (!v)
        return;
    v[0] = how;
    memcpy(v + 1, latin, latin_len);
    v[latin_len + 1] = '\0';
    cdn_strmap_put(&t->cache, k, key_len, v, NULL);
}

/* Romanises buf (units UTF-16 code units of a word of kind k) with ICU into out, as plain ASCII;
 * nothing is added when ICU fails. */
static int romanise(cdn_translit *t, kind k, UChar *buf, int32_t units, cdn_strbuf *out)
{
    UTransliterator *tr = borrow(t, k);
    if (!tr)
        return CORDON_OK;
    UErrorCode status = U_ZERO_ERROR;
    int32_t limit = units;
    utrans_transUChars(tr, buf, &units, MAX_UNITS, 0, &limit, &status);
    give_back(t, k, tr);
    if (U_FAILURE(status))
        return CORDON_OK;
    char utf8[MAX_UNITS * 3];
    int32_t bytes = 0;
    u_strToUTF8(utf8, sizeof utf8, &bytes, buf, units, &status);
    if (U_FAILURE(status))
        return CORDON_OK;
    /* Latin-ASCII leaves a few letters it has no ASCII for; the plain filter drops them, and the
     * spaces and hyphens that join syllables (Han, Hangul), so the token stays one token. */
    return append_plain(utf8, (size_t)bytes, out) ? CORDON_OK : CORDON_ENOMEM;
}

/* When the Han word (UTF-8, len bytes) is a Japanese name (japanese.h), writes its katakana
 * reading into buf (MAX_UNITS code units) and *units and returns 1; else 0, buf unchanged; -1
 * when out of memory. */
static int read_japanese(cdn_translit *t, const char *word, size_t len, bool in_japanese_name, UChar *buf,
                         int32_t *units)
{
    cdn_strbuf reading;
    cdn_strbuf_init(&reading);
    cdn_japanese_result r = cdn_japanese_reading(t->japanese, word, len, in_japanese_name, &reading);
    int read = r == CDN_JAPANESE_NOMEM ? -1 : 0;
    if (r == CDN_JAPANESE_READ) {
        UErrorCode status = U_ZERO_ERROR;
        UChar kana[MAX_UNITS / 4];
        int32_t n = 0;
        u_strFromUTF8(kana, MAX_UNITS / 4, &n, reading.data, (int32_t)reading.len, &status);
        if (U_SUCCESS(status)) { /* (a reading too long for the buffer: the word is read as Han) */
            memcpy(buf, kana, (size_t)n * sizeof kana[0]);
            *units = n;
            read = 1;
        }
    }
    cdn_strbuf_free(&reading);
    return read;
}

/* The mark a cached romanisation starts with: the word was read as a Japanese name, or not. */
enum { READ_JAPANESE = 'j', READ_OTHERWISE = '-' };

int cdn_translit_token_read(cdn_translit *t, int hint, const char *token, size_t len, cdn_strbuf *out,
                            bool *japanese)
{
    *japanese = false;
    if (!cdn_translit_needed(token, len))
        return append_plain(token, len, out) ? CORDON_OK : CORDON_ENOMEM;
    UChar buf[MAX_UNITS];
    int32_t units = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(buf, MAX_UNITS / 4, &units, token, (int32_t)len, &status);
    if (U_FAILURE(status))
        return CORDON_OK; /* too long or not UTF-8: nothing to add */

    fold_lookalikes(buf, units);
    char folded[MAX_UNITS];
    int32_t folded_len = 0;
    u_strToUTF8(folded, sizeof folded, &folded_len, buf, units, &status);
    if (U_FAILURE(status))
        return CORDON_OK;
    kind k = kind_of(hint, folded, (size_t)folded_len);
    if (k == K_HEBREW)
        units = spell_geresh(buf, units);
    else if (k == K_ARABIC || k == K_PERSIAN)
        urdu_as_arabic(buf, units);

    /* The romanisation depends on the kind and the folded word alone, and for Han on whether
     * its name has kana (a kind of its own in the key). */
    bool in_japanese_name = k == K_HAN && (hint & CDN_TRANSLIT_JAPANESE);
    char key[MAX_UNITS + 1];
    key[0] = (char)('a' + (in_japanese_name ? N_KINDS : k));
    memcpy(key + 1, folded, (size_t)folded_len);
    size_t key_len = (size_t)folded_len + 1;
    pthread_mutex_lock(&t->lock);
    const char *known = cached(t, key, key_len);
    bool appended = known && cdn_strbuf_append_str(out, known + 1);
    *japanese = known && known[0] == READ_JAPANESE;
    pthread_mutex_unlock(&t->lock);
    if (known)
        return appended ? CORDON_OK : CORDON_ENOMEM;
    if (k == K_HAN) {
        int read = read_japanese(t, folded, (size_t)folded_len, in_japanese_name, buf, &units);
        if (read < 0)
            return CORDON_ENOMEM;
        *japanese = read;
        k = read ? K_OTHER : k; /* the katakana reading, by Any-Latin */
    }
    if (k == K_OTHER) /* ヴィ vi, not vui (kana_digraphs.h) */
        units = (int32_t)cdn_kana_digraphs(buf, (size_t)units, MAX_UNITS);
    size_t before = out->len;
    int status_out = romanise(t, k, buf, units, out);
    if (status_out == CORDON_OK && out->len > before) { /* (a failure is not kept: it may pass) */
        pthread_mutex_lock(&t->lock);
        remember(t, key, key_len, *japanese ? READ_JAPANESE : READ_OTHERWISE, out->data + before, out->len - before);
        pthread_mutex_unlock(&t->lock);
    }
    return status_out;
}

int cdn_translit_token(cdn_translit *t, int hint, const char *token, size_t len, cdn_strbuf *out)
{
    bool japanese;
    return cdn_translit_token_read(t, hint, token, len, out, &japanese);
}

cdn_script_class cdn_translit_script_class(const char *token, size_t len)
{
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)token + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            break;
        i += (size_t)n;
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode s = uscript_getScript(cp, &status);
        switch (s) {
        case USCRIPT_COMMON:
        case USCRIPT_INHERITED: continue;
        case USCRIPT_LATIN: return CDN_SCRIPT_LATIN;
        case USCRIPT_ARABIC:
        case USCRIPT_HEBREW:
        case USCRIPT_SYRIAC: return CDN_SCRIPT_ABJAD;
        case USCRIPT_HAN:
        case USCRIPT_HANGUL:
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
        case USCRIPT_YI: return CDN_SCRIPT_SYLLABIC;
        case USCRIPT_THAI:
        case USCRIPT_LAO:
        case USCRIPT_KHMER:
        case USCRIPT_MYANMAR:
        case USCRIPT_DEVANAGARI:
        case USCRIPT_BENGALI:
        case USCRIPT_TAMIL:
        case USCRIPT_THAANA: /* every vowel written, as a sign on its consonant */
        case USCRIPT_ETHIOPIC: return CDN_SCRIPT_ABUGIDA;
        default: return CDN_SCRIPT_ALPHABET;
        }
    }
    return CDN_SCRIPT_LATIN;
}
