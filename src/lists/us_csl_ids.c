/*
 * us_csl_ids.c — the "ids" column of the US Consolidated Screening List.
 *
 * The column holds "; "-separated records, each the values of one id object of the CSL (the
 * JSON form has type, number, country, issue_date, expiration_date) joined with ", " in the
 * order country, expiration date, issue date, number, type — alphabetical by key, and borne out
 * by the file: where a record has two dates the first is always the later. So a record reads
 * "[CC, ][DATE, [DATE, ]]VALUE, TYPE": "JO, 2014-08-30, 2009-08-31, K475336, Passport",
 * "Male, Gender", "Korea, North, Nationality of Registration" (a value may contain ", "; the
 * type is always the last part). A record with one date does not say which of the two it is.
 *
 * The TYPE decides where the record goes: most are identifiers (mapped to the model's types,
 * the publisher's label kept in the note), some are facts the model has a place for (gender,
 * date of incorporation or build, registration country, an aircraft's operator), and some are
 * notes about the sanctions (secondary sanctions risk, directive dates), kept in the remarks.
 * Every label in the January 2025 file is in the table; an unknown one becomes an identifier
 * of type "other" and is counted as repaired so that new labels show in the load report.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lists/freetext.h"
#include "lists/us_csl.h"
#include "model/countries.h"
#include "model/dates.h"

typedef enum action {
    IDENTIFIER,    /* an identifier of the given type */
    GENDER,
    FOUNDED,       /* a date of incorporation or build */
    REGISTRATION,  /* a country of registration */
    OTHER_COUNTRY, /* a former or other flag: a country, and a remark */
    OPERATOR,      /* a relation to the party named */
    REMARK         /* a note kept in the remarks */
} action;

typedef struct label_rule {
    const char *label;
    action act;
    const char *type; /* the identifier type for IDENTIFIER */
} label_rule;

