/*
 * cmd_scan.c — cordon scan: which listed parties do these texts mention?
 *
 * Each file (or stdin for -) is scanned on its own (cordon_scan); the output is, per file, the
 * mentions with their byte offsets and a summary of the parties, then, for several files, a
 * summary over all of them. Progress goes to stderr for long runs.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/audit_cli.h"

static const char HELP[] =
    "Usage: cordon scan [OPTIONS] --list SOURCE... FILE...|-\n"
    "\n"
    "Reads each text or HTML file (or stdin for -) and reports every mention of a listed party,\n"
    "with its byte offsets in the file, and a summary of the parties mentioned (per file, and\n"
    "over all files when there are several).\n"
    "\n"
    "Options:\n"
    "  -l, --list SOURCE     a list to load, [FORMAT:]PATH (repeatable)\n"
    "      --index FILE      an index snapshot from 'cordon index build'\n"
    "      --threshold X     report mentions scoring at least X (default 0.80)\n"
    "      --highlight       print the text with the mentions marked (default on a terminal)\n"
    "      --html, --text    read the input as HTML (markup skipped, offsets into the original)\n"
    "                        or as plain text (default: told from the content)\n"
    "      --json            one JSON object per file: {\"document\", \"mentions\", \"entities\"}\n"
    "      --fail-on-match   exit 1 when any mention is found (with --audit: any alert)\n"
    "      --audit DB        record each document's screening in the audit database DB: the\n"
    "                        parties mentioned, with their best score, become alerts to review\n"
    "                        with 'cordon audit'; if a record cannot be written, that document's\n"
    "                        report is not printed and the exit status is 3\n"
    "      --customer-id ID  the party the documents are about, for the audit\n"
    "  -q, --quiet           no warnings about skipped list records\n"
    "  -h, --help            this help\n";

/* The entities a document mentions, with their mention count and best score. */
typedef struct entity_summary {
    const cordon_entity *entity;
    size_t mentions;
    double best;
    const char *best_name; /* the entity's name that the best mention matched */
} entity_summary;

static size_t summarize(const cordon_mentions *m, entity_summary *out)
{
    size_t n = 0;
    for (size_t i = 0; i < cordon_mentions_count(m); i++) {
        const cordon_mention *x = cordon_mentions_get(m, i);
        size_t j = 0;
        while (j < n && out[j].entity != x->entity)
            j++;
        if (j == n)
            out[n++] = (entity_summary){x->entity, 0, 0.0, x->matched_name->full};
        out[j].mentions++;
        if (x->score > out[j].best) {
            out[j].best = x->score;
            out[j].best_name = x->matched_name->full;
        }
    }
    return n;
}

/* The parties mentioned over all files: each with its mentions and the files it is in. */
typedef struct totals {
    entity_summary *items;
    size_t *files;
    size_t count, cap;
    size_t mentions, documents;
} totals;

static bool totals_add(totals *t, const cordon_mentions *m)
{
    entity_summary *sum = calloc(cordon_mentions_count(m) + 1, sizeof *sum);
    if (!sum)
        return false;
    size_t n = summarize(m, sum);
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        while (j < t->count && t->items[j].entity != sum[i].entity)
            j++;
        if (j == t->count) {
            if (t->count == t->cap) {
                size_t cap = t->cap ? 2 * t->cap : 16;
                entity_summary *items = realloc(t->items, cap * sizeof *items);
                size_t *files = items ? realloc(t->files, cap * sizeof *files) : NULL;
                if (items)
                    t->items = items;
                if (!items || !files) {
                    free(sum);
                    return false;
                }
                t->files = files;
                t->cap = cap;
            }
            t->items[t->count] = (entity_summary){sum[i].entity, 0, 0.0, sum[i].best_name};
            t->files[t->count++] = 0;
        }
        t->items[j].mentions += sum[i].mentions;
        t->files[j]++;
        if (sum[i].best > t->items[j].best)
            t->items[j].best = sum[i].best;
    }
    t->mentions += cordon_mentions_count(m);
    t->documents++;
    free(sum);
    return true;
}

