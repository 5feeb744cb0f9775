/*
 * un_xml.c — loader for the UN Security Council Consolidated List in its XML form.
 *
 * The list is published at https://scsanctions.un.org/resources/xml/en/consolidated.xml; its
 * schema is https://www.un.org/sc/resources/sc-sanctions.xsd (the xsi:noNamespaceSchemaLocation
 * of the file). A <CONSOLIDATED_LIST dateGenerated="..."> holds <INDIVIDUALS> and <ENTITIES>;
 * the dateGenerated attribute is the list's version.
 *
 * The file is streamed with libxml2's xmlTextReader: each INDIVIDUAL or ENTITY record is expanded
 * into a small tree, read, and dropped before the next, so memory does not grow with the list.
 * The reader gets its bytes through zlib (a .gz copy loads as well) and never touches the
 * network or other files: options XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES,
 * never XML_PARSE_NOENT or XML_PARSE_DTDLOAD, so no external entity or DTD is ever loaded; and a
 * DOCTYPE that declares entities is refused outright (a UN list has none). libxml2's errors are
 * collected through the reader's structured error handler, never printed; the first one makes
 * the load fail as "FILE:LINE: XML not well-formed: <libxml2's message>".
 *
 * How the record's elements become the model:
 *   REFERENCE_NUMBER     the native id: un-sc:<REFERENCE_NUMBER>, e.g. un-sc:QDi.430
 *   FIRST..FOURTH_NAME   the primary name, the parts joined by spaces in the list's order. The UN
 *                        list writes a person's names in the order of the person's own naming
 *                        custom, not as given/family fields: FIRST_NAME is the given name and the
 *                        last of SECOND..FOURTH_NAME the family name for most (EMRAAN / ALI,
 *                        RUSTAM / MAGOMEDOVICH / ASELDEROV, ISAM / ALI / MOHAMED / ALOUCHE),
 *                        but the DPRK committee's records (KPi.*) put the family name first (KIM
 *                        / SONG CHOL). cordon sets those two parts accordingly, and the words
 *                        between as the middle part: optional in matching, as the UK's list of
 *                        the same people has them (Name 2..5), so that one name scores alike on
 *                        both; they are a patronymic or a father's name as often as a middle
 *                        name, and other sources leave those out as often as middle names.
 *                        An ENTITY's name is its FIRST_NAME.
 *   NAME_ORIGINAL_SCRIPT the name in its own script (kind original script)
 *   *_ALIAS              QUALITY Good / a.k.a. -> alias, Low -> weak alias, f.k.a. -> former; a
 *                        NOTE "previously listed as" or "formerly listed as" also makes a former
 *                        name. ALIAS_NAME may hold several names separated by ';', or a name with
 *                        its variants in parentheses ("X (Y; Z)"): each becomes a name. An alias'
 *                        DATE_OF_BIRTH, CITY_OF_BIRTH, COUNTRY_OF_BIRTH join the entity's; other
 *                        notes go to the remarks.
 *   TITLE, DESIGNATION   positions
 *   NATIONALITY/VALUE    nationality countries
 *   INDIVIDUAL_DATE_OF_BIRTH  TYPE_OF_DATE EXACT (DATE or YEAR), APPROXIMATELY (approximate),
 *                        BETWEEN (FROM_YEAR..TO_YEAR); a date given only in NOTE is read from it
 *   INDIVIDUAL_PLACE_OF_BIRTH birth place (its parts joined) and birth country
 *   INDIVIDUAL_DOCUMENT  identifiers: Passport -> passport, National Identification Number ->
 *                        national_id, others -> other; ISSUING_COUNTRY (or COUNTRY_OF_ISSUE) the
 *                        issuer; TYPE_OF_DOCUMENT2, DATE_OF_ISSUE, CITY_OF_ISSUE and NOTE the note
 *   *_ADDRESS            addresses (parts joined) and address countries
 *   UN_LIST_TYPE         source list, and the program (the sanctions committee's regime)
 *   LISTED_ON, COMMENTS1, GENDER   listing date, remarks, gender
 *   references to other entries in COMMENTS1 and DESIGNATION ("(QDe.115)")   relations
 *                        "linked_to" with the target's id, un-sc:QDe.115 (a few name entries
 *                        since removed from the list)
 * DATAID, VERSIONNUM, LIST_TYPE, LAST_DAY_UPDATED and SORT_KEY* have no place in the model.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <zlib.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include "core/strmap.h"
#include "lists/loader.h"
#include "lists/places.h"

#define UN_LIST_ID "un-sc"
#define UN_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES)

/* libxml2 2.12 made the error handler's argument const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *un_xml_error;
#else
typedef xmlErrorPtr un_xml_error;
#endif

/* The record's elements that hold one text each. */
enum rec_field {
    REC_REFERENCE, REC_FIRST, REC_SECOND, REC_THIRD, REC_FOURTH, REC_LIST_TYPE, REC_LISTED_ON, REC_GENDER,
    REC_COMMENTS, N_REC
};
static const char *const REC_NAMES[N_REC] = {
    "REFERENCE_NUMBER", "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME", "UN_LIST_TYPE", "LISTED_ON",
    "GENDER", "COMMENTS1",
};

/* Elements of a record cordon knows and leaves out on purpose (no place in the model). */
static const char *const IGNORED[] = {"DATAID", "VERSIONNUM", "LIST_TYPE", "LAST_DAY_UPDATED", "SORT_KEY",
                                      "SORT_KEY_LAST_MOD"};

enum { MAX_PARTS = 8 };

typedef struct un_reader {
    cdn_loader *ld;
    const char *path;
    gzFile gz;
    bool io_failed;
    bool at_eof;              /* the input has ended */
    size_t bytes;             /* bytes read so far */
    long lines;               /* lines read before the DOCTYPE, 1-based; 0 once it is found */
    size_t doctype_match;     /* how much of "<!DOCTYPE" the input has matched so far */
    long doctype_line;        /* where the DOCTYPE starts, 0 while none is seen */
    bool root_seen;
    bool root_closed;
    xmlTextReaderPtr xr;
    char error[400];          /* libxml2's first error, "" while none */
    long error_line;
    cdn_strmap refs;          /* REFERENCE_NUMBER -> line of its record, to find duplicates */
    long line;                /* where the current record starts */
    cdn_strbuf rec[N_REC];    /* the current record's one-text elements */
    cdn_strbuf part[MAX_PARTS]; /* the parts of one compound element (an alias, an address...) */
    cdn_strbuf joined;        /* a compound element's parts joined into one text */
    cdn_strbuf alias_part[3]; /* an alias' given, middle and family parts (set_alias_parts) */
    char who[64];             /* the record's id for messages */
    cdn_strbuf text;          /* scratch for remarks and dates */
} un_reader;

