/*
 * korean_latin.c — Korean names in two Latin romanisations read in one form (see
 * korean_latin.h).
 */
#include "match/korean_latin.h"

#include <stdio.h>
#include <string.h>

#include "text/hangul.h"
#include "text/orthography.h"

/* Whether the token can be the surname: one of the table's spellings, not romanised from another
 * script. */
static bool surname_word(const cdn_token *t)
{
    return !(t->flags & CDN_TOK_ROMANISED) && cdn_korean_latin_surname(t->latin);
}

bool cdn_korean_latin_name(const cdn_token *t, size_t count, size_t *surname)
{
    if (count < 2 || count > 4)
        return false;
    size_t at = count;
    for (size_t i = 0; i < count && at == count; i++)
        if ((t[i].flags & CDN_TOK_FAMILY) && surname_word(&t[i]))
            at = i;
    if (at == count)
        at = surname_word(&t[0]) ? 0 : surname_word(&t[count - 1]) ? count - 1 : count;
    if (at == count)
        return false;
    size_t syllables = 0;
    for (size_t i = 0; i < count; i++) {
        if (i == at)
            continue;
        if (t[i].flags & (CDN_TOK_ROMANISED | CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC))
            return false;
        size_t n = cdn_korean_latin_syllables(t[i].latin);
        if (!n)
            return false;
        syllables += n;
    }
    /* Two syllables, as most Korean given names have; one beside a surname of more than one
     * letter (Kim Chung), not beside O or I, where a Western name too often fits. */
    bool fits = syllables == 2 || (syllables == 1 && t[at].latin_shape.len >= 2);
    if (fits)
        *surname = at;
    return fits;
}

/* Appends a copy of t reading as latin (its text kept). */
static bool append(cdn_korean_reading *r, const cdn_token *t, const char *latin)
{
    if (!cdn_korean_reading_append(r, t, t->text, strlen(t->text), latin, strlen(latin)))
        return false;
    /* A Korean given name is its two syllables together: a list that splits it (PAK, Bong
     * Nam) does not make its second syllable a middle name to leave out. */
    r->tokens[r->count - 1].flags &= (uint16_t)~CDN_TOK_MIDDLE;
    return true;
}

/* Whether latin is the reading of a word of b, or of two neighbours of b together. */
static bool shared(const char *latin, const cdn_korean_reading *b)
{
    size_t len = strlen(latin);
    for (size_t j = 0; j < b->count; j++) {
        size_t lj = strlen(b->latin[j]);
        if (strcmp(latin, b->latin[j]) == 0)
            return true;
        if (j + 1 < b->count && lj < len && strncmp(latin, b->latin[j], lj) == 0 &&
            strcmp(latin + lj, b->latin[j + 1]) == 0)
            return true;
    }
    return false;
}

void cdn_korean_latin_keep_shared(cdn_korean_reading *a, const cdn_token *orig, const cdn_korean_reading *b)
{
    for (size_t i = 0; i < a->count; i++) {
        bool with_next = i + 1 < a->count && strlen(a->latin[i]) + strlen(a->latin[i + 1]) < sizeof a->latin[i];
        char both[sizeof a->latin[0]];
        if (with_next) {
            strcpy(both, a->latin[i]);
            strcat(both, a->latin[i + 1]);
        }
        bool prev_joined = false;
        if (i > 0 && strlen(a->latin[i - 1]) + strlen(a->latin[i]) < sizeof both) {
            char before[sizeof a->latin[0]];
            strcpy(before, a->latin[i - 1]);
            strcat(before, a->latin[i]);
            prev_joined = shared(before, b);
        }
        if (shared(a->latin[i], b) || (with_next && shared(both, b)) || prev_joined)
            continue;
        cdn_token *t = &a->tokens[i];
        t->latin = orig[i].latin;
        t->key = orig[i].key;
        t->latin_shape = orig[i].latin_shape;
        t->key_shape = orig[i].key_shape;
    }
}

bool cdn_korean_latin_reading(const cdn_token *t, size_t count, size_t surname, cdn_korean_reading *out)
{
    out->count = 0;
    for (size_t i = 0; i < count; i++) {
        char form[64];
        if (i == surname) {
            const char *spellings = cdn_korean_surname_of_latin(t[i].latin, t[i].latin_shape.len);
            size_t n = spellings ? strcspn(spellings, " ") : 0;
            if (!n || n >= sizeof form)
                return false;
            memcpy(form, spellings, n);
            form[n] = '\0';
        } else if (!cdn_korean_fold(t[i].latin, form, sizeof form)) {
            return false;
        }
        if (!append(out, &t[i], form))
            return false;
    }
    return true;
}

