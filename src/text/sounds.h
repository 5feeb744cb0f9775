/*
 * sounds.h — sound classes: how a name transcribed by ear into a syllabic script (Chinese,
 * Japanese kana, Korean Hangul) is compared with its Latin spelling.
 *
 * Such transcriptions follow no romanisation standard that could be undone: Trump is 特朗普
 * (te lang pu), トランプ (toranpu) and 트럼프 (teureompeu). What survives is the order of the
 * consonant sounds, once the distinctions those languages do not make fall together: l and r
 * (Chinese and Japanese have one liquid, Korean writes both with one letter), m, n and ng
 * (a syllable's only final consonants in Chinese), voiced and voiceless stops (pinyin's b/p and d/t differ by aspiration,
 * not voicing), and every sibilant and affricate. Vowels, and the h, w and y that the
 * romanisations add, drop out; so do the vowels the transcriptions add between consonants.
 * Trump, te lang pu, toranpu and teureompeu all become "tlnb".
 */
#ifndef CDN_SOUNDS_H
#define CDN_SOUNDS_H

#include <stdbool.h>
#include <stddef.h>

/* Sound classes are at most this long. */
#define CDN_SOUNDS_MAX 63

/* How a spelling is read (flags of cdn_sound_classes). */
enum cdn_sound_reading {
    CDN_SOUND_ROMANISED = 1 << 0, /* a romanisation of a syllabic script (pinyin, romaji,
                                     Revised Romanization): x and c are sibilants */
    CDN_SOUND_DROP_R = 1 << 1,    /* an English spelling's r before a consonant or at the end
                                     is silent (George → ジョージ, 조지), as in British speech */
    CDN_SOUND_SOFT_G = 1 << 2,    /* an English spelling's g before e, i, y is soft (George) */
    CDN_SOUND_TH_IS_S = 1 << 5,   /* an English spelling's th is heard as s (Kathlyn →
                                     キャスリン, Smith → 史密斯, 스미스) */
    CDN_SOUND_W_IS_V = 1 << 3,    /* a romanisation's w before a vowel stands for v (Chinese
                                     瓦 wa for va, 维 wei for vi) */
    CDN_SOUND_J_IS_G = 1 << 4,    /* a romanisation's j and q stand for g and k (Chinese 基 ji
                                     for gi and ki), not for an affricate */
    CDN_SOUND_VOWELS = 1 << 6,    /* keep the vowels, as A E I O U (y as I before a consonant
                                     or at the end), for transcription.h */
    CDN_SOUND_KANA_T = 1 << 7,    /* a romaji chi, tsu stands for t (Japanese has no ti, tu of
                                     its own: Putin → プーチン puchin) */
    CDN_SOUND_KANA_D = 1 << 8,    /* a romaji ji, zu stands for d (no di, du either) */
    CDN_SOUND_KANA_H = 1 << 9,    /* a romaji fu stands for hu (Japanese has no hu: Hooft →
                                     フーフト fufuto, Hoover → フーバー) */
    CDN_SOUND_LIQUID_PAIRS = 1 << 11, /* with CDN_SOUND_VOWELS: an r beside an l is a sound of
                                     its own (Carlo → カルロ karuro), as kana write it; Hangul
                                     writes a lone l between vowels ㄹㄹ ll too (Malraux 말로) */
    CDN_SOUND_X_IS_H = 1 << 10,   /* a pinyin x stands for h (Chinese has no hi, he: Hilton →
                                     希尔顿 xierdun, Hodgson → 霍奇森 with 希 for a foreign
                                     hi, as the Xinhua table writes it) */
};

/* The most distinct readings cdn_sound_variants gives. */
enum { CDN_SOUND_VARIANTS = 8 };

/*
 * Writes the sound classes of the plain-ASCII lower-case token latin (NUL-terminated), read
 * as `reading` says, into out and returns their count. Classes: b (b p f v), t (t d th),
 * k (k g q, c before a, o, u), s (s z j, sh ch zh ts tz dz cz sz, c before e, i, y),
 * l (l r), n (m n ng); other consonants stand for themselves; vowels, h, w, y, digits and
 * doubled classes drop out.
 */
size_t cdn_sound_classes(const char *latin, unsigned reading, char out[CDN_SOUNDS_MAX + 1]);


/*
 * Writes the distinct sound classes of the token under each reading that applies to it into
 * out, and returns how many (1 to CDN_SOUND_VARIANTS). source says what latin is: 0 a Latin
 * spelling, read with its r silent or not, its g soft or not, its th as t or s (a German Gerd
 * keeps the r and the hard g, an English George neither); CDN_SOUND_ROMANISED a romanisation
 * of Han or Hangul, its w as v or silent and its j and q as g and k or as affricates; that and
 * CDN_SOUND_KANA_T romaji, its w as v or not and its chi and tsu as t or not (プーチン puchin
 * for Putin). An empty reading counts too: out[0] is then "".
 */
size_t cdn_sound_variants(const char *latin, unsigned source, char out[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1]);

/* The same under base and the readings choice[0..3) in all combinations (a 0 in choice for
 * none): the distinct sound strings, a reading that cannot change latin skipped. */
size_t cdn_sound_readings(const char *latin, unsigned base, const unsigned choice[3],
                          char out[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1]);

#endif