/* ---- reading text out of the expanded tree -------------------------------------------------- */

static bool is_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* Appends the text of el (its own text children, not nested elements') to out, with every run of
 * white space made one space and the ends trimmed; sep goes first when out is not empty. */
static bool append_text(cdn_strbuf *out, const char *sep, const xmlNode *el)
{
    bool first = true, space = false;
    for (const xmlNode *c = el->children; c; c = c->next) {
        if ((c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) || !c->content)
            continue;
        for (const unsigned char *p = c->content; *p; p++) {
            if (isspace(*p)) {
                space = true;
                continue;
            }
            const char *lead = first ? (out->len ? sep : "") : space ? " " : "";
            if (!cdn_strbuf_append_str(out, lead) || !cdn_strbuf_append_char(out, (char)*p))
                return false;
            first = space = false;
        }
    }
    return true;
}

/* ---- failures and the load report ------------------------------------------------------------ */

static int nomem(un_reader *r) { return cdn_error_nomem(r->ld->err); }

/* The error that stopped libxml2 (or the read error under it) as this loader's failure. */
static int xml_failure(un_reader *r)
{
    if (r->io_failed) {
        int errnum = Z_OK;
        const char *why = gzerror(r->gz, &errnum);
        size_t n = strlen(r->path);
        if (why && strncmp(why, r->path, n) == 0 && strncmp(why + n, ": ", 2) == 0)
            why += n + 2; /* zlib puts the path first */
        return cdn_error_at(r->ld->err, CORDON_EIO, r->path, 0, "read error: %s", why && *why ? why : "unknown");
    }
    if (r->bytes == 0)
        return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, 0, "the file is empty");
    long line = r->error_line > 0 ? r->error_line : xmlTextReaderGetParserLineNumber(r->xr);
    const char *why = r->error[0] ? r->error : "the parser stopped";
    if (r->at_eof && !r->root_closed) /* libxml2's reader then says "Extra content at the end" */
        return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, line,
                            "XML not well-formed: the file ends before the list does (libxml2: %s)", why);
    return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, line, "XML not well-formed: %s", why);
}

/* libxml2's structured error handler: keeps the first error, never prints. */
static void on_xml_error(void *arg, un_xml_error e)
{
    un_reader *r = arg;
    if (r->error[0] || !e || e->level < XML_ERR_ERROR)
        return;
    r->error_line = e->line;
    snprintf(r->error, sizeof r->error, "%s", e->message ? e->message : "unknown error");
    size_t n = strlen(r->error);
    while (n && isspace((unsigned char)r->error[n - 1]))
        r->error[--n] = '\0';
    for (char *p = r->error; *p; p++)
        if (*p == '\n')
            *p = ' '; /* "Input is not proper UTF-8 ...\nBytes: 0xF6 ..." on one line */
}

/* "QDi.430: ", the record's id as the start of a message (in r->who). */
static const char *who(un_reader *r)
{
    const char *id = r->ld->builder.native_id;
    snprintf(r->who, sizeof r->who, "%.60s: ", id ? id : "");
    return r->who;
}

