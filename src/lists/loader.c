/*
 * loader.c — the shared half of every loader: emitting entities, recording skipped records.
 */
#include "lists/loader.h"

#include <stdarg.h>
#include <stdio.h>

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

int cdn_loader_skip(cdn_loader *ld, const char *file, long line, const char *fmt, ...)
{
    char message[CDN_ERROR_MAX];
    int used = line > 0 ? snprintf(message, sizeof message, "%s:%ld: ", file, line)
                        : snprintf(message, sizeof message, "%s: ", file);
    if (used > 0 && (size_t)used < sizeof message) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(message + used, sizeof message - (size_t)used, fmt, ap);
        va_end(ap);
    }
    char *copy = cdn_arena_strdup(ld->arena, message);
    if (!copy || !cdn_vec_push(ld->warnings, &copy))
        return cdn_error_nomem(ld->err);
    ld->info->skipped++;
    return CORDON_OK;
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
