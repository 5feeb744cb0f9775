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

typedef struct rule {
    const char *from;
    const char *to;
    unsigned char len; /* strlen(from) */
} rule;

/* The rules, grouped by their first letter, longest pattern first within a group: the first
 * rule of the group that matches at a position wins. */
static const rule RULES_C[] = {{"ch", "s", 2}, {"cz", "s", 2}, {"ck", "k", 2}};
static const rule RULES_G[] = {{"gh", "g", 2}};
static const rule RULES_J[] = {{"j", "i", 1}};
static const rule RULES_K[] = {{"kh", "h", 2}};
static const rule RULES_O[] = {{"ou", "u", 2}, {"oo", "u", 2}};
static const rule RULES_P[] = {{"ph", "f", 2}};
static const rule RULES_Q[] = {{"q", "k", 1}};
static const rule RULES_S[] = {{"shch", "s", 4}, {"sch", "s", 3}, {"sz", "s", 2}, {"sh", "s", 2}};
static const rule RULES_T[] = {{"tsch", "s", 4}, {"tch", "s", 3}, {"ts", "s", 2}, {"tz", "s", 2}};
static const rule RULES_W[] = {{"w", "v", 1}};
static const rule RULES_X[] = {{"x", "ks", 1}};
static const rule RULES_Y[] = {{"y", "i", 1}};
static const rule RULES_Z[] = {{"zh", "s", 2}, {"z", "s", 1}};

/* The rules that begin with the letter c; *n gets their count. */
static const rule *rules_for(char c, size_t *n)
{
#define GROUP(g) (*n = sizeof g / sizeof g[0], g)
    switch (c) {
    case 'c': return GROUP(RULES_C);
    case 'g': return GROUP(RULES_G);
    case 'j': return GROUP(RULES_J);
    case 'k': return GROUP(RULES_K);
    case 'o': return GROUP(RULES_O);
    case 'p': return GROUP(RULES_P);
    case 'q': return GROUP(RULES_Q);
    case 's': return GROUP(RULES_S);
    case 't': return GROUP(RULES_T);
    case 'w': return GROUP(RULES_W);
    case 'x': return GROUP(RULES_X);
    case 'y': return GROUP(RULES_Y);
    case 'z': return GROUP(RULES_Z);
    default: *n = 0; return NULL;
    }
#undef GROUP
}

/* Whether rest (left bytes) begins with the rule's pattern: a loop, not memcmp, for patterns
 * of one to four letters (the key is taken for every split of a misspelt token). */
static bool starts_with(const char *rest, size_t left, const rule *r)
{
    if (r->len > left)
        return false;
    for (size_t i = 0; i < r->len; i++)
        if (rest[i] != r->from[i])
            return false;
    return true;
}

static bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

static bool plain_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

size_t cdn_orthography_key_ascii(const char *token, size_t len, char out[CDN_KEY_MAX + 1])
{
    out[0] = '\0';
    if (!plain_ascii(token, len))
        return 0;
    char folded[CDN_KEY_MAX + 1];
    size_t n = 0;
    for (size_t i = 0; i < len && n + 2 <= CDN_KEY_MAX;) {
        const char *rest = token + i;
        size_t left = len - i;
        const rule *hit = NULL;
        size_t n_rules;
        const rule *rules = rules_for(rest[0], &n_rules);
        for (size_t r = 0; r < n_rules && !hit; r++)
            if (starts_with(rest, left, &rules[r]))
                hit = &rules[r];
        if (hit) {
            for (const char *t = hit->to; *t; t++)
                folded[n++] = *t;
            i += hit->len;
        } else if (rest[0] == 'c') {
            /* A soft c (before e, i, y) sounds as s; otherwise as k. */
            folded[n++] = left > 1 && (rest[1] == 'e' || rest[1] == 'i' || rest[1] == 'y') ? 's' : 'k';
            i++;
        } else if (rest[0] == 'g' && left > 2 && rest[1] == 'u' && (rest[2] == 'e' || rest[2] == 'i')) {
            /* French "gue"/"gui": the u only keeps the g hard (Evgueni, Sergueï). */
            folded[n++] = 'g';
            i += 2;
        } else {
            folded[n++] = rest[0];
            i++;
        }
    }
    /* Collapse runs of one letter (Abramowitsch → abramovis, not abramoviss). */
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || out[m - 1] != folded[i])
            out[m++] = folded[i];
    /* French final -e after a consonant (Poutine, Prigojine) is silent. */
    if (m > 4 && out[m - 1] == 'e' && !is_vowel(out[m - 2]))
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

int cdn_orthography_key(const char *token, size_t len, cdn_strbuf *out)
{
    if (!plain_ascii(token, len))
        return cdn_strbuf_append(out, token, len) ? CORDON_OK : CORDON_ENOMEM;
    char key[CDN_KEY_MAX + 1];
    size_t n = cdn_orthography_key_ascii(token, len, key);
    return cdn_strbuf_append(out, key, n) ? CORDON_OK : CORDON_ENOMEM;
}

int cdn_skeleton_key(const char *latin, size_t len, cdn_strbuf *out)
{
    if (!cdn_strbuf_reserve(out, len))
        return CORDON_ENOMEM;
    char last = 0;
    for (size_t i = 0; i < len;) {
        char c = latin[i], next = i + 1 < len ? latin[i + 1] : '\0';
        /* The digraphs, each one letter: sh and ch as s, kh as h, gh as g, ph as f, th as t, ck
         * as k; else q and c as k, z as s. Tested by their second letter first: every word
         * asks, letter by letter, and most letters are followed by neither h nor k. */
        if (next == 'h' && (c == 's' || c == 'c' || c == 'k' || c == 'g' || c == 'p' || c == 't')) {
            c = c == 'c' ? 's' : c == 'k' ? 'h' : c == 'p' ? 'f' : c;
            i += 2;
        } else if (next == 'k' && c == 'c') {
            c = 'k';
            i += 2;
        } else {
            c = c == 'q' || c == 'c' ? 'k' : c == 'z' ? 's' : c;
            i++;
        }
        bool consonant = c >= 'a' && c <= 'z' && !is_vowel(c) && c != 'w' && c != 'v';
        if ((!consonant && !(c >= '0' && c <= '9')) || c == last)
            continue;
        out->data[out->len++] = c;
        last = c;
    }
    out->data[out->len] = '\0';
    return CORDON_OK;
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
