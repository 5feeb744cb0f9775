/*
 * window.c — the windows of a scanned text and the names each may mention.
 *
 * Every run of 1..max_window words inside one clause that begins and ends with a capitalised
 * word (not a function word, title, lone letter or number at the start) is a window. Its
 * candidates are the names that hold a key of its most specific word the index knows (the one
 * of highest weight): a name that leaves that word unmatched can seldom reach the 2/3 of the
 * query side the default threshold needs. Bounds computed from the window alone and from each
 * candidate's tokens come first; the survivors are scored by the same scorer as cordon_search,
 * with a word's base form standing in for it where that is what met the name. The rules for a
 * mention in running text are at each test below; README.md (Scanning text) lists them all.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/sorted_u32.h"
#include "index/name_facts.h"
#include "match/score.h"
#include "model/countries.h"
#include "scan/bodies.h"
#include "scan/cities.h"
#include "scan/index_facts.h"
#include "scan/scan_int.h"
#include "scan/ships.h"
#include "scan/stopwords.h"
#include "scan/window_memo.h"
#include "text/generic_words.h"
#include "text/legal_forms.h"

/* A lone word of fewer than eight letters matches a one-word name only as written or
 * romanised (or as an inflected form of it), not by a spelling key alone: Zoran is not Souran. */
#define ONE_WORD_MIN 0.96

/* A base form of an inflected word scores a little below the word itself. */
#define INFLECTION_PENALTY 0.98

/* The form (cdn_scan_form) standing for word w against a name's tokens: a base form of the
 * word when a key of the name is that base form's key (Путина against ПУТИН), else the word
 * itself. *inflected is set when a base form was taken. */
static uint32_t stand_in(const cdn_scanner *s, size_t w, const cdn_itoken *name, uint32_t n, bool *inflected)
{
    const cdn_word_type *type = cdn_scan_type(s, w);
    for (uint8_t h = 0; h < type->n_hits; h++) {
        const cdn_word_hit *hit = &type->hits[h];
        if (hit->sim >= 0.99)
            break; /* the word's own key is among the name's keys, or no base form is */
        if (hit->form < CDN_SCAN_BASE)
            continue;
        uint32_t key = s->idx->vocab.items[hit->vocab].key;
        for (uint32_t j = 0; j < n; j++)
            if (name[j].key == key) {
                *inflected = true;
                return hit->form;
            }
    }
    return type->token;
}

/* Whether window word w could meet name token j at all: the same key (its own or a base
 * form's), or the same first letter of key or romanisation (the scorer's spelling, fuzzy and
 * initial matches all keep it; joined pairs begin with it too). hit0 are the first bytes of
 * the keys the word leads to, a bit each (window.hit0): a key none of them begins as is no key
 * of the word's, and its keys are not read. */
static bool could_meet(const cdn_scanner *s, size_t w, const cdn_token *q, const uint64_t hit0[4],
                       const cdn_itoken *name_tok, const cdn_token *t)
{
    if (q->key[0] == t->key[0] || (q->latin[0] && q->latin[0] == t->latin[0]))
        return true;
    unsigned char first = (unsigned char)t->key[0];
    if (!(hit0[first >> 6] >> (first & 63) & 1))
        return false;
    const cdn_word_type *type = cdn_scan_type(s, w);
    for (uint8_t h = 0; h < type->n_hits; h++)
        if (s->idx->vocab.items[type->hits[h].vocab].key == name_tok->key)
            return true;
    return false;
}

/* Whether one word of a window (q, len) is left by a name the others met (met_q, a bit each)
 * and may weigh CDN_ADDED_PART of itself (score.c, one_part_added): three words met or more,
 * whatever their rarity (Juan Carlos Pablo Moreno for MORENO, Juan Carlos), or two rare ones
 * (CDN_TOK_RARE: listed_name_within). Not the middle names score.c weighs half beside one rare
 * word (middle_names_by_comma): that rule asks a family word of the query (the comma, the
 * capitals), and a window's words, each analyzed alone (lexicon.c: no parts, no comma), carry
 * no CDN_TOK_FAMILY, so no window takes it (review5, session 23: the dump of 2,806 sentences
 * the same 813 mentions; "Ali Moussa NACHAR" in a sentence is no mention, a search's alert). */
static bool one_word_added(const cdn_token *q, size_t len, uint32_t met_q)
{
    if (len < 3 || __builtin_popcount(met_q) != (int)len - 1)
        return false;
    if (len >= 4)
        return true;
    for (size_t i = 0; i < len; i++)
        if (((met_q >> i) & 1u) && !(q[i].flags & CDN_TOK_RARE))
            return false;
    return true;
}

/* An upper bound of cdn_score_tokens (score.c: CDN_QUERY_SHARE of the query side's weight met,
 * the rest of the name side's), counting every pair that could_meet as a perfect match: most
 * candidates of a common word fall below the threshold here without being scored. wq and wn
 * are the words' cdn_query_token_weight and the name tokens' cdn_name_token_weight, worked
 * out before (the window's, the index's token facts); adds_word: the window's (added_total). */
static double score_bound(const cdn_scanner *s, size_t first, const cdn_token *q, const uint64_t (*hit0)[4],
                          size_t len, const cdn_token *t, const cdn_itoken *it, uint32_t k, const double *wq_of,
                          const cdn_token_fact *wn_of, bool adds_word)
{
    double wq = 0.0, got_q = 0.0, wn = 0.0, got_n = 0.0;
    uint32_t met_n = 0, met_q = 0;
    for (size_t i = 0; i < len; i++) {
        double w = wq_of[i];
        bool met = false;
        for (uint32_t j = 0; j < k; j++)
            if (could_meet(s, first + i, &q[i], hit0[i], &it[j], &t[j])) {
                met = true;
                met_n |= 1u << j;
            }
        wq += w;
        got_q += met ? w : 0.0;
        met_q |= (uint32_t)met << i;
    }
    /* Gulnihal Kulak Yegane for YEGANE, Gulnihal (adds_word: the window may be one, added_total).
     * Asked of the words as written (a base form standing in may be rare where its word is
     * not: such a window is bounded as before, and may be left unscored). */
    if (adds_word && one_word_added(q, len, met_q))
        wq -= (1.0 - CDN_ADDED_PART) * wq_of[__builtin_ctz(~met_q)];
    for (uint32_t j = 0; j < k; j++) {
        double w = wn_of[j].weight;
        wn += w;
        got_n += (met_n >> j) & 1u ? w : 0.0;
    }
    if (wq <= 0.0 || wn <= 0.0)
        return 1.0;
    return CDN_QUERY_SHARE * got_q / wq + (1.0 - CDN_QUERY_SHARE) * got_n / wn;
}

/* The length of a mention that opens a quote inside it (ЧВК «Вагнер, PMC "Wagner): len, or
 * past the closing mark when it follows at once, so that the mention reads as written. avail
 * is how many bytes the text has from the mention's start. */
static size_t close_quote(const char *m, size_t len, size_t avail)
{
    static const char *const PAIRS[][2] = {
        {"\xC2\xAB", "\xC2\xBB"}, /* « » */
        {"\xE2\x80\x9E", "\xE2\x80\x9C"}, /* „ “ */
        {"\xE2\x80\x9C", "\xE2\x80\x9D"}, /* “ ” */
        {"\xE2\x80\x98", "\xE2\x80\x99"}, /* ‘ ’ */
        {"\"", "\""},
        {"'", "'"},
    };
    /* Every opening mark begins with one of these bytes; most mentions hold none of them, and
     * are done without the searches below. */
    bool any = false;
    for (size_t i = 0; i < len && !any; i++)
        any = m[i] == '"' || m[i] == '\'' || m[i] == '\xC2' || m[i] == '\xE2';
    if (!any)
        return len;
    for (size_t p = 0; p < sizeof PAIRS / sizeof PAIRS[0]; p++) {
        size_t ol = strlen(PAIRS[p][0]), cl = strlen(PAIRS[p][1]);
        const char *open = memmem(m, len, PAIRS[p][0], ol);
        if (!open || memmem(open + ol, len - (size_t)(open + ol - m), PAIRS[p][1], cl))
            continue; /* no quote opened, or closed inside already */
        if (len + cl <= avail && memcmp(m + len, PAIRS[p][1], cl) == 0)
            return len + cl;
    }
    return len;
}

/* Whether word w is the article of an ʿAbd name, after abd (Abd al-Rahman, Abd-al-Rahman, Abd
 * ar-Rahman: words.c reads abd as abdul), which the analysis of a listed name leaves out
 * (arabic_compounds.h). */
