/*
 * generic_words.h — the generic words of organisations' names in translation.
 *
 * A company or body listed in Russian, Ukrainian or Belarusian is often also listed under an
 * English, German or French translation of its name: Гостиница «Планета» / Hotel Planeta, Агат
 * электромеханический завод / AGAT electromechanical Plant. Its own word (Planeta, Agat) is
 * romanised and meets its spelling; the generic word (hotel, plant, bank, ministry) is
 * translated, and no spelling rule meets гостиница with hotel. A small bilingual table of such
 * words does: each word is filed under a concept, and two words of one concept, one in Cyrillic
 * and one in Latin letters, are a translation of each other.
 */
#ifndef CDN_GENERIC_WORDS_H
#define CDN_GENERIC_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* The concept (1..) of a normalized word (normalize.h: lower case, no accents, й as и and ў as
 * у), or 0 when the word is not in the table. A Cyrillic word is found in any of its case
 * forms (завод, завода, заводом); a Latin one as written (plant, werk, usine). */
int cdn_generic_word(const char *word, size_t len);

/* Whether the Latin word (plain ASCII) may be in the table, from its length and first letter:
 * a test of a few instructions that most words fail. */
bool cdn_may_be_generic_latin(const char *word, size_t len);

/* Whether a word in Cyrillic letters (normalized) and a Latin word (plain ASCII, latin_len
 * bytes) are generic words of one concept: гостиница and hotel, завода and plant. */
bool cdn_generic_translation(const char *cyrillic, const char *latin, size_t latin_len);

/* Whether each table is in the order its search needs, and every Latin word passes
 * cdn_may_be_generic_latin (for the unit tests). */
bool cdn_generic_words_consistent(void);

#endif
