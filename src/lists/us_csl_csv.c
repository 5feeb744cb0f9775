/*
 * us_csl_csv.c — loader for the US Consolidated Screening List CSV ("consolidated.csv", plain
 * or gzip), published by the International Trade Administration; it merges the export and
 * sanctions lists of Commerce, State and the Treasury (SDN, Entity List, Denied Persons,
 * ITAR Debarred, ...).
 *
 * UTF-8, one row per party and source list, header _id, source, entity_number, type, programs,
 * name, title, addresses, ... ids. Entities are us-csl:<_id>. A party on several source lists
 * (SDN and SSI, say) has one row per list under the same _id: such rows are merged into one
 * entity (row_groups.h), their sources joined in source_list, and each merged row counted as a
 * repair. The file carries no date, so its version is its modification date ("file date
 * YYYY-MM-DD").
 *
 * Mapping, column by column:
 *   source → source_list;  programs, alt_names, addresses, dates_of_birth, places_of_birth,
 *   citizenships, nationalities → split on ";";  type Individual/Entity/Vessel/Aircraft →
 *   schema, empty (Entity List, DPL, ITAR, ... rows give none, and no date of birth or gender
 *   to tell a person by) → LegalEntity (a person or an organisation);  title → positions;  addresses → addresses, their
 *   trailing ISO code → address country;  start_date → listed_on;  vessel_flag → registration
 *   country;  vessel_owner → relation "vessel_owner";  "(Linked To: X)" in remarks → relation
 *   "linked_to";  call_sign → identifier "other";  ids → us_csl_ids.c;  federal_register_notice,
 *   end_date, standard_order, license_requirement, license_policy, vessel_type, gross_tonnage,
 *   gross_registered_tonnage → remarks, labelled.  entity_number (the Treasury's own number,
 *   equal to _id there), source_list_url and source_information_url (links to the publishers'
 *   pages) are not kept.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "lists/csv.h"
#include "lists/freetext.h"
#include "lists/ofac_remarks.h"
#include "lists/row_groups.h"
#include "lists/us_csl.h"
#include "model/countries.h"
#include "model/dates.h"
#include "text/utf8.h"

enum column {
    C_ID, C_SOURCE, C_TYPE, C_PROGRAMS, C_NAME, C_TITLE, C_ADDRESSES, C_FR_NOTICE, C_START_DATE, C_END_DATE,
    C_STANDARD_ORDER, C_LICENSE_REQUIREMENT, C_LICENSE_POLICY, C_CALL_SIGN, C_VESSEL_TYPE, C_GROSS_TONNAGE,
    C_GROSS_REGISTERED_TONNAGE, C_VESSEL_FLAG, C_VESSEL_OWNER, C_REMARKS, C_ALT_NAMES, C_CITIZENSHIPS,
    C_DATES_OF_BIRTH, C_NATIONALITIES, C_PLACES_OF_BIRTH, C_IDS, N_COLUMNS
};

static const char *const COLUMN_NAMES[N_COLUMNS] = {
    "_id", "source", "type", "programs", "name", "title", "addresses", "federal_register_notice", "start_date",
    "end_date", "standard_order", "license_requirement", "license_policy", "call_sign", "vessel_type",
    "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "alt_names",
    "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "ids",
};

static const enum column REQUIRED[] = {C_ID, C_SOURCE, C_NAME};

/* Columns kept in the remarks as "label: value". */
static const struct {
    enum column column;
    const char *label;
} REMARK_COLUMNS[] = {
    {C_FR_NOTICE, "Federal Register notice"}, {C_END_DATE, "End date"},
    {C_STANDARD_ORDER, "Standard order"},     {C_LICENSE_REQUIREMENT, "License requirement"},
    {C_LICENSE_POLICY, "License policy"},     {C_VESSEL_TYPE, "Vessel type"},
    {C_GROSS_TONNAGE, "Gross tonnage"},       {C_GROSS_REGISTERED_TONNAGE, "Gross registered tonnage"},
};

typedef struct csl {
    cdn_loader *ld;
    const char *path;
    cdn_csv csv;
    int field_of[N_COLUMNS];
    size_t n_header;
    cdn_row_groups rows;
    cdn_strbuf text;            /* scratch */
    const cdn_row_group *group; /* the group being built */
    cdn_strbuf sources;         /* its source lists, joined */
    char listed_on[16];
} csl;

static int nomem(csl *c) { return cdn_error_nomem(c->ld->err); }

/* ---- reading rows ------------------------------------------------------------------------- */

