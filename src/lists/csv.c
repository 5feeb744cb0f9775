/*
 * csv.c — the streaming CSV reader (see csv.h).
 *
 * A small state machine over a 64 KiB buffer: START of a field, inside an UNQUOTED field,
 * inside a QUOTED field, and just after a QUOTE inside a quoted field (either an escaped quote
 * or the closing one). Lenient where real publisher files are sloppy (a quote in the middle of
 * an unquoted field is kept as a character), strict where data would be lost (an unterminated
 * quote is an error, not a silently swallowed rest of file).
 */
#include "lists/csv.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <strings.h>

#include "cordon.h"
#include "text/utf8.h"

enum state { START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED };

int cdn_csv_open(cdn_csv *c, const char *path, char sep, cdn_error *err)
{
    memset(c, 0, sizeof *c);
    c->path = path;
    c->sep = sep;
    c->line = 1;
    c->next_line = 1;
    c->max_record = CDN_CSV_MAX_RECORD;
    cdn_strbuf_init(&c->record);
    cdn_vec_init(&c->fields, sizeof(cdn_csv_field_ref));
    errno = 0;
    c->file = gzopen(path, "rb");
    if (!c->file)
        return cdn_error_at(err, CORDON_EIO, path, 0, "cannot open: %s", errno ? strerror(errno) : "out of memory");
    gzbuffer(c->file, 128 * 1024);
    return CORDON_OK;
}

void cdn_csv_close(cdn_csv *c)
{
    if (c->file)
        gzclose(c->file);
    c->file = NULL;
    cdn_strbuf_free(&c->record);
    cdn_vec_free(&c->fields);
}

/* Next byte, or -1 at the end of input, -2 on a read error. */
static int next_byte(cdn_csv *c)
{
    if (c->pos == c->len) {
        if (c->eof)
            return -1;
        int n = gzread(c->file, c->buf, sizeof c->buf);
        if (n < 0)
            return -2;
        if (n == 0) {
            /* zlib reports a gzip stream cut short only through gzerror, after the data. */
            int errnum = Z_OK;
            gzerror(c->file, &errnum);
            if (errnum != Z_OK && errnum != Z_STREAM_END)
                return -2;
            c->eof = true;
            return -1;
        }
        c->pos = 0;
        c->len = (size_t)n;
    }
    return c->buf[c->pos++];
}

static int peek_byte(cdn_csv *c)
{
    int b = next_byte(c);
    if (b >= 0)
        c->pos--;
    return b;
}

static bool end_field(cdn_csv *c, size_t start)
{
    cdn_csv_field_ref ref = {start, c->record.len - start};
    return cdn_strbuf_append_char(&c->record, '\0') && cdn_vec_push(&c->fields, &ref);
}

