/*
 * analyze.c — from a name to weighted, keyed tokens (see analyze.h).
 */
#include "match/analyze.h"

#include <stdint.h>
#include <string.h>

#include "text/legal_forms.h"
#include "text/normalize.h"
#include "text/orthography.h"
#include "text/tokenize.h"

void cdn_analyzed_init(cdn_analyzed *a)
{
    cdn_strbuf_init(&a->text);
    cdn_strbuf_init(&a->scratch);
    cdn_vec_init(&a->tokens, sizeof(cdn_token));
}

void cdn_analyzed_free(cdn_analyzed *a)
{
    cdn_strbuf_free(&a->text);
    cdn_strbuf_free(&a->scratch);
    cdn_vec_free(&a->tokens);
}

void cdn_analyzed_reset(cdn_analyzed *a)
{
    cdn_strbuf_reset(&a->text);
    a->tokens.len = 0;
}

/* Whether the normalized token occurs among the normalized words of a name part. */
static int in_part(cdn_strbuf *scratch, const char *part, const char *token, size_t len)
{
    if (!part)
        return 0;
    cdn_strbuf_reset(scratch);
    if (cdn_normalize(part, strlen(part), scratch) != CORDON_OK)
        return 0;
    const char *p = cdn_strbuf_cstr(scratch);
    while (*p) {
        const char *end = strchr(p, ' ');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == len && memcmp(p, token, len) == 0)
            return 1;
        p += n + (end ? 1 : 0);
    }
    return 0;
}

static uint8_t token_flags(cdn_analyzed *a, const char *norm, size_t len, cordon_schema schema,
                           const cordon_name *parts)
{
    uint8_t flags = 0;
    bool organization = schema == CORDON_SCHEMA_ORGANIZATION || schema == CORDON_SCHEMA_VESSEL ||
                        schema == CORDON_SCHEMA_AIRCRAFT;
    if (parts && in_part(&a->scratch, parts->family, norm, len))
        flags |= CDN_TOK_FAMILY;
    if (cdn_is_legal_form(norm, len) && schema != CORDON_SCHEMA_PERSON)
        flags |= CDN_TOK_LEGAL_FORM;
    if (cdn_is_honorific(norm, len) && !organization)
        flags |= CDN_TOK_HONORIFIC;
    if (parts && in_part(&a->scratch, parts->patronymic, norm, len))
        flags |= CDN_TOK_PATRONYMIC;
    else if (parts && in_part(&a->scratch, parts->middle, norm, len))
        flags |= CDN_TOK_MIDDLE;
    else if (!organization && cdn_is_patronymic(norm, len))
        flags |= CDN_TOK_PATRONYMIC;
    return flags;
}

/* Appends s and a NUL to the token text; returns its offset (as a pointer-sized placeholder). */
static bool put(cdn_strbuf *text, const char *s, size_t len, const char **offset)
{
    *offset = (const char *)(uintptr_t)text->len;
    return cdn_strbuf_append(text, s, len) && cdn_strbuf_append_char(text, '\0');
}

static int add_token(cdn_analyzed *a, cdn_translit *tr, const char *norm, size_t len, uint8_t flags)
{
    cdn_token tok = {0};
    tok.weight = 1.0f;
    tok.flags = flags;
    if (!put(&a->text, norm, len, &tok.text))
        return CORDON_ENOMEM;

    /* The romanisation, then the key and skeleton of it (or of the text if it has none). */
    cdn_strbuf *s = &a->scratch;
    cdn_strbuf_reset(s);
    int status = CORDON_OK;
    if (!cdn_translit_needed(norm, len))
        status = cdn_strbuf_append(s, norm, len) ? CORDON_OK : CORDON_ENOMEM;
    else if (tr)
        status = cdn_translit_token(tr, norm, len, s);
    if (status != CORDON_OK || !cdn_strbuf_reserve(s, 0) || !put(&a->text, s->data, s->len, &tok.latin))
        return CORDON_ENOMEM;

    size_t latin_len = s->len;
    const char *base = latin_len ? a->text.data + (uintptr_t)tok.latin : norm;
    size_t base_len = latin_len ? latin_len : len;
    cdn_strbuf_reset(s);
    /* The key is built from a copy: appending to a->text may move base. */
    char copy[256];
    if (base_len >= sizeof copy)
        base_len = sizeof copy - 1;
    memcpy(copy, base, base_len);
    if (cdn_orthography_key(copy, base_len, s) != CORDON_OK || !cdn_strbuf_reserve(s, 0) ||
        !put(&a->text, s->data, s->len, &tok.key))
        return CORDON_ENOMEM;
    size_t key_len = s->len;
    memcpy(copy, s->data, key_len < sizeof copy ? key_len : sizeof copy - 1);
    cdn_strbuf_reset(s);
    if (latin_len && cdn_skeleton_key(copy, key_len < sizeof copy ? key_len : sizeof copy - 1, s) != CORDON_OK)
        return CORDON_ENOMEM;
    if (s->len < 3)
        cdn_strbuf_reset(s);
    if (!cdn_strbuf_reserve(s, 0) || !put(&a->text, s->data, s->len, &tok.skel))
        return CORDON_ENOMEM;
    return cdn_vec_push(&a->tokens, &tok) ? CORDON_OK : CORDON_ENOMEM;
}

int cdn_analyze_token(cdn_analyzed *a, cdn_translit *tr, const char *norm, size_t len, cordon_schema schema)
{
    return add_token(a, tr, norm, len, token_flags(a, norm, len, schema, NULL));
}

int cdn_analyze_name(cdn_analyzed *a, cdn_translit *tr, const char *name, size_t len, cordon_schema schema,
                     const cordon_name *parts)
{
    cdn_tokens toks;
    cdn_tokens_init(&toks);
    int status = cdn_tokenize(name, len, 0, &toks);
    size_t n = cdn_tokens_count(&toks);
    if (n > CDN_MAX_NAME_TOKENS)
        n = CDN_MAX_NAME_TOKENS;
    /* A person's "FAMILY, Given" (the lists' usual order): the words before the comma are the
     * family name. */
    const char *comma = schema == CORDON_SCHEMA_PERSON ? memchr(name, ',', len) : NULL;
    size_t comma_at = comma ? (size_t)(comma - name) : 0;
    for (size_t i = 0; status == CORDON_OK && i < n; i++) {
        const cdn_span_token *t = cdn_tokens_at(&toks, i);
        const char *norm = cdn_tokens_text(&toks, i);
        uint8_t flags = token_flags(a, norm, t->norm_len, schema, parts);
        if (comma && t->end <= comma_at)
            flags |= CDN_TOK_FAMILY;
        status = add_token(a, tr, norm, t->norm_len, flags);
    }
    cdn_tokens_free(&toks);
    return status;
}

void cdn_analyzed_finish(cdn_analyzed *a)
{
    cdn_token *toks = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++) {
        toks[i].text = a->text.data + (uintptr_t)toks[i].text;
        toks[i].latin = a->text.data + (uintptr_t)toks[i].latin;
        toks[i].key = a->text.data + (uintptr_t)toks[i].key;
        toks[i].skel = a->text.data + (uintptr_t)toks[i].skel;
    }
}
