/*
 * csv.h — a streaming RFC 4180 reader that knows where it is.
 *
 * Every CSV list format cordon reads (its own custom lists, OFAC, OFSI, EU FSF, US CSL) goes
 * through this reader. It is hand-written rather than taken from libcsv because cordon's errors
 * must name the physical line where a bad record starts, records may span lines inside quotes,
 * and input may be gzip-compressed (read through zlib's gzread, which passes plain files through
 * unchanged). Fields are returned as raw bytes; decoding (UTF-8 checks, Windows-1252) is the
 * caller's, since it differs per format.
 */
#ifndef CDN_CSV_H
#define CDN_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <zlib.h>

#include "core/error.h"
#include "core/strbuf.h"
#include "core/vec.h"

typedef struct cdn_csv {
    gzFile file;
    const char *path;        /* for messages; not owned */
    char sep;
    unsigned char buf[64 * 1024];
    size_t pos, len;
    bool eof;
    cdn_strbuf record;       /* the current record's fields, each NUL-terminated */
    cdn_vec fields;          /* cdn_csv_field_ref */
    long line;               /* physical line where the current record starts (1-based) */
    long next_line;          /* physical line the next byte belongs to */
    long records;            /* records returned so far */
    size_t max_record;       /* longest record accepted, in bytes (CDN_CSV_MAX_RECORD by default) */
} cdn_csv;

/* No real list has a record anywhere near this long; a longer one is a broken file (or a
 * runaway quote), refused before it eats the memory. */
#define CDN_CSV_MAX_RECORD (16u * 1024u * 1024u)

typedef struct cdn_csv_field_ref {
    size_t off;
    size_t len;
} cdn_csv_field_ref;

/* Opens path for reading with the field separator sep. Returns CORDON_OK or CORDON_EIO (the
 * message names the file and the system's reason). Close with cdn_csv_close in any case. */
int cdn_csv_open(cdn_csv *c, const char *path, char sep, cdn_error *err);
void cdn_csv_close(cdn_csv *c);

/*
 * Reads the next record. Sets *got to true and returns CORDON_OK when a record was read; sets
 * *got to false at the end of the input. Returns CORDON_EDATA for an unterminated quoted field
 * (the message names the line where the field starts) or a record longer than max_record, and
 * CORDON_EIO for a read error (including a truncated or corrupt gzip stream).
 * Blank lines are skipped. A lone 0x1A (DOS end-of-file mark, as OFAC ships) ends the input.
 */
int cdn_csv_next(cdn_csv *c, bool *got, cdn_error *err);

/* The current record's field count, and field i (NUL-terminated; *len gets its length). */
size_t cdn_csv_count(const cdn_csv *c);
const char *cdn_csv_field(const cdn_csv *c, size_t i, size_t *len);

/*
 * Finds each of the n column names in the current record (a header), comparing
 * case-insensitively after trimming spaces and a UTF-8 byte-order mark; index[k] gets the field
 * number of names[k], or -1 when absent.
 */
void cdn_csv_map_header(const cdn_csv *c, const char *const *names, size_t n, int *index);

/*
 * Field i of the current record as UTF-8 in scratch (reset first): decoded from Windows-1252
 * when cp1252 is true, copied otherwise. Returns the string (valid until scratch changes) or
 * NULL when out of memory. A missing field (i < 0 or past the end) gives "".
 */
const char *cdn_csv_field_utf8(const cdn_csv *c, int i, bool cp1252, cdn_strbuf *scratch);

/*
 * Calls fn(ctx, value, value_len) for each non-empty value of the len bytes at s separated by
 * sep, with spaces around each value trimmed; stops at the first status other than CORDON_OK
 * and returns it.
 */
int cdn_each_value(const char *s, size_t len, char sep, int (*fn)(void *ctx, const char *value, size_t len),
                   void *ctx);

#endif
