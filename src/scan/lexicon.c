/*
 * lexicon.c — the words a scanner has met, analyzed once (see lexicon.h).
 */
#include "scan/lexicon.h"

#include <string.h>

#include "core/alloc.h"
#include "match/korean_cyrillic.h"
#include "match/score.h"
#include "text/hangul.h"
#include "text/legal_forms.h"
#include "text/orthography.h"
#include "text/palladius.h"
#include "scan/cities.h"
#include "scan/index_facts.h"
#include "scan/scan_int.h"
#include "scan/stopwords.h"

/* The most words a lexicon holds before it starts afresh (some 380 bytes each, with what
 * typing reads of them: some 25 MB). */
#define CDN_LEXICON_MAX_WORDS 65536

/* Near spellings offered by the index for an unknown capitalised word. */
#define NEAR_SPELLING_MIN 0.8

/* What another vowel spelling of a word that is a listed organisation's whole name counts as
 * (cdn_lexicon_whole_names): as a base form's key does (0.92), so that a lone word's names
 * (window.c, names_of: its keys of 0.9 or more) hold it. The scorer still rates the pair
 * itself (0.88, "vowels": Hezbollah / HIZBALLAH); a hit's similarity only bounds it. */
#define WHOLE_NAME_SPELLING_SIM 0.92

/* The most names of a key read to tell whether one is an organisation's whole name. */
#define WHOLE_NAME_PROBE 64

const cdn_token cdn_lexicon_blank = {.text = "", .latin = "", .key = "", .skel = "", .weight = 1.0f};

void cdn_lexicon_init(cdn_lexicon *lx, const cordon_index *idx)
{
    lx->idx = idx;
    cdn_word_table_init(&lx->words);
    cdn_vec_init(&lx->blocks, sizeof(cdn_lex_word *));
    lx->count = 0;
    cdn_vec_init(&lx->seen, sizeof(cdn_lex_seen));
    cdn_vec_init(&lx->tokens, sizeof(cdn_token));
    cdn_vec_init(&lx->bases, sizeof(cdn_token));
    cdn_arena_init(&lx->arena);
    cdn_analyzed_init(&lx->scratch);
    cdn_memo_init(&lx->memo);
    cdn_window_memo_init(&lx->windows, sizeof(cdn_window_pass));
    cdn_window_memo_init(&lx->anchors, sizeof(uint32_t));
    lx->near_counts = NULL;
    lx->doc = 0;
    lx->blank_query_weight = cdn_query_token_weight(&cdn_lexicon_blank);
}

void cdn_lexicon_free(cdn_lexicon *lx)
{
    cdn_word_table_free(&lx->words);
    for (size_t b = 0; b < lx->blocks.len; b++)
        cdn_free(((cdn_lex_word **)lx->blocks.items)[b]);
    cdn_vec_free(&lx->blocks);
    cdn_vec_free(&lx->seen);
    cdn_vec_free(&lx->tokens);
    cdn_vec_free(&lx->bases);
    cdn_arena_free(&lx->arena);
    cdn_analyzed_free(&lx->scratch);
    cdn_memo_free(&lx->memo);
    cdn_window_memo_free(&lx->windows);
    cdn_window_memo_free(&lx->anchors);
    cdn_free(lx->near_counts);
}

void cdn_lexicon_begin(cdn_lexicon *lx)
{
    if (lx->count > CDN_LEXICON_MAX_WORDS) {
        cdn_lexicon_free(lx);
        cdn_lexicon_init(lx, lx->idx);
    } else {
        /* Their numbers stay valid: only a full memo starts afresh. */
        if (cdn_window_memo_full(&lx->windows))
            cdn_window_memo_free(&lx->windows);
        if (cdn_window_memo_full(&lx->anchors))
            cdn_window_memo_free(&lx->anchors);
    }
    lx->doc++; /* a word met in an earlier document has a smaller number */
}

/* The index's key of the pinyin a Cyrillic word reads as in the Palladius system (Цзиньпин:
 * jinping, palladius.h), or NULL: a Chinese name in Russian text leads to its listed spelling,
 * as search looks it up (search.c). */
static const cdn_ikey *palladius_key(const cordon_index *idx, const char *text)
{
    char pinyin[CDN_PALLADIUS_MAX], key[CDN_KEY_MAX + 1];
    size_t len = cdn_palladius_pinyin(text, pinyin);
    size_t key_len = len ? cdn_orthography_key_ascii(pinyin, len, key) : 0;
    return key_len ? cdn_index_key(idx, key, key_len) : NULL;
}

