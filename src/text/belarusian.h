/*
 * belarusian.h — a Latin spelling of a Belarusian name read back into the consonants that the
 * romanisation of its Russian form writes, so that SHAUTSOU meets SHEVTSOV and TKACHOU TKACHEV.
 *
 * The OFAC and EU lists write Belarusians in a romanisation of the Belarusian form of their
 * name, and give the Russian form as an a.k.a. (or the other way round): the passport system
 * of Belarus's Ministry of Internal Affairs (2008, 2010: г as h, ў as u, ц as ts, я as ia:
 * Aliaksandr, Siarhei, Yauhen) or BGN/PCGN's of 1979 (г as h, ў as w), beside BGN/PCGN's
 * Russian (г as g, в as v). Where the two forms are cognates their consonants differ by rule:
 *
 *     г    Belarusian h, Russian g                     Henadz / Gennadiy, Ryhor / Grigoriy
 *     ў    Belarusian u after a vowel, Russian в v     Shautsou / Shevtsov, Paulichenka / Pavlichenko
 *     дз   dzekanne: Belarusian dz for a soft д d      Dzmitry / Dmitriy
 *     ц    tsekanne: Belarusian ts for a soft т t      Kanstantsin / Konstantin
 *     -енка for -енко                                  Lukashenka / Lukashenko
 *
 * and in vowels (akanne: a Belarusian a for an unstressed o or e; я for an unstressed е), which
 * the comparison leaves to a vowel skeleton (score.c). Sources: Wikipedia, "Belarusian
 * language" (phonology: akanne, dzekanne, tsekanne, the non-syllabic ў for a final в),
 * "BGN/PCGN romanization of Belarusian", "Romanization of Belarusian" (the passport system);
 * UNGEGN Working Group on Romanization Systems, "Belarusian" (version 2.2, 2003).
 */
#ifndef CDN_BELARUSIAN_H
#define CDN_BELARUSIAN_H

#include <stddef.h>

/*
 * Whether the plain lower-case ASCII word w (len bytes) shows a Belarusian spelling that a
 * Russian one never has: the ending -ou, -au or -eu after a consonant, in six letters or more
 * (the ў of a final в: Shatrou, Makarau, Karaeu), -enka (Lukashenka), or dz where Polish does
 * not write it (Polish writes dzi, dzie, dzia: Dziedzic): at the end, before a consonant that is
 * not dzh's h, or before a y and a vowel (Henadz, Dzmitry, Dzyamidchyk).
 * Cheap: it reads the last bytes, and scans for dz only when both letters are in the word.
 */
int cdn_may_be_belarusian(const char *w, size_t len);

/*
 * Writes into out (room for len + 1 bytes) the word w (len bytes, plain lower-case ASCII) read
 * as a Belarusian romanisation: its consonants as BGN/PCGN writes the Russian cognate's (the
 * table above; shautsou → shavtsov, paulichenka → pavlichenko, henadz → genad), NUL-terminated.
 * Returns its length, or 0 when w shows no Belarusian spelling (cdn_may_be_belarusian): a
 * Russian, English or Arabic word is not read so (out is then undefined).
 */
size_t cdn_belarusian_as_russian(const char *w, size_t len, char *out);

#endif
