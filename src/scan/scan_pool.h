/*
 * scan_pool.h — the scanners an index lends to cordon_scan: one per thread that scans at the
 * same time, kept with what it learnt of words (lexicon.h) for the next call, so that a server
 * or a loop calling cordon_scan text by text runs as fast as one cordon_scanner would.
 */
#ifndef CDN_SCAN_POOL_H
#define CDN_SCAN_POOL_H

#include "cordon.h"

typedef struct cdn_scanner_pool cdn_scanner_pool;

/* A new, empty pool (NULL when out of memory). Thread-safe to borrow from and give back to. */
cdn_scanner_pool *cdn_scanner_pool_new(void);

/* Frees the pool and its idle scanners (none may be borrowed). NULL is ignored. */
void cdn_scanner_pool_free(cdn_scanner_pool *pool);

/* Lends a scanner of idx (an idle one, or a new one); NULL when out of memory. */
cordon_scanner *cdn_scanner_borrow(cdn_scanner_pool *pool, const cordon_index *idx);

/* Takes it back: kept idle for the next call, or freed when the pool holds enough. */
void cdn_scanner_give_back(cdn_scanner_pool *pool, cordon_scanner *sc);

#endif
