/*
 * french_w.c — the Arabic w as French spells it, read back as w (see french_w.h).
 */
#include "text/french_w.h"

#include "text/vowel_groups.h"

bool cdn_french_w(const char *w, size_t len, char *out)
{
    bool any = false;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (w[i] == 'o' && i + 2 < len && w[i + 1] == 'u') {
            char next = w[i + 2];
            /* ou before a or e (Fouaz, Redouane), not a final e (the Japanese Inoue, i-no-u-e);
             * aou before a consonant (Chaouki) */
            if (next == 'a' || (next == 'e' && i + 3 < len) ||
                (i > 0 && w[i - 1] == 'a' && !cdn_is_vowel_letter(next))) {
                out[n++] = 'w';
                i++;
                any = true;
                continue;
            }
        }
        out[n++] = w[i];
    }
    out[n] = '\0';
    return any;
}
