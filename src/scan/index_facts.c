/*
 * index_facts.c — what the scanner works out once per index (see index_facts.h).
 */
#include "scan/index_facts.h"

#include <pthread.h>
#include <string.h>

#include "core/alloc.h"
#include "scan/scan_int.h"
#include "scan/stopwords.h"
#include "text/legal_forms.h"

/* The window masks must hold a bit for every length and pair of traits. */
_Static_assert(CDN_SCAN_MAX_WINDOW * 4 <= 32, "a window mask is 32 bits");

bool cdn_scan_facts_allow(const cdn_name_facts *f, size_t len, bool lone, bool legal_form)
{
    /* f->k is the name's token count: no indexed name has more than CDN_MAX_NAME_TOKENS, the
     * loader checks. */
    uint32_t k = f->k - f->form_tail; /* C.A. and S.A. DE C.V. weigh as little as LLC */
    if (len > k + 1 || (len == 1 && k > 3))
        return false;
    if (len == 1 && f->person)
        return false; /* a lone word is a person's only after a full mention (resolve.c) */
    if (len == 1 ? f->words != 1 : f->required > len + 1)
        return false;
    /* A window with one word that says which party, the rest legal forms or titles (Properties
     * Ltd, KBC Group), is a one-word window as far as the rules go: a one-word name only (and
     * the word must be fit to stand alone: mention_of). */
    if (len > 1 && lone && f->content != 1)
        return false;
    /* A person's one-word alias (AMRO) is a lone word, found only after a full mention; and a
     * window with a legal form in it (Amro Group) names no person. */
    if (len > 1 && f->person && (f->content < 2 || legal_form))
        return false;
    return true;
}

/* The window mask of facts f: a bit per window length and pair of traits. */
static uint32_t window_mask(const cdn_name_facts *f)
{
    uint32_t mask = 0;
    for (size_t len = 1; len <= CDN_SCAN_MAX_WINDOW; len++)
        for (int traits = 0; traits < 4; traits++)
            if (cdn_scan_facts_allow(f, len, traits & 2, traits & 1))
                mask |= (uint32_t)1 << ((len - 1) * 4 + (size_t)traits);
    return mask;
}

/* The facts cdn_scan_facts_allow reads, packed in one number. */
static uint64_t allow_facts(const cdn_name_facts *f)
{
    return (uint64_t)f->k | (uint64_t)f->words << 8 | (uint64_t)f->required << 16 | (uint64_t)f->content << 24 |
           (uint64_t)f->person << 32 | (uint64_t)f->form_tail << 40;
}

/* The window masks of every name of idx (its name facts worked out), or NULL when out of
 * memory. Names share a few hundred sets of the facts the tests read: each set is judged once,
 * in a small table of the sets met (open addressing; when it fills, the rest are judged each). */
static uint32_t *window_masks_of(const cordon_index *idx)
{
    enum { SLOTS = 4096 };
    uint32_t *masks = cdn_calloc(idx->names.len ? idx->names.len : 1, sizeof *masks);
    uint64_t *facts = cdn_malloc(SLOTS * sizeof *facts); /* packed facts + 1; 0: empty */
    uint32_t *mask_of = cdn_malloc(SLOTS * sizeof *mask_of);
    if (!masks || !facts || !mask_of) {
        cdn_free(masks);
        cdn_free(facts);
        cdn_free(mask_of);
        return NULL;
    }
    memset(facts, 0, SLOTS * sizeof *facts);
    size_t used = 0;
    for (size_t n = 0; n < idx->names.len; n++) {
        const cdn_name_facts *f = &idx->name_facts[n];
        uint64_t key = allow_facts(f) + 1;
        size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 52) & (SLOTS - 1);
        while (facts[i] && facts[i] != key)
            i = (i + 1) & (SLOTS - 1);
        if (facts[i]) {
            masks[n] = mask_of[i];
            continue;
        }
        masks[n] = window_mask(f);
        if (used * 2 < SLOTS) { /* kept while the table is half empty */
            facts[i] = key;
            mask_of[i] = masks[n];
            used++;
        }
    }
    cdn_free(facts);
    cdn_free(mask_of);
    return masks;
}

