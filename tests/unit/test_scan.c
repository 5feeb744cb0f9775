/*
 * test_scan.c — the pieces of the scanner that know languages: the base forms of inflected
 * names (a golden table per language), the function-word and public-body tables, and scan
 * options; and that a
 * reusable scanner finds exactly what cordon_scan finds, text after text, and threads
 * scanning with one index find what one scanner finds.
 */
#include "test_support.h"

#include <pthread.h>

#include "scan/bodies.h"
#include "scan/cities.h"
#include "scan/index_facts.h"
#include "scan/inflect.h"
#include "scan/ships.h"
#include "scan/scan_int.h"
#include "scan/stopwords.h"
#include "scan/window_memo.h"
#include "scan/word_table.h"
#include "match/score.h"
#include "text/legal_forms.h"

/* Whether base is among the base forms of word. */
static bool has_base(const char *word, const char *base)
{
    cdn_base out[CDN_MAX_BASES];
    size_t n = cdn_inflection_bases(word, strlen(word), true, out);
    for (size_t i = 0; i < n; i++)
        if (strcmp(out[i].text, base) == 0)
            return true;
    return false;
}

static void inflection_bases_per_language(void **state)
{
    (void)state;
    /* Normalized words (case-folded, marks stripped) and the base a listed name has. */
    static const struct {
        const char *word, *base;
    } T[] = {
        /* German genitive */
        {"putins", "putin"},
        {"lukaschenkos", "lukaschenko"},
        /* Russian: genitive, dative, instrumental, prepositional; the feminine -ова */
        {"путина", "путин"},
        {"путину", "путин"},
        {"путиным", "путин"},
        {"путине", "путин"},
        {"медведева", "медведев"},
        {"медведчуком", "медведчук"},
        {"захаровои", "захарова"}, /* Захаровой */
        {"дмитрием", "дмитри"},
        /* Ukrainian (і, ї → і) */
        {"путіна", "путін"},
        {"путіним", "путін"},
        {"путіні", "путін"},
        {"путінові", "путін"},
        {"захаровоі", "захарова"}, /* Захарової */
        /* Polish */
        {"lukaszenki", "lukaszenka"},
        {"lukaszence", "lukaszenka"},
        {"lukaszenke", "lukaszenka"}, /* Łukaszenkę */
        {"putina", "putin"},
        {"putinowi", "putin"},
        {"putinem", "putin"},
        {"putinie", "putin"},
        {"wagnera", "wagner"},
        /* Arabic proclitics: و (and), ب (with), ال (the), وال */
        {"وبوتين", "بوتين"},
        {"بالدوري", "دوري"},
        {"والدوري", "دوري"},
    };
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++)
        if (!has_base(T[i].word, T[i].base))
            fail_msg("no base \"%s\" for \"%s\"", T[i].base, T[i].word);
}

static void inflection_bases_leave_short_and_plain_words(void **state)
{
    (void)state;
    cdn_base out[CDN_MAX_BASES];
    /* Three letters of stem at least: "us", "ова" give nothing. */
    assert_int_equal(cdn_inflection_bases("us", 2, true, out), 0);
    assert_int_equal(cdn_inflection_bases("ова", strlen("ова"), true, out), 0);
    /* A word without a known ending gives nothing: Лукашенко does not decline. */
    assert_int_equal(cdn_inflection_bases("лукашенко", strlen("лукашенко"), true, out), 0);
    /* No base equals the word, none repeats, and there are never more than the room. */
    const char *words[] = {"putinowi", "путиным", "lukaszenki", "wagnera", "وبوتين"};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t n = cdn_inflection_bases(words[w], strlen(words[w]), true, out);
        assert_true(n >= 1 && n <= CDN_MAX_BASES);
        for (size_t i = 0; i < n; i++) {
            assert_string_not_equal(out[i].text, words[w]);
            assert_int_equal(out[i].len, strlen(out[i].text));
            for (size_t j = 0; j < i; j++)
                assert_string_not_equal(out[i].text, out[j].text);
        }
    }
    /* Too long for the buffer: nothing, no overflow. */
    char longword[200];
    memset(longword, 'a', sizeof longword - 2);
    longword[sizeof longword - 2] = 's';
    longword[sizeof longword - 1] = '\0';
    assert_int_equal(cdn_inflection_bases(longword, strlen(longword), true, out), 0);
    /* Without the Polish endings (text in another language of the Latin script): no Putinem
     * nor Łukaszenki, no base of Sergey; the Latin -a (Solovieva), the -s and the Cyrillic
     * endings stay. */
    assert_int_equal(cdn_inflection_bases("putinem", strlen("putinem"), false, out), 0);
    assert_int_equal(cdn_inflection_bases("putinowi", strlen("putinowi"), false, out), 0);
    assert_int_equal(cdn_inflection_bases("lukaszenki", strlen("lukaszenki"), false, out), 0);
    assert_int_equal(cdn_inflection_bases("sergey", strlen("sergey"), false, out), 0);
    assert_int_equal(cdn_inflection_bases("sergey", strlen("sergey"), true, out), 1); /* sergea */
    static const struct {
        const char *word, *base;
    } ANY[] = {{"solovieva", "soloviev"}, {"putins", "putin"}, {"путина", "путин"}, {"путіним", "путін"}};
    for (size_t i = 0; i < sizeof ANY / sizeof ANY[0]; i++) {
        size_t n = cdn_inflection_bases(ANY[i].word, strlen(ANY[i].word), false, out);
        bool found = false;
        for (size_t b = 0; b < n; b++)
            found |= strcmp(out[b].text, ANY[i].base) == 0;
        if (!found)
            fail_msg("%s: no base %s without the Polish endings", ANY[i].word, ANY[i].base);
    }
}

