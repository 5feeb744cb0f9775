/*
 * diff.c — what changed between two versions of the lists: entities added, removed, and
 * changed, with the fields that differ (compared as sets: a publisher reordering aliases is not
 * a change; the field digests of fingerprint.c decide).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/vec.h"
#include "index/index_int.h"
#include "model/fingerprint.h"

struct cordon_diff {
    cordon_change *items;
    size_t count;
};

const char *cordon_change_field_name(int field)
{
    switch (field) {
    case CORDON_FIELD_SCHEMA: return "schema";
    case CORDON_FIELD_NAMES: return "names";
    case CORDON_FIELD_BIRTH_DATES: return "birth_dates";
    case CORDON_FIELD_COUNTRIES: return "countries";
    case CORDON_FIELD_IDENTIFIERS: return "identifiers";
    case CORDON_FIELD_PROGRAMS: return "programs";
    case CORDON_FIELD_ADDRESSES: return "addresses";
    case CORDON_FIELD_REMARKS: return "remarks";
    default: return "unknown";
    }
}

/* The fields in which two records of one entity differ, into *fields; their digests are
 * compared, so that what counts as a change is what the entity fingerprint covers. */
static int changed_fields(const cordon_entity *a, const cordon_entity *b, int *fields)
{
    unsigned char da[CDN_FP_FIELDS][CDN_SHA256_LEN], db[CDN_FP_FIELDS][CDN_SHA256_LEN];
    *fields = 0;
    if (cdn_entity_field_digests(a, da) != CORDON_OK || cdn_entity_field_digests(b, db) != CORDON_OK)
        return CORDON_ENOMEM;
    for (int i = 0; i < CDN_FP_FIELDS; i++)
        if (memcmp(da[i], db[i], CDN_SHA256_LEN) != 0)
            *fields |= 1 << i;
    return CORDON_OK;
}

static int change_order(const void *x, const void *y)
{
    const cordon_change *a = x, *b = y;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    const cordon_entity *ea = a->new_entity ? a->new_entity : a->old_entity;
    const cordon_entity *eb = b->new_entity ? b->new_entity : b->old_entity;
    return strcmp(ea->id, eb->id);
}

int cordon_diff_indexes(const cordon_index *old_idx, const cordon_index *new_idx, cordon_diff **out)
{
    *out = NULL;
    cdn_vec changes;
    cdn_vec_init(&changes, sizeof(cordon_change));
    bool ok = true;
    for (size_t i = 0; i < new_idx->entities.len && ok; i++) {
        const cordon_entity *e = cdn_index_entity_at(new_idx, (uint32_t)i);
        const cordon_entity *before = cordon_index_find(old_idx, e->id);
        int fields = 0;
        if (before && changed_fields(before, e, &fields) != CORDON_OK)
            ok = false;
        else if (!before)
            ok = cdn_vec_push(&changes, &(cordon_change){CORDON_CHANGE_ADDED, NULL, e, 0}) != NULL;
        else if (fields)
            ok = cdn_vec_push(&changes, &(cordon_change){CORDON_CHANGE_CHANGED, before, e, fields}) != NULL;
    }
    for (size_t i = 0; i < old_idx->entities.len && ok; i++) {
        const cordon_entity *e = cdn_index_entity_at(old_idx, (uint32_t)i);
        if (!cordon_index_find(new_idx, e->id))
            ok = cdn_vec_push(&changes, &(cordon_change){CORDON_CHANGE_REMOVED, e, NULL, 0}) != NULL;
    }
    cordon_diff *diff = ok ? cdn_malloc(sizeof *diff) : NULL;
    if (!diff) {
        cdn_vec_free(&changes);
        return CORDON_ENOMEM;
    }
    if (changes.len > 1)
        qsort(changes.items, changes.len, sizeof(cordon_change), change_order);
    diff->items = changes.items;
    diff->count = changes.len;
    *out = diff;
    return CORDON_OK;
}

size_t cordon_diff_count(const cordon_diff *diff) { return diff ? diff->count : 0; }

const cordon_change *cordon_diff_get(const cordon_diff *diff, size_t i)
{
    return diff && i < diff->count ? &diff->items[i] : NULL;
}

void cordon_diff_free(cordon_diff *diff)
{
    if (!diff)
        return;
    cdn_free(diff->items);
    cdn_free(diff);
}
