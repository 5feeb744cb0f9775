/*
 * custom_csv.c — loader for cordon's own custom-list CSV (docs/custom-csv.md).
 *
 * A custom list is its owner's: any defect in it is an error that names the file, the line and
 * the column, and nothing of the list is loaded, so a typo never silently drops a watched party.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "core/strmap.h"
#include "lists/csv.h"
#include "lists/loader.h"
#include "text/utf8.h"

enum column {
    COL_ID, COL_SCHEMA, COL_NAME, COL_ALIASES, COL_WEAK_ALIASES, COL_FORMER_NAMES, COL_ORIGINAL_SCRIPT,
    COL_GIVEN, COL_MIDDLE, COL_FAMILY, COL_PATRONYMIC, COL_DOB, COL_NATIONALITY, COL_COUNTRIES,
    COL_IDENTIFIERS, COL_PROGRAMS, COL_LISTED_ON, COL_REMARKS, N_COLUMNS
};

static const char *const COLUMN_NAMES[N_COLUMNS] = {
    "id", "schema", "name", "aliases", "weak_aliases", "former_names", "original_script",
    "given_name", "middle_name", "family_name", "patronymic", "dob", "nationality", "countries",
    "identifiers", "programs", "listed_on", "remarks",
};

static const char *const IDENTIFIER_TYPES[] = {
    "passport", "national_id", "tax", "registration", "imo", "mmsi", "swift", "other",
};

enum { NO_COLUMN = -1 };

typedef struct reader {
    cdn_loader *ld;
    cdn_csv csv;
    const char *path;
    int field_of[N_COLUMNS]; /* column → field index in the record, or NO_COLUMN */
    size_t n_header;
    cdn_strmap ids;          /* native id → line where it was first seen */
} reader;

/* Field of column col in the current record ("" when the header has no such column). */
static const char *field(const reader *r, enum column col, size_t *len)
{
    if (r->field_of[col] == NO_COLUMN) {
        *len = 0;
        return "";
    }
    return cdn_csv_field(&r->csv, (size_t)r->field_of[col], len);
}

static int fail(reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Records a data error at the current record's line. */
static int fail(reader *r, const char *fmt, ...)
{
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, r->csv.line, "%s", message);
}

static int read_header(reader *r)
{
    bool got;
    int status = cdn_csv_next(&r->csv, &got, r->ld->err);
    if (status != CORDON_OK)
        return status;
    if (!got)
        return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, 1,
                            "the file is empty; a custom list needs a header line (id,schema,name,...)");
    for (int c = 0; c < N_COLUMNS; c++)
        r->field_of[c] = NO_COLUMN;
    r->n_header = cdn_csv_count(&r->csv);
    for (size_t i = 0; i < r->n_header; i++) {
        size_t len;
        const char *name = cdn_csv_field(&r->csv, i, &len);
        if (i == 0 && len >= 3 && memcmp(name, "\xEF\xBB\xBF", 3) == 0) {
            name += 3; /* a byte-order mark */
            len -= 3;
        }
        while (len && isspace((unsigned char)name[len - 1]))
            len--;
        while (len && isspace((unsigned char)*name)) {
            name++;
            len--;
        }
        if (len >= 2 && strncasecmp(name, "x_", 2) == 0)
            continue;
        int found = NO_COLUMN;
        for (int c = 0; c < N_COLUMNS; c++)
            if (strlen(COLUMN_NAMES[c]) == len && strncasecmp(COLUMN_NAMES[c], name, len) == 0)
                found = c;
        char shown[128];
        snprintf(shown, sizeof shown, "%.*s", (int)(len < 100 ? len : 100), name);
        if (found == NO_COLUMN)
            return fail(r,
                        "unknown column '%s' (columns: id, schema, name, aliases, weak_aliases, former_names, "
                        "original_script, given_name, middle_name, family_name, patronymic, dob, nationality, "
                        "countries, identifiers, programs, listed_on, remarks; prefix your own with x_)", shown);
        if (r->field_of[found] != NO_COLUMN)
            return fail(r, "column '%s' appears twice", shown);
        r->field_of[found] = (int)i;
    }
    static const enum column REQUIRED[] = {COL_ID, COL_SCHEMA, COL_NAME};
    for (size_t i = 0; i < sizeof REQUIRED / sizeof REQUIRED[0]; i++)
        if (r->field_of[REQUIRED[i]] == NO_COLUMN)
            return fail(r, "missing required column '%s' in the header", COLUMN_NAMES[REQUIRED[i]]);
    return CORDON_OK;
}

