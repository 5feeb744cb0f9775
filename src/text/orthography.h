/*
 * orthography.h — a cross-orthography key that lets German, French, Polish and English
 * spellings of the same (mostly Slavic) name meet.
 *
 * Lukaschenko, Loukachenko and Lukashenko all become "lukasenko"; Jewgeni and Yevgeny become
 * "ievgeni"; Wladimir and Vladimir "vladimir". The key is deliberately coarse: it is compared
 * with edit distance beside the plain token, never alone.
 */
#ifndef CDN_ORTHOGRAPHY_H
#define CDN_ORTHOGRAPHY_H

#include <stddef.h>

#include "core/strbuf.h"

/*
 * Appends the key of the normalized token (len bytes) to out, NUL not included. Tokens that are
 * not plain ASCII letters and digits are copied unchanged. Returns false when out of memory.
 */
int cdn_orthography_key(const char *token, size_t len, cdn_strbuf *out);

#endif
