/*
 * fuzzy_floor.h — when an edit-distance match of two Latin words names another person rather
 * than misspells the same one.
 *
 * The scorer accepts two words from an edit similarity of 0.75 up. At that floor a common
 * given name or surname is one edit from many others: Susan and Dusan, and, once the
 * cross-orthography key has folded their spellings, Miller and Miles (miler / miles), Carol
 * and Karl (karol / karl). Beside one common exact word (George Miller / George Miles) such a
 * pair lifted people on no list over the alert threshold. This module names the two shapes of
 * that floor which a misspelling seldom has; the scorer lets such a pair count only beside two
 * sure pairs (score.c, CDN_FUZZY_FLOOR).
 */
#ifndef CDN_FUZZY_FLOOR_H
#define CDN_FUZZY_FLOOR_H

#include <stdbool.h>

#include "match/analyze.h"

/*
 * Whether a and b, which met by edit similarity s (0.75 <= s <= 1, of their spellings or
 * their keys) with spelled the best similarity of their spellings themselves (plain or
 * weighted, 0 below 0.75), are at the floor:
 *  - the first letters of both their spellings and their keys are consonants of different
 *    sound classes, the second letters alike (Susan / Dusan, but not Gwang / Kwang, Qaddafi /
 *    Gaddafi): misspellings keep the first letter far more often than any other;
 *  - or only the keys meet, at s 0.8 or less, while the spellings are two or more edits apart
 *    (Miller / Miles, Callum / Karume): a folded spelling and an edit besides.
 * Always false unless both are written in Latin (cdn_both_latin): the rules are about Latin
 * spellings of Latin-written names. Reads only the tokens; no state.
 */
bool cdn_fuzzy_floor(const cdn_token *a, const cdn_token *b, double s, double spelled);

/* Whether both a and b are written in Latin letters (their first letters: Basic Latin up to
 * Latin Extended-B), not romanised from another script, Devanagari included. */
bool cdn_both_latin(const cdn_token *a, const cdn_token *b);

#endif
