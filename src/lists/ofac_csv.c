/*
 * ofac_csv.c — loader for OFAC's legacy CSV sets (format us-ofac-csv): the SDN list (sdn.csv,
 * alt.csv, add.csv, sdn_comments.csv; list id us-ofac-sdn) and the non-SDN consolidated list
 * (cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv; list id us-ofac-cons).
 *
 * Columns, per OFAC's "SDN legacy CSV file specifications" (dat_spec.txt,
 * https://www.treasury.gov/ofac/downloads/dat_spec.txt), files without a header row:
 *   sdn.csv       ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage,
 *                 GRT, Vess_flag, Vess_owner, Remarks (Remarks at most 1000 characters)
 *   alt.csv       ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks
 *   add.csv       ent_num, add_num, Address, City/State/Province/Postal Code, Country, add_remarks
 *   sdn_comments  ent_num, the rest of a Remarks text longer than the column holds
 * Null values are "-0-"; OFAC writes them "-0- ". The files are Windows-1252 with CR LF line
 * ends and a DOS end-of-file byte (0x1A), which the CSV reader handles.
 *
 * The primary file is read whole first (a few MB), so that the other three can be joined to it
 * by ent_num through a hash map and the remarks completed from the comments file before they
 * are parsed (ofac_remarks.c); then every entry is emitted in file order. Rows of the other
 * files whose ent_num the primary file lacks are skipped and counted, as are rows of a broken
 * shape; only a file that is not in the format at all stops the load.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "core/strmap.h"
#include "lists/csv.h"
#include "lists/loader.h"
#include "lists/ofac_remarks.h"
#include "model/countries.h"
#include "text/utf8.h"

enum { PRIM, ALT, ADD, COMMENTS, N_FILES };

/* Column counts per file, and the primary file's columns. */
static const size_t FIELDS[N_FILES] = {12, 5, 6, 2};
enum { F_ENT_NUM, F_NAME, F_TYPE, F_PROGRAM, F_TITLE, F_CALL_SIGN, F_VESS_TYPE, F_TONNAGE, F_GRT, F_VESS_FLAG,
       F_VESS_OWNER, F_REMARKS, N_PRIM_FIELDS };

/* The Remarks column's size in the specification: a text this long continues in the comments
 * file. */
#define REMARKS_SIZE 1000

/* One of the two sets: its files and its load-report reasons (constant phrases). */
typedef struct ofac_set {
    const char *list_id;
    const char *files[N_FILES];
    const char *wrong_fields[N_FILES];
    const char *missing_entry[N_FILES]; /* [ALT], [ADD], [COMMENTS] */
    const char *prim_no_id;
    const char *prim_no_name;
    const char *prim_duplicate;
    const char *alt_no_name;
    const char *comment_complete;
} ofac_set;

static const ofac_set SETS[] = {
    {
        "us-ofac-sdn",
        {"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"},
        {"sdn.csv row with the wrong number of fields", "alt.csv row with the wrong number of fields",
         "add.csv row with the wrong number of fields", "sdn_comments.csv row with the wrong number of fields"},
        {NULL, "alt.csv row for an entry missing from sdn.csv", "add.csv row for an entry missing from sdn.csv",
         "sdn_comments.csv row for an entry missing from sdn.csv"},
        "sdn.csv row without a numeric ent_num",
        "sdn.csv row without a name",
        "sdn.csv row repeating an earlier ent_num",
        "alt.csv row without a name",
        "sdn_comments.csv row continuing remarks that sdn.csv has in full",
    },
    {
        "us-ofac-cons",
        {"cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"},
        {"cons_prim.csv row with the wrong number of fields", "cons_alt.csv row with the wrong number of fields",
         "cons_add.csv row with the wrong number of fields", "cons_comments.csv row with the wrong number of fields"},
        {NULL, "cons_alt.csv row for an entry missing from cons_prim.csv",
         "cons_add.csv row for an entry missing from cons_prim.csv",
         "cons_comments.csv row for an entry missing from cons_prim.csv"},
        "cons_prim.csv row without a numeric ent_num",
        "cons_prim.csv row without a name",
        "cons_prim.csv row repeating an earlier ent_num",
        "cons_alt.csv row without a name",
        "cons_comments.csv row continuing remarks that cons_prim.csv has in full",
    },
};

static const char R_UNKNOWN_TYPE[] = "unknown SDN_Type (loaded as a person or organization)";
static const char R_UNKNOWN_ALT_TYPE[] = "unknown alt_type (loaded as an a.k.a.)";
static const char R_UTF8[] = "text in UTF-8, not the Windows-1252 the format specifies (kept as UTF-8)";
static const char R_UNDEFINED_BYTE[] = "byte undefined in Windows-1252 (replaced by U+FFFD)";

