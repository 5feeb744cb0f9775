/*
 * build.c — analyzing every name of every entity once, at load time, into the matching part of
 * the index (index_int.h): tokens, names, the key vocabulary with rarity and postings, and the
 * lookups for skeletons, trigrams and one-letter deletions.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "index/index_int.h"
#include "text/abjad.h"
#include "text/abjad_keys.h"
#include "text/english.h"
#include "text/french.h"
#include "text/hangul.h"
#include "text/orthography.h"
#include "text/readings.h"
#include "text/sounds.h"
#include "text/transcription.h"
#include "text/vowel_key.h"
#include "match/score.h"


typedef struct builder {
    cordon_index *idx;
    cdn_strbuf pool;
    cdn_fixmap interned;     /* string → pool offset */
    cdn_vec tokens;          /* cdn_itoken */
    cdn_vec names;           /* cdn_iname */
    cdn_vec vocab;           /* cdn_ikey */
    cdn_vec u32;             /* uint32_t */
    cdn_vec lists;           /* cdn_vec of uint32_t, one per id list while building */
    cdn_fixmap maps[CDN_N_MAPS];
    cdn_vec last_entity;     /* per vocab entry: the last entity counted in its df */
} builder;

/* The pool offset of s (len bytes), adding it once. */
static bool intern(builder *b, const char *s, size_t len, uint32_t *off)
{
    if (cdn_fixmap_get(&b->interned, b->pool.data ? b->pool.data : "", s, len, off))
        return true;
    if (b->pool.len + len + 1 >= UINT32_MAX)
        return false;
    *off = (uint32_t)b->pool.len;
    return cdn_strbuf_append(&b->pool, s, len) && cdn_strbuf_append_char(&b->pool, '\0') &&
           cdn_fixmap_put(&b->interned, b->pool.data, *off, (uint32_t)len, *off, NULL);
}

/* The id list stored under key in map (creating it); returns its number or CDN_NONE. */
static uint32_t list_for(builder *b, cdn_fixmap *map, const char *key, size_t len)
{
    uint32_t n;
    if (cdn_fixmap_get(map, b->pool.data ? b->pool.data : "", key, len, &n))
        return n;
    uint32_t off;
    if (!intern(b, key, len, &off))
        return CDN_NONE;
    cdn_vec fresh;
    cdn_vec_init(&fresh, sizeof(uint32_t));
    n = (uint32_t)b->lists.len;
    if (!cdn_vec_push(&b->lists, &fresh) || !cdn_fixmap_put(map, b->pool.data, off, (uint32_t)len, n, NULL))
        return CDN_NONE;
    return n;
}

/* Adds id to the list under key, unless it was the last one added. */
static bool add_id(builder *b, cdn_fixmap *map, const char *key, size_t len, uint32_t id)
{
    uint32_t n = list_for(b, map, key, len);
    if (n == CDN_NONE)
        return false;
    cdn_vec *list = cdn_vec_at(&b->lists, n);
    if (list->len && *(uint32_t *)cdn_vec_at(list, list->len - 1) == id)
        return true;
    return cdn_vec_push(list, &id) != NULL;
}

/* The vocabulary number of a key (adding it). */
static uint32_t vocab_for(builder *b, const char *key, size_t len)
{
    uint32_t v;
    if (cdn_fixmap_get(&b->maps[CDN_MAP_KEYS], b->pool.data ? b->pool.data : "", key, len, &v))
        return v;
    uint32_t off;
    if (!intern(b, key, len, &off))
        return CDN_NONE;
    cdn_ikey info = {off, (uint32_t)len, 0, 0.0f, 0.0f, 0, 0, {0}, 0};
    cdn_shape_of(b->pool.data + off, &info.shape);
    info.twice = cdn_letters_twice(b->pool.data + off);
    const cordon_entity *none = NULL;
    v = (uint32_t)b->vocab.len;
    if (!cdn_vec_push(&b->vocab, &info) || !cdn_vec_push(&b->last_entity, &none) ||
        !cdn_fixmap_put(&b->maps[CDN_MAP_KEYS], b->pool.data, off, (uint32_t)len, v, NULL))
        return CDN_NONE;
    return v;
}

/* Analyzes one name and appends its tokens and entry. */
static int add_name(builder *b, cdn_analyzed *a, uint32_t entity, uint32_t name_no)
{
    cordon_index *idx = b->idx;
    const cordon_entity *e = cdn_index_entity_at(idx, entity);
    const cordon_name *name = &e->names[name_no];
    cdn_analyzed_reset(a);
    int status = cdn_analyze_name(a, idx->translit, name->full, strlen(name->full), e->schema, name);
    if (status == CORDON_EINVAL)
        return cdn_error_set(&idx->err, CORDON_EDATA, "%s: name '%s' is not valid UTF-8", e->id, name->full);
    if (status != CORDON_OK)
        return cdn_error_nomem(&idx->err);
    if (a->tokens.len == 0)
        return CORDON_OK; /* a name of punctuation only: nothing to match */
    cdn_analyzed_finish(a);
    cdn_analyzed_mark_spelled_letters(a);

    cdn_iname entry = {entity, name_no, (uint32_t)b->tokens.len, (uint32_t)a->tokens.len, 0.0f, 0};
    const cdn_token *src = a->tokens.items;
    for (size_t i = 0; i < a->tokens.len; i++) {
        cdn_itoken t = {0, 0, 0, 0, 1.0f, src[i].flags, src[i].latin_shape, src[i].key_shape, 0, 0};
        const char *marked = src[i].marked ? src[i].marked : "";
        if (!intern(b, src[i].text, strlen(src[i].text), &t.text) ||
            !intern(b, src[i].latin, strlen(src[i].latin), &t.latin) ||
            !intern(b, src[i].skel, strlen(src[i].skel), &t.skel) || !intern(b, marked, strlen(marked), &t.marked) ||
            (t.key = vocab_for(b, src[i].key, strlen(src[i].key))) == CDN_NONE || !cdn_vec_push(&b->tokens, &t))
            return cdn_error_nomem(&idx->err);
    }
    return cdn_vec_push(&b->names, &entry) ? CORDON_OK : cdn_error_nomem(&idx->err);
}

