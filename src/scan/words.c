/*
 * words.c — the distinct words of a scanned text: each taken from the scanner's lexicon
 * (lexicon.h: analyzed once, as a name token is for search, for every document), and what this
 * document makes of it — the index keys it leads to here (its own; its base forms' when it is
 * capitalised somewhere; for an unknown capitalised word next to a known one, the keys one
 * spelling edit away) and what kind of word it is (function word, country, given name, common
 * word of the text).
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "scan/index_facts.h"
#include "scan/scan_int.h"
#include "scan/stopwords.h"
#include "text/arabic_compounds.h"

_Static_assert(sizeof(cdn_word_type) == 128, "a document's word types are indexed by a shift: keep them at 128 bytes");

static const char *word_norm(const cdn_scanner *s, size_t w)
{
    return s->words.norm.data + cdn_scan_word(s, w)->norm_off;
}

/* How many words ahead typing fetches what a word's lookup will read: far enough for the
 * fetch to arrive, near enough for it to be still there. */
enum { AHEAD = 8 };

/* lexicon_text of word w (its normalized bytes norm, *len of them), a word of two to four
 * letters beginning with a or e before another word and a hyphen, or abd: out of line, as few
 * words get here. */
static const char *joined_text(const cdn_scanner *s, size_t w, const char *norm, size_t *len)
{
    const cdn_span_token *t = cdn_scan_word(s, w), *next = cdn_scan_word(s, w + 1);
    if (next->start != t->end + 1)
        return norm;
    if (*len == 3 && norm[0] == 'a' && norm[1] == 'b' && norm[2] == 'd') {
        *len = 5;
        return "abdul";
    }
    bool el = *len == 2 && norm[1] == 'l' && next->norm_len >= 3;
    if (s->text[t->end] == '-' && (el || cdn_arabic_article_before(norm, *len, word_norm(s, w + 1), next->norm_len))) {
        *len = 2;
        return "al";
    }
    return norm;
}

/* The text the lexicon knows word w by (len bytes): its own, but "al" for the Arabic article
 * written as it sounds before the word it is hyphened to (az-Zawahiri: arabic_compounds.h), as
 * a listed name's words are read (analyze.c), and for the Egyptian el- hyphened to a word
 * (el-Sisi), which search meets with al by spelling: alone, el is a rare word of no listed name,
 * and a window holding it in lower case could never score. And "abdul" for abd before another
 * word, a hyphen or a space apart (Abd-al-Rahman, Abd al-Rahman, Abd Rahman), the first noun of
 * an ʿAbd name as the analysis of a listed name writes it (arabic_compounds.h: abdul rahman):
 * alone, abd met no listed name's abdul, and the window from it was never a mention. */
static inline const char *lexicon_text(const cdn_scanner *s, size_t w, size_t *len)
{
    const cdn_span_token *t = cdn_scan_word(s, w);
    const char *norm = word_norm(s, w);
    *len = t->norm_len;
    if (*len >= 2 && *len <= 4 && (norm[0] == 'a' || norm[0] == 'e') && w + 1 < cdn_tokens_count(&s->words) &&
        (s->text[t->end] == '-' || (*len == 3 && norm[1] == 'b' && norm[2] == 'd' && s->text[t->end] == ' ')))
        return joined_text(s, w, norm, len);
    return norm;
}

/* The probe of word w (its hash and first bytes: word_table.h). */
static inline cdn_word_probe probe_of(const cdn_scanner *s, size_t w)
{
    size_t len;
    const char *text = lexicon_text(s, w, &len);
    return cdn_word_table_probe(text, len);
}

/* Sets s->type_of[w] to the lexicon number of each word, adding the words new to the lexicon
 * in text order, each word's slot of the lexicon's table fetched AHEAD words before it is read
 * (the table of a long-lived scanner is megabytes, and most of a text's words are in it): the
 * words' probes first, in a pass of their own. Returns CORDON_OK or CORDON_ENOMEM. */
