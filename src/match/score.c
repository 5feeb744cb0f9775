/*
 * score.c — the name scorer.
 *
 * Token similarity, best first: equal normalized text (1.0); equal romanisation (0.97, a name
 * and its transliteration); equal cross-orthography key (0.95, orthography.h); a genitive -s
 * (0.92); equal consonant skeleton where one side was romanised from a script that omits short
 * vowels (0.85); an initial against a token it begins (0.7); otherwise the edit similarity
 * 1 - d / max(len), d the optimal-string-alignment distance (Levenshtein 1966 with Damerau's
 * transpositions), of the romanisations or keys, accepted from 0.75 up on tokens of four or
 * more letters and scaled by 0.95.
 *
 * Alignment: greedy, best pair first, each token used once. Besides one-to-one pairs, two
 * adjacent tokens on one side may meet one token on the other written joined (Al Qaida /
 * Alqaida, Xi Jin Ping / Xijinping); such a pair covers both tokens. Greedy assignment is
 * optimal for the short names screened and costs O(m·k·log) instead of the Hungarian O(n³).
 *
 * Score: CDN_QUERY_SHARE × the share of the query's weight that found a partner, plus the rest
 * × the share of the name's weight that did, each pair counted by its similarity. Token weight
 * is the key's inverse document frequency over all indexed entities (Spärck Jones 1972), so a
 * shared rare surname outweighs a shared common given name; legal forms and honorifics weigh 0.3
 * of that, patronymics 0.25 on either side and middle names 0.25 on the name's side, so
 * "Vladimir Putin" fully covers "PUTIN, Vladimir Vladimirovich" but for a small share, and
 * "Natalya Alekseevna Orlova" covers "Natalya Orlova".
 */
#include "match/score.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "text/orthography.h"

enum { MAX_CP = 64 };

static bool ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

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

/* Optimal-string-alignment distance of two code-point strings (each at most MAX_CP long):
 * Levenshtein's insertions, deletions and substitutions, plus the transposition of two
 * neighbours as one edit (Damerau 1964) — the commonest typing error. Gives up as soon as the
 * distance must exceed max (returning max + 1): most pairs compared are far apart. */
static size_t edit_distance(const int32_t *a, size_t la, const int32_t *b, size_t lb, size_t max)
{
    if ((la > lb ? la - lb : lb - la) > max)
        return max + 1;
    size_t rows[3][MAX_CP + 1];
    size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        size_t row_min = cur[0];
        for (size_t j = 1; j <= lb; j++) {
            size_t best = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
            if (best < row_min)
                row_min = best;
        }
        if (row_min > max)
            return max + 1;
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb];
}

/* Decodes both strings (bytes for plain ASCII, code points otherwise). */
static void decode_pair(const char *x, const char *y, int32_t *a, size_t *la, int32_t *b, size_t *lb)
{
    if (ascii(x) && ascii(y)) {
        size_t i = 0;
        for (; x[i] && i < MAX_CP; i++)
            a[i] = (unsigned char)x[i];
        *la = i;
        for (i = 0; y[i] && i < MAX_CP; i++)
            b[i] = (unsigned char)y[i];
        *lb = i;
    } else {
        *la = decode(x, a);
        *lb = decode(y, b);
    }
}

double cdn_key_similarity_at_least(const char *x, const char *y, double min_sim)
{
    int32_t a[MAX_CP], b[MAX_CP];
    size_t la, lb;
    decode_pair(x, y, a, &la, b, &lb);
    if (la == 0 || lb == 0)
        return 0.0;
    size_t longer = la > lb ? la : lb;
    size_t max = (size_t)((1.0 - min_sim) * (double)longer + 1e-9);
    size_t d = edit_distance(a, la, b, lb, max);
    return d > max ? 0.0 : 1.0 - (double)d / (double)longer;
}

double cdn_key_similarity(const char *x, const char *y) { return cdn_key_similarity_at_least(x, y, 0.0); }

/* Levenshtein similarity when both are long enough for edit distance to mean anything, and
 * their lengths allow 0.75 at all; else 0. */
static double fuzzy(const char *x, const char *y)
{
    size_t lx = strlen(x), ly = strlen(y);
    if (lx < 4 || ly < 4)
        return 0.0;
    size_t longer = lx > ly ? lx : ly, diff = lx > ly ? lx - ly : ly - lx;
    if ((double)diff > 0.25 * (double)longer + 2.0) /* +2: code points may be several bytes */
        return 0.0;
    return cdn_key_similarity_at_least(x, y, 0.75);
}

