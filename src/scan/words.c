/*
 * words.c — the distinct words of a scanned text: each analyzed once, as a name token is for
 * search, and looked up in the index's key vocabulary — its own key, the keys of its base forms
 * when it looks inflected (inflect.h), and for an unknown capitalised word next to a known one,
 * the keys one spelling edit away; with what kind of word it is (function word, country, given
 * name, common word of the text).
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/strmap.h"
#include "model/countries.h"
#include "scan/inflect.h"
#include "scan/scan_int.h"
#include "scan/stopwords.h"

/* Near spellings offered by the index for an unknown capitalised word. */
#define NEAR_SPELLING_MIN 0.8

static const char *word_norm(const cdn_scanner *s, size_t w)
{
    return s->words.norm.data + cdn_tokens_at(&s->words, w)->norm_off;
}

/* Gives each word its type, analyzing each distinct word once. */
int cdn_scan_type_words(cdn_scanner *s)
{
    size_t n = cdn_tokens_count(&s->words);
    cdn_strmap seen;
    cdn_strmap_init(&seen);
    int status = CORDON_OK;
    for (size_t w = 0; w < n && status == CORDON_OK; w++) {
        const cdn_span_token *t = cdn_tokens_at(&s->words, w);
        const char *norm = word_norm(s, w);
        s->capital[w] = cdn_scan_capitalised(s->text, t);
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
int cdn_scan_look_up_words(cdn_scanner *s)
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
