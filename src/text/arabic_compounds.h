/*
 * arabic_compounds.h — Arabic compound given names written joined, hyphenated or split, in Latin
 * letters, brought to one spelling.
 *
 * Many Arabic given names are a construct of two nouns joined by the article al-, which
 * romanisations write as one word, two or three: the theophoric names ʿAbd al-Raḥmān
 * (Abdulrahman, Abdul Rahman, Abd al-Rahman, Abdurrahman, Abderrahmane), the names in -al-Dīn
 * (Badreddine, Badr al-Din, Badruddin, Nur ad-Din) and in -Allāh (Hayatullah, Hayat Ullah,
 * Hayatollah). The article's vowel and its assimilation to a "sun letter" (ar-Raḥmān, ad-Dīn)
 * vary with the romanisation, and a word-by-word matcher sees three words where the other
 * spelling has one or two.
 *
 * Both a list's names and a query are rewritten to one convention: the first noun of ʿAbd names
 * as "abdul" (abd, abdel, abdal, abdur, abdor... and the article word after abd), the second noun
 * of -al-Dīn names as "uddin" (al-din, ad-din, eddine, ideen...), the end of -Allāh names as
 * "ullah" (ollah, allah, illah). A compound keeps the number of words it was written in, but three
 * become two (Abd al-Rahman: abdul rahman), and the scorer already meets two written words with
 * one (Abdul Rahman / Abdulrahman). What is left to compare is the spelling of the nouns.
 *
 * Sources (the naming convention, not any list's names): Wikipedia, "Arabic name" (the ism,
 * theophoric names), "Abd (Arabic)", "Sun and moon letters", "Ad-Din", "Allah" (names in -ullah).
 */
#ifndef CDN_ARABIC_COMPOUNDS_H
#define CDN_ARABIC_COMPOUNDS_H

#include <stdbool.h>
#include <stddef.h>

/* Room enough for any word this module writes (longer words are left as they are). */
enum { CDN_COMPOUND_MAX = 48 };

/* A rewrite of the words at the start of a name: `words` of them become `n_out` (1 or 2). */
typedef struct cdn_compound {
    size_t words, n_out;
    char out[2][CDN_COMPOUND_MAX]; /* NUL-terminated */
} cdn_compound;

/*
 * Looks for a compound at the start of the n normalized words w[0..n) (lengths len[0..n)), the
 * rest of one part of a name ("FAMILY" or "Given Middle"); after_word says whether a word of the
 * same part comes before w[0]. Returns true and fills *c when the first words are one written
 * otherwise than in the convention above; false (c untouched) otherwise. Only plain lower-case
 * ASCII words are read: a word in another script, or with digits, is never part of a compound.
 */
bool cdn_arabic_compound(const char *const *w, const size_t *len, size_t n, bool after_word, cdn_compound *c);

/*
 * Where a word written as one in the convention above splits into its two (abdul|majid,
 * badr|uddin, hayat|ullah): the length of the first part, or 0 when the word is no such
 * compound, or a noun would be shorter than two letters. ʿAbd Allāh (abdullah) is one word in
 * the convention and is not split. w is the normalized word (len bytes).
 */
size_t cdn_arabic_compound_split(const char *w, size_t len);

/*
 * Whether the word w (len bytes), hyphened to the word next (next_len bytes), is the Arabic
 * article written as it sounds before a "sun letter": a or e and the letter, or digraph, that
 * next begins with (as-Sayed, az-Zawahiri, ash-Shami, adh-Dhahabi, ech-Chaab; the German and
 * Polish press's asch-Scham, asz-Szam), which the lists
 * write al- as often (AL-ZAWAHIRI, Ayman). The u forms of names from South Asia (Inayat
 * ur-Rahman, Zia ud-Din) are left as they are: the lists write them with u too (RAHMAN, Inayat
 * ur). Plain lower-case ASCII words only. The caller says whether a hyphen joins them; without
 * one "An Nguyen" would be read so.
 */
bool cdn_arabic_article_before(const char *w, size_t len, const char *next, size_t next_len);

#endif
