/*
 * search.c — cordon_search: one name against every indexed name, best entity first.
 *
 * v1 scores every indexed name (a linear pass): exact, honest and fast enough for lists of tens
 * of thousands of names; the candidate index replaces the pass in the matching engine.
 * Qualifiers move the best name score of an entity: a date of birth or a country that agrees
 * raises it a little, one that contradicts lowers it.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/alloc.h"
#include "core/error.h"
#include "core/strbuf.h"
#include "index/index_int.h"
#include "match/score.h"
#include "model/entity.h"
#include "text/utf8.h"

struct cordon_results {
    cdn_error err;
    double threshold;
    cordon_result *items;  /* each explanation is owned by its item */
    size_t count;
};

void cordon_search_options_default(cordon_search_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->schema = CORDON_SCHEMA_ANY;
    opts->threshold = CORDON_DEFAULT_THRESHOLD;
    opts->limit = 10;
    opts->min_score = 0.5;
}

size_t cordon_results_count(const cordon_results *res) { return res ? res->count : 0; }

const cordon_result *cordon_results_get(const cordon_results *res, size_t i)
{
    return res && i < res->count ? &res->items[i] : NULL;
}

const char *cordon_results_errmsg(const cordon_results *res) { return res ? res->err.message : "out of memory"; }

double cordon_results_threshold(const cordon_results *res) { return res ? res->threshold : 0.0; }

void cordon_results_free(cordon_results *res)
{
    if (!res)
        return;
    for (size_t i = 0; i < res->count; i++)
        cdn_free((char *)res->items[i].explanation);
    cdn_free(res->items);
    cdn_free(res);
}

/* The best-scoring name of one entity, while the pass runs. */
typedef struct candidate {
    const cdn_name_entry *entry;
    double score;
} candidate;

static int result_order(const void *a, const void *b)
{
    const cordon_result *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return strcmp(x->entity->id, y->entity->id);
}

/* How a date-of-birth qualifier moves the score: agreement +0.03, contradiction ×0.85. */
static double dob_factor(const cordon_entity *e, const cordon_date_range *dob, cdn_strbuf *why)
{
    if (!dob || e->n_birth_dates == 0)
        return 1.0;
    for (size_t i = 0; i < e->n_birth_dates; i++) {
        const cordon_date_range *d = &e->birth_dates[i];
        if (dob->from.year >= d->from.year && dob->from.year <= d->to.year) {
            cdn_strbuf_append_str(why, "; date of birth agrees");
            return 1.03;
        }
    }
    cdn_strbuf_append_str(why, "; date of birth differs");
    return 0.85;
}

static double country_factor(const cordon_entity *e, const char *country, cdn_strbuf *why)
{
    if (!country || e->n_countries == 0)
        return 1.0;
    for (size_t i = 0; i < e->n_countries; i++) {
        if (strcasecmp(e->countries[i].code, country) == 0) {
            cdn_strbuf_append_str(why, "; country agrees");
            return 1.02;
        }
    }
    cdn_strbuf_append_str(why, "; country differs");
    return 0.9;
}

/* Fills result i: explanation re-derived for the winning name only. */
static int fill_result(cordon_results *res, const cdn_analyzed *q, const candidate *c, const cordon_search_options *o,
                       const cordon_date_range *dob)
{
    cdn_strbuf why;
    cdn_strbuf_init(&why);
    double score = cdn_score_tokens(q->tokens.items, q->tokens.len, c->entry->tokens, c->entry->n_tokens, &why);
    score *= dob_factor(c->entry->entity, dob, &why);
    score *= country_factor(c->entry->entity, o->country, &why);
    if (score > 1.0)
        score = 1.0;
    cdn_strbuf_printf(&why, "; matched %s name", cordon_name_kind_name(c->entry->name->kind));
    if (!why.data) {
        cdn_strbuf_free(&why);
        return CORDON_ENOMEM;
    }
    res->items[res->count++] = (cordon_result){c->entry->entity, c->entry->name, score, score >= o->threshold, why.data};
    return CORDON_OK;
}

static int parse_dob(const char *text, cordon_date_range *out)
{
    return text && cdn_date_parse_iso(text, strlen(text), out) ? CORDON_OK : CORDON_EINVAL;
}

