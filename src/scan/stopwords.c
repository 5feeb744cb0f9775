/*
 * stopwords.c — function words of the scanned languages (see stopwords.h), normalized as the
 * tokenizer leaves them (case-folded, marks stripped: für → fur, à → a, й → и), in one sorted
 * table searched by bisection (sorted_words.h). Closed-class words only: a noun or adjective
 * (Center, United, Radio) is not here, since those are also real names; the scanner judges them
 * otherwise.
 */
#include "scan/stopwords.h"

#include <string.h>

#include "core/sorted_words.h"

/* Sorted by strcmp (bytes): checked by the unit test that walks it. */
static const char *const WORDS[] = {
    "a", "about", "after", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "au", "auf", "aus",
    "aux", "bei", "but", "by", "ce", "ces", "con", "da", "dans", "das", "de", "dem", "den", "der", "des", "die",
    "dla", "do", "du", "durch", "e", "ein", "eine", "einem", "einen", "einer", "elle", "en", "er", "es", "et", "for",
    "from", "fur", "gegen", "had", "has", "have", "he", "her", "his", "i", "ich", "if", "il", "ils", "im", "in",
    "into", "is", "ist", "it", "its", "ja", "je", "jest", "ktora", "ktore", "ktory", "la", "las", "le", "les", "los",
    "mit", "na", "nach", "nicht", "nie", "not", "o", "od", "oder", "of", "on", "or", "oraz", "ou", "our", "par", "po",
    "pour", "przez", "qu", "que", "qui", "she", "sich", "sie", "sind", "so", "sur", "takze", "that", "the", "their",
    "then", "there", "these", "they", "this", "those", "to", "u", "uber", "um", "una", "und", "une", "vom", "von",
    "was", "we", "were", "when", "which", "while", "who", "will", "with", "y", "you", "z", "za", "ze", "zu", "zum",
    "zur", "а", "в", "во", "вы", "для", "до", "его", "ее", "же", "за", "и", "из", "к", "ко", "на", "не", "но", "о",
    "об", "он", "она", "они", "от", "по", "при", "про", "с", "со", "та", "так", "то", "у", "це", "ця", "что", "що",
    "як", "і", "із", "ال", "الى", "الي", "ان", "او", "على", "عن", "في", "لا", "ما", "مع", "من", "هذا", "هذه", "هو",
    "هي", "و", "يا",
};

bool cdn_is_stopword(const char *word, size_t len)
{
    if (len == 0 || len >= 8) /* no function word is as long (against: 7 bytes; the unit test checks) */
        return false;
    return cdn_sorted_words_find(WORDS, sizeof WORDS / sizeof WORDS[0], sizeof WORDS[0], word, len) >= 0;
}

const char *cdn_stopword_at(size_t i) { return i < sizeof WORDS / sizeof WORDS[0] ? WORDS[i] : NULL; }

/* Frequent, and not words of the other languages (sie and nie are German and Polish, des
 * French and German, la French, Spanish and Italian, po and za Russian romanised: none of
 * them here); each a function word too (the unit test checks). */
static const struct {
    const char *word;
    cdn_stop_language language;
} MARKS[] = {
    {"der", CDN_STOP_GERMAN}, {"die", CDN_STOP_GERMAN}, {"das", CDN_STOP_GERMAN}, {"und", CDN_STOP_GERMAN},
    {"ist", CDN_STOP_GERMAN}, {"nicht", CDN_STOP_GERMAN}, {"mit", CDN_STOP_GERMAN}, {"dem", CDN_STOP_GERMAN},
    {"den", CDN_STOP_GERMAN}, {"sich", CDN_STOP_GERMAN}, {"auf", CDN_STOP_GERMAN}, {"fur", CDN_STOP_GERMAN},
    {"the", CDN_STOP_ENGLISH}, {"and", CDN_STOP_ENGLISH}, {"of", CDN_STOP_ENGLISH}, {"to", CDN_STOP_ENGLISH},
    {"is", CDN_STOP_ENGLISH}, {"that", CDN_STOP_ENGLISH}, {"with", CDN_STOP_ENGLISH}, {"for", CDN_STOP_ENGLISH},
    {"was", CDN_STOP_ENGLISH}, {"on", CDN_STOP_ENGLISH}, {"by", CDN_STOP_ENGLISH},
    {"przez", CDN_STOP_POLISH}, {"ze", CDN_STOP_POLISH}, {"jest", CDN_STOP_POLISH}, {"oraz", CDN_STOP_POLISH},
    {"ktory", CDN_STOP_POLISH}, {"ktora", CDN_STOP_POLISH}, {"ktore", CDN_STOP_POLISH}, {"dla", CDN_STOP_POLISH},
    {"takze", CDN_STOP_POLISH}, /* że, który, także; not się (sie: German) */
    {"les", CDN_STOP_FRENCH}, {"une", CDN_STOP_FRENCH}, {"dans", CDN_STOP_FRENCH}, {"pour", CDN_STOP_FRENCH},
    {"los", CDN_STOP_SPANISH}, {"las", CDN_STOP_SPANISH}, {"una", CDN_STOP_SPANISH},
};

cdn_stop_language cdn_stopword_language(const char *word, size_t len)
{
    for (size_t i = 0; i < sizeof MARKS / sizeof MARKS[0]; i++)
        if (strlen(MARKS[i].word) == len && memcmp(MARKS[i].word, word, len) == 0)
            return MARKS[i].language;
    return CDN_STOP_OTHER;
}

const char *cdn_stopword_marker_at(size_t i) { return i < sizeof MARKS / sizeof MARKS[0] ? MARKS[i].word : NULL; }