/* A name from the alt file, or an address from the add file, waiting for its entry. */
typedef struct alt_row {
    struct alt_row *next;
    long line;
    cordon_name_kind kind;
    bool unknown_type;
    char *name;
    char *remarks;
} alt_row;

typedef struct add_row {
    struct add_row *next;
    long line;
    char *address;  /* the parts joined with ", ", and the remarks in parentheses */
    char *country;  /* the Country column, or NULL */
} add_row;

/* One entry of the primary file, with what the other files add to it. */
typedef struct record {
    long line;
    char *field[N_PRIM_FIELDS]; /* UTF-8; NULL for empty or "-0-"; the remarks untrimmed */
    size_t remarks_bytes;       /* the Remarks column's length in the file */
    bool caption_shared;        /* another entry has the same name */
    unsigned char repairs;      /* ENCODING_* found in the entry's rows */
    alt_row *alt_head, *alt_tail;
    add_row *add_head, *add_tail;
} record;

enum { ENCODING_UTF8 = 1, ENCODING_UNDEFINED = 2 };

typedef struct loader {
    cdn_loader *ld;
    const ofac_set *set;
    char paths[N_FILES][4096];
    cdn_csv csv;
    int file;                /* the file being read */
    cdn_arena tmp;           /* rows and joins; freed when the load ends */
    cdn_vec records;         /* record */
    cdn_strmap by_ent_num;   /* ent_num -> record index + 1 */
    cdn_strmap by_caption;   /* primary name -> record index + 1 */
    cdn_strbuf scratch, text, target;
    unsigned char row_repairs; /* ENCODING_* of the row being decoded */
    const char *reported[8]; /* repair reasons already counted for the entry being emitted */
    size_t n_reported;
    cdn_ofac_remarks remarks;
    char shown[41];
} loader;

/* ---- errors and the load report ----------------------------------------------------------- */

