/*
 * index.c — opening an index (from list sources, or from a snapshot file), and reading what it
 * holds.
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "core/alloc.h"
#include "index/index_int.h"
#include "index/name_facts.h"
#include "lists/checksum.h"
#include "lists/loader.h"
#include "lists/stamp.h"
#include "match/accum.h"
#include "scan/index_facts.h"
#include "scan/scan_pool.h"

const char *cordon_version(void) { return CORDON_VERSION; }

const char *cordon_status_string(int status)
{
    switch (status) {
    case CORDON_OK: return "ok";
    case CORDON_EINVAL: return "invalid argument";
    case CORDON_EIO: return "input/output error";
    case CORDON_EDATA: return "bad input data";
    case CORDON_ENOMEM: return "out of memory";
    case CORDON_ENOTFOUND: return "not found";
    case CORDON_EUNSUPPORTED: return "not supported";
    default: return "unknown status";
    }
}

void cordon_index_options_default(cordon_index_options *opts) { memset(opts, 0, sizeof *opts); }

static int load_source(cordon_index *idx, const char *source)
{
    const cdn_format *format;
    const char *path;
    int status = cdn_source_resolve(source, &format, &path, &idx->err);
    if (status != CORDON_OK)
        return status;

    cordon_list_info *info = cdn_arena_alloc(&idx->arena, sizeof *info);
    if (!info)
        return cdn_error_nomem(&idx->err);
    memset(info, 0, sizeof *info);
    info->format = format->name;
    info->source = cdn_arena_strdup(&idx->arena, path);
    if (!info->source || !cdn_vec_push(&idx->lists, &info))
        return cdn_error_nomem(&idx->err);

    cdn_stamp before, after;
    cdn_stamp_take(path, &before);
    cdn_loader ld;
    cdn_loader_init(&ld, &idx->arena, &idx->entities, &idx->warnings, info, &idx->err);
    status = format->load(&ld, path);
    int finished = cdn_loader_finish(&ld);
    /* Checksummed after loading, so that a missing or unreadable file is reported by its loader,
     * in its words (the files were just read, so they are still in the page cache), and before
     * the second stamp, so that a list changed while it was read or checksummed is refused. */
    char checksum[CDN_SHA256_HEX];
    cdn_error sum_err; /* its own: a list that changed must be reported as that, not as unreadable */
    cdn_error_clear(&sum_err);
    int summed = status == CORDON_OK && finished == CORDON_OK ? cdn_source_checksum(path, checksum, &sum_err)
                                                             : CORDON_OK;
    cdn_stamp_take(path, &after);
    /* Whatever the loader made of it (a parse error at a half-written line, or entities from
     * two versions), a list that changed under it is refused with the reason. */
    if (cdn_stamp_changed(&before, &after))
        return cdn_error_at(&idx->err, CORDON_EDATA, path, 0,
                            "the list changed while it was being read; load it again once it is complete");
    if (status != CORDON_OK || finished != CORDON_OK)
        return status != CORDON_OK ? status : finished;
    if (summed != CORDON_OK)
        return cdn_error_set(&idx->err, summed, "%s", sum_err.message);
    if (!(info->checksum = cdn_arena_strdup(&idx->arena, checksum)))
        return cdn_error_nomem(&idx->err);
    return CORDON_OK;
}

/* A new, empty index handle. */
static cordon_index *new_index(void)
{
    cordon_index *idx = cdn_calloc(1, sizeof *idx);
    if (!idx)
        return NULL;
    cdn_error_clear(&idx->err);
    cdn_arena_init(&idx->arena);
    cdn_vec_init(&idx->lists, sizeof(cordon_list_info *));
    cdn_vec_init(&idx->entities, sizeof(cordon_entity *));
    cdn_vec_init(&idx->warnings, sizeof(char *));
    for (int m = 0; m < CDN_N_MAPS; m++)
        cdn_fixmap_init(&idx->maps[m]);
    idx->pool = "";
    pthread_mutex_init(&idx->facts_lock, NULL);
    idx->unknown_weight = 1.0f;
    idx->accums = cdn_accum_pool_new();
    idx->scanners = cdn_scanner_pool_new();
    if (!idx->accums || !idx->scanners || cdn_translit_new(&idx->translit) != CORDON_OK) {
        cdn_accum_pool_free(idx->accums);
        cdn_scanner_pool_free(idx->scanners);
        cdn_free(idx);
        return NULL;
    }
    return idx;
}