static int find_words(cdn_scanner *s, size_t n)
{
    cdn_word_probe *probes = s->probes;
    for (size_t w = 0; w < n; w++)
        probes[w] = probe_of(s, w);
    for (size_t w = 0; w < n && w < AHEAD; w++)
        cdn_word_table_prefetch(&s->lex.words, &probes[w]);
    for (size_t w = 0; w < n; w++) {
        if (w + AHEAD < n)
            cdn_word_table_prefetch(&s->lex.words, &probes[w + AHEAD]);
        uint32_t i;
        size_t len;
        const char *text = lexicon_text(s, w, &len);
        int status = cdn_lexicon_word(&s->lex, text, len, &probes[w], &i);
        if (status != CORDON_OK)
            return status;
        s->type_of[w] = i;
    }
    return CORDON_OK;
}

/* Gives each word its type, one per distinct word of the document, and its marks (what its
 * letters say, from the lexicon, and the gaps beside it: cdn_scan_mark_words), and counts the
 * words that mark each language (stopwords.h). Two passes: the words' lexicon numbers first
 * (find_words), then what the lexicon knows of each (cdn_lex_seen), fetched AHEAD words before
 * it is read: most of the time typing takes was these two reads' waits. */
int cdn_scan_type_words(cdn_scanner *s)
{
    size_t n = cdn_tokens_count(&s->words);
    int status = find_words(s, n);
    memset(s->language_marks, 0, sizeof s->language_marks);
    for (size_t w = 0; w < n && status == CORDON_OK; w++) {
        if (w + AHEAD < n)
            __builtin_prefetch(cdn_lexicon_seen(&s->lex, s->type_of[w + AHEAD]));
        const cdn_span_token *t = cdn_scan_word(s, w);
        s->capital[w] = cdn_scan_capitalised(s->text, t);
        uint32_t i = s->type_of[w];
        cdn_lex_seen *seen = cdn_lexicon_seen(&s->lex, i);
        s->marks[w] = (uint8_t)((seen->number ? CDN_MARK_NUMBER : 0) | (seen->lone_letter ? CDN_MARK_LONE_LETTER : 0));
        if (seen->doc != s->lex.doc) { /* the first time in this document: a type, made in place */
            if (s->types.len == s->types.cap && !cdn_vec_reserve(&s->types, s->types.len + 1)) {
                status = CORDON_ENOMEM;
                break;
            }
            seen->doc = s->lex.doc;
            seen->doc_type = (uint32_t)s->types.len;
            /* Field by field: its hits are read only below n_hits, and need no zeroing. */
            cdn_word_type *made = (cdn_word_type *)s->types.items + s->types.len++;
            made->lex = i;
            made->token = CDN_SCAN_UNANALYZED;
            made->query_weight = s->lex.blank_query_weight;
            made->n_hits = 0;
            made->n_bases = 0;
            made->bases_at = 0;
            made->stop = seen->stop;
            made->title = seen->title;
            made->language = seen->language;
            made->place = made->lower_seen = made->cap_seen = made->in_run = made->given = false;
            made->korean = 0;
        }
        s->type_of[w] = seen->doc_type;
        cdn_word_type *type = (cdn_word_type *)s->types.items + seen->doc_type;
        type->lower_seen |= !s->capital[w];
        type->cap_seen |= s->capital[w];
        s->language_marks[seen->language]++;
    }
    if (status == CORDON_OK)
        cdn_scan_mark_words(s);
    /* Latin names take the Polish endings in Polish text, and in text whose language nothing
     * marks (a headline, a list of names): not where more words mark another language. */
    const size_t *marks = s->language_marks;
    s->polish_endings = marks[CDN_STOP_POLISH] >= marks[CDN_STOP_ENGLISH] + marks[CDN_STOP_GERMAN] +
                                                    marks[CDN_STOP_FRENCH] + marks[CDN_STOP_SPANISH];
    return status;
}

/* Whether the index has the word's own key, and the word is not a function word. */
static bool knows_as_written(const cdn_word_type *type)
{
    return type->n_hits && type->hits[0].sim >= 0.99 && !type->stop;
}

/* 1 when word w has the Arabic article written apart and in lower case hyphened before it
 * (al-Zaouahiri, el-Sisi, and as it sounds before a sun letter: az-Zaouahiri, which the lexicon
 * reads as al, lexicon_text), else 0: the article anchors nothing, the word before it may. */
static size_t article_before(const cdn_scanner *s, size_t w)
{
    return w >= 2 && cdn_scan_article_hyphened(s, w - 1);
}