static void stopwords_table_sorted_and_found(void **state)
{
    (void)state;
    size_t n = 0;
    for (const char *w; (w = cdn_stopword_at(n)) != NULL; n++) {
        if (n > 0 && strcmp(cdn_stopword_at(n - 1), w) >= 0)
            fail_msg("stopword table out of order at \"%s\" after \"%s\"", w, cdn_stopword_at(n - 1));
        assert_true(cdn_is_stopword(w, strlen(w)));
    }
    assert_true(n > 150);
    static const char *const YES[] = {"the", "und", "les", "на", "що", "في", "przez"};
    static const char *const NO[] = {"putin", "wagner", "center", "al", "one", "un", "путин", "", "theee"};
    for (size_t i = 0; i < sizeof YES / sizeof YES[0]; i++)
        assert_true(cdn_is_stopword(YES[i], strlen(YES[i])));
    for (size_t i = 0; i < sizeof NO / sizeof NO[0]; i++)
        assert_false(cdn_is_stopword(NO[i], strlen(NO[i])));
    /* The word is its len bytes, whatever follows them; a prefix or an extension of a
     * function word is none (the bisection compares the bytes in place). */
    assert_true(cdn_is_stopword("theory", 3));
    assert_true(cdn_is_stopword("ofa", 2));
    assert_false(cdn_is_stopword("th", 2));
    assert_false(cdn_is_stopword("thes", 4));
    assert_false(cdn_is_stopword("zz", 2));
    assert_false(cdn_is_stopword("\xFF", 1));
    assert_int_equal(cdn_stopword_language("der", 3), CDN_STOP_GERMAN);
    assert_int_equal(cdn_stopword_language("the", 3), CDN_STOP_ENGLISH);
    assert_int_equal(cdn_stopword_language("les", 3), CDN_STOP_FRENCH);
    assert_int_equal(cdn_stopword_language("przez", 5), CDN_STOP_POLISH);
    assert_int_equal(cdn_stopword_language("jest", 4), CDN_STOP_POLISH);
    assert_int_equal(cdn_stopword_language("los", 3), CDN_STOP_SPANISH);
    assert_int_equal(cdn_stopword_language("sie", 3), CDN_STOP_OTHER); /* German sie, Polish się */
    assert_int_equal(cdn_stopword_language("nie", 3), CDN_STOP_OTHER);
    assert_true(cdn_is_stopword("jest", 4) && cdn_is_stopword("oraz", 4) && cdn_is_stopword("ktory", 5));
    /* Every word that marks a language is a function word: the scanner asks only those which
     * language they mark (ist, nicht and sich were not, and never counted for German). */
    size_t markers = 0;
    for (const char *w; (w = cdn_stopword_marker_at(markers)) != NULL; markers++) {
        if (!cdn_is_stopword(w, strlen(w)))
            fail_msg("the language marker \"%s\" is not a function word", w);
        assert_int_not_equal(cdn_stopword_language(w, strlen(w)), CDN_STOP_OTHER);
    }
    assert_true(markers >= 39);
    assert_int_equal(cdn_stopword_language("nicht", 5), CDN_STOP_GERMAN);
    assert_true(cdn_is_stopword("ist", 3) && cdn_is_stopword("nicht", 5) && cdn_is_stopword("sich", 4));
}

/* The words of public bodies' names (bodies.h) are looked up by bsearch: in byte order, each
 * found; particles apart. */
static void body_words_sorted_and_found(void **state)
{
    (void)state;
    size_t n = 0;
    for (const char *w; (w = cdn_body_word_at(n)) != NULL; n++) {
        if (n > 0 && strcmp(cdn_body_word_at(n - 1), w) >= 0)
            fail_msg("body word table out of order at \"%s\" after \"%s\"", w, cdn_body_word_at(n - 1));
        assert_true(cdn_is_body_word(w, strlen(w)));
    }
    assert_true(n > 50);
    static const char *const NO[] = {"putin", "rosneft", "wagner", "of", "del", "", "ministr", "ministryy"};
    for (size_t i = 0; i < sizeof NO / sizeof NO[0]; i++)
        assert_false(cdn_is_body_word(NO[i], strlen(NO[i])));
    assert_true(cdn_is_body_particle("del", 3));
    assert_false(cdn_is_body_particle("ministry", 8));
}

/* The words for a ship (ships.h) are stems in byte order, none the start of another (it would
 * never decide), each found; a word is one when it begins with a stem. */
static void ship_words_sorted_and_found(void **state)
{
    (void)state;
    size_t n = 0;
    for (const char *w; (w = cdn_ship_stem_at(n)) != NULL; n++) {
        if (n > 0 && strcmp(cdn_ship_stem_at(n - 1), w) >= 0)
            fail_msg("ship table out of order at \"%s\" after \"%s\"", w, cdn_ship_stem_at(n - 1));
        if (n > 0 && strncmp(cdn_ship_stem_at(n - 1), w, strlen(cdn_ship_stem_at(n - 1))) == 0)
            fail_msg("ship stem \"%s\" begins with \"%s\"", w, cdn_ship_stem_at(n - 1));
        assert_true(cdn_is_ship_word(w, strlen(w)));
    }
    assert_true(n > 30);
    static const char *const YES[] = {"tankers", "vessel", "flagged", "shipping", "schiffe", "судно", "танкера", "яхты", "statku"};
    static const char *const NO[] = {"freedom", "tank", "vess", "press", "award", "", "судья"};
    for (size_t i = 0; i < sizeof YES / sizeof YES[0]; i++)
        assert_true(cdn_is_ship_word(YES[i], strlen(YES[i])));
    for (size_t i = 0; i < sizeof NO / sizeof NO[0]; i++)
        assert_false(cdn_is_ship_word(NO[i], strlen(NO[i])));
}

