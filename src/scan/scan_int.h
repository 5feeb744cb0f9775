/*
 * scan_int.h — the state of one cordon_scan, shared by the modules that find mentions in a
 * window of words (scan.c) and settle them for the whole document (resolve.c).
 */
#ifndef CDN_SCAN_INT_H
#define CDN_SCAN_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "cordon.h"
#include "core/strmap.h"
#include "core/vec.h"
#include "index/index_int.h"
#include "match/analyze.h"
#include "scan/lexicon.h"
#include "scan/stopwords.h"
#include "text/tokenize.h"

/* One distinct word of the text (by normalized form); all its occurrences share it. */
typedef struct cdn_word_type {
    uint32_t lex;         /* the word in the scanner's lexicon */
    uint32_t token;       /* the word, analyzed: a form number (cdn_scan_form); only words
                             capitalised somewhere, function words, titles and words of three
                             letters or fewer are analyzed (cdn_scan_look_up_words): the others are in
                             no window */
    double query_weight;  /* cdn_query_token_weight of the token */
    uint8_t n_hits;
    uint8_t n_bases;      /* its base forms (inflect.h): forms CDN_SCAN_BASE + bases_at on */
    uint8_t korean;       /* CDN_KOREAN_* bits: a word of a Korean name somewhere (korean.c);
                             here, where it keeps the struct at 128 bytes */
    uint32_t bases_at;
    bool stop;            /* a function word (stopwords.h) */
    bool title;           /* a title or honorific (President, Dr) */
    uint8_t language;     /* the language it marks, a cdn_stop_language */
    bool place;           /* a country name or demonym (countries.h) */
    bool lower_seen;      /* written in lower case somewhere in the text: a common word */
    bool cap_seen;        /* capitalised somewhere: only those words can be names */
    bool in_run;          /* capitalised next to a capitalised word the index knows, somewhere;
                             noted only of a word with no keys, no function word and never in
                             lower case (the words whose near spellings it decides) */
    bool given;           /* a given name of some listed person */
    cdn_word_hit hits[CDN_SCAN_MAX_HITS];
} cdn_word_type;

/* What a window's own tests made of one candidate name (window.c). */
typedef struct cdn_window_verdict {
    double score;
    bool passed, inflected;
} cdn_window_verdict;

/* A mention with the indexed name it matched; m first, so a hit * is a cordon_mention *. */
typedef struct cdn_hit {
    cordon_mention m;
    const cdn_iname *entry;
    uint32_t first, words;     /* the words it spans */
    bool needs_antecedent;     /* a short word (an acronym): only with a full mention before it */
} cdn_hit;

/* A family name written after another given name (resolve.c), by an index key its word leads
 * to: a slot of cdn_scanner.conflict_keys. */
typedef struct cdn_conflict_key {
    uint32_t vocab;   /* the key's vocab number */
    uint32_t stamp;   /* the document it was noted in (cdn_scanner.conflict_stamp); another:
                         the slot is empty */
    size_t start;     /* where the latest such word starts, plus one */
} cdn_conflict_key;

/* A scanner: the lexicon it keeps from document to document, and the state of the document
 * being scanned (its buffers kept too, for the next one). */
