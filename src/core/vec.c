/*
 * vec.c — growable arrays (see vec.h).
 */
#include "core/vec.h"

#include <stdint.h>
#include <string.h>

#include "core/alloc.h"

void cdn_vec_init(cdn_vec *v, size_t elem_size)
{
    v->items = NULL;
    v->len = 0;
    v->cap = 0;
    v->elem_size = elem_size;
}

void cdn_vec_free(cdn_vec *v)
{
    cdn_free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

bool cdn_vec_reserve(cdn_vec *v, size_t n)
{
    if (n <= v->cap)
        return true;
    size_t cap = v->cap ? v->cap : 8;
    while (cap < n) {
        if (cap > SIZE_MAX / 2)
            return false;
        cap *= 2;
    }
    if (cap > SIZE_MAX / v->elem_size)
        return false;
    void *grown = cdn_realloc(v->items, cap * v->elem_size);
    if (!grown)
        return false;
    v->items = grown;
    v->cap = cap;
    return true;
}

void *cdn_vec_push(cdn_vec *v, const void *elem)
{
    if (!cdn_vec_reserve(v, v->len + 1))
        return NULL;
    void *slot = (char *)v->items + v->len * v->elem_size;
    memcpy(slot, elem, v->elem_size);
    v->len++;
    return slot;
}

void *cdn_vec_at(const cdn_vec *v, size_t i) { return (char *)v->items + i * v->elem_size; }
