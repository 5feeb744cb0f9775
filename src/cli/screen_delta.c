/*
 * screen_delta.c — `cordon screen --delta OLD`: after a list update, which alerts are new and
 * which have gone, for every customer row.
 *
 * The library's diff (cordon_diff_indexes) says which entities were added, removed or changed.
 * Only those can make an alert appear or disappear: an alert on an entity that did not change
 * is the same alert as yesterday. So each row is searched in both versions as a screen
 * searches it (its min_score, well below the threshold: search's bound may fall short of a
 * name's score, and a min_score at the threshold left alerts unscored, 79 of 4,758 OFAC
 * a.k.a.s against the primary names; review5, session 23), and of the matches, only those on
 * changed entities are compared:
 *   new:  an added entity matches, or a changed one matches now but did not before;
 *   gone: a removed entity matched, or a changed one matched before but does not now.
 *
 * The searches run over the whole of both indexes and are filtered afterwards: the library has
 * no search restricted to a set of entities, and scores depend on the whole index (token
 * rarity), so a search over the changed entities alone would score differently anyway.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/screen.h"

/* Enough that every match of a row is returned: no real name matches this many entities. */
#define DELTA_LIMIT 1000

typedef struct delta_entry {
    const char *id;
    cordon_change_kind kind;
} delta_entry;

struct screen_delta {
    const cordon_index *old_idx, *new_idx;
    cordon_diff *diff;
    delta_entry *entries;       /* sorted by id, for bsearch */
    size_t n;
    size_t counts[3];
};

static int by_id(const void *a, const void *b)
{
    return strcmp(((const delta_entry *)a)->id, ((const delta_entry *)b)->id);
}

screen_delta *screen_delta_new(const cordon_index *old_idx, const cordon_index *new_idx)
{
    screen_delta *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->old_idx = old_idx;
    d->new_idx = new_idx;
    if (cordon_diff_indexes(old_idx, new_idx, &d->diff) != CORDON_OK) {
        free(d);
        return NULL;
    }
    d->n = cordon_diff_count(d->diff);
    d->entries = calloc(d->n ? d->n : 1, sizeof *d->entries);
    if (!d->entries) {
        screen_delta_free(d);
        return NULL;
    }
    for (size_t i = 0; i < d->n; i++) {
        const cordon_change *c = cordon_diff_get(d->diff, i);
        d->entries[i].id = (c->new_entity ? c->new_entity : c->old_entity)->id;
        d->entries[i].kind = c->kind;
        d->counts[c->kind]++;
    }
    qsort(d->entries, d->n, sizeof *d->entries, by_id);
    return d;
}

void screen_delta_free(screen_delta *d)
{
    if (!d)
        return;
    cordon_diff_free(d->diff);
    free(d->entries);
    free(d);
}

void screen_delta_counts(const screen_delta *d, size_t counts[3])
{
    memcpy(counts, d->counts, sizeof d->counts);
}

/* The change of the entity with this id, or -1 when it did not change. */
static int change_of(const screen_delta *d, const char *id)
{
    delta_entry key = {.id = id};
    const delta_entry *e = bsearch(&key, d->entries, d->n, sizeof *d->entries, by_id);
    return e ? (int)e->kind : -1;
}

static bool matches(const cordon_results *res, const char *id)
{
    for (size_t i = 0; i < cordon_results_count(res); i++) {
        const cordon_result *r = cordon_results_get(res, i);
        if (r->match && strcmp(r->entity->id, id) == 0)
            return true;
    }
    return false;
}

/* Appends to o->changes the matches of `from` on changed entities that `other` lacks. */
static bool collect(const screen_delta *d, const cordon_results *from, const cordon_results *other, bool appeared,
                    screen_outcome *o)
{
    for (size_t i = 0; i < cordon_results_count(from); i++) {
        const cordon_result *r = cordon_results_get(from, i);
        int kind = change_of(d, r->entity->id);
        if (!r->match || kind < 0 || matches(other, r->entity->id))
            continue;
        screen_change *grown = realloc(o->changes, (o->n_changes + 1) * sizeof *grown);
        if (!grown)
            return false;
        o->changes = grown;
        o->changes[o->n_changes++] = (screen_change){appeared, (cordon_change_kind)kind, r->entity, r->score};
    }
    return true;
}

int screen_delta_row(const screen_delta *d, const char *name, const cordon_search_options *opts, screen_outcome *o,
                     char *errmsg, size_t errmsg_size)
{
    cordon_search_options every_match = *opts;
    every_match.limit = DELTA_LIMIT;
    cordon_results *old_res = NULL;
    int status = cordon_search(d->new_idx, name, &every_match, &o->results);
    const cordon_results *failed = o->results;
    if (status == CORDON_OK) {
        status = cordon_search(d->old_idx, name, &every_match, &old_res);
        failed = old_res;
    }
    if (status == CORDON_OK &&
        (!collect(d, o->results, old_res, true, o) || !collect(d, old_res, o->results, false, o)))
        status = CORDON_ENOMEM;
    if (status != CORDON_OK)
        snprintf(errmsg, errmsg_size, "%s",
                 failed && *cordon_results_errmsg(failed) ? cordon_results_errmsg(failed) : cordon_status_string(status));
    cordon_results_free(old_res);
    return status;
}
