/*
 * score.c — the name scorer (v1).
 *
 * Token similarity: equal normalized text; equal cross-orthography key (orthography.h); an
 * initial against a token it begins; a German or English genitive -s; otherwise Levenshtein
 * similarity 1 - d / max(len) over code points (Levenshtein 1966), taken on both the text and
 * the key, accepted from 0.75 up on tokens of four or more letters.
 *
 * Alignment: greedy, best pair first, each token used once (a one-to-one assignment; greedy is
 * optimal for the short names screened and costs O(m·k·log) instead of the Hungarian O(n³)).
 *
 * Score: 0.6 × the share of the query's weight that found a partner, plus 0.4 × the share of
 * the name's weight that did, each pair counted by its similarity. Token weight is the key's
 * inverse document frequency over all indexed names (Spärck Jones 1972), so a shared rare
 * surname outweighs a shared common given name; legal forms and honorifics weigh 0.3 of that,
 * patronymics and middle names 0.25 on the name's side, so "Vladimir Putin" fully covers
 * "PUTIN, Vladimir Vladimirovich" but for a small share.
 */
#include "match/score.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

enum { MAX_CP = 64 };

/* Decodes up to MAX_CP code points of s; returns their count. */
static size_t decode(const char *s, int32_t *out)
{
    size_t n = 0;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    while (*p && n < MAX_CP) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate(p, -1, &cp);
        if (len <= 0)
            break;
        out[n++] = cp;
        p += len;
    }
    return n;
}

/* Levenshtein similarity of two code-point strings: 1 - distance / longer length. */
static double levenshtein_similarity(const int32_t *a, size_t la, const int32_t *b, size_t lb)
{
    if (la == 0 || lb == 0)
        return 0.0;
    size_t row[MAX_CP + 1];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    size_t longer = la > lb ? la : lb;
    return 1.0 - (double)row[lb] / (double)longer;
}

static double fuzzy(const char *x, const char *y)
{
    int32_t a[MAX_CP], b[MAX_CP];
    size_t la = decode(x, a), lb = decode(y, b);
    if (la < 4 || lb < 4)
        return 0.0;
    return levenshtein_similarity(a, la, b, lb);
}

/* Whether long is short plus a final "s" (German/English genitive: Putins, Lukaschenkos). */
static int genitive_of(const char *longer, const char *shorter)
{
    size_t ls = strlen(shorter);
    return ls >= 3 && strlen(longer) == ls + 1 && longer[ls] == 's' && memcmp(longer, shorter, ls) == 0;
}

double cdn_token_similarity(const cdn_token *a, const cdn_token *b, const char **how)
{
    if (strcmp(a->text, b->text) == 0) {
        *how = "exact";
        return 1.0;
    }
    if (strcmp(a->key, b->key) == 0) {
        *how = "spelling";
        return 0.95;
    }
    if (genitive_of(a->text, b->text) || genitive_of(b->text, a->text) || genitive_of(a->key, b->key) ||
        genitive_of(b->key, a->key)) {
        *how = "inflection";
        return 0.92;
    }
    size_t la = strlen(a->text), lb = strlen(b->text);
    if ((la == 1 && lb > 1 && a->text[0] == b->text[0]) || (lb == 1 && la > 1 && a->text[0] == b->text[0])) {
        *how = "initial";
        return 0.7;
    }
    double s = fuzzy(a->text, b->text);
    double sk = fuzzy(a->key, b->key);
    if (sk > s)
        s = sk;
    if (s >= 0.75) {
        *how = "fuzzy";
        return s * 0.95;
    }
    *how = NULL;
    return 0.0;
}

static double query_weight(const cdn_token *t)
{
    return t->weight * ((t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)) ? 0.3 : 1.0);
}

static double name_weight(const cdn_token *t)
{
    double w = t->weight;
    if (t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC))
        w *= 0.3;
    if (t->flags & (CDN_TOK_PATRONYMIC | CDN_TOK_MIDDLE))
        w *= 0.25;
    return w;
}

typedef struct pair {
    uint8_t qi, ni;
    double sim;
    const char *how;
} pair;

double cdn_score_tokens(const cdn_token *q, size_t m, const cdn_token *n, size_t k, cdn_strbuf *explain)
{
    if (m == 0 || k == 0)
        return 0.0;
    if (m > CDN_MAX_NAME_TOKENS)
        m = CDN_MAX_NAME_TOKENS;
    if (k > CDN_MAX_NAME_TOKENS)
        k = CDN_MAX_NAME_TOKENS;

    pair pairs[CDN_MAX_NAME_TOKENS * CDN_MAX_NAME_TOKENS];
    size_t np = 0;
    for (size_t i = 0; i < m; i++) {
        for (size_t j = 0; j < k; j++) {
            const char *how;
            double s = cdn_token_similarity(&q[i], &n[j], &how);
            if (s > 0.0)
                pairs[np++] = (pair){(uint8_t)i, (uint8_t)j, s, how};
        }
    }
    /* Greedy assignment, best pair first (insertion sort: np is small). */
    for (size_t i = 1; i < np; i++) {
        pair p = pairs[i];
        size_t j = i;
        while (j > 0 && pairs[j - 1].sim < p.sim) {
            pairs[j] = pairs[j - 1];
            j--;
        }
        pairs[j] = p;
    }
    uint8_t q_used[CDN_MAX_NAME_TOKENS] = {0}, n_used[CDN_MAX_NAME_TOKENS] = {0};
    double wq = 0.0, wn = 0.0, got_q = 0.0, got_n = 0.0;
    for (size_t i = 0; i < m; i++)
        wq += query_weight(&q[i]);
    for (size_t j = 0; j < k; j++)
        wn += name_weight(&n[j]);
    for (size_t p = 0; p < np; p++) {
        if (q_used[pairs[p].qi] || n_used[pairs[p].ni])
            continue;
        q_used[pairs[p].qi] = n_used[pairs[p].ni] = 1;
        const cdn_token *a = &q[pairs[p].qi], *b = &n[pairs[p].ni];
        got_q += pairs[p].sim * query_weight(a);
        got_n += pairs[p].sim * name_weight(b);
        if (explain)
            cdn_strbuf_printf(explain, "%s%s %s %s (%s %.2f, weight %.1f)", explain->len ? "; " : "", a->text,
                              pairs[p].sim >= 1.0 ? "=" : "~", b->text, pairs[p].how, pairs[p].sim,
                              query_weight(a));
    }
    if (explain) {
        for (size_t i = 0; i < m; i++)
            if (!q_used[i])
                cdn_strbuf_printf(explain, "%s%s unmatched in query", explain->len ? "; " : "", q[i].text);
        for (size_t j = 0; j < k; j++)
            if (!n_used[j])
                cdn_strbuf_printf(explain, "%s%s unmatched in name%s", explain->len ? "; " : "", n[j].text,
                                  (n[j].flags & CDN_TOK_PATRONYMIC)   ? " (patronymic, optional)"
                                  : (n[j].flags & CDN_TOK_MIDDLE)     ? " (middle name, optional)"
                                  : (n[j].flags & CDN_TOK_LEGAL_FORM) ? " (legal form)"
                                                                      : "");
    }
    if (wq <= 0.0 || wn <= 0.0)
        return 0.0;
    double score = 0.6 * got_q / wq + 0.4 * got_n / wn;
    return score > 1.0 ? 1.0 : score;
}
