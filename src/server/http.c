/*
 * http.c — the daemon of `cordon serve`: binds the socket, drops privileges, runs
 * libmicrohttpd's worker threads, and for every request enforces the limits (body size, content
 * type, API keys), dispatches to a route, sends the JSON answer, counts it and writes the access
 * log line. The main thread waits for signals: SIGHUP reloads, SIGINT/SIGTERM stop.
 */
#include "server/server.h"

#include "cli/cli.h"
#include "server/params.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <netdb.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

/* ---- responses -------------------------------------------------------------------------- */

void response_json(response *res, int status, json_t *doc)
{
    char *text = doc ? json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(doc);
    if (!text) {
        static const char OOM[] = "{\"error\":\"internal error\",\"detail\":\"out of memory\"}";
        *res = (response){.status = 500, .content_type = "application/json", .body = (char *)OOM,
                          .len = sizeof OOM - 1, .is_static = true};
        return;
    }
    res->status = status;
    res->content_type = "application/json";
    res->body = text;
    res->len = strlen(text);
    res->is_static = false;
}

void response_error(response *res, int status, const char *error, const char *fmt, ...)
{
    char detail[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    /* The detail may quote the client's bytes: json_pack refuses invalid UTF-8, so fall back
     * to the bare error rather than answer nothing. */
    json_t *doc = json_pack("{s:s, s:s}", "error", error, "detail", detail);
    if (!doc)
        doc = json_pack("{s:s, s:s}", "error", error, "detail", "(the detail quoted invalid UTF-8)");
    response_json(res, status, doc);
}

/* ---- the routes table ------------------------------------------------------------------- */

enum access { PUBLIC, KEYED, ADMIN }; /* KEYED: needs a key when keys are configured */

typedef struct route_def {
    const char *path;
    bool prefix;          /* path is a prefix ("/entities/") */
    const char *method;
    int metric;
    void (*handle)(server *srv, request *req, response *res);
    enum access access;
    bool has_body;
} route_def;

static const route_def ROUTES[] = {
    {"/search", false, "GET", ROUTE_SEARCH, route_search, KEYED, false},
    {"/match", false, "POST", ROUTE_MATCH, route_match, KEYED, true},
    {"/scan", false, "POST", ROUTE_SCAN, route_scan, KEYED, true},
    {"/entities/", true, "GET", ROUTE_ENTITIES, route_entity, KEYED, false},
    {"/lists", false, "GET", ROUTE_LISTS, route_lists, KEYED, false},
    {"/healthz", false, "GET", ROUTE_HEALTHZ, route_healthz, PUBLIC, false},
    {"/readyz", false, "GET", ROUTE_READYZ, route_readyz, PUBLIC, false},
    {"/metrics", false, "GET", ROUTE_METRICS, route_metrics, KEYED, false},
    {"/admin/reload", false, "POST", ROUTE_ADMIN_RELOAD, route_admin_reload, ADMIN, true},
};

/* The endpoint serving path, or NULL (then it may be a web file). */
static const route_def *find_route(const char *path)
{
    for (size_t i = 0; i < sizeof ROUTES / sizeof ROUTES[0]; i++) {
        const route_def *r = &ROUTES[i];
        if (r->prefix ? strncmp(path, r->path, strlen(r->path)) == 0 : strcmp(path, r->path) == 0)
            return r;
    }
    return NULL;
}

static bool method_is(const char *method, const char *want)
{
    /* HEAD is answered as GET; libmicrohttpd leaves the body out. */
    return strcmp(method, want) == 0 || (strcmp(want, "GET") == 0 && strcmp(method, "HEAD") == 0);
}

/* ---- the request's life ----------------------------------------------------------------- */

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* libmicrohttpd's first call for a request, with the request line's URI as sent: the request
 * state starts here, so that the query string reaches params.c undecoded. */
static void *on_uri(void *cls, const char *uri, struct MHD_Connection *conn)
{
    (void)cls;
    request *req = calloc(1, sizeof *req);
    if (!req)
        return NULL;
    req->conn = conn;
    req->started_ns = now_ns();
    req->route = ROUTE_OTHER;
    req->raw_uri = strdup(uri ? uri : "");
    if (!req->raw_uri) {
        free(req);
        return NULL;
    }
    char *q = strchr(req->raw_uri, '?');
    req->query = q ? q + 1 : "";
    size_t path_len = q ? (size_t)(q - req->raw_uri) : strlen(req->raw_uri);
    req->path = malloc(path_len + 1);
    if (req->path && params_decode(req->raw_uri, path_len, req->path, false) < 0) {
        free(req->path); /* a malformed escape: the path matches no route and gets a 404 */
        req->path = strdup("\x01");
    }
    if (!req->path) {
        free(req->raw_uri);
        free(req);
        return NULL;
    }
    return req;
}

/* Queues res on the request's connection with the headers every answer carries (no caching of
 * API answers, nosniff; a strict CSP for the page), and records status and size for the log. */
static enum MHD_Result send_response(request *req, response *res)
{
    struct MHD_Response *r;
    if (res->is_static || !res->body)
        r = MHD_create_response_from_buffer(res->len, res->body ? res->body : (char *)"", MHD_RESPMEM_PERSISTENT);
    else
        r = MHD_create_response_from_buffer_with_free_callback(res->len, res->body, free);
    if (!r) {
        if (!res->is_static)
            free(res->body);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, res->content_type ? res->content_type : "application/json");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, res->cache_control ? res->cache_control : "no-store");
    if (res->allow)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, res->allow);
    if (res->status == 401)
        MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
    if (res->retry_after)
        MHD_add_response_header(r, MHD_HTTP_HEADER_RETRY_AFTER, res->retry_after);
    if (res->content_type && strncmp(res->content_type, "text/html", 9) == 0)
        MHD_add_response_header(r, "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    req->status = res->status;
    req->bytes_sent = res->len;
    req->responded = true;
    enum MHD_Result ret = MHD_queue_response(req->conn, (unsigned)res->status, r);
    MHD_destroy_response(r);
    return ret;
}

