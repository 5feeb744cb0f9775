/*
 * name_forms.h — the forms one East Slavic given name takes in Russian, Ukrainian and
 * Belarusian, as the lists romanise them.
 *
 * One person is Sergey in a Russian document, Serhiy in a Ukrainian one and Siarhei in a
 * Belarusian one; OFAC lists all three as a.k.a.s of one another. No spelling rule joins them
 * (the languages' vowels and consonants differ, not their spelling): a table of the forms does.
 * The same table holds a few everyday short forms of other languages' given names (Tony for
 * Antoine, Lalo for Eduardo, Kakha for Kakhaber), which no spelling rule joins either.
 */
#ifndef CDN_NAME_FORMS_H
#define CDN_NAME_FORMS_H

#include <stdbool.h>
#include <stddef.h>

/* The Russian form standing for the given name latin (plain ASCII, lower case: serhiy →
 * "sergey"), or NULL when the name is not in the table. */
const char *cdn_name_form(const char *latin);

/* The most forms one name has in the table. */
enum { CDN_NAME_FORMS_MAX = 16 };

/* The other forms of the given name latin (plain ASCII, lower case) in the table, into out
 * (serhiy: sergey, sergei, siarhei, ...; latin itself left out); returns their count, 0 when
 * latin is not in the table. */
size_t cdn_name_forms_of(const char *latin, const char *out[CDN_NAME_FORMS_MAX]);

/* Whether the table is in byte order (the binary search needs it) and every form in it passes
 * cdn_may_be_name_form (for the unit tests: a form added out of order, or whose first two letters
 * the hand-written bitmap lacks, would quietly stop being recognised). */
bool cdn_name_forms_consistent(void);

/* Whether latin may be in the table at all, from its length and first two letters: a test of a
 * few instructions that most words fail. */
bool cdn_may_be_name_form(const char *latin, size_t len);

#endif