static const label_rule RULES[] = {
    {"Gender", GENDER, NULL},
    {"Passport", IDENTIFIER, "passport"},
    {"Diplomatic Passport", IDENTIFIER, "passport"},
    {"Stateless Person Passport", IDENTIFIER, "passport"},
    {"British National Overseas Passport", IDENTIFIER, "passport"},
    {"Travel Document Number", IDENTIFIER, "passport"},
    {"National ID No.", IDENTIFIER, "national_id"},
    {"Cedula No.", IDENTIFIER, "national_id"},
    {"C.U.R.P.", IDENTIFIER, "national_id"},
    {"Identification Number", IDENTIFIER, "national_id"},
    {"D.N.I.", IDENTIFIER, "national_id"},
    {"Personal ID Card", IDENTIFIER, "national_id"},
    {"Kenyan ID No.", IDENTIFIER, "national_id"},
    {"National Foreign ID Number", IDENTIFIER, "national_id"},
    {"Turkish Identification Number", IDENTIFIER, "national_id"},
    {"Citizen's Card Number", IDENTIFIER, "national_id"},
    {"Numero de Identidad", IDENTIFIER, "national_id"},
    {"Tazkira National ID Card", IDENTIFIER, "national_id"},
    {"Refugee ID Card", IDENTIFIER, "national_id"},
    {"Stateless Person ID Card", IDENTIFIER, "national_id"},
    {"Bosnian Personal ID No.", IDENTIFIER, "national_id"},
    {"CNP (Personal Numerical Code)", IDENTIFIER, "national_id"},
    {"Moroccan Personal ID No.", IDENTIFIER, "national_id"},
    {"UAE Identification", IDENTIFIER, "national_id"},
    {"SSN", IDENTIFIER, "national_id"},
    {"C.U.I.", IDENTIFIER, "national_id"},
    {"C.U.I.P.", IDENTIFIER, "national_id"},
    {"N.I.E.", IDENTIFIER, "national_id"},
    {"Electoral Registry No.", IDENTIFIER, "national_id"},
    {"Credencial electoral", IDENTIFIER, "national_id"},
    {"I.F.E.", IDENTIFIER, "national_id"},
    {"Residency Number", IDENTIFIER, "national_id"},
    {"Romanian Permanent Resident", IDENTIFIER, "national_id"},
    {"Tax ID No.", IDENTIFIER, "tax"},
    {"R.F.C.", IDENTIFIER, "tax"},
    {"RFC", IDENTIFIER, "tax"},
    {"NIT #", IDENTIFIER, "tax"},
    {"RUC #", IDENTIFIER, "tax"},
    {"RIF #", IDENTIFIER, "tax"},
    {"RTN", IDENTIFIER, "tax"},
    {"RSIN", IDENTIFIER, "tax"},
    {"V.A.T. Number", IDENTIFIER, "tax"},
    {"US FEIN", IDENTIFIER, "tax"},
    {"Italian Fiscal Code", IDENTIFIER, "tax"},
    {"Fiscal Code", IDENTIFIER, "tax"},
    {"C.U.I.T.", IDENTIFIER, "tax"},
    {"C.I.F.", IDENTIFIER, "tax"},
    {"Paraguayan tax identification number", IDENTIFIER, "tax"},
    {"Romanian Tax Registration", IDENTIFIER, "tax"},
    {"Numero Unico de Identificacao Tributaria (NUIT)", IDENTIFIER, "tax"},
    {"Registration Number", IDENTIFIER, "registration"},
    {"Registration ID", IDENTIFIER, "registration"},
    {"Company Number", IDENTIFIER, "registration"},
    {"UK Company Number", IDENTIFIER, "registration"},
    {"Commercial Registry Number", IDENTIFIER, "registration"},
    {"Government Gazette Number", IDENTIFIER, "registration"},
    {"Business Registration Number", IDENTIFIER, "registration"},
    {"Business Registration Document #", IDENTIFIER, "registration"},
    {"Business Number", IDENTIFIER, "registration"},
    {"Trade License No.", IDENTIFIER, "registration"},
    {"Tourism License No.", IDENTIFIER, "registration"},
    {"License", IDENTIFIER, "registration"},
    {"Matricula Mercantil No", IDENTIFIER, "registration"},
    {"Folio Mercantil No.", IDENTIFIER, "registration"},
    {"C.R. No.", IDENTIFIER, "registration"},
    {"Romanian C.R.", IDENTIFIER, "registration"},
    {"Public Registration Number", IDENTIFIER, "registration"},
    {"Chamber of Commerce Number", IDENTIFIER, "registration"},
    {"Dubai Chamber of Commerce Membership No.", IDENTIFIER, "registration"},
    {"Istanbul Chamber of Comm. No.", IDENTIFIER, "registration"},
    {"Legal Entity Number", IDENTIFIER, "registration"},
    {"LE Number", IDENTIFIER, "registration"},
    {"D-U-N-S Number", IDENTIFIER, "registration"},
    {"Enterprise Number", IDENTIFIER, "registration"},
    {"Registered Charity No.", IDENTIFIER, "registration"},
    {"Branch Unit Number", IDENTIFIER, "registration"},
    {"Certificate of Incorporation Number", IDENTIFIER, "registration"},
    {"Unified Social Credit Code (USCC)", IDENTIFIER, "registration"},
    {"United Social Credit Code Certificate (USCCC)", IDENTIFIER, "registration"},
    {"Central Registration System Number", IDENTIFIER, "registration"},
    {"MSB Registration Number", IDENTIFIER, "registration"},
    {"Afghan Money Service Provider License Number", IDENTIFIER, "registration"},
    {"Chinese Commercial Code", IDENTIFIER, "registration"},
    {"File Number", IDENTIFIER, "registration"},
    {"Aircraft Tail Number", IDENTIFIER, "registration"},
    {"Previous Aircraft Tail Number", IDENTIFIER, "registration"},
    {"Vessel Registration Identification", IDENTIFIER, "imo"},
    {"MMSI", IDENTIFIER, "mmsi"},
    {"SWIFT/BIC", IDENTIFIER, "swift"},
    {"Email Address", IDENTIFIER, "email"},
    {"Website", IDENTIFIER, "website"},
    {"Phone Number", IDENTIFIER, "phone"},
    {"Birth Certificate Number", IDENTIFIER, "other"},
    {"Driver's License No.", IDENTIFIER, "other"},
    {"Pilot License Number", IDENTIFIER, "other"},
    {"Seafarer's Identification Document", IDENTIFIER, "other"},
    {"Cartilla de Servicio Militar Nacional", IDENTIFIER, "other"},
    {"Immigration No.", IDENTIFIER, "other"},
    {"Public Security and Immigration No.", IDENTIFIER, "other"},
    {"VisaNumberID", IDENTIFIER, "other"},
    {"SRE Permit No.", IDENTIFIER, "other"},
    {"Serial No.", IDENTIFIER, "other"},
    {"BIK (RU)", IDENTIFIER, "other"},
    {"ISIN", IDENTIFIER, "other"},
    {"Equity Ticker", IDENTIFIER, "other"},
    {"MICEX Code", IDENTIFIER, "other"},
    {"UN/LOCODE", IDENTIFIER, "other"},
    {"Other Vessel Call Sign", IDENTIFIER, "other"},
    {"Aircraft Manufacturer's Serial Number (MSN)", IDENTIFIER, "other"},
    {"Aircraft Construction Number (also called L/N or S/N or F/N)", IDENTIFIER, "other"},
    {"Aircraft Serial Identification", IDENTIFIER, "other"},
    {"Aircraft Mode S Transponder Code", IDENTIFIER, "other"},
    {"Organization Established Date", FOUNDED, NULL},
    {"Aircraft Manufacture Date", FOUNDED, NULL},
    {"Nationality of Registration", REGISTRATION, NULL},
    {"Registration Country", REGISTRATION, NULL},
    {"Former Vessel Flag", OTHER_COUNTRY, NULL},
    {"Other Vessel Flag", OTHER_COUNTRY, NULL},
    {"Aircraft Operator", OPERATOR, NULL},
    {"Additional Sanctions Information -", REMARK, NULL},
    {"Secondary sanctions risk:", REMARK, NULL},
    {"Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:", REMARK, NULL},
    {"Executive Order 13662 Directive Determination -", REMARK, NULL},
    {"Executive Order 13846 information:", REMARK, NULL},
    {"Executive Order 14024 Directive Information -", REMARK, NULL},
    {"Executive Order 14024 Directive Information", REMARK, NULL},
    {"CAATSA Section 235 Information:", REMARK, NULL},
    {"IFCA Determination -", REMARK, NULL},
    {"PEESA Information:", REMARK, NULL},
    {"Organization Type:", REMARK, NULL},
    {"Target Type", REMARK, NULL},
    {"Issuer Name", REMARK, NULL},
    {"Aircraft Model", REMARK, NULL},
    {"Other Vessel Type", REMARK, NULL},
    {"Effective Date (CMIC)", REMARK, NULL},
    {"Listing Date (CMIC)", REMARK, NULL},
    {"Purchase/Sales For Divestment Date (CMIC)", REMARK, NULL},
};

