/*
 * os_simple_csv.c — loader for OpenSanctions' "targets as simplified CSV" export
 * (targets.simple.csv, format `os-simple-csv`): one row per target, UTF-8, multiple values in a
 * cell separated by ';' (https://www.opensanctions.org/docs/bulk/csv/).
 *
 * Columns, each mapped on purpose:
 *   id              the FtM id; the entity id is "<dataset>:<id>"
 *   schema          Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane are
 *                   screened; other schemata are skipped and counted
 *   name            the primary name
 *   aliases         aliases (original script when not written in Latin letters)
 *   birth_date      dates of birth or incorporation, ISO with their precision
 *   countries       FtM country codes (role "other": the export does not say which link)
 *   addresses       addresses as text
 *   identifiers     identifiers of unknown type ("other": the export drops the type)
 *   sanctions       sanction programs
 *   program_ids     OpenSanctions program ids (newer exports), as programs
 *   phones, emails  phone and email identifiers
 *   dataset         the dataset titles: the source list; with the dataset's index.json beside
 *                   the file, its title maps to the dataset name used in ids and as the list id
 *   first_seen, last_change   not used (OpenSanctions' own crawl history)
 *   last_seen       the latest one is the version when there is no index.json
 * Other columns are ignored. id, schema and name are required.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/strmap.h"
#include "lists/csv.h"
#include "lists/loader.h"
#include "lists/opensanctions.h"
#include "text/utf8.h"

enum column {
    C_ID, C_SCHEMA, C_NAME, C_ALIASES, C_BIRTH_DATE, C_COUNTRIES, C_ADDRESSES, C_IDENTIFIERS, C_SANCTIONS,
    C_PROGRAM_IDS, C_PHONES, C_EMAILS, C_DATASET, C_LAST_SEEN, N_COLUMNS
};

static const char *const COLUMNS[N_COLUMNS] = {
    "id", "schema", "name", "aliases", "birth_date", "countries", "addresses", "identifiers", "sanctions",
    "program_ids", "phones", "emails", "dataset", "last_seen",
};

typedef struct reader {
    cdn_loader *ld;
    cdn_csv csv;
    const char *path;
    int field_of[N_COLUMNS];
    size_t n_header;
    cdn_strmap ids;          /* native id -> line of first use; keys in the index arena */
    cdn_strmap reasons;      /* per-schema skip reasons */
    cdn_os_index index;      /* index.json beside the file */
    bool index_used;         /* the rows are the dataset index.json describes */
    char newest_seen[32];
} reader;

static const char *field(const reader *r, enum column col, size_t *len)
{
    if (r->field_of[col] < 0 || (size_t)r->field_of[col] >= cdn_csv_count(&r->csv)) {
        *len = 0;
        return "";
    }
    return cdn_csv_field(&r->csv, (size_t)r->field_of[col], len);
}

static int read_header(reader *r)
{
    bool got;
    int status = cdn_csv_next(&r->csv, &got, r->ld->err);
    if (status != CORDON_OK)
        return status;
    if (!got)
        return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, 1,
                            "the file is empty; targets.simple.csv starts with a header line (id,schema,name,...)");
    cdn_csv_map_header(&r->csv, COLUMNS, N_COLUMNS, r->field_of);
    r->n_header = cdn_csv_count(&r->csv);
    static const enum column REQUIRED[] = {C_ID, C_SCHEMA, C_NAME};
    for (size_t i = 0; i < sizeof REQUIRED / sizeof REQUIRED[0]; i++)
        if (r->field_of[REQUIRED[i]] < 0)
            return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, r->csv.line,
                                "missing required column '%s' in the header", COLUMNS[REQUIRED[i]]);
    return CORDON_OK;
}

/* The export promises UTF-8: a field that is not is a broken file, not a row to skip. */
static int check_text(reader *r)
{
    for (size_t i = 0; i < cdn_csv_count(&r->csv); i++) {
        size_t len, bad;
        const char *s = cdn_csv_field(&r->csv, i, &len);
        if (!cdn_utf8_valid(s, len, &bad))
            return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, r->csv.line,
                                "invalid UTF-8 in field %zu (byte %zu of the field); targets.simple.csv is UTF-8", i + 1,
                                bad + 1);
        if (memchr(s, '\0', len))
            return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, r->csv.line,
                                "NUL byte in field %zu; this is not a text file", i + 1);
    }
    return CORDON_OK;
}

/* Calls add(r, value, len, arg) for each ';'-separated value of column col. */
typedef int (*value_fn)(reader *r, const char *value, size_t len, const void *arg);

