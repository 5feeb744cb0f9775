/*
 * kept_letters.h — a word written with the letters normalisation folds but a reading needs.
 *
 * Normalisation (normalize.h) strips marks before a token exists: Russian й becomes и and ё
 * becomes е, German ö becomes o. That is what exact and key matches want (Сергей, Сергеи and
 * Sergei are one name), but it loses what a reading of the word needs: Йейл is yeyl (Yale),
 * Дьёрдь is d'ord' (György, gy as дь, ö as ё), and a name in katakana writes ö as エ (ゲーテ,
 * Goethe; メーリンク, Möring). This module gives a second form of such a word, used only by the
 * readings (score.c): the token's text, romanisation and keys stay as they are.
 */
#ifndef CDN_KEPT_LETTERS_H
#define CDN_KEPT_LETTERS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strbuf.h"

/*
 * Writes into out (reset first) the word of len bytes at word (as given, before
 * normalisation), whose token is the norm_len bytes at norm (cdn_normalize's), normalised as
 * cdn_normalize would but with these letters kept:
 *   - Cyrillic й as й; ё as о after a consonant, ь, ъ or й (its softening is the letter
 *     before's: Дьёрдь дьордь, Лихачёв лихачов), as йо at the start or after a vowel (Ёсида
 *     йосида);
 *   - Latin ä ö ü ø å as the digraphs of their own languages' plain spellings, ae oe ue oe aa
 *     (DIN 5007-2 for German; the Danish and Norwegian ones for ø and å): Möring moering;
 *     the Slavic, Romanian and Turkish letters whose marks say how they sound as English
 *     spells the sound (č ć ch, š ś ș ş sh, ž ź ż zh, đ dzh, ț ţ ts, ł w, ę en, ą on, ă e:
 *     Vujčić vujchich, Piłsudski piwsudski; ñ ny, ř rzh, ğ left out: kept_letters.c has the table).
 * Returns true when the word has one of them and out holds the kept form; false (out then
 * unspecified) when it has none, when the word read letter by letter is not norm folded back (an
 * apostrophe's possessive, a ligature's space, a title split off), or out of memory — every case in which the token's own
 * romanisation is all a reading has.
 */
bool cdn_kept_letters(const char *word, size_t len, const char *norm, size_t norm_len, cdn_strbuf *out);

#endif
