/*
 * utf8.c — UTF-8 validation (via utf8proc) and Windows-1252 decoding.
 *
 * The 0x80–0x9F column of Windows-1252 is from the Unicode Consortium's mapping file
 * MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT.
 */
#include "text/utf8.h"

#include <stdint.h>
#include <utf8proc.h>

bool cdn_utf8_valid(const char *s, size_t len, size_t *bad)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n < 0) {
            if (bad)
                *bad = i;
            return false;
        }
        i += (size_t)n;
    }
    return true;
}

static const uint16_t CP1252_HIGH[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

bool cdn_cp1252_to_utf8(const char *s, size_t len, cdn_strbuf *out)
{
    if (!cdn_strbuf_reserve(out, len * 3))
        return false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out->data[out->len++] = (char)c;
            continue;
        }
        utf8proc_int32_t cp = c < 0xA0 ? CP1252_HIGH[c - 0x80] : c;
        out->len += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out->data + out->len);
    }
    out->data[out->len] = '\0';
    return true;
}