/* How a word read as the press spells it meets its key (the scorer's "spelling"). */
#define PRESS_SIM 0.95f

/* Analyzes the normalized text (len bytes) as one token, weighs it by the index, and appends
 * it to out with its strings copied into the arena. *info receives the index's entry for its
 * key, or for a word the index has no key of, for its press spelling's (cdn_index_press_key: *sim
 * PRESS_SIM) or for a Cyrillic word its Palladius pinyin's (NULL when the index has none;
 * *sim is 1 but for a press spelling). Returns CORDON_OK or CORDON_ENOMEM. */
static int analyze(cdn_lexicon *lx, const char *text, size_t len, cdn_vec *out, const cdn_ikey **info, float *sim)
{
    cdn_analyzed *a = &lx->scratch;
    cdn_analyzed_reset(a);
    int status = cdn_analyze_token(a, lx->idx->translit, text, len, CORDON_SCHEMA_ANY);
    if (status != CORDON_OK)
        return status;
    /* The token's five strings (text, latin, key, skel, marked) lie one after another in
     * a->text: copied as one block. */
    char *block = cdn_arena_memdup(&lx->arena, a->text.data, a->text.len, 1);
    if (!block)
        return CORDON_ENOMEM;
    cdn_token t = *(const cdn_token *)a->tokens.items;
    t.text = block + (uintptr_t)t.text;
    t.latin = block + (uintptr_t)t.latin;
    t.key = block + (uintptr_t)t.key;
    t.skel = block + (uintptr_t)t.skel;
    t.marked = block + (uintptr_t)t.marked;
    cdn_shape_of(t.latin, &t.latin_shape); /* as cdn_analyzed_finish */
    if (strcmp(t.key, t.latin) == 0)
        t.key_shape = t.latin_shape; /* the same letters: a plain word is often its own key */
    else
        cdn_shape_of(t.key, &t.key_shape);
    *info = cdn_index_key(lx->idx, t.key, strlen(t.key));
    *sim = 1.0f;
    /* Rare by its own key only, as cdn_index_weigh marks a query's word: the scorer's
     * listed_name_within asks it of the words a window meets a name by, so that a name met
     * whole by rare words and a word more between them (Gulnihal Kulak Yegane) is a mention
     * as it is a search's hit. */
    t.flags &= (uint16_t)~CDN_TOK_RARE;
    if (*info && cdn_index_key_rare(*info))
        t.flags |= CDN_TOK_RARE;
    if (!*info && (*info = cdn_index_press_key(lx->idx, &t)) != NULL)
        *sim = PRESS_SIM;
    if (!*info && (t.flags & CDN_TOK_ALPHABET))
        *info = palladius_key(lx->idx, t.text);
    t.weight = *info ? (*info)->weight : lx->idx->unknown_weight; /* as cdn_index_weigh */
    if (out->len == out->cap && !cdn_vec_reserve(out, out->len + 1))
        return CORDON_ENOMEM;
    ((cdn_token *)out->items)[out->len++] = t; /* a token's fields, not cdn_vec_push's bytes */
    return CORDON_OK;
}

