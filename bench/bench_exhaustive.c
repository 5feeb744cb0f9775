/*
 * bench_exhaustive.c — does search find every entity the scorer would alert on? Each query is
 * scored against every indexed name (no candidate index: the scorer alone, as cordon compare
 * scores a pair), and the entities at or above the threshold are compared with those
 * cordon_search returns. A search that uses the index's keys to score tens of names instead
 * of all of them may miss an entity whose name meets the query only by a rule no key leads to;
 * this counts those misses, and the entities search found with a lower score than their best
 * name has (it scored another of their names).
 *
 * Usage: bench_exhaustive --index FILE.cdx [--threshold X] [--show N] [--alerts] QUERIES.txt
 *        --alerts: list every entity the scorer alerts on ("alert" lines), found by search or
 *        not: on a file of names that are on no list, each one is a false alarm of the scorer's.
 *        QUERIES.txt: one name per line.
 *
 * It reads the index's internals (index_int.h) to score its names as they were indexed, so it
 * is built against the static library, like the tests. One query costs a full pass over the
 * names (a third of a second on the six official lists).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cordon.h"
#include "index/index_int.h"
#include "match/score.h"

typedef struct entity_best {
    double score;
    uint32_t name; /* the index name number that gave it */
} entity_best;

/* Scores the analyzed query against every indexed name; best[e] gets entity e's best. */
static void score_all(const cordon_index *idx, const cdn_analyzed *q, entity_best *best)
{
    for (size_t e = 0; e < idx->entities.len; e++)
        best[e] = (entity_best){0.0, CDN_NONE};
    cdn_token tokens[CDN_MAX_NAME_TOKENS];
    for (size_t i = 0; i < idx->names.len; i++) {
        const cdn_iname *n = &idx->names.items[i];
        uint32_t k = n->n_tokens < CDN_MAX_NAME_TOKENS ? n->n_tokens : CDN_MAX_NAME_TOKENS;
        cdn_index_name_tokens(idx, n, tokens);
        double s = cdn_score_tokens(q->tokens.items, q->tokens.len, tokens, k, NULL);
        if (s > best[n->entity].score)
            best[n->entity] = (entity_best){s, (uint32_t)i};
    }
}

int main(int argc, char **argv)
{
    const char *index_file = NULL, *queries = NULL;
    double threshold = CORDON_DEFAULT_THRESHOLD;
    long show = 20;
    bool list_alerts = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--index") == 0 && i + 1 < argc)
            index_file = argv[++i];
        else if (strcmp(argv[i], "--threshold") == 0 && i + 1 < argc)
            threshold = atof(argv[++i]);
        else if (strcmp(argv[i], "--show") == 0 && i + 1 < argc)
            show = atol(argv[++i]);
        else if (strcmp(argv[i], "--alerts") == 0)
            list_alerts = true;
        else if (argv[i][0] != '-' && !queries)
            queries = argv[i];
        else {
            fprintf(stderr, "usage: bench_exhaustive --index FILE.cdx [--threshold X] [--show N] [--alerts] QUERIES.txt\n");
            return 2;
        }
    }
    if (!index_file || !queries) {
        fprintf(stderr, "usage: bench_exhaustive --index FILE.cdx [--threshold X] [--show N] [--alerts] QUERIES.txt\n");
        return 2;
    }
    cordon_index *idx = NULL;
    if (cordon_index_load(&idx, index_file) != CORDON_OK) {
        fprintf(stderr, "bench_exhaustive: %s\n", idx ? cordon_index_errmsg(idx) : "out of memory");
        cordon_index_close(idx);
        return 3;
    }
    FILE *in = fopen(queries, "r");
    entity_best *best = calloc(idx->entities.len ? idx->entities.len : 1, sizeof *best);
    if (!in || !best) {
        perror(in ? "bench_exhaustive" : queries);
        if (in)
            fclose(in);
        free(best);
        cordon_index_close(idx);
        return 3;
    }
    cordon_search_options opts;
    cordon_search_options_default(&opts);
    opts.threshold = threshold;
    opts.min_score = threshold;
    opts.limit = 0;
    char *line = NULL;
    size_t cap = 0, n_queries = 0, n_alerts = 0, n_missed = 0, n_lower = 0, n_queries_missing = 0;
    size_t n_queries_alerting = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, in)) != -1) {
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        if (!got)
            continue;
        cdn_analyzed q;
        cdn_analyzed_init(&q);
        if (cdn_analyze_name(&q, idx->translit, line, (size_t)got, CORDON_SCHEMA_ANY, NULL) != CORDON_OK) {
            cdn_analyzed_free(&q);
            continue;
        }
        cdn_analyzed_finish(&q);
        cdn_index_weigh(idx, &q);
        score_all(idx, &q, best);
        cdn_analyzed_free(&q);
        cordon_results *res = NULL;
        if (cordon_search(idx, line, &opts, &res) != CORDON_OK) {
            cordon_results_free(res);
            continue;
        }
        n_queries++;
        bool missing = false, alerting = false;
        for (size_t e = 0; e < idx->entities.len; e++) {
            if (best[e].score < threshold || best[e].name == CDN_NONE) /* no name scored (threshold 0) */
                continue;
            n_alerts++;
            alerting = true;
            const cordon_entity *entity = cdn_index_entity_at(idx, (uint32_t)e);
            const cordon_result *found = NULL;
            for (size_t r = 0; r < cordon_results_count(res) && !found; r++)
                if (cordon_results_get(res, r)->entity == entity)
                    found = cordon_results_get(res, r);
            const char *name = entity->names[idx->names.items[best[e].name].name].full;
            if (list_alerts)
                printf("alert\t%s\t%s\t%.4f\t%s\n", line, entity->id, best[e].score, name);
            if (!found) {
                n_missed++;
                missing = true;
                if (show-- > 0)
                    printf("missed\t%s\t%s\t%.4f\t%s\n", line, entity->id, best[e].score, name);
            } else if (found->score < best[e].score - 1e-6) {
                n_lower++;
                if (show-- > 0)
                    printf("lower\t%s\t%s\t%.4f (search %.4f)\t%s\n", line, entity->id, best[e].score, found->score,
                           name);
            }
        }
        n_queries_missing += missing;
        n_queries_alerting += alerting;
        cordon_results_free(res);
    }
    printf("queries %zu; queries the scorer alerts on %zu; entities the scorer alerts on %zu; missed by search %zu (%.2f%%, in %zu queries); "
           "found with a lower score %zu\n",
           n_queries, n_queries_alerting, n_alerts, n_missed, n_alerts ? 100.0 * (double)n_missed / (double)n_alerts : 0.0,
           n_queries_missing, n_lower);
    free(line);
    free(best);
    fclose(in);
    cordon_index_close(idx);
    return 0;
}