/* Checks the API key the route needs; false with res set (401/403) when it is missing. */
static bool authorize(server *srv, request *req, const route_def *route, response *res)
{
    if (route && route->access == ADMIN && srv->keys.count == 0) {
        response_error(res, 403, "forbidden",
                       "admin endpoints are disabled: start the server with --api-keys FILE to enable them");
        return false;
    }
    bool needs_key = srv->keys.count > 0 && route && route->access != PUBLIC;
    const char *header = MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    api_key *key = srv->keys.count > 0 && header ? api_keys_check(&srv->keys, header) : NULL;
    req->key_name = key ? key->name : NULL;
    if (needs_key && !key) {
        response_error(res, 401, "unauthorized",
                       header ? "the API key is not valid" : "an API key is required: send Authorization: Bearer KEY");
        return false;
    }
    if (key && srv->cfg->rate_limit > 0 && !api_key_take(key, srv->cfg->rate_limit, (double)now_ns() / 1e9)) {
        response_error(res, 429, "too many requests", "the key '%s' may make %g requests per second", key->name,
                       srv->cfg->rate_limit);
        res->retry_after = "1";
        return false;
    }
    return true;
}

/* The checks made when the headers have arrived, before any body: route, method, key, content
 * type, declared length. False with res set when the request is refused. */
static bool admit(server *srv, request *req, response *res)
{
    const route_def *route = find_route(req->path);
    if (!route) {
        req->route = ROUTE_WEB;
        if (method_is(req->method, "GET") && route_web(req->path, res))
            return false; /* served: nothing more to do */
        req->route = ROUTE_OTHER;
        response_error(res, 404, "not found", "no such endpoint; see /openapi.json");
        return false;
    }
    req->route = route->metric;
    if (!method_is(req->method, route->method)) {
        response_error(res, 405, "method not allowed", "%s takes %s", route->path, route->method);
        res->allow = strcmp(route->method, "GET") == 0 ? "GET, HEAD" : route->method;
        return false;
    }
    if (!authorize(srv, req, route, res))
        return false;
    req->def = route;
    if (!route->has_body)
        return true;
    req->body_limit = route->metric == ROUTE_MATCH ? srv->cfg->max_match_body
                    : route->metric == ROUTE_SCAN  ? srv->cfg->max_scan_body
                                                   : 65536;
    req->content_type = MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    const char *length = MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (length && strtoull(length, NULL, 10) > req->body_limit) {
        response_error(res, 413, "payload too large", "the body is %s bytes; %s takes at most %zu", length,
                       route->path, req->body_limit);
        return false;
    }
    const char *ct = req->content_type;
    if (route->metric == ROUTE_MATCH && (!ct || strncasecmp(ct, "application/json", 16) != 0)) {
        response_error(res, 415, "unsupported media type", "/match takes Content-Type: application/json");
        return false;
    }
    if (route->metric == ROUTE_SCAN && ct && strncasecmp(ct, "text/", 5) != 0 &&
        strncasecmp(ct, "application/xhtml+xml", 21) != 0) {
        response_error(res, 415, "unsupported media type", "/scan takes text/plain or text/html");
        return false;
    }
    return true;
}

