/*
 * opensanctions.h — what the two OpenSanctions loaders (ftm.c for FollowTheMoney JSON,
 * os_simple_csv.c for targets.simple.csv) share: which FtM schemata are screened parties, name
 * scripts, country codes and dates as FtM writes them, the dataset's index.json, and the list id
 * and version when the data does not carry them.
 *
 * FtM values are strings: countries are lower-case ISO 3166-1 alpha-2 codes ("ru"), dates are ISO
 * 8601 with their precision ("1954", "1954-08", "1954-08-30", or a date-time)
 * (https://followthemoney.tech/explorer/types/country/ and .../types/date/).
 */
#ifndef CDN_OPENSANCTIONS_H
#define CDN_OPENSANCTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strmap.h"
#include "lists/loader.h"

/* True when schema (an FtM schema name) is one cordon screens, with *out its cordon schema:
 * Person; Organization, Company, PublicBody; LegalEntity (a person or an organisation); Vessel;
 * Airplane (an Aircraft). */
bool cdn_os_party_schema(const char *schema, cordon_schema *out);

/* True when most letters of the UTF-8 text s are of a script other than Latin (Cyrillic, Arabic,
 * Greek, CJK, ...); digits, spaces and punctuation do not count. */
bool cdn_os_non_latin(const char *s, size_t len);

/* The kind a name of the given kind gets: a plain alias written in a non-Latin script is
 * recorded as CORDON_NAME_ORIGINAL_SCRIPT; every other kind stays as it is. */
cordon_name_kind cdn_os_name_kind(cordon_name_kind kind, const char *s, size_t len);

/*
 * Adds the country value to ld->builder with role: an FtM code ("ru", either case) or a country
 * name or alpha-3 code that cdn_country_code knows. Anything else (FtM's historic and regional
 * codes such as "suhh" or "ua-cri") is not added and counted as a repair of the record at
 * file:line whose id is owner. Returns CORDON_OK or CORDON_ENOMEM.
 */
int cdn_os_add_country(cdn_loader *ld, const char *file, long line, const char *owner, const char *value, size_t len,
                       cordon_country_role role);

/* Parses an FtM date ("1954", "1954-08", "1954-08-30"; a time after the date is ignored).
 * Returns true and fills *out, or false. */
bool cdn_os_parse_date(const char *value, size_t len, cordon_date_range *out);

/* Adds the FtM date value as a birth (or incorporation, build) date to ld->builder; a value that
 * does not parse is dropped and counted as a repair. Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_os_add_birth_date(cdn_loader *ld, const char *file, long line, const char *owner, const char *value,
                          size_t len);

/*
 * The load-report reason before + schema + after, e.g. "FtM schema Payment is not a screened
 * party". Reasons must outlive the load report, so each distinct one is copied once into the
 * index arena and remembered in cache (the caller's; keys in the arena). Returns NULL when out
 * of memory.
 */
const char *cdn_os_reason(cdn_loader *ld, cdn_strmap *cache, const char *before, const char *schema,
                          const char *after);

/* What a dataset's index.json says about it (OpenSanctions writes one beside every export). */
typedef struct cdn_os_index {
    bool found;
    char name[128];       /* the dataset name, e.g. "wd_persons" */
    char title[512];      /* e.g. "Wikidata Politically Exposed Persons" */
    char updated_at[64];  /* e.g. "2024-03-10T15:37:28" */
} cdn_os_index;

/* Reads index.json from the directory of the file data_path; out->found is false when there is
 * none or it is not a JSON object with a "name". */
void cdn_os_read_index(const char *data_path, cdn_os_index *out);

/*
 * A list id for a source that names no dataset: the file name without its extensions
 * ("opensanctions-parteispenden.ftm.json" -> "opensanctions-parteispenden"), or the directory
 * name when the file has one of the export's generic names (entities.ftm.json,
 * targets.nested.json, targets.simple.csv, entities.delta.json) or path is a directory.
 */
void cdn_os_list_id_from_path(const char *path, char *out, size_t size);


#endif