/* Whether token i of the name repeats a key already seen earlier in the same name (tokens'
 * key fields hold vocab numbers while building). */
static bool repeated_key(const cdn_itoken *t, uint32_t i)
{
    for (uint32_t j = 0; j < i; j++)
        if (t[j].key == t[i].key)
            return true;
    return false;
}

/* A token's text and romanisation, its marked form (pool offsets, equal for equal strings),
 * and its number. */
typedef struct form_of {
    uint64_t strings;
    uint32_t marked;
    uint32_t token;
} form_of;

static int by_strings(const void *a, const void *b)
{
    const form_of *x = a, *y = b;
    if (x->strings != y->strings)
        return x->strings < y->strings ? -1 : 1;
    return x->marked < y->marked ? -1 : x->marked > y->marked;
}

/* Numbers the tokens' forms from 1: tokens with the same text, romanisation and marked form
 * (Сергей and Сергеи differ in it) get the same number. The scorer's similarity of two tokens depends on nothing else, and a search memoises
 * it by form (score.h). */
static int number_forms(builder *b)
{
    cdn_itoken *tokens = b->tokens.items;
    size_t n = b->tokens.len;
    form_of *order = n ? cdn_malloc(n * sizeof *order) : NULL;
    if (n && !order)
        return cdn_error_nomem(&b->idx->err);
    for (size_t i = 0; i < n; i++)
        order[i] = (form_of){(uint64_t)tokens[i].text << 32 | tokens[i].latin, tokens[i].marked, (uint32_t)i};
    if (n)
        qsort(order, n, sizeof *order, by_strings); /* (an empty index has no array to pass) */
    uint32_t form = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || by_strings(&order[i], &order[i - 1]) != 0)
            form++;
        tokens[order[i].token].form = form;
    }
    b->idx->n_forms = form + 1;
    cdn_free(order);
    return CORDON_OK;
}

/* Orders names by their tokens' forms and flags (qsort_r: ctx is the builder). */
static int by_tokens(const void *x, const void *y, void *ctx)
{
    const builder *b = ctx;
    const cdn_iname *names = b->names.items;
    const cdn_itoken *tokens = b->tokens.items;
    const cdn_iname *p = &names[*(const uint32_t *)x], *q = &names[*(const uint32_t *)y];
    if (p->n_tokens != q->n_tokens)
        return p->n_tokens < q->n_tokens ? -1 : 1;
    for (uint32_t i = 0; i < p->n_tokens; i++) {
        const cdn_itoken *s = &tokens[p->tokens + i], *t = &tokens[q->tokens + i];
        if (s->form != t->form)
            return s->form < t->form ? -1 : 1;
        if (s->flags != t->flags)
            return s->flags < t->flags ? -1 : 1;
    }
    return 0;
}

/* Numbers the names' twins from 1 (after number_forms): names whose tokens are the same forms
 * with the same flags, in the same order, get the same number — a search scores one of them
 * and knows the others' scores. */
static int number_twins(builder *b)
{
    size_t n = b->names.len;
    uint32_t *order = n ? cdn_malloc(n * sizeof *order) : NULL;
    if (n && !order)
        return cdn_error_nomem(&b->idx->err);
    for (size_t i = 0; i < n; i++)
        order[i] = (uint32_t)i;
    if (n)
        qsort_r(order, n, sizeof *order, by_tokens, b);
    cdn_iname *names = b->names.items;
    uint32_t twin = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || by_tokens(&order[i - 1], &order[i], b) != 0)
            twin++;
        names[order[i]].twin = twin;
    }
    b->idx->n_twins = twin + 1;
    cdn_free(order);
    return CORDON_OK;
}

/* Document frequencies (per entity: six aliases with the same surname do not make it common),
 * those of the uses that are no legal form into named_df, and postings (per name), laid out in
 * u32. */
static int build_postings(builder *b, uint32_t *named_df, const cordon_entity **last_named)
{
    cdn_iname *names = b->names.items;
    cdn_itoken *tokens = b->tokens.items;
    cdn_ikey *vocab = b->vocab.items;
    const cordon_entity **last = b->last_entity.items;
    for (size_t n = 0; n < b->names.len; n++) {
        const cordon_entity *e = cdn_index_entity_at(b->idx, names[n].entity);
        cdn_itoken *t = tokens + names[n].tokens;
        for (uint32_t i = 0; i < names[n].n_tokens; i++) {
            if (repeated_key(t, i))
                continue;
            cdn_ikey *k = &vocab[t[i].key];
            k->n_postings++;
            if (last[t[i].key] != e) {
                last[t[i].key] = e;
                k->df++;
            }
            if (!(t[i].flags & CDN_TOK_LEGAL_FORM) && last_named[t[i].key] != e) {
                last_named[t[i].key] = e;
                named_df[t[i].key]++;
            }
        }
    }
    size_t total = 0;
    for (size_t v = 0; v < b->vocab.len; v++) {
        vocab[v].postings = (uint32_t)total;
        total += vocab[v].n_postings;
        vocab[v].n_postings = 0;
    }
    if (total >= UINT32_MAX || !cdn_vec_reserve(&b->u32, total))
        return cdn_error_nomem(&b->idx->err);
    b->u32.len = total;
    uint32_t *u32 = b->u32.items;
    for (size_t n = 0; n < b->names.len; n++) {
        cdn_itoken *t = tokens + names[n].tokens;
        for (uint32_t i = 0; i < names[n].n_tokens; i++) {
            if (repeated_key(t, i))
                continue;
            cdn_ikey *k = &vocab[t[i].key];
            u32[k->postings + k->n_postings++] = (uint32_t)n;
        }
    }
    return CORDON_OK;
}

