/*
 * strmap.c — string-keyed hash table (see strmap.h).
 */
#include "core/strmap.h"

#include <stdint.h>
#include <string.h>

#include "core/alloc.h"

size_t cdn_hash_bytes(const char *bytes, size_t len)
{
    uint64_t h = CDN_FNV_BASIS;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)bytes[i];
        h *= CDN_FNV_PRIME;
    }
    return (size_t)h;
}

void cdn_strmap_init(cdn_strmap *m)
{
    m->slots = NULL;
    m->cap = 0;
    m->count = 0;
}

void cdn_strmap_free(cdn_strmap *m)
{
    cdn_free(m->slots);
    cdn_strmap_init(m);
}

static cdn_strmap_slot *find_slot(cdn_strmap_slot *slots, size_t cap, const char *key, size_t key_len, size_t hash)
{
    size_t i = hash & (cap - 1);
    for (;;) {
        cdn_strmap_slot *s = &slots[i];
        if (!s->key)
            return s;
        if (s->hash == hash && s->key_len == key_len && memcmp(s->key, key, key_len) == 0)
            return s;
        i = (i + 1) & (cap - 1);
    }
}

void *cdn_strmap_get(const cdn_strmap *m, const char *key, size_t key_len)
{
    if (m->cap == 0)
        return NULL;
    cdn_strmap_slot *s = find_slot(m->slots, m->cap, key, key_len, cdn_hash_bytes(key, key_len));
    return s->key ? s->value : NULL;
}

static bool grow(cdn_strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    cdn_strmap_slot *slots = cdn_calloc(cap, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < m->cap; i++) {
        cdn_strmap_slot *old = &m->slots[i];
        if (old->key)
            *find_slot(slots, cap, old->key, old->key_len, old->hash) = *old;
    }
    cdn_free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

bool cdn_strmap_put(cdn_strmap *m, const char *key, size_t key_len, void *value, void **existing)
{
    if ((m->count + 1) * 4 > m->cap * 3 && !grow(m))
        return false;
    size_t hash = cdn_hash_bytes(key, key_len);
    cdn_strmap_slot *s = find_slot(m->slots, m->cap, key, key_len, hash);
    if (s->key) {
        if (existing)
            *existing = s->value;
        return true;
    }
    if (existing)
        *existing = NULL;
    s->key = key;
    s->key_len = key_len;
    s->hash = hash;
    s->value = value;
    m->count++;
    return true;
}
