/*
 * titles.h — regnal numbers and the titles of rulers and saints, in Latin, Hebrew, Arabic and
 * Russian: words that say which holder of a name is meant, or what he held, rather than the
 * name itself. Wikidata and the lists write Umberto II of Italy where Hebrew writes אומברטו
 * השני, מלך איטליה ("Umberto the second, king of Italy"): the ordinal is spelled out, and a
 * title stands where English has "of". Screening meets both: sanctioned royals and clerics are
 * listed with them.
 */
#ifndef CDN_TITLES_H
#define CDN_TITLES_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The regnal number the normalized token (len bytes) stands for, as a lower-case Roman numeral
 * ("ii"), or NULL when it is none: an ordinal written out in Hebrew (השני), Arabic (الثاني) or
 * Russian (второй), masculine or feminine, from the first to the tenth, and the twentieth (in
 * Russian the eleventh to the twentieth, one word each); an English ordinal in digits (1st,
 * 2nd ... 30th); a Korean or Japanese one, digits and 세 or 世 (5세, 3世); or a Roman numeral of two letters or more up to xxx (a single i, v or x is
 * as often an initial, and is left alone; so are xi and vi, far more often the Chinese and
 * Vietnamese names Xi and Vi than a sixth or eleventh: as weak words, Xi Jinping had met
 * Jinping alone at 0.86). The returned string is static.
 */
const char *cdn_regnal_numeral(const char *token, size_t len);

/*
 * The regnal number of two normalized words (len1 and len2 bytes) that are one ordinal from the
 * eleventh to the nineteenth in Hebrew or Arabic (הארבעה עשר, الرابع عشر: "fourth ten"), as a
 * Roman numeral ("xiv"), or NULL. The returned string is static.
 */
const char *cdn_regnal_numeral_of_two(const char *first, size_t len1, const char *second, size_t len2);

/*
 * Whether the normalized token (len bytes) is a title of a ruler, a noble or a saint (emperor,
 * מלך, الملك, король, saint, pope ...) or a word that joins one to its realm (of, the, של):
 * weak words, which a name may carry or leave out. Titles that are also common given names or
 * surnames (King, Duke, Earl, Baron, Amir, Sultan, Malik; מלכה, queen, is Malka; שליט, ruler,
 * is Shalit) are not in the table, nor are their Arabic forms without the article.
 */
bool cdn_is_title(const char *token, size_t len);

/*
 * Whether the Latin word latin (plain ASCII, lower case) is an Arabic word of descent: bin,
 * ibn, bint ("son of", "daughter of"), Mauritanian ould. Not ben, an English given name.
 */
bool cdn_descent_word(const char *latin);

/*
 * Whether the Latin word latin (plain ASCII, lower case) is a particle of a family name: de,
 * del, la, da, dos, du, di, der (not van, le: Vietnamese names). The caller decides by the
 * word's place whether it stands as one (between two words of a name, not its first or last).
 */
bool cdn_name_particle(const char *latin);

/*
 * How many bytes at the end of the normalized word (len bytes) are a title written onto a name
 * without a space, to be split off as a word of its own: 天皇, the Japanese emperor, after his
 * name (天智天皇 Emperor Tenji, 明治天皇 Emperor Meiji; Japanese writes the posthumous name and
 * the title as one word, Wikipedia: "Emperor of Japan", naming conventions), and as Chinese
 * writes them, an empress, a princess, a count after theirs (孝端文皇后 Empress Xiaoduanwen,
 * 太平公主 Princess Taiping, 施梅托伯爵 Count Schmettow: titles.c lists them), when at least one
 * Han character comes before it. 0 when there is none.
 */
size_t cdn_title_suffix(const char *word, size_t len);

/* Whether the tables are in byte order, as their binary searches need (for the unit tests). */
bool cdn_title_tables_in_order(void);

#endif
