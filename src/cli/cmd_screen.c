/*
 * cmd_screen.c — cordon screen: many names, one result record per input row, in input order.
 *
 * Input: one name per line, or a CSV file with a header and --column NAME. Output: JSON lines
 * (the search contract of DESIGN.md with "row") or CSV (row, name, best id, caption, score,
 * match). A row that cannot be screened (invalid UTF-8, an empty name) still gets its output
 * record, with "error", and is counted in the summary: the output never shifts.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

static const char HELP[] =
    "Usage: cordon screen [OPTIONS] --list SOURCE... INPUT|-\n"
    "\n"
    "Screens every name of INPUT (one per line, or a CSV column with --column) and writes one\n"
    "record per input row, in input order.\n"
    "\n"
    "Options:\n"
    "  -l, --list SOURCE     a list to load, [FORMAT:]PATH (repeatable)\n"
    "      --column NAME     INPUT is CSV with a header; screen this column\n"
    "  -f, --format FMT      jsonl (default: the search result contract plus \"row\") or csv\n"
    "  -o, --output FILE     write there instead of stdout\n"
    "      --threshold X     the alert threshold in [0, 1] (default 0.80)\n"
    "  -n, --limit N         results per row in jsonl (default 5)\n"
    "      --only-matches    write only rows with a match\n"
    "  -q, --quiet           no progress and no summary on stderr\n"
    "  -h, --help            this help\n";

typedef struct screen_opts {
    const char *column;
    bool csv_out;
    bool only_matches;
    bool quiet;
    cordon_search_options search;
} screen_opts;

typedef struct tally {
    size_t rows, matches, errors;
} tally;

/* Splits one CSV line into fields in place (RFC 4180 quotes, no embedded line breaks). */
static size_t split_csv(char *line, char **fields, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (n < max) {
        char *out = p;
        fields[n++] = p;
        if (*p == '"') {
            p++;
            for (;;) {
                if (*p == '"' && p[1] == '"') {
                    *out++ = '"';
                    p += 2;
                } else if (*p == '"' || *p == '\0') {
                    if (*p)
                        p++;
                    break;
                } else {
                    *out++ = *p++;
                }
            }
            while (*p && *p != ',')
                p++;
        } else {
            while (*p && *p != ',')
                *out++ = *p++;
        }
        char sep = *p;
        *out = '\0';
        if (sep != ',')
            break;
        p++;
    }
    return n;
}

static void csv_field(FILE *out, const char *s)
{
    bool quote = strpbrk(s, ",\"\n\r") != NULL;
    if (!quote) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void write_row(FILE *out, const screen_opts *o, size_t row, const char *name, const cordon_results *res,
                      const char *error)
{
    size_t n = cordon_results_count(res);
    bool match = n > 0 && cordon_results_get(res, 0)->match;
    if (o->only_matches && !match)
        return;
    if (o->csv_out) {
        const cordon_result *top = n ? cordon_results_get(res, 0) : NULL;
        fprintf(out, "%zu,", row);
        csv_field(out, name);
        fputc(',', out);
        csv_field(out, top ? top->entity->id : "");
        fputc(',', out);
        csv_field(out, top ? top->entity->caption : "");
        fprintf(out, ",%.4f,%s,", top ? top->score : 0.0, match ? "true" : "false");
        csv_field(out, error ? error : "");
        fputc('\n', out);
        return;
    }
    json_t *results = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(results, json_out_result(cordon_results_get(res, i)));
    json_t *query = json_string(name); /* NULL when name is not UTF-8: the row's error says so */
    json_t *doc = json_pack("{s:I, s:o, s:o}", "row", (json_int_t)row, "query", query ? query : json_string(""),
                            "results", results);
    if (error)
        json_object_set_new(doc, "error", json_string(error));
    cli_json_print(doc, out);
    json_decref(doc);
}

static void progress(const tally *t, struct timespec start, bool final)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double secs = (double)(now.tv_sec - start.tv_sec) + (double)(now.tv_nsec - start.tv_nsec) / 1e9;
    fprintf(stderr, "%s%zu rows, %zu matches, %zu errors, %.1f s (%.0f rows/s)%s", final ? "cordon: screened " : "\r",
            t->rows, t->matches, t->errors, secs, secs > 0 ? (double)t->rows / secs : 0.0, final ? "\n" : "");
}

