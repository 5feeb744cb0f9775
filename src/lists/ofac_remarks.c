/*
 * ofac_remarks.c — the items of OFAC's Remarks column, read into the entity model (see
 * ofac_remarks.h).
 *
 * The item labels and their forms are those of the SDN and non-SDN consolidated legacy CSV
 * files as published 2019–2025 (OFAC, "SDN legacy CSV file specifications", dat_spec.txt,
 * documents the columns but not the vocabulary of the remarks; the labels here were taken from
 * the files themselves). An item is "[alt. ]LABEL VALUE": the label is looked up in RULES, the
 * longest match wins, and the rule says what the value is.
 */
#include "lists/ofac_remarks.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "model/countries.h"
#include "model/dates.h"

const char CDN_OFAC_BAD_DATE[] = "date in the remarks not understood (kept in the remarks)";
const char CDN_OFAC_BAD_COUNTRY[] = "country name not recognised (kept as text)";

enum item_kind {
    ITEM_BIRTH_DATE,  /* DOB, Organization Established Date, Vessel Year of Build, ... */
    ITEM_BIRTH_PLACE, /* POB */
    ITEM_COUNTRY,     /* nationality, citizen, Nationality of Registration: role in the rule */
    ITEM_GENDER,
    ITEM_NAME,        /* a.k.a. 'X', f.k.a. 'X': name kind in the rule */
    ITEM_RELATION,    /* Linked To: X; relation type in the rule */
    ITEM_POSITION,
    ITEM_IDENTIFIER,  /* identifier type in the rule */
};

/* How an identifier's value is written after its label. */
enum value_form {
    VALUE_DOCUMENT, /* "VALUE (Country) issued DATE expires DATE" */
    VALUE_WHOLE,    /* the whole rest: e-mail, website, phone */
    VALUE_CURRENCY, /* "- XBT address": digital currency */
};

typedef struct item_rule {
    const char *label;
    enum item_kind kind;
    const char *type; /* identifier or relation type */
    int role;         /* country role, name kind, or value form of an identifier */
} item_rule;

#define ID(label, type) {label, ITEM_IDENTIFIER, type, VALUE_DOCUMENT}
#define ID_AS(label, type, form) {label, ITEM_IDENTIFIER, type, form}

