/*
 * ukrainian.c — a word in Ukrainian letters written in the Russian ones (see ukrainian.h).
 */
#include "text/ukrainian.h"

#include "text/vowel_groups.h"

#include <string.h>

bool cdn_ukrainian_as_russian(const char *word, char *out, size_t cap)
{
    /* Longest first: йо before й (which stays), ьо before ь. */
    static const struct {
        const char *from, *to;
    } LETTERS[] = {{"йо", "е"}, {"ьо", "е"}, {"і", "и"}, {"ї", "и"}, {"и", "ы"}, {"е", "э"}, {"є", "е"}};
    size_t len = strlen(word), n = 0;
    if (len >= cap)
        return false;
    bool any = false;
    for (size_t i = 0; i < len;) {
        size_t k = 0, lf = 0;
        for (; k < sizeof LETTERS / sizeof LETTERS[0]; k++) {
            lf = strlen(LETTERS[k].from);
            if (strncmp(word + i, LETTERS[k].from, lf) == 0)
                break;
        }
        if (k < sizeof LETTERS / sizeof LETTERS[0]) {
            size_t lt = strlen(LETTERS[k].to);
            memcpy(out + n, LETTERS[k].to, lt);
            n += lt;
            i += lf;
            any = true;
        } else {
            out[n++] = word[i++];
        }
    }
    out[n] = '\0';
    return any;
}

bool cdn_ukrainian_h_as_g(const char *w, size_t len, char *out)
{
    bool y_after_consonant = false, any = false;
    for (size_t i = 0; i < len; i++) {
        char c = w[i];
        y_after_consonant |= c == 'y' && i > 0 && !cdn_is_vowel_letter(w[i - 1]);
        bool g = c == 'h' && (i == 0 || !strchr("cskptg", w[i - 1]));
        out[i] = g ? 'g' : c;
        any |= g;
    }
    out[len] = '\0';
    return any && y_after_consonant;
}
