/*
 * ftm_entity.c — building cordon entities from the FtM store (see ftm_int.h): a screened
 * party's own properties, then what its links and details add, then a report of every record
 * that added nothing.
 *
 * Properties follow the FollowTheMoney schemata (followthemoney/schema/Thing.yaml,
 * LegalEntity.yaml, Person.yaml, Vessel.yaml, ...) with OpenSanctions' additions (innCode,
 * ogrnCode, programId, uniqueEntityId, ...; https://www.opensanctions.org/reference/).
 *
 * Names: the caption's name is the primary name; the other values of "name" and "alias" are
 * aliases, recorded as original script when written in a script other than Latin (OpenSanctions
 * puts the Cyrillic, Arabic and Greek spellings of a name in the same "name" property);
 * weakAlias is a weak alias, previousName a former name. A name gets the parts (firstName,
 * middleName or secondName, lastName, fatherName) whose values appear in it as whole words.
 *
 * All screened-schema entities are loaded, not only those flagged "target": OpenSanctions advises
 * against relying on the flag (https://www.opensanctions.org/faq/23/targets/), and a sanctioned
 * party's relatives and companies are screened parties too.
 *
 * Not used, because the model has no place for them: modifiedAt, first_seen and last_change
 * (OpenSanctions' own history), referents (exports already point links at the merged ids), and
 * descriptive properties such as education, religion, legalForm or status. createdAt is the
 * listing date when no Sanction gives one.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/strbuf.h"
#include "lists/ftm_int.h"
#include "lists/opensanctions.h"
#include "model/countries.h"
#include "text/normalize.h"

typedef struct emitter {
    ftm_store *st;
    cdn_loader *ld;
    cdn_entity_builder *b;
    const ftm_record *rec;   /* the party being built (the store does not grow while emitting) */
    const json_t *props;     /* its properties */
    char listed[11];         /* the earliest listing date its sanctions give, or "" */
    cdn_vec parts;           /* part_value: its name-part values, normalized */
    cdn_strbuf norms;        /* the normalized texts of parts */
    cdn_strbuf scratch;
} emitter;

/* ---- small helpers ------------------------------------------------------------------------ */

static int nomem(emitter *em) { return cdn_error_nomem(em->ld->err); }

/* Appends prefix and each string value of property prop to sb, preceded by sep when sb has
 * grown past start (the length where the list being joined began). */
static bool join_values(cdn_strbuf *sb, size_t start, const json_t *props, const char *prop, const char *prefix,
                        const char *sep)
{
    const json_t *values = json_object_get(props, prop);
    for (size_t i = 0; i < ftm_n(values); i++) {
        size_t len;
        const char *v = ftm_str(values, i, &len);
        if (!v || !len)
            continue;
        if ((sb->len > start && !cdn_strbuf_append_str(sb, sep)) || !cdn_strbuf_append_str(sb, prefix) ||
            !cdn_strbuf_append(sb, v, len))
            return false;
    }
    return true;
}

/* Calls add(em, value, len, arg) for each string value of property prop of props. */
typedef int (*value_fn)(emitter *em, const char *value, size_t len, const void *arg);

