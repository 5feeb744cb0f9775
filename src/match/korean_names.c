/*
 * korean_names.c — a Korean name in Hangul read as its Latin spelling reads it (see
 * korean_names.h).
 */
#include "match/korean_names.h"

#include <string.h>

#include "text/hangul.h"
#include "text/orthography.h"

bool cdn_korean_reading_append(cdn_korean_reading *r, const cdn_token *t, const char *text, size_t tlen,
                               const char *latin, size_t llen)
{
    size_t i = r->count;
    if (i >= CDN_MAX_NAME_TOKENS || tlen >= sizeof r->text[i] || llen >= sizeof r->latin[i])
        return false;
    memcpy(r->text[i], text, tlen);
    r->text[i][tlen] = '\0';
    memcpy(r->latin[i], latin, llen);
    r->latin[i][llen] = '\0';
    cdn_orthography_key_ascii(r->latin[i], llen, r->key[i]);
    cdn_token *o = &r->tokens[i];
    *o = *t;
    o->text = r->text[i];
    o->latin = r->latin[i];
    o->key = r->key[i];
    o->skel = "";
    o->form = 0; /* not the indexed form: never memoised */
    cdn_shape_of(o->latin, &o->latin_shape);
    cdn_shape_of(o->key, &o->key_shape);
    r->count++;
    return true;
}

/* The Latin spelling, among latin[0..k), of the one-syllable surname text; NULL when none. */
static const char *surname_spelling(const char *text, size_t len, const cdn_token *latin, size_t k)
{
    for (size_t j = 0; j < k; j++)
        if (cdn_korean_surname_spelled(text, len, latin[j].latin))
            return latin[j].latin;
    return NULL;
}

/* Whether the given name romanised as given (Revised Romanization, no syllable breaks) splits
 * in two whose fold keys are fa and fb, those of two Latin words: 제억 jeeok as je and eok
 * (Je-uk), 제운 jeun as je and un (Je-woon), where the fold of the whole reads ee or eu across
 * the break as one vowel; want is the fold key of the whole. The search splits it so too
 * (search.c, credit_family_and_folds). */
static bool split_meets(const char *given, const char *want, const char *fa, const char *fb)
{
    char part[64], got[64];
    size_t len = strlen(given);
    /* The first part's fold begins as the whole's does: most pairs of a search's candidates
     * end there, before the splits are folded (5.8 M instructions a Korean search when they
     * were not). Not the last letters: ai folds as ae, but ra and i apart do not (라이 and La
     * Ri). */
    if (len >= sizeof part || !fa[0] || !fb[0] || fa[0] != want[0])
        return false;
    for (size_t i = 1; i < len; i++) {
        memcpy(part, given, i);
        part[i] = '\0';
        if (cdn_korean_fold_key(part, got, sizeof got) && strcmp(got, fa) == 0 &&
            cdn_korean_fold_key(given + i, got, sizeof got) && strcmp(got, fb) == 0)
            return true;
    }
    return false;
}

/* Whether the Latin spelling latin (one word or two joined), read with its customary y left
 * out (hangul.h: cdn_korean_customary_y: Keung for 경), folds as want. */
static bool customary_meets(const char *latin, const char *want)
{
    /* Only a given name whose fold has ㅕㅇ (yung) or ends in 미 (mi) can meet so: most candidates
     * end here, before the spelling is copied (5 % more instructions a Korean search when not). */
    size_t wl = strlen(want);
    if (!strstr(want, "yung") && !(wl >= 2 && strcmp(want + wl - 2, "mi") == 0))
        return false;
    char respelled[64], got[64];
    return cdn_korean_customary_y(latin, respelled, sizeof respelled) &&
           cdn_korean_fold_key(respelled, got, sizeof got) && strcmp(got, want) == 0;
}

/* Writes into out (size cap) the Latin spelling, among latin[0..k) — one word, or two
 * neighbours joined (Jong Un) — of the given name romanised as given; false when none folds
 * as it does (cdn_korean_fold_key), whole or split at a syllable (split_meets). Each word is
 * folded once: its fold is the next word's neighbour's. */
