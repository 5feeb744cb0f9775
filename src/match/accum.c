/*
 * accum.c — the candidate accumulators and their pool (see accum.h).
 */
#include "match/accum.h"

#include <pthread.h>

#include "core/alloc.h"
#include "match/short_words.h"

struct cdn_accum_pool {
    pthread_mutex_t lock;
    cdn_accum *idle; /* free list */
};

cdn_accum_pool *cdn_accum_pool_new(void)
{
    cdn_accum_pool *pool = cdn_calloc(1, sizeof *pool);
    if (pool)
        pthread_mutex_init(&pool->lock, NULL);
    return pool;
}

static void accum_free(cdn_accum *acc)
{
    cdn_free(acc->entries);
    cdn_free(acc->form_stamp);
    cdn_free(acc->form_row);
    cdn_free(acc->entity_stamp);
    cdn_free(acc->entity_result);
    cdn_free(acc->twin_stamp);
    cdn_free(acc->twin_score);
    cdn_free(acc->touched);
    cdn_short_words_memo_free(acc->short_memo);
    cdn_analyzed_free(&acc->query);
    cdn_vec_free(&acc->cands);
    cdn_sim_scratch_free(&acc->sim);
    cdn_free(acc->key_counts);
    cdn_vec_free(&acc->tested);
    cdn_free(acc);
}

void cdn_accum_pool_free(cdn_accum_pool *pool)
{
    if (!pool)
        return;
    while (pool->idle) {
        cdn_accum *acc = pool->idle;
        pool->idle = acc->next;
        accum_free(acc);
    }
    pthread_mutex_destroy(&pool->lock);
    cdn_free(pool);
}

/* Allocates an empty accumulator of these sizes; NULL when out of memory. calloc: every entry,
 * form, entity and twin starts at generation 0, which no search uses. */
static cdn_accum *accum_new(cdn_accum_sizes n)
{
    cdn_accum *acc = cdn_calloc(1, sizeof *acc);
    if (!acc)
        return NULL;
    cdn_analyzed_init(&acc->query);
    acc->entries = n.names ? cdn_calloc(n.names, sizeof *acc->entries) : NULL;
    acc->form_stamp = n.forms ? cdn_calloc(n.forms, sizeof *acc->form_stamp) : NULL;
    acc->form_row = n.forms ? cdn_malloc(n.forms * sizeof *acc->form_row) : NULL;
    acc->entity_stamp = n.entities ? cdn_calloc(n.entities, sizeof *acc->entity_stamp) : NULL;
    acc->entity_result = n.entities ? cdn_malloc(n.entities * sizeof *acc->entity_result) : NULL;
    acc->twin_stamp = n.twins ? cdn_calloc(n.twins, sizeof *acc->twin_stamp) : NULL;
    acc->twin_score = n.twins ? cdn_malloc(n.twins * sizeof *acc->twin_score) : NULL;
    acc->n_names = n.names;
    acc->n_forms = n.forms;
    acc->n_entities = n.entities;
    acc->n_twins = n.twins;
    if ((n.names && !acc->entries) || (n.forms && (!acc->form_stamp || !acc->form_row)) ||
        (n.entities && (!acc->entity_stamp || !acc->entity_result)) ||
        (n.twins && (!acc->twin_stamp || !acc->twin_score))) {
        accum_free(acc);
        return NULL;
    }
    for (size_t i = 0; i < n.names; i++)
        acc->entries[i].name_weight = n.name_weight(n.ctx, i);
    return acc;
}

cdn_accum *cdn_accum_borrow(cdn_accum_pool *pool, cdn_accum_sizes sizes)
{
    pthread_mutex_lock(&pool->lock);
    cdn_accum *acc = pool->idle;
    if (acc)
        pool->idle = acc->next;
    pthread_mutex_unlock(&pool->lock);
    if (acc && (acc->n_names != sizes.names || acc->n_forms != sizes.forms || acc->n_entities != sizes.entities ||
                acc->n_twins != sizes.twins)) { /* cannot happen for one index; be safe */
        accum_free(acc);
        acc = NULL;
    }
    if (!acc && !(acc = accum_new(sizes)))
        return NULL;
    acc->n_touched = 0;
    if (++acc->generation == 0) { /* wrapped after 4 billion searches: start clean */
        for (size_t i = 0; i < acc->n_names; i++)
            acc->entries[i].generation = 0;
        for (size_t i = 0; i < acc->n_forms; i++)
            acc->form_stamp[i] = 0;
        for (size_t i = 0; i < acc->n_entities; i++)
            acc->entity_stamp[i] = 0;
        for (size_t i = 0; i < acc->n_twins; i++)
            acc->twin_stamp[i] = 0;
        cdn_short_words_memo_free(acc->short_memo);
        acc->short_memo = NULL;
        acc->generation = 1;
    }
    return acc;
}

void cdn_accum_give_back(cdn_accum_pool *pool, cdn_accum *acc)
{
    if (!acc)
        return;
    pthread_mutex_lock(&pool->lock);
    acc->next = pool->idle;
    pool->idle = acc;
    pthread_mutex_unlock(&pool->lock);
}

bool cdn_accum_grow_touched(cdn_accum *acc)
{
    size_t cap = acc->cap_touched ? acc->cap_touched * 2 : 1024;
    uint32_t *grown = cdn_realloc(acc->touched, cap * sizeof *grown);
    if (!grown)
        return false;
    acc->touched = grown;
    acc->cap_touched = cap;
    return true;
}
