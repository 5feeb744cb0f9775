/*
 * eu_fsf_csv.c — loader for the EU Financial Sanctions File (FSF) in its CSV forms, 1.0 and 1.1.
 *
 * The European Commission publishes the consolidated list of persons, groups and entities subject
 * to EU financial sanctions on its FSF platform, https://webgate.ec.europa.eu/fsd/fsf (its feed,
 * /fsd/fsf/public/rss, lists "CSV - v1.0" as /public/files/csvFullSanctionsList/content, and 1.1
 * is csvFullSanctionsList_1_1); the dataset is described at https://data.europa.eu/data/datasets/
 * consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions, with a
 * "FSF-CSV-attributes" sheet of the columns. The 1.0 column names below are those of the 2018
 * file in cordon's test data; the 1.1 names are those of the published 1.1 header as public
 * parsers of it reproduce them (e.g. moov-io/watchman's EU reader and its tests). Both are
 * ';'-separated with a header line, one row per record of an entity (a name alias, an address,
 * a birth date, an identity document, a citizenship), the rows of one entity together and joined
 * by the entity's logical id.
 *
 *   1.0  Windows-1252 (the platform says Latin-1; the files use 0x80-0x9F for Š, Ž, ’, –).
 *        Header "Date_file;Entity_logical_id;Subject_type;...;EU_ref_num": a record's columns
 *        are prefixed Naal_ (name alias), Addr_, Birt_, Iden_ and Citi_, each group repeating
 *        Entity_logical_id. Countries are ISO alpha-3 codes. Iden_number packs the number, the
 *        type and a remark: "AD001095 (passport-National passport) ((passport))".
 *   1.1  UTF-8. Header "fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber;...":
 *        Entity_*, NameAlias_*, Address_*, BirthDate_*, Identification_*, Citizenship_* columns,
 *        countries as ISO alpha-2 codes with a description beside them.
 * The column names cordon reads are in COLUMNS below, both spellings side by side; the rest
 * (regulation titles and URLs, logical ids of the records, languages) have no place in the model.
 *
 * Entities: id eu-fsf:<logical id>; Subject_type P (person) or E (enterprise) gives the schema;
 * the entity's first name row in English or without a language gives the primary name (the file
 * marks no name as the main one, and lists translations into every EU language), the others are
 * aliases; Programme -> programs; the earliest publication date of the entity's
 * regulations (1.1: its designation date when given) -> listed on; Entity_remark -> remarks;
 * EU_ref_num -> identifier "other" with note "EU reference"; the Naal_ names with their parts,
 * gender, title and function (-> positions); addresses with their contact information (phone,
 * fax, e-mail, web site -> identifiers); dates and places of birth; documents; citizenships.
 *
 * The 2018 subset in cordon's test data (EUSanctionsShort.csv) was saved through a spreadsheet:
 * each line is one quoted field holding the whole ';'-separated row, its commas were turned into
 * tabs (the file holds no comma, and every line has exactly 31 tabs: 32 comma-columns padded with
 * tabs) and its header says "Date_filexxxx". Such a row is split again and its tabs read as the
 * commas they were; each row so mended is counted as a repaired record. The same copy lost every
 * letter Windows-1252 lacks to '?' (the Greek and Bulgarian names, and č, ł, ş... in others): a
 * name with a '?' is left out and counted as a skipped record, since what is left is not the name.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <errno.h>

#include "core/strmap.h"
#include "lists/csv.h"
#include "lists/loader.h"
#include "lists/places.h"
#include "model/countries.h"
#include "text/utf8.h"

#define EU_LIST_ID "eu-fsf"

enum version { V10, V11, N_VERSIONS };

enum column {
    C_DATE, C_ENTITY, C_SUBJECT, C_SUBJECT_CODE, C_EU_REF, C_UN_ID, C_DESIGNATED, C_DESIGNATION_DETAILS, C_REMARK,
    C_PUBLISHED, C_PROGRAMME,
    C_LASTNAME, C_FIRSTNAME, C_MIDDLENAME, C_WHOLENAME, C_LANGUAGE, C_GENDER, C_TITLE, C_FUNCTION,
    C_ADDR_NUMBER, C_ADDR_STREET, C_ADDR_POBOX, C_ADDR_ZIP, C_ADDR_CITY, C_ADDR_REGION, C_ADDR_PLACE,
    C_ADDR_COUNTRY, C_ADDR_COUNTRY_NAME, C_ADDR_OTHER,
    C_BIRTH_DATE, C_BIRTH_DAY, C_BIRTH_MONTH, C_BIRTH_YEAR, C_BIRTH_FROM, C_BIRTH_TO, C_BIRTH_CIRCA,
    C_BIRTH_CALENDAR, C_BIRTH_PLACE, C_BIRTH_CITY, C_BIRTH_REGION, C_BIRTH_COUNTRY, C_BIRTH_COUNTRY_NAME,
    C_ID_NUMBER, C_ID_LATIN, C_ID_TYPE, C_ID_TYPE_NAME, C_ID_COUNTRY, C_ID_COUNTRY_NAME, C_ID_ISSUED, C_ID_REMARK,
    C_ID_FALSE, C_ID_EXPIRED, C_ID_DIPLOMATIC,
    C_CITIZENSHIP, C_CITIZENSHIP_NAME,
    N_COLUMNS
};

/* Each column's name in 1.0 and in 1.1 ("" where that version has no such column). */
static const char *const COLUMNS[N_COLUMNS][N_VERSIONS] = {
    [C_DATE] = {"Date_file", "fileGenerationDate"},
    [C_ENTITY] = {"Entity_logical_id", "Entity_LogicalId"},
    [C_SUBJECT] = {"Subject_type", "Entity_SubjectType"},
    [C_SUBJECT_CODE] = {"", "Entity_SubjectType_ClassificationCode"},
    [C_EU_REF] = {"EU_ref_num", "Entity_EU_ReferenceNumber"},
    [C_UN_ID] = {"", "Entity_UnitedNationId"},
    [C_DESIGNATED] = {"", "Entity_DesignationDate"},
    [C_DESIGNATION_DETAILS] = {"", "Entity_DesignationDetails"},
    [C_REMARK] = {"Entity_remark", "Entity_Remark"},
    [C_PUBLISHED] = {"Leba_publication_date", "Entity_Regulation_PublicationDate"},
    [C_PROGRAMME] = {"Programme", "Entity_Regulation_Programme"},
    [C_LASTNAME] = {"Naal_lastname", "NameAlias_LastName"},
    [C_FIRSTNAME] = {"Naal_firstname", "NameAlias_FirstName"},
    [C_MIDDLENAME] = {"Naal_middlename", "NameAlias_MiddleName"},
    [C_WHOLENAME] = {"Naal_wholename", "NameAlias_WholeName"},
    [C_LANGUAGE] = {"Naal_language", "NameAlias_NameLanguage"},
    [C_GENDER] = {"Naal_gender", "NameAlias_Gender"},
    [C_TITLE] = {"Naal_title", "NameAlias_Title"},
    [C_FUNCTION] = {"Naal_function", "NameAlias_Function"},
    [C_ADDR_NUMBER] = {"Addr_number", ""},
    [C_ADDR_STREET] = {"Addr_street", "Address_Street"},
    [C_ADDR_POBOX] = {"", "Address_PoBox"},
    [C_ADDR_ZIP] = {"Addr_zipcode", "Address_ZipCode"},
    [C_ADDR_CITY] = {"Addr_city", "Address_City"},
    [C_ADDR_REGION] = {"", "Address_Region"},
    [C_ADDR_PLACE] = {"", "Address_Place"},
    [C_ADDR_COUNTRY] = {"Addr_country", "Address_CountryIso2Code"},
    [C_ADDR_COUNTRY_NAME] = {"", "Address_CountryDescription"},
    [C_ADDR_OTHER] = {"Addr_other", "Address_ContactInfo"},
    [C_BIRTH_DATE] = {"Birt_date", "BirthDate_BirthDate"},
    [C_BIRTH_DAY] = {"", "BirthDate_Day"},
    [C_BIRTH_MONTH] = {"", "BirthDate_Month"},
    [C_BIRTH_YEAR] = {"", "BirthDate_Year"},
    [C_BIRTH_FROM] = {"", "BirthDate_YearRangeFrom"},
    [C_BIRTH_TO] = {"", "BirthDate_YearRangeTo"},
    [C_BIRTH_CIRCA] = {"", "BirthDate_Circa"},
    [C_BIRTH_CALENDAR] = {"", "BirthDate_CalendarType"},
    [C_BIRTH_PLACE] = {"Birt_place", "BirthDate_Place"},
    [C_BIRTH_CITY] = {"", "BirthDate_City"},
    [C_BIRTH_REGION] = {"", "BirthDate_Region"},
    [C_BIRTH_COUNTRY] = {"Birt_country", "BirthDate_CountryIso2Code"},
    [C_BIRTH_COUNTRY_NAME] = {"", "BirthDate_CountryDescription"},
    [C_ID_NUMBER] = {"Iden_number", "Identification_Number"},
    [C_ID_LATIN] = {"", "Identification_LatinNumber"},
    [C_ID_TYPE] = {"", "Identification_TypeCode"},
    [C_ID_TYPE_NAME] = {"", "Identification_TypeDescription"},
    [C_ID_COUNTRY] = {"Iden_country", "Identification_CountryIso2Code"},
    [C_ID_COUNTRY_NAME] = {"", "Identification_CountryDescription"},
    [C_ID_ISSUED] = {"", "Identification_IssuedDate"},
    [C_ID_REMARK] = {"", "Identification_Remark"},
    [C_ID_FALSE] = {"", "Identification_KnownFalse"},
    [C_ID_EXPIRED] = {"", "Identification_KnownExpired"},
    [C_ID_DIPLOMATIC] = {"", "Identification_Diplomatic"},
    [C_CITIZENSHIP] = {"Citi_country", "Citizenship_CountryIso2Code"},
    [C_CITIZENSHIP_NAME] = {"", "Citizenship_CountryDescription"},
};

