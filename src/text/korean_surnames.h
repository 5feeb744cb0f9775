/*
 * korean_surnames.h — whether a Hangul syllable is a Korean surname, common or rare.
 *
 * hangul.h holds the hundred or so commonest surnames with their Latin spellings, which the
 * scorer needs; this is the question asked of a word of one syllable in a query written apart
 * (김 정은, 당 서윤, 존 화이트): is it a surname, and so the query a Korean name, or is it
 * a foreign name's word transcribed (존 John, 팀 Tim, 잭 Jack), which no Korean surname is?
 * Rare surnames (갈 葛, 당 唐, 좌 左, 팽 彭) are as Korean as Kim, and a table of the commonest
 * takes their bearers for foreigners.
 */
#ifndef CDN_KOREAN_SURNAMES_H
#define CDN_KOREAN_SURNAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether the UTF-8 text (normalized) is one Hangul syllable, nothing else, that is a Korean
 * surname of one syllable (korean_surnames.c), in the South's or the North's spelling (이, 리). */
bool cdn_korean_surname_syllable(const char *text);

/* The table behind it, for a test: how many code points, and the i-th (0 past the end). */
size_t cdn_korean_surname_syllable_count(void);
uint32_t cdn_korean_surname_syllable_at(size_t i);

#endif