static void cities_sorted_and_found(void **state)
{
    (void)state;
    size_t n = 0;
    for (const char *c; (c = cdn_city_at(n)) != NULL; n++) {
        if (n > 0 && strcmp(cdn_city_at(n - 1), c) >= 0)
            fail_msg("city table out of order at \"%s\" after \"%s\"", c, cdn_city_at(n - 1));
        assert_true(cdn_is_city(c, strlen(c)));
    }
    assert_true(n > 50);
    assert_true(cdn_is_city("saint petersburg bank", 16)); /* the first 16 bytes */
    assert_true(cdn_is_us_state("arizona", 7) && cdn_is_us_state("new york", 8) && cdn_is_us_state("wyoming", 7));
    assert_false(cdn_is_us_state("new", 3) || cdn_is_us_state("arizonas", 8) || cdn_is_us_state("york", 4));
    static const char *const NO[] = {"saint", "petersburg", "bank saint petersburg", "", "moscoww", "rosneft"};
    for (size_t i = 0; i < sizeof NO / sizeof NO[0]; i++)
        assert_false(cdn_is_city(NO[i], strlen(NO[i])));
}

static void scan_options_default(void **state)
{
    (void)state;
    cordon_scan_options o;
    cordon_scan_options_default(&o);
    assert_int_equal(o.max_window, 6);
    assert_int_equal(o.html, -1);
    assert_true(o.threshold == CORDON_DEFAULT_THRESHOLD);
}

/* The bytes of a file (NUL-terminated; freed by the caller), or a failed test. */
static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot read %s", path);
    char *buf = malloc(1 << 16);
    assert_non_null(buf);
    *len = fread(buf, 1, (1 << 16) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

/* Whether sc finds in text what cordon_scan finds: the same mentions, offsets, entities and
 * scores, in the same order. Returns how many. */
static size_t same_as_cordon_scan(const cordon_index *idx, cordon_scanner *sc, const char *text, size_t len)
{
    cordon_mentions *a = NULL, *b = NULL;
    assert_int_equal(cordon_scan(idx, text, len, NULL, &a), CORDON_OK);
    assert_int_equal(cordon_scanner_scan(sc, text, len, NULL, &b), CORDON_OK);
    size_t n = cordon_mentions_count(a);
    assert_int_equal(cordon_mentions_count(b), n);
    for (size_t i = 0; i < n; i++) {
        const cordon_mention *x = cordon_mentions_get(a, i), *y = cordon_mentions_get(b, i);
        assert_int_equal(x->start, y->start);
        assert_int_equal(x->end, y->end);
        assert_ptr_equal(x->entity, y->entity);
        assert_true(x->score == y->score);
    }
    cordon_mentions_free(a);
    cordon_mentions_free(b);
    return n;
}

static void one_scanner_for_many_texts(void **state)
{
    (void)state;
    const char *sources[] = {"csv:" SAMPLE_LIST, "csv:tests/data/scan/extra.csv"};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 2, NULL), CORDON_OK);
    cordon_scanner *sc = NULL;
    assert_int_equal(cordon_scanner_new(idx, &sc), CORDON_OK);
    static const char *const FILES[] = {"de", "en", "fr", "ru", "uk", "pl", "en-family"};
    size_t total = 0;
    /* Twice over: the second time every word is known to the scanner and every answer kept. */
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof FILES / sizeof FILES[0]; i++) {
            char path[128];
            snprintf(path, sizeof path, "tests/data/scan/%s.txt", FILES[i]);
            size_t len;
            char *text = read_text(path, &len);
            total += same_as_cordon_scan(idx, sc, text, len);
            free(text);
        }
    assert_true(total >= 80); /* the golden files hold 40 and more mentions */
    /* HTML, an empty text, and a text of nothing but markup, between the others. */
    const char *html = "<p>Russian President <b>Vladimir Putin</b> met Dmitry Peskov.</p>";
    assert_int_equal(same_as_cordon_scan(idx, sc, html, strlen(html)), 2);
    assert_int_equal(same_as_cordon_scan(idx, sc, "", 0), 0);
    assert_int_equal(same_as_cordon_scan(idx, sc, "<br><br>", 8), 0);
    cordon_scanner_free(sc);
    cordon_index_close(idx);
}

/* The facts a scanner works out once per index (index_facts.h) answer as the tests they stand
 * for: every name's window bits as cdn_scan_facts_allow of its facts, for every length and pair
 * of traits, every key's given-name bit as cdn_scan_key_is_given_name, and the table of
 * function words and titles as the word lists; and each holds both answers (the lists have
 * persons, companies, given names). */
