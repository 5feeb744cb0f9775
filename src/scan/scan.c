/*
 * scan.c — cordon_scan: which listed parties does a text mention?
 *
 * The text (HTML with its markup blanked out byte for byte, html.h) is cut into words
 * (tokenize.h), keeping byte offsets into the original. Every run of
 * 1..max_window words inside one clause is a window; a window's candidates are the indexed names
 * that share a token key with it (the key postings built at load time, so a window touches a few
 * names, not all), and each candidate is scored with the same scorer as cordon_search.
 *
 * Rules that keep false alarms down in running text:
 *   - a window starts and ends with a capitalised word (or a word in a script without case):
 *     names are capitalised in news, common words mostly are not;
 *   - a one-word window only matches a one-word name (Rosneft, Belaruskali): a lone given name or
 *     surname is not a mention of a person by itself;
 *   - of overlapping windows the best-scoring wins, longer ones slightly preferred;
 *   - afterwards, a lone word that is the family name (or else the rarest word) of a person
 *     mentioned in full earlier in the document (Lukaschenko after Alexander Lukaschenko) is a
 *     mention of that person too, with a slightly lower score.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/error.h"
#include "index/index_int.h"
#include "match/score.h"
#include "scan/html.h"
#include "text/tokenize.h"

struct cordon_mentions {
    cdn_error err;
    cordon_mention *items;
    size_t count;
};

void cordon_scan_options_default(cordon_scan_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->threshold = CORDON_DEFAULT_THRESHOLD;
    opts->max_window = 5;
    opts->html = -1;
}

size_t cordon_mentions_count(const cordon_mentions *m) { return m ? m->count : 0; }

const cordon_mention *cordon_mentions_get(const cordon_mentions *m, size_t i)
{
    return m && i < m->count ? &m->items[i] : NULL;
}

const char *cordon_mentions_errmsg(const cordon_mentions *m) { return m ? m->err.message : "out of memory"; }

void cordon_mentions_free(cordon_mentions *m)
{
    if (!m)
        return;
    cdn_free(m->items);
    cdn_free(m);
}

typedef struct scanner {
    const cordon_index *idx;
    const char *text;
    cdn_tokens words;
    cdn_analyzed analyzed;   /* every word of the text, analyzed once */
    uint32_t *stamp;         /* per name entry: the last window that scored it */
    uint32_t window_id;
    cdn_vec found;           /* hit: mentions found so far */
} scanner;

/* A mention with the indexed name it matched. m comes first, so a hit * is a cordon_mention *. */
typedef struct hit {
    cordon_mention m;
    const cdn_iname *entry;
    size_t words;            /* how many words the mention spans */
} hit;

/* Whether the word's first letter is upper case, or of a script that has no case. */
static int capitalised(const scanner *s, size_t w)
{
    const cdn_span_token *t = cdn_tokens_at(&s->words, w);
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s->text + t->start, (utf8proc_ssize_t)(t->end - t->start), &cp) <= 0)
        return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LO ||
           cat == UTF8PROC_CATEGORY_ND;
}

/* Whether the gap between word w and the next one ends a clause: sentence punctuation,
 * commas, brackets, a paragraph break, or a control character. */
static int clause_break_after(const scanner *s, size_t w)
{
    size_t from = cdn_tokens_at(&s->words, w)->end;
    size_t to = cdn_tokens_at(&s->words, w + 1)->start;
    int newlines = 0;
    for (size_t i = from; i < to; i++) {
        switch (s->text[i]) {
        case '.': case '!': case '?': case ';': case ':': case ',': case '(': case ')':
        case '[': case ']': case '{': case '}': case '|':
            return 1;
        case '\n':
            if (++newlines == 2)
                return 1;
            break;
        case '\t': case '\r': case ' ':
            break;
        default:
            if ((unsigned char)s->text[i] < 0x20)
                return 1; /* a control character: not running text */
            break;
        }
    }
    return 0;
}

static const cdn_token *word_token(const scanner *s, size_t w)
{
    return (const cdn_token *)s->analyzed.tokens.items + w;
}

/* Content tokens of a name: those that are not legal forms or honorifics. */
static uint32_t content_tokens(const cdn_token *t, uint32_t n_tokens)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < n_tokens; i++)
        if (!(t[i].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)))
            n++;
    return n;
}

