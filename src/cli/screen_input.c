/*
 * screen_input.c — the readers of `cordon screen`: one name per line, CSV with a header (the
 * library's streaming RFC 4180 reader, so quoted fields may span lines), and JSON lines
 * (jansson). Each yields rows with a number, the line they start on, and their fields checked:
 * a bad row is never dropped, it carries its error to the output instead.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli/screen.h"
#include "model/countries.h"
#include "model/dates.h"
#include "text/utf8.h"

const char *const SCREEN_FIELD_NAMES[N_FIELDS] = {"name", "type", "dob", "country", "id"};

void screen_row_clear(screen_row *r)
{
    free(r->text);
    memset(r, 0, sizeof *r);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

screen_input_format screen_input_detect(const char *path, bool have_columns)
{
    if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson"))
        return INPUT_JSONL;
    if (have_columns || ends_with(path, ".csv") || ends_with(path, ".csv.gz"))
        return INPUT_CSV;
    return INPUT_LINES;
}

/* Trims ASCII spaces and tabs from both ends of value[0..len). */
static void trim(const char **value, size_t *len)
{
    while (*len && (**value == ' ' || **value == '\t')) {
        (*value)++;
        (*len)--;
    }
    while (*len && ((*value)[*len - 1] == ' ' || (*value)[*len - 1] == '\t'))
        (*len)--;
}

/* Checks the fields one by one; the first problem is the row's error. */
static void check_row(screen_row *row, const size_t len[N_FIELDS])
{
    for (int k = 0; k < N_FIELDS && !row->error[0]; k++) {
        const char *v = row->field[k];
        size_t bad;
        if (!v)
            continue;
        if (len[k] > SCREEN_MAX_FIELD)
            snprintf(row->error, sizeof row->error, "%s longer than %d bytes", SCREEN_FIELD_NAMES[k], SCREEN_MAX_FIELD);
        else if (memchr(v, '\0', len[k]))
            snprintf(row->error, sizeof row->error, "NUL byte in %s", SCREEN_FIELD_NAMES[k]);
        else if (!cdn_utf8_valid(v, len[k], &bad))
            snprintf(row->error, sizeof row->error, "invalid UTF-8 in %s at byte %zu", SCREEN_FIELD_NAMES[k], bad + 1);
    }
    if (row->error[0])
        return;
    if (!row->field[FIELD_NAME] || !row->field[FIELD_NAME][0]) {
        snprintf(row->error, sizeof row->error, "missing name");
        return;
    }
    row->schema = CORDON_SCHEMA_ANY;
    if (row->field[FIELD_TYPE] && row->field[FIELD_TYPE][0] &&
        cordon_schema_parse(row->field[FIELD_TYPE], &row->schema) != CORDON_OK) {
        snprintf(row->error, sizeof row->error, "unknown type '%.60s' (person, organization, vessel, aircraft, legalentity)",
                 row->field[FIELD_TYPE]);
        return;
    }
    const char *dob = row->field[FIELD_DOB];
    cordon_date_range range;
    if (dob && dob[0] && !cdn_date_parse_iso(dob, len[FIELD_DOB], &range)) {
        snprintf(row->error, sizeof row->error, "unparsable dob '%.60s' (YYYY, YYYY-MM or YYYY-MM-DD)", dob);
        return;
    }
    const char *country = row->field[FIELD_COUNTRY];
    if (country && country[0]) {
        char upper[3] = {0};
        if (len[FIELD_COUNTRY] == 2) {
            upper[0] = (char)(country[0] & ~0x20);
            upper[1] = (char)(country[1] & ~0x20);
        }
        /* Two letters are a code in either case here: a customer file's country column holds
         * codes, not words like "na". Longer values are looked up as country names. */
        if (upper[0] && cdn_country_name(upper))
            memcpy(row->country, upper, 3);
        else if (!cdn_country_code(country, len[FIELD_COUNTRY], row->country))
            snprintf(row->error, sizeof row->error, "unknown country '%.60s'", country);
    }
}

bool screen_row_fill(screen_row *row, const char *const value[N_FIELDS], const size_t len_in[N_FIELDS])
{
    size_t total = 0, len[N_FIELDS];
    const char *v[N_FIELDS];
    for (int k = 0; k < N_FIELDS; k++) {
        v[k] = value[k];
        len[k] = value[k] ? len_in[k] : 0;
        if (v[k])
            trim(&v[k], &len[k]);
        total += len[k] + 1;
    }
    free(row->text);
    row->text = malloc(total);
    if (!row->text)
        return false;
    char *p = row->text;
    for (int k = 0; k < N_FIELDS; k++) {
        row->field[k] = NULL;
        if (!v[k])
            continue;
        memcpy(p, v[k], len[k]);
        p[len[k]] = '\0';
        row->field[k] = p;
        p += len[k] + 1;
    }
    row->error[0] = '\0';
    row->country[0] = '\0';
    row->schema = CORDON_SCHEMA_ANY;
    check_row(row, len);
    return true;
}

