/*
 * gb_hmt_csv.c — loader for the UK HM Treasury / OFSI Consolidated List, "ConList.csv".
 *
 * The file (Windows-1252; UTF-8 when it starts with a byte-order mark) opens with a line
 * "Last Updated,13/04/2018,..." — the list's publication date, used as its version — and a
 * header line (Name 6, Name 1..Name 5, Title, DOB, ..., Group Type, Alias Type, Regime, Listed
 * On, Last Updated, Group ID). There is one row per name, and also per date of birth and per
 * address, so an entity's rows share a Group ID and need not be adjacent: rows are kept and
 * grouped by Group ID (row_groups.h), then each group becomes the entity gb-hmt:<Group ID>.
 *
 * Choices, each visible in the load report where it touches a record:
 *   - Alias Type: "Prime Alias" and "Primary name" are the primary name; "AKA", "Alias" and
 *     "Primary name variation" aliases ("Low quality" in Alias Quality makes a weak alias);
 *     "FKA" a former name. A group without a primary name gets its first name as primary.
 *   - Names: the full name is "Name 1 ... Name 5 Name 6"; for individuals given = Name 1,
 *     middle = Name 2..5, family = Name 6. The Title column (honorifics and ranks: "Maulavi",
 *     "Dr", "Major General") is not part of the name, where it would weigh in matching; it is
 *     kept among the entity's positions.
 *   - Group Type: Individual → Person, Entity → Organization, Ship → Vessel. An Entity whose
 *     Other Information gives an IMO number with a valid ship check digit is a vessel (the
 *     2018 list files ships as entities).
 *   - Countries (Nationality, Country of Birth, Country) are read from prose ("1) Saudi Arabia
 *     2) Qatar", "Afghanistan (since 2009)"); text naming no country is kept (in remarks, the
 *     place of birth, the address) and counted as repaired.
 *   - Passport Details and NI Number are prose too: each enumerated item becomes an identifier
 *     with its document number as value, the item as published as note, and the issuing
 *     country where the item names one. Items without a number go to the remarks.
 *   - Listed On: the earliest date of the group's rows. The rows' own "Last Updated" dates are
 *     not kept (the model has no field for them).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "lists/csv.h"
#include "lists/freetext.h"
#include "lists/loader.h"
#include "lists/row_groups.h"
#include "model/dates.h"
#include "text/utf8.h"

enum column {
    C_NAME1, C_NAME2, C_NAME3, C_NAME4, C_NAME5, C_NAME6, C_TITLE, C_NON_LATIN, C_ALIAS_QUALITY, C_DOB,
    C_TOWN_OF_BIRTH, C_COUNTRY_OF_BIRTH, C_NATIONALITY, C_PASSPORT_NUMBER, C_PASSPORT_DETAILS, C_NI_NUMBER,
    C_NATIONAL_ID_NUMBER, C_NATIONAL_ID_DETAILS, C_POSITION, C_ADDRESS1, C_ADDRESS2, C_ADDRESS3, C_ADDRESS4,
    C_ADDRESS5, C_ADDRESS6, C_POSTCODE, C_COUNTRY, C_OTHER_INFO, C_GROUP_TYPE, C_ALIAS_TYPE, C_REGIME,
    C_LISTED_ON, C_GROUP_ID, N_COLUMNS
};

/* Column names as OFSI writes them. Name Non-Latin Script, Alias Quality, Passport Number and
 * National Identification Number/Details appear only in later editions of the file; like every
 * column but the REQUIRED ones, they may be absent. */
static const char *const COLUMN_NAMES[N_COLUMNS] = {
    "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6", "Title", "Name Non-Latin Script", "Alias Quality",
    "DOB", "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details", "NI Number",
    "National Identification Number", "National Identification Details", "Position", "Address 1", "Address 2",
    "Address 3", "Address 4", "Address 5", "Address 6", "Post/Zip Code", "Country", "Other Information",
    "Group Type", "Alias Type", "Regime", "Listed On", "Group ID",
};

static const enum column REQUIRED[] = {C_NAME6, C_GROUP_TYPE, C_ALIAS_TYPE, C_GROUP_ID};

enum { MAX_ITEMS = 32, MAX_COUNTRIES = 16 };

