/*
 * test_scan.c — the pieces of the scanner that know languages: the base forms of inflected
 * names (a golden table per language), the function-word table, and scan options.
 */
#include "test_support.h"

#include "scan/inflect.h"
#include "scan/stopwords.h"

/* Whether base is among the base forms of word. */
static bool has_base(const char *word, const char *base)
{
    cdn_base out[CDN_MAX_BASES];
    size_t n = cdn_inflection_bases(word, strlen(word), out);
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
    assert_int_equal(cdn_inflection_bases("us", 2, out), 0);
    assert_int_equal(cdn_inflection_bases("ова", strlen("ова"), out), 0);
    /* A word without a known ending gives nothing: Лукашенко does not decline. */
    assert_int_equal(cdn_inflection_bases("лукашенко", strlen("лукашенко"), out), 0);
    /* No base equals the word, none repeats, and there are never more than the room. */
    const char *words[] = {"putinowi", "путиным", "lukaszenki", "wagnera", "وبوتين"};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t n = cdn_inflection_bases(words[w], strlen(words[w]), out);
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
    assert_int_equal(cdn_inflection_bases(longword, strlen(longword), out), 0);
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
    assert_int_equal(cdn_stopword_language("der", 3), CDN_STOP_GERMAN);
    assert_int_equal(cdn_stopword_language("the", 3), CDN_STOP_ENGLISH);
    assert_int_equal(cdn_stopword_language("les", 3), CDN_STOP_OTHER);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inflection_bases_per_language),
        cmocka_unit_test(inflection_bases_leave_short_and_plain_words),
        cmocka_unit_test(stopwords_table_sorted_and_found),
        cmocka_unit_test(scan_options_default),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