int cdn_csv_next(cdn_csv *c, bool *got, cdn_error *err)
{
    *got = false;
    {
        cdn_strbuf_reset(&c->record);
        c->fields.len = 0;
        c->line = c->next_line;
        enum state st = START;
        size_t field_start = 0;
        long quote_line = 0;
        bool any = false; /* anything but a line end seen in this record */
        for (;;) {
            int b = next_byte(c);
            if (b == -2)
                return cdn_error_at(err, CORDON_EIO, c->path, c->next_line, "read error: %s", gzerror(c->file, NULL));
            if (b == 0x1A && st == START && !any && peek_byte(c) < 0)
                b = -1; /* the DOS end-of-file mark */
            if (b == -1) {
                if (st == QUOTED)
                    return cdn_error_at(err, CORDON_EDATA, c->path, quote_line,
                                        "unterminated quoted field (the quote opened here is never closed)");
                if (!any)
                    return CORDON_OK; /* end of input */
                if (!end_field(c, field_start))
                    return cdn_error_nomem(err);
                break;
            }
            char ch = (char)b;
            if (c->record.len > c->max_record)
                return cdn_error_at(err, CORDON_EDATA, c->path, c->line,
                                    "record longer than %zu bytes (a broken file or a runaway quote)", c->max_record);
            if (st == QUOTED) {
                if (ch == '"')
                    st = QUOTE_IN_QUOTED;
                else {
                    if (ch == '\n')
                        c->next_line++;
                    if (!cdn_strbuf_append_char(&c->record, ch))
                        return cdn_error_nomem(err);
                }
                continue;
            }
            if (st == QUOTE_IN_QUOTED && ch == '"') {
                if (!cdn_strbuf_append_char(&c->record, '"'))
                    return cdn_error_nomem(err);
                st = QUOTED;
                continue;
            }
            if (ch == '\r' && peek_byte(c) == '\n')
                continue; /* CR LF: the LF ends the line */
            if (ch == '\n' || ch == '\r') {
                c->next_line++;
                if (!any) {
                    c->line = c->next_line; /* a blank line between records */
                    continue;
                }
                if (!end_field(c, field_start))
                    return cdn_error_nomem(err);
                break;
            }
            any = true;
            if (ch == c->sep) {
                if (!end_field(c, field_start))
                    return cdn_error_nomem(err);
                field_start = c->record.len;
                st = START;
            } else if (st == START && ch == '"') {
                st = QUOTED;
                quote_line = c->next_line;
            } else {
                /* Text after a closing quote, or a quote inside an unquoted field: keep it. */
                if (!cdn_strbuf_append_char(&c->record, ch))
                    return cdn_error_nomem(err);
                st = UNQUOTED;
            }
        }
        c->records++;
        *got = true;
        return CORDON_OK;
    }
}

size_t cdn_csv_count(const cdn_csv *c) { return c->fields.len; }

const char *cdn_csv_field(const cdn_csv *c, size_t i, size_t *len)
{
    const cdn_csv_field_ref *ref = cdn_vec_at(&c->fields, i);
    if (len)
        *len = ref->len;
    return c->record.data + ref->off;
}

void cdn_csv_map_header(const cdn_csv *c, const char *const *names, size_t n, int *index)
{
    for (size_t k = 0; k < n; k++)
        index[k] = -1;
    for (size_t i = 0; i < cdn_csv_count(c); i++) {
        size_t len;
        const char *f = cdn_csv_field(c, i, &len);
        if (i == 0 && len >= 3 && memcmp(f, "\xEF\xBB\xBF", 3) == 0) {
            f += 3;
            len -= 3;
        }
        while (len && isspace((unsigned char)*f)) {
            f++;
            len--;
        }
        while (len && isspace((unsigned char)f[len - 1]))
            len--;
        for (size_t k = 0; k < n; k++)
            if (index[k] < 0 && strlen(names[k]) == len && strncasecmp(names[k], f, len) == 0)
                index[k] = (int)i;
    }
}

const char *cdn_csv_field_utf8(const cdn_csv *c, int i, bool cp1252, cdn_strbuf *scratch)
{
    cdn_strbuf_reset(scratch);
    if (i < 0 || (size_t)i >= cdn_csv_count(c))
        return cdn_strbuf_reserve(scratch, 0) ? scratch->data : NULL;
    size_t len;
    const char *f = cdn_csv_field(c, (size_t)i, &len);
    bool ok = cp1252 ? cdn_cp1252_to_utf8(f, len, scratch) : cdn_strbuf_append(scratch, f, len);
    if (!ok || !cdn_strbuf_reserve(scratch, 0))
        return NULL;
    return scratch->data;
}

int cdn_each_value(const char *s, size_t len, char sep, int (*fn)(void *ctx, const char *value, size_t len),
                   void *ctx)
{
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != sep)
            continue;
        const char *v = s + start;
        size_t n = i - start;
        while (n && isspace((unsigned char)*v)) {
            v++;
            n--;
        }
        while (n && isspace((unsigned char)v[n - 1]))
            n--;
        int status = n ? fn(ctx, v, n) : CORDON_OK;
        if (status != CORDON_OK)
            return status;
        start = i + 1;
    }
    return CORDON_OK;
}
