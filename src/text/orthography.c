/*
 * orthography.c — the cross-orthography key (see orthography.h).
 *
 * The rewrite rules fold the spellings that the romanisation systems in use for Cyrillic names
 * produce for the same sound (BGN/PCGN and ALA-LC for English, Duden for German, the French
 * usage of Le Monde and AFP, Polish PN-83), as summarised in Wikipedia's "Romanization of
 * Russian" comparison table:
 *
 *     ш: sh (en), sch (de), ch (fr), sz (pl)      ч: ch (en), tsch (de), tch (fr), cz (pl)
 *     ж: zh (en), sch (de), j (fr), ż (pl)         х: kh (en), ch (de), kh (fr), ch (pl)
 *     в: v (en, fr), w (de, pl)                   й/ы/и endings: y, i, j, ij, iy, yi
 *     у: u (en, de), ou (fr)                      ц: ts (en), z (de), ts (fr), c (pl)
 *
 * All sibilants and affricates collapse to "s", j/y/i to "i", w/v to "v", ou to "u", kh to "h";
 * then runs of one letter collapse and a French final -e after a consonant drops. Rules are
 * tried longest first at each position.
 */
#include "text/orthography.h"

#include <stdbool.h>
#include <string.h>

#include "cordon.h"
#include "text/vowel_groups.h"

/* Whether the len bytes at s, from position i on, continue with the letters of pat. */
static bool continues(const char *s, size_t len, size_t i, const char *pat)
{
    for (; *pat; pat++, i++)
        if (i >= len || s[i] != *pat)
            return false;
    return true;
}

/*
 * The rewrite at position i of the len bytes at s (s[i] a letter a..z or a digit, not x, which
 * becomes two letters, ks): writes the letter it becomes into *to and returns how many bytes it
 * reads. The rules, longest pattern first for each first letter (the first that matches wins):
 *
 *     c: ch → s, cz → s, ck → k; c before e, i, y → s (soft c), else → k
 *     g: gh → g; gue, gui → g and e, i read next (the u only keeps the g hard: Evgueni, Sergueï)
 *     j → i          k: kh → h        o: ou, oo → u      p: ph → f      q → k
 *     s: shch, sch, sz, sh → s        t: tsch, tch, ts, tz → s           w → v
 *     x → ks         y → i            z: zh → s, z → s
 *
 * A switch on the letter, not a table of rules tried in turn: the key is taken for every split
 * of a misspelt token and every name token joined to its neighbour, a few dozen times a search.
 * Inlined into both copies of key_letters' loop: left to the compiler, it became a call once
 * the loop had two copies (session 23), +25 M instructions of the bench mix's 3,863 M;
 * inlined, 179,808 -> 178,831 instructions a search (review6, BENCHMARKS.md).
 * A letter given a case here must be REWRITTEN in KEY_BYTE below too, or the key never
 * asks this switch about it.
 */
static inline __attribute__((always_inline)) size_t rewrite(const char *s, size_t len, size_t i, char *to)
{
    char c = s[i], next = i + 1 < len ? s[i + 1] : '\0';
    switch (c) {
    case 'c':
        if (next == 'h' || next == 'z') {
            *to = 's';
            return 2;
        }
        if (next == 'k') {
            *to = 'k';
            return 2;
        }
        *to = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
        return 1;
    case 'g':
        *to = 'g';
        if (next == 'h')
            return 2;
        return next == 'u' && i + 2 < len && (s[i + 2] == 'e' || s[i + 2] == 'i') ? 2 : 1;
    case 'j':
    case 'y':
        *to = 'i';
        return 1;
    case 'k':
        *to = next == 'h' ? 'h' : 'k';
        return next == 'h' ? 2 : 1;
    case 'o':
        *to = next == 'u' || next == 'o' ? 'u' : 'o';
        return next == 'u' || next == 'o' ? 2 : 1;
    case 'p':
        *to = next == 'h' ? 'f' : 'p';
        return next == 'h' ? 2 : 1;
    case 'q':
        *to = 'k';
        return 1;
    case 's':
        *to = 's';
        return continues(s, len, i + 1, "hch") ? 4 : continues(s, len, i + 1, "ch") ? 3 : next == 'z' || next == 'h' ? 2 : 1;
    case 't':
        if (continues(s, len, i + 1, "sch")) {
            *to = 's';
            return 4;
        }
        if (continues(s, len, i + 1, "ch")) {
            *to = 's';
            return 3;
        }
        *to = next == 's' || next == 'z' ? 's' : 't';
        return next == 's' || next == 'z' ? 2 : 1;
    case 'w':
        *to = 'v';
        return 1;
    case 'z':
        *to = 's';
        return next == 'h' ? 2 : 1;
    default:
        *to = c;
        return 1;
    }
}

