/*
 * sounds.c — sound classes of names transcribed into syllabic scripts (see sounds.h).
 *
 * The classes follow the sound inventories that the transcription guides of those languages
 * map English and other European sounds onto: the Xinhua tables of foreign names in Chinese
 * (世界人名翻译大辞典), the Japanese Gairaigo rules (外来語の表記, Cabinet notice 1991) and
 * Korea's rules for foreign words (외래어 표기법, 1986), as summarised in Wikipedia's
 * "Transcription into Chinese characters", "Transcription into Japanese" and "Korean
 * transcription of foreign words" articles.
 */
#include "text/sounds.h"

#include <stdbool.h>
#include <string.h>

#include "text/vowel_groups.h"

/* Reads the sound at latin[*i] and advances *i past it. Returns its class letter, 'x' for the
 * two classes of an English x (k then s), or 0 when it drops out. */
static char sound_at(const char *latin, size_t *i, unsigned reading)
{
    char c = latin[*i], next = latin[*i + 1];
    bool romanised = reading & CDN_SOUND_ROMANISED, front = next == 'e' || next == 'i' || next == 'y';
    *i += 1;
    if (cdn_is_vowel_letter(c)) {
        if (!(reading & CDN_SOUND_VOWELS) || (c == 'y' && cdn_is_vowel_letter(next)))
            return 0;
        return c == 'y' ? 'I' : (char)(c - 'a' + 'A');
    }
    if ((reading & CDN_SOUND_KANA_T) && ((c == 'c' && next == 'h' && latin[*i + 1] == 'i') ||
                                         (c == 't' && next == 's' && latin[*i + 1] == 'u'))) {
        *i += 1;
        return 't';
    }
    if ((reading & CDN_SOUND_KANA_D) && ((c == 'j' && next == 'i') || (c == 'z' && next == 'u')))
        return 't';
    if ((reading & CDN_SOUND_KANA_H) && c == 'f' && next == 'u')
        return 0; /* an h, silent */
    if ((reading & CDN_SOUND_X_IS_H) && c == 'x')
        return 0; /* an h, silent */
    if (c == next && !cdn_is_vowel_letter(c))
        return 0; /* a doubled consonant (Japanese っ: tts, kk) is one sound */
    if (c == 't' && next == 'c' && latin[*i + 1] == 'h')
        return 0; /* English tch is ch */
    if (c == 'c' && next == 'h' && (latin[*i + 1] == 'r' || latin[*i + 1] == 'l') && !romanised) {
        *i += 1;
        return 'k'; /* Greek ch: Christof, Chloe */
    }
    if (c == 't' && next == 's' && latin[*i + 1] == 'u') { /* romaji tsu */
        *i += 2;
        return 's';
    }
    if (c == 't' && next == 'h') {
        *i += 1;
        return reading & CDN_SOUND_TH_IS_S ? 's' : 't';
    }
    if (c == 's' && next == 'c' && latin[*i + 1] == 'h') { /* German sch */
        *i += 2;
        return 's';
    }
    if ((c == 's' || c == 'c' || c == 'z' || c == 't' || c == 'd') && c != next &&
        (next == 'h' || next == 'z' || next == 'j' || (next == 's' && c != 'd'))) { /* sh ch zh ts tz dz cz sz dj */
        *i += 1;
        return 's';
    }
    if ((c == 'k' || c == 'g' || c == 'c') && (next == 'h' || next == 'k')) { /* kh gh ck */
        *i += 1;
        return 'k';
    }
    if ((c == 'p' && next == 'h') || (c == 'n' && next == 'g' && !cdn_is_vowel_letter(latin[*i + 1]))) {
        *i += 1;
        return c == 'p' ? 'b' : 'n';
    }
    switch (c) {
    case 'b': case 'p': case 'f': case 'v': return 'b';
    case 't': case 'd': return 't';
    case 'k': return 'k';
    case 'q': return romanised && !(reading & CDN_SOUND_J_IS_G) ? 's' : 'k';
    case 's': case 'z': return 's';
    case 'j': return romanised && (reading & CDN_SOUND_J_IS_G) ? 'k' : 's';
    case 'l': return 'l';
    case 'm': case 'n': return 'n';
    case 'x': return romanised ? 's' : 'x';
    case 'c': return romanised || front ? 's' : 'k';
    case 'g': return !romanised && (reading & CDN_SOUND_SOFT_G) && front ? 's' : 'k';
    case 'r': return !romanised && (reading & CDN_SOUND_DROP_R) && !cdn_is_vowel_letter(next) ? 0 : 'l';
    case 'w': return (reading & CDN_SOUND_W_IS_V) && cdn_is_vowel_letter(next) ? 'b' : 0;
    default: return c >= 'a' && c <= 'z' && !cdn_is_vowel_letter(c) && c != 'h' ? c : 0;
    }
}

/* Appends class c to out[0..*n) unless it repeats the last one. */
static void put(char *out, size_t *n, char c)
{
    if (*n < CDN_SOUNDS_MAX && (*n == 0 || out[*n - 1] != c))
        out[(*n)++] = c;
}