static void print_totals(const totals *t)
{
    printf("== all %zu files: %zu mention%s of %zu listed part%s\n", t->documents, t->mentions,
           t->mentions == 1 ? "" : "s", t->count, t->count == 1 ? "y" : "ies");
    for (size_t i = 0; i < t->count; i++) {
        const cordon_entity *e = t->items[i].entity;
        printf("    %-24s ", e->id);
        cli_print_cell(stdout, e->caption, strlen(e->caption), 48);
        printf(" %zu× in %zu file%s, best %.2f\n", t->items[i].mentions, t->files[i], t->files[i] == 1 ? "" : "s",
               t->items[i].best);
    }
}

/* Progress on stderr: one line rewritten in place on a terminal, else a line every 25 files. */
static void print_progress(size_t done, size_t total, size_t bytes, size_t mentions, bool tty, bool last)
{
    if (!tty && !last && done % 25 != 0)
        return;
    fprintf(stderr, "%scordon scan: %zu/%zu files, %.1f MB, %zu mentions%s", tty ? "\r" : "", done, total,
            (double)bytes / 1e6, mentions, tty && !last ? "" : "\n");
    fflush(stderr);
}

/* The audit of one document: its receipt, and the marks of its entity summaries in order. */
typedef struct doc_audit {
    cordon_audit_receipt receipt;
    cordon_audit_mark *marks;
} doc_audit;

static void print_json(const char *doc_name, const char *text, const cordon_mentions *m, const doc_audit *audit)
{
    json_t *doc = json_out_scan(doc_name, text, m);
    /* json_out_scan lists the entities in order of first mention, as summarize does. */
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(doc, "entities"), i, e) {
        if (audit)
            cli_json_add_mark(e, &audit->marks[i]);
    }
    if (audit)
        json_object_set_new(doc, "screening_id", json_integer(audit->receipt.screening_id));
    cli_json_print(doc, stdout);
    json_decref(doc);
}

static void print_highlighted(const char *text, size_t len, const cordon_mentions *m, bool color)
{
    size_t at = 0;
    for (size_t i = 0; i < cordon_mentions_count(m); i++) {
        const cordon_mention *x = cordon_mentions_get(m, i);
        fwrite(text + at, 1, x->start - at, stdout);
        printf("%s", color ? "\033[1;7m" : "[[");
        fwrite(text + x->start, 1, x->end - x->start, stdout);
        printf("%s", color ? "\033[0m" : "]]");
        at = x->end;
    }
    fwrite(text + at, 1, len - at, stdout);
    if (len && text[len - 1] != '\n')
        putchar('\n');
}

/* Prints one document's report for a reader; false (nothing printed) when out of memory. */
static bool print_human(const char *doc_name, const char *text, size_t len, const cordon_mentions *m, bool highlight,
                        const doc_audit *audit)
{
    bool color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    size_t count = cordon_mentions_count(m);
    entity_summary *sum = calloc(count + 1, sizeof *sum);
    if (!sum)
        return false;
    size_t n = summarize(m, sum);
    printf("== %s: %zu mention%s of %zu listed part%s\n", doc_name, count, count == 1 ? "" : "s", n,
           n == 1 ? "y" : "ies");
    if (highlight) {
        print_highlighted(text, len, m, color);
        printf("\n");
    }
    for (size_t i = 0; i < count; i++) {
        const cordon_mention *x = cordon_mentions_get(m, i);
        printf("  %6zu-%-6zu ", x->start, x->end);
        cli_print_cell(stdout, text + x->start, x->end - x->start, 32);
        printf(" %.2f  %s  %s\n", x->score, x->entity->id, x->entity->caption);
    }
    if (n) {
        printf("  parties mentioned:\n");
        for (size_t i = 0; i < n; i++) {
            printf("    %-24s ", sum[i].entity->id);
            cli_print_cell(stdout, sum[i].entity->caption, strlen(sum[i].entity->caption), 48);
            printf(" %zu× best %.2f", sum[i].mentions, sum[i].best);
            if (audit && audit->marks[i].outcome != CORDON_AUDIT_BELOW)
                printf("  %s #%lld", audit->marks[i].outcome == CORDON_AUDIT_ALERT ? "ALERT" : "SUPPRESSED",
                       audit->marks[i].alert_id);
            printf("\n");
        }
    }
    if (audit)
        printf("  audited as screening %lld: %zu alert%s, %zu suppressed\n", audit->receipt.screening_id,
               audit->receipt.alerts, audit->receipt.alerts == 1 ? "" : "s", audit->receipt.suppressed);
    printf("\n");
    free(sum);
    return true;
}

/* Records one scanned document: the parties it mentions, each with its best mention. Fills
 * *out (marks to free) and returns EXIT_DONE, or prints why and returns EXIT_BAD_INPUT. */
