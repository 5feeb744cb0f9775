/*
 * index.c — opening an index from list sources, and reading what it holds.
 */
#include <string.h>

#include "core/alloc.h"
#include "index/index_int.h"
#include "lists/loader.h"

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

    cdn_loader ld;
    cdn_loader_init(&ld, &idx->arena, &idx->entities, &idx->warnings, info, &idx->err);
    size_t first = idx->entities.len;
    status = format->load(&ld, path);
    int finished = cdn_loader_finish(&ld);
    if (status != CORDON_OK)
        return status;
    if (finished != CORDON_OK)
        return finished;

    for (size_t i = first; i < idx->entities.len; i++) {
        cordon_entity *e = *(cordon_entity **)cdn_vec_at(&idx->entities, i);
        void *existing;
        if (!cdn_strmap_put(&idx->by_id, e->id, strlen(e->id), e, &existing))
            return cdn_error_nomem(&idx->err);
        if (existing)
            return cdn_error_at(&idx->err, CORDON_EDATA, path, 0,
                                "entity id '%s' is also in an earlier source; load each list once", e->id);
    }
    return CORDON_OK;
}

int cordon_index_open(cordon_index **out, const char *const *sources, size_t n_sources,
                      const cordon_index_options *opts)
{
    (void)opts;
    cordon_index *idx = cdn_calloc(1, sizeof *idx);
    *out = idx;
    if (!idx)
        return CORDON_ENOMEM;
    cdn_error_clear(&idx->err);
    cdn_arena_init(&idx->arena);
    cdn_vec_init(&idx->lists, sizeof(cordon_list_info *));
    cdn_vec_init(&idx->entities, sizeof(cordon_entity *));
    cdn_vec_init(&idx->warnings, sizeof(char *));
    cdn_vec_init(&idx->names, sizeof(cdn_name_entry));
    cdn_vec_init(&idx->vocab, sizeof(cdn_key_info *));
    cdn_strmap_init(&idx->by_id);
    cdn_strmap_init(&idx->keys);
    cdn_strmap_init(&idx->skeletons);
    cdn_strmap_init(&idx->trigrams);
    cdn_strmap_init(&idx->deletions);
    idx->unknown_weight = 1.0f;
    if (cdn_translit_new(&idx->translit) != CORDON_OK)
        return cdn_error_nomem(&idx->err);

    for (size_t i = 0; i < n_sources; i++) {
        int status = load_source(idx, sources[i]);
        if (status != CORDON_OK)
            return status;
    }
    return cdn_index_build_names(idx);
}

void cordon_index_close(cordon_index *idx)
{
    if (!idx)
        return;
    cdn_vec_free(&idx->lists);
    cdn_vec_free(&idx->entities);
    cdn_vec_free(&idx->warnings);
    cdn_vec_free(&idx->names);
    cdn_vec_free(&idx->vocab);
    cdn_strmap_free(&idx->by_id);
    cdn_strmap_free(&idx->keys);
    cdn_strmap_free(&idx->skeletons);
    cdn_strmap_free(&idx->trigrams);
    cdn_strmap_free(&idx->deletions);
    cdn_translit_free(idx->translit);
    cdn_arena_free(&idx->arena);
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
    return i < idx->entities.len ? *(cordon_entity **)cdn_vec_at(&idx->entities, i) : NULL;
}

const cordon_entity *cordon_index_find(const cordon_index *idx, const char *id)
{
    return id ? cdn_strmap_get(&idx->by_id, id, strlen(id)) : NULL;
}