static int repair(un_reader *r, const char *reason, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Counts a repair of the current record, naming it in the message. */
static int repair(un_reader *r, const char *reason, const char *fmt, ...)
{
    char what[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    const char *id = r->ld->builder.native_id;
    return cdn_loader_repair(r->ld, r->path, r->line, reason, "%s%s%s", id ? id : "", id ? ": " : "", what);
}

/* Appends "label: text" to the remarks, where a value the model has no field for is kept. */
static int remark(un_reader *r, const char *label, const char *text)
{
    cdn_strbuf_reset(&r->text);
    if (!cdn_strbuf_printf(&r->text, "%s: %s", label, text))
        return nomem(r);
    return cdn_builder_append_remarks(&r->ld->builder, r->text.data, r->text.len) ? CORDON_OK : nomem(r);
}

/* ---- compound elements ----------------------------------------------------------------------- */

/* Reads the children of el named names[0..n) into r->part[0..n); a child of another name is
 * counted as a repair (an element cordon does not read). */
static int read_parts(un_reader *r, const xmlNode *el, const char *const *names, size_t n)
{
    for (size_t k = 0; k < n; k++)
        cdn_strbuf_reset(&r->part[k]);
    for (const xmlNode *c = el->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        size_t k = 0;
        while (k < n && strcmp((const char *)c->name, names[k]) != 0)
            k++;
        if (k == n) {
            int status = repair(r, "element cordon does not read, ignored", "<%s> in <%s> ignored: not an element of the list's schema",
                                (const char *)c->name, (const char *)el->name);
            if (status != CORDON_OK)
                return status;
            continue;
        }
        if (!append_text(&r->part[k], "; ", c))
            return nomem(r);
    }
    return CORDON_OK;
}

static const char *part(const un_reader *r, size_t k) { return cdn_strbuf_cstr(&r->part[k]); }

/* Whether s[0..len) has letters but none from the Latin alphabet's ASCII range: a name written
 * in its own script (Arabic, Cyrillic, Chinese...). */
static bool other_script(const char *s, size_t len)
{
    bool non_ascii = false;
    for (size_t i = 0; i < len; i++) {
        if (isalpha((unsigned char)s[i]))
            return false;
        non_ascii |= (unsigned char)s[i] >= 0x80;
    }
    return non_ascii;
}

/*
 * Gives a person's alias (the name just added, s[0..len)) the parts its words' places say, as
 * the primary name has them (add_primary_name) and as the UK's list gives the same aliases of the
 * same people (Name 1 given, Name 2..5 middle, Name 6 family): the first word the given name, the
 * last the family name, the words between the middle part (optional in matching); the family
 * name first on the DPRK committee's records. The UN writes an alias as one string, so without
 * this its middle words weighed in full where the UK's did not: the same alias scored apart on
 * the two lists. A name of one or two words is left whole: it has no middle part, and its
 * second word taken for a family name would let a text name the person by it alone (Colonel
 * Rambo: "Rambo Management Inc."); so is a name with a comma (its order said otherwise).
 */
static int set_alias_parts(un_reader *r, const char *s, size_t len)
{
    if (memchr(s, ',', len))
        return CORDON_OK;
    cdn_strbuf *first = &r->alias_part[0], *middle = &r->alias_part[1], *last = &r->alias_part[2];
    cdn_strbuf_reset(first);
    cdn_strbuf_reset(middle);
    cdn_strbuf_reset(last);
    size_t words = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ')
            i++;
        size_t start = i;
        while (i < len && s[i] != ' ')
            i++;
        if (i == start)
            break;
        /* the word before the last one found moves to the middle part */
        if (words >= 2 && !cdn_place_append(middle, " ", last->data, last->len))
            return nomem(r);
        cdn_strbuf *to = words == 0 ? first : last;
        cdn_strbuf_reset(last);
        if (!cdn_strbuf_append(to, s + start, i - start))
            return nomem(r);
        words++;
    }
    if (words < 3)
        return CORDON_OK;
    cdn_entity_builder *b = &r->ld->builder;
    bool family_first = strncmp(b->native_id, "KPi.", 4) == 0;
    if (family_first) {
        /* "KIM Song Chol": the rest after the first word is the given name */
        const char *rest = s + (memchr(s, ' ', len) ? (size_t)((const char *)memchr(s, ' ', len) - s) + 1 : len);
        cdn_strbuf_reset(middle);
        if (!cdn_strbuf_append(middle, rest, len - (size_t)(rest - s)))
            return nomem(r);
        return cdn_builder_set_name_parts(b, cdn_strbuf_cstr(middle), NULL, cdn_strbuf_cstr(first), NULL) ? CORDON_OK
                                                                                                          : nomem(r);
    }
    return cdn_builder_set_name_parts(b, cdn_strbuf_cstr(first), middle->len ? cdn_strbuf_cstr(middle) : NULL,
                                      cdn_strbuf_cstr(last), NULL)
               ? CORDON_OK
               : nomem(r);
}

/* Adds one name of kind, or of kind original script when the publisher marks it so ("X
 * (original script)") and, where given, script_kind applies to a name without Latin letters. */
static int add_one_name(un_reader *r, cordon_name_kind kind, bool script_kind, const char *s, size_t len)
{
    static const char MARK[] = "(original script)";
    size_t m = sizeof MARK - 1;
    while (len && (isspace((unsigned char)*s) || *s == ':')) {
        s++;
        len--;
    }
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (len > m && strncasecmp(s + len - m, MARK, m) == 0) {
        len -= m;
        kind = CORDON_NAME_ORIGINAL_SCRIPT;
    } else if (script_kind && other_script(s, len)) {
        kind = CORDON_NAME_ORIGINAL_SCRIPT;
    }
    if (!cdn_builder_add_name(&r->ld->builder, kind, s, len))
        return nomem(r);
    bool alias = kind == CORDON_NAME_ALIAS || kind == CORDON_NAME_WEAK_ALIAS || kind == CORDON_NAME_FORMER;
    return alias && r->ld->builder.schema == CORDON_SCHEMA_PERSON ? set_alias_parts(r, s, len) : CORDON_OK;
}

/* Adds each ';'-separated name of s[0..len). */
static int add_split_names(un_reader *r, cordon_name_kind kind, bool script_kind, const char *s, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != ';')
            continue;
        int status = add_one_name(r, kind, script_kind, s + start, i - start);
        if (status != CORDON_OK)
            return status;
        start = i + 1;
    }
    return CORDON_OK;
}

/* Whether an alias' note says it is a former name: "previously listed as", "formerly listed as". */
static bool is_former_note(const char *s, size_t len)
{
    return (len >= 20 && strncasecmp(s, "previously listed as", 20) == 0) ||
           (len >= 18 && strncasecmp(s, "formerly listed as", 18) == 0);
}

/* Where the parenthesised group that ends s[0..len) opens, or 0 when s does not end in one (or
 * is nothing but one). */
static size_t final_group(const char *s, size_t len)
{
    if (len < 2 || s[len - 1] != ')')
        return 0;
    size_t depth = 0;
    for (size_t i = len; i-- > 0;) {
        depth += s[i] == ')';
        depth -= s[i] == '(';
        if (depth == 0)
            return i;
    }
    return 0;
}

/*
 * Adds the names an alias element holds: one name; names separated by ';'; or a name followed
 * by its variants or its original script in parentheses: "حسن غول (Hassan Ghul; Hassan Gul)",
 * "Jin Tiesan (金铁三)", "Abubakar (original script: Абубакар)". In such a pair the side written
 * without Latin letters is the original script. Other parentheses ("(COMBAT NAME)", "(LRM)")
 * stay part of the name, as published.
 */
static int add_names(un_reader *r, cordon_name_kind kind, const char *s)
{
    static const char LABEL[] = "original script:";
    size_t len = strlen(s);
    while (len && (s[len - 1] == ',' || s[len - 1] == ';' || isspace((unsigned char)s[len - 1])))
        len--;
    size_t open = final_group(s, len);
    if (open > 0) {
        const char *inner = s + open + 1;
        size_t inner_len = len - open - 2, label = sizeof LABEL - 1;
        bool labelled = inner_len > label && strncasecmp(inner, LABEL, label) == 0;
        bool variants = memchr(inner, ';', inner_len) != NULL;
        if (is_former_note(inner, inner_len))
            return add_one_name(r, CORDON_NAME_FORMER, false, s, open);
        if (labelled || variants || other_script(inner, inner_len) || other_script(s, open)) {
            int status = add_one_name(r, kind, true, s, open);
            if (status != CORDON_OK)
                return status;
            if (labelled)
                return add_one_name(r, CORDON_NAME_ORIGINAL_SCRIPT, false, inner + label, inner_len - label);
            return add_split_names(r, kind, true, inner, inner_len);
        }
    }
    return add_split_names(r, kind, false, s, len);
}

/* Parses an xs:date or xs:gYear as the UN list writes them ("2015-07-01", "2015-07-01-04:00",
 * "1970"): the time zone some dates carry says nothing about the day, and is dropped. */
static bool parse_xs_date(const char *s, size_t len, cordon_date_range *d)
{
    size_t date_len = len >= 10 && s[4] == '-' ? 10 : 4;
    bool zone = len == date_len + 1 ? s[date_len] == 'Z'
                                    : len == date_len + 6 && (s[date_len] == '+' || s[date_len] == '-') &&
                                          s[date_len + 3] == ':';
    return cdn_date_parse_iso(s, len == date_len || !zone ? len : date_len, d);
}