/* Calls add(r, value, len, col) for each ';'-separated value of column col. */
typedef int (*value_fn)(reader *r, const char *value, size_t len, enum column col);

/* The reader, the column and the function that each_value hands each value to. */
typedef struct value_visit {
    reader *r;
    enum column col;
    value_fn add;
} value_visit;

static int visit_value(void *ctx, const char *value, size_t len)
{
    value_visit *v = ctx;
    return v->add(v->r, value, len, v->col);
}

static int each_value(reader *r, enum column col, value_fn add)
{
    size_t len;
    const char *s = field(r, col, &len);
    value_visit v = {r, col, add};
    return cdn_each_value(s, len, ';', visit_value, &v);
}

static int add_name(reader *r, const char *v, size_t len, enum column col)
{
    cordon_name_kind kind = col == COL_WEAK_ALIASES     ? CORDON_NAME_WEAK_ALIAS
                            : col == COL_FORMER_NAMES    ? CORDON_NAME_FORMER
                            : col == COL_ORIGINAL_SCRIPT ? CORDON_NAME_ORIGINAL_SCRIPT
                                                         : CORDON_NAME_ALIAS;
    return cdn_builder_add_name(&r->ld->builder, kind, v, len) ? CORDON_OK : cdn_error_nomem(r->ld->err);
}

static int add_dob(reader *r, const char *v, size_t len, enum column col)
{
    (void)col;
    cordon_date_range d;
    char shown[64];
    snprintf(shown, sizeof shown, "%.*s", (int)(len < 40 ? len : 40), v);
    if (!cdn_date_parse_iso(v, len, &d))
        return fail(r, "invalid date '%s' in column dob (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY..YYYY)", shown);
    return cdn_builder_add_birth_date(&r->ld->builder, &d) ? CORDON_OK : cdn_error_nomem(r->ld->err);
}

static int add_country(reader *r, const char *v, size_t len, enum column col)
{
    char shown[64];
    snprintf(shown, sizeof shown, "%.*s", (int)(len < 40 ? len : 40), v);
    if (len != 2 || !isalpha((unsigned char)v[0]) || !isalpha((unsigned char)v[1]))
        return fail(r, "invalid country '%s' in column %s (expected an ISO 3166-1 alpha-2 code such as RU)", shown,
                    COLUMN_NAMES[col]);
    char code[3] = {v[0], v[1], '\0'};
    cordon_country_role role = col == COL_NATIONALITY ? CORDON_COUNTRY_NATIONALITY : CORDON_COUNTRY_OTHER;
    return cdn_builder_add_country(&r->ld->builder, code, role) ? CORDON_OK : cdn_error_nomem(r->ld->err);
}

static int add_identifier(reader *r, const char *v, size_t len, enum column col)
{
    (void)col;
    const char *colon = memchr(v, ':', len);
    char shown[64];
    snprintf(shown, sizeof shown, "%.*s", (int)(len < 40 ? len : 40), v);
    if (!colon || colon == v || colon == v + len - 1)
        return fail(r, "invalid identifier '%s' (expected type:value, e.g. imo:9123456)", shown);
    size_t type_len = (size_t)(colon - v);
    for (size_t i = 0; i < sizeof IDENTIFIER_TYPES / sizeof IDENTIFIER_TYPES[0]; i++) {
        if (strlen(IDENTIFIER_TYPES[i]) == type_len && strncasecmp(IDENTIFIER_TYPES[i], v, type_len) == 0) {
            bool ok = cdn_builder_add_identifier(&r->ld->builder, IDENTIFIER_TYPES[i], colon + 1,
                                                 len - type_len - 1, NULL, NULL);
            return ok ? CORDON_OK : cdn_error_nomem(r->ld->err);
        }
    }
    return fail(r,
                "unknown identifier type in '%s' (types: passport, national_id, tax, registration, imo, mmsi, "
                "swift, other)", shown);
}

