/*
 * short_sounds.h — a foreign name transcribed into Chinese, Japanese or Korean whose sound
 * classes are too few for a key of three (sounds.h): which such words search looks up by two
 * classes, and which of the Latin words listed under those two it offers to the scorer.
 *
 * The index holds every Latin word under its sound classes; search looked up only strings of
 * three classes or more, since two (Errol, 埃羅爾 ailuoer: "l"; Herbert, 赫伯特 hebote: "bt")
 * agree with hundreds of unrelated words, and a word of two Han characters not at all (坦蒂
 * tandi / Tonti), though the scorer meets all of them by their vowels (transcription.h).
 * On the Wikidata pairs that compare alerts on and search missed (session 9), such words were
 * 290 of the 515 Chinese misses (and 34 more words of two characters with three classes), and
 * most Korean foreign names of two words (에이미 라이언 / Amy Ryan: each word two classes).
 *
 * Two classes cover 30 strings, 120 to 630 listed words each in the six official lists (one
 * class, since snapshot format 21: six strings, 278 to 594 words each), so a
 * word under them is offered only when its key sounds like the transcription under the
 * scorer's own test (the index keeps keys, not spellings; a key is the spelling folded across
 * orthographies, close enough: Wikidata Chinese by search 1360 offering all, 1340 with the
 * test, which costs 28 % of the instructions offering all added to a Chinese search).
 */
#ifndef CDN_SHORT_SOUNDS_H
#define CDN_SHORT_SOUNDS_H

#include <stdbool.h>
#include <stddef.h>

#include "match/analyze.h"

struct cdn_transcription_cache; /* transcription.h */

/*
 * The scripts (bits 1 << cdn_syllabary) whose words in query q[0..m) may be a foreign name:
 * kana always; Han unless a Han word of the query is not a transcription on its own (a
 * surname of one character, 陳 惠美, or a native word, 修平 池田: the other words are then a
 * native given name, 惠美 and 修平 being of the transcription table too); Hangul when the query
 * has two words or more and none is a Korean surname of one syllable (korean_surnames.h). A
 * Korean name written apart (김 정은, 당 서윤) has a one-syllable surname, and its given name of
 * two syllables looks like a short transcription; so does a name written as one word whose
 * surname hangul.h does not hold (어가현). Foreign names keep their words apart (에이미 라이언),
 * and a word of one syllable in them is no surname (존 John, 팀 Tim, 잭 Jack). Session 9 left out
 * every query with a word of one syllable (hangul.h's hundred surnames let 45 alarms more on
 * 12,000 native names through: 갈 태연 / THAN, Charlie, rare surnames); with every surname of
 * the census, Wikidata Korean by search 1506 -> 1535 of 2000 and no alarm more. A name that
 * cannot be a Korean one written apart (cjk_pairs.h, cdn_hangul_words_foreign: 제이미 정) is
 * foreign with its surname syllable, which is then not heard (cdn_short_sounds_wanted). A query of one
 * Hangul word of four syllables or more that does not look native (cdn_may_be_transcription:
 * 아리우스 / Arius, 데를레이 / Derlei) is foreign too (session 12: Korean by search 1632 -> 1635,
 * development pairs 2446 -> 2448 of 3000, no native-name alarm more; one word of three, 36).
 */
unsigned cdn_short_sounds_foreign(const cdn_token *q, size_t m);

/*
 * Whether query token t is looked up by its sound strings of two classes (and, for a word of
 * two characters, by those of three or more too, which cdn_may_be_transcription keeps from
 * the usual lookup): a transcription of three syllables or more that does not look native
 * (cdn_may_be_transcription), or a word of two Han characters of the transcription table
 * (cdn_transcription_characters: 坦蒂, not 秀英) or of two kana or Hangul syllables that do
 * not look native, or of one Hangul syllable that is no Korean surname (존 jon / John), or of three Hangul syllables that look like a Korean name (라이언 raieon / Ryan:
 * 라 is a surname), which beside another word is none; only in the scripts foreign holds
 * (cdn_short_sounds_foreign). *two_syllables is set when t is of the second kind or after
 * (Korean by search 1535 -> 1541 of 2000: the word looked up by its classes, tested, and its
 * weight kept in the bound, cdn_short_sounds_unkeyed; three syllables, session 12: 1627 -> 1632,
 * development pairs 2438 -> 2446 of 3000, no native-name alarm more).
 */
bool cdn_short_sounds_wanted(const cdn_token *t, unsigned foreign, bool *two_syllables);

/* Whether t is a word of two kana or Hangul syllables that cdn_short_sounds_wanted accepts:
 * one whose sound classes may be too few for any key (로라 lora, "l"), so that it meets a
 * name by its vowels alone, as a longer transcription may (cdn_may_be_transcription), and its
 * weight stays in the bound of every name the query's other words reach (로라 린니 / Laura
 * Linney: Wikidata Korean by search 1393 -> 1427 of 2000, no native-name alarm more). Not two
 * Han characters: beside a surname they are a Chinese given name (4 alarms more on 6,000
 * native Chinese names, 谭 治文). */
bool cdn_short_sounds_unkeyed(const cdn_token *t, unsigned foreign);

/*
 * Whether the Han word t, which cdn_looks_native takes for a native name, is still looked up
 * by its sound strings of three classes or more, each word listed there offered if it passes
 * cdn_short_sounds_plausible: a word of four characters or more, all but one of the
 * transcription table (cdn_transcription_but_one: 德拉方丹 delafangdan / Delafontaine, 丹 not
 * of the table), read as pinyin. The scorer meets such a word by its vowels alone (score.c),
 * but search offered it no name. Of three characters, only one that writes a consonant alone
 * after its first (cdn_writes_consonant_alone: 錢伯斯 qianbosi / Chambers, 斯; 蔡爾德 / Child,
 * 爾), which a Chinese given name seldom does: Wikidata Chinese by search 1621 -> 1632 of
 * 2000, rows 3,000-8,000 3899 -> 3929 of 5000, none lost, no native-name alarm more (session
 * 21). Any word of three all but one of the table gave 1645 and 3958, but a Chinese name of a
 * rare surname of the table and a given name with a character beyond it (那秀兰, 劳苑博) is
 * read so too: 132 -> 177 of 12,000 native names alarmed. Nor a word read as Japanese
 * (佐藤里奈 satourina).
 */
bool cdn_short_sounds_han_but_one(const cdn_token *t);

/* Whether the indexed key (len bytes, plain ASCII) sounds like the transcription t (one that
 * cdn_short_sounds_wanted accepts) by the scorer's test of a transcription against a
 * spelling (transcription.h), with the sound strings of t and of the key kept in sounds
 * (may be NULL: the same answer): a search asks it of t against many keys. A Han word's first
 * syllable must write the key's first letter first (han_initials.h), as the scorer asks: the
 * cheap test spares most alignments (a Chinese search 93.8 M -> 76.3 M instructions, session
 * 15) and offers no name the scorer would have met by it. */
bool cdn_short_sounds_plausible(const cdn_token *t, const char *key, size_t len, struct cdn_transcription_cache *sounds);

#endif
