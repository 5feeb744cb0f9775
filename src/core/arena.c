/*
 * arena.c — bump allocation in large blocks (see arena.h).
 */
#include "core/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#include "core/alloc.h"

enum { ARENA_BLOCK_SIZE = 256 * 1024 };

struct cdn_arena_block {
    cdn_arena_block *next;
    size_t size;
    size_t used;
    alignas(max_align_t) unsigned char bytes[];
};

void cdn_arena_init(cdn_arena *a)
{
    a->head = NULL;
    a->used = 0;
}

void cdn_arena_free(cdn_arena *a)
{
    cdn_arena_block *b = a->head;
    while (b) {
        cdn_arena_block *next = b->next;
        cdn_free(b);
        b = next;
    }
    cdn_arena_init(a);
}

void *cdn_arena_alloc(cdn_arena *a, size_t size)
{
    const size_t align = alignof(max_align_t);
    if (size > SIZE_MAX - align)
        return NULL;
    size = (size + align - 1) & ~(align - 1);
    cdn_arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t block = size > ARENA_BLOCK_SIZE / 4 ? size : ARENA_BLOCK_SIZE;
        if (block > SIZE_MAX - sizeof *b)
            return NULL;
        cdn_arena_block *fresh = cdn_malloc(sizeof *fresh + block);
        if (!fresh)
            return NULL;
        fresh->size = block;
        fresh->used = 0;
        if (b && size > ARENA_BLOCK_SIZE / 4) {
            /* A large one-off: slot it behind the current block so that block keeps filling. */
            fresh->next = b->next;
            b->next = fresh;
        } else {
            fresh->next = b;
            a->head = fresh;
        }
        b = fresh;
    }
    void *p = b->bytes + b->used;
    b->used += size;
    a->used += size;
    return p;
}

char *cdn_arena_strndup(cdn_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *copy = cdn_arena_alloc(a, len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

char *cdn_arena_strdup(cdn_arena *a, const char *s) { return s ? cdn_arena_strndup(a, s, strlen(s)) : NULL; }

void *cdn_arena_memdup(cdn_arena *a, const void *src, size_t count, size_t size)
{
    if (count == 0)
        return NULL;
    if (count > SIZE_MAX / size)
        return NULL;
    void *copy = cdn_arena_alloc(a, count * size);
    if (copy)
        memcpy(copy, src, count * size);
    return copy;
}
