/*
 * abjad_evidence.h — how much a consonant-class agreement (abjad.h) says, and what besides
 * the classes tells two words apart: two classes in common are a name only when neither word
 * has a further consonant that went unmatched; the vowel letters an abjad writes must agree
 * with the Latin spelling; and the words must begin alike (each function below says how).
 *
 * A word of an abjad reads as few classes, and the lists hold tens of thousands of Latin
 * words: two classes met in order, with an optional letter skipped on either side, meet
 * hundreds of unrelated names (حزب hzb / Josef: s b with ح and j left out). So a two-class
 * agreement is a full match only when each side has no other class that carries information.
 * What does not count: a letter that is a vowel as often as a consonant (و ו, a Latin w), the
 * article ال, the ending ة, a final ه ה (a vowel in Sara: ساره, שרה), a ج (a g or a ž as
 * often: بوجيتش / Božić), a class that repeats the one before across such a letter (كوكس /
 * Cox: k k s), a Latin letter that is silent or another letter's half (a j read as y, the t
 * of tz, the r of rz, a French final t), and a Latin h after a consonant (dh, rh: Jadhav,
 * Rheon). What counts: every other consonant, an ح ه ה ח inside the word, a Latin h at the
 * start or after a vowel (Ahmad, Mahdi: an h the script would write), and an initial y that
 * one side has and the other has not (يامن / Man).
 */
#ifndef CDN_ABJAD_EVIDENCE_H
#define CDN_ABJAD_EVIDENCE_H

#include <stdbool.h>

#include "text/abjad.h"

/*
 * Whether a two-class agreement of abjad (a reading of the romanised UTF-8 word native) and latin
 * (a reading of the plain-ASCII lower-case Latin spelling spelling, cdn_abjad_readings) is a
 * full match: each side has two classes that carry information at most, so nothing of either
 * word that says who is meant was left unmatched; an initial y (ي י, a Latin y) that only one
 * side has counts as such a class.
 */
bool cdn_abjad_two_classes_suffice(const cdn_abjad_classes *abjad, const char *native,
                                   const cdn_abjad_classes *latin, const char *spelling);

/*
 * Whether the vowel letters inside the romanisation romanised (of an Arabic or Hebrew word)
 * contradict the plain-ASCII lower-case Latin spelling spelling: a w (و ו) there is an o or a
 * u, or the consonant v or w, and a y (ي ی י) an i or an e, or the consonant y; a spelling
 * without any of those letters is another name, whatever consonants they share (عاشور ashwr /
 * Izair, سوبا swba / Capi). The first and last letters are left out: there و ي are consonants,
 * or a silent و (عمرو, Amr) and the ى of Mustafa. Long vowels are what an abjad writes; the
 * alif is left out too, as the romanisation keeps it only in some words.
 */
bool cdn_abjad_vowels_contradict(const char *romanised, const char *spelling);

/*
 * Whether the Hebrew word native (UTF-8) begins with an alef and a vav or yod that write its
 * first vowel (או an o or u: אורי Uri, אורן Oren; אי an i or e: אילן Ilan, איתן Eitan) and the
 * plain-ASCII lower-case Latin spelling spelling has no such vowel (no o, u, w, Scandinavian
 * aa or English all; no i, e, y or j): אורי is not Ari, which Hebrew writes ארי. The
 * romanisation leaves the alef out, so cdn_abjad_vowels_contradict takes that ו for a first
 * consonant. A doubled וו or יי is a consonant (אוולין Evelyn) and is left alone. Hebrew's
 * vowel letters: Wikipedia, "Matres lectionis" and "Romanization of Hebrew".
 */
bool cdn_hebrew_alef_vowel_contradicts(const char *native, const char *spelling);

/*
 * Whether the word native (UTF-8 Arabic or Hebrew, romanised as romanised) and the
 * plain-ASCII lower-case Latin spelling spelling begin alike: both with a vowel (an alef or
 * ayin on the abjad's side), or with consonants one letter of the script may write, the
 * Arabic article and a Latin silent first letter (kn, wr) aside. Consonant classes matched
 * in order say little when the words begin apart: a transliteration keeps a name's first
 * sound (ינאי / Yanai, טד / Ted, الدربالي / Derbali), unrelated words that share two or
 * three classes mostly do not (הדסה / Duc, علي / Hala, אור / Warrich, ירון / Rubin).
 */
bool cdn_abjad_onsets_agree(const char *native, const char *romanised, const char *spelling);

/*
 * Whether the Arabic word native (UTF-8; the article ال aside) begins with the sīn س and the
 * plain-ASCII lower-case Latin spelling spelling with a z: then they are two names, though
 * the keys and classes fold s and z together. Arabic writes a foreign z with ز (زين / Zein,
 * زابو / Szabó for the sound), and a foreign s heard as z with ز too (زايدل / Seidel), but
 * not a z with س: 6 of Wikidata's 64,973 Arabic name tokens do (سوفيا / Zsófia, سالازار /
 * Zalazar), against the one-word query سعيد (Said), which met *OAO ZID* at 0.93 in search by
 * key (sʿyd: the ع leaves no letter). Hebrew writes a Spanish z with ס (ספאטרו / Zapatero,
 * 31 of 50,039 tokens) and is left alone.
 */
bool cdn_abjad_sin_not_z(const char *native, const char *spelling);

/*
 * Whether every consonant class of the plain-ASCII lower-case Latin spelling spelling is
 * matched by the romanised Arabic or Hebrew word romanised (flags: cdn_abjad_flags_of) under
 * some reading of each (cdn_abjad_agree counts all of the spelling's classes, its optional ones
 * too). A word met by one class in common says who is meant only so: אלי / Eli (l), עוזי / Uzi
 * (z), היה / Hye (h); not where the spelling's second consonant went unmatched as a
 * letter the script may write once or leave silent (עטיה / Tuito: t t; ג׳נא / Yinon: n n;
 * עתי / Atieh: t h). Letters the spelling leaves unsaid after a vowel need no match: an h
 * before a consonant (דאל / Dahl, קור / Kuhr) and a final gh (לי / Leigh).
 */
bool cdn_abjad_spelling_met_whole(const char *romanised, unsigned flags, const char *spelling);

/*
 * Whether the Arabic or Hebrew word native (romanised, flags: cdn_abjad_flags_of) spells the
 * plain-ASCII Latin spelling out: it writes every vowel of the spelling, in place
 * (cdn_abjad_vowels_written), and every consonant class of each is met by the other, the
 * spelling read as written (not بهداد / Vta: its h; not أميد / Ahmed: the h no silent one;
 * not يزيد / Zid: its initial y). One class in common is then all either has, not all that
 * was found: أوسي / Osei, ني / Née, كواو / Kouao. The scorer counts such a pair alone where it
 * is the whole of both names (score.c: align), where one class in common otherwise needs
 * another pair beside it.
 */
bool cdn_abjad_spelled_out(const char *native, const char *romanised, unsigned flags, const char *spelling);

/*
 * How many consonant classes of the plain-ASCII lower-case Latin spelling spelling the
 * romanised Arabic or Hebrew word romanised (flags: cdn_abjad_flags_of) meets at most under some
 * reading of each (cdn_abjad_agree; 0: none), with in *left the fewest of the spelling's classes
 * a reading that meets so many leaves unmatched. The scorer caps a consonant match at 0.85
 * however many classes met; this says which of two such matches fits better (فرحات / Ferhat:
 * 4 met, none left; Pierrette: 3 met).
 */
size_t cdn_abjad_fit(const char *romanised, unsigned flags, const char *spelling, size_t *left);

#endif
