/*
 * japanese.c — Japanese names in kanji read with MeCab and its IPA dictionary (see japanese.h).
 *
 * The IPA dictionary's entries carry nine features: part of speech and three subdivisions,
 * conjugation type and form, base form, reading (katakana) and pronunciation. Person names are
 * 名詞,固有名詞,人名 with 姓 (surname), 名 (given name) or 一般 (a whole name: 最澄). Words the
 * dictionary does not know come out with seven features, without a reading.
 */
#include "text/japanese.h"

#include <mecab.h>
#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

#include "cordon.h"
#include "core/alloc.h"
#include "text/transcription.h"

struct cdn_japanese {
    pthread_mutex_t lock;
    bool tried;             /* the dictionary was opened, or could not be */
    mecab_model_t *model;   /* NULL until opened, or when it cannot be */
    mecab_t *tagger;        /* thread-safe given a lattice per call (MeCab's libmecab docs) */
};

int cdn_japanese_new(cdn_japanese **out)
{
    cdn_japanese *j = cdn_calloc(1, sizeof *j);
    *out = j;
    if (!j)
        return CORDON_ENOMEM;
    pthread_mutex_init(&j->lock, NULL);
    return CORDON_OK;
}

void cdn_japanese_free(cdn_japanese *j)
{
    if (!j)
        return;
    if (j->tagger)
        mecab_destroy(j->tagger);
    if (j->model)
        mecab_model_destroy(j->model);
    pthread_mutex_destroy(&j->lock);
    cdn_free(j);
}

bool cdn_japanese_has_kana(const char *text, size_t len)
{
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return false;
        i += (size_t)n;
        if (cp >= 0x3041 && cp <= 0x30FA) /* hiragana and katakana letters, not the ・ and ー marks */
            return true;
    }
    return false;
}

bool cdn_japanese_hiragana(const char *word, size_t len)
{
    size_t letters = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)word + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 || !((cp >= 0x3041 && cp <= 0x309F) || cp == 0x30FC))
            return false;
        letters += cp != 0x30FC;
        i += (size_t)n;
    }
    return letters > 0;
}

/* The model and tagger, opened on first use with the system's dictionary (/etc/mecabrc);
 * false when there is none. */
static bool open_tagger(cdn_japanese *j, mecab_model_t **model, mecab_t **tagger)
{
    pthread_mutex_lock(&j->lock);
    if (!j->tried) {
        j->tried = true;
        j->model = mecab_model_new2("");
        j->tagger = j->model ? mecab_model_new_tagger(j->model) : NULL;
        if (j->model && !j->tagger) {
            mecab_model_destroy(j->model);
            j->model = NULL;
        }
    }
    *model = j->model;
    *tagger = j->tagger;
    pthread_mutex_unlock(&j->lock);
    return *tagger != NULL;
}

/* The k-th comma-separated field of a node's features (k from 0), as a pointer and length;
 * false when there are not that many. */
static bool feature_field(const char *features, int k, const char **field, size_t *len)
{
    const char *p = features;
    for (int i = 0; i < k; i++) {
        p = strchr(p, ',');
        if (!p)
            return false;
        p++;
    }
    size_t n = strcspn(p, ",");
    *field = p;
    *len = n;
    return n > 0 && !(n == 1 && *p == '*');
}

static size_t code_points(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Whether the UTF-8 text (len bytes) is kana alone. */
static bool only_kana(const char *text, size_t len)
{
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 || cp < 0x3041 || cp > 0x30FF)
            return false;
        i += (size_t)n;
    }
    return len > 0;
}

/* What a word's morphemes say about it. */
typedef struct verdict {
    bool all_read;      /* every morpheme has a reading */
    bool person;        /* a person's name as japanese.h defines it */
} verdict;

/* Appends the readings of the lattice's morphemes to out and judges them (out may hold a
 * partial reading when not all are read). */