/* Appends a chunk of the body, up to the route's limit; past it the rest is read and dropped
 * (a chunked body declares no length) and the request is answered 413 at its end. A body sent
 * to an endpoint that takes none is dropped. */
static void take_body(request *req, const char *data, size_t size)
{
    if (!req->def || !req->def->has_body || req->body_too_large || req->body_no_memory)
        return;
    if (req->body_len + size > req->body_limit) {
        req->body_too_large = true;
        return;
    }
    if (req->body_len + size + 1 > req->body_cap) {
        /* Doubling keeps a body sent in many small chunks from being copied over and over. */
        size_t cap = req->body_cap ? req->body_cap : 4096;
        while (cap < req->body_len + size + 1)
            cap *= 2;
        if (cap > req->body_limit + 1)
            cap = req->body_limit + 1;
        char *grown = realloc(req->body, cap);
        if (!grown) {
            req->body_no_memory = true;
            return;
        }
        req->body = grown;
        req->body_cap = cap;
    }
    memcpy(req->body + req->body_len, data, size);
    req->body_len += size;
    req->body[req->body_len] = '\0';
}

/* libmicrohttpd's access handler, called once when the headers are in (admission), once per
 * chunk of body, and once more at the end of the body (the route runs then); again after a
 * suspended request is resumed. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_data_size,
                                  void **req_cls)
{
    (void)url;
    (void)version;
    server *srv = cls;
    request *req = *req_cls;
    if (!req)
        return MHD_NO; /* out of memory in on_uri: drop the connection */
    response res = {0};
    if (!req->started) {
        req->started = true;
        req->method = method;
        if (!admit(srv, req, &res))
            return send_response(req, &res);
        return MHD_YES;
    }
    if (*upload_data_size) {
        take_body(req, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (req->responded)
        return MHD_YES;
    const route_def *route = req->def;
    if (req->body_too_large) {
        response_error(&res, 413, "payload too large", "%s takes at most %zu bytes", route->path, req->body_limit);
        return send_response(req, &res);
    }
    if (req->body_no_memory) {
        response_error(&res, 503, "unavailable", "out of memory for the body; try again later");
        return send_response(req, &res);
    }
    route->handle(srv, req, &res);
    if (res.pending) {
        /* Only the reload suspends a request; it resumes it when done. */
        MHD_suspend_connection(conn);
        if (!server_start_reload(srv, req)) {
            req->reload_state = 2;
            req->reload_status = CORDON_ENOMEM;
            snprintf(req->reload_error, sizeof req->reload_error, "cannot start a reload thread");
            MHD_resume_connection(conn);
        }
        return MHD_YES;
    }
    return send_response(req, &res);
}

void server_resume(request *req) { MHD_resume_connection(req->conn); }

/* ---- access log ------------------------------------------------------------------------- */

static void client_address(struct MHD_Connection *conn, char *buf, size_t size)
{
    snprintf(buf, size, "-");
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return;
    const struct sockaddr *sa = info->client_addr;
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, buf, (socklen_t)size);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, buf, (socklen_t)size);
}

/* One JSON line per request: time, remote, method, path (without the query string, which
 * carries the names screened), status (0 when no answer was sent), bytes, duration_ms, key. */
