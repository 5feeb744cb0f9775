/*
 * lexicon.h — the words a scanner has met, each analyzed once for every document it scans:
 * the analyzed token (as a name token is for search), what kind of word it is, and the index
 * keys it leads to — its own (or its press spelling's), its base forms' when it looks
 * inflected (inflect.h), and near spellings. Sentences of news repeat their words (the, said,
 * Putin), so a scanner fed one sentence at a time analyzes few new words per sentence. What
 * depends on the document (a word capitalised there, written in lower case there, next to a
 * known name) is not kept here: words.c takes from the lexicon what each document's word needs.
 */
#ifndef CDN_LEXICON_H
#define CDN_LEXICON_H

#include <stdbool.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/vec.h"
#include "index/index_int.h"
#include "match/analyze.h"
#include "scan/inflect.h"
#include "scan/memo.h"
#include "scan/window_memo.h"
#include "scan/word_table.h"

/* The most index keys one distinct word leads to (its own, its base forms', near spellings). */
enum { CDN_SCAN_MAX_HITS = 8 };

/* The most words of a window (cordon_scan_options.max_window). */
enum { CDN_SCAN_MAX_WINDOW = 8 };

/* Token numbers at or above this are base forms (cdn_lexicon.bases), below it the words. */
#define CDN_SCAN_BASE 0x80000000u

/* A key of the index that a word leads to. */
typedef struct cdn_word_hit {
    uint32_t vocab;   /* vocab number */
    uint32_t form;    /* the token that stands for the word against names with this key */
    float sim;        /* 1: the word's own key; 0.95: its press spelling's (Siergiej → sergei);
                         0.92 (times 0.95 for a press spelling): a base form's (Путина → путин);
                         lower: a near spelling the index offered */
} cdn_word_hit;

/* The base forms of a word (inflect.h) with or without the Polish endings, and the keys they
 * lead to. */
typedef struct cdn_lex_bases {
    uint8_t n_bases;       /* its base forms, forms CDN_SCAN_BASE + at on */
    uint8_t n_hits;
    uint32_t at;
    cdn_word_hit hits[CDN_MAX_BASES]; /* the base forms the index has keys for, in order */
} cdn_lex_bases;

/* One word (by normalized form) and what is known of it so far. */
typedef struct cdn_lex_word {
    const char *norm;      /* the normalized word (the lexicon's copy) */
    uint32_t norm_len;
    bool analyzed;         /* token, country and own are worked out (cdn_lexicon_analyze) */
    uint32_t token;        /* the word analyzed, in tokens */
    double query_weight;   /* cdn_query_token_weight of it, which windows ask again and again */
    bool country;          /* a country name or demonym as written (countries.h) */
    bool has_own;          /* the index has the word's own key: own */
    bool near_done;        /* near worked out (cdn_lexicon_near or _whole_names) */
    uint8_t n_near;
    bool bases_done[2];    /* bases[polish] worked out (cdn_lexicon_bases) */
    cdn_word_hit own;
    cdn_lex_bases bases[2]; /* [0] without the Polish endings, [1] with them (a document's
                               language decides: cdn_scanner.polish_endings) */
    cdn_word_hit near[CDN_SCAN_MAX_HITS];  /* keys a spelling edit away, as the index offered
                                              them, or a known word's other vowel spellings
                                              that are organisations' whole names (distinct,
                                              the first CDN_SCAN_MAX_HITS) */
} cdn_lex_word;

/* What typing a document's words (words.c) reads of every word met, kept apart from the
 * entries in one dense array: each word of a text looks it up, where the rest of an entry
 * (some 360 bytes) is read far less often. */
typedef struct cdn_lex_seen {
    uint32_t doc;          /* the document it was last met in (cdn_lexicon.doc) */
    uint32_t doc_type;     /* its type number there (words.c) */
    uint32_t norm_len;     /* the normalized word's length */
    bool stop;             /* a function word (stopwords.h) */
    bool title;            /* a title or honorific (President, Dr): a token's CDN_TOK_HONORIFIC */
    uint8_t language;      /* the language it marks, a cdn_stop_language */
    bool number;           /* all digits */
    bool lone_letter;      /* one letter of one byte (an initial, the pieces of M&G) */
    int8_t korean_surname; /* a Korean surname (cdn_lexicon_korean_surname);
                              -1: not yet asked */
    int8_t city;           /* a city's name (cdn_lexicon_city); -1: not yet asked */
} cdn_lex_seen;

