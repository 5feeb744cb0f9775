/*
 * memo.c — the scanner's remembered answers (see memo.h): open addressing, linear probing.
 */
#include "scan/memo.h"

#include <string.h>

#include "core/alloc.h"

/* The most answers kept (some 56 bytes each, at most half the slots full). */
#define CDN_MEMO_MAX 131072

typedef struct cdn_memo_slot {
    cdn_memo_key key;
    bool used;
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

static size_t hash_key(const cdn_memo_key *key)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a over the numbers */
    for (size_t i = 0; i < CDN_MEMO_KEY; i++) {
        h ^= key->n[i];
        h *= 1099511628211ULL;
    }
    return (size_t)(h ^ (h >> 29));
}

/* The slot of key, or the empty slot where it would go (cap must be non-zero). */
static cdn_memo_slot *find(const cdn_memo *m, const cdn_memo_key *key)
{
    size_t i = hash_key(key) & (m->cap - 1);
    while (m->slots[i].used && memcmp(&m->slots[i].key, key, sizeof *key) != 0)
        i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

bool cdn_memo_get(const cdn_memo *m, const cdn_memo_key *key, double *value)
{
    if (!m->cap)
        return false;
    const cdn_memo_slot *slot = find(m, key);
    if (!slot->used)
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
        cdn_memo_slot *slots = cdn_calloc(cap, sizeof *slots);
        if (!slots)
            return;
        cdn_memo grown = {slots, cap, 0};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].used) {
                *find(&grown, &m->slots[i].key) = m->slots[i];
                grown.count++;
            }
        cdn_free(m->slots);
        *m = grown;
    }
    cdn_memo_slot *slot = find(m, key);
    if (!slot->used) {
        *slot = (cdn_memo_slot){*key, true, value};
        m->count++;
    }
}