static bool article_of_abd(const cdn_scanner *s, size_t w)
{
    if (w == 0 || cdn_scan_lexicon_len(s, w) != 2 || cdn_scan_lexicon_len(s, w - 1) != 5 ||
        cdn_scan_word(s, w - 1)->norm_len != 3)
        return false;
    const char *article = cdn_lexicon_text(&s->lex, cdn_scan_type(s, w)->lex);
    return article[0] == 'a' && article[1] == 'l' &&
           memcmp(cdn_lexicon_text(&s->lex, cdn_scan_type(s, w - 1)->lex), "abdul", 5) == 0;
}

/* Whether each lower-case word inside the window, and each number, is a word of the name as
 * written (Al-Qaida in Iraq, Bank of Russia, YU JONG 2): a window may run over a small word or
 * a number only when the name has it (James in Center is not James JIN, however alike their
 * keys; September 3 is not LLC SEPTEMBER). */
static bool lower_words_in_name(const cdn_scanner *s, size_t first, const cdn_token *q, size_t len,
                                const cdn_token *t, uint32_t k)
{
    for (size_t i = 0; i < len; i++) {
        bool inner_lower = i > 0 && i + 1 < len && !s->capital[first + i];
        if (!inner_lower && !cdn_scan_number(s, first + i))
            continue;
        if (inner_lower && article_of_abd(s, first + i))
            continue; /* Abd al-Rahman: the analysis of a name writes it abdul rahman */
        bool found = false;
        for (uint32_t j = 0; j < k && !found; j++) {
            const char *how;
            found = cdn_token_similarity(&q[i], &t[j], &how) >= 0.97;
        }
        if (!found)
            return false;
    }
    return true;
}

/* A bit per token of name n (its k tokens t) that is a country or demonym, remembered for the
 * lexicon's life: few names get this far, but those few again and again. Remembered by the
 * first name of these tokens (same_tokens), the answer being theirs. */
static uint32_t places_of(cdn_scanner *s, uint32_t n, const cdn_token *t, uint32_t k)
{
    cdn_memo_key key = {.n = {4, s->idx->name_facts[n].same_tokens}};
    double got;
    if (cdn_memo_get(&s->lex.memo, &key, &got))
        return (uint32_t)got;
    uint32_t places = 0;
    for (uint32_t j = 0; j < k; j++) {
        char code[3];
        if (cdn_country_code(t[j].text, strlen(t[j].text), code))
            places |= (uint32_t)1 << j;
    }
    cdn_memo_put(&s->lex.memo, &key, (double)places);
    return places;
}

/* Whether every country or demonym in the name (LIBYAN Investment Authority, Bank of CHINA)
 * is written in the window: without it the window names a kind of body, not this one. */
static bool keeps_places(const cdn_token *q, size_t len, const cdn_token *t, uint32_t k, uint32_t places)
{
    for (uint32_t j = 0; j < k; j++) {
        if (!(places >> j & 1u)) /* not a country or demonym (places_of) */
            continue;
        bool met = false;
        for (size_t i = 0; i < len && !met; i++) {
            const char *how;
            met = cdn_token_similarity(&q[i], &t[j], &how) >= 0.9;
        }
        if (!met)
            return false;
    }
    return true;
}

/* cdn_token_similarity of the word of form number form and the indexed token t, remembered
 * for the lexicon's life (cdn_lexicon_likeness). */
static double word_likeness(cdn_scanner *s, uint32_t form, const cdn_itoken *t)
{
    cdn_token tok = cdn_index_token(s->idx, t);
    return cdn_lexicon_likeness(&s->lex, form, &tok);
}

/* Whether the window meets the most specific token of the name (the one of highest weight that
 * is not a legal form or honorific): by a key one of its words leads to, or else by spelling.
 * Kinahan Organized Crime Group is not mentioned by "Organized Crime", however common the
 * family name Kinahan is in the lists. Cheaper than scoring, so it comes first. */
static bool keeps_specific_token(cdn_scanner *s, size_t first, size_t len, const cdn_itoken *it, uint32_t k)
{
    uint32_t best = k;
    for (uint32_t j = 0; j < k; j++)
        if (!(it[j].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC | CDN_TOK_PATRONYMIC | CDN_TOK_MIDDLE)) &&
            (best == k || it[j].weight > it[best].weight))
            best = j;
    if (best == k)
        return true;
    /* Of a name with two family names (MADURO MOROS, Nicolas), running text often writes the
     * first alone (Nicolas Maduro): when the most specific token is one of them, either will do
     * — but not by a word that is someone's given name too (Jose Roberto de Toledo is not
     * ROBERTO ORELLANA, Jose). */
    uint32_t family = 0;
    for (uint32_t j = 0; j < k; j++)
        family += (it[j].flags & CDN_TOK_FAMILY) != 0;
    bool either = family == 2 && (it[best].flags & CDN_TOK_FAMILY);
    for (uint32_t j = 0; j < k; j++) {
        if (j != best && !(either && (it[j].flags & CDN_TOK_FAMILY)))
            continue;
        /* By a key first, for every word: cheaper than a likeness. */
        for (size_t w = first; w < first + len; w++) {
            const cdn_word_type *type = cdn_scan_type(s, w);
            for (uint8_t h = 0; h < type->n_hits && !type->place && (j == best || !type->given); h++)
                if (s->idx->vocab.items[type->hits[h].vocab].key == it[j].key)
                    return true;
        }
        for (size_t w = first; w < first + len; w++) {
            const cdn_word_type *type = cdn_scan_type(s, w);
            /* A country (Bank of China) meets a name's word only as written or romanised, not
             * by a spelling key (SINA BANK). */
            if ((j == best || !type->given) && word_likeness(s, type->token, &it[j]) >= (type->place ? 0.97 : 0.75))
                return true;
        }
    }
    return false;
}

/* Whether token j of a name (k tokens t) is the name's acronym: its letters, two or more, are
 * the first letters of the other tokens in a row (RAJAH SOLAIMAN MOVEMENT (RSM)). */
static bool is_acronym_of_name(const cdn_token *t, uint32_t k, uint32_t j)
{
    char initials[CDN_MAX_NAME_TOKENS + 1];
    size_t n = 0;
    for (uint32_t i = 0; i < k; i++)
        if (i != j && t[i].text[0])
            initials[n++] = t[i].text[0];
    initials[n] = '\0';
    return strlen(t[j].text) >= 2 && strstr(initials, t[j].text) != NULL;
}

/* Whether the window meets every word of a company's name that says which company: each token
 * not a legal form, title or function word, by a key one of its words leads to or by spelling
 * (as keeps_specific_token), its acronym excepted. A company's name written in part is another
 * name, mostly of ordinary words: First Bank is not FIRST CREDIT BANK, New Age not NEW AGE
 * SHIPPING LIMITED, Investment Management Company not SINA INVESTMENT MANAGEMENT CO. The last
 * form_tail tokens are a legal form in dotted capitals (name_facts.h: C.A., S.A. DE C.V.). */
static bool meets_every_word(cdn_scanner *s, size_t first, size_t len, const cdn_itoken *it, const cdn_token *t,
                             uint32_t k, uint32_t form_tail)
{
    for (uint32_t j = 0; j + form_tail < k; j++) { /* a dotted legal form's letters apart */
        if ((it[j].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)) || cdn_is_stopword(t[j].text, strlen(t[j].text)))
            continue;
        bool met = false;
        for (size_t w = first; w < first + len && !met; w++) {
            const cdn_word_type *type = cdn_scan_type(s, w);
            for (uint8_t h = 0; h < type->n_hits && !met; h++)
                met = s->idx->vocab.items[type->hits[h].vocab].key == it[j].key;
        }
        for (size_t w = first; w < first + len && !met; w++)
            met = word_likeness(s, cdn_scan_type(s, w)->token, &it[j]) >= 0.75;
        if (!met && !is_acronym_of_name(t, k, j))
            return false;
    }
    return true;
}

/* Whether the one-word window of word first may be a mention at all, from the word alone: the
 * rules for a lone word (see the top of the file). */
static bool lone_window_allowed(const cdn_scanner *s, size_t first)
{
    const cdn_word_type *type = cdn_scan_type(s, first);
    const cdn_token *t = cdn_scan_form(s, type->token);
    return cdn_scan_lone_word_ok(s, first) && !(t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)) &&
           cdn_scan_word(s, first)->norm_len > 2 && !cdn_scan_after_given_name(s, first) &&
           !cdn_scan_in_longer_run(s, first, first, false);
}

/* Whether the normalized words (joined by spaces) name a region of the world, which like a
 * country is nobody, though listed names hold its words (Middle East Bank, the alias of
 * KHAVARMIANEH BANK; East Asia Shipping). */
