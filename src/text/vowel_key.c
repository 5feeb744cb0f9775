/*
 * vowel_key.c — the vowel key of a Latin spelling of an Arabic or Persian name (see
 * vowel_key.h).
 *
 * One pass over the word: each letter is a consonant, or part of a run of vowels; a run inside
 * the word is written V, a run at its end as the long vowel it stands for.
 */
#include "text/vowel_key.h"

#include <stdbool.h>

/* The vowels a, e, i, o, u, one bit each by letter (c - 'a'). */
enum { VOWELS = 1u << 0 | 1u << 4 | 1u << 8 | 1u << 14 | 1u << 20 };

static bool is_vowel(char c) { return (VOWELS >> (c - 'a')) & 1u; }

/* Whether letter i of w (len letters, a to z) belongs to a run of vowels: a vowel; a y that is
 * not the first letter (Sayed, Aymen, Samy; Yusuf's y is a consonant); a w that is not the
 * first letter and stands beside a vowel (Tawfiq, Marwan: the diphthong aw, and ou before a
 * vowel, Marouane). */
static inline bool in_run(const char *w, size_t len, size_t i)
{
    char c = w[i];
    if (is_vowel(c))
        return true;
    if (i == 0 || (c != 'y' && c != 'w'))
        return false;
    return c == 'y' || is_vowel(w[i - 1]) || (i + 1 < len && is_vowel(w[i + 1]));
}

/* The long vowel a final run of vowels (n letters) stands for, by its last letter: i for i or
 * y, and for ee or ie (Hamdi, Hamdy, Ghazee); u for o, u or w (Deqqo, Daqqou); a for a or e
 * (the tāʼ marbūṭa of Salama, Salame). Maria and Mario stay apart. */
static char final_vowel(const char *run, size_t n)
{
    char last = run[n - 1];
    if (last == 'i' || last == 'y' || (last == 'e' && n >= 2 && (run[n - 2] == 'e' || run[n - 2] == 'i')))
        return 'i';
    return last == 'o' || last == 'u' || last == 'w' ? 'u' : 'a';
}

size_t cdn_vowel_key(const char *latin, size_t len, char out[CDN_VOWEL_KEY_MAX + 1])
{
    out[0] = '\0';
    if (len < 3 || len > CDN_VOWEL_KEY_MAX)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (latin[i] < 'a' || latin[i] > 'z')
            return 0;
    /* A final h after a or e is the tāʼ marbūṭa (Hawatmeh, Salamah); a final e after a
     * consonant is French and silent (Amine, Lemine), as the cross-orthography key has it. */
    if (latin[len - 1] == 'h' && (latin[len - 2] == 'a' || latin[len - 2] == 'e'))
        len--;
    else if (len >= 5 && latin[len - 1] == 'e' && !in_run(latin, len, len - 2))
        len--;
    size_t n = 0, consonants = 0, syllables = 0;
    for (size_t i = 0; i < len;) {
        char c = latin[i];
        if (in_run(latin, len, i)) {
            size_t end = i + 1;
            while (end < len && in_run(latin, len, end))
                end++;
            c = end == len && i > 0 ? final_vowel(latin + i, end - i) : 'V';
            i = end;
            syllables++;
        } else {
            char next = i + 1 < len ? latin[i + 1] : '\0';
            if (((c == 'k' || c == 'g') && next == 'h') || (c == 'c' && next == 'k')) {
                c = 'k'; /* kh, gh: خ, غ; ck */
                i += 2;
            } else {
                c = c == 'q' || c == 'c' ? 'k' : c; /* ق, and c for k (Toufic) */
                i++;
            }
            consonants += n == 0 || out[n - 1] != c;
        }
        if (n == 0 || out[n - 1] != c) /* a doubled consonant written once or twice (Hassan, Hasan) */
            out[n++] = c;
    }
    out[n] = '\0';
    if (consonants < CDN_VOWEL_KEY_MIN_CONSONANTS || syllables < CDN_VOWEL_KEY_MIN_SYLLABLES) {
        out[0] = '\0';
        return 0;
    }
    return n;
}
