/*
 * countries.h — country names as the sanctions lists write them ("Russian Federation", "Korea,
 * North", "Iran (Islamic Republic of)", "Syrian", "DPRK", "RUS"), mapped to ISO 3166-1 alpha-2
 * codes, and back to one English name per code.
 *
 * The lookup is exact after folding (no fuzzy matching): a loader can trust a hit, and a miss
 * means the value says something other than a country name ("Crimea", "Afghanistan (since
 * 2009)", "(1) Iraq (2) Syria"), which the loader has to take apart or report.
 */
#ifndef CDN_COUNTRIES_H
#define CDN_COUNTRIES_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Looks up a country by name, alpha-3 or alpha-2 code, and writes its ISO 3166-1 alpha-2 code
 * (upper case, NUL-terminated) to code. Returns true when found; otherwise code is "" and the
 * result is false. name need not be NUL-terminated; len is its length in bytes.
 *
 * Names are matched exactly after folding: ASCII letters to lower case, runs of whitespace and
 * ASCII punctuation to one space (so "Korea, North", "Guinea-Bissau" and "Iran (Islamic
 * Republic of)." fold to plain words), apostrophes dropped ("People's" = "Peoples"), "&" read
 * as "and", a leading "the" ignored. Bytes outside ASCII are compared as they are: "Türkiye"
 * matches, "TÜRKIYE" does not; the table also holds the unaccented spellings ("Turkiye").
 *
 * Codes must be written in upper case ("RU", "RUS"): in a nationality or country field "na"
 * means not available and "and", "per" or "can" are words, not Namibia, Andorra, Peru or
 * Canada.
 *
 * Besides the current ISO codes, XK (Kosovo, user-assigned) and the former codes SU (Soviet
 * Union), YU (Yugoslavia), AN (Netherlands Antilles) and CS (Serbia and Montenegro) of ISO
 * 3166-3 can be returned: the lists still give them as places of birth and nationalities.
 *
 * Thread-safe: the tables are constant and nothing is allocated.
 */
bool cdn_country_code(const char *name, size_t len, char code[3]);

/* The English short name of an alpha-2 code (e.g. "RU" -> "Russia"), or NULL when code (either
 * case) is not one cdn_country_code can return. The string is static. */
const char *cdn_country_name(const char *code);

/* The i-th entry of the lookup table in key order: returns its folded key and writes its code to
 * code; returns NULL when i is past the end. For the tests and tools that check the table. */
const char *cdn_country_key_at(size_t i, char code[3]);

#endif
