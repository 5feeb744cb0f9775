/*
 * screen_output.c — what `cordon screen` writes: one record per input row in CSV or JSON lines
 * (the search contract of DESIGN.md plus "row" and "input_id"), delta records (alerts that
 * appeared or disappeared), the rejects file, and, for --resume, where an interrupted output
 * ends.
 *
 * screen_row_screened is the single place a screened row is handled; it runs in input order,
 * never on two rows at once (the pool guarantees it), so it needs no lock of its own.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/screen.h"
#include "text/utf8.h"

/* After this many rejected rows on stderr the rest are only counted: a file of a million bad
 * rows must not bury the summary. The rejects file gets them all. */
#define MAX_REJECT_MESSAGES 20

void screen_outcome_clear(screen_outcome *o)
{
    cordon_results_free(o->results);
    free(o->changes);
    memset(o, 0, sizeof *o);
}

/*
 * Writes s as one CSV field, quoted when it holds a comma or a quote. A line break inside a
 * field (a quoted input name may span lines) is written as a space: every output record is one
 * line, so --resume and line tools (wc -l, grep, tail) can rely on line ends.
 */
static void csv_field(FILE *out, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, out);
        return;
    }
    bool quote = strpbrk(s, ",\"") != NULL;
    if (quote)
        fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s == '\n' || *s == '\r' ? ' ' : *s, out);
    }
    if (quote)
        fputc('"', out);
}

void screen_write_header(screen_sink *s)
{
    if (!s->csv)
        return;
    if (s->delta)
        fputs("row,input_id,name,change,entity_change,id,caption,score,error\n", s->out);
    else
        fputs("row,input_id,name,id,caption,score,match,error\n", s->out);
}

void screen_write_rejects_header(FILE *rejects)
{
    fputs("row,line,input_id,reason,name\n", rejects);
}

/* The name as it may appear in output: a rejected row's name may be invalid UTF-8 or huge. */
static const char *shown_name(const screen_row *row)
{
    return row->error[0] ? "" : row->field[FIELD_NAME];
}

/* The input's own id, carried through unless it is itself what is wrong with the row. */
static const char *shown_id(const screen_row *row)
{
    const char *id = row->field[FIELD_ID];
    size_t len = id ? strlen(id) : 0, bad;
    return id && len <= SCREEN_MAX_FIELD && cdn_utf8_valid(id, len, &bad) ? id : NULL;
}

static const char *const CHANGE_NAMES[] = {"added", "removed", "changed"};

static double rounded(double score)
{
    /* Four decimals, as the search output: more would only print floating-point noise. */
    return (double)(long)(score * 10000.0 + 0.5) / 10000.0;
}

static void write_csv(screen_sink *s, const screen_row *row, const screen_outcome *o, bool match)
{
    const char *id_in = shown_id(row) ? shown_id(row) : "";
    if (s->delta) {
        if (row->error[0]) {
            fprintf(s->out, "%zu,", row->row);
            csv_field(s->out, id_in);
            fputs(",,,,,,,", s->out);
            csv_field(s->out, row->error);
            fputc('\n', s->out);
        }
        for (size_t i = 0; i < o->n_changes; i++) {
            const screen_change *c = &o->changes[i];
            fprintf(s->out, "%zu,", row->row);
            csv_field(s->out, id_in);
            fputc(',', s->out);
            csv_field(s->out, shown_name(row));
            fprintf(s->out, ",%s,%s,", c->appeared ? "new" : "gone", CHANGE_NAMES[c->entity_change]);
            csv_field(s->out, c->entity->id);
            fputc(',', s->out);
            csv_field(s->out, c->entity->caption);
            fprintf(s->out, ",%.4f,\n", rounded(c->score));
        }
        return;
    }
    size_t n = o->results ? cordon_results_count(o->results) : 0;
    const cordon_result *top = n ? cordon_results_get(o->results, 0) : NULL;
    fprintf(s->out, "%zu,", row->row);
    csv_field(s->out, id_in);
    fputc(',', s->out);
    csv_field(s->out, shown_name(row));
    fputc(',', s->out);
    csv_field(s->out, top ? top->entity->id : "");
    fputc(',', s->out);
    csv_field(s->out, top ? top->entity->caption : "");
    fprintf(s->out, ",%.4f,%s,", top ? rounded(top->score) : 0.0, match ? "true" : "false");
    csv_field(s->out, row->error);
    fputc('\n', s->out);
}

static void write_json(screen_sink *s, const screen_row *row, const screen_outcome *o)
{
    json_t *doc = json_pack("{s:I}", "row", (json_int_t)row->row);
    if (shown_id(row))
        json_object_set_new(doc, "input_id", json_string(shown_id(row)));
    json_object_set_new(doc, "query", json_string(shown_name(row)));
    if (s->delta) {
        json_t *changes = json_array();
        for (size_t i = 0; i < o->n_changes; i++) {
            const screen_change *c = &o->changes[i];
            json_array_append_new(changes, json_pack("{s:s, s:s, s:s, s:s, s:f}", "change", c->appeared ? "new" : "gone",
                                                     "entity_change", CHANGE_NAMES[c->entity_change], "id",
                                                     c->entity->id, "caption", c->entity->caption, "score",
                                                     rounded(c->score)));
        }
        json_object_set_new(doc, "changes", changes);
    } else {
        json_t *results = json_array();
        size_t n = o->results ? cordon_results_count(o->results) : 0;
        for (size_t i = 0; i < n; i++)
            json_array_append_new(results, json_out_result(cordon_results_get(o->results, i)));
        json_object_set_new(doc, "results", results);
    }
    if (row->error[0])
        json_object_set_new(doc, "error", json_string(row->error));
    if (!cli_json_print(doc, s->out))
        s->write_failed = true;
    json_decref(doc);
}