static void index_facts_as_their_tests(void **state)
{
    (void)state;
    const char *sources[] = {"csv:" SAMPLE_LIST, "csv:tests/data/scan/extra.csv"};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 2, NULL), CORDON_OK);
    cordon_scanner *sc = NULL;
    assert_int_equal(cordon_scanner_new(idx, &sc), CORDON_OK); /* works them out */
    size_t allowed = 0, denied = 0, given = 0;
    for (uint32_t n = 0; n < idx->names.len; n++)
        for (size_t len = 1; len <= CDN_SCAN_MAX_WINDOW; len++)
            for (int traits = 0; traits < 4; traits++) {
                bool want = cdn_scan_facts_allow(&idx->name_facts[n], len, traits & 2, traits & 1);
                assert_int_equal(cdn_window_allows(idx, n, len, traits & 2, traits & 1), want);
                allowed += want;
                denied += !want;
            }
    for (uint32_t v = 0; v < idx->vocab.len; v++) {
        assert_int_equal(cdn_given_key(idx, v), cdn_scan_key_is_given_name(idx, v));
        given += cdn_given_key(idx, v);
    }
    assert_true(allowed > 0 && denied > 0 && given > 0 && given < idx->vocab.len);
    /* The function words and titles, by probe, as the word lists answer: for every word of
     * the lists, every key of the index as a word, and a few others. */
    size_t stops = 0, titles = 0, others = 0;
    for (int from = 0; from < 4; from++)
        for (size_t i = 0;; i++) {
            static const char *const OTHERS[] = {"the", "der", "president", "mr", "sheikh", "putin", "", "x",
                                                 "and", "international", "aktiengesellschaft", NULL};
            const char *word = from == 0   ? cdn_stopword_at(i)
                               : from == 1 ? cdn_honorific_at(i)
                               : from == 2 ? OTHERS[i]
                               : i < idx->vocab.len ? idx->pool + idx->vocab.items[i].key
                                                    : NULL;
            if (!word)
                break;
            size_t len = strlen(word);
            cdn_word_probe p = cdn_word_table_probe(word, len);
            const cdn_word_class *c = cdn_word_class_of(idx, word, len, &p);
            bool stop = cdn_is_stopword(word, len), title = cdn_is_honorific(word, len);
            assert_int_equal(c && c->stop, stop);
            assert_int_equal(c && c->title, title);
            assert_int_equal(c ? c->language : CDN_STOP_OTHER, stop ? cdn_stopword_language(word, len) : CDN_STOP_OTHER);
            stops += stop;
            titles += title;
            others += !stop && !title;
        }
    assert_true(stops > 100 && titles > 10 && others > 10);
    /* And the countries: for every key of the countries' table, every key of the index and a
     * few others, as cdn_country_code answers. */
    size_t countries = 0, not_countries = 0;
    for (int from = 0; from < 3; from++)
        for (size_t i = 0;; i++) {
            static const char *const OTHERS[] = {"syria", "syrian", "russia", "deutschland", "россия", "south africa",
                                                 "US", "usa", "bank", "", NULL};
            char code[3];
            const char *word = from == 0   ? cdn_country_key_at(i, code)
                               : from == 1 ? OTHERS[i]
                               : i < idx->vocab.len ? idx->pool + idx->vocab.items[i].key
                                                    : NULL;
            if (!word)
                break;
            bool want = cdn_country_code(word, strlen(word), code);
            assert_int_equal(cdn_word_is_country(idx, word, strlen(word)), want);
            countries += want;
            not_countries += !want;
        }
    assert_true(countries > 200 && not_countries > 10);
    cordon_scanner_free(sc);
    cordon_index_close(idx);
}

typedef struct near_keys {
    size_t n;
    const cdn_ikey *keys[64];
    double sims[64];
} near_keys;

static void note_near_key(void *ctx, const cdn_ikey *info, double sim)
{
    near_keys *k = ctx;
    if (k->n < 64) {
        k->keys[k->n] = info;
        k->sims[k->n] = sim;
    }
    k->n++;
}

/* The near spellings a scanner asks for with its byte per key (cdn_index_similar_keys_counted)
 * are those search's table gives, in the same order, and the bytes are all 0 after: for every
 * key of the sample lists and the same with a letter dropped or two swapped, with the key as
 * its romanisation and with another, at three similarities; many find some. */
static void near_spellings_counted_as_hashed(void **state)
{
    (void)state;
    const char *sources[] = {"csv:" SAMPLE_LIST, "csv:tests/data/scan/extra.csv"};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 2, NULL), CORDON_OK);
    uint8_t *counts = calloc(idx->vocab.len, 1);
    assert_non_null(counts);
    static const double SIMS[] = {0.7, 0.8, 0.9};
    size_t offered = 0;
    for (uint32_t v = 0; v < idx->vocab.len; v++) {
        const char *key = idx->pool + idx->vocab.items[v].key;
        size_t len = strlen(key);
        if (len == 0 || len >= 64)
            continue;
        for (int change = 0; change < 3; change++) {
            char word[64];
            memcpy(word, key, len + 1);
            if (change == 1 && len > 4)
                memmove(word + len / 2, word + len / 2 + 1, len - len / 2); /* a letter dropped */
            if (change == 2 && len > 4) { /* two swapped */
                char c = word[1];
                word[1] = word[2];
                word[2] = c;
            }
            /* A romanisation other than the key too (its last letter another): the keys its
             * pass finds that the key's pass offered already, and turned down, are not offered
             * again — the hash set and the bytes' marks (lookup.c) must agree on them. */
            char other[64];
            memcpy(other, word, strlen(word) + 1);
            other[strlen(other) - 1] = other[strlen(other) - 1] == 'a' ? 'o' : 'a';
            for (size_t s = 0; s < 2 * (sizeof SIMS / sizeof SIMS[0]); s++) {
                const char *latin = s % 2 ? other : word;
                near_keys a = {0}, b = {0};
                cdn_index_similar_keys(idx, word, latin, SIMS[s / 2], note_near_key, &a);
                cdn_index_similar_keys_counted(idx, word, latin, SIMS[s / 2], counts, note_near_key, &b);
                assert_int_equal(a.n, b.n);
                for (size_t i = 0; i < a.n && i < 64; i++) {
                    assert_ptr_equal(a.keys[i], b.keys[i]);
                    assert_true(a.sims[i] == b.sims[i]);
                }
                offered += a.n;
            }
        }
    }
    for (size_t v = 0; v < idx->vocab.len; v++)
        assert_int_equal(counts[v], 0);
    assert_true(offered > 1000);
    free(counts);
    cordon_index_close(idx);
}

