/*
 * window_memo.h — the names a window of words may mention, as far as its words alone decide,
 * remembered for the next window of the same words: news writes the same names sentence after
 * sentence (Vladimir Putin, President Vladimir Putin), and each time the same candidates would
 * be sifted and scored again. What the words around the window decide (a longer run of
 * capitals, the start of a sentence, a country before it) is judged each time (window.c).
 *
 * A key is a few numbers: the threshold, the window's length, and per word its lexicon number
 * with what the document makes of it (capitalised here, a place, a given name, the keys it
 * leads to). An answer is a list of fixed-size items (cdn_window_pass for a window; the
 * scanner keeps another memo of plain name numbers for a window's anchor word, window.c).
 * Entries live as long as the lexicon whose numbers they use.
 */
#ifndef CDN_WINDOW_MEMO_H
#define CDN_WINDOW_MEMO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/vec.h"

/* A name that passed the window's own tests, with its score. */
typedef struct cdn_window_pass {
    double score;
    uint32_t name;
    bool inflected; /* a word stands in for the name by a base form */
} cdn_window_pass;

typedef struct cdn_window_memo {
    struct cdn_window_slot *slots;
    size_t cap, count;
    cdn_vec keys;   /* uint32_t: the keys' numbers */
    cdn_vec passes; /* the answers' items, of the size given at init */
} cdn_window_memo;

/* Starts an empty memo whose answers are lists of items of item_size bytes. */
void cdn_window_memo_init(cdn_window_memo *m, size_t item_size);

/* Frees what it holds; it stays a memo of the same items, empty. */
void cdn_window_memo_free(cdn_window_memo *m);

/* Whether the memo has grown past its bound (then the owner frees and starts it again between
 * documents). */
bool cdn_window_memo_full(const cdn_window_memo *m);

/* The hash of key (n numbers) that get and put take: worked out once for both when a key
 * missed is then remembered. Inline: every window asks. */
static inline uint64_t cdn_window_memo_hash(const uint32_t *key, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a over the numbers */
    for (size_t i = 0; i < n; i++) {
        h ^= key[i];
        h *= 1099511628211ULL;
    }
    return h ? h : 1; /* 0 marks an empty slot */
}

/* The answer for key (n numbers, of hash h): *out and *count receive its items (valid until
 * the next put). False when it has none. */
bool cdn_window_memo_get(const cdn_window_memo *m, const uint32_t *key, size_t n, uint64_t h, const void **out,
                         size_t *count);

/* Remembers the count items for key (n numbers, of hash h; not yet there). Out of memory,
 * nothing is remembered. */
void cdn_window_memo_put(cdn_window_memo *m, const uint32_t *key, size_t n, uint64_t h, const void *items,
                         size_t count);

#endif
