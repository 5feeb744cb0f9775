/*
 * word_table.c — the lexicon's words by their bytes (see word_table.h): open addressing,
 * linear probing; the lookup itself is inline in the header.
 */
#include "scan/word_table.h"

#include <string.h>

#include "core/alloc.h"

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
