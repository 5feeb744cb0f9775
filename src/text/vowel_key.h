/*
 * vowel_key.h — a search key under which the Latin spellings of one Arabic or Persian name
 * meet whatever vowels they are written with.
 *
 * Arabic writes three short vowels that it mostly leaves unwritten, three long ones and two
 * diphthongs, and each romanisation spells them its own way: a short vowel as a, e, i, o or u
 * (Mohammad, Muhammed), a long one doubled or not (Majid, Majeed; Amin, Ameen; Yusuf,
 * Yousouf), the diphthongs as ay, ai, ei, ey or aw, ou, ow (Faysal, Faisal, Feisal; Tawfiq,
 * Toufic), a final tāʼ marbūṭa as a, ah or eh (Hawatma, Hawatmeh); doubled consonants are
 * written once or twice (Hassan, Hasan), and q, k, c, ck, kh, gh stand for neighbouring
 * consonants (Saqr, Sakr; Vaseqi, Vaseghi). Sources: Wikipedia, "Romanization of Arabic" (the
 * comparison table of the systems) and "Arabic alphabet" (tāʼ marbūṭa).
 *
 * The cross-orthography key (orthography.h) keeps the vowels, so such spellings have other
 * keys, and a search follows the misspellings of a query word only when its key is rare: a
 * query word whose spelling is common (Majid, Osama, Javed) never reached the names that have
 * another spelling of it (Majeed, Usama, Javaid), though the scorer matches them. The index
 * files every Latin word under its vowel key as well, and a query word looks its own up.
 *
 * The key is the spelling with every run of vowels inside the word as one mark, V (a w beside
 * a vowel and a y after the first letter are part of the run: the diphthongs), a final run by
 * its last letter as the long vowel it stands for — a for a, e and a final ah, eh (tāʼ
 * marbūṭa), i for i, y, ee, ie, u for o, u, ou, oo (so Maria and Mario stay apart) — a final
 * e after a consonant dropped (the French Amine, Lemine, as the cross-orthography key drops
 * it), the velars and uvulars as k, and runs of one letter once: Mohammed and Muhammad are
 * "mVhVmVd", Osama and Usama "VsVma", Hawatmeh and Hawatma "hVtma", Tawfiq and Toufic "tVfVk".
 */
#ifndef CDN_VOWEL_KEY_H
#define CDN_VOWEL_KEY_H

#include <stdbool.h>
#include <stddef.h>

/* The longest word keyed (longer words have no vowel key). */
enum { CDN_VOWEL_KEY_MAX = 48 };

/* The fewest consonants a key must have: with one (Ali, Vli) it reaches too many names. */
enum { CDN_VOWEL_KEY_MIN_CONSONANTS = 2 };

/* The fewest runs of vowels (syllables) a key must have: two names of one syllable differ in
 * their one vowel (Jong, Jang, Jung; Chen, Chan; Sayyid, Saʿd), as the scorer's "vowels" rule
 * says too (score.c). */
enum { CDN_VOWEL_KEY_MIN_SYLLABLES = 2 };

/*
 * Writes the vowel key of the plain-ASCII lower-case word latin (len bytes) into out (room for
 * CDN_VOWEL_KEY_MAX + 1 bytes), NUL-terminated, and returns its length; 0 (and "") when the
 * word is not plain lower-case letters, is longer than CDN_VOWEL_KEY_MAX, or has fewer than
 * CDN_VOWEL_KEY_MIN_CONSONANTS consonants in its key.
 */
size_t cdn_vowel_key(const char *latin, size_t len, char out[CDN_VOWEL_KEY_MAX + 1]);

/*
 * Whether the plain lower-case words a (la bytes) and b (lb bytes) have one vowel key and write
 * each run of vowels it marks V with letters that may stand for one Arabic or Persian vowel, as
 * two romanisations write it (BGN/PCGN and ALA-LC, Arabic and Persian): Hossein and Husayn (the
 * Persian o and ey, the Arabic u and ay), Obeidi and Ubaydi — but not Hassan and Husayn (a
 * against u), whose key is one. English spellings are held apart: where the key has one such
 * run, an e meets only an e and an o only a diphthong (Habu / Hebo, Murray / Morey); an e for an
 * a or an i is never the only difference (Helen / Hallan); and with every run alike the words
 * agree only when one writes a q (not before u) the other writes k, c or gh (Qansu / Kanso,
 * Naqdi / Naghdi; not Kelly / Kelley, Angelica / Angelique). Where the vowels differ, the words
 * must also differ as romanisations of Arabic or Persian do, not as English, German or Indian
 * spellings: a diphthong written two ways, one of them ALA-LC's aw or ay (ey / ay, ou / aw) or
 * with another vowel but an e apart too (Hossein / Husayn), a velar (q, gh, kh / k), or the
 * tāʼ marbūṭa as -ah and -a (Neena / Nine, Chawla / Cholewa, Venita / Vineeta, Bauman / Bowman
 * do not agree).
 * A word with a c before e, i or y (an s: Cyler, Pace) agrees with none.
 */
bool cdn_vowel_key_vowels_agree(const char *a, size_t la, const char *b, size_t lb);

#endif