static int consider(scanner *s, const cdn_iname *e, size_t first, size_t len, double threshold)
{
    cdn_token tokens[CDN_MAX_NAME_TOKENS];
    uint32_t n = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
    cdn_index_name_tokens(s->idx, e, tokens);
    if (len == 1 && content_tokens(tokens, n) != 1)
        return CORDON_OK;
    double score = cdn_score_tokens(word_token(s, first), len, tokens, n, NULL);
    if (score < threshold)
        return CORDON_OK;
    const cordon_entity *entity = cdn_index_entity_at(s->idx, e->entity);
    hit h = {{cdn_tokens_at(&s->words, first)->start, cdn_tokens_at(&s->words, first + len - 1)->end, entity,
              &entity->names[e->name], score},
             e, len};
    return cdn_vec_push(&s->found, &h) ? CORDON_OK : CORDON_ENOMEM;
}

/* Scores every candidate name of the window words[first, first+len). */
static int scan_window(scanner *s, size_t first, size_t len, double threshold)
{
    const cdn_iname *entries = s->idx->names.items;
    s->window_id++;
    for (size_t w = first; w < first + len; w++) {
        const char *key = word_token(s, w)->key;
        size_t klen = strlen(key);
        for (int variant = 0; variant < 2; variant++) {
            /* The key as it is, and without a genitive -s (Putins → putin). */
            size_t use = variant == 0 ? klen : klen - 1;
            if (variant == 1 && !(klen > 4 && key[klen - 1] == 's'))
                break;
            const cdn_ikey *info = cdn_index_key(s->idx, key, use);
            if (!info)
                continue;
            const uint32_t *postings = s->idx->u32.items + info->postings;
            for (uint32_t p = 0; p < info->n_postings; p++) {
                uint32_t n = postings[p];
                if (s->stamp[n] == s->window_id)
                    continue;
                s->stamp[n] = s->window_id;
                int status = consider(s, &entries[n], first, len, threshold);
                if (status != CORDON_OK)
                    return status;
            }
        }
    }
    return CORDON_OK;
}

/* Which of two overlapping mentions wins: the better score, where each word beyond the first
 * counts for 0.03 (Wagner-Gruppe as a whole beats Wagner alone at a slightly lower score). */
static double preference(const hit *h) { return h->m.score + 0.03 * (double)(h->words - 1); }

static int mention_order(const void *a, const void *b)
{
    const hit *x = a, *y = b;
    double px = preference(x), py = preference(y);
    if (px != py)
        return px < py ? 1 : -1;
    if (x->m.start != y->m.start)
        return x->m.start < y->m.start ? -1 : 1;
    return strcmp(x->m.entity->id, y->m.entity->id);
}

static int by_start(const void *a, const void *b)
{
    const cordon_mention *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Keeps the best of overlapping mentions; marks the words they cover. */
static size_t resolve_overlaps(hit *h, size_t n)
{
    if (n > 1)
        qsort(h, n, sizeof *h, mention_order);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        int overlaps = 0;
        for (size_t j = 0; j < kept && !overlaps; j++)
            overlaps = h[i].m.start < h[j].m.end && h[j].m.start < h[i].m.end;
        if (!overlaps)
            h[kept++] = h[i];
    }
    return kept;
}

/* The token a later surname-only mention repeats: the family name where the name says which
 * it is, else the rarest token. Written to *out; false when the name has none. */
static bool surname_token(const cordon_index *idx, const cdn_iname *e, cdn_token *out)
{
    cdn_token tokens[CDN_MAX_NAME_TOKENS];
    uint32_t n = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
    cdn_index_name_tokens(idx, e, tokens);
    const cdn_token *best = NULL;
    for (uint32_t i = 0; i < n; i++) {
        const cdn_token *t = &tokens[i];
        if (t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC))
            continue;
        bool better = !best || ((t->flags & CDN_TOK_FAMILY) && !(best->flags & CDN_TOK_FAMILY)) ||
                      ((t->flags & CDN_TOK_FAMILY) == (best->flags & CDN_TOK_FAMILY) && t->weight > best->weight);
        if (better)
            best = t;
    }
    if (best)
        *out = *best;
    return best != NULL;
}

/* Adds surname-only mentions of persons mentioned in full before them. found[0, full_count)
 * are the full mentions, in text order. */
