/*
 * html.h — reading HTML as text without moving a byte: markup is blanked out in a copy of the
 * same length, so every offset found in the copy is an offset into the original document.
 */
#ifndef CDN_HTML_H
#define CDN_HTML_H

#include <stdbool.h>
#include <stddef.h>

/* True when the text looks like HTML (a doctype, an <html>, <body>, <p>, <div> ... tag near
 * its start). */
bool cdn_html_detect(const char *text, size_t len);

/*
 * Writes into out (len bytes, allocated by the caller) the text with every tag, comment, and
 * the contents of <script> and <style> replaced by spaces, block-level tags by a line break
 * (so that a heading and a paragraph are not read as one clause), and character references
 * (&amp;, &#233;) by spaces except &nbsp;-like ones that are spaces anyway. Letters and their
 * offsets are unchanged.
 */
void cdn_html_blank(const char *text, size_t len, char *out);

#endif
