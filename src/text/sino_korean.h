/*
 * sino_korean.h — a Chinese name in its Sino-Korean reading (오경 for 吳京) against the same name
 * in pinyin (Wu Jing).
 *
 * Korean writes Chinese names of before 1911 by the Korean readings of their characters: 吳京
 * is 오경 (o gyeong), 顏真卿 안진경 (an jin gyeong), not by their Mandarin sounds. Each Hangul
 * syllable then stands for one of a few characters, and each of those for one Mandarin syllable
 * (경: 京 jing, 庚 geng, 慶 qing ...): a Hangul word meets a pinyin spelling when the spelling
 * splits into one syllable per Hangul syllable, each a Mandarin reading of a character that the
 * Hangul syllable reads (the Unicode Han Database's kHangul and kMandarin, the 4,888 hanja of
 * KS X 1001).
 */
#ifndef CDN_SINO_KOREAN_H
#define CDN_SINO_KOREAN_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the Hangul syllables of the UTF-8 text hangul (one to four of them, nothing else) may
 * be the Sino-Korean reading of the Chinese name whose pinyin is the plain-ASCII lower-case
 * latin (one or more syllables written together: wujing, zhenqing), which must have a spelling
 * that no romanisation of Korean has (z, x, q, wu, ao...): Korean names in Latin letters are mostly
 * pinyin syllables too (Yong Su), and a Korean name is not to be read as Chinese to meet one. */
bool cdn_sino_korean_reads(const char *hangul, const char *latin);

/* Whether the Hangul syllable at the start of the UTF-8 text is a Sino-Korean one: the
 * reading of some hanja of KS X 1001 (하, 진, 란; not 턴, 카, 슨, which write foreign sounds). */
bool cdn_sino_korean_syllable(const char *text);

/* The pinyin spellings that count Hangul syllables of the UTF-8 text hangul, from the from-th
 * (0-based), may be read as: every choice of one reading per syllable, written together
 * (오경: o + gyeong reads wu, wo, ao ... + jing, qing, geng ...: wujing, wuqing ...). Writes
 * them into out (at most max) and returns how many; 0 when the syllables are not all
 * Sino-Korean ones, are out of the text, or have more than max spellings. Search looks up a
 * Chinese name written in Hangul by these (cdn_sino_korean_reads being the scorer's test). */
enum { CDN_SINO_KOREAN_SPELLING_MAX = 32 };
size_t cdn_sino_korean_spellings(const char *hangul, size_t from, size_t count,
                                 char out[][CDN_SINO_KOREAN_SPELLING_MAX], size_t max);

#endif
