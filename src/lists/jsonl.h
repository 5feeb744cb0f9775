/*
 * jsonl.h — a streaming reader of JSON-lines files (one JSON value per line), as the
 * OpenSanctions exports are written: entities.ftm.json, targets.nested.json and the
 * entities.delta.json updates.
 *
 * Lines are returned one at a time with their physical line number, so a loader's messages can
 * say "FILE:LINE: what". Input may be gzip-compressed (read through zlib's gzread, which passes
 * plain files through unchanged). Parsing is jansson's (json_loadb), which also refuses invalid
 * UTF-8: JSON text must be UTF-8 (RFC 8259, section 8.1).
 */
#ifndef CDN_JSONL_H
#define CDN_JSONL_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>
#include <zlib.h>

#include "core/error.h"
#include "core/strbuf.h"

typedef struct cdn_jsonl {
    gzFile file;
    const char *path;        /* for messages; not owned */
    unsigned char buf[64 * 1024];
    size_t pos, len;
    bool eof;
    cdn_strbuf line;         /* the current line, without its line end */
    long number;             /* 1-based number of the current line */
    size_t max_line;         /* longest line accepted, in bytes (CDN_JSONL_MAX_LINE by default) */
} cdn_jsonl;

/* An OpenSanctions line holds one entity with everything nested in it; the largest real ones are
 * a few MiB. A longer line is a broken file, refused before it eats the memory. */
#define CDN_JSONL_MAX_LINE (256u * 1024u * 1024u)

/* Opens path. Returns CORDON_OK or CORDON_EIO (the message names the file and the reason).
 * Close with cdn_jsonl_close in any case. */
int cdn_jsonl_open(cdn_jsonl *r, const char *path, cdn_error *err);
void cdn_jsonl_close(cdn_jsonl *r);

/*
 * Reads the next line that is not blank into r->line (a trailing CR is dropped, and a UTF-8
 * byte-order mark at the start of the file). Sets *got to true and returns CORDON_OK when a line
 * was read; sets *got to false at the end of the input. Returns CORDON_EDATA for a line longer
 * than max_line or a gzip stream that is truncated or corrupt, CORDON_EIO for a read error.
 */
int cdn_jsonl_next(cdn_jsonl *r, bool *got, cdn_error *err);

/*
 * Parses the current line. Returns CORDON_OK with *out set to a new reference (the caller
 * json_decref's it), or CORDON_EDATA with "FILE:LINE: not valid JSON (...)" naming jansson's
 * reason and the column, or CORDON_ENOMEM.
 */
int cdn_jsonl_parse(cdn_jsonl *r, json_t **out, cdn_error *err);

#endif
