/*
 * index_ref.c — the server's current index, swapped atomically on reload (see index_ref.h).
 *
 * A request takes a reference under a mutex held for two instructions; a swap replaces the
 * pointer under the same mutex and drops the holder's reference to the old index. Whoever
 * drops the last reference closes it, so a request never sees an index closed under it.
 */
#include "server/index_ref.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void index_holder_init(index_holder *holder, const char *const *sources, size_t n_sources, const char *index_file)
{
    memset(holder, 0, sizeof *holder);
    pthread_mutex_init(&holder->lock, NULL);
    pthread_mutex_init(&holder->reload_lock, NULL);
    holder->sources = sources;
    holder->n_sources = n_sources;
    holder->index_file = index_file;
}

/* "id@version, id@version" for the lists of idx (malloc'd; NULL when memory ran out). */
static char *version_string(const cordon_index *idx)
{
    size_t cap = 1;
    for (size_t i = 0; i < cordon_index_list_count(idx); i++) {
        const cordon_list_info *l = cordon_index_list(idx, i);
        cap += strlen(l->id) + (l->version ? strlen(l->version) : 1) + 3;
    }
    char *s = malloc(cap);
    if (!s)
        return NULL;
    size_t at = 0;
    s[0] = '\0';
    for (size_t i = 0; i < cordon_index_list_count(idx); i++) {
        const cordon_list_info *l = cordon_index_list(idx, i);
        at += (size_t)snprintf(s + at, cap - at, "%s%s@%s", i ? ", " : "", l->id, l->version ? l->version : "-");
    }
    return s;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int index_holder_reload(index_holder *holder, char *err, size_t size, double *seconds)
{
    pthread_mutex_lock(&holder->reload_lock);
    double start = now_seconds();
    cordon_index *idx = NULL;
    int status = holder->index_file ? cordon_index_load(&idx, holder->index_file)
                                    : cordon_index_open(&idx, holder->sources, holder->n_sources, NULL);
    *seconds = now_seconds() - start;
    served_index *fresh = NULL;
    if (status == CORDON_OK) {
        fresh = calloc(1, sizeof *fresh);
        char *version = fresh ? version_string(idx) : NULL;
        if (!version) {
            free(fresh);
            fresh = NULL;
            status = CORDON_ENOMEM;
            snprintf(err, size, "out of memory");
        } else {
            fresh->idx = idx;
            fresh->version = version;
            fresh->load_seconds = *seconds;
            fresh->loaded_at = time(NULL);
            atomic_init(&fresh->refs, 1);
        }
    } else {
        snprintf(err, size, "%s", idx ? cordon_index_errmsg(idx) : "out of memory");
    }
    if (!fresh) {
        cordon_index_close(idx);
        pthread_mutex_unlock(&holder->reload_lock);
        return status;
    }
    pthread_mutex_lock(&holder->lock);
    served_index *old = holder->current;
    fresh->generation = old ? old->generation + 1 : 1;
    holder->current = fresh;
    pthread_mutex_unlock(&holder->lock);
    served_index_release(old);
    pthread_mutex_unlock(&holder->reload_lock);
    return CORDON_OK;
}

served_index *index_holder_acquire(index_holder *holder)
{
    pthread_mutex_lock(&holder->lock);
    served_index *s = holder->current;
    if (s)
        atomic_fetch_add_explicit(&s->refs, 1, memory_order_relaxed);
    pthread_mutex_unlock(&holder->lock);
    return s;
}

void served_index_release(served_index *s)
{
    if (!s)
        return;
    /* acq_rel: the closing thread must see every other user's reads finished. */
    if (atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) == 1) {
        cordon_index_close(s->idx);
        free(s->version);
        free(s);
        /* An index is tens of megabytes in many blocks, built in a reload thread's own malloc
         * arena: hand the freed pages back, or every reload would raise the resident size. */
        malloc_trim(0);
    }
}

void index_holder_destroy(index_holder *holder)
{
    pthread_mutex_lock(&holder->lock);
    served_index *s = holder->current;
    holder->current = NULL;
    pthread_mutex_unlock(&holder->lock);
    served_index_release(s);
    pthread_mutex_destroy(&holder->lock);
    pthread_mutex_destroy(&holder->reload_lock);
}
