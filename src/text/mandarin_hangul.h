/*
 * mandarin_hangul.h — a Chinese name written in Hangul by its Mandarin sounds (장쩌민 for Jiang
 * Zemin, 저우허시 for Zhou Hexi) against its pinyin.
 *
 * Korean writes the names of Chinese born after 1911 by the table for Chinese of the
 * 외래어 표기법 (the rules for foreign words, Ministry of Education notice 85-11, 1986), which
 * gives each pinyin syllable one Hangul spelling: the initial one consonant (b ㅂ, p and f ㅍ,
 * zh and j ㅈ, ch, q and c ㅊ, sh and x ㅅ, z ㅉ, s ㅆ, r ㄹ), the final one syllable or two
 * (ao 아오, ou 어우, ian 옌, uan 완, üan 위안; i after zh, ch, sh, r, z, c, s is 으), and after
 * ㅈ, ㅉ, ㅊ no glide (jia 자, jie 제, jiu 주, jian 젠). A pinyin string thus has one Hangul
 * spelling, and a Hangul word a few pinyin ones (장: zhang, jiang). Unlike the Sino-Korean
 * reading of the characters (sino_korean.h) and the comparison by sound (transcription.h),
 * this is exact: a word meets a spelling or not.
 */
#ifndef CDN_MANDARIN_HANGUL_H
#define CDN_MANDARIN_HANGUL_H

#include <stdbool.h>
#include <stddef.h>

#include "text/sino_korean.h"

/*
 * Whether the UTF-8 text hangul (Hangul syllables only, at most 16) is the Mandarin spelling in
 * Hangul of the plain-ASCII lower-case pinyin latin (syllables written together, split every
 * way they split), counting the glide that Korean writers still put after ㅈ, ㅉ, ㅊ (쟈오 for
 * 자오 zhao) as the table's spelling without it; and whether the two may be the same name: a
 * Korean name is not to be read as Chinese, so either hangul has a syllable that no hanja reads
 * as (웨, 쥔, 커: 왕쥔 / Wang Jun) or latin has a spelling no romanisation of Korean has
 * (pinyin.h, cdn_pinyin_not_korean: 저우허시 / Zhou Hexi). 허융 / He Yong (both syllables
 * Sino-Korean, heyong a Korean spelling too) is not met.
 */
bool cdn_mandarin_hangul_reads(const char *hangul, const char *latin);

/*
 * The pinyin spellings that count Hangul syllables of the UTF-8 text hangul, from the from-th
 * (0-based), are the Mandarin spelling of: every way to split them into the Hangul of pinyin
 * syllables, each read as every syllable written so (장원웨: zhangwenyue, jiangwenyue). Writes
 * them into out (at most max; the Sino-Korean spellings' size) and returns how many; 0 when the
 * syllables spell no pinyin, are out of the text, or spell more than max. Search looks up a
 * Chinese name in Hangul by these (cdn_mandarin_hangul_reads being the scorer's test, which the
 * caller asks of each spelling it keeps).
 */
size_t cdn_mandarin_hangul_spellings(const char *hangul, size_t from, size_t count,
                                     char out[][CDN_SINO_KOREAN_SPELLING_MAX], size_t max);

#endif
