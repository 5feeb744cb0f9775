/*
 * short_words.c — what a query's short words in Arabic or Hebrew script add to a name's bound
 * (see short_words.h).
 */
#include "match/short_words.h"

#include <stdint.h>
#include <string.h>

#include "core/alloc.h"

#include "match/score.h"
#include "text/abjad_evidence.h"
#include "text/abjad_keys.h"
#include "text/vowel_places.h"

/* Whether t is a romanised word of an abjad (Arabic, Hebrew, Syriac). */
static bool abjad_word(const cdn_token *t)
{
    return (t->flags & CDN_TOK_ABJAD) && t->latin[0];
}

bool cdn_short_word(const cdn_token *t)
{
    return abjad_word(t) && cdn_abjad_unkeyed(t->latin, cdn_abjad_flags_of(t->text));
}

bool cdn_short_words_add(cdn_short_words *sw, const cdn_token *t, double w)
{
    if (!abjad_word(t))
        return false;
    if (!cdn_abjad_unkeyed(t->latin, cdn_abjad_flags_of(t->text))) {
        if (sw->n_others < CDN_SHORT_WORDS_MAX) {
            memset(sw->onsets[CDN_SHORT_WORDS_MAX + sw->n_others], 0, sizeof sw->onsets[0]);
            sw->others[sw->n_others++] = t;
        }
        return false;
    }
    if (sw->n < CDN_SHORT_WORDS_MAX) {
        memset(sw->onsets[sw->n], 0, sizeof sw->onsets[0]);
        sw->tokens[sw->n] = t;
        sw->weights[sw->n++] = w;
        sw->total += w;
    }
    return true;
}

/* The memo: per name token form, a row of how each word met it (its similarity, or UNKNOWN
 * while not yet worked out), made when the form is first met in a search. A row is found by
 * the form's number (stamped with the search's generation, so that a search starts with
 * nothing to clear): the thousands of names a common word reaches share a few hundred forms,
 * and most of their tokens are told apart here, not by the tests below. */
enum { MEMO_WIDTH = 2 * CDN_SHORT_WORDS_MAX };
#define UNKNOWN (-1.0)

/* What the short words add to the names of one twin (cdn_short_words_credit). */
typedef struct twin_credit {
    uint32_t stamp;      /* the generation in which it was set */
    signed char others;  /* whether the other words all meet a token: 1 yes, 2 no, 0 not known */
    double q, n;         /* the short words' sums on the query's and the name's side */
} twin_credit;

typedef struct short_memo {
    uint32_t generation; /* the search the rows are of */
    size_t n_forms, n_twins;
    uint32_t *stamp;     /* per form: the generation in which row was set */
    uint32_t *row;       /* per form: its row */
    double *sims;        /* MEMO_WIDTH per row */
    size_t rows, cap_rows;
    twin_credit *twins;  /* per twin, made on first use */
} short_memo;

void cdn_short_words_init(cdn_short_words *sw, void **memo, uint32_t generation, size_t n_forms, size_t n_twins)
{
    sw->n = sw->n_others = 0;
    sw->total = 0.0;
    sw->memo = memo;
    sw->generation = generation;
    sw->n_forms = n_forms;
    sw->n_twins = n_twins;
}

void cdn_short_words_memo_free(void *memo)
{
    short_memo *m = memo;
    if (!m)
        return;
    cdn_free(m->stamp);
    cdn_free(m->row);
    cdn_free(m->sims);
    cdn_free(m->twins);
    cdn_free(m);
}

/* An empty memo for n_forms forms and n_twins twins; NULL when out of memory. */
static short_memo *memo_new(size_t n_forms, size_t n_twins)
{
    short_memo *m = cdn_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->n_forms = n_forms;
    m->n_twins = n_twins;
    m->stamp = cdn_calloc(n_forms ? n_forms : 1, sizeof *m->stamp); /* generation 0: no search's */
    m->row = cdn_malloc((n_forms ? n_forms : 1) * sizeof *m->row);
    if (!m->stamp || !m->row) {
        cdn_short_words_memo_free(m);
        return NULL;
    }
    return m;
}

/* The memo's row for token form `form` in this search (made, every word UNKNOWN, when new);
 * NULL when there is none (a token of no indexed form, out of memory). A row moves when the
 * memo grows: it is good until the next call. */
