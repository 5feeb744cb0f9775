/*
 * build.c — analyzing every name of every entity once, at load time, and building the
 * vocabulary: each token key's rarity and postings, the keys of each consonant skeleton, and
 * the keys of each character trigram.
 */
#include <math.h>
#include <stdbool.h>
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
    info->len = (uint32_t)len;
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

/* Keys this long or longer may carry two edits at the fuzzy threshold: they get trigrams. */
enum { TRIGRAM_MIN_LEN = 8, DELETION_MIN_LEN = 3, DELETION_MAX_LEN = 40 };

static int build_key_lookups(cordon_index *idx)
{
    cdn_key_info **vocab = idx->vocab.items;
    for (size_t v = 0; v < idx->vocab.len; v++) {
        const char *key = vocab[v]->key;
        size_t len = vocab[v]->len;
        if (len >= TRIGRAM_MIN_LEN) {
            char grams[258][3];
            size_t ng = trigrams(key, len, grams);
            for (size_t g = 0; g < ng; g++)
                if (add_id(idx, &idx->trigrams, grams[g], 3, (uint32_t)v) != CORDON_OK)
                    return cdn_error_nomem(&idx->err);
        }
        if (len >= DELETION_MIN_LEN && len <= DELETION_MAX_LEN) {
            char variant[DELETION_MAX_LEN];
            for (size_t i = 0; i < len; i++) {
                if (i > 0 && key[i] == key[i - 1])
                    continue; /* deleting either letter of a double gives the same variant */
                memcpy(variant, key, i);
                memcpy(variant + i, key + i + 1, len - i - 1);
                if (add_id(idx, &idx->deletions, variant, len - 1, (uint32_t)v) != CORDON_OK)
                    return cdn_error_nomem(&idx->err);
            }
        }
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

/* A small open-addressing set of key ids already offered, so each similar key is reported once. */
typedef struct id_set {
    uint32_t *ids;
    uint8_t *used;
    size_t cap;
    size_t count;
} id_set;

static bool id_set_add(id_set *s, uint32_t id)
{
    if (s->count * 2 >= s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        uint32_t *ids = cdn_malloc(cap * sizeof *ids);
        uint8_t *used = cdn_calloc(cap, 1);
        if (!ids || !used) {
            cdn_free(ids);
            cdn_free(used);
            return false;
        }
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->used[i])
                continue;
            size_t h = (s->ids[i] * 2654435761u) & (cap - 1);
            while (used[h])
                h = (h + 1) & (cap - 1);
            used[h] = 1;
            ids[h] = s->ids[i];
        }
        cdn_free(s->ids);
        cdn_free(s->used);
        s->ids = ids;
        s->used = used;
        s->cap = cap;
    }
    size_t h = (id * 2654435761u) & (s->cap - 1);
    while (s->used[h]) {
        if (s->ids[h] == id)
            return false;
        h = (h + 1) & (s->cap - 1);
    }
    s->used[h] = 1;
    s->ids[h] = id;
    s->count++;
    return true;
}

typedef struct similar_ctx {
    const cordon_index *idx;
    const char *key;
    double min_sim;
    id_set seen;
    void (*fn)(void *ctx, const cdn_key_info *info, double sim);
    void *fn_ctx;
} similar_ctx;

/* Verifies one candidate key and reports it when it is similar enough. */
static void offer(similar_ctx *c, uint32_t id)
{
    const cdn_key_info *info = ((const cdn_key_info *const *)c->idx->vocab.items)[id];
    if (strcmp(info->key, c->key) == 0 || !id_set_add(&c->seen, id))
        return;
    double sim = cdn_key_similarity_at_least(c->key, info->key, c->min_sim);
    if (sim >= c->min_sim)
        c->fn(c->fn_ctx, info, sim);
}

static void offer_list(similar_ctx *c, const cdn_id_list *list)
{
    for (uint32_t i = 0; list && i < list->n; i++)
        offer(c, list->ids[i]);
}

/* One edit away: the key with a letter deleted may be a key (an insertion), may be a deletion
 * variant of keys (a substitution or transposition), and the key itself may be a deletion
 * variant of keys (a deletion). */
static void one_edit(similar_ctx *c, size_t len)
{
    offer_list(c, cdn_strmap_get(&c->idx->deletions, c->key, len));
    char variant[DELETION_MAX_LEN];
    for (size_t i = 0; i < len && len <= DELETION_MAX_LEN; i++) {
        if (i > 0 && c->key[i] == c->key[i - 1])
            continue;
        memcpy(variant, c->key, i);
        memcpy(variant + i, c->key + i + 1, len - i - 1);
        const cdn_key_info *info = cdn_strmap_get(&c->idx->keys, variant, len - 1);
        if (info)
            offer(c, info->id);
        offer_list(c, cdn_strmap_get(&c->idx->deletions, variant, len - 1));
    }
}

/* Two edits away, for long keys: those sharing enough trigrams (each edit destroys at most
 * three of them, Ukkonen 1992). */
static void by_trigrams(similar_ctx *c, size_t len)
{
    char grams[66][3];
    size_t ng = trigrams(c->key, len, grams);
    size_t edits = (size_t)((1.0 - c->min_sim) * (double)len + 1e-9);
    size_t need = ng > 3 * edits ? ng - 3 * edits : 1;
    size_t total = 0;
    const cdn_id_list *lists[66];
    for (size_t g = 0; g < ng; g++) {
        lists[g] = cdn_strmap_get(&c->idx->trigrams, grams[g], 3);
        total += lists[g] ? lists[g]->n : 0;
    }
    if (total == 0)
        return;
    size_t cap = 64;
    while (cap < total * 2)
        cap *= 2;
    uint32_t *ids = cdn_malloc(cap * sizeof *ids);
    uint16_t *counts = cdn_calloc(cap, sizeof *counts);
    if (ids && counts) {
        for (size_t g = 0; g < ng; g++) {
            for (uint32_t i = 0; lists[g] && i < lists[g]->n; i++) {
                uint32_t id = lists[g]->ids[i];
                size_t h = (id * 2654435761u) & (cap - 1);
                while (counts[h] && ids[h] != id)
                    h = (h + 1) & (cap - 1);
                ids[h] = id;
                counts[h]++;
            }
        }
        const cdn_key_info *const *vocab = c->idx->vocab.items;
        for (size_t h = 0; h < cap; h++) {
            if (counts[h] < need)
                continue;
            size_t other = vocab[ids[h]]->len;
            if (other + edits >= len && len + edits >= other)
                offer(c, ids[h]);
        }
    }
    cdn_free(ids);
    cdn_free(counts);
}

void cdn_index_similar_keys(const cordon_index *idx, const char *key, double min_sim,
                            void (*fn)(void *ctx, const cdn_key_info *info, double sim), void *ctx)
{
    size_t len = strlen(key);
    if (len < 4 || len > 64)
        return;
    similar_ctx c = {idx, key, min_sim, {0}, fn, ctx};
    one_edit(&c, len);
    if (len >= TRIGRAM_MIN_LEN)
        by_trigrams(&c, len);
    cdn_free(c.seen.ids);
    cdn_free(c.seen.used);
}