static const enum column REQUIRED[] = {C_DATE, C_ENTITY, C_SUBJECT, C_WHOLENAME};

enum { NO_FIELD = -1, NO_ROLE = -1, MAX_ENTITY_COLUMNS = 8 };

/* A row's fields, each NUL-terminated in bytes at the offsets in offs. */
typedef struct eu_row {
    cdn_strbuf bytes;
    cdn_vec offs; /* size_t */
} eu_row;

typedef struct eu_reader {
    cdn_loader *ld;
    const char *path;
    cdn_csv csv;
    enum version version;
    int field_of[N_COLUMNS];
    int entity_fields[MAX_ENTITY_COLUMNS]; /* every Entity_logical_id column (1.0 repeats it) */
    size_t n_entity_fields;
    size_t n_header;
    bool wrapped_file;        /* the header itself was one quoted field */
    bool tabs_for_commas;     /* ... padded with tabs: tabs inside a row are its commas */
    eu_row raw;               /* the record as read, re-split when wrapped */
    eu_row row;               /* the record as UTF-8 */
    cdn_strbuf text;          /* scratch: remarks, a name built from its parts, a given name */
    cdn_strbuf text2;         /* scratch: a family name */
    cdn_strbuf text3;         /* scratch: a middle name */
    cdn_strbuf kept;          /* a country's text that mapped to no code */
    cdn_strbuf date;          /* a date of birth's text */
    cdn_strbuf place;         /* an address or a place of birth being joined */
    cdn_strbuf note;          /* an identifier's note being joined */
    char who[80];             /* the entity's id for messages */
    cdn_strmap seen;          /* logical ids of the entities emitted so far -> line */
    /* the entity being gathered */
    bool open;
    long first_line;
    bool has_primary;
    size_t primary_index;     /* in the builder's names */
    bool primary_plain;       /* the primary name is in English or no language given */
    char listed_on[11];
    char designated[11];
} eu_reader;

/* ---- rows ------------------------------------------------------------------------------------ */

static void row_init(eu_row *w)
{
    cdn_strbuf_init(&w->bytes);
    cdn_vec_init(&w->offs, sizeof(size_t));
}

static void row_free(eu_row *w)
{
    cdn_strbuf_free(&w->bytes);
    cdn_vec_free(&w->offs);
}

static void row_reset(eu_row *w)
{
    cdn_strbuf_reset(&w->bytes);
    w->offs.len = 0;
}

/* Starts a new field in w; its bytes follow with row_add_bytes, and row_end_field closes it. */
static bool row_begin_field(eu_row *w)
{
    size_t off = w->bytes.len;
    return cdn_vec_push(&w->offs, &off) != NULL;
}

static bool row_end_field(eu_row *w) { return cdn_strbuf_append_char(&w->bytes, '\0'); }

static size_t row_count(const eu_row *w) { return w->offs.len; }

/* Field i of w, and its length. */
static const char *row_field(const eu_row *w, size_t i, size_t *len)
{
    size_t off = *(size_t *)cdn_vec_at(&w->offs, i);
    const char *s = w->bytes.data + off;
    if (len)
        *len = strlen(s);
    return s;
}

/* Splits s[0..len), one ';'-separated record with RFC 4180 quotes, into w. A tab becomes a comma
 * when commas is set. Returns false when out of memory; *open is set when a quote never closes. */
