/*
 * bench_speed.c — cordon's speed benchmark: index build time, snapshot save and load time,
 * searches per second on one and on all cores (on the loaded snapshot), latency percentiles,
 * peak memory.
 *
 * Queries are a fixed mix, drawn with a fixed seed: a third listed names as they are, a third
 * listed names with one typo, a third names of people who are not listed (from a file of
 * negatives, one name per line).
 *
 * Usage: bench_speed [--queries N] [--rounds R] [--threads T] [--negatives FILE] [--dump DIR] SOURCE...
 *        bench_speed [--queries N] [--rounds R] [--threads T] [--negatives FILE] --index FILE.cdx
 *
 * The one-thread pass runs R times (1 unless asked): on a shared machine one pass moves by a
 * fifth with what else runs, so the figures printed are the median pass, with the range, and
 * the latency percentiles are over the searches of every pass.
 *
 * With --index it searches a snapshot built before (no build or save figures): quick enough to
 * run under valgrind --tool=callgrind, whose instruction counts do not depend on machine load.
 *
 * With --dump DIR it also writes DIR/names.tsv (entity id, name: every indexed name) and
 * DIR/queries.tsv (query, the entity id it was drawn from or "" for a negative) and
 * DIR/cordon.tsv (query number, whether cordon alerted on the expected entity), so that
 * another engine can be measured on exactly the same names and queries (bench/pg_trgm.sh).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <time.h>

#include "bench_util.h"
#include "cordon.h"

static double now(void) { return clock_seconds(CLOCK_MONOTONIC); }

/* CPU seconds the calling thread has run: on a shared machine, searches per CPU-second is what
 * one core delivers, which wall time divides among whatever else runs. */
static double thread_cpu(void) { return clock_seconds(CLOCK_THREAD_CPUTIME_ID); }

/* One typo: a substitution, deletion, insertion or transposition, at an ASCII letter (so a
 * name in another script stays valid UTF-8; one with no such letter stays as it is). */
static char *with_typo(const char *name)
{
    size_t len = strlen(name);
    char *out = malloc(len + 2);
    strcpy(out, name);
    if (len < 5)
        return out;
    size_t p = 0;
    for (int tries = 0; tries < 20 && !p; tries++) {
        size_t at = 1 + rnd() % (len - 2);
        if ((unsigned char)out[at] < 0x80 && (unsigned char)out[at - 1] < 0x80)
            p = at;
    }
    if (!p)
        return out;
    switch (rnd() % 4) {
    case 0: out[p] = (char)('a' + rnd() % 26); break;
    case 1: memmove(out + p, out + p + 1, len - p); break;
    case 2: memmove(out + p + 1, out + p, len - p + 1); out[p] = (char)('a' + rnd() % 26); break;
    default: { char c = out[p]; out[p] = out[p - 1]; out[p - 1] = c; } break;
    }
    return out;
}

typedef struct work {
    const cordon_index *idx;
    char **queries;
    const char **expected; /* per query: the entity it was drawn from, or "" */
    size_t from, to;
    double *latency;       /* per query, seconds (or NULL) */
    char *hit;             /* per query: alerted on the expected entity (or NULL) */
    size_t matches;
} work;

static void *run(void *arg)
{
    work *w = arg;
    cordon_search_options o;
    cordon_search_options_default(&o);
    for (size_t i = w->from; i < w->to; i++) {
        double t0 = now();
        cordon_results *res = NULL;
        cordon_search(w->idx, w->queries[i], &o, &res);
        if (cordon_results_count(res) && cordon_results_get(res, 0)->match)
            w->matches++;
        for (size_t r = 0; w->hit && r < cordon_results_count(res); r++) {
            const cordon_result *x = cordon_results_get(res, r);
            if (x->match && strcmp(x->entity->id, w->expected[i]) == 0)
                w->hit[i] = 1;
        }
        cordon_results_free(res);
        if (w->latency)
            w->latency[i] = now() - t0;
    }
    return NULL;
}

