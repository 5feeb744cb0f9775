/*
 * korean.c — Korean names in running text. Papers write a Korean name as a surname and a given
 * name of two syllables, the syllables apart, joined by a hyphen or as one word, the second
 * often in lower case after the hyphen (Kim Jong-un, Choe Ryong-hae, Kim Yo Jong); the South's
 * papers in Revised Romanization (Kim Jong-eun, Kim Yeo-jeong), Russian ones by the Kontsevich
 * system (Ким Чен Ын, korean_cyrillic.h), the lists mostly in McCune-Reischauer (KIM, Jong Un;
 * KIM, Yo Jong). Two things let the scanner find them as search finds such a query: the
 * lower-case syllable counts as a capitalised word of the name (elsewhere a lower-case word
 * ends a name: window.c), and the name's words lead to the index keys of their other
 * romanisations (korean_latin.h, korean_cyrillic.h), the scorer then reading both names in one
 * form.
 */
#include <stdint.h>
#include <string.h>

#include "match/korean_cyrillic.h"
#include "match/korean_latin.h"
#include "scan/scan_int.h"
#include "text/hangul.h"

static const char *norm_of(const cdn_scanner *s, size_t w)
{
    return s->words.norm.data + cdn_scan_word(s, w)->norm_off;
}

/* Whether words w-1 and w are one byte apart, that byte c. */
static bool gap_is(const cdn_scanner *s, size_t w, char c)
{
    size_t from = cdn_scan_word(s, w - 1)->end;
    return cdn_scan_word(s, w)->start == from + 1 && s->text[from] == c;
}

/* Whether the normalized word begins with a Cyrillic letter (two bytes, D0 to D3). */
static bool cyrillic(const char *norm)
{
    return (unsigned char)norm[0] >= 0xD0 && (unsigned char)norm[0] <= 0xD3;
}

/* The Korean syllables of the normalized word in Cyrillic (korean_cyrillic.h): its groups of
 * vowel letters, when it reads as Kontsevich syllables at all; else 0. */
static size_t cyrillic_syllables(const char *norm)
{
    char one[1][CDN_KOREAN_CYRILLIC_MAX];
    if (!cdn_korean_cyrillic_spellings(norm, one, 1))
        return 0;
    static const char *const VOWELS = "аеиоуыэюяієї"; /* each two bytes; the last three Ukrainian */
    size_t groups = 0;
    bool in_vowel = false;
    for (const char *c = norm; c[0] && c[1]; c += 2) {
        bool vowel = false;
        for (const char *v = VOWELS; *v && !vowel; v += 2)
            vowel = c[0] == v[0] && c[1] == v[1];
        groups += vowel && !in_vowel;
        in_vowel = vowel;
    }
    return groups;
}

/* The number of words after the surname at w that make a given name of two Korean syllables
 * (Jong Un, Jong-un, Jongun, Yeo-jeong; Чен Ын, Ё Чжон), or 0: capitalised, in the surname's
 * script, a space or a hyphen apart, the second syllable in lower case only after a hyphen. */
static size_t given_name_after(const cdn_scanner *s, size_t w, size_t n)
{
    bool in_cyrillic = cyrillic(norm_of(s, w));
    size_t syllables = 0, v = w + 1;
    for (; v < n && v <= w + 2 && syllables < 2; v++) {
        bool hyphen = v > w + 1 && gap_is(s, v, '-');
        if (!(s->capital[v] || hyphen) || !(gap_is(s, v, ' ') || hyphen) || cyrillic(norm_of(s, v)) != in_cyrillic)
            break;
        size_t k = in_cyrillic ? cyrillic_syllables(norm_of(s, v)) : cdn_korean_press_syllables(norm_of(s, v));
        if (!k)
            break;
        syllables += k;
    }
    return syllables == 2 ? v - (w + 1) : 0;
}

void cdn_scan_mark_korean_names(cdn_scanner *s)
{
    size_t n = cdn_tokens_count(&s->words);
    cdn_word_type *types = s->types.items;
    for (size_t w = 0; w + 1 < n; w++) {
        /* Eight words at a time while none is capitalised and followed by a capitalised word,
         * as most of a text's words are not: each byte of both is capital[v] & capital[v + 1]. */
        if (w + 9 <= n) {
            uint64_t here, next;
            memcpy(&here, s->capital + w, sizeof here);
            memcpy(&next, s->capital + w + 1, sizeof next);
            if (!(here & next)) {
                w += 7;
                continue;
            }
        }
        if (!s->capital[w] || !s->capital[w + 1] || cdn_scan_word(s, w)->norm_len > 8 ||
            !cdn_lexicon_korean_surname(&s->lex, types[s->type_of[w]].lex))
            continue;
        size_t given = given_name_after(s, w, n);
        if (!given)
            continue;
        types[s->type_of[w]].korean |= CDN_KOREAN_SURNAME;
        s->marks[w] |= CDN_MARK_KOREAN_SURNAME;
        for (size_t v = w + 1; v <= w + given; v++) {
            cdn_word_type *type = &types[s->type_of[v]];
            type->korean |= CDN_KOREAN_GIVEN;
            s->marks[v] |= CDN_MARK_NAME_SYLLABLE; /* Kim Jong Il ends in Il, not the French il */
            if (!s->capital[v]) {
                s->capital[v] = true;
                type->cap_seen = true;
            }
        }
        w += given;
    }
}

typedef struct key_sink {
    const cordon_index *idx;
    cdn_word_type *type;
} key_sink;

static void add_key(void *ctx, const cdn_ikey *key)
{
    key_sink *sink = ctx;
    cdn_word_hit hit = {(uint32_t)(key - sink->idx->vocab.items), sink->type->token, 0.97f};
    cdn_scan_add_hit(sink->type, &hit);
}

void cdn_scan_korean_keys(const cdn_scanner *s, cdn_word_type *type)
{
    const cdn_token *t = cdn_scan_form(s, type->token);
    key_sink sink = {s->idx, type};
    void (*keys)(const cordon_index *, const cdn_token *, bool, void (*)(void *, const cdn_ikey *), void *) =
        cyrillic(t->text) ? cdn_korean_cyrillic_keys : cdn_korean_latin_keys;
    if (type->korean & CDN_KOREAN_SURNAME)
        keys(s->idx, t, true, add_key, &sink);
    if (type->korean & CDN_KOREAN_GIVEN)
        keys(s->idx, t, false, add_key, &sink);
}