static int read_record(csl *c, bool *got)
{
    int status = cdn_csv_next(&c->csv, got, c->ld->err);
    return status == CORDON_EIO ? CORDON_EDATA : status; /* a gzip stream cut short */
}


static int read_header(csl *c)
{
    bool got;
    int status = read_record(c, &got);
    if (status != CORDON_OK)
        return status;
    if (!got)
        return cdn_error_at(c->ld->err, CORDON_EDATA, c->path, 1, "the file is empty");
    cdn_csv_map_header(&c->csv, COLUMN_NAMES, N_COLUMNS, c->field_of);
    c->n_header = cdn_csv_count(&c->csv);
    for (size_t i = 0; i < sizeof REQUIRED / sizeof REQUIRED[0]; i++)
        if (c->field_of[REQUIRED[i]] < 0)
            return cdn_error_at(c->ld->err, CORDON_EDATA, c->path, c->csv.line,
                                "missing required column '%s' in the header (not a Consolidated Screening List file?)",
                                COLUMN_NAMES[REQUIRED[i]]);
    return CORDON_OK;
}

/* The file promises UTF-8: anything else (or a NUL byte) makes it unusable. */
static int check_text(csl *c)
{
    for (size_t i = 0; i < cdn_csv_count(&c->csv); i++) {
        size_t len, bad;
        const char *s = cdn_csv_field(&c->csv, i, &len);
        if (!cdn_utf8_valid(s, len, &bad))
            return cdn_error_at(c->ld->err, CORDON_EDATA, c->path, c->csv.line,
                                "invalid UTF-8 in field %zu (byte %zu of the field); the list must be UTF-8", i + 1,
                                bad + 1);
        if (memchr(s, '\0', len))
            return cdn_error_at(c->ld->err, CORDON_EDATA, c->path, c->csv.line,
                                "NUL byte in field %zu; this is not a text file", i + 1);
    }
    return CORDON_OK;
}

/* Field of column col, trimmed; *len gets its length. */
static const char *field(const csl *c, enum column col, size_t *len)
{
    *len = 0;
    if (c->field_of[col] < 0)
        return "";
    const char *s = cdn_csv_field(&c->csv, (size_t)c->field_of[col], len);
    while (*len && isspace((unsigned char)*s)) {
        s++;
        (*len)--;
    }
    while (*len && isspace((unsigned char)s[*len - 1]))
        (*len)--;
    return s;
}

static int keep_row(csl *c)
{
    size_t n = cdn_csv_count(&c->csv);
    if (n != c->n_header)
        return cdn_loader_skip(c->ld, c->path, c->csv.line, "row with a wrong number of fields",
                               "%zu fields, the header has %zu", n, c->n_header);
    int status = check_text(c);
    if (status != CORDON_OK)
        return status;
    size_t id_len, name_len;
    const char *id = field(c, C_ID, &id_len);
    field(c, C_NAME, &name_len);
    if (id_len == 0)
        return cdn_loader_skip(c->ld, c->path, c->csv.line, "row without an _id", "empty _id");
    if (name_len == 0)
        return cdn_loader_skip(c->ld, c->path, c->csv.line, "row without a name", "_id %.*s: empty name",
                               (int)(id_len < 100 ? id_len : 100), id);
    const char **fields = cdn_row_groups_add(&c->rows, id, id_len, c->csv.line);
    if (!fields)
        return nomem(c);
    for (int col = 0; col < N_COLUMNS; col++) {
        size_t len;
        const char *value = field(c, col, &len);
        if (!cdn_row_groups_set(&c->rows, fields, (size_t)col, value, len))
            return nomem(c);
    }
    return CORDON_OK;
}

/* ---- helpers shared with us_csl_ids.c ----------------------------------------------------- */

int cdn_csl_remark(const cdn_csl_origin *at, const char *label, const char *value, size_t len)
{
    /* "Additional Sanctions Information -", "Secondary sanctions risk:" read as plain labels. */
    size_t label_len = strlen(label);
    while (label_len && (label[label_len - 1] == '-' || label[label_len - 1] == ':' || label[label_len - 1] == ' '))
        label_len--;
    cdn_strbuf_reset(at->scratch);
    if (!cdn_strbuf_printf(at->scratch, "%.*s: %.*s", (int)label_len, label, (int)len, value))
        return cdn_error_nomem(at->ld->err);
    const char *remarks = at->ld->builder.remarks;
    if (remarks && strstr(remarks, at->scratch->data))
        return CORDON_OK; /* merged rows repeat their notes */
    return cdn_builder_append_remarks(&at->ld->builder, at->scratch->data, at->scratch->len)
               ? CORDON_OK
               : cdn_error_nomem(at->ld->err);
}