static int audit_document(cordon_audit *audit, const cordon_index *idx, const char *doc_name, const char *customer,
                          const cordon_scan_options *opts, const cordon_mentions *m, doc_audit *out)
{
    size_t count = cordon_mentions_count(m);
    entity_summary *sum = calloc(count + 1, sizeof *sum);
    cordon_audit_hit *hits = calloc(count + 1, sizeof *hits);
    out->marks = calloc(count + 1, sizeof *out->marks);
    if (!sum || !hits || !out->marks) {
        free(sum);
        free(hits);
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    size_t n = summarize(m, sum);
    for (size_t i = 0; i < n; i++)
        hits[i] = (cordon_audit_hit){sum[i].entity, sum[i].best_name, sum[i].best};
    cordon_audit_screening s;
    cli_audit_screening(&s, "scan", customer, doc_name);
    s.threshold = opts->threshold;
    int status = cordon_audit_record(audit, idx, &s, hits, n, out->marks, &out->receipt);
    free(sum);
    free(hits);
    if (status != CORDON_OK) {
        cli_error("%s; the report on %s is not shown, as it was not audited", cordon_audit_errmsg(audit), doc_name);
        return EXIT_BAD_INPUT;
    }
    return EXIT_DONE;
}

/* What the command line asked for. */
typedef struct scan_cmd {
    cli_lists lists;
    cordon_scan_options opts;
    bool json, fail_on_match, quiet, highlight;
    const char *audit_path, *customer;
    int progress; /* -1: decide from stderr and the number of files */
} scan_cmd;

/* Parses the options into c (optind is then the first FILE); returns EXIT_DONE, EXIT_USAGE, or
 * -1 after --help. */
static int parse_options(scan_cmd *c, int argc, char **argv)
{
    enum {
        OPT_THRESHOLD = 256, OPT_JSON, OPT_FAIL, OPT_HIGHLIGHT, OPT_HTML, OPT_TEXT, OPT_PROGRESS, OPT_NO_PROGRESS,
        OPT_AUDIT, OPT_CUSTOMER
    };
    static const struct option OPTIONS[] = {
        {"list", required_argument, NULL, 'l'},         {"index", required_argument, NULL, 'i'},
        {"threshold", required_argument, NULL, OPT_THRESHOLD}, {"json", no_argument, NULL, OPT_JSON},
        {"fail-on-match", no_argument, NULL, OPT_FAIL}, {"highlight", no_argument, NULL, OPT_HIGHLIGHT},
        {"quiet", no_argument, NULL, 'q'},              {"help", no_argument, NULL, 'h'},
        {"html", no_argument, NULL, OPT_HTML},          {"text", no_argument, NULL, OPT_TEXT},
        {"progress", no_argument, NULL, OPT_PROGRESS},  {"no-progress", no_argument, NULL, OPT_NO_PROGRESS},
        {"audit", required_argument, NULL, OPT_AUDIT},  {"customer-id", required_argument, NULL, OPT_CUSTOMER},
        {NULL, 0, NULL, 0},
    };
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:qh", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case 'l':
        case 'i':
            if (cli_lists_add(&c->lists, "scan", opt, optarg) != EXIT_DONE)
                return EXIT_USAGE;
            break;
        case OPT_THRESHOLD: {
            char *end;
            c->opts.threshold = strtod(optarg, &end);
            if (end == optarg || *end || c->opts.threshold < 0.0 || c->opts.threshold > 1.0)
                return cli_usage_error("scan", "invalid --threshold '%s' (a number from 0 to 1)", optarg);
            break;
        }
        case OPT_JSON: c->json = true; break;
        case OPT_FAIL: c->fail_on_match = true; break;
        case OPT_HIGHLIGHT: c->highlight = true; break;
        case OPT_HTML: c->opts.html = 1; break;
        case OPT_TEXT: c->opts.html = 0; break;
        case OPT_PROGRESS: c->progress = 1; break;
        case OPT_NO_PROGRESS: c->progress = 0; break;
        case OPT_AUDIT: c->audit_path = optarg; break;
        case OPT_CUSTOMER: c->customer = optarg; break;
        case 'q': c->quiet = true; break;
        case 'h': fputs(HELP, stdout); return -1;
        default: return cli_usage_error("scan", "invalid option");
        }
    }
    if (optind >= argc)
        return cli_usage_error("scan", "no FILE to scan (use - for stdin)");
    if (c->customer && !c->audit_path)
        return cli_usage_error("scan", "--customer-id is recorded in the audit trail: give --audit DB too");
    return EXIT_DONE;
}

