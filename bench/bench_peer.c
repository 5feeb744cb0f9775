/*
 * bench_peer.c — a peer's name matching, rebuilt from its published source, so that the quality
 * benchmark (bench/quality.py) can run the very same cases through it in the same run as cordon.
 *
 * Model "watchman": Moov Watchman's name score, as its source at github.com/moov-io/watchman
 * describes it (read 2026-11-27; internal/stringscore/jaro_winkler.go and phonetics.go,
 * internal/prepare/pipeline.go, pipeline_reorder.go and pipeline_normalize.go):
 *   - a listed person's "SURNAME, Given" is turned around when the part after the comma is
 *     ASCII letters, spaces and dots (the reorder step);
 *   - both names are lower-cased, "." and "," dropped, "-" made a space, accents stripped
 *     (NFD, nonspacing marks removed, NFC) — no transliteration: other scripts stay as written;
 *   - BestPairCombinationJaroWinkler: words of three bytes or fewer are also tried joined to the
 *     next word, and to the previous one; each pair of variants is scored by
 *     BestPairsJaroWinkler: every query word against every listed word whose first letters
 *     fall in the same partial-Soundex class, by Jaro-Winkler (boost threshold 0.7, prefix of
 *     four) times 1 - 0.3 (1 - shorter/longer) when the lengths differ by more than a tenth,
 *     times 0.9 when the first bytes differ; pairs taken greedily from the best, each word at
 *     most once; the average weighted by the pair's byte lengths, times 1 - 0.15 × the share
 *     of the listed name's bytes left unmatched;
 *   - an entity scores its best name; it alerts at 0.80, the minMatch Watchman's own README
 *     reports its precision at.
 * Not modelled: the stop-word and company-suffix steps (they touch organisation names and
 * a.k.a.s; the benchmark's sets are people) and the optional embeddings. Strings are compared
 * as bytes, as Watchman's Go code does.
 *
 * It answers the two commands quality.py runs, with cordon's output shapes, so that
 * `quality.py --cordon build/bench_peer` runs the benchmark through the model:
 *   bench_peer screen [--quiet] [--limit N] [--threshold X] --list SOURCE... QUERIES.txt
 *       one JSON line per query: {"row":N,"results":[{"id":..,"score":..,"match":true},...]},
 *       the entities at or above the threshold, best first (every listed name is scored); without
 *       --quiet, the time the queries took (loading and preparing the lists not counted) on stderr
 *   bench_peer compare --pairs FILE.csv [--threshold X]
 *       FILE.csv has name1,name2 columns; prints "score,match" per pair
 *   bench_peer check
 *       scores the cases of Watchman's own tests and says whether each score is theirs
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "cordon.h"
#include "lists/csv.h"
#include "bench_util.h"

/* ---- normalising ------------------------------------------------------------------------- */

typedef struct word {
    const char *s;
    size_t len;
    int32_t sound; /* the partial-Soundex class of its first letter */
} word;

typedef struct variant {
    word *words;
    size_t n;
    size_t bytes; /* the sum of the words' lengths */
} variant;

typedef struct prepared {
    char *text;    /* the normalised name, then the joined words */
    variant v[3];  /* original, short words joined forward, joined backward */
    size_t n_variants;
} prepared;

/* The partial Soundex of phonetics.go: vowels and y; b f p v; c g j k q s x z; d t; l; m n; r;
 * h w. Any other letter is its own class. */
static int32_t sound_class(const char *s, size_t len)
{
    utf8proc_int32_t c;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &c) <= 0)
        return -1;
    c = utf8proc_toupper(c);
    if (c >= 'A' && c <= 'Z') {
        static const char classes[] = "ABCDABCHACCLMMABCRCDABHCAC"; /* A to Z */
        return classes[c - 'A'];
    }
    return c;
}

/* The reorder step: a person's trailing ",? [letters spaces dots ?]+" goes first. */
static char *reorder(const char *name)
{
    size_t len = strlen(name), q = len;
    while (q > 0) {
        unsigned char c = (unsigned char)name[q - 1];
        if (!(isspace(c) || c == '?' || c == '.' || (c < 128 && isalpha(c))))
            break;
        q--;
    }
    char *out = malloc(len + 2);
    if (!out)
        return NULL;
    if (q == len) {
        memcpy(out, name, len + 1);
        return out;
    }
    size_t p = (q > 0 && name[q - 1] == ',') ? q - 1 : q;
    const char *tail = name + p + (name[p] == ',');
    snprintf(out, len + 2, "%s %.*s", tail, (int)p, name);
    return out;
}