/* The index's key of the spelling s (len bytes), or NULL when no name has it. */
static const cdn_ikey *key_of(const cordon_index *idx, const char *s, size_t len)
{
    char key[CDN_KEY_MAX + 1];
    size_t key_len = cdn_orthography_key_ascii(s, len, key);
    return key_len ? cdn_index_key(idx, key, key_len) : NULL;
}

void cdn_korean_latin_keys(const cordon_index *idx, const cdn_token *t, bool surname,
                           void (*found)(void *ctx, const cdn_ikey *key), void *ctx)
{
    if (surname) {
        const char *spellings = cdn_korean_surname_of_latin(t->latin, t->latin_shape.len);
        for (const char *p = spellings; p && *p;) {
            size_t len = strcspn(p, " ");
            const cdn_ikey *key = len != t->latin_shape.len || memcmp(p, t->latin, len) ? key_of(idx, p, len) : NULL;
            if (key)
                found(ctx, key);
            p += len + (p[len] == ' ');
        }
        return;
    }
    char given[3][CDN_KOREAN_GIVEN_MAX], with_ch[CDN_KOREAN_GIVEN_MAX + 1];
    size_t n = cdn_korean_given_spellings(t->latin, given);
    for (size_t v = 0; v < n; v++)
        for (int ch = 0; ch < 2; ch++) {
            const char *spelling = given[v];
            if (ch) {
                if (given[v][0] != 'j')
                    break;
                snprintf(with_ch, sizeof with_ch, "ch%s", given[v] + 1);
                spelling = with_ch;
            }
            if (strcmp(spelling, t->latin) == 0)
                continue;
            const cdn_ikey *key = key_of(idx, spelling, strlen(spelling));
            if (key)
                found(ctx, key);
        }
}

/* The words of t[0..count) that may be its surname: the first and the last that are surnames
 * of the table, and one marked as the family name (by the list, or by its capitals in a query:
 * Han CHANG-SU) that is. None when the word marked so is no surname of the table (OO, Ko Ko is
 * Burmese). A word read into a Latin spelling from Cyrillic (korean_cyrillic.h) counts by that
 * spelling. Returns how many (0 to 3) into at. */
static size_t surname_choices(const cdn_token *t, size_t count, size_t at[3])
{
    size_t n = 0;
    for (size_t i = 0; i < count && !n; i++)
        if (t[i].flags & CDN_TOK_FAMILY) {
            if (!cdn_korean_latin_surname(t[i].latin))
                return 0;
            at[n++] = i;
        }
    if (cdn_korean_latin_surname(t[0].latin) && !(n && at[0] == 0))
        at[n++] = 0;
    if (count > 1 && cdn_korean_latin_surname(t[count - 1].latin) && !(n && at[0] == count - 1))
        at[n++] = count - 1;
    return n;
}

/* Whether the given-name words a and b are one: folded alike (cdn_korean_fold), or alike
 * but for an initial r or n the South leaves out (Yong Hae, Ryong Hae), or with one
 * cross-orthography key (a German or Polish j for y: Jong Sik for Yong Sik; a French tch). */
static bool same_given_word(const cdn_token *a, const cdn_token *b)
{
    if (strcmp(a->key, b->key) == 0)
        return true;
    char fa[64], fb[64];
    if (!cdn_korean_fold(a->latin, fa, sizeof fa) || !cdn_korean_fold(b->latin, fb, sizeof fb))
        return false;
    const char *pa = fa, *pb = fb;
    if ((pa[0] == 'r' || pa[0] == 'n') && strchr("aeiouy", pa[1]) && !((pb[0] == 'r' || pb[0] == 'n')))
        pa++;
    if ((pb[0] == 'r' || pb[0] == 'n') && strchr("aeiouy", pb[1]) && !((pa[0] == 'r' || pa[0] == 'n')))
        pb++;
    return strcmp(pa, pb) == 0;
}

/* The given-name words of t[0..count) (its surname at the word surname), at most three, into
 * out; returns how many. */
static size_t given_words(const cdn_token *t, size_t count, size_t surname, const cdn_token *out[3])
{
    size_t n = 0;
    for (size_t i = 0; i < count && n < 3; i++)
        if (i != surname)
            out[n++] = &t[i];
    return n;
}

/* Whether the n words a and b are one another's, each meeting another (same_given_word), in
 * order (in_order) or in some order. */
