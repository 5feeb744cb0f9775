/*
 * test_match.c — search, compare and scan on the sample list: the listed party comes first
 * for local spellings, unlisted people raise no match, qualifiers move scores, scan offsets are
 * exact.
 */
#include "test_support.h"


static cordon_index *sample;

static int open_sample(void **state)
{
    (void)state;
    sample = open_one("csv:" SAMPLE_LIST);
    return 0;
}

static int close_sample(void **state)
{
    (void)state;
    cordon_index_close(sample);
    return 0;
}

static cordon_results *search(const char *name, const cordon_search_options *opts)
{
    cordon_results *res = NULL;
    int status = cordon_search(sample, name, opts, &res);
    if (status != CORDON_OK)
        fail_msg("search(%s): %s", name, cordon_results_errmsg(res));
    return res;
}

static void local_spellings_find_the_listed_party_first(void **state)
{
    (void)state;
    static const struct {
        const char *query;
        const char *id;
    } T[] = {
        {"Wladimir Putin", "watchlist:WL-0001"},
        {"Vladimir Poutine", "watchlist:WL-0001"},
        {"PUTIN Vladimir", "watchlist:WL-0001"},
        {"Путин Владимир", "watchlist:WL-0001"},
        {"Alexander Lukaschenko", "watchlist:WL-0025"},
        {"Alexandre Loukachenko", "watchlist:WL-0025"},
        {"Jewgeni Prigoschin", "watchlist:WL-0008"},
        {"Evgueni Prigojine", "watchlist:WL-0008"},
        {"Sergueï Lavrov", "watchlist:WL-0002"},
        {"Sergej Lawrow", "watchlist:WL-0002"},
        {"Kim Jong-un", "watchlist:WL-0029"},
        {"Roman Abramowitsch", "watchlist:WL-0010"},
        {"Rosneft Oil Company PJSC", "watchlist:WL-0040"},
        {"Wagner Group", "watchlist:WL-0038"},
    };
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++) {
        cordon_results *res = search(T[i].query, NULL);
        if (cordon_results_count(res) == 0)
            fail_msg("%s: no results", T[i].query);
        const cordon_result *top = cordon_results_get(res, 0);
        if (strcmp(top->entity->id, T[i].id) != 0 || !top->match)
            fail_msg("%s: top is %s (%.3f, match %d), expected %s", T[i].query, top->entity->id, top->score, top->match,
                     T[i].id);
        assert_true(top->score >= CORDON_DEFAULT_THRESHOLD && top->score <= 1.0);
        assert_non_null(top->explanation);
        cordon_results_free(res);
    }
}

static void unlisted_people_raise_no_match(void **state)
{
    (void)state;
    static const char *const T[] = {"Angela Merkel", "John Smith", "Oleg Ignatov", "George Bush", "Maria Schmidt",
                                    "Vladimir Nabokov", "Alexander Schmidt"};
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++) {
        cordon_results *res = search(T[i], NULL);
        for (size_t r = 0; r < cordon_results_count(res); r++) {
            const cordon_result *x = cordon_results_get(res, r);
            if (x->match)
                fail_msg("%s matched %s (%s) at %.3f: %s", T[i], x->entity->id, x->entity->caption, x->score,
                         x->explanation);
        }
        cordon_results_free(res);
    }
}

static void results_are_ordered_limited_and_explained(void **state)
{
    (void)state;
    cordon_search_options o;
    cordon_search_options_default(&o);
    o.limit = 2;
    o.min_score = 0.0;
    cordon_results *res = search("Lukashenko", &o);
    assert_int_equal(cordon_results_count(res), 2); /* Alyaksandr and his son Viktar */
    for (size_t i = 1; i < cordon_results_count(res); i++)
        assert_true(cordon_results_get(res, i - 1)->score >= cordon_results_get(res, i)->score);
    const cordon_result *top = cordon_results_get(res, 0);
    assert_true(strcmp(top->entity->id, "watchlist:WL-0025") == 0 || strcmp(top->entity->id, "watchlist:WL-0026") == 0);
    assert_non_null(strstr(top->explanation, "lukashenko"));
    cordon_results_free(res);
}

