/*
 * freetext.h — countries, enumerated items and document numbers in the free-text fields of the
 * official lists.
 *
 * Publishers write several values into one field in prose: OFSI's "1) Saudi Arabia 2) Qatar",
 * "(1)-(2) Tunisia (3) Libya", "Passport No: 592667 (Qatari passport issued on 3 May 2007).",
 * the CSL's "Tall 'Afar, Iraq". These helpers take such text apart without allocating; what
 * they cannot read stays with the caller, who keeps the text and reports it. Private to the
 * list loaders.
 */
#ifndef CDN_FREETEXT_H
#define CDN_FREETEXT_H

#include <stdbool.h>
#include <stddef.h>

/* A piece of a longer string (not NUL-terminated). */
typedef struct cdn_span {
    const char *s;
    size_t len;
} cdn_span;

/*
 * Finds the countries named in text, left to right: the longest run of words (up to seven)
 * that cdn_country_code knows wins, so "Democratic People's Republic of Korea" is one country
 * and "1) Saudi Arabia 2) Qatar" two. Runs never cross enumeration markers, numbers or
 * parentheses. Writes up to max ISO alpha-2 codes, each once, to codes; returns how many.
 */
size_t cdn_text_countries(const char *text, size_t len, char (*codes)[3], size_t max);

/*
 * Splits an enumeration — "(1) a (2) b", "1) a 2) b", "a) x b) y", "(a) x, (b) y", ranges
 * such as "(1)-(2) x" — into its items, trimmed of spaces and of the separating ", " or ";".
 * A marker counts only at the start or after a space. Text without markers is one item; empty
 * items are dropped. Writes up to max items and returns how many there are (which may be more
 * than max).
 */
size_t cdn_text_enumeration(const char *text, size_t len, cdn_span *items, size_t max);

/*
 * The document number in one item of a passport or identity field: the first word holding a
 * digit (letters, digits, '-', '/', and '.' between digits, as in "A-333602", "B/001897",
 * "09.5004.180268.0074"), joined with the all-digit words that follow it after one space ("96
 * 03 464086"). Words after "issued", "expires", "valid", "under" or "dob" are not numbers.
 * Returns false when there is none.
 */
bool cdn_text_document_number(const char *text, size_t len, cdn_span *number);

/*
 * The issuing country of a document described by item: the first country named inside
 * parentheses ("(Tunisian)", "(False Indonesian)"), else before the number ("Tunisia number
 * G557170", "Saudi Arabian passport no."). number is the span found by
 * cdn_text_document_number (inside item). Returns false when neither names one.
 */
bool cdn_text_document_country(const char *item, size_t len, const cdn_span *number, char code[3]);

/* True when the seven digits at s form an IMO ship number: the last digit is the sum of the
 * others weighted 7..2, modulo 10 (IMO Resolution A.1117(30), Annex). Company and registered
 * owner numbers, also seven digits, fail this check. */
bool cdn_imo_ship_number(const char *s);

/* Lower-case ASCII substring search in the first len bytes of text (needle is lower case). */
bool cdn_text_has(const char *text, size_t len, const char *needle);

#endif
