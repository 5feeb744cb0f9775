/*
 * sound_bound.h — a lower bound on the cost of aligning two sound strings (transcription.c),
 * from their consonants alone, so that an alignment that cannot meet the bar is not run.
 *
 * A transcription is compared with a Latin spelling under every reading of each: dozens of
 * pairs of sound strings (sounds.h with CDN_SOUND_VOWELS: consonant classes in lower case,
 * vowels as A E I O U), each aligned by a weighted edit distance of lh × ls cells. Most pairs
 * of unrelated names differ in several consonants, and the alignment charges a full step
 * (at least min_drop for a consonant of the spelling left out) for every consonant that is
 * not met by the same consonant on the other side; so the consonants alone bound its cost
 * from below, in a few operations instead of a hundred cells.
 */
#ifndef CDN_SOUND_BOUND_H
#define CDN_SOUND_BOUND_H

#include <stddef.h>
#include <stdint.h>

/* The consonants of one sound string: how many of each (by the letter's low five bits, so
 * that two letters may share a slot, which only lowers the bound), how many in all, and the
 * string's length, both counted over its first max letters. */
typedef struct cdn_sound_profile {
    uint32_t present; /* bit c: count[c] > 0 */
    uint8_t count[32];
    uint8_t consonants, len;
} cdn_sound_profile;

/* Fills *out with the profile of the first max letters (at most 255) of the NUL-terminated
 * sound string s; a letter in A..Z is a vowel, any other a consonant. */
void cdn_sound_profile_of(const char *s, size_t max, cdn_sound_profile *out);

/*
 * The least cost any alignment of heard with spelled can have when every consonant of heard
 * not met by an equal one costs at least 1 (added, changed, or set against a vowel) and every
 * such consonant of spelled at least min_drop (left out; 1 when changed or set against a
 * vowel), vowels costing nothing or more: max(ch - I, min_drop × (cs - I)), I being how many
 * consonants the two have in common (as multisets). A sum of these costs in floating point is
 * never below it (the bound is a multiple of 0.5 with min_drop 0.5 or 1, exact in binary).
 */
double cdn_sound_cost_bound(const cdn_sound_profile *heard, const cdn_sound_profile *spelled, double min_drop);

#endif
