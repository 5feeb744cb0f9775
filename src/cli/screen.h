/*
 * screen.h — the pieces of `cordon screen`, the batch mode: input readers (screen_input.c),
 * output writers and the per-row sink (screen_output.c), the worker pool that searches rows in
 * parallel and hands them back in input order (screen_pool.c), and the delta mode that compares
 * two list versions per row (screen_delta.c). cmd_screen.c parses the options and ties them
 * together.
 *
 * A row flows: reader -> batch of rows -> a worker searches it -> the sink, in input order,
 * counts it, writes its record and its reject line. Every row gets exactly one output record
 * (unless --only-matches filters it), rejected rows included, so the output never shifts.
 */
#ifndef CDN_SCREEN_H
#define CDN_SCREEN_H

#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cli/cli.h"
#include "lists/csv.h"

/* A name longer than this is refused as a row: no real customer name is, and scoring one would
 * only cost time. Other fields have the same limit. */
#define SCREEN_MAX_FIELD 4096

/* The fields a row may carry, in the order of screen_row.field. */
enum screen_field { FIELD_NAME, FIELD_TYPE, FIELD_DOB, FIELD_COUNTRY, FIELD_ID, N_FIELDS };

/* The column names of the fields ("name", "type", "dob", "country", "id"). */
extern const char *const SCREEN_FIELD_NAMES[N_FIELDS];

/* One input row. The strings live in text, owned by the row; a missing field is NULL. */
typedef struct screen_row {
    size_t row;                /* 1-based data row number (a CSV header is not a row) */
    long line;                 /* physical line where the row starts */
    char *text;                /* one block holding the field strings */
    const char *field[N_FIELDS];
    cordon_schema schema;      /* parsed type, CORDON_SCHEMA_ANY when absent */
    char country[3];           /* parsed country code, "" when absent */
    char error[160];           /* why the row cannot be screened; "" when it can */
} screen_row;

/* Releases a row's text and resets it. */
void screen_row_clear(screen_row *r);

/* ---- input ------------------------------------------------------------------------------- */

typedef enum screen_input_format { INPUT_AUTO, INPUT_LINES, INPUT_CSV, INPUT_JSONL } screen_input_format;

typedef struct screen_reader {
    screen_input_format format;
    const char *path;            /* as given; "-" for stdin */
    const char *display;         /* for messages: the path or "<stdin>" */
    const char *columns[N_FIELDS]; /* CSV column of each field, NULL when not mapped */
    size_t rows;                 /* data rows read so far */
    /* Lines */
    FILE *file;
    char *line;
    size_t line_cap;
    long line_no;
    /* CSV and JSON lines read through the library's streaming readers */
    cdn_csv csv;
    int csv_index[N_FIELDS];
    bool csv_open;
    long long size;              /* input size in bytes when known (a regular file), else -1 */
} screen_reader;

/* Picks the format from the file name when it is INPUT_AUTO: .jsonl and .ndjson are JSON lines,
 * .csv (or a column map) is CSV, anything else is one name per line. */
screen_input_format screen_input_detect(const char *path, bool have_columns);

/*
 * Opens r->path (set r->format, r->path and r->columns first) and reads the CSV header.
 * Returns EXIT_DONE, or EXIT_BAD_INPUT after printing "cordon: FILE:LINE: what".
 */
int screen_reader_open(screen_reader *r);
void screen_reader_close(screen_reader *r);

/*
 * Reads the next row into *row (cleared first). Sets *got to false at the end of the input.
 * A bad row is still a row: its error says what is wrong. Returns EXIT_DONE, or EXIT_BAD_INPUT
 * after printing the message when the input itself cannot be read further (an unterminated
 * quote, a read error).
 */
int screen_reader_next(screen_reader *r, screen_row *row, bool *got);

/* Bytes of input consumed so far (for the progress bar's ETA). */
long long screen_reader_offset(const screen_reader *r);

/*
 * Fills a row from field values (value[k] of len[k] bytes, or NULL when absent), copying them,
 * and checks them: present and valid UTF-8, not longer than SCREEN_MAX_FIELD, a name that is
 * not blank, a known type, an ISO date of birth, a country code or name. Sets row->error when a
 * check fails. Returns false only when out of memory. Exposed for the fuzz target.
 */
bool screen_row_fill(screen_row *row, const char *const value[N_FIELDS], const size_t len[N_FIELDS]);

