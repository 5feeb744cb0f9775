/*
 * given_keys.c — the given-name bit of every key of an index (see given_keys.h).
 */
#include "scan/given_keys.h"

#include <pthread.h>

#include "core/alloc.h"
#include "scan/scan_int.h"

int cdn_given_keys_ensure(const cordon_index *idx)
{
    /* A cache of an index that is otherwise read only, published once as the name facts are
     * (name_facts.c), under the same lock. */
    cordon_index *cache = (cordon_index *)idx;
    if (__atomic_load_n(&cache->given_keys, __ATOMIC_ACQUIRE))
        return CORDON_OK;
    int status = CORDON_OK;
    pthread_mutex_lock(&cache->facts_lock);
    if (!cache->given_keys) {
        size_t words = idx->vocab.len / 64 + 1;
        uint64_t *bits = cdn_calloc(words, sizeof *bits);
        if (bits) {
            for (size_t v = 0; v < idx->vocab.len; v++)
                if (cdn_scan_key_is_given_name(idx, (uint32_t)v))
                    bits[v >> 6] |= (uint64_t)1 << (v & 63);
            __atomic_store_n(&cache->given_keys, bits, __ATOMIC_RELEASE);
        } else {
            status = CORDON_ENOMEM;
        }
    }
    pthread_mutex_unlock(&cache->facts_lock);
    return status;
}
