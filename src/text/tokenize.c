/*
 * tokenize.c — words of the original input, normalized one by one (see tokenize.h).
 */
#include "text/tokenize.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "cordon.h"
#include "text/normalize.h"
#include "text/titles.h"

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

/* The length of the apostrophe at text[i] (before end) that add_ascii_word reads: ' or `, or
 * U+2018 or U+2019 (‘ ’); 0 for any other byte. Other apostrophes take the general path: ´
 * normalizes to a space and a mark (NFKC), which splits the word. */
static size_t ascii_word_apostrophe(const char *text, size_t i, size_t end)
{
    if (text[i] == '\'' || text[i] == '`')
        return 1;
    if (end - i >= 3 && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
        ((unsigned char)text[i + 2] == 0x98 || (unsigned char)text[i + 2] == 0x99))
        return 3;
    return 0;
}

/* Eight bytes of text at once where the machine reads them in text order (little-endian): the
 * word loops below then test and lower eight letters at a time. Elsewhere they go byte by byte. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WORDS_OF_EIGHT 1
#else
#define WORDS_OF_EIGHT 0
#endif

#define BYTES(b) (0x0101010101010101ULL * (uint64_t)(b))

/* The bytes of x that are ASCII letters or digits, each marked by its top bit (0x80). Every
 * sum works on seven bits, so no byte carries into the next. */
static inline uint64_t alnum_bytes(uint64_t x)
{
    uint64_t low7 = x & BYTES(0x7F);
    uint64_t folded = low7 | BYTES(0x20); /* A-Z to a-z; no other byte becomes a letter */
    uint64_t letter = (folded + BYTES(0x80 - 'a')) & ~(folded + BYTES(0x7F - 'z'));
    uint64_t digit = (low7 + BYTES(0x80 - '0')) & ~(low7 + BYTES(0x7F - '9'));
    return (letter | digit) & ~x & BYTES(0x80);
}

/* x with its ASCII capitals lowered; a byte at or above 0x80 may carry into the bytes after it
 * (at higher addresses), never into those before. */
static inline uint64_t lower_bytes(uint64_t x)
{
    uint64_t at_least_a = x + BYTES(0x80 - 'A');
    uint64_t above_z = x + BYTES(0x7F - 'Z');
    return x | (at_least_a & ~above_z & BYTES(0x80)) >> 2;
}

/* Writes the word text[start, end) of ASCII letters and digits in lower case at out, which has
 * room for end - start + 8 bytes: the last eight written may reach past the word (no NUL). */
static inline void lower_plain(const char *text, size_t text_len, size_t start, size_t end, char *out)
{
    size_t i = start;
    for (; i + 8 <= end; i += 8) {
        /* Eight bytes at once: every byte is an ASCII letter or digit (below 0x80). */
        uint64_t x;
        memcpy(&x, text + i, 8);
        x = lower_bytes(x);
        memcpy(out + (i - start), &x, 8);
    }
    if (WORDS_OF_EIGHT && i < end && i + 8 <= text_len) {
        /* The rest of the word and the bytes after it, which may be anything: a carry from
         * them goes only to the bytes after them, and what is written past the word is
         * overwritten by its NUL and the words after it. */
        uint64_t x;
        memcpy(&x, text + i, 8);
        x = lower_bytes(x);
        memcpy(out + (i - start), &x, 8);
        i = end;
    }
    for (; i < end; i++) {
        unsigned char c = (unsigned char)text[i];
        out[i - start] = (char)(c | ((unsigned char)(c - 'A') < 26) << 5); /* A-Z: the 0x20 bit */
    }
}

/* Ends the token whose n bytes were written at t->norm's offset from (NUL-terminated there,
 * norm's length past it) and records it as the word text[start, end). Returns CORDON_OK or
 * CORDON_ENOMEM. */
static inline int push_token(cdn_tokens *t, size_t start, size_t end, size_t from, size_t n)
{
    t->norm.len = from + n + 1;
    t->norm.data[t->norm.len] = '\0';
    if (t->items.len == t->items.cap && !cdn_vec_reserve(&t->items, t->items.len + 1))
        return CORDON_ENOMEM;
    ((cdn_span_token *)t->items.items)[t->items.len++] = (cdn_span_token){start, end, from, n};
    return CORDON_OK;
}

/* Appends the word text[start, end) — ASCII letters and digits, and inside it the apostrophes
 * ascii_word_apostrophe reads — as one token, as cdn_normalize writes such a word and add_word
 * leaves it: in lower case, the apostrophes dropped with the s of a possessive after one
 * (Putin's, Putin’s: putin), NUL-terminated. Most words of most texts are so, and are spared
 * the Unicode pipeline. apostrophes: whether the word has any (else a plain copy will do). */
