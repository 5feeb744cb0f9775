/*
 * name_facts.c — the facts of each indexed name that the text scanner filters candidates
 * with (see name_facts.h). Worked out from the index's own arrays, so a snapshot carries
 * nothing new: it is a pass over every token, a few milliseconds at load.
 */
#include "index/name_facts.h"

#include <string.h>

#include "core/alloc.h"
#include "index/index_int.h"
#include "match/score.h"
#include "model/countries.h"

void cdn_name_facts_free(cordon_index *idx)
{
    cdn_free(idx->name_facts);
    idx->name_facts = NULL;
    if (idx->token_facts) {
        cdn_free(idx->token_facts->key0);
        cdn_free(idx->token_facts->latin0);
        cdn_free(idx->token_facts->weight);
        cdn_free(idx->token_facts);
        idx->token_facts = NULL;
    }
}

int cdn_name_facts_build(cordon_index *idx)
{
    cdn_name_facts_free(idx);
    size_t nt = idx->tokens.len ? idx->tokens.len : 1;
    idx->name_facts = cdn_calloc(idx->names.len ? idx->names.len : 1, sizeof *idx->name_facts);
    idx->token_facts = cdn_calloc(1, sizeof *idx->token_facts);
    if (!idx->name_facts || !idx->token_facts)
        return CORDON_ENOMEM;
    cdn_token_facts *tf = idx->token_facts;
    tf->key0 = cdn_malloc(nt);
    tf->latin0 = cdn_malloc(nt);
    tf->weight = cdn_malloc(nt * sizeof *tf->weight);
    if (!tf->key0 || !tf->latin0 || !tf->weight)
        return CORDON_ENOMEM;
    for (size_t i = 0; i < idx->tokens.len; i++) {
        const cdn_itoken *it = &idx->tokens.items[i];
        cdn_token t = {idx->pool + it->text, idx->pool + it->latin, idx->pool + it->key, idx->pool + it->skel,
                       it->weight, (uint8_t)it->flags};
        tf->key0[i] = (uint8_t)t.key[0];
        tf->latin0[i] = (uint8_t)t.latin[0];
        tf->weight[i] = cdn_name_token_weight(&t);
    }
    for (size_t n = 0; n < idx->names.len; n++) {
        const cdn_iname *e = &idx->names.items[n];
        cdn_name_facts *f = &idx->name_facts[n];
        uint32_t k = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
        const cdn_itoken *it = idx->tokens.items + e->tokens;
        cdn_token t[CDN_MAX_NAME_TOKENS];
        for (uint32_t j = 0; j < k; j++)
            t[j] = (cdn_token){idx->pool + it[j].text, idx->pool + it[j].latin, idx->pool + it[j].key,
                               idx->pool + it[j].skel, it[j].weight, (uint8_t)it[j].flags};
        double weight = 0.0;
        f->k = (uint8_t)k;
        for (uint32_t j = 0; j < k; j++) {
            f->key_letters |= cdn_letter_bit((unsigned char)t[j].key[0]);
            if (t[j].latin[0])
                f->latin_letters |= cdn_letter_bit((unsigned char)t[j].latin[0]);
            if (!(t[j].flags & CDN_TOK_LEGAL_FORM)) {
                f->words++;
                f->required += !(t[j].flags & (CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC | CDN_TOK_MIDDLE));
            }
            f->content += !(t[j].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC));
            weight += cdn_name_token_weight(&t[j]);
            char code[3];
            if (cdn_country_code(t[j].text, strlen(t[j].text), code))
                f->places |= (uint32_t)1 << j;
        }
        f->person = cdn_index_entity_at(idx, e->entity)->schema == CORDON_SCHEMA_PERSON;
        f->weighed = weight > 0.0;
    }
    return CORDON_OK;
}