/* Token weight: inverse document frequency over entities, ln(1 + N / df) (Spärck Jones 1972);
 * a query's word that is no legal form weighs by the entities whose names have it as none
 * (named_df: Sá of Lia Sá is no S.A., and the thousands of S.A. do not make it common).
 * Afterwards the tokens' key fields hold pool offsets, like every other string field. */
static void weigh(builder *b, const uint32_t *named_df)
{
    double total = (double)b->idx->entities.len;
    /* With nothing indexed, every token weighs the same. */
    b->idx->unknown_weight = total > 0 ? (float)log(1.0 + total / 0.5) : 1.0f;
    cdn_ikey *vocab = b->vocab.items;
    for (size_t v = 0; v < b->vocab.len; v++) {
        vocab[v].weight = (float)log(1.0 + total / (double)vocab[v].df);
        /* a word only ever a legal form is, as a name, as rare as one the lists do not have */
        vocab[v].query_weight = (float)log(1.0 + total / (named_df[v] ? (double)named_df[v] : 0.5));
    }
    cdn_iname *names = b->names.items;
    cdn_itoken *tokens = b->tokens.items;
    for (size_t n = 0; n < b->names.len; n++) {
        float sum = 0.0f;
        for (uint32_t i = 0; i < names[n].n_tokens; i++) {
            cdn_itoken *t = &tokens[names[n].tokens + i];
            t->weight = vocab[t->key].weight;
            t->key = vocab[t->key].key;
            cdn_token view = {"", b->pool.data + t->latin, "", "", t->weight, (uint16_t)t->flags, t->latin_shape,
                              t->key_shape, t->form, NULL};
            sum += (float)cdn_name_token_weight(&view);
        }
        names[n].name_weight = sum;
    }
}

/* Adds every one-letter deletion of s (len bytes) to map, pointing at vocab number v. */
static int add_deletions(builder *b, cdn_fixmap *map, const char *s, size_t len, uint32_t v)
{
    if (len < CDN_DELETION_MIN_LEN || len > CDN_DELETION_MAX_LEN)
        return CORDON_OK;
    char variant[CDN_DELETION_MAX_LEN];
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && s[i] == s[i - 1])
            continue; /* deleting either letter of a double gives the same variant */
        memcpy(variant, s, i);
        memcpy(variant + i, s + i + 1, len - i - 1);
        if (!add_id(b, map, variant, len - 1, v))
            return CORDON_ENOMEM;
    }
    return CORDON_OK;
}

/* Records a token's romanisation (when it differs from its key) and its deletions. */
static int add_latin(builder *b, const cdn_itoken *t)
{
    char latin[CDN_DELETION_MAX_LEN + 1];
    const char *l = b->pool.data + t->latin;
    size_t len = strlen(l);
    if (len == 0 || len > CDN_DELETION_MAX_LEN || t->latin == t->key)
        return CORDON_OK;
    memcpy(latin, l, len); /* a copy: the pool grows below */
    uint32_t v;
    cdn_fixmap_get(&b->maps[CDN_MAP_KEYS], b->pool.data, b->pool.data + t->key, strlen(b->pool.data + t->key), &v);
    uint32_t n = list_for(b, &b->maps[CDN_MAP_LATINS], latin, len);
    if (n == CDN_NONE)
        return CORDON_ENOMEM;
    cdn_vec *list = cdn_vec_at(&b->lists, n);
    for (size_t j = 0; j < list->len; j++)
        if (*(uint32_t *)cdn_vec_at(list, j) == v)
            return CORDON_OK; /* seen: its deletions are in already */
    if (!cdn_vec_push(list, &v))
        return CORDON_ENOMEM;
    return add_deletions(b, &b->maps[CDN_MAP_LATIN_DELETIONS], latin, len, v);
}

/* Adds the vocab number of the token's key to the list that map holds under str (n bytes), once. */
static int add_key_under(builder *b, cdn_fixmap *map, const cdn_itoken *t, const char *str, size_t n)
{
    uint32_t v;
    cdn_fixmap_get(&b->maps[CDN_MAP_KEYS], b->pool.data, b->pool.data + t->key, strlen(b->pool.data + t->key), &v);
    uint32_t l = list_for(b, map, str, n);
    if (l == CDN_NONE)
        return CORDON_ENOMEM;
    cdn_vec *list = cdn_vec_at(&b->lists, l);
    for (size_t j = 0; j < list->len; j++)
        if (*(uint32_t *)cdn_vec_at(list, j) == v)
            return CORDON_OK;
    return cdn_vec_push(list, &v) ? CORDON_OK : CORDON_ENOMEM;
}

/* Adds the token's key to the list map holds under each of the n strings (each `stride` bytes
 * apart in strings) that is at least min_len long. */
static int add_key_under_each(builder *b, cdn_fixmap *map, const cdn_itoken *t, const char *strings, size_t stride,
                              size_t n, size_t min_len)
{
    for (size_t v = 0; v < n; v++) {
        const char *str = strings + v * stride;
        size_t len = strlen(str);
        if (len >= min_len && add_key_under(b, map, t, str, len) != CORDON_OK)
            return CORDON_ENOMEM;
    }
    return CORDON_OK;
}

