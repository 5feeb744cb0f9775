/*
 * sound_edits.c — class strings with one class more, one fewer or one changed (see sound_edits.h).
 */
#include "text/sound_edits.h"

#include <stdbool.h>
#include <string.h>

/* The consonant classes of sounds.h: every consonant letter falls in one of them. */
static const char CLASSES[] = "btksln";

enum { LONGEST = 12 };

/* Appends s (len classes) to out[0..*n) when it has no class twice in a row and is not there
 * yet. */
static void keep(const char *s, size_t len, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1], size_t *n)
{
    if (*n >= CDN_SOUND_EDITS_MAX)
        return;
    for (size_t i = 1; i < len; i++)
        if (s[i] == s[i - 1])
            return;
    for (size_t k = 0; k < *n; k++)
        if (memcmp(out[k], s, len + 1) == 0)
            return;
    memcpy(out[*n], s, len);
    out[*n][len] = '\0';
    (*n)++;
}

size_t cdn_sound_insertions(const char *classes, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1])
{
    size_t len = strlen(classes), n = 0;
    if (len > LONGEST)
        return 0;
    char s[LONGEST + 2];
    for (size_t i = 0; i <= len; i++)
        for (const char *c = CLASSES; *c; c++) {
            memcpy(s, classes, i);
            s[i] = *c;
            memcpy(s + i + 1, classes + i, len - i);
            s[len + 1] = '\0';
            keep(s, len + 1, out, &n);
        }
    return n;
}

size_t cdn_sound_deletions(const char *classes, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1])
{
    size_t len = strlen(classes), n = 0;
    if (len > LONGEST || len < 2)
        return 0;
    char s[LONGEST + 1];
    for (size_t i = 0; i < len; i++) {
        memcpy(s, classes, i);
        memcpy(s + i, classes + i + 1, len - i); /* with the NUL */
        keep(s, len - 1, out, &n);
    }
    return n;
}

/* Appends to out[0..*n) the strings of classes (len of them, at most LONGEST) with the class at
 * i changed into another (keep's). */
static void substitute_at(const char *classes, size_t len, size_t i, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1],
                          size_t *n)
{
    char s[LONGEST + 1];
    memcpy(s, classes, len + 1);
    for (const char *c = CLASSES; *c; c++)
        if (*c != classes[i]) {
            s[i] = *c;
            keep(s, len, out, n);
        }
}

size_t cdn_sound_substitutions(const char *classes, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1])
{
    size_t len = strlen(classes), n = 0;
    if (len > LONGEST || len < 1)
        return 0;
    for (size_t i = 0; i < len; i++)
        substitute_at(classes, len, i, out, &n);
    return n;
}

size_t cdn_sound_substitutions_inner(const char *classes, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1])
{
    size_t len = strlen(classes), n = 0;
    if (len > LONGEST || len < 3)
        return 0;
    for (size_t i = 1; i + 1 < len; i++)
        substitute_at(classes, len, i, out, &n);
    return n;
}
