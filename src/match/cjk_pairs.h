/*
 * cjk_pairs.h — what else in a name says that a short word in kana or Hangul is a foreign name
 * transcribed by ear, and Korean's two ways of writing a Chinese name.
 *
 * A word of one or two kana or Hangul syllables met by sound (score.h: CDN_SHORT_SOUNDS,
 * CDN_ONE_SOUND) is as often a native given name as a foreign one (서영 seoyeong, 게리 Gary), so
 * it counts only where another word of the same alignment confirms that the name is foreign.
 * The scorer asks these questions of the pairs of an alignment; the tests are here so that the
 * scorer's alignment stays one concept.
 */
#ifndef CDN_CJK_PAIRS_H
#define CDN_CJK_PAIRS_H

#include <stdbool.h>

#include "match/analyze.h"

/*
 * Whether the pair of tokens a and b, which met at sim as how (score.h), confirms a short word
 * met by sound beside it, as a second short word met by sound does (게리 베리 / Gary Berry):
 *   - a word of two kana or Hangul syllables or more met as spelled, 0.95 or more (엠마 emma /
 *     Emma beside 스톤 / Stone); or one Hangul syllable that is no Korean surname romanised
 *     exactly as spelled, 0.97 (돈 don / Don) — not one met by the key (예 ye / Jie: a surname's),
 *     nor a Han word (山口 yamaguchi: a native name); or one that no hanja reads met as spelled
 *     (hangul.h: cdn_hangul_beyond_hanja; 빌 bil / Bill, 0.95: Wikidata Korean 1718 -> 1720);
 *   - one Hangul syllable met by sound (CDN_ONE_SOUND: 존 jon / John) against a spelling that is
 *     not pinyin: against pinyin it is more often a rare Korean surname (당 아진 / CHEN, Dong).
 * The caller still keeps out names with a one-syllable Korean surname written apart.
 */
bool cdn_confirms_short_word(const cdn_token *a, const cdn_token *b, double sim, const char *how);

/*
 * Whether the Hangul words of t[0..count) (two or more, honorifics aside) cannot be a Korean
 * name written apart, a surname of one syllable (korean_surnames.h) and a given name of one or
 * two, and so are a foreign name's, whose short words met by sound need no more confirming
 * than a transcription beside them gives (score.c: align): a word of three syllables or more
 * beside another (제이미 정 / Jamie Chung: 제이미 reads as a Korean name alone, 제 a surname), a
 * word of one syllable and none of them a surname (빅 숀 / Big Sean, 메건 분 / Megan Boone), or a
 * word with a consonant and ㅡ alone (hangul.h: 오 랜드 / Oh Land). Or one Hangul word or more
 * beside a regnal number, digits and 세 (titles.h: 헨리 6세 / Henry VI, 호콘 4세 / Haakon IV): a
 * ruler or a father's namesake numbered as foreign names are, which no Korean name is. A
 * syllable no hanja reads is not enough (길 베리 is Korean writing, a surname and a native
 * given name).
 */
bool cdn_hangul_words_foreign(const cdn_token *t, size_t count);

/*
 * Whether the pair of tokens a and b, met by sound as one syllable (score.h: CDN_ONE_SOUND or
 * CDN_SURNAME_SOUND), is a Korean surname syllable (korean_surnames.h) heard as one Chinese
 * syllable as the lists spell it (pinyin, or its z, c, x written ts, tz, hs as Wade-Giles and
 * Cantonese do) that the 외래어 표기법's table for Chinese does not write so (mandarin_hangul.h;
 * 종 ~ chen, 종 ~ tsang, 0.82): a Chinese surname is written in Hangul by its Korean reading
 * (陳 진) or by that table (천), never by ear, so the scorer leaves such a pair of a weak alignment unmatched,
 * whatever transcription stands beside it (score.c, pair_dropped: 에리카 종 / CHEN, Eric, TSANG,
 * Erick).
 */
bool cdn_hangul_surname_heard_as_pinyin(const cdn_token *a, const cdn_token *b, const char *how);

/*
 * How well the Hangul word h meets the Chinese name whose pinyin is the two Latin tokens
 * latin[0] and latin[1] (both: their romanisations joined) as Korean writes a modern Chinese
 * name, by its Mandarin sounds (the 외래어 표기법's table for Chinese: 자오웨이 / Zhao Wei, not
 * the Sino-Korean 조미), compared as a transcription (transcription.h: 0.80-0.84); 0 when they
 * do not meet. Both tokens must be pinyin and have together a spelling no romanisation of
 * Korean has (pinyin.h), and h must not look like a Korean name (transcription.h: 주서우 met
 * SU, Zhao): a Korean name is not to be read as Chinese.
 */
double cdn_mandarin_in_hangul(const cdn_token *h, const cdn_token *latin, const char *both);

/*
 * How well the Han word han meets the Latin token latin as a foreign name transcribed, when
 * latin is pinyin in shape and the pinyin rules would keep them apart (pinyin.h): han is two
 * characters of the transcription table (transcription.h: 雷諾 leinuo, 安妮 anni, 莫西 moxi) and
 * latin a word of two letters or more that is pinyin too (Reno, Anne, Mosi: re no, an ne, mo si),
 * compared with the table's vowels (cdn_transcription_similarity_xinhua, 0.80-0.84); or han is
 * two other characters and latin is not pinyin (see below); 0 else. The
 * caller asks only where both names are that one word (score.h: CDN_LONE_HAN): Wikidata
 * Chinese 1551 -> 1603 of 2000 (development pairs 2384 -> 2450 of 3000; unrelated pairs
 * accepted 27 -> 30 of 9,000: 吉恩 / Ceán), no alarm more on 12,000 native names. Session 7's
 * version, for any two table characters against two pinyin syllables of the same onset, met
 * 王 明杰 / WANG Minzhe. Two characters not both of the table meet a word that is not pinyin,
 * of two or three syllables, by its readings (cdn_transcription_similarity_read: 藍儂 lannong /
 * Lennon), which the onset rule kept apart where the onsets agree: 1632 -> 1648 (development
 * 2486 -> 2502), no alarm more once acronyms and words of one syllable were left out (操阳 /
 * CJNG, 班涛 / Bont: five alarms on the native names).
 */
double cdn_lone_han_word(const cdn_token *han, const cdn_token *latin);

#endif
