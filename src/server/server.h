/*
 * server.h — the cordon HTTP server's internals, shared by http.c (the daemon, limits, access
 * log) and the routes_*.c files (one per group of endpoints).
 *
 * The server is a front end: it parses requests, calls the library (cordon_search, cordon_scan,
 * cordon_index_*) and writes JSON. It never matches names itself.
 */
#ifndef CDN_SERVER_H
#define CDN_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "server/auth.h"
#include "server/index_ref.h"
#include "server/metrics.h"

/* What `cordon serve` was told on its command line. */
typedef struct server_config {
    const char *listen;            /* "HOST:PORT"; port 0 picks a free one */
    const char *const *sources;    /* list sources, or NULL with index_file */
    size_t n_sources;
    const char *index_file;        /* a snapshot, or NULL */
    const char *api_keys_file;     /* "name:key" lines, or NULL: no keys */
    const char *access_log;        /* a file to append to, or NULL for stderr */
    const char *user;              /* switch to this user after binding, or NULL */
    unsigned threads;              /* worker threads; 0: one per core */
    size_t max_match_body;         /* bytes */
    size_t max_scan_body;          /* bytes */
    size_t max_queries;            /* per POST /match */
    unsigned max_connections;
    unsigned max_connections_per_ip;
    unsigned timeout_seconds;      /* idle connections are closed after this */
    size_t max_header_bytes;       /* per-connection memory for the request line and headers */
    bool quiet;                    /* no notes about skipped list records */
    double rate_limit;             /* requests per second per API key; 0: no limit */
} server_config;

/* The running server, shared read-only by the worker threads (its mutable parts are atomic or
 * locked: the index holder and the metrics). */
typedef struct server {
    const server_config *cfg;
    index_holder indexes;
    server_metrics metrics;
    api_keys keys;
    int access_log_fd;
} server;

/* One HTTP request while it is handled: created when its request line arrives, freed when its
 * response has been sent (or the connection dropped). */
typedef struct request {
    struct MHD_Connection *conn;
    const char *method;
    char *raw_uri;              /* as sent: path and query string, not decoded */
    char *path;                 /* the decoded path */
    const char *query;          /* points into raw_uri past '?', or "" */
    const char *content_type;   /* or NULL */
    int route;                  /* a metrics_route */
    const struct route_def *def; /* the endpoint (http.c's table), once admitted */
    const char *key_name;       /* the API key's name, or NULL */
    char *body;                 /* the body so far, NUL-terminated */
    size_t body_len;
    size_t body_cap;
    size_t body_limit;
    bool started;               /* the first call (headers) has been handled */
    bool body_too_large;
    bool body_no_memory;
    bool responded;
    int status;
    size_t bytes_sent;
    uint64_t started_ns;
    /* For a request suspended while a reload runs (routes_admin.c). */
    int reload_state;           /* 0 not started, 1 running, 2 done */
    int reload_status;          /* CORDON_OK or the failure */
    char reload_error[512];
    double reload_seconds;
} request;

/* A response a route builds; http.c sends it. */
typedef struct response {
    int status;
    const char *content_type;
    char *body;                 /* malloc'd, unless is_static */
    size_t len;
    bool is_static;             /* body points at embedded data: not freed */
    const char *allow;          /* the Allow header for a 405, or NULL */
    const char *retry_after;    /* the Retry-After header (seconds) for a 429, or NULL */
    bool pending;               /* the route suspended the request; it answers on resume */
    const char *cache_control;  /* or NULL */
} response;

/* Sets res to status with the JSON doc as body; takes the reference to doc. A doc that
 * cannot be written (memory ran out) becomes a 500. */
void response_json(response *res, int status, json_t *doc);

/* Sets res to the JSON error {"error": error, "detail": the formatted detail}. */
void response_error(response *res, int status, const char *error, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The routes. Each fills res; srv and req are the server and the request. */
void route_search(server *srv, request *req, response *res);
void route_match(server *srv, request *req, response *res);
void route_scan(server *srv, request *req, response *res);
void route_entity(server *srv, request *req, response *res);
void route_lists(server *srv, request *req, response *res);
void route_healthz(server *srv, request *req, response *res);
void route_readyz(server *srv, request *req, response *res);
void route_metrics(server *srv, request *req, response *res);
void route_admin_reload(server *srv, request *req, response *res);
/* Serves an embedded web file (the page, its script and style, openapi.json); false when
 * path names none. */
bool route_web(const char *path, response *res);

/* Resumes a request suspended by a route (called from another thread). */
void server_resume(request *req);

/* Starts a reload of the lists in a background thread (SIGHUP, or POST /admin/reload when req
 * is non-NULL: the request is resumed when the reload ends). Returns false when no thread
 * could be started. */
bool server_start_reload(server *srv, request *req);

/* Runs the server until SIGINT or SIGTERM; returns the process exit status. */
int server_run(const server_config *cfg);

#endif
