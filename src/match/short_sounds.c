/*
 * short_sounds.c — which transcriptions search looks up by two sound classes, and which Latin
 * words it offers them (see short_sounds.h).
 */
#include "match/short_sounds.h"

#include <string.h>

#include "match/cjk_pairs.h"
#include "match/score.h"
#include "text/hangul.h"
#include "text/korean_surnames.h"
#include "text/orthography.h"
#include "text/pinyin.h"
#include "text/han_initials.h"
#include "text/transcription.h"

/* The number of code points in the UTF-8 string s. */
static size_t code_points(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Whether the Han word t may be a transcription on its own: one that may be
 * (cdn_may_be_transcription), or two characters of the table. */
static bool han_transcription(const cdn_token *t)
{
    return cdn_may_be_transcription(t) || (code_points(t->text) == 2 && cdn_transcription_characters(t->text));
}

/* Whether one of the m words of q is a Hangul word of three syllables or more. */
static bool has_long_hangul_word(const cdn_token *q, size_t m)
{
    for (size_t i = 0; i < m; i++)
        if ((q[i].flags & CDN_TOK_SYLLABIC) && cdn_is_hangul(q[i].text) && code_points(q[i].text) >= 3)
            return true;
    return false;
}

unsigned cdn_short_sounds_foreign(const cdn_token *q, size_t m)
{
    unsigned foreign = 1u << CDN_SYLLABARY_KANA;
    /* One Hangul word of four syllables or more that is no Korean name (아리우스 / Arius), not
     * of three: a Korean name of a rare surname (어채은, 가유현) is one word of three, and 36
     * more of 12,000 native names alarmed. */
    bool one_long =
        m == 1 && cdn_is_hangul(q[0].text) && code_points(q[0].text) >= 4 && cdn_may_be_transcription(&q[0]);
    bool han = true, hangul = m >= 2 || one_long;
    for (size_t i = 0; i < m; i++) {
        if (!(q[i].flags & CDN_TOK_SYLLABIC))
            continue;
        cdn_syllabary script = cdn_syllabary_of(q[i].text);
        if (script == CDN_SYLLABARY_HANGUL && cdn_korean_surname_syllable(q[i].text))
            hangul = false;
        if (script == CDN_SYLLABARY_HAN && !han_transcription(&q[i]))
            han = false;
    }
    /* A name that cannot be a Korean one written apart (cjk_pairs.h: 제이미 정, a word of three
     * syllables beside another) is foreign though a word is a surname syllable, which
     * cdn_short_sounds_wanted then leaves to its spellings: the scorer counts such a name's
     * short words (score.c, align). Development search rows 3,000-8,000 4256 -> 4279. Not
     * for a bare ㅡ alone beside the surname (버트 영, 돈 워스): those found pairs the scorer
     * takes on main, 영 ~ hoomer 0.81 and 워스 ~ pacho 0.80, the cross-script-korean alarms
     * 51 -> 53; without them 51, for 3 development pairs (로즈 번, 재즈 오, 필 캐츠: 4276). */
    hangul = hangul || (cdn_hangul_words_foreign(q, m) && has_long_hangul_word(q, m));
    return foreign | (han ? 1u << CDN_SYLLABARY_HAN : 0u) | (hangul ? 1u << CDN_SYLLABARY_HANGUL : 0u);
}

bool cdn_short_sounds_wanted(const cdn_token *t, unsigned foreign, bool *two_syllables)
{
    *two_syllables = false;
    if (!(t->flags & CDN_TOK_SYLLABIC) || !t->latin[0])
        return false;
    cdn_syllabary script = cdn_syllabary_of(t->text);
    if (!(foreign & (1u << script)))
        return false;
    if (cdn_may_be_transcription(t))
        return true;
    size_t count = code_points(t->text);
    /* A surname syllable of a foreign name (정 in 제이미 정) meets its romanisations (chung),
     * not words heard like it: no surname is written by ear. */
    if (count == 1 && script == CDN_SYLLABARY_HANGUL && cdn_korean_surname_syllable(t->text))
        return false;
    if ((count == 1 || count == 3) && script == CDN_SYLLABARY_HANGUL) {
        /* No surname (cdn_short_sounds_foreign): a foreign name's word (존 John, 잭 Jack); or
         * three syllables that look like a Korean name (라이언 raieon / Ryan: 라 a surname),
         * which beside another word is none. */
        *two_syllables = true;
        return true;
    }
    if (count != 2)
        return false;
    /* Two Han characters are a Chinese given name unless both are of the table; two kana or
     * Hangul syllables, a foreign name unless they look native (the scorer's own tests:
     * han_transcription and short_transcription_similarity in score.c). */
    *two_syllables = script == CDN_SYLLABARY_HAN ? cdn_transcription_characters(t->text) : !cdn_looks_native(t->text);
    return *two_syllables;
}

bool cdn_short_sounds_unkeyed(const cdn_token *t, unsigned foreign)
{
    bool two_syllables;
    return cdn_short_sounds_wanted(t, foreign, &two_syllables) && two_syllables &&
           cdn_syllabary_of(t->text) != CDN_SYLLABARY_HAN;
}

bool cdn_short_sounds_han_but_one(const cdn_token *t)
{
    if (!(t->flags & CDN_TOK_SYLLABIC) || !t->latin[0])
        return false;
    size_t count = code_points(t->text);
    return (count >= 4 || (count == 3 && cdn_writes_consonant_alone(t->text))) &&
           cdn_transcription_but_one(t->text) && cdn_is_pinyin(t->latin);
}

bool cdn_short_sounds_plausible(const cdn_token *t, const char *key, size_t len, cdn_transcription_cache *sounds)
{
    char spelled[CDN_KEY_MAX + 1];
    if (len > CDN_KEY_MAX)
        len = CDN_KEY_MAX;
    memcpy(spelled, key, len);
    spelled[len] = '\0';
    cdn_syllabary script = cdn_syllabary_of(t->text);
    if (script == CDN_SYLLABARY_HAN && !cdn_han_initial_fits(t->latin, spelled))
        return false;
    double sim = script == CDN_SYLLABARY_HAN && cdn_transcription_characters(t->text)
                     ? cdn_transcription_similarity_xinhua(t->latin, spelled, sounds)
                     : cdn_transcription_similarity_read(t->latin, script, spelled, sounds);
    return sim > 0.0;
}
