/*
 * scan.c — cordon_scan: which listed parties does a text mention?
 *
 * The text (HTML with its markup blanked out byte for byte, html.h) is cut into words by Unicode
 * word boundaries (tokenize.h), keeping byte offsets into the original. Each distinct word is
 * analyzed once, as a name token is for search, and looked up in the index's key vocabulary:
 * its own key, the keys of its base forms when it looks inflected (Путина → путин,
 * Łukaszenki → lukaszenka: inflect.h) and, for a capitalised word the index does not know, the
 * keys one spelling edit away (the index's deletion maps). Every run of 1..max_window words
 * inside one clause that begins and ends with a capitalised word is a window. A window's
 * candidates are the names that hold a key of its most specific word the index knows (the one
 * of highest weight): a name that leaves that word unmatched can seldom reach the 2/3 of the
 * query side that the default threshold needs. Candidates are scored by the same
 * scorer as cordon_search, with a word's base form standing in for it where that is what met
 * the name.
 *
 * Rules that keep false alarms down in running text:
 *   - a window starts and ends with a capitalised word (or one of a script without case), and
 *     does not start with a function word (stopwords.h);
 *   - a one-word window only matches a one-word name of a party that is not a person (Rosneft,
 *     Belaruskali), only by its key or a base form's, never by a near spelling (and a short
 *     word only as written or romanised), and never when the word is a country name or
 *     demonym, is written in lower case elsewhere in the text (a common word), or follows a
 *     given name (Richard Wagner is not the Wagner group); a word of four letters or fewer (an
 *     acronym: FSB, ANC) needs a full mention of the same party before it (resolve.c);
 *   - a window never begins or ends with a lone letter (an initial: John S., M&G);
 *   - a window that is a country name (South Africa) is never a mention;
 *   - the window must meet the name's most specific token (Organized Crime is not Kinahan
 *     Organized Crime Group).
 * The document is then settled as a whole (resolve.c): overlaps, surname-only mentions.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/error.h"
#include "core/strmap.h"
#include "match/score.h"
#include "model/countries.h"
#include "scan/html.h"
#include "scan/inflect.h"
#include "scan/scan_int.h"
#include "scan/stopwords.h"

struct cordon_mentions {
    cdn_error err;
    cordon_mention *items;
    size_t count;
};

void cordon_scan_options_default(cordon_scan_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->threshold = CORDON_DEFAULT_THRESHOLD;
    opts->max_window = 6;
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

/* A base form of an inflected word scores a little below the word itself. */
#define INFLECTION_PENALTY 0.98
/* A lone word of fewer than eight letters matches a one-word name only as written or
 * romanised (or as an inflected form of it), not by a spelling key alone: Zoran is not Souran. */
#define ONE_WORD_MIN 0.96
/* Near spellings offered by the index for an unknown capitalised word. */
#define NEAR_SPELLING_MIN 0.8

/* ---- the words ----------------------------------------------------------------------------- */

/* Whether the word's first letter is upper case, or of a script that has no case. */
static bool capitalised(const char *text, const cdn_span_token *t)
{
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)text + t->start, (utf8proc_ssize_t)(t->end - t->start), &cp) <= 0)
        return false;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LO ||
           cat == UTF8PROC_CATEGORY_ND;
}

bool cdn_scan_clause_break_after(const cdn_scanner *s, size_t w)
{
    size_t from = cdn_tokens_at(&s->words, w)->end;
    size_t to = cdn_tokens_at(&s->words, w + 1)->start;
    int newlines = 0;
    for (size_t i = from; i < to; i++) {
        switch (s->text[i]) {
        case '.': case '!': case '?': case ';': case ':': case ',': case '(': case ')':
        case '[': case ']': case '{': case '}': case '|': case '/':
            return true;
        case '\n':
            if (++newlines == 2)
                return true;
            break;
        default:
            if ((unsigned char)s->text[i] < 0x20 && s->text[i] != '\t' && s->text[i] != '\r')
                return true; /* a control character: not running text */
            break;
        }
    }
    return false;
}

bool cdn_scan_sentence_start(const cdn_scanner *s, size_t w)
{
    if (w == 0)
        return true;
    size_t from = cdn_tokens_at(&s->words, w - 1)->end, to = cdn_tokens_at(&s->words, w)->start;
    for (size_t i = from; i < to; i++)
        if (s->text[i] == '.' || s->text[i] == '!' || s->text[i] == '?' || s->text[i] == '\n')
            return true;
    return false;
}

/* Whether word w is a lower-case "of" of the scanned languages (of, de, du, des, der, von). */
static bool is_of(const cdn_scanner *s, size_t w)
{
    static const char *const OF[] = {"of", "de", "du", "des", "der", "von", "for"};
    const cdn_span_token *t = cdn_tokens_at(&s->words, w);
    for (size_t i = 0; i < sizeof OF / sizeof OF[0]; i++)
        if (strlen(OF[i]) == t->norm_len && memcmp(OF[i], s->words.norm.data + t->norm_off, t->norm_len) == 0)
            return true;
    return false;
}

/* Whether only spaces separate word w from the next. */
static bool plain_gap(const cdn_scanner *s, size_t w)
{
    size_t from = cdn_tokens_at(&s->words, w)->end, to = cdn_tokens_at(&s->words, w + 1)->start;
    for (size_t i = from; i < to; i++)
        if (s->text[i] != ' ')
            return false;
    return true;
}