static void report_reject(screen_sink *s, const screen_row *row)
{
    size_t n = atomic_fetch_add(&s->tally.rejected, 1) + 1;
    if (!s->quiet && n <= MAX_REJECT_MESSAGES) {
        fprintf(stderr, "%scordon: %s:%ld: row %zu: %s\n", s->progress_line ? "\r\033[K" : "", s->input_name, row->line,
                row->row, row->error);
        if (n == MAX_REJECT_MESSAGES)
            fprintf(stderr, "cordon: further rejected rows are only counted%s\n",
                    s->rejects ? " (all are in the rejects file)" : "");
    }
    if (s->rejects) {
        fprintf(s->rejects, "%zu,%ld,", row->row, row->line);
        csv_field(s->rejects, row->field[FIELD_ID]);
        fputc(',', s->rejects);
        csv_field(s->rejects, row->error);
        fputc(',', s->rejects);
        csv_field(s->rejects, row->field[FIELD_NAME]);
        fputc('\n', s->rejects);
    }
}

void screen_row_screened(screen_sink *s, const screen_row *row, const screen_outcome *o)
{
    atomic_fetch_add(&s->tally.rows, 1);
    atomic_store(&s->tally.last_row, row->row);
    bool match = false;
    if (row->error[0]) {
        report_reject(s, row);
    } else if (s->delta) {
        match = o->n_changes > 0;
        atomic_fetch_add(&s->tally.alerts, o->n_changes);
    } else {
        match = o->results && cordon_results_count(o->results) > 0 && cordon_results_get(o->results, 0)->match;
        if (match)
            atomic_fetch_add(&s->tally.alerts, 1);
    }
    /* Delta output lists changes only; a rejected row still shows, so that it is not lost. */
    if ((s->only_matches || s->delta) && !match && !row->error[0])
        return;
    if (s->csv)
        write_csv(s, row, o, match);
    else
        write_json(s, row, o);
    if (ferror(s->out))
        s->write_failed = true;
}

/* The row number a record starts with: CSV "N,..." or JSON {"row":N,...}. */
static bool record_row(const char *line, size_t len, bool csv, size_t *row)
{
    char *end;
    if (csv) {
        unsigned long long v = strtoull(line, &end, 10);
        if (end == line || *end != ',')
            return false;
        *row = (size_t)v;
        return true;
    }
    json_t *doc = json_loadb(line, len, 0, NULL);
    json_t *v = json_object_get(doc, "row");
    bool ok = json_is_integer(v) && json_integer_value(v) > 0;
    if (ok)
        *row = (size_t)json_integer_value(v);
    json_decref(doc);
    return ok;
}

int screen_resume_point(const char *path, bool csv, size_t *last_row, bool *has_header)
{
    *last_row = 0;
    *has_header = false;
    FILE *f = fopen(path, "r+b");
    if (!f) {
        if (errno == ENOENT)
            return EXIT_DONE; /* nothing written yet: start from the top */
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return EXIT_BAD_INPUT;
    }
    /* Read the tail: the last complete record is shorter than this (results are capped), so
     * a huge output is never read whole. */
    enum { TAIL = 1 << 20 };
    fseeko(f, 0, SEEK_END);
    off_t size = ftello(f);
    off_t start = size > TAIL ? size - TAIL : 0;
    char *buf = malloc(TAIL + 1);
    if (!buf) {
        fclose(f);
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    fseeko(f, start, SEEK_SET);
    size_t n = fread(buf, 1, (size_t)(size - start), f);
    buf[n] = '\0';
    /* A torn last line (the process was killed mid-write) is cut off. */
    size_t keep = n;
    while (keep > 0 && buf[keep - 1] != '\n')
        keep--;
    int status = EXIT_DONE;
    if (keep < n && ftruncate(fileno(f), start + (off_t)keep) != 0) {
        cli_error("%s: cannot truncate the torn last line: %s", path, strerror(errno));
        status = EXIT_BAD_INPUT;
    }
    if (status == EXIT_DONE && keep > 0) {
        size_t line_start = keep - 1;
        while (line_start > 0 && buf[line_start - 1] != '\n')
            line_start--;
        size_t len = keep - 1 - line_start;
        bool header = csv && start == 0 && line_start == 0;
        *has_header = csv;
        if (!header && !record_row(buf + line_start, len, csv, last_row)) {
            cli_error("%s: the last record has no row number: not an output of cordon screen in this format", path);
            status = EXIT_BAD_INPUT;
        }
    }
    free(buf);
    fclose(f);
    return status;
}
