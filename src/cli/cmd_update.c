/*
 * cmd_update.c — cordon update: downloads the official lists into a data directory, so that a
 * nightly job can update them and screen against DIR/<list>.
 *
 * Per list: every file is fetched conditionally (ETag / Last-Modified from the manifest) into a
 * staging directory DIR/.<list>.new; a file the server says is unchanged (304) is hard-linked
 * from the current copy. When nothing changed the list is "unchanged". Otherwise the staged
 * list must load with cordon's own loader for its format, and must not have shrunk to under
 * half its entities (a truncated file that still parses); only then is the staging directory
 * swapped with DIR/<list> in one atomic rename (renameat2 RENAME_EXCHANGE). A failed download,
 * an HTTP error or a list that does not load leaves the previous version in place.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "cli/update.h"

static const char HELP[] =
    "Usage: cordon update [--dir DATA_DIR] [--config FILE] [--only LIST]...\n"
    "\n"
    "Downloads the official sanctions lists into DATA_DIR/<LIST>/ (default: ./cordon-lists, or\n"
    "$CORDON_DATA), with conditional requests, SHA-256 checksums and DATA_DIR/manifest.json. A\n"
    "download replaces the previous version only when it loads with cordon's loader for its\n"
    "format and has at least half as many entities: a truncated or corrupt download, or an HTTP\n"
    "error, keeps the old list. Each list is reported as updated, unchanged (304) or failed.\n"
    "\n"
    "Lists: us-ofac-sdn, us-ofac-cons (OFAC legacy CSV sets), un-sc (UN XML), gb-hmt (OFSI CSV),\n"
    "eu-fsf (EU FSF CSV), us-csl (trade.gov CSL CSV), and opensanctions (targets.simple.csv;\n"
    "only when its URL is configured).\n"
    "\n"
    "URLs: the publishers' by default; a config file of 'LIST = URL' lines (--config, or\n"
    "DATA_DIR/update.conf when it exists); CORDON_URL_<LIST> environment variables win\n"
    "(e.g. CORDON_URL_UN_SC, CORDON_URL_US_OFAC_SDN). For the OFAC sets the URL is the\n"
    "directory the files (SDN.CSV, ALT.CSV, ...) are in.\n"
    "\n"
    "Options:\n"
    "  -d, --dir DIR         the data directory (created when missing)\n"
    "  -c, --config FILE     the URL configuration\n"
    "      --only LIST       update only these lists (repeatable, or comma-separated)\n"
    "      --allow-shrink    accept a list with under half the entities of the previous one\n"
    "  -q, --quiet           report failures only\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 every list updated or unchanged, 2 usage error, 3 a list failed.\n";

typedef struct update_cmd {
    const char *dir;
    update_urls urls;
    bool only[16];
    bool any_only;
    bool allow_shrink;
    bool quiet;
} update_cmd;

/* Removes a directory of plain files (a staging directory; never recursive beyond that). */
static void remove_dir(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return;
    struct dirent *e;
    char file[4096];
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(file, sizeof file, "%s/%s", path, e->d_name);
        unlink(file);
    }
    closedir(d);
    rmdir(path);
}

