/*
 * arabic_letters.c — the Latin letters that romanise one Arabic consonant (see
 * arabic_letters.h).
 */
#include "text/arabic_letters.h"

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