static int add_program(reader *r, const char *v, size_t len, enum column col)
{
    (void)col;
    return cdn_builder_add_program(&r->ld->builder, v, len) ? CORDON_OK : cdn_error_nomem(r->ld->err);
}

/* Copies a name part into a NUL-terminated buffer; NULL when the column is empty. */
static const char *part(const reader *r, enum column col)
{
    size_t len;
    const char *s = field(r, col, &len);
    return len ? s : NULL; /* csv fields are NUL-terminated */
}

/* The column name of field i, for messages. */
static const char *column_of_field(const reader *r, size_t i)
{
    for (int c = 0; c < N_COLUMNS; c++)
        if (r->field_of[c] == (int)i)
            return COLUMN_NAMES[c];
    return "?";
}

/* Every field must be UTF-8 text: no invalid sequences, no NUL bytes. */
static int check_text(reader *r)
{
    for (size_t i = 0; i < cdn_csv_count(&r->csv); i++) {
        size_t len, bad;
        const char *s = cdn_csv_field(&r->csv, i, &len);
        if (!cdn_utf8_valid(s, len, &bad))
            return fail(r, "invalid UTF-8 in column '%s' (field %zu, byte %zu of the field); custom lists must be UTF-8",
                        column_of_field(r, i), i + 1, bad + 1);
        const char *nul = memchr(s, '\0', len);
        if (nul)
            return fail(r, "NUL byte in column '%s' (field %zu, byte %zu of the field); this is not a text file",
                        column_of_field(r, i), i + 1, (size_t)(nul - s) + 1);
    }
    return CORDON_OK;
}

static int read_record(reader *r)
{
    cdn_loader *ld = r->ld;
    cdn_entity_builder *b = &ld->builder;
    size_t n = cdn_csv_count(&r->csv);
    if (n != r->n_header) {
        char counts[64];
        snprintf(counts, sizeof counts, "%zu fields, the header has %zu", n, r->n_header);
        return fail(r, "wrong number of fields: %s (quote values that contain commas)", counts);
    }
    int status = check_text(r);
    if (status != CORDON_OK)
        return status;

    size_t len;
    const char *id = field(r, COL_ID, &len);
    if (!cdn_builder_set_id(b, id, len))
        return cdn_error_nomem(ld->err);
    if (!b->native_id)
        return fail(r, "empty id");
    const char *schema_text = field(r, COL_SCHEMA, &len);
    if (cordon_schema_parse(schema_text, &b->schema) != CORDON_OK || b->schema == CORDON_SCHEMA_ANY)
        return fail(r, "invalid schema '%.60s' (expected Person, Organization, Vessel or Aircraft)", schema_text);
    const char *name = field(r, COL_NAME, &len);
    if (!cdn_builder_add_name(b, CORDON_NAME_PRIMARY, name, len))
        return cdn_error_nomem(ld->err);
    if (b->names.len == 0)
        return fail(r, "empty name for id '%.60s'", b->native_id);

    void *first_line = NULL;
    if (!cdn_strmap_put(&r->ids, b->native_id, strlen(b->native_id), (void *)(intptr_t)r->csv.line, &first_line))
        return cdn_error_nomem(ld->err);
    if (first_line) {
        char where[32];
        snprintf(where, sizeof where, "%ld", (long)(intptr_t)first_line);
        return fail(r, "duplicate id '%.60s' (first used on line %s)", b->native_id, where);
    }

    if (!cdn_builder_set_name_parts(b, part(r, COL_GIVEN), part(r, COL_MIDDLE), part(r, COL_FAMILY),
                                    part(r, COL_PATRONYMIC)))
        return cdn_error_nomem(ld->err);
    static const enum column NAME_COLUMNS[] = {COL_ALIASES, COL_WEAK_ALIASES, COL_FORMER_NAMES, COL_ORIGINAL_SCRIPT};
    for (size_t i = 0; i < sizeof NAME_COLUMNS / sizeof NAME_COLUMNS[0]; i++)
        if ((status = each_value(r, NAME_COLUMNS[i], add_name)) != CORDON_OK)
            return status;
    if ((status = each_value(r, COL_DOB, add_dob)) != CORDON_OK ||
        (status = each_value(r, COL_NATIONALITY, add_country)) != CORDON_OK ||
        (status = each_value(r, COL_COUNTRIES, add_country)) != CORDON_OK ||
        (status = each_value(r, COL_IDENTIFIERS, add_identifier)) != CORDON_OK ||
        (status = each_value(r, COL_PROGRAMS, add_program)) != CORDON_OK)
        return status;

    const char *listed = field(r, COL_LISTED_ON, &len);
    if (len) {
        cordon_date_range d;
        if (!cdn_date_parse_iso(listed, len, &d) || d.from.day == 0 || memcmp(&d.from, &d.to, sizeof d.from) != 0)
            return fail(r, "invalid date '%.40s' in column listed_on (expected YYYY-MM-DD)", listed);
        if (!cdn_builder_set_listed_on(b, listed, len))
            return cdn_error_nomem(ld->err);
    }
    const char *remarks = field(r, COL_REMARKS, &len);
    if (!cdn_builder_set_remarks(b, remarks, len))
        return cdn_error_nomem(ld->err);
    return cdn_loader_emit(ld);
}

