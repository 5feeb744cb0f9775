/*
 * score.h — how well a query's tokens match one name's tokens.
 */
#ifndef CDN_SCORE_H
#define CDN_SCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/strbuf.h"
#include "match/analyze.h"

/* The most a person's alias of one word scores when no word of the query meets it by its
 * spelling (search.c's nickname_held): below the default threshold, 0.80, so the result is shown
 * and explained, not alerted. A qualifier that agrees does not lift it; one that differs lowers
 * it. The explanation says it, written from this constant. */
#define CDN_NICKNAME_HELD 0.79

/*
 * Scores query tokens q[0..m) against name tokens n[0..k) in [0, 1]. Tokens are aligned one to
 * one in any order (two adjacent tokens may also meet one token written joined: Al Qaida /
 * Alqaida); rare tokens count for more; legal forms, honorifics, patronymics and middle names
 * count for little. When explain is non-NULL, appends a description of the alignment.
 */
double cdn_score_tokens(const cdn_token *q, size_t m, const cdn_token *n, size_t k, cdn_strbuf *explain);

/*
 * A memo of token similarities for one query scored against many names: names share tokens
 * (a common given name, a legal form), and each pair need be compared once. A name token is
 * known by its form (the index numbers its tokens' forms by text and romanisation, on which
 * alone a similarity depends): the first time a form is met it is compared with every query
 * token, and the row of similarities is kept, found again by one array read. Tokens of no
 * indexed form (0) are compared every time. Owned by one search; not thread-safe.
 */
typedef struct cdn_sim_memo {
    uint32_t *form_stamp, *form_row; /* per form (borrowed: accum.h): its row, if stamped with */
    uint32_t generation;             /* this generation */
    size_t n_forms;
    size_t m;                        /* the query's tokens: the length of a row (0 until set) */
    struct cdn_sim_cell *cells;      /* row r is cells[r * m, r * m + m) */
    size_t rows, cap_cells;
    struct cdn_query_joins *joins;   /* the query's neighbours joined, built when first needed */
    int8_t korean_query;             /* whether the query is a Korean name in Latin letters
                                        (korean_latin.h): -1 until asked */
    uint8_t korean_surname;          /* which of its words is the surname, when it is */
    int8_t korean_cyrillic;          /* whether the query may be a Korean name in Cyrillic
                                        (korean_cyrillic.h): -1 until asked */
    struct cdn_transcription_cache *sounds; /* the sound strings of transcriptions compared
                                        (transcription.h), made when first needed, or NULL */
    struct cdn_sim_scratch *keep;    /* where cells, joins and sounds go back to when freed, or NULL */
    size_t weighed;                  /* the query's tokens whose weights are below (0: none) */
    double q_total;                  /* the sum of their query-side weights */
    uint32_t q_legal, q_honorific;   /* bit i: token i is a legal form, an honorific */
    double q_weight[CDN_MAX_NAME_TOKENS];
    size_t given_for;                /* the query's tokens whose given names are below (0: none) */
    const char *q_given[CDN_MAX_NAME_TOKENS]; /* the given name each is a form of, or NULL */
} cdn_sim_memo;

/* An empty memo that keeps its rows' places in form_stamp and form_row (n_forms entries each,
 * none stamped with generation yet). They may be NULL with n_forms 0: nothing is memoised. */
void cdn_sim_memo_init(cdn_sim_memo *memo, uint32_t *form_stamp, uint32_t *form_row, size_t n_forms,
                       uint32_t generation);
/* Frees the memo's rows and joins, or gives them back to the scratch they were lent from. */
void cdn_sim_memo_free(cdn_sim_memo *memo);

/* Where a memo's rows and joins are kept from one search to the next (a cdn_accum's), so that
 * a search does not allocate them anew: zeroed at first. */
typedef struct cdn_sim_scratch {
    struct cdn_sim_cell *cells;
    size_t cap_cells;
    struct cdn_query_joins *joins;
    struct cdn_transcription_cache *sounds; /* kept across searches: its sets depend on the
                                               words alone */
} cdn_sim_scratch;

/* Lends the buffers of keep to the new memo (cdn_sim_memo_init) until cdn_sim_memo_free. */
void cdn_sim_memo_keep(cdn_sim_memo *memo, cdn_sim_scratch *keep);

/* The memo's cache of the sound strings of transcriptions compared (transcription.h), made on
 * first use and kept with the memo's rows; NULL when memo is NULL or out of memory (callers
 * then pass NULL on, with the same results). */
struct cdn_transcription_cache *cdn_sim_memo_sounds(cdn_sim_memo *memo);

