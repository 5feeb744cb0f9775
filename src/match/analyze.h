/*
 * analyze.h — a name taken apart for matching: its tokens, each with its normalized text, its
 * romanisation, its cross-orthography key and consonant skeleton, a role (legal form,
 * honorific, patronymic, middle or family name) and a weight.
 */
#ifndef CDN_ANALYZE_H
#define CDN_ANALYZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cordon.h"
#include "core/strbuf.h"
#include "core/vec.h"
#include "text/english.h"
#include "text/translit.h"

enum cdn_token_flag {
    CDN_TOK_LEGAL_FORM = 1 << 0,  /* llc, gmbh, ooo: says what kind of party, not which */
    CDN_TOK_HONORIFIC = 1 << 1,   /* mr, dr, sheikh */
    CDN_TOK_PATRONYMIC = 1 << 2,  /* -ovich, -evna: optional in a match */
    CDN_TOK_MIDDLE = 1 << 3,      /* a middle name: optional in a match */
    CDN_TOK_FAMILY = 1 << 4,      /* a family name: given as a part, or before the comma of
                                     "FAMILY, Given" */
    CDN_TOK_ABJAD = 1 << 5,       /* romanised from a script that writes no short vowels
                                     (Arabic, Hebrew): only its consonants can be compared */
    CDN_TOK_ALPHABET = 1 << 6,    /* romanised from an alphabet (Cyrillic, Greek, ...) */
    CDN_TOK_SYLLABIC = 1 << 7,    /* romanised from syllables or morphemes (Han, kana,
                                     Hangul): a foreign name in it is a transcription by ear */
    CDN_TOK_JAPANESE = 1 << 8,    /* a syllabic word read as a native Japanese name: kanji
                                     read by the dictionary (japanese.h) or a word in
                                     hiragana; its Latin spellings are romanisations
                                     (romaji.h), not transcriptions by ear */
    CDN_TOK_RARE = 1 << 9,        /* a query's word on few of the indexed entities' names
                                     (cdn_index_weigh): met, it says much of who is meant */
    CDN_TOK_LETTERS = 1 << 10,    /* a listed Latin word read letter by letter (GPOC, IRGC:
                                     spelled_letters.h), set when indexed: no transcription
                                     into another script writes it by its sounds */
};

/* Flags that say a token was romanised from another script. */
#define CDN_TOK_ROMANISED (CDN_TOK_ABJAD | CDN_TOK_ALPHABET | CDN_TOK_SYLLABIC)

/* What the scorer's cheap filters need to know of a string, measured once (when a name is
 * analyzed or indexed) instead of at every comparison. */
typedef struct cdn_shape {
    uint32_t mask;      /* the letters it uses, one bit each (digits folded together) */
    uint32_t hard_mask; /* the same, without the soft letters (cdn_is_soft_letter) */
    uint16_t len;       /* its length in bytes (at most 65535) */
    uint8_t hard_n;     /* how many of its letters are not soft (at most 255) */
    uint8_t ascii;      /* 1 when it is plain ASCII (the masks only count then) */
} cdn_shape;

/* Whether a Latin word (its romanisation's shape, its cdn_token_flag flags) is one that English
 * and French are made to say (english.h, french.h): four letters or more and at most
 * CDN_ENGLISH_MAX, plain ASCII, and spelled in Latin, not romanised from another script (whose
 * letters are a table's, not an English or French spelling). The scorer (read_as_english,
 * read_as_french) and the index (english_of, add_french_classes) ask the same, so that the key
 * a word is filed under is the key a query looks up. */
static inline bool cdn_spelling_read_aloud(const cdn_shape *latin_shape, unsigned flags)
{
    return latin_shape->len >= 4 && latin_shape->len <= CDN_ENGLISH_MAX && latin_shape->ascii &&
           !(flags & CDN_TOK_ROMANISED);
}

/* Letters that romanisations of one name disagree on most: vowels, and the h, w, y and j that
 * stand for vowels or soften consonants (Norrie/Норри, Endoh/Эндо, Usher/Ашер). */
static inline int cdn_is_soft_letter(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'h' || c == 'w' || c == 'j';
}

/* Measures the NUL-terminated string s. */
void cdn_shape_of(const char *s, cdn_shape *out);

/* The letters the NUL-terminated s holds twice or more, one bit each as in a cdn_shape's mask
 * (digits folded together likewise): with the mask, s's letters counted up to two. */
uint32_t cdn_letters_twice(const char *s);

/* The bits set in x, by halves summed (__builtin_popcountll is a library call on baseline
 * x86-64). */
static inline unsigned cdn_bits64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

