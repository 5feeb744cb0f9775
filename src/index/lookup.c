/*
 * lookup.c — reading the matching part of an index: keys, id lists, a name's tokens, token
 * weights, and the keys similar to a misspelt one.
 */
#include <stdbool.h>
#include <string.h>

#include "core/alloc.h"
#include "core/sorted_u32.h"
#include "core/strmap.h"
#include "index/index_int.h"
#include "match/score.h"
#include "text/vowel_key.h"

size_t cdn_trigrams(const char *key, size_t len, char (*out)[3])
{
    if (len < 2)
        return 0;
    if (len > 256)
        len = 256;
    char padded[260];
    padded[0] = '^';
    memcpy(padded + 1, key, len);
    padded[len + 1] = '$';
    size_t n = 0;
    for (size_t i = 0; i + 3 <= len + 2; i++)
        memcpy(out[n++], padded + i, 3);
    return n;
}

const cdn_ikey *cdn_index_key(const cordon_index *idx, const char *key, size_t len)
{
    uint32_t v;
    return cdn_fixmap_get(&idx->maps[CDN_MAP_KEYS], idx->pool, key, len, &v) ? &idx->vocab.items[v] : NULL;
}

const cdn_ikey *cdn_index_press_key(const cordon_index *idx, const cdn_token *t)
{
    if (!cdn_press_spelled_maybe(t))
        return NULL;
    char key[CDN_KEY_MAX + 1];
    size_t n = cdn_orthography_key_press(t->latin, t->latin_shape.len, key);
    return n ? cdn_index_key(idx, key, n) : NULL;
}

const cdn_ilist *cdn_index_vowel_spellings(const cordon_index *idx, const cdn_token *t)
{
    char key[CDN_VOWEL_KEY_MAX + 1];
    size_t n = cdn_vowel_key(t->latin, t->latin_shape.len, key);
    return n ? cdn_index_list_of(idx, &idx->maps[CDN_MAP_VOWELS], key, n) : NULL;
}

const cdn_ilist *cdn_index_list_of(const cordon_index *idx, const cdn_fixmap *map, const char *key, size_t len)
{
    uint32_t n;
    return cdn_fixmap_get(map, idx->pool, key, len, &n) ? &idx->ilists.items[n] : NULL;
}

void cdn_index_name_tokens(const cordon_index *idx, const cdn_iname *e, cdn_token *out)
{
    const cdn_itoken *t = idx->tokens.items + e->tokens;
    for (uint32_t i = 0; i < e->n_tokens; i++)
        out[i] = cdn_index_token(idx, &t[i]);
}

void cdn_index_filter_maps(cordon_index *idx)
{
    static const enum cdn_map FILTERED[] = {CDN_MAP_KEYS, CDN_MAP_DELETIONS, CDN_MAP_LATINS, CDN_MAP_LATIN_DELETIONS};
    for (size_t i = 0; i < sizeof FILTERED / sizeof FILTERED[0]; i++)
        cdn_fixmap_add_filter(&idx->maps[FILTERED[i]]);
}

/* A word on this many indexed entities' names or fewer is rare (CDN_TOK_RARE). Four: of the
 * six lists' 33,000 entities, YEGANE, Gulnihal, KOIJEE and Jefferson are on one or two, and
 * John, Lee, James, Michael on 20 or more; with eight, Christof Schneider (CSL) alerted on a
 * made-up US name that adds a first name to his (session 18). */
#define RARE_NAMES 4

bool cdn_index_key_rare(const cdn_ikey *info) { return info->df <= RARE_NAMES; }

void cdn_index_weigh(const cordon_index *idx, cdn_analyzed *a)
{
    cdn_token *tokens = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++) {
        const cdn_ikey *info = idx ? cdn_index_key(idx, tokens[i].key, strlen(tokens[i].key)) : NULL;
        tokens[i].flags &= (uint16_t)~CDN_TOK_RARE;
        if (!info)
            tokens[i].weight = idx ? idx->unknown_weight : 1.0f;
        else
            tokens[i].weight = tokens[i].flags & CDN_TOK_LEGAL_FORM ? info->weight : info->query_weight;
        if (info && cdn_index_key_rare(info))
            tokens[i].flags |= CDN_TOK_RARE;
    }
}

