/*
 * screen_audit.c — `cordon screen --audit DB` (see screen_audit.h for the order of commit and
 * output that keeps the audit log and the output consistent across a kill -9).
 */
#include "cli/screen_audit.h"

#include <stdlib.h>
#include <string.h>

/* A batch commits after this many rows, or after a second, whichever comes first: large enough
 * that the commit's fsync is paid rarely, small enough that output follows input closely. */
enum { ROWS_PER_COMMIT = 256 };

int screen_audit_open(screen_audit *sa, const char *db_path, const char *input, const char *output, bool resume,
                      const cordon_index *idx, double threshold, FILE *out)
{
    memset(sa, 0, sizeof *sa);
    sa->idx = idx;
    sa->threshold = threshold;
    sa->out = out;
    sa->rows_per_commit = ROWS_PER_COMMIT;
    int exit_status;
    sa->db = cli_audit_open(db_path, &exit_status);
    if (!sa->db)
        return exit_status;
    int status = cordon_audit_batch_begin(sa->db, cli_audit_who(), input, output, resume, &sa->batch, &sa->rows_done);
    if (status != CORDON_OK) {
        cli_error("%s%s", cordon_audit_errmsg(sa->db),
                  status == CORDON_ENOTFOUND ? ": the interrupted run was not audited there, so it cannot be resumed "
                                               "with --audit; run it again from the start"
                                             : "");
        cordon_audit_close(sa->db);
        sa->db = NULL;
        return EXIT_BAD_INPUT;
    }
    sa->stage = open_memstream(&sa->staged, &sa->staged_len);
    if (!sa->stage) {
        cli_error("out of memory");
        screen_audit_close(sa);
        return EXIT_BAD_INPUT;
    }
    return EXIT_DONE;
}

FILE *screen_audit_stage(screen_audit *sa) { return sa->stage; }

int screen_audit_row(screen_audit *sa, size_t row, const char *customer, const char *name, cordon_schema schema,
                     const char *dob, const char *country, const cordon_results *res, const char *error,
                     const cordon_audit_mark **marks)
{
    if (sa->pending == 0) {
        if (cordon_audit_begin(sa->db) != CORDON_OK) {
            cli_error("%s", cordon_audit_errmsg(sa->db));
            return EXIT_BAD_INPUT;
        }
        clock_gettime(CLOCK_MONOTONIC, &sa->started);
    }
    size_t n = res ? cordon_results_count(res) : 0;
    if (n + 1 > sa->marks_cap) {
        cordon_audit_mark *grown = realloc(sa->marks, (n + 1) * sizeof *grown);
        if (!grown) {
            cli_error("out of memory");
            return EXIT_BAD_INPUT;
        }
        sa->marks = grown;
        sa->marks_cap = n + 1;
    }
    cordon_audit_screening s;
    cli_audit_screening(&s, "screen", customer, error ? "" : name);
    s.schema = schema;
    s.dob = dob;
    s.country = country && *country ? country : NULL;
    s.threshold = res ? cordon_results_threshold(res) : sa->threshold;
    s.batch = sa->batch;
    s.row = (long long)row;
    s.error = error;
    cordon_audit_receipt receipt = {0};
    int rc = EXIT_DONE;
    if (res) {
        rc = cli_audit_results(sa->db, sa->idx, &s, res, sa->marks, &receipt);
    } else if (cordon_audit_record(sa->db, sa->idx, &s, NULL, 0, NULL, &receipt) != CORDON_OK) {
        cli_error("%s", cordon_audit_errmsg(sa->db));
        rc = EXIT_BAD_INPUT;
    }
    if (rc != EXIT_DONE)
        return rc;
    sa->pending++;
    sa->alerts += receipt.alerts;
    sa->suppressed += receipt.suppressed;
    *marks = sa->marks;
    return EXIT_DONE;
}

/* Commits the open batch, then writes and flushes its rows' output. */
static int commit(screen_audit *sa)
{
    if (sa->pending == 0)
        return EXIT_DONE;
    if (fflush(sa->stage) != 0) {
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    if (cordon_audit_commit(sa->db) != CORDON_OK) {
        cli_error("%s; the last %zu rows are not written, as they were not audited", cordon_audit_errmsg(sa->db),
                  sa->pending);
        return EXIT_BAD_INPUT;
    }
    sa->pending = 0;
    bool ok = fwrite(sa->staged, 1, sa->staged_len, sa->out) == sa->staged_len && fflush(sa->out) == 0;
    rewind(sa->stage); /* the memstream starts over: the next batch overwrites it */
    fflush(sa->stage);
    if (!ok) {
        cli_error("cannot write the output");
        return EXIT_BAD_INPUT;
    }
    return EXIT_DONE;
}

int screen_audit_row_done(screen_audit *sa)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    bool old = now.tv_sec - sa->started.tv_sec >= 2 ||
               (now.tv_sec - sa->started.tv_sec == 1 && now.tv_nsec >= sa->started.tv_nsec);
    return sa->pending >= sa->rows_per_commit || old ? commit(sa) : EXIT_DONE;
}

int screen_audit_finish(screen_audit *sa) { return commit(sa); }

void screen_audit_close(screen_audit *sa)
{
    if (sa->db && sa->pending)
        cordon_audit_rollback(sa->db);
    cordon_audit_close(sa->db);
    if (sa->stage)
        fclose(sa->stage);
    free(sa->staged);
    free(sa->marks);
    memset(sa, 0, sizeof *sa);
}
