/*
 * french_w.h — the Arabic w (و) as French spells it: ou before a vowel (Ouahid, Fouaz,
 * Redouane, Marouane, Houari) and aou before a consonant for the diphthong aw (Chaouki,
 * Taoufik, Naoufal, Jaoudat), where English spellings write w (Wahid, Fawaz, Ridwan, Marwan,
 * Hawari, Shawki, Tawfiq, Nawfal, Jawdat). Names from the Maghreb, Lebanon and West Africa
 * come to the lists in both (Wikipedia, "Romanization of Arabic": the French-based
 * transcriptions write و as ou; "Maghrebi Arabic", its names in French spelling). The cross-
 * orthography key folds ou with u (Souad, Suad), which is right for the long vowel, not for
 * the consonant: Fouaz and Fawaz had no similarity at all.
 */
#ifndef CDN_FRENCH_W_H
#define CDN_FRENCH_W_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Writes into out (room for len + 1 bytes) the plain lower-case ASCII word w (len bytes) with
 * every ou before an a, or an e that does not end the word, written w, and every aou before a
 * consonant written aw, and returns whether there was one: fouaz → fwaz, ouahid → wahid,
 * naouel → nawel, chaouki → chawki. An ou before an i is left (Louis is not Lewis), and before
 * a final e (Inoue, a Japanese name of four syllables), as is any other ou (Mouloud, Youssef).
 * Souad (Su'ad) reads swad: its key meets Suad before this is asked.
 */
bool cdn_french_w(const char *w, size_t len, char *out);

#endif