static bool given_spelling(const char *given, const cdn_token *latin, size_t k, char *out, size_t cap)
{
    char want[64], got[64], joined[64], folds[2][64];
    if (!cdn_korean_fold_key(given, want, sizeof want) || !k)
        return false;
    char *cur = folds[0], *next = folds[1];
    if (!cdn_korean_fold_key(latin[0].latin, cur, 64))
        cur[0] = '\0';
    for (size_t j = 0; j < k; j++) {
        if (((cur[0] && strcmp(cur, want) == 0) || customary_meets(latin[j].latin, want)) &&
            strlen(latin[j].latin) < cap) {
            strcpy(out, latin[j].latin);
            return true;
        }
        if (j + 1 < k && !cdn_korean_fold_key(latin[j + 1].latin, next, 64))
            next[0] = '\0';
        if (j + 1 < k && strlen(latin[j].latin) + strlen(latin[j + 1].latin) < sizeof joined) {
            strcpy(joined, latin[j].latin);
            strcat(joined, latin[j + 1].latin);
            bool meets = (cdn_korean_fold_key(joined, got, sizeof got) && strcmp(got, want) == 0) ||
                         split_meets(given, want, cur, next) || customary_meets(joined, want);
            if (meets && strlen(joined) < cap) {
                strcpy(out, joined);
                return true;
            }
        }
        char *swap = cur;
        cur = next;
        next = swap;
    }
    return false;
}

/* Appends the reading of the Hangul token t against latin[0..k); *changed is set when it
 * reads differently. False when the reading does not fit. */
static bool read_token(cdn_korean_reading *r, const cdn_token *t, const cdn_token *latin, size_t k, bool *changed)
{
    size_t tlen = strlen(t->text);
    size_t prefix = cdn_korean_surname_prefix(t->text);
    size_t romanised = prefix ? cdn_korean_surname_romanised(t->text, t->latin) : 0;
    char given[64];
    if (prefix && romanised) { /* 김정은: 김 and 정은 */
        const char *family = surname_spelling(t->text, prefix, latin, k);
        const char *rest = t->latin + romanised;
        bool spelled = given_spelling(rest, latin, k, given, sizeof given);
        if (family || spelled) {
            *changed = true;
            const char *f = family ? family : t->latin;
            size_t flen = family ? strlen(family) : romanised;
            const char *g = spelled ? given : rest;
            return cdn_korean_reading_append(r, t, t->text, prefix, f, flen) && cdn_korean_reading_append(r, t, t->text + prefix, tlen - prefix, g, strlen(g));
        }
    } else if (tlen == 3 && cdn_is_hangul(t->text)) { /* 김 written apart */
        const char *family = surname_spelling(t->text, tlen, latin, k);
        if (family && strcmp(family, t->latin) != 0) {
            *changed = true;
            return cdn_korean_reading_append(r, t, t->text, tlen, family, strlen(family));
        }
    } else if (tlen == 6 && cdn_is_hangul(t->text) && cdn_is_hangul(t->text + 3)) {
        if (given_spelling(t->latin, latin, k, given, sizeof given)) { /* 정은 written apart */
            *changed = true;
            return cdn_korean_reading_append(r, t, t->text, tlen, given, strlen(given));
        }
        /* 김청: a surname and a one-syllable given name (Kim Chung) */
        const char *family = surname_spelling(t->text, 3, latin, k);
        size_t at = family ? cdn_korean_surname_romanised(t->text, t->latin) : 0;
        if (at && given_spelling(t->latin + at, latin, k, given, sizeof given)) {
            *changed = true;
            return cdn_korean_reading_append(r, t, t->text, 3, family, strlen(family)) &&
                   cdn_korean_reading_append(r, t, t->text + 3, 3, given, strlen(given));
        }
    }
    return cdn_korean_reading_append(r, t, t->text, tlen, t->latin, strlen(t->latin));
}

bool cdn_korean_reading_of(const cdn_token *hangul, size_t m, const cdn_token *latin, size_t k,
                           cdn_korean_reading *out)
{
    bool any = false;
    for (size_t i = 0; i < m && !any; i++)
        any = (hangul[i].flags & CDN_TOK_SYLLABIC) && cdn_is_hangul(hangul[i].text);
    if (!any)
        return false;
    for (size_t j = 0; j < k; j++)
        if (latin[j].flags & CDN_TOK_ROMANISED)
            return false; /* both sides in other scripts: nothing to read against */
    out->count = 0;
    bool changed = false;
    for (size_t i = 0; i < m; i++)
        if (!read_token(out, &hangul[i], latin, k, &changed))
            return false;
    return changed;
}