static void write_access_log(server *srv, request *req, double ms)
{
    char remote[INET6_ADDRSTRLEN + 1], when[40];
    client_address(req->conn, remote, sizeof remote);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    size_t n = strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(when + n, sizeof when - n, ".%03ldZ", ts.tv_nsec / 1000000);
    json_t *line = json_pack("{s:s, s:s, s:s, s:s, s:i, s:I, s:f, s:s?}", "time", when, "remote", remote, "method",
                             req->method ? req->method : "-", "path", req->path, "status", req->status, "bytes",
                             (json_int_t)req->bytes_sent, "duration_ms", (double)(long)(ms * 1000.0) / 1000.0, "key",
                             req->key_name);
    if (!line) /* a path of invalid UTF-8: log it without */
        line = json_pack("{s:s, s:s, s:s, s:s, s:i, s:I, s:f, s:s?}", "time", when, "remote", remote, "method",
                         req->method ? req->method : "-", "path", "(invalid UTF-8)", "status", req->status, "bytes",
                         (json_int_t)req->bytes_sent, "duration_ms", (double)(long)(ms * 1000.0) / 1000.0, "key",
                         req->key_name);
    char *text = line ? json_dumps(line, JSON_COMPACT | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(line);
    if (!text)
        return;
    size_t len = strlen(text);
    text[len] = '\n'; /* json_dumps leaves room for its NUL: the line goes out in one write */
    ssize_t ignored = write(srv->access_log_fd, text, len + 1);
    (void)ignored;
    free(text);
}

/* The request is over (answered, or the connection dropped): count it, log it, free it. */
static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls, enum MHD_RequestTerminationCode toe)
{
    (void)conn;
    (void)toe;
    server *srv = cls;
    request *req = *req_cls;
    if (!req)
        return;
    uint64_t elapsed = now_ns() - req->started_ns;
    metrics_count_request(&srv->metrics, req->route, req->status, elapsed);
    write_access_log(srv, req, (double)elapsed / 1e6);
    free(req->raw_uri);
    free(req->path);
    free(req->body);
    free(req);
    *req_cls = NULL;
}

/* ---- starting and stopping -------------------------------------------------------------- */

/* Binds and listens on "HOST:PORT" ("[v6]:PORT" for IPv6); returns the socket or -1 with err set. */
static int bind_listen(const char *listen_at, char *err, size_t size, char *shown, size_t shown_size)
{
    char host[256];
    const char *colon = strrchr(listen_at, ':');
    if (!colon || colon == listen_at || (size_t)(colon - listen_at) >= sizeof host) {
        snprintf(err, size, "--listen '%s': expected HOST:PORT", listen_at);
        return -1;
    }
    const char *h = listen_at;
    size_t hlen = (size_t)(colon - listen_at);
    if (h[0] == '[' && hlen >= 2 && h[hlen - 1] == ']') {
        h++;
        hlen -= 2;
    }
    memcpy(host, h, hlen);
    host[hlen] = '\0';
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE}, *ai;
    int rc = getaddrinfo(host, colon + 1, &hints, &ai);
    if (rc != 0) {
        snprintf(err, size, "--listen '%s': %s", listen_at, gai_strerror(rc));
        return -1;
    }
    int fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    if (fd >= 0)
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (fd < 0 || bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(fd, 1024) != 0) {
        snprintf(err, size, "--listen '%s': %s", listen_at, strerror(errno));
        if (fd >= 0)
            close(fd);
        freeaddrinfo(ai);
        return -1;
    }
    freeaddrinfo(ai);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    struct sockaddr_storage bound;
    socklen_t blen = sizeof bound;
    getsockname(fd, (struct sockaddr *)&bound, &blen);
    char addr[INET6_ADDRSTRLEN];
    unsigned port = 0;
    if (bound.ss_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const void *)&bound;
        inet_ntop(AF_INET6, &s6->sin6_addr, addr, sizeof addr);
        port = ntohs(s6->sin6_port);
        snprintf(shown, shown_size, "[%s]:%u", addr, port);
    } else {
        const struct sockaddr_in *s4 = (const void *)&bound;
        inet_ntop(AF_INET, &s4->sin_addr, addr, sizeof addr);
        port = ntohs(s4->sin_port);
        snprintf(shown, shown_size, "%s:%u", addr, port);
    }
    return fd;
}

/* Switches to user name (when running as root); false with err set. */
static bool drop_privileges(const char *name, char *err, size_t size)
{
    struct passwd *pw = getpwnam(name);
    if (!pw) {
        snprintf(err, size, "--user '%s': no such user", name);
        return false;
    }
    if (geteuid() != 0) {
        if (pw->pw_uid == geteuid())
            return true;
        snprintf(err, size, "--user '%s': only root can switch users", name);
        return false;
    }
    if (setgroups(0, NULL) != 0 || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
        snprintf(err, size, "--user '%s': cannot switch: %s", name, strerror(errno));
        return false;
    }
    if (pw->pw_uid != 0 && setuid(0) == 0) { /* the switch must not be undoable */
        snprintf(err, size, "--user '%s': root could be regained", name);
        return false;
    }
    return true;
}

/* Prints the error as every cordon command does; returns the exit status for bad input. */
#define fail(...) (cli_error(__VA_ARGS__), EXIT_BAD_INPUT)

