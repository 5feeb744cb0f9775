/*
 * params.c — query strings and /match bodies into search options (see params.h).
 */
#include "server/params.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_NAME_BYTES = 1024, MAX_NAMES_PER_QUERY = 32 };

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

long params_decode(const char *in, size_t len, char *out, bool plus_is_space)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        char c = in[i];
        if (c == '+' && plus_is_space) {
            c = ' ';
        } else if (c == '%') {
            int hi = i + 1 < len ? hex_value(in[i + 1]) : -1;
            int lo = i + 2 < len ? hex_value(in[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                return -1;
            c = (char)(hi * 16 + lo);
            i += 2;
        }
        if (c == '\0')
            return -1;
        out[o++] = c;
    }
    out[o] = '\0';
    return (long)o;
}

int params_get(const char *query, const char *key, char **value)
{
    *value = NULL;
    size_t key_len = strlen(key);
    const char *p = query;
    while (p && *p) {
        const char *end = strchr(p, '&');
        size_t pair_len = end ? (size_t)(end - p) : strlen(p);
        const char *eq = memchr(p, '=', pair_len);
        size_t name_len = eq ? (size_t)(eq - p) : pair_len;
        /* Keys are plain ASCII words: compared without decoding. */
        if (name_len == key_len && memcmp(p, key, key_len) == 0) {
            const char *v = eq ? eq + 1 : p + pair_len;
            size_t v_len = (size_t)(p + pair_len - v);
            char *out = malloc(v_len + 1);
            if (!out || params_decode(v, v_len, out, true) < 0) {
                free(out);
                return -1;
            }
            *value = out;
            return 1;
        }
        p = end ? end + 1 : NULL;
    }
    return 0;
}

