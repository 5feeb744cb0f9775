/*
 * jsonl.c — the JSON-lines reader (see jsonl.h): whole lines out of a 64 KiB gzread buffer.
 */
#include "lists/jsonl.h"

#include <errno.h>
#include <string.h>

#include "cordon.h"

int cdn_jsonl_open(cdn_jsonl *r, const char *path, cdn_error *err)
{
    memset(r, 0, sizeof *r);
    r->path = path;
    r->max_line = CDN_JSONL_MAX_LINE;
    cdn_strbuf_init(&r->line);
    errno = 0;
    r->file = gzopen(path, "rb");
    if (!r->file)
        return cdn_error_at(err, CORDON_EIO, path, 0, "cannot open: %s", errno ? strerror(errno) : "out of memory");
    gzbuffer(r->file, 128 * 1024);
    return CORDON_OK;
}

void cdn_jsonl_close(cdn_jsonl *r)
{
    if (r->file)
        gzclose(r->file);
    r->file = NULL;
    cdn_strbuf_free(&r->line);
}

/* Refills the buffer. Returns CORDON_OK (r->eof set at the end of the input) or an error. */
static int fill(cdn_jsonl *r, long line, cdn_error *err)
{
    int n = gzread(r->file, r->buf, sizeof r->buf);
    int errnum = Z_OK;
    const char *why = gzerror(r->file, &errnum);
    if (n < 0 || (n == 0 && errnum != Z_OK && errnum != Z_STREAM_END)) {
        /* zlib reports a gzip stream cut short only through gzerror, after the data. */
        if (errnum == Z_ERRNO)
            return cdn_error_at(err, CORDON_EIO, r->path, line, "read error: %s", strerror(errno));
        size_t plen = strlen(r->path);
        if (why && strncmp(why, r->path, plen) == 0 && strncmp(why + plen, ": ", 2) == 0)
            why += plen + 2; /* zlib puts the path in front */
        return cdn_error_at(err, CORDON_EDATA, r->path, line, "the gzip stream is truncated or corrupt (%s)", why);
    }
    r->pos = 0;
    r->len = (size_t)n;
    r->eof = n == 0;
    return CORDON_OK;
}

/* Appends bytes up to the next line end to r->line; *ended says whether a line end was met. */
static int read_line(cdn_jsonl *r, long line, bool *ended, cdn_error *err)
{
    *ended = false;
    for (;;) {
        if (r->pos == r->len) {
            int status = fill(r, line, err);
            if (status != CORDON_OK)
                return status;
            if (r->eof)
                return CORDON_OK;
        }
        const unsigned char *start = r->buf + r->pos;
        const unsigned char *nl = memchr(start, '\n', r->len - r->pos);
        size_t take = nl ? (size_t)(nl - start) : r->len - r->pos;
        if (r->line.len + take > r->max_line)
            return cdn_error_at(err, CORDON_EDATA, r->path, line, "line longer than %zu bytes (a broken file)",
                                r->max_line);
        if (!cdn_strbuf_append(&r->line, (const char *)start, take))
            return cdn_error_set(err, CORDON_ENOMEM, "out of memory");
        r->pos += take;
        if (nl) {
            r->pos++;
            *ended = true;
            return CORDON_OK;
        }
    }
}

static bool blank(const cdn_strbuf *line)
{
    for (size_t i = 0; i < line->len; i++)
        if (line->data[i] != ' ' && line->data[i] != '\t' && line->data[i] != '\r')
            return false;
    return true;
}

int cdn_jsonl_next(cdn_jsonl *r, bool *got, cdn_error *err)
{
    *got = false;
    for (;;) {
        cdn_strbuf_reset(&r->line);
        long number = r->number + 1;
        bool ended;
        int status = read_line(r, number, &ended, err);
        if (status != CORDON_OK)
            return status;
        if (!ended && r->line.len == 0)
            return CORDON_OK; /* end of input */
        r->number = number;
        if (r->line.len && r->line.data[r->line.len - 1] == '\r')
            r->line.data[--r->line.len] = '\0';
        if (number == 1 && r->line.len >= 3 && memcmp(r->line.data, "\xEF\xBB\xBF", 3) == 0) {
            memmove(r->line.data, r->line.data + 3, r->line.len - 2);
            r->line.len -= 3;
        }
        if (!blank(&r->line)) {
            *got = true;
            return CORDON_OK;
        }
    }
}

int cdn_jsonl_parse(cdn_jsonl *r, json_t **out, cdn_error *err)
{
    json_error_t jerr;
    *out = json_loadb(r->line.data, r->line.len, 0, &jerr);
    if (*out)
        return CORDON_OK;
    if (json_error_code(&jerr) == json_error_out_of_memory)
        return cdn_error_set(err, CORDON_ENOMEM, "out of memory");
    return cdn_error_at(err, CORDON_EDATA, r->path, r->number, "not valid JSON (%s, at column %d)", jerr.text,
                        jerr.column);
}
