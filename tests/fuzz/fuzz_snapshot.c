/*
 * fuzz_snapshot.c — libFuzzer target for the snapshot reader: any bytes as an index snapshot
 * file. The fuzz build skips the checksum comparison (FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION),
 * so mutations reach the section, offset and string bounds checks; a snapshot that loads is
 * then read through: every entity and list, a search, and an id lookup.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cordon.h"
#include "fuzz_scratch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touches every string of the entity, so that an out-of-bounds pointer shows under ASan. */
static size_t touch_entity(const cordon_entity *e)
{
    size_t n = strlen(e->id) + strlen(e->caption) + (e->remarks ? strlen(e->remarks) : 0);
    for (size_t i = 0; i < e->n_names; i++)
        n += strlen(e->names[i].full);
    for (size_t i = 0; i < e->n_programs; i++)
        n += strlen(e->programs[i]);
    for (size_t i = 0; i < e->n_identifiers; i++)
        n += strlen(e->identifiers[i].value);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[512];
    if (!path[0])
        fuzz_scratch_path(path, sizeof path, "snapshot");
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    cordon_index *idx = NULL;
    if (cordon_index_load(&idx, path) == CORDON_OK) {
        size_t touched = 0;
        for (size_t i = 0; i < cordon_index_entity_count(idx); i++)
            touched += touch_entity(cordon_index_entity(idx, i));
        for (size_t i = 0; i < cordon_index_list_count(idx); i++)
            touched += strlen(cordon_index_list(idx, i)->id);
        cordon_results *res = NULL;
        if (cordon_search(idx, "Wladimir Putin", NULL, &res) == CORDON_OK)
            for (size_t i = 0; i < cordon_results_count(res); i++)
                touched += touch_entity(cordon_results_get(res, i)->entity);
        cordon_results_free(res);
        if (cordon_index_entity_count(idx) > 0)
            cordon_index_find(idx, cordon_index_entity(idx, 0)->id);
        if (touched == (size_t)-1)
            abort(); /* keeps the reads from being optimised away */
    }
    cordon_index_close(idx);
    unlink(path);
    return 0;
}