/* ---- similar keys -------------------------------------------------------------------------- */

/* A small open-addressing set of vocab numbers already offered, so each is reported once. It
 * starts in arrays of ID_SET_FIRST slots that its owner gives it (on the stack: most lookups
 * offer a few dozen keys, and the allocator's calls cost more than the set), and moves to the
 * heap when it fills to half. */
enum { ID_SET_FIRST = 64 };

typedef struct id_set {
    uint32_t *ids;
    uint8_t *used;
    size_t cap;
    size_t count;
    bool allocated; /* ids and used are the heap's */
} id_set;

static bool id_set_add(id_set *s, uint32_t id)
{
    if (s->count * 2 >= s->cap) {
        size_t cap = s->cap * 2;
        uint32_t *ids = cdn_malloc(cap * sizeof *ids);
        uint8_t *used = cdn_calloc(cap, 1);
        if (!ids || !used) {
            cdn_free(ids);
            cdn_free(used);
            return false;
        }
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->used[i])
                continue;
            size_t h = (s->ids[i] * 2654435761u) & (cap - 1);
            while (used[h])
                h = (h + 1) & (cap - 1);
            used[h] = 1;
            ids[h] = s->ids[i];
        }
        if (s->allocated) {
            cdn_free(s->ids);
            cdn_free(s->used);
        }
        s->ids = ids;
        s->used = used;
        s->cap = cap;
        s->allocated = true;
    }
    size_t h = (id * 2654435761u) & (s->cap - 1);
    while (s->used[h]) {
        if (s->ids[h] == id)
            return false;
        h = (h + 1) & (s->cap - 1);
    }
    s->used[h] = 1;
    s->ids[h] = id;
    s->count++;
    return true;
}

/* The keys offered, when a byte per key is counted in (cdn_index_similar_keys_counted): each
 * marked by SEEN_BIT in its byte, where a hash set would be probed (a count is at most 66, below
 * the bit), and listed here to be cleared when the lookup ends. It starts in ID_LIST_FIRST
 * places its owner gives it and moves to the heap when they are full. */
enum { SEEN_BIT = 0x80, ID_LIST_FIRST = 256 };

typedef struct id_list {
    uint32_t *ids;
    size_t n, cap;
    bool allocated; /* ids is the heap's */
} id_list;

static bool id_list_push(id_list *l, uint32_t id)
{
    if (l->n == l->cap) {
        uint32_t *grown = cdn_malloc(l->cap * 2 * sizeof *grown);
        if (!grown)
            return false;
        memcpy(grown, l->ids, l->n * sizeof *grown);
        if (l->allocated)
            cdn_free(l->ids);
        l->ids = grown;
        l->cap *= 2;
        l->allocated = true;
    }
    l->ids[l->n++] = id;
    return true;
}

typedef struct similar_ctx {
    const cordon_index *idx;
    const char *key;
    size_t key_len;
    uint32_t self;     /* the vocabulary number of key, or CDN_NONE: never offered */
    double min_sim;
    bool verify;       /* check the key similarity (off for candidates found by romanisation) */
    uint8_t *counts;   /* per vocab key, 0 (cdn_index_similar_keys_counted), or NULL */
    cdn_edit_pattern pattern; /* key, prepared for the checks */
    uint32_t twice;    /* key's letters held twice or more (cdn_letters_twice) */
    uint8_t edits_for[CDN_KEY_MAX + 1]; /* per length of a key offered: edits_within's answer
                                           plus one, or EDITS_FAR_MARK; 0 until asked */
    id_set seen;       /* the keys offered, without counts */
    id_list marked;    /* the keys offered, with counts: marked by SEEN_BIT there */
    void (*fn)(void *ctx, const cdn_ikey *info, double sim);
    void *fn_ctx;
} similar_ctx;

