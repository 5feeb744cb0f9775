/*
 * json_out.h — the JSON shapes of cordon's results, shared by the CLI and the HTTP server so
 * that `cordon search --json` and `GET /search` (and scan, lists, entities) cannot drift apart.
 * Every function returns a new jansson reference (NULL only when memory ran out).
 */
#ifndef CDN_JSON_OUT_H
#define CDN_JSON_OUT_H

#include <jansson.h>

#include "cordon.h"

/* x rounded to 4 decimals: scores print without floating-point noise. */
double json_out_round4(double x);

/* A loaded list: id, format, version, source, counts and load issues. */
json_t *json_out_list(const cordon_list_info *list);

/* One search result in DESIGN.md's contract: id, list, schema, caption, matched_name, score,
 * match, programs, explanation. */
json_t *json_out_result(const cordon_result *r);

/* A date range as "YYYY[-MM[-DD]]", or "FROM/TO" for a range; written into buf (>= 32 bytes). */
const char *json_out_date(const cordon_date_range *d, char *buf, size_t size);

/* The whole entity: names with kinds and parts, dates, countries with roles, identifiers,
 * programs, addresses, relations, and its provenance (the list, its version and source). */
json_t *json_out_entity(const cordon_entity *e);

/* `cordon scan --json` for one document: {"document", "mentions", "entities"}, offsets into
 * text. Returns NULL when memory ran out. */
json_t *json_out_scan(const char *doc_name, const char *text, const cordon_mentions *m);

#endif