typedef struct cdn_lexicon {
    const cordon_index *idx;
    cdn_word_table words;  /* normalized word (the token's text) → its number */
    cdn_vec blocks;        /* cdn_lex_word *: the words, CDN_LEX_BLOCK to a block, which stay
                              where they are as the lexicon grows (no copying of entries that
                              are some 360 bytes each) */
    uint32_t count;        /* words in the blocks */
    cdn_vec seen;          /* cdn_lex_seen, per word */
    cdn_vec tokens;        /* cdn_token: the words, analyzed; strings in arena */
    cdn_vec bases;         /* cdn_token: base forms, analyzed */
    cdn_arena arena;
    cdn_analyzed scratch;  /* one token being analyzed */
    cdn_memo memo;         /* answers about its words (memo.h) */
    cdn_window_memo windows; /* the names windows of its words let through (window_memo.h) */
    cdn_window_memo anchors; /* uint32_t: the names of a window's anchor word that the window's
                                length and traits let through (window.c) */
    uint8_t *near_counts;  /* a byte per index key, all 0 between calls: the trigram counts of
                              near spellings (cdn_index_similar_keys_counted); made when first
                              needed, NULL till then or when out of memory */
    uint32_t doc;          /* the document being scanned, counting from 1 */
    double blank_query_weight; /* cdn_query_token_weight of cdn_lexicon_blank */
} cdn_lexicon;

void cdn_lexicon_init(cdn_lexicon *lx, const cordon_index *idx);
void cdn_lexicon_free(cdn_lexicon *lx);

/* Starts a document. A lexicon that has grown past its bound (CDN_LEXICON_MAX_WORDS words)
 * forgets every word first, so a long-lived scanner's memory stays bounded. */
void cdn_lexicon_begin(cdn_lexicon *lx);


/* cdn_lexicon_analyze and cdn_lexicon_bases of a word not yet worked out. */
int cdn_lexicon_analyze_new(cdn_lexicon *lx, uint32_t i);
int cdn_lexicon_bases_new(cdn_lexicon *lx, uint32_t i, bool polish);

/* Works out the keys a spelling edit away from word i's (analyzed), once. */
void cdn_lexicon_near(cdn_lexicon *lx, uint32_t i);

/* Works out, once, the keys under word i's vowel key (vowel_key.h) that are a listed
 * organisation's whole name (one word, no legal form: HIZBALLAH for Hezbollah), as near, when
 * the index has the word's own key and the word is in Latin letters; else near stays empty.
 * The press writes such a name with its own vowels, alone (Hezbollah fired); a person's or a
 * company's word is not looked up so (Patricio is no POTRICO CORP.). A word is asked this or
 * cdn_lexicon_near, never both. */
void cdn_lexicon_whole_names(cdn_lexicon *lx, uint32_t i);

/* cdn_token_similarity of the token of form number form (cdn_lexicon_form) and the indexed
 * token t (its strings in the index's pool: cdn_index_token), remembered in the memo for the
 * lexicon's life: the same word meets the same listed token window after window. */
double cdn_lexicon_likeness(cdn_lexicon *lx, uint32_t form, const cdn_token *t);

/* cdn_lexicon_korean_surname of a word not asked before. */
bool cdn_lexicon_korean_surname_new(cdn_lexicon *lx, uint32_t i);

/* cdn_lexicon_city of a word not asked before. */
bool cdn_lexicon_city_new(cdn_lexicon *lx, uint32_t i);

/* What is kept of word i (i < count) for typing a document's words. */
static inline cdn_lex_seen *cdn_lexicon_seen(const cdn_lexicon *lx, uint32_t i)
{
    return (cdn_lex_seen *)lx->seen.items + i;
}

/* Words per block of cdn_lexicon.blocks (a power of two). */
enum { CDN_LEX_BLOCK_BITS = 9, CDN_LEX_BLOCK = 1 << CDN_LEX_BLOCK_BITS };

