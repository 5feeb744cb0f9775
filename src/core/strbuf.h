/*
 * strbuf.h — a growable byte string, always NUL-terminated.
 *
 * The owner embeds a cdn_strbuf, initialises it with cdn_strbuf_init and releases it with
 * cdn_strbuf_free. Appends return false when out of memory and leave the contents unchanged.
 */
#ifndef CDN_STRBUF_H
#define CDN_STRBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct cdn_strbuf {
    char *data;   /* NUL-terminated; NULL until the first append */
    size_t len;   /* bytes used, not counting the NUL */
    size_t cap;   /* bytes allocated */
} cdn_strbuf;

void cdn_strbuf_init(cdn_strbuf *sb);
void cdn_strbuf_free(cdn_strbuf *sb);
/* Empties the buffer, keeping its memory. */
void cdn_strbuf_reset(cdn_strbuf *sb);
/* cdn_strbuf_reserve where there is not room already: grows the buffer. */
bool cdn_strbuf_grow(cdn_strbuf *sb, size_t extra);

/* Makes room for at least extra more bytes (plus the NUL). This and the appends below are
 * inline for the case of room already there, the common one: names and words are built a few
 * bytes at a time, and the calls cost more than the copies. */
static inline bool cdn_strbuf_reserve(cdn_strbuf *sb, size_t extra)
{
    /* len + extra + 1 <= cap; cap is 0 or more than len */
    return extra < sb->cap - sb->len || cdn_strbuf_grow(sb, extra);
}

static inline bool cdn_strbuf_append(cdn_strbuf *sb, const char *bytes, size_t len)
{
    if (!cdn_strbuf_reserve(sb, len))
        return false;
    if (len)
        memcpy(sb->data + sb->len, bytes, len);
    sb->len += len;
    sb->data[sb->len] = '\0';
    return true;
}

static inline bool cdn_strbuf_append_char(cdn_strbuf *sb, char c)
{
    if (!cdn_strbuf_reserve(sb, 1))
        return false;
    sb->data[sb->len++] = c;
    sb->data[sb->len] = '\0';
    return true;
}

static inline bool cdn_strbuf_append_str(cdn_strbuf *sb, const char *s) { return cdn_strbuf_append(sb, s, strlen(s)); }
/* Appends x with the given number of decimals (0 to 6), rounded half away from zero, as
 * "%.Nf" would write it for the values cordon formats (scores and weights): without printf,
 * which dominates the cost of an explanation. Not for values beyond ±1e12 or NaN. */
bool cdn_strbuf_append_fixed(cdn_strbuf *sb, double x, int decimals);
/* The most bytes cdn_fixed_write writes. */
enum { CDN_FIXED_MAX = 48 };
/* Writes x into out (CDN_FIXED_MAX bytes of room, no NUL) as cdn_strbuf_append_fixed appends
 * it; returns how many bytes: for a caller that has made room for a whole line at once. */
size_t cdn_fixed_write(char *out, double x, int decimals);
bool cdn_strbuf_printf(cdn_strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The contents as a C string ("" when empty); valid until the next change. */
const char *cdn_strbuf_cstr(const cdn_strbuf *sb);

#endif
