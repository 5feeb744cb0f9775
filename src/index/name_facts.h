/*
 * name_facts.h — a few facts about each indexed name, worked out once when an index is opened
 * or loaded, that let the text scanner (scan/window.c) turn most candidate names of a window
 * away without looking at their tokens: how many tokens of each role the name has, whose it
 * is, and which letters its tokens begin with.
 */
#ifndef CDN_NAME_FACTS_H
#define CDN_NAME_FACTS_H

#include <stdbool.h>
#include <stdint.h>

#include "cordon.h"

typedef struct cdn_name_facts {
    uint64_t key_letters;   /* cdn_letter_bit of the first byte of each token's key */
    uint64_t latin_letters; /* the same of each non-empty romanisation */
    uint8_t k;              /* tokens matching looks at (CDN_MAX_NAME_TOKENS at most); the
                               facts are of these */
    uint8_t words;          /* tokens that are not legal forms */
    uint8_t required;       /* of those, the ones that are not honorifics, patronymics or
                               middle names */
    uint8_t content;        /* tokens that are neither legal forms nor honorifics */
    uint8_t form_tail;      /* its last tokens that are a legal form written in dotted capitals
                               the tokenizer cut into letters (S.A. DE C.V., C.A., S. DE R.L.):
                               counted as legal forms in words, required and content (0: none);
                               the scorer weighs them by their rarity, as search does */
    bool person;            /* the name of a person */
    bool weighed;           /* its tokens weigh more than nothing on the name side */
    uint32_t same_tokens;   /* the first name (by number) of its twin, whose tokens are these
                               very tokens (index_int.h): one person or company listed by several
                               lists. What a window makes of a name's tokens holds for all such
                               names (window.c) */
    uint32_t tokens;        /* its first token (as idx->names): a candidate's bound reads its
                               token facts without reading the name first */
} cdn_name_facts;

/* Per token of the index (idx->tokens), what the scanner's bound of a name's score reads:
 * first bytes of key and romanisation, and the name-side weight (cdn_name_token_weight). One
 * record a token, 16 bytes: a name's tokens are next to one another, so the bound of a
 * candidate reads a line or two, not three arrays far apart. */
typedef struct cdn_token_fact {
    double weight;
    uint8_t key0;
    uint8_t latin0;
} cdn_token_fact;

typedef struct cdn_token_facts {
    cdn_token_fact *of; /* per token */
} cdn_token_facts;

/* The bit standing for a byte (a token's first) in the letter sets: the byte modulo 64, so
 * that sets are a superset test, never a miss. */
static inline uint64_t cdn_letter_bit(unsigned char c) { return (uint64_t)1 << (c & 63u); }

/* Works out, once for the life of idx, the facts of every name (idx->name_facts, one per
 * idx->names item) and of every token (idx->token_facts). Thread-safe; the scanner calls it
 * before its first scan. Returns CORDON_OK or CORDON_ENOMEM (then nothing is published). */
int cdn_name_facts_ensure(const cordon_index *idx);

/* Frees them (at close). */
void cdn_name_facts_free(cordon_index *idx);

#endif
