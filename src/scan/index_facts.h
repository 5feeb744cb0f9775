/*
 * index_facts.h — what the scanner works out once per index, when the index is first scanned
 * (as its name facts are: index/name_facts.h), and reads for every new word and window:
 *   - which keys are a listed person's given name, a bit per key (words.c: a given name is no
 *     lone mention, and a family name after another given name conflicts); read from the
 *     lists' postings it cost up to 64 scattered reads of names a key, a bit costs one;
 *   - per name, which windows its facts allow (cdn_scan_facts_allow), a bit per window length
 *     and the window's two traits: the anchor word of a window has hundreds of names (states:
 *     668), each judged so, and four bytes a name in one dense array are read where a name's
 *     32 bytes of facts lay over megabytes.
 */
#ifndef CDN_INDEX_FACTS_H
#define CDN_INDEX_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "index/index_int.h"
#include "index/name_facts.h"
#include "scan/lexicon.h"

/* Works out idx->given_keys and idx->window_masks, once for the life of idx (after its name
 * facts: cdn_name_facts_ensure). Thread-safe; the scanner calls it before its first scan.
 * Returns CORDON_OK or CORDON_ENOMEM (then nothing is published). */
int cdn_index_facts_ensure(const cordon_index *idx);

/* Whether vocab key v is a given name of some listed person (cdn_scan_key_is_given_name). */
static inline bool cdn_given_key(const cordon_index *idx, uint32_t v)
{
    return idx->given_keys[v >> 6] >> (v & 63) & 1;
}

/* Whether a name of facts f may be mentioned by a window of len words (1..CDN_SCAN_MAX_WINDOW),
 * lone saying whether one word of it alone says which party (window.c: lone_content_word),
 * legal_form whether a word is a legal form: the cheap tests, on the name's facts alone, that
 * most candidates of a common word fail. */
bool cdn_scan_facts_allow(const cdn_name_facts *f, size_t len, bool lone, bool legal_form);

/* cdn_scan_facts_allow of indexed name n, from its bits in idx->window_masks. */
static inline bool cdn_window_allows(const cordon_index *idx, uint32_t n, size_t len, bool lone, bool legal_form)
{
    return idx->window_masks[n] >> ((len - 1) * 4 + (size_t)lone * 2 + (size_t)legal_form) & 1;
}

#endif