int cdn_csl_repair(const cdn_csl_origin *at, const char *reason, const char *what, const char *value, size_t len)
{
    return cdn_loader_repair(at->ld, at->path, at->line, reason, "_id %s: %s '%.*s'", at->native_id, what,
                             (int)(len < 200 ? len : 200), value);
}

bool cdn_csl_country(const char *text, size_t len, char code[3])
{
    if (len == 2 && isupper((unsigned char)text[0]) && isupper((unsigned char)text[1])) {
        char two[3] = {text[0], text[1], '\0'};
        if (!cdn_country_name(two))
            return false;
        memcpy(code, two, 3);
        return true;
    }
    return cdn_country_code(text, len, code);
}

/* ---- building one entity from its rows ---------------------------------------------------- */

static const char *const *row_fields(const csl *c, size_t r) { return cdn_row_groups_row(&c->rows, r)->fields; }

static cdn_csl_origin origin(csl *c, size_t r)
{
    cdn_csl_origin at = {c->ld, c->path, cdn_row_groups_row(&c->rows, r)->line, c->group->key, &c->text};
    return at;
}

/* Calls add(c, r, value, len) for each ";"-separated value of column col in row r. */
typedef int (*value_fn)(csl *c, size_t r, const char *value, size_t len);

static int each_value(csl *c, size_t r, enum column col, value_fn add)
{
    const char *s = row_fields(c, r)[col];
    size_t len = strlen(s);
    for (size_t start = 0; start < len;) {
        const char *semi = memchr(s + start, ';', len - start);
        size_t end = semi ? (size_t)(semi - s) : len;
        const char *v = s + start;
        size_t n = end - start;
        start = end + 1;
        while (n && isspace((unsigned char)*v)) {
            v++;
            n--;
        }
        while (n && isspace((unsigned char)v[n - 1]))
            n--;
        if (n) {
            int status = add(c, r, v, n);
            if (status != CORDON_OK)
                return status;
        }
    }
    return CORDON_OK;
}

/* Adds a name. A person's name in the Treasury's form, "FAMILY, Given Middle names", also gives
 * its parts as OFAC's own list does (cdn_ofac_add_name): the list repeats OFAC's names, and the
 * same name must score the same on both (a patronymic read as part of the given name was not
 * optional here, and LUKASHENKO, Alexander Grigoryevich scored 0.83 on this list against 0.92
 * on OFAC's for the query Alexander Lukaschenko). A name with a second comma is not in that
 * form: it gets no parts. */
static int add_name(csl *c, cordon_name_kind kind, const char *v, size_t len)
{
    cdn_entity_builder *b = &c->ld->builder;
    const char *comma = memchr(v, ',', len);
    if (comma && memchr(comma + 1, ',', len - (size_t)(comma - v) - 1))
        return cdn_builder_add_name(b, kind, v, len) ? CORDON_OK : nomem(c);
    return cdn_ofac_add_name(b, kind, v, len, &c->text) ? CORDON_OK : nomem(c);
}

static int add_alias(csl *c, size_t r, const char *v, size_t len)
{
    (void)r;
    return add_name(c, CORDON_NAME_ALIAS, v, len);
}

static int add_program(csl *c, size_t r, const char *v, size_t len)
{
    (void)r;
    return cdn_builder_add_program(&c->ld->builder, v, len) ? CORDON_OK : nomem(c);
}

static int add_birth_place(csl *c, size_t r, const char *v, size_t len)
{
    (void)r;
    cdn_entity_builder *b = &c->ld->builder;
    if (!cdn_builder_add_text(b, CDN_BIRTH_PLACES, v, len))
        return nomem(c);
    /* "Tall 'Afar, Iraq": the country, where the place names one, is its last part. */
    const char *last = v;
    for (size_t i = 0; i + 1 < len; i++)
        if (v[i] == ',')
            last = v + i + 1;
    char codes[1][3];
    if (cdn_text_countries(last, len - (size_t)(last - v), codes, 1) == 1 &&
        !cdn_builder_add_country(b, codes[0], CORDON_COUNTRY_BIRTH))
        return nomem(c);
    return CORDON_OK;
}

