/*
 * fixmap.h — a hash table from strings to 32-bit values, made of offsets only, so that it can
 * be written to a snapshot file as it is and used straight from a read-only memory mapping by
 * any number of processes.
 *
 * Keys are byte strings in a string pool that the caller owns (a base pointer plus offsets);
 * the map stores each key's offset, length and hash, and a 32-bit value. Open addressing with
 * linear probing, FNV-1a hashing (strmap.h), no deletion.
 */
#ifndef CDN_FIXMAP_H
#define CDN_FIXMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct cdn_fixslot {
    uint32_t key;   /* offset of the key in the pool; UINT32_MAX for an empty slot */
    uint32_t len;
    uint32_t hash;
    uint32_t value;
} cdn_fixslot;

typedef struct cdn_fixmap {
    cdn_fixslot *slots; /* cap slots; owned unless the map was mapped from a file */
    uint32_t cap;       /* a power of two, or 0 */
    uint32_t count;
    bool owned;
    uint64_t *filter;   /* owned; NULL without one (cdn_fixmap_add_filter) */
    uint32_t filter_words; /* a power of two */
} cdn_fixmap;

void cdn_fixmap_init(cdn_fixmap *m);
void cdn_fixmap_free(cdn_fixmap *m);

/* Uses slots that live elsewhere (a mapped file): cap slots, count of them used. */
void cdn_fixmap_borrow(cdn_fixmap *m, const cdn_fixslot *slots, uint32_t cap, uint32_t count);

/*
 * Adds a filter of the keys now in m (a Bloom filter, Bloom 1970, "Space/time trade-offs in
 * hash coding with allowable errors", CACM 13(7): two bits per key from its stored hash, in one
 * 64-bit word, about 8 bits per key): a lookup of an absent key — most lookups of misspelling
 * variants — then mostly ends on one word of a small array, without touching the slots. A put
 * drops it: add it once the map is complete. False when out of memory (the map works the same
 * without it).
 */
bool cdn_fixmap_add_filter(cdn_fixmap *m);

/* Finds key (len bytes) in m, whose keys are in pool; sets *value and returns true if present. */
bool cdn_fixmap_get(const cdn_fixmap *m, const char *pool, const char *key, size_t len, uint32_t *value);

/* The hash of key (len bytes) that cdn_fixmap_get works out: worked out once, a key can be
 * looked up in several maps (cdn_fixmap_get_hashed). */
uint32_t cdn_fixmap_hash(const char *key, size_t len);

/* cdn_fixmap_get of key whose hash (cdn_fixmap_hash) is given. */
bool cdn_fixmap_get_hashed(const cdn_fixmap *m, const char *pool, const char *key, size_t len, uint32_t hash,
                           uint32_t *value);

/*
 * Inserts the key at pool offset key_off (len bytes) with value, unless an equal key is
 * present: then sets *existing (when non-NULL) to its value and changes nothing. pool is the
 * pool's current base (it may move between calls as it grows). Returns false when out of memory.
 */
bool cdn_fixmap_put(cdn_fixmap *m, const char *pool, uint32_t key_off, uint32_t len, uint32_t value,
                    uint32_t *existing);

#endif
