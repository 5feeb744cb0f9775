/*
 * short_words.h — the words of a query in Arabic or Hebrew script that no index key leads from
 * (abjad_keys.h: one or two consonant classes once the optional letters are left out: גוש,
 * בני, محمد, بن), and what they may add to the bound of a name that another word of the query
 * reached.
 *
 * A search reaches names through keys and scores only those whose upper bound can reach the
 * minimum score; a short word adds nothing to any bound, so a name of two words reached by
 * the other one (דניאל הרשקוביץ reaches Daniel Hershkowitz through הרשקוביץ alone) falls short
 * and is never scored. Leaving every short word's weight in every bound lets those names
 * through, and with them the scorer's weakest matches (שמואל חדאד / Camilo Chata: 205 US
 * names alerting instead of 178). So a short word is credited to a name only when it meets one
 * of the name's tokens as the scorer would (two classes in common, or one confirmed) and,
 * in Arabic, its written vowel letters agree with the spelling in place, as the scorer asks
 * of Arabic only (score.c: FEW_CLASSES_PLACED); a Hebrew short word is credited as the scorer
 * meets it (short_words.c: credited_as_scored). The offers of short keys and the other words
 * that confirm a name still ask the vowel letters in place, in both scripts.
 */
#ifndef CDN_SHORT_WORDS_H
#define CDN_SHORT_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "match/analyze.h"

/* The most short words of one query that are looked at. */
enum { CDN_SHORT_WORDS_MAX = 8 };

typedef struct cdn_short_words {
    const cdn_token *tokens[CDN_SHORT_WORDS_MAX]; /* borrowed from the analysed query */
    double weights[CDN_SHORT_WORDS_MAX];          /* their query-side weights */
    size_t n;
    double total;                                 /* the sum of weights */
    const cdn_token *others[CDN_SHORT_WORDS_MAX]; /* the query's other words in the script */
    size_t n_others;
    /* per word (short ones, then the others), whether it may begin as a Latin spelling that
     * begins with two letters (a..z, or none): 0 not known yet, 1 yes, 2 no */
    unsigned char onsets[2 * CDN_SHORT_WORDS_MAX][27][27];
    void **memo;                 /* where the memo of how each word met each name token form
                                    is kept between searches (cdn_accum's short_memo) */
    uint32_t generation;         /* the search's, which stamps the memo's rows */
    size_t n_forms, n_twins;     /* the index's token forms and twins, which number them */
} cdn_short_words;

/* Makes sw empty, its memo kept at *memo (made on first use for an index of n_forms token
 * forms and n_twins twins, owned by whoever holds memo: cdn_accum frees it with
 * cdn_short_words_memo_free) and valid for this generation's search. Its tables (a few
 * kilobytes, on the stack) are cleared a word at a time, as words are added. */
void cdn_short_words_init(cdn_short_words *sw, void **memo, uint32_t generation, size_t n_forms, size_t n_twins);

/* Frees a memo that cdn_short_words_credit made at *memo (NULL is ignored). */
void cdn_short_words_memo_free(void *memo);

/* Whether t is a word of an abjad that no key leads from (cdn_abjad_unkeyed). */
bool cdn_short_word(const cdn_token *t);

/* The similarity with which the short word t (cdn_short_word) meets the Latin spelling u by the
 * scorer's test with its vowel letters in place and its onset agreeing, when
 * CDN_FEW_CONSONANTS_SIM or more (score.h: the scorer's "few consonants" and "consonants");
 * else 0. What credits t to a name here, and what decides which of the words listed under its
 * short keys (cdn_abjad_short_keys) search offers. onsets is t's memo of whether it may begin
 * as a spelling beginning with two letters (a..z or none: 0 not known yet, 1 yes, 2 no),
 * zeroed before t's first call. */
double cdn_short_word_meets(const cdn_token *t, const cdn_token *u, unsigned char onsets[27][27]);

/* Adds t, of query-side weight w, to sw if it is a short word (cdn_short_word), or to the
 * words that must confirm a name if it is another word of an abjad (ignored once
 * CDN_SHORT_WORDS_MAX are in). Returns whether t is a short word. */
bool cdn_short_words_add(cdn_short_words *sw, const cdn_token *t, double w);

/*
 * What the short words of sw may add to the bound of the name whose n tokens are name, of twin
 * number twin (index_int.h: the names of a twin have the same token forms and flags; a number
 * of n_twins or more is none): for each short word, the best similarity with which it meets a
 * token of the name (0 where none qualifies) times its weight on the query's side, added to
 * *q, and times the token's weight on the name's side, added to *nw. Returns whether they add
 * need or more on the query's side (0: any), and every other word of the abjad meets one with
 * its vowel letters in place too (a name the short words lift over the minimum is held to what
 * they are held to). How a word met a name token form is remembered for the search (names
 * share tokens: thousands reached by one common word), what the words add to a twin's names
 * likewise, and whether a word may begin as a spelling's first two letters do. Out of memory,
 * nothing is remembered.
 */
bool cdn_short_words_credit(cdn_short_words *sw, uint32_t twin, const cdn_token *name, size_t n, double need, double *q,
                            double *nw);

/* cdn_short_words_credit's answer for a name of twin number twin, from another name of the
 * twin credited before in this search: 1 (credited, as it would), 0 (not), or -1 when it is
 * not known without the name's tokens (call cdn_short_words_credit). */
int cdn_short_words_recall(cdn_short_words *sw, uint32_t twin, double need, double *q, double *nw);

#endif