/* Whether the keys near word at min_sim (cdn_index_similar_keys_counted) hold the vocabulary
 * entry of key. */
static bool near_holds(const cordon_index *idx, const char *word, const char *key, double min_sim, uint8_t *counts)
{
    near_keys found = {0};
    cdn_index_similar_keys_counted(idx, word, NULL, min_sim, counts, note_near_key, &found);
    for (size_t i = 0; i < found.n && i < 64; i++)
        if (strcmp(idx->pool + found.keys[i]->key, key) == 0)
            return true;
    return found.n > 64; /* not all of them kept: not told */
}

/* Every key that the similarity asked allows is offered, whatever its length beside the
 * word's: each key of the sample lists with a letter dropped (one edit, shorter), a letter
 * added (one edit, longer) and two letters dropped (the trigrams' two edits, for a word long
 * enough that the similarity allows them by its own length), at 0.7 to 0.9, wherever the key's edit similarity reaches it — the
 * lengths at the edge of what the edits allow included (a key of five at 0.8 one letter
 * shorter: 1 - 1/5). */
static void near_spellings_reach_every_length_allowed(void **state)
{
    (void)state;
    const char *sources[] = {"csv:" SAMPLE_LIST, "csv:tests/data/scan/extra.csv"};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 2, NULL), CORDON_OK);
    uint8_t *counts = calloc(idx->vocab.len, 1);
    assert_non_null(counts);
    static const double SIMS[] = {0.7, 0.75, 0.8, 0.9};
    size_t asked = 0, at_edge = 0;
    for (uint32_t v = 0; v < idx->vocab.len; v++) {
        const char *key = idx->pool + idx->vocab.items[v].key;
        size_t len = strlen(key);
        if (len < 5 || len > 40)
            continue;
        for (int change = 0; change < 3; change++) {
            char word[64];
            if (change == 0) { /* the middle letter dropped */
                memcpy(word, key, len / 2);
                memcpy(word + len / 2, key + len / 2 + 1, len - len / 2);
            } else if (change == 1) { /* a q added after the first letter */
                word[0] = key[0];
                word[1] = 'q';
                memcpy(word + 2, key + 1, len);
            } else if (len >= 10) { /* the second and the last letter but one dropped */
                word[0] = key[0];
                memcpy(word + 1, key + 2, len - 4);
                word[len - 3] = key[len - 1];
                word[len - 2] = '\0';
            } else {
                continue;
            }
            if (cdn_index_key(idx, word, strlen(word)))
                continue; /* a key itself */
            for (size_t s = 0; s < sizeof SIMS / sizeof SIMS[0]; s++) {
                double sim = cdn_key_similarity_at_least(word, key, SIMS[s]);
                if (sim < SIMS[s] || (change == 2 && (1.0 - SIMS[s]) * (double)strlen(word) + 1e-9 < 2.0))
                    continue; /* two edits are looked for where the word's own length allows them */
                if (!near_holds(idx, word, key, SIMS[s], counts))
                    fail_msg("%s: %s (%.3f) not offered at %.2f", word, key, sim, SIMS[s]);
                asked++;
                size_t longer = strlen(word) > len ? strlen(word) : len;
                at_edge += sim < SIMS[s] + 1.0 / (double)longer; /* one edit more would not do */
            }
        }
    }
    for (size_t v = 0; v < idx->vocab.len; v++)
        assert_int_equal(counts[v], 0);
    assert_true(asked > 1000 && at_edge > 100);
    free(counts);
    cordon_index_close(idx);
}

static void scanner_starts_afresh_past_its_bound(void **state)
{
    (void)state;
    const char *sources[] = {"csv:" SAMPLE_LIST};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_OK);
    cordon_scanner *sc = NULL;
    assert_int_equal(cordon_scanner_new(idx, &sc), CORDON_OK);
    /* 70,000 distinct capitalised words (more than the lexicon keeps), then real text. */
    size_t cap = 70000 * 9 + 1, len = 0;
    char *many = malloc(cap);
    assert_non_null(many);
    for (unsigned i = 0; i < 70000; i++)
        len += (size_t)snprintf(many + len, cap - len, "Q%07u ", i);
    assert_int_equal(same_as_cordon_scan(idx, sc, many, len), 0);
    const char *text = "Russian President Vladimir Putin met Kim Jong Un. Putin's spokesman Dmitry Peskov spoke.";
    for (int round = 0; round < 2; round++) {
        assert_int_equal(same_as_cordon_scan(idx, sc, text, strlen(text)), 4);
        assert_int_equal(same_as_cordon_scan(idx, sc, many, len), 0);
    }
    free(many);
    cordon_scanner_free(sc);
    cordon_index_close(idx);
}

/* The texts the threads scan, and what one new scanner finds in each. */
enum { N_TEXTS = 7, N_THREADS = 4 };
typedef struct shared_scan {
    const cordon_index *idx;
    char *text[N_TEXTS];
    size_t len[N_TEXTS];
    cordon_mentions *expected[N_TEXTS];
    int failures;
} shared_scan;

/* Scans every text three times with cordon_scan (the index's pooled scanners), counting the
 * results that differ from the expected ones. */