static int add_date_of_birth(csl *c, size_t r, const char *v, size_t len)
{
    cordon_date_range d;
    if (cdn_date_parse_text(v, len, &d))
        return cdn_builder_add_birth_date(&c->ld->builder, &d) ? CORDON_OK : nomem(c);
    cdn_csl_origin at = origin(c, r);
    int status = cdn_csl_repair(&at, "date of birth not understood (kept in remarks)", "date of birth", v, len);
    return status == CORDON_OK ? cdn_csl_remark(&at, "Date of birth", v, len) : status;
}

static int add_country_of(csl *c, size_t r, const char *v, size_t len, cordon_country_role role, const char *label)
{
    char code[3];
    if (cdn_csl_country(v, len, code))
        return cdn_builder_add_country(&c->ld->builder, code, role) ? CORDON_OK : nomem(c);
    cdn_csl_origin at = origin(c, r);
    int status = cdn_csl_repair(&at, "country not recognised (kept in remarks)", label, v, len);
    return status == CORDON_OK ? cdn_csl_remark(&at, label, v, len) : status;
}

static int add_citizenship(csl *c, size_t r, const char *v, size_t len)
{
    return add_country_of(c, r, v, len, CORDON_COUNTRY_CITIZENSHIP, "Citizenship");
}

static int add_nationality(csl *c, size_t r, const char *v, size_t len)
{
    return add_country_of(c, r, v, len, CORDON_COUNTRY_NATIONALITY, "Nationality");
}

/* Whether an address without a country ends in a US state code and ZIP code ("PHARR, TX,
 * 78577"), as the Denied Persons List writes its addresses. */
static bool us_state_and_zip(const char *v, size_t len)
{
    static const char STATES[] = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE "
                                 "NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI";
    size_t zip = len;
    while (zip && (isdigit((unsigned char)v[zip - 1]) || v[zip - 1] == '-'))
        zip--;
    size_t digits = len - zip;
    if ((digits != 5 && digits != 10) || zip < 6 || memcmp(v + zip - 2, ", ", 2) != 0 || v[zip - 5] != ' ' ||
        v[zip - 6] != ',')
        return false;
    char state[3] = {v[zip - 4], v[zip - 3], '\0'};
    const char *at = strstr(STATES, state);
    return isupper((unsigned char)state[0]) && isupper((unsigned char)state[1]) && at && (at - STATES) % 3 == 0;
}

/* "Agiou Andreou, 332, Limassol, 3035, CY": the text, and the trailing code as its country. */
static int add_address(csl *c, size_t r, const char *v, size_t len)
{
    const char *last = v;
    for (size_t i = 0; i + 1 < len; i++)
        if (v[i] == ',')
            last = v + i + 1;
    size_t last_len = len - (size_t)(last - v);
    while (last_len && isspace((unsigned char)*last)) {
        last++;
        last_len--;
    }
    char code[3];
    bool known = cdn_csl_country(last, last_len, code);
    if (known && !cdn_builder_add_country(&c->ld->builder, code, CORDON_COUNTRY_ADDRESS))
        return nomem(c);
    if (known && last == v)
        return CORDON_OK; /* only a country */
    if (!cdn_builder_add_text(&c->ld->builder, CDN_ADDRESSES, v, len))
        return nomem(c);
    if (known)
        return CORDON_OK;
    cdn_csl_origin at = origin(c, r);
    if (!us_state_and_zip(v, len))
        return cdn_csl_repair(&at, "address country not recognised (kept in the address)", "address", v, len);
    if (!cdn_builder_add_country(&c->ld->builder, "US", CORDON_COUNTRY_ADDRESS))
        return nomem(c);
    return cdn_csl_repair(&at, "address without a country (US by its state and ZIP code)", "address", v, len);
}

/* Every "(Linked To: NAME)" of the remarks, as a relation. Names may hold parentheses
 * ("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE"): the link ends where they balance. */
static int add_links(csl *c, const char *remarks)
{
    static const char TAG[] = "(Linked To: ";
    for (const char *p = strstr(remarks, TAG); p; p = strstr(p, TAG)) {
        p += sizeof TAG - 1;
        const char *end = p;
        for (int depth = 1; *end && (depth -= (*end == ')') - (*end == '(')) > 0;)
            end++;
        if (!*end)
            break;
        cdn_strbuf_reset(&c->text);
        if (!cdn_strbuf_append(&c->text, p, (size_t)(end - p)) ||
            !cdn_builder_add_relation(&c->ld->builder, "linked_to", NULL, cdn_strbuf_cstr(&c->text)))
            return nomem(c);
        p = end;
    }
    return CORDON_OK;
}