static const item_rule RULES[] = {
    {"DOB", ITEM_BIRTH_DATE, NULL, 0},
    {"Organization Established Date", ITEM_BIRTH_DATE, NULL, 0},
    {"Vessel Year of Build", ITEM_BIRTH_DATE, NULL, 0},
    {"Aircraft Manufacture Date", ITEM_BIRTH_DATE, NULL, 0},
    {"POB", ITEM_BIRTH_PLACE, NULL, 0},
    {"nationality", ITEM_COUNTRY, NULL, CORDON_COUNTRY_NATIONALITY},
    {"citizen", ITEM_COUNTRY, NULL, CORDON_COUNTRY_CITIZENSHIP},
    {"Nationality of Registration", ITEM_COUNTRY, NULL, CORDON_COUNTRY_REGISTRATION},
    {"Registration Country", ITEM_COUNTRY, NULL, CORDON_COUNTRY_REGISTRATION},
    {"Other Vessel Flag", ITEM_COUNTRY, NULL, CORDON_COUNTRY_REGISTRATION},
    {"Gender", ITEM_GENDER, NULL, 0},
    {"a.k.a.", ITEM_NAME, NULL, CORDON_NAME_WEAK_ALIAS},
    {"n.k.a.", ITEM_NAME, NULL, CORDON_NAME_WEAK_ALIAS},
    {"f.k.a.", ITEM_NAME, NULL, CORDON_NAME_FORMER},
    {"Linked To", ITEM_RELATION, "linked_to", 0},
    {"Aircraft Operator", ITEM_RELATION, "operator", 0},
    {"Position", ITEM_POSITION, NULL, 0},

    ID("Passport", "passport"),
    ID("Diplomatic Passport", "passport"),
    ID("Passport Booklet", "passport"),
    ID("Stateless Person Passport", "passport"),
    ID("British National Overseas Passport", "passport"),

    ID("National ID No.", "national_id"),
    ID("Cedula No.", "national_id"),
    ID("D.N.I.", "national_id"),
    ID("Personal ID Card", "national_id"),
    ID("Identification Number", "national_id"),
    ID("Citizen's Card Number", "national_id"),
    ID("Turkish Identification Number", "national_id"),
    ID("Turkish Identificiation Number", "national_id"), /* sic, in the files */
    ID("National Foreign ID Number", "national_id"),
    ID("Numero de Identidad", "national_id"),
    ID("Kenyan ID No.", "national_id"),
    ID("Tazkira National ID Card", "national_id"),
    ID("C.U.R.P.", "national_id"),
    ID("C.U.R.P. #", "national_id"),
    ID("C.U.I.", "national_id"),
    ID("SSN", "national_id"),
    ID("Credencial electoral", "national_id"),
    ID("Electoral Registry No.", "national_id"),
    ID("I.F.E.", "national_id"),
    ID("UAE Identification", "national_id"),
    ID("Refugee ID Card", "national_id"),
    ID("Stateless Person ID Card", "national_id"),
    ID("Residency Number", "national_id"),
    ID("N.I.E.", "national_id"),
    ID("CNP", "national_id"),
    ID("Romanian Permanent Resident", "national_id"),
    ID("Moroccan Personal ID No.", "national_id"),
    ID("Bosnian Personal ID No.", "national_id"),

    ID("Tax ID No.", "tax"),
    ID("NIT #", "tax"),
    ID("RUC #", "tax"),
    ID("R.F.C.", "tax"),
    ID("R.F.C. #", "tax"),
    ID("C.U.I.T.", "tax"),
    ID("RIF #", "tax"),
    ID("RTN", "tax"),
    ID("V.A.T. Number", "tax"),
    ID("US FEIN", "tax"),
    ID("Italian Fiscal Code", "tax"),
    ID("Paraguayan tax identification number", "tax"),
    ID("Numero Unico de Identificacao Tributaria", "tax"),
    ID("RFC", "tax"),
    ID("C.I.F.", "tax"),
    ID("N.I.F.", "tax"),
    ID("Fiscal Code", "tax"),
    ID("Romanian Tax Registration", "tax"),
    ID("RSIN", "tax"),

    ID("Registration Number", "registration"),
    ID("Registration ID", "registration"),
    ID("Business Registration Number", "registration"),
    ID("Business Registration Document #", "registration"),
    ID("Commercial Registry Number", "registration"),
    ID("Company Number", "registration"),
    ID("UK Company Number", "registration"),
    ID("C.R. No.", "registration"),
    ID("Trade License No.", "registration"),
    ID("Chamber of Commerce Number", "registration"),
    ID("Government Gazette Number", "registration"),
    ID("Legal Entity Number", "registration"),
    ID("Unified Social Credit Code", "registration"),
    ID("United Social Credit Code Certificate", "registration"),
    ID("Certificate of Incorporation Number", "registration"),
    ID("Folio Mercantil No.", "registration"),
    ID("Matricula Mercantil No", "registration"),
    ID("Public Registration Number", "registration"),
    ID("Economic Register Number", "registration"),
    ID("Central Registration System Number", "registration"),
    ID("Istanbul Chamber of Comm. No.", "registration"),
    ID("Dubai Chamber of Commerce Membership No.", "registration"),
    ID("Branch Unit Number", "registration"),
    ID("Enterprise Number", "registration"),
    ID("Registered Charity No.", "registration"),
    ID("LE Number", "registration"),
    ID("Business Number", "registration"),
    ID("File Number", "registration"),
    ID("Romanian C.R.", "registration"),
    ID("Afghan Money Service Provider License Number", "registration"),
    ID("Organization Code", "registration"),
    ID("Registration Certificate Number", "registration"),
    ID("Russian State Individual Business Registration Number Pattern", "registration"),
    ID("C.I.N.", "registration"),
    ID("MSB Registration", "registration"),

    ID("Vessel Registration Identification", "imo"),
    ID("MMSI", "mmsi"),
    ID("SWIFT/BIC", "swift"),

    ID_AS("Email Address", "email", VALUE_WHOLE),
    ID_AS("Email", "email", VALUE_WHOLE),
    ID_AS("Website", "website", VALUE_WHOLE),
    ID_AS("Phone Number", "phone", VALUE_WHOLE),
    ID_AS("Phone No.", "phone", VALUE_WHOLE),
    ID_AS("Phone", "phone", VALUE_WHOLE),
    ID_AS("PHONE", "phone", VALUE_WHOLE),
    ID_AS("Telephone", "phone", VALUE_WHOLE),
    ID_AS("Telephone No.", "phone", VALUE_WHOLE),
    ID_AS("Telephone Number", "phone", VALUE_WHOLE),
    ID_AS("Fax", "phone", VALUE_WHOLE),
    ID_AS("Fax No.", "phone", VALUE_WHOLE),
    ID_AS("FAX", "phone", VALUE_WHOLE),
    ID_AS("Digital Currency Address", "digital_currency", VALUE_CURRENCY),

    ID("Aircraft Manufacturer's Serial Number", "other"),
    ID("Aircraft Tail Number", "other"),
    ID("Previous Aircraft Tail Number", "other"),
    ID("Aircraft Construction Number", "other"),
    ID("Aircraft Mode S Transponder Code", "other"),
    ID("Aircraft Serial Identification", "other"),
    ID("Other Vessel Call Sign", "other"),
    ID("Equity Ticker", "other"),
    ID("ISIN", "other"),
    ID("BIK", "other"),
    ID("Chinese Commercial Code", "other"),
    ID("D-U-N-S Number", "other"),
    ID("Driver's License No.", "other"),
    ID("Birth Certificate Number", "other"),
    ID("Cartilla de Servicio Militar Nacional", "other"),
    ID("Travel Document Number", "other"),
    ID("Pilot License Number", "other"),
    ID("SRE Permit No.", "other"),
    ID("Permit Number", "other"),
    ID("Immigration No.", "other"),
    ID("License", "other"),
    ID("UN/LOCODE", "other"),
    ID("VisaNumberID", "other"),
    ID("C.U.I.P.", "other"),
    ID("Serial No.", "other"),
    ID("Public Security and Immigration No.", "other"),
    ID("Trademark number", "other"),
    ID("Tarjeta Profesional", "other"),
    ID("Tourism License", "other"),
    ID("Military Registration", "other"),
    ID("Seafarer's Identification Document", "other"),
};