static void *scan_thread(void *arg)
{
    shared_scan *sh = arg;
    int failures = 0;
    for (int round = 0; round < 3; round++)
        for (size_t i = 0; i < N_TEXTS; i++) {
            cordon_mentions *m = NULL;
            if (cordon_scan(sh->idx, sh->text[i], sh->len[i], NULL, &m) != CORDON_OK ||
                cordon_mentions_count(m) != cordon_mentions_count(sh->expected[i]))
                failures++;
            for (size_t j = 0; j < cordon_mentions_count(m) && j < cordon_mentions_count(sh->expected[i]); j++) {
                const cordon_mention *x = cordon_mentions_get(m, j), *y = cordon_mentions_get(sh->expected[i], j);
                failures += x->start != y->start || x->end != y->end || x->entity != y->entity || x->score != y->score;
            }
            cordon_mentions_free(m);
        }
    __atomic_add_fetch(&sh->failures, failures, __ATOMIC_RELAXED);
    return NULL;
}

static void threads_scan_one_index(void **state)
{
    (void)state;
    const char *sources[] = {"csv:" SAMPLE_LIST, "csv:tests/data/scan/extra.csv"};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 2, NULL), CORDON_OK);
    static const char *const FILES[N_TEXTS] = {"de", "en", "fr", "ru", "uk", "pl", "en-family"};
    shared_scan sh = {.idx = idx};
    for (size_t i = 0; i < N_TEXTS; i++) {
        char path[128];
        snprintf(path, sizeof path, "tests/data/scan/%s.txt", FILES[i]);
        sh.text[i] = read_text(path, &sh.len[i]);
        cordon_scanner *sc = NULL;
        assert_int_equal(cordon_scanner_new(idx, &sc), CORDON_OK);
        assert_int_equal(cordon_scanner_scan(sc, sh.text[i], sh.len[i], NULL, &sh.expected[i]), CORDON_OK);
        assert_true(cordon_mentions_count(sh.expected[i]) > 0);
        cordon_scanner_free(sc);
    }
    pthread_t threads[N_THREADS];
    for (int t = 0; t < N_THREADS; t++)
        assert_int_equal(pthread_create(&threads[t], NULL, scan_thread, &sh), 0);
    for (int t = 0; t < N_THREADS; t++)
        pthread_join(threads[t], NULL);
    assert_int_equal(sh.failures, 0);
    for (size_t i = 0; i < N_TEXTS; i++) {
        cordon_mentions_free(sh.expected[i]);
        free(sh.text[i]);
    }
    cordon_index_close(idx);
}

/* A window remembered with no passes, in a memo that holds nothing else, is found again with
 * none. The passes were never allocated, and the old code returned NULL + 0: clang's UBSan (the
 * fuzz build) reports that, found by fuzz_scan; gcc's (make SANITIZE=1) does not check it, so
 * here this test checks the answer only. */
static void window_memo_without_passes(void **state)
{
    (void)state;
    cdn_window_memo m;
    cdn_window_memo_init(&m, sizeof(double));
    const uint32_t key[] = {80, 2, 7, 9};
    cdn_window_memo_put(&m, key, 4, cdn_window_memo_hash(key, 4), NULL, 0);
    const void *passes = NULL;
    size_t count = 99;
    assert_true(cdn_window_memo_get(&m, key, 4, cdn_window_memo_hash(key, 4), &passes, &count));
    assert_int_equal(count, 0);
    const uint32_t other[] = {80, 2, 7, 10};
    assert_false(cdn_window_memo_get(&m, other, 4, cdn_window_memo_hash(other, 4), &passes, &count));
    cdn_window_memo_free(&m);
}

/* The lexicon's word table (word_table.h): words kept by their bytes, those of more than
 * eight bytes told apart by the bytes after the eighth, through growth. */
static const char *table_word(const void *ctx, uint32_t number) { return ((const char *const *)ctx)[number]; }

static void word_table_finds_each_word(void **state)
{
    (void)state;
    enum { N = 3000 };
    static char words[N][24];
    static const char *texts[N];
    for (size_t i = 0; i < N; i++) {
        /* Short words, words of exactly eight bytes, and long words that share their first
         * eight bytes (internat...) and differ only at the end. */
        if (i % 3 == 0)
            snprintf(words[i], sizeof words[i], "w%zu", i);
        else if (i % 3 == 1)
            snprintf(words[i], sizeof words[i], "%08zu", i);
        else
            snprintf(words[i], sizeof words[i], "internationa%zu", i);
        texts[i] = words[i];
    }
    cdn_word_table t;
    cdn_word_table_init(&t);
    for (size_t i = 0; i < N; i++) {
        cdn_word_probe p = cdn_word_table_probe(words[i], strlen(words[i]));
        assert_int_equal(cdn_word_table_get(&t, words[i], strlen(words[i]), &p, table_word, texts), UINT32_MAX);
        assert_true(cdn_word_table_add(&t, strlen(words[i]), &p, (uint32_t)i));
    }
    for (size_t i = 0; i < N; i++) {
        cdn_word_probe p = cdn_word_table_probe(words[i], strlen(words[i]));
        assert_int_equal(cdn_word_table_get(&t, words[i], strlen(words[i]), &p, table_word, texts), i);
    }
    /* A probe is of the word's bytes alone: its head the first eight, zero-padded, whatever
     * follows the word in memory. */
    const char *letters = "abcdefghijklmnopqrstuvwxyz";
    for (size_t len = 0; len <= 20; len++) {
        char other[32];
        memcpy(other, letters, len);
        memset(other + len, 'X', sizeof other - len);
        cdn_word_probe a = cdn_word_table_probe(letters, len), b = cdn_word_table_probe(other, len);
        uint64_t head = 0;
        memcpy(&head, letters, len < 8 ? len : 8);
        assert_true(a.head == head && b.head == head && a.hash == b.hash);
    }
    /* A prefix, an extension and a word that differs after the eighth byte are not there. */
    static const char *const ABSENT[] = {"w", "w31", "0000000", "000000001", "internationa", "internationa20000", ""};
    for (size_t i = 0; i < sizeof ABSENT / sizeof ABSENT[0]; i++) {
        cdn_word_probe p = cdn_word_table_probe(ABSENT[i], strlen(ABSENT[i]));
        assert_int_equal(cdn_word_table_get(&t, ABSENT[i], strlen(ABSENT[i]), &p, table_word, texts), UINT32_MAX);
    }
    cdn_word_table_free(&t);
}

