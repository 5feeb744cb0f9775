/*
 * pinyin.h — whether a Latin spelling is a Chinese name in Hanyu Pinyin, and whether two
 * spellings of a syllable's onset may be the same sound.
 *
 * A token romanised from Han (or Hangul) meets a listed Latin token by the cross-orthography
 * key and by edit distance. Both are right for a foreign name transcribed into Chinese (漢斯 hansi
 * / Hans) and wrong for a Chinese name: pinyin is exact, so jiang and yang, zhou and su, cheng
 * and chen are other syllables, other characters and other people. The scorer asks these two
 * questions to tell the cases apart.
 */
#ifndef CDN_PINYIN_H
#define CDN_PINYIN_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the plain-ASCII lower-case token s is one or more Mandarin syllables in Hanyu Pinyin
 * without tones, written together (zhang, jianping, xiaoming): the shape of a Chinese name in
 * the lists. ü is written u or v. */
bool cdn_is_pinyin(const char *s);

/* Whether the len letters at s are one Mandarin syllable in Hanyu Pinyin (ü written u or v).
 * Any thread may ask: the first call of the process sorts the table's syllables (pinyin.c,
 * under pthread_once; test_first_use.c), only read after. */
bool cdn_pinyin_syllable(const char *s, size_t len);

/* Whether cdn_pinyin_syllable answers from the table's syllables as sorted numbers (its fast
 * way): false when the table has outgrown them (more than 1024 syllables, or one longer than six
 * letters) and the rows are walked at every call (2.05 G of the 18.2 G instructions of 300
 * Korean names searched, pinyin.c).
 * For the tests, so that a grown table fails one rather than silently slowing searches. */
bool cdn_pinyin_syllables_coded(void);

/* Calls fn(syllable, ctx) with every syllable of the table cdn_pinyin_syllable answers from
 * (about 400, each once, as a NUL-terminated plain-ASCII string; ü written u or v as there). */
void cdn_pinyin_each_syllable(void (*fn)(const char *syllable, void *ctx), void *ctx);

/*
 * Whether the onset (the consonants before the first vowel) of the romanisation romanised,
 * written in pinyin (Han) or the Revised Romanization (Hangul), may be the same sound as the
 * onset of the Latin spelling latin: equal onsets, or the Wade-Giles and Cantonese spellings
 * of the same initial that lists use (zh / ch: 张 Zhang / Chang; z and c / ts, tz: 曾 Zeng /
 * Tseng), Korean s written sh (신 Sin / Shin), or a y written before a vowel or left out
 * (이 I / Yi, 伊娃 Yiwa / Iva).
 */
bool cdn_onsets_agree(const char *romanised, const char *latin);

/* Whether the plain-ASCII latin has a spelling that pinyin writes and no romanisation of
 * Korean does (z, x, q, c but in ch, wu, ao, iu, uo, ie, ian, ou, ei): Korean names are
 * mostly pinyin syllables too (Yong Su, Shi Min), and a Korean name read as Chinese would meet
 * another Korean name (종수 / Yong Su: four synthetic-US alarms). */
bool cdn_pinyin_not_korean(const char *latin);

#endif
