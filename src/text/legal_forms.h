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

/* True when the normalized token is a title or honorific (mr, dr, sheikh, haji, ...). */
bool cdn_is_honorific(const char *token, size_t len);

/* True when the normalized token looks like an East Slavic patronymic (-ovich, -evna, ...) or
 * a Turkic one (ogly, kyzy). */
bool cdn_is_patronymic(const char *token, size_t len);

#endif
