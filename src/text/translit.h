/*
 * translit.h — romanising tokens of any script with ICU, so that names written in Cyrillic,
 * Arabic, Greek, Hebrew, Han, Hangul, kana... meet their Latin spellings.
 *
 * A cdn_translit is a small thread-safe pool of ICU transliterators, one kind per script:
 * opening one costs ICU tens of milliseconds, transliterating a token a few microseconds, so the
 * index opens each kind once and every search borrows one for the duration of a call. The pool
 * is the only mutable part of an index, and a mutex guards it.
 */
#ifndef CDN_TRANSLIT_H
#define CDN_TRANSLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strbuf.h"

typedef struct cdn_translit cdn_translit;

/* Creates an empty pool (transliterators open on first use). Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_translit_new(cdn_translit **out);
void cdn_translit_free(cdn_translit *t);

/* True when the token has a letter outside Basic Latin (so it needs romanising). */
bool cdn_translit_needed(const char *token, size_t len);

/* Which language a Cyrillic name is in, told from the letters of the whole name (a single word
 * rarely says: Ігар is Belarusian only because of the і next to a ў or ы elsewhere): 0 when
 * the name gives no hint. Pass it to cdn_translit_token for each of the name's tokens. */
int cdn_translit_hint(const char *name, size_t len);

/* Sets *hint to CDN_TRANSLIT_JAPANESE when the whole name is Japanese (japanese.h: it has kana,
 * or its kanji run together are a Japanese person's name), else 0: to be or-ed into the hint,
 * so that its kanji are read as Japanese. Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_translit_japanese_hint(cdn_translit *t, const char *name, size_t len, int *hint);
enum { CDN_TRANSLIT_JAPANESE = 1 << 8 };

/*
 * Appends to out the romanisation of the normalized token (len bytes): plain lower-case ASCII
 * letters and digits, one token (syllables of Han and Hangul joined). The transliterator is
 * chosen by the token's script: BGN/PCGN for Russian, Belarusian and Ukrainian Cyrillic,
 * Persian, Armenian, Georgian; ICU's Arabic-Latin and Hebrew-Latin; UNGEGN for Greek;
 * Han-Latin/Names for Han, but a Japanese name's Japanese reading (japanese.h);
 * ICU's Any-Latin for the rest; then Latin-ASCII. ASCII tokens are copied.
 * Returns CORDON_OK, or CORDON_ENOMEM; a script ICU cannot romanise gives an empty result.
 */
int cdn_translit_token(cdn_translit *t, int hint, const char *token, size_t len, cdn_strbuf *out);

/* cdn_translit_token, and *japanese set to whether the token's romanisation is the Japanese
 * reading of its kanji (japanese.h), not their pinyin: the scorer then compares it as a native
 * Japanese name, not as a Chinese one nor as a foreign name transcribed by ear. */
int cdn_translit_token_read(cdn_translit *t, int hint, const char *token, size_t len, cdn_strbuf *out,
                            bool *japanese);

/* Romanisations are kept (up to 32,768 words and 4 MB, then the cache is emptied and fills
 * again), shared by the threads that use t: this lowers that number of words (for tests, and
 * for a program short of memory), and empties a cache that holds more. */
void cdn_translit_limit_cache(cdn_translit *t, size_t words);

/* How many romanisations t keeps now. */
size_t cdn_translit_cached(cdn_translit *t);

/* How a token's script writes sounds, which decides how its romanisation may be compared. */
typedef enum cdn_script_class {
    CDN_SCRIPT_LATIN,    /* no romanisation needed */
    CDN_SCRIPT_ALPHABET, /* vowels and consonants written (Cyrillic, Greek, Armenian, ...) */
    CDN_SCRIPT_ABJAD,    /* short vowels left out (Arabic, Hebrew, Syriac) */
    CDN_SCRIPT_SYLLABIC, /* syllables or morphemes (Han, Hangul, kana, Yi), in which foreign
                            names are transcribed by ear */
    CDN_SCRIPT_ABUGIDA,  /* consonant letters with vowel signs (Devanagari, Bengali, Tamil,
                            Thai, Lao, Khmer, Myanmar, Ethiopic, Thaana) */
} cdn_script_class;

/* The class of the script of the token's first letter. */
cdn_script_class cdn_translit_script_class(const char *token, size_t len);

#endif