static double *memo_row(cdn_short_words *sw, uint32_t form)
{
    short_memo *m = *sw->memo;
    if (!m && !(m = *sw->memo = memo_new(sw->n_forms, sw->n_twins)))
        return NULL;
    if (form == 0 || form >= m->n_forms)
        return NULL;
    if (m->generation != sw->generation) {
        m->generation = sw->generation;
        m->rows = 0;
    }
    if (m->stamp[form] == sw->generation)
        return m->sims + (size_t)m->row[form] * MEMO_WIDTH;
    if (m->rows == m->cap_rows) {
        size_t cap = m->cap_rows ? m->cap_rows * 2 : 256;
        double *grown = cdn_realloc(m->sims, cap * MEMO_WIDTH * sizeof *grown);
        if (!grown)
            return NULL;
        m->sims = grown;
        m->cap_rows = cap;
    }
    double *row = m->sims + m->rows * MEMO_WIDTH;
    for (size_t w = 0; w < MEMO_WIDTH; w++)
        row[w] = UNKNOWN;
    m->stamp[form] = sw->generation;
    m->row[form] = (uint32_t)m->rows++;
    return row;
}

/* Whether the abjad word t and the Latin spelling spelling may begin alike
 * (cdn_abjad_onsets_agree), remembered in known (t's table) by the spelling's first two
 * letters, which decide it but where a silent first letter is read past (kn, wr, ps, pn: the
 * third decides too). */
static bool onsets_known(unsigned char known_of[27][27], const cdn_token *t, const char *spelling)
{
    unsigned a = spelling[0] >= 'a' && spelling[0] <= 'z' ? (unsigned)(spelling[0] - 'a' + 1) : 0;
    unsigned b = a && spelling[1] >= 'a' && spelling[1] <= 'z' ? (unsigned)(spelling[1] - 'a' + 1) : 0;
    char c0 = spelling[0], c1 = spelling[1];
    bool silent = (c0 == 'k' && c1 == 'n') || (c0 == 'w' && c1 == 'r') || (c0 == 'p' && (c1 == 's' || c1 == 'n'));
    if (!a || (!b && spelling[1]) || silent)
        return cdn_abjad_onsets_agree(t->text, t->latin, spelling);
    unsigned char *known = &known_of[a][b];
    if (!*known)
        *known = cdn_abjad_onsets_agree(t->text, t->latin, spelling) ? 1 : 2;
    return *known == 1;
}

/* onsets_known for word number w of sw (t). */
static bool onsets_agree(cdn_short_words *sw, size_t w, const cdn_token *t, const char *spelling)
{
    return onsets_known(sw->onsets[w], t, spelling);
}

/* The similarity with which the abjad word t meets the Latin name token u, with its vowel
 * letters in place when in_place is set and as the scorer meets it otherwise (in place: in u's
 * spelling or, where it has one, its marked form, which the scorer reads too: Acuña acunya,
 * the ي of أكونيا), the scorer's, when CDN_FEW_CONSONANTS_SIM or more
 * (the least that credits a short word: the scorer's "few consonants", one class confirmed;
 * its "consonants", two classes, are CDN_CONSONANTS_SIM), else 0. */
static double met_in_place(const cdn_token *t, const cdn_token *u, bool in_place)
{
    unsigned flags = cdn_abjad_flags_of(t->text);
    const char *marked = cdn_token_marked(u);
    if (in_place && !cdn_abjad_vowels_in_place(t->text, t->latin, flags, u->latin) &&
        !(marked && cdn_abjad_vowels_in_place(t->text, t->latin, flags, marked)))
        return 0.0;
    const char *how;
    double s = cdn_token_similarity(t, u, &how);
    return s >= CDN_FEW_CONSONANTS_SIM ? s : 0.0;
}

double cdn_short_word_meets(const cdn_token *t, const cdn_token *u, unsigned char onsets[27][27])
{
    if (!onsets_known(onsets, t, u->latin))
        return 0.0;
    return met_in_place(t, u, true);
}

/* Whether word number w of sw (t) is a short Hebrew word, credited as the scorer meets it,
 * without its vowel letters in place (score.c asks that of Arabic only: FEW_CLASSES_PLACED).
 * Search and compare then agree on דני / Dan, משה / Moses, פוס / Vass (Wikidata Hebrew, rows
 * 3,000-8,000: search 4592 -> 4600 of 5,000, one-word alarms 15 -> 16 of 500). The words
 * that confirm a name (the others) and the offers of short keys still ask it: loosened too,
 * 4610 and 24 alarms. */