/* LowerAndRemovePunctuation: "." and "," dropped, "-" a space, lower case, accents stripped. */
static char *normalise(const char *name)
{
    size_t len = strlen(name);
    char *punct = malloc(len + 1);
    if (!punct)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (name[i] != '.' && name[i] != ',')
            punct[n++] = name[i] == '-' ? ' ' : name[i];
    punct[n] = '\0';
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t got = utf8proc_map((const utf8proc_uint8_t *)punct, (utf8proc_ssize_t)n, &out,
                                        UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_STABLE);
    free(punct);
    if (got < 0)
        return NULL;
    /* Lower case, one code point at a time, in place (a letter and its lower case have the same
     * UTF-8 length for every letter a name here uses; a longer one is left as it is). */
    for (utf8proc_ssize_t i = 0; i < got;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t step = utf8proc_iterate(out + i, got - i, &c);
        if (step <= 0)
            break;
        utf8proc_uint8_t lower[4];
        if (utf8proc_encode_char(utf8proc_tolower(c), lower) == step)
            memcpy(out + i, lower, (size_t)step);
        i += step;
    }
    return (char *)out;
}

/* Splits text at spaces into v (the words point into text). */
static bool split_words(char *text, variant *v)
{
    size_t cap = 1;
    for (const char *p = text; *p; p++)
        cap += isspace((unsigned char)*p) != 0;
    v->words = malloc(cap * sizeof *v->words);
    if (!v->words)
        return false;
    v->n = v->bytes = 0;
    for (char *p = text; *p;) {
        while (*p && isspace((unsigned char)*p))
            *p++ = '\0';
        if (!*p)
            break;
        char *start = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
        size_t len = (size_t)(p - start);
        v->words[v->n++] = (word){start, len, sound_class(start, len)};
        v->bytes += len;
    }
    return true;
}

/* A copy of words[from..to) written together, kept in the pool (freed with the prepared name). */
static word join_words(char **pool, size_t *used, const word *words, size_t from, size_t to)
{
    char *s = *pool + *used;
    size_t len = 0;
    for (size_t i = from; i < to; i++) {
        memcpy(s + len, words[i].s, words[i].len);
        len += words[i].len;
    }
    s[len] = '\0';
    *used += len + 1;
    return (word){s, len, words[from].sound};
}

static bool same_words(const variant *a, const variant *b)
{
    if (a->n != b->n)
        return false;
    for (size_t i = 0; i < a->n; i++)
        if (a->words[i].len != b->words[i].len || memcmp(a->words[i].s, b->words[i].s, a->words[i].len) != 0)
            return false;
    return true;
}

/* GenerateWordCombinations: the words as they are; a word of three bytes or fewer (not the
 * last) joined to the next; a word of three bytes or fewer (not the first) joined to the one
 * before — each only when it differs from those before it. */
static bool combine(prepared *p, char *pool)
{
    variant *orig = &p->v[0], *fwd = &p->v[1], *back = &p->v[2];
    p->n_variants = 1;
    if (orig->n <= 1)
        return true;
    size_t used = 0;
    fwd->words = malloc(orig->n * sizeof *fwd->words);
    back->words = malloc(orig->n * sizeof *back->words);
    if (!fwd->words || !back->words)
        return false;
    fwd->n = fwd->bytes = 0;
    for (size_t i = 0; i < orig->n; i++) {
        word w = orig->words[i];
        if (i + 1 < orig->n && w.len <= 3) {
            w = join_words(&pool, &used, orig->words, i, i + 2);
            i++;
        }
        fwd->words[fwd->n++] = w;
        fwd->bytes += w.len;
    }
    if (fwd->n == orig->n)
        return true;
    p->n_variants = 2;
    back->n = back->bytes = 0;
    for (size_t i = 0; i < orig->n;) {
        size_t end = i + 1;
        while (end < orig->n && orig->words[end].len <= 3)
            end++;
        word w = end - i > 1 ? join_words(&pool, &used, orig->words, i, end) : orig->words[i];
        back->words[back->n++] = w;
        back->bytes += w.len;
        i = end;
    }
    if (back->n < orig->n && !same_words(back, fwd))
        p->n_variants = 3;
    return true;
}

