/*
 * routes_admin.c — reloading the lists: POST /admin/reload and SIGHUP. The load runs in a
 * thread of its own, so the workers go on answering from the old index meanwhile; the request
 * that asked for it is suspended and answered (with the new generation, or the reason the
 * reload failed) when the load ends.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "server/server.h"

/* Reload threads still running: the server waits for them before it stops. */
atomic_int server_reloads_running;

typedef struct reload_job {
    server *srv;
    request *req; /* or NULL for SIGHUP */
} reload_job;

static void *reload_thread(void *arg)
{
    reload_job *job = arg;
    server *srv = job->srv;
    char err[512];
    double seconds = 0.0;
    int status = index_holder_reload(&srv->indexes, err, sizeof err, &seconds);
    if (status == CORDON_OK && !srv->cfg->quiet) {
        served_index *s = index_holder_acquire(&srv->indexes);
        cli_print_load_notes(s->idx);
        served_index_release(s);
    }
    atomic_fetch_add_explicit(status == CORDON_OK ? &srv->metrics.reloads_ok : &srv->metrics.reloads_failed, 1,
                              memory_order_relaxed);
    if (job->req) {
        request *req = job->req;
        req->reload_status = status;
        req->reload_seconds = seconds;
        snprintf(req->reload_error, sizeof req->reload_error, "%s", status == CORDON_OK ? "" : err);
        req->reload_state = 2;
        server_resume(req);
    } else if (status == CORDON_OK) {
        fprintf(stderr, "cordon: reloaded in %.2f s\n", seconds);
    } else {
        fprintf(stderr, "cordon: reload failed, still serving the old index: %s\n", err);
    }
    free(job);
    atomic_fetch_sub(&server_reloads_running, 1);
    return NULL;
}

bool server_start_reload(server *srv, request *req)
{
    reload_job *job = malloc(sizeof *job);
    if (!job)
        return false;
    *job = (reload_job){srv, req};
    atomic_fetch_add(&server_reloads_running, 1);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    int rc = pthread_create(&thread, &attr, reload_thread, job);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        atomic_fetch_sub(&server_reloads_running, 1);
        free(job);
        return false;
    }
    return true;
}

void route_admin_reload(server *srv, request *req, response *res)
{
    if (req->reload_state == 0) {
        /* http.c suspends the request, then starts the reload (in that order, so that the
         * reload cannot resume a request not yet suspended). */
        req->reload_state = 1;
        res->pending = true;
        return;
    }
    if (req->reload_status != CORDON_OK) {
        response_error(res, req->reload_status == CORDON_ENOMEM ? 503 : 500, "reload failed",
                       "still serving the old index: %s", req->reload_error);
        return;
    }
    served_index *s = index_holder_acquire(&srv->indexes);
    response_json(res, 200,
                  json_pack("{s:s, s:I, s:I, s:s, s:f}", "status", "reloaded", "generation", (json_int_t)s->generation,
                            "entities", (json_int_t)cordon_index_entity_count(s->idx), "version", s->version,
                            "load_seconds", (double)(long)(req->reload_seconds * 1000.0) / 1000.0));
    served_index_release(s);
}
