/*
 * scan.c — cordon_scan: which listed parties does a text mention?
 *
 * The text (HTML with its markup blanked out byte for byte, html.h) is cut into words by Unicode
 * word boundaries (tokenize.h), keeping byte offsets into the original. Then, in order:
 *   words.c    each distinct word analyzed once and looked up in the index's key vocabulary
 *              (its own key, its base forms' when inflected: inflect.h; near spellings);
 *   context.c  what the words around each word say (clauses, headlines, runs of capitals);
 *   window.c   every window of 1..max_window words scored against the names of its most
 *              specific word, under the rules for names in running text;
 *   resolve.c  the document settled as a whole: overlaps, acronyms, surname-only mentions.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/error.h"
#include "index/name_facts.h"
#include "scan/html.h"
#include "scan/scan_pool.h"
#include "scan/window_memo.h"
#include "scan/scan_int.h"

struct cordon_mentions {
    cdn_error err;
    cordon_mention *items;
    size_t count;
};

void cordon_scan_options_default(cordon_scan_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->threshold = CORDON_DEFAULT_THRESHOLD;
    opts->max_window = 6;
    opts->html = -1;
}

size_t cordon_mentions_count(const cordon_mentions *m) { return m ? m->count : 0; }

const cordon_mention *cordon_mentions_get(const cordon_mentions *m, size_t i)
{
    return m && i < m->count ? &m->items[i] : NULL;
}

const char *cordon_mentions_errmsg(const cordon_mentions *m) { return m ? m->err.message : "out of memory"; }

void cordon_mentions_free(cordon_mentions *m)
{
    if (!m)
        return;
    cdn_free(m->items);
    cdn_free(m);
}


struct cordon_scanner {
    cdn_scanner s;
};

int cordon_scanner_new(const cordon_index *idx, cordon_scanner **out)
{
    *out = NULL;
    if (cdn_name_facts_ensure(idx) != CORDON_OK) /* the first scanner of an index works them out */
        return CORDON_ENOMEM;
    cordon_scanner *sc = cdn_calloc(1, sizeof *sc);
    *out = sc;
    if (!sc)
        return CORDON_ENOMEM;
    cdn_scanner *s = &sc->s;
    s->idx = idx;
    cdn_lexicon_init(&s->lex, idx);
    cdn_tokens_init(&s->words);
    cdn_vec_init(&s->types, sizeof(cdn_word_type));
    cdn_vec_init(&s->found, sizeof(cdn_hit));
    cdn_vec_init(&s->candidates, sizeof(uint32_t));
    cdn_vec_init(&s->kept, sizeof(uint32_t));
    cdn_vec_init(&s->conflicts, sizeof(size_t));
    cdn_vec_init(&s->conflict_keys, sizeof(cdn_conflict_key));
    cdn_vec_init(&s->countries, 2);
    cdn_strmap_init(&s->country_heads);
    cdn_vec_init(&s->heads, sizeof(bool));
    cdn_vec_init(&s->other, sizeof(uint32_t));
    cdn_vec_init(&s->both, sizeof(uint32_t));
    cdn_vec_init(&s->passed, sizeof(cdn_window_pass));
    cdn_vec_init(&s->verdicts, sizeof(cdn_window_verdict));
    return CORDON_OK;
}

void cordon_scanner_free(cordon_scanner *sc)
{
    if (!sc)
        return;
    cdn_scanner *s = &sc->s;
    cdn_vec_free(&s->found);
    cdn_vec_free(&s->types);
    cdn_free(s->type_of);
    cdn_free(s->probes);
    cdn_free(s->capital);
    cdn_free(s->titled);
    cdn_free(s->marks);
    cdn_free(s->covered);
    cdn_free(s->company);
    cdn_vec_free(&s->candidates);
    cdn_vec_free(&s->kept);
    cdn_vec_free(&s->conflicts);
    cdn_vec_free(&s->conflict_keys);
    cdn_vec_free(&s->countries);
    cdn_strmap_free(&s->country_heads);
    cdn_vec_free(&s->heads);
    cdn_vec_free(&s->other);
    cdn_vec_free(&s->both);
    cdn_vec_free(&s->passed);
    cdn_vec_free(&s->verdicts);
    cdn_lexicon_free(&s->lex);
    cdn_tokens_free(&s->words);
    cdn_free(sc);
}

/* Makes room in the per-word arrays for n words. */
static bool make_room(cdn_scanner *s, size_t n)
{
    if (n <= s->room && s->type_of)
        return true;
    size_t room = n > 2 * s->room ? n : 2 * s->room;
    cdn_free(s->type_of);
    cdn_free(s->probes);
    cdn_free(s->capital);
    cdn_free(s->titled);
    cdn_free(s->marks);
    cdn_free(s->covered);
    cdn_free(s->company);
    s->room = 0;
    s->type_of = cdn_malloc((room ? room : 1) * sizeof *s->type_of);
    s->probes = cdn_malloc((room ? room : 1) * sizeof *s->probes);
    s->capital = cdn_malloc(room ? room : 1);
    s->titled = cdn_malloc(room ? room : 1);
    s->marks = cdn_malloc(room ? room : 1);
    s->covered = cdn_malloc((room ? room : 1) * sizeof *s->covered);
    s->company = cdn_malloc((room ? room : 1) * sizeof *s->company);
    if (!s->type_of || !s->probes || !s->capital || !s->titled || !s->marks || !s->covered || !s->company)
        return false;
    s->room = room;
    return true;
}

