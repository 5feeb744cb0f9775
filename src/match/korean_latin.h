/*
 * korean_latin.h — a Korean name in Latin letters against another: Revised Romanization (the
 * South's: Kim Jong-eun, Kim Yeo-jeong, Bak Gwang-hun) and McCune-Reischauer (the North's, and
 * the lists': KIM Jong Un, KIM Yo Jong, PAK Kwang Hun) spell one name differently in almost
 * every syllable, and no spelling rule for European names makes them meet. Where both names are
 * Korean names in Latin letters — a surname of hangul.h's table and a given name of two
 * syllables — both are read in one form: the surname as its table entry's first spelling, the
 * given name's words folded as cdn_korean_fold folds them.
 */
#ifndef CDN_KOREAN_LATIN_H
#define CDN_KOREAN_LATIN_H

#include <stdbool.h>
#include <stddef.h>

#include "index/index_int.h"
#include "match/analyze.h"
#include "match/korean_names.h"

/*
 * Whether t[0..count) is a Korean name in Latin letters: two to four words, the first (or,
 * when it is not, the last; or the one marked as the family name) a surname of the table's
 * spellings, the others Korean syllables (hangul.h) making a given name of two syllables
 * (Jong Un, Jong-eun, Jongun), or of one beside a surname of two letters or more. Sets
 * *surname to the surname's word.
 */
bool cdn_korean_latin_name(const cdn_token *t, size_t count, size_t *surname);

/*
 * Fills out with t[0..count) (a Korean name in Latin letters, surname at the word surname) read
 * in one form: the surname as its table entry's first spelling, the other words folded. The
 * words keep their text, so that a pair met only through the reading shows the spellings it
 * joined. Returns false when a word does not fit.
 */
bool cdn_korean_latin_reading(const cdn_token *t, size_t count, size_t surname, cdn_korean_reading *out);

/*
 * Gives back its own spelling to each word of a (read from the tokens orig) whose reading no
 * word of b shares, alone or with its neighbour written together: folded forms a letter apart
 * are further apart than their spellings (Jun and Chol fold to chun and chul), so only a
 * reading both names share may stand for a word. Reads b's folded strings (b->latin), which it
 * leaves as they are: a and b may each be given back their spellings in turn.
 */
void cdn_korean_latin_keep_shared(cdn_korean_reading *a, const cdn_token *orig, const cdn_korean_reading *b);

/*
 * Whether two Korean names in Latin letters (cdn_korean_latin_name, both) are two people of one
 * surname whose given names are the same syllables in another order: under some reading of
 * each, their surnames agree (cdn_korean_same_surname) and their given-name
 * words meet one another only out of order, and under no reading in order (a surname: the
 * first word or the last, or one marked as the family name). A Korean given name
 * is its syllables in their order: Kim Il Sung is not the Kim Song Il listed as Song Il Kim. Words
 * meet when they fold alike (cdn_korean_fold), but for an initial r or n the South leaves out
 * (Yong Hae, Ryong Hae), or share a cross-orthography key (Jong Sik, Yong Sik). So are two
 * whose given names meet in order but for one syllable that begins with another consonant
 * however romanised (Kim Jong Il is not Kim Song Il), unless that consonant's key neighbours the
 * other's on a keyboard (Kim Hong Un may be a typing error for Kim Jong Un); another syllable
 * of the same initial is left to the scorer: a misspelling looks just like one. A given name
 * of one syllable that is the second of the other's two is another too (Kim Il is not KIM Jong
 * Il); the second left out is not (Kim Jong, KIM Jong Un: lists give it as a middle name).
 */
bool cdn_korean_latin_other_given(const cdn_token *q, size_t m, const cdn_token *n, size_t k);


/*
 * Calls found(ctx, key) for each key of the index that another romanisation of t leads to, t
 * being a word of a Korean name in Latin letters (cdn_korean_latin_name): for the surname
 * (surname true) the table's other spellings of it (Jang: chang), for a word of the given name
 * its McCune-Reischauer spellings (Jong-eun's eun: un; Gyeong: kyong; with ch for j). Its own
 * spelling is left out: its keys are looked up already. Search gathers candidates by these keys
 * and the scanner lets a text's words lead to them, so both reach the same names.
 */
void cdn_korean_latin_keys(const cordon_index *idx, const cdn_token *t, bool surname,
                           void (*found)(void *ctx, const cdn_ikey *key), void *ctx);

#endif
