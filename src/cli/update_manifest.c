/*
 * update_manifest.c — DIR/manifest.json, the record of what `cordon update` put in a data
 * directory: per list its format, source, version and entity count as loaded, when it was last
 * updated and checked, and per file the URL, ETag, Last-Modified, size and SHA-256.
 *
 *   {"generator": "cordon 0.1.0", "lists": {"un-sc": {"format": "un-xml", "source": "...",
 *    "version": "...", "entities": 1002, "updated_at": "...", "checked_at": "...",
 *    "files": {"consolidated.xml": {"url", "etag", "last_modified", "bytes", "sha256"}}}}}
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/update.h"

json_t *update_manifest_load(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/manifest.json", dir);
    if (access(path, F_OK) != 0)
        return json_pack("{s:s, s:{}}", "generator", "cordon " CORDON_VERSION, "lists");
    json_error_t err;
    json_t *m = json_load_file(path, 0, &err);
    if (!m || !json_is_object(json_object_get(m, "lists"))) {
        cli_error("%s:%d: not a cordon manifest (%s)", path, m ? 1 : err.line, m ? "no \"lists\" object" : err.text);
        json_decref(m);
        return NULL;
    }
    return m;
}

bool update_manifest_save(const char *dir, json_t *manifest)
{
    char path[4096], tmp[4200];
    snprintf(path, sizeof path, "%s/manifest.json", dir);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    json_object_set_new(manifest, "generator", json_string("cordon " CORDON_VERSION));
    FILE *f = fopen(tmp, "w");
    bool ok = f && json_dumpf(manifest, f, JSON_INDENT(2) | JSON_SORT_KEYS) == 0 && fputc('\n', f) != EOF &&
              fflush(f) == 0 && fsync(fileno(f)) == 0;
    if (f && fclose(f) != 0)
        ok = false;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok) {
        cli_error("%s: cannot write: %s", path, strerror(errno));
        unlink(tmp);
    }
    return ok;
}

json_t *update_manifest_list(json_t *manifest, const char *id)
{
    json_t *lists = json_object_get(manifest, "lists");
    json_t *entry = json_object_get(lists, id);
    if (!json_is_object(entry)) {
        entry = json_pack("{s:{}}", "files");
        json_object_set_new(lists, id, entry);
    }
    if (!json_is_object(json_object_get(entry, "files")))
        json_object_set_new(entry, "files", json_object());
    return entry;
}

const char *update_manifest_file_str(json_t *list_entry, const char *file, const char *key)
{
    return json_string_value(json_object_get(json_object_get(json_object_get(list_entry, "files"), file), key));
}