/* A company's legal form in dotted capitals that the tokenizer cut into letters (C.A., S.A. DE
 * C.V., S. DE R.L. DE C.V.: a tenth of OFAC's entities) is the name's form tail (name_facts.h),
 * not counted among its words: Bodecarne alone may be BODECARNE, S.A. DE C.V. (the mentions, on
 * the real lists, in tests/integration/test_scan.sh). A form the tokenizer knows (B.V.) is no
 * tail, nor are a person's initials or lone letters inside a name. */
static const char FORMS_CSV[] =
    "id,schema,name\n"
    "F-1,Company,\"BODECARNE, S.A. DE C.V.\"\n"
    "F-2,Company,\"ALFA ONE, C.A.\"\n"
    "F-3,Company,GRUPO TARAMBA S. DE R.L. DE C.V.\n"
    "F-4,Company,ORGANIC DISTRICT B.V.\n"
    "F-5,Company,M AND S TRADING\n"
    "F-6,Person,\"SMITH, John A. B.\"\n";

/* The entity's id in its list (after the list's name, which is the scratch file's). */
static const char *local_id(const cordon_entity *e) { return strrchr(e->id, ':') + 1; }

/* The facts of the primary name of the entity of list id id in idx. */
static const cdn_name_facts *facts_of(const cordon_index *idx, const char *id)
{
    for (uint32_t n = 0; n < idx->names.len; n++)
        if (strcmp(local_id(cdn_index_entity_at(idx, idx->names.items[n].entity)), id) == 0 && idx->names.items[n].name == 0)
            return &idx->name_facts[n];
    fail_msg("no name of %s", id);
    return NULL;
}

static void dotted_form_tail_counted_as_legal_form(void **state)
{
    (void)state;
    cordon_index *idx = open_csv("forms.csv", FORMS_CSV, sizeof FORMS_CSV - 1);
    cordon_scanner *sc = NULL;
    assert_int_equal(cordon_scanner_new(idx, &sc), CORDON_OK); /* works the facts out */
    static const struct { const char *id; int tail, words; } FACTS[] = {
        {"F-1", 4, 1}, {"F-2", 2, 2}, {"F-3", 7, 2},
        {"F-4", 0, 2}, {"F-5", 0, 4}, {"F-6", 0, 4},
    };
    for (size_t i = 0; i < sizeof FACTS / sizeof FACTS[0]; i++) {
        const cdn_name_facts *f = facts_of(idx, FACTS[i].id);
        assert_int_equal(f->form_tail, FACTS[i].tail);
        assert_int_equal(f->words, FACTS[i].words);
    }
    cordon_scanner_free(sc);
    cordon_index_close(idx);
}

/* A window that begins at the Arabic article in lower case (window.c: article_begins_name, as
 * the press writes al-Shabaab mid-sentence) names an organisation; the article and one word
 * are no person's mention: al-Sadr (Muqtada al-Sadr, in the news daily) is not IBRAHIM, Sadr,
 * nor al-Baghdadi the listed AL-BAGHDADI, Hassan, as a person's surname alone is a mention only
 * after a full one (resolve.c). Both were mentions on main ce91b72 (review2). */
static const char ARTICLE_CSV[] =
    "id,schema,name\n"
    "A-1,Person,\"IBRAHIM, Sadr\"\n"
    "A-2,Person,\"AL-BAGHDADI, Hassan\"\n"
    "A-3,Organization,AL-SHABAAB\n";

static void article_and_one_word_name_no_person(void **state)
{
    (void)state;
    cordon_index *idx = open_csv("article.csv", ARTICLE_CSV, sizeof ARTICLE_CSV - 1);
    static const char TEXT[] = "Supporters of al-Sadr marched, and fighters loyal to al-Baghdadi joined al-Shabaab.";
    cordon_mentions *m = NULL;
    assert_int_equal(cordon_scan(idx, TEXT, sizeof TEXT - 1, NULL, &m), CORDON_OK);
    assert_int_equal(cordon_mentions_count(m), 1);
    const cordon_mention *x = cordon_mentions_get(m, 0);
    assert_string_equal(local_id(x->entity), "A-3");
    assert_int_equal(x->start, strstr(TEXT, "al-Shabaab") - TEXT);
    assert_int_equal(x->end, x->start + strlen("al-Shabaab"));
    cordon_mentions_free(m);
    cordon_index_close(idx);
}

/* A listed name met whole by words rare in the index, with one word more between its words, is
 * mentioned in a sentence as in a search (score.c, listed_name_within: a middle name the list
 * leaves out, Gulnihal Kulak Yegane for YEGANE, Gulnihal). The words a sentence puts beside a
 * name (a place, a sentence's first word) do not lengthen its mention: the name alone, met
 * whole, scores more. Common words (Dwi, Susanti on several names) say nothing of the kind.
 * On main 0bd9616 the first sentence scored 0.766 and was no mention: the scanner's lexicon
 * never marked a word rare (CDN_TOK_RARE). */
