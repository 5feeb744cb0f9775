/*
 * window_memo.c — the names a window's words alone let through, remembered (see
 * window_memo.h): open addressing over slots that point into two pools, one of key numbers and
 * one of answers.
 */
#include "scan/window_memo.h"

#include <string.h>

#include "core/alloc.h"

/* The most windows remembered, and the most passes kept for them, before the memo is full. */
#define MAX_WINDOWS 65536
#define MAX_PASSES (1u << 20)

typedef struct cdn_window_slot {
    uint64_t hash; /* 0: empty */
    uint32_t key_at, key_n;
    uint32_t pass_at, pass_n;
} cdn_window_slot;

void cdn_window_memo_init(cdn_window_memo *m, size_t item_size)
{
    m->slots = NULL;
    m->cap = 0;
    m->count = 0;
    cdn_vec_init(&m->keys, sizeof(uint32_t));
    cdn_vec_init(&m->passes, item_size);
}

void cdn_window_memo_free(cdn_window_memo *m)
{
    cdn_free(m->slots);
    cdn_vec_free(&m->keys);
    cdn_vec_free(&m->passes); /* keeps the item size */
    m->slots = NULL;
    m->cap = 0;
    m->count = 0;
}

bool cdn_window_memo_full(const cdn_window_memo *m)
{
    return m->count >= MAX_WINDOWS || m->passes.len >= MAX_PASSES;
}

/* Whether the n numbers at a and b are the same: a loop, not memcmp's call, for the few
 * numbers of a key (at most 3 + 2 * CDN_SCAN_MAX_WINDOW). */
static inline bool same_numbers(const uint32_t *a, const uint32_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* The slot of key, or the empty one where it would go (cap must be non-zero). Inline: every
 * window asks, and the call cost a third of the work. */
static inline cdn_window_slot *find(const cdn_window_memo *m, const uint32_t *key, size_t n, uint64_t h)
{
    const uint32_t *keys = m->keys.items;
    size_t i = (size_t)(h ^ (h >> 31)) & (m->cap - 1);
    for (;;) {
        cdn_window_slot *slot = &m->slots[i];
        if (!slot->hash || (slot->hash == h && slot->key_n == n && same_numbers(keys + slot->key_at, key, n)))
            return slot;
        i = (i + 1) & (m->cap - 1);
    }
}

bool cdn_window_memo_get(const cdn_window_memo *m, const uint32_t *key, size_t n, uint64_t h, const void **out,
                         size_t *count)
{
    if (!m->cap)
        return false;
    const cdn_window_slot *slot = find(m, key, n, h);
    if (!slot->hash)
        return false;
    /* A window whose words let no name through is remembered with no passes; while every entry
     * is such, the passes were never allocated, and NULL + 0 is undefined (UBSan, fuzz_scan). */
    *out = slot->pass_n ? (const char *)m->passes.items + slot->pass_at * m->passes.elem_size : NULL;
    *count = slot->pass_n;
    return true;
}

/* Doubles the slots (at least 256). False when out of memory. */
static bool grow(cdn_window_memo *m)
{
    size_t cap = m->cap ? m->cap * 2 : 256;
    cdn_window_slot *slots = cdn_malloc(cap * sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < cap; i++)
        slots[i].hash = 0; /* empty: the rest of a slot is written when it is taken */
    cdn_window_memo grown = *m;
    grown.slots = slots;
    grown.cap = cap;
    const uint32_t *keys = m->keys.items;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].hash)
            *find(&grown, keys + m->slots[i].key_at, m->slots[i].key_n, m->slots[i].hash) = m->slots[i];
    cdn_free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

void cdn_window_memo_put(cdn_window_memo *m, const uint32_t *key, size_t n, uint64_t h, const void *items,
                         size_t count)
{
    /* Full, it stops remembering until its owner starts it afresh between documents: a long
     * document cannot make it grow without bound. */
    if (cdn_window_memo_full(m) || ((m->count + 1) * 2 > m->cap && !grow(m)))
        return;
    cdn_window_slot *slot = find(m, key, n, h);
    if (slot->hash)
        return;
    size_t key_at = m->keys.len, pass_at = m->passes.len;
    /* Tested here first: the pools have room for most answers. */
    if ((key_at + n > m->keys.cap && !cdn_vec_reserve(&m->keys, key_at + n)) ||
        (pass_at + count > m->passes.cap && !cdn_vec_reserve(&m->passes, pass_at + count)))
        return;
    memcpy((uint32_t *)m->keys.items + key_at, key, n * sizeof *key);
    if (count)
        memcpy((char *)m->passes.items + pass_at * m->passes.elem_size, items, count * m->passes.elem_size);
    m->keys.len += n;
    m->passes.len += count;
    *slot = (cdn_window_slot){h, (uint32_t)key_at, (uint32_t)n, (uint32_t)pass_at, (uint32_t)count};
    m->count++;
}