static bool is_region(const char *words, size_t len)
{
    static const char *const REGIONS[] = {
        "middle east", "near east", "far east", "central asia", "south asia", "southeast asia", "east asia",
        "eastern europe", "western europe", "central europe", "northern europe", "southern europe",
        "latin america", "south america", "north america", "central america", "north africa", "west africa",
        "east africa", "southern africa", "central africa", "horn of africa", "persian gulf", "south caucasus",
        "north caucasus", "balkans", "western balkans", "naher osten", "mittlerer osten", "osteuropa",
        "moyen orient", "proche orient", "ближнии восток", "средняя азия", "центральная азия",
    };
    for (size_t i = 0; i < sizeof REGIONS / sizeof REGIONS[0]; i++)
        if (strlen(REGIONS[i]) == len && memcmp(REGIONS[i], words, len) == 0)
            return true;
    return false;
}

/* Whether the window is a place's name: a country's (South Africa, Bosnia and Herzegovina’s:
 * the normalized words are looked up, so the possessive goes) or a region's (the Middle East),
 * of several words only (a lone country is no lone word: cdn_scan_lone_word_ok); or a city's
 * or a US state's (cities.h: "in Saint Petersburg" is not BANK SAINT-PETERSBURG, "southern
 * Arizona" not ARIZONA S.A.). Asked only of a window that
 * matched a name, as the lookup is not free. */
static bool window_is_place(const cdn_scanner *s, size_t first, size_t len)
{
    char joined[128];
    size_t at = 0;
    for (size_t w = first; w < first + len; w++) {
        const cdn_span_token *t = cdn_scan_word(s, w);
        if (at + t->norm_len + 1 >= sizeof joined)
            return false; /* longer than any place's name */
        if (at)
            joined[at++] = ' ';
        memcpy(joined + at, s->words.norm.data + t->norm_off, t->norm_len);
        at += t->norm_len;
    }
    char code[3];
    return (len > 1 && (cdn_country_code(joined, at, code) || is_region(joined, at))) || cdn_is_city(joined, at) ||
           cdn_is_us_state(joined, at);
}

/* The one word of the window that is not a legal form, title or function word, when there is
 * exactly one; SIZE_MAX otherwise. */
static size_t lone_content_word(const cdn_scanner *s, size_t first, size_t len)
{
    size_t found = SIZE_MAX;
    for (size_t w = first; w < first + len; w++) {
        const cdn_word_type *type = cdn_scan_type(s, w);
        if (type->stop || (cdn_scan_form(s, type->token)->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)))
            continue;
        if (found != SIZE_MAX)
            return SIZE_MAX;
        found = w;
    }
    return found;
}

/* Whether word w is an article that begins names and nicknames in running text (El Chapo,
 * Al Capone, Il Duce: Spanish, Arabic, Italian; la, le, the, der are function words). */
static bool is_name_article(const cdn_scanner *s, size_t w)
{
    const cdn_span_token *t = cdn_scan_word(s, w);
    const char *word = s->words.norm.data + t->norm_off;
    return t->norm_len == 2 && (word[1] == 'l') && (word[0] == 'e' || word[0] == 'a' || word[0] == 'i');
}

/* Whether a window of several words that names by one short word alone (the others function
 * words, legal forms, titles or articles: El Chapo, Al Capone) meets the name by that word as
 * written or romanised (or inflected), not by a spelling key alone, as a lone word must (El
 * Chapo is not El Sapo, Zoran is not Souran). forms are the window's words standing in for
 * it, it the name's k tokens. */
static bool named_word_as_written(cdn_scanner *s, size_t first, size_t len, const uint32_t *forms,
                                  const cdn_itoken *it, uint32_t k)
{
    size_t named = SIZE_MAX;
    for (size_t w = first; w < first + len; w++) {
        const cdn_word_type *type = cdn_scan_type(s, w);
        if (type->stop || (cdn_scan_form(s, type->token)->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)) ||
            is_name_article(s, w))
            continue;
        if (named != SIZE_MAX)
            return true; /* two words name: the window's score says enough */
        named = w;
    }
    if (named == SIZE_MAX || cdn_scan_word(s, named)->norm_len >= 8)
        return true;
    for (uint32_t j = 0; j < k; j++)
        if (word_likeness(s, forms[named - first], &it[j]) >= ONE_WORD_MIN)
            return true;
    return false;
}

/* cdn_score_tokens of the window's words (of form numbers forms, tokens q) against name n
 * (tokens t), remembered for the lexicon's life: a name is scored again for every window and
 * sentence it is in. Remembered by the first name of these tokens (same_tokens): the score is
 * of the tokens. */
static double name_score(cdn_scanner *s, uint32_t n, const uint32_t *forms, const cdn_token *q, size_t len,
                         const cdn_token *t, uint32_t k)
{
    cdn_memo_key key = {.n = {2, s->idx->name_facts[n].same_tokens, (uint32_t)len}};
    for (size_t i = 0; i < len && i + 3 < CDN_MEMO_KEY; i++)
        key.n[i + 3] = forms[i];
    double score;
    if (len + 3 <= CDN_MEMO_KEY && cdn_memo_get(&s->lex.memo, &key, &score))
        return score;
    score = cdn_score_tokens(q, len, t, k, NULL);
    if (len + 3 <= CDN_MEMO_KEY)
        cdn_memo_put(&s->lex.memo, &key, score);
    return score;
}

/* Whether the window's words (q, len) meet words of the name (t, k) written the same but in
 * another order. A company's own name in a text is written in its order: Media Focus is not
 * FOCUS MEDIA S.A.R.L. (a person's may be turned, family name first). Legal forms and words
 * for the kind of body (generic_words.h, bodies.h) go where the language puts them, and do
 * not count: the Interior Ministry is the MINISTRY OF INTERIOR, Gruppe Wagner the WAGNER
 * GROUP, USM Telecom Holdings Limited the LIMITED LIABILITY COMPANY USM TELECOM; nor do a
 * country's name and its demonym, which news puts first (Syria's Commercial Bank, Iran Export
 * Development Bank: the COMMERCIAL BANK OF SYRIA, the EXPORT DEVELOPMENT BANK OF IRAN). */
static bool words_turned(const cdn_token *q, size_t len, const cdn_token *t, uint32_t k)
{
    uint64_t used = 0;
    int last = -1;
    for (size_t i = 0; i < len; i++) {
        size_t n = strlen(q[i].text);
        char code[3];
        if (!q[i].key[0] || (q[i].flags & CDN_TOK_LEGAL_FORM) || cdn_is_legal_form(q[i].text, n) ||
            cdn_generic_word(q[i].text, n) || cdn_is_body_word(q[i].text, n) || cdn_country_code(q[i].text, n, code))
            continue; /* no key to place it by, or a word that goes where the language puts it */
        for (uint32_t j = 0; j < k && j < 64; j++)
            if (!(used >> j & 1) && strcmp(q[i].key, t[j].key) == 0) {
                if ((int)j < last)
                    return true;
                used |= (uint64_t)1 << j;
                last = (int)j;
                break;
            }
    }
    return false;
}

/* Whether the word right before the window (in its clause, a space apart) is a country or
 * demonym that is none of the listed organization's countries: Russia’s Interior Ministry is
 * not Syria's listed MINISTRY OF INTERIOR, the Russian one not Cuba's. A party with no
 * country on the list is not judged so. */
static bool other_country_before(const cdn_scanner *s, size_t first, const cordon_entity *entity)
{
    if (first == 0 || entity->n_countries == 0 || cdn_scan_clause_break_after(s, first - 1) ||
        !cdn_scan_type(s, first - 1)->place)
        return false;
    const cdn_span_token *t = cdn_scan_word(s, first - 1);
    for (size_t i = t->end; i < cdn_scan_word(s, first)->start; i++)
        if (s->text[i] != ' ')
            return false;
    char code[3];
    if (!cdn_country_code(s->words.norm.data + t->norm_off, t->norm_len, code))
        return false;
    for (size_t c = 0; c < entity->n_countries; c++)
        if (memcmp(entity->countries[c].code, code, 2) == 0)
            return false;
    return true;
}

/* Whether name n (entry e) is made of the words of public bodies alone, function words,
 * particles, legal forms and titles apart (MINISTRY OF INTERIOR, MINISTERIO DEL INTERIOR,
 * FEDERAL SECURITY SERVICE: bodies.h), remembered for the lexicon's life by the first name of
 * these tokens (same_tokens). */
static bool body_name(cdn_scanner *s, uint32_t n, const cdn_iname *e)
{
    cdn_memo_key key = {.n = {5, s->idx->name_facts[n].same_tokens}};
    double got;
    if (cdn_memo_get(&s->lex.memo, &key, &got))
        return got != 0.0;
    cdn_token t[CDN_MAX_NAME_TOKENS];
    cdn_index_name_tokens(s->idx, e, t);
    size_t body = 0, other = 0;
    for (uint32_t j = 0; j < s->idx->name_facts[n].k; j++) {
        size_t len = strlen(t[j].text);
        if ((t[j].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)) || cdn_is_stopword(t[j].text, len) ||
            cdn_is_body_particle(t[j].text, len))
            continue;
        if (cdn_is_body_word(t[j].text, len))
            body++;
        else
            other++;
    }
    bool is = body > 0 && other == 0;
    cdn_memo_put(&s->lex.memo, &key, is ? 1.0 : 0.0);
    return is;
}

