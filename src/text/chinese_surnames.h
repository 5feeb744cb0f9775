/*
 * chinese_surnames.h — whether a Han character is one of the commonest Chinese surnames.
 *
 * A word of three Han characters is most often a Chinese name, a surname and a given name of
 * two (王秀英), and the scorer must not read it as a foreign name transcribed by ear; but
 * Chinese transcribes foreign names with about 500 characters (transcription.h), and a
 * transcription often takes one character beyond them (霍靈頓 Hollington: 靈; 阿尼岑 Arnzen: 岑).
 * Its first character then tells the two apart: a Chinese name begins with its surname, and a
 * few hundred surnames cover most Chinese people; a transcription begins with whatever sound
 * the foreign name begins with (阿, 尼, 香).
 */
#ifndef CDN_CHINESE_SURNAMES_H
#define CDN_CHINESE_SURNAMES_H

#include <stdbool.h>
#include <stdint.h>

/* Whether the code point cp is one of the commonest Chinese surnames (chinese_surnames.c), in
 * its simplified or traditional form. */
bool cdn_common_chinese_surname(int32_t cp);

#endif