/* ---- small text helpers ------------------------------------------------------------------- */

typedef struct span {
    const char *s;
    size_t len;
} span;

static span trim(span t)
{
    while (t.len && isspace((unsigned char)*t.s)) {
        t.s++;
        t.len--;
    }
    while (t.len && isspace((unsigned char)t.s[t.len - 1]))
        t.len--;
    return t;
}

static bool starts_with(span t, const char *prefix)
{
    size_t n = strlen(prefix);
    return t.len >= n && memcmp(t.s, prefix, n) == 0;
}

static span skip(span t, size_t n) { return (span){t.s + n, t.len - n}; }

/* Offset of needle in t, or t.len when absent. */
static size_t find(span t, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= t.len; i++)
        if (memcmp(t.s + i, needle, n) == 0)
            return i;
    return t.len;
}

static bool has_digit(span t)
{
    for (size_t i = 0; i < t.len; i++)
        if (isdigit((unsigned char)t.s[i]))
            return true;
    return false;
}

int cdn_ofac_shown_len(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return (int)len;
    while (max && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--; /* s[max] continues a character: cut before the character starts */
    return (int)max;
}

static void add_finding(cdn_ofac_remarks *p, const char *reason, const char *what, span text)
{
    for (size_t i = 0; i < p->n_findings; i++)
        if (p->findings[i].reason == reason)
            return;
    if (p->n_findings == sizeof p->findings / sizeof p->findings[0])
        return;
    cdn_ofac_finding *f = &p->findings[p->n_findings++];
    f->reason = reason;
    snprintf(f->detail, sizeof f->detail, "%s '%.*s'", what, cdn_ofac_shown_len(text.s, text.len, 100), text.s);
}

/* ---- names -------------------------------------------------------------------------------- */

bool cdn_ofac_add_name(cdn_entity_builder *b, cordon_name_kind kind, const char *name, size_t len,
                       cdn_strbuf *scratch)
{
    size_t before = b->names.len;
    if (!cdn_builder_add_name(b, kind, name, len))
        return false;
    if (b->names.len == before || b->schema != CORDON_SCHEMA_PERSON)
        return true; /* a repeated spelling, or not a person's name */
    span full = {name, len};
    size_t comma = find(full, ",");
    if (comma == len)
        return true;
    span family = trim((span){name, comma});
    span rest = trim(skip(full, comma + 1));
    size_t space = 0;
    while (space < rest.len && !isspace((unsigned char)rest.s[space]))
        space++;
    span given = {rest.s, space};
    span middle = trim(skip(rest, space));
    /* Three NUL-terminated strings in scratch: family, given, middle. */
    cdn_strbuf_reset(scratch);
    if (!cdn_strbuf_append(scratch, family.s, family.len) || !cdn_strbuf_append_char(scratch, '\0') ||
        !cdn_strbuf_append(scratch, given.s, given.len) || !cdn_strbuf_append_char(scratch, '\0') ||
        !cdn_strbuf_append(scratch, middle.s, middle.len))
        return false;
    const char *f = scratch->data;
    const char *g = f + family.len + 1;
    const char *m = g + given.len + 1;
    return cdn_builder_set_name_parts(b, given.len ? g : NULL, middle.len ? m : NULL, family.len ? f : NULL, NULL);
}

/* ---- countries ---------------------------------------------------------------------------- */

bool cdn_ofac_place_country(const char *place, size_t len, char code[3])
{
    span whole = trim((span){place, len});
    if (whole.len == 0)
        return false;
    /* The start of the last and of the second-to-last comma-separated part. */
    size_t last = 0, second = 0;
    for (size_t i = 0; i < whole.len; i++) {
        if (whole.s[i] == ',') {
            second = last;
            last = i + 1;
        }
    }
    if (second && cdn_country_code(whole.s + second, whole.len - second, code))
        return true;
    if (cdn_country_code(whole.s + last, whole.len - last, code))
        return true;
    return last && cdn_country_code(whole.s, whole.len, code);
}

static bool add_country(cdn_ofac_remarks *p, cdn_entity_builder *b, span name, cordon_country_role role)
{
    char code[3];
    if (!cdn_country_code(name.s, name.len, code)) {
        add_finding(p, CDN_OFAC_BAD_COUNTRY, "country", name);
        return true;
    }
    return cdn_builder_add_country(b, code, role);
}

/* ---- identifiers -------------------------------------------------------------------------- */

/* Appends " text" to the note in scratch. */
static bool note_add(cdn_strbuf *note, span text)
{
    text = trim(text);
    if (text.len == 0)
        return true;
    return (note->len == 0 || cdn_strbuf_append_char(note, ' ')) && cdn_strbuf_append(note, text.s, text.len);
}

/*
 * "VALUE [(qualifier)...] [(Country)] [issued DATE] [expires DATE]": the value ends at the
 * first " (" or " issued " or " expires "; the last parenthesised group that names a country is
 * the issuer, and everything else goes to the note after the label.
 */
static bool add_document(cdn_ofac_remarks *p, cdn_entity_builder *b, const item_rule *rule, span label, span rest)
{
    cdn_strbuf *note = &p->scratch;
    cdn_strbuf_reset(note);
    if (!note_add(note, label))
        return false;
    while (rest.len && rest.s[0] == '(') { /* "(MSN) 1023409321", "(USCC) 9113...": part of the label */
        size_t close = find(rest, ")");
        if (close == rest.len)
            break;
        if (!note_add(note, (span){rest.s, close + 1}))
            return false;
        rest = trim(skip(rest, close + 1));
    }
    const char *type = rule->type;
    if (starts_with(rest, "IMO ")) { /* "Vessel Registration Identification IMO 9661792" */
        type = "imo";
        rest = trim(skip(rest, 4));
    }
    size_t end = find(rest, " (");
    size_t issued = find(rest, " issued"), expires = find(rest, " expires");
    end = issued < end ? issued : end;
    end = expires < end ? expires : end;
    span value = trim((span){rest.s, end});
    span tail = skip(rest, end);
    /* A document number has digits: "Passport and National ID were issued in Ulm" is prose. */
    if (strcmp(type, "imo") != 0 && strcmp(type, "other") != 0 && strcmp(type, "mmsi") != 0 &&
        strcmp(type, "swift") != 0 && !has_digit(value))
        return true;

    char country[3] = "";
    span country_group = {NULL, 0}, unknown = {NULL, 0};
    for (size_t i = 0; i < tail.len;) {
        size_t open = find(skip(tail, i), "(");
        if (i + open == tail.len) {
            if (!note_add(note, skip(tail, i)))
                return false;
            break;
        }
        if (!note_add(note, (span){tail.s + i, open}))
            return false;
        span group = skip(tail, i + open + 1);
        size_t close = find(group, ")");
        span inner = trim((span){group.s, close});
        char code[3];
        span whole_group = {group.s - 1, close + (close < group.len ? 2 : 1)};
        if (cdn_country_code(inner.s, inner.len, code)) {
            if (country_group.s && !note_add(note, country_group))
                return false; /* an earlier country: the last one is the issuer */
            memcpy(country, code, 3);
            country_group = whole_group;
        } else {
            unknown = inner;
            if (!note_add(note, whole_group))
                return false;
        }
        i = (size_t)(group.s - tail.s) + close + (close < group.len ? 1 : 0);
    }
    if (!country[0] && unknown.s)
        add_finding(p, CDN_OFAC_BAD_COUNTRY, "issuing country", unknown);
    return cdn_builder_add_identifier(b, type, value.s, value.len, country[0] ? country : NULL,
                                      cdn_strbuf_cstr(note));
}

static bool add_identifier(cdn_ofac_remarks *p, cdn_entity_builder *b, const item_rule *rule, span label, span rest)
{
    if (rule->role == VALUE_WHOLE) {
        cdn_strbuf_reset(&p->scratch);
        if (!note_add(&p->scratch, label))
            return false;
        return cdn_builder_add_identifier(b, rule->type, rest.s, rest.len, NULL, cdn_strbuf_cstr(&p->scratch));
    }
    if (rule->role == VALUE_CURRENCY) { /* "- XBT 1A2b...": the currency code is the note */
        if (starts_with(rest, "-"))
            rest = trim(skip(rest, 1));
        size_t space = find(rest, " ");
        if (space == rest.len)
            return cdn_builder_add_identifier(b, rule->type, rest.s, rest.len, NULL, NULL);
        cdn_strbuf_reset(&p->scratch);
        if (!cdn_strbuf_append(&p->scratch, rest.s, space))
            return false;
        span address = trim(skip(rest, space));
        return cdn_builder_add_identifier(b, rule->type, address.s, address.len, NULL, cdn_strbuf_cstr(&p->scratch));
    }
    return add_document(p, b, rule, label, rest);
}

/* ---- items -------------------------------------------------------------------------------- */

/* The rule whose label starts the item (followed by a space, a colon or nothing), the longest
 * one when several do; NULL when none. */
static const item_rule *find_rule(span item)
{
    const item_rule *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof RULES / sizeof RULES[0]; i++) {
        const char *label = RULES[i].label;
        if (label[0] != item.s[0])
            continue;
        size_t n = strlen(label);
        if (n <= best_len || n > item.len || memcmp(item.s, label, n) != 0)
            continue;
        if (n < item.len && item.s[n] != ' ' && item.s[n] != ':')
            continue;
        best = &RULES[i];
        best_len = n;
    }
    return best;
}

