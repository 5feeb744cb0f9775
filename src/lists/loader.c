/*
 * loader.c — the shared half of every loader: emitting entities, and the load report of
 * skipped and repaired records.
 */
#include "lists/loader.h"

#include <stdarg.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

int cdn_loader_emit(cdn_loader *ld)
{
    size_t names = ld->builder.names.len;
    cordon_entity *e = cdn_builder_freeze(&ld->builder, ld->info);
    if (!e || !cdn_vec_push(ld->entities, &e))
        return cdn_error_nomem(ld->err);
    ld->info->entities++;
    ld->info->names += names;
    return CORDON_OK;
}

void cdn_loader_init(cdn_loader *ld, cdn_arena *arena, cdn_vec *entities, cdn_vec *warnings, cordon_list_info *info,
                     cdn_error *err)
{
    memset(ld, 0, sizeof *ld);
    ld->arena = arena;
    ld->entities = entities;
    ld->warnings = warnings;
    ld->info = info;
    ld->err = err;
    cdn_builder_init(&ld->builder, arena);
    cdn_vec_init(&ld->issues, sizeof(cordon_load_issue));
}

int cdn_loader_finish(cdn_loader *ld)
{
    int status = CORDON_OK;
    if (ld->issues.len) {
        ld->info->issues = cdn_arena_memdup(ld->arena, ld->issues.items, ld->issues.len, sizeof(cordon_load_issue));
        ld->info->n_issues = ld->issues.len;
        if (!ld->info->issues)
            status = cdn_error_nomem(ld->err);
    }
    cdn_vec_free(&ld->issues);
    cdn_builder_free(&ld->builder);
    return status;
}

static int record_issue(cdn_loader *ld, const char *file, long line, const char *reason, int skipped, const char *fmt,
                        va_list ap)
{
    char message[CDN_ERROR_MAX];
    int used = line > 0 ? snprintf(message, sizeof message, "%s:%ld: ", file, line)
                        : snprintf(message, sizeof message, "%s: ", file);
    if (used > 0 && (size_t)used < sizeof message)
        vsnprintf(message + used, sizeof message - (size_t)used, fmt, ap);
    char *copy = cdn_arena_strdup(ld->arena, message);
    if (!copy || !cdn_vec_push(ld->warnings, &copy))
        return cdn_error_nomem(ld->err);

    cordon_load_issue *issue = NULL;
    for (size_t i = 0; i < ld->issues.len && !issue; i++) {
        cordon_load_issue *seen = cdn_vec_at(&ld->issues, i);
        if (seen->skipped == skipped && strcmp(seen->reason, reason) == 0)
            issue = seen;
    }
    if (!issue) {
        cordon_load_issue fresh = {reason, 0, skipped};
        if (!(issue = cdn_vec_push(&ld->issues, &fresh)))
            return cdn_error_nomem(ld->err);
    }
    issue->count++;
    if (skipped)
        ld->info->skipped++;
    else
        ld->info->repaired++;
    return CORDON_OK;
}

int cdn_loader_skip(cdn_loader *ld, const char *file, long line, const char *reason, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status = record_issue(ld, file, line, reason, 1, fmt, ap);
    va_end(ap);
    return status;
}

int cdn_loader_repair(cdn_loader *ld, const char *file, long line, const char *reason, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status = record_issue(ld, file, line, reason, 0, fmt, ap);
    va_end(ap);
    return status;
}

int cdn_loader_set_id(cdn_loader *ld, const char *id)
{
    ld->info->id = cdn_arena_strdup(ld->arena, id);
    return ld->info->id ? CORDON_OK : cdn_error_nomem(ld->err);
}

int cdn_loader_set_version(cdn_loader *ld, const char *version)
{
    ld->info->version = cdn_arena_strdup(ld->arena, version);
    return ld->info->version ? CORDON_OK : cdn_error_nomem(ld->err);
}

int cdn_loader_set_file_date(cdn_loader *ld, const char *path)
{
    struct stat st;
    struct tm tm;
    char version[40];
    if (stat(path, &st) != 0 || !gmtime_r(&st.st_mtime, &tm) ||
        !strftime(version, sizeof version, "file date %Y-%m-%d", &tm))
        return cdn_error_at(ld->err, CORDON_EIO, path, 0, "cannot read the file's date: %s", strerror(errno));
    return cdn_loader_set_version(ld, version);
}

char *cdn_head_first_line(const char *head, size_t head_len, char *buf, size_t size)
{
    size_t end = 0;
    while (end < head_len && end + 1 < size && head[end] != '\n' && head[end] != '\r')
        end++;
    memcpy(buf, head, end);
    buf[end] = '\0';
    return buf;
}