/* Fills a row from one JSON-lines record (an object with keys name, type, dob, country, id). */
bool screen_row_from_json(screen_row *row, const char *line, size_t len);

/* ---- per-row outcome and output ---------------------------------------------------------- */

/* A delta change: an alert that appeared or disappeared between the old and new lists. */
typedef struct screen_change {
    bool appeared;
    cordon_change_kind entity_change; /* why: the entity was added, removed or changed */
    const cordon_entity *entity;
    double score;
} screen_change;

/* What screening one row produced. */
typedef struct screen_outcome {
    cordon_results *results;    /* the search on the current lists (NULL for a rejected row) */
    screen_change *changes;     /* delta mode: the alerts that changed, owned */
    size_t n_changes;
} screen_outcome;

void screen_outcome_clear(screen_outcome *o);

/* Counters, read by the progress bar while the workers update them. */
typedef struct screen_tally {
    atomic_size_t rows;         /* rows handed to the sink (in order) */
    atomic_size_t alerts;       /* rows with a match (delta: changes reported) */
    atomic_size_t rejected;     /* rows with an error */
    atomic_size_t last_row;     /* the number of the last row handed to the sink */
} screen_tally;

typedef struct screen_sink {
    FILE *out;
    const char *out_name;       /* for messages */
    bool csv;
    bool only_matches;
    bool delta;
    bool quiet;
    bool progress_line;         /* a progress bar is on screen: end it before a message */
    const char *input_name;
    FILE *rejects;              /* NULL unless --rejects */
    bool write_failed;
    screen_tally tally;
} screen_sink;

/* Writes the CSV header of the output (for CSV output) or of the rejects file. */
void screen_write_header(screen_sink *s);
void screen_write_rejects_header(FILE *rejects);

/*
 * The one place where a screened row is handled, called once per row in input order: counts
 * it, reports a rejected row on stderr and in the rejects file, and writes its output record.
 * (An audit trail hooks in here.)
 */
void screen_row_screened(screen_sink *s, const screen_row *row, const screen_outcome *o);

/*
 * For --resume: finds the last complete record of an output file written by an interrupted
 * run, cuts off a torn last line, and sets *last_row to that record's row number (0 when there
 * is none) and *has_header for CSV output that already has its header. Returns EXIT_DONE or
 * EXIT_BAD_INPUT after printing why (unreadable, not an output of cordon screen).
 */
int screen_resume_point(const char *path, bool csv, size_t *last_row, bool *has_header);

/* ---- delta mode -------------------------------------------------------------------------- */

typedef struct screen_delta screen_delta;

/* Builds the lookup of what changed between old_idx and new_idx; NULL when out of memory. */
screen_delta *screen_delta_new(const cordon_index *old_idx, const cordon_index *new_idx);
void screen_delta_free(screen_delta *d);

/* Counts of the diff: entities added, removed, changed. */
void screen_delta_counts(const screen_delta *d, size_t counts[3]);

/*
 * Screens one row against both versions and fills o->changes with the alerts on added or
 * changed entities that are new, and the alerts on removed or changed entities that are gone.
 * o->results keeps the new search. Returns CORDON_OK or the search's status, with its message
 * in errmsg.
 */
int screen_delta_row(const screen_delta *d, const char *name, const cordon_search_options *opts, screen_outcome *o,
                     char *errmsg, size_t errmsg_size);

/* ---- the worker pool --------------------------------------------------------------------- */

typedef struct screen_job {
    const cordon_index *idx;
    const screen_delta *delta;  /* NULL unless --delta */
    cordon_search_options search;
    screen_sink *sink;
    size_t skip_rows;           /* --resume: rows already in the output */
    const volatile sig_atomic_t *stop; /* set by the signal handler: stop reading, finish in flight */
    void (*progress)(void *ctx, const screen_reader *r); /* called between batches, or NULL */
    void *progress_ctx;
} screen_job;

/*
 * Reads every row of r, searches them on threads workers, and hands each to the sink in input
 * order. Memory stays bounded: at most a few batches per thread are in flight. Returns
 * EXIT_DONE, or EXIT_BAD_INPUT when the input could not be read to its end (the rows before are
 * all written). When *job->stop is set it stops reading, lets the rows in flight finish and
 * sets *stopped.
 */
int screen_run(const screen_job *job, screen_reader *r, int threads, bool *stopped);

#endif
