/*
 * metrics.c — request counters, latency histograms and reload counts (see metrics.h).
 */
#include "server/metrics.h"

#include <stdbool.h>

static const char *const ROUTE_NAMES[ROUTE_COUNT] = {
    "/search", "/match", "/scan", "/entities", "/lists", "/healthz", "/readyz", "/metrics", "/admin/reload",
    "web", "other",
};

/* The statuses the server answers with; anything else is counted as "other". */
static const int STATUSES[METRICS_STATUSES - 1] = {200, 202, 400, 401, 403, 404, 405, 413, 415, 429, 500, 503};

/* Upper bounds of the latency buckets in microseconds; the last bucket is +Inf. */
static const uint64_t BUCKET_US[METRICS_BUCKETS - 1] = {250, 500, 1000, 2000, 5000, 10000, 25000, 50000,
                                                       100000, 500000, 2000000};

const char *metrics_route_name(int route)
{
    return route >= 0 && route < ROUTE_COUNT ? ROUTE_NAMES[route] : "other";
}

void metrics_count_request(server_metrics *m, int route, int status, uint64_t duration_ns)
{
    if (route < 0 || route >= ROUTE_COUNT)
        route = ROUTE_OTHER;
    int s = 0;
    while (s < METRICS_STATUSES - 1 && STATUSES[s] != status)
        s++;
    uint64_t us = duration_ns / 1000;
    int b = 0;
    while (b < METRICS_BUCKETS - 1 && us > BUCKET_US[b])
        b++;
    atomic_fetch_add_explicit(&m->requests[route][s], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&m->latency[route][b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&m->latency_sum_us[route], us, memory_order_relaxed);
}

/* A Prometheus label value: backslash, quote and newline escaped. */
static bool append_label(cdn_strbuf *out, const char *value)
{
    bool ok = true;
    for (const char *p = value; *p && ok; p++) {
        if (*p == '\\' || *p == '"')
            ok = cdn_strbuf_append_char(out, '\\') && cdn_strbuf_append_char(out, *p);
        else if (*p == '\n')
            ok = cdn_strbuf_append_str(out, "\\n");
        else
            ok = cdn_strbuf_append_char(out, *p);
    }
    return ok;
}

static unsigned long load(const atomic_ulong *v) { return atomic_load_explicit(v, memory_order_relaxed); }

static bool write_requests(const server_metrics *m, cdn_strbuf *out)
{
    bool ok = cdn_strbuf_append_str(out, "# HELP cordon_http_requests_total HTTP requests answered, by route and status.\n"
                                         "# TYPE cordon_http_requests_total counter\n");
    for (int r = 0; r < ROUTE_COUNT; r++)
        for (int s = 0; s < METRICS_STATUSES; s++) {
            unsigned long n = load(&m->requests[r][s]);
            if (n == 0)
                continue;
            if (s < METRICS_STATUSES - 1)
                ok &= cdn_strbuf_printf(out, "cordon_http_requests_total{route=\"%s\",status=\"%d\"} %lu\n",
                                        ROUTE_NAMES[r], STATUSES[s], n);
            else
                ok &= cdn_strbuf_printf(out, "cordon_http_requests_total{route=\"%s\",status=\"other\"} %lu\n",
                                        ROUTE_NAMES[r], n);
        }
    return ok;
}

static bool write_latency(const server_metrics *m, cdn_strbuf *out)
{
    bool ok = cdn_strbuf_append_str(out, "# HELP cordon_http_request_duration_seconds Time from request line to "
                                         "response sent, by route.\n"
                                         "# TYPE cordon_http_request_duration_seconds histogram\n");
    for (int r = 0; r < ROUTE_COUNT; r++) {
        unsigned long total = 0;
        for (int b = 0; b < METRICS_BUCKETS; b++)
            total += load(&m->latency[r][b]);
        if (total == 0)
            continue;
        unsigned long cumulative = 0;
        for (int b = 0; b < METRICS_BUCKETS; b++) {
            cumulative += load(&m->latency[r][b]);
            if (b < METRICS_BUCKETS - 1)
                ok &= cdn_strbuf_printf(out, "cordon_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %lu\n",
                                        ROUTE_NAMES[r], (double)BUCKET_US[b] / 1e6, cumulative);
            else
                ok &= cdn_strbuf_printf(out, "cordon_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %lu\n",
                                        ROUTE_NAMES[r], cumulative);
        }
        ok &= cdn_strbuf_printf(out, "cordon_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n", ROUTE_NAMES[r],
                                (double)load(&m->latency_sum_us[r]) / 1e6);
        ok &= cdn_strbuf_printf(out, "cordon_http_request_duration_seconds_count{route=\"%s\"} %lu\n", ROUTE_NAMES[r],
                                cumulative);
    }
    return ok;
}

bool metrics_write(const server_metrics *m, const char *index_version, unsigned long generation,
                   double load_seconds, double loaded_at, size_t entities, cdn_strbuf *out)
{
    bool ok = write_requests(m, out) && write_latency(m, out);
    ok &= cdn_strbuf_printf(out,
                            "# HELP cordon_alerts_total Search results, match results and scan mentions at or above "
                            "the threshold.\n# TYPE cordon_alerts_total counter\ncordon_alerts_total %lu\n"
                            "# HELP cordon_reloads_total Index reloads by outcome.\n# TYPE cordon_reloads_total counter\n"
                            "cordon_reloads_total{result=\"ok\"} %lu\ncordon_reloads_total{result=\"failed\"} %lu\n",
                            load(&m->alerts), load(&m->reloads_ok), load(&m->reloads_failed));
    ok &= cdn_strbuf_printf(out,
                            "# HELP cordon_index_generation The served index: 1 at start, one more per reload.\n"
                            "# TYPE cordon_index_generation gauge\ncordon_index_generation %lu\n"
                            "# HELP cordon_index_load_seconds How long loading the served index took.\n"
                            "# TYPE cordon_index_load_seconds gauge\ncordon_index_load_seconds %.3f\n"
                            "# HELP cordon_index_loaded_timestamp_seconds When the served index was loaded.\n"
                            "# TYPE cordon_index_loaded_timestamp_seconds gauge\n"
                            "cordon_index_loaded_timestamp_seconds %.0f\n"
                            "# HELP cordon_index_entities Entities in the served index.\n"
                            "# TYPE cordon_index_entities gauge\ncordon_index_entities %zu\n"
                            "# HELP cordon_index_info The lists and versions of the served index.\n"
                            "# TYPE cordon_index_info gauge\ncordon_index_info{version=\"",
                            generation, load_seconds, loaded_at, entities);
    ok &= append_label(out, index_version) && cdn_strbuf_append_str(out, "\"} 1\n");
    return ok;
}
