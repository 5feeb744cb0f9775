/*
 * html.c — blanking HTML markup in place (see html.h).
 *
 * A small state machine rather than an HTML parser: a parser (libxml2's, say) gives the text
 * but not where each character was in the input, and scan's contract is byte offsets into the
 * original document. Tags, comments, doctype and processing instructions, and the content of
 * script and style elements, become spaces; the tags that start a new block become a line break
 * followed by spaces, which the scanner reads as a clause break.
 */
#include "scan/html.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Whether text at i starts, case-insensitively, with word (len bytes left). */
static bool starts_with(const char *text, size_t len, size_t i, const char *word)
{
    size_t n = strlen(word);
    return i + n <= len && strncasecmp(text + i, word, n) == 0;
}

bool cdn_html_detect(const char *text, size_t len)
{
    static const char *const MARKERS[] = {"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<br",
                                          "<article", "<span"};
    size_t limit = len < 2048 ? len : 2048;
    /* memchr finds the next '<' without a test per byte: most plain text has none. */
    for (const char *lt = memchr(text, '<', limit); lt; lt = memchr(lt + 1, '<', limit - (size_t)(lt + 1 - text)))
        for (size_t m = 0; m < sizeof MARKERS / sizeof MARKERS[0]; m++)
            if (starts_with(text, len, (size_t)(lt - text), MARKERS[m]))
                return true;
    return false;
}

/* Whether the tag starting at i (after '<' and an optional '/') begins a block of text. */
static bool block_tag(const char *text, size_t len, size_t i)
{
    static const char *const BLOCKS[] = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "tr", "td", "th", "table", "section", "article", "header", "footer",
                                         "blockquote", "title", "dt", "dd", "figcaption", "hr"};
    if (i < len && text[i] == '/')
        i++;
    for (size_t b = 0; b < sizeof BLOCKS / sizeof BLOCKS[0]; b++) {
        size_t n = strlen(BLOCKS[b]);
        if (starts_with(text, len, i, BLOCKS[b]) && (i + n == len || !isalnum((unsigned char)text[i + n])))
            return true;
    }
    return false;
}

/* The end (one past '>') of the markup starting at '<' at i; len when it never closes. */
static size_t markup_end(const char *text, size_t len, size_t i)
{
    if (starts_with(text, len, i, "<!--")) {
        const char *end = memmem(text + i + 4, len - i - 4, "-->", 3);
        return end ? (size_t)(end - text) + 3 : len;
    }
    char quote = 0;
    for (size_t j = i + 1; j < len; j++) {
        if (quote) {
            if (text[j] == quote)
                quote = 0;
        } else if (text[j] == '"' || text[j] == '\'') {
            quote = text[j];
        } else if (text[j] == '>') {
            return j + 1;
        }
    }
    return len;
}

/* Where the raw-text element (script, style) opened before i closes: at its end tag. */
static size_t raw_text_end(const char *text, size_t len, size_t i, const char *closing)
{
    for (size_t j = i; j < len; j++)
        if (text[j] == '<' && starts_with(text, len, j, closing))
            return j;
    return len;
}

void cdn_html_blank(const char *text, size_t len, char *out)
{
    memcpy(out, text, len);
    for (size_t i = 0; i < len;) {
        if (text[i] == '&') {
            /* A character reference: blanked, so "a&amp;b" reads "a b", offsets intact. */
            size_t j = i + 1;
            while (j < len && j - i < 12 && (isalnum((unsigned char)text[j]) || text[j] == '#'))
                j++;
            if (j < len && text[j] == ';' && j > i + 1) {
                memset(out + i, ' ', j + 1 - i);
                i = j + 1;
                continue;
            }
            i++;
            continue;
        }
        bool tag_start = text[i] == '<' && i + 1 < len &&
                         (isalpha((unsigned char)text[i + 1]) || text[i + 1] == '/' || text[i + 1] == '!' ||
                          text[i + 1] == '?');
        if (!tag_start) {
            i++;
            continue;
        }
        size_t end = markup_end(text, len, i);
        bool block = block_tag(text, len, i + 1);
        const char *closing = starts_with(text, len, i, "<script") ? "</script"
                              : starts_with(text, len, i, "<style") ? "</style"
                                                                    : NULL;
        if (closing)
            end = raw_text_end(text, len, end, closing);
        memset(out + i, ' ', end - i);
        if (block) { /* two line breaks: a paragraph break, which ends a clause */
            out[i] = '\n';
            if (end - i > 1)
                out[i + 1] = '\n';
        }
        i = end;
    }
}
