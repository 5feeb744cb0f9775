/*
 * accum.c — the candidate accumulators and their pool (see accum.h).
 */
#include "match/accum.h"

#include <pthread.h>

#include "core/alloc.h"

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
    cdn_free(acc->touched);
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

cdn_accum *cdn_accum_borrow(cdn_accum_pool *pool, size_t n_names, size_t n_forms, size_t n_entities)
{
    pthread_mutex_lock(&pool->lock);
    cdn_accum *acc = pool->idle;
    if (acc)
        pool->idle = acc->next;
    pthread_mutex_unlock(&pool->lock);
    if (acc && (acc->n_names != n_names || acc->n_forms != n_forms || acc->n_entities != n_entities)) {
        /* cannot happen for one index */
        accum_free(acc);
        acc = NULL;
    }
    if (!acc) {
        acc = cdn_calloc(1, sizeof *acc);
        if (!acc)
            return NULL;
        /* calloc: every entry and form starts at generation 0, which no search uses */
        acc->entries = n_names ? cdn_calloc(n_names, sizeof *acc->entries) : NULL;
        acc->form_stamp = n_forms ? cdn_calloc(n_forms, sizeof *acc->form_stamp) : NULL;
        acc->form_row = n_forms ? cdn_malloc(n_forms * sizeof *acc->form_row) : NULL;
        acc->entity_stamp = n_entities ? cdn_calloc(n_entities, sizeof *acc->entity_stamp) : NULL;
        acc->entity_result = n_entities ? cdn_malloc(n_entities * sizeof *acc->entity_result) : NULL;
        acc->n_names = n_names;
        acc->n_forms = n_forms;
        acc->n_entities = n_entities;
        if ((n_names && !acc->entries) || (n_forms && (!acc->form_stamp || !acc->form_row)) ||
            (n_entities && (!acc->entity_stamp || !acc->entity_result))) {
            accum_free(acc);
            return NULL;
        }
    }
    acc->n_touched = 0;
    if (++acc->generation == 0) { /* wrapped after 4 billion searches: start clean */
        for (size_t i = 0; i < acc->n_names; i++)
            acc->entries[i].generation = 0;
        for (size_t i = 0; i < acc->n_forms; i++)
            acc->form_stamp[i] = 0;
        for (size_t i = 0; i < acc->n_entities; i++)
            acc->entity_stamp[i] = 0;
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
