/*
 * ftm.c — loader for OpenSanctions' FollowTheMoney exports (format `ftm`): entities.ftm.json
 * (flat: one entity per line, links by id), targets.nested.json (linked entities written inside
 * their targets), and incremental updates (entities.delta.json).
 *
 * A source is one of
 *   FILE                 an export (or a delta file, applied to nothing)
 *   DIR                  DIR/entities.ftm.json if present, then every DIR/VERSION/entities.delta.json
 *                        in name order (OpenSanctions version names start with their timestamp,
 *                        so name order is release order)
 *   PART+PART+...        the first part, then each further part (a delta file, or a directory
 *                        as above) applied in turn; e.g.
 *                        ftm:opensanctions-t1/entities.ftm.json+opensanctions-delta
 * A path is split at '+' only when no file has the whole name.
 *
 * Entity ids are "<dataset>:<FtM id>" with the entity's first dataset (DESIGN.md); an entity
 * without datasets gets the list id. One source is one list, so a file that mixes datasets (a
 * collection such as the zala export) is named after the dataset its entities name most often.
 *
 * The version is, in this order: the version folder of the last delta applied
 * ("20240528134729-3iv"); the updated_at of the dataset's index.json beside the first file when
 * it describes the same dataset; the latest last_seen of any entity (the time of the crawl the
 * export was built from); else "file date YYYY-MM-DD".
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/alloc.h"
#include "lists/ftm_int.h"
#include "lists/jsonl.h"
#include "lists/loader.h"
#include "lists/opensanctions.h"

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* path + "/" + name in the store arena; NULL when out of memory. */
static char *child(ftm_store *st, const char *path, const char *name)
{
    size_t len = strlen(path) + 1 + strlen(name);
    char *joined = cdn_arena_alloc(&st->arena, len + 1);
    if (joined)
        snprintf(joined, len + 1, "%s/%s", path, name);
    return joined;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The VERSION/entities.delta.json files of a directory, in name order. */
static int delta_files(ftm_store *st, const char *dir, cdn_vec *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return cdn_error_at(st->ld->err, CORDON_EIO, dir, 0, "cannot read the directory");
    struct dirent *e;
    int status = CORDON_OK;
    while ((e = readdir(d)) && status == CORDON_OK) {
        if (e->d_name[0] == '.')
            continue;
        char *version = child(st, dir, e->d_name);
        char *file = version ? child(st, version, "entities.delta.json") : NULL;
        if (!file)
            status = cdn_error_nomem(st->ld->err);
        else if (is_dir(version) && is_file(file) && !cdn_vec_push(out, &file))
            status = cdn_error_nomem(st->ld->err);
    }
    closedir(d);
    if (out->len)
        qsort(out->items, out->len, sizeof(char *), by_name);
    return status;
}

/* Reads a directory source: its export, then its delta versions. */
static int read_dir(ftm_store *st, const char *dir)
{
    char *base = child(st, dir, "entities.ftm.json");
    if (!base)
        return cdn_error_nomem(st->ld->err);
    cdn_vec deltas;
    cdn_vec_init(&deltas, sizeof(char *));
    int status = delta_files(st, dir, &deltas);
    bool has_base = is_file(base);
    if (status == CORDON_OK && !has_base && deltas.len == 0)
        status = cdn_error_at(st->ld->err, CORDON_EDATA, dir, 0,
                              "neither entities.ftm.json nor delta versions (VERSION/entities.delta.json) in this "
                              "directory");
    size_t lines;
    if (status == CORDON_OK && has_base)
        status = ftm_store_read(st, base, &lines);
    for (size_t i = 0; i < deltas.len && status == CORDON_OK; i++)
        status = ftm_store_read(st, *(char **)cdn_vec_at(&deltas, i), &lines);
    cdn_vec_free(&deltas);
    return status;
}

/* Reads one part of the source. The first part is the list itself: an empty file there is an
 * error (a delta file may well be empty). */
static int read_part(ftm_store *st, const char *part, bool first)
{
    struct stat sb;
    if (stat(part, &sb) != 0)
        return cdn_error_at(st->ld->err, CORDON_EIO, part, 0, "cannot open: no such file or directory");
    if (S_ISDIR(sb.st_mode))
        return read_dir(st, part);
    size_t lines;
    int status = ftm_store_read(st, part, &lines);
    if (status == CORDON_OK && first && lines == 0)
        return cdn_error_at(st->ld->err, CORDON_EDATA, part, 0, "the file is empty");
    return status;
}

/* Splits "A+B+C" into parts (copies in the store arena) unless a file has the whole name. */
static int split_source(ftm_store *st, const char *path, cdn_vec *parts)
{
    struct stat sb;
    const char *start = path;
    bool whole = stat(path, &sb) == 0;
    for (;;) {
        const char *plus = whole ? NULL : strchr(start, '+');
        size_t len = plus ? (size_t)(plus - start) : strlen(start);
        char *part = cdn_arena_strndup(&st->arena, start, len);
        if (!part || !cdn_vec_push(parts, &part))
            return cdn_error_nomem(st->ld->err);
        if (!plus)
            return CORDON_OK;
        start = plus + 1;
    }
}

/* The list id: the dataset named most often (the first of them on a tie), else the path's. */
static int set_list_id(ftm_store *st, const char *first_part)
{
    const char *best = NULL;
    size_t best_count = 0;
    for (size_t i = 0; i < st->dataset_order.len; i++) {
        const char *name = *(const char **)cdn_vec_at(&st->dataset_order, i);
        size_t count = *(size_t *)cdn_strmap_get(&st->datasets, name, strlen(name));
        if (count > best_count) {
            best = name;
            best_count = count;
        }
    }
    char id[256];
    if (!best)
        cdn_os_list_id_from_path(first_part, id, sizeof id);
    return cdn_loader_set_id(st->ld, best ? best : id);
}

static int set_version(ftm_store *st, const char *first_part)
{
    if (st->last_delta)
        return cdn_loader_set_version(st->ld, st->last_delta);
    char probe[4096];
    snprintf(probe, sizeof probe, is_dir(first_part) ? "%s/entities.ftm.json" : "%s", first_part);
    cdn_os_index index;
    cdn_os_read_index(probe, &index);
    if (index.found && index.updated_at[0] && strcmp(index.name, st->ld->info->id) == 0)
        return cdn_loader_set_version(st->ld, index.updated_at);
    if (st->newest_seen[0])
        return cdn_loader_set_version(st->ld, st->newest_seen);
    return cdn_loader_set_file_date(st->ld, first_part);
}

int cdn_load_ftm(cdn_loader *ld, const char *path)
{
    ftm_store st;
    ftm_store_init(&st, ld);
    cdn_vec parts;
    cdn_vec_init(&parts, sizeof(char *));
    int status = split_source(&st, path, &parts);
    for (size_t i = 0; i < parts.len && status == CORDON_OK; i++)
        status = read_part(&st, *(char **)cdn_vec_at(&parts, i), i == 0);
    const char *first = parts.len ? *(char **)cdn_vec_at(&parts, 0) : path;
    if (status == CORDON_OK)
        status = set_list_id(&st, first);
    if (status == CORDON_OK)
        status = set_version(&st, first);
    if (status == CORDON_OK)
        status = ftm_emit(&st);
    cdn_vec_free(&parts);
    ftm_store_free(&st);
    return status;
}

/* Whether the first line of the file is an FtM entity or a delta operation: a JSON object with
 * "schema" and "properties", or "op" and "entity". A first line that is not valid JSON is
 * judged by the words it holds, so that the loader, not a CSV detector, says what is broken. */
static bool first_line_is_ftm(const char *path)
{
    cdn_jsonl *r = cdn_malloc(sizeof *r);
    if (!r)
        return false;
    cdn_error err;
    cdn_error_clear(&err);
    bool ftm = false, got = false;
    if (cdn_jsonl_open(r, path, &err) == CORDON_OK) {
        r->max_line = 64u * 1024u * 1024u;
        json_t *line = NULL;
        if (cdn_jsonl_next(r, &got, &err) == CORDON_OK && got) {
            if (cdn_jsonl_parse(r, &line, &err) == CORDON_OK)
                ftm = (json_object_get(line, "schema") && json_object_get(line, "properties")) ||
                      (json_object_get(line, "op") && json_object_get(line, "entity"));
            else
                ftm = (strstr(r->line.data, "\"schema\"") && strstr(r->line.data, "\"properties\"")) ||
                      (strstr(r->line.data, "\"op\"") && strstr(r->line.data, "\"entity\""));
            json_decref(line);
        }
    }
    cdn_jsonl_close(r);
    cdn_free(r);
    return ftm;
}

bool cdn_detect_ftm(const char *path, bool dir, const char *head, size_t head_len)
{
    if (dir) {
        char probe[4096];
        snprintf(probe, sizeof probe, "%s/entities.ftm.json", path);
        if (is_file(probe))
            return true;
        snprintf(probe, sizeof probe, "%s/delta.json", path);
        return is_file(probe);
    }
    size_t i = head_len >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < head_len && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        i++;
    return i < head_len && head[i] == '{' && first_line_is_ftm(path);
}