/* What the key does with each byte (KEY_BYTE): keeps it (the letters rewrite does not change,
 * and the digits), asks rewrite's switch (c g j k o p q s t w y z), writes x as ks, or stops
 * (NOT_PLAIN, 0: any other byte). One table read for each letter rather than tests: the key is
 * taken of about 250 letters a search (gather_split's prefixes and suffixes, the scorer's
 * joined words): the key cost 7,700 instructions a search of the bench mix with two range
 * tests and a mask a letter and the cap counted for every token (BENCHMARKS.md, session 23).
 * A letter given a case in rewrite must be REWRITTEN here too, or the key never asks the
 * switch about it. */
enum { NOT_PLAIN = 0, KEPT, REWRITTEN, X_AS_KS };
static const unsigned char KEY_BYTE[256] = {
    ['a'] = KEPT,      ['b'] = KEPT,      ['c'] = REWRITTEN, ['d'] = KEPT,      ['e'] = KEPT,      ['f'] = KEPT,
    ['g'] = REWRITTEN, ['h'] = KEPT,      ['i'] = KEPT,      ['j'] = REWRITTEN, ['k'] = REWRITTEN, ['l'] = KEPT,
    ['m'] = KEPT,      ['n'] = KEPT,      ['o'] = REWRITTEN, ['p'] = REWRITTEN, ['q'] = REWRITTEN, ['r'] = KEPT,
    ['s'] = REWRITTEN, ['t'] = REWRITTEN, ['u'] = KEPT,      ['v'] = KEPT,      ['w'] = REWRITTEN, ['x'] = X_AS_KS,
    ['y'] = REWRITTEN, ['z'] = REWRITTEN, ['0'] = KEPT,      ['1'] = KEPT,      ['2'] = KEPT,      ['3'] = KEPT,
    ['4'] = KEPT,      ['5'] = KEPT,      ['6'] = KEPT,      ['7'] = KEPT,      ['8'] = KEPT,      ['9'] = KEPT,
};

static bool plain_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

static bool plain_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!plain_char(s[i]))
            return false;
    return true;
}

/* The rewritten letters, before runs collapse, are at most CDN_KEY_MAX: a token of at most
 * UNCAPPED_LEN bytes (two letters each at most, for x) never reaches the cap, and its loop
 * need not count them. */
enum { UNCAPPED_LEN = (CDN_KEY_MAX - 1) / 2 };

/* Writes the key's letters of token[0, len) into out, rewritten and with runs of one letter
 * collapsed as they are written (Abramowitsch → abramovis, not abramoviss), up to the first
 * byte that is not plain or, when capped, as far as the cap allows; returns how many, and in
 * *stop where it stopped. Inlined twice, capped and not, so that the short tokens' loop has
 * no count to keep. */
static inline __attribute__((always_inline)) size_t key_letters(const char *token, size_t len, bool capped,
                                                               char out[CDN_KEY_MAX + 1], size_t *stop)
{
    size_t n = 0, m = 0, i = 0;
    char last = '\0';
    while (i < len && (!capped || n + 2 <= CDN_KEY_MAX)) {
        char c = token[i];
        unsigned what = KEY_BYTE[(unsigned char)c];
        if (what == KEPT)
            i++; /* most letters */
        else if (what == REWRITTEN)
            i += rewrite(token, len, i, &c);
        else if (what == X_AS_KS) {
            if (last != 'k')
                out[m++] = 'k';
            out[m++] = last = 's';
            n += 2;
            i++;
            continue;
        } else
            break; /* not plain */
        n++;
        if (c != last)
            out[m++] = last = c;
    }
    *stop = i;
    return m;
}

size_t cdn_orthography_key_ascii(const char *token, size_t len, char out[CDN_KEY_MAX + 1])
{
    size_t i;
    size_t m = len <= UNCAPPED_LEN ? key_letters(token, len, false, out, &i) : key_letters(token, len, true, out, &i);
    if (i < len && !plain_ascii(token + i, len - i)) {
        out[0] = '\0';
        return 0;
    }
    /* French final -e after a consonant (Poutine, Prigojine) is silent. */
    if (m > 4 && out[m - 1] == 'e' && !cdn_is_vowel_letter(out[m - 2]))
        m--;
    /* Belarusian endings for the Russian ones: -au for -ov (Belarusian writes an unstressed o
     * as a, and в at the end as ў: Makarau, Makarov), -eu for -ev (Karaeu, Karaev), -enka for
     * -enko (Lukashenka). Belarusian -ou (Shatrou) is left alone: the key has made it u, which
     * ends Chinese and Japanese names too, and in the OFAC a.k.a.s it found 2 more and lost a
     * Wikidata Russian pair. */
    if (m >= 5 && out[m - 1] == 'u' && (out[m - 2] == 'a' || out[m - 2] == 'e')) {
        if (out[m - 2] == 'a')
            out[m - 2] = 'o';
        out[m - 1] = 'v';
    }
    if (m >= 6 && memcmp(out + m - 4, "enka", 4) == 0)
        out[m - 1] = 'o';
    out[m] = '\0';
    return m;
}

