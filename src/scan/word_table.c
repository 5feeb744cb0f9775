/*
 * word_table.c — the lexicon's words by their bytes (see word_table.h): open addressing,
 * linear probing.
 */
#include "scan/word_table.h"

#include <string.h>

#include "core/alloc.h"

typedef struct cdn_word_slot {
    uint64_t hash;   /* of the word (cdn_word_table_probe) */
    uint64_t head;   /* its first eight bytes, zero-padded */
    uint32_t len;    /* its length */
    uint32_t number; /* the number held for it, plus one; 0: an empty slot */
} cdn_word_slot;

void cdn_word_table_init(cdn_word_table *t)
{
    t->slots = NULL;
    t->cap = 0;
    t->count = 0;
}

void cdn_word_table_free(cdn_word_table *t)
{
    cdn_free(t->slots);
    cdn_word_table_init(t);
}

/* Mixes eight bytes into h (a multiply and a shift: the low bits, which pick the slot, hear
 * from every byte). */
static uint64_t mix(uint64_t h, uint64_t bytes)
{
    h = (h ^ bytes) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
}

/* Puts s[0, n) at the start of o (zeroed) with two loads of width bytes (a constant where
 * this is inlined: no call), one at each end of s, width <= n <= 2 * width: where they overlap
 * they hold the same bytes, so or-ing them is right. */
static inline void load_both_ends(unsigned char *o, const char *s, size_t n, size_t width)
{
    uint32_t first = 0, last = 0, head = 0;
    memcpy(&first, s, width);
    memcpy(&last, s + n - width, width);
    memcpy(o + n - width, &last, width);
    memcpy(&head, o, width);
    head |= first;
    memcpy(o, &head, width);
}

/* The n bytes at s (n at most 8), zero-padded to eight, as memcpy into a zeroed word would
 * give them, read in two loads that may overlap, not a call. */
static uint64_t bytes_at(const char *s, size_t n)
{
    if (n >= 8) {
        uint64_t x;
        memcpy(&x, s, 8);
        return x;
    }
    uint64_t out = 0;
    unsigned char *o = (unsigned char *)&out;
    if (n >= 4)
        load_both_ends(o, s, n, 4);
    else if (n >= 2)
        load_both_ends(o, s, n, 2);
    else if (n == 1)
        o[0] = (unsigned char)s[0];
    return out;
}

cdn_word_probe cdn_word_table_probe(const char *word, size_t len)
{
    cdn_word_probe p = {0, bytes_at(word, len)};
    uint64_t h = mix(len, p.head);
    for (size_t at = 8; at < len; at += 8)
        h = mix(h, bytes_at(word + at, len - at));
    p.hash = h;
    return p;
}

uint32_t cdn_word_table_get(const cdn_word_table *t, const char *word, size_t len, const cdn_word_probe *p,
                            const char *(*texts)(const void *ctx, uint32_t number), const void *ctx)
{
    if (!t->cap)
        return UINT32_MAX;
    for (size_t i = (size_t)p->hash & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        const cdn_word_slot *s = &t->slots[i];
        if (!s->number)
            return UINT32_MAX;
        if (s->hash == p->hash && s->len == len && s->head == p->head &&
            (len <= 8 || memcmp(texts(ctx, s->number - 1) + 8, word + 8, len - 8) == 0))
            return s->number - 1;
    }
}

/* The empty slot for hash h (cap non-zero, a slot free). */
static cdn_word_slot *free_slot(cdn_word_slot *slots, size_t cap, uint64_t h)
{
    size_t i = (size_t)h & (cap - 1);
    while (slots[i].number)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

bool cdn_word_table_add(cdn_word_table *t, size_t len, const cdn_word_probe *p, uint32_t number)
{
    if ((t->count + 1) * 2 > t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 1024;
        cdn_word_slot *slots = cdn_malloc(cap * sizeof *slots);
        if (!slots)
            return false;
        for (size_t i = 0; i < cap; i++)
            slots[i].number = 0; /* empty: the rest of a slot is written when it is taken */
        for (size_t i = 0; i < t->cap; i++)
            if (t->slots[i].number)
                *free_slot(slots, cap, t->slots[i].hash) = t->slots[i];
        cdn_free(t->slots);
        t->slots = slots;
        t->cap = cap;
    }
    *free_slot(t->slots, t->cap, p->hash) = (cdn_word_slot){p->hash, p->head, (uint32_t)len, number + 1};
    t->count++;
    return true;
}