/* The open index, scanner and audit of one run, and what its files added up to. */
typedef struct scan_run {
    const scan_cmd *cmd;
    cordon_index *idx;
    cordon_scanner *scanner; /* one for every file: what it learns of a word in one serves the next */
    cordon_audit *audit;     /* NULL without --audit */
    totals all;
    size_t bytes;
    bool any; /* a mention found (with --audit: an alert raised) */
} scan_run;

/* Scans the file at path ("-": stdin), audits and prints its report. Returns EXIT_DONE, or
 * EXIT_BAD_INPUT after saying why (the file unread or unscanned, its audit not written: its
 * report is then not printed). */
static int scan_file(scan_run *r, const char *path)
{
    size_t len;
    char *text = cli_read_file(path, &len);
    if (!text)
        return EXIT_BAD_INPUT;
    const scan_cmd *c = r->cmd;
    cordon_mentions *m = NULL;
    int result = EXIT_DONE;
    if (cordon_scanner_scan(r->scanner, text, len, &c->opts, &m) != CORDON_OK) {
        cli_error("%s: %s", path, cordon_mentions_errmsg(m));
        result = EXIT_BAD_INPUT;
    } else {
        const char *doc_name = strcmp(path, "-") == 0 ? "<stdin>" : path;
        doc_audit recorded = {{0}, NULL};
        result = r->audit ? audit_document(r->audit, r->idx, doc_name, c->customer, &c->opts, m, &recorded) : EXIT_DONE;
        if (result == EXIT_DONE) {
            r->any |= r->audit ? recorded.receipt.alerts > 0 : cordon_mentions_count(m) > 0;
            r->bytes += len;
            if (c->json)
                print_json(doc_name, text, m, r->audit ? &recorded : NULL);
            else if (!print_human(doc_name, text, len, m, c->highlight, r->audit ? &recorded : NULL))
                result = EXIT_BAD_INPUT;
            if (!totals_add(&r->all, m))
                result = EXIT_BAD_INPUT;
            if (result != EXIT_DONE)
                cli_error("%s: out of memory", doc_name);
        }
        free(recorded.marks);
    }
    cordon_mentions_free(m);
    free(text);
    return result;
}

int cmd_scan(int argc, char **argv)
{
    scan_cmd c = {.highlight = isatty(STDOUT_FILENO), .progress = -1};
    cordon_scan_options_default(&c.opts);
    int status = parse_options(&c, argc, argv);
    if (status != EXIT_DONE)
        return status < 0 ? EXIT_DONE : status;
    scan_run r = {.cmd = &c};
    if (c.audit_path && !(r.audit = cli_audit_open(c.audit_path, &status)))
        return status;
    if (!(r.idx = cli_open_index(&c.lists, "scan", c.quiet, &status))) {
        cordon_audit_close(r.audit);
        return status;
    }
    if (cordon_scanner_new(r.idx, &r.scanner) != CORDON_OK) {
        cli_error("out of memory");
        cordon_index_close(r.idx);
        cordon_audit_close(r.audit);
        return EXIT_BAD_INPUT;
    }
    int result = EXIT_DONE;
    size_t n_files = (size_t)(argc - optind);
    bool tty = isatty(STDERR_FILENO);
    bool progress = c.progress < 0 ? tty || n_files >= 10 : c.progress;
    for (int f = optind; f < argc; f++) {
        if (scan_file(&r, argv[f]) != EXIT_DONE)
            result = EXIT_BAD_INPUT;
        if (progress)
            print_progress((size_t)(f - optind + 1), n_files, r.bytes, r.all.mentions, tty, f + 1 == argc);
    }
    if (!c.json && n_files > 1)
        print_totals(&r.all);
    free(r.all.items);
    free(r.all.files);
    cordon_scanner_free(r.scanner);
    cordon_index_close(r.idx);
    cordon_audit_close(r.audit);
    if (fflush(stdout) != 0) {
        cli_error("cannot write the output");
        return EXIT_BAD_INPUT;
    }
    if (result != EXIT_DONE)
        return result;
    return c.fail_on_match && r.any ? EXIT_MATCH : EXIT_DONE;
}