/* Parses a number in [lo, hi]; false when text is not one. */
static bool parse_number(const char *text, double lo, double hi, double *out)
{
    char *end;
    double v = strtod(text, &end);
    if (end == text || *end != '\0' || !(v >= lo && v <= hi))
        return false;
    *out = v;
    return true;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" at the start of text: its length (4, 7, 10), or 0. */
static size_t date_prefix(const char *text)
{
    static const char *const SHAPES[] = {"dddd-dd-dd", "dddd-dd", "dddd"};
    for (size_t s = 0; s < 3; s++) {
        size_t n = strlen(SHAPES[s]), i = 0;
        while (i < n && text[i] && (SHAPES[s][i] == 'd' ? isdigit((unsigned char)text[i]) : text[i] == '-'))
            i++;
        if (i == n && (text[n] == '\0' || text[n] == 'T' || text[n] == ' '))
            return n;
    }
    return 0;
}

/* Copies a two-letter country code upper-cased into out[3]; false when text is not two letters. */
static bool set_country(const char *text, char out[3])
{
    if (strlen(text) != 2 || !isalpha((unsigned char)text[0]) || !isalpha((unsigned char)text[1]))
        return false;
    out[0] = (char)toupper((unsigned char)text[0]);
    out[1] = (char)toupper((unsigned char)text[1]);
    out[2] = '\0';
    return true;
}

bool params_parse_threshold_limit(const char *query, double *threshold, size_t *limit, size_t max_limit,
                                  char *err, size_t size)
{
    char *value = NULL;
    double number;
    int got = params_get(query, "threshold", &value);
    if (got < 0 || (got == 1 && !parse_number(value, 0.0, 1.0, &number))) {
        snprintf(err, size, "threshold must be a number from 0 to 1");
        free(value);
        return false;
    }
    if (got == 1)
        *threshold = number;
    free(value);
    got = params_get(query, "limit", &value);
    if (got < 0 || (got == 1 && (!parse_number(value, 1, (double)max_limit, &number) || number != (size_t)number))) {
        snprintf(err, size, "limit must be a whole number from 1 to %zu", max_limit);
        free(value);
        return false;
    }
    if (got == 1)
        *limit = (size_t)number;
    free(value);
    return true;
}

bool params_parse_search(const char *query, search_params *out, char *err, size_t size)
{
    memset(out, 0, sizeof *out);
    cordon_search_options_default(&out->opts);
    int got = params_get(query, "q", &out->q);
    if (got < 0) {
        snprintf(err, size, "q is not a valid query-string value");
        return false;
    }
    if (got == 0 || out->q[0] == '\0') {
        snprintf(err, size, "q (the name to search) is required");
        return false;
    }
    if (strlen(out->q) > MAX_NAME_BYTES) {
        snprintf(err, size, "q is longer than %d bytes", MAX_NAME_BYTES);
        return false;
    }
    char *value = NULL;
    bool ok = true;
    if ((got = params_get(query, "type", &value)) != 0 &&
        (got < 0 || cordon_schema_parse(value, &out->opts.schema) != CORDON_OK)) {
        snprintf(err, size, "type must be person, organization, vessel, aircraft or legalentity");
        ok = false;
    }
    free(value);
    value = NULL;
    if (ok && (got = params_get(query, "country", &value)) != 0) {
        if (got < 0 || !set_country(value, out->country)) {
            snprintf(err, size, "country must be an ISO 3166 alpha-2 code such as RU");
            ok = false;
        } else {
            out->opts.country = out->country;
        }
    }
    free(value);
    if (ok && (got = params_get(query, "dob", &out->dob)) != 0) {
        if (got < 0 || date_prefix(out->dob) != strlen(out->dob)) {
            snprintf(err, size, "dob must be YYYY, YYYY-MM or YYYY-MM-DD");
            ok = false;
        } else {
            out->opts.dob = out->dob;
        }
    }
    if (ok)
        ok = params_parse_threshold_limit(query, &out->opts.threshold, &out->opts.limit, 1000, err, size);
    if (ok && out->opts.min_score > out->opts.threshold)
        out->opts.min_score = out->opts.threshold;
    return ok;
}

void search_params_free(search_params *p)
{
    free(p->q);
    free(p->dob);
    p->q = p->dob = NULL;
}

const char *params_ftm_schema(cordon_schema schema)
{
    return schema == CORDON_SCHEMA_AIRCRAFT ? "Airplane" : cordon_schema_name(schema);
}

/* The schema of a yente query: FtM names; LegalEntity searches people and organisations (and
 * the parties whose list says not which), Thing searches everything. */
static bool parse_ftm_schema(const char *name, cordon_schema *out)
{
    if (strcasecmp(name, "Thing") == 0) {
        *out = CORDON_SCHEMA_ANY;
        return true;
    }
    if (strcasecmp(name, "Airplane") == 0) {
        *out = CORDON_SCHEMA_AIRCRAFT;
        return true;
    }
    return cordon_schema_parse(name, out) == CORDON_OK;
}

/* Appends the strings of property prop (an array of strings, or one string) to q->names. */
static bool add_names(match_query *q, json_t *props, const char *prop, char *err, size_t size)
{
    json_t *v = json_object_get(props, prop);
    if (!v)
        return true;
    size_t n = json_is_array(v) ? json_array_size(v) : 1;
    for (size_t i = 0; i < n; i++) {
        json_t *item = json_is_array(v) ? json_array_get(v, i) : v;
        if (!json_is_string(item)) {
            snprintf(err, size, "query '%s': properties.%s must hold strings", q->key, prop);
            return false;
        }
        if (json_string_length(item) == 0)
            continue;
        if (json_string_length(item) > MAX_NAME_BYTES || q->n_names == MAX_NAMES_PER_QUERY) {
            snprintf(err, size, "query '%s': at most %d names of at most %d bytes", q->key, MAX_NAMES_PER_QUERY,
                     MAX_NAME_BYTES);
            return false;
        }
        q->names[q->n_names++] = json_string_value(item);
    }
    return true;
}

/* The first string of a property (array or string), or NULL. */
static const char *first_string(json_t *props, const char *prop)
{
    json_t *v = json_object_get(props, prop);
    if (json_is_array(v))
        v = json_array_get(v, 0);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static bool parse_one_query(match_query *q, json_t *obj, const match_request *m, char *err, size_t size)
{
    q->query = obj;
    cordon_search_options_default(&q->opts);
    q->opts.threshold = m->threshold;
    q->opts.limit = m->limit;
    if (q->opts.min_score > q->opts.threshold)
        q->opts.min_score = q->opts.threshold;
    if (!json_is_object(obj)) {
        snprintf(err, size, "query '%s' must be an object", q->key);
        return false;
    }
    json_t *schema = json_object_get(obj, "schema");
    if (schema && (!json_is_string(schema) || !parse_ftm_schema(json_string_value(schema), &q->opts.schema))) {
        snprintf(err, size, "query '%s': unknown schema", q->key);
        return false;
    }
    json_t *props = json_object_get(obj, "properties");
    if (!json_is_object(props)) {
        snprintf(err, size, "query '%s': properties must be an object", q->key);
        return false;
    }
    q->names = malloc(MAX_NAMES_PER_QUERY * sizeof *q->names);
    if (!q->names) {
        snprintf(err, size, "out of memory");
        return false;
    }
    if (!add_names(q, props, "name", err, size) || !add_names(q, props, "alias", err, size))
        return false;
    if (q->n_names == 0) {
        snprintf(err, size, "query '%s': properties.name needs at least one name", q->key);
        return false;
    }
    const char *dob = first_string(props, "birthDate");
    if (!dob)
        dob = first_string(props, "incorporationDate");
    if (dob) {
        size_t n = date_prefix(dob);
        if (n == 0) {
            snprintf(err, size, "query '%s': birthDate must be YYYY, YYYY-MM or YYYY-MM-DD", q->key);
            return false;
        }
        memcpy(q->dob, dob, n);
        q->dob[n] = '\0';
        q->opts.dob = q->dob;
    }
    static const char *const COUNTRY_PROPS[] = {"nationality", "country", "citizenship", "jurisdiction"};
    for (size_t i = 0; i < 4 && !q->opts.country; i++) {
        const char *c = first_string(props, COUNTRY_PROPS[i]);
        if (c && !set_country(c, q->country)) {
            snprintf(err, size, "query '%s': %s must be an ISO 3166 alpha-2 code", q->key, COUNTRY_PROPS[i]);
            return false;
        }
        if (c)
            q->opts.country = q->country;
    }
    return true;
}

int params_parse_match(const char *body, size_t len, const char *query, size_t max_queries, match_request *out,
                       char *err, size_t size)
{
    memset(out, 0, sizeof *out);
    out->threshold = CORDON_DEFAULT_THRESHOLD;
    out->limit = 5; /* yente's default */
    if (!params_parse_threshold_limit(query, &out->threshold, &out->limit, 500, err, size))
        return 400;
    json_error_t jerr;
    out->root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!out->root) {
        snprintf(err, size, "malformed JSON at line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
        return 400;
    }
    json_t *queries = json_object_get(out->root, "queries");
    if (!json_is_object(queries)) {
        snprintf(err, size, "the body must be an object with \"queries\": {KEY: {\"schema\", \"properties\"}}");
        return 400;
    }
    size_t n = json_object_size(queries);
    if (n == 0) {
        snprintf(err, size, "\"queries\" is empty");
        return 400;
    }
    if (n > max_queries) {
        snprintf(err, size, "%zu queries in one request; at most %zu", n, max_queries);
        return 413;
    }
    out->queries = calloc(n, sizeof *out->queries);
    if (!out->queries) {
        snprintf(err, size, "out of memory");
        return 500;
    }
    const char *key;
    json_t *obj;
    json_object_foreach(queries, key, obj) {
        match_query *q = &out->queries[out->n_queries++];
        q->key = key;
        if (!parse_one_query(q, obj, out, err, size))
            return 400;
    }
    return 0;
}

void match_request_free(match_request *m)
{
    for (size_t i = 0; i < m->n_queries; i++)
        free(m->queries[i].names);
    free(m->queries);
    json_decref(m->root);
    memset(m, 0, sizeof *m);
}
