/*
 * dates.h — calendar dates with their precision, as sanctions lists write them.
 */
#ifndef CDN_DATES_H
#define CDN_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "cordon.h"

/* True when d has a valid year (1000..9999), and a valid month and day for it where known
 * (month/day 0 mean unknown; a day needs a month). */
bool cdn_date_valid(const cordon_date *d);

/* Orders two dates by year, then month, then day (unknown parts sort first). */
int cdn_date_compare(const cordon_date *a, const cordon_date *b);

/*
 * Parses an ISO-style date: "YYYY", "YYYY-MM", "YYYY-MM-DD", or a range "A..B" of two of them.
 * Returns true and fills *out, or false for anything else (including impossible dates).
 */
bool cdn_date_parse_iso(const char *text, size_t len, cordon_date_range *out);

/*
 * Parses a date as the publishers write them, in English:
 *   ISO forms and "A..B" as above;  "30 Aug 1954", "30 August 1954", "Aug 1954", "1954";
 *   "30/08/1954", "30.08.1954" (day first), with 00, "dd" or "mm" for an unknown day or month;
 *   ranges "1960 to 1962", "1960-1962", "between 1960 and 1962", "from 1960 to 1962";
 *   "circa 1960", "c. 1960", "approximately 1960", "approx. 1960", "about 1960" (sets approximate).
 * Surrounding spaces and a trailing period are ignored. Returns true and fills *out, or false.
 */
bool cdn_date_parse_text(const char *text, size_t len, cordon_date_range *out);

/* Formats a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" ("" for an empty date) into buf. */
void cdn_date_format(const cordon_date *d, char *buf, size_t size);

#endif