/* Copies s without the periods of abbreviations ("Nov. 1973" -> "Nov 1973") into r->text. */
static const char *without_periods(un_reader *r, const char *s)
{
    cdn_strbuf_reset(&r->text);
    for (size_t i = 0; s[i]; i++)
        if (!(s[i] == '.' && i > 0 && isalpha((unsigned char)s[i - 1])) && !cdn_strbuf_append_char(&r->text, s[i]))
            return NULL;
    return cdn_strbuf_cstr(&r->text);
}

/* Adds a birth place (text) and its country. */
static int add_birth_place(un_reader *r, const char *place, const char *country)
{
    cdn_loader *ld = r->ld;
    bool found;
    int status = cdn_place_country(ld, r->path, r->line, who(r), country, strlen(country), CORDON_COUNTRY_BIRTH,
                                   "country of birth not a known country, kept in the place of birth", &found, NULL);
    if (status != CORDON_OK)
        return status;
    return cdn_builder_add_text(&ld->builder, CDN_BIRTH_PLACES, place, strlen(place)) ? CORDON_OK : nomem(r);
}

enum { AL_QUALITY, AL_NAME, AL_NOTE, AL_DOB, AL_CITY, AL_COUNTRY };

static int read_alias(un_reader *r, const xmlNode *el)
{
    static const char *const NAMES[] = {"QUALITY", "ALIAS_NAME", "NOTE", "DATE_OF_BIRTH", "CITY_OF_BIRTH",
                                        "COUNTRY_OF_BIRTH"};
    int status = read_parts(r, el, NAMES, sizeof NAMES / sizeof NAMES[0]);
    if (status != CORDON_OK)
        return status;
    const char *quality = part(r, AL_QUALITY), *name = part(r, AL_NAME), *note = part(r, AL_NOTE);
    cordon_name_kind kind = CORDON_NAME_ALIAS;
    if (strcasecmp(quality, "Low") == 0)
        kind = CORDON_NAME_WEAK_ALIAS;
    else if (strcasecmp(quality, "f.k.a.") == 0)
        kind = CORDON_NAME_FORMER;
    else if (*quality && strcasecmp(quality, "Good") != 0 && strcasecmp(quality, "a.k.a.") != 0 &&
             (status = repair(r, "alias quality cordon does not know, read as a.k.a.", "alias QUALITY '%.60s' unknown, read as a.k.a.", quality)))
        return status;
    bool former_note = is_former_note(note, strlen(note));
    if (former_note)
        kind = CORDON_NAME_FORMER;
    if (*name && (status = add_names(r, kind, name)) != CORDON_OK)
        return status;
    if (*note && !(former_note && strlen(note) <= 21)) {
        if ((status = remark(r, *name ? name : "alias", note)) != CORDON_OK)
            return status;
    }
    if (*part(r, AL_DOB)) {
        cordon_date_range d;
        if (parse_xs_date(part(r, AL_DOB), r->part[AL_DOB].len, &d)) {
            if (!cdn_builder_add_birth_date(&r->ld->builder, &d))
                return nomem(r);
        } else if ((status = repair(r, "date of birth not understood, kept in remarks", "alias DATE_OF_BIRTH '%.60s' is no date, kept in remarks",
                                    part(r, AL_DOB))) != CORDON_OK ||
                   (status = remark(r, "Date of birth", part(r, AL_DOB))) != CORDON_OK) {
            return status;
        }
    }
    cdn_strbuf *place = &r->joined;
    cdn_strbuf_reset(place);
    if (!cdn_place_append(place, ", ", part(r, AL_CITY), r->part[AL_CITY].len) ||
        !cdn_place_append(place, ", ", part(r, AL_COUNTRY), r->part[AL_COUNTRY].len))
        return nomem(r);
    return place->len ? add_birth_place(r, cdn_strbuf_cstr(place), part(r, AL_COUNTRY)) : CORDON_OK;
}

enum { AD_STREET, AD_CITY, AD_STATE, AD_ZIP, AD_COUNTRY, AD_NOTE };

static int read_address(un_reader *r, const xmlNode *el)
{
    static const char *const NAMES[] = {"STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE"};
    int status = read_parts(r, el, NAMES, sizeof NAMES / sizeof NAMES[0]);
    if (status != CORDON_OK)
        return status;
    cdn_strbuf *text = &r->joined;
    cdn_strbuf_reset(text);
    for (size_t k = AD_STREET; k <= AD_NOTE; k++)
        if (!cdn_place_append(text, ", ", part(r, k), r->part[k].len))
            return nomem(r);
    bool found;
    status = cdn_place_country(r->ld, r->path, r->line, who(r), part(r, AD_COUNTRY), r->part[AD_COUNTRY].len,
                               CORDON_COUNTRY_ADDRESS, "address country not a known country, kept in the address",
                               &found, NULL);
    if (status != CORDON_OK)
        return status;
    return cdn_builder_add_text(&r->ld->builder, CDN_ADDRESSES, text->data, text->len) ? CORDON_OK : nomem(r);
}

enum { PB_STREET, PB_CITY, PB_STATE, PB_COUNTRY, PB_NOTE };

static int read_birth_place(un_reader *r, const xmlNode *el)
{
    static const char *const NAMES[] = {"STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"};
    int status = read_parts(r, el, NAMES, sizeof NAMES / sizeof NAMES[0]);
    if (status != CORDON_OK)
        return status;
    cdn_strbuf *text = &r->joined;
    cdn_strbuf_reset(text);
    for (size_t k = PB_STREET; k <= PB_NOTE; k++)
        if (!cdn_place_append(text, ", ", part(r, k), r->part[k].len))
            return nomem(r);
    return text->len ? add_birth_place(r, text->data, part(r, PB_COUNTRY)) : CORDON_OK;
}

enum { DB_TYPE, DB_DATE, DB_YEAR, DB_FROM, DB_TO, DB_NOTE };

/* A date of birth given only in its NOTE ("Nov. 1973"). */
static int read_birth_note(un_reader *r, const char *note, bool approximate)
{
    cordon_date_range d;
    const char *plain = without_periods(r, note);
    if (!plain)
        return nomem(r);
    int status;
    if (cdn_date_parse_text(plain, strlen(plain), &d)) {
        d.approximate |= approximate;
        if (!cdn_builder_add_birth_date(&r->ld->builder, &d))
            return nomem(r);
        return repair(r, "date of birth given only in a note, read from it",
                      "date of birth only in its NOTE '%.60s', read from it", note);
    }
    if ((status = repair(r, "date of birth not understood, kept in remarks",
                         "date of birth NOTE '%.60s' is no date, kept in remarks", note)) != CORDON_OK)
        return status;
    return remark(r, "Date of birth", note);
}

