/*
 * fuzz_search.c — libFuzzer target for one-name search and compare (query normalization,
 * analysis, scoring, explanations): any bytes as a query; scores stay in [0, 1], results best
 * first, an explanation cut to its buffer still ends in a NUL.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cordon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static cordon_index *idx;
    if (!idx) {
        const char *sources[] = {"csv:data/sample/watchlist.csv"};
        if (cordon_index_open(&idx, sources, 1, NULL) != CORDON_OK)
            abort();
    }
    char *name = malloc(size + 1);
    if (!name)
        return 0;
    memcpy(name, data, size);
    name[size] = '\0';
    cordon_results *res = NULL;
    if (cordon_search(idx, name, NULL, &res) == CORDON_OK) {
        for (size_t i = 0; i < cordon_results_count(res); i++) {
            const cordon_result *r = cordon_results_get(res, i);
            if (r->score < 0.0 || r->score > 1.0 || (i && cordon_results_get(res, i - 1)->score < r->score))
                abort();
        }
    }
    cordon_results_free(res);
    double score;
    if (cordon_compare(idx, name, "PUTIN, Vladimir Vladimirovich", CORDON_SCHEMA_PERSON, &score) == CORDON_OK &&
        (score < 0.0 || score > 1.0))
        abort();
    /* The explanation, into a buffer that cuts most of them short: NUL-terminated, and the
     * same score. */
    char why[24];
    double explained;
    memset(why, 'x', sizeof why);
    if (cordon_compare_explain(idx, "Wladimir Putin", name, CORDON_SCHEMA_ANY, &explained, why, sizeof why) == CORDON_OK &&
        (explained < 0.0 || explained > 1.0 || !memchr(why, '\0', sizeof why)))
        abort();
    free(name);
    return 0;
}