/* The given-name bits of every key of idx, or NULL when out of memory. */
static uint64_t *given_keys_of(const cordon_index *idx)
{
    uint64_t *bits = cdn_calloc(idx->vocab.len / 64 + 1, sizeof *bits);
    for (size_t v = 0; bits && v < idx->vocab.len; v++)
        if (cdn_scan_key_is_given_name(idx, (uint32_t)v))
            bits[v >> 6] |= (uint64_t)1 << (v & 63);
    return bits;
}

/* The slot of word (len bytes, of probe p) in the classes, or the empty one where it goes. */
static cdn_word_class *class_slot(cdn_word_class *classes, size_t cap, const char *word, size_t len,
                                  const cdn_word_probe *p)
{
    size_t i = (size_t)p->hash & (cap - 1);
    while (classes[i].word && !(classes[i].len == len && memcmp(classes[i].word, word, len) == 0))
        i = (i + 1) & (cap - 1);
    return &classes[i];
}

/* Puts the function words and titles in f->classes. False when out of memory. */
static bool make_classes(cdn_scan_facts *f)
{
    size_t words = 0;
    while (cdn_stopword_at(words))
        words++;
    for (size_t i = 0; cdn_honorific_at(i); i++)
        words++;
    char code[3];
    for (size_t i = 0; cdn_country_key_at(i, code); i++)
        words++;
    size_t cap = 16;
    while (cap < 2 * words)
        cap *= 2;
    f->classes = cdn_calloc(cap, sizeof *f->classes);
    if (!f->classes)
        return false;
    f->class_cap = cap;
    for (int list = 0; list < 3; list++) {
        const char *word;
        for (size_t i = 0; (word = list == 0   ? cdn_stopword_at(i)
                                   : list == 1 ? cdn_honorific_at(i)
                                               : cdn_country_key_at(i, code)) != NULL;
             i++) {
            size_t len = strlen(word);
            /* The countries' keys of one word in lower-case ASCII letters only: the others
             * (codes, names of several words, other scripts) cdn_word_is_country asks
             * cdn_country_code of. */
            bool plain = len > 0;
            for (size_t b = 0; b < len && plain; b++)
                plain = word[b] >= 'a' && word[b] <= 'z';
            if (list == 2 && (!plain || !cdn_country_code(word, len, code)))
                continue;
            cdn_word_probe p = cdn_word_table_probe(word, len);
            cdn_word_class *c = class_slot(f->classes, cap, word, len, &p);
            if (!c->word)
                *c = (cdn_word_class){p.hash, p.head, word, (uint32_t)len, false, false, false, CDN_STOP_OTHER};
            if (list == 0) {
                c->stop = true;
                c->language = (uint8_t)cdn_stopword_language(word, len);
            } else if (list == 1) {
                c->title = true;
            } else {
                c->country = true;
            }
        }
    }
    return true;
}

void cdn_scan_facts_free(cdn_scan_facts *f)
{
    if (!f)
        return;
    cdn_free(f->given_keys);
    cdn_free(f->window_masks);
    cdn_free(f->classes);
    cdn_free(f);
}

int cdn_index_facts_ensure(const cordon_index *idx)
{
    /* A cache of an index that is otherwise read only, published once as the name facts are
     * (name_facts.c), under the same lock. */
    cordon_index *cache = (cordon_index *)idx;
    if (__atomic_load_n(&cache->scan_facts, __ATOMIC_ACQUIRE))
        return CORDON_OK;
    int status = CORDON_OK;
    pthread_mutex_lock(&cache->facts_lock);
    if (!cache->scan_facts) {
        cdn_scan_facts *f = cdn_calloc(1, sizeof *f);
        if (f && (f->window_masks = window_masks_of(idx)) != NULL && (f->given_keys = given_keys_of(idx)) != NULL &&
            make_classes(f))
            __atomic_store_n(&cache->scan_facts, f, __ATOMIC_RELEASE);
        else {
            cdn_scan_facts_free(f);
            status = CORDON_ENOMEM;
        }
    }
    pthread_mutex_unlock(&cache->facts_lock);
    return status;
}
