/*
 * palladius.h — Chinese names written in Cyrillic read back into Hanyu Pinyin.
 *
 * Russian writes a Chinese name by the Palladius system, syllable by syllable: Си Цзиньпин for
 * Xi Jinping, Ли Шанфу for Li Shangfu, Чжан Юся for Zhang Youxia, Дунфан for Dongfang. Its
 * romanisation (si tszinpin, chzhan yusya) shares little with the pinyin the lists use, and no
 * spelling key or edit distance makes them meet (Си Цзиньпин / Xi Jinping scored 0). Read back
 * syllable by syllable — the Palladius initial and final of each, the initial told by the final
 * where Palladius writes two pinyin initials alike (цз: j before i and ü, z otherwise; ц: q or
 * c; с: x or s) — the Cyrillic word is the pinyin itself.
 *
 * The table is the Palladius system as given in Wikipedia's "Palladius system" (its table of
 * Pinyin and Cyrillic syllables); Russian normalisation writes й as и, which the finals follow.
 * Ukrainian writes the same syllables in its own letters (Сі Цзіньпін: і for и, и for ы, е for
 * э, є for е; Wikipedia, "Ukrainian transcription of Chinese"), which are read as those.
 */
#ifndef CDN_PALLADIUS_H
#define CDN_PALLADIUS_H

#include <stdbool.h>
#include <stddef.h>

/* The longest pinyin cdn_palladius_pinyin writes, with its NUL. */
enum { CDN_PALLADIUS_MAX = 48 };

/*
 * Whether the normalized Cyrillic word cyrillic (lower case, й as и) is, syllable by syllable,
 * the Palladius transcription of the plain-ASCII lower-case pinyin latin (ü written u or v),
 * every syllable one of the pinyin table's (pinyin.h). Fails fast on most pairs: at the first
 * syllable.
 */
bool cdn_palladius_reads(const char *cyrillic, const char *latin);

/*
 * Writes into out (CDN_PALLADIUS_MAX bytes) the pinyin that the normalized Cyrillic word
 * cyrillic reads as in the Palladius system, ü as u (the first reading found when there are
 * several), and returns its length; 0 when the word is not a sequence of Palladius syllables.
 */
size_t cdn_palladius_pinyin(const char *cyrillic, char out[CDN_PALLADIUS_MAX]);

#endif
