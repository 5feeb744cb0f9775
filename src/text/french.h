/*
 * french.h — a Latin spelling read as French says it, for the consonant classes of Arabic and
 * Hebrew (abjad.h), which write a French name as it sounds: Perrault is פרו (a final ault is
 * "o"), Blanc בלאן (the c of a final nc unsaid), Anouilh אנוי (ill and a final ilh are "y"),
 * Dufresne דיפרן (the s of esn unsaid), Parillaud פריו. Read letter by letter those met
 * nothing (session 20). The rules are the silent letters of French orthography and the
 * spellings of its "o" and "y" (Wikipedia: "French orthography", its tables of vowels and
 * consonants and its section on silent letters), only where they change the consonants:
 * vowels are the matchers' to weigh. The kana, Hangul and Cyrillic matchers have a French
 * reading of their own (readings.c: FRENCH, FRENCH_NASAL) and do not ask for this one.
 */
#ifndef CDN_FRENCH_H
#define CDN_FRENCH_H

#include <stdbool.h>
#include <stddef.h>

/* The most bytes cdn_french_reading writes for a word of len letters (each rule writes fewer
 * letters than it reads), with its NUL. */
#define CDN_FRENCH_ROOM(len) ((len) + 1)

/* The rules of cdn_french_reading, one bit each. */
enum cdn_french_rule {
    CDN_FRENCH_FINAL_O = 1 << 0, /* a final au, eau with its silent l, t, d, x said o (Perrault
                                    pero, Renault, Parillaud, Rousseaux) */
    CDN_FRENCH_NC = 1 << 1,      /* the c of a final nc unsaid (Blanc blan, Leblanc) */
    CDN_FRENCH_ILL = 1 << 2,     /* ill between vowels and a final ilh after one said y (Anouilh anouy,
                                    Guillaume guyaume, Mireille) */
    CDN_FRENCH_ESN = 1 << 3,     /* the s of esn unsaid (Dufresne dufrene, Duchesne, Quesnay) */
};

/*
 * Writes into out (CDN_FRENCH_ROOM(len) bytes) the plain lower-case ASCII word w (len bytes)
 * as French says it, and returns the rules (cdn_french_rule) that applied, 0 when none did:
 * a final au or eau and the l, t, d or x after it as o (perrault pero, renault reno,
 * rousseaux rousso), the c of a final nc left out (blanc blan), ill between vowels and a
 * final ilh after a vowel as y (anouilh anouy, guillaume guyaume), the s of esn left out (dufresne
 * dufrene). Every other letter is written as it is.
 */
unsigned cdn_french_reading(const char *w, size_t len, char *out);

#endif
