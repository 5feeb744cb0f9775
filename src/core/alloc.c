/*
 * alloc.c — the allocation wrappers (see alloc.h for the policy).
 *
 * Kept deliberately thin: one place to add accounting, a custom allocator or fault injection
 * for out-of-memory tests, without touching the rest of the library.
 */
#include "core/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void *cdn_malloc(size_t size) { return malloc(size ? size : 1); }

void *cdn_calloc(size_t count, size_t size)
{
    if (count == 0 || size == 0)
        return calloc(1, 1);
    return calloc(count, size);
}

void *cdn_realloc(void *ptr, size_t size) { return realloc(ptr, size ? size : 1); }

void cdn_free(void *ptr) { free(ptr); }

char *cdn_strndup(const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *copy = cdn_malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

char *cdn_strdup(const char *s) { return cdn_strndup(s, strlen(s)); }