/* The most words run reserves room for before tokenizing (some 32 MB of tokens). */
#define RESERVE_WORDS ((size_t)1 << 20)

static int run(cdn_scanner *s, const char *text, size_t len, size_t max_window)
{
    cdn_lexicon_begin(&s->lex);
    cdn_tokens_reset(&s->words);
    /* Room for the words of the text at once (a word and its gap are some six bytes in most
     * languages; the normalized words take about the text's bytes), not grown by doubling
     * and copying through a long document; up to a bound, past which growth takes over: a
     * large page of markup or blanks has few words for its bytes. */
    size_t words_room = len / 6 + 16, norm_room = len + 16;
    if (!cdn_vec_reserve(&s->words.items, words_room < RESERVE_WORDS ? words_room : RESERVE_WORDS) ||
        !cdn_strbuf_reserve(&s->words.norm, norm_room < RESERVE_WORDS * 6 ? norm_room : RESERVE_WORDS * 6))
        return CORDON_ENOMEM;
    s->types.len = 0;
    s->found.len = 0;
    s->countries.len = 0;
    s->countries_known = false;
    int status = cdn_tokenize(text, len, 1, &s->words);
    if (status != CORDON_OK)
        return status;
    size_t n = cdn_tokens_count(&s->words);
    if (!make_room(s, n))
        return CORDON_ENOMEM;
    memset(s->titled, 0, n);
    status = cdn_scan_type_words(s);
    if (status == CORDON_OK) {
        cdn_scan_mark_korean_names(s);
        status = cdn_scan_look_up_words(s);
    }
    if (status == CORDON_OK)
        cdn_scan_mark_titles(s);
    if (status == CORDON_OK)
        status = cdn_scan_find_windows(s, max_window);
    if (status == CORDON_OK)
        status = cdn_scan_resolve(s);
    return status;
}

int cordon_scanner_scan(cordon_scanner *sc, const char *text, size_t len, const cordon_scan_options *opts,
                        cordon_mentions **out)
{
    cordon_scan_options defaults;
    if (!opts) {
        cordon_scan_options_default(&defaults);
        opts = &defaults;
    }
    size_t max_window = opts->max_window < 1 ? 1 : opts->max_window > 8 ? 8 : opts->max_window;

    /* Not zeroed whole: the error message's room is written only when there is one. */
    cordon_mentions *m = cdn_malloc(sizeof *m);
    *out = m;
    if (!m)
        return CORDON_ENOMEM;
    cdn_error_clear(&m->err);
    m->items = NULL;
    m->count = 0;

    /* HTML: scan a copy with the markup blanked out, byte for byte, so offsets stay valid. */
    char *blanked = NULL;
    if (opts->html == 1 || (opts->html < 0 && cdn_html_detect(text, len))) {
        blanked = cdn_malloc(len ? len : 1);
        if (!blanked) {
            cdn_error_set(&m->err, CORDON_ENOMEM, "out of memory");
            return CORDON_ENOMEM;
        }
        cdn_html_blank(text, len, blanked);
        text = blanked;
    }
    cdn_scanner *s = &sc->s;
    s->text = text;
    s->text_len = len;
    s->threshold = opts->threshold;
    int status = run(s, text, len, max_window);
    if (status == CORDON_OK && s->found.len) {
        m->items = cdn_calloc(s->found.len, sizeof *m->items);
        if (!m->items)
            status = CORDON_ENOMEM;
        for (size_t i = 0; m->items && i < s->found.len; i++)
            m->items[m->count++] = ((const cdn_hit *)s->found.items)[i].m;
    }
    /* A document left half done leaves nothing the next one trusts: its words' marks name
     * this document's number, and the lexicon's entries are whole or unfinished (lexicon.c). */
    if (status != CORDON_OK)
        cdn_error_set(&m->err, status, "%s", cordon_status_string(status));
    s->text = NULL;
    cdn_free(blanked);
    return status;
}

/* With a scanner the index lends (scan_pool.h): what it learnt in earlier calls serves this
 * one, and the mentions are those a new scanner would find. */
int cordon_scan(const cordon_index *idx, const char *text, size_t len, const cordon_scan_options *opts,
                cordon_mentions **out)
{
    cordon_scanner *sc = cdn_scanner_borrow(idx->scanners, idx);
    if (!sc) {
        *out = NULL;
        return CORDON_ENOMEM;
    }
    int status = cordon_scanner_scan(sc, text, len, opts, out);
    cdn_scanner_give_back(idx->scanners, sc);
    return status;
}
