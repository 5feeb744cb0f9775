/*
 * dotted_forms.h — a legal form written as letters with dots (S.A., L.L.C., S.p.A., O.O.O.)
 * read as the one word it abbreviates.
 *
 * The tokenizer splits S.A. into the words s and a, which then count as two initials: Banco
 * Atlantico S.A. scored 0.70 against BANCO ATLANTICO, where Banco Atlantico SA scores 0.92.
 * Joined, the letters are the legal form (legal_forms.h) and weigh as little as one.
 */
#ifndef CDN_DOTTED_FORMS_H
#define CDN_DOTTED_FORMS_H

#include <stdbool.h>

#include "text/tokenize.h"

/* Where a run of dotted letters may be read as a legal form. */
typedef enum cdn_dotted_where {
    CDN_DOTTED_ANYWHERE,      /* a company's name: O.O.O. Romashka, Taura S.A. */
    CDN_DOTTED_AT_END,        /* a name of no type: the form ends it, after two words at least
                                 or in letters of both cases (Fiat S.p.A.); elsewhere (A.G.
                                 Smith, Petrov A.O.) the letters are a person's
                                 initials, and company forms (L.L.C., O.O.O.:
                                 cdn_is_company_form) are read anywhere */
    CDN_DOTTED_COMPANY_FORMS, /* a person's: only forms no person's name has (L.L.C., J.S.C.) */
} cdn_dotted_where;

/*
 * Rewrites in toks (the tokens of text, as cdn_tokenize gave them) each run of two or more
 * one-letter words joined by single dots and nothing else (S.A., S.A, s.p.a.) whose letters
 * together are a legal form's abbreviation (cdn_is_legal_form_abbreviation) into one token of
 * those letters, spanning the run; where says which runs may be. The other tokens keep their
 * order and spans. Returns CORDON_OK or CORDON_ENOMEM (toks then holds every token still,
 * the runs after the failure unjoined).
 */
int cdn_join_dotted_forms(cdn_tokens *toks, const char *text, cdn_dotted_where where);

#endif
