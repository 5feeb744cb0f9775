/*
 * korean_cyrillic.h — a Korean name written in Cyrillic read as its Latin spelling reads it.
 *
 * Russian writes Korean names by the Kontsevich system (or in older spellings the press keeps):
 * Ким Чен Ын for KIM Jong Un, Ким Ё Чжон for KIM Yo Jong, Чхве Рён Хэ for CHOE Ryong Hae. Its
 * romanisation (kim chen yn, chkhve ren khe) meets the lists' McCune-Reischauer in the surname
 * at most. Read back syllable by syllable into Latin letters — an initial, a vowel and a final
 * each, with the choices Cyrillic leaves open (е for ㅕ yo, ㅓ o or ㅔ e; н for n or ng) — a
 * given-name word takes the Latin side's spelling of it when one of its readings folds as that
 * spelling does (cdn_korean_fold, hangul.h), and the surname the Latin side's spelling when it
 * is one of the surname's (the table below, the Kontsevich spellings of the common surnames of
 * Wikipedia's "List of Korean surnames"). The scorer then compares what the systems agree on,
 * as it does for a name in Hangul (korean_names.h).
 */
#ifndef CDN_KOREAN_CYRILLIC_H
#define CDN_KOREAN_CYRILLIC_H

#include <stdbool.h>
#include <stddef.h>

#include "index/index_int.h"
#include "match/analyze.h"
#include "match/korean_names.h"

/* Whether t[0..m) may be a Korean name in Cyrillic: two to four Cyrillic words, the first or
 * the last a Korean surname of the table. The cheap test, asked once per query. */
bool cdn_korean_cyrillic_name(const cdn_token *t, size_t m);

/*
 * Whether the Korean name in Cyrillic cyr[0..m) (cdn_korean_cyrillic_name) reads differently
 * against the Latin tokens latin[0..k); if so, fills out with the reading: each word with the
 * Latin side's spelling it reads as, the others as they were. False also when a word other than
 * the surname is no run of Kontsevich syllables.
 */
bool cdn_korean_cyrillic_reading_of(const cdn_token *cyr, size_t m, const cdn_token *latin, size_t k,
                                    cdn_korean_reading *out);

/*
 * Writes into out (up to cap readings of CDN_KOREAN_CYRILLIC_MAX bytes each) the Latin
 * spellings the normalized Cyrillic word text reads as, syllable by syllable, in
 * McCune-Reischauer's letters (Чжон: jon, jong, jo-n...; Ын: un, ung), and returns how many: 0
 * when it is no run of Kontsevich syllables. For search and the scanner, which look their keys
 * up.
 */
enum { CDN_KOREAN_CYRILLIC_MAX = 24 };
size_t cdn_korean_cyrillic_spellings(const char *text, char out[][CDN_KOREAN_CYRILLIC_MAX], size_t cap);

/*
 * Calls found(ctx, key) once for each key of the index that t, a word of a Korean name in
 * Cyrillic (cdn_korean_cyrillic_name), reads as: for the surname (surname true) its table's
 * Latin spellings (Чхве: choe, choi), for another word its spellings in McCune-Reischauer's
 * letters (Чен: jong, chong...). Search gathers candidates by these keys and the scanner lets a
 * text's words lead to them, so both reach the same names.
 */
void cdn_korean_cyrillic_keys(const cordon_index *idx, const cdn_token *t, bool surname,
                              void (*found)(void *ctx, const cdn_ikey *key), void *ctx);

/* The Latin spellings (space-separated) of the Korean surname written text in Cyrillic, or
 * NULL when it is none of the table's. */
const char *cdn_korean_cyrillic_surname(const char *text);

#endif