/* Adds a country the document names, once. False when out of memory. */
static bool add_country(cdn_scanner *s, const char *code)
{
    const char *codes = s->countries.items;
    for (size_t i = 0; i < s->countries.len; i++)
        if (memcmp(codes + 2 * i, code, 2) == 0)
            return true;
    return cdn_vec_push(&s->countries, code) != NULL;
}

/* Gathers the first words of the country names and aliases of two words or more (North of
 * North Korea, United of United States), once per scanner: only after one of them is a run of
 * words looked up as a country. False when out of memory. */
static bool gather_country_heads(cdn_scanner *s)
{
    char code[3];
    const char *key;
    for (size_t i = 0; (key = cdn_country_key_at(i, code)) != NULL; i++) {
        const char *space = strchr(key, ' ');
        if (space && !cdn_strmap_get(&s->country_heads, key, (size_t)(space - key)) &&
            !cdn_strmap_put(&s->country_heads, key, (size_t)(space - key), (void *)1, NULL))
            return false;
    }
    return true;
}

/* The countries the document names (s->countries): a word of a country or demonym alone
 * (Syria, Syrian, Syria’s: each distinct word once), or two or three capitalised words
 * together within a clause (North Korea, South Africa) beginning with the first word of such a
 * name. False when out of memory. */
static bool find_countries(cdn_scanner *s)
{
    if ((!s->country_heads.count && !gather_country_heads(s)) || !cdn_vec_reserve(&s->heads, s->types.len))
        return false;
    /* Each distinct word once: a country or demonym alone, or the head of a longer name. */
    const cdn_word_type *types = s->types.items;
    bool *heads = s->heads.items;
    for (size_t i = 0; i < s->types.len; i++) {
        const cdn_lex_word *lw = cdn_lexicon_at(&s->lex, types[i].lex);
        char code[3];
        if (types[i].place && cdn_country_code(lw->norm, lw->norm_len, code) && !add_country(s, code))
            return false;
        heads[i] = types[i].cap_seen && cdn_strmap_get(&s->country_heads, lw->norm, lw->norm_len);
    }
    size_t n = cdn_tokens_count(&s->words);
    for (size_t w = 0; w + 1 < n; w++) {
        if (!s->capital[w] || !heads[s->type_of[w]])
            continue;
        const cdn_span_token *t = cdn_scan_word(s, w);
        char joined[128];
        size_t at = t->norm_len;
        memcpy(joined, s->words.norm.data + t->norm_off, at);
        for (size_t last = w + 1; last < w + 3 && last < n; last++) {
            const cdn_span_token *l = cdn_scan_word(s, last);
            if (cdn_scan_clause_break_after(s, last - 1) || !s->capital[last] || at + l->norm_len + 1 >= sizeof joined)
                break;
            joined[at++] = ' ';
            memcpy(joined + at, s->words.norm.data + l->norm_off, l->norm_len);
            at += l->norm_len;
            char code[3];
            if (cdn_country_code(joined, at, code) && !add_country(s, code))
                return false;
        }
    }
    return true;
}

/* Whether the document names code (two letters), the countries it names worked out once per
 * document. Out of memory, it says yes: a mention is kept rather than lost. */
static bool names_country(cdn_scanner *s, const char *code)
{
    if (!s->countries_known) {
        if (!find_countries(s))
            return true;
        s->countries_known = true;
    }
    const char *codes = s->countries.items;
    for (size_t i = 0; i < s->countries.len; i++)
        if (memcmp(codes + 2 * i, code, 2) == 0)
            return true;
    return false;
}

/* Whether the document names a country of the entity: one its list gives, or else the one that
 * ends an address of it ("..., Havana, CU": some lists give no country field). An entity with
 * neither has no country the text could name. */
static bool names_country_of(cdn_scanner *s, const cordon_entity *entity)
{
    for (size_t c = 0; c < entity->n_countries; c++)
        if (names_country(s, entity->countries[c].code))
            return true;
    for (size_t a = 0; entity->n_countries == 0 && a < entity->n_addresses; a++) {
        const char *address = entity->addresses[a], *comma = strrchr(address, ',');
        const char *last = comma ? comma + 1 : address;
        char code[3];
        if (cdn_country_code(last, strlen(last), code) && names_country(s, code))
            return true;
    }
    return false;
}

/* The words of a window that a name met whole may leave as one word added (score.c,
 * one_part_added): how many are rare (CDN_TOK_RARE), the heaviest of those, the weight of the
 * others; the heaviest of all, and how many can meet no name (run_bound: a Latin word with no
 * key) with the weight of the last. */
typedef struct added_word {
    size_t rare, unmeetable;
    double heaviest_rare, others, heaviest, unmeetable_weight;
} added_word;

/* Counts word t of weight into a; may_meet: whether it may meet a name (run_add's met). */
static void added_word_add(added_word *a, const cdn_token *t, double weight, bool may_meet)
{
    a->heaviest = weight > a->heaviest ? weight : a->heaviest;
    if (!may_meet) {
        a->unmeetable++;
        a->unmeetable_weight = weight;
    }
    if (t->flags & CDN_TOK_RARE) {
        a->rare++;
        a->heaviest_rare = weight > a->heaviest_rare ? weight : a->heaviest_rare;
    } else {
        a->others += weight;
    }
}

/* The query-side total (of len words) that the window's bounds divide by: one word added to a
 * listed name met whole by two rare words or more weighs CDN_ADDED_PART of itself, so a window
 * of three words or more, all rare but one at most, may lose the rest of that word's weight
 * (the heaviest rare one's, when all are rare). Gulnihal Kulak Yegane for YEGANE, Gulnihal.
 * With three words met the scorer asks no rarity: a window of four words or more may lose half
 * of its heaviest word's (review1, session 19: Juan Carlos Pablo Moreno, search's hit at 0.81,
 * was no mention). */
static double added_total(double total, size_t len, const added_word *a)
{
    if (len >= 4 && a->unmeetable <= 1) /* two words that meet nothing leave two */
        return total - (1.0 - CDN_ADDED_PART) * (a->unmeetable ? a->unmeetable_weight : a->heaviest);
    if (len >= 4)
        return total;
    if (len < 3 || a->rare + 1 < len)
        return total;
    return total - (1.0 - CDN_ADDED_PART) * (a->rare == len ? a->heaviest_rare : a->others);
}

/* Whether a window may be a listed name met whole and one word more (added_total less than the
 * total). */
static bool may_add_word(size_t len, const added_word *a)
{
    return len >= 4 ? a->unmeetable <= 1 : len >= 3 && a->rare + 1 >= len;
}

/* What a window is, worked out once for all of its candidates. */
typedef struct window {
    size_t first, len;
    size_t lone;                        /* lone_content_word */
    bool lone_ok;                       /* that word may stand alone, in no longer run */
    bool legal_form;                    /* a word of it is a legal form */
    cdn_token q[CDN_MAX_NAME_TOKENS];   /* its words as written */
    double weight[CDN_MAX_NAME_TOKENS]; /* their query-side weights */
    double total;                       /* the sum of those, less a word added (added_total) */
    bool adds_word;                     /* may_add_word */
    uint8_t key0[CDN_MAX_NAME_TOKENS];        /* each word's key's first byte */
    uint8_t latin0[CDN_MAX_NAME_TOKENS];      /* its romanisation's (0: none) */
    uint64_t hit0[CDN_MAX_NAME_TOKENS][4];    /* the first bytes of the keys it leads to, a bit each */
    uint64_t key_bits[CDN_MAX_NAME_TOKENS];   /* cdn_letter_bit of key0 and of the hit0 bytes */
    uint64_t latin_bits[CDN_MAX_NAME_TOKENS]; /* of latin0 */
    uint64_t any_key[4];                      /* key0 and hit0 of every word, a bit per byte */
    uint64_t any_latin[4];                    /* latin0 of every word (not 0), a bit per byte */
} window;

/* What mention_of reads of a window: where it is, and its lone word. */
static void window_init(const cdn_scanner *s, size_t first, size_t len, window *win)
{
    win->first = first;
    win->len = len;
    win->lone = lone_content_word(s, first, len);
    win->lone_ok = len > 1 && win->lone != SIZE_MAX && cdn_scan_lone_word_ok(s, win->lone) &&
                   !cdn_scan_in_longer_run(s, first, first + len - 1, false);
}