bool cdn_scan_in_longer_run(const cdn_scanner *s, size_t first, size_t last)
{
    size_t n = cdn_tokens_count(&s->words);
    size_t neighbours[2] = {first - 1, last + 1};
    for (int side = 0; side < 2; side++) {
        size_t v = neighbours[side];
        if ((side == 0 && first == 0) || (side == 1 && v >= n))
            continue;
        if (!plain_gap(s, side == 0 ? v : last))
            continue; /* Wagner-Chef, « Wagner »: a compound or a quote, not another name */
        const cdn_word_type *type = cdn_scan_type(s, v);
        if (s->nouns_capitalised)
            continue; /* German capitalises every noun: der Kalikonzern Belaruskali, Putins Besuch */
        /* Department of Justice: look past a lower-case "of" (not "and": Rosneft and Sberbank). */
        if (side == 0 && !s->capital[v] && is_of(s, v) && v > 0 && plain_gap(s, v - 1)) {
            v--;
            type = cdn_scan_type(s, v);
        }
        /* Center for Investigative Reporting, National Bank of Ukraine: look past a lower-case
         * "for" or "of" after it too, where a country is part of the longer name. */
        bool past_of = false;
        if (side == 1 && !s->capital[v] && is_of(s, v) && v + 1 < n && plain_gap(s, v)) {
            v++;
            type = cdn_scan_type(s, v);
            past_of = true;
        }
        if (s->capital[v] && !type->stop && (!type->place || past_of) && !s->titled[v] &&
            !(cdn_scan_form(s, type->token)->flags & CDN_TOK_HONORIFIC)) /* President Putin */
            return true;
    }
    return false;
}

/* Whether word w is a title or honorific (President, Minister, Dr): a mention neither begins
 * nor ends with one. */
static bool edge_title(const cdn_scanner *s, size_t w)
{
    return (cdn_scan_form(s, cdn_scan_type(s, w)->token)->flags & CDN_TOK_HONORIFIC) != 0;
}

/* Whether word w is all digits. */
static bool number(const cdn_scanner *s, size_t w)
{
    const cdn_span_token *t = cdn_tokens_at(&s->words, w);
    for (size_t i = 0; i < t->norm_len; i++)
        if (s->words.norm.data[t->norm_off + i] < '0' || s->words.norm.data[t->norm_off + i] > '9')
            return false;
    return true;
}

/* Marks the words of sentences in title case or capitals (nine in ten words of four
 * letters or more, not numbers, capitalised), and tells German text by its function words. */
static void mark_titles(cdn_scanner *s)
{
    size_t n = cdn_tokens_count(&s->words), german = 0, english = 0;
    for (size_t from = 0; from < n;) {
        size_t to = from + 1;
        while (to < n && !cdn_scan_sentence_start(s, to))
            to++;
        size_t long_words = 0, capitals = 0;
        for (size_t w = from; w < to; w++) {
            const cdn_span_token *t = cdn_tokens_at(&s->words, w);
            uint8_t lang = cdn_scan_type(s, w)->language;
            german += lang == CDN_STOP_GERMAN;
            english += lang == CDN_STOP_ENGLISH;
            if (t->norm_len >= 4 && !number(s, w)) {
                long_words++;
                capitals += s->capital[w];
            }
        }
        bool titled = long_words >= 4 && capitals * 10 >= long_words * 9;
        for (size_t w = from; w < to; w++)
            s->titled[w] = titled;
        from = to;
    }
    s->nouns_capitalised = german > english;
}

static const char *word_norm(const cdn_scanner *s, size_t w)
{
    return s->words.norm.data + cdn_tokens_at(&s->words, w)->norm_off;
}

/* Gives each word its type, analyzing each distinct word once. */
static int type_words(cdn_scanner *s)
{
    size_t n = cdn_tokens_count(&s->words);
    cdn_strmap seen;
    cdn_strmap_init(&seen);
    int status = CORDON_OK;
    for (size_t w = 0; w < n && status == CORDON_OK; w++) {
        const cdn_span_token *t = cdn_tokens_at(&s->words, w);
        const char *norm = word_norm(s, w);
        s->capital[w] = capitalised(s->text, t);
        void *found = cdn_strmap_get(&seen, norm, t->norm_len);
        if (!found) {
            cdn_word_type type = {.token = (uint32_t)s->analyzed.tokens.len};
            found = (void *)(uintptr_t)(s->types.len + 1); /* +1: NULL means absent */
            status = cdn_analyze_token(&s->analyzed, s->idx->translit, norm, t->norm_len, CORDON_SCHEMA_ANY);
            if (status == CORDON_OK && (!cdn_vec_push(&s->types, &type) || !cdn_strmap_put(&seen, norm, t->norm_len, found, NULL)))
                status = CORDON_ENOMEM;
        }
        s->type_of[w] = (uint32_t)((uintptr_t)found - 1);
        if (status == CORDON_OK) {
            cdn_word_type *type = (cdn_word_type *)s->types.items + s->type_of[w];
            type->lower_seen |= !s->capital[w];
            type->cap_seen |= s->capital[w];
        }
    }
    cdn_strmap_free(&seen);
    if (status == CORDON_OK) {
        cdn_analyzed_finish(&s->analyzed);
        cdn_index_weigh(s->idx, &s->analyzed);
    }
    return status;
}