/* Frees what keep holds. */
void cdn_sim_scratch_free(cdn_sim_scratch *keep);

/* cdn_score_tokens with the one-to-one similarities looked up in, and added to, memo (may be
 * NULL). The result is the same. */
double cdn_score_tokens_memo(const cdn_token *q, size_t m, const cdn_token *n, size_t k, cdn_strbuf *explain,
                             cdn_sim_memo *memo);

/*
 * Whether t, romanised from a syllabic script (Han, kana, Hangul), may be a foreign name
 * transcribed by ear, to be compared with Latin spellings by its sound classes (sounds.h).
 */
bool cdn_may_be_transcription(const cdn_token *t);

/*
 * Whether t, a word in kana or kanji, is read as a Japanese name whose other romanisations
 * (romaji.h) the scorer meets: kana, or kanji analysis read as Japanese (CDN_TOK_JAPANESE;
 * a Chinese name's pinyin is not romaji, though some look like it: 糸姬 miji, not Kunrei's
 * mizi). *kunrei says whether Kunrei-shiki counts too (Han and hiragana; a word in katakana
 * is nearly always a foreign name).
 */
bool cdn_romaji_reading(const cdn_token *t, bool *kunrei);

/* The similarity cdn_token_similarity gives two words that meet by their consonants (its
 * "consonants"): a word written without short vowels (Arabic, Hebrew) and a Latin spelling
 * whose consonant classes agree in two or more (abjad.h), or two words of the same consonant
 * skeleton. Search offers the names it finds that way at this similarity. */
#define CDN_CONSONANTS_SIM 0.85

/* The similarity of a CDN_FEW_CONSONANTS pair (below): one consonant class in common, a little
 * below CDN_CONSONANTS_SIM so that a stronger pair is aligned first, and counted only where
 * another pair of the alignment confirms the name (cdn_score_tokens). The least similarity
 * with which a short word in Arabic or Hebrew script is credited to a name (short_words.h). */
#define CDN_FEW_CONSONANTS_SIM 0.84

/* How a pair met when a name written without short vowels and a Latin spelling agree in a
 * single consonant class (עלי / Ali, ליאו / Leo): a weak match, which counts only beside a
 * stronger one in the same alignment. */
extern const char CDN_FEW_CONSONANTS[];

/* How a pair met when a word of three Han, kana or Hangul characters or more, taken for a
 * foreign name transcribed by ear, sounds like a Latin spelling (sounds.h, transcription.h). */
extern const char CDN_SOUNDS[];

/* The same for a word of two kana or Hangul syllables: as often a native given name (서영
 * seoyeong, whose Latin spelling is a romanisation, not a transcription) as a foreign one (게리
 * Gary), so it counts only beside a CDN_SOUNDS pair or another such pair in the same alignment
 * (게리 그럽스 / Gary Grubbs, 게리 베리 / Gary Berry), which a native Korean name, a one-syllable
 * surname and a given name, does not have. Also for a longer word that looks like a native
 * name (transcription.h: 유즈루, whose 유 is a surname too). */
extern const char CDN_SHORT_SOUNDS[];

/* The same for one Hangul syllable that is no surname in hangul.h (존 John, 잭 Jack): it counts
 * only beside a CDN_SOUNDS pair or a CDN_SHORT_SOUNDS one, and confirms the latter only against
 * a spelling that is not pinyin (cjk_pairs.h) — a rare surname (당) beside a given name meets
 * Chinese names in pinyin (CHEN, Dong). */
extern const char CDN_ONE_SOUND[];

/* The same for one Hangul syllable that is a Korean surname in hangul.h, writing a foreign
 * name's word (조 매카시 / Joe McCarthy, 장 바티스트 페랭 / Jean Baptiste Perrin, 카일러 리 /
 * Chyler Leigh): it counts only where the name is shown foreign (a CDN_SOUNDS pair, a word of
 * three syllables met as spelled, or two short words met beside a Hangul word of three
 * syllables), and confirms no other short word: a Korean name written apart is a surname
 * syllable and short words (조 민수). */
extern const char CDN_SURNAME_SOUND[];

/* How a word of two Han characters met a Latin word as a transcription where no other rule met
 * them (雷諾 leinuo / Reno, 安妮 anni / Anne, 藍儂 / Lennon: cjk_pairs.h): looked for only where
 * each of the two names is that one word (collect_pairs). Beside other words, two characters
 * are more often a Chinese given name and the spelling another one (王 明杰 / WANG Minzhe). */
extern const char CDN_LONE_HAN[];