static int read_birth_date(un_reader *r, const xmlNode *el)
{
    static const char *const NAMES[] = {"TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR", "NOTE"};
    int status = read_parts(r, el, NAMES, sizeof NAMES / sizeof NAMES[0]);
    if (status != CORDON_OK)
        return status;
    const char *note = part(r, DB_NOTE);
    bool note_approx = strncasecmp(note, "approximately", 13) == 0 && strlen(note) <= 14;
    bool approximate = strcasecmp(part(r, DB_TYPE), "APPROXIMATELY") == 0 || note_approx;
    cdn_strbuf *text = &r->joined;
    cdn_strbuf_reset(text);
    bool ok;
    if (r->part[DB_FROM].len || r->part[DB_TO].len)
        ok = cdn_strbuf_printf(text, "%s..%s", r->part[DB_FROM].len ? part(r, DB_FROM) : part(r, DB_TO),
                               r->part[DB_TO].len ? part(r, DB_TO) : part(r, DB_FROM));
    else
        ok = cdn_strbuf_append_str(text, r->part[DB_DATE].len ? part(r, DB_DATE) : part(r, DB_YEAR));
    if (!ok)
        return nomem(r);
    if (text->len == 0)
        return *note && !note_approx ? read_birth_note(r, note, approximate) : CORDON_OK;

    cordon_date_range d;
    bool parsed = r->part[DB_FROM].len || r->part[DB_TO].len ? cdn_date_parse_iso(text->data, text->len, &d)
                                                             : parse_xs_date(text->data, text->len, &d);
    if (!parsed) {
        if ((status = repair(r, "date of birth not understood, kept in remarks",
                             "date of birth '%.60s' is no date, kept in remarks", text->data)) != CORDON_OK)
            return status;
        return remark(r, "Date of birth", text->data);
    }
    d.approximate = approximate;
    if (!cdn_builder_add_birth_date(&r->ld->builder, &d))
        return nomem(r);
    if (*note && !note_approx) {
        char label[80];
        snprintf(label, sizeof label, "Date of birth %.40s", text->data);
        return remark(r, label, note);
    }
    return CORDON_OK;
}

enum { DOC_TYPE, DOC_TYPE2, DOC_NUMBER, DOC_ISSUER, DOC_COUNTRY, DOC_DATE, DOC_CITY, DOC_NOTE };

/* The identifier type a TYPE_OF_DOCUMENT names (English, French or Spanish). */
static const char *document_type(const char *type)
{
    if (strcasestr(type, "passport") || strcasestr(type, "passeport") || strcasestr(type, "pasaporte"))
        return "passport";
    if (strcasestr(type, "identification") || strcasestr(type, "identity"))
        return "national_id";
    return "other";
}

static int read_document(un_reader *r, const xmlNode *el)
{
    static const char *const NAMES[] = {"TYPE_OF_DOCUMENT", "TYPE_OF_DOCUMENT2", "NUMBER", "ISSUING_COUNTRY",
                                        "COUNTRY_OF_ISSUE", "DATE_OF_ISSUE", "CITY_OF_ISSUE", "NOTE"};
    int status = read_parts(r, el, NAMES, sizeof NAMES / sizeof NAMES[0]);
    if (status != CORDON_OK)
        return status;
    size_t country_k = r->part[DOC_ISSUER].len ? DOC_ISSUER : DOC_COUNTRY;
    char code[3];
    bool found = false;
    if (r->part[DOC_NUMBER].len &&
        (status = cdn_place_country_code(r->ld, r->path, r->line, who(r), part(r, country_k), r->part[country_k].len,
                                         "issuing country", "document country not a known country, kept in the note",
                                         &found, code)) != CORDON_OK)
        return status;

    cdn_strbuf *note = &r->joined;
    cdn_strbuf_reset(note);
    bool ok = cdn_place_append(note, "; ", part(r, DOC_TYPE2), r->part[DOC_TYPE2].len);
    if (ok && r->part[DOC_DATE].len)
        ok = cdn_place_append(note, "; ", "issued", 6) && cdn_strbuf_printf(note, " %s", part(r, DOC_DATE));
    if (ok && r->part[DOC_CITY].len)
        ok = cdn_place_append(note, r->part[DOC_DATE].len ? " " : "; ", "in", 2) &&
             cdn_strbuf_printf(note, " %s", part(r, DOC_CITY));
    if (ok && !found && r->part[country_k].len && !cdn_place_unknown(part(r, country_k), r->part[country_k].len))
        ok = cdn_place_append(note, "; ", "issued by", 9) && cdn_strbuf_printf(note, " %s", part(r, country_k));
    ok = ok && cdn_place_append(note, "; ", part(r, DOC_NOTE), r->part[DOC_NOTE].len);
    if (!ok)
        return nomem(r);

    const char *type = document_type(part(r, DOC_TYPE));
    if (r->part[DOC_NUMBER].len == 0) {
        if (r->part[DOC_TYPE].len == 0 && note->len == 0)
            return CORDON_OK; /* an empty <INDIVIDUAL_DOCUMENT/> */
        if ((status = repair(r, "document without a NUMBER, kept in remarks",
                             "%.60s without a NUMBER, kept in remarks", r->part[DOC_TYPE].len ? part(r, DOC_TYPE) : "document")) != CORDON_OK)
            return status;
        char label[96];
        snprintf(label, sizeof label, "%.80s", r->part[DOC_TYPE].len ? part(r, DOC_TYPE) : "Document");
        return remark(r, label, note->len ? note->data : "no number given");
    }
    return cdn_builder_add_identifier(&r->ld->builder, type, part(r, DOC_NUMBER), r->part[DOC_NUMBER].len,
                                      found ? code : NULL, note->len ? note->data : NULL)
               ? CORDON_OK
               : nomem(r);
}

/* Adds a "linked_to" relation for each other UN entry text names by its reference number
 * ("listed as Al-Qaida in Iraq (QDe.115)"): two capitals, i or e, '.', three digits. */
