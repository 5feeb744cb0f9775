/*
 * long_vowels.h — two Latin spellings of one short name that differ only in how they write a
 * long vowel.
 *
 * English spells a long i as ee (Deeb, Yee, Ameen) and often as a final ie or y (Alie, Hamdy,
 * Aly), a long o at the end as oe (Moe, Joe), a long u as oo or, after French, ou (Noor,
 * Moussa); transliterations of Arabic, Persian and Burmese write the one vowel letter (Dib,
 * Yi, Ali, Mo, Nur). The Arabic ي that Deeb and Dib both write is one letter. Such names are
 * often of three letters or fewer, too short for the edit distance (a letter in three is a
 * third of the word) and for the vowel skeleton (one syllable: Chen / Chan are two names), so
 * the scorer met neither Deeb / Dib nor Yee / Yi (OFAC SDN a.k.a.s). Sources: Wikipedia,
 * "Romanization of Arabic" (ī as i, ee, ie, y in the common English spellings) and "English
 * orthography" (the spellings of the long vowels).
 */
#ifndef CDN_LONG_VOWELS_H
#define CDN_LONG_VOWELS_H

#include <stdbool.h>
#include <stddef.h>

/* The longest word folded (a longer one is left to the edit distance and vowel skeleton). */
enum { CDN_LONG_VOWELS_MAX = 12 };

/*
 * Whether the plain-ASCII lower-case words a (la bytes) and b (lb bytes), not equal, are one
 * spelling once each long vowel is written as its one letter — ee as i, a final ie or a final
 * y after a consonant as i, a final oe as o, oo and ou as u — and each doubled consonant once,
 * where one side writes a long vowel so and the other none (Deeb / Dib, Alie / Ali, Yee / Yi,
 * Moe / Mo; not Deeb / Deb, Jane / Jan, Lee / Lay, nor Lee / Lie: two English spellings of
 * other names, an alarm of the synthetic-US names). False for a word longer than CDN_LONG_VOWELS_MAX
 * or of other letters, and when the spelling folded has fewer than two letters.
 */
bool cdn_long_vowels_agree(const char *a, size_t la, const char *b, size_t lb);

/*
 * The word w (plain-ASCII lower case, len bytes) with its long vowels written as their one
 * letter and its doubled consonants once, as cdn_long_vowels_agree compares it (Deeb: dib),
 * written into out (room for CDN_LONG_VOWELS_MAX + 1 bytes); returns its length, 0 when w
 * writes no long vowel so, is longer than CDN_LONG_VOWELS_MAX or of other letters.
 */
size_t cdn_long_vowels_once(const char *w, size_t len, char out[CDN_LONG_VOWELS_MAX + 1]);

/* The most spellings cdn_long_vowels_doubled writes. */
enum { CDN_LONG_VOWELS_DOUBLED_MAX = 4 };

/*
 * The spellings of the word w (plain-ASCII lower case, len bytes, writing no long vowel
 * doubled) that write one of its vowels as English writes a long one: an i as ee (Dib:
 * deeb), a final i as ie (Ali: alie), a final o as oe (Mo: moe); at most
 * CDN_LONG_VOWELS_DOUBLED_MAX, each NUL-terminated in out. Returns how many; 0 for a word
 * that writes a long vowel so already, is longer than CDN_LONG_VOWELS_MAX - 1 or of other
 * letters.
 */
size_t cdn_long_vowels_doubled(const char *w, size_t len, char out[][CDN_LONG_VOWELS_MAX + 1]);

#endif
