/*
 * short_words.c — what a query's short words in Arabic or Hebrew script add to a name's bound
 * (see short_words.h).
 */
#include "match/short_words.h"

#include <string.h>

#include "match/score.h"
#include "text/abjad_keys.h"
#include "text/vowel_places.h"

/* Whether the normalized text is in Thaana (U+0780 to U+07BF), which translit.c romanises as
 * an abjad but which writes every vowel, as a mark that normalisation strips: what is left of
 * a word is not what it says, and nothing tells its vowels (ޙައްވާ, Hawwa, reads hw). */
static bool thaana(const char *text)
{
    return (unsigned char)text[0] == 0xDE;
}

/* Whether t is a word of an abjad whose vowel letters can be read (not Thaana). */
static bool abjad_word(const cdn_token *t)
{
    return (t->flags & CDN_TOK_ABJAD) && t->latin[0] && !thaana(t->text);
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
        if (sw->n_others < CDN_SHORT_WORDS_MAX)
            sw->others[sw->n_others++] = t;
        return false;
    }
    if (sw->n < CDN_SHORT_WORDS_MAX) {
        sw->tokens[sw->n] = t;
        sw->weights[sw->n++] = w;
        sw->total += w;
    }
    return true;
}

/* The least token similarity that credits a short word: the scorer's "few consonants" (one
 * class, confirmed) and "consonants" (two) are 0.84 and 0.85. */
static const double CREDITED = 0.84;

/* The token of the n name tokens that the abjad word t meets best with its vowel letters in
 * place, at CREDITED or more (NULL when none), with its similarity in *sim. */
static const cdn_token *met_in_place(const cdn_token *t, const cdn_token *name, size_t n, double *sim)
{
    const cdn_token *best = NULL;
    unsigned flags = cdn_abjad_flags_of(t->text);
    *sim = 0.0;
    for (size_t j = 0; j < n; j++) {
        if ((name[j].flags & CDN_TOK_ABJAD) || !cdn_abjad_vowels_in_place(t->text, t->latin, flags, name[j].latin))
            continue;
        const char *how;
        double s = cdn_token_similarity(t, &name[j], &how);
        if (s >= CREDITED && s > *sim) {
            *sim = s;
            best = &name[j];
        }
    }
    return best;
}

bool cdn_short_words_credit(const cdn_short_words *sw, const cdn_token *name, size_t n, double *q, double *nw)
{
    double add_q = 0.0, add_n = 0.0, sim;
    for (size_t i = 0; i < sw->n; i++) {
        const cdn_token *met = met_in_place(sw->tokens[i], name, n, &sim);
        if (met) {
            add_q += sim * sw->weights[i];
            add_n += sim * cdn_name_token_weight(met);
        }
    }
    if (add_q == 0.0)
        return false;
    for (size_t i = 0; i < sw->n_others; i++)
        if (!met_in_place(sw->others[i], name, n, &sim))
            return false;
    *q += add_q;
    *nw += add_n;
    return true;
}
