/*
 * normalize.h — turning a name or a word into comparable form.
 *
 * Normalization: Unicode NFKC, case folding, marks stripped (é → e, й → и), default-ignorable
 * characters removed (soft hyphen, zero-width joiners), a few Latin letters without a
 * decomposition folded (ł → l, ø → o, æ → ae), apostrophes dropped (O'Brien → obrien, an English
 * possessive 's removed), and every other non-letter, non-digit run folded into one space.
 * Scripts are kept as they are: transliteration is a separate, later step. The letters whose
 * marks a reading needs (й, ё, ö, č...) are written apart, for the readings alone, by
 * kept_letters.h.
 */
#ifndef CDN_NORMALIZE_H
#define CDN_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strbuf.h"

/*
 * Appends the normalized form of the len bytes at s to out: tokens separated by one space, no
 * leading or trailing space. Returns CORDON_OK, CORDON_EINVAL when s is not valid UTF-8 (out is
 * then unchanged), or CORDON_ENOMEM.
 */
int cdn_normalize(const char *s, size_t len, cdn_strbuf *out);

/* True for the code points cordon treats as part of a word: letters, marks, digits, and the
 * format characters (ZWNJ, soft hyphen) that occur inside words. */
bool cdn_is_word_char(int cp);

/* True for the apostrophe-like code points that join the letters around them (the Hebrew
 * geresh and gershayim too: any of them but the gershayim after ג ז צ is kept as a geresh, part
 * of the letter, cdn_takes_geresh). */
bool cdn_is_apostrophe(int cp);

/* The Hebrew geresh (׳, U+05F3). */
#define CDN_GERESH 0x05F3
/* The Hebrew gershayim (״, U+05F4): it marks an acronym (צה״ל, ז״ל), never a letter's sound, so
 * unlike the geresh it is no part of a letter after ג ז צ (אצ״ל is Etzel, not ach'l). */
#define CDN_GERSHAYIM 0x05F4

/*
 * Whether a geresh (or an apostrophe standing for one) after code point cp is part of the
 * letter: Hebrew writes sounds it has no letter for as ג׳ (j), ז׳ (zh), צ׳ (ch), and
 * normalization keeps that geresh as U+05F3 instead of dropping it as an apostrophe (ג׳ון is
 * John, not Gon).
 */
bool cdn_takes_geresh(int cp);

#endif