/* Whether two ASCII strings are surely more than max edits apart (insertions, deletions,
 * substitutions, transpositions of neighbours) by their letters counted up to two: mask_a and
 * twice_a are a's (its shape's mask, cdn_letters_twice), mask_b and twice_b b's. The bag
 * distance — the letters of either, counted, that the other's cannot pair off, the larger of
 * the two — is at most the edit distance (Bartolini, Ciaccia and Patella 2002, SPIRE; score.c's
 * bag_distance), and each letter of a that b holds fewer times than once, or than twice, is one
 * such letter: a bound of it from four words, where the bag distance reads both strings. */
static inline bool cdn_letters_apart(uint32_t mask_a, uint32_t twice_a, uint32_t mask_b, uint32_t twice_b, size_t max)
{
    uint64_t a = (uint64_t)twice_a << 32 | mask_a, b = (uint64_t)twice_b << 32 | mask_b;
    return cdn_bits64(a & ~b) > max || cdn_bits64(b & ~a) > max;
}

/* The shape of the string measured as a followed by the one measured as b, from the two shapes
 * alone: what cdn_shape_of of the two written together gives (lengths up to 65535 together).
 * The scorer joins neighbouring words (Al Qaida / Alqaida) for many names a search. */
static inline void cdn_shape_joined(const cdn_shape *a, const cdn_shape *b, cdn_shape *out)
{
    unsigned hard_n = (unsigned)a->hard_n + b->hard_n, len = (unsigned)a->len + b->len;
    *out = (cdn_shape){a->mask | b->mask, a->hard_mask | b->hard_mask, (uint16_t)(len < 65535 ? len : 65535),
                       (uint8_t)(hard_n < 255 ? hard_n : 255), (uint8_t)(a->ascii & b->ascii)};
}

typedef struct cdn_token {
    const char *text;  /* normalized (any script), NUL-terminated */
    const char *latin; /* romanised, plain ASCII letters and digits ("" when none) */
    const char *key;   /* cross-orthography key of latin (text itself when latin is empty) */
    const char *skel;  /* consonant skeleton of key ("" when shorter than 3) */
    float weight;      /* rarity of the key across all indexed entities (1.0 when unknown) */
    uint16_t flags;    /* cdn_token_flag */
    cdn_shape latin_shape, key_shape; /* of latin and key */
    uint32_t form;     /* an indexed token's form (cdn_itoken); 0 for any other token */
    const char *marked; /* the romanisation of the word with the letters normalisation folds
                           kept (kept_letters.h: Йейл yeyl, Möring moering), for the readings
                           alone; NULL or "" when it has none of them or is a scanned word
                           (an indexed token keeps its name word's: cdn_itoken.marked) */
} cdn_token;

/* t's marked romanisation (above), or NULL when it has none. */
static inline const char *cdn_token_marked(const cdn_token *t)
{
    return t->marked && t->marked[0] ? t->marked : NULL;
}

/* The tokens of one name (or one text), with the storage they point into. */
typedef struct cdn_analyzed {
    cdn_strbuf text;   /* token strings, NUL-separated */
    cdn_vec tokens;    /* cdn_token; strings are offsets into .text until cdn_analyzed_finish */
    cdn_strbuf scratch;
} cdn_analyzed;

void cdn_analyzed_init(cdn_analyzed *a);
void cdn_analyzed_free(cdn_analyzed *a);
void cdn_analyzed_reset(cdn_analyzed *a);

/* The most tokens of a name that matching looks at; the rest of a very long name is ignored. */
enum { CDN_MAX_NAME_TOKENS = 24 };

/*
 * Appends the tokens of the len bytes at name to a, romanised with tr (which may be NULL: no
 * romanisation). parts (may be NULL) tells which tokens are family, middle or patronymic;
 * schema decides whether patronymic endings and "FAMILY, Given" order are looked for. Token
 * pointers are valid after cdn_analyzed_finish and until the next change to a.
 * Returns CORDON_OK, CORDON_EINVAL (invalid UTF-8) or CORDON_ENOMEM.
 */
int cdn_analyze_name(cdn_analyzed *a, cdn_translit *tr, const char *name, size_t len, cordon_schema schema,
                     const cordon_name *parts);

/* Appends one already-normalized token (as the scanner has them); no limit on the count. */
int cdn_analyze_token(cdn_analyzed *a, cdn_translit *tr, const char *norm, size_t len, cordon_schema schema);

/* Turns the tokens' offsets into pointers into a->text, and measures their shapes. Call once,
 * after the last append. */
void cdn_analyzed_finish(cdn_analyzed *a);

/* Sets CDN_TOK_LETTERS on each token of a (finished) that is a Latin word read letter by letter
 * (spelled_letters.h: GPOC, IRGC), as indexing does to a listed name's, from its letters alone
 * so that every token of one form has it or none. Compare calls it on both names, so that it
 * scores a pair as search scores it against the listed name. */
void cdn_analyzed_mark_spelled_letters(cdn_analyzed *a);

#endif