typedef struct hmt {
    cdn_loader *ld;
    const char *path;
    cdn_csv csv;
    bool utf8;                 /* the file starts with a UTF-8 byte-order mark */
    int field_of[N_COLUMNS];   /* column -> field of the record, or -1 */
    size_t n_header;
    cdn_row_groups rows;       /* fields stored in column order */
    cdn_strbuf field;          /* scratch: one decoded field */
    cdn_strbuf text;           /* scratch: composed names, addresses, notes */
    /* the group being built */
    const cdn_row_group *group;
    long group_line;           /* line of the group's first row, for the load report */
    char listed_on[16];        /* earliest Listed On, ISO */
} hmt;

static int nomem(hmt *h) { return cdn_error_nomem(h->ld->err); }

/* ---- reading rows ------------------------------------------------------------------------- */

static const char *raw_field(const hmt *h, size_t i, size_t *len)
{
    return cdn_csv_field(&h->csv, i, len);
}

static int read_record(hmt *h, bool *got)
{
    int status = cdn_csv_next(&h->csv, got, h->ld->err);
    /* A read error past the opening (a gzip stream cut short) is a broken file, not an I/O
     * failure of the machine. */
    return status == CORDON_EIO ? CORDON_EDATA : status;
}

/* The publication date on the first line, as "YYYY-MM-DD"; false when it does not parse. */
static bool publication_date(const hmt *h, char *out, size_t size)
{
    size_t len;
    const char *text = cdn_csv_count(&h->csv) > 1 ? raw_field(h, 1, &len) : "";
    cordon_date_range d;
    if (cdn_csv_count(&h->csv) < 2 || !cdn_date_parse_text(text, len, &d) || d.from.day == 0 ||
        memcmp(&d.from, &d.to, sizeof d.from) != 0)
        return false;
    cdn_date_format(&d.from, out, size);
    return true;
}

static bool starts_with_bom(const hmt *h)
{
    size_t len;
    const char *f = raw_field(h, 0, &len);
    return len >= 3 && memcmp(f, "\xEF\xBB\xBF", 3) == 0;
}

static bool is_last_updated_line(const hmt *h)
{
    size_t len;
    const char *f = raw_field(h, 0, &len);
    if (len >= 3 && memcmp(f, "\xEF\xBB\xBF", 3) == 0) {
        f += 3;
        len -= 3;
    }
    while (len && isspace((unsigned char)f[len - 1]))
        len--;
    return len == 12 && strncasecmp(f, "Last Updated", 12) == 0;
}

/* Reads the "Last Updated" line (the version) and the header. */
static int read_header(hmt *h)
{
    bool got;
    int status = read_record(h, &got);
    if (status != CORDON_OK)
        return status;
    if (!got)
        return cdn_error_at(h->ld->err, CORDON_EDATA, h->path, 1, "the file is empty");
    h->utf8 = starts_with_bom(h);
    if (is_last_updated_line(h)) {
        char version[16];
        if (publication_date(h, version, sizeof version))
            status = cdn_loader_set_version(h->ld, version);
        else if ((status = cdn_loader_repair(h->ld, h->path, h->csv.line, "publication date not understood (file date used)",
                                             "the first line gives no date dd/mm/yyyy")) == CORDON_OK)
            status = cdn_loader_set_file_date(h->ld, h->path);
        if (status == CORDON_OK)
            status = read_record(h, &got);
        if (status != CORDON_OK)
            return status;
        if (!got)
            return cdn_error_at(h->ld->err, CORDON_EDATA, h->path, h->csv.next_line,
                                "no header line after the \"Last Updated\" line (the file is cut short)");
    } else if ((status = cdn_loader_set_file_date(h->ld, h->path)) != CORDON_OK) {
        return status;
    }
    cdn_csv_map_header(&h->csv, COLUMN_NAMES, N_COLUMNS, h->field_of);
    h->n_header = cdn_csv_count(&h->csv);
    for (size_t i = 0; i < sizeof REQUIRED / sizeof REQUIRED[0]; i++)
        if (h->field_of[REQUIRED[i]] < 0)
            return cdn_error_at(h->ld->err, CORDON_EDATA, h->path, h->csv.line,
                                "missing required column '%s' in the header (not an OFSI ConList file?)",
                                COLUMN_NAMES[REQUIRED[i]]);
    return CORDON_OK;
}

