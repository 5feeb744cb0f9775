/*
 * name_facts.c — the facts of each indexed name that the text scanner filters candidates
 * with (see name_facts.h). Worked out from the index's own arrays, so a snapshot carries
 * nothing new; and only when an index is first scanned (a pass over every token, a few
 * milliseconds), so that opening an index to search costs nothing more.
 */
#include "index/name_facts.h"

#include <pthread.h>
#include <string.h>

#include "core/alloc.h"
#include "index/index_int.h"
#include "match/score.h"

static void free_token_facts(cdn_token_facts *tf)
{
    if (!tf)
        return;
    cdn_free(tf->of);
    cdn_free(tf);
}

void cdn_name_facts_free(cordon_index *idx)
{
    cdn_free(idx->name_facts);
    idx->name_facts = NULL;
    free_token_facts(idx->token_facts);
    idx->token_facts = NULL;
}

/* The token facts of idx, or NULL when out of memory. */
static cdn_token_facts *token_facts_of(const cordon_index *idx)
{
    size_t nt = idx->tokens.len ? idx->tokens.len : 1;
    cdn_token_facts *tf = cdn_calloc(1, sizeof *tf);
    if (!tf)
        return NULL;
    tf->of = cdn_calloc(nt, sizeof *tf->of);
    if (!tf->of) {
        free_token_facts(tf);
        return NULL;
    }
    for (size_t i = 0; i < idx->tokens.len; i++) {
        const cdn_itoken *it = &idx->tokens.items[i];
        cdn_token t = cdn_index_token(idx, it);
        tf->of[i].key0 = (uint8_t)t.key[0];
        tf->of[i].latin0 = (uint8_t)t.latin[0];
        tf->of[i].weight = cdn_name_token_weight(&t);
    }
    return tf;
}

/* Sets each name's same_tokens (name_facts.h): the first name of its twin (index_int.h: twins
 * are names whose tokens are the same forms with the same flags, hence the same keys, skeletons
 * and weights). Out of memory, or for a twin number out of range, a name is its own. */
static void mark_same_tokens(const cordon_index *idx, cdn_name_facts *facts)
{
    for (size_t n = 0; n < idx->names.len; n++)
        facts[n].same_tokens = (uint32_t)n;
    uint32_t *first = idx->n_twins ? cdn_malloc(idx->n_twins * sizeof *first) : NULL;
    if (!first)
        return;
    memset(first, 0xFF, idx->n_twins * sizeof *first);
    for (size_t n = 0; n < idx->names.len; n++) {
        uint32_t twin = idx->names.items[n].twin;
        if (twin >= idx->n_twins)
            continue;
        if (first[twin] == UINT32_MAX)
            first[twin] = (uint32_t)n;
        facts[n].same_tokens = first[twin];
    }
    cdn_free(first);
}

/* Whether token t is one letter of the Latin alphabet (a piece of a dotted abbreviation). */
static bool lone_latin_letter(const cdn_token *t)
{
    return t->text[0] >= 'a' && t->text[0] <= 'z' && t->text[1] == '\0';
}

/* How many of the k tokens t of a name, at its end, are a legal form in dotted capitals that the
 * tokenizer cut into letters because the letters together are no legal form it knows: C.A. (c,
 * a), S.A. DE C.V. (sa, de, c, v), S. DE R.L. DE C.V. Latin American companies' forms, a tenth
 * of OFAC's entities. A run of lone letters, legal forms and the de that joins two of them, with
 * two lone letters at least and a token before it; from the tokens alone, so that twins (same
 * tokens) have the same tail. 0 when the name ends otherwise. */
static uint8_t dotted_form_tail(const cdn_token *t, uint32_t k)
{
    uint32_t j = k, letters = 0;
    while (j > 1) {
        const cdn_token *x = &t[j - 1];
        bool piece = lone_latin_letter(x) || (x->flags & CDN_TOK_LEGAL_FORM);
        bool joint = strcmp(x->text, "de") == 0 && j < k && j >= 2 &&
                     (lone_latin_letter(&t[j - 2]) || (t[j - 2].flags & CDN_TOK_LEGAL_FORM));
        if (!piece && !joint)
            break;
        letters += lone_latin_letter(x);
        j--;
    }
    return letters >= 2 && j >= 1 ? (uint8_t)(k - j) : 0;
}

/* The name facts of idx, or NULL when out of memory. */
static cdn_name_facts *name_facts_of(const cordon_index *idx)
{
    cdn_name_facts *facts = cdn_calloc(idx->names.len ? idx->names.len : 1, sizeof *facts);
    if (!facts)
        return NULL;
    for (size_t n = 0; n < idx->names.len; n++) {
        const cdn_iname *e = &idx->names.items[n];
        cdn_name_facts *f = &facts[n];
        uint32_t k = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
        const cdn_itoken *it = idx->tokens.items + e->tokens;
        double weight = 0.0;
        f->k = (uint8_t)k;
        f->tokens = e->tokens;
        cdn_token t[CDN_MAX_NAME_TOKENS];
        for (uint32_t j = 0; j < k; j++) {
            t[j] = cdn_index_token(idx, &it[j]);
            f->key_letters |= cdn_letter_bit((unsigned char)t[j].key[0]);
            if (t[j].latin[0])
                f->latin_letters |= cdn_letter_bit((unsigned char)t[j].latin[0]);
            weight += cdn_name_token_weight(&t[j]);
        }
        /* A LegalEntity (no type given) is not scanned as a person: a person's surname alone
         * in text is a mention, and these lists mix companies, whose words are often common,
         * with people (storyweb mentions unchanged this way). */
        f->person = cdn_index_entity_at(idx, e->entity)->schema == CORDON_SCHEMA_PERSON;
        f->form_tail = f->person || e->n_tokens > k ? 0 : dotted_form_tail(t, k);
        for (uint32_t j = 0; j < k; j++) {
            bool form = (t[j].flags & CDN_TOK_LEGAL_FORM) || j >= k - f->form_tail;
            if (!form) {
                f->words++;
                f->required += !(t[j].flags & (CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC | CDN_TOK_MIDDLE));
            }
            f->content += !form && !(t[j].flags & CDN_TOK_HONORIFIC);
        }
        f->weighed = weight > 0.0;
    }
    mark_same_tokens(idx, facts);
    return facts;
}

int cdn_name_facts_ensure(const cordon_index *idx)
{
    /* A cache of an index that is otherwise read only: published once, token facts first, by
     * the store of name_facts that every reader loads before it reads either. */
    cordon_index *cache = (cordon_index *)idx;
    if (__atomic_load_n(&cache->name_facts, __ATOMIC_ACQUIRE))
        return CORDON_OK;
    int status = CORDON_OK;
    pthread_mutex_lock(&cache->facts_lock);
    if (!cache->name_facts) {
        cdn_token_facts *tf = cache->token_facts ? cache->token_facts : token_facts_of(idx);
        cache->token_facts = tf;
        cdn_name_facts *nf = tf ? name_facts_of(idx) : NULL;
        if (nf)
            __atomic_store_n(&cache->name_facts, nf, __ATOMIC_RELEASE);
        else
            status = CORDON_ENOMEM;
    }
    pthread_mutex_unlock(&cache->facts_lock);
    return status;
}
