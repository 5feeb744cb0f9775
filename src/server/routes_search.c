/*
 * routes_search.c — GET /search (DESIGN.md's search contract) and POST /match (a batch of
 * structured queries in the request and response shape of OpenSanctions' yente, so that its
 * clients work against cordon).
 */
#include <stdlib.h>
#include <string.h>

#include "cli/json_out.h"
#include "server/params.h"
#include "server/server.h"

/* The answer for a library failure of search: 400 for the caller's input, else 500. */
static void search_failed(response *res, int status, const cordon_results *r)
{
    const char *why = r ? cordon_results_errmsg(r) : "out of memory";
    if (status == CORDON_EINVAL)
        response_error(res, 400, "bad request", "%s", why);
    else
        response_error(res, 500, "internal error", "%s", why);
}

static void count_alerts(server *srv, const cordon_results *r)
{
    unsigned long n = 0;
    for (size_t i = 0; i < cordon_results_count(r); i++)
        n += cordon_results_get(r, i)->match != 0;
    if (n)
        atomic_fetch_add_explicit(&srv->metrics.alerts, n, memory_order_relaxed);
}

void route_search(server *srv, request *req, response *res)
{
    search_params p;
    char err[256];
    if (!params_parse_search(req->query, &p, err, sizeof err)) {
        response_error(res, 400, "bad request", "%s", err);
        search_params_free(&p);
        return;
    }
    served_index *s = index_holder_acquire(&srv->indexes);
    cordon_results *r = NULL;
    int status = cordon_search(s->idx, p.q, &p.opts, &r);
    if (status != CORDON_OK) {
        search_failed(res, status, r);
    } else {
        count_alerts(srv, r);
        json_t *results = json_array();
        for (size_t i = 0; i < cordon_results_count(r); i++)
            json_array_append_new(results, json_out_result(cordon_results_get(r, i)));
        response_json(res, 200, json_pack("{s:s, s:o}", "query", p.q, "results", results));
    }
    cordon_results_free(r);
    served_index_release(s);
    search_params_free(&p);
}

/* ---- POST /match ------------------------------------------------------------------------ */

/* One entity found for a query, by whichever of its names scored best. */
typedef struct candidate {
    const cordon_entity *entity;
    double score;
    json_t *json; /* the result as yente writes it */
} candidate;

/* FtM-style properties of an entity, as yente returns them. */
static json_t *ftm_properties(const cordon_entity *e)
{
    json_t *props = json_object();
    json_t *name = json_array(), *alias = json_array(), *weak = json_array(), *previous = json_array();
    for (size_t i = 0; i < e->n_names; i++) {
        const cordon_name *n = &e->names[i];
        json_t *to = n->kind == CORDON_NAME_PRIMARY      ? name
                   : n->kind == CORDON_NAME_WEAK_ALIAS ? weak
                   : n->kind == CORDON_NAME_FORMER     ? previous
                                                       : alias;
        json_array_append_new(to, json_string(n->full));
    }
    json_object_set_new(props, "name", name);
    json_object_set_new(props, "alias", alias);
    json_object_set_new(props, "weakAlias", weak);
    json_object_set_new(props, "previousName", previous);
    json_t *dates = json_array(), *nationality = json_array(), *country = json_array(), *programs = json_array();
    char buf[48];
    for (size_t i = 0; i < e->n_birth_dates; i++)
        json_array_append_new(dates, json_string(json_out_date(&e->birth_dates[i], buf, sizeof buf)));
    for (size_t i = 0; i < e->n_countries; i++) {
        cordon_country_role role = e->countries[i].role;
        bool nat = role == CORDON_COUNTRY_NATIONALITY || role == CORDON_COUNTRY_CITIZENSHIP;
        json_array_append_new(nat ? nationality : country, json_string(e->countries[i].code));
    }
    for (size_t i = 0; i < e->n_programs; i++)
        json_array_append_new(programs, json_string(e->programs[i]));
    json_object_set_new(props, e->schema == CORDON_SCHEMA_PERSON ? "birthDate" : "incorporationDate", dates);
    json_object_set_new(props, "nationality", nationality);
    json_object_set_new(props, "country", country);
    json_object_set_new(props, "programId", programs);
    if (e->remarks)
        json_object_set_new(props, "notes", json_pack("[s]", e->remarks));
    return props;
}

