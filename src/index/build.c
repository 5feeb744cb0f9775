/*
 * build.c — analyzing every name of every entity once, at load time, and building the key table:
 * each token key's document frequency, weight and postings (which names have it).
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "core/alloc.h"
#include "index/index_int.h"

/* Analyzes one name and appends its entry, tokens copied into the arena. */
static int add_name(cordon_index *idx, cdn_analyzed *a, const cordon_entity *e, const cordon_name *name)
{
    cdn_analyzed_reset(a);
    int status = cdn_analyze_name(a, name->full, strlen(name->full), e->schema, name);
    if (status == CORDON_EINVAL)
        return cdn_error_set(&idx->err, CORDON_EDATA, "%s: name '%s' is not valid UTF-8", e->id, name->full);
    if (status != CORDON_OK)
        return cdn_error_nomem(&idx->err);
    if (a->tokens.len == 0)
        return CORDON_OK; /* a name of punctuation only: nothing to match */
    cdn_analyzed_finish(a);

    cdn_token *tokens = cdn_arena_alloc(&idx->arena, a->tokens.len * sizeof *tokens);
    if (!tokens)
        return cdn_error_nomem(&idx->err);
    const cdn_token *src = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++) {
        tokens[i] = src[i];
        tokens[i].text = cdn_arena_strdup(&idx->arena, src[i].text);
        tokens[i].key = strcmp(src[i].key, src[i].text) == 0 ? tokens[i].text
                                                               : cdn_arena_strdup(&idx->arena, src[i].key);
        if (!tokens[i].text || !tokens[i].key)
            return cdn_error_nomem(&idx->err);
    }
    cdn_name_entry entry = {e, name, tokens, (uint32_t)a->tokens.len};
    return cdn_vec_push(&idx->names, &entry) ? CORDON_OK : cdn_error_nomem(&idx->err);
}

/* Looks up or creates the key's info. */
static cdn_key_info *key_info(cordon_index *idx, const char *key)
{
    size_t len = strlen(key);
    cdn_key_info *info = cdn_strmap_get(&idx->keys, key, len);
    if (info)
        return info;
    info = cdn_arena_alloc(&idx->arena, sizeof *info);
    if (!info)
        return NULL;
    memset(info, 0, sizeof *info);
    return cdn_strmap_put(&idx->keys, key, len, info, NULL) ? info : NULL;
}

/* Whether token i of the entry repeats a key already seen earlier in the same entry. */
static int repeated_key(const cdn_name_entry *entry, uint32_t i)
{
    for (uint32_t j = 0; j < i; j++)
        if (strcmp(entry->tokens[j].key, entry->tokens[i].key) == 0)
            return 1;
    return 0;
}

int cdn_index_build_names(cordon_index *idx)
{
    cdn_analyzed a;
    cdn_analyzed_init(&a);
    int status = CORDON_OK;
    for (size_t i = 0; i < idx->entities.len && status == CORDON_OK; i++) {
        const cordon_entity *e = *(cordon_entity **)cdn_vec_at(&idx->entities, i);
        for (size_t j = 0; j < e->n_names && status == CORDON_OK; j++)
            status = add_name(idx, &a, e, &e->names[j]);
    }
    cdn_analyzed_free(&a);
    if (status != CORDON_OK)
        return status;

    /* Pass 1: document frequencies, counted per entity (an entity with six aliases that all
     * contain its surname does not make the surname common). Pass 2: postings, per name. */
    cdn_name_entry *entries = idx->names.items;
    for (size_t n = 0; n < idx->names.len; n++) {
        for (uint32_t t = 0; t < entries[n].n_tokens; t++) {
            if (repeated_key(&entries[n], t))
                continue;
            cdn_key_info *info = key_info(idx, entries[n].tokens[t].key);
            if (!info)
                return cdn_error_nomem(&idx->err);
            info->n_postings++;
            if (info->last_entity != entries[n].entity) {
                info->last_entity = entries[n].entity;
                info->df++;
            }
        }
    }
    for (size_t s = 0; s < idx->keys.cap; s++) {
        cdn_key_info *info = idx->keys.slots[s].key ? idx->keys.slots[s].value : NULL;
        if (!info)
            continue;
        info->postings = cdn_arena_alloc(&idx->arena, info->n_postings * sizeof *info->postings);
        if (!info->postings)
            return cdn_error_nomem(&idx->err);
        info->n_postings = 0;
    }
    for (size_t n = 0; n < idx->names.len; n++) {
        for (uint32_t t = 0; t < entries[n].n_tokens; t++) {
            if (repeated_key(&entries[n], t))
                continue;
            cdn_key_info *info = cdn_strmap_get(&idx->keys, entries[n].tokens[t].key, strlen(entries[n].tokens[t].key));
            info->postings[info->n_postings++] = (uint32_t)n;
        }
    }
    double total = (double)idx->entities.len;
    idx->unknown_weight = (float)log(1.0 + total / 0.5);
    for (size_t s = 0; s < idx->keys.cap; s++) {
        cdn_key_info *info = idx->keys.slots[s].key ? idx->keys.slots[s].value : NULL;
        if (info)
            info->weight = (float)log(1.0 + total / (double)info->df);
    }
    for (size_t n = 0; n < idx->names.len; n++) {
        cdn_token *tokens = (cdn_token *)entries[n].tokens;
        for (uint32_t t = 0; t < entries[n].n_tokens; t++)
            tokens[t].weight = cdn_index_key_weight(idx, tokens[t].key);
    }
    return CORDON_OK;
}

float cdn_index_key_weight(const cordon_index *idx, const char *key)
{
    const cdn_key_info *info = cdn_strmap_get(&idx->keys, key, strlen(key));
    return info ? info->weight : idx->unknown_weight;
}

void cdn_index_weigh(const cordon_index *idx, cdn_analyzed *a)
{
    cdn_token *tokens = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++)
        tokens[i].weight = idx ? cdn_index_key_weight(idx, tokens[i].key) : 1.0f;
}