/* Whether key v is offered for the first time in this lookup (and notes it); false too when
 * out of memory (it is not offered). */
static bool first_offer(similar_ctx *c, uint32_t v)
{
    if (!c->counts)
        return id_set_add(&c->seen, v);
    if ((c->counts[v] & SEEN_BIT) || !id_list_push(&c->marked, v))
        return false;
    c->counts[v] |= SEEN_BIT;
    return true;
}

/* Whether key info is more than max edits from the key looked up by the letters the two hold,
 * counted up to two (cdn_letters_apart), where the check's edit distance is over bytes (both
 * ASCII, at most MAX_CP = 64 long: cdn_pattern_similarity_at_least). Of the keys the
 * bench mix's searches verify, 73 % are turned down so (471,352 of 644,363; the check's own
 * letter-set test turns down 29 %, its bag distance 49 % more): a few words, where the check
 * is a call and a pass over the other key. */
static bool letters_apart(const similar_ctx *c, const cdn_ikey *info, size_t max)
{
    return c->pattern.shape.ascii && info->shape.ascii && info->len <= 64 &&
           cdn_letters_apart(c->pattern.shape.mask, c->twice, info->shape.mask, info->twice, max);
}

/* What edits_within says of a length too far from the key's; and how c->edits_for keeps it. */
#define EDITS_TOO_FAR SIZE_MAX
enum { EDITS_FAR_MARK = 0xFF };

/* The edits the similarity asked allows between the key looked up and a key of len letters, or
 * EDITS_TOO_FAR when their lengths alone are further apart than that: the check's arithmetic
 * (cdn_pattern_similarity_at_least), in floating point. */
static size_t edits_within(const similar_ctx *c, size_t len)
{
    size_t longer = len > c->key_len ? len : c->key_len;
    size_t diff = len > c->key_len ? len - c->key_len : c->key_len - len;
    double edits = (1.0 - c->min_sim) * (double)longer + 1e-9; /* as the check works it out */
    return (double)diff > edits ? EDITS_TOO_FAR : (size_t)edits;
}

/* edits_within for a key of len letters, worked out once a lookup for each length (in
 * c->edits_for): a lookup verifies dozens of keys of a few lengths, and worked it out in
 * floating point for each (682,445 keys over the bench mix's 13,000 searches; 34,556 lengths
 * worked out now, 0.50 % of a search's instructions spared). */
static size_t edits_for_length(similar_ctx *c, size_t len)
{
    if (len > CDN_KEY_MAX)
        return edits_within(c, len);
    unsigned kept = c->edits_for[len];
    if (kept)
        return kept == EDITS_FAR_MARK ? EDITS_TOO_FAR : kept - 1;
    size_t edits = edits_within(c, len);
    if (edits == EDITS_TOO_FAR)
        c->edits_for[len] = EDITS_FAR_MARK;
    else if (edits + 1 < EDITS_FAR_MARK) /* else more than the byte holds: worked out each time */
        c->edits_for[len] = (uint8_t)(edits + 1);
    return edits;
}

/* Verifies one candidate key and reports it when it is similar enough. */
static void offer(similar_ctx *c, uint32_t v)
{
    const cdn_ikey *info = &c->idx->vocab.items[v];
    const char *other = c->idx->pool + info->key;
    size_t max_edits = 0;
    if (c->verify) {
        /* Lengths too far apart for the similarity asked: no need to compare the letters. */
        max_edits = edits_for_length(c, info->len);
        if (max_edits == EDITS_TOO_FAR)
            return;
    }
    if (v == c->self || !first_offer(c, v))
        return; /* the key itself, by number: other's letters are read only when they must be */
    /* Most keys offered are far from this one: their letters tell, before any edit distance. */
    if (c->verify && letters_apart(c, info, max_edits))
        return;
    double sim = c->verify ? cdn_pattern_similarity_at_least(&c->pattern, other, &info->shape, c->min_sim) : c->min_sim;
    if (sim >= c->min_sim)
        c->fn(c->fn_ctx, info, sim);
}

