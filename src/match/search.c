/*
 * search.c — cordon_search: one name against the index, best entity first.
 *
 * 1. The query is analyzed like a listed name (romanised, keyed, weighted by rarity).
 * 2. Candidates: each query token's key leads to the names that contain it — the key itself,
 *    its genitive-free form, and, for keys that are rare or unknown (a misspelling), keys with
 *    the same consonant skeleton, keys one edit away from the key or the romanisation
 *    (one-letter deletions), for long keys keys within edit distance by shared trigrams, and
 *    splits of the token into two listed tokens; a token written without short vowels leads
 *    to the keys of its consonant classes; two adjacent query tokens joined also count, and
 *    split again where the space moved. Tokens are taken rarest first; common tokens are left
 *    out once the rare ones already decide whether a name can reach the minimum score (prefix
 *    filtering, Chaudhuri et al. 2006, "A primitive operator for similarity joins"), unless
 *    they lead to few names, and legal forms are left out (they meet any legal form). Then the
 *    names reached are credited for the other vowel spellings of the tokens taken (an Arabic
 *    or Persian name's: Majeed for Majid, vowel_key.h).
 * 3. Each candidate name gets an upper bound of its score from the tokens that led to it
 *    (accumulated per name in an array borrowed from the index's pool, the best way per
 *    token; a similar key 0.95, the most a pair of different keys scores);
 *    names are scored exactly, best bound first, until the bound falls below both the minimum
 *    score and the score of the k-th best entity found so far (k the limit, at least ten); a
 *    name whose bound cannot beat its entity's best so far is skipped. When nothing alerted,
 *    a query in Latin letters gets a second look: the names its rare words lead to, when it
 *    has a word the index does not know (a spelling no key finds) or, when it has none, where
 *    its words that did not reach them could (Gaddafi / Qadhafi), and the names
 *    reached that have another form of its East Slavic given names (Katsyaryna, Yekaterina)
 *    are scored too, where the bound had left them out. Token
 *    similarities are memoised for the search by token form (names share tokens), and a name
 *    whose twin (the same tokens, on another list or as another alias) was scored takes its
 *    score.
 * 4. A nickname (a person's alias of one word) that no word of the query spells is weak
 *    evidence: its score is held at 0.79, below the default threshold (nickname_held), which
 *    no qualifier that agrees lifts. Qualifiers move an entity's score: a date of birth or a country that agrees raises it a
 *    little, one that contradicts lowers it.
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/alloc.h"
#include "core/error.h"
#include "core/sorted_u32.h"
#include "core/strbuf.h"
#include "index/index_int.h"
#include "match/accum.h"
#include "match/korean_cyrillic.h"
#include "match/korean_latin.h"
#include "match/score.h"
#include "match/short_sounds.h"
#include "match/short_words.h"
#include "model/dates.h"
#include "model/entity.h"
#include "text/abjad.h"
#include "text/abjad_evidence.h"
#include "text/abjad_keys.h"
#include "text/arabic_compounds.h"
#include "text/generic_words.h"
#include "text/hangul.h"
#include "text/long_vowels.h"
#include "text/name_forms.h"
#include "text/orthography.h"
#include "text/palladius.h"
#include "text/pinyin.h"
#include "text/romaji.h"
#include "text/mandarin_hangul.h"
#include "text/sino_korean.h"
#include "text/sound_edits.h"
#include "text/sounds.h"
#include "text/vowel_groups.h"
#include "text/transcription.h"
#include "text/utf8.h"
#include "text/vowel_key.h"
#include "text/french_w.h"
#include "text/ukrainian.h"

struct cordon_results {
    cdn_error err;
    double threshold;
    cordon_result *items;  /* each explanation is owned by its item */
    size_t count;
};

void cordon_search_options_default(cordon_search_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->schema = CORDON_SCHEMA_ANY;
    opts->threshold = CORDON_DEFAULT_THRESHOLD;
    opts->limit = 10;
    opts->min_score = 0.5;
}

size_t cordon_results_count(const cordon_results *res) { return res ? res->count : 0; }

const cordon_result *cordon_results_get(const cordon_results *res, size_t i)
{
    return res && i < res->count ? &res->items[i] : NULL;
}

const char *cordon_results_errmsg(const cordon_results *res) { return res ? res->err.message : "out of memory"; }

double cordon_results_threshold(const cordon_results *res) { return res ? res->threshold : 0.0; }

void cordon_results_free(cordon_results *res)
{
    if (!res)
        return;
    for (size_t i = 0; i < res->count; i++)
        cdn_free((char *)res->items[i].explanation);
    cdn_free(res->items);
    cdn_free(res);
}

/* ---- candidate generation ------------------------------------------------------------------ */

/* The least key similarity a misspelt word's similar keys are looked up at: below the scorer's
 * 0.75, for the keys whose romanisation meets where the keys do not (haxib / habib). */
#define SIMILAR_MIN 0.7

typedef struct gatherer {
    const cordon_index *idx;
    const cordon_search_options *opts;
    bool by_schema;     /* only names of entities opts->schema admits are credited */
    cdn_accum *acc;     /* borrowed from the index's pool */
    uint32_t token;     /* the query token being gathered */
    float token_weight; /* its query-side weight */
    int status;
    bool korean_latin;       /* the query is a Korean name in Latin letters (korean_latin.h) */
    bool korean_cyrillic;    /* or one in Cyrillic (korean_cyrillic.h) */
    uint32_t korean_surname; /* then its surname's token */
    unsigned foreign;        /* the scripts whose words may be a foreign name (short_sounds.h) */
    bool short_query;        /* every word of the query is a short word (cdn_short_word) */
    bool one_word;           /* the query is one word */
    cdn_sim_memo *memo;      /* the search's memo, whose cache of sound strings
                                (cdn_sim_memo_sounds) the short-sound test shares */
} gatherer;

/* Credits the query token being gathered to one name: q on the query's side, n on the name's
 * (each the most the token could bring the name). */
static void credit(gatherer *g, uint32_t name, float q, float n)
{
    if (g->by_schema && !cdn_schema_admits(g->opts->schema, cdn_index_entity_at(g->idx, g->idx->names.items[name].entity)->schema))
        return;
    if (!cdn_accum_credit(g->acc, name, g->token, q, n))
        g->status = CORDON_ENOMEM;
}

/* Credits every name that has the key info (the loop that most of gathering is spent in:
 * without a schema to filter by, the whole list straight into the accumulator). */
static void add_postings_weighted(gatherer *g, const cdn_ikey *info, float q, float n)
{
    const uint32_t *postings = g->idx->u32.items + info->postings;
    if (g->by_schema) {
        for (uint32_t p = 0; p < info->n_postings && g->status == CORDON_OK; p++)
            credit(g, postings[p], q, n);
        return;
    }
    if (!cdn_accum_credit_each(g->acc, postings, info->n_postings, g->token, q, n))
        g->status = CORDON_ENOMEM;
}

/* The names with key info, met with similarity sim. */
static void add_postings(gatherer *g, const cdn_ikey *info, double sim)
{
    add_postings_weighted(g, info, (float)(sim * g->token_weight), (float)(sim * info->weight));
}

/* The names with a key similar to the word being gathered's own, credited 0.95, the most the
 * scorer gives two words of different keys (a spelling rule: ch for kh, a press spelling): the
 * key does not tell the listed spellings, and they meet by their own distance and by rules that
 * lift a close pair (jfean / jean 0.76 where the keys are under 0.75, abod / abed 0.88 by the
 * vowels). Crediting the keys' likeness instead (0.95 x the key similarity, 0 below 0.75;
 * similar-credit, session 20) saved 8.2 % of a search's instructions but left such names below
 * the cut-off: 26 alerts of 26,500 misspelt OFAC names screened on the six lists (review3). */
static void add_similar(void *ctx, const cdn_ikey *info, double sim)
{
    (void)sim;
    add_postings(ctx, info, 0.95);
}

/* The key of the ASCII string s[0, len) if it is indexed, else NULL. */
static const cdn_ikey *indexed_key_of(const cordon_index *idx, const char *s, size_t len)
{
    char key[CDN_KEY_MAX + 1];
    size_t key_len = cdn_orthography_key_ascii(s, len, key);
    return key_len ? cdn_index_key(idx, key, key_len) : NULL;
}

/* Credits the names that have both keys with q on the query's side (postings are in name order,
 * build.c, so each name of the rarer key is looked up in the other's postings, from where the
 * name before it was: a galloping search, where a binary search of the whole list cost about
 * 1,200 instructions a call, 33,000 calls over 13,000 searches of the bench mix). */
static void credit_both(gatherer *g, const cdn_ikey *left, const cdn_ikey *right, float q)
{
    const uint32_t *u32 = g->idx->u32.items;
    const cdn_ikey *rarer = left->n_postings <= right->n_postings ? left : right;
    const cdn_ikey *other = rarer == left ? right : left;
    const uint32_t *others = u32 + other->postings;
    float n = (float)(0.93 * (left->weight + right->weight));
    size_t at = 0;
    for (uint32_t p = 0; p < rarer->n_postings && g->status == CORDON_OK; p++) {
        uint32_t name = u32[rarer->postings + p];
        at = cdn_u32_lower_bound_from(others, at, other->n_postings, name);
        if (at == other->n_postings)
            break; /* every name left of the rarer key is past the other's last */
        if (others[at] == name)
            credit(g, name, q, n);
    }
}

/* A token that is two listed tokens written as one (VitalyBorisovich, Munitionsindustry), or
 * whose space was typed as a letter (Gasmallure for Gas Allure, Chunjyong for Chun Yong): each
 * split of the romanisation into two parts of two letters or more, with and without the letter
 * at the split, whose parts are both indexed keys, credits the names that have both parts with q
 * on the query's side. Applied to two query tokens joined, it finds the space moved (Holding Sco
 * / Holdings Co). */
static void gather_split(gatherer *g, const char *latin, float q)
{
    size_t len = strlen(latin);
    if (len < 5 || len > 64)
        return;
    /* The part after a split at i + 1 is also the part after the split at i without its
     * letter: keyed once for both (known_at says where the part known begins, 0 for none). */
    const cdn_ikey *known = NULL;
    size_t known_at = 0;
    for (size_t i = 2; i + 2 <= len; i++) {
        const cdn_ikey *left = indexed_key_of(g->idx, latin, i);
        if (!left)
            continue;
        for (size_t skip = 0; skip <= 1 && i + skip + 2 <= len; skip++) {
            size_t at = i + skip;
            const cdn_ikey *right = at == known_at ? known : indexed_key_of(g->idx, latin + at, len - at);
            known = right;
            known_at = at;
            if (right && right != left)
                credit_both(g, left, right, q);
        }
    }
}

/* An Arabic compound written as one word (Abdulmajid, Badruddin) meets the names that write it
 * as two (ABDUL MAJID SAIDI): gather_split finds them for a rare word, but a compound is often
 * common written as one too (Abdelmajid is in several names), and is then split here only where
 * the convention of arabic_compounds.h puts the space. */
static void gather_compound_split(gatherer *g, const cdn_token *t, float q)
{
    size_t len = strlen(t->latin);
    size_t at = cdn_arabic_compound_split(t->latin, len);
    if (!at)
        return;
    const cdn_ikey *left = indexed_key_of(g->idx, t->latin, at);
    const cdn_ikey *right = left ? indexed_key_of(g->idx, t->latin + at, len - at) : NULL;
    if (right && right != left)
        credit_both(g, left, right, q);
}

/* The Arabic article joined to a family name (ALOTAIBI, ELSAYED) meets the names that write it
 * apart (AL-OTAIBI, EL SAYED): gather_split finds them for a rare word, but a joined name is
 * often on several names itself (ALOTAIBI is on three), and is then split here after al or el
 * only, where the scorer meets the two words with the one ("joined"): the word after the
 * article has three letters or more (otaibi, sayed). Latin spellings only. */
static void gather_article_split(gatherer *g, const cdn_token *t, float q)
{
    const char *w = t->latin;
    size_t len = t->latin_shape.len;
    if (len < 5 || (w[0] != 'a' && w[0] != 'e') || w[1] != 'l' || (t->flags & CDN_TOK_ROMANISED))
        return; /* a word in Arabic letters has its article joined always, and its own keys */
    const cdn_ikey *article = indexed_key_of(g->idx, w, 2);
    const cdn_ikey *rest = article ? indexed_key_of(g->idx, w + 2, len - 2) : NULL;
    if (rest && rest != article)
        credit_both(g, article, rest, q);
}

/* The lists of CDN_MAP_SOUNDS a word of t's script looks up under the sound string str: str's
 * own (NULL when none), and for a word in kana also the one of str marked CDN_SOUNDS_HEARD,
 * the words heard so by a reading (readings.h); writes them into lists, returns 2. */
static size_t sound_lists(const cordon_index *idx, const cdn_token *t, const char *str, const cdn_ilist *lists[2])
{
    size_t len = strlen(str);
    lists[0] = cdn_index_list_of(idx, &idx->maps[CDN_MAP_SOUNDS], str, len);
    lists[1] = NULL;
    if (len && len <= CDN_SOUNDS_MAX && cdn_syllabary_of(t->text) == CDN_SYLLABARY_KANA) {
        char heard[CDN_SOUNDS_MAX + 2];
        heard[0] = CDN_SOUNDS_HEARD;
        memcpy(heard + 1, str, len + 1);
        lists[1] = cdn_index_list_of(idx, &idx->maps[CDN_MAP_SOUNDS], heard, len + 1);
    }
    return 2;
}

/* The names with the keys that map lists under str, other than exact (found already), met with
 * similarity sim. */
static void add_listed(gatherer *g, enum cdn_map map, const char *str, const cdn_ikey *exact, double sim)
{
    const cordon_index *idx = g->idx;
    const cdn_ilist *same = cdn_index_list_of(idx, &idx->maps[map], str, strlen(str));
    const uint32_t *ids = same ? cdn_index_ids(idx, same) : NULL;
    for (uint32_t i = 0; same && i < same->n && g->status == CORDON_OK; i++)
        if (&idx->vocab.items[ids[i]] != exact)
            add_postings(g, &idx->vocab.items[ids[i]], sim);
}

/* add_listed for the sound lists of t's script under str (sound_lists). */
static void add_sound_listed(gatherer *g, const cdn_token *t, const char *str, const cdn_ikey *exact, double sim)
{
    const cordon_index *idx = g->idx;
    const cdn_ilist *lists[2];
    for (size_t l = 0, nl = sound_lists(idx, t, str, lists); l < nl; l++) {
        const uint32_t *ids = lists[l] ? cdn_index_ids(idx, lists[l]) : NULL;
        for (uint32_t i = 0; ids && i < lists[l]->n && g->status == CORDON_OK; i++)
            if (&idx->vocab.items[ids[i]] != exact)
                add_postings(g, &idx->vocab.items[ids[i]], sim);
    }
}

/* A token written without short vowels (Arabic, Hebrew) meets the Latin spellings whose
 * consonant classes agree (the scorer's "consonants", CDN_CONSONANTS_SIM), looked up by the keys of its
 * classes with their optional letters kept or left out (abjad_keys.h), three classes or more. */
