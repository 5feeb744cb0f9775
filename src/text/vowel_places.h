/*
 * vowel_places.h — whether the long vowels a word in Arabic or Hebrew script writes stand where
 * a Latin spelling has its vowels: each vowel letter after the consonant the spelling has a
 * vowel after.
 *
 * An abjad leaves short vowels out but writes long ones (و ו, ي ی י, an Arabic alif inside the
 * word), and where it writes one says something of the name: ינאי and Yanai both have a vowel
 * after the n; سهيل (Suhail) has an i after the h where Saleh has an a after the s and an e
 * after the l. Two consonant classes in common (abjad.h) match hundreds of unrelated Latin
 * words; with the vowel letters in their places, few of them.
 */
#ifndef CDN_VOWEL_PLACES_H
#define CDN_VOWEL_PLACES_H

#include <stdbool.h>

/*
 * Whether every vowel letter of romanised (the romanisation of the Arabic or Hebrew word native
 * (UTF-8, normalized), flags
 * cdn_abjad_flag: w for و ו, y for ي ی י, a for an Arabic alif; the first letter, the article
 * and doubled ww yy aside) finds, in order, a vowel of the plain-ASCII lower-case Latin
 * spelling that it may write (w: o, u, or a v or w; y: i, e, y, or a j; a: a, e, u) after a
 * consonant that may be the one before it (an h on either side may be unwritten or a
 * digraph's second letter); a ו or و after an initial alef or ayin is the spelling's first
 * vowel (אורי Uri), but a וו there the consonant v (אווה Eva) and a יי the diphthong of an
 * English a (איימי Amy); an English a before ll is a back vowel (בול Ball); a consonant written
 * twice needs a vowel between its two in the spelling or, in Hebrew, the spelling's two letters
 * side by side (אנני Annie; Arabic marks a double letter with a sign), a final ة after a t being
 * the ending; one written again after a ו or י needs the spelling to write it twice (כליל Klil,
 * not Chile); and a final ה after a consonant letter is a vowel the spelling ends on, or one
 * before a French silent end (מרטינה Martinet).
 */
bool cdn_abjad_vowels_in_place(const char *native, const char *romanised, unsigned flags, const char *spelling);

/*
 * Whether the vowel letters of romanised are in place (cdn_abjad_vowels_in_place, the same
 * arguments) and write every vowel of the spelling: each of its vowel places is taken by a
 * vowel letter (كواو Kouao, ني Née, يوكو Yoko), by an initial alif (א ا أ إ آ: آبي Abe) or by a final ה
 * or ه (إده Eddé); not عزة Ezza nor עלי Ali, whose first vowel follows the consonant ع ע
 * unwritten. Each vowel of a place is written by a letter that may be it, in order, each
 * letter writing one at least (ي: i e y, ee ie ei; و: o u, and a French au; an alif inside
 * the word: a e, and u alone; a final ه: a e, ה also o; a short vowel before a consonant y
 * between vowels goes unwritten, أريا Arraya): not سي Cayo (a and o unwritten), لي Leo (its
 * o), إده Otto, عايش Iss (an alif after the ع that writes no a). Such a word spells its
 * vowels as a full transcription does.
 */
bool cdn_abjad_vowels_written(const char *native, const char *romanised, unsigned flags, const char *spelling);

#endif