static void offer_list(similar_ctx *c, const cdn_ilist *list)
{
    if (!list)
        return;
    const uint32_t *ids = cdn_index_ids(c->idx, list);
    for (uint32_t i = 0; i < list->n; i++)
        offer(c, ids[i]);
}

/* One edit away from s (a key, or a romanisation): s with a letter deleted may be indexed (an
 * insertion), may be a deletion variant of indexed forms (a substitution or transposition), and
 * s itself may be a deletion variant (a deletion). exact says where whole forms are (the key map,
 * or the romanisation map), deletions where their variants are. */
static void one_edit(similar_ctx *c, const char *s, size_t len, enum cdn_map exact, enum cdn_map deletions)
{
    const cordon_index *idx = c->idx;
    offer_list(c, cdn_index_list_of(idx, &idx->maps[deletions], s, len));
    if (len == 0 || len > CDN_DELETION_MAX_LEN)
        return;
    /* s without its byte i, made from s without byte i - 1 by one byte: at i - 1 it has s[i - 1]
     * where that one had s[i]. Its hash (cdn_fixmap_hash, FNV-1a: byte after byte) goes on
     * from that of s's first i bytes, worked out as i grows, over the bytes after i alone. */
    char variant[CDN_DELETION_MAX_LEN];
    memcpy(variant, s + 1, len - 1);
    uint64_t prefix = CDN_FNV_BASIS;
    for (size_t i = 0; i < len; i++) {
        if (i > 0) {
            variant[i - 1] = s[i - 1];
            prefix = (prefix ^ (unsigned char)s[i - 1]) * CDN_FNV_PRIME;
        }
        if (i > 0 && s[i] == s[i - 1])
            continue;
        /* Hashed once for the two maps it is looked up in. */
        uint64_t full = prefix;
        for (size_t j = i + 1; j < len; j++)
            full = (full ^ (unsigned char)s[j]) * CDN_FNV_PRIME;
        uint32_t v, h = (uint32_t)(size_t)full;
        if (exact == CDN_MAP_KEYS && cdn_fixmap_get_hashed(&idx->maps[exact], idx->pool, variant, len - 1, h, &v))
            offer(c, v);
        else if (exact != CDN_MAP_KEYS && cdn_fixmap_get_hashed(&idx->maps[exact], idx->pool, variant, len - 1, h, &v))
            offer_list(c, &idx->ilists.items[v]);
        if (cdn_fixmap_get_hashed(&idx->maps[deletions], idx->pool, variant, len - 1, h, &v))
            offer_list(c, &idx->ilists.items[v]);
    }
}

/* Whether the ascending ids (n of them) hold id; *at receives its place. A binary search. */
static bool ids_hold(const uint32_t *ids, uint32_t n, uint32_t id, uint32_t *at)
{
    size_t place = cdn_u32_lower_bound(ids, n, id);
    *at = (uint32_t)place;
    return place < n && ids[place] == id;
}

/* Where key id is first met reading the ng lists in order: the list's number << 32 | the
 * key's place in it (every list is ascending). */
static uint64_t first_met(const cordon_index *idx, const cdn_ilist *const *lists, size_t ng, uint32_t id)
{
    for (size_t g = 0; g < ng; g++) {
        uint32_t at;
        if (lists[g] && ids_hold(cdn_index_ids(idx, lists[g]), lists[g]->n, id, &at))
            return (uint64_t)g << 32 | at;
    }
    return UINT64_MAX;
}

/* The most trigram lists by_trigrams reads by binary search rather than whole; the fewest
 * keys a list must hold to be so read; the fewest of the other lists a key must be in to be
 * looked up in them (below that, most keys met would be: a search at a low similarity, where
 * few trigrams are needed, reads every list whole). */
