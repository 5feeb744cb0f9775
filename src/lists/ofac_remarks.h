/*
 * ofac_remarks.h — reading the Remarks column of OFAC's legacy CSV files into the entity model.
 *
 * OFAC's sdn.csv and cons_prim.csv have one free-text Remarks column that carries most of what
 * OFAC knows about a party, as "; "-separated items ending with a period:
 *
 *     DOB 30 Aug 1954; alt. DOB 31 Aug 1954; POB Kopys, Vitebsk oblast, Belarus;
 *     nationality Belarus; Gender Male; Passport 1234 (Belarus) issued 2010;
 *     a.k.a. 'BNC'; Linked To: HIZBALLAH.
 *
 * This module turns the items it knows (dates and places of birth, nationality and citizenship,
 * gender, identity documents and registration numbers, vessel and aircraft identifiers,
 * e-mail, websites, phone numbers, digital currency addresses, weak and former names, links to
 * other parties, dates of establishment or build) into builder calls. Items it does not know
 * (sanctions notes, directive texts, positions repeated from the Title column) are left to the
 * remarks text, which the loader keeps whole. Items it knows but cannot read (a date of birth
 * that is no date, a country name that is no country) are reported as findings, so the loader
 * can count them as repaired records.
 *
 * It is its own module, apart from the loader's CSV handling, so that it can be tested with a
 * golden table of real remark strings (tests/unit/test_ofac_remarks.c).
 */
#ifndef CDN_OFAC_REMARKS_H
#define CDN_OFAC_REMARKS_H

#include <stdbool.h>
#include <stddef.h>

#include "cordon.h"
#include "core/strbuf.h"
#include "model/entity.h"

/* Why an item known to the parser could not be used in full. Each is a constant phrase the
 * loader passes on as a load-report reason. */
extern const char CDN_OFAC_BAD_DATE[];    /* "date in the remarks not understood (kept in the remarks)" */
extern const char CDN_OFAC_BAD_COUNTRY[]; /* "country name not recognised (kept as text)" */

/* One problem found in a record's remarks: a reason above and what exactly was wrong. */
typedef struct cdn_ofac_finding {
    const char *reason;
    char detail[160];
} cdn_ofac_finding;

/*
 * Resolves a party's name as the remarks give it ("Linked To: NAME") to the one entity of the
 * same list with that name. Returns its id and sets *caption to its name as the list writes it
 * (the remarks may have lost a final period of the name to their own), or returns NULL when
 * none or several entities have the name. Both strings are copied by the caller before the next
 * call.
 */
typedef const char *(*cdn_ofac_resolve_fn)(void *arg, const char *name, size_t len, const char **caption);

/* What the parser needs besides the builder; fill with cdn_ofac_remarks_init. */
typedef struct cdn_ofac_remarks {
    cdn_ofac_resolve_fn resolve; /* may be NULL: relations then carry names only */
    void *resolve_arg;
    cdn_ofac_finding findings[4]; /* the first finding of each reason in the last record */
    size_t n_findings;
    cdn_strbuf scratch;           /* owned */
} cdn_ofac_remarks;

void cdn_ofac_remarks_init(cdn_ofac_remarks *p, cdn_ofac_resolve_fn resolve, void *resolve_arg);
void cdn_ofac_remarks_free(cdn_ofac_remarks *p);

/*
 * Parses the remarks text (UTF-8, len bytes; "" or OFAC's "-0-" for none) of the record in b,
 * whose schema must already be set, and adds what it says to b. The remarks text itself is not
 * stored: the caller does that. p->findings is reset first and lists what could not be read.
 * Returns true, or false when out of memory.
 */
bool cdn_ofac_remarks_parse(cdn_ofac_remarks *p, cdn_entity_builder *b, const char *remarks, size_t len);

/*
 * Adds a name as OFAC writes it. For a person, "FAMILY, Given Middle names" also sets the name
 * parts: the words before the first comma are the family name, the first word after it the
 * given name, and any further words middle names (OFAC does not mark patronymics; the matcher
 * recognises them by their endings). scratch is working memory. Returns false when out of
 * memory.
 */
bool cdn_ofac_add_name(cdn_entity_builder *b, cordon_name_kind kind, const char *name, size_t len,
                       cdn_strbuf *scratch);

/*
 * Finds the country a place names: the whole text, or its last one or two comma-separated parts
 * ("Kopys, Vitebsk oblast, Belarus" -> BY; "Pyongyang, Korea, North" -> KP). Writes the ISO
 * alpha-2 code to code and returns true, or returns false.
 */
bool cdn_ofac_place_country(const char *place, size_t len, char code[3]);

/* How many bytes of the UTF-8 text s (len bytes) to show in a message: at most max, never
 * cutting a character in two (a message must stay valid UTF-8). */
int cdn_ofac_shown_len(const char *s, size_t len, size_t max);

#endif