typedef struct cdn_scanner {
    const cordon_index *idx;
    cdn_lexicon lex;         /* every word met, analyzed once */
    const char *text;
    size_t text_len;
    double threshold;
    cdn_tokens words;
    cdn_vec types;           /* cdn_word_type: each distinct word of the document once */
    size_t room;             /* words the three arrays below have room for */
    uint32_t *type_of;       /* per word: its type number */
    cdn_word_probe *probes;  /* per word: scratch of words.c, its lookup's probe */
    bool *capital;           /* per word: capitalised, or of a script without case */
    bool *titled;            /* per word: in a sentence written in title case or capitals (a
                                headline), where a capital says nothing */
    uint8_t *marks;          /* per word: CDN_MARK_* bits, what the bytes around it say
                                (cdn_scan_mark_words), read by the rules again and again */
    bool *covered;           /* per word: scratch of resolve.c, inside a mention */
    size_t *company;         /* per word: scratch of resolve.c, a lone company mention's number + 1 */
    cdn_vec conflicts;       /* size_t: scratch of resolve.c, per word type */
    cdn_vec conflict_keys;   /* cdn_conflict_key: scratch of resolve.c, open addressing (a
                                power of two of slots), emptied by a new stamp, not cleared */
    uint32_t conflict_stamp; /* the document's stamp there */
    cdn_vec countries;       /* char[2]: the countries the document names (window.c), worked
                                out when first asked */
    bool countries_known;    /* countries is worked out for this document */
    cdn_strmap country_heads; /* the first words of the country names of two words or more
                                 (countries.h), gathered when first needed */
    cdn_vec heads;           /* bool: scratch of window.c, per word type: one of country_heads */
    bool nouns_capitalised;  /* German text: a capitalised neighbour may be any noun */
    size_t language_marks[CDN_STOP_LANGUAGES]; /* per cdn_stop_language: the document's words
                                                  that mark it (words.c) */
    bool polish_endings;     /* the document's Latin words may take Polish endings (inflect.h):
                                its words do not mark another language more than Polish */
    cdn_vec candidates;      /* uint32_t: scratch, the names a window is scored against */
    cdn_vec kept;            /* uint32_t: scratch, those the name facts let through */
    cdn_vec other;           /* uint32_t: scratch, the names of a window's second word */
    cdn_vec both;            /* uint32_t: scratch, the names of both */
    cdn_vec passed;          /* cdn_window_pass: scratch, the names a window let through */
    cdn_vec verdicts;        /* cdn_window_verdict: scratch of window.c, per candidate of a
                                window */
    uint32_t judged[256];    /* scratch of window.c: where a window's candidates are, by their
                                number's low byte (scan_window) */
    cdn_vec found;           /* cdn_hit */
} cdn_scanner;

/* What a word's own bytes and the gaps beside it say (cdn_scanner.marks). */
enum {
    CDN_MARK_CLAUSE_BREAK_AFTER = 1, /* cdn_scan_clause_break_after */
    CDN_MARK_SENTENCE_START = 2,     /* cdn_scan_sentence_start */
    CDN_MARK_HYPHEN_BEFORE = 4,      /* cdn_scan_hyphen_before */
    CDN_MARK_NUMBER = 8,             /* cdn_scan_number */
    CDN_MARK_LONE_LETTER = 16,       /* cdn_scan_lone_letter */
    CDN_MARK_NAME_SYLLABLE = 32,     /* cdn_scan_name_syllable */
    CDN_MARK_KOREAN_SURNAME = 64,    /* a Korean surname before a given name (korean.c) */
    CDN_MARK_ARTICLE_HYPHENED = 128, /* cdn_scan_article_hyphened */
};

/* What korean.c found a word to be, in some Korean name of the document (cdn_word_type.korean). */
enum { CDN_KOREAN_SURNAME = 1, CDN_KOREAN_GIVEN = 2 };

/* Word w of the document (as cdn_tokens_at, without the call: the rules ask often). */
static inline const cdn_span_token *cdn_scan_word(const cdn_scanner *s, size_t w)
{
    return (const cdn_span_token *)s->words.items.items + w;
}

static inline const cdn_word_type *cdn_scan_type(const cdn_scanner *s, size_t w)
{
    return (const cdn_word_type *)s->types.items + s->type_of[w];
}

/* The analyzed token a form number stands for. */
static inline const cdn_token *cdn_scan_form(const cdn_scanner *s, uint32_t form)
{
    return cdn_lexicon_form(&s->lex, form);
}

/* The length of the text the lexicon knows word w by: 2 for an Arabic article hyphened to its
 * word, read as al whatever its letters (az-, asch-, el-: words.c), else the word's own. */
static inline uint32_t cdn_scan_lexicon_len(const cdn_scanner *s, size_t w)
{
    return cdn_lexicon_seen(&s->lex, cdn_scan_type(s, w)->lex)->norm_len;
}

/* ---- words.c ---- */

/* Gives each word its type, analyzing each distinct word once; marks which words are
 * capitalised. Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_scan_type_words(cdn_scanner *s);

/* Finds the index keys each distinct word leads to (its own, its base forms', near spellings)
 * and what kind of word it is. Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_scan_look_up_words(cdn_scanner *s);

/* Adds hit to the keys the word of type leads to, unless it is there or there are
 * CDN_SCAN_MAX_HITS already. */