static bool add_birth_date(cdn_ofac_remarks *p, cdn_entity_builder *b, span value)
{
    cordon_date_range d;
    if (!cdn_date_parse_text(value.s, value.len, &d)) {
        add_finding(p, CDN_OFAC_BAD_DATE, "date", value);
        return true;
    }
    return cdn_builder_add_birth_date(b, &d);
}

static bool add_relation(cdn_ofac_remarks *p, cdn_entity_builder *b, const char *type, span name)
{
    if (name.len == 0)
        return true;
    const char *caption = NULL;
    const char *target = p->resolve ? p->resolve(p->resolve_arg, name.s, name.len, &caption) : NULL;
    if (target && caption)
        return cdn_builder_add_relation(b, type, target, caption);
    cdn_strbuf_reset(&p->scratch);
    if (!cdn_strbuf_append(&p->scratch, name.s, name.len))
        return false;
    return cdn_builder_add_relation(b, type, NULL, cdn_strbuf_cstr(&p->scratch));
}

/* A name in the remarks is quoted: a.k.a. 'BNC'. */
static bool add_quoted_name(cdn_ofac_remarks *p, cdn_entity_builder *b, cordon_name_kind kind, span value)
{
    if (value.len >= 2 && value.s[0] == '\'' && value.s[value.len - 1] == '\'')
        value = (span){value.s + 1, value.len - 2};
    return cdn_ofac_add_name(b, kind, value.s, value.len, &p->scratch);
}