static int data_error(loader *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A defect that makes the current file unusable, at the current record's line. */
static int data_error(loader *l, const char *fmt, ...)
{
    char message[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    return cdn_error_at(l->ld->err, CORDON_EDATA, l->paths[l->file], l->csv.line, "%s", message);
}

static int skip_row(loader *l, const char *reason, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int skip_row(loader *l, const char *reason, const char *fmt, ...)
{
    char detail[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    return cdn_loader_skip(l->ld, l->paths[l->file], l->csv.line, reason, "%s", detail);
}

static int repair(loader *l, int file, long line, const char *reason, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Counts a repair of the entry being emitted, once per reason. */
static int repair(loader *l, int file, long line, const char *reason, const char *fmt, ...)
{
    for (size_t i = 0; i < l->n_reported; i++)
        if (l->reported[i] == reason)
            return CORDON_OK;
    if (l->n_reported < sizeof l->reported / sizeof l->reported[0])
        l->reported[l->n_reported++] = reason;
    char detail[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    return cdn_loader_repair(l->ld, l->paths[file], line, reason, "%s", detail);
}

/* ---- decoding fields ---------------------------------------------------------------------- */

/* Trims spaces, and the characters in also, from both ends of the len bytes at *s. */
static size_t trim(const char **s, size_t len, const char *also)
{
    while (len && (isspace((unsigned char)**s) || (**s && strchr(also, **s)))) {
        (*s)++;
        len--;
    }
    while (len && (isspace((unsigned char)(*s)[len - 1]) || ((*s)[len - 1] && strchr(also, (*s)[len - 1]))))
        len--;
    return len;
}

static bool is_null(const char *s, size_t len)
{
    len = trim(&s, len, "");
    return len == 0 || (len == 3 && memcmp(s, "-0-", 3) == 0);
}

/*
 * Field i of the current row as UTF-8 in the tmp arena, trimmed unless raw, NULL when empty or
 * "-0-". Windows-1252 is decoded; a field that is valid UTF-8 with non-ASCII bytes is taken as
 * UTF-8 (and noted in row_repairs). Sets *status on failure (NUL byte, out of memory).
 */
static char *field(loader *l, size_t i, bool raw, int *status)
{
    size_t len;
    const char *s = cdn_csv_field(&l->csv, i, &len);
    if (memchr(s, '\0', len)) {
        *status = data_error(l, "NUL byte in field %zu; this is not a text file", i + 1);
        return NULL;
    }
    if (is_null(s, len))
        return NULL;
    bool ascii = true, undefined = false;
    for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)s[k];
        ascii &= c < 0x80;
        undefined |= c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
    }
    const char *text = s;
    size_t text_len = len;
    if (!ascii) {
        cdn_strbuf_reset(&l->scratch);
        bool ok;
        if (cdn_utf8_valid(s, len, NULL)) {
            l->row_repairs |= ENCODING_UTF8;
            ok = cdn_strbuf_append(&l->scratch, s, len);
        } else {
            l->row_repairs |= undefined ? ENCODING_UNDEFINED : 0;
            ok = cdn_cp1252_to_utf8(s, len, &l->scratch);
        }
        if (!ok) {
            *status = cdn_error_nomem(l->ld->err);
            return NULL;
        }
        text = l->scratch.data;
        text_len = l->scratch.len;
    }
    if (!raw)
        text_len = trim(&text, text_len, "");
    char *copy = cdn_arena_strndup(&l->tmp, text, text_len);
    if (!copy)
        *status = cdn_error_nomem(l->ld->err);
    return copy;
}

/* Field i of the current row for a message: printable ASCII, '?' for anything else, cut at 40
 * bytes (a message must stay valid UTF-8 whatever the file holds). */
static const char *shown(loader *l, size_t i)
{
    size_t len;
    const char *s = cdn_csv_field(&l->csv, i, &len);
    size_t n = 0;
    for (; n < len && n < sizeof l->shown - 1; n++)
        l->shown[n] = s[n] >= 0x20 && s[n] < 0x7F ? s[n] : '?';
    l->shown[n] = '\0';
    return l->shown;
}

/* The entry of the primary file that the current row of the alt, add or comments file belongs
 * to (by its ent_num, field 0); NULL when there is none, the row then counted as skipped (or
 * *status set when that fails). */
static record *entry_of_row(loader *l, int *status)
{
    size_t len;
    const char *ent_num = cdn_csv_field(&l->csv, 0, &len);
    len = trim(&ent_num, len, "");
    intptr_t at = (intptr_t)cdn_strmap_get(&l->by_ent_num, ent_num, len);
    if (at)
        return cdn_vec_at(&l->records, (size_t)at - 1);
    *status = skip_row(l, l->set->missing_entry[l->file], "ent_num %s is not in %s", shown(l, 0), l->set->files[PRIM]);
    return NULL;
}

static bool numeric(const char *s)
{
    if (!s || !*s)
        return false;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return false;
    return true;
}

/* ---- reading the four files --------------------------------------------------------------- */

typedef int (*row_fn)(loader *l);

/* Reads every row of file f, checking the first row's shape (a file that is not in the format
 * at all is an error) and skipping later rows of the wrong shape. */
static int read_file(loader *l, int f, row_fn row)
{
    l->file = f;
    int status = cdn_csv_open(&l->csv, l->paths[f], ',', l->ld->err);
    bool first = true;
    while (status == CORDON_OK) {
        bool got;
        status = cdn_csv_next(&l->csv, &got, l->ld->err);
        if (status != CORDON_OK || !got)
            break;
        size_t n = cdn_csv_count(&l->csv), len;
        const char *id = cdn_csv_field(&l->csv, 0, &len);
        if (first && strncasecmp(id, "ent_num", 7) == 0)
            continue; /* a header row some tools add */
        if (n != FIELDS[f]) {
            if (first)
                status = data_error(l, "not an OFAC %s file: %zu fields where the format has %zu", l->set->files[f], n,
                                    FIELDS[f]);
            else
                status = skip_row(l, l->set->wrong_fields[f], "%zu fields where the format has %zu", n, FIELDS[f]);
            continue;
        }
        first = false;
        l->row_repairs = 0;
        status = row(l);
    }
    if (status == CORDON_OK && f == PRIM && l->records.len == 0 && first)
        status = cdn_error_at(l->ld->err, CORDON_EDATA, l->paths[f], 0, "the file is empty");
    cdn_csv_close(&l->csv);
    return status;
}

static int prim_row(loader *l)
{
    record r;
    memset(&r, 0, sizeof r);
    r.line = l->csv.line;
    int status = CORDON_OK;
    for (size_t i = 0; i < N_PRIM_FIELDS && status == CORDON_OK; i++)
        r.field[i] = field(l, i, i == F_REMARKS, &status);
    if (status != CORDON_OK)
        return status;
    cdn_csv_field(&l->csv, F_REMARKS, &r.remarks_bytes);
    r.repairs = l->row_repairs;
    if (!numeric(r.field[F_ENT_NUM]))
        return skip_row(l, l->set->prim_no_id, "ent_num '%s' is not a number", shown(l, F_ENT_NUM));
    if (!r.field[F_NAME])
        return skip_row(l, l->set->prim_no_name, "entry %s has no SDN_Name", r.field[F_ENT_NUM]);
    const char *id = r.field[F_ENT_NUM];
    void *earlier = NULL;
    intptr_t at = (intptr_t)l->records.len + 1;
    if (!cdn_strmap_put(&l->by_ent_num, id, strlen(id), (void *)at, &earlier))
        return cdn_error_nomem(l->ld->err);
    if (earlier) {
        const record *first = cdn_vec_at(&l->records, (size_t)(intptr_t)earlier - 1);
        return skip_row(l, l->set->prim_duplicate, "ent_num %s is already on line %ld", id, first->line);
    }
    earlier = NULL;
    if (!cdn_strmap_put(&l->by_caption, r.field[F_NAME], strlen(r.field[F_NAME]), (void *)at, &earlier))
        return cdn_error_nomem(l->ld->err);
    if (earlier) {
        r.caption_shared = true;
        ((record *)cdn_vec_at(&l->records, (size_t)(intptr_t)earlier - 1))->caption_shared = true;
    }
    return cdn_vec_push(&l->records, &r) ? CORDON_OK : cdn_error_nomem(l->ld->err);
}

static int comment_row(loader *l)
{
    int status = CORDON_OK;
    record *r = entry_of_row(l, &status);
    if (!r)
        return status;
    if (r->remarks_bytes < REMARKS_SIZE)
        return skip_row(l, l->set->comment_complete,
                        "the remarks of entry %s have %zu characters, less than the %d after which they continue here",
                        r->field[F_ENT_NUM], r->remarks_bytes, REMARKS_SIZE);
    char *more = field(l, 1, true, &status);
    if (status != CORDON_OK || !more)
        return status;
    size_t have = r->field[F_REMARKS] ? strlen(r->field[F_REMARKS]) : 0, add = strlen(more);
    char *joined = cdn_arena_alloc(&l->tmp, have + add + 1);
    if (!joined)
        return cdn_error_nomem(l->ld->err);
    memcpy(joined, r->field[F_REMARKS] ? r->field[F_REMARKS] : "", have);
    memcpy(joined + have, more, add + 1);
    r->field[F_REMARKS] = joined;
    r->repairs |= l->row_repairs;
    return CORDON_OK;
}

static int alt_row_read(loader *l)
{
    int status = CORDON_OK;
    record *r = entry_of_row(l, &status);
    if (!r)
        return status;
    alt_row *a = cdn_arena_alloc(&l->tmp, sizeof *a);
    if (!a)
        return cdn_error_nomem(l->ld->err);
    memset(a, 0, sizeof *a);
    a->line = l->csv.line;
    char *type = field(l, 2, false, &status);
    if (status == CORDON_OK)
        a->name = field(l, 3, false, &status);
    if (status == CORDON_OK)
        a->remarks = field(l, 4, false, &status);
    if (status != CORDON_OK)
        return status;
    if (!a->name)
        return skip_row(l, l->set->alt_no_name, "alt_num %s of entry %s has no alt_name", shown(l, 1),
                        r->field[F_ENT_NUM]);
    a->kind = CORDON_NAME_ALIAS;
    if (type && strcasecmp(type, "fka") == 0)
        a->kind = CORDON_NAME_FORMER;
    else if (!type || (strcasecmp(type, "aka") != 0 && strcasecmp(type, "nka") != 0))
        a->unknown_type = true;
    r->repairs |= l->row_repairs;
    if (r->alt_tail)
        r->alt_tail->next = a;
    else
        r->alt_head = a;
    r->alt_tail = a;
    return CORDON_OK;
}

static int add_row_read(loader *l)
{
    int status = CORDON_OK;
    record *r = entry_of_row(l, &status);
    if (!r)
        return status;
    char *part[4];
    for (size_t i = 0; i < 4 && status == CORDON_OK; i++)
        part[i] = field(l, i + 2, false, &status);
    if (status != CORDON_OK)
        return status;
    if (!part[0] && !part[1] && !part[2] && !part[3])
        return CORDON_OK; /* OFAC's placeholder row "-0-, -0-, -0-, -0-" says nothing */
    cdn_strbuf *t = &l->text;
    cdn_strbuf_reset(t);
    for (size_t i = 0; i < 3; i++)
        if (part[i] && ((t->len && !cdn_strbuf_append(t, ", ", 2)) || !cdn_strbuf_append_str(t, part[i])))
            return cdn_error_nomem(l->ld->err);
    if (part[3] && !cdn_strbuf_printf(t, t->len ? " (%s)" : "%s", part[3]))
        return cdn_error_nomem(l->ld->err);
    add_row *a = cdn_arena_alloc(&l->tmp, sizeof *a);
    if (!a || !(a->address = cdn_arena_strndup(&l->tmp, t->data, t->len)))
        return cdn_error_nomem(l->ld->err);
    a->next = NULL;
    a->line = l->csv.line;
    a->country = part[2];
    r->repairs |= l->row_repairs;
    if (r->add_tail)
        r->add_tail->next = a;
    else
        r->add_head = a;
    r->add_tail = a;
    return CORDON_OK;
}

/* ---- building the entities ---------------------------------------------------------------- */

/* "Linked To" and vessel owner names: the id of the one entry with that name. A name that ends
 * a remarks item may have lost its own final period to the item's ("...INDUSTRY CO."). */
static const char *resolve(void *arg, const char *name, size_t len, const char **caption)
{
    loader *l = arg;
    intptr_t at = (intptr_t)cdn_strmap_get(&l->by_caption, name, len);
    if (!at && len && name[len - 1] == '.')
        at = (intptr_t)cdn_strmap_get(&l->by_caption, name, len - 1);
    if (!at) {
        cdn_strbuf_reset(&l->target);
        if (cdn_strbuf_append(&l->target, name, len) && cdn_strbuf_append_char(&l->target, '.'))
            at = (intptr_t)cdn_strmap_get(&l->by_caption, l->target.data, l->target.len);
    }
    if (!at)
        return NULL;
    const record *r = cdn_vec_at(&l->records, (size_t)at - 1);
    if (r->caption_shared)
        return NULL;
    *caption = r->field[F_NAME];
    cdn_strbuf_reset(&l->target);
    if (!cdn_strbuf_printf(&l->target, "%s:%s", l->set->list_id, r->field[F_ENT_NUM]))
        return NULL;
    return l->target.data;
}

static cordon_schema schema_of(const char *type, bool *known)
{
    *known = true;
    if (!type)
        return CORDON_SCHEMA_ORGANIZATION;
    if (strcasecmp(type, "individual") == 0)
        return CORDON_SCHEMA_PERSON;
    if (strcasecmp(type, "vessel") == 0)
        return CORDON_SCHEMA_VESSEL;
    if (strcasecmp(type, "aircraft") == 0)
        return CORDON_SCHEMA_AIRCRAFT;
    *known = false; /* neither a person's nor an entity's type: either, for all it says */
    return CORDON_SCHEMA_LEGAL_ENTITY;
}

/* Calls add(b, part) for each part of text separated by sep, trimmed of spaces and of the
 * characters in strip at both ends. */
static bool each_part(cdn_entity_builder *b, cdn_text_field f, const char *text, const char *sep, const char *strip)
{
    if (!text)
        return true;
    size_t n = strlen(sep);
    for (const char *p = text;;) {
        const char *end = strstr(p, sep);
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *s = p;
        len = trim(&s, len, strip);
        if (!cdn_builder_add_text(b, f, s, len))
            return false;
        if (!end)
            return true;
        p = end + n;
    }
}

/* The non-SDN sub-list an entry of the consolidated list belongs to, by its programs: OFAC's
 * Consolidated Sanctions List gathers the SSI, FSE, NS-PLC, NS-MBS, CAPTA and NS-CMIC lists
 * (OFAC, "Consolidated Sanctions List Data Files", home.treasury.gov/policy-issues/
 * financial-sanctions/consolidated-sanctions-list-data-files). NULL for a program not known. */
static const char *cons_sub_list(const char *programs)
{
    static const struct {
        const char *program;
        const char *list;
    } SUB_LISTS[] = {
        {"NS-PLC", "NS-PLC"},         {"UKRAINE-EO13662", "SSI"},        {"FSE-", "FSE"},
        {"CMIC-EO13959", "NS-CMIC"}, {"561-Related", "CAPTA"},          {"RUSSIA-EO14024", "NS-MBS"},
        {"CAATSA - RUSSIA", "NS-MBS"}, {"BURMA-EO14014", "NS-MBS"},    {"ILLICIT-DRUGS-EO14059", "NS-MBS"},
    };
    for (size_t i = 0; programs && i < sizeof SUB_LISTS / sizeof SUB_LISTS[0]; i++)
        if (strstr(programs, SUB_LISTS[i].program))
            return SUB_LISTS[i].list;
    return NULL;
}

/* The vessel columns: the call sign as an identifier, the flag as the registration country,
 * the owner as a relation, and all of them, with type and tonnage, as text after the remarks. */
static int add_vessel(loader *l, const record *r)
{
    cdn_entity_builder *b = &l->ld->builder;
    const char *call = r->field[F_CALL_SIGN], *flag = r->field[F_VESS_FLAG], *owner = r->field[F_VESS_OWNER];
    if (call && !cdn_builder_add_identifier(b, "other", call, strlen(call), NULL, "Call Sign"))
        return cdn_error_nomem(l->ld->err);
    char code[3];
    if (flag && cdn_country_code(flag, strlen(flag), code)) {
        if (!cdn_builder_add_country(b, code, CORDON_COUNTRY_REGISTRATION))
            return cdn_error_nomem(l->ld->err);
    } else if (flag) {
        int status = repair(l, PRIM, r->line, CDN_OFAC_BAD_COUNTRY, "vessel flag '%.*s' of entry %s",
                            cdn_ofac_shown_len(flag, strlen(flag), 60), flag, r->field[F_ENT_NUM]);
        if (status != CORDON_OK)
            return status;
    }
    const char *owner_caption = NULL, *owner_id = owner ? resolve(l, owner, strlen(owner), &owner_caption) : NULL;
    if (owner && !cdn_builder_add_relation(b, "vessel_owner", owner_id, owner_id ? owner_caption : owner))
        return cdn_error_nomem(l->ld->err);

    static const struct {
        int column;
        const char *label;
    } DETAILS[] = {{F_CALL_SIGN, "Call Sign"}, {F_VESS_TYPE, "Vessel Type"}, {F_TONNAGE, "Tonnage"},
                   {F_GRT, "GRT"},             {F_VESS_FLAG, "Vessel Flag"}, {F_VESS_OWNER, "Vessel Owner"}};
    cdn_strbuf *t = &l->text;
    cdn_strbuf_reset(t);
    for (size_t i = 0; i < sizeof DETAILS / sizeof DETAILS[0]; i++) {
        const char *v = r->field[DETAILS[i].column];
        if (v && !cdn_strbuf_printf(t, "%s%s %s", t->len ? "; " : "", DETAILS[i].label, v))
            return cdn_error_nomem(l->ld->err);
    }
    return cdn_builder_append_remarks(b, t->data, t->len) ? CORDON_OK : cdn_error_nomem(l->ld->err);
}

static int add_names(loader *l, const record *r)
{
    cdn_entity_builder *b = &l->ld->builder;
    const char *name = r->field[F_NAME];
    if (!cdn_ofac_add_name(b, CORDON_NAME_PRIMARY, name, strlen(name), &l->scratch))
        return cdn_error_nomem(l->ld->err);
    for (const alt_row *a = r->alt_head; a; a = a->next) {
        if (!cdn_ofac_add_name(b, a->kind, a->name, strlen(a->name), &l->scratch))
            return cdn_error_nomem(l->ld->err);
        if (a->unknown_type) {
            int status = repair(l, ALT, a->line, R_UNKNOWN_ALT_TYPE, "alt_type of '%.*s' is not aka, fka or nka",
                                cdn_ofac_shown_len(a->name, strlen(a->name), 60), a->name);
            if (status != CORDON_OK)
                return status;
        }
    }
    return CORDON_OK;
}

static int add_addresses(loader *l, const record *r)
{
    cdn_entity_builder *b = &l->ld->builder;
    for (const add_row *a = r->add_head; a; a = a->next) {
        if (!cdn_builder_add_text(b, CDN_ADDRESSES, a->address, strlen(a->address)))
            return cdn_error_nomem(l->ld->err);
        char code[3];
        if (a->country && cdn_country_code(a->country, strlen(a->country), code)) {
            if (!cdn_builder_add_country(b, code, CORDON_COUNTRY_ADDRESS))
                return cdn_error_nomem(l->ld->err);
        } else if (a->country) {
            int status = repair(l, ADD, a->line, CDN_OFAC_BAD_COUNTRY, "address country '%.*s' of entry %s",
                                cdn_ofac_shown_len(a->country, strlen(a->country), 60), a->country, r->field[F_ENT_NUM]);
            if (status != CORDON_OK)
                return status;
        }
    }
    return CORDON_OK;
}

/* The remarks: parsed into the model, kept whole as text, followed by the alt remarks. */
static int add_remarks(loader *l, const record *r)
{
    cdn_entity_builder *b = &l->ld->builder;
    const char *text = r->field[F_REMARKS] ? r->field[F_REMARKS] : "";
    if (!cdn_ofac_remarks_parse(&l->remarks, b, text, strlen(text)) || !cdn_builder_set_remarks(b, text, strlen(text)))
        return cdn_error_nomem(l->ld->err);
    for (size_t i = 0; i < l->remarks.n_findings; i++) {
        const cdn_ofac_finding *f = &l->remarks.findings[i];
        int status = repair(l, PRIM, r->line, f->reason, "%s in the remarks of entry %s", f->detail,
                            r->field[F_ENT_NUM]);
        if (status != CORDON_OK)
            return status;
    }
    for (const alt_row *a = r->alt_head; a; a = a->next) {
        if (!a->remarks)
            continue;
        cdn_strbuf_reset(&l->text);
        if (!cdn_strbuf_printf(&l->text, "%s: %s", a->name, a->remarks) ||
            !cdn_builder_append_remarks(b, l->text.data, l->text.len))
            return cdn_error_nomem(l->ld->err);
    }
    return CORDON_OK;
}

static int emit(loader *l, const record *r)
{
    cdn_entity_builder *b = &l->ld->builder;
    l->n_reported = 0;
    cdn_builder_reset(b);
    const char *id = r->field[F_ENT_NUM];
    bool known;
    b->schema = schema_of(r->field[F_TYPE], &known);
    int status = CORDON_OK;
    if (!known)
        status = repair(l, PRIM, r->line, R_UNKNOWN_TYPE, "SDN_Type '%.*s' of entry %s",
                        cdn_ofac_shown_len(r->field[F_TYPE], strlen(r->field[F_TYPE]), 40), r->field[F_TYPE], id);
    if (status == CORDON_OK && (r->repairs & ENCODING_UTF8))
        status = repair(l, PRIM, r->line, R_UTF8, "entry %s or its rows in the other files", id);
    if (status == CORDON_OK && (r->repairs & ENCODING_UNDEFINED))
        status = repair(l, PRIM, r->line, R_UNDEFINED_BYTE, "entry %s or its rows in the other files", id);
    if (status != CORDON_OK)
        return status;
    const char *sub_list = l->set == &SETS[0] ? "SDN" : cons_sub_list(r->field[F_PROGRAM]);
    if (!cdn_builder_set_id(b, id, strlen(id)) ||
        (sub_list && !cdn_builder_set_source_list(b, sub_list, strlen(sub_list))) ||
        !each_part(b, CDN_PROGRAMS, r->field[F_PROGRAM], "] [", "[]") ||
        !each_part(b, CDN_POSITIONS, r->field[F_TITLE], "; ", ""))
        return cdn_error_nomem(l->ld->err);
    if ((status = add_names(l, r)) != CORDON_OK || (status = add_remarks(l, r)) != CORDON_OK ||
        (status = add_vessel(l, r)) != CORDON_OK || (status = add_addresses(l, r)) != CORDON_OK)
        return status;
    return cdn_loader_emit(l->ld);
}

/* ---- finding the files -------------------------------------------------------------------- */

/* Finds name in dir, ignoring case (OFAC has shipped both SDN.CSV and sdn.csv); writes the path
 * to out and returns true, or returns false. */
static bool find_file(const char *dir, const char *name, char *out, size_t size)
{
    DIR *d = opendir(dir);
    if (!d)
        return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(d)))
        if (strcasecmp(e->d_name, name) == 0) {
            snprintf(out, size, "%s/%s", dir, e->d_name);
            struct stat st;
            found = stat(out, &st) == 0 && S_ISREG(st.st_mode);
        }
    closedir(d);
    return found;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* The set in the directory (or the set whose primary file path is), with its four paths. */
static int find_set(loader *l, const char *path)
{
    cdn_error *err = l->ld->err;
    struct stat st;
    char dir[4096];
    if (stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
        const char *base = base_name(path);
        for (size_t s = 0; s < sizeof SETS / sizeof SETS[0]; s++)
            if (strcasecmp(base, SETS[s].files[PRIM]) == 0)
                l->set = &SETS[s];
        if (!l->set)
            return cdn_error_at(err, CORDON_EDATA, path, 0,
                                "not an OFAC CSV set: give the directory that holds sdn.csv, alt.csv, add.csv and "
                                "sdn_comments.csv (or cons_prim.csv, cons_alt.csv, cons_add.csv and cons_comments.csv)");
        snprintf(dir, sizeof dir, "%.*s", base == path ? 1 : (int)(base - path - 1), base == path ? "." : path);
    } else {
        snprintf(dir, sizeof dir, "%s", path);
        bool sdn = find_file(dir, SETS[0].files[PRIM], l->paths[PRIM], sizeof l->paths[PRIM]);
        bool cons = find_file(dir, SETS[1].files[PRIM], l->paths[PRIM], sizeof l->paths[PRIM]);
        if (sdn && cons)
            return cdn_error_at(err, CORDON_EDATA, path, 0,
                                "holds both an SDN set (sdn.csv) and a consolidated set (cons_prim.csv); name the "
                                "primary file of the one to load, e.g. %s/sdn.csv", path);
        if (!sdn && !cons)
            return cdn_error_at(err, CORDON_EDATA, path, 0,
                                "not an OFAC CSV set: no sdn.csv (with alt.csv, add.csv, sdn_comments.csv) or "
                                "cons_prim.csv (with cons_alt.csv, cons_add.csv, cons_comments.csv) here");
        l->set = sdn ? &SETS[0] : &SETS[1];
    }
    for (int f = 0; f < N_FILES; f++)
        if (!find_file(dir, l->set->files[f], l->paths[f], sizeof l->paths[f]))
            return cdn_error_at(err, CORDON_EDATA, dir, 0, "missing %s: an OFAC CSV set is %s, %s, %s and %s together",
                                l->set->files[f], l->set->files[PRIM], l->set->files[ALT], l->set->files[ADD],
                                l->set->files[COMMENTS]);
    return CORDON_OK;
}

/*
 * Loads the OFAC set in the directory path (or the set whose sdn.csv or cons_prim.csv path is)
 * into ld: list id us-ofac-sdn or us-ofac-cons, version "file date YYYY-MM-DD", one entity per
 * usable row of the primary file. Returns CORDON_OK, CORDON_EIO (a file cannot be read) or
 * CORDON_EDATA (no set, a file missing, a file not in the format), with the message in ld->err.
 */
int cdn_load_ofac_csv(cdn_loader *ld, const char *path)
{
    loader *l = cdn_calloc(1, sizeof *l);
    if (!l)
        return cdn_error_nomem(ld->err);
    l->ld = ld;
    cdn_arena_init(&l->tmp);
    cdn_vec_init(&l->records, sizeof(record));
    cdn_strmap_init(&l->by_ent_num);
    cdn_strmap_init(&l->by_caption);
    cdn_strbuf_init(&l->scratch);
    cdn_strbuf_init(&l->text);
    cdn_strbuf_init(&l->target);
    cdn_ofac_remarks_init(&l->remarks, resolve, l);

    int status = find_set(l, path);
    if (status == CORDON_OK)
        status = cdn_loader_set_id(ld, l->set->list_id);
    if (status == CORDON_OK)
        status = cdn_loader_set_file_date(l->ld, l->paths[PRIM]); /* the CSVs carry no publication date */
    if (status == CORDON_OK)
        status = read_file(l, PRIM, prim_row);
    if (status == CORDON_OK)
        status = read_file(l, COMMENTS, comment_row);
    if (status == CORDON_OK)
        status = read_file(l, ALT, alt_row_read);
    if (status == CORDON_OK)
        status = read_file(l, ADD, add_row_read);
    for (size_t i = 0; status == CORDON_OK && i < l->records.len; i++)
        status = emit(l, cdn_vec_at(&l->records, i));

    cdn_ofac_remarks_free(&l->remarks);
    cdn_strbuf_free(&l->scratch);
    cdn_strbuf_free(&l->text);
    cdn_strbuf_free(&l->target);
    cdn_strmap_free(&l->by_ent_num);
    cdn_strmap_free(&l->by_caption);
    cdn_vec_free(&l->records);
    cdn_arena_free(&l->tmp);
    cdn_free(l);
    return status;
}

/* ---- detection ---------------------------------------------------------------------------- */

/* Whether text starts like an OFAC row: an ent_num and a comma. */
static bool looks_like_row(const char *head, size_t len)
{
    size_t i = 0;
    while (i < len && isdigit((unsigned char)head[i]))
        i++;
    return i > 0 && i < len && head[i] == ',';
}

static bool file_looks_like_row(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char head[32];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return looks_like_row(head, n);
}

/* True for a directory holding sdn.csv or cons_prim.csv that starts like an OFAC row, or for
 * such a file itself. */
bool cdn_detect_ofac_csv(const char *path, bool is_dir, const char *head, size_t head_len)
{
    if (!is_dir) {
        const char *base = base_name(path);
        return (strcasecmp(base, "sdn.csv") == 0 || strcasecmp(base, "cons_prim.csv") == 0) &&
               looks_like_row(head, head_len);
    }
    char file[4096];
    for (size_t s = 0; s < sizeof SETS / sizeof SETS[0]; s++)
        if (find_file(path, SETS[s].files[PRIM], file, sizeof file) && file_looks_like_row(file))
            return true;
    return false;
}