/* The rest, which candidates are judged on: needed only when the window memo does not know
 * the window. rare_anchor: whether the word the candidates come from is rare (CDN_TOK_RARE);
 * when it is not, every candidate meets a word that is not, and none is a name met by rare
 * words with one word added (added_total), but in a window of four words or more, where three
 * words met need no rarity. */
static void window_read_words(const cdn_scanner *s, window *win, bool rare_anchor)
{
    size_t first = win->first, len = win->len;
    win->legal_form = false;
    win->total = 0.0;
    added_word added = {0, 0, 0.0, 0.0, 0.0, 0.0};
    memset(win->any_key, 0, sizeof win->any_key);
    memset(win->any_latin, 0, sizeof win->any_latin);
    for (size_t i = 0; i < len; i++) {
        const cdn_word_type *type = cdn_scan_type(s, first + i);
        win->q[i] = *cdn_scan_form(s, type->token);
        win->legal_form |= (win->q[i].flags & CDN_TOK_LEGAL_FORM) != 0;
        win->total += win->weight[i] = type->query_weight;
        if (len >= 4 || (len >= 3 && rare_anchor))
            added_word_add(&added, &win->q[i], type->query_weight,
                           type->n_hits || (win->q[i].flags & (CDN_TOK_ABJAD | CDN_TOK_ALPHABET)));
        win->key0[i] = (uint8_t)win->q[i].key[0];
        win->latin0[i] = (uint8_t)win->q[i].latin[0];
        win->key_bits[i] = cdn_letter_bit(win->key0[i]);
        memset(win->hit0[i], 0, sizeof win->hit0[i]);
        for (uint8_t h = 0; h < type->n_hits; h++) {
            uint8_t b = (uint8_t)s->idx->pool[s->idx->vocab.items[type->hits[h].vocab].key];
            win->hit0[i][b >> 6] |= (uint64_t)1 << (b & 63);
            win->key_bits[i] |= cdn_letter_bit(b);
        }
        win->latin_bits[i] = win->latin0[i] ? cdn_letter_bit(win->latin0[i]) : 0;
        win->any_key[win->key0[i] >> 6] |= (uint64_t)1 << (win->key0[i] & 63);
        for (size_t b = 0; b < 4; b++)
            win->any_key[b] |= win->hit0[i][b];
        if (win->latin0[i])
            win->any_latin[win->latin0[i] >> 6] |= (uint64_t)1 << (win->latin0[i] & 63);
    }
    win->total = added_total(win->total, len, &added);
    win->adds_word = may_add_word(len, &added);
}

/* Whether score_bound could reach the threshold at all, from the first letters alone: a word
 * whose first letters (of key, romanisation, or a key it leads to) begin no token of the name
 * can meet none of them, and the name side counts as met in full. Never below score_bound, so
 * it only saves work: a name it turns away, score_bound would too. */
static bool letters_may_reach(const cdn_scanner *s, const window *win, const cdn_name_facts *f)
{
    if (win->total <= 0.0 || !f->weighed)
        return true; /* score_bound says 1 */
    double got = 0.0;
    for (size_t i = 0; i < win->len; i++)
        if ((win->key_bits[i] & f->key_letters) || (win->latin_bits[i] & f->latin_letters))
            got += win->weight[i];
    return CDN_QUERY_SHARE * got / win->total + (1.0 - CDN_QUERY_SHARE) >= s->threshold;
}

/* Whether score_bound could reach the threshold from first letters alone: a word and a name's
 * token that could_meet begin alike (key or romanisation), or the word leads to a key
 * beginning as the token's does. The same sums in the same order over a superset of the
 * pairs, so never below score_bound: a name it turns away, score_bound would too. The name
 * side first, from the first letters of all the window's words together (a token is met when
 * some word meets it), with the query side counted as met in full: most names that get this
 * far leave half their weight unmet, and are turned away without the pairs being read. */
static bool letters_reach(const cdn_scanner *s, const window *win, const cdn_name_facts *f)
{
    if (win->total <= 0.0)
        return true; /* the bound is 1 */
    const cdn_token_fact *tf = s->idx->token_facts->of + f->tokens;
    uint32_t k = f->k;
    double wn = 0.0, got_n = 0.0;
    /* The first bytes of the name's keys and romanisations, a bit each, for the query side. */
    uint64_t name_key[4] = {0}, name_latin[4] = {0};
    for (uint32_t j = 0; j < k; j++) {
        uint8_t key0 = tf[j].key0, latin0 = tf[j].latin0;
        bool met = (win->any_key[key0 >> 6] >> (key0 & 63) & 1) || (win->any_latin[latin0 >> 6] >> (latin0 & 63) & 1);
        wn += tf[j].weight;
        got_n += met ? tf[j].weight : 0.0;
        name_key[key0 >> 6] |= (uint64_t)1 << (key0 & 63);
        name_latin[latin0 >> 6] |= (uint64_t)1 << (latin0 & 63);
    }
    if (wn <= 0.0)
        return true;
    double name_side = (1.0 - CDN_QUERY_SHARE) * got_n / wn;
    if (CDN_QUERY_SHARE * 1.0 + name_side < s->threshold)
        return false; /* got_q / total is at most 1 */
    /* A word meets some token when the name has a token whose key begins as its key does, or
     * whose romanisation as its romanisation does, or whose key begins as a key it leads to:
     * the bits above, not a pass over the tokens per word. */
    double got_q = 0.0;
    for (size_t i = 0; i < win->len; i++) {
        uint8_t kb = win->key0[i], lb = win->latin0[i];
        bool met = (name_key[kb >> 6] >> (kb & 63) & 1) || (lb && (name_latin[lb >> 6] >> (lb & 63) & 1)) ||
                   (win->hit0[i][0] & name_key[0]) || (win->hit0[i][1] & name_key[1]) ||
                   (win->hit0[i][2] & name_key[2]) || (win->hit0[i][3] & name_key[3]);
        got_q += met ? win->weight[i] : 0.0;
    }
    return CDN_QUERY_SHARE * got_q / win->total + name_side >= s->threshold;
}

/* Whether indexed name number n, which its facts allow (cdn_window_allows), passes the window's own tests — those its
 * words decide, not the words around it (mention_of) — and if so its score and whether a base
 * form stood in. */
static bool passes(cdn_scanner *s, uint32_t n, const window *win, double *score_out, bool *inflected_out)
{
    size_t first = win->first, len = win->len;
    const cdn_name_facts *f = &s->idx->name_facts[n];
    uint32_t k = f->k;
    /* A window begun at the article in lower case (article_begins_name) that holds one word
     * more is no person's mention: a surname alone is one only after a full mention (resolve.c),
     * and the press writes al-Sadr, al-Baghdadi for the men in the news, not IBRAHIM, Sadr. */
    if (len == 2 && f->person && !s->capital[first])
        return false;
    if (!letters_may_reach(s, win, f) || !letters_reach(s, win, f))
        return false;
    const cdn_iname *e = &s->idx->names.items[n];
    /* The bound first, on the words as written (could_meet also knows their base forms' keys);
     * then the tokens standing in for them against this name. */
    const cdn_itoken *it = s->idx->tokens.items + e->tokens;
    cdn_token q[CDN_MAX_NAME_TOKENS], tokens[CDN_MAX_NAME_TOKENS];
    memcpy(q, win->q, len * sizeof *q);
    cdn_index_name_tokens(s->idx, e, tokens);
    const cdn_token_fact *wn = s->idx->token_facts->of + e->tokens;
    if (score_bound(s, first, q, win->hit0, len, tokens, it, k, win->weight, wn, win->adds_word) < s->threshold ||
        !keeps_specific_token(s, first, len, it, k) ||
        (len > 1 && !f->person && !meets_every_word(s, first, len, it, tokens, k, f->form_tail)))
        return false;
    int inflected = 0;
    uint32_t forms[CDN_MAX_NAME_TOKENS];
    for (size_t i = 0; i < len; i++) {
        bool b = false;
        forms[i] = stand_in(s, first + i, it, k, &b);
        q[i] = *cdn_scan_form(s, forms[i]);
        inflected += b;
    }
    if (!lower_words_in_name(s, first, q, len, tokens, k) || (!f->person && words_turned(q, len, tokens, k)))
        return false;
    double score = name_score(s, n, forms, q, len, tokens, k);
    for (int i = 0; i < inflected; i++)
        score *= INFLECTION_PENALTY;
    size_t single = len == 1 ? first : win->lone;
    if (score < s->threshold ||
        (single != SIZE_MAX && score < ONE_WORD_MIN && cdn_scan_word(s, single)->norm_len < 8) ||
        !keeps_places(q, len, tokens, k, places_of(s, n, tokens, k)) || window_is_place(s, first, len) ||
        (len > 1 && !named_word_as_written(s, first, len, forms, it, k)))
        return false;
    *score_out = score;
    *inflected_out = inflected > 0;
    return true;
}

