/*
 * given_keys.h — which keys of an index are a listed person's given name, one bit per key,
 * worked out once for the index when it is first scanned (as its name facts are:
 * index/name_facts.h). The scanner asks it of every capitalised word of every new text it
 * meets (words.c: a given name is no lone mention, and a family name after another given
 * name conflicts), and the answer read from the lists' postings cost up to 64 scattered reads
 * of names a key; a bit costs one.
 */
#ifndef CDN_GIVEN_KEYS_H
#define CDN_GIVEN_KEYS_H

#include <stdbool.h>
#include <stdint.h>

#include "index/index_int.h"

/* Works out idx->given_keys (cdn_scan_key_is_given_name of every vocab key), once for the life
 * of idx. Thread-safe; the scanner calls it before its first scan. Returns CORDON_OK or
 * CORDON_ENOMEM (then nothing is published). */
int cdn_given_keys_ensure(const cordon_index *idx);

/* Whether vocab key v is a given name of some listed person (cdn_given_keys_ensure first). */
static inline bool cdn_given_key(const cordon_index *idx, uint32_t v)
{
    return idx->given_keys[v >> 6] >> (v & 63) & 1;
}

#endif