static void add_hit(cdn_word_type *type, uint32_t vocab, uint32_t form, double sim)
{
    for (uint8_t i = 0; i < type->n_hits; i++)
        if (type->hits[i].vocab == vocab)
            return;
    if (type->n_hits < CDN_SCAN_MAX_HITS)
        type->hits[type->n_hits++] = (cdn_word_hit){vocab, form, (float)sim};
}

typedef struct near_ctx {
    const cordon_index *idx;
    cdn_word_type *type;
} near_ctx;

static void add_near(void *ctx, const cdn_ikey *info, double sim)
{
    near_ctx *c = ctx;
    add_hit(c->type, (uint32_t)(info - c->idx->vocab.items), c->type->token, sim);
}

/* Whether the index has the word's own key, and the word is not a function word. */
static bool knows_as_written(const cdn_word_type *type)
{
    return type->n_hits && type->hits[0].sim >= 0.99 && !type->stop;
}

/* Finds the index keys each distinct word leads to, and what kind of word it is. */
static int look_up_words(cdn_scanner *s)
{
    cdn_word_type *types = s->types.items;
    const cdn_token *tokens = s->analyzed.tokens.items;
    const cdn_ikey *vocab = s->idx->vocab.items;
    cdn_vec base_of; /* uint32_t: per base form, its type */
    cdn_vec_init(&base_of, sizeof(uint32_t));
    int status = CORDON_OK;
    for (size_t i = 0; i < s->types.len && status == CORDON_OK; i++) {
        cdn_word_type *type = &types[i];
        const cdn_token *t = &tokens[type->token];
        size_t len = strlen(t->text);
        char code[3];
        type->stop = cdn_is_stopword(t->text, len);
        type->language = type->stop ? (uint8_t)cdn_stopword_language(t->text, len) : CDN_STOP_OTHER;
        type->place = type->cap_seen && cdn_country_code(t->text, len, code); /* names are capitalised */
        const cdn_ikey *info = cdn_index_key(s->idx, t->key, strlen(t->key));
        if (info)
            add_hit(type, (uint32_t)(info - vocab), type->token, 1.0);
        if (type->stop || !type->cap_seen)
            continue;
        cdn_base bases[CDN_MAX_BASES];
        size_t nb = cdn_inflection_bases(t->text, len, bases);
        type->bases_at = (uint32_t)s->bases.tokens.len;
        type->n_bases = (uint8_t)nb;
        for (size_t b = 0; b < nb && status == CORDON_OK; b++) {
            uint32_t ti = (uint32_t)i;
            status = cdn_analyze_token(&s->bases, s->idx->translit, bases[b].text, bases[b].len, CORDON_SCHEMA_ANY);
            if (status == CORDON_OK && !cdn_vec_push(&base_of, &ti))
                status = CORDON_ENOMEM;
        }
    }
    if (status == CORDON_OK) {
        cdn_analyzed_finish(&s->bases);
        cdn_index_weigh(s->idx, &s->bases);
        const cdn_token *bt = s->bases.tokens.items;
        const uint32_t *owner = base_of.items;
        for (size_t b = 0; b < s->bases.tokens.len && b < base_of.len; b++) {
            const cdn_ikey *info = cdn_index_key(s->idx, bt[b].key, strlen(bt[b].key));
            if (info)
                add_hit(&types[owner[b]], (uint32_t)(info - vocab), CDN_SCAN_BASE + (uint32_t)b, 0.92);
        }
        /* A capitalised word the index does not know at all may be a misspelt name when it is
         * next to a capitalised word the index knows as written (Jewgeni Prigoschin); a lone
         * one is only ever matched as written (scan_window), and a run of unknown words has
         * nothing to anchor it, so their near spellings are not looked up. */
        size_t n = cdn_tokens_count(&s->words);
        for (size_t w = 0; w < n; w++) {
            if (!s->capital[w])
                continue;
            bool prev = w > 0 && s->capital[w - 1] && !cdn_scan_clause_break_after(s, w - 1) &&
                        knows_as_written(cdn_scan_type(s, w - 1));
            bool next = w + 1 < n && s->capital[w + 1] && !cdn_scan_clause_break_after(s, w) &&
                        knows_as_written(cdn_scan_type(s, w + 1));
            if (prev || next)
                types[s->type_of[w]].in_run = true;
        }
        for (size_t i = 0; i < s->types.len; i++) {
            cdn_word_type *type = &types[i];
            const cdn_token *t = &tokens[type->token];
            if (type->n_hits || type->stop || type->lower_seen || !type->in_run || strlen(t->key) < 5)
                continue;
            near_ctx ctx = {s->idx, type};
            cdn_index_similar_keys(s->idx, t->key, t->latin, NEAR_SPELLING_MIN, add_near, &ctx);
        }
        for (size_t i = 0; i < s->types.len; i++)
            for (uint8_t h = 0; h < types[i].n_hits && !types[i].given && types[i].cap_seen && !types[i].stop; h++)
                types[i].given = types[i].hits[h].sim >= 0.99 && cdn_scan_key_is_given_name(s->idx, types[i].hits[h].vocab);
    }
    cdn_vec_free(&base_of);
    return status;
}

/* ---- windows ------------------------------------------------------------------------------- */

/* The token standing for word w against name e: a base form of the word when a key of the name
 * is that base form's key (Путина against ПУТИН), else the word itself. *inflected is set when
 * a base form was taken. */
