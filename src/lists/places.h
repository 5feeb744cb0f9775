/*
 * places.h — addresses, places of birth and countries as the official lists write them, for the
 * loaders of the UN and EU lists.
 *
 * The lists give a place as separate parts (street, city, region, country, a note) and a country
 * as an English name or an ISO alpha-3 code. A place becomes one string of its parts as
 * published; a country becomes an ISO alpha-2 code through cdn_country_code (model/countries.h).
 * A country that maps to no code is never dropped: the caller keeps its text where the model
 * has room for it (the address, the place of birth, an identifier's note, the remarks) and the
 * loader counts it as a repair.
 */
#ifndef CDN_PLACES_H
#define CDN_PLACES_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strbuf.h"
#include "lists/loader.h"

/* Appends the len bytes of part to out, preceded by sep when out is not empty. A part that is
 * empty, only spaces, or a word for "not known" (cdn_place_unknown) is skipped. Returns false
 * only when out of memory. */
bool cdn_place_append(cdn_strbuf *out, const char *sep, const char *part, size_t len);

/*
 * Maps the country written as text (a name, an alpha-3 or an alpha-2 code; len bytes) to its
 * alpha-2 code in code. Sets *found to whether it mapped.
 *
 * Empty text, and the lists' words for "not known" (cdn_place_unknown), map to nothing and
 * count nothing: *found is false and the function returns CORDON_OK. Any other text that maps to
 * no country is counted with cdn_loader_repair(ld, file, line, reason, ...): reason is the
 * caller's constant phrase saying where the text was kept; the message names the record (who,
 * e.g. "QDi.430: " or "entity 13: ", may be NULL) and the field (what: "nationality",
 * "issuing country"). Returns CORDON_OK or CORDON_ENOMEM.
 */
int cdn_place_country_code(cdn_loader *ld, const char *file, long line, const char *who, const char *text, size_t len,
                           const char *what, const char *reason, bool *found, char code[3]);

/* As cdn_place_country_code, and adds the country found to the entity being built with role
 * (code may be NULL when the caller does not need it). */
int cdn_place_country(cdn_loader *ld, const char *file, long line, const char *who, const char *text, size_t len,
                      cordon_country_role role, const char *reason, bool *found, char code[3]);

/* True when text (len bytes) is one of the words the lists use for an unknown country or value:
 * "na", "n/a", "unknown", "-" (any case, surrounding spaces ignored). */
bool cdn_place_unknown(const char *text, size_t len);

#endif
