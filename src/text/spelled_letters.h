/*
 * spelled_letters.h — whether a Latin word on a list is read letter by letter (GPOC is said
 * "G-P-O-C", IRGC "I-R-G-C"), from its letters alone: a word no language of the lists could
 * pronounce as written. A transcription into another script writes such a word letter by
 * letter too (ジーピーオーシー, 지피오시) or not at all, so the matcher does not meet it by the
 * sounds of a Han, kana, Hangul, Arabic or Cyrillic word (score.c), which it met by chance
 * before (卡赫维奇 / GPOC, 庫伊肯 / GICM, بيبس / BIPC).
 */
#ifndef CDN_SPELLED_LETTERS_H
#define CDN_SPELLED_LETTERS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Whether the word w (len bytes of lower-case ASCII letters; false for anything else, and for
 * fewer than two letters) is read letter by letter: it has no vowel letter (vtb, dprk, fsb;
 * not the Vietnamese and Cantonese Ng, nor a Czech or Welsh word whose r, l or w is the
 * vowel: krk, vlk, cwm), or it begins with two consonants no word of the lists' languages
 * and romanisations begins with (gpoc, pgpic, npo, fgup), or it ends in a c that follows a
 * consonant, or a c before a consonant, that no language writes at a word's end (gicm, bipc,
 * irgc, csicl; not zinc, Marc, Kovacs, Gelowicz).
 */
bool cdn_spelled_letters(const char *w, size_t len);

#endif