enum { TRIGRAM_SKIPPED = 2, TRIGRAM_SKIP_MIN = 32, TRIGRAM_COUNTED_MIN = 3 };

/* Offers the n keys found (ids), which may be in any order, in the order first met reading
 * the ng lists. Out of memory (more than a few keys), none. */
static void offer_in_order(similar_ctx *c, const cdn_ilist *const *lists, size_t ng, uint32_t *ids, size_t n)
{
    enum { FEW = 64 };
    uint64_t few[FEW], *at = n <= FEW ? few : cdn_malloc(n * sizeof *at);
    if (!at)
        return;
    for (size_t i = 0; i < n; i++) {
        uint64_t where = first_met(c->idx, lists, ng, ids[i]);
        uint32_t id = ids[i];
        size_t j = i; /* an insertion: the keys found are few */
        for (; j > 0 && at[j - 1] > where; j--) {
            at[j] = at[j - 1];
            ids[j] = ids[j - 1];
        }
        at[j] = where;
        ids[j] = id;
    }
    for (size_t i = 0; i < n; i++)
        offer(c, ids[i]);
    if (at != few)
        cdn_free(at);
}

/* by_trigrams' verdict on key id, met count times in the lists read whole: passed over when
 * the lists passed over (skipped) cannot make up need or its length is more than edits from
 * len; offered at once when no list was passed over; else put at met[*n_found] (an entry of met
 * already read, so the keys found gather at its front) when the lists passed over make the
 * count up, to be offered in order after. Inline: it is called for every key that shares
 * enough trigrams (665,763 calls over the 13,000 searches of the bench mix's 6,000-query run),
 * and as a call of eleven arguments, its tests split off by the compiler, it cost about 70
 * instructions a key before offer (its inlining: 182,803 → 181,174 a search). */
static inline __attribute__((always_inline)) void judge(similar_ctx *c, const cdn_ilist *const *lists,
                                                        const size_t *skipped, size_t n_skipped, size_t need,
                                                        size_t edits, size_t len, uint32_t id, size_t count,
                                                        uint32_t *met, size_t *n_found)
{
    if (count + n_skipped < need)
        return;
    size_t other = c->idx->vocab.items[id].len;
    if (other + edits < len || len + edits < other)
        return;
    if (!n_skipped) { /* every list read whole: offered as met */
        offer(c, id);
        return;
    }
    for (size_t s = 0; s < n_skipped; s++) {
        uint32_t at;
        count += ids_hold(cdn_index_ids(c->idx, lists[skipped[s]]), lists[skipped[s]]->n, id, &at);
    }
    if (count >= need)
        met[(*n_found)++] = id;
}

/* The counting of by_trigrams (after its lists are chosen: see there) in c->counts, a byte
 * per vocab key, rather than in a table hashed into: the keys met, in the order first met,
 * those in need of the lists (the skipped ones looked up) offered in the order first met, and
 * every count set back to 0. The same keys in the same order. */
static void count_by_byte(similar_ctx *c, const cdn_ilist *const *lists, size_t ng, const bool *skip,
                          const size_t *skipped, size_t n_skipped, size_t need, size_t edits, size_t total)
{
    const cordon_index *idx = c->idx;
    uint8_t *counts = c->counts;
    enum { STACK_MET = 2048 };
    uint32_t stack_met[STACK_MET];
    uint32_t *met = total <= STACK_MET ? stack_met : cdn_malloc(total * sizeof *met); /* ids, as first met */
    if (!met)
        return;
    size_t n_met = 0;
    for (size_t g = 0; g < ng; g++) {
        const uint32_t *list = lists[g] && !skip[g] ? cdn_index_ids(idx, lists[g]) : NULL;
        for (uint32_t i = 0; list && i < lists[g]->n; i++) {
            uint32_t id = list[i];
            if (!counts[id]) /* a key offered already (SEEN_BIT) is not met again */
                met[n_met++] = id;
            counts[id]++; /* at most ng, 66, beside SEEN_BIT */
        }
    }
    size_t n_found = 0;
    for (size_t k = 0; k < n_met; k++) {
        uint32_t id = met[k];
        size_t count = counts[id];
        counts[id] = 0;
        if (count + n_skipped >= need) /* the common case out first, as judge would */
            judge(c, lists, skipped, n_skipped, need, edits, c->key_len, id, count, met, &n_found);
    }
    offer_in_order(c, lists, ng, met, n_found);
    if (met != stack_met)
        cdn_free(met);
}