int cordon_search(const cordon_index *idx, const char *name, const cordon_search_options *opts, cordon_results **out)
{
    cordon_search_options defaults;
    if (!opts) {
        cordon_search_options_default(&defaults);
        opts = &defaults;
    }
    cordon_results *res = cdn_calloc(1, sizeof *res);
    *out = res;
    if (!res)
        return CORDON_ENOMEM;
    cdn_error_clear(&res->err);
    res->threshold = opts->threshold;

    cordon_date_range dob;
    if (opts->dob && parse_dob(opts->dob, &dob) != CORDON_OK)
        return cdn_error_set(&res->err, CORDON_EINVAL, "invalid date of birth '%s' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                             opts->dob);
    if (!name || !cdn_utf8_valid(name, strlen(name), NULL))
        return cdn_error_set(&res->err, CORDON_EINVAL, "the name is not valid UTF-8");

    cdn_analyzed q;
    cdn_analyzed_init(&q);
    int status = cdn_analyze_name(&q, name, strlen(name), opts->schema, NULL);
    if (status != CORDON_OK) {
        cdn_analyzed_free(&q);
        return cdn_error_set(&res->err, status, "%s", cordon_status_string(status));
    }
    cdn_analyzed_finish(&q);
    cdn_index_weigh(idx, &q);

    /* One pass over all names, keeping each entity's best. Entries of one entity are adjacent. */
    cdn_vec best;
    cdn_vec_init(&best, sizeof(candidate));
    const cdn_name_entry *entries = idx->names.items;
    candidate current = {NULL, -1.0};
    for (size_t n = 0; n <= idx->names.len; n++) {
        const cdn_name_entry *e = n < idx->names.len ? &entries[n] : NULL;
        if (current.entry && (!e || e->entity != current.entry->entity)) {
            if (current.score >= opts->min_score * 0.85 && !cdn_vec_push(&best, &current))
                status = CORDON_ENOMEM;
            current.entry = NULL;
            current.score = -1.0;
        }
        if (!e || (opts->schema != CORDON_SCHEMA_ANY && e->entity->schema != opts->schema))
            continue;
        double s = cdn_score_tokens(q.tokens.items, q.tokens.len, e->tokens, e->n_tokens, NULL);
        if (s > current.score) {
            current.entry = e;
            current.score = s;
        }
    }

    if (status == CORDON_OK && best.len) {
        res->items = cdn_calloc(best.len, sizeof *res->items);
        if (!res->items)
            status = CORDON_ENOMEM;
        for (size_t i = 0; status == CORDON_OK && i < best.len; i++)
            status = fill_result(res, &q, cdn_vec_at(&best, i), opts, opts->dob ? &dob : NULL);
    }
    if (status == CORDON_OK) {
        /* Best first; then cut at min_score and at the limit. */
        if (res->count > 1)
            qsort(res->items, res->count, sizeof *res->items, result_order);
        size_t keep = 0;
        while (keep < res->count && res->items[keep].score >= opts->min_score && (!opts->limit || keep < opts->limit))
            keep++;
        for (size_t i = keep; i < res->count; i++)
            cdn_free((char *)res->items[i].explanation);
        res->count = keep;
    }
    cdn_vec_free(&best);
    cdn_analyzed_free(&q);
    if (status != CORDON_OK)
        return cdn_error_nomem(&res->err);
    return CORDON_OK;
}

int cordon_compare(const char *name1, const char *name2, cordon_schema schema, double *score)
{
    *score = 0.0;
    if (!name1 || !name2)
        return CORDON_EINVAL;
    cdn_analyzed a, b;
    cdn_analyzed_init(&a);
    cdn_analyzed_init(&b);
    int status = cdn_analyze_name(&a, name1, strlen(name1), schema, NULL);
    if (status == CORDON_OK)
        status = cdn_analyze_name(&b, name2, strlen(name2), schema, NULL);
    if (status == CORDON_OK) {
        cdn_analyzed_finish(&a);
        cdn_analyzed_finish(&b);
        *score = cdn_score_tokens(a.tokens.items, a.tokens.len, b.tokens.items, b.tokens.len, NULL);
    }
    cdn_analyzed_free(&a);
    cdn_analyzed_free(&b);
    return status;
}
