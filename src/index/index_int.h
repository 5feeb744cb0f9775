/*
 * index_int.h — the inside of a cordon_index, shared by the modules that build, save, load and
 * read it.
 *
 * Built once (from list sources, or loaded from a snapshot file), then never changed: every
 * field is read-only afterwards, which is what lets any number of threads search one index
 * without locks. (The exceptions are the pools of transliterators and of search accumulators,
 * which guard themselves.)
 *
 * The matching part is made of plain arrays of fixed-size records that refer to each other and
 * to one string pool by 32-bit offsets, never by pointers, so that a snapshot file holds them
 * byte for byte and a loaded index uses them straight from a read-only memory mapping, shared
 * by every process that maps the same file:
 *
 *   pool        every string of the matching part (token texts, keys, skeletons, variants, ids)
 *   tokens      cdn_itoken: one per token of every indexed name
 *   names       cdn_iname: one per indexed name (an entity's name, analyzed)
 *   vocab       cdn_ikey: one per distinct token key: rarity and postings (names containing it)
 *   u32         postings and id lists
 *   maps        key → vocab number; skeletons, trigrams, deletions, romanisations and their
 *               deletions, vowel keys → a cdn_ilist of vocab numbers; entity id → entity number
 *
 * Misspelt keys are found two ways: every key, and every romanised token, with one letter
 * deleted points back to its keys (one edit, including a transposition, is a handful of hash
 * lookups: Garbe's symmetric-delete method, "SymSpell", 2012; the romanised forms catch typos
 * that the cross-orthography folding turns into two edits of the key, as x → ks does), and for
 * long keys, which may carry two edits, each character trigram knows the keys containing it
 * (Ukkonen 1992, q-gram filtering).
 */
#ifndef CDN_INDEX_INT_H
#define CDN_INDEX_INT_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cordon.h"
#include "core/arena.h"
#include "core/error.h"
#include "core/fixmap.h"
#include "core/strbuf.h"
#include "core/vec.h"
#include "text/orthography.h"
#include "match/analyze.h"
#include "text/translit.h"

#define CDN_NONE UINT32_MAX

/* Keys this long or longer may carry two edits at the fuzzy threshold: they get trigrams. Keys
 * from 3 to 40 letters get one-letter deletions. */
enum { CDN_TRIGRAM_MIN_LEN = 8, CDN_DELETION_MIN_LEN = 3, CDN_DELETION_MAX_LEN = 40 };

/* The character trigrams of a key, padded with ^ and $ so that short keys have enough of them:
 * writes each as 3 bytes into out (room for len trigrams, len at most 256) and returns their
 * count. */
size_t cdn_trigrams(const char *key, size_t len, char (*out)[3]);

typedef struct cdn_itoken {
    uint32_t text, latin, key, skel; /* pool offsets */
    float weight;
    uint32_t flags;                  /* cdn_token_flag */
    cdn_shape latin_shape, key_shape; /* measured when built; the loader checks the lengths */
    uint32_t form;                   /* 1.. n_forms - 1: tokens with the same text, romanisation and
                                        marked form share their form, so a search compares each
                                        form once */
    uint32_t marked;                 /* pool offset of the marked romanisation (cdn_token.marked;
                                        "" when none) */
} cdn_itoken;

typedef struct cdn_iname {
    uint32_t entity;                 /* entity number */
    uint32_t name;                   /* the name's number among the entity's names */
    uint32_t tokens;                 /* first token */
    uint32_t n_tokens;
    float name_weight;               /* the sum of its tokens' name-side weights (score.h) */
    uint32_t twin;                   /* 1.. n_twins - 1: names whose tokens are the same forms with
                                        the same flags share it, and score the same against any
                                        query (the same name on two lists, or twice on one) */
} cdn_iname;

typedef struct cdn_ikey {
    uint32_t key;                    /* pool offset */
    uint32_t len;
    uint32_t df;                     /* entities with a name containing the key */
    float weight;                    /* inverse document frequency */
    float query_weight;              /* the same over the entities with a name containing the
                                        key as no legal form: a query's word that is none
                                        weighs so (Sá is rarer than the thousands of S.A.) */
    uint32_t postings;               /* offset into u32: name numbers, ascending, no repeats */
    uint32_t n_postings;
    cdn_shape shape;                 /* of the key (its length is len) */
    uint32_t twice;                  /* the key's letters held twice or more
                                        (cdn_letters_twice: lookup.c's letter test) */
} cdn_ikey;

typedef struct cdn_ilist {
    uint32_t ids;                    /* offset into u32 */
    uint32_t n;
} cdn_ilist;