int cordon_index_open(cordon_index **out, const char *const *sources, size_t n_sources,
                      const cordon_index_options *opts)
{
    (void)opts;
    cordon_index *idx = new_index();
    *out = idx;
    if (!idx)
        return CORDON_ENOMEM;
    for (size_t i = 0; i < n_sources; i++) {
        int status = load_source(idx, sources[i]);
        if (status != CORDON_OK)
            return status;
    }
    return cdn_index_build_names(idx);
}

int cordon_index_load(cordon_index **out, const char *path)
{
    cordon_index *idx = new_index();
    *out = idx;
    if (!idx)
        return CORDON_ENOMEM;
    return cdn_snapshot_load(idx, path);
}

int cordon_index_save(const cordon_index *idx, const char *path, char *errmsg, size_t errmsg_size)
{
    cdn_error err;
    cdn_error_clear(&err);
    int status = cdn_snapshot_write(idx, path, &err);
    if (errmsg && errmsg_size)
        snprintf(errmsg, errmsg_size, "%s", err.message);
    return status;
}

void cordon_index_close(cordon_index *idx)
{
    if (!idx)
        return;
    cdn_scanner_pool_free(idx->scanners); /* first: they point into the index */
    cdn_vec_free(&idx->lists);
    cdn_vec_free(&idx->entities);
    cdn_vec_free(&idx->warnings);
    for (int m = 0; m < CDN_N_MAPS; m++)
        cdn_fixmap_free(&idx->maps[m]);
    for (size_t i = 0; i < sizeof idx->owned / sizeof idx->owned[0]; i++)
        cdn_free(idx->owned[i]);
    if (idx->mapping)
        munmap(idx->mapping, idx->mapping_len);
    cdn_arena_free(&idx->arena);
    cdn_translit_free(idx->translit);
    cdn_accum_pool_free(idx->accums);
    cdn_name_facts_free(idx);
    cdn_scan_facts_free(idx->scan_facts);
    pthread_mutex_destroy(&idx->facts_lock);
    cdn_free(idx);
}

const char *cordon_index_errmsg(const cordon_index *idx) { return idx ? idx->err.message : "out of memory"; }

size_t cordon_index_list_count(const cordon_index *idx) { return idx->lists.len; }

const cordon_list_info *cordon_index_list(const cordon_index *idx, size_t i)
{
    return i < idx->lists.len ? *(cordon_list_info **)cdn_vec_at(&idx->lists, i) : NULL;
}

size_t cordon_index_warning_count(const cordon_index *idx) { return idx->warnings.len; }

const char *cordon_index_warning(const cordon_index *idx, size_t i)
{
    return i < idx->warnings.len ? *(char **)cdn_vec_at(&idx->warnings, i) : NULL;
}

size_t cordon_index_entity_count(const cordon_index *idx) { return idx->entities.len; }

const cordon_entity *cordon_index_entity(const cordon_index *idx, size_t i)
{
    return i < idx->entities.len ? cdn_index_entity_at(idx, (uint32_t)i) : NULL;
}

const cordon_entity *cordon_index_find(const cordon_index *idx, const char *id)
{
    uint32_t i;
    return id && cdn_fixmap_get(&idx->maps[CDN_MAP_IDS], idx->pool, id, strlen(id), &i) ? cdn_index_entity_at(idx, i) : NULL;
}