static void prepared_free(prepared *p)
{
    for (size_t i = 0; i < 3; i++)
        free(p->v[i].words);
    free(p->text);
    memset(p, 0, sizeof *p);
}

/* Prepares a name as Watchman does; person: a listed person's name (reordered first); raw:
 * the words as they are, neither reordered nor normalised (as Watchman's own tests call the
 * scorer). */
static bool prepare_as(prepared *p, const char *name, bool person, bool raw)
{
    memset(p, 0, sizeof *p);
    char *ordered = person && !raw ? reorder(name) : NULL;
    char *norm = raw ? strdup(name) : normalise(ordered ? ordered : name);
    free(ordered);
    if (!norm)
        return false;
    size_t len = strlen(norm);
    /* The joined words live after the normalised text: each variant's at most its length and
     * a terminator per word again. */
    p->text = realloc(norm, 3 * (len + 1));
    if (!p->text) {
        free(norm);
        return false;
    }
    if (!split_words(p->text, &p->v[0]) || !combine(p, p->text + len + 1)) {
        prepared_free(p);
        return false;
    }
    return true;
}

static bool prepare(prepared *p, const char *name, bool person)
{
    return prepare_as(p, name, person, false);
}

/* ---- scoring ----------------------------------------------------------------------------- */

/* Jaro-Winkler over bytes (Winkler 1990, as en.wikipedia.org "Jaro–Winkler distance" states
 * it): matches within half the longer length less one, transpositions halved; the prefix
 * bonus (at most four bytes, 0.1 each) only above a Jaro similarity of 0.7. */
static double jaro_winkler(const char *a, size_t la, const char *b, size_t lb)
{
    if (!la || !lb)
        return la == lb ? 1.0 : 0.0;
    bool ma[256] = {0}, mb[256] = {0};
    if (la > 256)
        la = 256;
    if (lb > 256)
        lb = 256;
    size_t longer = la > lb ? la : lb;
    size_t range = longer / 2 > 0 ? longer / 2 - 1 : 0;
    double matches = 0;
    for (size_t i = 0; i < la; i++) {
        size_t start = i > range ? i - range : 0, end = i + range < lb - 1 ? i + range : lb - 1;
        for (size_t j = start; j <= end; j++)
            if (!mb[j] && a[i] == b[j]) {
                ma[i] = mb[j] = true;
                matches++;
                break;
            }
    }
    if (matches == 0)
        return 0.0;
    double half_transpositions = 0;
    for (size_t i = 0, j = 0; i < la; i++) {
        if (!ma[i])
            continue;
        while (!mb[j])
            j++;
        half_transpositions += a[i] != b[j];
        j++;
    }
    half_transpositions /= 2;
    double jaro = (matches / (double)la + matches / (double)lb + (matches - half_transpositions) / matches) / 3.0;
    if (jaro <= 0.7)
        return jaro;
    size_t prefix = 0, most = la < lb ? la : lb;
    while (prefix < most && prefix < 4 && a[prefix] == b[prefix])
        prefix++;
    return jaro + 0.1 * (double)prefix * (1.0 - jaro);
}

/* customJaroWinkler: the length and first-letter penalties. */
static double word_score(const word *listed, const word *query)
{
    double s = jaro_winkler(listed->s, listed->len, query->s, query->len);
    double shorter = (double)(listed->len < query->len ? listed->len : query->len);
    double longer = (double)(listed->len > query->len ? listed->len : query->len);
    if (shorter / longer < 0.9)
        s *= 1.0 - (1.0 - shorter / longer) * 0.3;
    if (listed->s[0] != query->s[0])
        s *= 0.9;
    return s;
}

typedef struct pair {
    double score;
    uint16_t q, l;
} pair;

static int by_score(const void *x, const void *y)
{
    const pair *a = x, *b = y;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    if (a->q != b->q)
        return a->q < b->q ? -1 : 1;
    return a->l < b->l ? -1 : a->l > b->l;
}

enum { MAX_WORDS = 64 };

