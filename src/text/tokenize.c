/*
 * tokenize.c — words of the original input, normalized one by one (see tokenize.h).
 */
#include "text/tokenize.h"

#include <stdbool.h>
#include <string.h>
#include <utf8proc.h>

#include "cordon.h"
#include "text/normalize.h"

void cdn_tokens_init(cdn_tokens *t)
{
    cdn_vec_init(&t->items, sizeof(cdn_span_token));
    cdn_strbuf_init(&t->norm);
}

void cdn_tokens_free(cdn_tokens *t)
{
    cdn_vec_free(&t->items);
    cdn_strbuf_free(&t->norm);
}

void cdn_tokens_reset(cdn_tokens *t)
{
    t->items.len = 0;
    cdn_strbuf_reset(&t->norm);
}

size_t cdn_tokens_count(const cdn_tokens *t) { return t->items.len; }

const cdn_span_token *cdn_tokens_at(const cdn_tokens *t, size_t i) { return cdn_vec_at(&t->items, i); }

const char *cdn_tokens_text(const cdn_tokens *t, size_t i)
{
    return t->norm.data + cdn_tokens_at(t, i)->norm_off;
}

/* Appends the word text[start, end), all ASCII letters and digits, as one token: in lower
 * case, as cdn_normalize writes such a word, and NUL-terminated, as add_word leaves it. Most
 * words of most texts are so, and are spared the calls. */
static int add_plain_word(const char *text, size_t start, size_t end, cdn_tokens *t)
{
    size_t len = end - start, from = t->norm.len;
    if (!cdn_strbuf_reserve(&t->norm, len + 1))
        return CORDON_ENOMEM;
    char *out = t->norm.data + from;
    for (size_t i = 0; i < len; i++) {
        char c = text[start + i];
        out[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    out[len] = '\0';
    t->norm.len = from + len + 1;
    t->norm.data[t->norm.len] = '\0';
    cdn_span_token tok = {start, end, from, len};
    return cdn_vec_push(&t->items, &tok) ? CORDON_OK : CORDON_ENOMEM;
}

/* Normalizes the word text[start, end) and appends its token(s). */
static int add_word(const char *text, size_t start, size_t end, cdn_tokens *t)
{
    size_t from = t->norm.len;
    int status = cdn_normalize(text + start, end - start, &t->norm);
    if (status != CORDON_OK)
        return status;
    size_t to = t->norm.len;
    /* Split on the spaces normalization may have produced; each piece ends with a NUL. */
    size_t piece = from;
    for (size_t i = from; i <= to; i++) {
        if (i < to && t->norm.data[i] != ' ')
            continue;
        if (i > piece) {
            cdn_span_token tok = {start, end, piece, i - piece};
            if (!cdn_vec_push(&t->items, &tok))
                return CORDON_ENOMEM;
        }
        piece = i + 1;
    }
    /* Turn the separating spaces (and the end) into NULs so each token is a C string. */
    for (size_t i = from; i < to; i++)
        if (t->norm.data[i] == ' ')
            t->norm.data[i] = '\0';
    if (to > from && !cdn_strbuf_append_char(&t->norm, '\0'))
        return CORDON_ENOMEM;
    return CORDON_OK;
}

/* Whether byte c is an ASCII letter or digit (a byte of a longer UTF-8 sequence never is). */
static inline bool ascii_alnum(unsigned char c)
{
    return (unsigned char)((c | 0x20) - 'a') < 26 || (unsigned char)(c - '0') < 10;
}

int cdn_tokenize(const char *text, size_t len, int lenient, cdn_tokens *t)
{
    size_t i = 0;
    size_t word_start = 0;
    size_t word_end = 0; /* end of the last word character seen in the current word */
    int in_word = 0;
    int plain = 0; /* the word so far is ASCII letters and digits only */
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n;
        unsigned char byte = (unsigned char)text[i];
        if (ascii_alnum(byte)) {
            /* A run of ASCII letters and digits, most of most texts, in one loop: each is a word
             * character, as below. */
            if (!in_word) {
                word_start = i;
                plain = 1;
            }
            in_word = 1;
            do
                i++;
            while (i < len && ascii_alnum((unsigned char)text[i]));
            word_end = i;
            continue;
        }
        if (byte < 0x80) {
            /* ASCII, most of most texts: no decoding, and the same answers as below. */
            cp = byte;
            n = 1;
        } else {
            n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
        }
        if (n < 0) {
            if (!lenient)
                return CORDON_EINVAL;
            n = 1;
            cp = -1;
        }
        int word, joiner;
        if (cp >= 0 && cp < 0x80) {
            word = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
            joiner = (cp == '\'' || cp == '`') && in_word;
        } else {
            word = cp >= 0 && cdn_is_word_char(cp);
            joiner = cp >= 0 && cdn_is_apostrophe(cp) && in_word;
        }
        if (word) {
            if (!in_word) {
                word_start = i;
                plain = 1;
            }
            plain &= cp < 0x80;
            in_word = 1;
            word_end = i + (size_t)n;
        } else if (joiner) {
            plain = 0;
        } else if (in_word) {
            int status = plain ? add_plain_word(text, word_start, word_end, t) : add_word(text, word_start, word_end, t);
            if (status != CORDON_OK)
                return status;
            in_word = 0;
        }
        i += (size_t)n;
    }
    if (in_word)
        return plain ? add_plain_word(text, word_start, word_end, t) : add_word(text, word_start, word_end, t);
    return CORDON_OK;
}
