/*
 * index_facts.h — what the scanner works out once per index, when the index is first scanned
 * (as its name facts are: index/name_facts.h), and reads for every new word and window:
 *   - which keys are a listed person's given name, a bit per key (words.c: a given name is no
 *     lone mention, and a family name after another given name conflicts); read from the
 *     lists' postings it cost up to 64 scattered reads of names a key, a bit costs one;
 *   - per name, which windows its facts allow (cdn_scan_facts_allow), a bit per window length
 *     and the window's two traits: the anchor word of a window has hundreds of names (states:
 *     668), each judged so, and four bytes a name in one dense array are read where a name's
 *     32 bytes of facts lay over megabytes;
 *   - the function words and titles, in a table looked up by the probe every word new to a
 *     scanner has already (word_table.h), where two binary searches of the word lists were;
 *     and the countries and demonyms of one word in lower-case ASCII letters, which every
 *     word the scanner analyses is looked up as.
 * None of it depends on a text: worked out from the index and the word lists alone.
 */
#ifndef CDN_INDEX_FACTS_H
#define CDN_INDEX_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "index/index_int.h"
#include "index/name_facts.h"
#include "model/countries.h"
#include "scan/word_table.h"

/* A function word, title (stopwords.h, legal_forms.h: cdn_is_honorific) or country (countries.h)
 * by its probe. */
typedef struct cdn_word_class {
    uint64_t hash, head;  /* its cdn_word_table_probe */
    const char *word;     /* the word (the lists' own string); NULL: an empty slot */
    uint32_t len;
    bool stop;            /* a function word */
    bool title;           /* a title or honorific */
    bool country;         /* a country's name or demonym of one word (cdn_country_code) */
    uint8_t language;     /* the language it marks (cdn_stopword_language), a cdn_stop_language */
} cdn_word_class;

typedef struct cdn_scan_facts {
    uint64_t *given_keys;   /* per vocab key, a bit: a listed person's given name */
    uint32_t *window_masks; /* per name, the windows its facts allow (cdn_window_allows) */
    cdn_word_class *classes; /* open addressing, cap a power of two, at most half full */
    size_t class_cap;
} cdn_scan_facts;

/* Works out idx->scan_facts, once for the life of idx (after its name facts:
 * cdn_name_facts_ensure). Thread-safe; the scanner calls it before its first scan. Returns
 * CORDON_OK or CORDON_ENOMEM (then nothing is published). */
int cdn_index_facts_ensure(const cordon_index *idx);

/* Frees them (NULL is fine). */
void cdn_scan_facts_free(cdn_scan_facts *f);

/* Whether vocab key v is a given name of some listed person (cdn_scan_key_is_given_name). */
static inline bool cdn_given_key(const cordon_index *idx, uint32_t v)
{
    return idx->scan_facts->given_keys[v >> 6] >> (v & 63) & 1;
}

/* Whether a name of facts f may be mentioned by a window of len words (1..CDN_SCAN_MAX_WINDOW),
 * lone saying whether one word of it alone says which party (window.c: lone_content_word),
 * legal_form whether a word is a legal form: the cheap tests, on the name's facts alone, that
 * most candidates of a common word fail. */
bool cdn_scan_facts_allow(const cdn_name_facts *f, size_t len, bool lone, bool legal_form);

/* cdn_scan_facts_allow of indexed name n, from its bits. */
static inline bool cdn_window_allows(const cordon_index *idx, uint32_t n, size_t len, bool lone, bool legal_form)
{
    return idx->scan_facts->window_masks[n] >> ((len - 1) * 4 + (size_t)lone * 2 + (size_t)legal_form) & 1;
}

/* The function word, title or country that the normalized word (len bytes, of probe p) is, or
 * NULL when it is none. */
static inline const cdn_word_class *cdn_word_class_of(const cordon_index *idx, const char *word, size_t len,
                                                      const cdn_word_probe *p)
{
    const cdn_scan_facts *f = idx->scan_facts;
    for (size_t i = (size_t)p->hash & (f->class_cap - 1);; i = (i + 1) & (f->class_cap - 1)) {
        const cdn_word_class *c = &f->classes[i];
        if (!c->word)
            return NULL;
        if (c->hash == p->hash && c->len == len && c->head == p->head &&
            (len <= 8 || memcmp(c->word + 8, word + 8, len - 8) == 0))
            return c;
    }
}

/* Whether the word (len bytes) is the name or demonym of a country, as cdn_country_code says:
 * a word of lower-case ASCII letters by the table, others by cdn_country_code. */
static inline bool cdn_word_is_country(const cordon_index *idx, const char *word, size_t len)
{
    size_t plain = 0;
    while (plain < len && word[plain] >= 'a' && word[plain] <= 'z')
        plain++;
    if (plain == len && len > 0) {
        cdn_word_probe p = cdn_word_table_probe(word, len);
        const cdn_word_class *c = cdn_word_class_of(idx, word, len, &p);
        return c && c->country;
    }
    char code[3];
    return cdn_country_code(word, len, code);
}

#endif
