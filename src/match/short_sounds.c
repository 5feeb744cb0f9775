/*
 * short_sounds.c — which transcriptions search looks up by two sound classes, and which Latin
 * words it offers them (see short_sounds.h).
 */
#include "match/short_sounds.h"

#include <string.h>

#include "match/score.h"
#include "text/hangul.h"
#include "text/orthography.h"
#include "text/transcription.h"

/* The number of code points in the UTF-8 string s. */
static size_t code_points(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

bool cdn_short_sounds_hangul_foreign(const cdn_token *q, size_t m)
{
    if (m < 2)
        return false;
    for (size_t i = 0; i < m; i++)
        if (cdn_is_hangul(q[i].text) && code_points(q[i].text) == 1)
            return false;
    return true;
}

bool cdn_short_sounds_wanted(const cdn_token *t, bool hangul_foreign, bool *two_syllables)
{
    *two_syllables = false;
    if (!(t->flags & CDN_TOK_SYLLABIC) || !t->latin[0])
        return false;
    cdn_syllabary script = cdn_syllabary_of(t->text);
    if (script == CDN_SYLLABARY_HANGUL && !hangul_foreign)
        return false;
    if (cdn_may_be_transcription(t))
        return true;
    if (code_points(t->text) != 2)
        return false;
    /* Two Han characters are a Chinese given name unless both are of the table; two kana or
     * Hangul syllables, a foreign name unless they look native (the scorer's own tests:
     * han_transcription and short_transcription_similarity in score.c). */
    *two_syllables = script == CDN_SYLLABARY_HAN ? cdn_transcription_characters(t->text) : !cdn_looks_native(t->text);
    return *two_syllables;
}

bool cdn_short_sounds_unkeyed(const cdn_token *t, bool hangul_foreign)
{
    bool two_syllables;
    return cdn_short_sounds_wanted(t, hangul_foreign, &two_syllables) && two_syllables &&
           cdn_syllabary_of(t->text) != CDN_SYLLABARY_HAN;
}

bool cdn_short_sounds_plausible(const cdn_token *t, const char *key, size_t len)
{
    char spelled[CDN_KEY_MAX + 1];
    if (len > CDN_KEY_MAX)
        len = CDN_KEY_MAX;
    memcpy(spelled, key, len);
    spelled[len] = '\0';
    cdn_syllabary script = cdn_syllabary_of(t->text);
    double sim = script == CDN_SYLLABARY_HAN && cdn_transcription_characters(t->text)
                     ? cdn_transcription_similarity_xinhua(t->latin, spelled)
                     : cdn_transcription_similarity_read(t->latin, script, spelled);
    return sim > 0.0;
}