/* The hash maps of the matching part. */
enum cdn_map {
    CDN_MAP_KEYS,            /* key → vocab number */
    CDN_MAP_SKELETONS,       /* skeleton → ilist of vocab numbers */
    CDN_MAP_TRIGRAMS,        /* 3-byte trigram of a long key → ilist */
    CDN_MAP_DELETIONS,       /* key less one letter → ilist */
    CDN_MAP_LATINS,          /* romanised token → ilist of the keys it gives */
    CDN_MAP_LATIN_DELETIONS, /* romanised token less one letter → ilist */
    CDN_MAP_CLASSES,         /* consonant-class keys of a token (abjad_keys.h: three classes or
                                more; and a Latin token's short keys, two) → ilist */
    CDN_MAP_SOUNDS,          /* sound classes of a Latin token, each reading (one or more) → ilist */
    CDN_MAP_READINGS,        /* skeleton of a Latin token read as a source language reads it → ilist;
                                and, after CDN_WHOLE_READING, a short word's whole reading */
    CDN_MAP_VOWELS,          /* vowel key of a Latin token (vowel_key.h) → ilist */
    CDN_MAP_KOREAN_FOLDS,    /* Korean fold of a Latin token that spells one or two Korean
                                syllables (hangul.h: Sung, Seong, Song → sung) → ilist */
    CDN_MAP_IDS,             /* entity id → entity number */
    CDN_N_MAPS
};

/* The mark before a whole reading in CDN_MAP_READINGS (a skeleton never has it): a word of
 * fewer than four letters meets a Cyrillic word only by a reading equal to its romanisation
 * (the scorer's read_aloud), which a skeleton of fewer than three consonants cannot key. */
#define CDN_WHOLE_READING '='

/* The most letters of a Cyrillic word's romanisation that may equal the whole reading of a
 * short Latin word (three letters read as up to three each: Jay, dzhey). */
enum { CDN_WHOLE_READING_MAX = 9 };

/* Writes the key of the whole reading s (len bytes, at most CDN_WHOLE_READING_MAX) into out:
 * the mark, then s. Returns its length. */
static inline size_t cdn_whole_reading_key(const char *s, size_t len, char out[CDN_WHOLE_READING_MAX + 2])
{
    out[0] = CDN_WHOLE_READING;
    memcpy(out + 1, s, len);
    out[len + 1] = '\0';
    return len + 1;
}

/* The mark before a sound string in CDN_MAP_SOUNDS that a Latin word has only by a reading the
 * scorer hears it by against kana (readings.h, cdn_readings_heard: Walczak as Polish valchak,
 * b l s k), not by its spelling's readings (sounds.h): only a word in kana looks it up, since
 * Chinese and Korean native names met unrelated words by them (session 17). */
#define CDN_SOUNDS_HEARD '^'

/* The mark before a vowelled skeleton in CDN_MAP_READINGS (orthography.h): a word of four
 * letters or more whose readings have fewer than three consonants (Hall, read as English
 * khall; Howie, khoui) has no skeleton key to be found by, and is keyed by the consonants of
 * each reading with its vowels as marks (Холл, kholl, and khall: "h.l"). */
#define CDN_VOWELLED_READING '~'

/* The fewest letters of a word (a Latin word, or a Cyrillic word's romanisation) keyed by its
 * vowelled skeleton: shorter words are keyed whole (CDN_WHOLE_READING). A reading of such a
 * Latin word may be shorter (Mule read as English, mul: Мюль, myul, "m.l"). */
enum { CDN_VOWELLED_READING_MIN = 4 };

/* Writes the key of the vowelled skeleton of the reading s (len bytes) into out: the mark,
 * then cdn_vowelled_skeleton(s). Returns its length, or 0 when s has no such key (a skeleton
 * of no consonant, or of three or more). */
static inline size_t cdn_vowelled_reading_key(const char *s, size_t len, char out[CDN_VOWELLED_MAX + 2])
{
    out[0] = CDN_VOWELLED_READING;
    size_t n = cdn_vowelled_skeleton(s, len, out + 1);
    return n ? n + 1 : 0;
}

/* A read-only array that is either owned (built here) or borrowed (mapped from a file). */
#define CDN_ARRAY(T) struct { T *items; size_t len; }

struct cordon_index {
    cdn_error err;
    cdn_arena arena;             /* entities, list infos, warnings (built or materialized) */
    cdn_vec lists;               /* cordon_list_info * */
    cdn_vec entities;            /* cordon_entity * */
    cdn_vec warnings;            /* char * */

    /* The matching part (see above). When mapped, the arrays point into the mapping. */
    const char *pool;
    size_t pool_len;
    CDN_ARRAY(const cdn_itoken) tokens;
    CDN_ARRAY(const cdn_iname) names;
    CDN_ARRAY(const cdn_ikey) vocab;
    CDN_ARRAY(const uint32_t) u32;
    CDN_ARRAY(const cdn_ilist) ilists;
    cdn_fixmap maps[CDN_N_MAPS]; /* see enum cdn_map */
    float unknown_weight;        /* the weight of a key no indexed name has */
    uint32_t n_forms;            /* token forms are numbered from 1; 0 is no indexed form */
    uint32_t n_twins;            /* so are names' twin numbers */