static void gather_classes(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    if (!(t->flags & CDN_TOK_ABJAD) || !t->latin[0])
        return;
    char keys[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    size_t n = cdn_abjad_keys(t->latin, cdn_abjad_flags_of(t->text), keys);
    for (size_t v = 0; v < n; v++)
        add_listed(g, CDN_MAP_CLASSES, keys[v], exact, CDN_CONSONANTS_SIM);
}

/* A class string with one class more on more words than this is not followed: its words reach
 * the scorer's costliest comparisons (transcription.h) for few pairs more. */
enum { SOUND_EDIT_POSTINGS_MAX = 40 };

/* The Latin spellings whose sound classes are one of the n heard with one class added
 * (sound_edits.h), four classes or more: a consonant the transcription left out, which the
 * scorer may hear through the vowels (transcription.h, 0.84 at most). On the Wikidata pairs by
 * search, Chinese 1074 -> 1115, Japanese 1411 -> 1445, katakana 1460 -> 1477 of 2000, for a
 * quarter more instructions per Chinese or katakana search (a Latin one never gets here); a
 * class left out or changed too, 1124, 1465 and 1500 for twice as many. */
static void gather_sound_edits(gatherer *g, const cdn_token *t, char heard[][CDN_SOUNDS_MAX + 1], size_t n,
                               const cdn_ikey *exact)
{
    const cordon_index *idx = g->idx;
    char edits[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1];
    for (size_t v = 0; v < n; v++) {
        if (strlen(heard[v]) < 4)
            continue;
        size_t ne = cdn_sound_insertions(heard[v], edits);
        for (size_t e = 0; e < ne && g->status == CORDON_OK; e++) {
            const cdn_ilist *lists[2];
            for (size_t l = 0, nl = sound_lists(idx, t, edits[e], lists); l < nl; l++) {
                const cdn_ilist *same = lists[l];
                const uint32_t *ids = same && same->n <= SOUND_EDIT_POSTINGS_MAX ? cdn_index_ids(idx, same) : NULL;
                for (uint32_t i = 0; ids && i < same->n && g->status == CORDON_OK; i++)
                    if (&idx->vocab.items[ids[i]] != exact)
                        add_postings(g, &idx->vocab.items[ids[i]], 0.84);
            }
        }
    }
}

/* The token of the indexed key k in name number name, or NULL. */
static const cdn_itoken *token_of_key(const cordon_index *idx, uint32_t name, const cdn_ikey *k)
{
    const cdn_iname *e = &idx->names.items[name];
    for (uint32_t j = 0; j < e->n_tokens; j++)
        if (idx->tokens.items[e->tokens + j].key == k->key)
            return &idx->tokens.items[e->tokens + j];
    return NULL;
}

/* The token of the indexed key k in the first name that has it, or NULL. */
static const cdn_itoken *listed_token(const cordon_index *idx, const cdn_ikey *k)
{
    return k->n_postings ? token_of_key(idx, idx->u32.items[k->postings], k) : NULL;
}

/* A Latin spelling of the indexed key k other than the key itself (the first name that has
 * it, its token of that key), or NULL. */
static const char *listed_spelling(const cordon_index *idx, const cdn_ikey *k)
{
    const cdn_itoken *token = listed_token(idx, k);
    if (!token)
        return NULL;
    const char *latin = idx->pool + token->latin;
    return strlen(latin) != k->len || memcmp(latin, idx->pool + k->key, k->len) != 0 ? latin : NULL;
}

/* Which meetings by one consonant class add_short_word_meetings offers: where the word is the
 * whole query, those it spells out (cdn_abjad_spelled_out), which the scorer counts alone only
 * as the whole of both names (score.c: align), so that nowhere else can they alert; in a
 * Hebrew query of more words, those whose spelling is met whole (cdn_abjad_spelling_met_whole),
 * which another word of the query confirms; otherwise none. */
typedef enum one_class_offer { ONE_CLASS_NONE, ONE_CLASS_SPELLED_OUT, ONE_CLASS_MET_WHOLE } one_class_offer;

/* The similarity with which the word t in the scripts meets the listed Latin token u as
 * add_short_word_meetings asks (cdn_short_word_meets; one class only as offer says), else 0. */
static double meets_listed(const cdn_token *t, const cdn_token *u, unsigned char onsets[27][27], one_class_offer offer)
{
    double sim = cdn_short_word_meets(t, u, onsets);
    if (sim >= CDN_CONSONANTS_SIM)
        return sim;
    if (sim < CDN_FEW_CONSONANTS_SIM || offer == ONE_CLASS_NONE)
        return 0.0;
    unsigned flags = cdn_abjad_flags_of(t->text);
    bool met = offer == ONE_CLASS_MET_WHOLE ? cdn_abjad_spelling_met_whole(t->latin, flags, u->latin)
                                            : cdn_abjad_spelled_out(t->text, t->latin, flags, u->latin);
    return met ? sim : 0.0;
}

/* A key is a folded spelling (orthography.h: Ian and Jan are "ian", Jachin and Jasin "iasin"),
 * and the scorer reads the spelling: where the first name's spelling of a key fails the test,
 * a Hebrew word tries the other spellings among its first KEY_SPELLINGS_SCANNED names,
 * KEY_SPELLINGS_MAX at most (Wikidata Hebrew by search +2: איאן / Ian, יכין / Jachin). Not an
 * Arabic word: no Wikidata pair more, for 1.7 % more instructions per Arabic search (session 14). */
enum { KEY_SPELLINGS_SCANNED = 16, KEY_SPELLINGS_MAX = 4 };

/* meets_listed of t and the first of the spellings of the indexed key k that passes (only the
 * first name's unless t is Hebrew, see KEY_SPELLINGS_SCANNED). */
static double meets_key(const cordon_index *idx, const cdn_token *t, const cdn_ikey *k, unsigned char onsets[27][27],
                        one_class_offer offer)
{
    if (!(cdn_abjad_flags_of(t->text) & CDN_ABJAD_HEBREW)) {
        const cdn_itoken *first = listed_token(idx, k);
        cdn_token u;
        if (first)
            u = cdn_index_token(idx, first);
        return first ? meets_listed(t, &u, onsets, offer) : 0.0;
    }
    const char *tried[KEY_SPELLINGS_MAX];
    size_t n_tried = 0;
    uint32_t scan = k->n_postings < KEY_SPELLINGS_SCANNED ? k->n_postings : KEY_SPELLINGS_SCANNED;
    const uint32_t *names = &idx->u32.items[k->postings];
    for (uint32_t p = 0; p < scan && n_tried < KEY_SPELLINGS_MAX; p++) {
        const cdn_itoken *spelled = token_of_key(idx, names[p], k);
        if (!spelled)
            continue;
        const char *latin = idx->pool + spelled->latin;
        bool seen = false;
        for (size_t i = 0; i < n_tried && !seen; i++)
            seen = strcmp(tried[i], latin) == 0;
        if (seen)
            continue;
        tried[n_tried++] = latin;
        cdn_token u = cdn_index_token(idx, spelled);
        double sim = meets_listed(t, &u, onsets, offer);
        if (sim > 0.0)
            return sim;
    }
    return 0.0;
}

/* Offers the words listed under the consonant-class key (len bytes) of the classes map that t
 * meets by the scorer's test with its vowel letters in place (cdn_short_word_meets, onsets its
 * memo): two classes in common (the scorer's "consonants"), and one confirmed (its "few
 * consonants", 0.84) only as offer says: every class of the spelling met in a Hebrew query of
 * more words (cdn_abjad_spelling_met_whole: אלי / Eli, not עטיה / Tuito), the spelling spelled
 * out by a word that is the whole query (cdn_abjad_spelled_out: أوسي / Osei, session 15;
 * offered at any query length until session 16, which cost a Hebrew search 1.4 % more
 * instructions for no pair the scorer could count). Not otherwise: the "few
 * consonants" of כהן and Qingye (SUN, Qingye alerted on שון כהן) and no Wikidata pair, met
 * that way. Each key is tested by its spellings (meets_key). exact: the key t has already met
 * exactly. */
static void add_short_word_meetings(gatherer *g, const cdn_token *t, const char *key, size_t len,
                                    const cdn_ikey *exact, unsigned char onsets[27][27], one_class_offer offer)
{
    const cordon_index *idx = g->idx;
    const cdn_ilist *same = cdn_index_list_of(idx, &idx->maps[CDN_MAP_CLASSES], key, len);
    const uint32_t *ids = same ? cdn_index_ids(idx, same) : NULL;
    for (uint32_t i = 0; ids && i < same->n && g->status == CORDON_OK; i++) {
        const cdn_ikey *k = &idx->vocab.items[ids[i]];
        double sim = k == exact ? 0.0 : meets_key(idx, t, k, onsets, offer);
        if (sim > 0.0)
            add_postings(g, k, sim);
    }
}

/* A word in the scripts of two classes (cdn_short_word: هدى, כהן), in a query of short words
 * only (short_keyed), meets the Latin spellings listed under its short keys (abjad_keys.h)
 * that it meets by the scorer's test with its vowel letters in place (cdn_short_word_meets),
 * at that similarity: no longer key leads from it. A Hebrew word of a longer query is offered
 * those it meets by one class with every class met too, as by its loose keys (אהרן / Aaron,
 * whose loose key rn is its short key, filed there only: session 14). Each listed key is
 * tested by a spelling of it (meets_key: a key is a folded spelling; the scorer reads the
 * spelling). A short word beside a longer one is left to the bound (short_words.h), which
 * holds it to more: the other word reached the name. Wikidata by search, one word: Arabic
 * 1594 -> 1790 of 2000; Hebrew words only, with run's gates: Hebrew 1569 -> 1714 (BENCHMARKS.md,
 * session 10). */
static void gather_short_classes(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    if (!g->short_query)
        return;
    char keys[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    size_t n = cdn_abjad_short_keys(t->latin, cdn_abjad_flags_of(t->text), keys);
    unsigned char onsets[27][27]; /* cdn_short_word_meets' memo */
    memset(onsets, 0, sizeof onsets);
    one_class_offer offer = g->one_word                                      ? ONE_CLASS_SPELLED_OUT
                            : cdn_abjad_flags_of(t->text) & CDN_ABJAD_HEBREW ? ONE_CLASS_MET_WHOLE
                                                                             : ONE_CLASS_NONE;
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++)
        add_short_word_meetings(g, t, keys[v], strlen(keys[v]), exact, onsets, offer);
}

/* A word in the scripts, in a query of one word or in Hebrew script, meets the Latin
 * spellings listed under its loose keys (cdn_abjad_loose_keys, after CDN_ABJAD_LOOSE_MARK) that
 * it meets by the scorer's test with its vowel letters in place (cdn_short_word_meets), as
 * gather_short_classes offers them: the spellings whose silent letters the other keys keep
 * (ماريفو / Marivaux, רמון / Raymond) and the words of one class (تيوتي / Tiote, פפה / Pepe). A
 * query of one word has no other word to reach a name by; a Hebrew name's words are short or
 * keyed apart from its Latin spelling (ז'אק אוקס / Jacques Ochs: neither has a key that Jacques
 * or Ochs is filed under). Not for Arabic and Persian names of more words, which have no
 * Wikidata pair to find this way (their pairs are of one word) and are the lists' own
 * (short_keyed). Wikidata by search: Arabic 1795 -> 1840 of 2000, Hebrew 1725 -> 1771, one
 * false alarm more (BENCHMARKS.md, session 12). A Hebrew word of a longer query is offered
 * the spellings it meets by one class too, where they are all of that class (אלי / Eli beside
 * כהן / Cohen, whose word was met by two): Hebrew 1771 -> 1796, two false alarms more
 * (session 13; one class with the spelling's other consonants unmatched, 1797 and three). */
static void gather_loose_classes(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    if (!(t->flags & CDN_TOK_ABJAD) || (!g->one_word && !(cdn_abjad_flags_of(t->text) & CDN_ABJAD_HEBREW)))
        return;
    char keys[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    size_t n = cdn_abjad_loose_keys(t->latin, cdn_abjad_flags_of(t->text), keys);
    unsigned char onsets[27][27]; /* cdn_short_word_meets' memo */
    memset(onsets, 0, sizeof onsets);
    /* a Hebrew word looks up the keys filed for Hebrew alone too (CDN_ABJAD_HEBREW_LOOSE_MARK) */
    bool hebrew = cdn_abjad_flags_of(t->text) & CDN_ABJAD_HEBREW;
    for (size_t v = 0; v < n * (hebrew ? 2 : 1) && g->status == CORDON_OK; v++) {
        char marked[CDN_CLASSES_MAX + 2];
        size_t len = strlen(keys[v % n]);
        marked[0] = v < n ? CDN_ABJAD_LOOSE_MARK : CDN_ABJAD_HEBREW_LOOSE_MARK;
        memcpy(marked + 1, keys[v % n], len + 1);
        add_short_word_meetings(g, t, marked, len + 1, exact, onsets,
                                g->one_word ? ONE_CLASS_SPELLED_OUT : ONE_CLASS_MET_WHOLE);
    }
}

/* Whether key number v is tested by add_tested for the first time for the query token being
 * gathered (and marks it, in the accumulator's byte per key). Its verdict is the same each
 * time — the test reads only the token and the key — and crediting a key again at the same
 * similarity changes nothing (cdn_accum_credit keeps a token's best), so a key listed under
 * several of the sound strings a transcription is tried by (its readings, their edits) is
 * tested once: the katakana mix 91.2 -> 83.8 M instructions a search (session 18). True too
 * when no mark can be kept (out of memory: tested again, at a cost only). forget_tested clears
 * the marks. */
static bool first_test(gatherer *g, uint32_t v)
{
    cdn_accum *acc = g->acc;
    if (!acc->key_counts && !(acc->key_counts = cdn_calloc(g->idx->vocab.len ? g->idx->vocab.len : 1, 1)))
        return true;
    if (acc->key_counts[v])
        return false;
    if (acc->tested.elem_size != sizeof v)
        cdn_vec_init(&acc->tested, sizeof v);
    if (!cdn_vec_push(&acc->tested, &v))
        return true;
    acc->key_counts[v] = 1;
    return true;
}

/* Clears first_test's marks: the bytes are the similar-key lookup's counts after (all 0
 * between its uses). */
static void forget_tested(gatherer *g)
{
    cdn_accum *acc = g->acc;
    const uint32_t *ids = acc->tested.items;
    for (size_t i = 0; i < acc->tested.len; i++)
        acc->key_counts[ids[i]] = 0;
    acc->tested.len = 0;
}

/* The words listed under the sound classes str that sound like the transcription t by the
 * scorer's test (short_sounds.h), met with 0.85 at most. The test is asked of a word's key,
 * and, where the key fails, of a spelling of it: the scorer reads the spelling, whose letters
 * the key folds (ryan is rian, and its y no longer reads ai as English says it; john is iohn).
 * Wikidata by search, Chinese 1385 -> 1409, Japanese 1617 -> 1649, katakana 1638 -> 1678, for
 * a fifth more instructions per Chinese or katakana search (session 9); Hangul too since
 * session 12, when a word of one syllable (존 / John) was looked up so: Korean 1609 -> 1620
 * (development pairs 2421 -> 2435 of 3000), no native-name alarm more. Where spelled_so is
 * given, only the words whose first listed spelling it accepts are tested. */
static void add_tested_where(gatherer *g, const cdn_token *t, const char *str, const cdn_ikey *exact,
                             bool (*spelled_so)(const char *latin))
{
    const cordon_index *idx = g->idx;
    const cdn_ilist *lists[2];
    for (size_t l = 0, nl = sound_lists(idx, t, str, lists); l < nl; l++) {
        const cdn_ilist *same = lists[l];
        const uint32_t *ids = same ? cdn_index_ids(idx, same) : NULL;
        for (uint32_t i = 0; ids && i < same->n && g->status == CORDON_OK; i++) {
            const cdn_ikey *k = &idx->vocab.items[ids[i]];
            if (k == exact)
                continue;
            if (spelled_so) {
                const cdn_itoken *first = listed_token(idx, k);
                if (!first || !spelled_so(idx->pool + first->latin))
                    continue;
            }
            if (!first_test(g, ids[i]))
                continue;
            cdn_transcription_cache *sounds = cdn_sim_memo_sounds(g->memo);
            bool heard = cdn_short_sounds_plausible(t, idx->pool + k->key, k->len, sounds);
            const char *spelling = heard ? NULL : listed_spelling(idx, k);
            if (heard || (spelling && cdn_short_sounds_plausible(t, spelling, strlen(spelling), sounds)))
                add_postings(g, k, 0.85);
        }
    }
}

/* add_tested_where for every word. */
static void add_tested(gatherer *g, const cdn_token *t, const char *str, const cdn_ikey *exact)
{
    add_tested_where(g, t, str, exact, NULL);
}

/* A sound string shorter than this is not looked up with a class changed, but a Han word's of
 * three with its middle class changed (add_tested_edits): of three classes, any of them,
 * Wikidata Chinese by search 4 pairs more of 2000 (莫納凱洛 / Monachello, 萊卡特 / Reichardt), 2
 * lost below the ten best (session 14); for a Han word alone, once the scorer's test asks the
 * first letter (han_initials.h), the same 4 more and none lost, for 9.4 % more instructions per
 * Chinese search; the middle class alone reaches the same 4 (the first or the last alone, none),
 * for a third of that (session 16). Kana and Hangul words of three are not: not measured. */
enum { SUBSTITUTED_MIN = 4 };

/* add_tested for each of the ne edits. */
static void add_each_tested(gatherer *g, const cdn_token *t, char edits[][CDN_SOUNDS_MAX + 1], size_t ne,
                            const cdn_ikey *exact)
{
    for (size_t e = 0; e < ne && g->status == CORDON_OK; e++)
        add_tested(g, t, edits[e], exact);
}

/* Keeps of the class strings edits[0..n) those that begin with the class first, in order;
 * returns how many. */
static size_t beginning_with(char edits[][CDN_SOUNDS_MAX + 1], size_t n, char first)
{
    size_t kept = 0;
    for (size_t e = 0; e < n; e++)
        if (edits[e][0] == first && kept++ != e)
            memcpy(edits[kept - 1], edits[e], sizeof edits[e]);
    return kept;
}

/* The words two classes from the three a Han transcription heard that sound like it, with both
 * classes added after its first (each tested as in gather_short_sounds, add_tested), from
 * once[0..n), its strings with one class added: a Xinhua transcription leaves out two
 * consonants of a cluster or a coda (伯里曼 boliman, b l n / Bridgman, b l t k n; 普罗霍罗夫 /
 * Prokhorov, 格里哈尔瓦 / Grijalva), which the scorer's alignment lets go unheard where the
 * vowels agree. Not before the first class, which the first syllable writes (han_initials.h,
 * the scorer's own test; no pair of the Wikidata sets gained needs it). Session 21: Wikidata
 * Chinese by search 1632 -> 1636 of 2000, rows 3,000-8,000 3929 -> 3937 of 5000, none lost;
 * one-word and two-word alarms and native-name alarms the same counts. Both classes anywhere:
 * the same pairs, for 10.3 % more instructions per Chinese search; to two classes too, 1638
 * and 3942, one native-name alarm more (莫文博 / DEXIAS LLC). */
static void add_two_inserted(gatherer *g, const cdn_token *t, char first, char once[][CDN_SOUNDS_MAX + 1], size_t n,
                             const cdn_ikey *exact)
{
    char twice[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1];
    for (size_t i = 0; i < n && g->status == CORDON_OK; i++)
        if (once[i][0] == first)
            add_each_tested(g, t, twice, beginning_with(twice, cdn_sound_insertions(once[i], twice), first), exact);
}

/* The words one class from each of the sound strings heard[0..n) of t that sound like it,
 * each tested as in gather_short_sounds (add_tested): with a class added to two or three
 * classes, left out of two, left out of four or more, or changed in four or more
 * (cdn_sound_substitutions: 克拉西納茨 kelaxinaci, k l s n s / Kolašinac, k l s n k; 邦司頓 /
 * Buxtun, a final c or an x of other classes than the transcription heard: Wikidata Chinese
 * by search 8 pairs more of 2000, session 14). A class left out of three, for a Han word
 * (喬杜麗 qiaoduli, k t l / Chaudhury, k l): session 14 left it out for its cost; once the
 * scorer's test turned away the words whose first letter the transcription does not write
 * (short_sounds.h, han_initials.h), it and gather_short_sounds' class added to one took Wikidata
 * Chinese by search 1597 -> 1601 of 2000 (six pairs more, 西威 / Seii and 霍納 / Horner lost
 * below the ten best) for fewer instructions per Chinese search than before either (session 15).
 * A class changed in a Han word's three (萊卡特 laikate, l k t / Reichardt, r k t; 基泰拿 jitaina /
 * Kitchener): 1605 -> 1609 (session 16). Two classes added after the first of a Han word's
 * three: add_two_inserted (session 21). A class added to a Han word's one (奧胡斯 aohusi, s /
 * Aakhus, k s; 瓦尔哈 waerha, l / Walcha, l s; 约恩内 / Jonne), which gather_short_sounds looks
 * up alone, after it where the first syllable's consonant wrote it (han_initials.h): Wikidata
 * Chinese by search 1640 -> 1643 of 2000, rows 3,000-8,000 4013 -> 4016, none lost; one
 * one-word alarm more (喬吉瓦 / KOACH, an organisation's alias, 0.80). Anywhere, the same
 * pairs for 3.2 % more instructions per Chinese search (session 23). */
static void add_tested_edits(gatherer *g, const cdn_token *t, char heard[][CDN_SOUNDS_MAX + 1], size_t n,
                             const cdn_ikey *exact)
{
    char edits[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1];
    const bool han = cdn_syllabary_of(t->text) == CDN_SYLLABARY_HAN;
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++) {
        size_t len = strlen(heard[v]);
        if (len == 2 || len == 3 || (len == 1 && han)) {
            size_t ni = cdn_sound_insertions(heard[v], edits);
            if (len == 1 && !strchr("aeiouywh", t->latin[0]))
                ni = beginning_with(edits, ni, heard[v][0]); /* the initial writes the first */
            add_each_tested(g, t, edits, ni, exact);
            if (len == 3 && han)
                add_two_inserted(g, t, heard[v][0], edits, ni, exact);
        } else if (len >= 4)
            add_each_tested(g, t, edits, cdn_sound_deletions(heard[v], edits), exact);
        if (len == 2 || (len == 3 && han))
            add_each_tested(g, t, edits, cdn_sound_deletions(heard[v], edits), exact);
        if (len >= SUBSTITUTED_MIN)
            add_each_tested(g, t, edits, cdn_sound_substitutions(heard[v], edits), exact);
        else if (len == 3 && han)
            add_each_tested(g, t, edits, cdn_sound_substitutions_inner(heard[v], edits), exact);
    }
}

/* A Hangul transcription of a query of two words or more that may all be foreign
 * (short_sounds.h) meets the words whose classes add one to its own that Korean did not hear
 * (each tested as in gather_short_sounds, add_tested): to three classes, a final t, s or l,
 * the silent finals of French and English (아다마르 adamareu, t n l / Hadamard, t n l t;
 * 쿠르트와 / Courtois, 포르니에 / Fournier); to two, a first s, a j said y as German says it
 * (야우레크 yaurekeu, l k / Jauregg, s l k; 예니퍼 / Jennifer). And four classes or more
 * without a first b, the ㅂ Korean writes for a w said v, which the classes drop (비트겐슈타인
 * biteugensyutain, b t k n s t n / Wittgenstein, t k n s t n).
 * Session 16: Wikidata Korean by search 1703 -> 1709 of 2000 (the w one of them, for no wrong
 * alert and 0.1 % more instructions); of the 2,000 native names searched in the index of the
 * English ones, one more alerts on another's name (레이철 핀치 / Richard Winters 0.81, a pair
 * compare already scored so). Every class added anywhere met the same five for 20 % more
 * instructions per Korean search (3 % now) and two more wrong names (마이크 피어리 / Marcus
 * Borg, 마시모 달레마 / Taslima Nasrin); any class left out of four or more met Wittgenstein and
 * two wrong names more, a class changed none and two more: left out. Not a query of one word,
 * where a Korean name of a rare surname is one word too. */
static void gather_hangul_unheard(gatherer *g, const cdn_token *t, char heard[][CDN_SOUNDS_MAX + 1], size_t n,
                                  const cdn_ikey *exact)
{
    if (g->one_word)
        return;
    static const char FINALS[] = "tsl";
    char edits[3][CDN_SOUNDS_MAX + 1]; /* at most three a string: FINALS */
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++) {
        size_t len = strlen(heard[v]), ne = 0;
        if (len == 3) {
            for (const char *c = FINALS; *c; c++)
                if (heard[v][2] != *c) /* no class twice in a row: the index holds none */
                    snprintf(edits[ne++], sizeof edits[0], "%s%c", heard[v], *c);
        } else if (len == 2 && heard[v][0] != 's') {
            snprintf(edits[ne++], sizeof edits[0], "s%s", heard[v]);
        } else if (len >= 4 && heard[v][0] == 'b') {
            snprintf(edits[ne++], sizeof edits[0], "%s", heard[v] + 1);
        }
        add_each_tested(g, t, edits, ne, exact);
    }
}

