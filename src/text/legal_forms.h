/*
 * legal_forms.h — company legal forms and honorifics: tokens that say what kind of party a name
 * belongs to rather than which one, and so count for little in a match.
 */
#ifndef CDN_LEGAL_FORMS_H
#define CDN_LEGAL_FORMS_H

#include <stdbool.h>
#include <stddef.h>

/* True when the normalized token is a legal form (llc, gmbh, ooo, ооо, jsc, ...). */
bool cdn_is_legal_form(const char *token, size_t len);

/* True when the normalized token is a legal form's abbreviation (llc, sa, ag, ооо, ...), not a
 * word of one spelled out (societe, limited). */
bool cdn_is_legal_form_abbreviation(const char *token, size_t len);

/* Whether the normalized token is a legal-form abbreviation that only companies carry (llc,
 * gmbh, ооо, ...), or a word of such a form spelled out (company, aktiengesellschaft,
 * общество, ...): a name with one is a company's, whatever type its list gave it. */
bool cdn_is_company_form(const char *token, size_t len);
/* True when the normalized token is a title or honorific (mr, dr, sheikh, haji, ...). */
bool cdn_is_honorific(const char *token, size_t len);

/* Whether the honorific token (normalized) is a family name too, and so an honorific only
 * where more of the name follows it (Mufti Noor WALI), not where it ends a name (Omar Mufti). */
bool cdn_honorific_is_also_a_name(const char *token, size_t len);

/* The i-th honorific (cdn_is_honorific's words), or NULL past the end: for a table of them
 * built elsewhere (scan/index_facts.c). */
const char *cdn_honorific_at(size_t i);

/* Whether each word list is in byte order, as the binary search over it needs (for the unit
 * tests: a word added out of order would quietly stop being recognised). */
bool cdn_word_lists_in_order(void);

/* What a token's ending says about it being a patronymic. */
typedef enum cdn_patronymic {
    CDN_PATRONYMIC_NONE = 0,
    CDN_PATRONYMIC_MAYBE, /* -ovich, -evich, -vych...: a patronymic, or a surname (Abramovich) */
    CDN_PATRONYMIC_SURE,  /* -ovna, -evna, -ichna, ogly, kyzy: only ever a patronymic */
} cdn_patronymic;

/* Classifies a normalized token (Cyrillic or Latin) by its East Slavic or Turkic patronymic
 * ending. */
cdn_patronymic cdn_patronymic_kind(const char *token, size_t len);

#endif