/* Field of column c in the current record as trimmed UTF-8 in h->field; *len gets its length. */
static const char *decoded(hmt *h, enum column c, size_t *len, int *status)
{
    *len = 0;
    if (h->field_of[c] < 0)
        return "";
    size_t raw_len, bad;
    const char *raw = raw_field(h, (size_t)h->field_of[c], &raw_len);
    if (h->utf8 && !cdn_utf8_valid(raw, raw_len, &bad)) {
        *status = cdn_error_at(h->ld->err, CORDON_EDATA, h->path, h->csv.line,
                               "invalid UTF-8 in column '%s' (byte %zu of the field) in a file marked as UTF-8",
                               COLUMN_NAMES[c], bad + 1);
        return NULL;
    }
    const char *s = cdn_csv_field_utf8(&h->csv, h->field_of[c], !h->utf8, &h->field);
    if (!s) {
        *status = nomem(h);
        return NULL;
    }
    size_t n = h->field.len;
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    *len = n;
    return s;
}

static int keep_row(hmt *h)
{
    size_t n = cdn_csv_count(&h->csv);
    if (n != h->n_header)
        return cdn_loader_skip(h->ld, h->path, h->csv.line, "row with a wrong number of fields",
                               "%zu fields, the header has %zu", n, h->n_header);
    int status = CORDON_OK;
    size_t id_len;
    const char *id = decoded(h, C_GROUP_ID, &id_len, &status);
    if (!id)
        return status;
    if (id_len == 0 || memchr(id, '\0', id_len))
        return cdn_loader_skip(h->ld, h->path, h->csv.line, "row without a Group ID", "empty Group ID");
    const char **fields = cdn_row_groups_add(&h->rows, id, id_len, h->csv.line);
    if (!fields)
        return nomem(h);
    for (int c = 0; c < N_COLUMNS; c++) {
        size_t len;
        const char *value = decoded(h, c, &len, &status);
        if (!value)
            return status;
        if (!cdn_row_groups_set(&h->rows, fields, (size_t)c, value, len))
            return nomem(h);
    }
    return CORDON_OK;
}

/* ---- building one entity from a group ----------------------------------------------------- */

static const char *const *row_fields(const hmt *h, size_t r) { return cdn_row_groups_row(&h->rows, r)->fields; }

/* Whether column c of row r repeats an earlier row of the group (then it was read already). */
static bool seen(const hmt *h, size_t r, enum column c) { return cdn_row_groups_seen(&h->rows, h->group, r, c); }

static int repair(hmt *h, size_t r, const char *reason, const char *what, const char *value)
{
    return cdn_loader_repair(h->ld, h->path, cdn_row_groups_row(&h->rows, r)->line, reason, "group %s: %s '%.200s'",
                             h->group->key, what, value);
}

static int add_remark(hmt *h, const char *label, const char *value)
{
    cdn_strbuf_reset(&h->text);
    if (!cdn_strbuf_printf(&h->text, "%s: %s", label, value))
        return nomem(h);
    return cdn_builder_append_remarks(&h->ld->builder, h->text.data, h->text.len) ? CORDON_OK : nomem(h);
}

static bool has_name(const char *const *f)
{
    for (int c = C_NAME1; c <= C_NAME6; c++)
        if (f[c][0])
            return true;
    return false;
}

/* Appends value to sb, after sep when sb is not empty; false when out of memory. */
static bool join(cdn_strbuf *sb, const char *sep, const char *value)
{
    if (!value[0])
        return true;
    return (sb->len == 0 || cdn_strbuf_append_str(sb, sep)) && cdn_strbuf_append_str(sb, value);
}

/* "Name 1 Name 2 ... Name 6" into h->text. */
static bool compose_name(hmt *h, const char *const *f)
{
    cdn_strbuf_reset(&h->text);
    for (int c = C_NAME1; c <= C_NAME6; c++)
        if (!join(&h->text, " ", f[c]))
            return false;
    return true;
}

