/*
 * alloc.h — cordon's one allocation policy.
 *
 * Every heap allocation in libcordon goes through these wrappers so that out-of-memory is
 * handled the same way everywhere: the wrapper returns NULL, and the caller turns that into
 * CORDON_ENOMEM. The library never aborts on allocation failure (it is embedded in hosts such
 * as servers and database extensions that must survive it).
 */
#ifndef CDN_ALLOC_H
#define CDN_ALLOC_H

#include <stddef.h>

/* Like malloc/calloc/realloc/free. cdn_realloc leaves the old block intact on failure. */
void *cdn_malloc(size_t size);
void *cdn_calloc(size_t count, size_t size);
void *cdn_realloc(void *ptr, size_t size);
void cdn_free(void *ptr);

/* Returns a heap copy of the first len bytes of s, NUL-terminated, or NULL when out of memory. */
char *cdn_strndup(const char *s, size_t len);
/* Returns a heap copy of the NUL-terminated s, or NULL when out of memory. */
char *cdn_strdup(const char *s);

#endif