size_t cdn_orthography_key_ch_as_kh(const char *token, size_t len, char out[CDN_KEY_MAX + 1])
{
    char respelt[CDN_KEY_MAX + 1];
    size_t n = 0;
    bool changed = false;
    for (size_t i = 0; i < len && n < CDN_KEY_MAX; i++) {
        bool kh = token[i] == 'c' && i + 1 < len && token[i + 1] == 'h' &&
                  !(i > 0 && (token[i - 1] == 's' || token[i - 1] == 't'));
        respelt[n++] = kh ? 'k' : token[i];
        changed |= kh;
    }
    out[0] = '\0';
    return changed ? cdn_orthography_key_ascii(respelt, n, out) : 0;
}

/* Whether c is a consonant letter (not a vowel, nor the y and j that stand for one). */
static bool is_consonant(char c)
{
    return c >= 'a' && c <= 'z' && !strchr("aeiouyj", c);
}

/* Writes into respelt the token as the press spells it (cdn_orthography_key_press), returns its
 * length, and sets *changed when a rule read it otherwise and *js to the j's written for a dz
 * or dsch. */
static size_t press_respell(const char *token, size_t len, char respelt[CDN_KEY_MAX + 1], bool *changed, size_t *js)
{
    size_t n = 0;
    bool dsch = false;
    *changed = false;
    *js = 0;
    for (size_t i = 0; i < len && n < CDN_KEY_MAX; i++) {
        /* After a dsch the word is Arabic in German letters, which write the diphthong aw as au
         * before a consonant (Dschaulani / Jawlani; Duden). Not in German words: Braun, Paul. */
        if (dsch && token[i] == 'u' && n > 0 && respelt[n - 1] == 'a' && i + 1 < len && is_consonant(token[i + 1])) {
            respelt[n++] = 'w';
            continue;
        }
        /* Siergiej: the e alone; not a final ie, the English one of Julie, Lie, Leslie, nor
         * the ie of a word of five letters or fewer (Biel, Kiel, Diez, Niels are names of their
         * own, and the key is met at any distance: Biel would be Bell) */
        if (token[i] == 'i' && len >= 6 && i > 0 && i + 2 < len && token[i + 1] == 'e' && is_consonant(token[i - 1])) {
            *changed = true;
            continue;
        }
        /* Dżabhat, Dżochar, Kim Dzong Un: the Polish dż (ż folded) and dz for a foreign j at
         * the start of a word before a, o or u (Polish names rarely begin so: Dziedzic, with i) */
        if (i == 0 && len >= 4 && token[0] == 'd' && token[1] == 'z' &&
            (token[2] == 'a' || token[2] == 'o' || token[2] == 'u')) {
            respelt[n++] = 'j';
            i++;
            *changed = true;
            ++*js;
            continue;
        }
        if (token[i] == 'd' && continues(token, len, i + 1, "sch")) {
            respelt[n++] = 'j'; /* Dschabhat: the j of Jabhat */
            i += 3;
            *changed = dsch = true;
            ++*js;
            continue;
        }
        respelt[n++] = token[i];
    }
    return n;
}

size_t cdn_orthography_key_press(const char *token, size_t len, char out[CDN_KEY_MAX + 1])
{
    char respelt[CDN_KEY_MAX + 1];
    bool changed;
    size_t js, n = press_respell(token, len, respelt, &changed, &js);
    out[0] = '\0';
    return changed ? cdn_orthography_key_ascii(respelt, n, out) : 0;
}

size_t cdn_orthography_press_js(const char *token, size_t len)
{
    char respelt[CDN_KEY_MAX + 1];
    bool changed;
    size_t js;
    press_respell(token, len, respelt, &changed, &js);
    return js;
}

int cdn_orthography_key(const char *token, size_t len, cdn_strbuf *out)
{
    if (!plain_ascii(token, len))
        return cdn_strbuf_append(out, token, len) ? CORDON_OK : CORDON_ENOMEM;
    char key[CDN_KEY_MAX + 1];
    size_t n = cdn_orthography_key_ascii(token, len, key);
    return cdn_strbuf_append(out, key, n) ? CORDON_OK : CORDON_ENOMEM;
}

/* The letter of the skeleton that latin[*i] (of len) begins, its position moved past it: the
 * digraphs each one letter, sh and ch as s, kh as h, gh as g, ph as f, th as t, ck as k; else q
 * and c as k, z as s. Tested by their second letter first: every word asks, letter by letter,
 * and most letters are followed by neither h nor k. */
