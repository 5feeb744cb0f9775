/*
 * us_csl.h — what the two halves of the US Consolidated Screening List loader share: the
 * "ids" column reader (us_csl_ids.c) for the row reader (us_csl_csv.c). Private to them.
 */
#ifndef CDN_US_CSL_H
#define CDN_US_CSL_H

#include "core/strbuf.h"
#include "lists/loader.h"

/* Where a value being read comes from, for the load report. */
typedef struct cdn_csl_origin {
    cdn_loader *ld;
    const char *path;
    long line;
    const char *native_id;
    cdn_strbuf *scratch;     /* for composed notes and remarks; reset by each user */
} cdn_csl_origin;

/*
 * Reads one row's "ids" column into ld->builder: identifiers with type, issuing country and a
 * note, the gender, dates of incorporation and build, registration countries, an aircraft's
 * operator, and the informational entries (sanctions notes, listing dates) as remarks.
 * Records it cannot place are reported as repairs and kept in the remarks. Returns CORDON_OK or
 * CORDON_ENOMEM.
 */
int cdn_csl_add_ids(const cdn_csl_origin *at, const char *ids);

/* Appends "label: value" to the entity's remarks. Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_csl_remark(const cdn_csl_origin *at, const char *label, const char *value, size_t len);

/* Reports a repair of this row: reason (static), then "id X: what 'value'". */
int cdn_csl_repair(const cdn_csl_origin *at, const char *reason, const char *what, const char *value, size_t len);

/* The ISO code of a country written as a code ("RU") or a name ("Russia", "Korea, North");
 * false when it is neither. */
bool cdn_csl_country(const char *text, size_t len, char code[3]);

#endif