/* A Han or kana transcription (cdn_may_be_transcription) whose words may all be foreign
 * (short_sounds.h) also meets the words one class from it that sound like it: with a class
 * left out of its four or more (a consonant it heard where the spelling's classes have none),
 * or added to its two or three (a consonant it left out: 巴斯拉 basila, b s l / Baxla, b k s l;
 * 埃舍诺 aishenuo, s n / Echenoz; four and more are gather_sound_edits'). Each word tested as
 * in gather_short_sounds. On the Wikidata pairs by search, Chinese 1340 -> 1385 of 2000,
 * Japanese 1573 -> 1617, katakana 1597 -> 1638, for 29 % more instructions per Chinese or
 * katakana search; a class changed as well, 1393, 1632 and 1653 for 74 %. Not for Hangul:
 * Korean 1506 -> 1508 for 15 % (session 16: a class Korean did not hear, gather_hangul_unheard). A class added to two (session 11): Chinese 1457 -> 1471,
 * Japanese 1666 -> 1682, katakana 1701 -> 1715. A class left out of two (希勒里 xileli, s l /
 * Hillery, l: the lists of one class, snapshot format 21) and, for two Han characters, in
 * gather_short_sounds (希托 xituo / Hitto): Chinese 1533 -> 1537, Japanese 1771 -> 1773,
 * katakana 1803 -> 1805 (session 12). A class changed in four or more: add_tested_edits. */
static void gather_tested_edits(gatherer *g, const cdn_token *t, char heard[][CDN_SOUNDS_MAX + 1], size_t n,
                                const cdn_ikey *exact)
{
    cdn_syllabary script = cdn_syllabary_of(t->text);
    if (!(g->foreign & (1u << script)))
        return;
    if (script == CDN_SYLLABARY_HANGUL)
        gather_hangul_unheard(g, t, heard, n, exact);
    else
        add_tested_edits(g, t, heard, n, exact);
}

/* The sound strings a transcription t is looked up by (sounds.h): a romanisation's, and for kana
 * also with フ fu heard as an h and ジ ji, ズ zu as a d, as the scorer hears kana
 * (transcription.c: heard_sounds, the same three choices): Japanese has no hu or di, so コフート
 * kofuto is Kohut (k t), ジルセウ jiruseu Dirceu (t l s), which fu as f (k b t) and ji as j
 * (s l s) never looked up. Session 23, Wikidata by search: rows 3,000-8,000 Japanese 4628 ->
 * 4637, katakana 4684 -> 4701 of 5000 (ビジー / Busey lost below the ten best). */
static size_t transcription_heard(const cdn_token *t, char heard[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1])
{
    static const unsigned KANA[3] = {CDN_SOUND_W_IS_V, CDN_SOUND_KANA_H, CDN_SOUND_KANA_T | CDN_SOUND_KANA_D};
    if (cdn_syllabary_of(t->text) != CDN_SYLLABARY_KANA)
        return cdn_sound_variants(t->latin, CDN_SOUND_ROMANISED, heard);
    return cdn_sound_readings(t->latin, CDN_SOUND_ROMANISED, KANA, heard);
}

/* A transcription whose sound classes are too few for a key of three (阿尔玛 aerma, "ln";
 * 埃羅爾 ailuoer, "l"), or a word of two characters (坦蒂 tandi), when short_sounds.h takes it
 * for one, meets the Latin words listed under its strings of one or two classes (and a word of
 * two characters those of three or more) that sound like it by the scorer's test: the
 * scorer's "sounds", 0.85 at most.
 * On the Wikidata pairs by search, Chinese 1115 -> 1340 of 2000, Korean 1320 -> 1393 (1427
 * with the bound of cdn_short_sounds_unkeyed, in run), Japanese 1445 -> 1573, katakana 1477 ->
 * 1597, for a fifth more instructions per Chinese or katakana search (a Latin one never gets
 * here: BENCHMARKS.md, session 9). Two Han characters of the table whose classes are two also
 * meet the words of three that add one class to them, tested alike (寇特 koute, k t / Coulter,
 * k l t; as gather_tested_edits does for longer words): Chinese 1471 -> 1479 (session 11);
 * to their three too (劳顿 laodun, l t n / Laughton, l k t n; 金寶 / Kimball; session 14), and to
 * their one (科赫 kehe / Koch, 布瓦 / Bois, 歐德 / Odell; session 15, with add_tested_edits' class
 * left out of three): one native-name alarm more, 敏英 / MININT 0.84, a given name alone that
 * compare meets as before (奈敏, session 14's other, no longer: n does not write m).
 * One class (snapshot format 21: 278 to 594 words a class in the six lists, as many as two
 * classes list): Chinese 1486 -> 1533, Korean 1609 -> 1621, Japanese 1731 -> 1771, katakana
 * 1752 -> 1803, no more instructions on the bench mix (session 12). Two kana syllables that do
 * not look native, the same class added or left out as two Han characters of the table (バレ
 * bare, b l / Valet, b l t, a final French does not say; クロ kuro / Croz; ノウ / Know):
 * Wikidata by search Japanese 1808 -> 1814, katakana 1838 -> 1844, no alarm more on the 902
 * common Japanese names or the 12,000 native ones (session 17). */
static void gather_short_sounds(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    bool two_syllables;
    if (!cdn_short_sounds_wanted(t, g->foreign, &two_syllables))
        return;
    char heard[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    size_t n = transcription_heard(t, heard);
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++) {
        size_t len = strlen(heard[v]);
        if (len == 1 || len == 2 || (two_syllables && len > 2))
            add_tested(g, t, heard[v], exact);
    }
    /* Not two Hangul syllables, which may be a Korean given name alone (not measured). */
    if (two_syllables && cdn_syllabary_of(t->text) != CDN_SYLLABARY_HANGUL) {
        char edits[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1];
        for (size_t v = 0; v < n && g->status == CORDON_OK; v++) {
            size_t ne = strlen(heard[v]) >= 1 && strlen(heard[v]) <= 3 ? cdn_sound_insertions(heard[v], edits) : 0;
            for (size_t e = 0; e < ne && g->status == CORDON_OK; e++)
                add_tested(g, t, edits[e], exact);
            ne = strlen(heard[v]) == 2 ? cdn_sound_deletions(heard[v], edits) : 0;
            for (size_t e = 0; e < ne && g->status == CORDON_OK; e++)
                add_tested(g, t, edits[e], exact);
        }
    }
}

/* Whether the Latin spelling latin ends in an x that French does not say: -aux, -eux (-eaux,
 * -ieux), -oux, -oix (Delacroix, Devereux, Giroux). */
static bool french_silent_x(const char *latin)
{
    size_t len = strlen(latin);
    return len >= 4 && latin[len - 1] == 'x' &&
           ((latin[len - 2] == 'u' && strchr("aeo", latin[len - 3])) || (latin[len - 2] == 'i' && latin[len - 3] == 'o'));
}

/* A kana transcription of a French name whose spelling ends in an x that French does not say
 * (-oux, -eaux, -oix: ヴァロー varo, b l / Varoux, b l k s; ボー / Beaux; ドラクロワ / Delacroix)
 * meets the spelling's classes only with k s added at their end, two classes, which no edit
 * of one reaches (the scorer hears the x silent): each heard string so lengthened is looked
 * up, each word there tested as in gather_short_sounds (add_tested). Of a word read as a
 * native Japanese name (hiragana, kanji), none. Not Hangul.
 * Session 17: Wikidata by search Japanese 1814 -> 1816, katakana 1844 -> 1850 of 2000; no
 * alarm more on the 902 common Japanese names or the 12,000 native ones. A Han transcription
 * too (德拉克洛瓦 delakeluowa, t l k l / Delacroix, t l k l k s; session 23), but only the
 * spellings that end so (french_silent_x): the scorer drops any final x after a vowel
 * (transcription.c), and 莫文博 mowenbo, n b, met MAINBOX at 0.83, a native-name alarm. */
static void gather_silent_x(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    bool two_syllables;
    if ((t->flags & CDN_TOK_JAPANESE) ||
        !(cdn_may_be_transcription(t) || cdn_short_sounds_wanted(t, g->foreign, &two_syllables)))
        return;
    char heard[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1], ks[CDN_SOUNDS_MAX + 1];
    bool kana = cdn_syllabary_of(t->text) == CDN_SYLLABARY_KANA;
    unsigned kana_t = kana ? CDN_SOUND_KANA_T : 0; /* a romaji chi, tsu heard as t (sounds.h) */
    size_t n = cdn_sound_variants(t->latin, CDN_SOUND_ROMANISED | kana_t, heard);
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++) {
        size_t len = strlen(heard[v]);
        if (len == 0 || len + 2 > CDN_SOUNDS_MAX)
            continue;
        /* a k heard last is the x's own k (ニクルー nikuru, n k l / Nicloux: l last) */
        snprintf(ks, sizeof ks, "%s%s", heard[v], heard[v][len - 1] == 'k' ? "s" : "ks");
        add_tested_where(g, t, ks, exact, kana ? NULL : french_silent_x);
    }
}

/* A Han word of four characters or more with one outside the transcription table, or of
 * three that writes a consonant alone (cdn_short_sounds_han_but_one: 德拉方丹 delafangdan /
 * Delafontaine, 丹; 錢伯斯 / Chambers, session 21) looks native to
 * cdn_looks_native, so no sound string of it was looked up, though the scorer meets it by its
 * vowels alone (score.c). It meets the words listed under its own strings of three classes or
 * more that pass the scorer's test (add_tested). Wikidata Chinese by search 1439 -> 1457 of
 * 2000 (BENCHMARKS.md, session 11). Also its strings of two classes (埃斯魏因 aisiweiyin, s n /
 * Esswein), and one class from each: added (恩培多克勒 / Empedocles, 亚历山德罗 / Alexandro), or
 * left out of four or more: 8 pairs more (session 14), one native-name alarm (那拉美方 / MARIVAN,
 * a native name of four). */
static __attribute__((cold, noinline)) void gather_han_but_one(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    char heard[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    char edits[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1];
    size_t n = cdn_sound_variants(t->latin, CDN_SOUND_ROMANISED, heard);
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++) {
        size_t len = strlen(heard[v]);
        if (len >= 2)
            add_tested(g, t, heard[v], exact);
        size_t ne = len >= 2 ? cdn_sound_insertions(heard[v], edits) : 0;
        for (size_t e = 0; e < ne && g->status == CORDON_OK; e++)
            add_tested(g, t, edits[e], exact);
        ne = len >= 4 ? cdn_sound_deletions(heard[v], edits) : 0;
        for (size_t e = 0; e < ne && g->status == CORDON_OK; e++)
            add_tested(g, t, edits[e], exact);
    }
}

/* Keeps of the sound strings heard[0..n) those that are not empty and not among plain[0..np)
 * (the word's own, looked up already), in order; returns how many. */
static size_t other_sounds(char heard[][CDN_SOUNDS_MAX + 1], size_t n, char plain[][CDN_SOUNDS_MAX + 1], size_t np)
{
    size_t kept = 0;
    for (size_t v = 0; v < n; v++) {
        bool seen = !heard[v][0];
        for (size_t k = 0; k < np && !seen; k++)
            seen = strcmp(heard[v], plain[k]) == 0;
        if (!seen && kept++ != v)
            memcpy(heard[kept - 1], heard[v], sizeof heard[v]);
    }
    return kept;
}

/* A Han transcription whose pinyin has an x, which the Xinhua tables write for a foreign h
 * before i (希 xi for hi, 欣 xin for hin, 休 xiu for hiu: Mandarin has no hi), also meets
 * the words listed under its sound classes with that x silent, as the scorer reads it
 * (sounds.h's CDN_SOUND_X_IS_H, transcription.c): 莫希特 moxite, n s t / Mohit, n t; 唐纳修 / Donahue;
 * 科格希爾 / Coghill. Each word tested as in gather_short_sounds (add_tested). Only the
 * words search takes for transcriptions: three characters or more (cdn_may_be_transcription),
 * two of the table, or four or more with one beyond it, or three with one beyond it that write
 * a consonant alone (cdn_short_sounds_han_but_one, session 21). Wikidata Chinese by search 1553 ->
 * 1558 of 2000 (development pairs 2323 -> 2328 of 3000), none lost, no native-name alarm more,
 * 0.5 % more instructions per Chinese search (BENCHMARKS.md, session 13). */
static __attribute__((cold, noinline)) void gather_x_as_h(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    static const unsigned READINGS[3] = {CDN_SOUND_W_IS_V, CDN_SOUND_J_IS_G, 0};
    bool two_syllables;
    if (!(cdn_may_be_transcription(t) || cdn_short_sounds_han_but_one(t) ||
          (cdn_short_sounds_wanted(t, g->foreign, &two_syllables) && two_syllables)))
        return;
    char plain[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1], heard[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    size_t np = cdn_sound_variants(t->latin, CDN_SOUND_ROMANISED, plain);
    size_t n = cdn_sound_readings(t->latin, CDN_SOUND_ROMANISED | CDN_SOUND_X_IS_H, READINGS, heard);
    n = other_sounds(heard, n, plain, np);
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++)
        add_tested(g, t, heard[v], exact);
}

/* The sound classes of reading, another reading of t's romanisation, that t's own classes are
 * not (other_sounds), into heard; each word listed under one is tested as in
 * gather_short_sounds (add_tested). Returns how many classes. */
static size_t add_tested_reading(gatherer *g, const cdn_token *t, const char *reading,
                                 char heard[][CDN_SOUNDS_MAX + 1], const cdn_ikey *exact)
{
    char plain[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    size_t np = cdn_sound_variants(t->latin, CDN_SOUND_ROMANISED, plain);
    size_t n = other_sounds(heard, cdn_sound_variants(reading, CDN_SOUND_ROMANISED, heard), plain, np);
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++)
        add_tested(g, t, heard[v], exact);
    return n;
}

/* A Han transcription of the table's characters alone whose pinyin the Xinhua tables read
 * otherwise (cdn_xinhua_respelled: 什 shen for sh, an initial r for a French j or soft g) meets
 * the words listed under the sound classes of that reading, and those one class from them, as
 * gather_tested_edits finds them for the pinyin's own classes, each word tested as in
 * gather_short_sounds (add_tested): 霍萊什 huolaishen, l s n / Holeš, l s; 帕托什卡 / Patočka;
 * 博热 bore / Baugé; 熱內 / Genêt. The scorer hears these readings (transcription.c), but no
 * key led to their names. Only the words search takes for transcriptions: three characters or
 * more (cdn_may_be_transcription), or two (cdn_short_sounds_wanted). */
