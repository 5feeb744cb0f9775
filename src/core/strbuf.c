/*
 * strbuf.c — growable byte strings (see strbuf.h).
 */
#include "core/strbuf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"

void cdn_strbuf_init(cdn_strbuf *sb)
{
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
}

void cdn_strbuf_free(cdn_strbuf *sb)
{
    cdn_free(sb->data);
    cdn_strbuf_init(sb);
}

void cdn_strbuf_reset(cdn_strbuf *sb)
{
    sb->len = 0;
    if (sb->data)
        sb->data[0] = '\0';
}

bool cdn_strbuf_grow(cdn_strbuf *sb, size_t extra)
{
    if (extra > SIZE_MAX / 2 - sb->len)
        return false;
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return true;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < need)
        cap *= 2;
    char *grown = cdn_realloc(sb->data, cap);
    if (!grown)
        return false;
    sb->data = grown;
    sb->cap = cap;
    return true;
}


size_t cdn_fixed_write(char *out, double x, int decimals)
{
    static const double SCALE[] = {1, 10, 100, 1000, 1e4, 1e5, 1e6};
    if (decimals < 0)
        decimals = 0;
    if (decimals > 6)
        decimals = 6;
    char digits[CDN_FIXED_MAX], *end = digits + sizeof digits, *p = end;
    bool negative = x < 0.0;
    unsigned long long v = (unsigned long long)((negative ? -x : x) * SCALE[decimals] + 0.5);
    negative = negative && v != 0; /* no "-0.00" */
    for (int i = 0; i < decimals; i++, v /= 10)
        *--p = (char)('0' + v % 10);
    if (decimals)
        *--p = '.';
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    memcpy(out, p, (size_t)(end - p));
    return (size_t)(end - p);
}

bool cdn_strbuf_append_fixed(cdn_strbuf *sb, double x, int decimals)
{
    char digits[CDN_FIXED_MAX];
    return cdn_strbuf_append(sb, digits, cdn_fixed_write(digits, x, decimals));
}

bool cdn_strbuf_printf(cdn_strbuf *sb, const char *fmt, ...)
{
    /* Format straight into the room there is; only when it does not fit, make room and format
     * again. */
    va_list ap;
    va_start(ap, fmt);
    va_list again;
    va_copy(again, ap);
    size_t room = sb->cap > sb->len ? sb->cap - sb->len : 0;
    int need = vsnprintf(room ? sb->data + sb->len : NULL, room, fmt, ap);
    va_end(ap);
    bool ok = need >= 0;
    if (ok && (size_t)need >= room) {
        ok = cdn_strbuf_reserve(sb, (size_t)need);
        if (ok)
            vsnprintf(sb->data + sb->len, (size_t)need + 1, fmt, again);
    }
    if (ok)
        sb->len += (size_t)need;
    else if (sb->data)
        sb->data[sb->len] = '\0'; /* undo a partial write */
    va_end(again);
    return ok;
}

const char *cdn_strbuf_cstr(const cdn_strbuf *sb) { return sb->data ? sb->data : ""; }
