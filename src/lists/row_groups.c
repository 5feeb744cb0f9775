/*
 * row_groups.c — rows kept and grouped by key until a loader builds their entities (see
 * row_groups.h).
 */
#include "lists/row_groups.h"

#include <stdint.h>
#include <string.h>

void cdn_row_groups_init(cdn_row_groups *g, size_t n_fields)
{
    cdn_arena_init(&g->arena);
    cdn_vec_init(&g->rows, sizeof(cdn_group_row));
    cdn_vec_init(&g->groups, sizeof(cdn_row_group));
    cdn_strmap_init(&g->by_key);
    g->n_fields = n_fields;
}

void cdn_row_groups_free(cdn_row_groups *g)
{
    cdn_strmap_free(&g->by_key);
    cdn_vec_free(&g->groups);
    cdn_vec_free(&g->rows);
    cdn_arena_free(&g->arena);
}

/* The group of key, created (at the end of the order) when new; NULL when out of memory. */
static cdn_row_group *group_of(cdn_row_groups *g, const char *key, size_t key_len)
{
    uintptr_t at = (uintptr_t)cdn_strmap_get(&g->by_key, key, key_len);
    if (at)
        return cdn_vec_at(&g->groups, at - 1);
    cdn_row_group fresh = {NULL, CDN_ROW_NONE, CDN_ROW_NONE, 0};
    if (!(fresh.key = cdn_arena_strndup(&g->arena, key, key_len)) || !cdn_vec_push(&g->groups, &fresh))
        return NULL;
    if (!cdn_strmap_put(&g->by_key, fresh.key, key_len, (void *)(uintptr_t)g->groups.len, NULL)) {
        g->groups.len--;
        return NULL;
    }
    return cdn_vec_at(&g->groups, g->groups.len - 1);
}

const char **cdn_row_groups_add(cdn_row_groups *g, const char *key, size_t key_len, long line)
{
    cdn_group_row row = {line, NULL, CDN_ROW_NONE};
    if (!(row.fields = cdn_arena_alloc(&g->arena, (g->n_fields ? g->n_fields : 1) * sizeof *row.fields)))
        return NULL;
    for (size_t i = 0; i < g->n_fields; i++)
        row.fields[i] = "";
    cdn_row_group *group = group_of(g, key, key_len);
    if (!group || !cdn_vec_push(&g->rows, &row))
        return NULL;
    size_t index = g->rows.len - 1;
    if (group->count == 0)
        group->first = index;
    else
        ((cdn_group_row *)cdn_vec_at(&g->rows, group->last))->next = index;
    group->last = index;
    group->count++;
    return row.fields;
}

bool cdn_row_groups_set(cdn_row_groups *g, const char **fields, size_t i, const char *value, size_t len)
{
    if (i >= g->n_fields || len == 0)
        return true;
    char *copy = cdn_arena_strndup(&g->arena, value, len);
    if (!copy)
        return false;
    fields[i] = copy;
    return true;
}

size_t cdn_row_groups_count(const cdn_row_groups *g) { return g->groups.len; }

const cdn_row_group *cdn_row_groups_group(const cdn_row_groups *g, size_t i) { return cdn_vec_at(&g->groups, i); }

const cdn_group_row *cdn_row_groups_row(const cdn_row_groups *g, size_t r) { return cdn_vec_at(&g->rows, r); }

bool cdn_row_groups_seen(const cdn_row_groups *g, const cdn_row_group *group, size_t r, size_t i)
{
    const char *value = cdn_row_groups_row(g, r)->fields[i];
    for (size_t at = group->first; at != r && at != CDN_ROW_NONE; at = cdn_row_groups_row(g, at)->next)
        if (strcmp(cdn_row_groups_row(g, at)->fields[i], value) == 0)
            return true;
    return false;
}
