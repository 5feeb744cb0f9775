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
    cdn_vec_init(&a->tokens, sizeof(cdn_token));
}

void cdn_analyzed_free(cdn_analyzed *a)
{
    cdn_strbuf_free(&a->text);
    cdn_vec_free(&a->tokens);
}

void cdn_analyzed_reset(cdn_analyzed *a)
{
    cdn_strbuf_reset(&a->text);
    a->tokens.len = 0;
}

/* Whether the normalized token occurs among the normalized words of a name part. */
static int in_part(const char *part, const char *token, size_t len)
{
    if (!part)
        return 0;
    cdn_strbuf norm;
    cdn_strbuf_init(&norm);
    int found = 0;
    if (cdn_normalize(part, strlen(part), &norm) == 0) {
        const char *p = cdn_strbuf_cstr(&norm);
        while (*p && !found) {
            const char *end = strchr(p, ' ');
            size_t n = end ? (size_t)(end - p) : strlen(p);
            found = n == len && memcmp(p, token, len) == 0;
            p += n + (end ? 1 : 0);
        }
    }
    cdn_strbuf_free(&norm);
    return found;
}

static int add_token(cdn_analyzed *a, const char *norm, size_t len, cordon_schema schema, const cordon_name *parts,
                     uint8_t extra_flags)
{
    cdn_token tok = {0};
    uint8_t flags = extra_flags;
    if (parts && in_part(parts->family, norm, len))
        flags |= CDN_TOK_FAMILY;
    if (cdn_is_legal_form(norm, len) && schema != CORDON_SCHEMA_PERSON)
        flags |= CDN_TOK_LEGAL_FORM;
    if (cdn_is_honorific(norm, len) && schema != CORDON_SCHEMA_ORGANIZATION && schema != CORDON_SCHEMA_VESSEL)
        flags |= CDN_TOK_HONORIFIC;
    if (parts && in_part(parts->patronymic, norm, len))
        flags |= CDN_TOK_PATRONYMIC;
    else if (parts && in_part(parts->middle, norm, len))
        flags |= CDN_TOK_MIDDLE;
    else if (schema != CORDON_SCHEMA_ORGANIZATION && schema != CORDON_SCHEMA_VESSEL && cdn_is_patronymic(norm, len))
        flags |= CDN_TOK_PATRONYMIC;

    size_t text_off = a->text.len;
    if (!cdn_strbuf_append(&a->text, norm, len) || !cdn_strbuf_append_char(&a->text, '\0'))
        return CORDON_ENOMEM;
    size_t key_off = a->text.len;
    int status = cdn_orthography_key(norm, len, &a->text);
    if (status != CORDON_OK || !cdn_strbuf_append_char(&a->text, '\0'))
        return CORDON_ENOMEM;
    tok.text = (const char *)(uintptr_t)text_off;
    tok.key = (const char *)(uintptr_t)key_off;
    tok.weight = 1.0f;
    tok.flags = flags;
    return cdn_vec_push(&a->tokens, &tok) ? CORDON_OK : CORDON_ENOMEM;
}

int cdn_analyze_token(cdn_analyzed *a, const char *norm, size_t len, cordon_schema schema)
{
    return add_token(a, norm, len, schema, NULL, 0);
}

int cdn_analyze_name(cdn_analyzed *a, const char *name, size_t len, cordon_schema schema, const cordon_name *parts)
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
        uint8_t flags = comma && t->end <= comma_at ? CDN_TOK_FAMILY : 0;
        status = add_token(a, cdn_tokens_text(&toks, i), t->norm_len, schema, parts, flags);
    }
    cdn_tokens_free(&toks);
    return status;
}

void cdn_analyzed_finish(cdn_analyzed *a)
{
    cdn_token *toks = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++) {
        toks[i].text = a->text.data + (uintptr_t)toks[i].text;
        toks[i].key = a->text.data + (uintptr_t)toks[i].key;
    }
}
