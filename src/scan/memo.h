/*
 * memo.h — answers the scanner has worked out once and may need again, in this document or
 * the next: how alike a word and a listed name's token are, what a run of words scores against
 * a listed name. News repeats its names sentence after sentence, and each is scored again for
 * every window it is in. Keys are a few numbers (a kind, then the question's numbers: lexicon
 * forms and index offsets); the memo lives as long as the lexicon whose numbers it uses.
 */
#ifndef CDN_MEMO_H
#define CDN_MEMO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { CDN_MEMO_KEY = 11 };

typedef struct cdn_memo_key {
    uint32_t n[CDN_MEMO_KEY]; /* unused numbers 0 */
    uint64_t hash;            /* of n, worked out by cdn_memo_get for the cdn_memo_put that
                                 follows a miss; 0 (as a key is made) until then */
} cdn_memo_key;

typedef struct cdn_memo {
    struct cdn_memo_slot *slots;
    size_t cap, count;
} cdn_memo;

void cdn_memo_init(cdn_memo *m);
void cdn_memo_free(cdn_memo *m);

/* Whether key has an answer; it goes to *value. Sets key->hash. */
bool cdn_memo_get(const cdn_memo *m, cdn_memo_key *key, double *value);

/* Remembers value for key (not yet there), reading key->hash when it is set (by the
 * cdn_memo_get that missed it, with the same numbers). A full memo (CDN_MEMO_MAX answers)
 * starts afresh; out of memory, nothing is remembered: the answer is only worked out again next
 * time. */
void cdn_memo_put(cdn_memo *m, const cdn_memo_key *key, double value);

#endif