/* Two edits away, for long keys: those sharing enough trigrams (each edit destroys at most
 * three of them), offered in the order first met, list by list (the order decides which keys a
 * caller that keeps the first few keeps).
 *
 * A key must be in need of the ng lists. The longest lists (at most TRIGRAM_SKIPPED, so few
 * that a key must still be in TRIGRAM_COUNTED_MIN of the others) are not read whole: the keys
 * counted in the others often enough to get there with them are looked up in them by binary
 * search (every list is ascending: build.c adds the keys in vocabulary order), and the few
 * found are offered in the order a reading of every list would have met them. In a word's
 * near spellings for the scanner (at 0.8), the two longest of a word's lists held half the
 * keys read. */
static void by_trigrams(similar_ctx *c, size_t len)
{
    const cordon_index *idx = c->idx;
    char grams[66][3];
    size_t ng = cdn_trigrams(c->key, len, grams);
    size_t edits = (size_t)((1.0 - c->min_sim) * (double)len + 1e-9);
    size_t need = ng > 3 * edits ? ng - 3 * edits : 1;
    size_t total = 0;
    const cdn_ilist *lists[66];
    for (size_t g = 0; g < ng; g++) {
        lists[g] = cdn_index_list_of(idx, &idx->maps[CDN_MAP_TRIGRAMS], grams[g], 3);
        total += lists[g] ? lists[g]->n : 0;
    }
    if (total == 0)
        return;
    /* The longest lists, skipped; a list skipped is one whose g is in skipped[]. */
    size_t skipped[TRIGRAM_SKIPPED], n_skipped = 0;
    bool skip[66] = {false};
    while (n_skipped < TRIGRAM_SKIPPED && n_skipped + 1 + TRIGRAM_COUNTED_MIN <= need) {
        size_t longest = ng;
        for (size_t g = 0; g < ng; g++)
            if (!skip[g] && lists[g] && lists[g]->n >= TRIGRAM_SKIP_MIN && (longest == ng || lists[g]->n > lists[longest]->n))
                longest = g;
        if (longest == ng)
            break;
        skip[longest] = true;
        skipped[n_skipped++] = longest;
        total -= lists[longest]->n;
    }
    if (c->counts) {
        count_by_byte(c, lists, ng, skip, skipped, n_skipped, need, edits, total);
        return;
    }
    size_t cap = 64;
    while (cap < total * 2)
        cap *= 2;
    /* Most words meet a few hundred keys: their tables on the stack, as the allocator's
     * calls cost more than the counting. */
    enum { STACK_SLOTS = 2048 };
    uint32_t stack_ids[STACK_SLOTS], stack_met[STACK_SLOTS / 2];
    uint16_t stack_counts[STACK_SLOTS];
    bool small = cap <= STACK_SLOTS;
    uint32_t *ids = small ? stack_ids : cdn_malloc(cap * sizeof *ids);
    uint16_t *counts = small ? stack_counts : cdn_malloc(cap * sizeof *counts);
    uint32_t *met = small ? stack_met : cdn_malloc((total ? total : 1) * sizeof *met); /* the slots filled, in the order filled */
    if (counts)
        memset(counts, 0, cap * sizeof *counts);
    if (ids && counts && met) {
        size_t n_met = 0;
        for (size_t g = 0; g < ng; g++) {
            const uint32_t *list = lists[g] && !skip[g] ? cdn_index_ids(idx, lists[g]) : NULL;
            for (uint32_t i = 0; list && i < lists[g]->n; i++) {
                size_t h = (list[i] * 2654435761u) & (cap - 1);
                while (counts[h] && ids[h] != list[i])
                    h = (h + 1) & (cap - 1);
                if (!counts[h])
                    met[n_met++] = (uint32_t)h;
                ids[h] = list[i];
                counts[h]++;
            }
        }
        /* The keys met, rather than every slot of a table at least twice their number. With
         * lists skipped, those that reach need with them are gathered at the front of met
         * (whose entries there are read), then offered in the order first met (first_met). */
        size_t n_found = 0;
        for (size_t k = 0; k < n_met; k++) {
            size_t count = counts[met[k]];
            if (count + n_skipped >= need) /* the common case out first, as judge would */
                judge(c, lists, skipped, n_skipped, need, edits, len, ids[met[k]], count, met, &n_found);
        }
        offer_in_order(c, lists, ng, met, n_found);
    }
    if (!small) {
        cdn_free(ids);
        cdn_free(counts);
        cdn_free(met);
    }
}

