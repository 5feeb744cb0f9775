/*
 * index_ref.h — the index the server answers from, reference-counted so that a reload can swap
 * in a new one while requests in flight finish on the old: the last request out closes it.
 */
#ifndef CDN_INDEX_REF_H
#define CDN_INDEX_REF_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <time.h>

#include "cordon.h"

/* One loaded index and what the server says about it. Immutable but for refs. */
typedef struct served_index {
    cordon_index *idx;
    atomic_long refs;         /* the holder's own reference plus one per request using it */
    unsigned long generation; /* 1 for the index loaded at start, +1 per successful reload */
    double load_seconds;      /* how long loading took */
    time_t loaded_at;         /* when loading finished */
    char *version;            /* "list@version, ..." */
} served_index;

/* Where the current index lives, and how to load it again. */
typedef struct index_holder {
    pthread_mutex_t lock;      /* guards current (held only to copy the pointer and count) */
    served_index *current;
    pthread_mutex_t reload_lock; /* one load at a time */
    const char *const *sources;
    size_t n_sources;
    const char *index_file;
} index_holder;

/* Prepares holder to load sources (or index_file when non-NULL); nothing is loaded yet. */
void index_holder_init(index_holder *holder, const char *const *sources, size_t n_sources, const char *index_file);

/*
 * Loads the lists (or the snapshot) afresh and, on success, makes the new index current; the
 * old one is closed when its last user releases it. On failure the current index stays, the
 * reason is written to err (size bytes) and the library status is returned. Waits for a
 * reload already running. *seconds receives how long loading took.
 */
int index_holder_reload(index_holder *holder, char *err, size_t size, double *seconds);

/* The current index with a reference taken (NULL before the first load): release it with
 * served_index_release. */
served_index *index_holder_acquire(index_holder *holder);

/* Drops a reference; the last one closes the index. NULL is allowed. */
void served_index_release(served_index *s);

/* Releases the current index and the holder's locks. */
void index_holder_destroy(index_holder *holder);

#endif