/* BestPairsJaroWinkler of the query's words against a listed name's words. */
static double best_pairs(const variant *query, const variant *listed)
{
    if (!query->n || !listed->n || !listed->bytes)
        return 0.0;
    size_t nq = query->n < MAX_WORDS ? query->n : MAX_WORDS, nl = listed->n < MAX_WORDS ? listed->n : MAX_WORDS;
    pair pairs[MAX_WORDS * MAX_WORDS];
    size_t n = 0;
    for (size_t i = 0; i < nq; i++)
        for (size_t j = 0; j < nl; j++)
            if (query->words[i].sound == listed->words[j].sound)
                pairs[n++] = (pair){word_score(&listed->words[j], &query->words[i]), (uint16_t)i, (uint16_t)j};
    qsort(pairs, n, sizeof *pairs, by_score);
    bool q_taken[MAX_WORDS] = {0}, l_taken[MAX_WORDS] = {0};
    double weighted = 0.0;
    size_t matched_listed = 0;
    for (size_t k = 0; k < n; k++) {
        if (q_taken[pairs[k].q] || l_taken[pairs[k].l])
            continue;
        q_taken[pairs[k].q] = l_taken[pairs[k].l] = true;
        size_t ll = listed->words[pairs[k].l].len;
        weighted += pairs[k].score * (double)(query->words[pairs[k].q].len + ll);
        matched_listed += ll;
    }
    double average = weighted / (double)(query->bytes + matched_listed);
    double matched_share = (double)matched_listed / (double)listed->bytes;
    return average * (1.0 - (1.0 - matched_share) * 0.15);
}

/* BestPairCombinationJaroWinkler: the best over both names' variants. */
static double name_score(const prepared *query, const prepared *listed)
{
    double best = 0.0;
    for (size_t i = 0; i < query->n_variants; i++)
        for (size_t j = 0; j < listed->n_variants; j++) {
            double s = best_pairs(&query->v[i], &listed->v[j]);
            if (s > best)
                best = s;
        }
    return best;
}

/* ---- the two commands -------------------------------------------------------------------- */

typedef struct listed_name {
    prepared p;
    uint32_t entity;
} listed_name;

typedef struct hit {
    double score;
    uint32_t entity;
} hit;

static int by_hit(const void *x, const void *y)
{
    const hit *a = x, *b = y;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return a->entity < b->entity ? -1 : a->entity > b->entity;
}

static int usage(void)
{
    fprintf(stderr, "usage: bench_peer screen [--quiet] [--limit N] [--threshold X] --list SOURCE... QUERIES.txt\n"
                    "       bench_peer compare --pairs FILE.csv [--threshold X]\n"
                    "       bench_peer check\n");
    return 2;
}

static int screen(int argc, char **argv)
{
    const char *sources[16], *queries = NULL;
    size_t n_sources = 0, limit = 10;
    double threshold = 0.80;
    bool quiet = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--quiet") == 0)
            quiet = true;
        else if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc)
            limit = (size_t)atol(argv[++i]);
        else if (strcmp(argv[i], "--threshold") == 0 && i + 1 < argc)
            threshold = atof(argv[++i]);
        else if (strcmp(argv[i], "--list") == 0 && i + 1 < argc && n_sources < 16)
            sources[n_sources++] = argv[++i];
        else if (argv[i][0] != '-' && !queries)
            queries = argv[i];
        else
            return usage();
    }
    if (!queries || !n_sources)
        return usage();
    cordon_index *idx = NULL;
    if (cordon_index_open(&idx, sources, n_sources, NULL) != CORDON_OK) {
        fprintf(stderr, "bench_peer: %s\n", idx ? cordon_index_errmsg(idx) : "out of memory");
        cordon_index_close(idx);
        return 3;
    }
    size_t n_entities = cordon_index_entity_count(idx), n_names = 0, cap = 1024;
    listed_name *names = malloc(cap * sizeof *names);
    hit *best = calloc(n_entities + 1, sizeof *best);
    FILE *in = fopen(queries, "r");
    int status = names && best && in ? 0 : 3;
    for (size_t e = 0; e < n_entities && status == 0; e++) {
        const cordon_entity *ent = cordon_index_entity(idx, e);
        for (size_t k = 0; k < ent->n_names && status == 0; k++) {
            if (n_names == cap) {
                listed_name *grown = realloc(names, 2 * cap * sizeof *names);
                if (!grown) {
                    status = 3;
                    break;
                }
                names = grown;
                cap *= 2;
            }
            if (!prepare(&names[n_names].p, ent->names[k].full, ent->schema == CORDON_SCHEMA_PERSON))
                status = 3;
            else
                names[n_names++].entity = (uint32_t)e;
        }
    }
    char *line = NULL;
    size_t line_cap = 0, row = 0;
    ssize_t got;
    double start = clock_seconds(CLOCK_MONOTONIC);
    while (status == 0 && (got = getline(&line, &line_cap, in)) != -1) {
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        row++;
        prepared q;
        if (!prepare(&q, line, false)) {
            status = 3;
            break;
        }
        for (size_t e = 0; e < n_entities; e++)
            best[e] = (hit){0.0, (uint32_t)e};
        for (size_t i = 0; i < n_names; i++) {
            double s = name_score(&q, &names[i].p);
            if (s > best[names[i].entity].score)
                best[names[i].entity].score = s;
        }
        prepared_free(&q);
        size_t n_hits = 0;
        for (size_t e = 0; e < n_entities; e++)
            if (best[e].score >= threshold)
                best[n_hits++] = best[e];
        qsort(best, n_hits, sizeof *best, by_hit);
        printf("{\"row\":%zu,\"results\":[", row);
        for (size_t h = 0; h < n_hits && h < limit; h++)
            printf("%s{\"id\":\"%s\",\"score\":%.4f,\"match\":true}", h ? "," : "",
                   cordon_index_entity(idx, best[h].entity)->id, best[h].score);
        printf("]}\n");
    }
    double elapsed = clock_seconds(CLOCK_MONOTONIC) - start;
    if (status)
        fprintf(stderr, "bench_peer: %s\n", in ? "out of memory or a name that is not UTF-8" : queries);
    else if (!quiet)
        fprintf(stderr, "bench_peer: %zu queries against %zu names in %.2f s: %.1f queries/s (loading not counted)\n",
                row, n_names, elapsed, elapsed > 0 ? (double)row / elapsed : 0.0);
    free(line);
    if (in)
        fclose(in);
    for (size_t i = 0; i < n_names; i++)
        prepared_free(&names[i].p);
    free(names);
    free(best);
    cordon_index_close(idx);
    return status;
}

