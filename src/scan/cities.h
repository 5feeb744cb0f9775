/*
 * cities.h — the names of cities that listed names are made of (BANK SAINT-PETERSBURG, MOSCOW
 * INDUSTRIAL BANK, the vessel DUBAI). In running text such a name alone is the place, not the
 * party: "in Saint Petersburg" mentions no bank (window.c), as a country's name mentions nobody.
 */
#ifndef CDN_CITIES_H
#define CDN_CITIES_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the normalized words (joined by single spaces, len bytes) are a city's name. */
bool cdn_is_city(const char *words, size_t len);

/* Whether the normalized words (joined by single spaces, len bytes) are the name of a state of
 * the United States: the US lists name companies after them (ARIZONA S.A., a CSL party), and
 * US news names them ("the desert of southern Arizona"). */
bool cdn_is_us_state(const char *words, size_t len);

/* Name i of the table, in byte order (for the test that it is); NULL past the last. */
const char *cdn_city_at(size_t i);

#endif