/* Labels with a variable tail: "Digital Currency Address - XBT", "Listing Date (EO 14024
 * Directive 2):". */
static const char DIGITAL_CURRENCY[] = "Digital Currency Address - ";
static const char *const REMARK_PREFIXES[] = {"Listing Date (", "Effective Date ("};

enum { MAX_PARTS = 64 };

/* One record taken apart. */
typedef struct id_record {
    cdn_span label;
    cdn_span value;
    char country[3];       /* "" when none */
    cdn_span dates[2];
    size_t n_dates;
} id_record;

static bool is_code(const cdn_span *s)
{
    return s->len == 2 && s->s[0] >= 'A' && s->s[0] <= 'Z' && s->s[1] >= 'A' && s->s[1] <= 'Z';
}

static bool is_iso_date(const cdn_span *s)
{
    cordon_date_range d;
    return s->len == 10 && cdn_date_parse_iso(s->s, s->len, &d);
}

/* Splits one record on ", " into rec; false when it has no ", " (then no type). */
static bool parse_record(const char *text, size_t len, id_record *rec)
{
    cdn_span parts[MAX_PARTS];
    size_t n = 0, start = 0;
    memset(rec, 0, sizeof *rec);
    for (size_t i = 0; i + 1 < len && n < MAX_PARTS - 1; i++)
        if (text[i] == ',' && text[i + 1] == ' ') {
            parts[n++] = (cdn_span){text + start, i - start};
            start = i + 2;
        }
    parts[n++] = (cdn_span){text + start, len - start};
    if (n < 2)
        return false;
    rec->label = parts[n - 1];
    size_t i = 0;
    if (n >= 3 && is_code(&parts[0])) {
        memcpy(rec->country, parts[0].s, 2);
        i = 1;
    }
    while (i + 2 < n && rec->n_dates < 2 && is_iso_date(&parts[i]))
        rec->dates[rec->n_dates++] = parts[i++];
    const char *end = parts[n - 2].s + parts[n - 2].len;
    rec->value = (cdn_span){parts[i].s, (size_t)(end - parts[i].s)};
    return true;
}