static int each_value(emitter *em, const json_t *props, const char *prop, value_fn add, const void *arg)
{
    const json_t *values = json_object_get(props, prop);
    for (size_t i = 0; i < ftm_n(values); i++) {
        size_t len;
        const char *v = ftm_str(values, i, &len);
        int status = v && len ? add(em, v, len, arg) : CORDON_OK;
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

/* Keeps the earliest full date (YYYY-MM-DD) in buf. */
static void earliest(char buf[11], const char *value, size_t len)
{
    cordon_date_range d;
    if (!cdn_os_parse_date(value, len, &d) || d.from.day == 0)
        return;
    if (!buf[0] || memcmp(value, buf, 10) < 0) {
        memcpy(buf, value, 10);
        buf[10] = '\0';
    }
}

/* ---- names -------------------------------------------------------------------------------- */

/* The name-part properties, and the part of cordon_name each fills. */
enum part { GIVEN, MIDDLE, FAMILY, PATRONYMIC, N_PARTS };

static const struct {
    const char *prop;
    enum part part;
} PART_PROPS[] = {
    {"firstName", GIVEN}, {"middleName", MIDDLE}, {"secondName", MIDDLE}, {"lastName", FAMILY}, {"fatherName", PATRONYMIC},
};

/* One value of a name-part property with its normalized form (an offset into em->norms). */
typedef struct part_value {
    enum part part;
    const char *value;
    size_t off, len;
} part_value;

/* Normalizes every name-part value of the party once, for matching them against its names. */
static int prepare_parts(emitter *em)
{
    em->parts.len = 0;
    cdn_strbuf_reset(&em->norms);
    for (size_t p = 0; p < sizeof PART_PROPS / sizeof PART_PROPS[0]; p++) {
        const json_t *values = json_object_get(em->props, PART_PROPS[p].prop);
        for (size_t i = 0; i < ftm_n(values); i++) {
            size_t len;
            const char *v = ftm_str(values, i, &len);
            part_value pv = {PART_PROPS[p].part, v, em->norms.len, 0};
            int status = v ? cdn_normalize(v, len, &em->norms) : CORDON_EINVAL;
            if (status == CORDON_ENOMEM)
                return nomem(em);
            pv.len = em->norms.len - pv.off;
            if (status == CORDON_OK && pv.len && !cdn_vec_push(&em->parts, &pv))
                return nomem(em);
        }
    }
    return CORDON_OK;
}

/* Whether the normalized words w occur, whole, in the normalized name n. */
static bool has_words(const char *n, size_t nlen, const char *w, size_t wlen)
{
    for (size_t p = 0; p + wlen <= nlen; p++)
        if ((p == 0 || n[p - 1] == ' ') && (p + wlen == nlen || n[p + wlen] == ' ') && memcmp(n + p, w, wlen) == 0)
            return true;
    return false;
}

/* Adds a name and, when it is new, the parts of it that the party's name-part properties give:
 * for each part, the first value whose words occur in the name (compared normalized, so that
 * "ЗАХАРОВ" finds "Захаров"). A patronymic also given as a middle name is the patronymic. */
static int add_name(emitter *em, cordon_name_kind kind, const char *full, size_t len)
{
    size_t before = em->b->names.len;
    if (!cdn_builder_add_name(em->b, cdn_os_name_kind(kind, full, len), full, len))
        return nomem(em);
    if (em->b->names.len == before || em->parts.len == 0)
        return CORDON_OK;
    cdn_strbuf_reset(&em->scratch);
    int status = cdn_normalize(full, len, &em->scratch);
    if (status != CORDON_OK)
        return status == CORDON_ENOMEM ? nomem(em) : CORDON_OK;
    const char *found[N_PARTS] = {NULL, NULL, NULL, NULL};
    for (size_t i = 0; i < em->parts.len; i++) {
        const part_value *pv = cdn_vec_at(&em->parts, i);
        if (!found[pv->part] && has_words(em->scratch.data, em->scratch.len, em->norms.data + pv->off, pv->len))
            found[pv->part] = pv->value;
    }
    if (found[MIDDLE] && found[PATRONYMIC] && strcmp(found[MIDDLE], found[PATRONYMIC]) == 0)
        found[MIDDLE] = NULL;
    return cdn_builder_set_name_parts(em->b, found[GIVEN], found[MIDDLE], found[FAMILY], found[PATRONYMIC])
               ? CORDON_OK
               : nomem(em);
}

/* The first string value of a property, or NULL. */
static const char *first_value(const json_t *props, const char *prop, size_t *len)
{
    const json_t *values = json_object_get(props, prop);
    for (size_t i = 0; i < ftm_n(values); i++) {
        const char *v = ftm_str(values, i, len);
        if (v && *len)
            return v;
    }
    return NULL;
}

/* A name made of the parts, for a person the source names only by parts. */
static bool name_from_parts(emitter *em)
{
    static const char *const ORDER[] = {"firstName", "middleName", "secondName", "fatherName", "lastName"};
    cdn_strbuf_reset(&em->scratch);
    for (size_t i = 0; i < sizeof ORDER / sizeof ORDER[0]; i++) {
        size_t len;
        const char *v = first_value(em->props, ORDER[i], &len);
        if (v && ((em->scratch.len && !cdn_strbuf_append_char(&em->scratch, ' ')) ||
                  !cdn_strbuf_append(&em->scratch, v, len)))
            return false;
    }
    return true;
}

static const struct {
    const char *prop;
    cordon_name_kind kind;
} NAME_PROPS[] = {
    {"name", CORDON_NAME_ALIAS},          {"alias", CORDON_NAME_ALIAS},
    {"abbreviation", CORDON_NAME_ALIAS},  {"weakAlias", CORDON_NAME_WEAK_ALIAS},
    {"previousName", CORDON_NAME_FORMER},
};

/* The primary name: the caption when it is one of the names, else the first name; for an entity
 * without names, its caption (OpenSanctions' display name), else a name made of the parts, else
 * the first alias of any kind. */
static int add_primary(emitter *em)
{
    const char *caption = em->rec->caption;
    const json_t *names = json_object_get(em->props, "name");
    for (size_t i = 0; caption && i < ftm_n(names); i++) {
        size_t len;
        const char *v = ftm_str(names, i, &len);
        if (v && strcmp(v, caption) == 0)
            return add_name(em, CORDON_NAME_PRIMARY, v, len);
    }
    size_t len;
    const char *first = first_value(em->props, "name", &len);
    if (first)
        return add_name(em, CORDON_NAME_PRIMARY, first, len);
    if (caption)
        return add_name(em, CORDON_NAME_PRIMARY, caption, strlen(caption));
    if (!name_from_parts(em))
        return nomem(em);
    if (em->scratch.len)
        return add_name(em, CORDON_NAME_PRIMARY, em->scratch.data, em->scratch.len);
    for (size_t p = 0; p < sizeof NAME_PROPS / sizeof NAME_PROPS[0]; p++)
        if ((first = first_value(em->props, NAME_PROPS[p].prop, &len)))
            return add_name(em, CORDON_NAME_PRIMARY, first, len);
    return CORDON_OK;
}

static int add_name_value(emitter *em, const char *v, size_t len, const void *arg)
{
    return add_name(em, *(const cordon_name_kind *)arg, v, len);
}

static int add_names(emitter *em)
{
    int status = prepare_parts(em);
    if (status == CORDON_OK)
        status = add_primary(em);
    for (size_t p = 0; p < sizeof NAME_PROPS / sizeof NAME_PROPS[0] && status == CORDON_OK; p++)
        status = each_value(em, em->props, NAME_PROPS[p].prop, add_name_value, &NAME_PROPS[p].kind);
    return status;
}

/* ---- the party's own properties ------------------------------------------------------------ */

typedef enum fact { F_DATE, F_TEXT, F_COUNTRY, F_IDENT, F_GENDER, F_REMARK } fact;

typedef struct fact_prop {
    const char *prop;
    fact what;
    int arg;            /* F_TEXT: cdn_text_field; F_COUNTRY: cordon_country_role */
    const char *type;   /* F_IDENT: identifier type (NULL: national_id for people, else registration);
                           F_REMARK: a prefix */
    const char *note;   /* F_IDENT: what the number is, when the type does not say */
} fact_prop;

static const fact_prop FACTS[] = {
    {"birthDate", F_DATE, 0, NULL, NULL},
    {"incorporationDate", F_DATE, 0, NULL, NULL},
    {"buildDate", F_DATE, 0, NULL, NULL},
    {"birthPlace", F_TEXT, CDN_BIRTH_PLACES, NULL, NULL},
    {"nationality", F_COUNTRY, CORDON_COUNTRY_NATIONALITY, NULL, NULL},
    {"citizenship", F_COUNTRY, CORDON_COUNTRY_CITIZENSHIP, NULL, NULL},
    {"birthCountry", F_COUNTRY, CORDON_COUNTRY_BIRTH, NULL, NULL},
    {"jurisdiction", F_COUNTRY, CORDON_COUNTRY_REGISTRATION, NULL, NULL},
    {"flag", F_COUNTRY, CORDON_COUNTRY_REGISTRATION, NULL, NULL},
    {"country", F_COUNTRY, CORDON_COUNTRY_OTHER, NULL, NULL},
    {"mainCountry", F_COUNTRY, CORDON_COUNTRY_OTHER, NULL, NULL},
    {"pastFlags", F_COUNTRY, CORDON_COUNTRY_OTHER, NULL, NULL},
    {"address", F_TEXT, CDN_ADDRESSES, NULL, NULL},
    {"position", F_TEXT, CDN_POSITIONS, NULL, NULL},
    {"title", F_TEXT, CDN_POSITIONS, NULL, NULL},
    {"topics", F_TEXT, CDN_TOPICS, NULL, NULL},
    {"program", F_TEXT, CDN_PROGRAMS, NULL, NULL},
    {"programId", F_TEXT, CDN_PROGRAMS, NULL, NULL},
    {"gender", F_GENDER, 0, NULL, NULL},
    {"summary", F_REMARK, 0, "", NULL},
    {"description", F_REMARK, 0, "", NULL},
    {"notes", F_REMARK, 0, "", NULL},
    {"deathDate", F_REMARK, 0, "died ", NULL},
    {"passportNumber", F_IDENT, 0, "passport", NULL},
    {"idNumber", F_IDENT, 0, NULL, NULL},
    {"socialSecurityNumber", F_IDENT, 0, "national_id", "social security number"},
    {"taxNumber", F_IDENT, 0, "tax", NULL},
    {"innCode", F_IDENT, 0, "tax", "INN"},
    {"vatCode", F_IDENT, 0, "tax", "VAT"},
    {"kppCode", F_IDENT, 0, "tax", "KPP"},
    {"registrationNumber", F_IDENT, 0, "registration", NULL},
    {"ogrnCode", F_IDENT, 0, "registration", "OGRN"},
    {"okpoCode", F_IDENT, 0, "registration", "OKPO"},
    {"leiCode", F_IDENT, 0, "registration", "LEI"},
    {"dunsCode", F_IDENT, 0, "registration", "D-U-N-S"},
    {"uniqueEntityId", F_IDENT, 0, "registration", "UEI (US SAM)"},
    {"npiCode", F_IDENT, 0, "registration", "NPI"},
    {"cageCode", F_IDENT, 0, "registration", "CAGE"},
    {"bvdId", F_IDENT, 0, "other", "Bureau van Dijk"},
    {"permId", F_IDENT, 0, "other", "PermID"},
    {"icijId", F_IDENT, 0, "other", "ICIJ"},
    {"wikidataId", F_IDENT, 0, "other", "Wikidata"},
    {"imoNumber", F_IDENT, 0, "imo", NULL},
    {"mmsi", F_IDENT, 0, "mmsi", NULL},
    {"callSign", F_IDENT, 0, "other", "call sign"},
    {"crsNumber", F_IDENT, 0, "other", "CRS"},
    {"serialNumber", F_IDENT, 0, "other", "serial number"},
    {"swiftBic", F_IDENT, 0, "swift", NULL},
    {"email", F_IDENT, 0, "email", NULL},
    {"website", F_IDENT, 0, "website", NULL},
    {"phone", F_IDENT, 0, "phone", NULL},
};

static int add_fact(emitter *em, const char *v, size_t len, const void *arg)
{
    const fact_prop *f = arg;
    cdn_entity_builder *b = em->b;
    const ftm_record *rec = em->rec;
    bool ok = true;
    switch (f->what) {
    case F_DATE:
        return cdn_os_add_birth_date(em->ld, rec->file, rec->line, rec->id, v, len);
    case F_TEXT:
        ok = cdn_builder_add_text(b, (cdn_text_field)f->arg, v, len);
        break;
    case F_COUNTRY:
        return cdn_os_add_country(em->ld, rec->file, rec->line, rec->id, v, len, (cordon_country_role)f->arg);
    case F_IDENT: {
        const char *type = f->type ? f->type : rec->party == CORDON_SCHEMA_PERSON ? "national_id" : "registration";
        ok = cdn_builder_add_identifier(b, type, v, len, NULL, f->note);
        break;
    }
    case F_GENDER:
        ok = cdn_builder_set_gender(b, v);
        break;
    case F_REMARK:
        cdn_strbuf_reset(&em->scratch);
        ok = cdn_strbuf_append_str(&em->scratch, f->type) && cdn_strbuf_append(&em->scratch, v, len) &&
             cdn_builder_append_remarks(b, em->scratch.data, em->scratch.len);
        break;
    }
    return ok ? CORDON_OK : nomem(em);
}

/* ---- targets of relations ------------------------------------------------------------------ */

/*
 * Adds a relation of type to the entity with FtM id target: to its cordon id when it is a
 * screened party of the source, else by its caption. Sets *added when the target is in the
 * source and could be named.
 */
static int relate(emitter *em, const char *type, const char *target, size_t len, bool *added)
{
    const ftm_record *t = ftm_store_find(em->st, target, len);
    if (!t || !t->live || (t->kind != FTM_PARTY && !t->caption))
        return CORDON_OK;
    const char *id = NULL;
    if (t->kind == FTM_PARTY) {
        cdn_strbuf_reset(&em->scratch);
        if (!cdn_strbuf_printf(&em->scratch, "%s:%s", t->dataset ? t->dataset : em->ld->info->id, t->id))
            return nomem(em);
        id = em->scratch.data;
    }
    if (!cdn_builder_add_relation(em->b, type, id, t->caption))
        return nomem(em);
    *added = true;
    return CORDON_OK;
}

/* The party's own reference properties, seen from its side. */
static int add_own_relations(emitter *em)
{
    static const struct {
        const char *prop, *type;
    } OWN[] = {{"parent", "subsidiary"}, {"owner", "owned_by"}, {"operator", "operated_by"}};
    for (size_t r = 0; r < sizeof OWN / sizeof OWN[0]; r++) {
        const json_t *values = json_object_get(em->props, OWN[r].prop);
        for (size_t i = 0; i < ftm_n(values); i++) {
            size_t len;
            const char *v = ftm_str(values, i, &len);
            bool added = false;
            int status = v && len ? relate(em, OWN[r].type, v, len, &added) : CORDON_OK;
            if (status != CORDON_OK)
                return status;
        }
    }
    return CORDON_OK;
}

/* ---- addresses ----------------------------------------------------------------------------- */

/* Adds what an Address entity says: its full text (or its parts joined), and its country. */
static int add_address_entity(emitter *em, ftm_record *addr)
{
    json_t *a = ftm_record_parse(addr);
    if (!a)
        return nomem(em);
    const json_t *props = ftm_props(a);
    int status = CORDON_OK;
    size_t before = em->b->texts[CDN_ADDRESSES].len;
    if (ftm_n(json_object_get(props, "full"))) {
        const fact_prop text = {"full", F_TEXT, CDN_ADDRESSES, NULL, NULL};
        status = each_value(em, props, "full", add_fact, &text);
    } else {
        static const char *const PARTS[] = {"postOfficeBox", "street", "street2", "city", "postalCode", "region", "state"};
        cdn_strbuf_reset(&em->scratch);
        bool ok = true;
        for (size_t p = 0; p < sizeof PARTS / sizeof PARTS[0] && ok; p++)
            ok = join_values(&em->scratch, 0, props, PARTS[p], "", ", ");
        if (!ok || !cdn_builder_add_text(em->b, CDN_ADDRESSES, em->scratch.data, em->scratch.len))
            status = nomem(em);
    }
    size_t countries = em->b->countries.len;
    const fact_prop country = {"country", F_COUNTRY, CORDON_COUNTRY_ADDRESS, NULL, NULL};
    if (status == CORDON_OK)
        status = each_value(em, props, "country", add_fact, &country);
    addr->used |= em->b->texts[CDN_ADDRESSES].len > before || em->b->countries.len > countries ||
                  ftm_n(json_object_get(props, "full")) > 0;
    json_decref(a);
    return status;
}

static int add_addresses(emitter *em)
{
    const json_t *values = json_object_get(em->props, "addressEntity");
    for (size_t i = 0; i < ftm_n(values); i++) {
        size_t len;
        const char *v = ftm_str(values, i, &len);
        if (!v || !len)
            continue;
        ftm_record *addr = ftm_store_find(em->st, v, len);
        int status;
        if (addr && addr->live && strcmp(addr->schema, "Address") == 0)
            status = add_address_entity(em, addr);
        else
            status = cdn_loader_repair(em->ld, em->rec->file, em->rec->line,
                                       "reference to an entity not in the source dropped",
                                       "%s: addressEntity '%.80s' is not an Address in the source; dropped", em->rec->id,
                                       v);
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

/* ---- what links add -------------------------------------------------------------------------- */

/* Sanction: programs, the listing date, and a remark with the authority, dates and reasons. */
static int add_sanction(emitter *em, const json_t *props, bool *used)
{
    const fact_prop program = {"program", F_TEXT, CDN_PROGRAMS, NULL, NULL};
    int status = each_value(em, props, "program", add_fact, &program);
    if (status == CORDON_OK)
        status = each_value(em, props, "programId", add_fact, &program);
    if (status != CORDON_OK)
        return status;
    static const char *const DATES[] = {"listingDate", "startDate"};
    for (size_t d = 0; d < 2; d++) {
        const json_t *values = json_object_get(props, DATES[d]);
        for (size_t i = 0; i < ftm_n(values); i++) {
            size_t len;
            const char *v = ftm_str(values, i, &len);
            if (v)
                earliest(em->listed, v, len);
        }
    }
    /* "Sanction by AUTHORITY: program; listed D; from D; until D; provisions; reason; URL". A
     * reason is left out when the remarks already hold it (it is often the entity's notes). */
    cdn_strbuf *sb = &em->scratch;
    cdn_strbuf_reset(sb);
    bool ok = cdn_strbuf_append_str(sb, "Sanction");
    if (ok && ftm_n(json_object_get(props, "authority")))
        ok = cdn_strbuf_append_str(sb, " by ") && join_values(sb, sb->len, props, "authority", "", ", ");
    ok = ok && cdn_strbuf_append_str(sb, ": ");
    size_t head = sb->len;
    ok = ok && join_values(sb, head, props, "program", "", "; ") &&
         join_values(sb, head, props, "listingDate", "listed ", "; ") &&
         join_values(sb, head, props, "startDate", "from ", "; ") &&
         join_values(sb, head, props, "endDate", "until ", "; ") &&
         join_values(sb, head, props, "provisions", "", "; ") && join_values(sb, head, props, "status", "", "; ");
    const json_t *reasons = json_object_get(props, "reason");
    for (size_t i = 0; i < ftm_n(reasons) && ok; i++) {
        size_t len;
        const char *v = ftm_str(reasons, i, &len);
        if (v && len && !(em->b->remarks && strstr(em->b->remarks, v)))
            ok = (sb->len == head || cdn_strbuf_append_str(sb, "; ")) && cdn_strbuf_append(sb, v, len);
    }
    ok = ok && join_values(sb, head, props, "sourceUrl", "", "; ");
    if (ok && sb->len == head) {
        sb->len = head - 2; /* nothing after the authority: no ": " */
        sb->data[sb->len] = '\0';
    }
    ok = ok && cdn_builder_append_remarks(em->b, sb->data, sb->len);
    *used = true; /* the remark at least records the designation */
    return ok ? CORDON_OK : nomem(em);
}

/* The identifier type an Identification's free-text type names. */
static const char *identification_type(const char *schema, const json_t *props)
{
    if (strcmp(schema, "Passport") == 0)
        return "passport";
    size_t len;
    const char *type = first_value(props, "type", &len);
    static const struct {
        const char *word, *type;
    } WORDS[] = {{"passport", "passport"}, {"tax", "tax"},           {"inn", "tax"},
                 {"regist", "registration"}, {"national", "national_id"}, {"identity", "national_id"},
                 {"id card", "national_id"}};
    for (size_t w = 0; type && w < sizeof WORDS / sizeof WORDS[0]; w++)
        for (size_t p = 0; p + strlen(WORDS[w].word) <= len; p++)
            if (strncasecmp(type + p, WORDS[w].word, strlen(WORDS[w].word)) == 0)
                return WORDS[w].type;
    return "other";
}

/* Identification, Passport: each number as an identifier with its issuing country and a note
 * (the publisher's type, authority and validity). */
static int add_identification(emitter *em, const char *schema, const json_t *props, bool *used)
{
    char country[3] = "";
    size_t len;
    const char *c = first_value(props, "country", &len);
    if (c && len == 2) {
        char code[3] = {(char)toupper((unsigned char)c[0]), (char)toupper((unsigned char)c[1]), '\0'};
        if (cdn_country_name(code))
            memcpy(country, code, 3);
    }
    cdn_strbuf *sb = &em->scratch;
    cdn_strbuf_reset(sb);
    bool ok = join_values(sb, 0, props, "type", "", "; ") && join_values(sb, 0, props, "authority", "issued by ", "; ") &&
              join_values(sb, 0, props, "startDate", "from ", "; ") && join_values(sb, 0, props, "endDate", "until ", "; ") &&
              join_values(sb, 0, props, "summary", "", "; ");
    if (!ok)
        return nomem(em);
    if (!country[0] && c)
        ok = join_values(sb, 0, props, "country", "country ", "; ");
    const char *type = identification_type(schema, props);
    static const char *const NUMBERS[] = {"number", "passportNumber"};
    for (size_t n = 0; n < 2 && ok; n++) {
        const json_t *values = json_object_get(props, NUMBERS[n]);
        for (size_t i = 0; i < ftm_n(values) && ok; i++) {
            const char *v = ftm_str(values, i, &len);
            if (!v || !len)
                continue;
            ok = cdn_builder_add_identifier(em->b, type, v, len, country[0] ? country : NULL, sb->len ? sb->data : NULL);
            *used = true;
        }
    }
    return ok ? CORDON_OK : nomem(em);
}

/* CryptoWallet: its public key as a digital_currency identifier, the currency in the note. */
static int add_wallet(emitter *em, const json_t *props, bool *used)
{
    cdn_strbuf *sb = &em->scratch;
    cdn_strbuf_reset(sb);
    if (!join_values(sb, 0, props, "currency", "", ", ") || !join_values(sb, 0, props, "currencySymbol", "", ", "))
        return nomem(em);
    const json_t *values = json_object_get(props, "publicKey");
    for (size_t i = 0; i < ftm_n(values); i++) {
        size_t len;
        const char *v = ftm_str(values, i, &len);
        if (!v || !len)
            continue;
        if (!cdn_builder_add_identifier(em->b, "digital_currency", v, len, NULL, sb->len ? sb->data : NULL))
            return nomem(em);
        *used = true;
    }
    return CORDON_OK;
}

/* Occupancy: the name of the Position it holds. */
static int add_occupancy(emitter *em, const json_t *props, bool *used)
{
    const json_t *posts = json_object_get(props, "post");
    for (size_t i = 0; i < ftm_n(posts); i++) {
        size_t len;
        const char *v = ftm_str(posts, i, &len);
        ftm_record *post = v ? ftm_store_find(em->st, v, len) : NULL;
        if (!post || !post->live || strcmp(post->schema, "Position") != 0)
            continue;
        json_t *p = ftm_record_parse(post);
        if (!p)
            return nomem(em);
        size_t before = em->b->texts[CDN_POSITIONS].len;
        const fact_prop position = {"name", F_TEXT, CDN_POSITIONS, NULL, NULL};
        int status = each_value(em, ftm_props(p), "name", add_fact, &position);
        bool added = em->b->texts[CDN_POSITIONS].len > before || ftm_n(json_object_get(ftm_props(p), "name")) > 0;
        post->used |= added;
        *used |= added;
        json_decref(p);
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

/* A relation to each entity the link names in the role's other property (or to the record that
 * points, for a party's own reference). */
static int add_relations(emitter *em, const ftm_role *role, const ftm_record *from, const json_t *props, bool *used)
{
    if (!role->other)
        return relate(em, role->relation, from->id, strlen(from->id), used);
    const json_t *others = json_object_get(props, role->other);
    for (size_t i = 0; i < ftm_n(others); i++) {
        size_t len;
        const char *v = ftm_str(others, i, &len);
        int status = v && len ? relate(em, role->relation, v, len, used) : CORDON_OK;
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

static int apply_link(emitter *em, const ftm_link *link)
{
    ftm_record *from = ftm_store_at(em->st, link->from);
    if (!from->live || from->generation != link->generation)
        return CORDON_OK; /* replaced or deleted since it pointed here */
    json_t *entity = ftm_record_parse(from);
    if (!entity)
        return nomem(em);
    const json_t *props = ftm_props(entity);
    const ftm_role *role = &FTM_ROLES[link->role];
    bool used = false;
    int status = CORDON_OK;
    switch (role->use) {
    case USE_SANCTION: status = add_sanction(em, props, &used); break;
    case USE_IDENT: status = add_identification(em, from->schema, props, &used); break;
    case USE_WALLET: status = add_wallet(em, props, &used); break;
    case USE_OCCUPANCY: status = add_occupancy(em, props, &used); break;
    case USE_RELATION: status = add_relations(em, role, from, props, &used); break;
    }
    from->used |= used;
    json_decref(entity);
    return status;
}

static int add_links(emitter *em)
{
    for (uint32_t l = em->rec->first_link; l != FTM_NO_LINK;) {
        const ftm_link *link = cdn_vec_at(&em->st->links, l);
        int status = apply_link(em, link);
        if (status != CORDON_OK)
            return status;
        l = link->next;
    }
    return CORDON_OK;
}

/* ---- one party ------------------------------------------------------------------------------- */

/* The listing date (the earliest its sanctions give, else its createdAt) and the datasets it
 * comes from, as the source list. */
static int add_provenance(emitter *em, const json_t *entity)
{
    if (!em->listed[0]) {
        const json_t *created = json_object_get(em->props, "createdAt");
        for (size_t i = 0; i < ftm_n(created); i++) {
            size_t len;
            const char *v = ftm_str(created, i, &len);
            if (v)
                earliest(em->listed, v, len);
        }
    }
    if (em->listed[0] && !cdn_builder_set_listed_on(em->b, em->listed, 10))
        return nomem(em);
    cdn_strbuf *sb = &em->scratch;
    cdn_strbuf_reset(sb);
    const json_t *datasets = json_object_get(entity, "datasets");
    for (size_t i = 0; i < json_array_size(datasets); i++) {
        const char *d = json_string_value(json_array_get(datasets, i));
        if (d && ((sb->len && !cdn_strbuf_append_str(sb, ", ")) || !cdn_strbuf_append_str(sb, d)))
            return nomem(em);
    }
    return cdn_builder_set_source_list(em->b, sb->data, sb->len) ? CORDON_OK : nomem(em);
}

static int build_party(emitter *em, const json_t *entity)
{
    const ftm_record *rec = em->rec;
    cdn_entity_builder *b = em->b;
    if (!cdn_builder_set_id(b, rec->id, strlen(rec->id)) ||
        (rec->dataset && !cdn_builder_set_id_prefix(b, rec->dataset, strlen(rec->dataset))))
        return nomem(em);
    b->schema = rec->party;
    int status = add_names(em);
    if (status != CORDON_OK)
        return status;
    if (b->names.len == 0)
        return cdn_loader_skip(em->ld, rec->file, rec->line, "FtM entity without a name",
                               "%s %.80s has no name, alias or name parts: skipped", rec->schema, rec->id);
    for (size_t f = 0; f < sizeof FACTS / sizeof FACTS[0] && status == CORDON_OK; f++)
        status = each_value(em, em->props, FACTS[f].prop, add_fact, &FACTS[f]);
    if (status == CORDON_OK)
        status = add_addresses(em);
    if (status == CORDON_OK)
        status = add_own_relations(em);
    if (status == CORDON_OK)
        status = add_links(em);
    if (status == CORDON_OK)
        status = add_provenance(em, entity);
    if (status == CORDON_OK)
        status = cdn_loader_emit(em->ld);
    return status;
}

static int emit_party(emitter *em, const ftm_record *rec)
{
    json_t *entity = ftm_record_parse(rec);
    if (!entity)
        return nomem(em);
    cdn_builder_reset(em->b);
    em->rec = rec;
    em->props = ftm_props(entity);
    em->listed[0] = '\0';
    int status = build_party(em, entity);
    json_decref(entity);
    return status;
}

/* ---- what added nothing ---------------------------------------------------------------------- */

/* Says why a link added nothing: the first entity it names that is not a party in the source. */
static void explain_link(const ftm_store *st, const ftm_record *rec, char *why, size_t size)
{
    json_t *entity = ftm_record_parse(rec);
    const json_t *props = ftm_props(entity);
    snprintf(why, size, "the parties it names take nothing from it (no number, program or other end)");
    for (size_t r = 0; entity && r < FTM_N_ROLES; r++) {
        const ftm_role *role = &FTM_ROLES[r];
        if (!role->schema || strcmp(role->schema, rec->schema) != 0)
            continue;
        const char *props_to_check[2] = {role->prop, role->other};
        for (size_t k = 0; k < 2 && props_to_check[k]; k++) {
            size_t len = 0;
            const char *v = first_value(props, props_to_check[k], &len);
            const ftm_record *t = v ? ftm_store_find(st, v, len) : NULL;
            if (!v) {
                snprintf(why, size, "it names no %s", props_to_check[k]);
                json_decref(entity);
                return;
            }
            if (!t || !t->live) {
                snprintf(why, size, "its %s '%.*s' is not in the source", props_to_check[k], (int)(len < 80 ? len : 80), v);
                json_decref(entity);
                return;
            }
            if (k == 0 && t->kind != FTM_PARTY) {
                snprintf(why, size, "its %s '%.*s' is a %s, not a screened party", props_to_check[k],
                         (int)(len < 80 ? len : 80), v, t->schema);
                json_decref(entity);
                return;
            }
        }
    }
    /* The value the link brings, besides the parties it names. */
    static const struct {
        const char *schema, *prop;
    } BRINGS[] = {{"Occupancy", "post"}, {"Identification", "number"}, {"Passport", "number"}, {"CryptoWallet", "publicKey"}};
    for (size_t b = 0; entity && b < sizeof BRINGS / sizeof BRINGS[0]; b++) {
        size_t len;
        if (strcmp(BRINGS[b].schema, rec->schema) == 0 && !first_value(props, BRINGS[b].prop, &len))
            snprintf(why, size, "it has no %s", BRINGS[b].prop);
    }
    json_decref(entity);
}

static int report_unused(ftm_store *st, const ftm_record *rec)
{
    if (!rec->live || rec->kind == FTM_PARTY || rec->used)
        return CORDON_OK;
    cdn_loader *ld = st->ld;
    if (rec->kind == FTM_OTHER) {
        const char *reason = cdn_os_reason(ld, &st->reasons, "FtM schema ", rec->schema, " is not a screened party");
        return reason ? cdn_loader_skip(ld, rec->file, rec->line, reason, "%s %.80s: not a screened party", rec->schema,
                                        rec->id)
                      : cdn_error_nomem(ld->err);
    }
    const char *reason = cdn_os_reason(ld, &st->reasons, "FtM ", rec->schema, " not attached to any screened entity");
    if (!reason)
        return cdn_error_nomem(ld->err);
    char why[200];
    if (rec->kind == FTM_DETAIL)
        snprintf(why, sizeof why, "no screened entity in the source refers to it");
    else
        explain_link(st, rec, why, sizeof why);
    return cdn_loader_skip(ld, rec->file, rec->line, reason, "%s %.80s adds nothing: %s", rec->schema, rec->id, why);
}

int ftm_emit(ftm_store *st)
{
    emitter em;
    memset(&em, 0, sizeof em);
    em.st = st;
    em.ld = st->ld;
    em.b = &st->ld->builder;
    cdn_strbuf_init(&em.scratch);
    cdn_strbuf_init(&em.norms);
    cdn_vec_init(&em.parts, sizeof(part_value));
    int status = CORDON_OK;
    const uint32_t *order = st->order.items;
    for (size_t i = 0; i < st->order.len && status == CORDON_OK; i++) {
        const ftm_record *rec = ftm_store_at(st, order[i]);
        if (rec->live && rec->kind == FTM_PARTY)
            status = emit_party(&em, rec);
    }
    for (size_t i = 0; i < st->order.len && status == CORDON_OK; i++)
        status = report_unused(st, ftm_store_at(st, order[i]));
    cdn_strbuf_free(&em.scratch);
    cdn_strbuf_free(&em.norms);
    cdn_vec_free(&em.parts);
    return status;
}