/* Whether the sentence of word w says a ship is meant: a word of it is a word for one, its flag
 * or its number (ships.h: the tanker Freedom, the Russia-flagged Graceful). */
static bool sentence_names_ship(const cdn_scanner *s, size_t w)
{
    size_t n = cdn_tokens_count(&s->words), from = w;
    while (from > 0 && !cdn_scan_sentence_start(s, from))
        from--;
    for (size_t v = from; v < n && (v == from || !cdn_scan_sentence_start(s, v)); v++) {
        const cdn_span_token *t = cdn_scan_word(s, v);
        if (cdn_is_ship_word(s->words.norm.data + t->norm_off, t->norm_len))
            return true;
    }
    return false;
}

/* Whether the document mentions entity already (a mention kept so far: windows come in text
 * order). */
static bool mentioned_before(const cdn_scanner *s, const cordon_entity *entity)
{
    const cdn_hit *found = s->found.items;
    for (size_t i = 0; i < s->found.len; i++)
        if (found[i].m.entity == entity)
            return true;
    return false;
}

/* Adds the mention of name n, which passed the window's own tests with score (a base form
 * standing in when inflected), unless the words around the window rule it out. */
static int mention_of(cdn_scanner *s, uint32_t n, const window *win, double score, bool inflected)
{
    size_t first = win->first, len = win->len;
    const cdn_name_facts *f = &s->idx->name_facts[n];
    const cdn_iname *e = &s->idx->names.items[n];
    const cordon_entity *entity = cdn_index_entity_at(s->idx, e->entity);
    /* The word of a one-word window (Properties Ltd) must be fit to stand alone. */
    if (len > 1 && win->lone != SIZE_MAX && !win->lone_ok)
        return CORDON_OK;
    /* A lone word at the start of a sentence only as written (Motions is not MOTION). */
    if (len == 1 && inflected && cdn_scan_sentence_start(s, first))
        return CORDON_OK;
    /* A person's lone word after a sentence's first word, which lone_window_allowed let be
     * (Yesterday Rosneft): that word may be the given name no list holds (Anandamayi Dutta). */
    if (len == 1 && f->person && cdn_scan_in_longer_run(s, first, first, true))
        return CORDON_OK;
    /* A company or group inside a longer capitalised name (ABN Amro Group, Reporters Without
     * Borders) is a piece of that name; a person's name is often preceded by a title
     * (President Vladimir Putin), so persons are let be. */
    if (len > 1 && !f->person && cdn_scan_in_longer_run(s, first, first + len - 1, false))
        return CORDON_OK;
    if (!f->person && other_country_before(s, first, entity))
        return CORDON_OK;
    /* A body named by its kind (the Interior Ministry, the Federal Security Service) is a
     * listed country's only where the text names that country (Syria's Interior Ministry, the
     * Syrian Interior Ministry, or Syria anywhere in it): news writes it of whatever country it
     * is about. With no country known for the entity, the text cannot name it. */
    if (!f->person && body_name(s, n, e) && !names_country_of(s, entity))
        return CORDON_OK;
    /* A vessel whose name is one word (FREEDOM, SIBERIA, ELITE, LOYAL) is that ship only where
     * the sentence says a ship is meant, or the document has mentioned it already: else the
     * word is the ordinary word or the place it mostly is (the Freedom to Write award, in
     * Siberia, Loyal Bank). */
    if (entity->schema == CORDON_SCHEMA_VESSEL && f->content == 1 && !sentence_names_ship(s, first) &&
        !mentioned_before(s, entity))
        return CORDON_OK;
    size_t start = cdn_scan_word(s, first)->start, end = cdn_scan_word(s, first + len - 1)->end;
    bool acronym = false;
    if (len == 1) {
        const cdn_span_token *t = cdn_scan_word(s, first);
        size_t letters = 0;
        for (size_t i = 0; i < t->norm_len; i++)
            letters += ((unsigned char)s->words.norm.data[t->norm_off + i] & 0xC0) != 0x80;
        acronym = letters <= 4;
    }
    /* A name with a legal form ends with the forms written after the window (Organic District
     * B.V., Al Cardinal Investments CO. LTD), which are no words of it. */
    size_t form_end = f->words < f->k ? cdn_scan_forms_after(s, first + len - 1) : 0;
    end = form_end ? form_end : close_quote(s->text + start, end - start, s->text_len - start) + start;
    cdn_hit h = {{start, end, entity, &entity->names[e->name], score}, e, (uint32_t)first, (uint32_t)len, acronym};
    return cdn_vec_push(&s->found, &h) ? CORDON_OK : CORDON_ENOMEM;
}

/* What the words of a window so far say, gathered word by word as the window grows from its
 * first word (cdn_scan_find_windows): each window of a first word is the last one and a word. */
typedef struct window_run {
    size_t anchor;   /* the heaviest capitalised word the index has keys for, not a function
                        word (scan_window); SIZE_MAX: none yet */
    double total;    /* the query-side weights of the words */
    double met;      /* of those, the words that may meet a name (run_bound) */
    bool rare_anchor; /* the anchor is rare (CDN_TOK_RARE) */
    bool says_which; /* a word that says which party: not a country, function word, legal form
                        or title (Swedish Public and Russian Federation Ltd say none) */
    bool legal_form; /* a word is a legal form */
} window_run;

/* Adds word w, the next of the window, to run (in text order: the sums are those of the
 * window's words in order). */
static void run_add(const cdn_scanner *s, window_run *run, size_t w)
{
    const cdn_word_type *type = cdn_scan_type(s, w);
    const cdn_token *t = cdn_scan_form(s, type->token);
    /* A heavier word the index has no keys for (Володимир, no key of which is listed) can
     * still meet a name by its consonants, which the scorer judges; a function word (and, the)
     * or a lower-case one never identifies anybody. */
    if (type->n_hits && s->capital[w] && !type->stop &&
        (run->anchor == SIZE_MAX || t->weight > cdn_scan_form(s, cdn_scan_type(s, run->anchor)->token)->weight)) {
        run->anchor = w;
        run->rare_anchor = (t->flags & CDN_TOK_RARE) != 0;
    }
    double weight = type->query_weight;
    run->total += weight;
    if (type->n_hits || (t->flags & (CDN_TOK_ABJAD | CDN_TOK_ALPHABET)))
        run->met += weight;
    run->says_which |= !type->place && !type->stop && !(t->flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC));
    run->legal_form |= (t->flags & CDN_TOK_LEGAL_FORM) != 0;
}

/* An upper bound of any name's score against the window of run, from the window alone: a
 * Latin word the index has no key for, nor one a spelling edit away, will meet no name's word
 * (a word of another script still may, by its consonants), so its share of the query side is
 * lost; the name side counts as met in full. "Khadija Ismayilova" stops here when Ismayilova
 * is listed nowhere. */
static double run_bound(const window_run *run)
{
    return run->total > 0.0 ? CDN_QUERY_SHARE * run->met / run->total + (1.0 - CDN_QUERY_SHARE) : 1.0;
}

/* run_bound with one word added to a name met whole counted as score.c counts it
 * (added_total), for the window of len words from first whose anchor is rare, or of four words
 * or more: asked only where run_bound falls short, so that the other windows cost what they
 * did. */
static double run_bound_added(const cdn_scanner *s, size_t first, size_t len, const window_run *run)
{
    if (!run->rare_anchor && len < 4)
        return run_bound(run); /* window_read_words: no candidate of it may add a word */
    added_word added = {0, 0, 0.0, 0.0, 0.0, 0.0};
    for (size_t w = first; w < first + len; w++) {
        const cdn_word_type *type = cdn_scan_type(s, w);
        const cdn_token *t = cdn_scan_form(s, type->token);
        added_word_add(&added, t, type->query_weight, type->n_hits || (t->flags & (CDN_TOK_ABJAD | CDN_TOK_ALPHABET)));
    }
    double total = added_total(run->total, len, &added);
    return total > 0.0 ? CDN_QUERY_SHARE * run->met / total + (1.0 - CDN_QUERY_SHARE) : 1.0;
}

/* How many candidates ahead their name facts are fetched (scan_window): the names of a word
 * are scattered over the index, and most are turned away on their facts. */
enum { FACTS_AHEAD = 8 };

/* Postings longer than this make a word common: see scan_window. */
#define COMMON_POSTINGS 256

/* The names holding a key the word leads to (with a similarity of at least min_sim),
 * ascending, each once: *out points at the index's postings when one key gives them all, else
 * at buf, where the postings of the keys (each sorted) are merged and repeats dropped. *n
 * receives their count. False when out of memory. */
