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

/* The least token similarity that credits a short word: the scorer's "few consonants" (one
 * class, confirmed) and "consonants" (two) are 0.84 and 0.85. */
static const double CREDITED = 0.84;

/* The memo: open addressing on (word, form), a power of two of slots, a slot empty unless
 * stamped with the search's generation (so that a search starts with nothing to clear), filled
 * to three quarters at most. */
enum { MEMO_BITS = 13, MEMO_SLOTS = 1 << MEMO_BITS };

typedef struct memo_slot {
    uint32_t key;   /* word << 24 | form */
    uint32_t stamp; /* the generation of the search that filled it */
    float sim;
} memo_slot;

void cdn_short_words_init(cdn_short_words *sw, void **memo, uint32_t generation)
{
    sw->n = sw->n_others = sw->memo_used = 0;
    sw->total = 0.0;
    sw->memo = memo;
    sw->generation = generation;
}

/* The slot of key in memo: where it is, or the empty slot where it would go. */
static memo_slot *slot_of(memo_slot *memo, uint32_t key, uint32_t generation)
{
    size_t at = (uint32_t)(key * 2654435761u) >> (32 - MEMO_BITS); /* Knuth's multiplicative hash */
    while (memo[at].stamp == generation && memo[at].key != key)
        at = (at + 1) & (MEMO_SLOTS - 1);
    return &memo[at];
}

/* Whether word number w of sw (t) and the Latin spelling spelling may begin alike
 * (cdn_abjad_onsets_agree), remembered by the spelling's first two letters, which decide it
 * but where a silent first letter is read past (kn, wr, ps, pn: the third decides too). */
static bool onsets_agree(cdn_short_words *sw, size_t w, const cdn_token *t, const char *spelling)
{
    unsigned a = spelling[0] >= 'a' && spelling[0] <= 'z' ? (unsigned)(spelling[0] - 'a' + 1) : 0;
    unsigned b = a && spelling[1] >= 'a' && spelling[1] <= 'z' ? (unsigned)(spelling[1] - 'a' + 1) : 0;
    char c0 = spelling[0], c1 = spelling[1];
    bool silent = (c0 == 'k' && c1 == 'n') || (c0 == 'w' && c1 == 'r') || (c0 == 'p' && (c1 == 's' || c1 == 'n'));
    if (!a || (!b && spelling[1]) || silent)
        return cdn_abjad_onsets_agree(t->text, t->latin, spelling);
    unsigned char *known = &sw->onsets[w][a][b];
    if (!*known)
        *known = cdn_abjad_onsets_agree(t->text, t->latin, spelling) ? 1 : 2;
    return *known == 1;
}

/* The similarity with which the abjad word t meets the Latin name token u with its vowel
 * letters in place: the scorer's, when CREDITED or more, else 0. */
static double met_in_place(const cdn_token *t, const cdn_token *u)
{
    if (!cdn_abjad_vowels_in_place(t->text, t->latin, cdn_abjad_flags_of(t->text), u->latin))
        return 0.0;
    const char *how;
    double s = cdn_token_similarity(t, u, &how);
    return s >= CREDITED ? s : 0.0;
}

/* met_in_place, remembered by u's form. */
static double met_remembered(cdn_short_words *sw, size_t w, const cdn_token *t, const cdn_token *u)
{
    /* the scorer's own tests first, the cheapest: a word the classes cannot meet, words that
     * begin apart (abjad_evidence.h); most tokens of the names reached end here */
    if ((u->flags & (CDN_TOK_ABJAD | CDN_TOK_ROMANISED | CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC)) || !u->latin[0] ||
        !onsets_agree(sw, w, t, u->latin))
        return 0.0;
    if (!*sw->memo)
        *sw->memo = cdn_calloc(MEMO_SLOTS, sizeof(memo_slot));
    if (!*sw->memo || u->form == 0 || u->form >= 1u << 24)
        return met_in_place(t, u);
    uint32_t key = (uint32_t)w << 24 | u->form;
    memo_slot *slot = slot_of(*sw->memo, key, sw->generation);
    if (slot->stamp == sw->generation)
        return slot->sim;
    double s = met_in_place(t, u);
    if (sw->memo_used < MEMO_SLOTS / 4 * 3) {
        *slot = (memo_slot){key, sw->generation, (float)s};
        sw->memo_used++;
    }
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

bool cdn_short_words_credit(cdn_short_words *sw, const cdn_token *name, size_t n, double need, double *q, double *nw)
{
    double add_q = 0.0, add_n = 0.0, sim, left = sw->total;
    for (size_t i = 0; i < sw->n; i++) {
        left -= sw->weights[i];
        const cdn_token *met = best_met(sw, i, sw->tokens[i], name, n, &sim);
        if (met) {
            add_q += sim * sw->weights[i];
            add_n += sim * cdn_name_token_weight(met);
        } else if (add_q + left < need)
            return false; /* the words left cannot make up what is needed */
    }
    if (add_q == 0.0 || add_q < need)
        return false;
    for (size_t i = 0; i < sw->n_others; i++)
        if (!best_met(sw, CDN_SHORT_WORDS_MAX + i, sw->others[i], name, n, &sim))
            return false;
    *q += add_q;
    *nw += add_n;
    return true;
}