static __attribute__((cold, noinline)) void gather_respelled(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    bool two_syllables;
    if (!cdn_transcription_characters(t->text) ||
        !(cdn_may_be_transcription(t) || (cdn_short_sounds_wanted(t, g->foreign, &two_syllables) && two_syllables)))
        return;
    char respelled[CDN_SOUNDS_MAX + 1];
    if (!cdn_xinhua_respelled(t->latin, respelled, sizeof respelled))
        return;
    char heard[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    size_t n = add_tested_reading(g, t, respelled, heard, exact);
    gather_tested_edits(g, t, heard, n, exact);
}

/* A Hangul transcription with a final ㅅ, which ICU writes s and Korean says t, writing a
 * foreign final t (데이빗 deibis / David, 샤빗 syabis / Charvet, 프레스콧 / Prescott), meets the
 * words listed under the sound classes of that reading (cdn_hangul_final_s_said), each tested
 * as in gather_short_sounds (add_tested). The scorer hears the t (transcription.c), but the
 * classes of the s led to no key of the name. Only the words search takes for transcriptions,
 * as gather_respelled for Han. */
static __attribute__((cold, noinline)) void gather_final_s(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    bool two_syllables;
    if (!(cdn_may_be_transcription(t) || (cdn_short_sounds_wanted(t, g->foreign, &two_syllables) && two_syllables)))
        return;
    char said[CDN_SOUNDS_MAX + 1];
    if (!cdn_hangul_final_s_said(t->latin, said, sizeof said))
        return;
    char heard[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    add_tested_reading(g, t, said, heard, exact);
}

/* A token that may be a foreign name transcribed into Chinese, Japanese or Korean meets the
 * Latin spellings whose sound classes (sounds.h) agree under some reading of each: the
 * scorer's "sounds", 0.85. Not a word read as a native Japanese name (CDN_TOK_JAPANESE),
 * which the scorer meets by no sound. */
static void gather_sounds(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    if (t->flags & CDN_TOK_JAPANESE)
        return;
    if (t->flags & CDN_TOK_SYLLABIC)
        gather_short_sounds(g, t, exact);
    if ((t->flags & CDN_TOK_SYLLABIC) && strchr(t->latin, 'x') && cdn_syllabary_of(t->text) == CDN_SYLLABARY_HAN)
        gather_x_as_h(g, t, exact);
    if ((t->flags & CDN_TOK_SYLLABIC) && cdn_syllabary_of(t->text) == CDN_SYLLABARY_HAN &&
        (strstr(t->latin, "shen") || strchr(t->latin, 'r')))
        gather_respelled(g, t, exact);
    if ((t->flags & CDN_TOK_SYLLABIC) && cdn_syllabary_of(t->text) == CDN_SYLLABARY_HANGUL && strchr(t->latin, 's'))
        gather_final_s(g, t, exact);
    if (!cdn_may_be_transcription(t)) {
        if (cdn_short_sounds_han_but_one(t))
            gather_han_but_one(g, t, exact);
        return;
    }
    char heard[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    size_t n = transcription_heard(t, heard);
    for (size_t v = 0; v < n; v++)
        if (strlen(heard[v]) >= 3)
            add_sound_listed(g, t, heard[v], exact, 0.85);
    /* Not for Hangul: a Korean name with a surname hangul.h does not hold (갈, 팽) is taken for
     * a transcription, and met company names one class off (갈은준 / KRYMZHD). Han only when
     * every character is of the transcription table and the word was read as pinyin, not as
     * a Japanese name (松本博 matsumotohiroshi met Santers Holding). */
    cdn_syllabary script = cdn_syllabary_of(t->text);
    if (script == CDN_SYLLABARY_KANA ||
        (script == CDN_SYLLABARY_HAN && cdn_transcription_characters(t->text) && cdn_is_pinyin(t->latin)))
        gather_sound_edits(g, t, heard, n, exact);
    gather_tested_edits(g, t, heard, n, exact);
}

/* Keys rarer than this (in entities) are looked up with their misspellings too. */
enum { FUZZY_DF = 3 };

/* The vowelled skeleton key (len bytes, its mark first) of a rare Cyrillic word with a vowel
 * more or fewer between two of its letters: a transcription by ear writes the vowels it hears,
 * not those spelled (Кивни, kivni, "k.vn.", is Keaveney read as English, kiveni, "k.v.n."),
 * which the scorer meets by its distance (sounds 0.87) but no key of the word's led to. One
 * look-up for each place: a word of one or two consonants has a few. */
static void gather_vowel_slots(gatherer *g, const char *key, size_t len, const cdn_ikey *exact)
{
    char other[CDN_VOWELLED_MAX + 3];
    for (size_t i = 2; i < len && g->status == CORDON_OK; i++) {
        bool gap = key[i - 1] != '.' && key[i] != '.'; /* two letters: a vowel between */
        bool lone = key[i] == '.' && i + 1 < len && key[i - 1] != '.' && key[i + 1] != '.';
        if (gap && len <= CDN_VOWELLED_MAX) { /* the index holds none longer */
            memcpy(other, key, i);
            other[i] = '.';
            memcpy(other + i + 1, key + i, len - i + 1);
            add_listed(g, CDN_MAP_READINGS, other, exact, 0.9);
        } else if (lone) {
            memcpy(other, key, i);
            memcpy(other + i, key + i + 1, len - i);
            add_listed(g, CDN_MAP_READINGS, other, exact, 0.9);
        }
    }
}

/* A token romanised from Cyrillic (or another alphabet) meets the Latin spellings that read as
 * it sounds in their source language (readings.h): the scorer's "sounds", 0.9 at most. */
static void gather_readings(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    if (!(t->flags & CDN_TOK_ALPHABET))
        return;
    if (t->skel[0])
        add_listed(g, CDN_MAP_READINGS, t->skel, exact, 0.9);
    size_t len = t->latin_shape.len; /* a short word's reading equal to it, keyed whole */
    if (len >= 3 && len <= CDN_WHOLE_READING_MAX) {
        char whole[CDN_WHOLE_READING_MAX + 2];
        cdn_whole_reading_key(t->latin, len, whole);
        add_listed(g, CDN_MAP_READINGS, whole, exact, 0.9);
    }
    /* A word of one or two consonants, by its vowelled skeleton (Холл / Hall), when its own
     * key is rare or unknown: a common one (Иван, Анна) already finds its spellings, and
     * following its vowels too cost a sixth more instructions per Cyrillic name. */
    char vowelled[CDN_VOWELLED_MAX + 2];
    size_t nv = len >= CDN_VOWELLED_READING_MIN && (!exact || exact->df < FUZZY_DF)
                    ? cdn_vowelled_reading_key(t->latin, len, vowelled)
                    : 0;
    if (nv) {
        add_listed(g, CDN_MAP_READINGS, vowelled, exact, 0.9);
        gather_vowel_slots(g, vowelled, nv, exact);
    }
}

/* A spelling on more names than this is not followed to its other vowel spellings: walking its
 * postings (Mohammed, Ahmad: thousands) cost more than the names it lifted were worth. */
enum { VOWEL_POSTINGS_MAX = 300 };

/* Credits the names already reached (by any query word) that have the indexed key k, as the
 * other vowel spelling of the word being gathered, at 0.88 (the scorer's "vowels"); a key on
 * more than VOWEL_POSTINGS_MAX names is not walked. */
static void credit_reached(gatherer *g, const cdn_ikey *k)
{
    if (k->n_postings > VOWEL_POSTINGS_MAX)
        return;
    const uint32_t *postings = g->idx->u32.items + k->postings;
    const cdn_accum *acc = g->acc;
    float q = (float)(0.88 * g->token_weight), cn = (float)(0.88 * k->weight);
    for (uint32_t p = 0; p < k->n_postings; p++)
        if (acc->entries[postings[p]].generation == acc->generation)
            credit(g, postings[p], q, cn);
}

/* The names already reached that have another vowel spelling of the Latin word t (vowel_key.h:
 * Majeed for Majid, Usama for Osama) are credited with it, at 0.88 (the scorer's "vowels"). A
 * word whose key is common is not followed to its misspellings, so the search never offered
 * these names, though the scorer matches most of them. Names that no token reached are left
 * out: following every spelling to every name that has one cost a search 13 % more
 * instructions, this 2 % (BENCHMARKS.md). A name t reached before another token did may be
 * credited for t twice: its bound is then loose, not wrong. */
static void gather_vowels(gatherer *g, const cdn_token *t)
{
    if (t->flags & CDN_TOK_ROMANISED)
        return;
    const cordon_index *idx = g->idx;
    const cdn_ilist *same = cdn_index_vowel_spellings(idx, t);
    if (!same)
        return;
    const uint32_t *ids = cdn_index_ids(idx, same);
    size_t key_len = t->key_shape.len;
    for (uint32_t i = 0; i < same->n && g->status == CORDON_OK; i++) {
        const cdn_ikey *k = &idx->vocab.items[ids[i]];
        if (k->len != key_len || memcmp(idx->pool + k->key, t->key, key_len) != 0)
            credit_reached(g, k);
    }
}

/* The names already reached that have the Latin word t without the vowel before its final r,
 * after a consonant and an inner vowel (Nasr for Naser, Nasir, Nasser; Saqr for Saker): the
 * Arabic CaCr names whose r a spelling makes a syllable of (score.c's vowel_in_cluster, 0.88).
 * Their vowel keys have a syllable fewer than t's, so gather_vowels does not find them. One
 * key looked up, for a Latin word ending in a vowel and r only. */
static void gather_vowel_before_r(gatherer *g, const cdn_token *t)
{
    const char *w = t->latin;
    size_t len = t->latin_shape.len;
    if (len < 5 || len > CDN_KEY_MAX || w[len - 1] != 'r' || !cdn_is_vowel_letter(w[len - 2]) ||
        cdn_is_vowel_letter(w[len - 3]) || (t->flags & CDN_TOK_ROMANISED) || !t->latin_shape.ascii)
        return;
    size_t inner = 0;
    while (inner < len - 3 && !cdn_is_vowel_letter(w[inner]))
        inner++;
    if (inner == len - 3)
        return; /* no vowel before the cluster (Shter) */
    char cut[CDN_KEY_MAX + 1], key[CDN_KEY_MAX + 1];
    memcpy(cut, w, len - 2);
    cut[len - 2] = 'r';
    size_t n = cdn_orthography_key_ascii(cut, len - 1, key);
    const cdn_ikey *k = n ? cdn_index_key(g->idx, key, n) : NULL;
    if (k)
        credit_reached(g, k);
}

/* The longest word whose long vowels gather_long_vowels follows: a longer one differs from its
 * other spelling by an edit in six letters or more, which the similar keys, the vowel keys and
 * the scorer's vowel rules meet already (Rasheed / Rashid). */
enum { LONG_VOWEL_WORD_MAX = 5 };

/* Credits the names that have the key of the ASCII string s[0, len), at 0.88 (the scorer's
 * "long vowel"), unless the key is t's own or on more than VOWEL_POSTINGS_MAX names. */
static void add_long_vowel_key(gatherer *g, const cdn_token *t, const char *s, size_t len)
{
    char key[CDN_KEY_MAX + 1];
    size_t key_len = cdn_orthography_key_ascii(s, len, key);
    if (!key_len || (key_len == t->key_shape.len && memcmp(key, t->key, key_len) == 0))
        return;
    const cdn_ikey *k = cdn_index_key(g->idx, key, key_len);
    if (k && k->n_postings <= VOWEL_POSTINGS_MAX)
        add_postings(g, k, 0.88);
}

/* A short Latin word's other spellings of its long vowel (long_vowels.h): Deeb leads to the
 * names with Dib, Yee to Yi, and a rare Dib, Mo to those with Deeb, Moe. Its key does not (deb,
 * dib: one edit in three letters, under the similar keys' 0.7), and a rare short word left the
 * name's other words untaken, so the search never scored DEEB, Ahmed / AL-DIB, Ahmed (0.91). A
 * common word is not followed to its long spellings: its names are many, and the spellings
 * are looked up for every short word of every query (rare, t's key on fewer than FUZZY_DF
 * names). */
static void gather_long_vowels(gatherer *g, const cdn_token *t, bool rare)
{
    enum { E_O_Y = 1u << ('e' - 'a') | 1u << ('o' - 'a') | 1u << ('y' - 'a') };
    size_t len = t->latin_shape.len;
    if (len < 2 || len > LONG_VOWEL_WORD_MAX || !t->latin_shape.ascii || (t->flags & CDN_TOK_ROMANISED) ||
        (!rare && !(t->latin_shape.mask & E_O_Y)))
        return;
    char once[CDN_LONG_VOWELS_MAX + 1], doubled[CDN_LONG_VOWELS_DOUBLED_MAX][CDN_LONG_VOWELS_MAX + 1];
    size_t n = cdn_long_vowels_once(t->latin, len, once);
    if (n) {
        add_long_vowel_key(g, t, once, n);
        return;
    }
    if (!rare)
        return;
    size_t nd = cdn_long_vowels_doubled(t->latin, len, doubled);
    for (size_t i = 0; i < nd && g->status == CORDON_OK; i++)
        add_long_vowel_key(g, t, doubled[i], strlen(doubled[i]));
}

/* A word typed in Latin letters whose ch may be the х that German and Polish write ch (Chalid,
 * Mochtari) also looks up its key read so: the lists write Khalid, Mokhtari. The scorer's
 * "spelling", 0.95 (ch_as_kh in score.c). */
static void gather_ch_as_kh(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    enum { C = 1u << ('c' - 'a'), H = 1u << ('h' - 'a') };
    if ((t->latin_shape.mask & (C | H)) != (C | H) || !t->latin_shape.ascii || (t->flags & CDN_TOK_ROMANISED))
        return;
    char key[CDN_KEY_MAX + 1];
    size_t n = cdn_orthography_key_ch_as_kh(t->latin, t->latin_shape.len, key);
    const cdn_ikey *heard = n ? cdn_index_key(g->idx, key, n) : NULL;
    if (heard && heard != exact && !cdn_is_pinyin(t->latin))
        add_postings(g, heard, 0.95);
}

/* A word typed in Latin letters as the Polish or German press spells it (Siergiej, Dschabhat)
 * also looks up its key read so: the lists write Sergei, Jabhat. The scorer's "spelling", 0.95
 * (press_spelling in score.c). */
static void gather_press(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    const cdn_ikey *read = cdn_index_press_key(g->idx, t);
    if (read && read != exact)
        add_postings(g, read, 0.95);
}

/* A word in kana or kanji read as a Japanese name (cdn_romaji_reading) looks up the keys of
 * its other romanisations (cdn_romaji_spellings: Tutiya, Huzita, Ohno, Namba), which the
 * scorer meets as one name romanised otherwise ("romanisation", 0.95: score.c's
 * romaji_variant) and which no key of its reading reached (review2, session 15). */
static void gather_romaji(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    bool kunrei;
    if (!cdn_romaji_reading(t, &kunrei))
        return;
    char spelled[CDN_ROMAJI_SPELLINGS][CDN_ROMAJI_SPELLING_MAX + 1], key[CDN_KEY_MAX + 1];
    size_t n = cdn_romaji_spellings(t->latin, kunrei, spelled);
    for (size_t v = 0; v < n && g->status == CORDON_OK; v++) {
        size_t len = cdn_orthography_key_ascii(spelled[v], strlen(spelled[v]), key);
        const cdn_ikey *other = len ? cdn_index_key(g->idx, key, len) : NULL;
        if (other && other != exact)
            add_postings(g, other, 0.95);
    }
}

/* Credits the names that have the indexed key family and also the key of given, or the keys of
 * given split in two (Jong Un), with q on the query's side. */
static void credit_family_and_given(gatherer *g, const cdn_ikey *family, const char *given, float q)
{
    const uint32_t *u32 = g->idx->u32.items;
    size_t len = strlen(given);
    for (size_t i = 0; i + 2 <= len; i++) {
        /* i == 0: given is one key; else split at i into two. */
        const cdn_ikey *left = indexed_key_of(g->idx, given, i ? i : len);
        const cdn_ikey *right = i ? indexed_key_of(g->idx, given + i, len - i) : NULL;
        if (!left || (i && (i < 2 || !right)))
            continue;
        const cdn_ikey *parts[3] = {family, left, right};
        size_t n_parts = right ? 3 : 2, rarest = 0;
        for (size_t p = 1; p < n_parts; p++)
            if (parts[p]->n_postings < parts[rarest]->n_postings)
                rarest = p;
        float n = (float)(0.93 * (family->weight + left->weight + (right ? right->weight : 0.0f)));
        for (uint32_t k = 0; k < parts[rarest]->n_postings && g->status == CORDON_OK; k++) {
            uint32_t name = u32[parts[rarest]->postings + k];
            bool all = true;
            for (size_t p = 0; p < n_parts && all; p++)
                all = p == rarest || cdn_u32_contains(u32 + parts[p]->postings, parts[p]->n_postings, name);
            if (all)
                credit(g, name, q, n);
        }
    }
}

/* Whether name has a token of one of the keys the fold list (CDN_MAP_KOREAN_FOLDS) holds. */
static bool has_fold(const cordon_index *idx, const cdn_ilist *folds, uint32_t name)
{
    const uint32_t *ids = cdn_index_ids(idx, folds);
    for (uint32_t i = 0; i < folds->n; i++) {
        const cdn_ikey *k = &idx->vocab.items[ids[i]];
        if (cdn_u32_contains(idx->u32.items + k->postings, k->n_postings, name))
            return true;
    }
    return false;
}

/* The list of the keys whose Korean fold is that of the Latin string s[0, len), or NULL. */
static const cdn_ilist *fold_list(const cordon_index *idx, const char *s, size_t len)
{
    char part[CDN_KOREAN_GIVEN_MAX], fold[CDN_KOREAN_GIVEN_MAX];
    if (len >= sizeof part)
        return NULL;
    memcpy(part, s, len);
    part[len] = '\0';
    size_t n = cdn_korean_fold_key(part, fold, sizeof fold);
    return n ? cdn_index_list_of(idx, &idx->maps[CDN_MAP_KOREAN_FOLDS], fold, n) : NULL;
}

/* Credits the names that have the indexed key family and a word whose Korean fold is that of
 * the given name rr (Revised Romanization, as ICU writes it), or two words whose folds are
 * those of rr split in two: the customary spellings (Dong-sub for dongseop, Se-keun for
 * segeun, Young for yeong), which the scorer meets by their folds (korean_names.h) and no
 * romanisation system writes. With q on the query's side. */
static void credit_family_and_folds(gatherer *g, const cdn_ikey *family, const char *rr, float q)
{
    const cordon_index *idx = g->idx;
    const uint32_t *postings = idx->u32.items + family->postings;
    size_t len = strlen(rr);
    for (size_t i = 0; i < len; i++) {
        /* i == 0: the given name as one word; else split at i into two (a part may be one
         * letter: 우 u, spelled woo). */
        const cdn_ilist *left = fold_list(idx, rr, i ? i : len);
        const cdn_ilist *right = i ? fold_list(idx, rr + i, len - i) : NULL;
        if (!left || (i && !right))
            continue;
        /* Which keys of the lists a name has is not worked out here: an unknown key's weight
         * is above any indexed key's (build.c), so the bound holds. */
        float n = (float)(0.93 * (family->weight + (i ? 2.0f : 1.0f) * idx->unknown_weight));
        for (uint32_t k = 0; k < family->n_postings && g->status == CORDON_OK; k++)
            if (has_fold(idx, left, postings[k]) && (!right || has_fold(idx, right, postings[k])))
                credit(g, postings[k], q, n);
    }
}

/* Credits the names that have a word of each of the fold lists left and right (each name of a
 * key of left looked up in right's), with q on the query's side. */
static void credit_folds_both(gatherer *g, const cdn_ilist *left, const cdn_ilist *right, float q)
{
    const cordon_index *idx = g->idx;
    const uint32_t *ids = cdn_index_ids(idx, left);
    float n = (float)(0.93 * 2.0f * idx->unknown_weight); /* unknown keys weigh most (build.c) */
    for (uint32_t i = 0; i < left->n && g->status == CORDON_OK; i++) {
        const cdn_ikey *k = &idx->vocab.items[ids[i]];
        const uint32_t *postings = idx->u32.items + k->postings;
        for (uint32_t p = 0; p < k->n_postings && g->status == CORDON_OK; p++)
            if (has_fold(idx, right, postings[p]))
                credit(g, postings[p], q, n);
    }
}

/* A query of one Hangul word of two syllables, rr its romanisation, meets the names with two
 * Latin words whose fold keys are those of rr split in two, as the scorer joins them (0.93):
 * a Chinese or Korean surname spelled otherwise than the table has it and a given name of one
 * syllable (손린 / Sun Lin, 태강 / Tai Kang). */
static void credit_split_folds(gatherer *g, const char *rr)
{
    size_t len = strlen(rr);
    for (size_t i = 1; i < len && g->status == CORDON_OK; i++) {
        const cdn_ilist *left = fold_list(g->idx, rr, i);
        const cdn_ilist *right = left ? fold_list(g->idx, rr + i, len - i) : NULL;
        if (right)
            credit_folds_both(g, left, right, (float)(0.93 * g->token_weight));
    }
}

/* A Korean name in Hangul written as one word (김정은) meets the names with a Latin spelling of
 * its surname (Kim) and of its given name (Jong Un), as the scorer reads it (korean_names.h). */
static __attribute__((cold, noinline)) void gather_korean(gatherer *g, const cdn_token *t)
{
    if (!cdn_is_hangul(t->text))
        return;
    size_t prefix = cdn_korean_surname_prefix(t->text);
    /* A query of one word of two syllables, a surname of the table and a given name of one
     * (최민 / Choi Min), as the scorer reads it too (korean_names.h). Not beside another word:
     * there two syllables are a given name (사 리원 met WON HO RI; 14 alarms more on 12,000
     * native names). */
    if (!prefix && g->one_word && strlen(t->text) == 6 && cdn_is_hangul(t->text + 3) &&
        cdn_korean_surname_spellings(t->text))
        prefix = 3;
    /* A query of one word of two syllables may be a given name alone (기현 gihyeon / Kihyun):
     * it meets the Latin words of its Korean fold, as the scorer reads it (0.97). Session 12:
     * Korean by search 1635 -> 1636, development pairs 2448 -> 2449, no native-name alarm more. */
    if (g->one_word && strlen(t->text) == 6 && cdn_is_hangul(t->text + 3)) {
        const cdn_ilist *folds = fold_list(g->idx, t->latin, strlen(t->latin));
        const uint32_t *ids = folds ? cdn_index_ids(g->idx, folds) : NULL;
        for (uint32_t i = 0; ids && i < folds->n && g->status == CORDON_OK; i++)
            add_postings(g, &g->idx->vocab.items[ids[i]], 0.97);
        credit_split_folds(g, t->latin);
    }
    size_t romanised = prefix ? cdn_korean_surname_romanised(t->text, t->latin) : 0;
    const char *spellings = romanised ? cdn_korean_surname_spellings(t->text) : NULL;
    char given[3][CDN_KOREAN_GIVEN_MAX];
    size_t n_given = spellings ? cdn_korean_given_spellings(t->latin + romanised, given) : 0;
    for (const char *p = spellings; n_given && *p;) {
        size_t len = strcspn(p, " ");
        const cdn_ikey *family = indexed_key_of(g->idx, p, len);
        for (size_t v = 0; family && v < n_given; v++)
            credit_family_and_given(g, family, given[v], (float)(0.93 * g->token_weight));
        if (family)
            credit_family_and_folds(g, family, t->latin + romanised, (float)(0.93 * g->token_weight));
        p += len + (p[len] == ' ');
    }
}

/* Spellings of a Sino-Korean surname, and of a given name or a whole name, looked up at most:
 * a syllable reads as one to eleven Mandarin syllables (경: jing, qing, geng ...). A surname of
 * two syllables has up to 24 (사마 Sima, 저거 Juqu: 27), a given name of two up to 84 (사고
 * suogu); with 16 and 64 those names were never looked up (session 12: Korean by search +3 of
 * 2000, development pairs +3 of 3000; one native-name alarm more, 한우진 / XIANHUA, Qin 0.90,
 * which compare accepts). Each spelling is one key looked up. */
enum { SINO_KOREAN_FIRST = 32, SINO_KOREAN_REST = 128 };

/* A Chinese name written in Hangul, and how it may read in pinyin: its spellings of a run of
 * the word's syllables, whether a spelling of the whole word counts as the scorer counts it,
 * and the scorer's similarity. */
typedef struct hangul_reading {
    size_t (*spellings)(const char *hangul, size_t from, size_t count, char out[][CDN_SINO_KOREAN_SPELLING_MAX],
                        size_t max);
    bool (*counts)(const char *hangul, const char *pinyin);
    double sim;
    size_t most; /* syllables of the longest word read so */
} hangul_reading;

/* The Sino-Korean reading counts a spelling that no romanisation of Korean has (sino_korean.h). */
static bool sino_korean_counts(const char *hangul, const char *pinyin)
{
    (void)hangul;
    return cdn_pinyin_not_korean(pinyin);
}

/* By the Korean readings of its characters (sino_korean.h: 염파 / Lian Po, 안진경 / Yan
 * Zhenqing), one Hangul syllable a character, and by its Mandarin sounds (mandarin_hangul.h:
 * 장원웨 / Zhang Wenyue), where a character may take two (장샤오위안 / Jiang Xiaoyuan), each at
 * the scorer's 0.90. */
static const hangul_reading SINO_KOREAN_READING = {cdn_sino_korean_spellings, sino_korean_counts, 0.9, 4};
static const hangul_reading MANDARIN_READING = {cdn_mandarin_hangul_spellings, cdn_mandarin_hangul_reads, 0.9, 6};

/* A Chinese name written in Hangul, one word of two syllables to r->most, meets the names with a
 * pinyin spelling of it as r reads it: the whole word as one Latin word (길장 / Jizang), or split
 * in two at a syllable, a surname and a given name, each read every way its syllables may be,
 * only where the two together count (r->counts, as the scorer asks). */
static __attribute__((cold, noinline)) void gather_hangul_reading(gatherer *g, const cdn_token *t,
                                                                  const hangul_reading *r)
{
    size_t bytes = strlen(t->text), n = bytes / 3;
    if (!cdn_is_hangul(t->text) || bytes % 3 || n < 2 || n > r->most)
        return;
    char first[SINO_KOREAN_FIRST][CDN_SINO_KOREAN_SPELLING_MAX], rest[SINO_KOREAN_REST][CDN_SINO_KOREAN_SPELLING_MAX];
    char both[2 * CDN_SINO_KOREAN_SPELLING_MAX];
    size_t n_rest = r->spellings(t->text, 0, n, rest, SINO_KOREAN_REST);
    for (size_t j = 0; j < n_rest && g->status == CORDON_OK; j++) {
        const cdn_ikey *whole = r->counts(t->text, rest[j]) ? indexed_key_of(g->idx, rest[j], strlen(rest[j])) : NULL;
        if (whole)
            add_postings(g, whole, r->sim);
    }
    float q = (float)(r->sim * g->token_weight);
    for (size_t k = 1; k < n && g->status == CORDON_OK; k++) {
        size_t n_first = r->spellings(t->text, 0, k, first, SINO_KOREAN_FIRST);
        const cdn_ikey *family[SINO_KOREAN_FIRST];
        for (size_t i = 0; i < n_first; i++)
            family[i] = indexed_key_of(g->idx, first[i], strlen(first[i]));
        n_rest = n_first ? r->spellings(t->text, k, n - k, rest, SINO_KOREAN_REST) : 0;
        for (size_t j = 0; j < n_rest && g->status == CORDON_OK; j++) {
            const cdn_ikey *given = indexed_key_of(g->idx, rest[j], strlen(rest[j]));
            for (size_t i = 0; given && i < n_first && g->status == CORDON_OK; i++) {
                if (!family[i])
                    continue;
                snprintf(both, sizeof both, "%s%s", first[i], rest[j]);
                if (r->counts(t->text, both))
                    credit_both(g, family[i], given, q);
            }
        }
    }
}

/* A word of a Korean name in Latin letters (korean_latin.h) meets its other romanisations, as
 * the scorer reads both names (0.97 a word): a surname its other spellings (Kim, Gim; Lee, Ri),
 * a given name's word what McCune-Reischauer writes for Revised Romanization's (hangul.h: eun
 * un, yeo yo, gyeong kyong), with an initial j also as ch (jeong chong). */
static void add_korean_key(void *ctx, const cdn_ikey *key)
{
    add_postings(ctx, key, 0.97);
}

static __attribute__((cold, noinline)) void gather_korean_latin(gatherer *g, const cdn_token *t, bool surname)
{
    cdn_korean_latin_keys(g->idx, t, surname, add_korean_key, g);
}

/* A Chinese name written in Cyrillic by the Palladius system (Цзиньпин, Шанфу) meets its
 * pinyin (palladius.h), to which no key of its romanisation (tszinpin) leads: looked up by the
 * pinyin's key, at the scorer's 0.95. */
static void gather_palladius(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    if (!(t->flags & CDN_TOK_ALPHABET))
        return;
    char pinyin[CDN_PALLADIUS_MAX];
    size_t len = cdn_palladius_pinyin(t->text, pinyin);
    const cdn_ikey *key = len ? indexed_key_of(g->idx, pinyin, len) : NULL;
    if (key && key != exact)
        add_postings(g, key, 0.95);
}

/* A word of a Korean name in Cyrillic (korean_cyrillic.h: Ким Чен Ын) meets the Latin
 * spellings it reads as, as the scorer reads it (0.97). */
static __attribute__((cold, noinline)) void gather_korean_cyrillic(gatherer *g, const cdn_token *t, bool surname)
{
    cdn_korean_cyrillic_keys(g->idx, t, surname, add_korean_key, g);
}

/* Adds the names whose keys are near the key of read (len bytes of plain ASCII), another
 * reading of a rare query word, by the same similarity as the word's own (0.7). */
static void gather_near_reading(gatherer *g, const char *read, size_t len)
{
    char key[CDN_KEY_MAX + 1];
    size_t key_len = cdn_orthography_key_ascii(read, len, key);
    if (key_len)
        cdn_index_similar_keys_counted(g->idx, key, read, 0.7, g->acc->key_counts, add_similar, g);
}

/* A rare Latin word that reads as Ukrainian (cdn_ukrainian_h_as_g) also meets the keys near
 * the spelling with its h read as the Russian g, by the same similarity as its own (0.7):
 * OFAC gives MOZGOVOY, Aleksey the a.k.a.s MOZHOVY, MOZHOVYY, MOZHOVVY (Мозговий), which the
 * scorer meets at 0.82-0.84 but no key of theirs led to. */
static __attribute__((cold, noinline)) void gather_h_as_g(gatherer *g, const cdn_token *t)
{
    size_t len = strlen(t->latin);
    char read[64];
    if ((t->flags & CDN_TOK_ROMANISED) || !t->latin_shape.ascii || len < 4 || len >= sizeof read ||
        !cdn_ukrainian_h_as_g(t->latin, len, read))
        return;
    gather_near_reading(g, read, len);
}

/* The other way: a Latin word with a g that the index does not know (Mozgovoy) also meets the
 * keys near its spelling with every g written h (mozhovoy), by the same 0.7: the Ukrainian
 * spellings listed for a Russian name (OFAC's MOZHOVYY, Aleksey), which the scorer meets as
 * "Ukrainian" 0.90 (its ukrainian_cognate reads their h back as g) but which no key of the
 * word's led to. Not for a g only of ng (Wang, Young), which Ukrainian spells so too: the
 * caller asks only for an unknown word, as the look-up is a search's dearest. */
static __attribute__((cold, noinline)) void gather_g_as_h(gatherer *g, const cdn_token *t)
{
    size_t len = strlen(t->latin);
    char read[64];
    if ((t->flags & CDN_TOK_ROMANISED) || !t->latin_shape.ascii || len < 5 || len >= sizeof read)
        return;
    bool any = false;
    for (size_t i = 0; i <= len; i++) {
        bool h = t->latin[i] == 'g' && (i == 0 || t->latin[i - 1] != 'n');
        read[i] = h ? 'h' : t->latin[i];
        any |= h;
    }
    if (any)
        gather_near_reading(g, read, len);
}

/* A Latin word that writes the Arabic w as French does (french_w.h: Fouaz, Ouahid) also meets
 * the keys of its spelling read with w (Fawaz, Wahid), which no key of its own leads to: the
 * key read so, at 0.95 (the most the scorer's "French w" gives, score.c), and when the word is
 * rare (rare) the keys near it, by the same 0.7 as its own. */
static __attribute__((cold, noinline)) void gather_french_w(gatherer *g, const cdn_token *t, const cdn_ikey *exact,
                                                            bool rare)
{
    size_t len = t->latin_shape.len;
    char read[64], key[CDN_KEY_MAX + 1];
    if ((t->flags & CDN_TOK_ROMANISED) || !t->latin_shape.ascii || len < 4 || len >= sizeof read ||
        !cdn_french_w(t->latin, len, read))
        return;
    size_t key_len = cdn_orthography_key_ascii(read, strlen(read), key);
    if (!key_len)
        return;
    const cdn_ikey *k = cdn_index_key(g->idx, key, key_len);
    if (k && k != exact)
        add_postings(g, k, 0.95);
    if (rare)
        cdn_index_similar_keys_counted(g->idx, key, read, 0.7, g->acc->key_counts, add_similar, g);
}

/* Writes into out (room for 2 * len + 1 bytes) the ASCII word w (len bytes) with every w
 * written ou, and with every aw written ou too when aw is true: the French spellings the
 * scorer's "French w" reads back (cdn_french_w: Wahid / Ouahid, Shawki / Chaouki, Fawaz /
 * Fouaz), whose keys fold ou to u where w's keeps a v (vahid / uahid). */
static void w_as_french(const char *w, size_t len, bool aw, char *out)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (aw && w[i] == 'a' && i + 1 < len && w[i + 1] == 'w')
            continue; /* the ou below stands for both */
        if (w[i] == 'w') {
            out[n++] = 'o';
            out[n++] = 'u';
        } else {
            out[n++] = w[i];
        }
    }
    out[n] = '\0';
}

/* A Latin word with a w (Fawaz, Wahid, Shawki) also meets the listed French spellings of it
 * (Fouaz, Ouahid, Chaouki: french_w.h), which the scorer meets by reading them with w but no
 * key of the word's leads to (gather_french_w is the other way): the keys of the word with its
 * w written ou, and with its aw written ou, at 0.95 as there. */
static __attribute__((cold, noinline)) void gather_w_as_french(gatherer *g, const cdn_token *t, const cdn_ikey *exact)
{
    size_t len = t->latin_shape.len;
    char french[2 * 32 + 1], key[CDN_KEY_MAX + 1];
    if ((t->flags & CDN_TOK_ROMANISED) || !t->latin_shape.ascii || len < 3 || len > 32)
        return;
    for (int aw = 0; aw < 2; aw++) {
        if (aw && !strstr(t->latin, "aw"))
            break;
        w_as_french(t->latin, len, aw, french);
        size_t key_len = cdn_orthography_key_ascii(french, strlen(french), key);
        const cdn_ikey *k = key_len ? cdn_index_key(g->idx, key, key_len) : NULL;
        if (k && k != exact)
            add_postings(g, k, 0.95);
    }
}

/* A word of the Cyrillic alphabet meets the listed word whose key is its own and a final s
 * (Муэ, mue / Mouez, mues): the scorer's German or English genitive ("inflection", 0.92, as
 * the stem above), which no key of the word's led to. Only for Cyrillic: on Latin queries the
 * look-up is one more for every word, and the transcriptions of Latin names are what found
 * none of their spellings (Wikidata Russian, session 18). */
static void gather_genitive(gatherer *g, const char *key, size_t len)
{
    char plus_s[CDN_KEY_MAX + 1];
    memcpy(plus_s, key, len);
    plus_s[len] = 's';
    const cdn_ikey *k = cdn_index_key(g->idx, plus_s, len + 1);
    if (k)
        add_postings(g, k, 0.92);
}

static void gather_token(gatherer *g, const cdn_token *t, const cdn_token *next)
{
    const cordon_index *idx = g->idx;
    size_t len = strlen(t->key);
    const cdn_ikey *exact = cdn_index_key(idx, t->key, len);
    if (exact)
        add_postings(g, exact, 1.0);
    if (len > 4 && t->key[len - 1] == 's') {
        const cdn_ikey *stem = cdn_index_key(idx, t->key, len - 1);
        if (stem)
            add_postings(g, stem, 0.92);
    }
    if (len >= 3 && len < CDN_KEY_MAX && (t->flags & CDN_TOK_ALPHABET))
        gather_genitive(g, t->key, len);
    if (t->skel[0] && ((t->flags & (CDN_TOK_ABJAD | CDN_TOK_ALPHABET)) || !exact || exact->df < FUZZY_DF))
        add_listed(g, CDN_MAP_SKELETONS, t->skel, exact, CDN_CONSONANTS_SIM);
    bool rare = !exact || exact->df < FUZZY_DF;
    gather_classes(g, t, exact);
    gather_short_classes(g, t, exact);
    gather_loose_classes(g, t, exact);
    gather_sounds(g, t, exact);
    gather_readings(g, t, exact);
    gather_palladius(g, t, exact);
    gather_ch_as_kh(g, t, exact);
    gather_press(g, t, exact);
    gather_long_vowels(g, t, rare);
    if (t->flags & CDN_TOK_SYLLABIC) {
        if (cdn_syllabary_of(t->text) != CDN_SYLLABARY_HANGUL)
            gather_silent_x(g, t, exact);
        gather_romaji(g, t, exact);
        gather_korean(g, t);
        if (g->one_word) {
            gather_hangul_reading(g, t, &SINO_KOREAN_READING);
            gather_hangul_reading(g, t, &MANDARIN_READING);
        }
    }
    forget_tested(g); /* before the similar keys count in the same bytes */
    if (g->korean_latin)
        gather_korean_latin(g, t, g->token == g->korean_surname);
    if (g->korean_cyrillic)
        gather_korean_cyrillic(g, t, g->token == g->korean_surname);
    if (t->latin_shape.mask & 1u << ('w' - 'a'))
        gather_w_as_french(g, t, exact);
    if (rare) {
        /* Counted a byte per key rather than in a table hashed into: the same keys, fewer
         * instructions (the table was a tenth of a search's). Without the bytes, the table. */
        if (!g->acc->key_counts)
            g->acc->key_counts = cdn_calloc(idx->vocab.len ? idx->vocab.len : 1, 1);
        cdn_index_similar_keys_counted(idx, t->key, t->latin, SIMILAR_MIN, g->acc->key_counts, add_similar, g);
        if (strchr(t->latin, 'h'))
            gather_h_as_g(g, t);
        if (!exact && (t->latin_shape.mask & 1u << ('g' - 'a')))
            gather_g_as_h(g, t);
        if (strstr(t->latin, "ou"))
            gather_french_w(g, t, exact, true);
        gather_split(g, t->latin, (float)(0.93 * g->token_weight));
    } else {
        if (strstr(t->latin, "ou"))
            gather_french_w(g, t, exact, false);
        gather_compound_split(g, t, (float)(0.93 * g->token_weight));
        gather_article_split(g, t, (float)(0.93 * g->token_weight));
    }
    if (next && next->latin[0] && t->latin[0]) {
        /* The two tokens written as one (Al Qaida → alqaida). */
        char joined[130], key[CDN_KEY_MAX + 1];
        int n = snprintf(joined, sizeof joined, "%s%s", t->latin, next->latin);
        size_t key_len = n > 0 && (size_t)n < sizeof joined ? cdn_orthography_key_ascii(joined, (size_t)n, key) : 0;
        if (key_len) {
            /* Credited with both query tokens' weight: the scorer's pair covers both. */
            float q = (float)(0.93 * (g->token_weight + cdn_query_token_weight(next)));
            const cdn_ikey *both = cdn_index_key(idx, key, key_len);
            if (both)
                add_postings_weighted(g, both, q, (float)(0.93 * both->weight));
            const cdn_ikey *other = cdn_index_key(idx, next->key, strlen(next->key));
            if (rare || !other || other->df < FUZZY_DF)
                gather_split(g, joined, q);
        }
    }
}

typedef struct candidate {
    uint32_t name;
    float bound;
} candidate;

/* Appends c to cands (of candidates); false when out of memory. Written in place while
 * there is room: run pushes a few dozen candidates a search, and cdn_vec_push's call and
 * copy of a size it reads cost more than the write. */
static bool push_candidate(cdn_vec *cands, candidate c)
{
    if (cands->len < cands->cap) {
        ((candidate *)cands->items)[cands->len++] = c;
        return true;
    }
    return cdn_vec_push(cands, &c) != NULL;
}

/* Whether candidate a comes before b: the higher bound, then the lower name number (so the
 * order, and so the results, do not depend on how the heap happens to be laid out). */
static bool before(const candidate *a, const candidate *b)
{
    return a->bound > b->bound || (a->bound == b->bound && a->name < b->name);
}

/* Restores the max-heap property below node i of the n-candidate heap: the candidate at i
 * goes down past every child better than it, the children moving up into its place. */
static void sift_down(candidate *h, size_t n, size_t i)
{
    candidate t = h[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && before(&h[c + 1], &h[c]))
            c++;
        if (!before(&h[c], &t))
            break;
        h[i] = h[c];
        i = c;
    }
    h[i] = t;
}