/* The reader, the function and its argument that each_value hands each value to. */
typedef struct value_visit {
    reader *r;
    value_fn add;
    const void *arg;
} value_visit;

static int visit_value(void *ctx, const char *value, size_t len)
{
    value_visit *v = ctx;
    return v->add(v->r, value, len, v->arg);
}

static int each_value(reader *r, enum column col, value_fn add, const void *arg)
{
    size_t len;
    const char *s = field(r, col, &len);
    value_visit v = {r, add, arg};
    return cdn_each_value(s, len, ';', visit_value, &v);
}

static int nomem(reader *r) { return cdn_error_nomem(r->ld->err); }

static int add_alias(reader *r, const char *v, size_t len, const void *arg)
{
    (void)arg;
    cordon_name_kind kind = cdn_os_name_kind(CORDON_NAME_ALIAS, v, len);
    return cdn_builder_add_name(&r->ld->builder, kind, v, len) ? CORDON_OK : nomem(r);
}

static int add_date(reader *r, const char *v, size_t len, const void *arg)
{
    (void)arg;
    return cdn_os_add_birth_date(r->ld, r->path, r->csv.line, r->ld->builder.native_id, v, len);
}

static int add_country(reader *r, const char *v, size_t len, const void *arg)
{
    (void)arg;
    return cdn_os_add_country(r->ld, r->path, r->csv.line, r->ld->builder.native_id, v, len, CORDON_COUNTRY_OTHER);
}

static int add_text(reader *r, const char *v, size_t len, const void *arg)
{
    return cdn_builder_add_text(&r->ld->builder, *(const cdn_text_field *)arg, v, len) ? CORDON_OK : nomem(r);
}

static int add_identifier(reader *r, const char *v, size_t len, const void *arg)
{
    return cdn_builder_add_identifier(&r->ld->builder, arg, v, len, NULL, NULL) ? CORDON_OK : nomem(r);
}

/* Sets the list id at the first row: the dataset name from index.json when it describes these
 * rows (their dataset column holds its title or name), else the path's. */
static int choose_list_id(reader *r)
{
    size_t len;
    const char *dataset = field(r, C_DATASET, &len);
    const char *semi = memchr(dataset, ';', len);
    size_t first = semi ? (size_t)(semi - dataset) : len;
    r->index_used = r->index.found && first &&
                    ((strlen(r->index.title) == first && memcmp(r->index.title, dataset, first) == 0) ||
                     (strlen(r->index.name) == first && memcmp(r->index.name, dataset, first) == 0));
    if (r->index_used)
        return cdn_loader_set_id(r->ld, r->index.name);
    char id[256];
    cdn_os_list_id_from_path(r->path, id, sizeof id);
    return cdn_loader_set_id(r->ld, id);
}

/* Whether the row's id is new; reports a duplicate. */
static int check_id(reader *r, bool *fresh)
{
    const char *id = r->ld->builder.native_id;
    void *first_line = NULL;
    *fresh = false;
    if (!cdn_strmap_put(&r->ids, id, strlen(id), (void *)(intptr_t)r->csv.line, &first_line))
        return nomem(r);
    if (first_line)
        return cdn_loader_skip(r->ld, r->path, r->csv.line, "duplicate id", "id '%.80s' was already used on line %ld",
                               id, (long)(intptr_t)first_line);
    *fresh = true;
    return CORDON_OK;
}

static int read_values(reader *r)
{
    static const cdn_text_field ADDRESSES = CDN_ADDRESSES, PROGRAMS = CDN_PROGRAMS;
    int status = each_value(r, C_ALIASES, add_alias, NULL);
    if (status == CORDON_OK)
        status = each_value(r, C_BIRTH_DATE, add_date, NULL);
    if (status == CORDON_OK)
        status = each_value(r, C_COUNTRIES, add_country, NULL);
    if (status == CORDON_OK)
        status = each_value(r, C_ADDRESSES, add_text, &ADDRESSES);
    if (status == CORDON_OK)
        status = each_value(r, C_SANCTIONS, add_text, &PROGRAMS);
    if (status == CORDON_OK)
        status = each_value(r, C_PROGRAM_IDS, add_text, &PROGRAMS);
    if (status == CORDON_OK)
        status = each_value(r, C_IDENTIFIERS, add_identifier, "other");
    if (status == CORDON_OK)
        status = each_value(r, C_PHONES, add_identifier, "phone");
    if (status == CORDON_OK)
        status = each_value(r, C_EMAILS, add_identifier, "email");
    size_t len;
    const char *dataset = field(r, C_DATASET, &len);
    if (status == CORDON_OK && !cdn_builder_set_source_list(&r->ld->builder, dataset, len))
        status = nomem(r);
    return status;
}