static bool parse_item(cdn_ofac_remarks *p, cdn_entity_builder *b, span item)
{
    if (starts_with(item, "alt. ") || starts_with(item, "Alt. "))
        item = trim(skip(item, 5));
    if (item.len == 0)
        return true;
    const item_rule *rule = find_rule(item);
    if (!rule)
        return true; /* left to the remarks text */
    span label = {item.s, strlen(rule->label)};
    span value = skip(item, label.len);
    if (value.len && value.s[0] == ':')
        value = skip(value, 1);
    value = trim(value);
    switch (rule->kind) {
    case ITEM_BIRTH_DATE: return add_birth_date(p, b, value);
    case ITEM_BIRTH_PLACE: {
        char code[3];
        if (!cdn_builder_add_text(b, CDN_BIRTH_PLACES, value.s, value.len))
            return false;
        return !cdn_ofac_place_country(value.s, value.len, code) ||
               cdn_builder_add_country(b, code, CORDON_COUNTRY_BIRTH);
    }
    case ITEM_COUNTRY: return add_country(p, b, value, (cordon_country_role)rule->role);
    case ITEM_GENDER:
        if (value.len == 4 && memcmp(value.s, "Male", 4) == 0)
            return cdn_builder_set_gender(b, "male");
        if (value.len == 6 && memcmp(value.s, "Female", 6) == 0)
            return cdn_builder_set_gender(b, "female");
        return true;
    case ITEM_NAME: return add_quoted_name(p, b, (cordon_name_kind)rule->role, value);
    case ITEM_RELATION: return add_relation(p, b, rule->type, value);
    case ITEM_POSITION: return cdn_builder_add_text(b, CDN_POSITIONS, value.s, value.len);
    case ITEM_IDENTIFIER: return add_identifier(p, b, rule, label, value);
    }
    return true;
}

void cdn_ofac_remarks_init(cdn_ofac_remarks *p, cdn_ofac_resolve_fn resolve, void *resolve_arg)
{
    memset(p, 0, sizeof *p);
    p->resolve = resolve;
    p->resolve_arg = resolve_arg;
    cdn_strbuf_init(&p->scratch);
}

void cdn_ofac_remarks_free(cdn_ofac_remarks *p) { cdn_strbuf_free(&p->scratch); }

bool cdn_ofac_remarks_parse(cdn_ofac_remarks *p, cdn_entity_builder *b, const char *remarks, size_t len)
{
    p->n_findings = 0;
    span text = trim((span){remarks, len});
    if (text.len && text.s[text.len - 1] == '.')
        text.len--; /* the period OFAC ends every remarks text with */
    if (text.len == 3 && memcmp(text.s, "-0-", 3) == 0)
        return true;
    /* Items end at "; " (twice in the files at a bare ";"). */
    while (text.len) {
        size_t end = find(text, ";");
        if (!parse_item(p, b, trim((span){text.s, end})))
            return false;
        text = end == text.len ? (span){text.s + end, 0} : skip(text, end + 1);
    }
    return true;
}
