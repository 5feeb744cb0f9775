/*
 * bench_audit.c — what the audit trail costs: the SHA-256 checksum of list sources, entity
 * fingerprints, and recording screenings in the SQLite store, one transaction per screening
 * (a search, each fsync'd) and in batches (as screen does).
 *
 * Usage: bench_audit DB_DIR SOURCE...   (the first source's entities are fingerprinted and its
 * first five entities are the recorded results)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cordon.h"
#include "core/error.h"
#include "lists/checksum.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Records n screenings of five results each, batch rows per transaction (1: autocommit). */
static double record_rate(const char *path, const cordon_index *idx, int n, int batch, double *bytes_per)
{
    unlink(path);
    cordon_audit *a = NULL;
    if (cordon_audit_open(&a, path) != CORDON_OK) {
        fprintf(stderr, "%s\n", cordon_audit_errmsg(a));
        exit(1);
    }
    cordon_audit_hit hits[5];
    for (size_t i = 0; i < 5; i++) {
        const cordon_entity *e = cordon_index_entity(idx, i);
        hits[i] = (cordon_audit_hit){e, e->caption, i == 0 ? 0.93 : 0.5};
    }
    cordon_audit_screening s;
    cordon_audit_screening_default(&s);
    s.who = "bench";
    s.channel = batch > 1 ? "screen" : "search";
    s.name = "Some Customer Name";
    char customer[32];
    double t0 = now();
    for (int i = 0; i < n; i++) {
        if (batch > 1 && i % batch == 0)
            cordon_audit_begin(a);
        snprintf(customer, sizeof customer, "C-%d", i);
        s.customer_id = customer;
        if (cordon_audit_record(a, idx, &s, hits, 5, NULL, NULL) != CORDON_OK) {
            fprintf(stderr, "%s\n", cordon_audit_errmsg(a));
            exit(1);
        }
        if (batch > 1 && (i % batch == batch - 1 || i == n - 1))
            cordon_audit_commit(a);
    }
    double t = now() - t0;
    cordon_audit_close(a);
    struct stat st;
    *bytes_per = stat(path, &st) == 0 ? (double)st.st_size / n : 0.0;
    return n / t;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_audit DB_DIR SOURCE...\n");
        return 2;
    }
    for (int i = 2; i < argc; i++) {
        const char *path = strchr(argv[i], ':') ? strchr(argv[i], ':') + 1 : argv[i];
        char hex[CDN_SHA256_HEX];
        cdn_error err;
        cdn_error_clear(&err);
        double best = 1e9;
        for (int r = 0; r < 3; r++) {
            double t0 = now();
            if (cdn_source_checksum(path, hex, &err) != CORDON_OK) {
                fprintf(stderr, "%s\n", err.message);
                return 1;
            }
            double t = now() - t0;
            best = t < best ? t : best;
        }
        printf("checksum %-50s %8.2f ms\n", path, best * 1000.0);
    }
    cordon_index *idx = NULL;
    if (cordon_index_open(&idx, (const char *const *)&argv[2], 1, NULL) != CORDON_OK) {
        fprintf(stderr, "%s\n", cordon_index_errmsg(idx));
        return 1;
    }
    size_t n = cordon_index_entity_count(idx);
    char fp[65];
    double t0 = now();
    for (size_t i = 0; i < n; i++)
        cordon_entity_fingerprint(cordon_index_entity(idx, i), fp);
    double t = now() - t0;
    printf("fingerprints: %zu entities in %.1f ms (%.0f entities/s)\n", n, t * 1000.0, n / t);

    char db[4096];
    snprintf(db, sizeof db, "%s/bench-audit.db", argv[1]);
    double per;
    double rate = record_rate(db, idx, 300, 1, &per);
    printf("record, one transaction per screening (fsync each): %.0f screenings/s, %.0f bytes each\n", rate, per);
    rate = record_rate(db, idx, 20000, 256, &per);
    printf("record, 256 screenings per transaction: %.0f screenings/s, %.0f bytes each\n", rate, per);
    unlink(db);
    cordon_index_close(idx);
    return 0;
}
