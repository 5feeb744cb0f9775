/*
 * metrics.h — the server's counters, kept with atomics so that worker threads never wait on
 * each other to count, and written out in the Prometheus text format for GET /metrics.
 */
#ifndef CDN_METRICS_H
#define CDN_METRICS_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "core/strbuf.h"

/* The routes requests are counted by. */
enum metrics_route {
    ROUTE_SEARCH = 0,
    ROUTE_MATCH,
    ROUTE_SCAN,
    ROUTE_ENTITIES,
    ROUTE_LISTS,
    ROUTE_HEALTHZ,
    ROUTE_READYZ,
    ROUTE_METRICS,
    ROUTE_ADMIN_RELOAD,
    ROUTE_WEB,
    ROUTE_OTHER,      /* no such route */
    ROUTE_COUNT
};

/* Statuses get their own counter; any other falls in the last slot ("other"). */
#define METRICS_STATUSES 13
#define METRICS_BUCKETS 12

typedef struct server_metrics {
    atomic_ulong requests[ROUTE_COUNT][METRICS_STATUSES];
    atomic_ulong latency[ROUTE_COUNT][METRICS_BUCKETS]; /* per bucket, not cumulative */
    atomic_ulong latency_sum_us[ROUTE_COUNT];
    atomic_ulong alerts;           /* results and mentions at or above the threshold */
    atomic_ulong reloads_ok;
    atomic_ulong reloads_failed;
} server_metrics;

/* The route's name as it appears in the metrics ("/search", ...). */
const char *metrics_route_name(int route);

/* Counts one finished request. */
void metrics_count_request(server_metrics *m, int route, int status, uint64_t duration_ns);

/* Appends the metrics in Prometheus text format to out, with the served index's figures
 * (version, generation, load time and when it was loaded, entity count). Returns false when
 * memory ran out. */
bool metrics_write(const server_metrics *m, const char *index_version, unsigned long generation,
                   double load_seconds, double loaded_at, size_t entities, cdn_strbuf *out);

#endif
