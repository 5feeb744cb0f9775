/*
 * scan_pool.c — the index's pool of scanners (see scan_pool.h).
 */
#include "scan/scan_pool.h"

#include <pthread.h>
#include <stdbool.h>

#include "core/alloc.h"

/* The most idle scanners kept (each may hold tens of megabytes of words and answers). */
enum { MAX_IDLE = 8 };

struct cdn_scanner_pool {
    pthread_mutex_t lock;
    cordon_scanner *idle[MAX_IDLE];
    int n_idle;
};

cdn_scanner_pool *cdn_scanner_pool_new(void)
{
    cdn_scanner_pool *pool = cdn_calloc(1, sizeof *pool);
    if (pool)
        pthread_mutex_init(&pool->lock, NULL);
    return pool;
}

void cdn_scanner_pool_free(cdn_scanner_pool *pool)
{
    if (!pool)
        return;
    for (int i = 0; i < pool->n_idle; i++)
        cordon_scanner_free(pool->idle[i]);
    pthread_mutex_destroy(&pool->lock);
    cdn_free(pool);
}

cordon_scanner *cdn_scanner_borrow(cdn_scanner_pool *pool, const cordon_index *idx)
{
    cordon_scanner *sc = NULL;
    pthread_mutex_lock(&pool->lock);
    if (pool->n_idle > 0)
        sc = pool->idle[--pool->n_idle];
    pthread_mutex_unlock(&pool->lock);
    if (!sc && cordon_scanner_new(idx, &sc) != CORDON_OK)
        return NULL;
    return sc;
}

void cdn_scanner_give_back(cdn_scanner_pool *pool, cordon_scanner *sc)
{
    pthread_mutex_lock(&pool->lock);
    bool kept = pool->n_idle < MAX_IDLE;
    if (kept)
        pool->idle[pool->n_idle++] = sc;
    pthread_mutex_unlock(&pool->lock);
    if (!kept)
        cordon_scanner_free(sc);
}
