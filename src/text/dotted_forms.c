/*
 * dotted_forms.c — legal forms written as dotted letters, joined into one token (see
 * dotted_forms.h).
 */
#include "text/dotted_forms.h"

#include "cordon.h"
#include "text/legal_forms.h"

/* The longest run of letters read as one form (G.m.b.H., P.J.S.C.: four; S.A.R.L.: four). */
#define LONGEST_FORM 5

/* Whether token t is one ASCII letter written as one byte (not a digit, not a letter that an
 * accent or a ligature gave). */
static bool one_letter(const cdn_tokens *toks, const cdn_span_token *t)
{
    char c = toks->norm.data[t->norm_off];
    return t->norm_len == 1 && t->end - t->start == 1 && c >= 'a' && c <= 'z';
}

/* How many tokens from i on are one-letter words each joined to the one before by a single
 * dot (S.A.: 2); 1 or 0 where there is no such run. */
static size_t dotted_run(const cdn_tokens *toks, const char *text, size_t i)
{
    const cdn_span_token *t = toks->items.items;
    size_t n = cdn_tokens_count(toks), k = i;
    while (k < n && one_letter(toks, &t[k]) &&
           (k == i || (t[k].start == t[k - 1].end + 1 && text[t[k - 1].end] == '.')))
        k++;
    return k - i;
}

/* Whether the run of n one-letter words from t has letters of both cases (S.p.A.): initials
 * are capitals. */
static bool mixed_case(const char *text, const cdn_span_token *t, size_t n)
{
    bool upper = false, lower = false;
    for (size_t k = 0; k < n; k++) {
        char c = text[t[k].start];
        upper |= c >= 'A' && c <= 'Z';
        lower |= c >= 'a' && c <= 'z';
    }
    return upper && lower;
}

int cdn_join_dotted_forms(cdn_tokens *toks, const char *text, cdn_dotted_where where)
{
    int status = CORDON_OK;
    size_t n = cdn_tokens_count(toks), out = 0;
    cdn_span_token *t = toks->items.items;
    for (size_t i = 0; i < n;) {
        size_t run = dotted_run(toks, text, i);
        if (run >= 2 && run <= LONGEST_FORM && status == CORDON_OK) {
            char letters[LONGEST_FORM];
            for (size_t k = 0; k < run; k++)
                letters[k] = toks->norm.data[t[i + k].norm_off];
            /* At the end of a name of no type, after two words at least or in letters of
             * both cases (Fiat S.p.A.): Petrov A.O. and Mahmoud S.A. are a surname and
             * initials, the usual Russian way to write a person. */
            bool allowed = where == CDN_DOTTED_ANYWHERE || cdn_is_company_form(letters, run) ||
                           (where == CDN_DOTTED_AT_END && i + run == n && (i >= 2 || mixed_case(text, &t[i], run)));
            if (allowed && cdn_is_legal_form_abbreviation(letters, run)) {
                size_t off = toks->norm.len;
                if (cdn_strbuf_append(&toks->norm, letters, run) && cdn_strbuf_append_char(&toks->norm, '\0')) {
                    t[out++] = (cdn_span_token){t[i].start, t[i + run - 1].end, off, run};
                    i += run;
                    continue;
                }
                status = CORDON_ENOMEM; /* the rest stays as it was */
            }
        }
        /* A run that is no form stays letters, all of it: A.B.S.A. holds no S.A. */
        for (size_t end = i + (run ? run : 1); i < end;)
            t[out++] = t[i++];
    }
    toks->items.len = out;
    return status;
}
