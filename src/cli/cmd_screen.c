/*
 * cmd_screen.c — cordon screen: a file of customers in, one result record per input row out,
 * in input order, on all cores (see screen.h for the pieces).
 *
 * This file owns what is about the command as a whole: its options, the output file (written as
 * FILE.partial and renamed only when complete), Ctrl-C (stop reading, finish the rows in flight,
 * keep FILE.partial well formed, exit 130) and --resume, the progress bar and the summary.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/screen.h"

static const char HELP[] =
    "Usage: cordon screen [OPTIONS] (--list SOURCE... | --index FILE) INPUT|-\n"
    "\n"
    "Screens every row of INPUT and writes one record per input row, in input order.\n"
    "INPUT is one name per line, a CSV file with a header, or JSON lines (objects with the\n"
    "keys name, type, dob, country, id); '-' reads standard input.\n"
    "\n"
    "Input:\n"
    "      --input-format F  lines, csv or jsonl (default: jsonl for .jsonl/.ndjson, csv for\n"
    "                        .csv or when a column is given, else lines)\n"
    "      --column NAME     the CSV column holding the name (default: name)\n"
    "      --map MAP         CSV columns of the fields: name=COL,type=COL,dob=COL,country=COL,id=COL\n"
    "                        (type: person, organization, vessel, aircraft, legalentity;\n"
    "                        dob: YYYY[-MM[-DD]];\n"
    "                        country: ISO code or English name; id: carried to the output)\n"
    "Output:\n"
    "  -f, --format FMT      jsonl (default: {\"row\", \"input_id\", \"query\", \"results\", \"error\"})\n"
    "                        or csv (row,input_id,name,id,caption,score,match,error)\n"
    "  -o, --output FILE     write FILE (via FILE.partial, renamed when complete; a device or\n"
    "                        a pipe, such as /dev/null, is written directly)\n"
    "      --only-matches    write only rows with a match (and rejected rows)\n"
    "      --rejects FILE    write rejected rows there: row,line,input_id,reason,name\n"
    "      --resume          continue an interrupted run from FILE.partial (needs -o)\n"
    "      --audit DB        record every row (the input id column is the customer id) in the\n"
    "                        audit database DB, in transactions of up to 256 rows; a row's\n"
    "                        record is written only after its transaction commits, so every\n"
    "                        output row is audited exactly once, across kill -9 and --resume.\n"
    "                        Records get \"audit\" (alert, suppressed, below) and \"alert_id\"\n"
    "      --delta OLD       report only alerts that appeared or disappeared since OLD (a list\n"
    "                        source or snapshot of the previous version); the current lists are\n"
    "                        --list/--index. Records get \"change\": new or gone\n"
    "Screening:\n"
    "  -l, --list SOURCE     a list to load, [FORMAT:]PATH (repeatable)\n"
    "  -i, --index FILE      an index snapshot from 'cordon index build'\n"
    "      --threshold X     the alert threshold in [0, 1] (default 0.80)\n"
    "  -n, --limit N         results per row in jsonl (default 5)\n"
    "  -j, --threads N       worker threads (default: the online CPUs)\n"
    "      --fail-on-match   exit 1 when any row matches\n"
    "  -q, --quiet           no progress bar, no summary, no per-row messages on stderr\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 done, 1 a match with --fail-on-match, 2 usage error, 3 bad input (rejected\n"
    "rows still get their output record, with \"error\"), 130 interrupted (resume with --resume).\n";

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

/* SIGINT and SIGTERM ask the batch to stop cleanly; a second one kills it at once. */
static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESTART | SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

typedef struct progress {
    screen_sink *sink;
    struct timespec start, last;
    bool show;
} progress;

static double seconds_since(struct timespec t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t.tv_sec) + (double)(now.tv_nsec - t.tv_nsec) / 1e9;
}

