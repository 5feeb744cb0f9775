/*
 * kana_digraphs.h — the katakana combinations that Japanese writes foreign sounds with, spelled
 * as Hepburn spells them before ICU romanises the rest.
 *
 * The Japanese government's rules for writing foreign words (外来語の表記, Cabinet notice No. 2
 * of 1991, its second table) add combinations of a kana and a small vowel for sounds Japanese
 * lacks: ヴァ ヴィ ヴェ ヴォ (va vi ve vo), トゥ ドゥ (tu du), ツァ (tsa), クァ クォ グァ (kwa
 * kwo gwa), テュ デュ フュ (tyu dyu fyu), スィ ズィ (si zi). ICU's
 * Katakana-Latin reads each kana for itself and the small one as its vowel, so that an u
 * stands where Hepburn has none: ヴィクトル vuikutoru for Wiktor, ツァ tsua, トゥ tou. The
 * transcription rules (transcription.h) then count a vowel no spelling has. ウィ ウェ ウォ are
 * left as ICU reads them (ui, ue, uo): written wi, the romaji w that may stand for a v
 * (sounds.h, CDN_SOUND_W_IS_V) made ダーウィン dawin meet Devin, and ウィート wito lost Wheat
 * (Wikidata Japanese and katakana +2 and +5 of 2,000 with them, for those two).
 */
#ifndef CDN_KANA_DIGRAPHS_H
#define CDN_KANA_DIGRAPHS_H

#include <stddef.h>
#include <stdint.h>

/*
 * Rewrites the UTF-16 text buf[0..units) in place, each combination above becoming its Latin
 * consonants and the full-size kana of its vowel (ヴィ → "v" イ, so that a ー after it still
 * lengthens it; a ッ before it doubles its first consonant); returns the new number of units,
 * at most cap (a combination that does not fit is left as it is). Other text is unchanged.
 */
size_t cdn_kana_digraphs(uint16_t *buf, size_t units, size_t cap);

#endif
