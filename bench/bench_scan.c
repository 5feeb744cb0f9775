/*
 * bench_scan.c — cordon's text scanning benchmark: megabytes of text scanned per second on one
 * core, and mentions found per 1,000 sentences of real news.
 *
 * Usage: bench_scan --index FILE [--sample N] [--seed S] [--repeat R] [--pass sentences|whole]
 *                   [--dump FILE] SENTENCES
 *
 * SENTENCES is a file of news sentences, one per line. One untimed pass first (the process's
 * one-time ICU set-up, printed apart); then each line is scanned as a document of its own (as
 * a screening pipeline feeds articles) through one new cordon_scanner (as cordon_scan does with
 * the scanner its index lends), R times (default 3) with the best time kept, and once with a
 * new scanner for each line (nothing remembered); then the whole file as one document R times,
 * each with a new scanner, so that per-document set-up and the per-word work are both in the
 * figures. Times
 * are CPU seconds of this process (one thread). With --sample N it also prints N mentions drawn at random (fixed seed), each
 * with its sentence, for a manual look at what was reported.
 *
 * --dump FILE writes every mention found one sentence at a time and as one document, one a line
 * with its full score, so that two builds can be compared mention for mention
 * (bench/scan_equiv.sh). --warm FILE has the scanner of the sentence-by-sentence pass read
 * FILE's lines first, untimed (a long-lived scanner's state). --pass runs that one pass alone,
 * for an instruction count:
 * valgrind --tool=callgrind --collect-atstart=no
 * --toggle-collect=scan_lines (or scan_whole; both kept out of line for it).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"
#include "cordon.h"

/* CPU time of this process: on a shared, busy machine wall time mostly measures the other
 * processes, and the figure wanted is per core. */
/* CPU seconds of the process: the figures are per core whatever else runs. */
static double now(void) { return clock_seconds(CLOCK_PROCESS_CPUTIME_ID); }

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *more = realloc(buf, cap *= 2);
            if (!more) {
                free(buf);
                buf = NULL;
            }
            buf = more;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Writes mention x of the document that starts at byte at of the file, as one line. */
static void dump_mention(FILE *dump, const char *pass, size_t at, const cordon_mention *x)
{
    fprintf(dump, "%s %zu %zu %zu %s %s %.17g\n", pass, at, x->start, x->end, x->entity->id, x->matched_name->full,
            x->score);
}

typedef struct sampled {
    size_t line;
    size_t start, end;
    char id[128], caption[160];
    double score;
} sampled;

/* Scans each line of text as a document of its own, through sc (NULL: a new scanner for each),
 * counting lines and mentions (*seen: mentions so far), and drawing up to sample of them into
 * pick at random; each mention goes to dump too when it is not NULL. Returns CORDON_OK, or the
 * failing status after printing it. */
__attribute__((noinline, noclone)) static int scan_lines(const cordon_index *idx, cordon_scanner *sc, const char *text, size_t len, size_t *lines,
                      size_t *mentions, sampled *pick, size_t sample, size_t *seen, FILE *dump)
{
    (void)idx;
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - text) : len;
        if (end > at) {
            cordon_mentions *m = NULL;
            cordon_scanner *own = NULL;
            int status = sc ? CORDON_OK : cordon_scanner_new(idx, &own);
            if (status == CORDON_OK)
                status = cordon_scanner_scan(sc ? sc : own, text + at, end - at, NULL, &m);
            cordon_scanner_free(own);
            if (status != CORDON_OK) {
                fprintf(stderr, "bench_scan: %s\n", cordon_mentions_errmsg(m));
                cordon_mentions_free(m);
                return status;
            }
            for (size_t i = 0; dump && i < cordon_mentions_count(m); i++)
                dump_mention(dump, "sentence", at, cordon_mentions_get(m, i));
            for (size_t i = 0; i < cordon_mentions_count(m); i++, (*seen)++) {
                /* reservoir sampling: every mention equally likely to be shown */
                size_t slot = *seen < sample ? *seen : rnd() % (*seen + 1);
                if (slot < sample) {
                    const cordon_mention *x = cordon_mentions_get(m, i);
                    sampled *s = &pick[slot];
                    s->line = at;
                    s->start = at + x->start;
                    s->end = at + x->end;
                    s->score = x->score;
                    snprintf(s->id, sizeof s->id, "%s", x->entity->id);
                    snprintf(s->caption, sizeof s->caption, "%s", x->entity->caption);
                }
            }
            *mentions += cordon_mentions_count(m);
            (*lines)++;
            cordon_mentions_free(m);
        }
        at = end + 1;
    }
    return CORDON_OK;
}