/* Word i of the lexicon (i < count). */
static inline cdn_lex_word *cdn_lexicon_at(const cdn_lexicon *lx, uint32_t i)
{
    return ((cdn_lex_word *const *)lx->blocks.items)[i >> CDN_LEX_BLOCK_BITS] + (i & (CDN_LEX_BLOCK - 1));
}

/* Adds the normalized word norm (len bytes, of probe p: not in the lexicon yet) and sets *out
 * to its number: what its letters alone say (function word, title) at once, the rest on
 * cdn_lexicon_analyze. Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_lexicon_add(cdn_lexicon *lx, const char *norm, size_t len, const cdn_word_probe *p, uint32_t *out);

/* The normalized bytes of word number i of the lexicon ctx (for word_table.h). */
static inline const char *cdn_lexicon_text(const void *ctx, uint32_t i)
{
    return cdn_lexicon_at(ctx, i)->norm;
}

/* Sets *out to the number of the normalized word norm (len bytes, of probe p:
 * cdn_word_table_probe), adding it when it is new (cdn_lexicon_add). Inline: every word of
 * every text asks, and most are known. Returns CORDON_OK or CORDON_ENOMEM. */
static inline int cdn_lexicon_word(cdn_lexicon *lx, const char *norm, size_t len, const cdn_word_probe *p,
                                   uint32_t *out)
{
    uint32_t found = cdn_word_table_get(&lx->words, norm, len, p, cdn_lexicon_text, lx);
    if (found == UINT32_MAX)
        return cdn_lexicon_add(lx, norm, len, p, out);
    *out = found;
    return CORDON_OK;
}

/* Whether word i is a Korean surname in Latin letters or Cyrillic (cdn_korean_latin_surname,
 * cdn_korean_cyrillic_surname), asked once.
 * Inline: korean.c asks it of every short capitalised word before another. */
static inline bool cdn_lexicon_korean_surname(cdn_lexicon *lx, uint32_t i)
{
    int8_t known = cdn_lexicon_seen(lx, i)->korean_surname;
    return known >= 0 ? known : cdn_lexicon_korean_surname_new(lx, i);
}

/* Whether word i is a city's name of one word (cities.h), asked once: context.c asks it of
 * every word before a run that a function word precedes. */
static inline bool cdn_lexicon_city(cdn_lexicon *lx, uint32_t i)
{
    int8_t known = cdn_lexicon_seen(lx, i)->city;
    return known >= 0 ? known : cdn_lexicon_city_new(lx, i);
}

/* Analyzes word i (its token, whether it is a country, its own key), once. Most words of a
 * text are never needed so: a long lower-case word is no part of any name's window. Inline
 * for the words worked out before, most of those asked. Returns CORDON_OK or CORDON_ENOMEM. */
static inline int cdn_lexicon_analyze(cdn_lexicon *lx, uint32_t i)
{
    return cdn_lexicon_at(lx, i)->analyzed ? CORDON_OK : cdn_lexicon_analyze_new(lx, i);
}

/* Works out the base forms of word i (analyzed) and the keys they lead to, with the Polish
 * endings or without (inflect.h), once each: its bases[polish]. Inline for those worked out
 * before. Returns CORDON_OK or CORDON_ENOMEM. */
static inline int cdn_lexicon_bases(cdn_lexicon *lx, uint32_t i, bool polish)
{
    return cdn_lexicon_at(lx, i)->bases_done[polish] ? CORDON_OK : cdn_lexicon_bases_new(lx, i, polish);
}

/* The form number of a word not analyzed (cdn_lexicon_analyze): it stands for a blank token,
 * which meets no name, should a rule ever ask for it. */
#define CDN_SCAN_UNANALYZED UINT32_MAX

extern const cdn_token cdn_lexicon_blank;

/* The analyzed token a form number stands for (a word's, or a base form's). */
static inline const cdn_token *cdn_lexicon_form(const cdn_lexicon *lx, uint32_t form)
{
    if (form == CDN_SCAN_UNANALYZED)
        return &cdn_lexicon_blank;
    return form >= CDN_SCAN_BASE ? (const cdn_token *)lx->bases.items + (form - CDN_SCAN_BASE)
                                 : (const cdn_token *)lx->tokens.items + form;
}

#endif
