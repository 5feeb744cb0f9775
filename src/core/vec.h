/*
 * vec.h — a growable array of fixed-size elements.
 *
 * The owner embeds a cdn_vec, initialises it with the element size and frees it with
 * cdn_vec_free. The vector owns its element storage, not what elements point to.
 */
#ifndef CDN_VEC_H
#define CDN_VEC_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cdn_vec {
    void *items;
    size_t len;
    size_t cap;
    size_t elem_size;
} cdn_vec;

void cdn_vec_init(cdn_vec *v, size_t elem_size);
void cdn_vec_free(cdn_vec *v);
/* Appends a copy of *elem; returns a pointer to the stored copy, or NULL when out of memory. */
void *cdn_vec_push(cdn_vec *v, const void *elem);
/* Pointer to element i (i < len). */
void *cdn_vec_at(const cdn_vec *v, size_t i);
/* Makes room for n elements in total. */
bool cdn_vec_reserve(cdn_vec *v, size_t n);

#endif
