/*
 * tokenize.h — splitting a name or a text into normalized tokens that remember where they came
 * from.
 *
 * A word is a maximal run of word characters (cdn_is_word_char) and inner apostrophes in the
 * original text; each word is normalized (normalize.h), which may give one token or, rarely,
 * several (a ligature that expands to letters and spaces). Every token keeps the byte span of
 * its word in the original input, so a scanner can report exact offsets.
 */
#ifndef CDN_TOKENIZE_H
#define CDN_TOKENIZE_H

#include <stddef.h>

#include "core/strbuf.h"
#include "core/vec.h"

typedef struct cdn_span_token {
    size_t start, end;     /* byte span of the word in the original input */
    size_t norm_off;       /* offset of the normalized token in cdn_tokens.norm */
    size_t norm_len;       /* its length in bytes */
} cdn_span_token;

typedef struct cdn_tokens {
    cdn_vec items;         /* cdn_span_token */
    cdn_strbuf norm;       /* normalized tokens, each NUL-terminated */
} cdn_tokens;

void cdn_tokens_init(cdn_tokens *t);
void cdn_tokens_free(cdn_tokens *t);
void cdn_tokens_reset(cdn_tokens *t);

/* The normalized text of token i (NUL-terminated). */
const char *cdn_tokens_text(const cdn_tokens *t, size_t i);
size_t cdn_tokens_count(const cdn_tokens *t);
const cdn_span_token *cdn_tokens_at(const cdn_tokens *t, size_t i);

/*
 * Appends the tokens of the len bytes at text to t.
 *   lenient  false: invalid UTF-8 is an error (CORDON_EINVAL), as for names;
 *            true: an invalid byte is a word separator, as for free text.
 * Returns CORDON_OK, CORDON_EINVAL or CORDON_ENOMEM.
 */
int cdn_tokenize(const char *text, size_t len, int lenient, cdn_tokens *t);

#endif