/* The kind an Alias Type gives; *known is false for a value not in the table. */
static cordon_name_kind kind_of(const char *const *f, bool *known)
{
    static const struct {
        const char *type;
        cordon_name_kind kind;
    } KINDS[] = {
        {"Prime Alias", CORDON_NAME_PRIMARY}, {"Primary name", CORDON_NAME_PRIMARY}, {"AKA", CORDON_NAME_ALIAS},
        {"Alias", CORDON_NAME_ALIAS},         {"Primary name variation", CORDON_NAME_ALIAS}, {"FKA", CORDON_NAME_FORMER},
    };
    *known = true;
    for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++)
        if (strcasecmp(f[C_ALIAS_TYPE], KINDS[i].type) == 0) {
            bool weak = KINDS[i].kind == CORDON_NAME_ALIAS && cdn_text_has(f[C_ALIAS_QUALITY], strlen(f[C_ALIAS_QUALITY]), "low");
            return weak ? CORDON_NAME_WEAK_ALIAS : KINDS[i].kind;
        }
    *known = false;
    return CORDON_NAME_ALIAS;
}

/* Adds row r's name as kind (with its parts for a person) and its non-Latin form. */
static int add_row_name(hmt *h, size_t r, cordon_name_kind kind)
{
    cdn_entity_builder *b = &h->ld->builder;
    const char *const *f = row_fields(h, r);
    size_t before = b->names.len;
    if (!compose_name(h, f) || !cdn_builder_add_name(b, kind, h->text.data, h->text.len))
        return nomem(h);
    if (b->names.len > before && b->schema == CORDON_SCHEMA_PERSON) {
        cdn_strbuf_reset(&h->text);
        for (int c = C_NAME2; c <= C_NAME5; c++)
            if (!join(&h->text, " ", f[c]))
                return nomem(h);
        if (!cdn_builder_set_name_parts(b, f[C_NAME1], cdn_strbuf_cstr(&h->text), f[C_NAME6], NULL))
            return nomem(h);
    }
    if (f[C_NON_LATIN][0] && !cdn_builder_add_name(b, CORDON_NAME_ORIGINAL_SCRIPT, f[C_NON_LATIN], strlen(f[C_NON_LATIN])))
        return nomem(h);
    return CORDON_OK;
}

/* The first row of the group with a primary name, else the first with any name. */
static size_t primary_row(const hmt *h, bool *found)
{
    size_t first_named = CDN_ROW_NONE;
    *found = true;
    for (size_t r = h->group->first; r != CDN_ROW_NONE; r = cdn_row_groups_row(&h->rows, r)->next) {
        bool known;
        if (!has_name(row_fields(h, r)))
            continue;
        if (kind_of(row_fields(h, r), &known) == CORDON_NAME_PRIMARY)
            return r;
        if (first_named == CDN_ROW_NONE)
            first_named = r;
    }
    *found = false;
    return first_named;
}

static int add_names(hmt *h)
{
    bool found;
    size_t primary = primary_row(h, &found);
    if (primary == CDN_ROW_NONE)
        return CORDON_OK; /* no name at all: the caller skips the group */
    int status = add_row_name(h, primary, CORDON_NAME_PRIMARY);
    if (status == CORDON_OK && !found)
        status = cdn_loader_repair(h->ld, h->path, cdn_row_groups_row(&h->rows, primary)->line,
                                   "group without a primary name (its first name taken as primary)", "group %s",
                                   h->group->key);
    for (size_t r = h->group->first; r != CDN_ROW_NONE && status == CORDON_OK; r = cdn_row_groups_row(&h->rows, r)->next) {
        const char *const *f = row_fields(h, r);
        if (r == primary)
            continue;
        if (!has_name(f)) {
            status = repair(h, r, "row without a name (its other fields kept)", "Alias Type", f[C_ALIAS_TYPE]);
            continue;
        }
        bool known;
        cordon_name_kind kind = kind_of(f, &known);
        size_t before = h->ld->builder.names.len;
        status = add_row_name(h, r, kind == CORDON_NAME_PRIMARY ? CORDON_NAME_ALIAS : kind);
        bool added = h->ld->builder.names.len > before;
        if (status == CORDON_OK && added && !known)
            status = repair(h, r, "unknown Alias Type (name kept as an alias)", "Alias Type", f[C_ALIAS_TYPE]);
        else if (status == CORDON_OK && added && kind == CORDON_NAME_PRIMARY)
            status = repair(h, r, "second primary name (kept as an alias)", "name", compose_name(h, f) ? h->text.data : "");
    }
    return status;
}

