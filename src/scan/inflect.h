/*
 * inflect.h — the base forms a word of running text may be an inflection of, so that a
 * scanner finds Putins, Путина, Путіним, Łukaszenki and وبوتين under the listed PUTIN and
 * LUKASHENKA through the ordinary key lookup: the scanner asks the index for each base form's
 * key, and keeps only those the index knows. Nothing here knows any name.
 */
#ifndef CDN_INFLECT_H
#define CDN_INFLECT_H

#include <stdbool.h>
#include <stddef.h>

/* The most base forms one word yields. */
enum { CDN_MAX_BASES = 8 };

/* A base form: the normalized word with a suffix replaced (or a prefix removed). */
typedef struct cdn_base {
    char text[96];
    size_t len;
} cdn_base;

/*
 * Writes to out (room for CDN_MAX_BASES) the candidate base forms of the normalized word
 * (case-folded, marks stripped: normalize.h), longest stripped ending first, and returns their
 * count. Endings are tried only where at least three letters of stem remain, and each base
 * differs from the word. Words longer than the buffer give none. polish: whether the Latin
 * endings only Polish declines with (-owi, -em, -ie, -ki, -y, -u...) are tried too; a text in
 * another language of the Latin script (English, German, French, Spanish: stopwords.h) has no
 * Putinem or Łukaszenki, and its Sergey or Kennedy no Polish base.
 */
size_t cdn_inflection_bases(const char *word, size_t len, bool polish, cdn_base *out);

#endif