static int screen_stream(const cordon_index *idx, FILE *in, const char *input_name, FILE *out, const screen_opts *o,
                         tally *t)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int column = -1;
    long line_no = 0;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    bool show_progress = !o->quiet && isatty(STDERR_FILENO);
    if (o->csv_out)
        fputs("row,name,id,caption,score,match,error\n", out);
    while ((got = getline(&line, &cap, in)) != -1) {
        line_no++;
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        const char *name = line;
        char *fields[256];
        if (o->column) {
            size_t nf = split_csv(line, fields, 256);
            if (line_no == 1) {
                for (size_t i = 0; i < nf && column < 0; i++)
                    if (strcmp(fields[i], o->column) == 0)
                        column = (int)i;
                if (column < 0) {
                    cli_error("%s:1: no column '%s' in the header", input_name, o->column);
                    free(line);
                    return EXIT_BAD_INPUT;
                }
                continue;
            }
            name = (size_t)column < nf ? fields[column] : "";
        }
        size_t row = ++t->rows;
        cordon_results *res = NULL;
        const char *error = NULL;
        if (!*name)
            error = "empty name";
        else if (cordon_search(idx, name, &o->search, &res) != CORDON_OK)
            error = cordon_results_errmsg(res);
        if (error) {
            t->errors++;
            if (!o->quiet)
                fprintf(stderr, "%scordon: %s:%ld: row %zu: %s\n", show_progress ? "\n" : "", input_name, line_no, row,
                        error);
        }
        if (!error && cordon_results_count(res) && cordon_results_get(res, 0)->match)
            t->matches++;
        write_row(out, o, row, name, res, error);
        cordon_results_free(res);
        if (show_progress && t->rows % 1000 == 0)
            progress(t, start, false);
    }
    free(line);
    if (ferror(in)) {
        cli_error("%s: read error: %s", input_name, strerror(errno));
        return EXIT_BAD_INPUT;
    }
    if (!o->quiet)
        progress(t, start, true);
    return EXIT_DONE;
}

int cmd_screen(int argc, char **argv)
{
    enum { OPT_THRESHOLD = 256, OPT_COLUMN, OPT_ONLY };
    static const struct option OPTIONS[] = {
        {"list", required_argument, NULL, 'l'},       {"index", required_argument, NULL, 'i'},
        {"column", required_argument, NULL, OPT_COLUMN}, {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},     {"threshold", required_argument, NULL, OPT_THRESHOLD},
        {"limit", required_argument, NULL, 'n'},      {"only-matches", no_argument, NULL, OPT_ONLY},
        {"quiet", no_argument, NULL, 'q'},            {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    cli_lists lists = {0};
    screen_opts o = {0};
    cordon_search_options_default(&o.search);
    o.search.limit = 5;
    const char *output = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:f:o:n:qh", OPTIONS, NULL)) != -1) {
        char *end;
        switch (opt) {
        case 'l':
        case 'i':
            if (cli_lists_add(&lists, "screen", opt, optarg) != EXIT_DONE)
                return EXIT_USAGE;
            break;
        case OPT_COLUMN: o.column = optarg; break;
        case 'f':
            if (strcmp(optarg, "csv") == 0)
                o.csv_out = true;
            else if (strcmp(optarg, "jsonl") != 0)
                return cli_usage_error("screen", "invalid --format '%s' (csv or jsonl)", optarg);
            break;
        case 'o': output = optarg; break;
        case OPT_THRESHOLD:
            o.search.threshold = strtod(optarg, &end);
            if (end == optarg || *end || o.search.threshold < 0.0 || o.search.threshold > 1.0)
                return cli_usage_error("screen", "invalid --threshold '%s' (a number from 0 to 1)", optarg);
            if (o.search.min_score > o.search.threshold)
                o.search.min_score = o.search.threshold;
            break;
        case 'n': {
            long v = strtol(optarg, &end, 10);
            if (end == optarg || *end || v < 1 || v > 1000)
                return cli_usage_error("screen", "invalid --limit '%s' (a whole number from 1 to 1000)", optarg);
            o.search.limit = (size_t)v;
            break;
        }
        case OPT_ONLY: o.only_matches = true; break;
        case 'q': o.quiet = true; break;
        case 'h': fputs(HELP, stdout); return EXIT_DONE;
        default: return cli_usage_error("screen", "invalid option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("screen", "give one INPUT file (or - for stdin)");
    const char *input = argv[optind];
    FILE *in = strcmp(input, "-") == 0 ? stdin : fopen(input, "r");
    if (!in) {
        cli_error("%s: cannot open: %s", input, strerror(errno));
        return EXIT_BAD_INPUT;
    }
    int status;
    cordon_index *idx = cli_open_index(&lists, "screen", o.quiet, &status);
    if (!idx) {
        if (in != stdin)
            fclose(in);
        return status;
    }
    /* Write to a temporary file beside the output and rename it at the end, so an interrupted
     * or failed run never leaves an output that looks complete. */
    char tmp[4096];
    FILE *out = stdout;
    if (output) {
        snprintf(tmp, sizeof tmp, "%s.partial", output);
        out = fopen(tmp, "w");
        if (!out) {
            cli_error("%s: cannot create: %s", tmp, strerror(errno));
            cordon_index_close(idx);
            if (in != stdin)
                fclose(in);
            return EXIT_BAD_INPUT;
        }
    }
    tally t = {0};
    status = screen_stream(idx, in, strcmp(input, "-") == 0 ? "<stdin>" : input, out, &o, &t);
    if (in != stdin)
        fclose(in);
    if (fflush(out) != 0 || ferror(out)) {
        cli_error("%s: write error", output ? tmp : "<stdout>");
        status = EXIT_BAD_INPUT;
    }
    if (output) {
        fclose(out);
        if (status == EXIT_DONE && rename(tmp, output) != 0) {
            cli_error("%s: cannot rename to %s: %s", tmp, output, strerror(errno));
            status = EXIT_BAD_INPUT;
        }
    }
    cordon_index_close(idx);
    if (status == EXIT_DONE && t.errors)
        status = EXIT_BAD_INPUT;
    return status;
}
