/*
 * word_table.h — the scanner's lexicon looked up by a word's bytes: the lookup every word of
 * every scanned text makes (lexicon.h). A slot holds the word's hash, length and first eight
 * bytes, so a word of eight bytes or fewer (most words of most texts) is found without reading
 * anything outside the table; a longer one compares its other bytes with the lexicon's copy.
 */
#ifndef CDN_WORD_TABLE_H
#define CDN_WORD_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct cdn_word_table {
    struct cdn_word_slot *slots;
    size_t cap, count; /* cap a power of two (or 0), at most half full */
} cdn_word_table;

/* A word's hash and first eight bytes (zero-padded), worked out once for a lookup and the
 * add that may follow it. */
typedef struct cdn_word_probe {
    uint64_t hash, head;
} cdn_word_probe;

void cdn_word_table_init(cdn_word_table *t);
void cdn_word_table_free(cdn_word_table *t);

/* The probe of word (len bytes). */
cdn_word_probe cdn_word_table_probe(const char *word, size_t len);

/* The number the table holds for word (len bytes, of probe p), or UINT32_MAX when it holds
 * none. texts gives the bytes of a held number's word (the lexicon's copy), read only for
 * words longer than eight bytes. */
uint32_t cdn_word_table_get(const cdn_word_table *t, const char *word, size_t len, const cdn_word_probe *p,
                            const char *(*texts)(const void *ctx, uint32_t number), const void *ctx);

/* Adds number for word (len bytes, of probe p; not there yet). False when out of memory. */
bool cdn_word_table_add(cdn_word_table *t, size_t len, const cdn_word_probe *p, uint32_t number);

#endif