static const label_rule *rule_for(const cdn_span *label)
{
    for (size_t i = 0; i < sizeof RULES / sizeof RULES[0]; i++)
        if (strlen(RULES[i].label) == label->len && memcmp(RULES[i].label, label->s, label->len) == 0)
            return &RULES[i];
    return NULL;
}

static bool has_prefix(const cdn_span *s, const char *prefix)
{
    size_t n = strlen(prefix);
    return s->len > n && memcmp(s->s, prefix, n) == 0;
}

static int nomem(const cdn_csl_origin *at) { return cdn_error_nomem(at->ld->err); }

/* "Passport; expires 2014-08-30; issued 2009-08-31" into the scratch buffer. */
static const char *identifier_note(const cdn_csl_origin *at, const id_record *rec)
{
    cdn_strbuf *sb = at->scratch;
    cdn_strbuf_reset(sb);
    bool ok = cdn_strbuf_append(sb, rec->label.s, rec->label.len);
    if (rec->n_dates == 2)
        ok = ok && cdn_strbuf_printf(sb, "; expires %.10s; issued %.10s", rec->dates[0].s, rec->dates[1].s);
    else if (rec->n_dates == 1)
        ok = ok && cdn_strbuf_printf(sb, "; date %.10s", rec->dates[0].s);
    return ok ? cdn_strbuf_cstr(sb) : NULL;
}

static int add_identifier(const cdn_csl_origin *at, const id_record *rec, const char *type)
{
    cdn_span value = rec->value;
    /* "IMO 9116412"; a vessel registration number that is not an IMO number stays a registration. */
    if (strcmp(type, "imo") == 0 && value.len > 4 && strncasecmp(value.s, "IMO ", 4) == 0) {
        value.s += 4;
        value.len -= 4;
    } else if (strcmp(type, "imo") == 0) {
        type = "registration";
    }
    const char *country = rec->country[0] && cdn_country_name(rec->country) ? rec->country : NULL;
    const char *note = identifier_note(at, rec);
    if (!note)
        return nomem(at);
    if (strcmp(type, "digital_currency") == 0)
        note += strlen(DIGITAL_CURRENCY); /* the note is the currency code */
    return cdn_builder_add_identifier(&at->ld->builder, type, value.s, value.len, country, note) ? CORDON_OK
                                                                                                 : nomem(at);
}

static int add_founded(const cdn_csl_origin *at, const id_record *rec)
{
    cordon_date_range d;
    if (cdn_date_parse_text(rec->value.s, rec->value.len, &d))
        return cdn_builder_add_birth_date(&at->ld->builder, &d) ? CORDON_OK : nomem(at);
    char label[128];
    snprintf(label, sizeof label, "%.*s", (int)(rec->label.len < 127 ? rec->label.len : 127), rec->label.s);
    int status = cdn_csl_repair(at, "date in ids not understood (kept in remarks)", label, rec->value.s, rec->value.len);
    return status == CORDON_OK ? cdn_csl_remark(at, label, rec->value.s, rec->value.len) : status;
}