static void qualifiers_move_scores(void **state)
{
    (void)state;
    cordon_search_options o;
    cordon_search_options_default(&o);
    cordon_results *plain = search("Wladimir Putin", &o);
    double base = cordon_results_get(plain, 0)->score;

    o.dob = "1952";
    cordon_results *agree = search("Wladimir Putin", &o);
    assert_true(cordon_results_get(agree, 0)->score >= base);
    assert_non_null(strstr(cordon_results_get(agree, 0)->explanation, "date of birth agrees"));

    o.dob = "1990-01-01";
    cordon_results *differ = search("Wladimir Putin", &o);
    assert_true(cordon_results_get(differ, 0)->score < base);
    assert_non_null(strstr(cordon_results_get(differ, 0)->explanation, "date of birth differs"));

    cordon_search_options_default(&o);
    o.schema = CORDON_SCHEMA_VESSEL;
    cordon_results *vessels = search("Wladimir Putin", &o);
    for (size_t i = 0; i < cordon_results_count(vessels); i++)
        assert_int_equal(cordon_results_get(vessels, i)->entity->schema, CORDON_SCHEMA_VESSEL);

    o.dob = "1952-02-30";
    cordon_results *bad = NULL;
    assert_int_equal(cordon_search(sample, "Putin", &o, &bad), CORDON_EINVAL);
    assert_string_equal(cordon_results_errmsg(bad),
                        "invalid date of birth '1952-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    assert_int_equal(cordon_results_count(bad), 0);

    cordon_results_free(plain);
    cordon_results_free(agree);
    cordon_results_free(differ);
    cordon_results_free(vessels);
    cordon_results_free(bad);
}

static void invalid_utf8_query_is_refused(void **state)
{
    (void)state;
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(sample, "Put\xC3in", NULL, &res), CORDON_EINVAL);
    assert_string_equal(cordon_results_errmsg(res), "the name is not valid UTF-8");
    cordon_results_free(res);
}

static void long_expanding_tokens_are_safe(void **state)
{
    (void)state;
    /* Found by fuzz_search: x folds to ks, so two joined tokens of x's made a key twice their
     * length, which once overflowed a fixed buffer. */
    char query[400];
    memset(query, 'x', sizeof query - 1);
    query[sizeof query - 1] = '\0';
    memcpy(query, "\xd0\x87\xd1\x83" "eslami" "\xd0\xba", 12);
    query[60] = '$';
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(sample, query, NULL, &res), CORDON_OK);
    cordon_results_free(res);
    query[60] = ' ';
    query[200] = ' ';
    assert_int_equal(cordon_search(sample, query, NULL, &res), CORDON_OK);
    cordon_results_free(res);
}

static void compare_scores_pairs(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        double lo, hi;
    } T[] = {
        {"Lukaschenko Alexander", "LUKASHENKO, Alexander Grigoryevich", 0.85, 1.0},
        {"Putin", "Putin", 1.0, 1.0},
        {"George Bush", "George Habbash", 0.0, 0.6},
        {"Oleg Ignatov", "Viktor Ignatov", 0.0, 0.6},
        {"Wladimir Putin", "Vladimir Putin", 0.9, 1.0},
        /* A Latin C typed into a Cyrillic name (EU travel-ban list) is read as the Cyrillic С. */
        {"C\xd0\xb5\xd1\x80\xd0\xb3\xd0\xb5\xd0\xb9 \xd0\x9b\xd0\xb0\xd0\xb2\xd1\x80\xd0\xbe\xd0\xb2", "LAVROV, Sergei", 0.9, 1.0},
        /* Capitals mark the family name, so -ovich at the end is not taken for a patronymic. */
        {"Sergei Petrovich RUBNIKOVICH", "Sergei RUBNIKOVICH", 0.9, 1.0},
        {"Sergei RUBNIKOVICH", "Sergei Petrovich", 0.0, 0.7},
        /* Two initials written as one word meet that word in Latin letters or Cyrillic, never a
         * word of Arabic or Hebrew script: the Hebrew and Arabic Amer (עאמר, عامر) are no M. R. */
        {"MR Ahmadi", "M.R. Ahmadi", 0.95, 1.0},
        {"Ivanov A. B.", "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2 \xd0\x90\xd0\x91", 0.9, 1.0}, /* Иванов АБ: Cyrillic writes initials */
        {"\xd7\x90\xd7\x97\xd7\x9e\xd7\x93 \xd7\xa2\xd7\x90\xd7\x9e\xd7\xa8", "M.R. Ahmadi", 0.0, 0.6},
        {"\xd8\xb9\xd8\xa7\xd9\x85\xd8\xb1 \xd8\xa3\xd8\xad\xd9\x85\xd8\xaf", "M R Ahmadi", 0.0, 0.6},
    };
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++) {
        double s;
        assert_int_equal(cordon_compare(sample, T[i].a, T[i].b, CORDON_SCHEMA_PERSON, &s), CORDON_OK);
        if (s < T[i].lo || s > T[i].hi)
            fail_msg("compare(%s, %s) = %.3f, expected [%.2f, %.2f]", T[i].a, T[i].b, s, T[i].lo, T[i].hi);
    }
}