/* Adds the Latin token t's key to the list of each of the n_loose keys loose[] not among its
 * n other keys have[0, n), written after mark. */
static int add_marked_keys(builder *b, const cdn_itoken *t, char mark, char loose[][CDN_CLASSES_MAX + 1],
                           size_t n_loose, char have[][CDN_CLASSES_MAX + 1], size_t n)
{
    for (size_t v = 0; v < n_loose; v++) {
        bool known = false;
        for (size_t i = 0; i < n && !known; i++)
            known = strcmp(have[i], loose[v]) == 0;
        char marked[CDN_CLASSES_MAX + 2];
        size_t len = strlen(loose[v]);
        marked[0] = mark;
        memcpy(marked + 1, loose[v], len + 1);
        if (!known && add_key_under(b, &b->maps[CDN_MAP_CLASSES], t, marked, len + 1) != CORDON_OK)
            return CORDON_ENOMEM;
    }
    return CORDON_OK;
}

/* Adds the Latin token t's key to the lists of the loose keys (cdn_abjad_loose_keys) of the
 * spelling at pool offset at (t's romanisation or its marked form) that are not among its n
 * other keys have[0, n), each written after CDN_ABJAD_LOOSE_MARK: what a word in the scripts
 * that no other key leads to its spelling looks up (Marivaux for ماريفو, Tiote, of one class,
 * for تيوتي). A short French name whose final s Hebrew leaves unwritten (abjad.h:
 * cdn_abjad_short_silent_s) is filed under its loose keys as read against Hebrew too, after
 * CDN_ABJAD_HEBREW_LOOSE_MARK, which only a Hebrew word looks up: Louis as l, for לואי
 * (session 17's Louis Jouvet); an Arabic word writes that s (لويس). */
