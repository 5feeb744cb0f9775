/*
 * arena.h — a bump allocator for data that lives exactly as long as its owner.
 *
 * The index keeps every entity's strings and arrays in one arena, so that closing the index is
 * one cdn_arena_free instead of a walk over millions of small blocks, and so that the frozen
 * entities sit close together in memory. Nothing is freed individually.
 */
#ifndef CDN_ARENA_H
#define CDN_ARENA_H

#include <stddef.h>

typedef struct cdn_arena_block cdn_arena_block;

typedef struct cdn_arena {
    cdn_arena_block *head;  /* the block being filled; older blocks follow */
    size_t used;            /* bytes handed out so far, for statistics */
} cdn_arena;

void cdn_arena_init(cdn_arena *a);
/* Releases every block; all pointers handed out become invalid. */
void cdn_arena_free(cdn_arena *a);
/* Returns size bytes aligned for any type, or NULL when out of memory. */
void *cdn_arena_alloc(cdn_arena *a, size_t size);
/* Copies len bytes of s into the arena, NUL-terminated. */
char *cdn_arena_strndup(cdn_arena *a, const char *s, size_t len);
/* Copies the NUL-terminated s into the arena; NULL in, NULL out. */
char *cdn_arena_strdup(cdn_arena *a, const char *s);
/* Copies count elements of size bytes each; count 0 gives NULL. */
void *cdn_arena_memdup(cdn_arena *a, const void *src, size_t count, size_t size);

#endif