static void scan_finds_mentions_with_exact_offsets(void **state)
{
    (void)state;
    const char *text = "Präsident Alexander Lukaschenko traf Wladimir Putin. Die Wagner-Gruppe zog ab; "
                       "Lukaschenkos Sprecher schwieg. Oleg Ignatov, ein Hafenbeamter, und Angela Merkel "
                       "kommentierten nicht. Ignatov sagte nichts.";
    cordon_mentions *m = NULL;
    assert_int_equal(cordon_scan(sample, text, strlen(text), NULL, &m), CORDON_OK);
    static const struct {
        const char *text;
        const char *id;
    } WANT[] = {
        {"Alexander Lukaschenko", "watchlist:WL-0025"},
        {"Wladimir Putin", "watchlist:WL-0001"},
        {"Wagner-Gruppe", "watchlist:WL-0038"},
        {"Lukaschenkos", "watchlist:WL-0025"},
    };
    size_t n = cordon_mentions_count(m);
    for (size_t i = 0; i < n; i++) {
        const cordon_mention *x = cordon_mentions_get(m, i);
        if (i >= sizeof WANT / sizeof WANT[0])
            fail_msg("unexpected mention '%.*s' → %s", (int)(x->end - x->start), text + x->start, x->entity->id);
        const char *at = strstr(text, WANT[i].text);
        assert_int_equal(x->start, (size_t)(at - text));
        assert_int_equal(x->end, (size_t)(at - text) + strlen(WANT[i].text));
        assert_string_equal(x->entity->id, WANT[i].id);
        assert_true(x->score >= CORDON_DEFAULT_THRESHOLD && x->score <= 1.0);
    }
    assert_int_equal(n, sizeof WANT / sizeof WANT[0]);
    cordon_mentions_free(m);
}

static void scan_reads_html_with_offsets_into_the_original(void **state)
{
    (void)state;
    const char *html = "<html><head><title>Putin</title><style>p{}</style></head><body><h1>Bericht</h1>"
                       "<p>Gestern traf <b>Wladimir Putin</b> den Pr&auml;sidenten <a href=\"/x?a=1&b=2\">Alexander "
                       "Lukaschenko</a>.</p><script>var x = \"Sergej Lawrow\";</script>"
                       "<!-- Wagner-Gruppe --><p>Lukaschenkos Sprecher schwieg.</p></body></html>";
    static const char *const WANT[] = {"Wladimir Putin", "Alexander Lukaschenko", "Lukaschenkos"};
    cordon_scan_options o;
    cordon_scan_options_default(&o); /* html detected from the content */
    cordon_mentions *m = NULL;
    assert_int_equal(cordon_scan(sample, html, strlen(html), &o, &m), CORDON_OK);
    assert_int_equal(cordon_mentions_count(m), 3);
    for (size_t i = 0; i < 3; i++) {
        const cordon_mention *x = cordon_mentions_get(m, i);
        size_t at = (size_t)(strstr(html, WANT[i]) - html);
        assert_int_equal(x->start, at);
        assert_int_equal(x->end, at + strlen(WANT[i]));
    }
    cordon_mentions_free(m);

    /* Read as plain text, the script's and the comment's names count too. */
    o.html = 0;
    assert_int_equal(cordon_scan(sample, html, strlen(html), &o, &m), CORDON_OK);
    assert_true(cordon_mentions_count(m) > 3);
    cordon_mentions_free(m);
}

static void scan_survives_binary_input(void **state)
{
    (void)state;
    const char text[] = "\xFF\xFEPutin\x00Wladimir Putin\xC3";
    cordon_mentions *m = NULL;
    assert_int_equal(cordon_scan(sample, text, sizeof text - 1, NULL, &m), CORDON_OK);
    assert_int_equal(cordon_mentions_count(m), 1);
    assert_int_equal(cordon_mentions_get(m, 0)->start, 8);
    assert_int_equal(cordon_mentions_get(m, 0)->end, 22);
    cordon_mentions_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(local_spellings_find_the_listed_party_first),
        cmocka_unit_test(unlisted_people_raise_no_match),
        cmocka_unit_test(results_are_ordered_limited_and_explained),
        cmocka_unit_test(qualifiers_move_scores),
        cmocka_unit_test(invalid_utf8_query_is_refused),
        cmocka_unit_test(long_expanding_tokens_are_safe),
        cmocka_unit_test(compare_scores_pairs),
        cmocka_unit_test(scan_finds_mentions_with_exact_offsets),
        cmocka_unit_test(scan_reads_html_with_offsets_into_the_original),
        cmocka_unit_test(scan_survives_binary_input),
    };
    return cmocka_run_group_tests_name("match", tests, open_sample, close_sample);
}
