/*
 * fixmap.c — the offset-only hash table (see fixmap.h).
 */
#include "core/fixmap.h"

#include <string.h>

#include "core/alloc.h"
#include "core/strmap.h"

enum { EMPTY = UINT32_MAX };

void cdn_fixmap_init(cdn_fixmap *m)
{
    m->slots = NULL;
    m->cap = 0;
    m->count = 0;
    m->owned = true;
    m->filter = NULL;
    m->filter_words = 0;
}

void cdn_fixmap_free(cdn_fixmap *m)
{
    if (m->owned)
        cdn_free(m->slots);
    cdn_free(m->filter);
    cdn_fixmap_init(m);
}

void cdn_fixmap_borrow(cdn_fixmap *m, const cdn_fixslot *slots, uint32_t cap, uint32_t count)
{
    m->slots = (cdn_fixslot *)slots;
    m->cap = cap;
    m->count = count;
    m->owned = false;
    m->filter = NULL;
    m->filter_words = 0;
}

static uint32_t hash_of(const char *key, size_t len) { return (uint32_t)cdn_hash_bytes(key, len); }

/* The slot holding key, or the empty slot where it belongs; NULL when every slot is taken by
 * other keys — which a map built here never is (it grows at three quarters), but a map read
 * from a damaged snapshot may be: probing is bounded by the capacity, so a lookup in it ends
 * (found by fuzz_snapshot, which hung on such a map). */
static cdn_fixslot *find(const cdn_fixmap *m, const char *pool, const char *key, size_t len, uint32_t hash)
{
    uint32_t i = hash & (m->cap - 1);
    for (uint32_t probes = 0; probes < m->cap; probes++) {
        cdn_fixslot *s = &m->slots[i];
        if (s->key == EMPTY)
            return s;
        if (s->hash == hash && s->len == len && memcmp(pool + s->key, key, len) == 0)
            return s;
        i = (i + 1) & (m->cap - 1);
    }
    return NULL;
}

/* The filter word of a hash and the two bits it sets there. */
static uint64_t filter_bits(uint32_t hash, uint32_t words, uint32_t *word)
{
    uint64_t mixed = (uint64_t)hash * 0x9E3779B97F4A7C15ULL;
    *word = (uint32_t)(mixed >> 40) & (words - 1);
    return 1ULL << (mixed & 63) | 1ULL << ((mixed >> 6) & 63);
}

bool cdn_fixmap_add_filter(cdn_fixmap *m)
{
    uint32_t words = 1;
    while (words < m->count / 8 + 1 && words < (1u << 26))
        words *= 2;
    uint64_t *filter = cdn_calloc(words, sizeof *filter);
    if (!filter)
        return false;
    for (uint32_t i = 0; i < m->cap; i++)
        if (m->slots[i].key != EMPTY) {
            uint32_t word;
            uint64_t bits = filter_bits(m->slots[i].hash, words, &word);
            filter[word] |= bits;
        }
    cdn_free(m->filter);
    m->filter = filter;
    m->filter_words = words;
    return true;
}

uint32_t cdn_fixmap_hash(const char *key, size_t len) { return hash_of(key, len); }

bool cdn_fixmap_get(const cdn_fixmap *m, const char *pool, const char *key, size_t len, uint32_t *value)
{
    return m->cap != 0 && cdn_fixmap_get_hashed(m, pool, key, len, hash_of(key, len), value);
}

bool cdn_fixmap_get_hashed(const cdn_fixmap *m, const char *pool, const char *key, size_t len, uint32_t hash,
                           uint32_t *value)
{
    if (m->cap == 0)
        return false;
    if (m->filter) {
        uint32_t word;
        uint64_t bits = filter_bits(hash, m->filter_words, &word);
        if ((m->filter[word] & bits) != bits)
            return false;
    }
    const cdn_fixslot *s = find(m, pool, key, len, hash);
    if (!s || s->key == EMPTY)
        return false;
    *value = s->value;
    return true;
}

static bool grow(cdn_fixmap *m)
{
    uint32_t cap = m->cap ? m->cap * 2 : 64;
    if (cap == 0)
        return false;
    cdn_fixslot *slots = cdn_malloc((size_t)cap * sizeof *slots);
    if (!slots)
        return false;
    memset(slots, 0xFF, (size_t)cap * sizeof *slots);
    for (uint32_t i = 0; i < m->cap; i++) {
        const cdn_fixslot *old = &m->slots[i];
        if (old->key == EMPTY)
            continue;
        uint32_t j = old->hash & (cap - 1);
        while (slots[j].key != EMPTY)
            j = (j + 1) & (cap - 1);
        slots[j] = *old;
    }
    if (m->owned)
        cdn_free(m->slots);
    m->slots = slots;
    m->cap = cap;
    m->owned = true;
    return true;
}

bool cdn_fixmap_put(cdn_fixmap *m, const char *pool, uint32_t key_off, uint32_t len, uint32_t value,
                    uint32_t *existing)
{
    if (m->filter) { /* it would not know the new key */
        cdn_free(m->filter);
        m->filter = NULL;
        m->filter_words = 0;
    }
    if (((uint64_t)m->count + 1) * 4 > (uint64_t)m->cap * 3 && !grow(m))
        return false;
    const char *key = pool + key_off;
    uint32_t hash = hash_of(key, len);
    cdn_fixslot *s = find(m, pool, key, len, hash);
    if (!s)
        return false; /* a full borrowed map: nothing can be added */
    if (s->key != EMPTY) {
        if (existing)
            *existing = s->value;
        return true;
    }
    s->key = key_off;
    s->len = len;
    s->hash = hash;
    s->value = value;
    m->count++;
    return true;
}
