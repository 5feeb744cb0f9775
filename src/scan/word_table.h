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
#include <string.h>

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

/* A slot of the table (its layout is here for the inline lookup below). */
typedef struct cdn_word_slot {
    uint64_t hash;   /* of the word (cdn_word_table_probe) */
    uint64_t head;   /* its first eight bytes, zero-padded */
    uint32_t len;    /* its length */
    uint32_t number; /* the number held for it, plus one; 0: an empty slot */
} cdn_word_slot;

/* Mixes eight bytes into h (a multiply and a shift: the low bits, which pick the slot, hear
 * from every byte). */
static inline uint64_t cdn_word_mix(uint64_t h, uint64_t bytes)
{
    h = (h ^ bytes) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
}

/* Puts s[0, n) at the start of o (zeroed) with two loads of width bytes (a constant where
 * this is inlined: no call), one at each end of s, width <= n <= 2 * width: where they overlap
 * they hold the same bytes, so or-ing them is right. */
static inline void cdn_word_load_both_ends(unsigned char *o, const char *s, size_t n, size_t width)
{
    uint32_t first = 0, last = 0, head = 0;
    memcpy(&first, s, width);
    memcpy(&last, s + n - width, width);
    memcpy(o + n - width, &last, width);
    memcpy(&head, o, width);
    head |= first;
    memcpy(o, &head, width);
}

/* The n bytes at s (n at most 8), zero-padded to eight, as memcpy into a zeroed word would
 * give them, read in two loads that may overlap, not a call. */
static inline uint64_t cdn_word_bytes_at(const char *s, size_t n)
{
    if (n >= 8) {
        uint64_t x;
        memcpy(&x, s, 8);
        return x;
    }
    uint64_t out = 0;
    unsigned char *o = (unsigned char *)&out;
    if (n >= 4)
        cdn_word_load_both_ends(o, s, n, 4);
    else if (n >= 2)
        cdn_word_load_both_ends(o, s, n, 2);
    else if (n == 1)
        o[0] = (unsigned char)s[0];
    return out;
}

/* The probe of word (len bytes). Inline, as the lookup below: every word of every scanned
 * text makes them, and a call costs as much as a short word's work. */
static inline cdn_word_probe cdn_word_table_probe(const char *word, size_t len)
{
    cdn_word_probe p = {0, cdn_word_bytes_at(word, len)};
    uint64_t h = cdn_word_mix(len, p.head);
    for (size_t at = 8; at < len; at += 8)
        h = cdn_word_mix(h, cdn_word_bytes_at(word + at, len - at));
    p.hash = h;
    return p;
}

/* The number the table holds for word (len bytes, of probe p), or UINT32_MAX when it holds
 * none. texts gives the bytes of a held number's word (the lexicon's copy), read only for
 * words longer than eight bytes. */
static inline uint32_t cdn_word_table_get(const cdn_word_table *t, const char *word, size_t len, const cdn_word_probe *p,
                                          const char *(*texts)(const void *ctx, uint32_t number), const void *ctx)
{
    if (!t->cap)
        return UINT32_MAX;
    for (size_t i = (size_t)p->hash & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        const cdn_word_slot *s = &t->slots[i];
        if (!s->number)
            return UINT32_MAX;
        if (s->hash == p->hash && s->len == len && s->head == p->head &&
            (len <= 8 || memcmp(texts(ctx, s->number - 1) + 8, word + 8, len - 8) == 0))
            return s->number - 1;
    }
}

/* Asks the processor to fetch the slot where a lookup of probe p begins, ahead of the lookup:
 * a text's words are known before they are looked up, and the table is larger than the
 * caches. A hint only. */
static inline void cdn_word_table_prefetch(const cdn_word_table *t, const cdn_word_probe *p)
{
    if (t->cap)
        __builtin_prefetch(&t->slots[(size_t)p->hash & (t->cap - 1)]);
}

/* Adds number for word (len bytes, of probe p; not there yet). False when out of memory. */
bool cdn_word_table_add(cdn_word_table *t, size_t len, const cdn_word_probe *p, uint32_t number);

#endif