/* Removes the best of the n candidates of the heap (n at least 1). The hole at the root goes
 * down along the better child to the bottom, and the last candidate rises into it from there
 * (Wegener's bottom-up heapsort, 1993): one comparison a level on the way down, where sifting
 * the last candidate down from the root takes two, and it seldom rises far. The candidates
 * come out in the order `before` gives them whatever the heap's layout: no two are equal. */
static void pop_best(candidate *h, size_t n)
{
    candidate last = h[--n];
    size_t hole = 0;
    for (size_t c = 1; c < n; c = 2 * hole + 1) {
        if (c + 1 < n && before(&h[c + 1], &h[c]))
            c++;
        h[hole] = h[c];
        hole = c;
    }
    while (hole > 0 && before(&last, &h[(hole - 1) / 2])) {
        h[hole] = h[(hole - 1) / 2];
        hole = (hole - 1) / 2;
    }
    h[hole] = last;
}

/* ---- qualifiers ---------------------------------------------------------------------------- */

/* How a date-of-birth qualifier moves the score: agreement ×1.03, contradiction ×0.85. */
static double dob_factor(const cordon_entity *e, const cordon_date_range *dob, cdn_strbuf *why)
{
    if (!dob || e->n_birth_dates == 0)
        return 1.0;
    for (size_t i = 0; i < e->n_birth_dates; i++) {
        const cordon_date_range *d = &e->birth_dates[i];
        if (dob->from.year >= d->from.year - (d->approximate ? 2 : 0) &&
            dob->from.year <= d->to.year + (d->approximate ? 2 : 0)) {
            cdn_strbuf_append_str(why, "; date of birth agrees");
            return 1.03;
        }
    }
    cdn_strbuf_append_str(why, "; date of birth differs");
    return 0.85;
}

static double country_factor(const cordon_entity *e, const char *country, cdn_strbuf *why)
{
    if (!country || e->n_countries == 0)
        return 1.0;
    for (size_t i = 0; i < e->n_countries; i++) {
        if (strcasecmp(e->countries[i].code, country) == 0) {
            cdn_strbuf_append_str(why, "; country agrees");
            return 1.02;
        }
    }
    cdn_strbuf_append_str(why, "; country differs");
    return 0.9;
}

/* ---- the search ---------------------------------------------------------------------------- */

typedef struct searcher {
    cdn_accum *acc;           /* borrowed from the index's pool for the whole search */
    cdn_sim_memo memo;        /* token similarities, shared by all names scored */
    const cordon_index *idx;
    const cordon_search_options *opts;
    const cordon_date_range *dob;
    cdn_analyzed *q;          /* the query's tokens (in the accumulator's scratch) */
    cordon_results *res;
    size_t cap;
    size_t at_min;            /* how many of res's entities score the minimum score or more */
} searcher;

/* The score of a name's tokens against the query's; why (may be NULL) gets the explanation.
 * Without one, a name whose twin was scored in this search takes the twin's score. */
static double token_score(searcher *s, const cdn_iname *e, cdn_strbuf *why)
{
    cdn_accum *acc = s->acc;
    bool twin_known = !why && e->twin < acc->n_twins;
    if (twin_known && acc->twin_stamp[e->twin] == acc->generation)
        return acc->twin_score[e->twin];
    cdn_token tokens[CDN_MAX_NAME_TOKENS];
    uint32_t n = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
    cdn_index_name_tokens(s->idx, e, tokens);
    double score = cdn_score_tokens_memo(s->q->tokens.items, s->q->tokens.len, tokens, n, why, &s->memo);
    if (twin_known) {
        acc->twin_stamp[e->twin] = acc->generation;
        acc->twin_score[e->twin] = score;
    }
    return score;
}

/* ---- weak evidence: a person's alias of one word -------------------------------------------- */

/* The most a person's alias of one word scores when no word of the query meets it by its
 * spelling: CDN_NICKNAME_HELD (score.h), where the explanation's tests read it too. */
#define NICKNAME_HELD CDN_NICKNAME_HELD

/* A pair this similar met by spelling: exact 1.0, the same romanisation 0.97, a
 * cross-orthography key or another romanisation 0.95, an inflection or a given name's form
 * 0.92. Sounds (0.80-0.85), consonants (0.85), vowels (0.88), a Ukrainian or Belarusian cognate
 * (0.90) are below it; the edit distance (fuzzy) is told by its how. */
#define SPELLED_SIM 0.92

