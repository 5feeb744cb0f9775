/*
 * build.c — analyzing every name of every entity once, at load time, and building the
 * vocabulary: each token key's rarity and postings, the keys of each consonant skeleton, and
 * the keys of each character trigram.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "core/alloc.h"
#include "index/index_int.h"
#include "match/score.h"

/* Interns s in the map (creating its entry with make) and returns the stored key string. */
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
    info->key = cdn_arena_strndup(&idx->arena, key, len);
    info->id = (uint32_t)idx->vocab.len;
    if (!info->key || !cdn_vec_push(&idx->vocab, &info) || !cdn_strmap_put(&idx->keys, info->key, len, info, NULL))
        return NULL;
    return info;
}

/* Adds id to the id list stored under key in map (creating it). */
static int add_id(cordon_index *idx, cdn_strmap *map, const char *key, size_t len, uint32_t id)
{
    cdn_id_list *list = cdn_strmap_get(map, key, len);
    if (!list) {
        list = cdn_arena_alloc(&idx->arena, sizeof *list);
        char *stored = cdn_arena_strndup(&idx->arena, key, len);
        if (!list || !stored)
            return CORDON_ENOMEM;
        memset(list, 0, sizeof *list);
        if (!cdn_strmap_put(map, stored, len, list, NULL))
            return CORDON_ENOMEM;
    }
    if (list->n > 0 && list->ids[list->n - 1] == id)
        return CORDON_OK;
    if (list->n == list->cap) {
        uint32_t cap = list->cap ? list->cap * 2 : 4;
        uint32_t *grown = cdn_arena_alloc(&idx->arena, cap * sizeof *grown);
        if (!grown)
            return CORDON_ENOMEM;
        if (list->n)
            memcpy(grown, list->ids, list->n * sizeof *grown);
        list->ids = grown;
        list->cap = cap;
    }
    list->ids[list->n++] = id;
    return CORDON_OK;
}

/* Analyzes one name and appends its entry, token strings copied into the arena. */
static int add_name(cordon_index *idx, cdn_analyzed *a, const cordon_entity *e, const cordon_name *name)
{
    cdn_analyzed_reset(a);
    int status = cdn_analyze_name(a, idx->translit, name->full, strlen(name->full), e->schema, name);
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
        cdn_key_info *info = key_info(idx, src[i].key);
        if (!info)
            return cdn_error_nomem(&idx->err);
        tokens[i].key = info->key;
        tokens[i].text = strcmp(src[i].text, info->key) == 0 ? info->key : cdn_arena_strdup(&idx->arena, src[i].text);
        tokens[i].latin = strcmp(src[i].latin, src[i].text) == 0 ? tokens[i].text
                                                                 : cdn_arena_strdup(&idx->arena, src[i].latin);
        tokens[i].skel = src[i].skel[0] ? cdn_arena_strdup(&idx->arena, src[i].skel) : "";
        if (!tokens[i].text || !tokens[i].latin || !tokens[i].skel)
            return cdn_error_nomem(&idx->err);
    }
    cdn_name_entry entry = {e, name, tokens, (uint32_t)a->tokens.len, 0.0f};
    return cdn_vec_push(&idx->names, &entry) ? CORDON_OK : cdn_error_nomem(&idx->err);
}

/* Whether token i of the entry repeats a key already seen earlier in the same entry. */
static int repeated_key(const cdn_name_entry *entry, uint32_t i)
{
    for (uint32_t j = 0; j < i; j++)
        if (entry->tokens[j].key == entry->tokens[i].key)
            return 1;
    return 0;
}

/* Document frequencies (per entity: six aliases with the same surname do not make it common)
 * and postings (per name). */
static int build_postings(cordon_index *idx)
{
    cdn_name_entry *entries = idx->names.items;
    for (size_t n = 0; n < idx->names.len; n++) {
        for (uint32_t t = 0; t < entries[n].n_tokens; t++) {
            if (repeated_key(&entries[n], t))
                continue;
            cdn_key_info *info = cdn_strmap_get(&idx->keys, entries[n].tokens[t].key, strlen(entries[n].tokens[t].key));
            info->n_postings++;
            if (info->last_entity != entries[n].entity) {
                info->last_entity = entries[n].entity;
                info->df++;
            }
        }
    }
    cdn_key_info **vocab = idx->vocab.items;
    for (size_t v = 0; v < idx->vocab.len; v++) {
        vocab[v]->postings = cdn_arena_alloc(&idx->arena, vocab[v]->n_postings * sizeof(uint32_t));
        if (!vocab[v]->postings)
            return cdn_error_nomem(&idx->err);
        vocab[v]->n_postings = 0;
    }
    for (size_t n = 0; n < idx->names.len; n++) {
        for (uint32_t t = 0; t < entries[n].n_tokens; t++) {
            if (repeated_key(&entries[n], t))
                continue;
            cdn_key_info *info = cdn_strmap_get(&idx->keys, entries[n].tokens[t].key, strlen(entries[n].tokens[t].key));
            info->postings[info->n_postings++] = (uint32_t)n;
        }
    }
    return CORDON_OK;
}

/* Token weight: inverse document frequency over entities, ln(1 + N / df) (Spärck Jones 1972). */
static void weigh(cordon_index *idx)
{
    double total = (double)idx->entities.len;
    /* With nothing indexed, every token weighs the same. */
    idx->unknown_weight = total > 0 ? (float)log(1.0 + total / 0.5) : 1.0f;
    cdn_key_info **vocab = idx->vocab.items;
    for (size_t v = 0; v < idx->vocab.len; v++)
        vocab[v]->weight = (float)log(1.0 + total / (double)vocab[v]->df);
    cdn_name_entry *entries = idx->names.items;
    for (size_t n = 0; n < idx->names.len; n++) {
        cdn_token *tokens = (cdn_token *)entries[n].tokens;
        float sum = 0.0f;
        for (uint32_t t = 0; t < entries[n].n_tokens; t++) {
            tokens[t].weight = cdn_index_key(idx, tokens[t].key, strlen(tokens[t].key))->weight;
            sum += (float)cdn_name_token_weight(&tokens[t]);
        }
        entries[n].name_weight = sum;
    }
}