static bool read_morphemes(const mecab_node_t *node, cdn_strbuf *out, verdict *v)
{
    static const char PERSON[] = "名詞,固有名詞,人名,";
    size_t count = 0, first_chars = 0;
    bool all_person = true, surname_then_given = true, given_alone = false;
    v->all_read = true;
    for (; node; node = node->next) {
        if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
            continue;
        const char *reading, *kind;
        size_t reading_len, kind_len;
        if (!feature_field(node->feature, 7, &reading, &reading_len)) {
            /* Kana the dictionary does not know read as they are written (ひなた). */
            bool kana = only_kana(node->surface, node->length);
            v->all_read = v->all_read && kana;
            all_person = false;
            if (kana && !cdn_strbuf_append(out, node->surface, node->length))
                return false;
            count++;
            continue;
        }
        if (!cdn_strbuf_append(out, reading, reading_len))
            return false;
        bool person = strncmp(node->feature, PERSON, sizeof PERSON - 1) == 0 && feature_field(node->feature, 3, &kind, &kind_len);
        all_person = all_person && person;
        if (count == 0) {
            first_chars = code_points(node->surface, node->length);
            surname_then_given = person && kind_len == strlen("姓") && memcmp(kind, "姓", kind_len) == 0;
            given_alone = person && kind_len == strlen("名") && memcmp(kind, "名", kind_len) == 0;
        } else {
            surname_then_given = surname_then_given && person && kind_len == strlen("名") && memcmp(kind, "名", kind_len) == 0;
        }
        count++;
    }
    /* One entry of two characters or more (鈴木, 最澄), or a surname of two or more and given
     * names (山田 + 太郎); not a one-character surname (李 + 明: a Chinese name), nor a given
     * name alone (博文 is hirofumi and bówén). */
    v->person = all_person && count > 0 && first_chars >= 2 && (count == 1 ? !given_alone : surname_then_given);
    return true;
}

/* Parses text (len bytes) and appends its morphemes' readings to out (taken back unless the
 * result is READ) and judges them: READ when all are read and in_japanese_name or they are a
 * person's name, else NO; NOMEM. */
static cdn_japanese_result parse(cdn_japanese *j, const char *text, size_t len, bool in_japanese_name,
                                 cdn_strbuf *out)
{
    mecab_model_t *model;
    mecab_t *tagger;
    if (len == 0 || !open_tagger(j, &model, &tagger))
        return CDN_JAPANESE_NO;
    mecab_lattice_t *lattice = mecab_model_new_lattice(model);
    if (!lattice)
        return CDN_JAPANESE_NOMEM;
    mecab_lattice_set_sentence2(lattice, text, len);
    cdn_japanese_result result = CDN_JAPANESE_NO;
    size_t before = out->len;
    if (mecab_parse_lattice(tagger, lattice)) {
        verdict v;
        if (!read_morphemes(mecab_lattice_get_bos_node(lattice), out, &v))
            result = CDN_JAPANESE_NOMEM;
        else if (v.all_read && (in_japanese_name || v.person))
            result = CDN_JAPANESE_READ;
    }
    mecab_lattice_destroy(lattice);
    if (result != CDN_JAPANESE_READ && out->data) {
        out->len = before; /* nothing, or a partial reading, is taken back */
        out->data[before] = '\0';
    }
    return result;
}

cdn_japanese_result cdn_japanese_reading(cdn_japanese *j, const char *word, size_t len, bool in_japanese_name,
                                         cdn_strbuf *out)
{
    return parse(j, word, len, in_japanese_name, out);
}

int cdn_japanese_name(cdn_japanese *j, const char *name, size_t len, bool *japanese)
{
    *japanese = cdn_japanese_has_kana(name, len);
    if (*japanese)
        return CORDON_OK;
    /* The name's Han characters run together (山田 太郎 as 山田太郎); anything else (Latin
     * letters, spaces, commas) leaves it undecided by this test. */
    cdn_strbuf han;
    cdn_strbuf_init(&han);
    bool ok = true, out_of_memory = false;
    for (size_t i = 0; i < len && ok;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)name + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            break;
        bool is_han = cdn_han_code_point(cp);
        bool is_space = cp == ' ' || cp == 0x3000 || cp == 0x30FB; /* spaces and ・ */
        if (is_han)
            ok = !(out_of_memory = !cdn_strbuf_append(&han, name + i, (size_t)n));
        else if (!is_space)
            ok = false;
        i += (size_t)n;
    }
    cdn_strbuf reading;
    cdn_strbuf_init(&reading);
    cdn_japanese_result read = ok && han.len > 0 ? parse(j, han.data, han.len, false, &reading) : CDN_JAPANESE_NO;
    cdn_strbuf_free(&reading);
    cdn_strbuf_free(&han);
    *japanese = read == CDN_JAPANESE_READ;
    return out_of_memory || read == CDN_JAPANESE_NOMEM ? CORDON_ENOMEM : CORDON_OK;
}