static int compare_pairs(int argc, char **argv)
{
    const char *path = NULL;
    double threshold = 0.80;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--pairs") == 0 && i + 1 < argc)
            path = argv[++i];
        else if (strcmp(argv[i], "--threshold") == 0 && i + 1 < argc)
            threshold = atof(argv[++i]);
        else
            return usage();
    }
    if (!path)
        return usage();
    cdn_csv csv;
    cdn_error err = {0};
    bool got = false;
    int status = cdn_csv_open(&csv, path, ',', &err);
    if (status == CORDON_OK)
        status = cdn_csv_next(&csv, &got, &err); /* the header */
    printf("score,match\n");
    while (status == CORDON_OK && got && (status = cdn_csv_next(&csv, &got, &err)) == CORDON_OK && got) {
        if (cdn_csv_count(&csv) < 2)
            continue;
        prepared a, b;
        if (!prepare(&a, cdn_csv_field(&csv, 0, NULL), false)) {
            status = CORDON_ENOMEM;
            break;
        }
        if (!prepare(&b, cdn_csv_field(&csv, 1, NULL), false)) {
            prepared_free(&a);
            status = CORDON_ENOMEM;
            break;
        }
        double s = name_score(&a, &b);
        printf("%.4f,%s\n", s, s >= threshold ? "true" : "false");
        prepared_free(&a);
        prepared_free(&b);
    }
    cdn_csv_close(&csv);
    if (status != CORDON_OK) {
        fprintf(stderr, "bench_peer: %s: %s\n", path, err.message[0] ? err.message : "out of memory");
        return 3;
    }
    return 0;
}

/* Cases from Watchman's own tests (internal/stringscore/jaro_winkler_test.go: indexed name,
 * query, the score its scorer gives, to 0.01; the words taken as they are). The model must
 * give the same scores before its figures mean anything. */