int cdn_lexicon_add(cdn_lexicon *lx, const char *norm, size_t len, const cdn_word_probe *p, uint32_t *out)
{
    /* The copy lives as long as the lexicon (the table compares long words with it). */
    char *copy = cdn_arena_strndup(&lx->arena, norm, len);
    if (!copy)
        return CORDON_ENOMEM;
    size_t tlen = strlen(copy); /* as the analyzed token's text would be */
    cdn_lex_seen seen = {0, 0, (uint32_t)len, false, false, CDN_STOP_OTHER, true, len == 1 && (unsigned char)copy[0] >= 'a',
                         -1, -1};
    if (tlen == len) { /* by the probe, in the index's table of them (index_facts.h) */
        const cdn_word_class *c = cdn_word_class_of(lx->idx, copy, len, p);
        if (c) {
            seen.stop = c->stop;
            seen.title = c->title;
            seen.language = c->language;
        }
    } else {
        seen.stop = cdn_is_stopword(copy, tlen);
        seen.title = cdn_is_honorific(copy, tlen);
        if (seen.stop)
            seen.language = (uint8_t)cdn_stopword_language(copy, tlen);
    }
    for (size_t i = 0; i < len && seen.number; i++)
        seen.number = copy[i] >= '0' && copy[i] <= '9';
    /* seen.title as analyze.c flags a token's CDN_TOK_HONORIFIC (any schema) */
    if (!cdn_vec_reserve(&lx->seen, lx->count + 1))
        return CORDON_ENOMEM;
    if (lx->count == lx->blocks.len * CDN_LEX_BLOCK) { /* the blocks are full: one more */
        cdn_lex_word *block = cdn_malloc(CDN_LEX_BLOCK * sizeof *block);
        if (!block || !cdn_vec_push(&lx->blocks, &block)) {
            cdn_free(block);
            return CORDON_ENOMEM;
        }
    }
    /* Written before the table holds its number, counted only once it does: a word the table
     * could not take is not there. Made in place: nothing known of it yet but its text, and
     * only the fields read before they are worked out are set (the flags saying what is, all in
     * the entry's first bytes): the rest of its some 350 bytes, its keys and base forms, most
     * words never need, and a new scanner's memory is not written for them. */
    cdn_lex_word *w = cdn_lexicon_at(lx, lx->count);
    w->norm = copy;
    w->norm_len = (uint32_t)len;
    w->analyzed = false;
    w->has_own = false;
    w->near_done = false;
    w->n_near = 0;
    w->bases_done[0] = w->bases_done[1] = false;
    if (!cdn_word_table_add(&lx->words, len, p, lx->count))
        return CORDON_ENOMEM;
    ((cdn_lex_seen *)lx->seen.items)[lx->count] = seen;
    lx->seen.len = lx->count + 1;
    *out = lx->count++;
    return CORDON_OK;
}

int cdn_lexicon_analyze_new(cdn_lexicon *lx, uint32_t i)
{
    cdn_lex_word *w = cdn_lexicon_at(lx, i);
    const cdn_ikey *info;
    float sim;
    uint32_t token = (uint32_t)lx->tokens.len;
    int status = analyze(lx, w->norm, w->norm_len, &lx->tokens, &info, &sim);
    if (status != CORDON_OK)
        return status;
    const cdn_token *t = cdn_lexicon_form(lx, token);
    w->token = token;
    w->query_weight = cdn_query_token_weight(t);
    w->country = cdn_word_is_country(lx->idx, t->text, strlen(t->text));
    if (info) {
        w->has_own = true;
        w->own = (cdn_word_hit){(uint32_t)(info - lx->idx->vocab.items), token, sim};
    }
    w->analyzed = true;
    return CORDON_OK;
}

int cdn_lexicon_bases_new(cdn_lexicon *lx, uint32_t i, bool polish)
{
    cdn_lex_word *w = cdn_lexicon_at(lx, i);
    const char *text = cdn_lexicon_form(lx, w->token)->text;
    w->bases[polish].n_hits = 0; /* a try that ran out of memory left some */
    cdn_base bases[CDN_MAX_BASES];
    size_t nb = cdn_inflection_bases(text, strlen(text), polish, bases);
    uint32_t at = (uint32_t)lx->bases.len;
    for (size_t b = 0; b < nb; b++) {
        const cdn_ikey *info;
        float sim;
        int status = analyze(lx, bases[b].text, bases[b].len, &lx->bases, &info, &sim);
        if (status != CORDON_OK)
            return status;
        cdn_lex_bases *made = &cdn_lexicon_at(lx, i)->bases[polish];
        if (info)
            made->hits[made->n_hits++] =
                (cdn_word_hit){(uint32_t)(info - lx->idx->vocab.items), CDN_SCAN_BASE + at + (uint32_t)b, 0.92f * sim};
    }
    cdn_lex_bases *made = &cdn_lexicon_at(lx, i)->bases[polish];
    made->at = at;
    made->n_bases = (uint8_t)nb;
    cdn_lexicon_at(lx, i)->bases_done[polish] = true;
    return CORDON_OK;
}

typedef struct near_ctx {
    const cordon_index *idx;
    cdn_lex_word *w;
} near_ctx;

static void add_near(void *ctx, const cdn_ikey *info, double sim)
{
    near_ctx *c = ctx;
    uint32_t vocab = (uint32_t)(info - c->idx->vocab.items);
    for (uint8_t i = 0; i < c->w->n_near; i++)
        if (c->w->near[i].vocab == vocab)
            return;
    if (c->w->n_near < CDN_SCAN_MAX_HITS)
        c->w->near[c->w->n_near++] = (cdn_word_hit){vocab, c->w->token, (float)sim};
}

