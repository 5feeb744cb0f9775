/*
 * sound_sets.h — the sound strings of one side of a transcription comparison (transcription.c),
 * and a small cache of them that the caller owns.
 *
 * A search in Han, kana or Hangul compares each query word with thousands of Latin list words,
 * and for each pair transcription.c reads the list word under every reading (its r silent or
 * not, as German or French or English reads it: dozens of sound strings) and the query word
 * under its own. Those strings depend on the word and a few flags only, not on the pair; a
 * list word is met by every word of the query in turn (the scorer's memo compares a listed
 * form with each query word one after the other) and by several comparisons of one pair (the
 * similarity, the excess of the vowels, the short-sound test). A cache of the last few sets
 * spares reading it again. It is state of one caller (a search's scratch, never shared
 * between threads and never global): the library keeps none of its own.
 */
#ifndef CDN_SOUND_SETS_H
#define CDN_SOUND_SETS_H

#include <stddef.h>
#include <stdint.h>

#include "text/readings.h"
#include "text/sound_bound.h"
#include "text/sounds.h"

/* The most sound strings one side can have: three romanisations (or spellings: the word, its
 * French silent final, its kh as h) under CDN_SOUND_VARIANTS readings each, then the readings
 * heard, the Korean one and the Brazilian one. */
enum { CDN_SOUND_SET_MAX = 3 * CDN_SOUND_VARIANTS + CDN_READINGS_HEARD + CDN_READINGS_KOREAN + 1 /* Brazilian */ };

/* Distinct sound strings (sounds.h) and the profile of each (sound_bound.h). */
typedef struct cdn_sound_set {
    size_t n;
    cdn_sound_profile prof[CDN_SOUND_SET_MAX];
    char str[CDN_SOUND_SET_MAX][CDN_SOUNDS_MAX + 1];
} cdn_sound_set;

/* How many sets a cache keeps, and the longest word it keys (longer ones are not kept). */
enum { CDN_SOUND_CACHE_SLOTS = 16, CDN_SOUND_CACHE_KEY_MAX = 47 };

/* The last CDN_SOUND_CACHE_SLOTS sets made, each under its word and flags (what the caller
 * read the word with). Zeroed (calloc or = {0}) it is empty. Not thread-safe: one owner. */
typedef struct cdn_sound_cache {
    uint32_t hash[CDN_SOUND_CACHE_SLOTS]; /* of the word and flags; 0: the slot is empty */
    unsigned flags[CDN_SOUND_CACHE_SLOTS];
    char word[CDN_SOUND_CACHE_SLOTS][CDN_SOUND_CACHE_KEY_MAX + 1];
    size_t next;         /* the slot put fills next: the oldest (round robin) */
    size_t hits, misses; /* find's answers, for tests and measurements */
    cdn_sound_set set[CDN_SOUND_CACHE_SLOTS];
} cdn_sound_cache;

/* The set kept for word read with flags, or NULL (counted as a miss). c may be NULL: NULL. */
const cdn_sound_set *cdn_sound_cache_find(cdn_sound_cache *c, const char *word, unsigned flags);

/* The slot to fill with the set of word read with flags, found by cdn_sound_cache_find from
 * now on: the oldest slot, whose set is dropped. The caller must fill it (n and every string
 * and profile) before the next call on c. NULL when c is NULL or word is too long to key. */
cdn_sound_set *cdn_sound_cache_put(cdn_sound_cache *c, const char *word, unsigned flags);

/* Drops from str[0..n) each string an earlier one equals (readings of different languages
 * often sound alike), keeping the order, and copies the rest with their profiles (of their
 * first max sounds) into out. */
void cdn_sound_set_fill(cdn_sound_set *out, char (*str)[CDN_SOUNDS_MAX + 1], size_t n, size_t max);

#endif