static bool words_meet(const cdn_token *const a[3], const cdn_token *const b[3], size_t n, bool in_order)
{
    static const unsigned char ORDERS[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    for (size_t o = 0; o < (in_order ? 1 : 6); o++) {
        bool all = true;
        for (size_t i = 0; i < n && all; i++)
            all = ORDERS[o][i] < n && same_given_word(a[i], b[ORDERS[o][i]]);
        if (all)
            return true;
    }
    return false;
}

/* Whether the letters x and y are neighbouring keys of a QWERTY keyboard, where most typing
 * errors that replace a letter put its neighbour (j and h, not j and s). */
static bool keyboard_neighbours(char x, char y)
{
    static const char *const ROWS[3] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    int rx = -1, ry = -1, ix = 0, iy = 0;
    for (int r = 0; r < 3; r++) {
        const char *p = strchr(ROWS[r], x), *q = strchr(ROWS[r], y);
        if (x && p) {
            rx = r;
            ix = (int)(p - ROWS[r]);
        }
        if (y && q) {
            ry = r;
            iy = (int)(q - ROWS[r]);
        }
    }
    if (rx < 0 || ry < 0)
        return false;
    if (rx == ry)
        return ix - iy == 1 || iy - ix == 1;
    /* A row sits half a key right of the one above: under key i lie keys i - 1 and i. */
    int upper = rx < ry ? ix : iy, lower = rx < ry ? iy : ix;
    return (rx - ry == 1 || ry - rx == 1) && (lower == upper || lower == upper - 1);
}

/* Whether the given-name words a and b, which do not meet (same_given_word), begin with other
 * consonants however romanised (folded, cdn_korean_fold: Jong and Song, not Jong and Chong; r
 * and n, which the South leaves out or writes for one another, count as one). A syllable's
 * initial is what a romanisation keeps of it, so a syllable with another is another syllable;
 * but one typed on the neighbouring key (Hong for Jong) may be a typing error, and is left to
 * the scorer with a misspelling of the rest of it. */
static bool other_initial(const cdn_token *a, const cdn_token *b)
{
    if (keyboard_neighbours(a->latin[0], b->latin[0]))
        return false;
    char fa[64], fb[64];
    if (!cdn_korean_fold(a->latin, fa, sizeof fa) || !cdn_korean_fold(b->latin, fb, sizeof fb))
        return false;
    if (strchr("aeiouwy", fa[0]) || strchr("aeiouwy", fb[0]))
        return false;
    bool liquid_a = fa[0] == 'r' || fa[0] == 'n' || fa[0] == 'l', liquid_b = fb[0] == 'r' || fb[0] == 'n' || fb[0] == 'l';
    return fa[0] != fb[0] && !(liquid_a && liquid_b);
}

/* Whether the n given-name words a and b meet in order but for one pair, of other initials. */
static bool one_other_syllable(const cdn_token *const a[3], const cdn_token *const b[3], size_t n)
{
    size_t other = 0;
    for (size_t i = 0; i < n; i++) {
        if (same_given_word(a[i], b[i]))
            continue;
        if (!other_initial(a[i], b[i]))
            return false;
        other++;
    }
    return other == 1;
}

/* Whether the given name of one syllable, one, is the second of the two syllables two (which
 * it is not the first of: the caller asks): Kim Il is not KIM Jong Il, whose first given
 * syllable it would leave out. */
static bool second_syllable_alone(const cdn_token *const one[3], const cdn_token *const two[3])
{
    return cdn_korean_latin_syllables(one[0]->latin) == 1 && cdn_korean_latin_syllables(two[0]->latin) == 1 &&
           cdn_korean_latin_syllables(two[1]->latin) == 1 && same_given_word(one[0], two[1]);
}

bool cdn_korean_latin_other_given(const cdn_token *q, size_t m, const cdn_token *n, size_t k)
{
    if (m != k && m + 1 != k && k + 1 != m)
        return false; /* syllables written together, or more left out: the scorer weighs it */
    size_t qs[3], ns[3];
    size_t nq = surname_choices(q, m, qs), nn = surname_choices(n, k, ns);
    bool other = false;
    for (size_t a = 0; a < nq; a++)
        for (size_t b = 0; b < nn; b++) {
            if (!cdn_korean_same_surname(q[qs[a]].latin, n[ns[b]].latin))
                continue;
            const cdn_token *gq[3], *gn[3];
            size_t count = given_words(q, m, qs[a], gq), count_n = given_words(n, k, ns[b], gn);
            if (count + count_n == 3) { /* one given syllable against two */
                const cdn_token *const *one = count == 1 ? gq : gn, *const *two = count == 1 ? gn : gq;
                if (same_given_word(one[0], two[0]))
                    return false; /* one reading where the second is left out: Kim Jong, KIM Jong Un */
                other |= second_syllable_alone(one, two);
            }
            if (count_n != count || count < 2)
                continue;
            if (words_meet(gq, gn, count, true))
                return false; /* one reading where both agree */
            other |= words_meet(gq, gn, count, false) || one_other_syllable(gq, gn, count);
        }
    return other;
}