/* The trigrams of a key, padded with ^ and $ so that short keys have enough of them. Writes
 * each as 3 bytes into out (room for len + 2 trigrams); returns their count. */
static size_t trigrams(const char *key, size_t len, char (*out)[3])
{
    if (len < 2)
        return 0;
    size_t n = 0;
    char padded[260];
    if (len > 256)
        len = 256;
    padded[0] = '^';
    memcpy(padded + 1, key, len);
    padded[len + 1] = '$';
    for (size_t i = 0; i + 3 <= len + 2; i++)
        memcpy(out[n++], padded + i, 3);
    return n;
}

static int build_key_lookups(cordon_index *idx)
{
    cdn_key_info **vocab = idx->vocab.items;
    for (size_t v = 0; v < idx->vocab.len; v++) {
        const char *key = vocab[v]->key;
        size_t len = strlen(key);
        char grams[258][3];
        size_t ng = trigrams(key, len, grams);
        for (size_t g = 0; g < ng; g++)
            if (add_id(idx, &idx->trigrams, grams[g], 3, (uint32_t)v) != CORDON_OK)
                return cdn_error_nomem(&idx->err);
    }
    cdn_name_entry *entries = idx->names.items;
    for (size_t n = 0; n < idx->names.len; n++) {
        for (uint32_t t = 0; t < entries[n].n_tokens; t++) {
            const cdn_token *tok = &entries[n].tokens[t];
            if (!tok->skel[0])
                continue;
            uint32_t id = cdn_index_key(idx, tok->key, strlen(tok->key))->id;
            cdn_id_list *list = cdn_strmap_get(&idx->skeletons, tok->skel, strlen(tok->skel));
            int seen = 0;
            for (uint32_t i = 0; list && i < list->n && !seen; i++)
                seen = list->ids[i] == id;
            if (!seen && add_id(idx, &idx->skeletons, tok->skel, strlen(tok->skel), id) != CORDON_OK)
                return cdn_error_nomem(&idx->err);
        }
    }
    return CORDON_OK;
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
    if (status == CORDON_OK)
        status = build_postings(idx);
    if (status == CORDON_OK) {
        weigh(idx);
        status = build_key_lookups(idx);
    }
    return status;
}

const cdn_key_info *cdn_index_key(const cordon_index *idx, const char *key, size_t len)
{
    return cdn_strmap_get(&idx->keys, key, len);
}

const cdn_id_list *cdn_index_skeleton(const cordon_index *idx, const char *skel)
{
    return cdn_strmap_get(&idx->skeletons, skel, strlen(skel));
}

void cdn_index_weigh(const cordon_index *idx, cdn_analyzed *a)
{
    cdn_token *tokens = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++) {
        const cdn_key_info *info = idx ? cdn_index_key(idx, tokens[i].key, strlen(tokens[i].key)) : NULL;
        tokens[i].weight = info ? info->weight : idx ? idx->unknown_weight : 1.0f;
    }
}

/* A small open-addressing counter from key id to the number of trigrams shared with the query. */
typedef struct counter {
    uint32_t *ids;
    uint16_t *counts;
    size_t cap;
} counter;

void cdn_index_similar_keys(const cordon_index *idx, const char *key, double min_sim,
                            void (*fn)(void *ctx, const cdn_key_info *info, double sim), void *ctx)
{
    size_t len = strlen(key);
    if (len < 4 || len > 64)
        return;
    char grams[66][3];
    size_t ng = trigrams(key, len, grams);
    size_t total = 0;
    const cdn_id_list *lists[66];
    for (size_t g = 0; g < ng; g++) {
        lists[g] = cdn_strmap_get(&idx->trigrams, grams[g], 3);
        total += lists[g] ? lists[g]->n : 0;
    }
    if (total == 0)
        return;
    counter c = {0};
    c.cap = 64;
    while (c.cap < total * 2)
        c.cap *= 2;
    c.ids = cdn_malloc(c.cap * sizeof *c.ids);
    c.counts = cdn_calloc(c.cap, sizeof *c.counts);
    if (!c.ids || !c.counts)
        goto done;
    for (size_t g = 0; g < ng; g++) {
        for (uint32_t i = 0; lists[g] && i < lists[g]->n; i++) {
            uint32_t id = lists[g]->ids[i];
            size_t h = (id * 2654435761u) & (c.cap - 1);
            while (c.counts[h] && c.ids[h] != id)
                h = (h + 1) & (c.cap - 1);
            c.ids[h] = id;
            c.counts[h]++;
        }
    }
    /* Each edit destroys at most three trigrams: a key within the allowed edits shares at least
     * ng - 3 * edits of them. */
    size_t edits = (size_t)((1.0 - min_sim) * (double)(len + 1));
    size_t need = ng > 3 * edits ? ng - 3 * edits : 1;
    const cdn_key_info *const *vocab = idx->vocab.items;
    for (size_t h = 0; h < c.cap; h++) {
        if (c.counts[h] < need)
            continue;
        const cdn_key_info *info = vocab[c.ids[h]];
        double sim = cdn_key_similarity(key, info->key);
        if (sim >= min_sim)
            fn(ctx, info, sim);
    }
done:
    cdn_free(c.ids);
    cdn_free(c.counts);
}