/* The party's type; a row without one (the Entity List, Denied Persons, ITAR debarment, ...
 * name people and companies alike and say not which) is a LegalEntity: a search for a person
 * must still find an ITAR-debarred person. */
static int set_schema(csl *c)
{
    const char *type = row_fields(c, c->group->first)[C_TYPE];
    cdn_entity_builder *b = &c->ld->builder;
    b->schema = CORDON_SCHEMA_LEGAL_ENTITY;
    if (!type[0])
        return CORDON_OK;
    if (cordon_schema_parse(type, &b->schema) == CORDON_OK && b->schema != CORDON_SCHEMA_ANY)
        return CORDON_OK;
    b->schema = CORDON_SCHEMA_LEGAL_ENTITY;
    cdn_csl_origin at = origin(c, c->group->first);
    return cdn_csl_repair(&at, "unknown type (taken as a person or organization)", "type", type, strlen(type));
}

static int add_listed_on(csl *c, size_t r)
{
    const char *value = row_fields(c, r)[C_START_DATE];
    cordon_date_range d;
    if (!cdn_date_parse_text(value, strlen(value), &d) || d.from.day == 0) {
        cdn_csl_origin at = origin(c, r);
        int status = cdn_csl_repair(&at, "start date not understood (kept in remarks)", "start_date", value, strlen(value));
        return status == CORDON_OK ? cdn_csl_remark(&at, "Start date", value, strlen(value)) : status;
    }
    char iso[16];
    cdn_date_format(&d.from, iso, sizeof iso);
    if (!c->listed_on[0] || strcmp(iso, c->listed_on) < 0)
        snprintf(c->listed_on, sizeof c->listed_on, "%s", iso);
    return CORDON_OK;
}

static int add_vessel(csl *c, size_t r)
{
    const char *const *f = row_fields(c, r);
    cdn_entity_builder *b = &c->ld->builder;
    if (f[C_CALL_SIGN][0] &&
        !cdn_builder_add_identifier(b, "other", f[C_CALL_SIGN], strlen(f[C_CALL_SIGN]), NULL, "call sign"))
        return nomem(c);
    if (f[C_VESSEL_OWNER][0] && !cdn_builder_add_relation(b, "vessel_owner", NULL, f[C_VESSEL_OWNER]))
        return nomem(c);
    if (f[C_VESSEL_FLAG][0] && strcasecmp(f[C_VESSEL_FLAG], "None Identified") != 0)
        return add_country_of(c, r, f[C_VESSEL_FLAG], strlen(f[C_VESSEL_FLAG]), CORDON_COUNTRY_REGISTRATION,
                              "Vessel flag");
    return CORDON_OK;
}

static int add_source(csl *c, const char *source)
{
    if (!source[0])
        return CORDON_OK;
    if (c->sources.len && !cdn_strbuf_append_str(&c->sources, "; "))
        return nomem(c);
    return cdn_strbuf_append_str(&c->sources, source) ? CORDON_OK : nomem(c);
}

/* Whether column col of row r holds a value no earlier row of the group held. */
static bool fresh(const csl *c, size_t r, enum column col)
{
    return row_fields(c, r)[col][0] && !cdn_row_groups_seen(&c->rows, c->group, r, col);
}

