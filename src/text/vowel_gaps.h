/*
 * vowel_gaps.h — whether two spellings of one consonant skeleton (orthography.h) are written
 * with vowels that make them two names, for alphabets that write every vowel (Cyrillic).
 *
 * The skeleton drops vowels because Arabic and Hebrew do not write the short ones, and because
 * romanisations of Cyrillic spell them inconsistently (худт / Hoedt, маддок / Muddock,
 * рендал / Randal). But a Cyrillic у is a u, ou, oo or o in every Latin spelling of a name,
 * and an о, an и likewise have few: Путин (putin) and Petion share p t n, and their first
 * vowels, u and e, say they are two names. The spellings are cut at the skeleton's consonants
 * into the vowel groups between them, and where both have a group at one place the groups are
 * compared by those three letters only; where the consonants do not line up one to one the
 * spellings are not compared at all. The Latin letters each vowel may be are those of the
 * systems in Wikipedia's "Romanization of Russian" and "Romanization of Belarusian" (у: u, ou,
 * oo; ў: u, w, v), and of the English and French spellings Russian transcribes (Forshaw).
 */
#ifndef CDN_VOWEL_GAPS_H
#define CDN_VOWEL_GAPS_H

#include <stdbool.h>

/*
 * Whether the romanisation romanised (of a word written in an alphabet, Cyrillic) and the
 * plain-ASCII lower-case Latin spelling spelling have, between the same two consonants of
 * their skeleton, vowels that cannot be one sound: a u (у ю ў) against a group with no u,
 * o, w or v; an o alone against one with no o, a, u or w; an i or y alone (и ы) against one with no
 * i, e or y. Also true when the romanisation writes a consonant again after a vowel more often
 * than the spelling does (antonina / Anton: the skeleton reads n-i-n as one n, and hides a
 * syllable), when the romanisation begins or ends with a vowel where the spelling has no
 * letter before its first consonant or after its last (efrem / Firma, kazakova / Cesic), and
 * when it writes a v after its last consonant where the spelling writes no v, w or u (antonov
 * / Antona: a surname's -ov is no vowel). False when their consonants do not line up one to one.
 */
bool cdn_vowel_gaps_contradict(const char *romanised, const char *spelling);

#endif