/* Names of more tokens are no alias of one word, whatever their honorifics. */
enum { NICKNAME_MAX_TOKENS = 3 };

/* Whether t is a word of a name's own, not an honorific, a legal form, nor the article that
 * Arabic and Spanish write before a nickname (AL-ZAWL, EL HUEVO, El Chapo). */
static bool own_word(const cdn_token *t)
{
    const char *l = t->latin;
    return !(t->flags & (CDN_TOK_HONORIFIC | CDN_TOK_LEGAL_FORM)) && !((l[0] == 'a' || l[0] == 'e') && l[1] == 'l' && !l[2]);
}

/* The one token of name e that is its own word (own_word: Haji Maluk, maluk) into
 * *word; false when e has none or more than one, or more than NICKNAME_MAX_TOKENS tokens. */
static bool lone_word_of(const searcher *s, const cdn_iname *e, cdn_token *word)
{
    if (e->n_tokens > NICKNAME_MAX_TOKENS)
        return false;
    cdn_token tokens[NICKNAME_MAX_TOKENS];
    cdn_index_name_tokens(s->idx, e, tokens);
    size_t words = 0;
    for (uint32_t i = 0; i < e->n_tokens; i++)
        if (own_word(&tokens[i]) && words++ == 0)
            *word = tokens[i];
    return words == 1;
}

/* Whether name e is a nickname: an alias (a.k.a., weak a.k.a. or f.k.a.) of one word of a party
 * its list calls a person, or of a party of no type when the query is searched as a person (were
 * it a person, the alias would be a nickname; a company is no candidate then). OFAC calls its weak a.k.a.s "relatively broad" and "less reliable",
 * the UN marks them "Low quality", and FollowTheMoney does not match weakAlias at all; the US
 * CSL copies OFAC's aliases without the mark. On Wikidata rows 3,000-3,500 (not the benchmark's),
 * 129 of the 258 Japanese one-word names screened as persons that alerted where their English
 * label did not alerted only on such names, by sound (0.80-0.85). An organisation's one word
 * (HAMAS, an acronym), a vessel's name and a person's primary name are left alone. */
static bool nickname(const searcher *s, const cdn_iname *e, cdn_token *word)
{
    const cordon_entity *entity = cdn_index_entity_at(s->idx, e->entity);
    cordon_name_kind kind = entity->names[e->name].kind;
    bool person = entity->schema == CORDON_SCHEMA_PERSON ||
                  (entity->schema == CORDON_SCHEMA_LEGAL_ENTITY && s->opts->schema == CORDON_SCHEMA_PERSON);
    return person &&
           (kind == CORDON_NAME_ALIAS || kind == CORDON_NAME_WEAK_ALIAS || kind == CORDON_NAME_FORMER) &&
           lone_word_of(s, e, word);
}

/* The best similarity of a word of the query with word, and how they met (*how). */
static double best_query_pair(searcher *s, const cdn_token *word, const char **how)
{
    const cdn_token *q = s->q->tokens.items;
    double best = 0.0;
    *how = NULL;
    for (size_t i = 0; i < s->q->tokens.len; i++) {
        const char *h = NULL;
        double sim = cdn_token_similarity_cached(&q[i], word, &h, cdn_sim_memo_sounds(&s->memo));
        if (sim > best) {
            best = sim;
            *how = h;
        }
    }
    return best;
}

/* The query's own words (own_word). */
static size_t query_words(const searcher *s)
{
    const cdn_token *q = s->q->tokens.items;
    size_t words = 0;
    for (size_t i = 0; i < s->q->tokens.len; i++)
        words += own_word(&q[i]);
    return words;
}

/* Why a nickname's score is held, if it is. */
typedef enum nickname_hold {
    NOT_HELD = 0,
    HELD_UNSPELLED,    /* no word of the query meets it by its spelling */
    HELD_BESIDE_WORDS  /* one does, beside other words the nickname lacks: Jonas Ahmed is not
                          the JONAS of Jorge Oswaldo ZAPATA BERRIO, but a man named Jonas */
} nickname_hold;

/* Whether name e, scoring score by its tokens (below SPELLED_SIM: the query is not that word
 * spelled so, nor written so in parts), is a nickname (above) held at NICKNAME_HELD as weak
 * evidence, and why; *how gets how the query's best word met it. Asked only of a name above
 * NICKNAME_HELD (few are): the entity's record is read. */
static nickname_hold nickname_held(searcher *s, const cdn_iname *e, double score, const char **how)
{
    cdn_token word;
    if (score <= NICKNAME_HELD || score >= SPELLED_SIM || e->n_tokens > NICKNAME_MAX_TOKENS || !nickname(s, e, &word))
        return NOT_HELD;
    double best = best_query_pair(s, &word, how);
    if (best < SPELLED_SIM || *how == CDN_FUZZY || *how == CDN_FUZZY_FLOOR)
        return HELD_UNSPELLED;
    return query_words(s) > 1 ? HELD_BESIDE_WORDS : NOT_HELD;
}

/* The score of a name with the qualifiers applied (explain_results writes what they did). */
static double qualified_score(searcher *s, const cdn_iname *e)
{
    double score = token_score(s, e, NULL);
    const char *how;
    bool held = nickname_held(s, e, score, &how) != NOT_HELD;
    if (held)
        score = NICKNAME_HELD;
    if (s->dob || s->opts->country) { /* otherwise the entity's record is not read */
        const cordon_entity *entity = cdn_index_entity_at(s->idx, e->entity);
        cdn_strbuf scratch;
        cdn_strbuf_init(&scratch);
        score *= dob_factor(entity, s->dob, &scratch);
        score *= country_factor(entity, s->opts->country, &scratch);
        cdn_strbuf_free(&scratch);
    }
    /* A year of birth or a country that agrees says nothing of whether a nickname met by sound
     * is the person's (Malek ~ Maluk of MALIK NOORZAI, AF, 1970: 0.79 × 1.03 alerted at 0.814) */
    if (held && score > NICKNAME_HELD)
        score = NICKNAME_HELD;
    return score > 1.0 ? 1.0 : score;
}

/* The result kept so far for entity number e, or NULL. */
static cordon_result *result_of(const searcher *s, uint32_t e)
{
    const cdn_accum *acc = s->acc;
    return acc->entity_stamp[e] == acc->generation ? &s->res->items[acc->entity_result[e]] : NULL;
}

/* Scores one name exactly and keeps it if it is its entity's best so far (the matched name and
 * the explanation are filled in later, for the results that are kept: the entity's record is
 * mostly not in the cache, and most results are cut). A name whose bound cannot beat the score
 * its entity already has is not scored at all: an entity's aliases often share the token that
 * led to them, and only the best of them counts. */
static int score_name(searcher *s, const cdn_iname *e, double bound)
{
    cordon_result *kept = result_of(s, e->entity);
    if (kept && kept->score >= bound)
        return CORDON_OK;
    double score = qualified_score(s, e);
    cordon_results *res = s->res;
    double min_score = s->opts->min_score;
    if (kept) {
        if (score > kept->score) {
            s->at_min += kept->score < min_score && score >= min_score;
            kept->score = score;
            kept->explanation = (const char *)e; /* the name entry, until explained */
        }
        return CORDON_OK;
    }
    if (res->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        cordon_result *grown = cdn_realloc(res->items, cap * sizeof *grown);
        if (!grown)
            return CORDON_ENOMEM;
        res->items = grown;
        s->cap = cap;
    }
    s->at_min += score >= min_score;
    s->acc->entity_stamp[e->entity] = s->acc->generation;
    s->acc->entity_result[e->entity] = (uint32_t)res->count;
    res->items[res->count++] = (cordon_result){cdn_index_entity_at(s->idx, e->entity), NULL, score, 0, (const char *)e};
    return CORDON_OK;
}

/* Results explained before whose token explanation a twin may copy: twins (index_int.h) meet
 * the query token by token alike, so the same names on several lists are aligned once. */
enum { TWINS_RECALLED = 16 };

typedef struct explained_twin {
    uint32_t twin;
    uint32_t result;
    size_t len; /* the length of the token part of its explanation */
} explained_twin;

/* The token part of the explanation of name e (token_score's): copied from a twin's result
 * among the last explained, or worked out and remembered in recent. */
static void explain_tokens_of(searcher *s, const cdn_iname *e, uint32_t result, explained_twin *recent,
                              size_t *n_recent, cdn_strbuf *why)
{
    bool has_twin = e->twin < s->acc->n_twins;
    for (size_t j = 0; has_twin && j < *n_recent && j < TWINS_RECALLED; j++)
        if (recent[j].twin == e->twin) {
            cdn_strbuf_append(why, s->res->items[recent[j].result].explanation, recent[j].len);
            return;
        }
    token_score(s, e, why);
    if (has_twin)
        recent[(*n_recent)++ % TWINS_RECALLED] = (explained_twin){e->twin, result, why->len};
}

/* Says why name e's score was held (nickname_held), when it was. */
static void explain_nickname(searcher *s, const cdn_iname *e, cdn_strbuf *why)
{
    const char *how;
    nickname_hold held = nickname_held(s, e, token_score(s, e, NULL), &how);
    if (held == NOT_HELD)
        return;
    bool person = cdn_index_entity_at(s->idx, e->entity)->schema == CORDON_SCHEMA_PERSON;
    cdn_strbuf_append_str(why, person ? "; weak alias: a person's alias of one word"
                                      : "; weak alias: an alias of one word of a party of no type searched as a person");
    if (held == HELD_UNSPELLED) {
        cdn_strbuf_append_str(why, ", met by ");
        cdn_strbuf_append_str(why, how ? how : "no word");
        cdn_strbuf_append_str(why, " and not by its spelling");
    } else {
        cdn_strbuf_append_str(why, ", met beside other words of the query it lacks");
    }
    cdn_strbuf_append_str(why, ", is weak evidence (held at ");
    cdn_strbuf_append_fixed(why, NICKNAME_HELD, 2);
    cdn_strbuf_append_char(why, ')');
}

/* Replaces the name entry parked in each kept result's explanation with the explanation, and
 * sets its matched name. */
static int explain_results(searcher *s, size_t keep)
{
    cordon_results *res = s->res;
    explained_twin recent[TWINS_RECALLED];
    size_t n_recent = 0;
    for (size_t i = 0; i < res->count; i++) {
        const cdn_iname *e = (const cdn_iname *)res->items[i].explanation;
        res->items[i].explanation = NULL;
        if (i >= keep)
            continue;
        const cordon_entity *entity = res->items[i].entity;
        res->items[i].matched_name = &entity->names[e->name];
        cdn_strbuf why;
        cdn_strbuf_init(&why);
        cdn_strbuf_reserve(&why, 255); /* most explanations fit: one allocation */
        explain_tokens_of(s, e, (uint32_t)i, recent, &n_recent, &why);
        dob_factor(entity, s->dob, &why);
        country_factor(entity, s->opts->country, &why);
        cdn_strbuf_append_str(&why, "; matched ");
        cdn_strbuf_append_str(&why, cordon_name_kind_name(res->items[i].matched_name->kind));
        cdn_strbuf_append_str(&why, " name");
        explain_nickname(s, e, &why);
        if (!why.data) {
            /* the later results still hold their names, which are no explanation to free */
            for (size_t j = i + 1; j < res->count; j++)
                res->items[j].explanation = NULL;
            return CORDON_ENOMEM;
        }
        res->items[i].explanation = why.data;
        res->items[i].match = res->items[i].score >= s->opts->threshold;
    }
    return CORDON_OK;
}

/* Results best first; of one score, the higher tie rank first (rank_ties: kept in match until
 * the results are explained, 0 for all but the results it ranks), then by entity id. */
static int result_order(const void *a, const void *b)
{
    const cordon_result *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    if (x->match != y->match)
        return x->match < y->match ? 1 : -1;
    return strcmp(x->entity->id, y->entity->id);
}

/* How well the query's words in Arabic or Hebrew script fit the name e by their consonants
 * (cdn_abjad_fit): for each such word, the name's token it fits best, the classes met counted
 * before the classes of that token left unmatched; summed over the words, higher is better. */
static int abjad_fit_rank(const searcher *s, const cdn_iname *e)
{
    cdn_token tokens[CDN_MAX_NAME_TOKENS];
    uint32_t n = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
    cdn_index_name_tokens(s->idx, e, tokens);
    const cdn_token *q = s->q->tokens.items;
    int rank = 0;
    for (size_t i = 0; i < s->q->tokens.len; i++) {
        if (!(q[i].flags & CDN_TOK_ABJAD) || !q[i].latin[0])
            continue;
        unsigned flags = cdn_abjad_flags_of(q[i].text);
        int best = 0;
        for (uint32_t j = 0; j < n; j++) {
            if ((tokens[j].flags & CDN_TOK_ABJAD) || !tokens[j].latin[0])
                continue;
            size_t left, met = cdn_abjad_fit(q[i].latin, flags, tokens[j].latin, &left);
            int fit = met ? (int)(met * CDN_CLASSES_MAX + CDN_CLASSES_MAX - left) : 0;
            if (fit > best)
                best = fit;
        }
        rank += best;
    }
    return rank;
}

/* The score of the k-th best of the count results (k >= 1; 0 when there are fewer), kept in
 * a small sorted array. */
static double kth_score(const cordon_result *items, size_t count, size_t k)
{
    if (count < k || k > 64)
        return 0.0;
    double top[64];
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        double score = items[i].score;
        if (n == k && score <= top[n - 1])
            continue;
        size_t j = n < k ? n++ : n - 1;
        while (j > 0 && top[j - 1] < score) {
            top[j] = top[j - 1];
            j--;
        }
        top[j] = score;
    }
    return top[k - 1];
}

/* Among results of one score, a query in Arabic or Hebrew script puts those that its words fit
 * better by their consonants first (abjad_fit_rank, in each result's match): the scorer caps a
 * consonant match at 0.85, so a one-word query meets dozens of names at that score, and entity
 * ids alone cut the name that fits (فرحات / Ferhat, four classes met, after Pierrette, three).
 * The order is the same at any limit, so that a smaller limit gives the first results of a
 * larger one: every result the limit may keep is ranked, those at or above the limit-th best
 * score (all of them without a limit, or with one above 64). Other queries' results keep 0. */
static void rank_ties(const searcher *s, cordon_result *items, size_t count, size_t limit)
{
    bool abjad = false;
    for (size_t i = 0; i < s->q->tokens.len && !abjad; i++)
        abjad = (((const cdn_token *)s->q->tokens.items)[i].flags & CDN_TOK_ABJAD) != 0;
    if (!abjad || count < 2)
        return;
    double cut = limit && limit <= 64 ? kth_score(items, count, limit) : 0.0;
    for (size_t i = 0; i < count; i++)
        if (items[i].score >= cut)
            items[i].match = abjad_fit_rank(s, (const cdn_iname *)items[i].explanation);
}

/* Above this many, the results kept are put in order by qsort, not by insertion. */
enum { INSERTION_MAX = 32 };

/* Cuts the count results at min_score and at limit (0: none), best first (result_order, ties
 * ranked by rank_ties for s's query), and returns how many are kept: the first ones. The
 * entities scored are mostly below min_score and past the limit, so those are dropped before
 * anything is put in order (sorting every entity scored cost a search 2 % of its
 * instructions); what is kept, and its order, are those of a stable sort of them all. */
static size_t cut_results(const searcher *s, cordon_result *items, size_t count, double min_score, size_t limit)
{
    size_t kept = 0;
    for (size_t i = 0; i < count; i++)
        if (items[i].score >= min_score)
            items[kept++] = items[i];
    rank_ties(s, items, kept, limit);
    if ((!limit || limit > INSERTION_MAX) && kept > INSERTION_MAX) {
        qsort(items, kept, sizeof *items, result_order);
        return limit && kept > limit ? limit : kept;
    }
    /* The best `limit` by insertion: an item joins them only when it is strictly better than
     * the last of them, so ties keep their order, as in a stable sort. */
    size_t n = 0;
    for (size_t i = 0; i < kept; i++) {
        if (limit && n == limit && result_order(&items[i], &items[n - 1]) >= 0)
            continue;
        cordon_result r = items[i];
        size_t j = limit && n == limit ? n - 1 : n++;
        while (j > 0 && result_order(&r, &items[j - 1]) < 0) {
            items[j] = items[j - 1];
            j--;
        }
        items[j] = r;
    }
    return n;
}

/* The search ranks at least this many entities before it cuts at the limit, so that a smaller
 * limit gives the first results of a larger one: a candidate whose bound (gathered by key,
 * spelling and romanisation) falls short of its score is then not pruned by a cut-off that
 * depends on the limit. */
enum { RANK_AT_LEAST = 10 };

/* The k of kth_best: the limit, but at least RANK_AT_LEAST (SIZE_MAX without a limit). */
static size_t ranked(const searcher *s)
{
    size_t limit = s->opts->limit ? s->opts->limit : SIZE_MAX;
    return limit < RANK_AT_LEAST ? RANK_AT_LEAST : limit;
}

/* The score the k-th best entity has so far (0 while there are fewer), k = ranked(s) (kth_score:
 * k is small; the results are not reordered). */
static double kth_best(const searcher *s)
{
    return kth_score(s->res->items, s->res->count, ranked(s));
}

/* Past the prefix-filtering point, tokens are still gathered while they lead to at most this
 * many names: crediting a few hundred names costs less than scoring the names that an untaken
 * token, assumed to meet every candidate, would let through. */
enum { CHEAP_POSTINGS = 1000 };

/* How many names the token's key leads to. */
static uint32_t postings_of(const cordon_index *idx, const cdn_token *t)
{
    const cdn_ikey *k = cdn_index_key(idx, t->key, strlen(t->key));
    return k ? k->n_postings : 0;
}

/* The upper bound of a name's score when the query tokens give got_q of the query's weight wq
 * and got_n of the name's wn (the score's two shares, score.h), times the qualifiers' boost. */
static double bound_of(double got_q, double got_n, double wq, double wn, double boost)
{
    double share_n = wn > 0.0 ? got_n / wn : 1.0;
    return (CDN_QUERY_SHARE * (got_q / wq) + (1.0 - CDN_QUERY_SHARE) * (share_n < 1.0 ? share_n : 1.0)) * boost;
}

/* A name that falls short of the minimum score on what the query's words led to it with (by
 * need on the query's side): adds it to cands if what the short words add to its bound
 * (cdn_short_words_credit) lifts it there, and could lift it to the alert threshold;
 * untaken, wq and boost as run has them. Returns CORDON_OK or CORDON_ENOMEM. */
static __attribute__((noinline)) int lifted_by_short_words(searcher *s, cdn_short_words *sw, uint32_t name, double need,
                                                           double untaken, double wq, double boost, cdn_vec *cands)
{
    const cdn_iname *e = &s->idx->names.items[name];
    if (e->n_tokens == 0 || (s->idx->tokens.items[e->tokens].flags & CDN_TOK_ABJAD))
        return CORDON_OK; /* a name in the script itself: its words met the query's by key */
    const cdn_accum_entry *a = &s->acc->entries[name];
    /* Short words lift a name for an alert, not for a place below the threshold: first
     * whether they could at most (each met at 1.0, by a token of the most a token weighs). */
    double most = bound_of(untaken + a->got_q + a->cur_q + sw->total,
                           untaken + a->got_n + a->cur_n + (double)sw->n * s->idx->unknown_weight, wq, e->name_weight,
                           boost);
    if (most < s->opts->threshold || most < s->opts->min_score)
        return CORDON_OK;
    double short_q = 0.0, short_n = 0.0;
    int known = cdn_short_words_recall(sw, e->twin, need, &short_q, &short_n);
    if (known < 0) {
        cdn_token tokens[CDN_MAX_NAME_TOKENS];
        uint32_t k = e->n_tokens < CDN_MAX_NAME_TOKENS ? e->n_tokens : CDN_MAX_NAME_TOKENS;
        cdn_index_name_tokens(s->idx, e, tokens);
        known = cdn_short_words_credit(sw, e->twin, tokens, k, need, &short_q, &short_n);
    }
    if (!known)
        return CORDON_OK;
    double bound = bound_of(untaken + a->got_q + a->cur_q + short_q, untaken + a->got_n + a->cur_n + short_n, wq,
                            e->name_weight, boost);
    candidate cand = {name, (float)(bound + 1e-6)};
    if (bound >= s->opts->min_score && !push_candidate(cands, cand))
        return CORDON_ENOMEM;
    return CORDON_OK;
}