static int resolve_short_mentions(scanner *s, size_t full_count)
{
    size_t nwords = cdn_tokens_count(&s->words);
    for (size_t w = 0; w < nwords; w++) {
        const cdn_span_token *t = cdn_tokens_at(&s->words, w);
        if (!capitalised(s, w))
            continue;
        const hit *found = s->found.items;
        const hit *antecedent = NULL;
        int covered = 0;
        for (size_t i = 0; i < s->found.len && !covered; i++)
            covered = found[i].m.start < t->end && t->start < found[i].m.end;
        for (size_t i = 0; i < full_count && !covered && found[i].m.end <= t->start; i++) {
            if (found[i].m.entity->schema != CORDON_SCHEMA_PERSON)
                continue;
            cdn_token rare;
            const char *how;
            if (surname_token(s->idx, found[i].entry, &rare) && cdn_token_similarity(word_token(s, w), &rare, &how) >= 0.9)
                antecedent = &found[i];
        }
        if (covered || !antecedent)
            continue;
        hit h = {{t->start, t->end, antecedent->m.entity, antecedent->m.matched_name, antecedent->m.score * 0.95},
                 antecedent->entry, 1};
        if (!cdn_vec_push(&s->found, &h))
            return CORDON_ENOMEM;
    }
    return CORDON_OK;
}

static int run(scanner *s, const cordon_scan_options *o)
{
    int status = CORDON_OK;
    size_t nwords = cdn_tokens_count(&s->words);
    for (size_t w = 0; w < nwords && status == CORDON_OK; w++) {
        const cdn_span_token *t = cdn_tokens_at(&s->words, w);
        status = cdn_analyze_token(&s->analyzed, s->idx->translit, s->words.norm.data + t->norm_off, t->norm_len, CORDON_SCHEMA_ANY);
    }
    if (status != CORDON_OK)
        return status;
    cdn_analyzed_finish(&s->analyzed);
    cdn_index_weigh(s->idx, &s->analyzed);

    for (size_t first = 0; first < nwords && status == CORDON_OK; first++) {
        if (!capitalised(s, first))
            continue;
        for (size_t len = 1; len <= o->max_window && first + len <= nwords && status == CORDON_OK; len++) {
            if (len > 1 && clause_break_after(s, first + len - 2))
                break;
            if (capitalised(s, first + len - 1))
                status = scan_window(s, first, len, o->threshold);
        }
    }
    if (status != CORDON_OK)
        return status;
    s->found.len = resolve_overlaps(s->found.items, s->found.len);
    if (s->found.len > 1)
        qsort(s->found.items, s->found.len, sizeof(hit), by_start);
    size_t full = s->found.len;
    status = resolve_short_mentions(s, full);
    if (status == CORDON_OK && s->found.len > 1)
        qsort(s->found.items, s->found.len, sizeof(hit), by_start);
    return status;
}

int cordon_scan(const cordon_index *idx, const char *text, size_t len, const cordon_scan_options *opts,
                cordon_mentions **out)
{
    cordon_scan_options defaults;
    if (!opts) {
        cordon_scan_options_default(&defaults);
        opts = &defaults;
    }
    cordon_scan_options o = *opts;
    if (o.max_window < 1)
        o.max_window = 1;
    if (o.max_window > 8)
        o.max_window = 8;

    cordon_mentions *m = cdn_calloc(1, sizeof *m);
    *out = m;
    if (!m)
        return CORDON_ENOMEM;
    cdn_error_clear(&m->err);

    /* HTML: scan a copy with the markup blanked out, byte for byte, so offsets stay valid. */
    char *blanked = NULL;
    if (o.html == 1 || (o.html < 0 && cdn_html_detect(text, len))) {
        blanked = cdn_malloc(len ? len : 1);
        if (!blanked) {
            cdn_error_set(&m->err, CORDON_ENOMEM, "out of memory");
            return CORDON_ENOMEM;
        }
        cdn_html_blank(text, len, blanked);
        text = blanked;
    }
    scanner s = {.idx = idx, .text = text};
    cdn_tokens_init(&s.words);
    cdn_analyzed_init(&s.analyzed);
    cdn_vec_init(&s.found, sizeof(hit));
    s.stamp = cdn_calloc(idx->names.len ? idx->names.len : 1, sizeof *s.stamp);
    int status = s.stamp ? cdn_tokenize(text, len, 1, &s.words) : CORDON_ENOMEM;
    if (status == CORDON_OK)
        status = run(&s, &o);
    if (status == CORDON_OK && s.found.len) {
        m->items = cdn_calloc(s.found.len, sizeof *m->items);
        if (!m->items)
            status = CORDON_ENOMEM;
        for (size_t i = 0; m->items && i < s.found.len; i++)
            m->items[m->count++] = ((const hit *)s.found.items)[i].m;
    }
    if (status != CORDON_OK) {
        cdn_error_set(&m->err, status, "%s", cordon_status_string(status));
    }
    cdn_vec_free(&s.found);
    cdn_free(s.stamp);
    cdn_analyzed_free(&s.analyzed);
    cdn_tokens_free(&s.words);
    cdn_free(blanked);
    return status;
}
