/*
 * fuzz_ftm.c — libFuzzer target for the FollowTheMoney loader (JSON lines, nested entities,
 * links, delta operations) and the JSON-lines reader under it: any bytes as an FtM file must
 * load or be refused with a message, never crash, leak or hang; a list that loads must be
 * searchable. An input holding a line "#delta" is split there into a base file and a delta
 * file, loaded as "ftm:BASE+DELTA".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cordon.h"
#include "fuzz_scratch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
}

/* The offset just past a line "#delta\n" in data, or 0. */
static size_t delta_split(const uint8_t *data, size_t size)
{
    static const char MARK[] = "#delta\n";
    for (size_t i = 0; i + sizeof MARK - 1 <= size; i++)
        if ((i == 0 || data[i - 1] == '\n') && memcmp(data + i, MARK, sizeof MARK - 1) == 0)
            return i + sizeof MARK - 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char base[512], delta[512];
    if (!base[0]) {
        fuzz_scratch_path(base, sizeof base, "ftm");
        fuzz_scratch_path(delta, sizeof delta, "delta");
    }
    char source[1100];
    size_t split = delta_split(data, size);
    if (split) {
        write_file(base, data, split - 7);
        write_file(delta, data + split, size - split);
        snprintf(source, sizeof source, "ftm:%s+%s", base, delta);
    } else {
        write_file(base, data, size);
        snprintf(source, sizeof source, "ftm:%s", base);
    }

    const char *sources[] = {source};
    cordon_index *idx = NULL;
    int status = cordon_index_open(&idx, sources, 1, NULL);
    if (status == CORDON_OK) {
        if (cordon_index_entity_count(idx) > 0) {
            const cordon_entity *e = cordon_index_entity(idx, 0);
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
