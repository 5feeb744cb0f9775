/*
 * screen_audit.h — `cordon screen --audit DB`: every output row recorded in the audit trail
 * exactly once, committed in batches of rows, and written out only after its batch commits.
 *
 * The order is what makes `kill -9` safe: rows are recorded in an open transaction while their
 * output records wait in memory (the stage); at the end of a batch the transaction commits and
 * only then are the staged records written and flushed. A killed run therefore leaves every
 * completed output row in the audit log, and at worst some audited rows whose output was not
 * written yet; a resumed run screens those again, and the store (which knows each batch row)
 * reports them as already recorded instead of recording them twice.
 */
#ifndef CDN_SCREEN_AUDIT_H
#define CDN_SCREEN_AUDIT_H

#include <stdio.h>
#include <time.h>

#include "cli/audit_cli.h"

typedef struct screen_audit {
    cordon_audit *db;
    const cordon_index *idx;
    double threshold;
    long long batch;           /* the batch in the store */
    long long rows_done;       /* with resume: the last row the store has */
    size_t rows_per_commit;
    size_t pending;            /* rows recorded in the open transaction */
    struct timespec started;   /* when the open transaction began */
    FILE *out;                 /* the real output */
    FILE *stage;               /* the pending rows' output records (memory) */
    char *staged;
    size_t staged_len;
    cordon_audit_mark *marks;  /* the last row's */
    size_t marks_cap;
    size_t alerts, suppressed; /* over the run */
} screen_audit;

/*
 * Opens the audit database and starts (or with resume, continues) the batch of input into
 * output ("-" for stdout). Output records go to out once their rows are committed. Prints the
 * error and returns EXIT_BAD_INPUT (or EXIT_USAGE) on failure.
 */
int screen_audit_open(screen_audit *sa, const char *db_path, const char *input, const char *output, bool resume,
                      const cordon_index *idx, double threshold, FILE *out);

/*
 * Records one row: its customer id (may be NULL), its query (name may be "" for a rejected
 * row; schema, dob and country as the row gives them, or ANY and NULL), its results (NULL for a
 * rejected row, then error says why). *marks gets the outcome of
 * each result (valid until the next call). The row's output record must then be written to
 * screen_audit_stage(), and screen_audit_row_done called. Prints the error and returns
 * EXIT_BAD_INPUT when the record cannot be written.
 */
int screen_audit_row(screen_audit *sa, size_t row, const char *customer, const char *name, cordon_schema schema,
                     const char *dob, const char *country, const cordon_results *res, const char *error,
                     const cordon_audit_mark **marks);

/* Where the current row's output record goes. */
FILE *screen_audit_stage(screen_audit *sa);

/* Ends a row: commits the batch and writes its output when it is full (or a second old).
 * Returns EXIT_DONE, or EXIT_BAD_INPUT after printing why. */
int screen_audit_row_done(screen_audit *sa);

/* Commits the last batch and writes its output. Returns EXIT_DONE or EXIT_BAD_INPUT. */
int screen_audit_finish(screen_audit *sa);

/* Rolls back rows not committed (their output is dropped with them) and closes the store. */
void screen_audit_close(screen_audit *sa);

#endif