static cdn_token stand_in(const cdn_scanner *s, size_t w, const cdn_itoken *name, uint32_t n, bool *inflected)
{
    const cdn_word_type *type = cdn_scan_type(s, w);
    for (uint8_t h = 0; h < type->n_hits; h++) {
        const cdn_word_hit *hit = &type->hits[h];
        if (hit->sim >= 0.99)
            break; /* the word's own key is among the name's keys, or no base form is */
        if (hit->form < CDN_SCAN_BASE)
            continue;
        uint32_t key = s->idx->vocab.items[hit->vocab].key;
        for (uint32_t j = 0; j < n; j++)
            if (name[j].key == key) {
                *inflected = true;
                return *cdn_scan_form(s, hit->form);
            }
    }
    return *cdn_scan_form(s, type->token);
}

/* Whether the word before w, in the same clause, is a given name nobody matched (Richard before
 * Wagner, Oleg before Ignatov). */
static bool after_given_name(const cdn_scanner *s, size_t w)
{
    return w > 0 && s->capital[w - 1] && !cdn_scan_clause_break_after(s, w - 1) && cdn_scan_type(s, w - 1)->given;
}

/* Whether window word w could meet name token j at all: the same key (its own or a base
 * form's), or the same first letter of key or romanisation (the scorer's spelling, fuzzy and
 * initial matches all keep it; joined pairs begin with it too). */
static bool could_meet(const cdn_scanner *s, size_t w, const cdn_token *q, const cdn_itoken *name_tok,
                       const cdn_token *t)
{
    if (q->key[0] == t->key[0] || (q->latin[0] && q->latin[0] == t->latin[0]))
        return true;
    const cdn_word_type *type = cdn_scan_type(s, w);
    for (uint8_t h = 0; h < type->n_hits; h++)
        if (s->idx->vocab.items[type->hits[h].vocab].key == name_tok->key)
            return true;
    return false;
}

/* An upper bound of cdn_score_tokens (score.c: CDN_QUERY_SHARE of the query side's weight met,
 * the rest of the name side's), counting every pair that could_meet as a perfect match: most
 * candidates of a common word fall below the threshold here without being scored. */
static double score_bound(const cdn_scanner *s, size_t first, const cdn_token *q, size_t len, const cdn_token *t,
                          const cdn_itoken *it, uint32_t k)
{
    double wq = 0.0, got_q = 0.0, wn = 0.0, got_n = 0.0;
    uint32_t met_n = 0;
    for (size_t i = 0; i < len; i++) {
        double w = cdn_query_token_weight(&q[i]);
        bool met = false;
        for (uint32_t j = 0; j < k; j++)
            if (could_meet(s, first + i, &q[i], &it[j], &t[j])) {
                met = true;
                met_n |= 1u << j;
            }
        wq += w;
        got_q += met ? w : 0.0;
    }
    for (uint32_t j = 0; j < k; j++) {
        double w = cdn_name_token_weight(&t[j]);
        wn += w;
        got_n += (met_n >> j) & 1u ? w : 0.0;
    }
    if (wq <= 0.0 || wn <= 0.0)
        return 1.0;
    return CDN_QUERY_SHARE * got_q / wq + (1.0 - CDN_QUERY_SHARE) * got_n / wn;
}

/* The length of a mention that opens a quote inside it (ЧВК «Вагнер, PMC "Wagner): len, or
 * past the closing mark when it follows at once, so that the mention reads as written. avail
 * is how many bytes the text has from the mention's start. */
static size_t close_quote(const char *m, size_t len, size_t avail)
{
    static const char *const PAIRS[][2] = {
        {"\xC2\xAB", "\xC2\xBB"}, /* « » */
        {"\xE2\x80\x9E", "\xE2\x80\x9C"}, /* „ “ */
        {"\xE2\x80\x9C", "\xE2\x80\x9D"}, /* “ ” */
        {"\xE2\x80\x98", "\xE2\x80\x99"}, /* ‘ ’ */
        {"\"", "\""},
        {"'", "'"},
    };
    for (size_t p = 0; p < sizeof PAIRS / sizeof PAIRS[0]; p++) {
        size_t ol = strlen(PAIRS[p][0]), cl = strlen(PAIRS[p][1]);
        const char *open = memmem(m, len, PAIRS[p][0], ol);
        if (!open || memmem(open + ol, len - (size_t)(open + ol - m), PAIRS[p][1], cl))
            continue; /* no quote opened, or closed inside already */
        if (len + cl <= avail && memcmp(m + len, PAIRS[p][1], cl) == 0)
            return len + cl;
    }
    return len;
}

/* Whether each lower-case word inside the window, and each number, is a word of the name as
 * written (Al-Qaida in Iraq, Bank of Russia, YU JONG 2): a window may run over a small word or
 * a number only when the name has it (James in Center is not James JIN, however alike their
 * keys; September 3 is not LLC SEPTEMBER). */
static bool lower_words_in_name(const cdn_scanner *s, size_t first, const cdn_token *q, size_t len,
                                const cdn_token *t, uint32_t k)
{
    for (size_t i = 0; i < len; i++) {
        bool inner_lower = i > 0 && i + 1 < len && !s->capital[first + i];
        if (!inner_lower && !number(s, first + i))
            continue;
        bool found = false;
        for (uint32_t j = 0; j < k && !found; j++) {
            const char *how;
            found = cdn_token_similarity(&q[i], &t[j], &how) >= 0.97;
        }
        if (!found)
            return false;
    }
    return true;
}