static void fsync_dir(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

static void now_iso(char *buf, size_t size)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The source string of list l under base ("FORMAT:base" or "FORMAT:base/file"). */
static void source_of(const update_list *l, const char *base, char *buf, size_t size)
{
    if (l->n_files == 1)
        snprintf(buf, size, "%s:%s/%s", l->format, base, l->files[0].local);
    else
        snprintf(buf, size, "%s:%s", l->format, base);
}

/* Loads the staged list; fills entities and version. Returns false with the loader's reason. */
static bool validate(const update_list *l, const char *staging, size_t *entities, char *version, size_t vsize,
                     char *why, size_t why_size)
{
    char source[8800];
    source_of(l, staging, source, sizeof source);
    const char *sources[] = {source};
    cordon_index *idx = NULL;
    int status = cordon_index_open(&idx, sources, 1, NULL);
    if (status != CORDON_OK) {
        snprintf(why, why_size, "does not load: %s", idx ? cordon_index_errmsg(idx) : "out of memory");
        cordon_index_close(idx);
        return false;
    }
    *entities = cordon_index_entity_count(idx);
    const cordon_list_info *info = cordon_index_list_count(idx) ? cordon_index_list(idx, 0) : NULL;
    snprintf(version, vsize, "%s", info && info->version ? info->version : "");
    cordon_index_close(idx);
    if (*entities == 0) {
        snprintf(why, why_size, "does not load: no entities");
        return false;
    }
    return true;
}

/* Records the files of a changed list in its manifest entry. */
static void record_files(json_t *entry, const update_list *l, char urls[][2048], const fetch_result *res)
{
    json_t *files = json_object_get(entry, "files");
    for (size_t f = 0; f < l->n_files; f++) {
        if (res[f].not_modified)
            continue; /* its entry, checksum included, is still right */
        json_object_set_new(files, l->files[f].local,
                            json_pack("{s:s, s:s, s:s, s:I, s:s}", "url", urls[f], "etag", res[f].etag,
                                      "last_modified", res[f].last_modified, "bytes", (json_int_t)res[f].bytes,
                                      "sha256", res[f].sha256));
    }
}

/* Updates one list; prints its outcome. Returns true unless it failed. */
static bool update_one(const update_cmd *c, size_t i, const char *url, json_t *manifest)
{
    const update_list *l = update_list_at(i);
    char final_dir[4096], staging[4200], why[8192] = "";
    snprintf(final_dir, sizeof final_dir, "%s/%s", c->dir, l->id);
    snprintf(staging, sizeof staging, "%s/.%s.new", c->dir, l->id);
    remove_dir(staging);
    if (mkdir(staging, 0755) != 0) {
        printf("%s: failed: %s: cannot create: %s\n", l->id, staging, strerror(errno));
        return false;
    }
    json_t *entry = update_manifest_list(manifest, l->id);
    char urls[UPDATE_MAX_FILES][2048];
    fetch_result res[UPDATE_MAX_FILES];
    bool changed = false, ok = true;
    long long bytes = 0;
    for (size_t f = 0; f < l->n_files && ok; f++) {
        char dest[4400], current[4400];
        update_file_url(l, &l->files[f], url, urls[f], sizeof urls[f]);
        snprintf(dest, sizeof dest, "%s/%s", staging, l->files[f].local);
        snprintf(current, sizeof current, "%s/%s", final_dir, l->files[f].local);
        /* Ask conditionally only for a file we have, fetched from the same URL. */
        const char *was = update_manifest_file_str(entry, l->files[f].local, "url");
        bool have = access(current, R_OK) == 0 && was && strcmp(was, urls[f]) == 0;
        const char *etag = have ? update_manifest_file_str(entry, l->files[f].local, "etag") : NULL;
        const char *lm = have ? update_manifest_file_str(entry, l->files[f].local, "last_modified") : NULL;
        if (!update_fetch(urls[f], dest, etag, lm, &res[f])) {
            snprintf(why, sizeof why, "%s: %s (from %s)", l->files[f].local, res[f].error, urls[f]);
            ok = false;
        } else if (res[f].not_modified) {
            unlink(dest);
            if (link(current, dest) != 0) {
                snprintf(why, sizeof why, "%s: cannot link the unchanged copy: %s", l->files[f].local, strerror(errno));
                ok = false;
            }
        } else {
            /* A server that ignores conditional requests sends the same bytes again: the
             * checksum tells, and the list is not swapped for an identical copy. */
            const char *sha = access(current, R_OK) == 0 ? update_manifest_file_str(entry, l->files[f].local, "sha256") : NULL;
            if (!sha || strcmp(sha, res[f].sha256) != 0)
                changed = true;
            bytes += res[f].bytes;
        }
    }
    char stamp[32];
    now_iso(stamp, sizeof stamp);
    if (ok && !changed) {
        remove_dir(staging);
        record_files(entry, l, urls, res);
        json_object_set_new(entry, "checked_at", json_string(stamp));
        if (!c->quiet)
            printf("%s: unchanged (%s)\n", l->id, bytes ? "same SHA-256 as before" : "304 Not Modified");
        return true;
    }
    size_t entities = 0;
    char version[256] = "";
    if (ok)
        ok = validate(l, staging, &entities, version, sizeof version, why, sizeof why);
    json_int_t before = json_integer_value(json_object_get(entry, "entities"));
    if (ok && !c->allow_shrink && before > 0 && (json_int_t)entities * 2 < before) {
        snprintf(why, sizeof why, "only %zu entities, under half of the %lld before: truncated? (--allow-shrink accepts it)",
                 entities, (long long)before);
        ok = false;
    }
    if (ok) {
        bool existed = access(final_dir, F_OK) == 0;
        int rc = existed ? renameat2(AT_FDCWD, staging, AT_FDCWD, final_dir, RENAME_EXCHANGE)
                         : rename(staging, final_dir);
        if (rc != 0) {
            snprintf(why, sizeof why, "cannot move %s into place: %s", staging, strerror(errno));
            ok = false;
        } else {
            fsync_dir(c->dir);
        }
    }
    remove_dir(staging); /* after the exchange it holds the previous version */
    if (!ok) {
        printf("%s: failed: %s; %s\n", l->id, why,
               access(final_dir, F_OK) == 0 ? "the previous version is kept" : "nothing installed");
        return false;
    }
    char source[8800];
    source_of(l, final_dir, source, sizeof source);
    record_files(entry, l, urls, res);
    json_object_set_new(entry, "format", json_string(l->format));
    json_object_set_new(entry, "source", json_string(source));
    json_object_set_new(entry, "version", json_string(version));
    json_object_set_new(entry, "entities", json_integer((json_int_t)entities));
    json_object_set_new(entry, "updated_at", json_string(stamp));
    json_object_set_new(entry, "checked_at", json_string(stamp));
    if (!c->quiet)
        printf("%s: updated (%lld bytes, %zu entities, version %s)\n", l->id, bytes, entities,
               *version ? version : "unknown");
    return true;
}

static int parse_options(update_cmd *c, int argc, char **argv, const char **config)
{
    enum { OPT_ONLY = 256, OPT_SHRINK };
    static const struct option OPTIONS[] = {
        {"dir", required_argument, NULL, 'd'},   {"config", required_argument, NULL, 'c'},
        {"only", required_argument, NULL, OPT_ONLY}, {"allow-shrink", no_argument, NULL, OPT_SHRINK},
        {"quiet", no_argument, NULL, 'q'},       {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "d:c:qh", OPTIONS, NULL)) != -1) {
        switch (opt) {
        case 'd': c->dir = optarg; break;
        case 'c': *config = optarg; break;
        case OPT_ONLY:
            for (char *id = strtok(optarg, ","); id; id = strtok(NULL, ",")) {
                const update_list *l = update_list_find(id);
                if (!l)
                    return cli_usage_error("update", "unknown list '%s'", id);
                c->only[l - update_list_at(0)] = true;
                c->any_only = true;
            }
            break;
        case OPT_SHRINK: c->allow_shrink = true; break;
        case 'q': c->quiet = true; break;
        case 'h': fputs(HELP, stdout); return -1;
        default: return cli_usage_error("update", "invalid option");
        }
    }
    if (optind != argc)
        return cli_usage_error("update", "unexpected argument '%s'", argv[optind]);
    return EXIT_DONE;
}