static bool split_record(const char *s, size_t len, bool commas, eu_row *w, bool *open)
{
    row_reset(w);
    *open = false;
    bool ok = row_begin_field(w), quoted = false, at_start = true;
    for (size_t i = 0; ok && i < len; i++) {
        char c = s[i] == '\t' && commas ? ',' : s[i];
        if (quoted) {
            if (c == '"' && i + 1 < len && s[i + 1] == '"')
                ok = cdn_strbuf_append_char(&w->bytes, '"'), i++;
            else if (c == '"')
                quoted = false;
            else
                ok = cdn_strbuf_append_char(&w->bytes, c);
        } else if (c == ';') {
            ok = row_end_field(w) && row_begin_field(w);
            at_start = true;
            continue;
        } else if (c == '"' && at_start) {
            quoted = true;
        } else {
            ok = cdn_strbuf_append_char(&w->bytes, c);
        }
        at_start = false;
    }
    *open = quoted;
    return ok && row_end_field(w);
}

/* Copies the CSV reader's current record into w as it is. */
static bool copy_record(const cdn_csv *c, eu_row *w)
{
    row_reset(w);
    for (size_t i = 0; i < cdn_csv_count(c); i++) {
        size_t len;
        const char *f = cdn_csv_field(c, i, &len);
        if (!row_begin_field(w) || !cdn_strbuf_append(&w->bytes, f, len) || !row_end_field(w))
            return false;
    }
    return true;
}

/* Whether the current record is a whole row wrapped in one quoted field: one field, holding the
 * separator (a ';' inside a single field of a ';'-separated file can only have come quoted). */
static bool is_wrapped(const cdn_csv *c)
{
    if (cdn_csv_count(c) != 1)
        return false;
    size_t len;
    const char *s = cdn_csv_field(c, 0, &len);
    return memchr(s, ';', len) != NULL;
}

/* The length of s[0..len) without its trailing tabs. */
static size_t without_tabs(const char *s, size_t len)
{
    while (len && s[len - 1] == '\t')
        len--;
    return len;
}

