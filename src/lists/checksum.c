/*
 * checksum.c — the SHA-256 checksum of a list source: what proves, later, exactly which list
 * version a screening ran against.
 *
 * The checksum covers the source's files as stored on disk (compressed files as compressed),
 * so that for a single file it equals what `sha256sum FILE` prints and anyone can check it:
 *   - a file: its bytes;
 *   - "BASE+UPDATE+..." (a list and its updates): the SHA-256 of the concatenated lines
 *     "<sha256 of the part>  <part's file name>\n", one per part in the order given;
 *   - a directory (OFAC's CSV set, an FtM delta directory): the same lines for each regular file
 *     and subdirectory in it, sorted bytewise by name (hidden ones left out), a subdirectory
 *     (or a part that is a directory) entering with the digest of its own manifest; for a flat
 *     directory that is what `cd DIR && LC_ALL=C sha256sum * | sha256sum` prints.
 */
#include "lists/checksum.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cordon.h"
#include "core/alloc.h"
#include "core/sha256.h"
#include "core/vec.h"

static int digest_of(const char *path, char hex[CDN_SHA256_HEX], cdn_error *err);

/* Adds the line "<sha256>  <name>\n" of the file or directory at path to h. */
static int add_manifest_line(cdn_sha256 *h, const char *path, const char *name, cdn_error *err)
{
    char hex[CDN_SHA256_HEX];
    int status = digest_of(path, hex, err);
    if (status != CORDON_OK)
        return status;
    cdn_sha256_add(h, hex, strlen(hex));
    cdn_sha256_add(h, "  ", 2);
    cdn_sha256_add(h, name, strlen(name));
    cdn_sha256_add(h, "\n", 1);
    return CORDON_OK;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The regular files and subdirectories of dir (hidden ones left out), sorted by name, into
 * names (heap strings the caller frees). Subdirectories count: an FtM delta directory keeps its
 * updates in them. */
static int directory_files(const char *dir, cdn_vec *names, cdn_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return cdn_error_at(err, CORDON_EIO, dir, 0, "cannot read: %s", strerror(errno));
    int status = CORDON_OK;
    struct dirent *de;
    while (status == CORDON_OK && (de = readdir(d)) != NULL) {
        char path[4096];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (de->d_name[0] == '.' || stat(path, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
            continue;
        char *name = cdn_strdup(de->d_name);
        if (!name || !cdn_vec_push(names, &name)) {
            cdn_free(name);
            status = cdn_error_nomem(err);
        }
    }
    closedir(d);
    if (names->len > 1)
        qsort(names->items, names->len, sizeof(char *), by_name);
    return status;
}

static int directory_manifest(cdn_sha256 *h, const char *dir, cdn_error *err)
{
    cdn_vec names;
    cdn_vec_init(&names, sizeof(char *));
    int status = directory_files(dir, &names, err);
    for (size_t i = 0; i < names.len && status == CORDON_OK; i++) {
        const char *name = *(char **)cdn_vec_at(&names, i);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, name);
        status = add_manifest_line(h, path, name, err);
    }
    for (size_t i = 0; i < names.len; i++)
        cdn_free(*(char **)cdn_vec_at(&names, i));
    cdn_vec_free(&names);
    return status;
}

static int parts_manifest(cdn_sha256 *h, const char *path, cdn_error *err)
{
    int status = CORDON_OK;
    const char *part = path;
    while (status == CORDON_OK && *part) {
        const char *plus = strchr(part, '+');
        size_t len = plus ? (size_t)(plus - part) : strlen(part);
        char file[4096];
        snprintf(file, sizeof file, "%.*s", (int)len, part);
        const char *slash = strrchr(file, '/');
        status = add_manifest_line(h, file, slash ? slash + 1 : file, err);
        part += len + (plus ? 1 : 0);
    }
    return status;
}

/* The hex digest of a file, or of the manifest of a directory or of "BASE+UPDATE+...". */
static int digest_of(const char *path, char hex[CDN_SHA256_HEX], cdn_error *err)
{
    struct stat st;
    bool exists = stat(path, &st) == 0;
    cdn_sha256 h;
    if (!cdn_sha256_begin(&h))
        return cdn_error_nomem(err);
    int status;
    if (exists && !S_ISDIR(st.st_mode))
        status = cdn_sha256_add_file(&h, path, err);
    else if (exists)
        status = directory_manifest(&h, path, err);
    else if (strchr(path, '+'))
        status = parts_manifest(&h, path, err);
    else
        status = cdn_error_at(err, CORDON_EIO, path, 0, "cannot read: %s", strerror(ENOENT));
    unsigned char digest[CDN_SHA256_LEN];
    if (!cdn_sha256_end(&h, digest) && status == CORDON_OK)
        status = cdn_error_set(err, CORDON_ENOMEM, "%s: SHA-256 failed", path);
    if (status == CORDON_OK)
        cdn_sha256_hex(digest, hex);
    return status;
}

int cdn_source_checksum(const char *path, char out[CDN_SHA256_HEX], cdn_error *err)
{
    return digest_of(path, out, err);
}
