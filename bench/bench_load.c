/*
 * bench_load.c — how fast cordon loads each list source (reading, parsing, and building the
 * index over its names), in MB of source per second, and all of them together: time and peak
 * memory.
 *
 * Usage: bench_load SOURCE...   (each source is timed alone, best of 3, then all at once)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <dirent.h>

#include "cordon.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Bytes of a file, or of the regular files directly in a directory. */
static double source_bytes(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return 0.0;
    if (!S_ISDIR(st.st_mode))
        return (double)st.st_size;
    double total = 0.0;
    DIR *d = opendir(path);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char file[4096];
        snprintf(file, sizeof file, "%s/%s", path, e->d_name);
        if (stat(file, &st) == 0 && S_ISREG(st.st_mode))
            total += (double)st.st_size;
    }
    if (d)
        closedir(d);
    return total;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_load SOURCE...\n");
        return 2;
    }
    printf("%-60s %9s %9s %9s %9s\n", "source", "MB", "entities", "seconds", "MB/s");
    for (int i = 1; i < argc; i++) {
        const char *src = argv[i];
        const char *colon = strchr(src, ':');
        const char *path = colon ? colon + 1 : src;
        double best = 1e9;
        size_t entities = 0;
        for (int run = 0; run < 3; run++) {
            cordon_index *idx = NULL;
            double t0 = now();
            int status = cordon_index_open(&idx, &src, 1, NULL);
            double t = now() - t0;
            if (status != CORDON_OK) {
                fprintf(stderr, "bench_load: %s\n", cordon_index_errmsg(idx));
                return 3;
            }
            entities = cordon_index_entity_count(idx);
            cordon_index_close(idx);
            if (t < best)
                best = t;
        }
        double mb = source_bytes(path) / 1e6;
        printf("%-60s %9.1f %9zu %9.3f %9.1f\n", src, mb, entities, best, mb / best);
    }
    cordon_index *all = NULL;
    double t0 = now();
    if (cordon_index_open(&all, (const char *const *)argv + 1, (size_t)argc - 1, NULL) != CORDON_OK) {
        fprintf(stderr, "bench_load: %s\n", cordon_index_errmsg(all));
        return 3;
    }
    double t = now() - t0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("all %d sources together: %zu entities in %.3f s; peak RSS %.1f MB\n", argc - 1,
           cordon_index_entity_count(all), t, (double)ru.ru_maxrss / 1024.0);
    cordon_index_close(all);
    return 0;
}
