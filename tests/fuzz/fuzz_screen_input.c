/*
 * fuzz_screen_input.c — libFuzzer target of cordon screen's input readers (src/cli/screen_input.c):
 * the input is written to a scratch file and read to its end as one name per line, as CSV with
 * a column map, and as JSON lines. Every row must come back either screenable (a name that is
 * present, valid UTF-8, no longer than SCREEN_MAX_FIELD) or with an error that says why; a
 * reader that cannot go on must stop with a status, never crash or loop.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/screen.h"
#include "fuzz_scratch.h"
#include "text/utf8.h"

static void check_row(const screen_row *row)
{
    if (row->error[0])
        return;
    const char *name = row->field[FIELD_NAME];
    size_t bad;
    if (!name || !*name || strlen(name) > SCREEN_MAX_FIELD || !cdn_utf8_valid(name, strlen(name), &bad))
        abort(); /* a row without an error must be screenable */
    if (row->country[0] && strlen(row->country) != 2)
        abort();
}

static void read_all(const char *path, screen_input_format format)
{
    screen_reader r;
    memset(&r, 0, sizeof r);
    r.format = format;
    r.path = path;
    if (format == INPUT_CSV) {
        r.columns[FIELD_NAME] = "name";
        r.columns[FIELD_DOB] = "dob";
    }
    if (screen_reader_open(&r) == EXIT_DONE) {
        screen_row row;
        memset(&row, 0, sizeof row);
        size_t last = 0;
        for (;;) {
            bool got = false;
            if (screen_reader_next(&r, &row, &got) != EXIT_DONE || !got)
                break;
            if (row.row != last + 1)
                abort(); /* rows are numbered without gaps */
            last = row.row;
            check_row(&row);
        }
        screen_row_clear(&row);
    }
    screen_reader_close(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[512];
    fuzz_scratch_path(path, sizeof path, "screen");
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
    read_all(path, INPUT_LINES);
    read_all(path, INPUT_CSV);
    read_all(path, INPUT_JSONL);
    screen_row row;
    memset(&row, 0, sizeof row);
    if (screen_row_from_json(&row, (const char *)data, size))
        check_row(&row);
    screen_row_clear(&row);
    return 0;
}
