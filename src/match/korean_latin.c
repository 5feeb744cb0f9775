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
    r->tokens[r->count - 1].flags &= (uint8_t)~CDN_TOK_MIDDLE;
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
