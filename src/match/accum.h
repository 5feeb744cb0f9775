/*
 * accum.h — what the query tokens gathered so far could give each indexed name: the candidate
 * accumulator of a search, and the pool that lends accumulators to searches.
 *
 * An accumulator is an array with one entry per indexed name, valid for the current search
 * only: each entry carries the search's generation number, so starting a search costs nothing
 * (no clearing), and a list of the names touched lets the search visit only those. Beside it,
 * stamped with the same generation, are where the search's similarity memo (score.h) keeps each
 * indexed token form it has compared, which of the search's results holds each entity, and the
 * score of each twin (index_int.h) scored. It is large (32 bytes per indexed name, 8 per form
 * and per entity, 12 per twin), so searches borrow one from the index's pool and give it back:
 * one per thread that searches at the same time, kept for the next search.
 */
#ifndef CDN_ACCUM_H
#define CDN_ACCUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/vec.h"
#include "match/analyze.h"
#include "match/score.h"

/* For each query token, the best of the ways it reached the name (cur_* while the token is
 * being gathered, then added to got_*). The name's weight is kept beside them, set when the
 * accumulator is made: search.c's bound reads it for every name touched, hundreds a search, and
 * from the index's name records that was a second cache line per name (in both arrays a
 * name's place is random); 32 bytes, an entry never straddles two lines either. */
typedef struct cdn_accum_entry {
    uint32_t generation; /* the entry's credits are valid when this is the accumulator's generation */
    uint32_t token;      /* the query token cur_* belongs to */
    float cur_q, cur_n;  /* its best weighted similarity on the query's and the name's side */
    float got_q, got_n;  /* the sums for the tokens before it */
    float name_weight;   /* the name's (cdn_iname's), whatever the generation */
    uint32_t unused;     /* 32 bytes */
} cdn_accum_entry;

typedef struct cdn_accum {
    cdn_accum_entry *entries; /* one per indexed name */
    size_t n_names;
    uint32_t *form_stamp;     /* per token form: the generation in which form_row was set */
    uint32_t *form_row;       /* per token form: its row in the search's memo */
    size_t n_forms;
    uint32_t *entity_stamp;   /* per entity: the generation in which entity_result was set */
    uint32_t *entity_result;  /* per entity: its result's number */
    size_t n_entities;
    uint32_t *twin_stamp;     /* per twin: the generation in which twin_score was set */
    double *twin_score;       /* per twin: its names' score against the query */
    size_t n_twins;
    uint32_t generation;
    void *short_memo;         /* short_words.c's memo, made on first use and kept; its rows
                                 are stamped with the generation */
    uint32_t *touched;        /* the names with a valid entry, in the order first reached */
    size_t n_touched, cap_touched;
    /* Scratch that the searches which borrow the accumulator keep from one to the next, each
     * emptying it first, so that a search seldom calls the allocator: */
    cdn_analyzed query;       /* the query, analysed */
    cdn_vec cands;            /* the candidate names (search.c's; zeroed until first used) */
    cdn_sim_scratch sim;      /* the similarity memo's rows (score.h) */
    uint8_t *key_counts;      /* a byte per vocabulary key, all 0 between lookups: the counts
                                 of cdn_index_similar_keys_counted (search.c's; made on first
                                 use), and between them the marks of the keys a query token's
                                 sounds have tested (search.c's add_tested) */
    cdn_vec tested;           /* those marked keys' numbers, to clear (zeroed until first used) */
    struct cdn_accum *next;   /* in the pool's free list */
} cdn_accum;

typedef struct cdn_accum_pool cdn_accum_pool;

/* A new, empty pool (NULL when out of memory). Thread-safe to borrow from and give back to. */
cdn_accum_pool *cdn_accum_pool_new(void);
/* Frees the pool and every accumulator in it (none may be borrowed). NULL is ignored. */
void cdn_accum_pool_free(cdn_accum_pool *pool);

/* How many of each thing an index has, for which an accumulator keeps an entry, and each name's
 * weight: name_weight(ctx, i) for name i (cdn_accum_entry's). */
typedef struct cdn_accum_sizes {
    size_t names, forms, entities, twins;
    float (*name_weight)(const void *ctx, size_t name);
    const void *ctx;
} cdn_accum_sizes;

/* Lends an accumulator for an index of these sizes, empty; NULL when out of memory. */
cdn_accum *cdn_accum_borrow(cdn_accum_pool *pool, cdn_accum_sizes sizes);
/* Returns it to the pool. */
void cdn_accum_give_back(cdn_accum_pool *pool, cdn_accum *acc);

/* Makes room for more touched names (for cdn_accum_credit); false when out of memory. */
bool cdn_accum_grow_touched(cdn_accum *acc);

/* Credits query token `token` to the entry a of one name (generation the accumulator's): q on
 * the query's side, n on the name's, keeping the best per token and summing over tokens.
 * Returns whether the entry was new to this search (its name is then to be listed as touched). */
static inline bool cdn_accum_entry_credit(cdn_accum_entry *a, uint32_t generation, uint32_t token, float q, float n)
{
    if (a->generation != generation) {
        a->generation = generation; /* name_weight stays */
        a->token = token;
        a->cur_q = q;
        a->cur_n = n;
        a->got_q = a->got_n = 0.0f;
        return true;
    }
    if (a->token != token) {
        a->got_q += a->cur_q;
        a->got_n += a->cur_n;
        a->token = token;
        a->cur_q = q;
        a->cur_n = n;
    } else {
        a->cur_q = a->cur_q > q ? a->cur_q : q;
        a->cur_n = a->cur_n > n ? a->cur_n : n;
    }
    return false;
}

/* Credits query token `token` to name: q on the query's side, n on the name's, keeping the
 * best per token and summing over tokens. False when out of memory (the credit is lost). */
static inline bool cdn_accum_credit(cdn_accum *acc, uint32_t name, uint32_t token, float q, float n)
{
    cdn_accum_entry *a = &acc->entries[name];
    if (a->generation != acc->generation && acc->n_touched == acc->cap_touched && !cdn_accum_grow_touched(acc))
        return false;
    if (cdn_accum_entry_credit(a, acc->generation, token, q, n))
        acc->touched[acc->n_touched++] = name;
    return true;
}

/* Credits query token `token` to each of the count names, as cdn_accum_credit does one by one;
 * false when out of memory (no name is credited then). Room for every name to be touched is
 * made first, and the accumulator's fields are read once: in cdn_accum_credit, called per name,
 * they were read again at every name (a store to an entry's generation may, for the compiler,
 * be one to the accumulator's), which cost the bench mix 2.8 % more instructions a search. */
static inline bool cdn_accum_credit_each(cdn_accum *acc, const uint32_t *names, size_t count, uint32_t token, float q,
                                         float n)
{
    size_t untouched = acc->n_names - acc->n_touched; /* a name is touched once a search */
    size_t room = count < untouched ? count : untouched;
    while (acc->cap_touched - acc->n_touched < room)
        if (!cdn_accum_grow_touched(acc))
            return false;
    cdn_accum_entry *entries = acc->entries;
    uint32_t *touched = acc->touched, generation = acc->generation;
    size_t n_touched = acc->n_touched;
    for (size_t i = 0; i < count; i++)
        if (cdn_accum_entry_credit(&entries[names[i]], generation, token, q, n))
            touched[n_touched++] = names[i];
    acc->n_touched = n_touched;
    return true;
}

#endif
