/*
 * fuzz_list.h — the body shared by the libFuzzer targets of the official list formats: write
 * the input to a per-process scratch file, load it as FORMAT:path, and require that a load
 * either succeeds (and the list can be searched) or fails with a message.
 */
#ifndef CDN_FUZZ_LIST_H
#define CDN_FUZZ_LIST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cordon.h"
#include "fuzz_scratch.h"

static inline int fuzz_list(const char *format, const uint8_t *data, size_t size)
{
    char path[512], source[560];
    fuzz_scratch_path(path, sizeof path, format);
    snprintf(source, sizeof source, "%s:%s", format, path);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);

    const char *sources[] = {source};
    cordon_index *idx = NULL;
    int status = cordon_index_open(&idx, sources, 1, NULL);
    if (status == CORDON_OK) {
        size_t n = cordon_index_entity_count(idx);
        if (n > 0) {
            const cordon_entity *e = cordon_index_entity(idx, n - 1);
            cordon_results *res = NULL;
            cordon_search(idx, e->caption, NULL, &res);
            cordon_results_free(res);
        }
    } else if (idx && cordon_index_errmsg(idx)[0] == '\0') {
        abort(); /* a failure must say why */
    }
    cordon_index_close(idx);
    return 0;
}

#endif