/* How two words met by edit similarity (the spellings, their keys or the weighted distance). */
extern const char CDN_FUZZY[];

/* The same for two Latin words at the floor where they are more often two names than one
 * misspelt (fuzzy_floor.h: Susan / Dusan, Miller / Miles): such a pair counts only beside two
 * sure pairs (0.9 or more) in the same alignment. */
extern const char CDN_FUZZY_FLOOR[];

/* How a single letter met a word it begins (0.5): an initial. A letter of the listed name counts
 * only where the name has two words or more besides its letters (score.c, initial_alone). */
extern const char CDN_INITIAL[];

/* Whether t is a title of a ruler, a noble or a saint, or a word that joins one to its realm
 * (titles.h: מלך, נסיכת, of): the scorer pairs such words left over on both sides, whatever
 * their letters, at 0.9. */
bool cdn_title_token(const cdn_token *t);

/* Similarity of two tokens in [0, 1], and how they met ("exact", "spelling", "fuzzy", ...). */
double cdn_token_similarity(const cdn_token *a, const cdn_token *b, const char **how);

/* The same, with the sound strings of a transcription's comparison (transcription.h) taken
 * from and kept in sounds (may be NULL): the result is the same. */
double cdn_token_similarity_cached(const cdn_token *a, const cdn_token *b, const char **how,
                                   struct cdn_transcription_cache *sounds);

/* Whether a and b are two words in Latin letters that cdn_token_similarity surely finds apart
 * (0, how NULL), told by cheap tests of their first letters and shapes before any rule is run
 * (the scorer's memo skips the rules for them); false says nothing. */
bool cdn_token_surely_apart(const cdn_token *a, const cdn_token *b);

/* The optimal-string-alignment distance of two strings (insertions, deletions, substitutions and
 * transpositions of neighbours, each one edit), over code points; strings are cut at 64 code
 * points unless both are ASCII. */
size_t cdn_edit_distance(const char *a, const char *b);

/* Edit similarity of two strings, 1 - distance / longer length, over code points (the distance
 * counts a transposition of neighbours as one edit); 0 as soon as it is clear that it is below
 * min_sim. */
double cdn_key_similarity_at_least(const char *a, const char *b, double min_sim);

/* The same for strings whose shapes are measured (analyze.h): lengths and letters that are too
 * far apart for min_sim give 0 without an edit distance. */
/* A string prepared to be compared with many others: the letter masks of the bit-vector edit
 * distance are worked out once, not at every comparison. */
typedef struct cdn_edit_pattern {
    const char *text;
    cdn_shape shape;
    uint64_t peq[128];
} cdn_edit_pattern;

/* Prepares text, whose shape is shape (both must outlive p). */
void cdn_edit_pattern_init(cdn_edit_pattern *p, const char *text, const cdn_shape *shape);

/* cdn_shape_similarity_at_least(p->text, &p->shape, b, sb, min_sim): the same value. Between
 * the letter-set test and the distance there is no letter count: a caller that meets many far
 * strings tells them apart first by cdn_letters_apart (analyze.h), as the similar-key lookup
 * does. */
double cdn_pattern_similarity_at_least(const cdn_edit_pattern *p, const char *b, const cdn_shape *sb, double min_sim);

double cdn_shape_similarity_at_least(const char *a, const cdn_shape *sa, const char *b, const cdn_shape *sb,
                                     double min_sim);

/* How much a token weighs on the query side, and on the listed name's side. */
double cdn_query_token_weight(const cdn_token *t);
double cdn_name_token_weight(const cdn_token *t);

/* The share of the score that comes from the query side (the rest from the name side). */
#define CDN_QUERY_SHARE 0.6

/* The share of its weight that a part one name has and the other lacks keeps, when the rest
 * match well (score.c, one_part_added; the scanner's bound, window.c). */
#define CDN_ADDED_PART 0.5

/* Whether t may have a key as the Polish or German press spells (cdn_orthography_key_press: an
 * ie, a dsch, a dz): a word typed in Latin letters, not romanised, with an i and an e, or a d.
 * The scorer's "spelling" for such words, search's lookup of that key and the scanner's
 * (lexicon.c) all ask this first. */
static inline bool cdn_press_spelled_maybe(const cdn_token *t)
{
    enum { D = 1u << ('d' - 'a'), E = 1u << ('e' - 'a'), I = 1u << ('i' - 'a') };
    return (t->latin_shape.mask & (D | I)) && (t->latin_shape.mask & (E | D)) && t->latin_shape.ascii &&
           !(t->flags & CDN_TOK_ROMANISED);
}

#endif