/* Scans the whole text as one document with a new scanner; *seconds receives the CPU time,
 * *mentions the count; each mention goes to dump when it is not NULL. Returns CORDON_OK, or the
 * failing status after printing it. */
__attribute__((noinline, noclone)) static int scan_whole(const cordon_index *idx, const char *text, size_t len, double *seconds, size_t *mentions,
                      FILE *dump)
{
    cordon_mentions *m = NULL;
    cordon_scanner *own = NULL;
    double t = now();
    int status = cordon_scanner_new(idx, &own);
    if (status == CORDON_OK)
        status = cordon_scanner_scan(own, text, len, NULL, &m);
    cordon_scanner_free(own);
    *seconds = now() - t;
    if (status != CORDON_OK) {
        fprintf(stderr, "bench_scan: %s\n", cordon_mentions_errmsg(m));
        cordon_mentions_free(m);
        return status;
    }
    *mentions = cordon_mentions_count(m);
    for (size_t i = 0; dump && i < *mentions; i++)
        dump_mention(dump, "document", 0, cordon_mentions_get(m, i));
    cordon_mentions_free(m);
    return CORDON_OK;
}

int main(int argc, char **argv)
{
    const char *index_path = NULL, *path = NULL, *pass = NULL, *dump_path = NULL, *warm_path = NULL;
    size_t sample = 0, repeat = 3;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--index") && i + 1 < argc)
            index_path = argv[++i];
        else if (!strcmp(argv[i], "--sample") && i + 1 < argc)
            sample = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            rng_state = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--pass") && i + 1 < argc)
            pass = argv[++i];
        else if (!strcmp(argv[i], "--dump") && i + 1 < argc)
            dump_path = argv[++i];
        else if (!strcmp(argv[i], "--warm") && i + 1 < argc)
            warm_path = argv[++i];
        else
            path = argv[i];
    }
    if (!index_path || !path || (pass && strcmp(pass, "sentences") && strcmp(pass, "whole"))) {
        fprintf(stderr, "usage: bench_scan --index FILE [--sample N] [--seed S] [--repeat R] "
                        "[--pass sentences|whole] [--dump FILE] [--warm FILE] SENTENCES\n");
        return 2;
    }
    cordon_index *idx = NULL;
    if (cordon_index_load(&idx, index_path) != CORDON_OK) {
        fprintf(stderr, "bench_scan: %s: %s\n", index_path, idx ? cordon_index_errmsg(idx) : "out of memory");
        return 3;
    }
    size_t len;
    char *text = read_all(path, &len);
    if (!text) {
        fprintf(stderr, "bench_scan: cannot read %s\n", path);
        return 3;
    }

    size_t warm_len = 0;
    char *warm_text = warm_path ? read_all(warm_path, &warm_len) : NULL;
    if (warm_path && !warm_text) {
        fprintf(stderr, "bench_scan: cannot read %s\n", warm_path);
        return 3;
    }
    FILE *dump = NULL;
    if (dump_path && !(dump = fopen(dump_path, "w"))) {
        fprintf(stderr, "bench_scan: cannot write %s\n", dump_path);
        return 3;
    }

    /* Once, untimed: the first scan of a process sets up ICU's transliterators (its registry
     * and each script's rules, shared by every later scan of the index) and the index's name
     * facts, whatever the text. The whole file as one document, by a call of its own (not
     * scan_lines or scan_whole, so that an instruction count of those leaves it out), with a
     * scanner dropped after: nothing it learnt serves the passes below. */
    double first = now();
    {
        cordon_scanner *warm = NULL;
        cordon_mentions *m = NULL;
        if (cordon_scanner_new(idx, &warm) != CORDON_OK || cordon_scanner_scan(warm, text, len, NULL, &m) != CORDON_OK) {
            fprintf(stderr, "bench_scan: %s\n", cordon_mentions_errmsg(m));
            return 3;
        }
        cordon_mentions_free(m);
        cordon_scanner_free(warm);
    }
    first = now() - first;

    /* Each sentence as its own document, through one scanner (as a pipeline feeds one
     * article after another, and as cordon_scan does with the scanner its index lends), new
     * for this pass: it learns its words as it goes. R times, each with a new scanner, the
     * best time kept (a pass is short, and the machine is shared); the first draws the sample. */
    sampled *pick = calloc(sample ? sample : 1, sizeof *pick);
    double per_sentence = 1e30, one_shot = 0.0;
    size_t lines = 0, mentions = 0, seen = 0;
    for (size_t r = 0; (!pass || !strcmp(pass, "sentences")) && r < repeat; r++) {
        cordon_scanner *sc = NULL;
        if (cordon_scanner_new(idx, &sc) != CORDON_OK) {
            fprintf(stderr, "bench_scan: out of memory\n");
            return 3;
        }
        /* --warm: the scanner reads other sentences first, untimed, as a long-lived scanner
         * (the server's, a pipeline's) has: what remains is the cost of words it knows. */
        for (size_t at = 0; warm_text && at < warm_len;) {
            const char *nl = memchr(warm_text + at, '\n', warm_len - at);
            size_t end = nl ? (size_t)(nl - warm_text) : warm_len;
            cordon_mentions *m = NULL;
            if (end > at && cordon_scanner_scan(sc, warm_text + at, end - at, NULL, &m) != CORDON_OK) {
                fprintf(stderr, "bench_scan: %s\n", cordon_mentions_errmsg(m));
                return 3;
            }
            cordon_mentions_free(m);
            at = end + 1;
        }
        size_t lines_r = 0, mentions_r = 0, seen_r = 0;
        double t = now();
        if (scan_lines(idx, sc, text, len, &lines_r, &mentions_r, r == 0 ? pick : NULL, r == 0 ? sample : 0, &seen_r,
                       r == 0 ? dump : NULL) != CORDON_OK)
            return 3;
        t = now() - t;
        cordon_scanner_free(sc);
        if (t < per_sentence)
            per_sentence = t;
        if (r == 0) {
            lines = lines_r;
            mentions = mentions_r;
            seen = seen_r;
        } else if (mentions_r != mentions) {
            fprintf(stderr, "bench_scan: run %zu found %zu mentions, the first %zu\n", r + 1, mentions_r, mentions);
            return 3;
        }
    }

    /* The same with a new scanner for each sentence: nothing learnt is kept. */
    if (!pass) {
        size_t lines1 = 0, mentions1 = 0, seen1 = 0;
        one_shot = now();
        if (scan_lines(idx, NULL, text, len, &lines1, &mentions1, NULL, 0, &seen1, NULL) != CORDON_OK)
            return 3;
        one_shot = now() - one_shot;
        if (mentions1 != mentions) {
            fprintf(stderr, "bench_scan: new scanners found %zu mentions, one scanner %zu\n", mentions1, mentions);
            return 3;
        }
    }

    /* The whole file as one document, each time with a new scanner. */
    double whole = 1e30;
    size_t whole_mentions = 0;
    for (size_t r = 0; (!pass || !strcmp(pass, "whole")) && r < repeat; r++) {
        double t;
        if (scan_whole(idx, text, len, &t, &whole_mentions, r == 0 ? dump : NULL) != CORDON_OK)
            return 3;
        if (t < whole)
            whole = t;
    }
    if (dump && fclose(dump) != 0) {
        fprintf(stderr, "bench_scan: cannot write %s\n", dump_path);
        return 3;
    }

    double mb = (double)len / 1e6;
    printf("text: %s, %.2f MB, %zu sentences\n", path, mb, lines);
    printf("first pass, untimed below (ICU's one-time set-up, then the file as one document): %.3f s CPU\n", first);
    if (!pass || !strcmp(pass, "sentences"))
        printf("sentence by sentence, one scanner: %.3f s CPU (best of %zu), %.2f MB/s on one core, %zu mentions = %.1f "
               "per 1,000 sentences\n",
               per_sentence, repeat, mb / per_sentence, mentions, 1000.0 * (double)mentions / (double)(lines ? lines : 1));
    if (!pass)
        printf("sentence by sentence, a new scanner each: %.3f s CPU, %.2f MB/s on one core, the same mentions\n",
               one_shot, mb / one_shot);
    if (!pass || !strcmp(pass, "whole"))
        printf("as one document: %.3f s CPU (best of %zu), %.2f MB/s on one core, %zu mentions\n", whole, repeat,
               mb / whole, whole_mentions);
    for (size_t i = 0; i < sample && i < seen; i++) {
        const sampled *s = &pick[i];
        const char *nl = memchr(text + s->line, '\n', len - s->line);
        int line_len = (int)((nl ? (size_t)(nl - text) : len) - s->line);
        printf("\n[%zu] %.*s  ->  %s  %s  %.2f\n    %.*s\n", i + 1, (int)(s->end - s->start), text + s->start,
               s->id, s->caption, s->score, line_len, text + s->line);
    }
    free(pick);
    free(text);
    free(warm_text);
    cordon_index_close(idx);
    return 0;
}
