/*
 * diff.c — what changed between two versions of the lists: entities added, removed, and
 * changed, with the fields that differ (compared as sets: a publisher reordering aliases is not
 * a change).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/vec.h"
#include "index/index_int.h"

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

static bool same_string(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

/* Whether every string of a is among b's (both small: quadratic is fine). */
static bool strings_within(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    for (size_t i = 0; i < na; i++) {
        bool found = false;
        for (size_t j = 0; j < nb && !found; j++)
            found = strcmp(a[i], b[j]) == 0;
        if (!found)
            return false;
    }
    return true;
}

static bool same_strings(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    return strings_within(a, na, b, nb) && strings_within(b, nb, a, na);
}

static bool names_within(const cordon_entity *a, const cordon_entity *b)
{
    for (size_t i = 0; i < a->n_names; i++) {
        bool found = false;
        for (size_t j = 0; j < b->n_names && !found; j++)
            found = a->names[i].kind == b->names[j].kind && strcmp(a->names[i].full, b->names[j].full) == 0;
        if (!found)
            return false;
    }
    return true;
}

static bool dates_within(const cordon_entity *a, const cordon_entity *b)
{
    for (size_t i = 0; i < a->n_birth_dates; i++) {
        bool found = false;
        for (size_t j = 0; j < b->n_birth_dates && !found; j++)
            found = memcmp(&a->birth_dates[i], &b->birth_dates[j], sizeof a->birth_dates[i]) == 0;
        if (!found)
            return false;
    }
    return true;
}

static bool countries_within(const cordon_entity *a, const cordon_entity *b)
{
    for (size_t i = 0; i < a->n_countries; i++) {
        bool found = false;
        for (size_t j = 0; j < b->n_countries && !found; j++)
            found = a->countries[i].role == b->countries[j].role && strcmp(a->countries[i].code, b->countries[j].code) == 0;
        if (!found)
            return false;
    }
    return true;
}

static bool identifiers_within(const cordon_entity *a, const cordon_entity *b)
{
    for (size_t i = 0; i < a->n_identifiers; i++) {
        bool found = false;
        for (size_t j = 0; j < b->n_identifiers && !found; j++)
            found = strcmp(a->identifiers[i].type, b->identifiers[j].type) == 0 &&
                    strcmp(a->identifiers[i].value, b->identifiers[j].value) == 0;
        if (!found)
            return false;
    }
    return true;
}

/* The fields in which two records of one entity differ. */
static int changed_fields(const cordon_entity *a, const cordon_entity *b)
{
    int fields = 0;
    if (a->schema != b->schema)
        fields |= CORDON_FIELD_SCHEMA;
    if (!names_within(a, b) || !names_within(b, a))
        fields |= CORDON_FIELD_NAMES;
    if (!dates_within(a, b) || !dates_within(b, a))
        fields |= CORDON_FIELD_BIRTH_DATES;
    if (!countries_within(a, b) || !countries_within(b, a))
        fields |= CORDON_FIELD_COUNTRIES;
    if (!identifiers_within(a, b) || !identifiers_within(b, a))
        fields |= CORDON_FIELD_IDENTIFIERS;
    if (!same_strings(a->programs, a->n_programs, b->programs, b->n_programs))
        fields |= CORDON_FIELD_PROGRAMS;
    if (!same_strings(a->addresses, a->n_addresses, b->addresses, b->n_addresses))
        fields |= CORDON_FIELD_ADDRESSES;
    if (!same_string(a->remarks, b->remarks))
        fields |= CORDON_FIELD_REMARKS;
    return fields;
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
        int fields = before ? changed_fields(before, e) : 0;
        if (!before)
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