static int set_schema(hmt *h)
{
    const char *type = row_fields(h, h->group->first)[C_GROUP_TYPE];
    cdn_entity_builder *b = &h->ld->builder;
    if (strcasecmp(type, "Individual") == 0)
        b->schema = CORDON_SCHEMA_PERSON;
    else if (strcasecmp(type, "Ship") == 0)
        b->schema = CORDON_SCHEMA_VESSEL;
    else if (strcasecmp(type, "Entity") == 0)
        b->schema = CORDON_SCHEMA_ORGANIZATION;
    else {
        b->schema = CORDON_SCHEMA_LEGAL_ENTITY;
        return repair(h, h->group->first, "unknown Group Type (taken as a person or organization)", "Group Type",
                      type);
    }
    return CORDON_OK;
}

/* Adds the countries named in value with role; false in *none when it names none. */
static int add_countries(hmt *h, const char *value, cordon_country_role role, bool *none)
{
    char codes[MAX_COUNTRIES][3];
    size_t n = cdn_text_countries(value, strlen(value), codes, MAX_COUNTRIES);
    *none = n == 0;
    for (size_t i = 0; i < n; i++)
        if (!cdn_builder_add_country(&h->ld->builder, codes[i], role))
            return nomem(h);
    return CORDON_OK;
}