static int add_references(un_reader *r, const char *text)
{
    cdn_entity_builder *b = &r->ld->builder;
    for (const char *p = text; (p = strchr(p, '.')) != NULL; p++) {
        if (p - text < 3 || !isupper((unsigned char)p[-3]) || !isupper((unsigned char)p[-2]) ||
            (p[-1] != 'i' && p[-1] != 'e') || !isdigit((unsigned char)p[1]) || !isdigit((unsigned char)p[2]) ||
            !isdigit((unsigned char)p[3]) || isalnum((unsigned char)p[4]) ||
            (p - text > 3 && isalnum((unsigned char)p[-4])))
            continue;
        char target[32];
        snprintf(target, sizeof target, UN_LIST_ID ":%.7s", p - 3);
        if (strcmp(target + sizeof UN_LIST_ID, b->native_id) != 0 &&
            !cdn_builder_add_relation(b, "linked_to", target, NULL))
            return nomem(r);
    }
    return CORDON_OK;
}

/* The texts of the VALUE children of el (TITLE, DESIGNATION, NATIONALITY). */
static int read_values(un_reader *r, const xmlNode *el, bool nationality)
{
    for (const xmlNode *c = el->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!is_element(c, "VALUE")) {
            int status = repair(r, "element cordon does not read, ignored", "<%s> in <%s> ignored: not an element of the list's schema",
                                (const char *)c->name, (const char *)el->name);
            if (status != CORDON_OK)
                return status;
            continue;
        }
        cdn_strbuf_reset(&r->part[0]);
        if (!append_text(&r->part[0], "", c))
            return nomem(r);
        if (r->part[0].len == 0)
            continue;
        int status = CORDON_OK;
        if (nationality) {
            bool found;
            status = cdn_place_country(r->ld, r->path, r->line, who(r), r->part[0].data, r->part[0].len,
                                       CORDON_COUNTRY_NATIONALITY, "nationality not a known country, kept in remarks",
                                       &found, NULL);
            if (status == CORDON_OK && !found && !cdn_place_unknown(r->part[0].data, r->part[0].len))
                status = remark(r, "Nationality", r->part[0].data);
        } else if (!cdn_builder_add_text(&r->ld->builder, CDN_POSITIONS, r->part[0].data, r->part[0].len)) {
            status = nomem(r);
        } else {
            status = add_references(r, r->part[0].data);
        }
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

/* ---- one record ------------------------------------------------------------------------------ */

static int rec_index(const char *name)
{
    for (int k = 0; k < N_REC; k++)
        if (strcmp(REC_NAMES[k], name) == 0)
            return k;
    return -1;
}

static bool ignored(const char *name)
{
    for (size_t i = 0; i < sizeof IGNORED / sizeof IGNORED[0]; i++)
        if (strcmp(IGNORED[i], name) == 0)
            return true;
    return false;
}

/* First pass over a record: its one-text elements into r->rec. */
static int read_simple(un_reader *r, const xmlNode *record)
{
    for (int k = 0; k < N_REC; k++)
        cdn_strbuf_reset(&r->rec[k]);
    for (const xmlNode *c = record->children; c; c = c->next) {
        int k = c->type == XML_ELEMENT_NODE ? rec_index((const char *)c->name) : -1;
        if (k >= 0 && !append_text(&r->rec[k], "; ", c))
            return nomem(r);
    }
    return CORDON_OK;
}

/* Second pass: the elements that repeat or have parts. */
static int read_compound(un_reader *r, const xmlNode *record)
{
    int status = CORDON_OK;
    for (const xmlNode *c = record->children; c && status == CORDON_OK; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)c->name;
        if (strcmp(name, "NAME_ORIGINAL_SCRIPT") == 0) {
            cdn_strbuf_reset(&r->part[0]);
            status = append_text(&r->part[0], "", c) ? add_split_names(r, CORDON_NAME_ORIGINAL_SCRIPT, false, part(r, 0),
                                                                       r->part[0].len)
                                                     : nomem(r);
        } else if (strcmp(name, "INDIVIDUAL_ALIAS") == 0 || strcmp(name, "ENTITY_ALIAS") == 0) {
            status = read_alias(r, c);
        } else if (strcmp(name, "INDIVIDUAL_ADDRESS") == 0 || strcmp(name, "ENTITY_ADDRESS") == 0) {
            status = read_address(r, c);
        } else if (strcmp(name, "INDIVIDUAL_DATE_OF_BIRTH") == 0) {
            status = read_birth_date(r, c);
        } else if (strcmp(name, "INDIVIDUAL_PLACE_OF_BIRTH") == 0) {
            status = read_birth_place(r, c);
        } else if (strcmp(name, "INDIVIDUAL_DOCUMENT") == 0) {
            status = read_document(r, c);
        } else if (strcmp(name, "TITLE") == 0 || strcmp(name, "DESIGNATION") == 0) {
            status = read_values(r, c, false);
        } else if (strcmp(name, "NATIONALITY") == 0) {
            status = read_values(r, c, true);
        } else if (rec_index(name) < 0 && !ignored(name)) {
            status = repair(r, "element cordon does not read, ignored",
                            "<%s> ignored: not an element of the list's schema", name);
        }
    }
    return status;
}

/* The primary name from FIRST..FOURTH_NAME, with given and family parts for a person. */
static int add_primary_name(un_reader *r, bool individual)
{
    cdn_entity_builder *b = &r->ld->builder;
    cdn_strbuf *full = &r->part[0];
    cdn_strbuf_reset(full);
    int last = -1;
    for (int k = REC_FIRST; k <= REC_FOURTH; k++) {
        if (!cdn_place_append(full, " ", r->rec[k].data, r->rec[k].len))
            return nomem(r);
        if (r->rec[k].len)
            last = k;
    }
    const char *semi = memchr(full->data ? full->data : "", ';', full->len);
    if (semi) {
        size_t first_len = (size_t)(semi - full->data);
        int status = add_one_name(r, CORDON_NAME_PRIMARY, false, full->data, first_len);
        if (status == CORDON_OK)
            status = add_split_names(r, CORDON_NAME_ALIAS, false, semi + 1, full->len - first_len - 1);
        return status != CORDON_OK ? status
                                   : repair(r, "name holding several names, the first taken as the name",
                                            "name '%.160s' split at ';': the first is the name, the others aliases", full->data);
    }
    if (!cdn_builder_add_name(b, CORDON_NAME_PRIMARY, full->data, full->len))
        return nomem(r);
    if (!individual || last <= REC_FIRST || r->rec[REC_FIRST].len == 0)
        return CORDON_OK;
    const char *first = r->rec[REC_FIRST].data, *final = r->rec[last].data;
    bool family_first = strncmp(b->native_id, "KPi.", 4) == 0;
    if (!family_first) {
        cdn_strbuf *middle = &r->part[1];
        cdn_strbuf_reset(middle);
        for (int k = REC_FIRST + 1; k < last; k++)
            if (!cdn_place_append(middle, " ", r->rec[k].data, r->rec[k].len))
                return nomem(r);
        return cdn_builder_set_name_parts(b, first, middle->len ? cdn_strbuf_cstr(middle) : NULL, final, NULL)
                   ? CORDON_OK
                   : nomem(r);
    }
    const char *given = full->data + r->rec[REC_FIRST].len + 1; /* the rest, after "KIM " */
    return cdn_builder_set_name_parts(b, given, NULL, first, NULL) ? CORDON_OK : nomem(r);
}