/* Whether longer is shorter plus a final "s" (German/English genitive: Putins, Lukaschenkos). */
static bool genitive_of(const char *longer, const char *shorter)
{
    size_t ls = strlen(shorter);
    return ls >= 3 && strlen(longer) == ls + 1 && longer[ls] == 's' && memcmp(longer, shorter, ls) == 0;
}

/* A token romanised from another script (its text is not its romanisation). */
static bool romanised(const cdn_token *t) { return t->latin[0] && strcmp(t->text, t->latin) != 0; }

double cdn_token_similarity(const cdn_token *a, const cdn_token *b, const char **how)
{
    if (strcmp(a->text, b->text) == 0) {
        *how = "exact";
        return 1.0;
    }
    if (a->latin[0] && strcmp(a->latin, b->latin) == 0) {
        *how = "transliteration";
        return 0.97;
    }
    if (strcmp(a->key, b->key) == 0) {
        *how = "spelling";
        return 0.95;
    }
    if (genitive_of(a->key, b->key) || genitive_of(b->key, a->key)) {
        *how = "inflection";
        return 0.92;
    }
    if (a->skel[0] && strcmp(a->skel, b->skel) == 0 && (romanised(a) || romanised(b))) {
        *how = "consonants";
        return 0.85;
    }
    size_t la = strlen(a->latin), lb = strlen(b->latin);
    if ((la == 1 && lb > 1 && a->latin[0] == b->latin[0]) || (lb == 1 && la > 1 && a->latin[0] == b->latin[0])) {
        *how = "initial";
        return 0.7;
    }
    double s = la && lb ? fuzzy(a->latin, b->latin) : 0.0;
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

double cdn_query_token_weight(const cdn_token *t)
{
    double w = t->weight;
    if (t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC))
        w *= 0.3;
    if (t->flags & CDN_TOK_PATRONYMIC)
        w *= 0.25;
    return w;
}

double cdn_name_token_weight(const cdn_token *t)
{
    double w = t->weight;
    if (t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC))
        w *= 0.3;
    if (t->flags & (CDN_TOK_PATRONYMIC | CDN_TOK_MIDDLE))
        w *= 0.25;
    return w;
}

typedef struct pair {
    uint32_t q_mask, n_mask; /* the tokens the pair covers on each side */
    double sim;
    const char *how;
} pair;

/* Similarity of tokens x and y written joined against token t (keys of the concatenated
 * romanisations compared exactly, then by edit distance). */
static double joined_similarity(const cdn_token *x, const cdn_token *y, const cdn_token *t)
{
    size_t lx = strlen(x->latin), ly = strlen(y->latin), lt = strlen(t->latin);
    if (!lx || !ly || lx + ly > 120 || !lt)
        return 0.0;
    /* Joined, the two must be about as long as the one (the keys may shorten by a few letters). */
    if (lx + ly > lt + 3 + lt / 4 || lt > lx + ly + 3 + (lx + ly) / 4)
        return 0.0;
    char both[128];
    memcpy(both, x->latin, lx);
    memcpy(both + lx, y->latin, ly);
    both[lx + ly] = '\0';
    if (strcmp(both, t->latin) == 0)
        return 0.93;
    char key[CDN_KEY_MAX + 1];
    cdn_orthography_key_ascii(both, lx + ly, key);
    if (key[0] && strcmp(key, t->key) == 0)
        return 0.93;
    double s = fuzzy(both, t->latin);
    return s >= 0.85 ? s * 0.9 : 0.0;
}

static double mask_weight(const cdn_token *t, size_t count, uint32_t mask, double (*weight)(const cdn_token *))
{
    double w = 0.0;
    for (size_t i = 0; i < count; i++)
        if (mask & (1u << i))
            w += weight(&t[i]);
    return w;
}

static void explain_pair(cdn_strbuf *out, const cdn_token *q, size_t m, const cdn_token *n, size_t k, const pair *p)
{
    cdn_strbuf_append_str(out, out->len ? "; " : "");
    for (size_t i = 0, first = 1; i < m; i++)
        if (p->q_mask & (1u << i)) {
            cdn_strbuf_printf(out, "%s%s", first ? "" : "+", q[i].text);
            first = 0;
        }
    cdn_strbuf_append_str(out, p->sim >= 1.0 ? " = " : " ~ ");
    for (size_t j = 0, first = 1; j < k; j++)
        if (p->n_mask & (1u << j)) {
            cdn_strbuf_printf(out, "%s%s", first ? "" : "+", n[j].text);
            first = 0;
        }
    cdn_strbuf_printf(out, " (%s %.2f, weight %.1f)", p->how, p->sim,
                      mask_weight(q, m, p->q_mask, cdn_query_token_weight));
}

