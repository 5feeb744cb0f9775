/*
 * transcription.h — how far a name transcribed by ear into Chinese characters, kana or Hangul
 * is from a Latin spelling, counting the liberties those transcriptions take.
 *
 * sounds.h compares the two by their consonant classes alone, and only when they agree in
 * three classes or more: short names (Lloyd, ロイド roido: "lt") agree with too many others by
 * two classes. Here the vowels are kept and the two sound strings are aligned with costs that
 * follow the transcription conventions: a vowel the transcription adds between or after
 * consonants (epenthesis: Milton → 밀턴 milteon, Spong → スポング supongu) costs little, a
 * vowel heard differently costs a little more, a consonant class added, dropped or changed
 * costs a full step. Short names then meet when their vowels agree too (ロット rotto / Lotto),
 * and longer ones when a consonant was dropped or added (ヴォルファーマン vuorufaman /
 * Wolfermann, whose final n Japanese drops after a long vowel).
 */
#ifndef CDN_TRANSCRIPTION_H
#define CDN_TRANSCRIPTION_H

#include <stdbool.h>
#include <stdint.h>

#include "text/sound_sets.h"

/* The script a syllabic romanisation came from: its conventions differ. */
typedef enum cdn_syllabary {
    CDN_SYLLABARY_HAN,    /* Chinese characters (Xinhua transcription) */
    CDN_SYLLABARY_KANA,   /* Japanese kana (Gairaigo rules) */
    CDN_SYLLABARY_HANGUL, /* Korean (외래어 표기법) */
} cdn_syllabary;

/* Whether the code point is a Han character: the CJK ideographs, their compatibility forms
 * and extensions (U+3400–9FFF, F900–FAFF, 20000–3FFFF). */
bool cdn_han_code_point(int32_t cp);

/* The syllabary of the UTF-8 text's first character: kana, Hangul, or else Han. */
cdn_syllabary cdn_syllabary_of(const char *text);

/*
 * Whether the normalized token text looks like a native Chinese, Japanese or Korean name
 * rather than a foreign name transcribed: a Korean surname and two syllables (김정은,
 * hangul.h), three Han characters of which the first is a common Chinese surname (王秀英), or
 * Japanese written with hiragana or with Han and kana together (中村ひなた, 松本ハル). Such a
 * token's romanisation is not a transcription by ear, and sound classes match it to many
 * unrelated Latin names (渡辺勇 / Devon).
 */
bool cdn_looks_native(const char *text);

/* Whether every character of the UTF-8 text (at least one) is one of those Chinese writes
 * foreign names with (the Xinhua table, transcription.c): 希勒, 庫佩, not 秀英 or 王明. */
bool cdn_transcription_characters(const char *text);

/* How many consonants the scorer counts in the Latin spelling spelled when it is compared with
 * kana (the first of its sound strings there, vowels kept: Lola l l, where the consonant
 * string of sounds.h folds the two l into one): from three, cdn_readings_heard gives it the
 * readings of all its languages. The index files a word under those readings' classes by the
 * same count (build.c: add_sounds), so that kana finds what the scorer hears. */
size_t cdn_kana_spelled_consonants(const char *spelled);

/* Whether the UTF-8 text is four Han characters or more, all but one of them of the Xinhua
 * table (闵可夫斯基 Minkowski: 闵; 魏尔斯特拉斯 Weierstrass: 魏), or three of which the first is
 * of the table and no common Chinese surname (chinese_surnames.h: 狄更斯 Dickens: 更), or
 * three of which one after the first is a character the table writes for a consonant alone
 * (transcription.c: 魏斯曼 Weismann, 刘维尔 Liouville, whose first, 魏 or 刘, is a surname
 * outside the table).
 * cdn_looks_native takes such a word for a native name, as it must for most words of three
 * characters (one in ten native Chinese names of three has one character outside the table,
 * and begins with its surname: 林大雅, 陸明哲); of four, a native name is rare (a compound
 * surname), and a transcription with one character of its own is not: such a word may meet a
 * spelling by its sounds with the vowels (cdn_transcription_similarity_xinhua) without a
 * partner. The three-character case: Wikidata Chinese 1513 -> 1551 of 2000 (development
 * pairs 2311 -> 2384 of 3000), two alarms more on 12,000 native names (依思佳 / ISIS, 尔苑博 /
 * RAINBOW: rare surnames of the table); letting a first character outside the table through
 * too gave 1562 (2398) and seven (侍依诺 / Chino, 杞治文 / Kezhen). */
bool cdn_transcription_but_one(const char *text);

/* The i-th character of the table of those the transcription table writes for a consonant alone
 * (transcription.c's CONSONANT_ALONE: 斯, 普, 爾), 0 past its end: for the test that keeps it in
 * code point order, which its lookup by bisection (cdn_u32_contains) needs. */