/* The list id: the file name without directory and extension. */
static int set_list_id(cdn_loader *ld, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char id[256];
    snprintf(id, sizeof id, "%s", base);
    char *dot = strchr(id, '.');
    if (dot && dot != id)
        *dot = '\0';
    return cdn_loader_set_id(ld, id);
}

/* A custom list has no publisher's version: its modification time stands in for one. */
static int set_version(cdn_loader *ld, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return CORDON_OK;
    struct tm tm;
    char version[32];
    gmtime_r(&st.st_mtime, &tm);
    strftime(version, sizeof version, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return cdn_loader_set_version(ld, version);
}

int cdn_load_custom_csv(cdn_loader *ld, const char *path)
{
    reader r;
    memset(&r, 0, sizeof r);
    r.ld = ld;
    r.path = path;
    cdn_strmap_init(&r.ids);
    int status = cdn_csv_open(&r.csv, path, ',', ld->err);
    if (status == CORDON_OK)
        status = set_list_id(ld, path);
    if (status == CORDON_OK)
        status = set_version(ld, path);
    if (status == CORDON_OK)
        status = read_header(&r);
    while (status == CORDON_OK) {
        bool got;
        status = cdn_csv_next(&r.csv, &got, ld->err);
        if (status != CORDON_OK || !got)
            break;
        size_t len;
        const char *first = cdn_csv_field(&r.csv, 0, &len);
        if (len && first[0] == '#')
            continue; /* a comment line */
        cdn_builder_reset(&ld->builder);
        status = read_record(&r);
    }
    cdn_csv_close(&r.csv);
    cdn_strmap_free(&r.ids);
    return status;
}

bool cdn_detect_custom_csv(const char *path, bool is_dir, const char *head, size_t head_len)
{
    (void)path;
    if (is_dir)
        return false;
    /* The header line holds the columns id, schema and name (in any order). */
    char line[1024];
    cdn_head_first_line(head, head_len, line, sizeof line);
    for (char *p = line; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    bool has[3] = {false, false, false};
    static const char *const NEED[3] = {"id", "schema", "name"};
    for (char *tok = strtok(line, ",\""); tok; tok = strtok(NULL, ",\"")) {
        while (isspace((unsigned char)*tok))
            tok++;
        if (strncmp(tok, "\xEF\xBB\xBF", 3) == 0)
            tok += 3;
        for (int i = 0; i < 3; i++)
            if (strcmp(tok, NEED[i]) == 0)
                has[i] = true;
    }
    return has[0] && has[1] && has[2];
}