bool screen_row_from_json(screen_row *row, const char *line, size_t len)
{
    const char *value[N_FIELDS] = {0};
    size_t vlen[N_FIELDS] = {0};
    char numbers[N_FIELDS][32];
    json_error_t jerr;
    json_t *doc = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!doc || !json_is_object(doc)) {
        if (!screen_row_fill(row, value, vlen)) {
            json_decref(doc);
            return false;
        }
        if (doc)
            snprintf(row->error, sizeof row->error, "not a JSON object");
        else
            snprintf(row->error, sizeof row->error, "not valid JSON (%.100s, column %d)", jerr.text, jerr.column);
        json_decref(doc);
        return true;
    }
    const char *bad_key = NULL;
    for (int k = 0; k < N_FIELDS; k++) {
        json_t *v = json_object_get(doc, SCREEN_FIELD_NAMES[k]);
        if (!v || json_is_null(v))
            continue;
        if (json_is_string(v)) {
            value[k] = json_string_value(v);
            vlen[k] = json_string_length(v);
        } else if (json_is_integer(v) && k == FIELD_ID) {
            /* Customer numbers are often written as JSON numbers. */
            vlen[k] = (size_t)snprintf(numbers[k], sizeof numbers[k], "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            value[k] = numbers[k];
        } else if (!bad_key) {
            bad_key = SCREEN_FIELD_NAMES[k];
        }
    }
    bool ok = screen_row_fill(row, value, vlen);
    /* A value of the wrong type is the cause; "missing name" would only be its echo. */
    if (ok && bad_key)
        snprintf(row->error, sizeof row->error, "\"%s\" is not a string", bad_key);
    json_decref(doc);
    return ok;
}

static long long file_size(const char *path)
{
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    return (long long)st.st_size;
}

int screen_reader_open(screen_reader *r)
{
    r->display = strcmp(r->path, "-") == 0 ? "<stdin>" : r->path;
    r->size = file_size(r->path);
    if (r->format == INPUT_CSV) {
        cdn_error err;
        cdn_error_clear(&err);
        /* The library's reader opens by name; /dev/stdin is standard input on Linux. */
        const char *path = strcmp(r->path, "-") == 0 ? "/dev/stdin" : r->path;
        if (cdn_csv_open(&r->csv, path, ',', &err) != CORDON_OK) {
            cli_error("%s", err.message);
            cdn_csv_close(&r->csv);
            return EXIT_BAD_INPUT;
        }
        r->csv.path = r->display;
        r->csv.max_record = 1u << 20; /* a customer row is small; 1 MiB is a broken file */
        r->csv_open = true;
        bool got = false;
        if (cdn_csv_next(&r->csv, &got, &err) != CORDON_OK) {
            cli_error("%s", err.message);
            return EXIT_BAD_INPUT;
        }
        if (!got) {
            cli_error("%s:1: empty input: a CSV input needs a header line", r->display);
            return EXIT_BAD_INPUT;
        }
        /* Without --column or --map, the columns named like the fields are the fields. */
        bool mapped = false;
        for (int k = 0; k < N_FIELDS; k++)
            mapped |= r->columns[k] != NULL;
        for (int k = 0; k < N_FIELDS; k++) {
            r->csv_index[k] = -1;
            if (!mapped && k != FIELD_NAME) {
                cdn_csv_map_header(&r->csv, &SCREEN_FIELD_NAMES[k], 1, &r->csv_index[k]);
                continue;
            }
            if (k == FIELD_NAME && !r->columns[k])
                r->columns[k] = "name";
            if (!r->columns[k])
                continue;
            cdn_csv_map_header(&r->csv, &r->columns[k], 1, &r->csv_index[k]);
            if (r->csv_index[k] < 0) {
                cli_error("%s:%ld: no column '%s' in the header", r->display, r->csv.line, r->columns[k]);
                return EXIT_BAD_INPUT;
            }
        }
        return EXIT_DONE;
    }
    r->file = strcmp(r->path, "-") == 0 ? stdin : fopen(r->path, "rb");
    if (!r->file) {
        cli_error("%s: cannot open: %s", r->path, strerror(errno));
        return EXIT_BAD_INPUT;
    }
    return EXIT_DONE;
}