static int fail(eu_reader *r, long line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* A structural error of the file at line. */
static int fail(eu_reader *r, long line, const char *fmt, ...)
{
    char message[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, line, "%s", message);
}

static int nomem(eu_reader *r) { return cdn_error_nomem(r->ld->err); }

/* The repairs of a row that came wrapped in one quoted field (see the top of the file). */
static const char MENDED_WRAPPED[] = "row wrapped in one quoted field: split again";
static const char MENDED_TABS[] = "row wrapped in one quoted field, its commas turned to tabs: split again, commas restored";

/* Fills r->raw with the current record, unwrapped and re-split when it came as one quoted field;
 * *mended says what was undone (a constant repair reason), or NULL. */
static int read_raw(eu_reader *r, const char **mended)
{
    *mended = NULL;
    if (!is_wrapped(&r->csv))
        return copy_record(&r->csv, &r->raw) ? CORDON_OK : nomem(r);
    size_t len;
    const char *s = cdn_csv_field(&r->csv, 0, &len);
    len = without_tabs(s, len);
    bool tabs = r->tabs_for_commas && memchr(s, '\t', len) != NULL, open;
    if (!split_record(s, len, r->tabs_for_commas, &r->raw, &open))
        return nomem(r);
    if (open)
        return CORDON_OK; /* the caller finds the wrong field count */
    *mended = tabs ? MENDED_TABS : MENDED_WRAPPED;
    return CORDON_OK;
}

/* Decodes r->raw into r->row as UTF-8 (1.0 from Windows-1252; 1.1 checked). */
static int decode_row(eu_reader *r)
{
    row_reset(&r->row);
    for (size_t i = 0; i < row_count(&r->raw); i++) {
        size_t len, bad;
        const char *f = row_field(&r->raw, i, &len);
        bool ok = row_begin_field(&r->row);
        if (r->version == V11 && !cdn_utf8_valid(f, len, &bad))
            return fail(r, r->csv.line, "invalid UTF-8 in field %zu (byte %zu of the field); an EU FSF 1.1 file is UTF-8",
                        i + 1, bad + 1);
        if (memchr(f, '\0', len))
            return fail(r, r->csv.line, "NUL byte in field %zu; this is not a text file", i + 1);
        ok = ok && (r->version == V10 ? cdn_cp1252_to_utf8(f, len, &r->row.bytes) : cdn_strbuf_append(&r->row.bytes, f, len));
        if (!ok || !row_end_field(&r->row))
            return nomem(r);
    }
    return CORDON_OK;
}

/* Column col of the current row, trimmed of spaces ("" when the file has no such column). */
static const char *col(const eu_reader *r, enum column c, size_t *len)
{
    size_t n;
    if (r->field_of[c] == NO_FIELD || (size_t)r->field_of[c] >= row_count(&r->row)) {
        if (len)
            *len = 0;
        return "";
    }
    const char *s = row_field(&r->row, (size_t)r->field_of[c], &n);
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (len)
        *len = n;
    return s;
}

/* col() as a NUL-terminated copy in buf (the trimmed end would otherwise run on). */
static const char *col_str(const eu_reader *r, enum column c, cdn_strbuf *buf)
{
    size_t len;
    const char *s = col(r, c, &len);
    cdn_strbuf_reset(buf);
    return cdn_strbuf_append(buf, s, len) ? cdn_strbuf_cstr(buf) : NULL;
}

/* ---- the header ------------------------------------------------------------------------------ */

/* The header field name i, with a byte-order mark and spaces trimmed. */
static const char *header_name(const eu_row *w, size_t i, size_t *len)
{
    const char *s = row_field(w, i, len);
    if (i == 0 && *len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        *len -= 3;
    }
    while (*len && isspace((unsigned char)*s)) {
        s++;
        (*len)--;
    }
    while (*len && isspace((unsigned char)s[*len - 1]))
        (*len)--;
    return s;
}

static bool name_is(const char *s, size_t len, const char *name)
{
    return *name && strlen(name) == len && strncasecmp(s, name, len) == 0;
}

/* The version, from the first column's name: "Date_file" (the 2018 subset writes
 * "Date_filexxxx") for 1.0, "fileGenerationDate" for 1.1. */
static int header_version(eu_reader *r)
{
    size_t len;
    const char *first = header_name(&r->raw, 0, &len);
    if (len >= 9 && strncasecmp(first, "Date_file", 9) == 0)
        r->version = V10;
    else if (name_is(first, len, "fileGenerationDate"))
        r->version = V11;
    else
        return fail(r, r->csv.line,
                    "not an EU Financial Sanctions File: the header starts with '%.*s' (expected Date_file for "
                    "version 1.0 or fileGenerationDate for 1.1)", (int)(len < 60 ? len : 60), first);
    return CORDON_OK;
}

static int read_header(eu_reader *r)
{
    bool got;
    int status = cdn_csv_next(&r->csv, &got, r->ld->err);
    if (status != CORDON_OK)
        return status;
    if (!got)
        return fail(r, 1, "the file is empty; an EU FSF file starts with a header line");
    r->wrapped_file = is_wrapped(&r->csv);
    if (r->wrapped_file) {
        size_t len;
        const char *s = cdn_csv_field(&r->csv, 0, &len);
        r->tabs_for_commas = without_tabs(s, len) < len;
    }
    const char *mended;
    if ((status = read_raw(r, &mended)) != CORDON_OK || (status = header_version(r)) != CORDON_OK)
        return status;
    for (int c = 0; c < N_COLUMNS; c++)
        r->field_of[c] = NO_FIELD;
    r->n_header = row_count(&r->raw);
    r->field_of[C_DATE] = 0;
    for (size_t i = 1; i < r->n_header; i++) {
        size_t len;
        const char *name = header_name(&r->raw, i, &len);
        for (int c = 0; c < N_COLUMNS; c++) {
            if (!name_is(name, len, COLUMNS[c][r->version]))
                continue;
            if (c == C_ENTITY && r->n_entity_fields < MAX_ENTITY_COLUMNS)
                r->entity_fields[r->n_entity_fields++] = (int)i;
            if (r->field_of[c] == NO_FIELD)
                r->field_of[c] = (int)i;
        }
    }
    for (size_t k = 0; k < sizeof REQUIRED / sizeof REQUIRED[0]; k++) {
        enum column c = REQUIRED[k];
        bool subject = c == C_SUBJECT && r->field_of[C_SUBJECT_CODE] != NO_FIELD;
        if (r->field_of[c] == NO_FIELD && !subject)
            return fail(r, r->csv.line, "missing required column '%s' in the header (EU FSF %s)", COLUMNS[c][r->version],
                        r->version == V10 ? "1.0" : "1.1");
    }
    return CORDON_OK;
}

/* ---- what one row adds to its entity --------------------------------------------------------- */

static int add_text(eu_reader *r, cdn_text_field field, enum column c)
{
    size_t len;
    const char *s = col(r, c, &len);
    return cdn_builder_add_text(&r->ld->builder, field, s, len) ? CORDON_OK : nomem(r);
}

/* "entity 13: ", the entity's id as the start of a message (in r->who). */
static const char *who(eu_reader *r)
{
    snprintf(r->who, sizeof r->who, "entity %.60s: ", r->ld->builder.native_id ? r->ld->builder.native_id : "");
    return r->who;
}

/* A country from its code column, or its name column when the code is empty or "00", added to
 * the entity with role (NO_ROLE: only mapped, for a document's issuer); the text that did not
 * map goes to *kept (may be NULL). */
static int add_country(eu_reader *r, enum column code_col, enum column name_col, int role, const char *reason,
                       bool *found, char code[3], const char **kept)
{
    size_t len;
    const char *s = col(r, code_col, &len);
    if (len == 0 || (len == 2 && memcmp(s, "00", 2) == 0))
        s = col(r, name_col, &len);
    if (kept)
        *kept = NULL;
    char local[3];
    int status = role == NO_ROLE ? cdn_place_country_code(r->ld, r->path, r->csv.line, who(r), s, len, "issuing country",
                                                          reason, found, code ? code : local)
                                 : cdn_place_country(r->ld, r->path, r->csv.line, who(r), s, len, (cordon_country_role)role,
                                                     reason, found, code);
    if (status == CORDON_OK && !*found && len && !cdn_place_unknown(s, len) && kept) {
        cdn_strbuf_reset(&r->kept);
        *kept = cdn_strbuf_append(&r->kept, s, len) ? r->kept.data : NULL;
        if (!*kept)
            return nomem(r);
    }
    return status;
}

/* The name of the country in code (for a place's text), or the text as written. */
static bool append_country_name(cdn_strbuf *out, bool found, const char *code, const char *kept)
{
    const char *name = found ? cdn_country_name(code) : kept;
    return !name || cdn_place_append(out, ", ", name, strlen(name));
}

/* Whether the name row's language is English or not given: such a name is preferred as the
 * primary one over a translation that happens to come first. */
static bool plain_language(const eu_reader *r)
{
    size_t len;
    const char *lang = col(r, C_LANGUAGE, &len);
    return len == 0 || name_is(lang, len, "EN");
}

/* Makes the name just added the primary one when it is in English (or no language given) and
 * the primary so far is a translation. */
static void prefer_primary(eu_reader *r)
{
    cdn_entity_builder *b = &r->ld->builder;
    size_t added = b->names.len - 1;
    if (!r->has_primary) {
        r->has_primary = true;
        r->primary_index = added;
        r->primary_plain = plain_language(r);
        ((cordon_name *)cdn_vec_at(&b->names, added))->kind = CORDON_NAME_PRIMARY;
        return;
    }
    if (r->primary_plain || !plain_language(r))
        return;
    ((cordon_name *)cdn_vec_at(&b->names, r->primary_index))->kind = CORDON_NAME_ALIAS;
    ((cordon_name *)cdn_vec_at(&b->names, added))->kind = CORDON_NAME_PRIMARY;
    r->primary_index = added;
    r->primary_plain = true;
}

/* The whole name of a name row, built from its parts when the row gives only those (counted as
 * a repair); *len 0 when the row holds no name. */
static const char *whole_name(eu_reader *r, size_t *len, int *status)
{
    size_t n_first, n_middle, n_last;
    const char *whole = col(r, C_WHOLENAME, len);
    const char *first = col(r, C_FIRSTNAME, &n_first), *middle = col(r, C_MIDDLENAME, &n_middle),
               *last = col(r, C_LASTNAME, &n_last);
    *status = CORDON_OK;
    if (*len || n_first + n_middle + n_last == 0)
        return whole;
    cdn_strbuf_reset(&r->text);
    if (!cdn_place_append(&r->text, " ", first, n_first) || !cdn_place_append(&r->text, " ", middle, n_middle) ||
        !cdn_place_append(&r->text, " ", last, n_last)) {
        *status = nomem(r);
        return "";
    }
    *len = r->text.len;
    *status = cdn_loader_repair(r->ld, r->path, r->csv.line, "name without a whole name, built from its parts",
                                "entity %s: no whole name, '%.80s' built from its parts", r->ld->builder.native_id,
                                r->text.data);
    return r->text.data;
}

static int add_name(eu_reader *r)
{
    cdn_entity_builder *b = &r->ld->builder;
    size_t len;
    int status;
    const char *whole = whole_name(r, &len, &status);
    if (status != CORDON_OK || len == 0)
        return status;
    /* The 2018 subset lost the letters Windows-1252 lacks (Greek, Bulgarian, č, ł, ş...) to '?';
     * no listed name has a '?', and what is left of such a name is not that name. */
    if (memchr(whole, '?', len))
        return cdn_loader_skip(r->ld, r->path, r->csv.line, "name with letters lost to '?', left out",
                               "entity %s: name '%.*s' has lost letters to '?'", b->native_id,
                               (int)(len < 80 ? len : 80), whole);
    size_t before = b->names.len;
    if (!cdn_builder_add_name(b, CORDON_NAME_ALIAS, whole, len))
        return nomem(r);
    if (b->names.len == before)
        return CORDON_OK; /* the same spelling again */
    prefer_primary(r);
    const char *given = col_str(r, C_FIRSTNAME, &r->text), *family = col_str(r, C_LASTNAME, &r->text2),
               *middle = col_str(r, C_MIDDLENAME, &r->text3);
    if (!given || !family || !middle || !cdn_builder_set_name_parts(b, given, middle, family, NULL))
        return nomem(r);
    return CORDON_OK;
}

/* The name row's other fields: gender, title, function. */
static int add_name_details(eu_reader *r)
{
    const char *gender = col_str(r, C_GENDER, &r->text);
    if (!gender || !cdn_builder_set_gender(&r->ld->builder, gender))
        return nomem(r);
    int status = add_text(r, CDN_POSITIONS, C_TITLE);
    return status != CORDON_OK ? status : add_text(r, CDN_POSITIONS, C_FUNCTION);
}

/* One "KEY[value, value]" group of an address' contact information as identifiers; returns false
 * (and adds nothing) when key is not one cordon knows. */
static bool add_contact(eu_reader *r, const char *key, size_t key_len, const char *values, size_t len, bool *ok)
{
    static const struct {
        const char *key, *type, *note;
    } KEYS[] = {
        {"PHONE", "phone", NULL}, {"TEL", "phone", NULL}, {"FAX", "phone", "fax"},
        {"EMAIL", "email", NULL}, {"E-MAIL", "email", NULL}, {"WEB", "website", NULL}, {"WEBSITE", "website", NULL},
    };
    for (size_t k = 0; k < sizeof KEYS / sizeof KEYS[0]; k++) {
        if (!name_is(key, key_len, KEYS[k].key))
            continue;
        size_t start = 0;
        *ok = true;
        for (size_t i = 0; i <= len && *ok; i++) {
            if (i < len && values[i] != ',' && values[i] != ';')
                continue;
            *ok = cdn_builder_add_identifier(&r->ld->builder, KEYS[k].type, values + start, i - start, NULL, KEYS[k].note);
            start = i + 1;
        }
        return true;
    }
    return false;
}

/* Addr_other / Address_ContactInfo: "PHONE[...]\nFAX[...]" groups become identifiers; the rest
 * is kept in the address text. */
static int add_contacts(eu_reader *r, cdn_strbuf *address)
{
    size_t len;
    const char *s = col(r, C_ADDR_OTHER, &len);
    size_t i = 0;
    while (i < len) {
        while (i < len && (isspace((unsigned char)s[i]) || s[i] == ';'))
            i++;
        if (i + 1 < len && s[i] == '\\' && s[i + 1] == 'n') {
            i += 2; /* the file's escaped line break between groups */
            continue;
        }
        size_t start = i;
        const char *open = memchr(s + i, '[', len - i);
        const char *close = open ? memchr(open, ']', (size_t)(s + len - open)) : NULL;
        bool known = false, ok = true;
        if (open && close)
            known = add_contact(r, s + start, (size_t)(open - s) - start, open + 1, (size_t)(close - open) - 1, &ok);
        if (!ok)
            return nomem(r);
        size_t end = close ? (size_t)(close - s) + 1 : len;
        if (!known) {
            const char *nl = strstr(s + start, "\\n");
            end = close ? end : nl && (size_t)(nl - s) < len ? (size_t)(nl - s) : len;
            if (!cdn_place_append(address, ", ", s + start, end - start))
                return nomem(r);
        }
        i = end;
    }
    return CORDON_OK;
}

/* Appends "a b" (the parts joined by a space) to out as one ", "-separated part. */
static bool append_pair(cdn_strbuf *out, const char *a, size_t a_len, const char *b, size_t b_len)
{
    if (a_len == 0 || b_len == 0)
        return cdn_place_append(out, ", ", a_len ? a : b, a_len ? a_len : b_len);
    return cdn_place_append(out, ", ", a, a_len) && cdn_strbuf_append_char(out, ' ') && cdn_strbuf_append(out, b, b_len);
}

static int add_address(eu_reader *r)
{
    size_t n[7];
    const char *number = col(r, C_ADDR_NUMBER, &n[0]), *street = col(r, C_ADDR_STREET, &n[1]),
               *pobox = col(r, C_ADDR_POBOX, &n[2]), *zip = col(r, C_ADDR_ZIP, &n[3]), *city = col(r, C_ADDR_CITY, &n[4]),
               *region = col(r, C_ADDR_REGION, &n[5]), *place = col(r, C_ADDR_PLACE, &n[6]);
    cdn_strbuf *address = &r->place;
    cdn_strbuf_reset(address);
    if (!append_pair(address, number, n[0], street, n[1]) || !cdn_place_append(address, ", ", pobox, n[2]) ||
        !append_pair(address, zip, n[3], city, n[4]) || !cdn_place_append(address, ", ", region, n[5]) ||
        !cdn_place_append(address, ", ", place, n[6]))
        return nomem(r);
    bool found = false;
    char code[3];
    const char *kept = NULL;
    int status = add_country(r, C_ADDR_COUNTRY, C_ADDR_COUNTRY_NAME, CORDON_COUNTRY_ADDRESS,
                             "address country not a known country, kept in the address", &found, code, &kept);
    if (status != CORDON_OK)
        return status;
    if (!append_country_name(address, found, code, kept))
        return nomem(r);
    if ((status = add_contacts(r, address)) != CORDON_OK)
        return status;
    return !address->len || cdn_builder_add_text(&r->ld->builder, CDN_ADDRESSES, address->data, address->len)
               ? CORDON_OK
               : nomem(r);
}

/* Appends "label: text" to the remarks unless they hold text already (rows repeat the entity's
 * fields). The file's escaped line breaks ("\n", two characters) become line breaks. */
static int remark(eu_reader *r, const char *label, const char *text, size_t len)
{
    cdn_strbuf *buf = &r->text;
    cdn_strbuf_reset(buf);
    if (label && !(cdn_strbuf_append_str(buf, label) && cdn_strbuf_append_str(buf, ": ")))
        return nomem(r);
    for (size_t i = 0; i < len; i++) {
        bool escape = text[i] == '\\' && i + 1 < len && text[i + 1] == 'n';
        if (!cdn_strbuf_append_char(buf, escape ? '\n' : text[i]))
            return nomem(r);
        i += escape;
    }
    cdn_entity_builder *b = &r->ld->builder;
    if (buf->len == 0 || (b->remarks && strstr(b->remarks, buf->data)))
        return CORDON_OK;
    return cdn_builder_append_remarks(b, buf->data, buf->len) ? CORDON_OK : nomem(r);
}

/* The text of a date of birth: BirthDate_BirthDate, or its day, month and year, or a range of
 * years, into buf ("" when the row gives none). */
static bool birth_date_text(eu_reader *r, cdn_strbuf *buf)
{
    size_t len, d_len, m_len, y_len, from_len, to_len;
    const char *date = col(r, C_BIRTH_DATE, &len);
    const char *day = col(r, C_BIRTH_DAY, &d_len), *month = col(r, C_BIRTH_MONTH, &m_len),
               *year = col(r, C_BIRTH_YEAR, &y_len);
    const char *from = col(r, C_BIRTH_FROM, &from_len), *to = col(r, C_BIRTH_TO, &to_len);
    cdn_strbuf_reset(buf);
    if (len)
        return cdn_strbuf_append(buf, date, len);
    if (y_len) {
        bool ok = cdn_strbuf_append(buf, year, y_len);
        if (ok && m_len)
            ok = cdn_strbuf_printf(buf, "-%s%.*s", m_len == 1 ? "0" : "", (int)m_len, month);
        if (ok && m_len && d_len)
            ok = cdn_strbuf_printf(buf, "-%s%.*s", d_len == 1 ? "0" : "", (int)d_len, day);
        return ok;
    }
    if (from_len || to_len)
        return cdn_strbuf_printf(buf, "%.*s..%.*s", (int)(from_len ? from_len : to_len), from_len ? from : to,
                                 (int)(to_len ? to_len : from_len), to_len ? to : from);
    return cdn_strbuf_reserve(buf, 0);
}

/* Whether column c says "true" (or "1"). */
static bool col_true(const eu_reader *r, enum column c)
{
    size_t len;
    const char *s = col(r, c, &len);
    return name_is(s, len, "true") || name_is(s, len, "1");
}

static int add_birth(eu_reader *r)
{
    cdn_entity_builder *b = &r->ld->builder;
    cdn_strbuf *text = &r->date;
    if (!birth_date_text(r, text))
        return nomem(r);
    int status = CORDON_OK;
    const char *calendar = col_str(r, C_BIRTH_CALENDAR, &r->text);
    if (!calendar)
        return nomem(r);
    bool gregorian = !*calendar || strcasecmp(calendar, "GREGORIAN") == 0;
    cordon_date_range d;
    if (text->len && !cdn_place_unknown(text->data, text->len)) {
        if (gregorian && cdn_date_parse_text(text->data, text->len, &d)) {
            d.approximate |= col_true(r, C_BIRTH_CIRCA);
            if (!cdn_builder_add_birth_date(b, &d))
                return nomem(r);
        } else if ((status = cdn_loader_repair(r->ld, r->path, r->csv.line,
                                               gregorian ? "date of birth not understood, kept in remarks"
                                                         : "date of birth in another calendar, kept in remarks",
                                               "entity %s: date of birth '%.60s' %s, kept in remarks", b->native_id, text->data,
                                               gregorian ? "is no date" : "is of another calendar")) != CORDON_OK ||
                   (status = remark(r, "Date of birth", text->data, text->len)) != CORDON_OK) {
            return status;
        }
    }
    size_t n[3];
    const char *place = col(r, C_BIRTH_PLACE, &n[0]), *city = col(r, C_BIRTH_CITY, &n[1]),
               *region = col(r, C_BIRTH_REGION, &n[2]);
    bool found = false;
    char code[3];
    const char *kept = NULL;
    status = add_country(r, C_BIRTH_COUNTRY, C_BIRTH_COUNTRY_NAME, CORDON_COUNTRY_BIRTH,
                         "country of birth not a known country, kept in the place of birth", &found, code, &kept);
    if (status != CORDON_OK)
        return status;
    cdn_strbuf *where = &r->place;
    cdn_strbuf_reset(where);
    if (!cdn_place_append(where, ", ", place, n[0]) || !cdn_place_append(where, ", ", city, n[1]) ||
        !cdn_place_append(where, ", ", region, n[2]) || !append_country_name(where, found, code, kept))
        return nomem(r);
    return !where->len || cdn_builder_add_text(b, CDN_BIRTH_PLACES, where->data, where->len) ? CORDON_OK : nomem(r);
}

/* The identifier type an FSF identification type code stands for ("passport", "id",
 * "regnumber", "fiscalcode", "swiftbic", "imo", "other", ...). */
static const char *id_type(const char *code, size_t len)
{
    static const struct {
        const char *code, *type;
    } TYPES[] = {
        {"passport", "passport"}, {"travel", "passport"}, {"id", "national_id"}, {"ssn", "national_id"},
        {"birthcert", "other"}, {"fiscalcode", "tax"}, {"tin", "tax"}, {"taxid", "tax"}, {"inn", "tax"},
        {"regnumber", "registration"}, {"ogrn", "registration"}, {"swiftbic", "swift"}, {"swift", "swift"},
        {"bic", "swift"}, {"imo", "imo"},
    };
    for (size_t i = 0; i < sizeof TYPES / sizeof TYPES[0]; i++)
        if (name_is(code, len, TYPES[i].code))
            return TYPES[i].type;
    return "other";
}

/* Splits a 1.0 Iden_number, "AD001095 (passport-National passport) ((passport))", into the
 * number, the type code, and a note of the type's description and the remark. */
static bool split_v10_document(const char *s, size_t len, size_t *number_len, const char **code, size_t *code_len,
                               cdn_strbuf *note)
{
    const char *open = NULL;
    for (size_t i = 0; i + 1 < len && !open; i++)
        if (s[i] == ' ' && s[i + 1] == '(')
            open = s + i + 1;
    *number_len = open ? (size_t)(open - s) - 1 : len;
    *code = "";
    *code_len = 0;
    if (!open)
        return true;
    const char *end = s + len, *close = memchr(open, ')', (size_t)(end - open));
    const char *dash = close ? memchr(open, '-', (size_t)(close - open)) : NULL;
    const char *rest = open;
    if (close && dash) {
        *code = open + 1;
        *code_len = (size_t)(dash - open) - 1;
        if (!cdn_place_append(note, "; ", dash + 1, (size_t)(close - dash) - 1))
            return false;
        rest = close + 1;
    }
    while (rest < end && *rest == ' ')
        rest++;
    size_t rest_len = (size_t)(end - rest);
    while (rest_len && rest[rest_len - 1] == ' ')
        rest_len--;
    while (rest_len >= 2 && rest[0] == '(' && rest[rest_len - 1] == ')') {
        rest++;
        rest_len -= 2;
    }
    if (rest_len == *code_len && strncasecmp(rest, *code, rest_len) == 0)
        return true; /* "((passport))": the type code again */
    return cdn_place_append(note, "; ", rest, rest_len);
}

/* The note of a 1.1 document: its type's description, issue date, remark and flags. */
static bool v11_document_note(const eu_reader *r, cdn_strbuf *note)
{
    size_t n[3];
    const char *type_name = col(r, C_ID_TYPE_NAME, &n[0]), *issued = col(r, C_ID_ISSUED, &n[1]),
               *remark_text = col(r, C_ID_REMARK, &n[2]);
    bool ok = cdn_place_append(note, "; ", type_name, n[0]);
    if (ok && n[1])
        ok = cdn_place_append(note, "; ", "issued", 6) && cdn_strbuf_append_char(note, ' ') &&
             cdn_strbuf_append(note, issued, n[1]);
    ok = ok && cdn_place_append(note, "; ", remark_text, n[2]);
    if (ok && col_true(r, C_ID_FALSE))
        ok = cdn_place_append(note, "; ", "known to be false", 17);
    if (ok && col_true(r, C_ID_EXPIRED))
        ok = cdn_place_append(note, "; ", "known to be expired", 19);
    if (ok && col_true(r, C_ID_DIPLOMATIC))
        ok = cdn_place_append(note, "; ", "diplomatic", 10);
    return ok;
}

static int add_document(eu_reader *r)
{
    size_t len, code_len, number_len, latin_len;
    const char *number = col(r, C_ID_NUMBER, &len), *code = col(r, C_ID_TYPE, &code_len);
    const char *latin = col(r, C_ID_LATIN, &latin_len);
    cdn_strbuf *note = &r->note;
    cdn_strbuf_reset(note);
    number_len = len;
    bool ok = r->version == V10 ? split_v10_document(number, len, &number_len, &code, &code_len, note)
                                : v11_document_note(r, note);
    if (!ok)
        return nomem(r);
    if (number_len == 0 && latin_len == 0)
        return CORDON_OK;
    bool found = false;
    char country[3];
    const char *kept = NULL;
    int status = add_country(r, C_ID_COUNTRY, C_ID_COUNTRY_NAME, NO_ROLE,
                             "document country not a known country, kept in the note", &found, country, &kept);
    if (status != CORDON_OK)
        return status;
    if (kept && !(cdn_place_append(note, "; ", "issued by", 9) && cdn_strbuf_append_char(note, ' ') &&
                  cdn_strbuf_append_str(note, kept)))
        return nomem(r);
    cdn_entity_builder *b = &r->ld->builder;
    const char *type = id_type(code, code_len), *issuer = found ? country : NULL, *text = note->len ? note->data : NULL;
    if ((number_len && !cdn_builder_add_identifier(b, type, number, number_len, issuer, text)) ||
        (latin_len && !cdn_builder_add_identifier(b, type, latin, latin_len, issuer, text)))
        return nomem(r);
    return CORDON_OK;
}

static int add_citizenship(eu_reader *r)
{
    bool found;
    const char *kept = NULL;
    int status = add_country(r, C_CITIZENSHIP, C_CITIZENSHIP_NAME, CORDON_COUNTRY_CITIZENSHIP,
                             "citizenship not a known country, kept in remarks", &found, NULL, &kept);
    return status == CORDON_OK && kept ? remark(r, "Citizenship", kept, strlen(kept)) : status;
}

/* Keeps the earliest full date of column c (ISO or dd/mm/yyyy) in out, as YYYY-MM-DD. */
static void keep_earliest(eu_reader *r, enum column c, char out[11])
{
    size_t len;
    const char *s = col(r, c, &len);
    cordon_date_range d;
    if (!len || !cdn_date_parse_text(s, len, &d) || !d.from.day || memcmp(&d.from, &d.to, sizeof d.from) != 0)
        return;
    char iso[16];
    cdn_date_format(&d.from, iso, sizeof iso);
    if (strlen(iso) == 10 && (!out[0] || strcmp(iso, out) < 0))
        memcpy(out, iso, 11);
}

/* The fields every row repeats: programme, regulation date, remarks, references. */
static int add_entity_fields(eu_reader *r)
{
    cdn_entity_builder *b = &r->ld->builder;
    size_t len;
    const char *s = col(r, C_PROGRAMME, &len);
    if (!cdn_builder_add_program(b, s, len))
        return nomem(r);
    keep_earliest(r, C_PUBLISHED, r->listed_on);
    keep_earliest(r, C_DESIGNATED, r->designated);
    int status;
    s = col(r, C_REMARK, &len);
    if ((status = remark(r, NULL, s, len)) != CORDON_OK)
        return status;
    s = col(r, C_DESIGNATION_DETAILS, &len);
    if ((status = remark(r, NULL, s, len)) != CORDON_OK)
        return status;
    s = col(r, C_EU_REF, &len);
    if (!cdn_builder_add_identifier(b, "other", s, len, NULL, "EU reference"))
        return nomem(r);
    s = col(r, C_UN_ID, &len);
    return cdn_builder_add_identifier(b, "other", s, len, NULL, "UN reference") ? CORDON_OK : nomem(r);
}

/* ---- entities -------------------------------------------------------------------------------- */

/* Emits the entity gathered so far (or reports it when it has no name). */
static int finish_entity(eu_reader *r)
{
    cdn_entity_builder *b = &r->ld->builder;
    if (!r->open)
        return CORDON_OK;
    r->open = false;
    if (!cdn_strmap_put(&r->seen, b->native_id, strlen(b->native_id), (void *)(intptr_t)r->first_line, NULL))
        return nomem(r);
    const char *listed = r->designated[0] ? r->designated : r->listed_on;
    if (listed[0] && !cdn_builder_set_listed_on(b, listed, strlen(listed)))
        return nomem(r);
    if (b->names.len == 0)
        return cdn_loader_skip(r->ld, r->path, r->first_line, "entity without a name",
                               "entity %s has no name row", b->native_id);
    return cdn_loader_emit(r->ld);
}

/* The schema of Subject_type "P" / "E" (1.1 also "person" / "enterprise"). */
static int set_schema(eu_reader *r)
{
    size_t len;
    const char *s = col(r, C_SUBJECT, &len);
    if (len == 0)
        s = col(r, C_SUBJECT_CODE, &len);
    cdn_entity_builder *b = &r->ld->builder;
    if (name_is(s, len, "P") || name_is(s, len, "person"))
        b->schema = CORDON_SCHEMA_PERSON;
    else if (name_is(s, len, "E") || name_is(s, len, "enterprise"))
        b->schema = CORDON_SCHEMA_ORGANIZATION;
    else {
        b->schema = CORDON_SCHEMA_LEGAL_ENTITY;
        return cdn_loader_repair(r->ld, r->path, r->csv.line,
                                 "subject type cordon does not know, read as a person or organization",
                                 "entity %s: subject type '%.*s' unknown, read as a person or organization",
                                 b->native_id, (int)(len < 40 ? len : 40), s);
    }
    return CORDON_OK;
}

/* Starts the entity of the current row. *keep is false when its id was already emitted (its
 * rows are not together): the row is then reported and dropped. */
static int start_entity(eu_reader *r, const char *id, size_t len, bool *keep)
{
    void *line = cdn_strmap_get(&r->seen, id, len);
    *keep = line == NULL;
    if (!*keep)
        return cdn_loader_skip(r->ld, r->path, r->csv.line, "row of an entity whose rows came earlier, apart from it",
                               "entity %.*s, first seen on line %ld", (int)(len < 40 ? len : 40), id, (long)(intptr_t)line);
    cdn_entity_builder *b = &r->ld->builder;
    cdn_builder_reset(b);
    if (!cdn_builder_set_id(b, id, len))
        return nomem(r);
    r->open = true;
    r->first_line = r->csv.line;
    r->has_primary = false;
    r->listed_on[0] = r->designated[0] = '\0';
    return set_schema(r);
}

/* The logical id of the current row; *consistent is false when the row's record names another
 * entity than the row (1.0 repeats the id in each group of columns). */
static const char *row_entity(eu_reader *r, size_t *len, bool *consistent)
{
    const char *id = col(r, C_ENTITY, len);
    *consistent = true;
    for (size_t k = 0; k < r->n_entity_fields; k++) {
        size_t n;
        int f = r->entity_fields[k];
        if ((size_t)f >= row_count(&r->row))
            continue;
        const char *other = row_field(&r->row, (size_t)f, &n);
        while (n && isspace((unsigned char)*other)) {
            other++;
            n--;
        }
        while (n && isspace((unsigned char)other[n - 1]))
            n--;
        if (n && (n != *len || memcmp(other, id, n) != 0))
            *consistent = false;
    }
    return id;
}

/* The list's version: the file date of the first row ("04/07/2018" -> "2018-07-04"). */
static int set_version(eu_reader *r)
{
    size_t len;
    const char *s = col(r, C_DATE, &len);
    cordon_date_range d;
    char iso[16];
    if (r->ld->info->version || len == 0)
        return CORDON_OK;
    if (cdn_date_parse_text(s, len, &d) && d.from.day && memcmp(&d.from, &d.to, sizeof d.from) == 0) {
        cdn_date_format(&d.from, iso, sizeof iso);
        return cdn_loader_set_version(r->ld, iso);
    }
    cdn_strbuf_reset(&r->text);
    return cdn_strbuf_append(&r->text, s, len) ? cdn_loader_set_version(r->ld, r->text.data) : nomem(r);
}

/* Everything one row says, added to its entity. */
static int read_row_fields(eu_reader *r)
{
    int status;
    if ((status = add_entity_fields(r)) != CORDON_OK || (status = add_name(r)) != CORDON_OK ||
        (status = add_name_details(r)) != CORDON_OK || (status = add_address(r)) != CORDON_OK ||
        (status = add_birth(r)) != CORDON_OK || (status = add_document(r)) != CORDON_OK)
        return status;
    return add_citizenship(r);
}

static int read_row(eu_reader *r)
{
    const char *mended;
    int status = read_raw(r, &mended);
    if (status != CORDON_OK)
        return status;
    if (row_count(&r->raw) != r->n_header)
        return cdn_loader_skip(r->ld, r->path, r->csv.line, "row with a wrong number of fields",
                               "%zu fields, the header has %zu", row_count(&r->raw), r->n_header);
    if ((status = decode_row(r)) != CORDON_OK || (status = set_version(r)) != CORDON_OK)
        return status;
    size_t len;
    bool consistent, keep = true;
    const char *id = row_entity(r, &len, &consistent);
    if (len == 0)
        return cdn_loader_skip(r->ld, r->path, r->csv.line, "row without an entity id", "empty %s",
                               COLUMNS[C_ENTITY][r->version]);
    if (!consistent)
        return cdn_loader_skip(r->ld, r->path, r->csv.line, "row whose record names another entity",
                               "%s columns disagree (first: %.*s)", COLUMNS[C_ENTITY][r->version],
                               (int)(len < 40 ? len : 40), id);
    cdn_entity_builder *b = &r->ld->builder;
    bool same = r->open && strlen(b->native_id) == len && memcmp(b->native_id, id, len) == 0;
    if (!same && ((status = finish_entity(r)) != CORDON_OK || (status = start_entity(r, id, len, &keep)) != CORDON_OK))
        return status;
    if (!keep)
        return CORDON_OK;
    if (mended && (status = cdn_loader_repair(r->ld, r->path, r->csv.line, mended,
                                              "entity %s: the row came as one quoted field%s; split again%s", b->native_id,
                                              mended == MENDED_TABS ? ", its commas turned to tabs" : "",
                                              mended == MENDED_TABS ? ", tabs read as commas" : "")))
        return status;
    return read_row_fields(r);
}

/* A file without a date column value: its modification date stands in, said as such. */
static int set_file_date(eu_reader *r)
{
    return r->ld->info->version ? CORDON_OK : cdn_loader_set_file_date(r->ld, r->path);
}

int cdn_load_eu_fsf_csv(cdn_loader *ld, const char *path)
{
    eu_reader r;
    memset(&r, 0, sizeof r);
    r.ld = ld;
    r.path = path;
    row_init(&r.raw);
    row_init(&r.row);
    cdn_strbuf_init(&r.text);
    cdn_strbuf_init(&r.text2);
    cdn_strbuf_init(&r.text3);
    cdn_strbuf_init(&r.kept);
    cdn_strbuf_init(&r.date);
    cdn_strbuf_init(&r.place);
    cdn_strbuf_init(&r.note);
    cdn_strmap_init(&r.seen);
    int status = cdn_csv_open(&r.csv, path, ';', ld->err);
    if (status == CORDON_OK)
        status = cdn_loader_set_id(ld, EU_LIST_ID);
    if (status == CORDON_OK)
        status = read_header(&r);
    while (status == CORDON_OK) {
        bool got;
        status = cdn_csv_next(&r.csv, &got, ld->err);
        if (status != CORDON_OK || !got)
            break;
        status = read_row(&r);
    }
    if (status == CORDON_OK)
        status = finish_entity(&r);
    if (status == CORDON_OK)
        status = set_file_date(&r);
    cdn_csv_close(&r.csv);
    row_free(&r.raw);
    row_free(&r.row);
    cdn_strbuf_free(&r.text);
    cdn_strbuf_free(&r.text2);
    cdn_strbuf_free(&r.text3);
    cdn_strbuf_free(&r.kept);
    cdn_strbuf_free(&r.date);
    cdn_strbuf_free(&r.place);
    cdn_strbuf_free(&r.note);
    cdn_strmap_free(&r.seen);
    return status;
}

bool cdn_detect_eu_fsf_csv(const char *path, bool is_dir, const char *head, size_t head_len)
{
    (void)path;
    if (is_dir)
        return false;
    char line[4096];
    cdn_head_first_line(head, head_len, line, sizeof line);
    bool v10 = strcasestr(line, "Date_file") && strcasestr(line, ";Entity_logical_id;");
    bool v11 = strcasestr(line, "fileGenerationDate;") && strcasestr(line, ";Entity_LogicalId");
    return v10 || v11;
}