    void *owned[6];              /* the arrays above when built here (freed at close) */
    void *mapping;               /* the snapshot mapping, or NULL */
    size_t mapping_len;
    cdn_translit *translit;      /* romanisation, shared by builds and searches */
    struct cdn_accum_pool *accums; /* searches' candidate accumulators (match/accum.h) */
    struct cdn_name_facts *name_facts;   /* per name, for the text scanner (name_facts.h): */
    struct cdn_token_facts *token_facts; /* per token, the same; both worked out on the first */
    pthread_mutex_t facts_lock;          /* scan, under this lock */
    struct cdn_scan_facts *scan_facts;   /* what the scanner works out once per index
                                            (scan/index_facts.h), then too */
    struct cdn_scanner_pool *scanners;   /* scanners lent to cordon_scan (scan/scan_pool.h) */
};

/* Builds the matching part of idx, and its id map, from its entities. A repeated entity id is
 * an error (CORDON_EDATA). */
int cdn_index_build_names(cordon_index *idx);

/* The entity with number i. */
static inline const cordon_entity *cdn_index_entity_at(const cordon_index *idx, uint32_t i)
{
    return ((const cordon_entity *const *)idx->entities.items)[i];
}

/* The vocabulary entry of a key, or NULL. */
const cdn_ikey *cdn_index_key(const cordon_index *idx, const char *key, size_t len);

/* The vocabulary entry of the key of the token t as the Polish or German press spells it
 * (Siergiej: sergei, Dschabhat: jabhat; cdn_orthography_key_press), or NULL: what search and the
 * scanner look up for such a word, which the scorer meets as "spelling" (0.95). */
const cdn_ikey *cdn_index_press_key(const cordon_index *idx, const cdn_token *t);

/* The vocabulary entries whose Latin word has the vowel key of token t's (vowel_key.h: Majeed
 * and Majid, Hezbollah and Hizballah), or NULL: the word's other vowel spellings, which search
 * and the scanner follow for a word whose own key is common. */
const cdn_ilist *cdn_index_vowel_spellings(const cordon_index *idx, const cdn_token *t);

/* The ids of an id list (vocab numbers). */
static inline const uint32_t *cdn_index_ids(const cordon_index *idx, const cdn_ilist *list)
{
    return idx->u32.items + list->ids;
}

/* The id list stored under key in map, or NULL. */
const cdn_ilist *cdn_index_list_of(const cordon_index *idx, const cdn_fixmap *map, const char *key, size_t len);

/* Indexed token t as the scorer takes it. */
static inline cdn_token cdn_index_token(const cordon_index *idx, const cdn_itoken *t)
{
    return (cdn_token){idx->pool + t->text, idx->pool + t->latin, idx->pool + t->key, idx->pool + t->skel,
                       t->weight,           (uint16_t)t->flags,   t->latin_shape,      t->key_shape,
                       t->form,             idx->pool + t->marked};
}

/* Fills out[0..n) with the tokens of indexed name e as the scorer takes them. */
void cdn_index_name_tokens(const cordon_index *idx, const cdn_iname *e, cdn_token *out);

/* Adds lookup filters (fixmap.h) to the maps that searches mostly look up absent keys in: the
 * keys, the romanisations and their one-letter deletions. Out of memory, a map goes without. */
void cdn_index_filter_maps(cordon_index *idx);

/* Gives each token of a its weight from idx (idx may be NULL: all weights 1): a legal form its
 * key's weight, any other word its key's query_weight (its rarity as no form); and marks
 * CDN_TOK_RARE the tokens whose key is on few indexed entities' names (none without idx). */
void cdn_index_weigh(const cordon_index *idx, cdn_analyzed *a);

/* Whether the key whose entry is info (never NULL) is on so few indexed entities' names that a
 * word of that key is marked CDN_TOK_RARE (cdn_index_weigh; the scanner's lexicon likewise). */
bool cdn_index_key_rare(const cdn_ikey *info);

/* Calls fn(ctx, key, similarity) once for each vocabulary key other than key itself that is one
 * edit away, or, for keys of eight letters or more, within the edits min_sim allows, with
 * similarity at least min_sim; and for each key of a token whose romanisation is one edit away
 * from latin (may be NULL), with similarity min_sim. */
void cdn_index_similar_keys(const cordon_index *idx, const char *key, const char *latin, double min_sim,
                            void (*fn)(void *ctx, const cdn_ikey *info, double sim), void *ctx);

/* cdn_index_similar_keys, the keys that share trigrams counted in counts: one byte per vocab
 * key, all 0, and left so (a caller that asks again and again keeps one: a byte per key is
 * read and written where a table would be hashed into; the same keys, in the same order). */
void cdn_index_similar_keys_counted(const cordon_index *idx, const char *key, const char *latin, double min_sim,
                                    uint8_t *counts, void (*fn)(void *ctx, const cdn_ikey *info, double sim),
                                    void *ctx);

/* Writes idx to path as a snapshot (see snapshot.c). Returns a status; the message in err. */
int cdn_snapshot_write(const cordon_index *idx, const char *path, cdn_error *err);

/* Loads the snapshot at path into the empty idx (mapping it read-only). */
int cdn_snapshot_load(cordon_index *idx, const char *path);

#endif
