/*
 * update.h — the pieces of `cordon update`: the catalogue of official lists and where their
 * URLs come from (update_catalog.c), one conditional HTTP download with its SHA-256
 * (update_fetch.c, libcurl and OpenSSL's EVP), and the manifest of what is in the data
 * directory (update_manifest.c, jansson). cmd_update.c stages, validates and swaps.
 */
#ifndef CDN_UPDATE_H
#define CDN_UPDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/cli.h"

enum { UPDATE_MAX_FILES = 4 };

/* One file of a list: its name in the data directory and in the publisher's URL. */
typedef struct update_file {
    const char *local;
    const char *remote;
} update_file;

/* One official list. A list of several files (OFAC's CSV sets) has a base URL, each file's
 * remote name appended; a list of one file has that file's URL. */
typedef struct update_list {
    const char *id;            /* the directory name and the --only name, e.g. "us-ofac-sdn" */
    const char *format;        /* the cordon source format */
    const char *default_url;
    bool opt_in;               /* downloaded only when a URL is configured (OpenSanctions) */
    update_file files[UPDATE_MAX_FILES];
    size_t n_files;
} update_list;

/* The built-in catalogue. */
size_t update_list_count(void);
const update_list *update_list_at(size_t i);
const update_list *update_list_find(const char *id);

/* URLs configured for the lists: a config file's "LIST = URL" lines, then CORDON_URL_<LIST>
 * environment variables (LIST upper-cased, '-' as '_'), which win. */
typedef struct update_urls {
    char *url[16];             /* by catalogue index; NULL: the default */
} update_urls;

/* Reads the config file (path may be NULL: none). Returns EXIT_DONE, or EXIT_BAD_INPUT after
 * printing "cordon: FILE:LINE: what" (an unknown list, a line that is not LIST = URL). */
int update_urls_load(update_urls *u, const char *path);
void update_urls_free(update_urls *u);

/* The URL of list i (configured or default), or NULL for an opt-in list not configured. */
const char *update_url(const update_urls *u, size_t i);

/* The URL of file f of list l whose list URL is url, into buf. */
void update_file_url(const update_list *l, const update_file *f, const char *url, char *buf, size_t size);

/* ---- one download ------------------------------------------------------------------------- */

typedef struct fetch_result {
    long http_status;
    bool not_modified;          /* 304: the copy we have is current */
    char etag[256];
    char last_modified[128];
    char sha256[65];            /* hex, of the bytes received */
    long long bytes;
    char error[512];            /* why it failed */
} fetch_result;

/*
 * GETs url into the new file dest (written, flushed and fsync'ed), sending If-None-Match /
 * If-Modified-Since when etag / last_modified are given (may be NULL). Redirects are followed.
 * Returns true for a 200 (the file holds the body) or a 304 (out->not_modified; the file is
 * empty); false with out->error for anything else: a connection or transfer error (a body
 * shorter than its Content-Length included), an HTTP status other than 200 and 304.
 */
bool update_fetch(const char *url, const char *dest, const char *etag, const char *last_modified, fetch_result *out);

/* ---- the manifest ------------------------------------------------------------------------ */

/* Loads DIR/manifest.json (an empty manifest when there is none). Returns NULL after printing
 * the reason when it exists but is not a manifest. */
json_t *update_manifest_load(const char *dir);

/* Writes the manifest to DIR/manifest.json atomically (temporary file, fsync, rename). */
bool update_manifest_save(const char *dir, json_t *manifest);

/* The manifest's entry of a list, created empty when missing (borrowed reference). */
json_t *update_manifest_list(json_t *manifest, const char *id);

/* A string member of a file entry of a list entry, or NULL. */
const char *update_manifest_file_str(json_t *list_entry, const char *file, const char *key);

#endif