static bool credited_as_scored(size_t w, const cdn_token *t)
{
    return w < CDN_SHORT_WORDS_MAX && (cdn_abjad_flags_of(t->text) & CDN_ABJAD_HEBREW);
}

/* met_in_place, where u may meet the abjad word at all: the scorer's own tests first, the
 * cheapest (a word the classes cannot meet, words that begin apart: abjad_evidence.h). */
static double met(cdn_short_words *sw, size_t w, const cdn_token *t, const cdn_token *u)
{
    if ((u->flags & (CDN_TOK_ABJAD | CDN_TOK_ROMANISED | CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)) || !u->latin[0] ||
        !onsets_agree(sw, w, t, u->latin))
        return 0.0;
    return met_in_place(t, u, !credited_as_scored(w, t));
}

/* met, remembered by u's form. */
static double met_remembered(cdn_short_words *sw, size_t w, const cdn_token *t, const cdn_token *u)
{
    double *row = memo_row(sw, u->form);
    if (row && row[w] != UNKNOWN)
        return row[w];
    double s = met(sw, w, t, u);
    if (row)
        row[w] = s;
    return s;
}

/* The token of the n name tokens that word number w of sw (t) meets best with its vowel
 * letters in place (NULL when none), with its similarity in *sim. */
static const cdn_token *best_met(cdn_short_words *sw, size_t w, const cdn_token *t, const cdn_token *name, size_t n,
                                 double *sim)
{
    const cdn_token *best = NULL;
    *sim = 0.0;
    for (size_t j = 0; j < n; j++) {
        double s = met_remembered(sw, w, t, &name[j]);
        if (s > *sim) {
            *sim = s;
            best = &name[j];
        }
    }
    return best;
}

/* The memo's entry for twin number twin in this search, or NULL (none: no twin, out of
 * memory). It is new when its stamp is not the search's generation. */
static twin_credit *twin_entry(cdn_short_words *sw, uint32_t twin)
{
    short_memo *m = *sw->memo;
    if (!m && !(m = *sw->memo = memo_new(sw->n_forms, sw->n_twins)))
        return NULL;
    if (twin >= m->n_twins)
        return NULL;
    if (!m->twins && !(m->twins = cdn_calloc(m->n_twins, sizeof *m->twins))) /* stamp 0: no search's */
        return NULL;
    return &m->twins[twin];
}

int cdn_short_words_recall(cdn_short_words *sw, uint32_t twin, double need, double *q, double *nw)
{
    const twin_credit *c = twin_entry(sw, twin);
    if (!c || c->stamp != sw->generation)
        return -1;
    if (c->q == 0.0 || c->q < need || c->others == 2)
        return 0;
    if (c->others == 0)
        return -1;
    *q += c->q;
    *nw += c->n;
    return 1;
}

bool cdn_short_words_credit(cdn_short_words *sw, uint32_t twin, const cdn_token *name, size_t n, double need, double *q,
                            double *nw)
{
    /* Every short word is looked at, though the first few may already tell that the rest
     * cannot make up what is needed: the sums are remembered for the twin's other names,
     * which may need less. */
    double add_q = 0.0, add_n = 0.0, sim;
    for (size_t i = 0; i < sw->n; i++) {
        const cdn_token *met = best_met(sw, i, sw->tokens[i], name, n, &sim);
        if (met) {
            add_q += sim * sw->weights[i];
            add_n += sim * cdn_name_token_weight(met);
        }
    }
    bool credited = add_q != 0.0 && add_q >= need;
    signed char others = 0;
    if (credited) {
        others = 1;
        for (size_t i = 0; i < sw->n_others && others == 1; i++)
            if (!best_met(sw, CDN_SHORT_WORDS_MAX + i, sw->others[i], name, n, &sim))
                others = 2;
        credited = others == 1;
    }
    twin_credit *c = twin_entry(sw, twin);
    if (c)
        *c = (twin_credit){sw->generation, others, add_q, add_n};
    if (!credited)
        return false;
    *q += add_q;
    *nw += add_n;
    return true;
}