/* The progress bar: rows, rows/s, and with a regular file the share read and the time left. */
static void show_progress(void *ctx, const screen_reader *r)
{
    progress *p = ctx;
    if (!p->show || seconds_since(p->last) < 0.25)
        return;
    clock_gettime(CLOCK_MONOTONIC, &p->last);
    double secs = seconds_since(p->start);
    size_t rows = atomic_load(&p->sink->tally.rows);
    fprintf(stderr, "\r\033[Kcordon: %zu rows, %.0f rows/s, %zu alerts", rows, secs > 0 ? (double)rows / secs : 0.0,
            atomic_load(&p->sink->tally.alerts));
    long long at = screen_reader_offset(r);
    if (r->size > 0 && at > 0 && at <= r->size) {
        double share = (double)at / (double)r->size;
        double left = secs / share - secs;
        fprintf(stderr, ", %.0f%%, ETA %d:%02d", share * 100.0, (int)(left / 60), (int)left % 60);
    }
    p->sink->progress_line = true;
}

/* "; LABEL: id (version), ..." for the lists of idx. */
static void print_lists(const char *label, const cordon_index *idx)
{
    fprintf(stderr, "; %s:", label);
    for (size_t i = 0; i < cordon_index_list_count(idx); i++) {
        const cordon_list_info *l = cordon_index_list(idx, i);
        fprintf(stderr, "%s %s (%s)", i ? "," : "", l->id, l->version ? l->version : "no version");
    }
}

/* The one-line summary: rows, alerts, rejected rows, time, and the list versions screened. */
static void print_summary(const screen_sink *s, const cordon_index *idx, const cordon_index *old_idx,
                          const screen_delta *delta, double secs, size_t skipped)
{
    size_t rows = atomic_load(&s->tally.rows);
    fprintf(stderr, "%scordon: screened %zu rows: %zu %s, %zu rejected, in %.1f s (%.0f rows/s)",
            s->progress_line ? "\r\033[K" : "", rows, atomic_load(&s->tally.alerts),
            s->delta ? "alert changes" : "alerts", atomic_load(&s->tally.rejected), secs,
            secs > 0 ? (double)rows / secs : 0.0);
    if (skipped)
        fprintf(stderr, ", resumed after row %zu", skipped);
    print_lists("lists", idx);
    if (old_idx) {
        size_t counts[3];
        screen_delta_counts(delta, counts);
        print_lists("compared with", old_idx);
        fprintf(stderr, " (%zu entities added, %zu removed, %zu changed)", counts[CORDON_CHANGE_ADDED],
                counts[CORDON_CHANGE_REMOVED], counts[CORDON_CHANGE_CHANGED]);
    }
    fputc('\n', stderr);
}

/* Parses --map name=COL,type=COL,... into columns. */
static bool parse_map(char *map, const char *columns[N_FIELDS])
{
    for (char *item = strtok(map, ","); item; item = strtok(NULL, ",")) {
        char *eq = strchr(item, '=');
        if (!eq || eq == item || !eq[1])
            return false;
        *eq = '\0';
        int k = 0;
        while (k < N_FIELDS && strcmp(item, SCREEN_FIELD_NAMES[k]) != 0)
            k++;
        if (k == N_FIELDS)
            return false;
        columns[k] = eq + 1;
    }
    return true;
}

typedef struct screen_cmd {
    cli_lists lists;
    cordon_index *idx, *old_idx;  /* the current lists; with --delta, the previous ones */
    screen_delta *delta;
    screen_reader reader;
    screen_job job;
    screen_sink sink;
    const char *output, *rejects, *delta_old, *audit_path;
    screen_audit audit;
    bool resume, fail_on_match;
    bool output_direct; /* -o names a device or a pipe (/dev/null, a FIFO): written as it is */
    int threads;
} screen_cmd;

