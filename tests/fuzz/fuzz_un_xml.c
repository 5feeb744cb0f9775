/*
 * fuzz_un_xml.c — libFuzzer target for the UN Security Council list loader (and libxml2's reader
 * and the entity builder under it): any bytes as a list file, loaded with the explicit un-xml:
 * prefix, must load or be refused with a message, never crash, leak or hang, never read another
 * file; a list that loads must be searchable.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cordon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    static char source[96];
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/cordon-fuzz-%d.xml", (int)getpid());
        snprintf(source, sizeof source, "un-xml:%s", path);
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);

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
