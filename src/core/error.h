/*
 * error.h — a status code with its message, filled by the function that failed.
 *
 * Internal functions that can fail take a `cdn_error *` and return a cordon status code
 * (CORDON_OK on success). The first failure wins: later cdn_error_set calls on an error that is
 * already set are ignored, so the message a user sees names the root cause, not its echoes.
 */
#ifndef CDN_ERROR_H
#define CDN_ERROR_H

#include <stddef.h>

#define CDN_ERROR_MAX 1024

typedef struct cdn_error {
    int status;                 /* CORDON_OK while nothing failed */
    char message[CDN_ERROR_MAX];
} cdn_error;

/* Resets err to "no error". */
void cdn_error_clear(cdn_error *err);

/* Records status and a printf-style message unless err already holds an error; returns status.
 * err may be NULL (the status is still returned). */
int cdn_error_set(cdn_error *err, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records an error located in a file, as "FILE:LINE: message" (LINE omitted when 0). */
int cdn_error_at(cdn_error *err, int status, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Shorthand for the out-of-memory error. */
int cdn_error_nomem(cdn_error *err);

#endif