uint32_t cdn_consonant_alone_at(size_t i);

/* Whether a character of the UTF-8 text after its first is one the table writes for a
 * consonant alone (cdn_consonant_alone_at: 錢伯斯 qianbosi, 斯), which a Chinese given name
 * seldom takes. */
bool cdn_writes_consonant_alone(const char *text);

/* Writes into out (cap bytes) the pinyin heard with the two sounds of the Xinhua tables that
 * pinyin reads otherwise, as cdn_transcription_similarity_xinhua hears them against a spelling
 * with a j, g or zh: 什 shen as shi (霍萊什 / Holeš) and a syllable's initial r as zh (博热 bore /
 * Baugé); returns false, out unspecified, when heard has neither. For search, which looks up
 * the Latin words under the sound classes of what the scorer hears. */
bool cdn_xinhua_respelled(const char *heard, char *out, size_t cap);

/* Writes into out (cap bytes) the Revised Romanization heard (as ICU writes Hangul) with each
 * final ㅅ, which ICU writes s, as the t Korean says there and writes for a foreign final t
 * (데이빗 deibis / David, 프레스콧 peureseukos / Prescott, 샤빗 / Charvet), as
 * cdn_transcription_similarity hears it; returns false, out unspecified, when there is none
 * (or heard does not fit). For search, which looks up the Latin words under the sound classes
 * of what the scorer hears. */
bool cdn_hangul_final_s_said(const char *heard, char *out, size_t cap);

/* The sound strings of the last words compared, each side's apart (sound_sets.h), kept by the
 * caller between comparisons (a search's scratch: score.h). Zeroed it is empty; the functions
 * below take NULL for none, with the same results. */
typedef struct cdn_transcription_cache {
    cdn_sound_cache heard, spelled;
} cdn_transcription_cache;

/*
 * How close heard, the plain-ASCII romanisation of a transcription in syllabary, is to the
 * plain-ASCII Latin spelling spelled, in [0, 1]: 0 when they are not close enough to be the
 * same name (see transcription.c for the costs and the bar); else from 0.80, the weakest
 * match that alerts, up to 0.84, below the 0.85 of equal consonant classes (sounds.h) and far
 * below a spelling match.
 */
double cdn_transcription_similarity(const char *heard, cdn_syllabary syllabary, const char *spelled,
                                    cdn_transcription_cache *cache);

/* The same, with the Latin spelling also read as its likely source languages read it
 * (readings.h: German, French, English, Polish and Czech, Spanish and Italian, Japanese, and
 * the readings heard): ヨージェフ / József, ジェルベー / Gervais. Meant for a word that is surely a
 * transcription (three characters or more, not a native name); score.c also calls it for
 * shorter kana, Hangul and Han words, but only where a longer word of the same name confirms
 * them or the spelling is not pinyin: alone, two-character words, whose romanisations are often
 * native names, met 松本 songben to Company. */
double cdn_transcription_similarity_read(const char *heard, cdn_syllabary syllabary, const char *spelled,
                                         cdn_transcription_cache *cache);

/* The same for heard, the pinyin of a Han word made of the Xinhua table's characters alone
 * (cdn_transcription_characters) or of all of them but one (cdn_transcription_but_one: score.c,
 * short_transcription_similarity), with the two-letter finals the table writes a foreign vowel
 * with also read as that vowel: ai and ei as e, uo, ou and ao as o (埃里克 ailike / Eric, 罗 luo
 * for ro; 奧白朗 aobailang / Oberon). */
double cdn_transcription_similarity_xinhua(const char *heard, const char *spelled, cdn_transcription_cache *cache);

/* How far the cheapest alignment of heard and spelled (as above) goes beyond what the bar
 * allows, in steps (negative when within it; a bar of 0.5 for fewer than three consonants):
 * for callers that accept a pair on other grounds and want the vowels not to contradict it. */
double cdn_transcription_excess(const char *heard, cdn_syllabary syllabary, const char *spelled,
                                cdn_transcription_cache *cache);

/* The same with the spelling also read as its languages read it (as
 * cdn_transcription_similarity_read) and, when xinhua, heard also with the Xinhua table's
 * readings (as cdn_transcription_similarity_xinhua): the lowest excess of any of them. */
double cdn_transcription_excess_read(const char *heard, cdn_syllabary syllabary, const char *spelled, bool xinhua,
                                     cdn_transcription_cache *cache);
/* The cost of the cheapest alignment of two sound strings (sounds.h with CDN_SOUND_VOWELS:
 * heard from the transcription, spelled from the Latin spelling), by the costs above, each cut
 * to its first 40 sounds: what the bars are measured against. For tests of the bound that
 * spares most alignments (sound_bound.h). */
double cdn_transcription_align_cost(const char *heard, const char *spelled, cdn_syllabary syllabary);

#endif
