/*
 * korean_names.h — a Korean name in Hangul read as its Latin spelling reads it, for the scorer.
 *
 * Revised Romanization of 김정은 gives gimjeongeun, one word; the lists write KIM Jong Un.
 * Against a name in Latin letters, the Hangul name's words are taken apart into surname and
 * given name (hangul.h), the surname given the other side's spelling of it when that is one
 * of its spellings (Kim for 김), the given name the other side's spelling of it when the two
 * fold alike (Jong Un for 정은) — so that the scorer compares what the systems agree on.
 */
#ifndef CDN_KOREAN_NAMES_H
#define CDN_KOREAN_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "match/analyze.h"

/* Hangul tokens read against a Latin name: the tokens and the strings they point into. */
typedef struct cdn_korean_reading {
    cdn_token tokens[CDN_MAX_NAME_TOKENS];
    size_t count;
    char text[CDN_MAX_NAME_TOKENS][4 * 16];   /* a token's text (a split one's half) */
    char latin[CDN_MAX_NAME_TOKENS][64];
    char key[CDN_MAX_NAME_TOKENS][256];
} cdn_korean_reading;

/* Appends to r a copy of t (its weight and flags) reading as text (tlen bytes) romanised as
 * latin (llen bytes), keyed anew and never memoised; false when it does not fit. */
bool cdn_korean_reading_append(cdn_korean_reading *r, const cdn_token *t, const char *text, size_t tlen,
                               const char *latin, size_t llen);

/*
 * Whether the tokens hangul[0..m) (a name with a Hangul word) read differently against the
 * Latin tokens latin[0..k); if so, fills out with the reading. Cheap when no token of hangul
 * is Hangul.
 */
bool cdn_korean_reading_of(const cdn_token *hangul, size_t m, const cdn_token *latin, size_t k,
                           cdn_korean_reading *out);

#endif