static inline void cdn_scan_add_hit(cdn_word_type *type, const cdn_word_hit *hit)
{
    for (uint8_t i = 0; i < type->n_hits; i++)
        if (type->hits[i].vocab == hit->vocab)
            return;
    if (type->n_hits < CDN_SCAN_MAX_HITS)
        type->hits[type->n_hits++] = *hit;
}

/* ---- korean.c ---- */

/* Finds the Korean names of the document written in Latin letters or Cyrillic — a capitalised
 * surname of hangul.h's or korean_cyrillic.h's table, then a given name of two Korean syllables
 * in its script (Kim Jong Un, Kim Jong-un, Kim Yeo-jeong, Ким Чен Ын) — and marks their words'
 * types (cdn_word_type.korean) and the surname (CDN_MARK_KOREAN_SURNAME). The given name's second
 * syllable, in lower case after a hyphen, is taken as capitalised (CDN_MARK_NAME_SYLLABLE).
 * Needs the words typed and marked (cdn_scan_type_words); before cdn_scan_look_up_words. */
void cdn_scan_mark_korean_names(cdn_scanner *s);

/* Whether word w, marked a given name's syllable, is itself a Korean surname before a given
 * name of its own (Kim of So Kim Jong Un, where So, a function word, may be the surname 소):
 * a window may begin there, as it may not inside a name (Jong of Kim Jong Nam). */
bool cdn_scan_korean_name_begins(cdn_scanner *s, size_t w);

/* Adds to the keys the word of type (analyzed, marked by cdn_scan_mark_korean_names) leads to
 * those of its other romanisations (cdn_korean_latin_keys, or cdn_korean_cyrillic_keys for a
 * word in Cyrillic), as search gathers them for a query word. */
void cdn_scan_korean_keys(const cdn_scanner *s, cdn_word_type *type);

/* ---- window.c ---- */

/* Scores every window of 1..max_window words and adds the mentions found to s->found (not yet
 * settled: they may overlap). Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_scan_find_windows(cdn_scanner *s, size_t max_window);

/* ---- context.c ---- */

/* cdn_scan_capitalised of a word that begins with a byte of 0x80 or more. */
bool cdn_scan_capitalised_beyond_ascii(const char *text, const cdn_span_token *t);

/* Whether the word t of text begins with an upper-case letter, or a letter of a script without
 * case, or a digit. Asked of every word: an ASCII first byte is judged here. */
static inline bool cdn_scan_capitalised(const char *text, const cdn_span_token *t)
{
    unsigned char first = (unsigned char)text[t->start];
    if (first < 0x80) /* an ASCII word begins with a letter or digit (tokenize.c) */
        return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
    return cdn_scan_capitalised_beyond_ascii(text, t);
}

/* Marks the words of sentences written as headlines (s->titled), and tells German text by its
 * function words (s->nouns_capitalised). Needs the word types. */
void cdn_scan_mark_titles(cdn_scanner *s);

/* Adds the marks the gaps beside every word of the document give (cdn_scanner.marks), to
 * those of its letters (cdn_scan_type_words). */
void cdn_scan_mark_words(cdn_scanner *s);

/* Whether words w-1 and w are joined by a hyphen alone (Wagner-Chef, OCCRP-Related); not an
 * Arabic article before it (al-Douri). */
static inline bool cdn_scan_hyphen_before(const cdn_scanner *s, size_t w)
{
    return s->marks[w] & CDN_MARK_HYPHEN_BEFORE;
}

/* Whether word w is the Arabic article in lower case hyphened to the next word (al-Qaida,
 * el-Sisi, az-Zawahiri: the lexicon knows it as al, words.c), not a half of a compound. */
static inline bool cdn_scan_article_hyphened(const cdn_scanner *s, size_t w)
{
    return s->marks[w] & CDN_MARK_ARTICLE_HYPHENED;
}

/* Whether word w is a title or honorific (President, Minister): a mention neither begins nor
 * ends with one. */
static inline bool cdn_scan_title(const cdn_scanner *s, size_t w) { return cdn_scan_type(s, w)->title; }

