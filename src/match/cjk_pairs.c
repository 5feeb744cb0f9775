/*
 * cjk_pairs.c — the evidence that a short kana or Hangul word is a foreign name, and Chinese
 * names in Hangul by their Mandarin sounds (see cjk_pairs.h).
 *
 * Measured on the Wikidata Korean pairs (BENCHMARKS.md, "Chinese and Korean, session 7"): a
 * word met as spelled confirming a short one, 1511 -> 1546 of 2000, and one Hangul syllable
 * romanised exactly, 1582 -> 1589; one syllable met by sound against a spelling that is not
 * pinyin, 1546 -> 1575; the Mandarin reading, 1576 -> 1580. Counting one syllable met by the
 * key and one met by sound against pinyin too gave six alarms more on 12,000 native Chinese,
 * Japanese and Korean names; reading the Mandarin without the native-name test, one.
 */
#include "match/cjk_pairs.h"

#include <string.h>

#include "match/score.h"
#include "text/hangul.h"
#include "text/korean_surnames.h"
#include "text/mandarin_hangul.h"
#include "text/pinyin.h"
#include "text/titles.h"
#include "text/transcription.h"
#include "text/vowel_groups.h"

/* A kana or Hangul syllable is three bytes in UTF-8. */
enum { SYLLABLE_BYTES = 3 };

bool cdn_confirms_short_word(const cdn_token *a, const cdn_token *b, double sim, const char *how)
{
    if (!((a->flags ^ b->flags) & CDN_TOK_SYLLABIC))
        return false;
    const cdn_token *syllabic = (a->flags & CDN_TOK_SYLLABIC) ? a : b, *latin = syllabic == a ? b : a;
    if (latin->flags & CDN_TOK_ROMANISED)
        return false;
    if (how == CDN_ONE_SOUND)
        return !cdn_is_pinyin(latin->latin);
    if (sim < 0.95 || cdn_syllabary_of(syllabic->text) == CDN_SYLLABARY_HAN)
        return false;
    size_t bytes = strlen(syllabic->text);
    if (bytes > SYLLABLE_BYTES)
        return true;
    if (bytes != SYLLABLE_BYTES || !cdn_is_hangul(syllabic->text))
        return false;
    /* A syllable no hanja reads (hangul.h) is no surname nor part of a Korean name: met as
     * spelled is enough (빌 bil / Bill, 0.95: 빌 베리 / Bill Berry). */
    return (sim >= 0.97 && !cdn_korean_surname_spellings(syllabic->text)) || cdn_hangul_beyond_hanja(syllabic->text);
}

/* Whether the token t is a regnal number written as Korean writes one, digits and 세 (titles.h:
 * 헨리 6세 for Henry VI, 존 스미스 3세 for John Smith III). */
static bool hangul_regnal_number(const cdn_token *t)
{
    size_t len = strlen(t->text);
    return (t->flags & CDN_TOK_HONORIFIC) && len > 3 && t->text[0] >= '0' && t->text[0] <= '9' &&
           memcmp(t->text + len - 3, "\xEC\x84\xB8", 3) == 0 && cdn_regnal_numeral(t->text, len);
}

bool cdn_hangul_words_foreign(const cdn_token *t, size_t count)
{
    size_t words = 0;
    bool long_word = false, one_syllable = false, surname = false, bare_eu = false, regnal = false;
    for (size_t i = 0; i < count; i++) {
        regnal |= hangul_regnal_number(&t[i]);
        if (!(t[i].flags & CDN_TOK_SYLLABIC) || (t[i].flags & CDN_TOK_HONORIFIC) || !cdn_is_hangul(t[i].text))
            continue;
        size_t syllables = strlen(t[i].text) / SYLLABLE_BYTES;
        words++;
        long_word |= syllables >= 3;
        one_syllable |= syllables == 1;
        surname |= syllables == 1 && cdn_korean_surname_syllable(t[i].text);
        bare_eu |= cdn_hangul_writes_bare_eu(t[i].text);
    }
    return (words >= 2 && (long_word || (one_syllable && !surname) || bare_eu)) || (words >= 1 && regnal);
}

