/*
 * fuzz_scan.c — libFuzzer target for text scanning (tokenizer, normalizer, HTML blanking,
 * inflected base forms, window matching, document-level resolution): any bytes as an article
 * against the sample list, read as text, as HTML or as decided from the content (the first
 * byte chooses, and the window length); every mention must lie inside the input, in order,
 * without overlap. One scanner kept across all inputs must find exactly the same mentions (its
 * lexicon and remembered answers carry over from input to input).
 */
#include <stdint.h>
#include <stdlib.h>

#include "cordon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static cordon_index *idx;
    static cordon_scanner *sc;
    if (!idx) {
        const char *sources[] = {"csv:data/sample/watchlist.csv"};
        if (cordon_index_open(&idx, sources, 1, NULL) != CORDON_OK || cordon_scanner_new(idx, &sc) != CORDON_OK)
            abort(); /* run from the repository root */
    }
    cordon_scan_options o;
    cordon_scan_options_default(&o);
    if (size > 0) {
        o.html = data[0] % 3 == 0 ? -1 : data[0] % 3 == 1 ? 0 : 1;
        o.max_window = 1 + data[0] / 3 % 8;
        data++;
        size--;
    }
    cordon_mentions *m = NULL, *again = NULL;
    int status = cordon_scan(idx, (const char *)data, size, &o, &m);
    if (status == CORDON_OK) {
        size_t last_end = 0;
        for (size_t i = 0; i < cordon_mentions_count(m); i++) {
            const cordon_mention *x = cordon_mentions_get(m, i);
            if (x->start >= x->end || x->end > size || x->start < last_end || x->score < 0.0 || x->score > 1.0)
                abort();
            last_end = x->end;
        }
    }
    if (cordon_scanner_scan(sc, (const char *)data, size, &o, &again) != status)
        abort();
    if (status == CORDON_OK) {
        if (cordon_mentions_count(again) != cordon_mentions_count(m))
            abort();
        for (size_t i = 0; i < cordon_mentions_count(m); i++) {
            const cordon_mention *x = cordon_mentions_get(m, i), *y = cordon_mentions_get(again, i);
            if (x->start != y->start || x->end != y->end || x->entity != y->entity || x->score != y->score)
                abort();
        }
    }
    cordon_mentions_free(m);
    cordon_mentions_free(again);
    return 0;
}
