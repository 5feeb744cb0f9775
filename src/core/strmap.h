/*
 * strmap.h — a hash table from byte-string keys to pointer values.
 *
 * Open addressing with linear probing, FNV-1a hashing. The map does not own its keys or values:
 * keys must outlive the map (in cordon they live in the index arena). No deletion: the index is
 * built once and then only read, which keeps lookups lock-free and the table simple.
 */
#ifndef CDN_STRMAP_H
#define CDN_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cdn_strmap_slot {
    const char *key;
    size_t key_len;
    size_t hash;
    void *value;
} cdn_strmap_slot;

typedef struct cdn_strmap {
    cdn_strmap_slot *slots;
    size_t cap;   /* a power of two, or 0 */
    size_t count;
} cdn_strmap;

void cdn_strmap_init(cdn_strmap *m);
void cdn_strmap_free(cdn_strmap *m);
/* The value stored under key, or NULL. */
void *cdn_strmap_get(const cdn_strmap *m, const char *key, size_t key_len);
/* Stores value under key. If the key is present, keeps the old value and sets *existing to it
 * (when existing is non-NULL); otherwise inserts. Returns false when out of memory. */
bool cdn_strmap_put(cdn_strmap *m, const char *key, size_t key_len, void *value, void **existing);

/* The offset basis and prime of cdn_hash_bytes (FNV-1a, 64 bits): for a caller that hashes
 * byte after byte itself, going on from a prefix's hash (index/lookup.c). */
#define CDN_FNV_BASIS 1469598103934665603ULL
#define CDN_FNV_PRIME 1099511628211ULL

/* The hash cordon uses for strings (FNV-1a, 64-bit). */
size_t cdn_hash_bytes(const char *bytes, size_t len);

#endif
