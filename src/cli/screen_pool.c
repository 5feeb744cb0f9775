/*
 * screen_pool.c — the threads of `cordon screen`.
 *
 * The calling thread reads the input in batches of rows and queues them; worker threads search
 * them over the one shared, immutable index (cordon_search is thread-safe); a finished batch
 * goes to a reorder window, and whichever worker finds the next batch in input order there
 * writes it, and any that follow it, through the sink. One writer at a time, always in input
 * order, without a writer thread of its own.
 *
 * Memory is bounded by the number of batches in flight (read and not yet written): the reader
 * waits when MAX_IN_FLIGHT_PER_THREAD * threads batches are out, whatever the input size.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli/screen.h"

enum { BATCH_ROWS = 256, MAX_IN_FLIGHT_PER_THREAD = 4 };

typedef struct batch {
    size_t seq;
    size_t n;
    screen_row rows[BATCH_ROWS];
    screen_outcome out[BATCH_ROWS];
} batch;

typedef struct pool {
    const screen_job *job;
    pthread_mutex_t lock;
    pthread_cond_t work;        /* a batch was queued, or the input ended */
    pthread_cond_t room;        /* a batch was written: the reader may read another */
    batch **queue;              /* ring of queued batches, capacity window */
    size_t head, count;
    batch **done;               /* reorder window: done[seq % window] */
    size_t window;
    size_t in_flight;
    size_t next_write;          /* seq of the next batch to write */
    bool writing;               /* a worker is writing: the others leave their batches */
    bool closed;                /* no more batches will be queued */
} pool;

static void free_batch(batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        screen_row_clear(&b->rows[i]);
        screen_outcome_clear(&b->out[i]);
    }
    free(b);
}

/* Searches one row; a failed search becomes the row's error, like a bad input row. */
static void screen_one(const screen_job *job, screen_row *row, screen_outcome *o)
{
    if (row->error[0])
        return;
    cordon_search_options opts = job->search;
    opts.schema = row->schema;
    opts.country = row->country[0] ? row->country : NULL;
    opts.dob = row->field[FIELD_DOB] && row->field[FIELD_DOB][0] ? row->field[FIELD_DOB] : NULL;
    int status;
    if (job->delta) {
        status = screen_delta_row(job->delta, row->field[FIELD_NAME], &opts, o, row->error, sizeof row->error);
    } else {
        status = cordon_search(job->idx, row->field[FIELD_NAME], &opts, &o->results);
        if (status != CORDON_OK)
            snprintf(row->error, sizeof row->error, "%s",
                     o->results ? cordon_results_errmsg(o->results) : cordon_status_string(status));
    }
    if (status != CORDON_OK)
        screen_outcome_clear(o);
}

/* Writes every finished batch that is next in input order. Called with the lock held. */
static void write_ready(pool *p)
{
    if (p->writing)
        return; /* the writer at work will find this batch when it looks again */
    p->writing = true;
    for (;;) {
        batch *b = p->done[p->next_write % p->window];
        if (!b || b->seq != p->next_write)
            break;
        p->done[p->next_write % p->window] = NULL;
        pthread_mutex_unlock(&p->lock);
        for (size_t i = 0; i < b->n; i++)
            screen_row_screened(p->job->sink, &b->rows[i], &b->out[i]);
        free_batch(b);
        pthread_mutex_lock(&p->lock);
        p->next_write++;
        p->in_flight--;
        pthread_cond_signal(&p->room);
    }
    p->writing = false;
}

static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->count == 0 && !p->closed)
            pthread_cond_wait(&p->work, &p->lock);
        if (p->count == 0)
            break;
        batch *b = p->queue[p->head];
        p->head = (p->head + 1) % p->window;
        p->count--;
        pthread_mutex_unlock(&p->lock);
        for (size_t i = 0; i < b->n; i++)
            screen_one(p->job, &b->rows[i], &b->out[i]);
        pthread_mutex_lock(&p->lock);
        p->done[b->seq % p->window] = b;
        write_ready(p);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* Reads up to BATCH_ROWS rows into b, skipping the rows --resume says are done. */
static int fill_batch(const screen_job *job, screen_reader *r, batch *b)
{
    b->n = 0;
    while (b->n < BATCH_ROWS) {
        bool got;
        int status = screen_reader_next(r, &b->rows[b->n], &got);
        if (status != EXIT_DONE || !got)
            return status;
        if (b->rows[b->n].row <= job->skip_rows) {
            screen_row_clear(&b->rows[b->n]);
            continue;
        }
        b->n++;
    }
    return EXIT_DONE;
}

int screen_run(const screen_job *job, screen_reader *r, int threads, bool *stopped)
{
    *stopped = false;
    if (threads < 1)
        threads = 1;
    pool p = {.job = job, .window = (size_t)threads * MAX_IN_FLIGHT_PER_THREAD};
    p.queue = calloc(p.window, sizeof *p.queue);
    p.done = calloc(p.window, sizeof *p.done);
    pthread_t *tids = calloc((size_t)threads, sizeof *tids);
    if (!p.queue || !p.done || !tids) {
        free(p.queue);
        free(p.done);
        free(tids);
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.work, NULL);
    pthread_cond_init(&p.room, NULL);
    int started = 0;
    for (; started < threads; started++)
        if (pthread_create(&tids[started], NULL, worker, &p) != 0)
            break;
    int status = started ? EXIT_DONE : EXIT_BAD_INPUT;
    if (!started)
        cli_error("cannot start a worker thread");
    for (size_t seq = 0; status == EXIT_DONE; seq++) {
        if (*job->stop) {
            *stopped = true;
            break;
        }
        pthread_mutex_lock(&p.lock);
        while (p.in_flight >= p.window)
            pthread_cond_wait(&p.room, &p.lock);
        p.in_flight++;
        pthread_mutex_unlock(&p.lock);
        batch *b = calloc(1, sizeof *b);
        if (!b) {
            cli_error("out of memory");
            status = EXIT_BAD_INPUT;
        } else {
            b->seq = seq;
            status = fill_batch(job, r, b);
        }
        pthread_mutex_lock(&p.lock);
        if (b && b->n > 0) {
            p.queue[(p.head + p.count) % p.window] = b;
            p.count++;
            pthread_cond_signal(&p.work);
        } else {
            /* Nothing read: the input ended (or failed) here. */
            if (b)
                free_batch(b);
            p.in_flight--;
            pthread_mutex_unlock(&p.lock);
            break;
        }
        pthread_mutex_unlock(&p.lock);
        if (job->progress)
            job->progress(job->progress_ctx, r);
    }
    pthread_mutex_lock(&p.lock);
    p.closed = true;
    pthread_cond_broadcast(&p.work);
    pthread_mutex_unlock(&p.lock);
    for (int i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    pthread_cond_destroy(&p.room);
    pthread_cond_destroy(&p.work);
    pthread_mutex_destroy(&p.lock);
    free(p.queue);
    free(p.done);
    free(tids);
    return status;
}