/* Whether every country or demonym in the name (LIBYAN Investment Authority, Bank of CHINA)
 * is written in the window: without it the window names a kind of body, not this one. */
static bool keeps_places(const cdn_token *q, size_t len, const cdn_token *t, uint32_t k)
{
    for (uint32_t j = 0; j < k; j++) {
        char code[3];
        if (!cdn_country_code(t[j].text, strlen(t[j].text), code))
            continue;
        bool met = false;
        for (size_t i = 0; i < len && !met; i++) {
            const char *how;
            met = cdn_token_similarity(&q[i], &t[j], &how) >= 0.9;
        }
        if (!met)
            return false;
    }
    return true;
}

/* Whether the window meets the most specific token of the name (the one of highest weight that
 * is not a legal form or honorific): by a key one of its words leads to, or else by spelling.
 * Kinahan Organized Crime Group is not mentioned by "Organized Crime", however common the
 * family name Kinahan is in the lists. Cheaper than scoring, so it comes first. */
static bool keeps_specific_token(const cdn_scanner *s, size_t first, size_t len, const cdn_itoken *it, uint32_t k)
{
    uint32_t best = k;
    for (uint32_t j = 0; j < k; j++)
        if (!(it[j].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC | CDN_TOK_MIDDLE)) &&
            (best == k || it[j].weight > it[best].weight))
            best = j;
    if (best == k)
        return true;
    cdn_token specific = {s->idx->pool + it[best].text, s->idx->pool + it[best].latin, s->idx->pool + it[best].key,
                          s->idx->pool + it[best].skel, it[best].weight, (uint8_t)it[best].flags};
    for (size_t w = first; w < first + len; w++) {
        const cdn_word_type *type = cdn_scan_type(s, w);
        const char *how;
        if (type->place) {
            /* A country (Bank of China) meets a name's word only as written or romanised, not
             * by a spelling key (SINA BANK). */
            if (cdn_token_similarity(cdn_scan_form(s, type->token), &specific, &how) >= 0.97)
                return true;
            continue;
        }
        for (uint8_t h = 0; h < type->n_hits; h++)
            if (s->idx->vocab.items[type->hits[h].vocab].key == it[best].key)
                return true;
        if (cdn_token_similarity(cdn_scan_form(s, type->token), &specific, &how) >= 0.75)
            return true;
    }
    return false;
}


/* Whether the window words[first, first+len) may be a mention at all, from its words alone:
 * the rules for a lone word (see the top of the file). */
static bool window_allowed(const cdn_scanner *s, size_t first, size_t len)
{
    if (len > 1) {
        /* Some word must say which party: not only countries, legal forms and titles
         * (Swedish Public, Russian Federation Ltd). */
        for (size_t w = first; w < first + len; w++) {
            const cdn_word_type *type = cdn_scan_type(s, w);
            if (!type->place && !type->stop &&
                !(cdn_scan_form(s, type->token)->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)))
                return true;
        }
        return false;
    }
    const cdn_word_type *type = cdn_scan_type(s, first);
    const cdn_token *t = cdn_scan_form(s, type->token);
    return cdn_scan_lone_word_ok(s, first) && !(t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)) &&
           cdn_tokens_at(&s->words, first)->norm_len > 2 && !after_given_name(s, first) &&
           !cdn_scan_in_longer_run(s, first, first);
}

/* Whether the window of several words is a country's name (South Africa, Bosnia and
 * Herzegovina’s: the normalized words are looked up, so the possessive goes). Asked only of a
 * window that matched a name, as the lookup is not free. */
static bool window_is_country(const cdn_scanner *s, size_t first, size_t len)
{
    char joined[128];
    size_t at = 0;
    for (size_t w = first; w < first + len; w++) {
        const cdn_span_token *t = cdn_tokens_at(&s->words, w);
        if (at + t->norm_len + 1 >= sizeof joined)
            return false; /* longer than any country name */
        if (at)
            joined[at++] = ' ';
        memcpy(joined + at, s->words.norm.data + t->norm_off, t->norm_len);
        at += t->norm_len;
    }
    char code[3];
    return cdn_country_code(joined, at, code);
}

/* The one word of the window that is not a legal form, title or function word, when there is
 * exactly one; SIZE_MAX otherwise. */
static size_t lone_content_word(const cdn_scanner *s, size_t first, size_t len)
{
    size_t found = SIZE_MAX;
    for (size_t w = first; w < first + len; w++) {
        const cdn_word_type *type = cdn_scan_type(s, w);
        if (type->stop || (cdn_scan_form(s, type->token)->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)))
            continue;
        if (found != SIZE_MAX)
            return SIZE_MAX;
        found = w;
    }
    return found;
}