static bool names_of(const cdn_scanner *s, const cdn_word_type *type, double min_sim, cdn_vec *buf,
                     const uint32_t **out, size_t *n)
{
    const uint32_t *list[CDN_SCAN_MAX_HITS];
    size_t len[CDN_SCAN_MAX_HITS], at[CDN_SCAN_MAX_HITS], lists = 0, total = 0;
    for (uint8_t h = 0; h < type->n_hits; h++) {
        if (type->hits[h].sim < min_sim)
            continue;
        const cdn_ikey *info = &s->idx->vocab.items[type->hits[h].vocab];
        list[lists] = s->idx->u32.items + info->postings;
        len[lists] = info->n_postings;
        at[lists++] = 0;
        total += info->n_postings;
    }
    *out = lists ? list[0] : NULL;
    *n = lists ? len[0] : 0;
    if (lists < 2)
        return true;
    if (!cdn_vec_reserve(buf, total))
        return false;
    uint32_t *merged = buf->items;
    size_t count = 0;
    if (lists == 2) { /* most words with several keys: their own and a base form's */
        const uint32_t *a = list[0], *b = list[1];
        size_t i = 0, j = 0, na = len[0], nb = len[1];
        while (i < na || j < nb) {
            uint32_t least = j == nb || (i < na && a[i] < b[j]) ? a[i] : b[j];
            merged[count++] = least;
            while (i < na && a[i] == least)
                i++;
            while (j < nb && b[j] == least)
                j++;
        }
        buf->len = count;
        *out = merged;
        *n = count;
        return true;
    }
    for (;;) {
        /* The smallest name at the head of a list; every list at it moves on. */
        uint32_t least = UINT32_MAX;
        bool any = false;
        for (size_t l = 0; l < lists; l++)
            if (at[l] < len[l] && (!any || list[l][at[l]] < least)) {
                least = list[l][at[l]];
                any = true;
            }
        if (!any)
            break;
        merged[count++] = least;
        for (size_t l = 0; l < lists; l++)
            while (at[l] < len[l] && list[l][at[l]] == least)
                at[l]++;
    }
    buf->len = count;
    *out = merged;
    *n = count;
    return true;
}

/* The names holding a key the anchor word of type leads to (names_of; for a lone word, only
 * as written or inflected): *out and *n receive them. Postings merged from several keys are
 * remembered per word and endings tried (its base forms' keys differ with them) in the anchors
 * memo (by a key of three numbers, apart from those of anchor_names), for the windows of other
 * lengths it anchors. False when out of memory. */
static bool anchor_postings(cdn_scanner *s, const cdn_word_type *type, bool lone_word, const uint32_t **out,
                            size_t *n)
{
    uint32_t key[3] = {type->lex, UINT32_MAX, (uint32_t)lone_word | (uint32_t)s->polish_endings << 1};
    uint64_t h = cdn_window_memo_hash(key, 3);
    const void *known;
    if (cdn_window_memo_get(&s->lex.anchors, key, 3, h, &known, n)) {
        *out = known;
        return true;
    }
    if (!names_of(s, type, lone_word ? 0.9 : 0.0, &s->candidates, out, n))
        return false;
    if (*out == s->candidates.items) /* merged: worth keeping */
        cdn_window_memo_put(&s->lex.anchors, key, 3, h, *out, *n);
    return true;
}

/* The names holding a key of the window's anchor word (names_of) that their facts allow for the
 * window, ascending: *out and *n receive them, *all how many names the anchor's keys hold
 * before the facts. Remembered per anchor word (its keys are the word's own and its base
 * forms': an anchor is capitalised, so they depend on the document only by the endings tried),
 * endings, window length and the two traits the facts are judged on (cdn_window_allows), in the
 * lexicon's anchors memo: the same word anchors window after window. False when out of memory. */
static bool anchor_names(cdn_scanner *s, const cdn_word_type *type, const window *win, const uint32_t **out,
                         size_t *n, size_t *all)
{
    bool lone = win->lone != SIZE_MAX, legal_form = win->legal_form;
    uint32_t key[4] = {type->lex, (uint32_t)win->len, (uint32_t)(win->len > 1 && lone) | (uint32_t)s->polish_endings << 1,
                       win->len > 1 && legal_form};
    const void *known;
    size_t count;
    uint64_t h = cdn_window_memo_hash(key, 4);
    if (cdn_window_memo_get(&s->lex.anchors, key, 4, h, &known, &count)) {
        const uint32_t *items = known;
        *all = items[0];
        *out = items + 1;
        *n = count - 1;
        return true;
    }
    const uint32_t *c;
    size_t nc;
    if (!anchor_postings(s, type, win->len == 1, &c, &nc) || !cdn_vec_reserve(&s->kept, nc + 1))
        return false;
    uint32_t *kept = s->kept.items;
    size_t k = 0;
    kept[k++] = (uint32_t)nc;
    for (size_t i = 0; i < nc; i++)
        if (cdn_window_allows(s->idx, c[i], win->len, lone, legal_form))
            kept[k++] = c[i];
    cdn_window_memo_put(&s->lex.anchors, key, 4, h, kept, k);
    *all = nc;
    *out = kept + 1;
    *n = k - 1;
    return true;
}

/* The window memo's key of the window (window_memo.h): the threshold, the length, and per
 * word its lexicon number and what this document makes of it — capitalised here, a place, a
 * given name, capitalised anywhere, whether the Polish endings are tried, and how many keys it
 * leads to (with the word and the endings, these tell which: its own and base forms', or near
 * spellings). Returns how many numbers. */
static size_t window_key(const cdn_scanner *s, size_t first, size_t len, uint32_t *key)
{
    uint64_t threshold;
    memcpy(&threshold, &s->threshold, sizeof threshold);
    size_t n = 0;
    key[n++] = (uint32_t)threshold;
    key[n++] = (uint32_t)(threshold >> 32);
    key[n++] = (uint32_t)len;
    for (size_t w = first; w < first + len; w++) {
        const cdn_word_type *type = cdn_scan_type(s, w);
        key[n++] = type->lex;
        key[n++] = (uint32_t)s->capital[w] | (uint32_t)type->place << 1 | (uint32_t)type->given << 2 |
                   (uint32_t)type->cap_seen << 3 | (uint32_t)s->polish_endings << 4 | (uint32_t)type->korean << 5 |
                   (uint32_t)type->n_hits << 8;
    }
    return n;
}

/* The place of name x among the n ascending names c, or NULL when it is not there. */
static const uint32_t *bsearch_name(const uint32_t *c, size_t n, uint32_t x)
{
    size_t at = cdn_u32_lower_bound(c, n, x);
    return at < n && c[at] == x ? c + at : NULL;
}

/* The names of c (n of them, ascending) that also hold a key of the window's weightiest word
 * after the anchor, when that word weighs a third of the window or more: a common anchor
 * (International, Bank, States) is in thousands of names, and a name must then meet that word
 * too to reach the threshold. adds_word (window.adds_word): the word may be one added, at half
 * its weight (added_total), and a name must meet it only when it weighs half of the window or
 * more (0.6 x 1/2 / 3/4 + 0.4 = 0.80). *c and *n are left alone when no word weighs enough.
 * Returns false when out of memory. */
static bool with_second_word(cdn_scanner *s, size_t first, size_t len, size_t anchor, bool adds_word,
                             const uint32_t **c, size_t *n)
{
    const cdn_token *tokens = s->lex.tokens.items;
    size_t second = SIZE_MAX;
    double total = 0.0;
    for (size_t w = first; w < first + len; w++) {
        total += cdn_scan_type(s, w)->query_weight;
        if (w != anchor && cdn_scan_type(s, w)->n_hits && !cdn_scan_type(s, w)->stop &&
            (second == SIZE_MAX || tokens[cdn_scan_type(s, w)->token].weight > tokens[cdn_scan_type(s, second)->token].weight))
            second = w;
    }
    if (second == SIZE_MAX || cdn_scan_type(s, second)->query_weight * (adds_word ? 2.0 : 3.0) < total)
        return true;
    const uint32_t *o;
    size_t no;
    if (!names_of(s, cdn_scan_type(s, second), 0.0, &s->other, &o, &no) || !cdn_vec_reserve(&s->both, *n))
        return false;
    uint32_t *both = s->both.items;
    size_t kept = 0, j = 0;
    for (size_t i = 0; i < *n; i++) {
        while (j < no && o[j] < (*c)[i])
            j++;
        if (j < no && o[j] == (*c)[i])
            both[kept++] = (*c)[i];
    }
    *c = both;
    *n = kept;
    return true;
}

/* Judges the n names c (ascending) against the window win, adding a mention for each that
 * passes and keeping those in s->passed for the window's memo. */