static const char WITHIN_CSV[] = "id,schema,name\n"
                                 "R-1,Person,\"YEGANE, Gulnihal\"\n"
                                 "R-2,Person,\"SUSANTI, Dwi Dahlia\"\n"
                                 "R-3,Person,\"SUSANTI, Ani\"\nR-4,Person,\"SUSANTI, Rina\"\n"
                                 "R-5,Person,\"SUSANTI, Sri\"\nR-6,Person,\"SUSANTI, Dewi\"\n"
                                 "R-7,Person,\"DWI, Ani\"\nR-8,Person,\"DWI, Rina\"\n"
                                 "R-9,Person,\"DWI, Sri\"\nR-10,Person,\"DWI, Dewi\"\n";

/* The one mention of text: its entity's local id and the text it spans (NULL: none expected). */
static void expect_one_mention(cordon_index *idx, const char *text, const char *id, const char *span)
{
    cordon_mentions *m = NULL;
    assert_int_equal(cordon_scan(idx, text, strlen(text), NULL, &m), CORDON_OK);
    if (!span) {
        if (cordon_mentions_count(m) != 0)
            fail_msg("%s: %s mentioned at %.3f", text, cordon_mentions_get(m, 0)->entity->id,
                     cordon_mentions_get(m, 0)->score);
        cordon_mentions_free(m);
        return;
    }
    if (cordon_mentions_count(m) != 1)
        fail_msg("%s: %zu mentions, expected %s", text, cordon_mentions_count(m), span);
    const cordon_mention *x = cordon_mentions_get(m, 0);
    assert_string_equal(local_id(x->entity), id);
    assert_int_equal(x->start, strstr(text, span) - text);
    assert_int_equal(x->end, x->start + strlen(span));
    cordon_mentions_free(m);
}

static void listed_name_within_a_mention_by_rare_words(void **state)
{
    (void)state;
    cordon_index *idx = open_csv("within.csv", WITHIN_CSV, sizeof WITHIN_CSV - 1);
    expect_one_mention(idx, "Officials said Gulnihal Kulak Yegane met bankers.", "R-1", "Gulnihal Kulak Yegane");
    expect_one_mention(idx, "Yesterday Gulnihal Yegane Kulak met bankers.", "R-1", "Gulnihal Yegane");
    expect_one_mention(idx, "Bankers met Istanbul Gulnihal Yegane on Monday.", "R-1", "Gulnihal Yegane");
    expect_one_mention(idx, "Officials said Dwi Tantri Susanti met bankers.", NULL, NULL);
    cordon_index_close(idx);
}

/* A listed name met whole by three words or more, whatever their rarity, with one word more
 * among them: the scorer weighs the word added at half (score.c, one_part_added), and the
 * scanner's bounds must allow it as they allow the rare words' (window.c, one_word_added). On
 * main 7e07580 the second sentence was no mention though search alerts on its words at 0.81
 * (review1, session 19); the first was met as Carlos Moreno only. */
static const char COMMON_CSV[] = "id,schema,name\n"
                                 "C-1,Person,\"MORENO, Juan Carlos\"\n"
                                 "C-2,Person,Alvarez Juan\nC-3,Person,Benitez Juan\nC-4,Person,Diaz Juan\n"
                                 "C-5,Person,Estevez Juan\nC-6,Person,Gomez Juan\n"
                                 "C-7,Person,Alvarez Carlos\nC-8,Person,Benitez Carlos\nC-9,Person,Diaz Carlos\n"
                                 "C-10,Person,Estevez Carlos\nC-11,Person,Gomez Carlos\n"
                                 "C-12,Person,Alvarez Moreno\nC-13,Person,Benitez Moreno\nC-14,Person,Diaz Moreno\n"
                                 "C-15,Person,Estevez Moreno\nC-16,Person,Gomez Moreno\n";

static void listed_name_of_three_words_within_a_mention(void **state)
{
    (void)state;
    cordon_index *idx = open_csv("common.csv", COMMON_CSV, sizeof COMMON_CSV - 1);
    expect_one_mention(idx, "Officials said Juan Carlos Pablo Moreno met bankers.", "C-1", "Juan Carlos Pablo Moreno");
    expect_one_mention(idx, "Officials said Juan Carlos Moreno met bankers.", "C-1", "Juan Carlos Moreno");
    cordon_index_close(idx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inflection_bases_per_language),
        cmocka_unit_test(inflection_bases_leave_short_and_plain_words),
        cmocka_unit_test(stopwords_table_sorted_and_found),
        cmocka_unit_test(body_words_sorted_and_found),
        cmocka_unit_test(cities_sorted_and_found),
        cmocka_unit_test(ship_words_sorted_and_found),
        cmocka_unit_test(scan_options_default),
        cmocka_unit_test(one_scanner_for_many_texts),
        cmocka_unit_test(index_facts_as_their_tests),
        cmocka_unit_test(near_spellings_counted_as_hashed),
        cmocka_unit_test(near_spellings_reach_every_length_allowed),
        cmocka_unit_test(scanner_starts_afresh_past_its_bound),
        cmocka_unit_test(threads_scan_one_index),
        cmocka_unit_test(window_memo_without_passes),
        cmocka_unit_test(word_table_finds_each_word),
        cmocka_unit_test(dotted_form_tail_counted_as_legal_form),
        cmocka_unit_test(article_and_one_word_name_no_person),
        cmocka_unit_test(listed_name_within_a_mention_by_rare_words),
        cmocka_unit_test(listed_name_of_three_words_within_a_mention),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