static int add_loose_classes(builder *b, const cdn_itoken *t, uint32_t at, char have[][CDN_CLASSES_MAX + 1], size_t n)
{
    char loose[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1], hebrew[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    size_t n_loose = cdn_abjad_loose_keys(b->pool.data + at, 0, loose), n_hebrew = 0;
    if (cdn_abjad_short_silent_s(b->pool.data + at))
        n_hebrew = cdn_abjad_loose_keys(b->pool.data + at, CDN_ABJAD_FACING_HEBREW, hebrew);
    if (add_marked_keys(b, t, CDN_ABJAD_LOOSE_MARK, loose, n_loose, have, n) != CORDON_OK)
        return CORDON_ENOMEM;
    return add_marked_keys(b, t, CDN_ABJAD_HEBREW_LOOSE_MARK, hebrew, n_hebrew, loose, n_loose);
}

/* Adds the Latin token t's key to the lists of the consonant-class keys, short keys and loose
 * keys of the spelling at pool offset at (an offset: filing a key may move the pool). */
static int add_spelling_classes(builder *b, const cdn_itoken *t, uint32_t at)
{
    char keys[2 * CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    size_t n = cdn_abjad_keys(b->pool.data + at, 0, keys);
    if (add_key_under_each(b, &b->maps[CDN_MAP_CLASSES], t, keys[0], sizeof keys[0], n, CDN_ABJAD_KEY_MIN) != CORDON_OK)
        return CORDON_ENOMEM;
    size_t n_long = n;
    n += cdn_abjad_short_keys(b->pool.data + at, 0, keys + n);
    if (add_key_under_each(b, &b->maps[CDN_MAP_CLASSES], t, keys[n_long], sizeof keys[0], n - n_long,
                           CDN_ABJAD_SHORT_KEY) != CORDON_OK)
        return CORDON_ENOMEM;
    return add_loose_classes(b, t, at, keys, n);
}

/* The Latin token t's spelling as English says it (english.h) into out, when one of rules (those
 * a matcher asks for: CDN_ENGLISH_FOR_CLASSES...) changes it: the words the scorer reads so too
 * (score.c, read_as_english): cdn_spelling_read_aloud. */
static bool english_of(const builder *b, const cdn_itoken *t, unsigned rules, char out[CDN_ENGLISH_ROOM(CDN_ENGLISH_MAX)])
{
    return cdn_spelling_read_aloud(&t->latin_shape, t->flags) &&
           (cdn_english_reading(b->pool.data + t->latin, t->latin_shape.len, out) & rules);
}

/* Adds the Latin token t's key to the lists of the consonant-class keys of its spelling as English
 * says it (english.h), as the scorer reads it against Arabic and Hebrew: Motion under m s n,
 * which מושן looks up (its spelling gives m t n). */
static int add_english_classes(builder *b, const cdn_itoken *t)
{
    char said[CDN_ENGLISH_ROOM(CDN_ENGLISH_MAX)];
    uint32_t at;
    if (!english_of(b, t, CDN_ENGLISH_FOR_CLASSES, said))
        return CORDON_OK;
    if (!intern(b, said, strlen(said), &at))
        return CORDON_ENOMEM;
    return add_spelling_classes(b, t, at);
}

/* Adds the Latin token t's key to the lists of the consonant-class keys of its spelling as
 * French says it (french.h), as the scorer reads it against Arabic and Hebrew (score.c,
 * read_as_french; the words cdn_spelling_read_aloud): Blanc under b l n,
 * which בלאן looks up (its spelling gives b l n k), Géricault under k r k (gerico) for جيريكو.
 * Session 23, Wikidata by search rows 3,000-8,000: Hebrew 4587 -> 4592, Arabic 4604 -> 4605 of
 * 5000, none lost; one-word cross-script alarms Hebrew 14 -> 15 of 500 (מאיר כהן / CHAHINE,
 * Mireille: the scorer's own 0.85), Arabic the same 162. */
static int add_french_classes(builder *b, const cdn_itoken *t)
{
    if (!cdn_spelling_read_aloud(&t->latin_shape, t->flags))
        return CORDON_OK;
    char said[CDN_FRENCH_ROOM(CDN_ENGLISH_MAX)];
    uint32_t at;
    if (!cdn_french_reading(b->pool.data + t->latin, t->latin_shape.len, said))
        return CORDON_OK;
    if (!intern(b, said, strlen(said), &at))
        return CORDON_ENOMEM;
    return add_spelling_classes(b, t, at);
}

/* Adds the token's key to the lists of its consonant-class keys (abjad_keys.h): how a name
 * written without short vowels finds its Latin spellings (and its other spellings in its own
 * script). A romanisation from an alphabet or syllables is keyed as a Latin spelling is. A
 * Latin spelling is filed under its short and loose keys too, and a word whose marks
 * normalisation folded under the keys of its marked form as well (kept_letters.h: Žirková
 * zhirkova, which the scorer reads so against جيركوفا: score.c, consonants_agree_either), and
 * one English says otherwise than it is spelled under those of its English reading. */
static int add_classes(builder *b, const cdn_itoken *t)
{
    if (!(t->flags & (CDN_TOK_ABJAD | CDN_TOK_ROMANISED | CDN_TOK_LEGAL_FORM | CDN_TOK_HONORIFIC))) {
        if (add_spelling_classes(b, t, t->latin) != CORDON_OK ||
            (b->pool.data[t->marked] && add_spelling_classes(b, t, t->marked) != CORDON_OK))
            return CORDON_ENOMEM;
        if (add_french_classes(b, t) != CORDON_OK)
            return CORDON_ENOMEM;
        return add_english_classes(b, t);
    }
    /* A word in the scripts, a romanisation or a legal form never meets a short or loose key. */
    char keys[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1];
    unsigned flags = (t->flags & CDN_TOK_ABJAD) ? cdn_abjad_flags_of(b->pool.data + t->text) : 0u;
    size_t n = cdn_abjad_keys(b->pool.data + t->latin, flags, keys);
    return add_key_under_each(b, &b->maps[CDN_MAP_CLASSES], t, keys[0], sizeof keys[0], n, CDN_ABJAD_KEY_MIN);
}

/* Appends to strings[0..n) (cap of them) the sound strings of more[0..nm) it lacks; returns
 * the new count. */
static size_t add_distinct_sounds(char strings[][CDN_SOUNDS_MAX + 1], size_t n, size_t cap,
                                  char more[][CDN_SOUNDS_MAX + 1], size_t nm)
{
    for (size_t v = 0; v < nm && n < cap; v++) {
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = strcmp(strings[k], more[v]) == 0;
        if (!seen)
            memcpy(strings[n++], more[v], sizeof more[v]);
    }
    return n;
}

/* The most sound strings a Latin token is filed under: its own readings, its marked form's,
 * and one a reading heard (cdn_readings_heard). */
enum { TOKEN_SOUNDS_MAX = 2 * CDN_SOUND_VARIANTS + CDN_READINGS_HEARD };

/* Adds a Latin-script token's key to the lists of its sound classes under each reading of it
 * (sounds.h), one class or more: how a name transcribed into Chinese, Japanese or Korean
 * finds its Latin spelling (one or two classes only for the short transcriptions of
 * short_sounds.h, which test each word listed under them: 埃羅爾 ailuoer / Errol, "l"). A word
 * whose marks normalisation folded is filed under the classes of its marked form too
 * (kept_letters.h), as the scorer reads it: Pavić pavich, b s, which a transcription hears
 * (パヴィチ pavichi), not pavic's b k; and every word under the classes of the readings the
 * scorer hears it by against kana (readings.h, cdn_readings_heard: Walczak as Polish valchak,
 * b l s k; Mignone as Italian minyone, n n) and of its English reading (english.h: Motion
 * moshon) that its spelling's classes do not give, marked CDN_SOUNDS_HEARD (session 17). */
static int add_sounds(builder *b, const cdn_itoken *t)
{
    if (t->flags & CDN_TOK_ROMANISED)
        return CORDON_OK;
    char sounds[TOKEN_SOUNDS_MAX][CDN_SOUNDS_MAX + 1], more[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    const char *latin = b->pool.data + t->latin;
    size_t n = cdn_sound_variants(latin, false, sounds);
    const char *marked = b->pool.data + t->marked;
    if (marked[0])
        n = add_distinct_sounds(sounds, n, TOKEN_SOUNDS_MAX, more, cdn_sound_variants(marked, false, more));
    if (add_key_under_each(b, &b->maps[CDN_MAP_SOUNDS], t, sounds[0], sizeof sounds[0], n, 1) != CORDON_OK)
        return CORDON_ENOMEM;
    latin = b->pool.data + t->latin; /* filing a key may have moved the pool */
    /* counted as the scorer counts them against kana, vowels kept (Lola l l, Bobby b b) */
    size_t consonants = cdn_kana_spelled_consonants(latin), own = n;
    if (consonants == 0)
        return CORDON_OK;
    char r[CDN_READINGS_HEARD][CDN_READING_MAX + 1], classes[1][CDN_SOUNDS_MAX + 1];
    bool rolled[CDN_READINGS_HEARD];
    size_t nr = cdn_readings_heard(latin, consonants >= 3, r, rolled);
    for (size_t k = 0; k < nr; k++) {
        cdn_sound_classes(r[k], rolled[k] ? 0u : (unsigned)CDN_SOUND_DROP_R, classes[0]);
        n = add_distinct_sounds(sounds, n, TOKEN_SOUNDS_MAX, classes, 1);
    }
    /* and as English says it (english.h: Motion moshon, which モーション looks up) */
    char said[CDN_ENGLISH_ROOM(CDN_ENGLISH_MAX)];
    if (english_of(b, t, CDN_ENGLISH_FOR_TRANSCRIPTIONS, said))
        n = add_distinct_sounds(sounds, n, TOKEN_SOUNDS_MAX, more, cdn_sound_variants(said, false, more));
    for (size_t v = own; v < n; v++) {
        char heard[CDN_SOUNDS_MAX + 2];
        size_t len = strlen(sounds[v]);
        heard[0] = CDN_SOUNDS_HEARD;
        memcpy(heard + 1, sounds[v], len + 1);
        if (len && add_key_under(b, &b->maps[CDN_MAP_SOUNDS], t, heard, len + 1) != CORDON_OK)
            return CORDON_ENOMEM;
    }
    return CORDON_OK;
}

/* Adds a Latin-script token of four letters or more to the lists of the vowelled skeletons
 * (CDN_VOWELLED_READING) of its n readings and of own (its marked form; NULL: its spelling,
 * found anew in the pool), those with fewer than three consonants: no skeleton key finds them
 * (Hall, Howie, Wedd), and their Cyrillic transcriptions differ from them in vowels only
 * (Холл, Хоуи, Уэдд). */
static int add_vowelled_readings(builder *b, const cdn_itoken *t, char readings[][CDN_READING_MAX + 1], size_t n,
                                 const char *own)
{
    if (t->latin_shape.len < CDN_VOWELLED_READING_MIN)
        return CORDON_OK;
    char keys[CDN_READINGS + 1][CDN_VOWELLED_MAX + 2];
    size_t nk = 0;
    for (size_t r = 0; r <= n; r++) {
        /* the token's own spelling found anew: add_key_under may have moved the pool */
        const char *reading = r < n ? readings[r] : own ? own : b->pool.data + t->latin;
        size_t len = cdn_vowelled_reading_key(reading, strlen(reading), keys[nk]);
        bool seen = len == 0;
        for (size_t k = 0; k < nk && !seen; k++)
            seen = strcmp(keys[k], keys[nk]) == 0;
        if (!seen && add_key_under(b, &b->maps[CDN_MAP_READINGS], t, keys[nk], len) != CORDON_OK)
            return CORDON_ENOMEM;
        nk += !seen;
    }
    return CORDON_OK;
}

/* Adds token t's key to the lists of the consonant skeletons of the n readings (and, of a
 * short word or a short reading, of each whole: it meets only its equal). */
static int add_reading_keys(builder *b, const cdn_itoken *t, char readings[][CDN_READING_MAX + 1], size_t n)
{
    cdn_strbuf skel;
    cdn_strbuf_init(&skel);
    int status = CORDON_OK;
    bool short_word = t->latin_shape.len < 4;
    for (size_t r = 0; r < n && status == CORDON_OK; r++) {
        cdn_strbuf_reset(&skel);
        status = cdn_skeleton_key(readings[r], strlen(readings[r]), &skel);
        if (status == CORDON_OK && skel.len >= 3)
            status = add_key_under(b, &b->maps[CDN_MAP_READINGS], t, skel.data, skel.len);
        size_t len = strlen(readings[r]);
        if (status == CORDON_OK && len >= 3 && len <= CDN_WHOLE_READING_MAX && (short_word || len < 4)) {
            char whole[CDN_WHOLE_READING_MAX + 2];
            size_t whole_len = cdn_whole_reading_key(readings[r], len, whole);
            status = add_key_under(b, &b->maps[CDN_MAP_READINGS], t, whole, whole_len);
        }
    }
    cdn_strbuf_free(&skel);
    return status;
}

/* Adds the Latin token t's key under the readings of another spelling of it, spelling (its
 * marked form, its English reading: not in the pool, or copied before anything is filed), and
 * that spelling itself, as the scorer reads them (score.c, read_aloud). */
static int add_own_readings(builder *b, const cdn_itoken *t, const char *spelling)
{
    char readings[CDN_READINGS + 1][CDN_READING_MAX + 1];
    size_t len = strlen(spelling);
    char own[CDN_READING_MAX + 1];
    memcpy(own, spelling, len + 1); /* spelling may be in the pool, which filing a key may move */
    size_t n = cdn_readings(own, readings);
    memcpy(readings[n++], own, len + 1);
    /* Its vowelled skeletons too: spelled out, Čačić is chachich, "s.s.s" as Чачич, where its
     * folded spelling cacic is "k.k.k" (the other spelling is a reading here, so listed last). */
    int status = add_vowelled_readings(b, t, readings, n - 1, readings[n - 1]);
    return status == CORDON_OK ? add_reading_keys(b, t, readings, n) : status;
}

/* Adds a Latin-script token's key to the lists of the consonant skeletons of its readings
 * (readings.h; vowels are what transcriptions disagree on most): how a foreign name
 * transcribed by ear into Cyrillic finds its spelling (Фоллбрехт, follbrekht, and Vollbrecht
 * read as German). A word whose marks normalisation folded is filed under the readings of its
 * marked form too, and that form itself (kept_letters.h: Țăranu, tseranu, found by Цэрану), and
 * one English says otherwise than it is spelled under its English reading's (english.h:
 * Fitzhugh fitzhyu, found by фицхью), as the scorer reads it (score.c, read_aloud). */
static int add_readings(builder *b, const cdn_itoken *t)
{
    if (t->flags & CDN_TOK_ROMANISED)
        return CORDON_OK;
    char readings[CDN_READINGS + 1][CDN_READING_MAX + 1];
    size_t n = cdn_readings(b->pool.data + t->latin, readings);
    int status = add_vowelled_readings(b, t, readings, n, NULL);
    if (status == CORDON_OK)
        status = add_reading_keys(b, t, readings, n);
    size_t lm = strlen(b->pool.data + t->marked);
    if (status == CORDON_OK && lm > 0 && lm <= CDN_READING_MAX)
        status = add_own_readings(b, t, b->pool.data + t->marked);
    char said[CDN_ENGLISH_ROOM(CDN_ENGLISH_MAX)];
    if (status == CORDON_OK && english_of(b, t, CDN_ENGLISH_FOR_CYRILLIC, said) && strlen(said) <= CDN_READING_MAX)
        status = add_own_readings(b, t, said);
    return status;
}

/* Adds a Latin-script token's key to the list of its vowel key (vowel_key.h): how a query
 * word finds the other vowel spellings of an Arabic or Persian name (Said for Sayed, Usama
 * for Osama) when its own spelling is too common for its misspellings to be followed. */
static int add_vowel_key(builder *b, const cdn_itoken *t)
{
    if (t->flags & CDN_TOK_ROMANISED)
        return CORDON_OK;
    char key[CDN_VOWEL_KEY_MAX + 1];
    size_t n = cdn_vowel_key(b->pool.data + t->latin, t->latin_shape.len, key);
    return n ? add_key_under(b, &b->maps[CDN_MAP_VOWELS], t, key, n) : CORDON_OK;
}

/* Adds a Latin-script token that spells one or two syllables of Korean (cdn_korean_latin_syllables)
 * to the list of its Korean fold (cdn_korean_fold): how a Korean name in Hangul finds the
 * parts of its given name spelled by custom (Dong-sub for 동섭 dongseop, Se-keun for 세근
 * segeun), which no romanisation system writes. */
static int add_korean_fold(builder *b, const cdn_itoken *t)
{
    const char *latin = b->pool.data + t->latin;
    if ((t->flags & CDN_TOK_ROMANISED) || !latin[0] || t->latin_shape.len > 12)
        return CORDON_OK;
    size_t syllables = cdn_korean_latin_syllables(latin);
    if (syllables < 1 || syllables > 2)
        return CORDON_OK;
    char fold[CDN_KOREAN_GIVEN_MAX];
    size_t n = cdn_korean_fold_key(latin, fold, sizeof fold);
    return n ? add_key_under(b, &b->maps[CDN_MAP_KOREAN_FOLDS], t, fold, n) : CORDON_OK;
}

static int build_key_lookups(builder *b)
{
    for (size_t v = 0; v < b->vocab.len; v++) {
        const cdn_ikey *k = cdn_vec_at(&b->vocab, v);
        char key[260];
        size_t len = k->len < 256 ? k->len : 256;
        memcpy(key, b->pool.data + k->key, len); /* a copy: the pool grows below */
        if (len >= CDN_TRIGRAM_MIN_LEN) {
            char grams[258][3];
            size_t ng = cdn_trigrams(key, len, grams);
            for (size_t g = 0; g < ng; g++)
                if (!add_id(b, &b->maps[CDN_MAP_TRIGRAMS], grams[g], 3, (uint32_t)v))
                    return cdn_error_nomem(&b->idx->err);
        }
        if (add_deletions(b, &b->maps[CDN_MAP_DELETIONS], key, len, (uint32_t)v) != CORDON_OK)
            return cdn_error_nomem(&b->idx->err);
    }
    const cdn_itoken *tokens = b->tokens.items;
    for (size_t i = 0; i < b->tokens.len; i++) {
        if (add_latin(b, &tokens[i]) != CORDON_OK || add_classes(b, &tokens[i]) != CORDON_OK ||
            add_sounds(b, &tokens[i]) != CORDON_OK || add_readings(b, &tokens[i]) != CORDON_OK ||
            add_vowel_key(b, &tokens[i]) != CORDON_OK || add_korean_fold(b, &tokens[i]) != CORDON_OK)
            return cdn_error_nomem(&b->idx->err);
        const char *skel = b->pool.data + tokens[i].skel;
        if (!*skel)
            continue;
        char copy[256];
        size_t len = strlen(skel) < sizeof copy ? strlen(skel) : sizeof copy - 1;
        memcpy(copy, skel, len);
        uint32_t v;
        cdn_fixmap_get(&b->maps[CDN_MAP_KEYS], b->pool.data, b->pool.data + tokens[i].key, strlen(b->pool.data + tokens[i].key), &v);
        uint32_t n = list_for(b, &b->maps[CDN_MAP_SKELETONS], copy, len);
        if (n == CDN_NONE)
            return cdn_error_nomem(&b->idx->err);
        cdn_vec *list = cdn_vec_at(&b->lists, n);
        bool seen = false;
        for (size_t j = 0; j < list->len && !seen; j++)
            seen = *(uint32_t *)cdn_vec_at(list, j) == v;
        if (!seen && !cdn_vec_push(list, &v))
            return cdn_error_nomem(&b->idx->err);
    }
    return CORDON_OK;
}

/* Moves the id lists into u32 and their headers into one array. */
static int flatten_lists(builder *b, cdn_vec *ilists)
{
    cdn_vec_init(ilists, sizeof(cdn_ilist));
    if (!cdn_vec_reserve(ilists, b->lists.len))
        return cdn_error_nomem(&b->idx->err);
    for (size_t i = 0; i < b->lists.len; i++) {
        cdn_vec *list = cdn_vec_at(&b->lists, i);
        cdn_ilist header = {(uint32_t)b->u32.len, (uint32_t)list->len};
        if (!cdn_vec_reserve(&b->u32, b->u32.len + list->len))
            return cdn_error_nomem(&b->idx->err);
        if (list->len)
            memcpy((uint32_t *)b->u32.items + b->u32.len, list->items, list->len * sizeof(uint32_t));
        b->u32.len += list->len;
        cdn_vec_push(ilists, &header);
    }
    return CORDON_OK;
}

/* Takes ownership of *p, leaving NULL behind. */
static void *take(void *p)
{
    void **slot = p;
    void *owned = *slot;
    *slot = NULL;
    return owned;
}

static void builder_free(builder *b)
{
    cdn_strbuf_free(&b->pool);
    cdn_fixmap_free(&b->interned);
    cdn_vec_free(&b->tokens);
    cdn_vec_free(&b->names);
    cdn_vec_free(&b->vocab);
    cdn_vec_free(&b->u32);
    for (size_t i = 0; i < b->lists.len; i++)
        cdn_vec_free(cdn_vec_at(&b->lists, i));
    cdn_vec_free(&b->lists);
    cdn_vec_free(&b->last_entity);
    for (int m = 0; m < CDN_N_MAPS; m++)
        cdn_fixmap_free(&b->maps[m]);
}

/* Entity ids into the pool and the id map; a repeated id is an error. */
static int build_ids(builder *b)
{
    cordon_index *idx = b->idx;
    for (size_t i = 0; i < idx->entities.len; i++) {
        const cordon_entity *e = cdn_index_entity_at(idx, (uint32_t)i);
        uint32_t off, existing = CDN_NONE;
        size_t len = strlen(e->id);
        if (!intern(b, e->id, len, &off) ||
            !cdn_fixmap_put(&b->maps[CDN_MAP_IDS], b->pool.data, off, (uint32_t)len, (uint32_t)i, &existing))
            return cdn_error_nomem(&idx->err);
        if (existing != CDN_NONE)
            return cdn_error_at(&idx->err, CORDON_EDATA, e->list->source, 0,
                                "entity id '%s' is also in an earlier source; load each list once", e->id);
    }
    return CORDON_OK;
}

int cdn_index_build_names(cordon_index *idx)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.idx = idx;
    cdn_strbuf_init(&b.pool);
    cdn_fixmap_init(&b.interned);
    cdn_vec_init(&b.tokens, sizeof(cdn_itoken));
    cdn_vec_init(&b.names, sizeof(cdn_iname));
    cdn_vec_init(&b.vocab, sizeof(cdn_ikey));
    cdn_vec_init(&b.u32, sizeof(uint32_t));
    cdn_vec_init(&b.lists, sizeof(cdn_vec));
    cdn_vec_init(&b.last_entity, sizeof(const cordon_entity *));
    for (int m = 0; m < CDN_N_MAPS; m++)
        cdn_fixmap_init(&b.maps[m]);
    /* Offset 0 of the pool is the empty string. */
    int status = cdn_strbuf_append_char(&b.pool, '\0') ? CORDON_OK : cdn_error_nomem(&idx->err);
    if (status == CORDON_OK && !cdn_fixmap_put(&b.interned, b.pool.data, 0, 0, 0, NULL))
        status = cdn_error_nomem(&idx->err);
    if (status == CORDON_OK)
        status = build_ids(&b);

    cdn_analyzed a;
    cdn_analyzed_init(&a);
    for (size_t i = 0; i < idx->entities.len && status == CORDON_OK; i++) {
        const cordon_entity *e = cdn_index_entity_at(idx, (uint32_t)i);
        for (size_t j = 0; j < e->n_names && status == CORDON_OK; j++)
            status = add_name(&b, &a, (uint32_t)i, (uint32_t)j);
    }
    cdn_analyzed_free(&a);
    if (status == CORDON_OK)
        status = number_forms(&b);
    if (status == CORDON_OK)
        status = number_twins(&b);
    /* Per vocab entry: how many entities have it as no legal form, and the last one counted. */
    uint32_t *named_df = status == CORDON_OK ? cdn_calloc(b.vocab.len, sizeof *named_df) : NULL;
    const cordon_entity **last_named = status == CORDON_OK ? cdn_calloc(b.vocab.len, sizeof *last_named) : NULL;
    if (status == CORDON_OK && (!named_df || !last_named))
        status = cdn_error_nomem(&idx->err);
    if (status == CORDON_OK)
        status = build_postings(&b, named_df, last_named);
    if (status == CORDON_OK) {
        weigh(&b, named_df);
        status = build_key_lookups(&b);
    }
    cdn_free(named_df);
    cdn_free(last_named);
    cdn_vec ilists;
    cdn_vec_init(&ilists, sizeof(cdn_ilist));
    if (status == CORDON_OK)
        status = flatten_lists(&b, &ilists);
    if (status == CORDON_OK) {
        /* Hand everything over to the index, which frees it at close. */
        idx->pool = idx->owned[0] = take(&b.pool.data);
        idx->pool_len = b.pool.len;
        idx->tokens.items = idx->owned[1] = take(&b.tokens.items);
        idx->tokens.len = b.tokens.len;
        idx->names.items = idx->owned[2] = take(&b.names.items);
        idx->names.len = b.names.len;
        idx->vocab.items = idx->owned[3] = take(&b.vocab.items);
        idx->vocab.len = b.vocab.len;
        idx->u32.items = idx->owned[4] = take(&b.u32.items);
        idx->u32.len = b.u32.len;
        idx->ilists.items = idx->owned[5] = take(&ilists.items);
        idx->ilists.len = ilists.len;
        for (int m = 0; m < CDN_N_MAPS; m++) {
            idx->maps[m] = b.maps[m];
            cdn_fixmap_init(&b.maps[m]);
        }
        cdn_index_filter_maps(idx);
    }
    cdn_vec_free(&ilists);
    builder_free(&b);
    return status;
}