static char skeleton_letter(const char *latin, size_t len, size_t *i)
{
    char c = latin[*i], next = *i + 1 < len ? latin[*i + 1] : '\0';
    if (next == 'h' && (c == 's' || c == 'c' || c == 'k' || c == 'g' || c == 'p' || c == 't')) {
        *i += 2;
        return c == 'c' ? 's' : c == 'k' ? 'h' : c == 'p' ? 'f' : c;
    }
    if (next == 'k' && c == 'c') {
        *i += 2;
        return 'k';
    }
    *i += 1;
    return c == 'q' || c == 'c' ? 'k' : c == 'z' ? 's' : c;
}

int cdn_skeleton_key(const char *latin, size_t len, cdn_strbuf *out)
{
    if (!cdn_strbuf_reserve(out, len))
        return CORDON_ENOMEM;
    char last = 0;
    for (size_t i = 0; i < len;) {
        char c = skeleton_letter(latin, len, &i);
        bool consonant = c >= 'a' && c <= 'z' && !cdn_is_vowel_letter(c) && c != 'w' && c != 'v';
        if ((!consonant && !(c >= '0' && c <= '9')) || c == last)
            continue;
        out->data[out->len++] = c;
        last = c;
    }
    out->data[out->len] = '\0';
    return CORDON_OK;
}

size_t cdn_vowelled_skeleton(const char *latin, size_t len, char out[CDN_VOWELLED_MAX + 1])
{
    size_t n = 0, skeleton = 0; /* skeleton: the letters cdn_skeleton_key would keep */
    char last = 0, last_kept = 0;
    for (size_t i = 0; i < len;) {
        char c = skeleton_letter(latin, len, &i);
        if (c < 'a' || c > 'z')
            return 0;
        if (cdn_is_vowel_letter(c) || c == 'w')
            c = '.';
        else if (c != 'v' && c != last_kept) {
            skeleton++;
            last_kept = c;
        }
        if (c == last)
            continue;
        if (n == CDN_VOWELLED_MAX)
            return 0;
        out[n++] = c;
        last = c;
    }
    out[n] = '\0';
    return skeleton >= 1 && skeleton <= 2 ? n : 0;
}

/* Consonant classes (see orthography.h). */
size_t cdn_consonant_classes(const char *latin, char out[CDN_CLASSES_MAX + 1])
{
    size_t n = 0;
    char last = 0;
    for (size_t i = 0; latin[i] && n < CDN_CLASSES_MAX; i++) {
        char c = latin[i], next = latin[i + 1];
        if ((c == 'k' || c == 's' || c == 't' || c == 'd' || c == 'z' || c == 'c') && next == 'h') {
            i++; /* kh, sh, th, dh, zh, ch: one letter in the original */
        } else if (c == 't' && (next == 's' || next == 'z')) {
            i++;
            c = 's';
        }
        if (c == 'x' && last != 'k' && n + 1 < CDN_CLASSES_MAX) {
            /* x is two letters in Arabic and Hebrew (كس, קס: Alexander / אלכסנדר) */
            out[n++] = 'k';
            last = 'k';
        }
        switch (c) {
        case 'b': case 'p': case 'f': case 'v': c = 'b'; break;
        case 'k': case 'q': case 'c': c = 'k'; break;
        case 's': case 'z': case 'x': c = 's'; break;
        case 't': case 'd': c = 't'; break;
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'h': case 'w': case 'j': c = 0; break;
        default: break;
        }
        if (!c || c == last || !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            continue;
        out[n++] = c;
        last = c;
    }
    out[n] = '\0';
    return n;
}

void cdn_classes_reread(const char *latin, unsigned reading, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; latin[i] && n + 1 < cap; i++) {
        char c = latin[i], next = latin[i + 1];
        if (reading & CDN_READ_AFFRICATE) {
            if (c == 's' && next == 'c' && latin[i + 2] == 'h') {
                out[n++] = 's';
                i += 2;
                continue;
            }
            if (c == 'c' && (next == 'h' || next == 'z')) {
                out[n++] = 's';
                i++;
                continue;
            }
            if (c == 'c' && (next == 'e' || next == 'i' || next == 'y' || (!next && (reading & CDN_READ_FINAL_C)) ||
                             ((reading & CDN_READ_ANY_C) && next != 'k'))) {
                out[n++] = 's';
                continue;
            }
        }
        if ((reading & CDN_READ_SOFT_G) && c == 'g' && (next == 'e' || next == 'i' || next == 'y'))
            c = 'j';
        else if ((reading & CDN_READ_W_AS_V) && c == 'w')
            c = 'v';
        else if ((reading & CDN_READ_J_AS_G) && c == 'j')
            c = 'g';
        out[n++] = c;
    }
    out[n] = '\0';
}