/* The record's id; *keep is false (and the record reported) when it has none or a duplicate. */
static int set_reference(un_reader *r, const char *kind, bool *keep)
{
    cdn_entity_builder *b = &r->ld->builder;
    *keep = false;
    if (!cdn_builder_set_id(b, r->rec[REC_REFERENCE].data, r->rec[REC_REFERENCE].len))
        return nomem(r);
    if (!b->native_id)
        return cdn_loader_skip(r->ld, r->path, r->line, "record without a REFERENCE_NUMBER",
                               "%s '%.80s %.80s' has no REFERENCE_NUMBER", kind, cdn_strbuf_cstr(&r->rec[REC_FIRST]),
                               cdn_strbuf_cstr(&r->rec[REC_SECOND]));
    void *first_line = NULL;
    if (!cdn_strmap_put(&r->refs, b->native_id, strlen(b->native_id), (void *)(intptr_t)r->line, &first_line))
        return nomem(r);
    if (first_line)
        return cdn_loader_skip(r->ld, r->path, r->line, "REFERENCE_NUMBER used twice",
                               "%.80s is also the REFERENCE_NUMBER of the record on line %ld", b->native_id,
                               (long)(intptr_t)first_line);
    *keep = true;
    return CORDON_OK;
}

/* The record's one-text elements other than its names. */
static int set_simple_fields(un_reader *r)
{
    cdn_entity_builder *b = &r->ld->builder;
    const cdn_strbuf *f = r->rec;
    if (!cdn_builder_set_remarks(b, f[REC_COMMENTS].data, f[REC_COMMENTS].len) ||
        !cdn_builder_set_source_list(b, f[REC_LIST_TYPE].data, f[REC_LIST_TYPE].len) ||
        !cdn_builder_add_program(b, f[REC_LIST_TYPE].data, f[REC_LIST_TYPE].len))
        return nomem(r);
    int status = add_references(r, cdn_strbuf_cstr(&f[REC_COMMENTS]));
    if (status != CORDON_OK)
        return status;
    cordon_date_range d;
    if (f[REC_LISTED_ON].len) {
        if (parse_xs_date(f[REC_LISTED_ON].data, f[REC_LISTED_ON].len, &d) && d.from.day) {
            if (!cdn_builder_set_listed_on(b, f[REC_LISTED_ON].data, 10))
                return nomem(r);
        } else if ((status = repair(r, "listing date not understood, kept in remarks", "LISTED_ON '%.40s' is no date, kept in remarks",
                                    f[REC_LISTED_ON].data)) != CORDON_OK ||
                   (status = remark(r, "Listed on", f[REC_LISTED_ON].data)) != CORDON_OK) {
            return status;
        }
    }
    const char *gender = cdn_strbuf_cstr(&f[REC_GENDER]);
    if (strcasecmp(gender, "male") == 0 || strcasecmp(gender, "female") == 0)
        return cdn_builder_set_gender(b, gender) ? CORDON_OK : nomem(r);
    if (*gender && !cdn_place_unknown(gender, strlen(gender)) &&
        ((status = repair(r, "gender neither male nor female, kept in remarks", "GENDER '%.40s' kept in remarks", gender)) ||
         (status = remark(r, "Gender", gender))))
        return status;
    return CORDON_OK;
}

/* Reads the expanded INDIVIDUAL or ENTITY record and emits it (or reports why not). */
static int read_record(un_reader *r, const xmlNode *record, bool individual)
{
    cdn_entity_builder *b = &r->ld->builder;
    cdn_builder_reset(b);
    r->line = xmlGetLineNo(record);
    bool keep;
    int status = read_simple(r, record);
    if (status == CORDON_OK)
        status = set_reference(r, individual ? "INDIVIDUAL" : "ENTITY", &keep);
    if (status != CORDON_OK || !keep)
        return status;
    b->schema = individual ? CORDON_SCHEMA_PERSON : CORDON_SCHEMA_ORGANIZATION;
    if ((status = add_primary_name(r, individual)) != CORDON_OK || (status = set_simple_fields(r)) != CORDON_OK ||
        (status = read_compound(r, record)) != CORDON_OK)
        return status;
    if (b->names.len == 0)
        return cdn_loader_skip(r->ld, r->path, r->line, "record without any name", "%s has no name and no alias",
                               b->native_id);
    cordon_name *first = cdn_vec_at(&b->names, 0);
    if (first->kind != CORDON_NAME_PRIMARY) {
        first->kind = CORDON_NAME_PRIMARY;
        if ((status = repair(r, "record without a name, its first alias taken as the name", "no name: its first alias '%.80s' taken as the name", first->full)))
            return status;
    }
    return cdn_loader_emit(r->ld);
}

/* ---- the document ---------------------------------------------------------------------------- */

/* A list without dateGenerated: its file's modification date stands in for the version, said as
 * such ("file date 2026-02-27"), and the stand-in is counted as a repair. */
static int set_file_date(un_reader *r, long line)
{
    int status = cdn_loader_set_file_date(r->ld, r->path);
    if (status == CORDON_OK)
        status = cdn_loader_repair(r->ld, r->path, line, "list without dateGenerated, the file date taken as version",
                                   "<CONSOLIDATED_LIST> has no dateGenerated attribute; version '%s'",
                                   r->ld->info->version);
    return status;
}

/* The root element must be CONSOLIDATED_LIST; its dateGenerated is the version. */
static int read_root(un_reader *r, const char *name)
{
    long line = xmlGetLineNo(xmlTextReaderCurrentNode(r->xr));
    r->root_seen = true;
    if (strcmp(name, "CONSOLIDATED_LIST") != 0)
        return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, line,
                            "not a UN consolidated list: the root element is <%.60s>, expected <CONSOLIDATED_LIST>",
                            name);
    xmlChar *date = xmlTextReaderGetAttribute(r->xr, (const xmlChar *)"dateGenerated");
    int status = date && *date ? cdn_loader_set_version(r->ld, (const char *)date) /* "2026-02-27T00:00:09.554Z" */
                               : set_file_date(r, line);
    xmlFree(date);
    return status;
}