void screen_reader_close(screen_reader *r)
{
    if (r->csv_open)
        cdn_csv_close(&r->csv);
    r->csv_open = false;
    if (r->file && r->file != stdin)
        fclose(r->file);
    r->file = NULL;
    free(r->line);
    r->line = NULL;
}

long long screen_reader_offset(const screen_reader *r)
{
    if (r->csv_open)
        return (long long)gzoffset(r->csv.file);
    return r->file ? (long long)ftello(r->file) : 0;
}

static int next_csv(screen_reader *r, screen_row *row, bool *got)
{
    cdn_error err;
    cdn_error_clear(&err);
    if (cdn_csv_next(&r->csv, got, &err) != CORDON_OK) {
        cli_error("%s", err.message);
        return EXIT_BAD_INPUT;
    }
    if (!*got)
        return EXIT_DONE;
    const char *value[N_FIELDS] = {0};
    size_t len[N_FIELDS] = {0};
    for (int k = 0; k < N_FIELDS; k++)
        if (r->csv_index[k] >= 0 && (size_t)r->csv_index[k] < cdn_csv_count(&r->csv))
            value[k] = cdn_csv_field(&r->csv, (size_t)r->csv_index[k], &len[k]);
    row->line = r->csv.line;
    if (!screen_row_fill(row, value, len)) {
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    return EXIT_DONE;
}

/* A line longer than this is not a customer record: the rest of it is skipped (and the row
 * rejected), so one runaway line cannot take the memory. */
#define MAX_LINE (1u << 20)

/*
 * Reads one line of the lines or JSON-lines format into r->line, without its line end; false
 * at the end of the input. *overlong is set when the line was cut at MAX_LINE bytes.
 */
static bool next_line(screen_reader *r, size_t *len, bool *overlong)
{
    size_t n = 0;
    bool any = false;
    int c;
    *overlong = false;
    while ((c = getc_unlocked(r->file)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        if (n >= MAX_LINE) {
            *overlong = true;
            continue;
        }
        if (n + 1 >= r->line_cap) {
            size_t cap = r->line_cap ? r->line_cap * 2 : 256;
            char *grown = realloc(r->line, cap);
            if (!grown)
                return false;
            r->line = grown;
            r->line_cap = cap;
        }
        r->line[n++] = (char)c;
    }
    if (!any)
        return false;
    r->line_no++;
    while (n && r->line[n - 1] == '\r')
        n--;
    if (!r->line) {
        r->line = malloc(1);
        if (!r->line)
            return false;
        r->line_cap = 1;
    }
    r->line[n] = '\0';
    /* A byte-order mark at the start of the file is an encoding mark, not text. */
    if (r->line_no == 1 && n >= 3 && memcmp(r->line, "\xEF\xBB\xBF", 3) == 0) {
        memmove(r->line, r->line + 3, n - 2);
        n -= 3;
    }
    *len = n;
    return true;
}

int screen_reader_next(screen_reader *r, screen_row *row, bool *got)
{
    screen_row_clear(row);
    *got = false;
    if (r->format == INPUT_CSV) {
        int status = next_csv(r, row, got);
        if (*got)
            row->row = ++r->rows;
        return status;
    }
    size_t len;
    bool overlong;
    for (;;) {
        if (!next_line(r, &len, &overlong)) {
            if (ferror(r->file)) {
                cli_error("%s: read error: %s", r->display, strerror(errno));
                return EXIT_BAD_INPUT;
            }
            if (!feof(r->file)) {
                cli_error("out of memory");
                return EXIT_BAD_INPUT;
            }
            return EXIT_DONE;
        }
        /* A blank line in JSON lines separates nothing; in a names file it is a row with a
         * missing name, so that row numbers stay line numbers. */
        if (r->format != INPUT_JSONL || len > 0)
            break;
    }
    bool ok;
    if (r->format == INPUT_JSONL) {
        ok = screen_row_from_json(row, r->line, len);
    } else {
        const char *value[N_FIELDS] = {r->line};
        size_t vlen[N_FIELDS] = {len};
        ok = screen_row_fill(row, value, vlen);
    }
    if (!ok) {
        cli_error("out of memory");
        return EXIT_BAD_INPUT;
    }
    if (overlong && r->format == INPUT_JSONL)
        snprintf(row->error, sizeof row->error, "line longer than %u bytes", MAX_LINE);
    row->line = r->line_no;
    row->row = ++r->rows;
    *got = true;
    return EXIT_DONE;
}
