/*
 * japanese.h — Japanese names written in kanji, read as Japanese (山田太郎 yamada tarō), not
 * as Mandarin (shāntián tàiláng), which is how ICU reads every Han character.
 *
 * Whether a word in Han characters is a Japanese name cannot be told from its script: 李明 is
 * Chinese, 鈴木 Japanese, and both are Han. A word is read as Japanese when the name around it
 * has kana (中村 ひなた), or when MeCab's IPA dictionary (Debian's mecab-ipadic) knows the word
 * as a Japanese person's name (its part of speech 名詞,固有名詞,人名): one entry of two
 * characters or more (鈴木, 最澄), or a surname of two characters or more and given names
 * (山田 + 太郎). Chinese surnames are one character (王, 李, 張), so 李明, which the dictionary
 * also splits into a surname and a given name (李 + 明 akira), stays Chinese; a Chinese given
 * name written alone that is also a Japanese one (博文: hirofumi or bówén) stays Chinese too
 * unless its name has a Japanese part. The reading is the dictionary's, in katakana.
 *
 * A cdn_japanese opens MeCab's model and tagger on first use (a memory map of the dictionary:
 * 0.2 ms, about 20 MB resident once read) and shares them between threads, as MeCab allows: the
 * model and the tagger are thread-safe; each reading uses a lattice of its own.
 */
#ifndef CDN_JAPANESE_H
#define CDN_JAPANESE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strbuf.h"

typedef struct cdn_japanese cdn_japanese;

/* A reader with no dictionary open yet. Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_japanese_new(cdn_japanese **out);
void cdn_japanese_free(cdn_japanese *j);

/* Whether the UTF-8 text (len bytes) has a hiragana or katakana letter. */
bool cdn_japanese_has_kana(const char *text, size_t len);

/* Whether the UTF-8 word (len bytes) is written in hiragana: letters of it alone, and the long
 * vowel mark ー. Japanese writes its own words in hiragana and foreign names in katakana, so
 * such a word is a native name, read as written. */
bool cdn_japanese_hiragana(const char *word, size_t len);

/* Sets *japanese to whether the whole name (UTF-8, len bytes) is Japanese: it has kana, or it
 * is Han characters and spaces alone that, run together, the dictionary reads as a person's
 * name (山田 太郎 as 山田太郎: a surname and a given name; not 王 博文). Its Han words are then
 * read as Japanese, given names alone included. Returns CORDON_OK, or CORDON_ENOMEM (then the
 * answer is unknown: not "not Japanese"). */
int cdn_japanese_name(cdn_japanese *j, const char *name, size_t len, bool *japanese);

/* What cdn_japanese_reading found. */
typedef enum cdn_japanese_result {
    CDN_JAPANESE_NO,   /* not a Japanese name, or no dictionary: read it as before */
    CDN_JAPANESE_READ, /* the katakana reading was appended */
    CDN_JAPANESE_NOMEM,
} cdn_japanese_result;

/*
 * Appends to out the katakana reading of the word (UTF-8, len bytes, Han characters and maybe
 * kana) when it is a Japanese name: when in_japanese_name (cdn_japanese_name) and the
 * dictionary reads every character of it, or when the dictionary knows it as a person's name
 * (above; a given name alone is not enough). Characters the dictionary has no reading for keep the word as it is (NO). When the
 * dictionary cannot be opened (not installed), every word is NO.
 */
cdn_japanese_result cdn_japanese_reading(cdn_japanese *j, const char *word, size_t len, bool in_japanese_name,
                                         cdn_strbuf *out);

#endif