/* A DOCTYPE that declares entities is refused: a UN list has none, and expanding them is how XML
 * files reach into other files (XXE) or blow up in memory. */
static int check_doctype(un_reader *r)
{
    /* xmlTextReaderCurrentDoc would make the reader keep the whole tree: the node will do. */
    xmlNodePtr node = xmlTextReaderCurrentNode(r->xr);
    xmlDtdPtr dtd = node && node->type == XML_DTD_NODE ? (xmlDtdPtr)node : NULL;
    if (dtd && (dtd->entities || dtd->pentities))
        return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, r->doctype_line,
                            "the DOCTYPE declares entities; a UN list has none, and cordon does not expand them");
    return CORDON_OK;
}

/* Handles the element the reader is on; *done is true when its subtree was consumed. */
static int read_element(un_reader *r, bool *done)
{
    int depth = xmlTextReaderDepth(r->xr);
    const char *name = (const char *)xmlTextReaderConstLocalName(r->xr);
    *done = false;
    if (!name)
        return nomem(r);
    if (depth == 0)
        return read_root(r, name);
    if (depth != 2)
        return CORDON_OK;
    bool individual = strcmp(name, "INDIVIDUAL") == 0;
    *done = true;
    if (!individual && strcmp(name, "ENTITY") != 0)
        return cdn_loader_skip(r->ld, r->path, xmlGetLineNo(xmlTextReaderCurrentNode(r->xr)),
                               "element that is neither INDIVIDUAL nor ENTITY", "<%.60s> ignored", name);
    xmlNodePtr record = xmlTextReaderExpand(r->xr);
    if (!record)
        return xml_failure(r);
    return read_record(r, record, individual);
}

static int read_list(un_reader *r)
{
    int status = CORDON_OK;
    int ret = xmlTextReaderRead(r->xr);
    while (ret == 1 && status == CORDON_OK && !r->error[0]) {
        bool done = false;
        int type = xmlTextReaderNodeType(r->xr);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE)
            status = check_doctype(r);
        else if (type == XML_READER_TYPE_ELEMENT)
            status = read_element(r, &done);
        else if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(r->xr) == 0)
            r->root_closed = true;
        if (status == CORDON_OK)
            ret = done ? xmlTextReaderNext(r->xr) : xmlTextReaderRead(r->xr);
    }
    if (status != CORDON_OK)
        return status;
    if (ret < 0 || r->error[0] || r->io_failed)
        return xml_failure(r);
    if (!r->root_seen)
        return cdn_error_at(r->ld->err, CORDON_EDATA, r->path, 0, "no <CONSOLIDATED_LIST> element");
    return CORDON_OK;
}

/* libxml2 reads its input through this, so gzip-compressed lists load too. */
/* Follows the input for "<!DOCTYPE" to know its line (libxml2 gives none for a DTD). */
static void find_doctype(un_reader *r, const char *buf, size_t n)
{
    static const char TOKEN[] = "<!DOCTYPE";
    for (size_t i = 0; i < n && r->lines; i++) {
        r->doctype_match = buf[i] == TOKEN[r->doctype_match] ? r->doctype_match + 1 : buf[i] == '<';
        if (r->doctype_match == sizeof TOKEN - 1) {
            r->doctype_line = r->lines;
            r->lines = 0;
        } else if (buf[i] == '\n') {
            r->lines++;
        }
    }
}

static int read_input(void *ctx, char *buf, int len)
{
    un_reader *r = ctx;
    int n = gzread(r->gz, buf, (unsigned)len);
    if (n > 0) {
        r->bytes += (size_t)n;
        find_doctype(r, buf, (size_t)n);
    }
    if (n == 0) {
        r->at_eof = true;
        int errnum = Z_OK;
        gzerror(r->gz, &errnum); /* a gzip stream cut short shows only here */
        if (errnum != Z_OK && errnum != Z_STREAM_END)
            n = -1;
    }
    if (n < 0)
        r->io_failed = true;
    return n;
}

static int close_input(void *ctx)
{
    (void)ctx; /* the loader closes the file */
    return 0;
}

int cdn_load_un_xml(cdn_loader *ld, const char *path)
{
    un_reader r;
    memset(&r, 0, sizeof r);
    r.ld = ld;
    r.path = path;
    r.lines = 1;
    cdn_strmap_init(&r.refs);
    for (int k = 0; k < N_REC; k++)
        cdn_strbuf_init(&r.rec[k]);
    for (int k = 0; k < MAX_PARTS; k++)
        cdn_strbuf_init(&r.part[k]);
    cdn_strbuf_init(&r.text);
    cdn_strbuf_init(&r.joined);
    for (int k = 0; k < 3; k++)
        cdn_strbuf_init(&r.alias_part[k]);

    int status = cdn_loader_set_id(ld, UN_LIST_ID);
    if (status == CORDON_OK && !(r.gz = gzopen(path, "rb")))
        status = cdn_error_at(ld->err, CORDON_EIO, path, 0, "cannot open: %s", strerror(errno));
    if (status == CORDON_OK) {
        xmlInitParser();
        r.xr = xmlReaderForIO(read_input, close_input, &r, path, NULL, UN_OPTIONS);
        if (!r.xr)
            status = nomem(&r);
    }
    if (status == CORDON_OK) {
        xmlTextReaderSetStructuredErrorHandler(r.xr, on_xml_error, &r);
        status = read_list(&r);
    }
    if (r.xr)
        xmlFreeTextReader(r.xr);
    if (r.gz)
        gzclose(r.gz);
    cdn_strmap_free(&r.refs);
    for (int k = 0; k < N_REC; k++)
        cdn_strbuf_free(&r.rec[k]);
    for (int k = 0; k < MAX_PARTS; k++)
        cdn_strbuf_free(&r.part[k]);
    cdn_strbuf_free(&r.text);
    cdn_strbuf_free(&r.joined);
    for (int k = 0; k < 3; k++)
        cdn_strbuf_free(&r.alias_part[k]);
    return status;
}

bool cdn_detect_un_xml(const char *path, bool is_dir, const char *head, size_t head_len)
{
    (void)path;
    (void)head_len;
    return !is_dir && strstr(head, "<CONSOLIDATED_LIST") != NULL;
}