/* Scores indexed name number n against the window words[first, first+len). */
static int consider(cdn_scanner *s, uint32_t n, size_t first, size_t len)
{
    const cdn_iname *e = &s->idx->names.items[n];
    /* The cheap tests first: most candidates of a common word fail them. */
    if (len > e->n_tokens + 1 || (len == 1 && e->n_tokens > 3))
        return CORDON_OK;
    if (len == 1 && cdn_index_entity_at(s->idx, e->entity)->schema == CORDON_SCHEMA_PERSON)
        return CORDON_OK; /* a lone word is a person's only after a full mention (resolve.c) */
    const cdn_itoken *it = s->idx->tokens.items + e->tokens;
    uint32_t k = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
    uint32_t words = 0, required = 0;
    for (uint32_t j = 0; j < k; j++) {
        if (it[j].flags & CDN_TOK_LEGAL_FORM)
            continue;
        words++;
        required += !(it[j].flags & (CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC | CDN_TOK_MIDDLE));
    }
    if (len == 1 ? words != 1 : (len > k + 1 || required > len + 1))
        return CORDON_OK;
    /* A window with one word that says which party, the rest legal forms or titles (Properties
     * Ltd, KBC Group), is a one-word window as far as the rules go: a one-word name only, and
     * the word must be fit to stand alone. */
    size_t lone = lone_content_word(s, first, len);
    if (len > 1 && lone != SIZE_MAX) {
        uint32_t content = 0;
        for (uint32_t j = 0; j < k; j++)
            content += !(it[j].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC));
        if (content != 1 || !cdn_scan_lone_word_ok(s, lone) || cdn_scan_in_longer_run(s, first, first + len - 1))
            return CORDON_OK;
    }
    if (len > 1 && cdn_index_entity_at(s->idx, e->entity)->schema == CORDON_SCHEMA_PERSON) {
        /* A person's one-word alias (AMRO) is a lone word, found only after a full mention; and
         * a window with a legal form in it (Amro Group) names no person. */
        uint32_t content = 0;
        for (uint32_t j = 0; j < k; j++)
            content += !(it[j].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC));
        if (content < 2)
            return CORDON_OK;
        for (size_t w = first; w < first + len; w++)
            if (cdn_scan_form(s, cdn_scan_type(s, w)->token)->flags & CDN_TOK_LEGAL_FORM)
                return CORDON_OK;
    }
    /* The bound first, on the words as written (could_meet also knows their base forms' keys);
     * then the tokens standing in for them against this name. */
    cdn_token q[CDN_MAX_NAME_TOKENS], tokens[CDN_MAX_NAME_TOKENS];
    for (size_t i = 0; i < len; i++)
        q[i] = *cdn_scan_form(s, cdn_scan_type(s, first + i)->token);
    cdn_index_name_tokens(s->idx, e, tokens);
    if (score_bound(s, first, q, len, tokens, it, k) < s->threshold || !keeps_specific_token(s, first, len, it, k))
        return CORDON_OK;
    int inflected = 0;
    for (size_t i = 0; i < len; i++) {
        bool b = false;
        q[i] = stand_in(s, first + i, it, k, &b);
        inflected += b;
    }
    if (!lower_words_in_name(s, first, q, len, tokens, k))
        return CORDON_OK;
    /* A lone word at the start of a sentence only as written (Motions is not MOTION). */
    if (len == 1 && inflected && cdn_scan_sentence_start(s, first))
        return CORDON_OK;
    /* A company or group inside a longer capitalised name (ABN Amro Group, Reporters Without
     * Borders) is a piece of that name; a person's name is often preceded by a title
     * (President Vladimir Putin), so persons are let be. */
    if (len > 1 && cdn_index_entity_at(s->idx, e->entity)->schema != CORDON_SCHEMA_PERSON &&
        cdn_scan_in_longer_run(s, first, first + len - 1))
        return CORDON_OK;
    double score = cdn_score_tokens(q, len, tokens, k, NULL);
    for (int i = 0; i < inflected; i++)
        score *= INFLECTION_PENALTY;
    size_t single = len == 1 ? first : lone;
    if (score < s->threshold ||
        (single != SIZE_MAX && score < ONE_WORD_MIN && cdn_tokens_at(&s->words, single)->norm_len < 8) ||
        !keeps_places(q, len, tokens, k) || (len > 1 && window_is_country(s, first, len)))
        return CORDON_OK;
    const cordon_entity *entity = cdn_index_entity_at(s->idx, e->entity);
    size_t start = cdn_tokens_at(&s->words, first)->start, end = cdn_tokens_at(&s->words, first + len - 1)->end;
    bool acronym = false;
    if (len == 1) {
        const cdn_span_token *t = cdn_tokens_at(&s->words, first);
        size_t letters = 0;
        for (size_t i = 0; i < t->norm_len; i++)
            letters += ((unsigned char)s->words.norm.data[t->norm_off + i] & 0xC0) != 0x80;
        acronym = letters <= 4;
    }
    end = close_quote(s->text + start, end - start, s->text_len - start) + start;
    cdn_hit h = {{start, end, entity, &entity->names[e->name], score}, e, (uint32_t)first, (uint32_t)len, acronym};
    return cdn_vec_push(&s->found, &h) ? CORDON_OK : CORDON_ENOMEM;
}

/* Whether words w-1 and w are joined by a hyphen alone (Wagner-Chef, OCCRP-Related). */
static bool hyphen_before(const cdn_scanner *s, size_t w)
{
    if (w == 0)
        return false;
    size_t from = cdn_tokens_at(&s->words, w - 1)->end, to = cdn_tokens_at(&s->words, w)->start;
    bool hyphen = (to - from == 1 && s->text[from] == '-') ||
                  (to - from == 3 && (memcmp(s->text + from, "\xE2\x80\x90", 3) == 0 ||  /* U+2010 */
                                      memcmp(s->text + from, "\xE2\x80\x91", 3) == 0)); /* U+2011 */
    /* al-Douri, el-Sisi: an article, not the first half of a compound. */
    return hyphen && cdn_tokens_at(&s->words, w - 1)->norm_len > 2;
}