static int add_country(const cdn_csl_origin *at, const id_record *rec, cordon_country_role role)
{
    char code[3], label[128];
    snprintf(label, sizeof label, "%.*s", (int)(rec->label.len < 127 ? rec->label.len : 127), rec->label.s);
    if (rec->value.len == 15 && strncasecmp(rec->value.s, "None Identified", 15) == 0)
        return cdn_csl_remark(at, label, rec->value.s, rec->value.len);
    if (!cdn_csl_country(rec->value.s, rec->value.len, code)) {
        int status = cdn_csl_repair(at, "country in ids not recognised (kept in remarks)", label, rec->value.s,
                                    rec->value.len);
        return status == CORDON_OK ? cdn_csl_remark(at, label, rec->value.s, rec->value.len) : status;
    }
    if (!cdn_builder_add_country(&at->ld->builder, code, role))
        return nomem(at);
    return role == CORDON_COUNTRY_OTHER ? cdn_csl_remark(at, label, rec->value.s, rec->value.len) : CORDON_OK;
}

/* Keeps the record as "label: value" in the remarks. */
static int add_remark(const cdn_csl_origin *at, const id_record *rec)
{
    char label[256];
    snprintf(label, sizeof label, "%.*s", (int)(rec->label.len < 255 ? rec->label.len : 255), rec->label.s);
    return cdn_csl_remark(at, label, rec->value.s, rec->value.len);
}

/* The rule for a label: from the table, or by the prefix of a label with a variable tail. */
static action action_for(const id_record *rec, const char **type, bool *known)
{
    const label_rule *rule = rule_for(&rec->label);
    *known = true;
    *type = rule ? rule->type : NULL;
    if (rule)
        return rule->act;
    if (has_prefix(&rec->label, DIGITAL_CURRENCY)) {
        *type = "digital_currency";
        return IDENTIFIER;
    }
    for (size_t i = 0; i < sizeof REMARK_PREFIXES / sizeof REMARK_PREFIXES[0]; i++)
        if (has_prefix(&rec->label, REMARK_PREFIXES[i]))
            return REMARK;
    *known = false;
    *type = "other";
    return IDENTIFIER;
}

static int add_record(const cdn_csl_origin *at, const id_record *rec)
{
    cdn_entity_builder *b = &at->ld->builder;
    char value[256];
    snprintf(value, sizeof value, "%.*s", (int)(rec->value.len < 255 ? rec->value.len : 255), rec->value.s);
    const char *type;
    bool known;
    action act = action_for(rec, &type, &known);
    if (!known) {
        int status = cdn_csl_repair(at, "identifier of an unknown type (kept as other)", "type", rec->label.s,
                                    rec->label.len);
        if (status != CORDON_OK)
            return status;
    }
    switch (act) {
    case IDENTIFIER: return add_identifier(at, rec, type);
    case FOUNDED: return add_founded(at, rec);
    case REGISTRATION: return add_country(at, rec, CORDON_COUNTRY_REGISTRATION);
    case OTHER_COUNTRY: return add_country(at, rec, CORDON_COUNTRY_OTHER);
    case GENDER: return cdn_builder_set_gender(b, value) ? CORDON_OK : nomem(at);
    case OPERATOR: return cdn_builder_add_relation(b, "operator", NULL, value) ? CORDON_OK : nomem(at);
    case REMARK: break;
    }
    return add_remark(at, rec);
}

int cdn_csl_add_ids(const cdn_csl_origin *at, const char *ids)
{
    size_t len = strlen(ids);
    for (size_t start = 0; start < len;) {
        const char *semi = memchr(ids + start, ';', len - start);
        size_t end = semi ? (size_t)(semi - ids) : len;
        const char *s = ids + start;
        size_t n = end - start;
        while (n && (*s == ' ' || *s == '\t')) {
            s++;
            n--;
        }
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        start = end + 1;
        if (n == 0)
            continue;
        id_record rec;
        int status;
        if (!parse_record(s, n, &rec)) {
            status = cdn_csl_repair(at, "ids record without a type (kept in remarks)", "ids record", s, n);
            if (status == CORDON_OK)
                status = cdn_csl_remark(at, "ids", s, n);
        } else {
            status = add_record(at, &rec);
        }
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}
