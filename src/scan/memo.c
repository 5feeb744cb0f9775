/*
 * memo.c — the scanner's remembered answers (see memo.h): open addressing, linear probing.
 */
#include "scan/memo.h"

#include <string.h>

#include "core/alloc.h"

/* The most answers kept (some 64 bytes each, at most half the slots full). */
#define CDN_MEMO_MAX 131072

typedef struct cdn_memo_slot {
    uint64_t hash; /* of the key's numbers, never 0; 0: the slot is empty */
    uint32_t n[CDN_MEMO_KEY];
    double value;
} cdn_memo_slot;

void cdn_memo_init(cdn_memo *m)
{
    m->slots = NULL;
    m->cap = 0;
    m->count = 0;
}

void cdn_memo_free(cdn_memo *m)
{
    cdn_free(m->slots);
    cdn_memo_init(m);
}

/* The key's hash, never 0 (which marks an empty slot). */
static uint64_t hash_key(const cdn_memo_key *key)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a over the numbers */
    for (size_t i = 0; i < CDN_MEMO_KEY; i++) {
        h ^= key->n[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 29;
    return h ? h : 1;
}

/* The slot of the numbers n of hash h, or the empty slot where they would go (cap must be
 * non-zero). The stored hash is compared first: most probes end there. */
static cdn_memo_slot *find(const cdn_memo *m, const uint32_t *n, uint64_t h)
{
    size_t i = (size_t)h & (m->cap - 1);
    while (m->slots[i].hash && (m->slots[i].hash != h || memcmp(m->slots[i].n, n, sizeof m->slots[i].n) != 0))
        i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

bool cdn_memo_get(const cdn_memo *m, cdn_memo_key *key, double *value)
{
    key->hash = hash_key(key);
    if (!m->cap)
        return false;
    const cdn_memo_slot *slot = find(m, key->n, key->hash);
    if (!slot->hash)
        return false;
    *value = slot->value;
    return true;
}

void cdn_memo_put(cdn_memo *m, const cdn_memo_key *key, double value)
{
    if (m->count >= CDN_MEMO_MAX)
        cdn_memo_free(m);
    if ((m->count + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 128;
        cdn_memo_slot *slots = cdn_malloc(cap * sizeof *slots);
        if (!slots)
            return;
        for (size_t i = 0; i < cap; i++)
            slots[i].hash = 0; /* empty: the rest of a slot is written when it is taken */
        cdn_memo grown = {slots, cap, 0};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].hash) {
                *find(&grown, m->slots[i].n, m->slots[i].hash) = m->slots[i];
                grown.count++;
            }
        cdn_free(m->slots);
        *m = grown;
    }
    uint64_t h = key->hash ? key->hash : hash_key(key);
    cdn_memo_slot *slot = find(m, key->n, h);
    if (!slot->hash) {
        slot->hash = h;
        memcpy(slot->n, key->n, sizeof slot->n);
        slot->value = value;
        m->count++;
    }
}
