/*
 * arabic_letters.c — the Latin letters that romanise one Arabic consonant (see
 * arabic_letters.h).
 */
#include "text/arabic_letters.h"

#include <string.h>

size_t cdn_arabic_letters_mark(const char *w, size_t len, char *out)
{
    size_t n = 0, marks = 0;
    for (size_t i = 0; i < len; i++) {
        char c = w[i], next = i + 1 < len ? w[i + 1] : '\0';
        if ((c == 'd' || c == 't') && next == 'h') {
            out[n++] = CDN_AL_DHAL;
            i++;
        } else if (c == 'g') {
            out[n++] = CDN_AL_GAF;
            i += next == 'h';
        } else if (c == 'q') {
            out[n++] = CDN_AL_QAF;
        } else {
            out[n++] = c;
            continue;
        }
        marks++;
    }
    out[n] = '\0';
    return marks;
}

bool cdn_arabic_letters_agree(char x, char y)
{
    if (x == y)
        return true;
    if (y == CDN_AL_DHAL || y == CDN_AL_QAF) {
        char t = x;
        x = y;
        y = t;
    }
    if (x == CDN_AL_DHAL)
        return y == 'd' || y == 'z';
    return x == CDN_AL_QAF && (y == 'k' || y == CDN_AL_GAF);
}

/* Whether w (len bytes) has a q, a gh or a dh: letters English spelling does not give the
 * sounds they stand for in a romanised Arabic name. */
static bool has_arabic_letter(const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (w[i] == 'q' || ((w[i] == 'g' || w[i] == 'd') && i + 1 < len && w[i + 1] == 'h'))
            return true;
    return false;
}

/* Writes w (len bytes) into out without its th and dh and its d and z, NUL-terminated: the
 * letters where the two spellings of a dhal differ. Returns out's length. */
static size_t without_dhal(const char *w, size_t len, char *out)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if ((w[i] == 't' || w[i] == 'd') && i + 1 < len && w[i + 1] == 'h')
            i++;
        else if (w[i] != 'd' && w[i] != 'z')
            out[n++] = w[i];
    }
    out[n] = '\0';
    return n;
}

bool cdn_arabic_letters_signed(const char *a, size_t la, const char *b, size_t lb)
{
    if (has_arabic_letter(a, la) || has_arabic_letter(b, lb))
        return true;
    char ra[CDN_ARABIC_LETTERS_MAX + 1], rb[CDN_ARABIC_LETTERS_MAX + 1];
    if (la > CDN_ARABIC_LETTERS_MAX || lb > CDN_ARABIC_LETTERS_MAX)
        return false;
    return without_dhal(a, la, ra) != without_dhal(b, lb, rb) || strcmp(ra, rb) != 0;
}
