/*
 * stopwords.h — the function words of the languages cordon scans (articles, pronouns,
 * conjunctions, prepositions, auxiliaries): capitalised at the start of a sentence they look
 * like names, and some are tokens of listed names (AS, IT, THE, DER), but a name in running
 * text never begins or ends with one, and one alone is never a mention.
 */
#ifndef CDN_STOPWORDS_H
#define CDN_STOPWORDS_H

#include <stdbool.h>
#include <stddef.h>

/* True when the normalized word (normalize.h: case-folded, marks stripped) is a function word of
 * English, German, French, Spanish, Russian, Ukrainian, Polish or Arabic. */
bool cdn_is_stopword(const char *word, size_t len);

/* The i-th word of the table (in byte order), or NULL past the end: for the test that checks
 * the table is sorted, as the lookup needs. */
const char *cdn_stopword_at(size_t i);

/* Which language a function word marks: German text capitalises every noun, English writes
 * plural family names (the Guptas), and only Polish declines Latin names with its endings
 * (inflect.h). */
typedef enum cdn_stop_language {
    CDN_STOP_OTHER = 0,
    CDN_STOP_GERMAN,
    CDN_STOP_ENGLISH,
    CDN_STOP_POLISH,
    CDN_STOP_FRENCH,
    CDN_STOP_SPANISH,
    CDN_STOP_LANGUAGES /* how many */
} cdn_stop_language;

/* The language the normalized word is a common function word of, when it is one of the few
 * that mark German, English, Polish, French or Spanish text (frequent, and no word of the
 * others); CDN_STOP_OTHER otherwise. */
cdn_stop_language cdn_stopword_language(const char *word, size_t len);

/* The i-th word that marks a language (cdn_stopword_language), or NULL past the end: for the
 * test that checks each is a function word too, as the scanner asks only function words which
 * language they mark (a marker missing from the function words never counts). */
const char *cdn_stopword_marker_at(size_t i);

#endif