static json_t *match_result(const cordon_result *r)
{
    const cordon_entity *e = r->entity;
    double score = json_out_round4(r->score);
    return json_pack("{s:s, s:s, s:s, s:f, s:b, s:o, s:s, s:s, s:[s], s:[], s:b, s:o}", "id", e->id, "caption",
                     e->caption, "schema", params_ftm_schema(e->schema), "score", score, "match", r->match,
                     "features", json_pack("{s:f}", "cordon_name", score), "explanation", r->explanation,
                     "matched_name", r->matched_name->full, "datasets", e->list->id, "referents", "target", 1,
                     "properties", ftm_properties(e));
}

static int by_score_desc(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    return (x->score < y->score) - (x->score > y->score);
}

/* Searches each name of q, keeps each entity once with its best score, best first. Returns
 * the yente response for q; *alerts counts its matches. */
/* A query's failed answer, in the batch: the status and the error in yente's per-query shape. */
static json_t *query_error(const match_query *q, int status, const char *why)
{
    return json_pack("{s:i, s:s, s:s, s:O}", "status", status == CORDON_EINVAL ? 400 : 500, "error",
                     status == CORDON_EINVAL ? "bad request" : "internal error", "detail", why, "query", q->query);
}

static void drop_candidates(candidate *found, size_t n)
{
    for (size_t k = 0; k < n; k++)
        json_decref(found[k].json);
    free(found);
}

static json_t *answer_query(const cordon_index *idx, const match_query *q, unsigned long *alerts)
{
    candidate *found = NULL;
    size_t n_found = 0;
    for (size_t i = 0; i < q->n_names; i++) {
        cordon_results *r = NULL;
        int status = cordon_search(idx, q->names[i], &q->opts, &r);
        size_t count = status == CORDON_OK ? cordon_results_count(r) : 0;
        candidate *grown = count ? realloc(found, (n_found + count) * sizeof *found) : found;
        if (status != CORDON_OK || (count && !grown)) {
            json_t *err = status != CORDON_OK ? query_error(q, status, r ? cordon_results_errmsg(r) : "out of memory")
                                              : query_error(q, CORDON_ENOMEM, "out of memory");
            cordon_results_free(r);
            drop_candidates(found, n_found);
            return err;
        }
        found = grown;
        for (size_t j = 0; j < count; j++) {
            const cordon_result *res = cordon_results_get(r, j);
            size_t k = 0;
            while (k < n_found && found[k].entity != res->entity)
                k++;
            if (k < n_found && found[k].score >= res->score)
                continue;
            if (k < n_found)
                json_decref(found[k].json);
            else
                n_found++;
            found[k] = (candidate){res->entity, res->score, match_result(res)};
        }
        cordon_results_free(r);
    }
    if (n_found > 1)
        qsort(found, n_found, sizeof *found, by_score_desc);
    json_t *results = json_array();
    for (size_t k = 0; k < n_found; k++) {
        if (k < q->opts.limit) {
            *alerts += json_is_true(json_object_get(found[k].json, "match"));
            json_array_append_new(results, found[k].json);
        } else {
            json_decref(found[k].json);
        }
    }
    size_t total = json_array_size(results);
    free(found);
    return json_pack("{s:i, s:o, s:{s:I, s:s}, s:O}", "status", 200, "results", results, "total", "value",
                     (json_int_t)total, "relation", "eq", "query", q->query);
}

void route_match(server *srv, request *req, response *res)
{
    match_request m;
    char err[512];
    int bad = params_parse_match(req->body ? req->body : "", req->body_len, req->query, srv->cfg->max_queries, &m,
                                 err, sizeof err);
    if (bad) {
        response_error(res, bad, bad == 413 ? "payload too large" : bad == 500 ? "internal error" : "bad request", "%s",
                       err);
        match_request_free(&m);
        return;
    }
    served_index *s = index_holder_acquire(&srv->indexes);
    json_t *responses = json_object();
    unsigned long alerts = 0;
    for (size_t i = 0; i < m.n_queries; i++)
        json_object_set_new(responses, m.queries[i].key, answer_query(s->idx, &m.queries[i], &alerts));
    served_index_release(s);
    if (alerts)
        atomic_fetch_add_explicit(&srv->metrics.alerts, alerts, memory_order_relaxed);
    response_json(res, 200,
                  json_pack("{s:o, s:{s:s, s:s}, s:I, s:f}", "responses", responses, "matcher", "name", "cordon",
                            "version", cordon_version(), "limit", (json_int_t)m.limit, "threshold", m.threshold));
    match_request_free(&m);
}
