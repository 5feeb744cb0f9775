/*
 * fuzz_http_params.c — libFuzzer target for the HTTP server's request parsing (src/server/
 * params.c): the first byte picks the surface, the rest is the input.
 *   even: a GET /search query string (percent-decoding, q, type, country, dob, threshold,
 *         limit), then the search it asks for;
 *   odd:  a POST /match body (JSON → structured queries), then each query's searches.
 * Whatever parses must be in range: thresholds in [0, 1], limits in range, every /match query
 * with a name, no decoded value longer than its input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cordon.h"
#include "server/params.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const cordon_index *sample_index(void)
{
    static cordon_index *idx;
    if (!idx) {
        const char *sources[] = {"csv:data/sample/watchlist.csv"};
        if (cordon_index_open(&idx, sources, 1, NULL) != CORDON_OK)
            abort(); /* run from the repository root */
    }
    return idx;
}

static void search_once(const char *name, const cordon_search_options *opts)
{
    cordon_results *res = NULL;
    if (cordon_search(sample_index(), name, opts, &res) == CORDON_OK && cordon_results_count(res) > opts->limit)
        abort();
    cordon_results_free(res);
}

static void fuzz_query_string(const char *text, size_t len)
{
    char *decoded = malloc(len + 1);
    long n = decoded ? params_decode(text, len, decoded, true) : -1;
    if (n > (long)len || (n >= 0 && strlen(decoded) != (size_t)n))
        abort();
    free(decoded);
    search_params p;
    char err[256];
    if (params_parse_search(text, &p, err, sizeof err)) {
        if (!p.q || !*p.q || p.opts.threshold < 0.0 || p.opts.threshold > 1.0 || p.opts.limit < 1 ||
            p.opts.limit > 1000 || (p.opts.country && strlen(p.opts.country) != 2))
            abort();
        search_once(p.q, &p.opts);
    } else if (!*err) {
        abort(); /* a refusal always says why */
    }
    search_params_free(&p);
}

static void fuzz_match_body(const char *text, size_t len)
{
    match_request m;
    char err[512] = "";
    int status = params_parse_match(text, len, "threshold=0.7&limit=3", 1000, &m, err, sizeof err);
    if (status == 0) {
        if (m.n_queries == 0 || m.n_queries > 1000 || m.limit != 3)
            abort();
        for (size_t i = 0; i < m.n_queries; i++) {
            const match_query *q = &m.queries[i];
            if (q->n_names == 0 || q->opts.threshold != 0.7)
                abort();
            for (size_t k = 0; k < q->n_names; k++)
                search_once(q->names[k], &q->opts);
        }
    } else if ((status != 400 && status != 413 && status != 500) || !*err) {
        abort();
    }
    match_request_free(&m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    char *text = malloc(size);
    if (!text)
        return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0'; /* query strings arrive NUL-terminated; bodies come with a length */
    if (data[0] % 2 == 0)
        fuzz_query_string(text, strlen(text));
    else
        fuzz_match_body(text, size - 1);
    free(text);
    return 0;
}