static int add_ascii_word(const char *text, size_t text_len, size_t start, size_t end, bool apostrophes,
                          cdn_tokens *t)
{
    size_t from = t->norm.len;
    /* As cdn_strbuf_reserve(end - start + 8) asks, tested here: most words fit. The 8: the
     * last eight bytes written may reach past the word (below). */
    if (from + (end - start) + 9 > t->norm.cap && !cdn_strbuf_reserve(&t->norm, end - start + 8))
        return CORDON_ENOMEM;
    char *out = t->norm.data + from;
    size_t len = 0;
    if (!apostrophes) {
        lower_plain(text, text_len, start, end, out);
        len = end - start;
    }
    for (size_t i = start; apostrophes && i < end;) {
        size_t apostrophe = ascii_word_apostrophe(text, i, end);
        if (!apostrophe) {
            char c = text[i++];
            out[len++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
            continue;
        }
        i += apostrophe;
        /* A possessive's s: the word ends after it, or another apostrophe follows. */
        if (i < end && (text[i] == 's' || text[i] == 'S') && (i + 1 == end || ascii_word_apostrophe(text, i + 1, end)))
            i++;
    }
    out[len] = '\0';
    return push_token(t, start, end, from, len);
}

/* Normalizes the word text[start, end) and appends its token(s). */
static int add_word(const char *text, size_t start, size_t end, cdn_tokens *t)
{
    size_t from = t->norm.len;
    int status = cdn_normalize(text + start, end - start, &t->norm);
    if (status != CORDON_OK)
        return status;
    size_t to = t->norm.len;
    /* A title written onto the name (天智天皇: titles.h) becomes a word of its own. */
    size_t title = to > from ? cdn_title_suffix(t->norm.data + from, to - from) : 0;
    if (title) {
        if (!cdn_strbuf_append_char(&t->norm, ' '))
            return CORDON_ENOMEM;
        memmove(t->norm.data + to - title + 1, t->norm.data + to - title, title);
        t->norm.data[to - title] = ' ';
        to = t->norm.len;
    }
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

/* The end of the run of ASCII letters and digits that goes on at text[i] (i <= len): the first
 * byte from i on that is none, or len. Eight bytes at a time where there are eight. */
static inline size_t ascii_run_end(const char *text, size_t len, size_t i)
{
    for (; WORDS_OF_EIGHT && i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, text + i, 8);
        uint64_t other = ~alnum_bytes(x) & BYTES(0x80);
        if (other) /* the first byte that is not a letter or digit ends the run */
            return i + ((size_t)__builtin_ctzll(other) >> 3);
    }
    while (i < len && ascii_alnum((unsigned char)text[i]))
        i++;
    return i;
}

/* Adds the words from text[*at], an ASCII letter or digit that begins a word, in one loop: most
 * words of most texts are ASCII letters and digits from one separator to the next, a space,
 * a comma. Each such word that ends at an ASCII byte that is neither a word character nor an
 * apostrophe (or at the end) is added as add_ascii_word would (in lower case, NUL-terminated),
 * and that byte passed, as cdn_tokenize's loop would end the word there and leave the byte;
 * while the next byte begins another word, it goes on. *at receives where it stopped (past the
 * last byte passed, *prev set to it), *open SIZE_MAX; or, when a word goes on past its ASCII
 * letters and digits (an apostrophe, a letter beyond ASCII), *open receives where it began and
 * *at the byte that decides, for the loop to read. Returns CORDON_OK or CORDON_ENOMEM. */
static int add_plain_words(const char *text, size_t len, size_t *at, size_t *open, utf8proc_int32_t *prev,
                           cdn_tokens *t)
{
    size_t i = *at;
    *open = SIZE_MAX;
    for (;;) {
        size_t start = i, end;
        uint64_t x = 0;
        bool short_word = false;
        if (WORDS_OF_EIGHT && i + 8 <= len) {
            /* The eight bytes from the start: where the word ends, and its letters lowered. */
            memcpy(&x, text + i, 8);
            uint64_t other = ~alnum_bytes(x) & BYTES(0x80);
            short_word = other != 0;
            end = short_word ? i + ((size_t)__builtin_ctzll(other) >> 3) : ascii_run_end(text, len, i + 8);
        } else {
            end = ascii_run_end(text, len, i + 1);
        }
        if (end < len && ((unsigned char)text[end] >= 0x80 || text[end] == '\'' || text[end] == '`')) {
            *open = start;
            *at = end;
            return CORDON_OK;
        }
        size_t n = end - start, from = t->norm.len;
        /* As cdn_strbuf_reserve(n + 8) asks, tested here: most words fit. */
        if (from + n + 9 > t->norm.cap && !cdn_strbuf_reserve(&t->norm, n + 8))
            return CORDON_ENOMEM;
        char *out = t->norm.data + from;
        if (short_word) {
            /* The bytes after the word (one that is not a letter or digit, and what follows)
             * are overwritten by its NUL and the words after it. */
            x = lower_bytes(x);
            memcpy(out, &x, 8);
        } else {
            lower_plain(text, len, start, end, out);
        }
        out[n] = '\0';
        if (push_token(t, start, end, from, n) != CORDON_OK)
            return CORDON_ENOMEM;
        if (end < len)
            *prev = (unsigned char)text[end];
        i = end + 1; /* the byte that ended it, passed */
        if (i >= len || !ascii_alnum((unsigned char)text[i])) {
            *at = i;
            return CORDON_OK;
        }
    }
}

int cdn_tokenize(const char *text, size_t len, int lenient, cdn_tokens *t)
{
    size_t i = 0;
    size_t word_start = 0;
    size_t word_end = 0; /* end of the last word character seen in the current word */
    int in_word = 0;
    utf8proc_int32_t prev = -1; /* the code point before this one (a geresh follows a letter) */
    int plain = 0;       /* the word so far is ASCII letters and digits, and apostrophes that
                            add_ascii_word reads */
    int apostrophes = 0; /* and it has some */
    /* One pass past the end too, where the last word ends: every word ends at the one place
     * below, so that the compiler writes add_ascii_word in line there. */
    while (i <= len) {
        size_t n = 1;
        int ends = 1; /* the byte ends the word being read (a separator, or the end) */
        unsigned char byte = i < len ? (unsigned char)text[i] : ' ';
        if (!in_word && i < len && ascii_alnum(byte)) {
            size_t open;
            int status = add_plain_words(text, len, &i, &open, &prev, t);
            if (status != CORDON_OK)
                return status;
            if (open != SIZE_MAX) { /* a word that goes on past its ASCII letters and digits */
                word_start = open;
                plain = 1;
                apostrophes = 0;
                in_word = 1;
                word_end = i;
                prev = (unsigned char)text[i - 1];
            }
            continue;
        }
        if (i == len) {
            /* the end of the text */
        } else if (byte == ' ') {
            /* The commonest separator, as below: no word character, no joiner, no geresh. */
            prev = ' ';
        } else if (ascii_alnum(byte)) {
            /* A run of ASCII letters and digits, most of most texts, in one loop: each is a word
             * character, as below. */
            if (!in_word) {
                word_start = i;
                plain = 1;
                apostrophes = 0;
            }
            in_word = 1;
            word_end = i = ascii_run_end(text, len, i + 1);
            prev = (unsigned char)text[i - 1];
            continue;
        } else {
            utf8proc_int32_t cp;
            utf8proc_ssize_t got = 1;
            if (byte < 0x80) /* ASCII, most of most texts: no decoding, and the same answers as below */
                cp = byte;
            else
                got = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
            if (got < 0) {
                if (!lenient)
                    return CORDON_EINVAL;
                got = 1;
                cp = -1;
            }
            n = (size_t)got;
            int word, joiner;
            if (cp >= 0 && cp < 0x80) {
                word = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
                joiner = (cp == '\'' || cp == '`') && in_word;
            } else {
                word = cp >= 0 && cdn_is_word_char(cp);
                joiner = cp >= 0 && cdn_is_apostrophe(cp) && in_word;
            }
            /* A geresh after ג ז צ is part of the letter, at the end of a word too (טומאסביץ׳);
             * a gershayim is not (normalize.h: CDN_GERSHAYIM), it joins the word as any apostrophe. */
            if (joiner && cp != CDN_GERSHAYIM && cdn_takes_geresh(prev))
                word = 1;
            prev = cp;
            if (word) {
                if (!in_word) {
                    word_start = i;
                    plain = 1;
                    apostrophes = 0;
                }
                plain &= cp < 0x80;
                in_word = 1;
                word_end = i + n;
                ends = 0;
            } else if (joiner) {
                plain &= cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019;
                apostrophes = 1;
                ends = 0;
            }
        }
        if (ends && in_word) {
            int status = plain ? add_ascii_word(text, len, word_start, word_end, apostrophes, t)
                               : add_word(text, word_start, word_end, t);
            if (status != CORDON_OK)
                return status;
            in_word = 0;
        }
        i += n;
    }
    return CORDON_OK;
}