enum { MAX_PAIRS = CDN_MAX_NAME_TOKENS * CDN_MAX_NAME_TOKENS * 3 };

/* Collects the candidate pairs: one to one, and joined tokens on either side. */
static size_t collect_pairs(const cdn_token *q, size_t m, const cdn_token *n, size_t k, pair *pairs)
{
    size_t np = 0;
    for (size_t i = 0; i < m; i++) {
        for (size_t j = 0; j < k; j++) {
            const char *how;
            double s = cdn_token_similarity(&q[i], &n[j], &how);
            if (s > 0.0)
                pairs[np++] = (pair){1u << i, 1u << j, s, how};
        }
    }
    for (size_t i = 0; i + 1 < m; i++)
        for (size_t j = 0; j < k && np < MAX_PAIRS; j++) {
            double s = joined_similarity(&q[i], &q[i + 1], &n[j]);
            if (s > 0.0)
                pairs[np++] = (pair){3u << i, 1u << j, s, "joined"};
        }
    for (size_t j = 0; j + 1 < k; j++)
        for (size_t i = 0; i < m && np < MAX_PAIRS; i++) {
            double s = joined_similarity(&n[j], &n[j + 1], &q[i]);
            if (s > 0.0)
                pairs[np++] = (pair){1u << i, 3u << j, s, "joined"};
        }
    return np;
}

double cdn_score_tokens(const cdn_token *q, size_t m, const cdn_token *n, size_t k, cdn_strbuf *explain)
{
    if (m == 0 || k == 0)
        return 0.0;
    if (m > CDN_MAX_NAME_TOKENS)
        m = CDN_MAX_NAME_TOKENS;
    if (k > CDN_MAX_NAME_TOKENS)
        k = CDN_MAX_NAME_TOKENS;

    pair pairs[MAX_PAIRS];
    size_t np = collect_pairs(q, m, n, k, pairs);
    /* Best pair first (insertion sort: np is small); a joined pair wins ties with the
     * one-to-one pairs it replaces only by its similarity. */
    for (size_t i = 1; i < np; i++) {
        pair p = pairs[i];
        size_t j = i;
        while (j > 0 && pairs[j - 1].sim < p.sim) {
            pairs[j] = pairs[j - 1];
            j--;
        }
        pairs[j] = p;
    }
    double wq = mask_weight(q, m, 0xFFFFFFFFu, cdn_query_token_weight);
    double wn = mask_weight(n, k, 0xFFFFFFFFu, cdn_name_token_weight);
    double got_q = 0.0, got_n = 0.0;
    uint32_t q_used = 0, n_used = 0;
    for (size_t p = 0; p < np; p++) {
        if ((q_used & pairs[p].q_mask) || (n_used & pairs[p].n_mask))
            continue;
        q_used |= pairs[p].q_mask;
        n_used |= pairs[p].n_mask;
        got_q += pairs[p].sim * mask_weight(q, m, pairs[p].q_mask, cdn_query_token_weight);
        got_n += pairs[p].sim * mask_weight(n, k, pairs[p].n_mask, cdn_name_token_weight);
        if (explain)
            explain_pair(explain, q, m, n, k, &pairs[p]);
    }
    if (explain) {
        for (size_t i = 0; i < m; i++)
            if (!(q_used & (1u << i)))
                cdn_strbuf_printf(explain, "%s%s unmatched in query", explain->len ? "; " : "", q[i].text);
        for (size_t j = 0; j < k; j++)
            if (!(n_used & (1u << j)))
                cdn_strbuf_printf(explain, "%s%s unmatched in name%s", explain->len ? "; " : "", n[j].text,
                                  (n[j].flags & CDN_TOK_PATRONYMIC)   ? " (patronymic, optional)"
                                  : (n[j].flags & CDN_TOK_MIDDLE)     ? " (middle name, optional)"
                                  : (n[j].flags & CDN_TOK_LEGAL_FORM) ? " (legal form)"
                                                                      : "");
    }
    if (wq <= 0.0 || wn <= 0.0)
        return 0.0;
    double score = CDN_QUERY_SHARE * got_q / wq + (1.0 - CDN_QUERY_SHARE) * got_n / wn;
    return score > 1.0 ? 1.0 : score;
}
