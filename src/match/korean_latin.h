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

#endif