int cmd_update(int argc, char **argv)
{
    update_cmd c;
    memset(&c, 0, sizeof c);
    const char *env_dir = getenv("CORDON_DATA");
    c.dir = env_dir && *env_dir ? env_dir : "cordon-lists";
    const char *config = NULL;
    int status = parse_options(&c, argc, argv, &config);
    if (status != EXIT_DONE)
        return status < 0 ? EXIT_DONE : status;
    if (mkdir(c.dir, 0755) != 0 && errno != EEXIST) {
        cli_error("%s: cannot create: %s", c.dir, strerror(errno));
        return EXIT_BAD_INPUT;
    }
    char default_config[4200];
    snprintf(default_config, sizeof default_config, "%s/update.conf", c.dir);
    if (!config && access(default_config, R_OK) == 0)
        config = default_config;
    if (update_urls_load(&c.urls, config) != EXIT_DONE) {
        update_urls_free(&c.urls);
        return EXIT_BAD_INPUT;
    }
    /* One update at a time per directory: two would swap each other's staging directories. */
    char lock_path[4200];
    snprintf(lock_path, sizeof lock_path, "%s/.lock", c.dir);
    int lock = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock < 0 || flock(lock, LOCK_EX | LOCK_NB) != 0) {
        cli_error("%s: %s", c.dir, lock < 0 ? strerror(errno) : "another cordon update is running there");
        if (lock >= 0)
            close(lock);
        update_urls_free(&c.urls);
        return EXIT_BAD_INPUT;
    }
    json_t *manifest = update_manifest_load(c.dir);
    if (!manifest) {
        close(lock);
        update_urls_free(&c.urls);
        return EXIT_BAD_INPUT;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    size_t failed = 0;
    for (size_t i = 0; i < update_list_count(); i++) {
        if (c.any_only && !c.only[i])
            continue;
        const char *url = update_url(&c.urls, i);
        if (!url) {
            if (c.any_only) {
                printf("%s: failed: no URL configured (set it in the config file or CORDON_URL_*)\n",
                       update_list_at(i)->id);
                failed++;
            }
            continue;
        }
        if (!update_one(&c, i, url, manifest))
            failed++;
        fflush(stdout);
        /* Saved after each list, so an interrupted run still records what it did. */
        if (!update_manifest_save(c.dir, manifest))
            failed++;
    }
    curl_global_cleanup();
    json_decref(manifest);
    update_urls_free(&c.urls);
    close(lock);
    if (failed && !c.quiet)
        cli_error("%zu list%s failed", failed, failed == 1 ? "" : "s");
    return failed ? EXIT_BAD_INPUT : EXIT_DONE;
}