/* The signals the main thread waits for; blocked in every thread, so none is interrupted. */
static void block_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, set, NULL);
    signal(SIGPIPE, SIG_IGN);
}

extern atomic_int server_reloads_running; /* routes_admin.c */

/* Raises the soft limit on open files towards the hard one, so that max_connections sockets
 * (and the lists, logs and snapshot) fit; says so on stderr when they cannot. */
static void raise_file_limit(unsigned max_connections)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    rlim_t want = (rlim_t)max_connections + 64;
    if (rl.rlim_cur >= want)
        return;
    rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= want ? want : rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
    if (rl.rlim_cur < want)
        fprintf(stderr, "cordon: note: at most %llu open files allowed (ulimit -n): fewer than --max-connections %u\n",
                (unsigned long long)rl.rlim_cur, max_connections);
}

int server_run(const server_config *cfg)
{
    server srv = {.cfg = cfg, .access_log_fd = STDERR_FILENO};
    char err[1024];
    if (cfg->api_keys_file && !api_keys_load(&srv.keys, cfg->api_keys_file, err, sizeof err))
        return fail("%s", err);
    if (cfg->access_log) {
        srv.access_log_fd = open(cfg->access_log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
        if (srv.access_log_fd < 0) {
            api_keys_free(&srv.keys);
            return fail("%s: cannot open: %s", cfg->access_log, strerror(errno));
        }
    }
    int status = 0;
    index_holder_init(&srv.indexes, cfg->sources, cfg->n_sources, cfg->index_file);
    double seconds;
    char shown[300];
    int fd = -1;
    struct MHD_Daemon *daemon = NULL;
    sigset_t signals;
    block_signals(&signals);
    if (index_holder_reload(&srv.indexes, err, sizeof err, &seconds) != CORDON_OK) {
        status = fail("%s", err);
        goto done;
    }
    raise_file_limit(cfg->max_connections);
    fd = bind_listen(cfg->listen, err, sizeof err, shown, sizeof shown);
    if (fd < 0) {
        status = fail("%s", err);
        goto done;
    }
    if (cfg->user && !drop_privileges(cfg->user, err, sizeof err)) {
        status = fail("%s", err);
        goto done;
    }
    unsigned threads = cfg->threads ? cfg->threads : (unsigned)sysconf(_SC_NPROCESSORS_ONLN);
    daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_TURBO, 0, NULL, NULL,
        on_request, &srv, MHD_OPTION_LISTEN_SOCKET, fd, MHD_OPTION_THREAD_POOL_SIZE, threads > 1 ? threads : 1,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, &srv, MHD_OPTION_NOTIFY_COMPLETED, on_completed, &srv,
        MHD_OPTION_CONNECTION_LIMIT, cfg->max_connections, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        cfg->max_connections_per_ip, MHD_OPTION_CONNECTION_TIMEOUT, cfg->timeout_seconds,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, cfg->max_header_bytes, MHD_OPTION_END);
    if (!daemon) {
        status = fail("cannot start the HTTP server on %s (too many connections for the open-file limit?)", shown);
        goto done;
    }
    fd = -1; /* the daemon owns the socket now and closes it when it stops */
    served_index *s = index_holder_acquire(&srv.indexes);
    fprintf(stderr, "cordon: %zu entities from %s loaded in %.2f s\n", cordon_index_entity_count(s->idx), s->version,
            s->load_seconds);
    if (!cfg->quiet)
        cli_print_load_notes(s->idx);
    served_index_release(s);
    fprintf(stderr, "cordon: listening on http://%s\n", shown);
    for (;;) {
        int sig;
        if (sigwait(&signals, &sig) != 0)
            continue;
        if (sig == SIGHUP) {
            if (!server_start_reload(&srv, NULL))
                fprintf(stderr, "cordon: cannot start a reload thread\n");
            continue;
        }
        fprintf(stderr, "cordon: stopping (signal %d)\n", sig);
        break;
    }
    /* A reload still running holds a suspended request; let it finish and answer first. */
    while (atomic_load(&server_reloads_running) > 0)
        nanosleep(&(struct timespec){0, 10000000}, NULL);
done:
    if (daemon)
        MHD_stop_daemon(daemon);
    if (fd >= 0)
        close(fd);
    index_holder_destroy(&srv.indexes);
    api_keys_free(&srv.keys);
    if (cfg->access_log && srv.access_log_fd >= 0)
        close(srv.access_log_fd);
    return status;
}
