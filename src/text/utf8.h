/*
 * utf8.h — UTF-8 validation and conversion from the single-byte encodings lists come in.
 */
#ifndef CDN_UTF8_H
#define CDN_UTF8_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strbuf.h"

/* True when the len bytes at s are valid UTF-8; otherwise false with *bad set to the offset of
 * the first invalid byte (bad may be NULL). */
bool cdn_utf8_valid(const char *s, size_t len, size_t *bad);

/* Appends the Windows-1252 bytes at s, converted to UTF-8, to out. Bytes that Windows-1252
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD. Returns false when out of
 * memory. ISO-8859-1 text converts correctly too, except for its C1 controls, which lists
 * never use. */
bool cdn_cp1252_to_utf8(const char *s, size_t len, cdn_strbuf *out);

#endif