/* Finds the index keys each distinct word leads to here, and what kind of word it is. */
int cdn_scan_look_up_words(cdn_scanner *s)
{
    cdn_word_type *types = s->types.items;
    for (size_t i = 0; i < s->types.len; i++) {
        cdn_word_type *type = &types[i];
        /* Inside a window a lower-case word is a function word, a title (ANC president in
         * July) or of three letters or fewer (window.c); a word none of these, nor ever
         * capitalised, is in no window. */
        if (!type->cap_seen && !type->stop && !type->title && cdn_lexicon_seen(&s->lex, type->lex)->norm_len > 3)
            continue;
        int status = cdn_lexicon_analyze(&s->lex, type->lex);
        if (status != CORDON_OK)
            return status;
        const cdn_lex_word *lw = cdn_lexicon_at(&s->lex, type->lex);
        type->token = lw->token;
        type->query_weight = lw->query_weight;
        type->place = type->cap_seen && lw->country; /* names are capitalised */
        if (lw->has_own)
            cdn_scan_add_hit(type, &lw->own);
        if (type->korean)
            cdn_scan_korean_keys(s, type);
        if (type->stop || !type->cap_seen)
            continue;
        status = cdn_lexicon_bases(&s->lex, type->lex, s->polish_endings);
        if (status != CORDON_OK)
            return status;
        const cdn_lex_bases *bases = &cdn_lexicon_at(&s->lex, type->lex)->bases[s->polish_endings];
        type->bases_at = bases->at;
        type->n_bases = bases->n_bases;
        for (uint8_t b = 0; b < bases->n_hits; b++)
            cdn_scan_add_hit(type, &bases->hits[b]);
        /* A known word of eight letters or more may be an organisation's whole name spelt
         * with other vowels (Hezbollah: HIZBALLAH); shorter lone words meet only as written
         * (window.c, ONE_WORD_MIN). */
        if (lw->has_own && strlen(cdn_scan_form(s, type->token)->key) >= 8) {
            cdn_lexicon_whole_names(&s->lex, type->lex);
            lw = cdn_lexicon_at(&s->lex, type->lex);
            for (uint8_t h = 0; h < lw->n_near; h++)
                cdn_scan_add_hit(type, &lw->near[h]);
        }
    }
    /* A capitalised word the index does not know at all may be a misspelt name when it is
     * next to a capitalised word the index knows as written (Jewgeni Prigoschin), or to the
     * article hyphened to it after such a word (Ayman al-Zaouahiri); a lone one is
     * only ever matched as written (scan_window), and a run of unknown words has nothing to
     * anchor it, so their near spellings are not looked up. */
    size_t n = cdn_tokens_count(&s->words);
    for (size_t w = 0; w < n; w++) {
        if (!s->capital[w])
            continue;
        const cdn_word_type *type = &types[s->type_of[w]];
        if (type->n_hits || type->stop || type->lower_seen || type->in_run)
            continue; /* known, or never looked up (below), or noted already */
        size_t before = w - article_before(s, w); /* Ayman al-Zaouahiri: Ayman anchors */
        bool prev = before > 0 && s->capital[before - 1] && !cdn_scan_clause_break_after(s, before - 1) &&
                    knows_as_written(cdn_scan_type(s, before - 1));
        bool next = w + 1 < n && s->capital[w + 1] && !cdn_scan_clause_break_after(s, w) &&
                    knows_as_written(cdn_scan_type(s, w + 1));
        if (prev || next)
            types[s->type_of[w]].in_run = true;
    }
    /* Then, word by word, what it is once its keys are all known: a given name or not. */
    for (size_t i = 0; i < s->types.len; i++) {
        cdn_word_type *type = &types[i];
        if (!type->n_hits && !type->stop && !type->lower_seen && type->in_run &&
            strlen(cdn_scan_form(s, type->token)->key) >= 5) {
            cdn_lexicon_near(&s->lex, type->lex);
            const cdn_lex_word *lw = cdn_lexicon_at(&s->lex, type->lex);
            for (uint8_t h = 0; h < lw->n_near; h++)
                cdn_scan_add_hit(type, &lw->near[h]);
        }
        if (!type->cap_seen || type->stop)
            continue;
        for (uint8_t h = 0; h < type->n_hits && !type->given; h++)
            type->given = type->hits[h].sim >= 0.99 && cdn_given_key(s->idx, type->hits[h].vocab);
    }
    return CORDON_OK;
}