void cdn_index_similar_keys(const cordon_index *idx, const char *key, const char *latin, double min_sim,
                            void (*fn)(void *ctx, const cdn_ikey *info, double sim), void *ctx)
{
    cdn_index_similar_keys_counted(idx, key, latin, min_sim, NULL, fn, ctx);
}

void cdn_index_similar_keys_counted(const cordon_index *idx, const char *key, const char *latin, double min_sim,
                                    uint8_t *counts, void (*fn)(void *ctx, const cdn_ikey *info, double sim),
                                    void *ctx)
{
    size_t len = strlen(key);
    if (len < 4 || len > 64)
        return;
    uint32_t self;
    if (!cdn_fixmap_get(&idx->maps[CDN_MAP_KEYS], idx->pool, key, len, &self))
        self = CDN_NONE;
    uint32_t first_ids[ID_SET_FIRST], first_marked[ID_LIST_FIRST];
    uint8_t first_used[ID_SET_FIRST] = {0};
    similar_ctx c = {idx,  key, len, self, min_sim, true, counts, {0}, 0, {0}, {first_ids, first_used, ID_SET_FIRST, 0, false},
                     {first_marked, 0, ID_LIST_FIRST, false}, fn, ctx};
    cdn_shape shape;
    cdn_shape_of(key, &shape);
    cdn_edit_pattern_init(&c.pattern, key, &shape);
    c.twice = cdn_letters_twice(key);
    one_edit(&c, key, len, CDN_MAP_KEYS, CDN_MAP_DELETIONS);
    if (len >= CDN_TRIGRAM_MIN_LEN)
        by_trigrams(&c, len);
    size_t latin_len = latin ? strlen(latin) : 0;
    if (latin_len >= 4) {
        /* One edit of the romanisation: the scorer compares romanisations too, so they are
         * candidates whatever their keys look like — among the romanisations that differ from
         * their keys (onenesos, one edit from oneness whose key is onenes), and among those that
         * are their own keys, which live in the key maps (haxib, one edit from habib, although
         * the key of haxib is hacsib). */
        c.verify = false;
        one_edit(&c, latin, latin_len, CDN_MAP_LATINS, CDN_MAP_LATIN_DELETIONS);
        if (strcmp(latin, key) != 0)
            one_edit(&c, latin, latin_len, CDN_MAP_KEYS, CDN_MAP_DELETIONS);
    }
    if (c.seen.allocated) {
        cdn_free(c.seen.ids);
        cdn_free(c.seen.used);
    }
    for (size_t i = 0; i < c.marked.n; i++)
        counts[c.marked.ids[i]] = 0; /* its mark, and any count of it (not read: it was offered) */
    if (c.marked.allocated)
        cdn_free(c.marked.ids);
}
