/*
 * index_int.h — the inside of a cordon_index, shared by the modules that build and read it.
 *
 * Built once by cordon_index_open, then never changed: every field is read-only afterwards,
 * which is what lets any number of threads search one index without locks.
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

/* One indexed name: an entity's name, analyzed. */
typedef struct cdn_name_entry {
    const cordon_entity *entity;
    const cordon_name *name;
    const cdn_token *tokens;     /* in the arena */
    uint32_t n_tokens;
} cdn_name_entry;

/* What the index knows about one token key: how many names have it, and which. */
typedef struct cdn_key_info {
    uint32_t df;                 /* entities with a name containing the key */
    uint32_t n_postings;
    uint32_t *postings;          /* name entry numbers, ascending; in the arena */
    float weight;                /* inverse document frequency */
    const cordon_entity *last_entity; /* while building: the last entity counted in df */
} cdn_key_info;

struct cordon_index {
    cdn_error err;
    cdn_arena arena;             /* entities, names, tokens, postings, warnings */
    cdn_vec lists;               /* cordon_list_info * */
    cdn_vec entities;            /* cordon_entity * */
    cdn_vec warnings;            /* char * */
    cdn_strmap by_id;            /* entity id → cordon_entity * */
    cdn_vec names;               /* cdn_name_entry */
    cdn_strmap keys;             /* token key → cdn_key_info * */
    float unknown_weight;        /* the weight of a key no indexed name has */
};

/* Builds the name entries and key table of idx from its entities. */
int cdn_index_build_names(cordon_index *idx);

/* The weight of a key (its rarity across indexed names); unknown keys weigh the most. */
float cdn_index_key_weight(const cordon_index *idx, const char *key);

/* Gives each token of a its weight from idx (idx may be NULL: all weights 1). */
void cdn_index_weigh(const cordon_index *idx, cdn_analyzed *a);

#endif