static const struct {
    const char *listed, *query;
    double score;
    bool combinations; /* BestPairCombinationJaroWinkler, else BestPairsJaroWinkler */
} PUBLISHED[] = {
    {"wei, zhao", "wei, Zhao", 0.875, false},
    {"jane doe", "jan lahore", 0.439, false},
    {"jan lahore", "jane doe", 0.549, false},
    {"john doe", "paul john", 0.624, false},
    {"john doe", "john othername", 0.440, false},
    {"tai me", "taim", 0.819, false},
    {"jane doe", "jane doe2", 0.940, false},
    {"kalamity linden", "kala limited", 0.687, false},
    {"nicolas moros maduro", "nicolas maduro", 0.958, false},
    {"nicolas maduro", "nicolas moros maduro", 0.839, false},
    {"ian", "ian mckinley", 0.429, false},
    {"ian mckinley", "iap", 0.733, false},
    {"ian mckinley", "tian xiang 7", 0.000, false},
    {"nicolas maduro", "nicol\xc3\xa1s maduro", 0.937, false},
    {"nick maduro", "nicolas maduro", 0.859, false},
    {"maduro moros, nicolas", "nicolas maduro", 0.953, false},
    {"nicolas, maduro moros", "nicol\xc3\xa1s", 0.822, false},
    {"africada financial services bureau change", "skylight financial services", 0.761, false},
    {"john smith", "john smythe", 0.893, false},
    {"sean", "shawn", 0.757, false},
    {"mohamed", "muhammed", 0.849, false},
    {"JSCARGUMENT", "JSC ARGUMENT", 0.413, false},
    {"JSCARGUMENT", "JSC ARGUMENT", 1.000, true},
    {"ARGUMENTJSC", "JSC ARGUMENT", 0.750, true},
};

/* The normalisation and reorder cases of Watchman's tests (pipeline_normalize_test.go at
 * commit 69cdfdf; pipeline_reorder.go's examples). */
static const struct {
    const char *name, *prepared;
    bool person;
} PUBLISHED_FORMS[] = {
    {"Nicol\xc3\xa1s Maduro", "nicolas maduro", false},
    {"Delcy Rodr\xc3\xadguez", "delcy rodriguez", false},
    {"ANGLO-CARIBBEAN ", "anglo caribbean", false},
    {"11,420.2-1 CORP.", "114202 1 corp", false},
    {"MADURO MOROS, Nicolas", "nicolas maduro moros", true},
    {"FELIX B. MADURO S.A.", "felix b maduro sa", true},
};

static int check(void)
{
    size_t n = sizeof PUBLISHED / sizeof PUBLISHED[0], wrong = 0;
    for (size_t i = 0; i < n; i++) {
        prepared l, q;
        if (!prepare_as(&l, PUBLISHED[i].listed, false, true) || !prepare_as(&q, PUBLISHED[i].query, false, true)) {
            fprintf(stderr, "bench_peer: out of memory\n");
            return 3;
        }
        if (!PUBLISHED[i].combinations)
            l.n_variants = q.n_variants = 1;
        double s = name_score(&q, &l);
        bool ok = s > PUBLISHED[i].score - 0.01 && s < PUBLISHED[i].score + 0.01;
        wrong += !ok;
        printf("%s %-45s %-30s %.3f (Watchman %.3f)\n", ok ? "ok  " : "DIFF", PUBLISHED[i].listed, PUBLISHED[i].query, s,
               PUBLISHED[i].score);
        prepared_free(&l);
        prepared_free(&q);
    }
    size_t n_forms = sizeof PUBLISHED_FORMS / sizeof PUBLISHED_FORMS[0], wrong_forms = 0;
    for (size_t i = 0; i < n_forms; i++) {
        prepared p;
        if (!prepare(&p, PUBLISHED_FORMS[i].name, PUBLISHED_FORMS[i].person)) {
            fprintf(stderr, "bench_peer: out of memory\n");
            return 3;
        }
        char joined[256] = "";
        for (size_t w = 0; w < p.v[0].n; w++)
            snprintf(joined + strlen(joined), sizeof joined - strlen(joined), "%s%.*s", w ? " " : "",
                     (int)p.v[0].words[w].len, p.v[0].words[w].s);
        bool ok = strcmp(joined, PUBLISHED_FORMS[i].prepared) == 0;
        wrong_forms += !ok;
        printf("%s %-45s %s (Watchman %s)\n", ok ? "ok  " : "DIFF", PUBLISHED_FORMS[i].name, joined,
               PUBLISHED_FORMS[i].prepared);
        prepared_free(&p);
    }
    printf("%zu of %zu published scores and %zu of %zu published forms reproduced\n", n - wrong, n,
           n_forms - wrong_forms, n_forms);
    return wrong || wrong_forms ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "check") == 0)
        return check();
    if (argc >= 2 && strcmp(argv[1], "screen") == 0)
        return screen(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "compare") == 0)
        return compare_pairs(argc - 2, argv + 2);
    return usage();
}
