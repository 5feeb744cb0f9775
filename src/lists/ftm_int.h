/*
 * ftm_int.h — the private interface between the parts of the FollowTheMoney loader:
 * ftm.c (sources, list id and version), ftm_store.c (reading files and deltas into a store of
 * records keyed by FtM id, with the links between them) and ftm_entity.c (turning each screened
 * record, with what links to it, into a cordon entity).
 *
 * cordon freezes entities one at a time, but an FtM entity's sanctions, identifications,
 * addresses and relations are separate entities that may come before or after it, and delta
 * files may replace or delete any of them. So the loader first collects every entity of the
 * source: as its compact JSON text (parsed again when needed, so memory stays near the size of
 * the file instead of the tenfold of parsed JSON), with its links indexed by the id they point
 * to. Only then does it build the cordon entities.
 */
#ifndef CDN_FTM_INT_H
#define CDN_FTM_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "core/arena.h"
#include "core/strmap.h"
#include "core/vec.h"
#include "lists/loader.h"

/* What a record is to cordon. */
typedef enum ftm_kind {
    FTM_UNDEFINED = 0, /* an id that is only referred to, never (or no longer) defined */
    FTM_PARTY,         /* a screened party: Person, Organization, Company, ... */
    FTM_LINK,          /* points at parties: Sanction, Identification, Ownership, Family, ... */
    FTM_DETAIL,        /* referred to by parties or links: Address, Position */
    FTM_OTHER          /* anything else: not screened */
} ftm_kind;

/* How a link adds to the entity it points at. */
typedef enum ftm_use { USE_SANCTION, USE_IDENT, USE_WALLET, USE_OCCUPANCY, USE_RELATION } ftm_use;

/*
 * One way a record points at a party. A link record of schema `schema` names the party in
 * property `prop`; for USE_RELATION the party gets a relation of type `relation` to the entity
 * named in property `other` of the link (or to the link record itself when other is NULL: a
 * party's own reference, such as a vessel's owner, seen from the other end).
 *
 * Relation types read "this entity is <type> of the target": an owner has "owner" relations to
 * what it owns, an asset has "owned_by" relations to its owners.
 */
typedef struct ftm_role {
    const char *schema; /* NULL: any party schema */
    const char *prop;
    ftm_use use;
    const char *relation;
    const char *other;
} ftm_role;

extern const ftm_role FTM_ROLES[];
extern const size_t FTM_N_ROLES;

enum { FTM_NO_LINK = UINT32_MAX };

typedef struct ftm_record {
    const char *id;         /* in the store arena */
    const char *json;       /* the entity object as compact JSON, nested entities replaced by ids */
    size_t json_len;
    const char *schema;     /* interned */
    const char *dataset;    /* its first dataset, or NULL */
    const char *caption;    /* its caption, else its first name, or NULL */
    const char *file;       /* the source file it came from, for messages */
    long line;
    uint32_t generation;    /* bumped on every replacement or deletion: older links are stale */
    uint32_t first_link, last_link; /* links pointing at this record, in file order */
    ftm_kind kind;
    cordon_schema party;    /* for FTM_PARTY */
    bool live;              /* defined and not deleted */
    bool embedded;          /* defined only inside another entity (nested exports) */
    bool used;              /* a link or detail that added something to an emitted entity */
    bool ordered;           /* already in the store's emission order */
} ftm_record;

typedef struct ftm_link {
    uint32_t from;       /* the record that points */
    uint32_t generation; /* its generation when it pointed */
    uint32_t next;
    uint16_t role;       /* index into FTM_ROLES */
} ftm_link;

typedef struct ftm_store {
    cdn_loader *ld;
    cdn_arena arena;        /* ids, JSON texts, interned strings: freed with the store */
    cdn_vec records;        /* ftm_record */
    cdn_strmap by_id;       /* FtM id -> record index + 1 */
    cdn_vec order;          /* uint32_t record indexes, in order of first definition */
    cdn_vec links;          /* ftm_link */
    cdn_strmap strings;     /* interned schema and dataset names -> themselves */
    cdn_strmap datasets;    /* dataset name -> count of entities naming it (as uintptr_t) */
    cdn_vec dataset_order;  /* const char *, datasets in order of first mention */
    cdn_strmap reasons;     /* load-report reasons made per schema (cdn_os_reason) */
    char newest_seen[32];   /* the latest last_seen of any entity read */
    const char *last_delta; /* the version folder of the last delta file applied, or NULL */
} ftm_store;

/* ---- ftm_store.c ---------------------------------------------------------------------------- */

void ftm_store_init(ftm_store *st, cdn_loader *ld);
void ftm_store_free(ftm_store *st);

/*
 * Reads one file of FtM lines into the store: entity objects, or delta operations
 * {"op": "ADD"|"MOD"|"DEL", "entity": {...}}. A plain entity whose id is already defined by an
 * earlier plain line is skipped as a duplicate; ADD replaces (counted), MOD replaces, DEL
 * removes; MOD or DEL of an id that is not loaded is skipped (counted). *lines gets the number
 * of lines that were not blank. Returns CORDON_OK, or CORDON_EDATA when a line is not JSON or
 * the first line is not FtM at all, CORDON_EIO, CORDON_ENOMEM (the message in st->ld->err).
 */
int ftm_store_read(ftm_store *st, const char *path, size_t *lines);

/* The record for an FtM id, or NULL. */
ftm_record *ftm_store_find(const ftm_store *st, const char *id, size_t len);

static inline ftm_record *ftm_store_at(const ftm_store *st, uint32_t i)
{
    return (ftm_record *)cdn_vec_at(&st->records, i);
}

/* Parses a record's JSON again. Returns a new reference, or NULL when out of memory. */
json_t *ftm_record_parse(const ftm_record *rec);

/* The values of one property, as json_object_get(properties, prop) gives them: ftm_n counts them
 * (an array's length; 1 for a lone string; 0 for NULL), ftm_str returns value i with *len its
 * length, or NULL when it is not a string. */
size_t ftm_n(const json_t *values);
const char *ftm_str(const json_t *values, size_t i, size_t *len);

/* The properties object of an entity object (NULL when it has none). */
static inline const json_t *ftm_props(const json_t *entity)
{
    return json_object_get(entity, "properties");
}

/* ---- ftm_entity.c --------------------------------------------------------------------------- */

/*
 * Emits every live party of the store, in order of first definition, with everything its links
 * and details add; then reports every record that added nothing (skipped, by schema). Returns
 * CORDON_OK or CORDON_ENOMEM.
 */
int ftm_emit(ftm_store *st);

#endif