static int add_dates_of_birth(hmt *h, size_t r)
{
    const char *dob = row_fields(h, r)[C_DOB];
    cdn_span items[MAX_ITEMS];
    size_t n = cdn_text_enumeration(dob, strlen(dob), items, MAX_ITEMS);
    for (size_t i = 0; i < n && i < MAX_ITEMS; i++) {
        cordon_date_range d;
        if (cdn_date_parse_text(items[i].s, items[i].len, &d)) {
            if (!cdn_builder_add_birth_date(&h->ld->builder, &d))
                return nomem(h);
            continue;
        }
        char item[256];
        snprintf(item, sizeof item, "%.*s", (int)(items[i].len < 255 ? items[i].len : 255), items[i].s);
        int status = repair(h, r, "date of birth not understood (kept in remarks)", "DOB", item);
        if (status == CORDON_OK)
            status = add_remark(h, "DOB", item);
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

static int add_birth_place(hmt *h, size_t r)
{
    const char *const *f = row_fields(h, r);
    const char *town = f[C_TOWN_OF_BIRTH], *country = f[C_COUNTRY_OF_BIRTH];
    cdn_entity_builder *b = &h->ld->builder;
    /* "Damascus" and "Syria" read as one place; enumerations ("(1) Tiaret (2) ...") as published. */
    bool listed = strchr(town, ')') || strchr(country, ')');
    if (town[0] && country[0] && !listed) {
        cdn_strbuf_reset(&h->text);
        if (!cdn_strbuf_printf(&h->text, "%s, %s", town, country) ||
            !cdn_builder_add_text(b, CDN_BIRTH_PLACES, h->text.data, h->text.len))
            return nomem(h);
    } else if (!cdn_builder_add_text(b, CDN_BIRTH_PLACES, town, strlen(town)) ||
               !cdn_builder_add_text(b, CDN_BIRTH_PLACES, country, strlen(country))) {
        return nomem(h);
    }
    if (!country[0] || seen(h, r, C_COUNTRY_OF_BIRTH))
        return CORDON_OK;
    bool none;
    int status = add_countries(h, country, CORDON_COUNTRY_BIRTH, &none);
    if (status == CORDON_OK && none)
        status = repair(h, r, "country of birth not recognised (kept as a place of birth)", "Country of Birth", country);
    return status;
}

static int add_nationality(hmt *h, size_t r)
{
    const char *value = row_fields(h, r)[C_NATIONALITY];
    bool none;
    int status = add_countries(h, value, CORDON_COUNTRY_NATIONALITY, &none);
    if (status == CORDON_OK && none) {
        status = repair(h, r, "nationality not recognised (kept in remarks)", "Nationality", value);
        if (status == CORDON_OK)
            status = add_remark(h, "Nationality", value);
    }
    return status;
}

/* The identifier type a text describes by its words ("Italian Fiscal Code ...", "national
 * identity card"), or NULL when it does not say. */
static const char *document_type(const char *text, size_t len)
{
    static const struct {
        const char *word;
        const char *type;
    } WORDS[] = {
        {"driv", "other"},           {"ration card", "other"},      {"birth certificate", "other"},
        {"military", "other"},       {"fiscal code", "tax"},        {"tax", "tax"},
        {"passport", "passport"},    {"social security", "national_id"}, {"identi", "national_id"},
        {"id card", "national_id"},  {"civil id", "national_id"},   {"tazkira", "national_id"},
    };
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
        if (cdn_text_has(text, len, WORDS[i].word))
            return WORDS[i].type;
    return NULL;
}

/*
 * One enumerated document: an identifier, or (without a number) a remark. heading is the text
 * the enumeration opens with ("Jordanian passport numbers"), or empty: it names the type and
 * issuer where the item itself does not, and opens the note.
 */
static int add_document(hmt *h, size_t r, enum column c, const char *fallback, const cdn_span *heading,
                        const cdn_span *item)
{
    char note[1024], code[3];
    size_t heading_len = heading->len;
    while (heading_len && (heading->s[heading_len - 1] == ':' || heading->s[heading_len - 1] == ' '))
        heading_len--;
    snprintf(note, sizeof note, "%.*s%s%.*s", (int)(heading_len < 200 ? heading_len : 200), heading->s,
             heading_len ? ": " : "", (int)(item->len < 800 ? item->len : 800), item->s);
    cdn_span number;
    if (!cdn_text_document_number(item->s, item->len, &number)) {
        int status = repair(h, r, "identifier without a number (kept in remarks)", COLUMN_NAMES[c], note);
        return status == CORDON_OK ? add_remark(h, COLUMN_NAMES[c], note) : status;
    }
    const char *type = document_type(item->s, item->len);
    if (!type && !(type = document_type(heading->s, heading->len)))
        type = fallback;
    bool has_country = cdn_text_document_country(item->s, item->len, &number, code) ||
                       cdn_text_document_country(heading->s, heading->len, NULL, code);
    bool bare = number.len == item->len && heading_len == 0;
    return cdn_builder_add_identifier(&h->ld->builder, type, number.s, number.len, has_country ? code : NULL,
                                      bare ? NULL : note)
               ? CORDON_OK
               : nomem(h);
}

/*
 * Identifiers from a prose column such as "(1) A-333602 (Indian) issued on ... (2) ...". A
 * first item without a number that enumerated items follow is their heading ("Jordanian
 * passport numbers (1) K048787 (2) 486298").
 */
static int add_documents(hmt *h, size_t r, enum column c, const char *fallback)
{
    const char *value = row_fields(h, r)[c];
    cdn_span items[MAX_ITEMS], number;
    size_t n = cdn_text_enumeration(value, strlen(value), items, MAX_ITEMS);
    cdn_span heading = {"", 0};
    size_t first = 0;
    if (n > 1 && !cdn_text_document_number(items[0].s, items[0].len, &number)) {
        heading = items[0];
        first = 1;
    }
    for (size_t i = first; i < n && i < MAX_ITEMS; i++) {
        int status = add_document(h, r, c, fallback, &heading, &items[i]);
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

/* A number column of the later file editions, with its details column as note. */
static int add_numbered(hmt *h, size_t r, enum column number, enum column details, const char *type)
{
    const char *const *f = row_fields(h, r);
    if (!f[number][0])
        return add_documents(h, r, details, type);
    cdn_span items[MAX_ITEMS];
    size_t n = cdn_text_enumeration(f[number], strlen(f[number]), items, MAX_ITEMS);
    for (size_t i = 0; i < n && i < MAX_ITEMS; i++)
        if (!cdn_builder_add_identifier(&h->ld->builder, type, items[i].s, items[i].len, NULL,
                                        f[details][0] ? f[details] : NULL))
            return nomem(h);
    return CORDON_OK;
}

static int add_address(hmt *h, size_t r)
{
    const char *const *f = row_fields(h, r);
    cdn_strbuf_reset(&h->text);
    for (int c = C_ADDRESS1; c <= C_COUNTRY; c++)
        if (!join(&h->text, ", ", f[c]))
            return nomem(h);
    if (!cdn_builder_add_text(&h->ld->builder, CDN_ADDRESSES, h->text.data, h->text.len))
        return nomem(h);
    if (!f[C_COUNTRY][0] || seen(h, r, C_COUNTRY))
        return CORDON_OK;
    bool none;
    int status = add_countries(h, f[C_COUNTRY], CORDON_COUNTRY_ADDRESS, &none);
    if (status == CORDON_OK && none)
        status = repair(h, r, "address country not recognised (kept in the address)", "Country", f[C_COUNTRY]);
    return status;
}

/* IMO and MMSI numbers in Other Information ("IMO: 8937675. MMSI: 445539000."). */
static int add_ship_numbers(hmt *h, size_t r)
{
    const char *text = row_fields(h, r)[C_OTHER_INFO];
    cdn_entity_builder *b = &h->ld->builder;
    static const struct {
        const char *label;
        size_t digits;
    } LABELS[] = {{"IMO", 7}, {"MMSI", 9}};
    for (size_t k = 0; k < 2; k++) {
        for (const char *p = strstr(text, LABELS[k].label); p; p = strstr(p + 1, LABELS[k].label)) {
            const char *q = p + strlen(LABELS[k].label);
            while (*q == ' ' || *q == ':' || *q == '.')
                q++;
            if (strncasecmp(q, "number", 6) == 0)
                q += 6;
            while (*q == ' ' || *q == ':')
                q++;
            size_t d = 0;
            while (isdigit((unsigned char)q[d]))
                d++;
            if (d != LABELS[k].digits)
                continue;
            bool ship = k == 1 || cdn_imo_ship_number(q);
            char digits[16];
            snprintf(digits, sizeof digits, "%.*s", (int)d, q);
            const char *type = k == 1 ? "mmsi" : ship ? "imo" : "registration";
            if (!cdn_builder_add_identifier(b, type, q, d, NULL, ship ? NULL : "IMO company number"))
                return nomem(h);
            if (k == 0 && ship && (b->schema == CORDON_SCHEMA_ORGANIZATION || b->schema == CORDON_SCHEMA_LEGAL_ENTITY)) {
                b->schema = CORDON_SCHEMA_VESSEL;
                int status = repair(h, r, "entity with a ship's IMO number (taken as a vessel)", "IMO", digits);
                if (status != CORDON_OK)
                    return status;
            }
        }
    }
    return CORDON_OK;
}

static int add_listed_on(hmt *h, size_t r)
{
    const char *value = row_fields(h, r)[C_LISTED_ON];
    cordon_date_range d;
    if (!cdn_date_parse_text(value, strlen(value), &d) || d.from.day == 0) {
        int status = repair(h, r, "listing date not understood (kept in remarks)", "Listed On", value);
        return status == CORDON_OK ? add_remark(h, "Listed On", value) : status;
    }
    char iso[16];
    cdn_date_format(&d.from, iso, sizeof iso);
    if (!h->listed_on[0] || strcmp(iso, h->listed_on) < 0)
        snprintf(h->listed_on, sizeof h->listed_on, "%s", iso);
    return CORDON_OK;
}

/* Whether column c of row r holds a value that no earlier row of the group held. */
static bool fresh(const hmt *h, size_t r, enum column c)
{
    return row_fields(h, r)[c][0] && !seen(h, r, c);
}

static int add_text_column(hmt *h, size_t r, enum column c, cdn_text_field field)
{
    const char *value = row_fields(h, r)[c];
    return cdn_builder_add_text(&h->ld->builder, field, value, strlen(value)) ? CORDON_OK : nomem(h);
}

static int add_other_information(hmt *h, size_t r)
{
    const char *value = row_fields(h, r)[C_OTHER_INFO];
    if (!cdn_builder_append_remarks(&h->ld->builder, value, strlen(value)))
        return nomem(h);
    return add_ship_numbers(h, r);
}

/* Reads the entity-level columns of row r that earlier rows of the group did not hold. */
static int add_row_details(hmt *h, size_t r)
{
    int status = CORDON_OK;
    if (fresh(h, r, C_TITLE))
        status = add_text_column(h, r, C_TITLE, CDN_POSITIONS);
    if (status == CORDON_OK && fresh(h, r, C_POSITION))
        status = add_text_column(h, r, C_POSITION, CDN_POSITIONS);
    if (status == CORDON_OK && fresh(h, r, C_REGIME))
        status = add_text_column(h, r, C_REGIME, CDN_PROGRAMS);
    if (status == CORDON_OK && fresh(h, r, C_OTHER_INFO))
        status = add_other_information(h, r);
    if (status == CORDON_OK && fresh(h, r, C_DOB))
        status = add_dates_of_birth(h, r);
    if (status == CORDON_OK && (fresh(h, r, C_TOWN_OF_BIRTH) || fresh(h, r, C_COUNTRY_OF_BIRTH)))
        status = add_birth_place(h, r);
    if (status == CORDON_OK && fresh(h, r, C_NATIONALITY))
        status = add_nationality(h, r);
    if (status == CORDON_OK && (fresh(h, r, C_PASSPORT_NUMBER) || fresh(h, r, C_PASSPORT_DETAILS)))
        status = add_numbered(h, r, C_PASSPORT_NUMBER, C_PASSPORT_DETAILS, "passport");
    if (status == CORDON_OK && fresh(h, r, C_NI_NUMBER))
        status = add_documents(h, r, C_NI_NUMBER, "national_id");
    if (status == CORDON_OK && (fresh(h, r, C_NATIONAL_ID_NUMBER) || fresh(h, r, C_NATIONAL_ID_DETAILS)))
        status = add_numbered(h, r, C_NATIONAL_ID_NUMBER, C_NATIONAL_ID_DETAILS, "national_id");
    if (status == CORDON_OK && fresh(h, r, C_LISTED_ON))
        status = add_listed_on(h, r);
    if (status == CORDON_OK)
        status = add_address(h, r);
    return status;
}

static int build_group(hmt *h, const cdn_row_group *group)
{
    cdn_entity_builder *b = &h->ld->builder;
    cdn_builder_reset(b);
    h->group = group;
    h->group_line = cdn_row_groups_row(&h->rows, group->first)->line;
    h->listed_on[0] = '\0';
    if (!cdn_builder_set_id(b, group->key, strlen(group->key)))
        return nomem(h);
    int status = set_schema(h);
    if (status == CORDON_OK)
        status = add_names(h);
    if (status != CORDON_OK)
        return status;
    if (b->names.len == 0)
        return cdn_loader_skip(h->ld, h->path, h->group_line, "group without any name",
                               "group %s: none of its %zu rows has a name", group->key, group->count);
    for (size_t r = group->first; r != CDN_ROW_NONE && status == CORDON_OK; r = cdn_row_groups_row(&h->rows, r)->next)
        status = add_row_details(h, r);
    if (status != CORDON_OK)
        return status;
    if (h->listed_on[0] && !cdn_builder_set_listed_on(b, h->listed_on, strlen(h->listed_on)))
        return nomem(h);
    return cdn_loader_emit(h->ld);
}

int cdn_load_gb_hmt_csv(cdn_loader *ld, const char *path)
{
    hmt h;
    memset(&h, 0, sizeof h);
    h.ld = ld;
    h.path = path;
    cdn_row_groups_init(&h.rows, N_COLUMNS);
    cdn_strbuf_init(&h.field);
    cdn_strbuf_init(&h.text);
    int status = cdn_csv_open(&h.csv, path, ',', ld->err);
    if (status == CORDON_OK)
        status = cdn_loader_set_id(ld, "gb-hmt");
    if (status == CORDON_OK)
        status = read_header(&h);
    while (status == CORDON_OK) {
        bool got;
        if ((status = read_record(&h, &got)) != CORDON_OK || !got)
            break;
        status = keep_row(&h);
    }
    cdn_csv_close(&h.csv);
    for (size_t g = 0; g < cdn_row_groups_count(&h.rows) && status == CORDON_OK; g++)
        status = build_group(&h, cdn_row_groups_group(&h.rows, g));
    cdn_strbuf_free(&h.field);
    cdn_strbuf_free(&h.text);
    cdn_row_groups_free(&h.rows);
    return status;
}

bool cdn_detect_gb_hmt_csv(const char *path, bool is_dir, const char *head, size_t head_len)
{
    (void)path;
    if (is_dir)
        return false;
    /* The header is the first or (after "Last Updated,...") the second line. */
    const char *line = head, *end = head + head_len;
    for (int n = 0; n < 2 && line < end; n++) {
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        size_t len = eol ? (size_t)(eol - line) : (size_t)(end - line);
        char buf[1024];
        snprintf(buf, sizeof buf, "%.*s", (int)(len < sizeof buf - 1 ? len : sizeof buf - 1), line);
        if (strstr(buf, "Name 6") && strstr(buf, "Group ID") && strstr(buf, "Alias Type"))
            return true;
        if (!eol)
            break;
        line = eol + 1;
    }
    return false;
}
