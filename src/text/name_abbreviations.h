/*
 * name_abbreviations.h — given names that are written abbreviated by convention, brought to the
 * name they stand for.
 *
 * Some given names are so common that a country's usage abbreviates them in papers and lists:
 * Muhammad as Mohd or Muhd (Malaysia, Singapore), Md (Bangladesh) and Mhd (Syria); the Burmese
 * Maung (an honorific particle of men's names) as Mg. A record of a person writes the
 * abbreviation where another spells the name out (SHAH, Mohd Yusuf / SHAH, Mohammad Yusuf), and
 * no spelling distance meets "mohd" with "muhammad": the abbreviation is read as the name.
 *
 * Sources (the conventions, not any list's names): Wikipedia, "Muhammad (name)" (Mohd, Md, Mhd
 * as abbreviations), "Malay names", "Burmese names" (Maung, written Mg).
 */
#ifndef CDN_NAME_ABBREVIATIONS_H
#define CDN_NAME_ABBREVIATIONS_H

#include <stddef.h>

/* The name (plain lower-case ASCII) that the normalized word w (len bytes, without a full stop)
 * abbreviates, or NULL when it is no such abbreviation. */
const char *cdn_given_name_abbreviation(const char *w, size_t len);

#endif