bool cdn_scan_lone_word_ok(const cdn_scanner *s, size_t w)
{
    const cdn_word_type *type = cdn_scan_type(s, w);
    return s->capital[w] && !s->titled[w] && !type->stop && !type->place && !type->given && !type->lower_seen &&
           !hyphen_before(s, w); /* the second half of a compound (Navalny-Related) stands for nothing alone */
}

static int by_number(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Whether word w is a lone letter (an initial, or the pieces of M&G): no name begins or ends
 * with one in running text. */
static bool lone_letter(const cdn_scanner *s, size_t w)
{
    const cdn_span_token *t = cdn_tokens_at(&s->words, w);
    return t->norm_len == 1 && ((unsigned char)s->words.norm.data[t->norm_off] >= 'a');
}

/* An upper bound of any name's score against the window, from the window alone: a Latin word
 * the index has no key for, nor one a spelling edit away, will meet no name's word (a word of
 * another script still may, by its consonants), so its share of the query side is lost; the
 * name side counts as met in full. "Khadija Ismayilova" stops here when Ismayilova is listed
 * nowhere. */
static double window_bound(const cdn_scanner *s, size_t first, size_t len)
{
    double total = 0.0, met = 0.0;
    for (size_t w = first; w < first + len; w++) {
        const cdn_word_type *type = cdn_scan_type(s, w);
        const cdn_token *t = cdn_scan_form(s, type->token);
        double weight = cdn_query_token_weight(t);
        total += weight;
        if (type->n_hits || (t->flags & (CDN_TOK_ABJAD | CDN_TOK_ALPHABET)))
            met += weight;
    }
    return total > 0.0 ? CDN_QUERY_SHARE * met / total + (1.0 - CDN_QUERY_SHARE) : 1.0;
}

/* Postings longer than this make a word common: see scan_window. */
#define COMMON_POSTINGS 256

/* Writes to out the names holding a key the word leads to (with a similarity of at least
 * min_sim), ascending, each once: postings are sorted, so several lists are merged and repeats
 * dropped. False when out of memory. */
static bool names_of(const cdn_scanner *s, const cdn_word_type *type, double min_sim, cdn_vec *out)
{
    out->len = 0;
    uint8_t lists = 0;
    for (uint8_t h = 0; h < type->n_hits; h++) {
        if (type->hits[h].sim < min_sim)
            continue;
        const cdn_ikey *info = &s->idx->vocab.items[type->hits[h].vocab];
        if (!cdn_vec_reserve(out, out->len + info->n_postings))
            return false;
        memcpy((uint32_t *)out->items + out->len, s->idx->u32.items + info->postings, info->n_postings * sizeof(uint32_t));
        out->len += info->n_postings;
        lists++;
    }
    uint32_t *c = out->items;
    if (lists > 1 && out->len > 1) {
        qsort(c, out->len, sizeof *c, by_number);
        size_t kept = 1;
        for (size_t i = 1; i < out->len; i++)
            if (c[i] != c[kept - 1])
                c[kept++] = c[i];
        out->len = kept;
    }
    return true;
}

/* Scores the names that hold a key of the window's most specific word. */
static int scan_window(cdn_scanner *s, size_t first, size_t len)
{
    const cdn_token *tokens = s->analyzed.tokens.items;
    /* The heaviest capitalised word the index has keys for: a heavier word it has none for
     * (Володимир, no key of which is listed) can still meet a name by its consonants, which the
     * scorer judges; a function word (and, the) or a lower-case one never identifies anybody. */
    size_t anchor = SIZE_MAX;
    for (size_t w = first; w < first + len; w++)
        if (cdn_scan_type(s, w)->n_hits && s->capital[w] && !cdn_scan_type(s, w)->stop &&
            (anchor == SIZE_MAX || tokens[cdn_scan_type(s, w)->token].weight > tokens[cdn_scan_type(s, anchor)->token].weight))
            anchor = w;
    if (anchor == SIZE_MAX || window_bound(s, first, len) < s->threshold || !window_allowed(s, first, len))
        return CORDON_OK;
    /* A window of several words does not cut a compound (a Secret Co-Owner, the
     * Anti-Corruption Foundation): its words are one word of the sentence. */
    if (len > 1 && (hyphen_before(s, first) || (first + len < cdn_tokens_count(&s->words) && hyphen_before(s, first + len))))
        return CORDON_OK;
    const cdn_word_type *type = cdn_scan_type(s, anchor);
    if (!names_of(s, type, len == 1 ? 0.9 : 0.0, &s->candidates)) /* a lone word only as written or inflected */
        return CORDON_ENOMEM;
    uint32_t *c = s->candidates.items;
    size_t n = s->candidates.len;
    /* A common word (International, Bank, States) is in thousands of names. When another word
     * of the window weighs a third of it or more, a name must meet that word too to reach the
     * threshold, so only the names holding a key of both are scored. */
    if (n > COMMON_POSTINGS) {
        size_t second = SIZE_MAX;
        double total = 0.0;
        for (size_t w = first; w < first + len; w++) {
            total += cdn_query_token_weight(&tokens[cdn_scan_type(s, w)->token]);
            if (w != anchor && cdn_scan_type(s, w)->n_hits && !cdn_scan_type(s, w)->stop &&
                (second == SIZE_MAX || tokens[cdn_scan_type(s, w)->token].weight > tokens[cdn_scan_type(s, second)->token].weight))
                second = w;
        }
        if (second != SIZE_MAX && cdn_query_token_weight(&tokens[cdn_scan_type(s, second)->token]) * 3.0 >= total) {
            if (!names_of(s, cdn_scan_type(s, second), 0.0, &s->other))
                return CORDON_ENOMEM;
            const uint32_t *o = s->other.items;
            size_t kept = 0, j = 0;
            for (size_t i = 0; i < n; i++) {
                while (j < s->other.len && o[j] < c[i])
                    j++;
                if (j < s->other.len && o[j] == c[i])
                    c[kept++] = c[i];
            }
            n = kept;
        }
    }
    for (size_t i = 0; i < n; i++) {
        int status = consider(s, c[i], first, len);
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

static int find_windows(cdn_scanner *s, size_t max_window)
{
    size_t nwords = cdn_tokens_count(&s->words);
    int status = CORDON_OK;
    for (size_t first = 0; first < nwords && status == CORDON_OK; first++) {
        if (!s->capital[first] || cdn_scan_type(s, first)->stop || lone_letter(s, first) || number(s, first) ||
            edge_title(s, first))
            continue; /* a name may end in a number (YU JONG 2), not begin with one (7 June); the
                         mention of President Vladimir Putin is Vladimir Putin */
        for (size_t len = 1; len <= max_window && first + len <= nwords && status == CORDON_OK; len++) {
            if (len > 1 && cdn_scan_clause_break_after(s, first + len - 2))
                break;
            size_t last = first + len - 1;
            if (len > 1 && edge_title(s, last))
                continue; /* Vladimir Putin, not "Vladimir Putin Minister" */
            /* Inside a name in running text, a lower-case word is a particle or function word
             * (Bank of Russia, Osama bin Laden); past any other the window cannot be a name. */
            if (!s->capital[last] && !cdn_scan_type(s, last)->stop && cdn_tokens_at(&s->words, last)->norm_len > 3)
                break;
            if (s->capital[last] && !lone_letter(s, last) && (len == 1 || !cdn_scan_type(s, last)->stop))
                status = scan_window(s, first, len); /* "Success Of": no name ends in a function word */
        }
    }
    return status;
}

/* ---- the public call ----------------------------------------------------------------------- */

static void scanner_free(cdn_scanner *s)
{
    cdn_vec_free(&s->found);
    cdn_vec_free(&s->types);
    cdn_free(s->type_of);
    cdn_free(s->capital);
    cdn_free(s->titled);
    cdn_vec_free(&s->candidates);
    cdn_vec_free(&s->other);
    cdn_analyzed_free(&s->analyzed);
    cdn_analyzed_free(&s->bases);
    cdn_tokens_free(&s->words);
}

static int run(cdn_scanner *s, const char *text, size_t len, size_t max_window)
{
    int status = cdn_tokenize(text, len, 1, &s->words);
    if (status != CORDON_OK)
        return status;
    size_t n = cdn_tokens_count(&s->words);
    s->type_of = cdn_calloc(n ? n : 1, sizeof *s->type_of);
    s->capital = cdn_calloc(n ? n : 1, sizeof *s->capital);
    s->titled = cdn_calloc(n ? n : 1, sizeof *s->titled);
    if (!s->type_of || !s->capital || !s->titled)
        return CORDON_ENOMEM;
    status = type_words(s);
    if (status == CORDON_OK)
        status = look_up_words(s);
    if (status == CORDON_OK)
        mark_titles(s);
    if (status == CORDON_OK)
        status = find_windows(s, max_window);
    if (status == CORDON_OK)
        status = cdn_scan_resolve(s);
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
    size_t max_window = opts->max_window < 1 ? 1 : opts->max_window > 8 ? 8 : opts->max_window;

    cordon_mentions *m = cdn_calloc(1, sizeof *m);
    *out = m;
    if (!m)
        return CORDON_ENOMEM;
    cdn_error_clear(&m->err);

    /* HTML: scan a copy with the markup blanked out, byte for byte, so offsets stay valid. */
    char *blanked = NULL;
    if (opts->html == 1 || (opts->html < 0 && cdn_html_detect(text, len))) {
        blanked = cdn_malloc(len ? len : 1);
        if (!blanked) {
            cdn_error_set(&m->err, CORDON_ENOMEM, "out of memory");
            return CORDON_ENOMEM;
        }
        cdn_html_blank(text, len, blanked);
        text = blanked;
    }
    cdn_scanner s = {.idx = idx, .text = text, .text_len = len, .threshold = opts->threshold};
    cdn_tokens_init(&s.words);
    cdn_analyzed_init(&s.analyzed);
    cdn_analyzed_init(&s.bases);
    cdn_vec_init(&s.types, sizeof(cdn_word_type));
    cdn_vec_init(&s.found, sizeof(cdn_hit));
    cdn_vec_init(&s.candidates, sizeof(uint32_t));
    cdn_vec_init(&s.other, sizeof(uint32_t));
    int status = run(&s, text, len, max_window);
    if (status == CORDON_OK && s.found.len) {
        m->items = cdn_calloc(s.found.len, sizeof *m->items);
        if (!m->items)
            status = CORDON_ENOMEM;
        for (size_t i = 0; m->items && i < s.found.len; i++)
            m->items[m->count++] = ((const cdn_hit *)s.found.items)[i].m;
    }
    if (status != CORDON_OK)
        cdn_error_set(&m->err, status, "%s", cordon_status_string(status));
    scanner_free(&s);
    cdn_free(blanked);
    return status;
}