/* Parses the options into c; returns EXIT_DONE, EXIT_USAGE, or -1 after --help. */
static int parse_options(screen_cmd *c, int argc, char **argv)
{
    enum { OPT_THRESHOLD = 256, OPT_COLUMN, OPT_MAP, OPT_INPUT_FORMAT, OPT_ONLY, OPT_REJECTS, OPT_RESUME, OPT_DELTA,
           OPT_FAIL, OPT_AUDIT };
    static const struct option OPTIONS[] = {
        {"list", required_argument, NULL, 'l'},       {"index", required_argument, NULL, 'i'},
        {"column", required_argument, NULL, OPT_COLUMN}, {"map", required_argument, NULL, OPT_MAP},
        {"input-format", required_argument, NULL, OPT_INPUT_FORMAT}, {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},     {"threshold", required_argument, NULL, OPT_THRESHOLD},
        {"limit", required_argument, NULL, 'n'},      {"only-matches", no_argument, NULL, OPT_ONLY},
        {"threads", required_argument, NULL, 'j'},    {"rejects", required_argument, NULL, OPT_REJECTS},
        {"resume", no_argument, NULL, OPT_RESUME},    {"delta", required_argument, NULL, OPT_DELTA},
        {"fail-on-match", no_argument, NULL, OPT_FAIL}, {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},             {"audit", required_argument, NULL, OPT_AUDIT},
        {NULL, 0, NULL, 0},
    };
    cordon_search_options *search = &c->job.search;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:i:f:o:n:j:qh", OPTIONS, NULL)) != -1) {
        char *end;
        long v;
        switch (opt) {
        case 'l':
        case 'i':
            if (cli_lists_add(&c->lists, "screen", opt, optarg) != EXIT_DONE)
                return EXIT_USAGE;
            break;
        case OPT_COLUMN: c->reader.columns[FIELD_NAME] = optarg; break;
        case OPT_MAP:
            if (!parse_map(optarg, c->reader.columns))
                return cli_usage_error("screen", "invalid --map (name=COL,type=COL,dob=COL,country=COL,id=COL)");
            break;
        case OPT_INPUT_FORMAT:
            if (strcmp(optarg, "lines") == 0)
                c->reader.format = INPUT_LINES;
            else if (strcmp(optarg, "csv") == 0)
                c->reader.format = INPUT_CSV;
            else if (strcmp(optarg, "jsonl") == 0)
                c->reader.format = INPUT_JSONL;
            else
                return cli_usage_error("screen", "invalid --input-format '%s' (lines, csv or jsonl)", optarg);
            break;
        case 'f':
            if (strcmp(optarg, "csv") == 0)
                c->sink.csv = true;
            else if (strcmp(optarg, "jsonl") != 0)
                return cli_usage_error("screen", "invalid --format '%s' (csv or jsonl)", optarg);
            break;
        case 'o': c->output = optarg; break;
        case OPT_THRESHOLD:
            search->threshold = strtod(optarg, &end);
            if (end == optarg || *end || search->threshold < 0.0 || search->threshold > 1.0)
                return cli_usage_error("screen", "invalid --threshold '%s' (a number from 0 to 1)", optarg);
            if (search->min_score > search->threshold)
                search->min_score = search->threshold;
            break;
        case 'n':
            v = strtol(optarg, &end, 10);
            if (end == optarg || *end || v < 1 || v > 1000)
                return cli_usage_error("screen", "invalid --limit '%s' (a whole number from 1 to 1000)", optarg);
            search->limit = (size_t)v;
            break;
        case 'j':
            v = strtol(optarg, &end, 10);
            if (end == optarg || *end || v < 1 || v > 256)
                return cli_usage_error("screen", "invalid --threads '%s' (a whole number from 1 to 256)", optarg);
            c->threads = (int)v;
            break;
        case OPT_ONLY: c->sink.only_matches = true; break;
        case OPT_REJECTS: c->rejects = optarg; break;
        case OPT_RESUME: c->resume = true; break;
        case OPT_DELTA: c->delta_old = optarg; break;
        case OPT_FAIL: c->fail_on_match = true; break;
        case OPT_AUDIT: c->audit_path = optarg; break;
        case 'q': c->sink.quiet = true; break;
        case 'h': fputs(HELP, stdout); return -1;
        default: return cli_usage_error("screen", "invalid option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("screen", "give one INPUT file (or - for stdin)");
    c->reader.path = argv[optind];
    if (c->resume && !c->output)
        return cli_usage_error("screen", "--resume needs -o FILE (it continues FILE.partial)");
    /* A FILE.partial renamed over a device would replace the device (as root, /dev/null). */
    struct stat st;
    c->output_direct = c->output && stat(c->output, &st) == 0 && !S_ISREG(st.st_mode);
    if (c->output_direct && S_ISDIR(st.st_mode))
        return cli_usage_error("screen", "-o %s is a directory", c->output);
    if (c->resume && c->output_direct)
        return cli_usage_error("screen", "--resume needs -o FILE to be a file (%s is not)", c->output);
    if (c->resume && c->delta_old)
        return cli_usage_error("screen", "--resume does not work with --delta: run the delta again");
    bool have_columns = false;
    for (int k = 0; k < N_FIELDS; k++)
        have_columns |= c->reader.columns[k] != NULL;
    if (c->reader.format == INPUT_AUTO)
        c->reader.format = screen_input_detect(c->reader.path, have_columns);
    if (have_columns && c->reader.format != INPUT_CSV)
        return cli_usage_error("screen", "--column and --map are for CSV input");
    return EXIT_DONE;
}

/* Opens the output (FILE.partial, appended to with --resume) and the rejects file. */
static int open_outputs(screen_cmd *c, char *partial, size_t partial_size)
{
    c->sink.out = stdout;
    c->sink.out_name = "<stdout>";
    bool has_header = false;
    if (c->output && c->output_direct) {
        snprintf(partial, partial_size, "%s", c->output);
        c->sink.out_name = partial;
        c->sink.out = fopen(c->output, "wb");
        if (!c->sink.out) {
            cli_error("%s: cannot open: %s", c->output, strerror(errno));
            return EXIT_BAD_INPUT;
        }
    } else if (c->output) {
        snprintf(partial, partial_size, "%s.partial", c->output);
        c->sink.out_name = partial;
        if (c->resume) {
            if (access(partial, F_OK) != 0 && access(c->output, F_OK) == 0) {
                cli_error("%s is complete: nothing to resume", c->output);
                return EXIT_USAGE;
            }
            int status = screen_resume_point(partial, c->sink.csv, &c->job.skip_rows, &has_header);
            if (status != EXIT_DONE)
                return status;
        }
        c->sink.out = fopen(partial, c->resume ? "ab" : "wb");
        if (!c->sink.out) {
            cli_error("%s: cannot create: %s", partial, strerror(errno));
            return EXIT_BAD_INPUT;
        }
    }
    if (c->audit_path) {
        int status = screen_audit_open(&c->audit, c->audit_path, c->reader.path, c->output ? c->output : "-", c->resume,
                                       c->idx, c->job.search.threshold, c->sink.out);
        if (status != EXIT_DONE)
            return status;
        c->sink.audit = &c->audit;
        c->sink.stop = &stop_requested;
        if (c->audit.rows_done < (long long)c->job.skip_rows) {
            cli_error("%s has rows up to %zu, the audit log only up to %lld: it cannot be resumed with this audit "
                      "database",
                      c->sink.out_name, c->job.skip_rows, c->audit.rows_done);
            return EXIT_BAD_INPUT;
        }
    }
    if (!has_header)
        screen_write_header(&c->sink);
    if (c->rejects) {
        bool append = c->resume && access(c->rejects, F_OK) == 0;
        c->sink.rejects = fopen(c->rejects, append ? "ab" : "wb");
        if (!c->sink.rejects) {
            cli_error("%s: cannot create: %s", c->rejects, strerror(errno));
            return EXIT_BAD_INPUT;
        }
        if (!append)
            screen_write_rejects_header(c->sink.rejects);
    }
    return EXIT_DONE;
}

/* Flushes and closes the outputs; renames FILE.partial to FILE when the run is complete (a
 * device or pipe was written directly). */
static int close_outputs(screen_cmd *c, const char *partial, bool complete)
{
    int status = EXIT_DONE;
    if (fflush(c->sink.out) != 0 || ferror(c->sink.out) || c->sink.write_failed) {
        cli_error("%s: write error: %s", c->sink.out_name, strerror(errno));
        status = EXIT_BAD_INPUT;
    }
    if (c->sink.rejects && (fclose(c->sink.rejects) != 0)) {
        cli_error("%s: write error: %s", c->rejects, strerror(errno));
        status = EXIT_BAD_INPUT;
    }
    if (c->output) {
        if (fclose(c->sink.out) != 0 && status == EXIT_DONE) {
            cli_error("%s: write error: %s", partial, strerror(errno));
            status = EXIT_BAD_INPUT;
        }
        if (complete && status == EXIT_DONE && !c->output_direct && rename(partial, c->output) != 0) {
            cli_error("%s: cannot rename to %s: %s", partial, c->output, strerror(errno));
            status = EXIT_BAD_INPUT;
        }
    }
    return status;
}

/* Opens the current lists and, with --delta, the previous ones and their diff. */
static int open_lists(screen_cmd *c)
{
    int status;
    c->idx = cli_open_index(&c->lists, "screen", c->sink.quiet, &status);
    if (!c->idx || !c->delta_old)
        return status;
    c->old_idx = cli_open_source(c->delta_old, "screen", &status);
    if (!c->old_idx)
        return status;
    c->delta = screen_delta_new(c->old_idx, c->idx);
    if (!c->delta) {
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    c->sink.delta = true;
    return EXIT_DONE;
}

static void close_all(screen_cmd *c)
{
    if (c->sink.audit)
        screen_audit_close(c->sink.audit);
    if (c->sink.out && c->sink.out != stdout)
        fclose(c->sink.out);
    if (c->sink.rejects)
        fclose(c->sink.rejects);
    screen_reader_close(&c->reader);
    screen_delta_free(c->delta);
    cordon_index_close(c->old_idx);
    cordon_index_close(c->idx);
}

/* Screens the input into the opened outputs; returns the exit status of the command. */
static int run_batch(screen_cmd *c, const char *partial)
{
    c->sink.input_name = c->reader.display;
    progress prog = {.sink = &c->sink, .show = !c->sink.quiet && isatty(STDERR_FILENO)};
    clock_gettime(CLOCK_MONOTONIC, &prog.start);
    c->job.idx = c->idx;
    c->job.delta = c->delta;
    c->job.sink = &c->sink;
    c->job.stop = &stop_requested;
    c->job.progress = show_progress;
    c->job.progress_ctx = &prog;
    catch_signals();
    bool stopped = false;
    int status = screen_run(&c->job, &c->reader, c->threads, &stopped);
    /* The rows screened since the last commit are committed and written now (unless the audit
     * failed: then they are dropped, and the run fails). */
    if (c->sink.audit && !c->sink.audit_failed && screen_audit_finish(c->sink.audit) != EXIT_DONE)
        c->sink.audit_failed = true;
    if (c->sink.audit_failed) {
        status = EXIT_BAD_INPUT;
        stopped = false;
    }
    int close_status = close_outputs(c, partial, status == EXIT_DONE && !stopped);
    c->sink.out = NULL;
    c->sink.rejects = NULL;
    if (!c->sink.quiet)
        print_summary(&c->sink, c->idx, c->old_idx, c->delta, seconds_since(prog.start), c->job.skip_rows);
    if (stopped) {
        size_t last = atomic_load(&c->sink.tally.last_row);
        if (last < c->job.skip_rows)
            last = c->job.skip_rows;
        if (c->output && !c->delta)
            cli_error("stopped after row %zu; resume with --resume (the output so far is in %s)", last, partial);
        else if (c->output)
            cli_error("stopped after row %zu (the output so far is in %s)", last, partial);
        else
            cli_error("stopped after row %zu", last);
        return 130;
    }
    if (status != EXIT_DONE || close_status != EXIT_DONE)
        return EXIT_BAD_INPUT;
    if (atomic_load(&c->sink.tally.rejected))
        return EXIT_BAD_INPUT;
    if (c->fail_on_match && atomic_load(&c->sink.tally.alerts))
        return EXIT_MATCH;
    return EXIT_DONE;
}

int cmd_screen(int argc, char **argv)
{
    screen_cmd c;
    memset(&c, 0, sizeof c);
    cordon_search_options_default(&c.job.search);
    c.job.search.limit = 5;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    c.threads = cpus > 0 ? (int)cpus : 1;
    int status = parse_options(&c, argc, argv);
    if (status != EXIT_DONE)
        return status < 0 ? EXIT_DONE : status;
    char partial[4096];
    status = open_lists(&c);
    if (status == EXIT_DONE)
        status = screen_reader_open(&c.reader);
    if (status == EXIT_DONE)
        status = open_outputs(&c, partial, sizeof partial);
    if (status == EXIT_DONE)
        status = run_batch(&c, partial);
    close_all(&c);
    return status;
}
