/*
 * error.c — filling cdn_error (see error.h).
 */
#include "core/error.h"

#include <stdarg.h>
#include <stdio.h>

#include "cordon.h"

void cdn_error_clear(cdn_error *err)
{
    err->status = CORDON_OK;
    err->message[0] = '\0';
}

int cdn_error_set(cdn_error *err, int status, const char *fmt, ...)
{
    if (!err || err->status != CORDON_OK)
        return status;
    err->status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return status;
}

int cdn_error_at(cdn_error *err, int status, const char *file, long line, const char *fmt, ...)
{
    if (!err || err->status != CORDON_OK)
        return status;
    err->status = status;
    int used = line > 0 ? snprintf(err->message, sizeof err->message, "%s:%ld: ", file, line)
                        : snprintf(err->message, sizeof err->message, "%s: ", file);
    if (used < 0 || (size_t)used >= sizeof err->message)
        return status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message + used, sizeof err->message - (size_t)used, fmt, ap);
    va_end(ap);
    return status;
}

int cdn_error_nomem(cdn_error *err) { return cdn_error_set(err, CORDON_ENOMEM, "out of memory"); }