/* The words of name e that say who it is: not its honorifics and legal forms (Dr. Dan Cohen has
 * two, as דן כהן has). */
static size_t content_words(const cordon_index *idx, const cdn_iname *e)
{
    size_t n = 0;
    for (uint32_t j = 0; j < e->n_tokens; j++)
        n += !(idx->tokens.items[e->tokens + j].flags & (CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC));
    return n;
}

/* A rare word's key: one that leads to this many names or fewer. */
enum { FEW_NAMES = 8 };

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Whether a result reached the alert threshold. */
static bool alerted(const searcher *s)
{
    for (size_t i = 0; i < s->res->count; i++)
        if (s->res->items[i].score >= s->opts->threshold)
            return true;
    return false;
}

/* The bound of a name from what the query tokens gathered for it (run's bound). */
static double gathered_bound(const searcher *s, uint32_t name, double wq, double untaken, double boost,
                             double extra)
{
    const cdn_accum_entry *a = &s->acc->entries[name];
    double got_q = untaken + a->got_q + a->cur_q + extra, got_n = untaken + a->got_n + a->cur_n + extra;
    return bound_of(got_q, got_n, wq, a->name_weight, boost);
}

/* The weight of the query words taken that credited the name nothing, about: the taken
 * weight (wq less untaken) less what the name was credited. */
static double unreached_weight(const searcher *s, uint32_t name, double wq, double untaken)
{
    const cdn_accum_entry *a = &s->acc->entries[name];
    double left = wq - untaken - (a->got_q + a->cur_q);
    return left > 0.0 ? left : 0.0;
}

/* When a query has a word the index does not know, the names that its rare words lead to by
 * their own keys are scored too, where the bound had left them out: the unknown word may be a
 * spelling of one of the name's words that no key leads to (Vachelav / Vyacheslav, Mobruk /
 * Elmabruk, Mirahman / Mir Rahman), which the scorer meets by its edit distance. A name is
 * scored when it could alert with every unknown word met at 0.84 (about the most such a
 * spelling is worth, score.c's fuzzy) and could enter the results. When the index knows every
 * word, a word may still be a spelling of the name's that no key leads to, as its key is
 * common or a rule's letters are not the key's (Gaddafi / Qadhafi, Iyad / Eyad, Salih / Salah:
 * the scorer's "Arabic letters", "vowels" and fuzzy): the names its rare words lead to are
 * scored when they could alert with the words taken that did not reach them met at 0.88 (the
 * scorer's "vowels" and "Arabic letters"): Khamis al-Gaddafi / QADHAFI, Khamis 0.89, on a list
 * without the AL-GADDAFI alias the official lists give, was never scored (test_search).
 * order[0, taken) are the query tokens taken; wq, untaken and boost as run has them. Returns
 * CORDON_OK or CORDON_ENOMEM. */
static int score_few_names(searcher *s, const uint16_t *order, size_t taken, double wq, double untaken, double boost,
                           bool by_schema)
{
    const cdn_token *q = s->q->tokens.items;
    const cordon_index *idx = s->idx;
    double unknown = 0.0; /* the unknown words' weight */
    for (size_t i = 0; i < s->q->tokens.len; i++)
        if (!cdn_index_key(idx, q[i].key, strlen(q[i].key)))
            unknown += cdn_query_token_weight(&q[i]);
    uint32_t few[CDN_MAX_NAME_TOKENS * FEW_NAMES];
    size_t n = 0;
    for (size_t r = 0; r < taken && r < CDN_MAX_NAME_TOKENS; r++) {
        const cdn_token *t = &q[order[r]];
        const cdn_ikey *k = (t->flags & CDN_TOK_LEGAL_FORM) ? NULL : cdn_index_key(idx, t->key, strlen(t->key));
        if (!k || k->n_postings > FEW_NAMES)
            continue;
        memcpy(few + n, idx->u32.items + k->postings, k->n_postings * sizeof few[0]);
        n += k->n_postings;
    }
    qsort(few, n, sizeof few[0], cmp_u32);
    const cdn_iname *entries = idx->names.items;
    double kth = kth_best(s), at_least = kth > s->opts->threshold ? kth : s->opts->threshold;
    int status = CORDON_OK;
    for (size_t i = 0; i < n && status == CORDON_OK; i++) {
        uint32_t name = few[i];
        if ((i > 0 && few[i - 1] == name) ||
            (by_schema && !cdn_schema_admits(s->opts->schema, cdn_index_entity_at(idx, entries[name].entity)->schema)))
            continue;
        if (gathered_bound(s, name, wq, untaken, boost, 0.0) >= s->opts->min_score)
            continue; /* a candidate already, scored or cut */
        double extra = unknown > 0.0 ? 0.84 * unknown : 0.88 * unreached_weight(s, name, wq, untaken);
        double loose = gathered_bound(s, name, wq, untaken, boost, extra);
        if (loose >= at_least)
            status = score_name(s, &entries[name], loose);
    }
    return status;
}

/* A given name's form on more names than this is not walked: the Russian forms are on hundreds
 * (Aleksandr, Sergey), and a name that has one is mostly reached by its other words. */
enum { NAME_FORM_POSTINGS_MAX = 50 };

/* The names reached that have another form of one of the query's East Slavic given names
 * (Katsyaryna for Yekaterina, Viachaslau for Vyacheslav: name_forms.h), which no key finds, are
 * scored where that form, met at 0.92 (the scorer's "name form"), lifts their bound to the
 * minimum score, as it would have made them candidates: FEDOSENKO, Yekaterina had reached
 * FEDASENKA, Katsyaryna by the family name alone, short of the minimum score. Only in the
 * second look: while gathering, for every search, it cost 0.5 % more instructions a search.
 * wq, untaken and boost as run has them. Returns CORDON_OK or CORDON_ENOMEM. */
static int score_name_form_names(searcher *s, double wq, double untaken, double boost, bool by_schema)
{
    const cdn_token *q = s->q->tokens.items;
    const cordon_index *idx = s->idx;
    const cdn_accum *acc = s->acc;
    double kth = kth_best(s), at_least = kth > s->opts->min_score ? kth : s->opts->min_score;
    int status = CORDON_OK;
    for (size_t i = 0; i < s->q->tokens.len && status == CORDON_OK; i++) {
        if (!cdn_may_be_name_form(q[i].latin, q[i].latin_shape.len))
            continue;
        const char *forms[CDN_NAME_FORMS_MAX];
        size_t n = cdn_name_forms_of(q[i].latin, forms);
        const cdn_ikey *own = cdn_index_key(idx, q[i].key, strlen(q[i].key));
        double w = 0.92 * cdn_query_token_weight(&q[i]);
        for (size_t f = 0; f < n && status == CORDON_OK; f++) {
            const cdn_ikey *k = indexed_key_of(idx, forms[f], strlen(forms[f]));
            if (!k || k == own || k->n_postings > NAME_FORM_POSTINGS_MAX)
                continue;
            const uint32_t *postings = idx->u32.items + k->postings;
            for (uint32_t p = 0; p < k->n_postings && status == CORDON_OK; p++) {
                uint32_t name = postings[p];
                const cdn_iname *e = &idx->names.items[name];
                if (acc->entries[name].generation != acc->generation ||
                    (by_schema && !cdn_schema_admits(s->opts->schema, cdn_index_entity_at(idx, e->entity)->schema)) ||
                    gathered_bound(s, name, wq, untaken, boost, 0.0) >= s->opts->min_score)
                    continue; /* not reached, or a candidate already */
                double bound = gathered_bound(s, name, wq, untaken, boost, w);
                if (bound >= at_least)
                    status = score_name(s, e, bound);
            }
        }
    }
    return status;
}

/* The vowel keys of a query's first words (score_vowel_spellings), "" for none. */
enum { VOWEL_SPELLED_WORDS = 8 };
typedef char vowel_keys[VOWEL_SPELLED_WORDS][CDN_VOWEL_KEY_MAX + 1];

/* Whether a word of name e other than one of legal form has the vowel key of a query word other
 * than word i (keys: the query's, m of them). */
static bool other_word_spelled(const cordon_index *idx, const cdn_iname *e, size_t i, const vowel_keys keys, size_t m)
{
    for (uint32_t t = 0; t < e->n_tokens; t++) {
        const cdn_itoken *nt = &idx->tokens.items[e->tokens + t];
        char key[CDN_VOWEL_KEY_MAX + 1];
        if ((nt->flags & CDN_TOK_LEGAL_FORM) || !cdn_vowel_key(idx->pool + nt->latin, nt->latin_shape.len, key))
            continue;
        for (size_t j = 0; j < m; j++)
            if (j != i && keys[j][0] && strcmp(keys[j], key) == 0)
                return true;
    }
    return false;
}

/* The names not reached that have another vowel spelling (vowel_key.h) of one query word, on
 * few names (FEW_NAMES), and of another in any of their words, are scored too: a name every
 * word of which is such a spelling is reached by no key of the query (gather_vowels credits
 * only the names reached), though the scorer meets each word as "vowels", 0.88 (OFAC's JAVED,
 * Naser for JAVAID, Nasir). Not for one word of the query alone: its vowels were all a name had
 * in common with it (Moran / MIRAN LLC, Trevor / TROBER, S.A., Adina Major / the weak alias
 * ADONIA: England's and Ireland's surnames screened, session 17), and scoring every such name
 * cost a search 4.6 % more instructions. Returns CORDON_OK or CORDON_ENOMEM. */
static int score_vowel_spellings(searcher *s, double boost, bool by_schema)
{
    const cdn_token *q = s->q->tokens.items;
    const cordon_index *idx = s->idx;
    const cdn_accum *acc = s->acc;
    size_t m = s->q->tokens.len < VOWEL_SPELLED_WORDS ? s->q->tokens.len : VOWEL_SPELLED_WORDS;
    vowel_keys keys;
    for (size_t i = 0; i < m; i++)
        if (!cdn_vowel_key(q[i].latin, q[i].latin_shape.len, keys[i]))
            keys[i][0] = '\0';
    int status = CORDON_OK;
    for (size_t i = 0; i < m && m > 1 && status == CORDON_OK; i++) {
        const cdn_ilist *same =
            keys[i][0] ? cdn_index_list_of(idx, &idx->maps[CDN_MAP_VOWELS], keys[i], strlen(keys[i])) : NULL;
        if (!same)
            continue;
        const uint32_t *ids = cdn_index_ids(idx, same);
        size_t key_len = q[i].key_shape.len;
        for (uint32_t v = 0; v < same->n && status == CORDON_OK; v++) {
            const cdn_ikey *k = &idx->vocab.items[ids[v]];
            if (k->n_postings > FEW_NAMES || (k->len == key_len && memcmp(idx->pool + k->key, q[i].key, key_len) == 0))
                continue;
            const uint32_t *postings = idx->u32.items + k->postings;
            for (uint32_t p = 0; p < k->n_postings && status == CORDON_OK; p++) {
                const cdn_iname *e = &idx->names.items[postings[p]];
                if (acc->entries[postings[p]].generation == acc->generation || !other_word_spelled(idx, e, i, keys, m) ||
                    (by_schema && !cdn_schema_admits(s->opts->schema, cdn_index_entity_at(idx, e->entity)->schema)))
                    continue;
                status = score_name(s, e, boost);
            }
        }
    }
    return status;
}

/* The second look of a search in Latin letters that gave no alert: names the bound left out
 * that the scorer may meet by a spelling or a given name's form no key finds (above). Not for
 * a query in another script: its words are gathered by their sounds and consonants already,
 * and the scorer's looser sounds met unrelated names (雪松 帅 / Jason Shuai, 0.89; Євген Саєнко
 * / SAVCHENKO, Yevgeny). */
static int second_look(searcher *s, const uint16_t *order, size_t taken, double wq, double untaken, double boost,
                       bool by_schema)
{
    if (alerted(s))
        return CORDON_OK;
    const cdn_token *q = s->q->tokens.items;
    for (size_t i = 0; i < s->q->tokens.len; i++)
        if (q[i].flags & CDN_TOK_ROMANISED)
            return CORDON_OK;
    int status = score_few_names(s, order, taken, wq, untaken, boost, by_schema);
    if (status == CORDON_OK && !alerted(s))
        status = score_name_form_names(s, wq, untaken, boost, by_schema);
    if (status == CORDON_OK && !alerted(s))
        status = score_vowel_spellings(s, boost, by_schema);
    return status;
}

/* Whether query token t, of a query of m words, is one that gather_short_classes looks up: a
 * short word (cdn_short_word) of two classes (one has no short key), and in Hebrew script if
 * the query has other words, where a word of one class counts too: gather_loose_classes looks
 * it up (טד נאש / Ted Nash, אבי רן / Avi Ran: Wikidata Hebrew by search 1812 -> 1832, one
 * false alarm more among the faker names and one other among the US ones for one fewer,
 * session 13). Arabic and Persian names of two short words are the lists' own
 * (محمد علي): offered by their short keys, they met ten names more that the scorer alerts on in
 * the faker and synthetic-US sets (سیف حسین / Hossein ZEBHI), for no Wikidata pair. */