static int judge_names(cdn_scanner *s, const uint32_t *c, size_t n, const window *win)
{
    s->passed.len = 0;
    if (!cdn_vec_reserve(&s->verdicts, n))
        return CORDON_ENOMEM;
    cdn_window_verdict *verdicts = s->verdicts.items;
    /* Where the candidates judged so far are, by their number's low byte (the latest of each):
     * an earlier twin is mostly found here, else by bisection. The scanner's table, never
     * cleared: a place left by an earlier window is taken only when it is before this
     * candidate and holds the twin, so it is right whoever wrote it. */
    uint32_t *judged = s->judged;
    for (size_t i = 0; i < n; i++) {
        if (i + FACTS_AHEAD < n)
            __builtin_prefetch(&s->idx->name_facts[c[i + FACTS_AHEAD]]);
        /* A name with the very tokens of an earlier candidate (the same party on several
         * lists) fares as that one did: passes reads nothing else of a name. */
        uint32_t same = s->idx->name_facts[c[i]].same_tokens;
        const uint32_t *earlier = NULL;
        if (same != c[i]) {
            uint32_t at = judged[same & 255];
            earlier = at < i && c[at] == same ? c + at : bsearch_name(c, i, same);
        }
        judged[c[i] & 255] = (uint32_t)i;
        cdn_window_verdict *v = &verdicts[i];
        if (earlier)
            *v = verdicts[earlier - c];
        else {
            *v = (cdn_window_verdict){0.0, false, false};
            v->passed = passes(s, c[i], win, &v->score, &v->inflected);
        }
        if (!v->passed)
            continue;
        cdn_window_pass pass = {v->score, c[i], v->inflected};
        int status = cdn_vec_push(&s->passed, &pass) ? mention_of(s, c[i], win, pass.score, pass.inflected) : CORDON_ENOMEM;
        if (status != CORDON_OK)
            return status;
    }
    return CORDON_OK;
}

/* Whether the window of len words from first may mention anybody, from what its words say
 * (run: run_add) alone: a word the index has keys for, a bound that reaches the threshold, a
 * word that says which party (len > 1) or a lone word fit to stand alone. Two windows in three
 * stop here, before scan_window sets anything up. */
static bool window_may_mention(const cdn_scanner *s, size_t first, size_t len, const window_run *run)
{
    return run->anchor != SIZE_MAX &&
           (run_bound(run) >= s->threshold || (len >= 3 && run_bound_added(s, first, len, run) >= s->threshold)) &&
           (len > 1 ? run->says_which : lone_window_allowed(s, first));
}

/* Scores the names that hold a key of the window's most specific word (run: what its words
 * say, run_add), a window that window_may_mention. */
static int scan_window(cdn_scanner *s, size_t first, size_t len, const window_run *run)
{
    size_t anchor = run->anchor;
    /* A window of several words does not cut a compound (a Secret Co-Owner, the
     * Anti-Corruption Foundation): its words are one word of the sentence. */
    if (len > 1 && (cdn_scan_hyphen_before(s, first) || (first + len < cdn_tokens_count(&s->words) && cdn_scan_hyphen_before(s, first + len))))
        return CORDON_OK;
    const cdn_word_type *type = cdn_scan_type(s, anchor);
    window win;
    /* The same words as a window seen before: the names they let through, remembered. */
    uint32_t key[3 + 2 * CDN_SCAN_MAX_WINDOW];
    size_t key_n = window_key(s, first, len, key);
    const void *remembered;
    size_t n_known;
    uint64_t key_hash = cdn_window_memo_hash(key, key_n);
    bool known_window = cdn_window_memo_get(&s->lex.windows, key, key_n, key_hash, &remembered, &n_known);
    if (known_window && n_known == 0)
        return CORDON_OK; /* most windows: nothing to judge in context, nor to set up for it */
    window_init(s, first, len, &win);
    if (known_window) {
        const cdn_window_pass *known = remembered;
        for (size_t i = 0; i < n_known; i++) {
            int status = mention_of(s, known[i].name, &win, known[i].score, known[i].inflected);
            if (status != CORDON_OK)
                return status;
        }
        return CORDON_OK;
    }
    /* The anchor's names first: for a third of the windows none is left, and the window's
     * words need not be read. */
    win.legal_form = run->legal_form;
    const uint32_t *c;
    size_t n, all;
    if (!anchor_names(s, type, &win, &c, &n, &all))
        return CORDON_ENOMEM;
    if (n == 0) {
        cdn_window_memo_put(&s->lex.windows, key, key_n, key_hash, NULL, 0);
        return CORDON_OK;
    }
    window_read_words(s, &win, (cdn_scan_form(s, type->token)->flags & CDN_TOK_RARE) != 0);
    /* The second word may be the one a name met whole leaves (added_total). */
    if (all > COMMON_POSTINGS && !with_second_word(s, first, len, anchor, win.adds_word, &c, &n))
        return CORDON_ENOMEM;
    int status = judge_names(s, c, n, &win);
    if (status != CORDON_OK)
        return status;
    cdn_window_memo_put(&s->lex.windows, key, key_n, key_hash, s->passed.items, s->passed.len);
    return CORDON_OK;
}

/* Whether a window ending at word last, of the text's nwords, would cut a Korean name before
 * the last syllable of its given name (korean.c): Kim Jong of Kim Jong Il is not KIM, Song,
 * whatever the whole scores. */
static inline bool cuts_korean_name(const cdn_scanner *s, size_t last, size_t nwords)
{
    return last + 1 < nwords && cdn_scan_name_syllable(s, last + 1);
}

/* Scores the windows of 1..max_window words that begin at word first (of the text's nwords). */
static int windows_from(cdn_scanner *s, size_t first, size_t max_window, size_t nwords)
{
    int status = CORDON_OK;
    window_run run = {SIZE_MAX, 0.0, 0.0, false, false, false};
    for (size_t len = 1; len <= max_window && first + len <= nwords && status == CORDON_OK; len++) {
        if (len > 1 && cdn_scan_clause_break_after(s, first + len - 2))
            break;
        size_t last = first + len - 1;
        run_add(s, &run, last);
        if (len > 1 && cdn_scan_title(s, last))
            continue; /* Vladimir Putin, not "Vladimir Putin Minister" */
        /* Inside a name in running text, a lower-case word is a particle or function word
         * (Bank of Russia, Osama bin Laden, asch-Scham's article); past any other the window
         * cannot be a name. */
        if (!s->capital[last] && !cdn_scan_type(s, last)->stop && cdn_scan_lexicon_len(s, last) > 3)
            break;
        if (s->capital[last] && !cdn_scan_lone_letter(s, last) &&
            (len == 1 || !cdn_scan_type(s, last)->stop || cdn_scan_name_syllable(s, last)) &&
            window_may_mention(s, first, len, &run) && !cuts_korean_name(s, last, nwords))
            status = scan_window(s, first, len, &run); /* "Success Of": no name ends in a function word */
    }
    return status;
}

/* Whether the word before the capitalised word w is the Arabic article in lower case hyphened to
 * it, beginning a name as the press writes it mid-sentence (claimed by al-Qaida, die
 * Terrormiliz al-Kaida, fighters of al-Shabaab): windows may begin at the article. Not after a
 * capitalised word of its clause: Ayman al-Zawahiri's window begins at Ayman, and Omar
 * al-Bashir is not a listed AL-BASHIR whose given name is another. */
static bool article_begins_name(const cdn_scanner *s, size_t w)
{
    return w > 0 && cdn_scan_article_hyphened(s, w - 1) &&
           (w == 1 || !s->capital[w - 2] || cdn_scan_clause_break_after(s, w - 2));
}

int cdn_scan_find_windows(cdn_scanner *s, size_t max_window)
{
    size_t nwords = cdn_tokens_count(&s->words);
    int status = CORDON_OK;
    for (size_t first = 0; first < nwords && status == CORDON_OK; first++) {
        if (!s->capital[first])
            continue; /* the article before a capitalised word is asked there (below) */
        if (article_begins_name(s, first))
            status = windows_from(s, first - 1, max_window, nwords);
        if (status != CORDON_OK || cdn_scan_type(s, first)->stop || cdn_scan_lone_letter(s, first) ||
            cdn_scan_number(s, first) || cdn_scan_title(s, first) ||
            (cdn_scan_name_syllable(s, first) && !cdn_scan_korean_name_begins(s, first)))
            continue; /* a name may end in a number (YU JONG 2), not begin with one (7 June); the
                         mention of President Vladimir Putin is Vladimir Putin; a Korean name
                         is not cut after its surname (Jong Nam of Kim Jong Nam is not JONG,
                         Yong Nam), but may follow a word read as its surname (So Kim Jong Un) */
        status = windows_from(s, first, max_window, nwords);
    }
    return status;
}

/* ---- the public call ----------------------------------------------------------------------- */