void cdn_lexicon_near(cdn_lexicon *lx, uint32_t i)
{
    cdn_lex_word *w = cdn_lexicon_at(lx, i);
    if (w->near_done)
        return;
    const cdn_token *t = cdn_lexicon_form(lx, w->token);
    near_ctx ctx = {lx->idx, w};
    if (!lx->near_counts) /* without them, the keys are counted in a table: the same keys */
        lx->near_counts = cdn_calloc(lx->idx->vocab.len ? lx->idx->vocab.len : 1, 1);
    cdn_index_similar_keys_counted(lx->idx, t->key, t->latin, NEAR_SPELLING_MIN, lx->near_counts, add_near, &ctx);
    w->near_done = true;
}

/* Whether some listed organisation's whole name is the one word of key v: a name of one token,
 * no legal form, not a person's (the first WHOLE_NAME_PROBE names of the key are read). */
static bool whole_name_of_organisation(const cordon_index *idx, uint32_t v)
{
    const cdn_ikey *info = &idx->vocab.items[v];
    const uint32_t *postings = idx->u32.items + info->postings;
    for (uint32_t p = 0; p < info->n_postings && p < WHOLE_NAME_PROBE; p++) {
        const cdn_name_facts *f = &idx->name_facts[postings[p]];
        if (f->k == 1 && f->words == 1 && !f->person)
            return true;
    }
    return false;
}

/* The vowel letters a e i o u of key (len bytes). */
static size_t vowel_letters(const char *key, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += strchr("aeiou", key[i]) != NULL && key[i];
    return n;
}

void cdn_lexicon_whole_names(cdn_lexicon *lx, uint32_t i)
{
    cdn_lex_word *w = cdn_lexicon_at(lx, i);
    if (w->near_done)
        return;
    w->near_done = true;
    const cdn_token *t = cdn_lexicon_form(lx, w->token);
    if ((t->flags & CDN_TOK_ROMANISED) || !t->latin_shape.ascii || !w->has_own)
        return;
    const cordon_index *idx = lx->idx;
    const cdn_ilist *same = cdn_index_vowel_spellings(idx, t);
    if (!same)
        return;
    const uint32_t *ids = cdn_index_ids(idx, same);
    near_ctx ctx = {idx, w};
    /* Other vowels, as many: the press's Hezbollah is HIZBALLAH, but Aviation, a word of many
     * names, is no Aviton, which drops two of its vowels (the vowel key reads a run as one). */
    size_t vowels = vowel_letters(t->key, strlen(t->key));
    for (uint32_t k = 0; k < same->n; k++) {
        const cdn_ikey *other = &idx->vocab.items[ids[k]];
        if (ids[k] != w->own.vocab && vowel_letters(idx->pool + other->key, other->len) == vowels &&
            whole_name_of_organisation(idx, ids[k]))
            add_near(&ctx, other, WHOLE_NAME_SPELLING_SIM);
    }
}

double cdn_lexicon_likeness(cdn_lexicon *lx, uint32_t form, const cdn_token *t)
{
    const char *pool = lx->idx->pool;
    cdn_memo_key key = {.n = {1, form, (uint32_t)(t->text - pool), (uint32_t)(t->latin - pool),
                              (uint32_t)(t->key - pool), (uint32_t)(t->skel - pool), t->flags}};
    double sim;
    if (cdn_memo_get(&lx->memo, &key, &sim))
        return sim;
    const char *how;
    sim = cdn_token_similarity(cdn_lexicon_form(lx, form), t, &how);
    cdn_memo_put(&lx->memo, &key, sim);
    return sim;
}

bool cdn_lexicon_city_new(cdn_lexicon *lx, uint32_t i)
{
    const cdn_lex_seen *seen = cdn_lexicon_seen(lx, i);
    bool city = cdn_is_city(cdn_lexicon_at(lx, i)->norm, seen->norm_len);
    cdn_lexicon_seen(lx, i)->city = city;
    return city;
}

bool cdn_lexicon_korean_surname_new(cdn_lexicon *lx, uint32_t i)
{
    const char *norm = cdn_lexicon_at(lx, i)->norm;
    bool in_cyrillic = (unsigned char)norm[0] >= 0xD0 && (unsigned char)norm[0] <= 0xD3;
    bool surname = in_cyrillic ? cdn_korean_cyrillic_surname(norm) != NULL : cdn_korean_latin_surname(norm);
    cdn_lexicon_seen(lx, i)->korean_surname = surname;
    return surname;
}
