/*
 * index_int.h — the inside of a cordon_index, shared by the modules that build and read it.
 *
 * Built once by cordon_index_open, then never changed: every field is read-only afterwards,
 * which is what lets any number of threads search one index without locks. (The one exception
 * is the transliterator pool, which guards itself with a mutex.)
 *
 * The matching part is a vocabulary of token keys. Each key knows its rarity and which indexed
 * names contain it (postings); each consonant skeleton knows its keys. Misspelt keys are found
 * two ways: every key with one letter deleted points back to its keys (so one edit, including a
 * transposition, is a handful of hash lookups: Garbe's symmetric-delete method, "SymSpell",
 * 2012), and for long keys, which may carry two edits, each character trigram knows the keys
 * containing it.
 */
#ifndef CDN_INDEX_INT_H
#define CDN_INDEX_INT_H

#include <stddef.h>
#include <stdint.h>

#include "cordon.h"
#include "core/arena.h"
#include "core/error.h"
#include "core/strmap.h"
#include "core/vec.h"
#include "match/analyze.h"
#include "text/translit.h"

/* One indexed name: an entity's name, analyzed. */
typedef struct cdn_name_entry {
    const cordon_entity *entity;
    const cordon_name *name;
    const cdn_token *tokens;     /* in the arena */
    uint32_t n_tokens;
    float name_weight;           /* the sum of its tokens' name-side weights (score.h) */
} cdn_name_entry;

/* A token key of the vocabulary. */
typedef struct cdn_key_info {
    const char *key;
    uint32_t len;                /* strlen(key) */
    uint32_t id;                 /* its number in the vocabulary */
    uint32_t df;                 /* entities with a name containing the key */
    float weight;                /* inverse document frequency */
    uint32_t n_postings;
    uint32_t *postings;          /* name entry numbers, ascending, no repeats */
    const cordon_entity *last_entity; /* while building: the last entity counted in df */
} cdn_key_info;

/* A list of vocabulary ids (keys sharing a skeleton, or a trigram). */
typedef struct cdn_id_list {
    uint32_t n;
    uint32_t cap;
    uint32_t *ids;
} cdn_id_list;

struct cordon_index {
    cdn_error err;
    cdn_arena arena;             /* entities, names, tokens, postings, warnings */
    cdn_vec lists;               /* cordon_list_info * */
    cdn_vec entities;            /* cordon_entity * */
    cdn_vec warnings;            /* char * */
    cdn_strmap by_id;            /* entity id → cordon_entity * */
    cdn_vec names;               /* cdn_name_entry */
    cdn_strmap keys;             /* token key → cdn_key_info * */
    cdn_vec vocab;               /* cdn_key_info *, by id */
    cdn_strmap skeletons;        /* skeleton → cdn_id_list * of key ids */
    cdn_strmap trigrams;         /* 3-byte trigram → cdn_id_list * of key ids */
    cdn_strmap deletions;        /* a key with one letter deleted → cdn_id_list * of key ids */
    float unknown_weight;        /* the weight of a key no indexed name has */
    cdn_translit *translit;      /* romanisation, shared by builds and searches */
};

/* Builds the name entries and the vocabulary of idx from its entities. */
int cdn_index_build_names(cordon_index *idx);

/* The vocabulary entry of a key, or NULL. */
const cdn_key_info *cdn_index_key(const cordon_index *idx, const char *key, size_t len);

/* Gives each token of a its weight from idx (idx may be NULL: all weights 1). */
void cdn_index_weigh(const cordon_index *idx, cdn_analyzed *a);

/* Calls fn(ctx, key_info, similarity) once for each vocabulary key other than key itself that
 * is one edit away, or, for keys of eight letters or more, within the edits min_sim allows,
 * with similarity at least min_sim. */
void cdn_index_similar_keys(const cordon_index *idx, const char *key, double min_sim,
                            void (*fn)(void *ctx, const cdn_key_info *info, double sim), void *ctx);

/* The list of key ids that have this skeleton, or NULL. */
const cdn_id_list *cdn_index_skeleton(const cordon_index *idx, const char *skel);

#endif