static int read_row(reader *r)
{
    cdn_loader *ld = r->ld;
    cdn_entity_builder *b = &ld->builder;
    int status = check_text(r);
    if (status != CORDON_OK)
        return status;
    if (!ld->info->id && (status = choose_list_id(r)) != CORDON_OK)
        return status;
    size_t len;
    const char *seen = field(r, C_LAST_SEEN, &len);
    if (len < sizeof r->newest_seen && strcmp(seen, r->newest_seen) > 0)
        memcpy(r->newest_seen, seen, len + 1);
    if (cdn_csv_count(&r->csv) != r->n_header)
        return cdn_loader_skip(ld, r->path, r->csv.line, "row with the wrong number of fields",
                               "%zu fields, the header has %zu", cdn_csv_count(&r->csv), r->n_header);
    const char *id = field(r, C_ID, &len);
    if (!cdn_builder_set_id(b, id, len))
        return nomem(r);
    if (!b->native_id)
        return cdn_loader_skip(ld, r->path, r->csv.line, "row without an id", "the id is empty");
    const char *schema = field(r, C_SCHEMA, &len);
    if (!cdn_os_party_schema(schema, &b->schema)) {
        const char *reason = cdn_os_reason(ld, &r->reasons, "FtM schema ", schema, " is not a screened party");
        return reason ? cdn_loader_skip(ld, r->path, r->csv.line, reason, "%.80s: schema '%.60s' is not screened",
                                        b->native_id, schema)
                      : nomem(r);
    }
    bool fresh;
    if ((status = check_id(r, &fresh)) != CORDON_OK || !fresh)
        return status;
    const char *name = field(r, C_NAME, &len);
    if (!cdn_builder_add_name(b, CORDON_NAME_PRIMARY, name, len))
        return nomem(r);
    if (b->names.len == 0)
        return cdn_loader_skip(ld, r->path, r->csv.line, "row without a name", "%.80s has no name", b->native_id);
    if ((status = read_values(r)) != CORDON_OK)
        return status;
    return cdn_loader_emit(ld);
}

static int set_version(reader *r)
{
    if (r->index_used && r->index.updated_at[0])
        return cdn_loader_set_version(r->ld, r->index.updated_at);
    if (r->newest_seen[0])
        return cdn_loader_set_version(r->ld, r->newest_seen);
    return cdn_loader_set_file_date(r->ld, r->path);
}

int cdn_load_os_simple_csv(cdn_loader *ld, const char *path)
{
    reader r;
    memset(&r, 0, sizeof r);
    r.ld = ld;
    r.path = path;
    cdn_strmap_init(&r.ids);
    cdn_strmap_init(&r.reasons);
    cdn_os_read_index(path, &r.index);
    int status = cdn_csv_open(&r.csv, path, ',', ld->err);
    if (status == CORDON_OK)
        status = read_header(&r);
    while (status == CORDON_OK) {
        bool got;
        status = cdn_csv_next(&r.csv, &got, ld->err);
        if (status != CORDON_OK || !got)
            break;
        cdn_builder_reset(&ld->builder);
        status = read_row(&r);
    }
    if (status == CORDON_OK && !ld->info->id) {
        char id[256];
        cdn_os_list_id_from_path(path, id, sizeof id);
        status = cdn_loader_set_id(ld, id);
    }
    if (status == CORDON_OK)
        status = set_version(&r);
    cdn_csv_close(&r.csv);
    cdn_strmap_free(&r.ids);
    cdn_strmap_free(&r.reasons);
    return status;
}

bool cdn_detect_os_simple_csv(const char *path, bool is_dir, const char *head, size_t head_len)
{
    (void)path;
    if (is_dir)
        return false;
    /* The header starts id,schema,name,aliases,birth_date (quoted or not). A custom list may
     * start id,schema,name,aliases too, but writes dates of birth in "dob": the fifth column
     * tells them apart. */
    static const char *const START[] = {"id", "schema", "name", "aliases", "birth_date"};
    enum { N_START = sizeof START / sizeof START[0] };
    size_t i = head_len >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (size_t k = 0; k < N_START; k++) {
        bool quoted = i < head_len && head[i] == '"';
        i += quoted;
        size_t n = strlen(START[k]);
        if (i + n > head_len || strncasecmp(head + i, START[k], n) != 0)
            return false;
        i += n;
        if (quoted && (i >= head_len || head[i++] != '"'))
            return false;
        if (k < N_START - 1 && (i >= head_len || head[i++] != ','))
            return false;
    }
    return i == head_len || head[i] == ',' || head[i] == '\r' || head[i] == '\n';
}