/* Whether the Latin word w is one Chinese syllable as the lists spell it: pinyin, or pinyin
 * with the Wade-Giles and Cantonese onset ts, tz for z or c, or hs for x (pinyin.h,
 * cdn_onsets_agree: 曾 Zeng / Tsang, Tseng). */
static bool chinese_syllable(const char *w)
{
    size_t len = strlen(w);
    if (cdn_pinyin_syllable(w, len))
        return true;
    if (len < 3 || len > 8 || !((w[0] == 't' && (w[1] == 's' || w[1] == 'z')) || (w[0] == 'h' && w[1] == 's')))
        return false;
    char respelled[8];
    const char *onsets = w[0] == 'h' ? "x" : "zc";
    for (const char *o = onsets; *o; o++) {
        respelled[0] = *o;
        memcpy(respelled + 1, w + 2, len - 2);
        if (cdn_pinyin_syllable(respelled, len - 1))
            return true;
    }
    return false;
}

bool cdn_hangul_surname_heard_as_pinyin(const cdn_token *a, const cdn_token *b, const char *how)
{
    if (how != CDN_ONE_SOUND && how != CDN_SURNAME_SOUND)
        return false;
    const cdn_token *syllabic = (a->flags & CDN_TOK_SYLLABIC) ? a : b, *latin = syllabic == a ? b : a;
    return (syllabic->flags & CDN_TOK_SYLLABIC) && !(latin->flags & CDN_TOK_SYLLABIC) &&
           cdn_korean_surname_syllable(syllabic->text) && chinese_syllable(latin->latin) &&
           !cdn_mandarin_hangul_reads(syllabic->text, latin->latin);
}

/* A Chinese name spelled in Hangul by the table for Chinese: as sure as its Sino-Korean
 * reading (score.c), above a comparison by sound. */
#define MANDARIN_SPELLED_SIM 0.90

double cdn_mandarin_in_hangul(const cdn_token *h, const cdn_token *latin, const char *both)
{
    if ((latin[0].flags | latin[1].flags) & (CDN_TOK_SYLLABIC | CDN_TOK_ROMANISED))
        return 0.0;
    if (cdn_mandarin_hangul_reads(h->text, both))
        return MANDARIN_SPELLED_SIM;
    /* The cheap tests first: a native-looking Hangul word rules out every pair of its name. */
    if (cdn_looks_native(h->text) || !cdn_is_pinyin(latin[0].latin) || !cdn_is_pinyin(latin[1].latin) ||
        !cdn_pinyin_not_korean(both))
        return 0.0;
    return cdn_transcription_similarity(h->latin, CDN_SYLLABARY_HANGUL, both, NULL);
}

/* A Han character is three bytes in UTF-8 (the basic block and the first extension). */
enum { HAN_BYTES = 3 };

double cdn_lone_han_word(const cdn_token *han, const cdn_token *latin)
{
    if (strlen(han->text) != 2 * HAN_BYTES || latin->latin_shape.len < 2 || (latin->flags & CDN_TOK_ROMANISED))
        return 0.0;
    if (cdn_transcription_characters(han->text))
        return cdn_is_pinyin(latin->latin) ? cdn_transcription_similarity_xinhua(han->latin, latin->latin, NULL) : 0.0;
    /* Other characters: a spelling of two or three syllables, as two syllables transcribe; an
     * acronym or a word of one (CJNG, Bont) met joined Chinese names (操阳 caoyang, 班涛 bantao). */
    size_t syllables = cdn_vowel_groups(latin->latin);
    if (cdn_is_pinyin(latin->latin) || latin->latin_shape.len > 8 || syllables < 2 || syllables > 3)
        return 0.0;
    return cdn_transcription_similarity_read(han->latin, CDN_SYLLABARY_HAN, latin->latin, NULL);
}
