/*
 * params.h — turns HTTP request parts into library calls' arguments: the query string of
 * GET /search (and the threshold/limit of POST /match and /scan), and the yente-style JSON
 * body of POST /match. No sockets here, so the fuzz target tests/fuzz/fuzz_http_params.c can
 * call these directly.
 */
#ifndef CDN_PARAMS_H
#define CDN_PARAMS_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "cordon.h"

/*
 * Decodes one URL component (len bytes at in): "%XX" escapes, and with plus_is_space (query
 * strings) '+' as a space.
 * Writes the result NUL-terminated to out (at least len + 1 bytes). Returns its length, or -1
 * for a malformed escape or an escaped NUL byte.
 */
long params_decode(const char *in, size_t len, char *out, bool plus_is_space);

/*
 * The decoded value of the first key=value pair named key in query (the part after '?',
 * without it). Returns 1 and a malloc'd *value when present, 0 when absent, -1 when the
 * value is malformed (see params_decode) or memory ran out.
 */
int params_get(const char *query, const char *key, char **value);

/* GET /search's parameters. */
typedef struct search_params {
    char *q;                    /* the name; owned */
    char *dob;                  /* owned, or NULL */
    char country[3];
    cordon_search_options opts; /* points at country and dob */
} search_params;

/*
 * Parses q (required), type, country, dob, threshold and limit from query. Returns true, or
 * false with the reason in err (size bytes) for a 400 answer; out must be freed with
 * search_params_free either way.
 */
bool params_parse_search(const char *query, search_params *out, char *err, size_t size);
void search_params_free(search_params *p);

/*
 * The threshold (in [0, 1]) and limit (1..max_limit) in query, where given: *threshold and
 * *limit are left as they are otherwise. Returns false with err set when one is malformed.
 */
bool params_parse_threshold_limit(const char *query, double *threshold, size_t *limit, size_t max_limit,
                                  char *err, size_t size);

/* One query of a POST /match batch. */
typedef struct match_query {
    const char *key;            /* the client's name for it ("q1"), in root */
    json_t *query;              /* the query object as sent, in root */
    const char **names;         /* names and aliases to search, in root */
    size_t n_names;
    char country[3];
    char dob[11];
    cordon_search_options opts; /* points at country and dob */
} match_query;

typedef struct match_request {
    json_t *root;
    match_query *queries;
    size_t n_queries;
    double threshold;
    size_t limit;
} match_request;

/*
 * Parses a POST /match body of len bytes ({"queries": {KEY: {"schema": S, "properties":
 * {"name": [...], "alias": [...], "birthDate": [...], "nationality": [...], "country": [...]}}}})
 * and the threshold and limit of its query string. Returns 0, or the HTTP status to answer
 * (400 malformed, 413 more than max_queries queries) with the reason in err. out must be freed
 * with match_request_free either way.
 */
int params_parse_match(const char *body, size_t len, const char *query, size_t max_queries, match_request *out,
                       char *err, size_t size);
void match_request_free(match_request *m);

/* The FollowTheMoney schema name yente clients expect for a cordon schema ("Airplane" for
 * aircraft). */
const char *params_ftm_schema(cordon_schema schema);

#endif
