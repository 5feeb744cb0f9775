/*
 * name_abbreviations.c — given names written abbreviated by convention (name_abbreviations.h).
 */
#include "text/name_abbreviations.h"

#include <string.h>

typedef struct abbreviation {
    const char *word, *name;
} abbreviation;

/* Each abbreviation stands for one name only; ambiguous ones (M, Ab, Abd) are left out. */
static const abbreviation ABBREVIATIONS[] = {
    {"md", "muhammad"}, {"mg", "maung"}, {"mhd", "muhammad"}, {"mohd", "muhammad"}, {"muhd", "muhammad"},
};

const char *cdn_given_name_abbreviation(const char *w, size_t len)
{
    if (len < 2 || len > 4 || w[0] != 'm') /* every abbreviation is an m-word of 2-4 letters */
        return NULL;
    for (size_t i = 0; i < sizeof ABBREVIATIONS / sizeof ABBREVIATIONS[0]; i++)
        if (strlen(ABBREVIATIONS[i].word) == len && memcmp(ABBREVIATIONS[i].word, w, len) == 0)
            return ABBREVIATIONS[i].name;
    return NULL;
}