/* Writes s with tabs and line breaks as spaces (one TSV field). */
static void tsv_field(FILE *f, const char *s)
{
    for (; *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
}

static int by_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The median of n values (sorts them). */
static double median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, by_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* Saves idx as a snapshot, loads it five times, and replaces *idx by the last load (searches then
 * run on a loaded snapshot, as the server does). Returns the best load time; exits on failure. */
static double save_and_reload(cordon_index **idxp, double *save_time, struct stat *st)
{
    cordon_index *idx = *idxp;
    char snap[256];
    snprintf(snap, sizeof snap, "/tmp/cordon-bench-%d.cdx", (int)getpid());
    char message[1024];
    double load = 1e9, t0;
    t0 = now();
    if (cordon_index_save(idx, snap, message, sizeof message) != CORDON_OK) {
        fprintf(stderr, "bench_speed: %s\n", message);
        exit(3);
    }
    *save_time = now() - t0;
    stat(snap, st);
    for (int i = 0; i < 5; i++) {
        cordon_index *loaded = NULL;
        t0 = now();
        int status = cordon_index_load(&loaded, snap);
        double t = now() - t0;
        if (status != CORDON_OK) {
            fprintf(stderr, "bench_speed: %s\n", cordon_index_errmsg(loaded));
            exit(3);
        }
        if (t < load)
            load = t;
        /* Search the loaded snapshot from here on: that is how the server runs. */
        if (i == 4) {
            cordon_index_close(idx);
            idx = loaded;
        } else {
            cordon_index_close(loaded);
        }
    }
    unlink(snap);
    *idxp = idx;
    return load;
}

int main(int argc, char **argv)
{
    size_t n_queries = 20000;
    int threads = 2, rounds = 1;
    const char *negatives = NULL;
    const char *dump = NULL;
    const char *snapshot = NULL;
    const char *sources[64];
    size_t n_sources = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--queries") == 0 && i + 1 < argc)
            n_queries = (size_t)atol(argv[++i]);
        else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
            threads = atoi(argv[++i]);
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--negatives") == 0 && i + 1 < argc)
            negatives = argv[++i];
        else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc)
            dump = argv[++i];
        else if (strcmp(argv[i], "--index") == 0 && i + 1 < argc)
            snapshot = argv[++i];
        else if (n_sources < 64)
            sources[n_sources++] = argv[i];
    }
    if (n_sources == 0 && !snapshot) {
        fprintf(stderr, "usage: bench_speed [--queries N] [--rounds R] [--threads T] [--negatives FILE] "
                        "(SOURCE... | --index FILE.cdx)\n");
        return 2;
    }
    if (rounds < 1 || rounds > 100) {
        fprintf(stderr, "bench_speed: --rounds must be from 1 to 100\n");
        return 2;
    }

    double t0 = now();
    cordon_index *idx = NULL;
    if (snapshot ? cordon_index_load(&idx, snapshot) != CORDON_OK
                 : cordon_index_open(&idx, sources, n_sources, NULL) != CORDON_OK) {
        fprintf(stderr, "bench_speed: %s\n", cordon_index_errmsg(idx));
        return 3;
    }
    double build = now() - t0;

    /* Snapshot: save once, then load it five times and keep the best. */
    double save = 0.0, load = build;
    struct stat st = {0};
    if (!snapshot)
        load = save_and_reload(&idx, &save, &st);
    else
        stat(snapshot, &st);
    size_t entities = cordon_index_entity_count(idx), names = 0;
    for (size_t i = 0; i < cordon_index_list_count(idx); i++)
        names += cordon_index_list(idx, i)->names;

    /* The query mix. */
    char **queries = calloc(n_queries, sizeof *queries);
    const char **expected = calloc(n_queries, sizeof *expected);
    char **neg = NULL;
    size_t n_neg = 0, cap_neg = 0;
    if (negatives) {
        FILE *f = fopen(negatives, "r");
        char *line = NULL;
        size_t cap = 0;
        ssize_t got;
        while (f && (got = getline(&line, &cap, f)) > 0) {
            line[strcspn(line, "\r\n")] = '\0';
            if (!*line)
                continue;
            if (n_neg == cap_neg)
                neg = realloc(neg, (cap_neg = cap_neg ? cap_neg * 2 : 1024) * sizeof *neg);
            neg[n_neg++] = strdup(line);
        }
        free(line);
        if (f)
            fclose(f);
    }
    for (size_t i = 0; i < n_queries; i++) {
        const cordon_entity *e = cordon_index_entity(idx, rnd() % entities);
        const char *name = e->names[rnd() % e->n_names].full;
        expected[i] = e->id;
        switch (i % 3) {
        case 0: queries[i] = strdup(name); break;
        case 1: queries[i] = with_typo(name); break;
        default:
            queries[i] = n_neg ? strdup(neg[rnd() % n_neg]) : with_typo(name);
            expected[i] = n_neg ? "" : e->id;
            break;
        }
    }

    /* Warm-up, untimed: the first searches open the transliterators (ICU parses their rules
     * once per index, tens of milliseconds) and allocate the per-thread scratch. A server pays
     * this once at start; the figures below are the steady state. */
    work warm = {idx, queries, expected, 0, n_queries < 1000 ? n_queries : 1000, NULL, NULL, 0};
    run(&warm);

    /* One thread, with per-query latency, rounds times. */
    size_t n_timed = n_queries * (size_t)rounds;
    double *latency = calloc(n_timed, sizeof *latency);
    char *hit = calloc(n_queries, 1);
    double rate[100], cpu_rate[100];
    work single;
    for (int r = 0; r < rounds; r++) {
        single = (work){idx, queries, expected, 0, n_queries, latency + n_queries * (size_t)r, hit, 0};
        t0 = now();
        double c0 = thread_cpu();
        run(&single);
        rate[r] = (double)n_queries / (now() - t0);
        cpu_rate[r] = (double)n_queries / (thread_cpu() - c0);
    }
    qsort(latency, n_timed, sizeof *latency, by_double);
    double rate_lo = rate[0], rate_hi = rate[0], cpu_lo = cpu_rate[0], cpu_hi = cpu_rate[0];
    for (int r = 1; r < rounds; r++) {
        rate_lo = rate[r] < rate_lo ? rate[r] : rate_lo;
        rate_hi = rate[r] > rate_hi ? rate[r] : rate_hi;
        cpu_lo = cpu_rate[r] < cpu_lo ? cpu_rate[r] : cpu_lo;
        cpu_hi = cpu_rate[r] > cpu_hi ? cpu_rate[r] : cpu_hi;
    }
    double one_rate = median(rate, (size_t)rounds), one_cpu_rate = median(cpu_rate, (size_t)rounds);

    /* All threads. */
    pthread_t tid[64];
    work part[64];
    if (threads < 1 || threads > 64)
        threads = 2;
    t0 = now();
    for (int t = 0; t < threads; t++) {
        part[t] = (work){idx, queries, expected, n_queries * (size_t)t / (size_t)threads,
                         n_queries * (size_t)(t + 1) / (size_t)threads, NULL, NULL, 0};
        pthread_create(&tid[t], NULL, run, &part[t]);
    }
    for (int t = 0; t < threads; t++)
        pthread_join(tid[t], NULL);
    double many = now() - t0;

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("lists: %zu, entities: %zu, names: %zu\n", cordon_index_list_count(idx), entities, names);
    if (snapshot)
        printf("snapshot: %.1f MB, loaded in %.1f ms\n", (double)st.st_size / 1e6, load * 1e3);
    else
        printf("index build: %.3f s; snapshot: %.1f MB, saved in %.3f s, loaded in %.1f ms (best of 5)\n", build,
               (double)st.st_size / 1e6, save, load * 1e3);
    printf("queries: %zu (1/3 listed names, 1/3 with a typo, 1/3 %s), after a warm-up of %zu\n", n_queries,
           n_neg ? "negatives" : "with a typo", warm.to);
    printf("single thread: %.0f searches/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms, %zu matches\n", one_rate,
           latency[n_timed / 2] * 1e3, latency[n_timed * 99 / 100] * 1e3, latency[n_timed - 1] * 1e3, single.matches);
    double loads[1] = {0.0};
    getloadavg(loads, 1);
    printf("one core: %.0f searches per CPU-second of the searching thread (load average %.1f)\n", one_cpu_rate,
           loads[0]);
    if (rounds > 1)
        printf("rounds: %d of the one-thread pass; the figures above are the median; range %.0f-%.0f searches/s, "
               "%.0f-%.0f per CPU-second\n",
               rounds, rate_lo, rate_hi, cpu_lo, cpu_hi);
    printf("%d threads: %.0f searches/s\n", threads, (double)n_queries / many);
    printf("peak RSS: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    size_t listed = 0, found = 0, typos = 0, typos_found = 0;
    for (size_t i = 0; i < n_queries; i++) {
        if (!expected[i][0])
            continue;
        listed++;
        found += hit[i] != 0;
        if (i % 3 == 1) {
            typos++;
            typos_found += hit[i] != 0;
        }
    }
    printf("recall: %.4f of listed-name queries alert on their entity (%.4f of those with a typo)\n",
           listed ? (double)found / (double)listed : 0.0, typos ? (double)typos_found / (double)typos : 0.0);
    if (dump) {
        char path[4096];
        snprintf(path, sizeof path, "%s/names.tsv", dump);
        FILE *f = fopen(path, "w");
        for (size_t i = 0; f && i < entities; i++) {
            const cordon_entity *e = cordon_index_entity(idx, i);
            for (size_t n = 0; n < e->n_names; n++) {
                fprintf(f, "%s\t", e->id);
                tsv_field(f, e->names[n].full);
                fputc('\n', f);
            }
        }
        if (f)
            fclose(f);
        snprintf(path, sizeof path, "%s/queries.tsv", dump);
        f = fopen(path, "w");
        for (size_t i = 0; f && i < n_queries; i++) {
            fprintf(f, "%zu\t", i);
            tsv_field(f, queries[i]);
            fprintf(f, "\t%s\n", expected[i]);
        }
        if (f)
            fclose(f);
        snprintf(path, sizeof path, "%s/cordon.tsv", dump);
        f = fopen(path, "w");
        for (size_t i = 0; f && i < n_queries; i++)
            fprintf(f, "%zu\t%d\n", i, hit[i]);
        if (f)
            fclose(f);
    }

    for (size_t i = 0; i < n_queries; i++)
        free(queries[i]);
    for (size_t i = 0; i < n_neg; i++)
        free(neg[i]);
    free(neg);
    free(queries);
    free(expected);
    free(hit);
    free(latency);
    cordon_index_close(idx);
    return 0;
}