static bool short_keyed(const cdn_token *t, size_t m)
{
    if (!cdn_short_word(t) || (m > 1 && !(cdn_abjad_flags_of(t->text) & CDN_ABJAD_HEBREW)))
        return false;
    char keys[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    /* a Hebrew word of one class beside others is looked up by its loose keys
     * (gather_loose_classes) */
    return cdn_abjad_short_keys(t->latin, cdn_abjad_flags_of(t->text), keys) > 0 ||
           (m > 1 && cdn_abjad_loose_keys(t->latin, cdn_abjad_flags_of(t->text), keys) > 0);
}

/* Whether every token of the query q[0, m) is short_keyed: a query that gather_short_classes
 * looks up by its short keys, and whose names the bound holds to short_gates' words_only. */
static bool short_keyed_query(const cdn_token *q, size_t m)
{
    for (size_t i = 0; i < m; i++)
        if (!short_keyed(&q[i], m))
            return false;
    return true;
}

/* Where the bound passes a name over for a query's short words in Arabic or Hebrew script,
 * which no key leads from (short_words.h), on the query side's float estimate q_got. */
typedef struct short_gates {
    float floor;     /* a name short of the minimum with q_got below this is not offered to
                        lifted_by_short_words (FLT_MAX: the query has no short words to lift it) */
    float lowest;    /* below this q_got nothing lifts a name: passed over at once */
    bool words_only; /* the query is of short words only (short_keyed_query, two or more): a
                        name is a candidate only if its bound reaches the alert threshold and it
                        has no more words than the query, honorifics and legal forms aside */
} short_gates;

/* The gates of short_gates for a query of m tokens (short_query: short_keyed_query) with the
 * short words sw, the other words gathered weighing keyed and all of them wq, of which a name
 * needs q_needed (run's float estimate) on the query side to reach the minimum score. */
static short_gates short_word_gates(const cdn_short_words *sw, bool short_query, size_t m, double keyed, double wq,
                                    float q_needed)
{
    short_gates gates = {FLT_MAX, q_needed, short_query && m > 1};
    /* Short words count for a name only where the other words all met it, and where they
     * could lift it to the minimum (short_words.h). */
    if (sw->n && keyed > 0.0) {
        gates.floor = (float)(0.84 * keyed);
        if (gates.floor < q_needed - (float)sw->total)
            gates.floor = q_needed - (float)sw->total;
    }
    if (gates.floor < q_needed)
        gates.lowest = gates.floor; /* below it, nothing lifts a name */
    /* A query of short words only reaches a name when each of its words met one of the name's
     * words (gather_short_classes: two classes each meet hundreds; each word met at
     * CDN_FEW_CONSONANTS_SIM at least, the least that credits a short word), when that could
     * alert, and when the name has no more words than the query, honorifics and legal forms
     * aside (content_words: FERRARI, Sergio David met by
     * ברי זעירא, Huawei Chile S.A. by כליל הייב: 2 false alarms fewer on the faker and
     * synthetic-US sets, no Wikidata pair fewer). */
    if (gates.words_only && gates.lowest < (float)(CDN_FEW_CONSONANTS_SIM * wq) - 1e-4f)
        gates.lowest = (float)(CDN_FEW_CONSONANTS_SIM * wq) - 1e-4f;
    return gates;
}

/* Puts the numbers of the query's m tokens q[0, m) in order[0, m), the heaviest (rarest)
 * first, those of equal weight in the query's order. Returns the sum of their query-side
 * weights (run's wq). */
static double order_by_weight(const cdn_token *q, size_t m, uint16_t *order)
{
    double wq = 0.0;
    for (size_t i = 0; i < m; i++) {
        order[i] = (uint16_t)i;
        wq += cdn_query_token_weight(&q[i]);
    }
    for (size_t i = 1; i < m; i++) {
        uint16_t t = order[i];
        size_t j = i;
        while (j > 0 && cdn_query_token_weight(&q[order[j - 1]]) < cdn_query_token_weight(&q[t])) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = t;
    }
    return wq;
}

/* The query's weight wq, m tokens q[0, m), less what the scorer may take off it for the query's
 * words it weighs half (score.c: CDN_ADDED_PART of a word of the query more beside a listed name
 * met, one_part_added; of the middle names of "FAMILY, Given Middle...", middle_names_by_comma),
 * for the bounds of an alert (lifted_by_halves). Both rules need two pairs met and a word left,
 * so three words at least. At most the heaviest word is one part added; at most every word that
 * is no family word but a given name met (the lightest of them) is a middle name, and only in a
 * query that marks its family words. */
static double wq_less_halves(const cdn_token *q, size_t m, double wq)
{
    if (m < 3)
        return wq;
    double heaviest = 0.0, given = 0.0, lightest_given = DBL_MAX;
    bool family = false;
    for (size_t i = 0; i < m; i++) {
        double w = cdn_query_token_weight(&q[i]);
        heaviest = w > heaviest ? w : heaviest;
        if (q[i].flags & CDN_TOK_FAMILY) {
            family = true;
            continue;
        }
        given += w;
        lightest_given = w < lightest_given ? w : lightest_given;
    }
    double middles = family && lightest_given < DBL_MAX ? given - lightest_given : 0.0;
    double halved = middles > heaviest ? middles : heaviest;
    return wq - (1.0 - CDN_ADDED_PART) * halved;
}

/* Tells g whether the query q[0, m) is a Korean name in Latin letters (korean_latin.h, two to
 * four words) or else in Cyrillic (korean_cyrillic.h), and which of its words is the surname;
 * and tells s's scorer memo the same, which the scorer would otherwise ask of the query
 * (score.c). */
static void note_korean_query(searcher *s, gatherer *g, const cdn_token *q, size_t m)
{
    size_t korean_surname = 0;
    if (m >= 2 && m <= 4 && cdn_korean_latin_name(q, m, &korean_surname)) {
        g->korean_latin = true;
        g->korean_surname = (uint32_t)korean_surname;
    }
    if (!g->korean_latin && cdn_korean_cyrillic_name(q, m)) {
        g->korean_cyrillic = true;
        g->korean_surname = cdn_korean_cyrillic_surname(q[0].text) ? 0 : (uint32_t)m - 1;
    }
    s->memo.korean_query = g->korean_latin;
    s->memo.korean_surname = (uint8_t)g->korean_surname;
    s->memo.korean_cyrillic = g->korean_cyrillic;
}

/* Scores the candidates cands (run's, each with its bound), best bound first, until the best
 * bound left falls below the minimum score or the k-th best score so far. Candidates are taken
 * from a heap: of thousands only the few dozen scored are ever put in order. Returns CORDON_OK
 * or CORDON_ENOMEM. */
static int score_candidates(searcher *s, cdn_vec *cands)
{
    const cdn_iname *entries = s->idx->names.items;
    candidate *cs = cands->items;
    size_t heap = cands->len;
    for (size_t i = heap / 2; i-- > 0;)
        sift_down(cs, heap, i);
    double cutoff = s->opts->min_score;
    int status = CORDON_OK;
    for (size_t scored = 0; heap > 0 && status == CORDON_OK; scored++) {
        candidate top = cs[0];
        if (top.bound < cutoff)
            break;
        pop_best(cs, heap--);
        status = score_name(s, &entries[top.name], top.bound);

        /* Raising the cut-off now and then is enough; and only when k entities score the
         * minimum or more (s->at_min) can the k-th best be above it: the results are read
         * only then (every 16 names scored, kth_best cost a search 0.8 % of its
         * instructions, mostly to find it below the minimum). */
        if (scored % 16 == 15 && s->at_min >= ranked(s)) {
            double kth = kth_best(s);
            if (kth > cutoff)
                cutoff = kth;
        }
    }
    return status;
}

/* What gather_query leaves for the bounds. */
typedef struct gathered {
    double untaken; /* the weight of the tokens left ungathered, or met by sound or translation */
    double keyed;   /* the weight of the gathered words that are not short */
    size_t taken;   /* how many tokens of the order were taken */
} gathered;

/* Which words of a query of m tokens q gather_query leaves untaken: a legal form unless the
 * query has nothing else, and a title (cdn_title_token) where a word that is neither a title
 * nor a legal form leads to the names; the scorer meets either with any of its kind in the
 * name. A query of titles alone (Grand Princess, a ship) is gathered by them, else it found
 * nothing, not even its own name (review2, session 16). untaken[i] is set for each. */
static void words_left_untaken(const cdn_token *q, size_t m, bool untaken[])
{
    bool only_legal_forms = true, plain = false;
    for (size_t i = 0; i < m; i++) {
        only_legal_forms = only_legal_forms && (q[i].flags & CDN_TOK_LEGAL_FORM);
        plain = plain || !((q[i].flags & CDN_TOK_LEGAL_FORM) || cdn_title_token(&q[i]));
    }
    for (size_t i = 0; i < m; i++)
        untaken[i] = ((q[i].flags & CDN_TOK_LEGAL_FORM) && !only_legal_forms) || (plain && cdn_title_token(&q[i]));
}

/* Gathers s's query tokens in order (by weight), while the tokens left could still lift a name
 * over the minimum score (need_share of the query's weight wq), then the other vowel spellings
 * of those taken. Short words go to short_words. g->status says whether gathering ran out of
 * memory. */
static gathered gather_query(searcher *s, gatherer *g, const uint16_t *order, size_t m, double wq,
                             double need_share, cdn_short_words *short_words)
{
    const cdn_token *q = s->q->tokens.items;
    double untaken = wq;
    bool left[CDN_MAX_NAME_TOKENS * 4]; /* words_left_untaken; m is at most run's order */
    words_left_untaken(q, m, left);
    double keyed = 0.0;
    size_t taken = m; /* tokens gathered, in order: the first `taken` */
    for (size_t r = 0; r < m && g->status == CORDON_OK; r++) {
        size_t i = order[r];
        if (untaken < need_share * wq && postings_of(s->idx, &q[i]) > CHEAP_POSTINGS) {
            taken = r;
            break;
        }
        if (left[i])
            continue; /* a legal form or a title: the scorer meets it with any of the name's */
        g->token = (uint32_t)i;
        g->token_weight = (float)cdn_query_token_weight(&q[i]);
        gather_token(g, &q[i], i + 1 < m ? &q[i + 1] : NULL);
        /* A word in a syllabic script may meet a name by its vowels (transcription.h), and a
         * generic Cyrillic word by its translation (generic_words.h), which no key finds: its
         * weight stays in the bound, as if untaken. */
        bool by_sound = (q[i].flags & CDN_TOK_SYLLABIC) &&
                        (cdn_may_be_transcription(&q[i]) || cdn_short_sounds_unkeyed(&q[i], g->foreign));
        bool by_translation = (q[i].flags & CDN_TOK_ALPHABET) && cdn_generic_word(q[i].text, strlen(q[i].text));
        if (!by_sound && !by_translation)
            untaken -= cdn_query_token_weight(&q[i]);
        if (!cdn_short_words_add(short_words, &q[i], g->token_weight) && !by_sound && !by_translation)
            keyed += g->token_weight;
    }
    if (untaken < 0.0)
        untaken = 0.0;
    /* Then the other vowel spellings of the tokens taken, for the names reached by any of them. */
    for (size_t r = 0; r < taken && g->status == CORDON_OK; r++) {
        size_t i = order[r];
        if (left[i])
            continue;
        g->token = (uint32_t)i;
        g->token_weight = (float)cdn_query_token_weight(&q[i]);
        gather_vowels(g, &q[i]);
        gather_vowel_before_r(g, &q[i]);
    }
    return (gathered){untaken, keyed, taken};
}

/* The least score a name must be able to reach to be an alert a search may keep: the alert
 * threshold, or min_score where it is higher. */
static double alert_minimum(const searcher *s)
{
    return s->opts->min_score > s->opts->threshold ? s->opts->min_score : s->opts->threshold;
}

/* Whether a word weighed half may lift a name the bound leaves out to an alert (lifted_by_halves):
 * the half rules raise the query side's share x at most to 2x and 1, so the bound by at most
 * CDN_QUERY_SHARE * (1 - CDN_ADDED_PART) times boost (0.3 at x = 0.5), and at min_score 0.5 a name
 * under it stays under 0.8. boost as run has it. */
static bool halves_may_alert(const searcher *s, double boost)
{
    return s->opts->min_score + CDN_QUERY_SHARE * (1.0 - CDN_ADDED_PART) * boost > alert_minimum(s);
}

/* A name that falls short of the minimum score by its bound (bound_of, the query's whole weight)
 * may still alert where the scorer weighs a word of the query half (wq_less_halves: wq_halves):
 * adds it to cands, with the bound of that weight, if that bound reaches alert_minimum. Without
 * it a search with min_score at the threshold lost alerts one at 0.5 gives (screen --delta did,
 * review5): of 4,758 OFAC a.k.a.s against the individuals' primary names, 20 of the 80 alerts
 * lost were a word weighed half (IQBAL, Muhammad Zafar / IQBAL, Muhammad 0.84: bound 0.75). Not
 * asked where it cannot lift a name (halves_may_alert: at the default min_score). lifted:
 * whether it was added. Returns CORDON_OK or CORDON_ENOMEM. */
static int lifted_by_halves(searcher *s, uint32_t name, double got_q, double got_n, double wq_halves, double boost,
                            cdn_vec *cands, bool *lifted)
{
    /* The query side's share is 1 at most: its words met weigh no more than those not halved. */
    double bound = bound_of(got_q < wq_halves ? got_q : wq_halves, got_n, wq_halves, s->acc->entries[name].name_weight,
                            boost);
    candidate cand = {name, (float)(bound + 1e-6)};
    *lifted = bound >= alert_minimum(s);
    if (*lifted && !push_candidate(cands, cand))
        return CORDON_ENOMEM;
    return CORDON_OK;
}

/* Bounds every name g reached by what its credits, and the weight untaken, could still make of
 * it, and appends to cands the names whose bound reaches the minimum score; a name short of it
 * may be lifted by the query's short words. m and wq are the query's token count and weight,
 * keyed the weight gathered by key, boost the most a date of birth or country adds. Returns
 * g->status if it is not CORDON_OK, else CORDON_OK or CORDON_ENOMEM. */
static int bound_candidates(searcher *s, const gatherer *g, cdn_short_words *short_words, size_t m,
                            double wq, double wq_halves, double untaken, double keyed, double boost, cdn_vec *cands)
{
    const cdn_iname *entries = s->idx->names.items;
    /* Most names touched cannot reach the minimum score; they are passed over on a float
     * estimate of the bound, without a division, before the exact bound is worked out (a slack
     * of 1e-4 keeps every name the exact bound lets through): first when the query side falls
     * short even with the name side full, then when the name side falls short of what the
     * query side leaves it to make up. */
    double target = s->opts->min_score / boost - 1e-4;
    float q_needed = (float)((target - (1.0 - CDN_QUERY_SHARE)) / CDN_QUERY_SHARE * wq - untaken);
    float q_factor = (float)(CDN_QUERY_SHARE / wq / (1.0 - CDN_QUERY_SHARE));
    float n_target = (float)(target / (1.0 - CDN_QUERY_SHARE));
    short_gates gates = short_word_gates(short_words, g->short_query, m, keyed, wq, q_needed);
    /* What the query side must give, with the name side full, for the bound of a word weighed
     * half to reach an alert (lifted_by_halves); none where it cannot (wq_halves is wq). */
    float q_halves = wq_halves < wq ? (float)(((alert_minimum(s) / boost - 1e-4) - (1.0 - CDN_QUERY_SHARE)) /
                                                  CDN_QUERY_SHARE * wq_halves -
                                              untaken)
                                    : FLT_MAX;
    /* Read once, not at every name: nothing called below credits a name or moves these. */
    const uint32_t *touched = g->acc->touched;
    const cdn_accum_entry *credits = g->acc->entries;
    size_t n_touched = g->acc->n_touched;
    float untaken_f = (float)untaken;
    if (g->status != CORDON_OK)
        return g->status;
    /* The loop runs over hundreds of names a search: it ends at the first failure (break), not
     * by a test of the status at every name. */
    int status = CORDON_OK;
    for (size_t i = 0; i < n_touched; i++) {
        uint32_t name = touched[i];
        const cdn_accum_entry *a = &credits[name];
        float q_got = a->got_q + a->cur_q;
        bool lifted = false;
        if (q_got < gates.lowest && q_got < q_halves) /* lowest is at most q_needed */
            continue;
        /* Short of the minimum, a word weighed half or the query's short words (short_words.h)
         * may make it up. */
        if (q_got < q_needed) {
            if (q_got >= q_halves && !gates.words_only &&
                (status = lifted_by_halves(s, name, untaken + q_got, untaken + a->got_n + a->cur_n, wq_halves, boost,
                                           cands, &lifted)) != CORDON_OK)
                break;
            if (lifted)
                continue;
            if (q_got >= gates.floor &&
                (status = lifted_by_short_words(s, short_words, name, q_needed - q_got, untaken, wq, boost, cands)) !=
                    CORDON_OK)
                break;
            continue;
        }
        /* share_n must reach n_target - q_factor * got_q: got_n at least that times wn (where
         * that is 0 or less, the test fails by itself: credits and weights are not negative) */
        float n_share_needed = n_target - q_factor * (untaken_f + q_got);
        if (untaken_f + a->got_n + a->cur_n < n_share_needed * a->name_weight) {
            if (q_got >= q_halves && !gates.words_only &&
                (status = lifted_by_halves(s, name, untaken + q_got, untaken + a->got_n + a->cur_n, wq_halves, boost,
                                           cands, &lifted)) != CORDON_OK)
                break;
            if (lifted)
                continue;
            if (q_got >= gates.floor &&
                (status = lifted_by_short_words(s, short_words, name, 0.0, untaken, wq, boost, cands)) != CORDON_OK)
                break;
            continue;
        }
        double got_q = untaken + a->got_q + a->cur_q, got_n = untaken + a->got_n + a->cur_n;
        double bound = bound_of(got_q, got_n, wq, a->name_weight, boost);
        candidate cand = {name, (float)(bound + 1e-6)};
        if (gates.words_only && (bound < s->opts->threshold || content_words(s->idx, &entries[name]) > m))
            continue; /* short words lift a name for an alert, as lifted_by_short_words */
        if (bound < s->opts->min_score) { /* short by the float estimate's slack */
            if (q_got >= q_halves &&
                (status = lifted_by_halves(s, name, got_q, got_n, wq_halves, boost, cands, &lifted)) != CORDON_OK)
                break;
            continue;
        }
        if (!push_candidate(cands, cand)) {
            status = CORDON_ENOMEM;
            break;
        }
    }
    return status;
}

/* The search of s's query: its tokens are ordered by weight and gathered (each credits the
 * names its keys, sounds and consonants lead to), the names touched are bounded (short words
 * in Arabic or Hebrew script by short_word_gates), the candidates scored best bound first, and
 * a search in Latin letters without an alert takes a second look. Results go to s->res.
 * Returns CORDON_OK or CORDON_ENOMEM. */
static int run(searcher *s)
{
    const cdn_token *q = s->q->tokens.items;
    size_t m = s->q->tokens.len;
    if (m == 0)
        return CORDON_OK;

    /* Prefix filtering: take tokens rarest first while the rest could still lift a name over
     * the minimum score on their own. */
    uint16_t order[CDN_MAX_NAME_TOKENS * 4];
    if (m > sizeof order / sizeof order[0])
        m = sizeof order / sizeof order[0];
    double wq = order_by_weight(q, m, order);
    double boost = (s->dob || s->opts->country) ? 1.03 : 1.0;
    double need_share = (s->opts->min_score / boost - (1.0 - CDN_QUERY_SHARE)) / CDN_QUERY_SHARE;
    /* A name whose words the scorer may weigh half may alert on less of the query's weight:
     * gathering stops only where neither could (the second never binds at min_score 0.5). */
    double wq_halves = halves_may_alert(s, boost) ? wq_less_halves(q, m, wq) : wq;
    double alert_share = (alert_minimum(s) / boost - (1.0 - CDN_QUERY_SHARE)) / CDN_QUERY_SHARE;
    if (alert_share * wq_halves < need_share * wq)
        need_share = alert_share * wq_halves / wq;
    gatherer g = {s->idx, s->opts, s->opts->schema != CORDON_SCHEMA_ANY, s->acc, 0, 0.0f, CORDON_OK, false, false, 0, 0, false, false, NULL};
    g.short_query = short_keyed_query(q, m);
    g.foreign = cdn_short_sounds_foreign(q, m);
    g.one_word = m == 1;
    g.memo = &s->memo;
    note_korean_query(s, &g, q, m);
    cdn_short_words short_words; /* gathered, but no key leads from them */
    cdn_short_words_init(&short_words, &s->acc->short_memo, s->acc->generation, s->acc->n_forms, s->acc->n_twins);
    gathered got = gather_query(s, &g, order, m, wq, need_share, &short_words);

    /* Upper bounds per name, from the best way each query token reached it (the candidates
     * kept in the accumulator's scratch: zeroed before its first search). */
    cdn_vec *cands = &s->acc->cands;
    if (cands->elem_size != sizeof(candidate))
        cdn_vec_init(cands, sizeof(candidate));
    cands->len = 0;
    g.status = bound_candidates(s, &g, &short_words, m, wq, wq_halves, got.untaken, got.keyed, boost, cands);
    if (g.status == CORDON_OK)
        g.status = score_candidates(s, cands);
    if (g.status == CORDON_OK)
        g.status = second_look(s, order, got.taken, wq, got.untaken, boost, g.by_schema);
    return g.status;
}

/* The weight of the index's name number i (cdn_accum_sizes' name_weight; ctx the index). */
static float name_weight_of(const void *ctx, size_t i)
{
    return ((const cordon_index *)ctx)->names.items[i].name_weight;
}

int cordon_search(const cordon_index *idx, const char *name, const cordon_search_options *opts, cordon_results **out)
{
    cordon_search_options defaults;
    if (!opts) {
        cordon_search_options_default(&defaults);
        opts = &defaults;
    }
    cordon_results *res = cdn_calloc(1, sizeof *res);
    *out = res;
    if (!res)
        return CORDON_ENOMEM;
    cdn_error_clear(&res->err);
    res->threshold = opts->threshold;

    cordon_date_range dob;
    if (opts->dob && !cdn_date_parse_iso(opts->dob, strlen(opts->dob), &dob))
        return cdn_error_set(&res->err, CORDON_EINVAL, "invalid date of birth '%s' (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                             opts->dob);
    if (!name || !cdn_utf8_valid(name, strlen(name), NULL))
        return cdn_error_set(&res->err, CORDON_EINVAL, "the name is not valid UTF-8");

    searcher s = {.idx = idx, .opts = opts, .dob = opts->dob ? &dob : NULL, .res = res};
    s.acc = cdn_accum_borrow(idx->accums,
                             (cdn_accum_sizes){idx->names.len, idx->n_forms, idx->entities.len, idx->n_twins,
                                               name_weight_of, idx});
    /* The query's tokens, the memo's rows and the candidates go in the accumulator's scratch,
     * kept from the searches before (accum.h). */
    cdn_analyzed none;
    cdn_analyzed_init(&none);
    s.q = s.acc ? &s.acc->query : &none;
    cdn_analyzed_reset(s.q);
    int status = s.acc ? cdn_analyze_name(s.q, idx->translit, name, strlen(name), opts->schema, NULL) : CORDON_ENOMEM;
    if (s.acc) {
        cdn_sim_memo_init(&s.memo, s.acc->form_stamp, s.acc->form_row, s.acc->n_forms, s.acc->generation);
        cdn_sim_memo_keep(&s.memo, &s.acc->sim);
    } else
        cdn_sim_memo_init(&s.memo, NULL, NULL, 0, 0);
    if (status == CORDON_OK) {
        cdn_analyzed_finish(s.q);
        cdn_index_weigh(idx, s.q);
        status = run(&s);
    }
    if (status != CORDON_OK) {
        explain_results(&s, 0);
        res->count = 0;
        cdn_sim_memo_free(&s.memo);
        cdn_accum_give_back(idx->accums, s.acc);
        return cdn_error_set(&res->err, status, "%s", cordon_status_string(status));
    }

    /* Cut at min_score and at the limit, best first, and explain what is kept. */
    size_t keep = cut_results(&s, res->items, res->count, opts->min_score, opts->limit);
    status = explain_results(&s, keep);
    res->count = keep;
    cdn_sim_memo_free(&s.memo);
    cdn_accum_give_back(idx->accums, s.acc);
    if (status != CORDON_OK)
        return cdn_error_set(&res->err, status, "%s", cordon_status_string(status));
    return CORDON_OK;
}

/* Scores name1 against name2 (cordon_compare), writing the token alignment into why when it
 * is not NULL. */
static int compare_names(const cordon_index *idx, const char *name1, const char *name2, cordon_schema schema,
                         double *score, cdn_strbuf *why)
{
    *score = 0.0;
    if (!name1 || !name2)
        return CORDON_EINVAL;
    cdn_translit *own = NULL;
    cdn_translit *tr = idx ? idx->translit : NULL;
    if (!tr) {
        if (cdn_translit_new(&own) != CORDON_OK)
            return CORDON_ENOMEM;
        tr = own;
    }
    cdn_analyzed a, b;
    cdn_analyzed_init(&a);
    cdn_analyzed_init(&b);
    int status = cdn_analyze_name(&a, tr, name1, strlen(name1), schema, NULL);
    if (status == CORDON_OK)
        status = cdn_analyze_name(&b, tr, name2, strlen(name2), schema, NULL);
    if (status == CORDON_OK) {
        cdn_analyzed_finish(&a);
        cdn_analyzed_finish(&b);
        cdn_analyzed_mark_spelled_letters(&a);
        cdn_analyzed_mark_spelled_letters(&b);
        cdn_index_weigh(idx, &a);
        cdn_index_weigh(idx, &b);
        *score = cdn_score_tokens(a.tokens.items, a.tokens.len, b.tokens.items, b.tokens.len, why);
    }
    cdn_analyzed_free(&a);
    cdn_analyzed_free(&b);
    cdn_translit_free(own);
    return status;
}

int cordon_compare(const cordon_index *idx, const char *name1, const char *name2, cordon_schema schema, double *score)
{
    return compare_names(idx, name1, name2, schema, score, NULL);
}

int cordon_compare_explain(const cordon_index *idx, const char *name1, const char *name2, cordon_schema schema,
                           double *score, char *why, size_t why_size)
{
    if (why_size)
        why[0] = '\0';
    cdn_strbuf explained;
    cdn_strbuf_init(&explained);
    int status = compare_names(idx, name1, name2, schema, score, &explained);
    if (status == CORDON_OK && why_size) {
        const char *text = cdn_strbuf_cstr(&explained);
        size_t len = strlen(text);
        if (len >= why_size) { /* cut short at the last whole UTF-8 character that fits */
            len = why_size - 1;
            while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
                len--;
        }
        memcpy(why, text, len);
        why[len] = '\0';
    }
    cdn_strbuf_free(&explained);
    return status;
}