/* Whether latin[at], an r or an l, follows the other liquid (rl, lr), in a reading that keeps
 * such pairs (CDN_SOUND_LIQUID_PAIRS, with vowels): the classes fold l and r together, but
 * Carlo, Verlet, Delroy, Erlingsson say both, and kana write both (カルロ karuro, ヴェルレ
 * verure, デルロイ, エルリングソン) — the 1991 notice's syllables have no consonant of their own
 * to close a syllable but ン, so the r gets a vowel: two l sounds with a vowel between them.
 * Where an English r before the l is silent (Carl, DROP_R) it gives no sound, and the l stands
 * alone. Not for Hangul, whose ㄹㄹ ll is one l between vowels (말로 mallo, Malraux), nor for
 * Chinese, whose 尔 er also writes a lone l (measured: two development pairs fewer). */
static bool liquid_pair(const char *latin, size_t at, unsigned reading)
{
    char c = latin[at];
    if (!(reading & CDN_SOUND_VOWELS) || !(reading & CDN_SOUND_LIQUID_PAIRS) || at == 0 || (c != 'l' && c != 'r'))
        return false;
    char before = latin[at - 1];
    return (before == 'l' || before == 'r') && before != c;
}

size_t cdn_sound_classes(const char *latin, unsigned reading, char out[CDN_SOUNDS_MAX + 1])
{
    size_t n = 0;
    for (size_t i = 0; latin[i];) {
        size_t at = i;
        char c = sound_at(latin, &i, reading);
        if (c == 'l' && liquid_pair(latin, at, reading) && n > 0 && out[n - 1] == 'l' && n < CDN_SOUNDS_MAX) {
            out[n++] = 'l'; /* r and l side by side are two sounds (Carlo カルロ), not a doubled one */
        } else if (c == 'x') {
            put(out, &n, 'k');
            put(out, &n, 's');
        } else if (c) {
            put(out, &n, c);
        }
    }
    out[n] = '\0';
    return n;
}

/* Whether reading flag can change how latin sounds: a spelling without r, g or th, a
 * romanisation without w, j or q, chi or tsu, ji or zu, reads the same with or without it. */
static bool can_change(unsigned flag, const char *latin)
{
    switch (flag) {
    case CDN_SOUND_DROP_R: return strchr(latin, 'r') != NULL;
    case CDN_SOUND_SOFT_G: return strchr(latin, 'g') != NULL;
    case CDN_SOUND_TH_IS_S: return strstr(latin, "th") != NULL;
    case CDN_SOUND_W_IS_V: return strchr(latin, 'w') != NULL;
    case CDN_SOUND_J_IS_G: return strpbrk(latin, "jq") != NULL;
    case CDN_SOUND_KANA_T: return strstr(latin, "chi") || strstr(latin, "tsu");
    case CDN_SOUND_KANA_D: return strstr(latin, "ji") || strstr(latin, "zu");
    case CDN_SOUND_KANA_H: return strstr(latin, "fu") != NULL;
    case CDN_SOUND_X_IS_H: return strchr(latin, 'x') != NULL;
    case CDN_SOUND_KANA_T | CDN_SOUND_KANA_D: return can_change(CDN_SOUND_KANA_T, latin) || can_change(CDN_SOUND_KANA_D, latin);
    default: return false;
    }
}

size_t cdn_sound_readings(const char *latin, unsigned base, const unsigned choice[3],
                          char out[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1])
{
    unsigned matters = 0;
    for (unsigned bit = 0; bit < 3; bit++)
        if (choice[bit] && can_change(choice[bit], latin))
            matters |= 1u << bit;
    size_t n = 0;
    for (unsigned r = 0; r < 8u; r++) {
        if (r & ~matters)
            continue; /* a reading that cannot change this token */
        unsigned reading = base;
        for (unsigned bit = 0; bit < 3; bit++)
            if (r & (1u << bit))
                reading |= choice[bit];
        cdn_sound_classes(latin, reading, out[n]);
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = strcmp(out[k], out[n]) == 0;
        n += !seen;
    }
    return n;
}

size_t cdn_sound_variants(const char *latin, unsigned source, char out[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1])
{
    /* The three readings of a Latin spelling, or the two of a romanisation, in all combinations. */
    static const unsigned LATIN[3] = {CDN_SOUND_DROP_R, CDN_SOUND_SOFT_G, CDN_SOUND_TH_IS_S};
    static const unsigned ROMANISED[3] = {CDN_SOUND_W_IS_V, CDN_SOUND_J_IS_G, 0};
    static const unsigned ROMAJI[3] = {CDN_SOUND_W_IS_V, 0, CDN_SOUND_KANA_T};
    if (!(source & CDN_SOUND_ROMANISED))
        return cdn_sound_readings(latin, 0, LATIN, out);
    return cdn_sound_readings(latin, CDN_SOUND_ROMANISED, (source & CDN_SOUND_KANA_T) ? ROMAJI : ROMANISED, out);
}
