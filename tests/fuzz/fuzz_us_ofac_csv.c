/*
 * fuzz_us_ofac_csv.c — libFuzzer target for the OFAC legacy CSV loader and its remarks parser:
 * the input is split at each line "~" into sdn.csv, alt.csv, add.csv and sdn_comments.csv of a
 * per-process scratch directory (missing parts are empty files; an input without "~" lines is
 * sdn.csv alone, so OFAC's real files are seeds as they are). The set must load or be refused
 * with a message, never crash, leak or hang; a set that loads must be searchable.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cordon.h"
#include "fuzz_scratch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const FILES[] = {"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"};

/* Writes bytes [from, to) of data to file i of the scratch directory d. */
static void write_part(const char *d, size_t i, const uint8_t *data, size_t from, size_t to)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", d, FILES[i]);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data + from, 1, to - from, f);
    fclose(f);
}

static char dir[512];

/* Removes the scratch directory when the fuzzer exits. */
static void remove_dir(void)
{
    char path[600];
    for (size_t i = 0; i < sizeof FILES / sizeof FILES[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, FILES[i]);
        unlink(path);
    }
    rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char source[560];
    if (!dir[0]) {
        fuzz_scratch_path(dir, sizeof dir, "ofac");
        snprintf(source, sizeof source, "us-ofac-csv:%s", dir);
        mkdir(dir, 0700);
        atexit(remove_dir);
    }
    size_t part = 0, start = 0;
    for (size_t i = 0; i + 3 <= size && part < 3; i++) {
        if (memcmp(data + i, "\n~\n", 3) == 0) {
            write_part(dir, part++, data, start, i + 1);
            start = i + 3;
            i += 2;
        }
    }
    write_part(dir, part++, data, start, size);
    while (part < 4)
        write_part(dir, part++, data, 0, 0);

    const char *sources[] = {source};
    cordon_index *idx = NULL;
    int status = cordon_index_open(&idx, sources, 1, NULL);
    if (status == CORDON_OK) {
        if (cordon_index_entity_count(idx) > 0) {
            const cordon_entity *e = cordon_index_entity(idx, cordon_index_entity_count(idx) - 1);
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