/* Whether word w is a syllable of a Korean given name after its surname (korean.c), which a
 * name may end with though it is a function word elsewhere (French un and il: Kim Jong Il), and
 * which counts as capitalised when written in lower case after a hyphen (Jong-un's un). */
static inline bool cdn_scan_name_syllable(const cdn_scanner *s, size_t w)
{
    return s->marks[w] & CDN_MARK_NAME_SYLLABLE;
}

/* Whether word w is all digits. */
static inline bool cdn_scan_number(const cdn_scanner *s, size_t w) { return s->marks[w] & CDN_MARK_NUMBER; }

/* Whether word w is a lone letter (an initial, or the pieces of M&G). */
static inline bool cdn_scan_lone_letter(const cdn_scanner *s, size_t w)
{
    return s->marks[w] & CDN_MARK_LONE_LETTER;
}

/* The end (a byte offset, past its last dot) of the legal form written as dotted capitals that
 * begins at word w, a space after the word before (S.A., B.V., S.A.S., C.A., S.A. de C.V., S. de
 * R.L.: words of one letter each), or 0 when w begins none. */
size_t cdn_scan_dotted_legal_form(const cdn_scanner *s, size_t w);

/* The end (a byte offset) of the legal forms written after word last, the last word of a
 * name's mention: a dotted one (cdn_scan_dotted_legal_form), or when last is an abbreviation
 * with its dot, the forms after it (CO. LTD, Co. Ltd, CO. L.L.C.: the window ends at the dot);
 * 0 when none follows. A word abbreviation's own last dot is left out: it may be the sentence's
 * (Sberbank PJSC.). */
size_t cdn_scan_forms_after(const cdn_scanner *s, size_t last);

/* Whether the word before w, in the same clause, is a given name (Richard before Wagner). */
bool cdn_scan_after_given_name(const cdn_scanner *s, size_t w);

/* Whether the gap between word w and the next ends a clause (sentence punctuation, commas,
 * brackets, a paragraph break, a control character). Never after the last word. */
static inline bool cdn_scan_clause_break_after(const cdn_scanner *s, size_t w)
{
    return s->marks[w] & CDN_MARK_CLAUSE_BREAK_AFTER;
}

/* Whether word w begins a sentence (the text, a line, or follows . ! ? or an opening quote
 * after them): its capital says nothing about it being a name. */
static inline bool cdn_scan_sentence_start(const cdn_scanner *s, size_t w)
{
    return s->marks[w] & CDN_MARK_SENTENCE_START;
}

/* Whether word w may stand alone as a name: capitalised in a sentence where that means
 * something, not a function word, country, given name or common word of the text, nor the
 * second half of a compound (Navalny-Related stands for nothing alone). Inline: every lone
 * word and window asks. */
static inline bool cdn_scan_lone_word_ok(const cdn_scanner *s, size_t w)
{
    const cdn_word_type *type = cdn_scan_type(s, w);
    return s->capital[w] && !s->titled[w] && !type->stop && !type->place && !type->given && !type->lower_seen &&
           !cdn_scan_hyphen_before(s, w);
}

/* Whether the words first..last are part of a longer run of capitalised words (Media Focus,
 * Tax Justice Network, Department of Justice, ABN Amro Group, Moscow City Court): then a name
 * they match is most likely a piece of another name. A country (Russian Rosneft) does not make
 * a run, nor in German text a noun next to it (der Kalikonzern Belaruskali, Putins Besuch), nor
 * a title (President Putin), nor the words of a headline, nor, unless the words may be a
 * person's (person), a sentence's first word that no listed name holds (Yesterday Rosneft). */
bool cdn_scan_in_longer_run(const cdn_scanner *s, size_t first, size_t last, bool person);

/* Whether the index's key (vocab number v) is a given name (not a family name, legal form or
 * honorific) of some listed person: looked up in its first postings only. The index's name
 * facts must be worked out (a scanner's are). */
bool cdn_scan_key_is_given_name(const cordon_index *idx, uint32_t v);

/* Keeps the best of overlapping mentions, drops acronyms without an antecedent, adds the
 * surname-only mentions the document allows, and leaves s->found in text order. */
int cdn_scan_resolve(cdn_scanner *s);

#endif
