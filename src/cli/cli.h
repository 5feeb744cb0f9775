/*
 * cli.h — what the cordon subcommands share: exit codes, error printing, the list options
 * (--list/--index) and opening the index from them, JSON helpers.
 *
 * The front end is thin by rule: it parses arguments, reads files, prints. Matching, scanning
 * and list parsing are the library's.
 */
#ifndef CDN_CLI_H
#define CDN_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "cli/json_out.h"
#include "cordon.h"

/* Exit statuses (DESIGN.md). */
enum {
    EXIT_DONE = 0,
    EXIT_MATCH = 1,     /* with --fail-on-match: at least one match */
    EXIT_USAGE = 2,
    EXIT_BAD_INPUT = 3,
};

/* Prints "cordon: message" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "cordon: message" and "Try 'cordon CMD --help'." to stderr; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The exit status for a library status code. */
int cli_exit_for(int status);

/* The list sources given with --list (and --index), collected while parsing options. */
typedef struct cli_lists {
    const char *sources[64];
    size_t n_sources;
    const char *index_file;
} cli_lists;

/* Handles --list/--index options (getopt values 'l' and 'i'); returns EXIT_DONE or EXIT_USAGE. */
int cli_lists_add(cli_lists *lists, const char *cmd, int opt, const char *value);

/*
 * Opens the index named by the options (or by $CORDON_LISTS, colon-separated sources, when none
 * is given). Prints the error and returns NULL on failure, with *exit_status set. Prints
 * skipped-record warnings to stderr unless quiet.
 */
cordon_index *cli_open_index(const cli_lists *lists, const char *cmd, bool quiet, int *exit_status);

/* Prints a note to stderr for each list of idx with skipped or repaired records (counted by
 * reason): nothing is dropped without a word. */
void cli_print_load_notes(const cordon_index *idx);

/* Opens one list version given as a snapshot file (recognised by its magic) or as a list source
 * [FORMAT:]PATH, quietly; like cli_open_index on failure. */
cordon_index *cli_open_source(const char *arg, const char *cmd, int *exit_status);

/* Reads a whole file ("-" for stdin) into a NUL-terminated buffer; prints errors. */
char *cli_read_file(const char *path, size_t *len);

/* Writes len bytes of UTF-8 text as one cell of a table line: each run of white space (a line
 * break inside a mention, a tab) as one space, then spaces up to width columns of the terminal
 * (a Cyrillic letter takes one column and two bytes, a Chinese character two columns); text
 * wider than width is written whole. */
void cli_print_cell(FILE *out, const char *text, size_t len, size_t width);

/* Writes a JSON value as one compact line to out; returns false on a write error. */
bool cli_json_print(json_t *value, FILE *out);

/* The subcommands: each gets argc/argv with argv[0] = the subcommand name. */
int cmd_search(int argc, char **argv);
int cmd_lists(int argc, char **argv);
int cmd_scan(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_screen(int argc, char **argv);
int cmd_index(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_audit(int argc, char **argv);
int cmd_update(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