static int add_remark_columns(csl *c, size_t r)
{
    cdn_csl_origin at = origin(c, r);
    for (size_t i = 0; i < sizeof REMARK_COLUMNS / sizeof REMARK_COLUMNS[0]; i++) {
        const char *v = row_fields(c, r)[REMARK_COLUMNS[i].column];
        if (!fresh(c, r, REMARK_COLUMNS[i].column))
            continue;
        int status = cdn_csl_remark(&at, REMARK_COLUMNS[i].label, v, strlen(v));
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

/* Reads row r into the builder, skipping values an earlier row of the entity gave. */
static int add_row(csl *c, size_t r)
{
    const char *const *f = row_fields(c, r);
    cdn_entity_builder *b = &c->ld->builder;
    cdn_csl_origin at = origin(c, r);
    int status = add_name(c, r == c->group->first ? CORDON_NAME_PRIMARY : CORDON_NAME_ALIAS, f[C_NAME],
                          strlen(f[C_NAME]));
    if (status != CORDON_OK)
        return status;
    if (!cdn_builder_add_text(b, CDN_POSITIONS, f[C_TITLE], strlen(f[C_TITLE])))
        return nomem(c);
    if (fresh(c, r, C_SOURCE))
        status = add_source(c, f[C_SOURCE]);
    static const struct {
        enum column column;
        value_fn add;
    } LISTS[] = {
        {C_ALT_NAMES, add_alias},       {C_PROGRAMS, add_program},           {C_ADDRESSES, add_address},
        {C_CITIZENSHIPS, add_citizenship}, {C_NATIONALITIES, add_nationality}, {C_DATES_OF_BIRTH, add_date_of_birth},
        {C_PLACES_OF_BIRTH, add_birth_place},
    };
    for (size_t i = 0; i < sizeof LISTS / sizeof LISTS[0] && status == CORDON_OK; i++)
        if (fresh(c, r, LISTS[i].column))
            status = each_value(c, r, LISTS[i].column, LISTS[i].add);
    if (status == CORDON_OK && fresh(c, r, C_IDS))
        status = cdn_csl_add_ids(&at, f[C_IDS]);
    if (status == CORDON_OK && fresh(c, r, C_REMARKS)) {
        if (!cdn_builder_append_remarks(b, f[C_REMARKS], strlen(f[C_REMARKS])))
            return nomem(c);
        status = add_links(c, f[C_REMARKS]);
    }
    if (status == CORDON_OK && fresh(c, r, C_START_DATE))
        status = add_listed_on(c, r);
    if (status == CORDON_OK)
        status = add_vessel(c, r);
    if (status == CORDON_OK)
        status = add_remark_columns(c, r);
    return status;
}

static int build_group(csl *c, const cdn_row_group *group)
{
    cdn_entity_builder *b = &c->ld->builder;
    cdn_builder_reset(b);
    c->group = group;
    c->listed_on[0] = '\0';
    cdn_strbuf_reset(&c->sources);
    if (!cdn_builder_set_id(b, group->key, strlen(group->key)))
        return nomem(c);
    int status = set_schema(c);
    for (size_t r = group->first; r != CDN_ROW_NONE && status == CORDON_OK; r = cdn_row_groups_row(&c->rows, r)->next) {
        status = add_row(c, r);
        if (status == CORDON_OK && r != group->first) {
            cdn_csl_origin at = origin(c, r);
            const char *source = row_fields(c, r)[C_SOURCE];
            status = cdn_csl_repair(&at, "row repeating an earlier _id (merged into one entity)", "source", source,
                                    strlen(source));
        }
    }
    if (status != CORDON_OK)
        return status;
    if (c->sources.len && !cdn_builder_set_source_list(b, c->sources.data, c->sources.len))
        return nomem(c);
    if (c->listed_on[0] && !cdn_builder_set_listed_on(b, c->listed_on, strlen(c->listed_on)))
        return nomem(c);
    return cdn_loader_emit(c->ld);
}

int cdn_load_us_csl_csv(cdn_loader *ld, const char *path)
{
    csl c;
    memset(&c, 0, sizeof c);
    c.ld = ld;
    c.path = path;
    cdn_row_groups_init(&c.rows, N_COLUMNS);
    cdn_strbuf_init(&c.text);
    cdn_strbuf_init(&c.sources);
    int status = cdn_csv_open(&c.csv, path, ',', ld->err);
    if (status == CORDON_OK)
        status = cdn_loader_set_id(ld, "us-csl");
    if (status == CORDON_OK)
        status = cdn_loader_set_file_date(c.ld, c.path);
    if (status == CORDON_OK)
        status = read_header(&c);
    while (status == CORDON_OK) {
        bool got;
        if ((status = read_record(&c, &got)) != CORDON_OK || !got)
            break;
        status = keep_row(&c);
    }
    cdn_csv_close(&c.csv);
    for (size_t g = 0; g < cdn_row_groups_count(&c.rows) && status == CORDON_OK; g++)
        status = build_group(&c, cdn_row_groups_group(&c.rows, g));
    cdn_strbuf_free(&c.text);
    cdn_strbuf_free(&c.sources);
    cdn_row_groups_free(&c.rows);
    return status;
}

bool cdn_detect_us_csl_csv(const char *path, bool is_dir, const char *head, size_t head_len)
{
    (void)path;
    if (is_dir)
        return false;
    char line[2048];
    cdn_head_first_line(head, head_len, line, sizeof line);
    const char *start = strncmp(line, "\xEF\xBB\xBF", 3) == 0 ? line + 3 : line;
    return strncmp(start, "_id,", 4) == 0 && strstr(start, ",source,") && strstr(start, ",alt_names,");
}
