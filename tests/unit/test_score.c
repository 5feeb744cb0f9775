/*
 * test_score.c — the scorer's building blocks: the edit distance (bit-parallel for ASCII, a
 * table for other scripts) against a plain dynamic-programming reference, and golden token
 * similarities.
 */
#include <math.h>
#include <stdint.h>

#include "test_support.h"

#include "core/strbuf.h"
#include "match/analyze.h"
#include "match/score.h"
#include "match/short_sounds.h"
#include "text/transcription.h"
#include "text/abjad.h"
#include "text/abjad_evidence.h"
#include "text/vowel_places.h"
#include "text/translit.h"

/* The textbook optimal-string-alignment recurrence over bytes (Damerau 1964; Levenshtein 1966),
 * kept deliberately naive: the reference the fast version must agree with. */
static size_t reference_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t d[72][72];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb];
}

static void edit_distance_golden(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        size_t d;
    } T[] = {
        {"", "", 0},
        {"", "putin", 5},
        {"putin", "putin", 0},
        {"putin", "puitn", 1},         /* one transposition */
        {"lukashenko", "lukaschenko", 1},
        {"kitten", "sitting", 3},
        {"ca", "abc", 3},              /* OSA, not unrestricted Damerau (which gives 2) */
        {"abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01",
         "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz10", 1}, /* 64 letters */
        {"путин", "пютин", 1},         /* code points, not bytes */
        {"лукашенко", "лукашенка", 1},
    };
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++) {
        size_t d = cdn_edit_distance(T[i].a, T[i].b);
        if (d != T[i].d)
            fail_msg("distance(\"%s\", \"%s\") = %zu, expected %zu", T[i].a, T[i].b, d, T[i].d);
        assert_int_equal(cdn_edit_distance(T[i].b, T[i].a), T[i].d);
    }
}

/* Random strings over small alphabets (so that transpositions and repeats are common), of every
 * length up to 64: the bit-parallel distance equals the reference on each. */
static void edit_distance_agrees_with_the_reference(void **state)
{
    (void)state;
    uint64_t seed = 20261127;
    char a[66], b[66];
    for (int round = 0; round < 20000; round++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t la = (seed >> 33) % 65, lb = (seed >> 40) % 65;
        int alphabet = 2 + (int)((seed >> 50) % 5);
        for (size_t i = 0; i < la; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            a[i] = (char)('a' + (seed >> 33) % (uint64_t)alphabet);
        }
        a[la] = '\0';
        /* b: often an edited copy of a, sometimes unrelated */
        if (round % 3) {
            memcpy(b, a, la + 1);
            lb = la;
            for (int e = 0; e < 3 && lb > 1; e++) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                size_t at = (seed >> 33) % (lb - 1);
                char t = b[at];
                b[at] = b[at + 1];
                b[at + 1] = t;
            }
        } else {
            for (size_t i = 0; i < lb; i++) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                b[i] = (char)('a' + (seed >> 33) % (uint64_t)alphabet);
            }
            b[lb] = '\0';
        }
        size_t want = reference_distance(a, b), got = cdn_edit_distance(a, b);
        if (got != want)
            fail_msg("distance(\"%s\", \"%s\") = %zu, the reference says %zu", a, b, got, want);
    }
}

/* A string prepared once (cdn_edit_pattern, as the similar-key lookup does) gives the
 * similarity the reference distance gives, whichever of the two strings is prepared. */
static void prepared_pattern_agrees_with_the_reference(void **state)
{
    (void)state;
    uint64_t seed = 20261128;
    char a[66], b[66];
    static const double MIN[] = {0.5, 0.7, 0.75};
    for (int round = 0; round < 20000; round++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t la = 1 + (seed >> 33) % 64, lb = 1 + (seed >> 40) % 64;
        if (round % 2)
            lb = la + (seed >> 45) % 3 > 64 ? la : la + (seed >> 45) % 3; /* near lengths: the distance is worked out */
        int alphabet = 2 + (int)((seed >> 50) % 8);
        for (size_t i = 0; i < la; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            a[i] = (char)('a' + (seed >> 33) % (uint64_t)alphabet);
        }
        for (size_t i = 0; i < lb; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            b[i] = i < la && (seed >> 60) < 12 ? a[i] : (char)('a' + (seed >> 33) % (uint64_t)alphabet);
        }
        a[la] = b[lb] = '\0';
        cdn_shape sa, sb;
        cdn_shape_of(a, &sa);
        cdn_shape_of(b, &sb);
        cdn_edit_pattern pa, pb;
        cdn_edit_pattern_init(&pa, a, &sa);
        cdn_edit_pattern_init(&pb, b, &sb);
        size_t longer = la > lb ? la : lb;
        double exact = 1.0 - (double)reference_distance(a, b) / (double)longer;
        for (size_t k = 0; k < sizeof MIN / sizeof MIN[0]; k++) {
            double want = exact + 1e-9 >= MIN[k] ? exact : 0.0;
            double ab = cdn_pattern_similarity_at_least(&pa, b, &sb, MIN[k]);
            double ba = cdn_pattern_similarity_at_least(&pb, a, &sa, MIN[k]);
            if (ab != want || ba != want)
                fail_msg("\"%s\" / \"%s\" at %.2f: %.4f and %.4f, the reference says %.4f", a, b, MIN[k], ab, ba, want);
        }
    }
}

/* The letters of two strings, counted up to two (cdn_letters_twice beside a shape's mask), never
 * put a pair more edits apart than the reference distance does — else the similar-key lookup,
 * which turns keys down by them before any distance, would lose keys — and they do tell apart
 * pairs whose letters differ, the doubled ones too. */
static void letters_counted_to_two_bound_the_distance(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        size_t max; /* the pair is more than max edits apart by its letters */
    } APART[] = {
        {"abcd", "wxyz", 3},           /* no letter shared */
        {"aab", "abb", 0},             /* one letter set, a doubled a against a doubled b */
        {"muhammad", "mohamad", 0},    /* o against u (two edits: the m thrice against twice not seen) */
        {"anna", "ana", 0},
        {"12345", "abcde", 4},         /* digits share bits, letters none */
    };
    for (size_t i = 0; i < sizeof APART / sizeof APART[0]; i++) {
        cdn_shape sa, sb;
        cdn_shape_of(APART[i].a, &sa);
        cdn_shape_of(APART[i].b, &sb);
        uint32_t ta = cdn_letters_twice(APART[i].a), tb = cdn_letters_twice(APART[i].b);
        if (!cdn_letters_apart(sa.mask, ta, sb.mask, tb, APART[i].max) ||
            !cdn_letters_apart(sb.mask, tb, sa.mask, ta, APART[i].max))
            fail_msg("\"%s\" / \"%s\": not told more than %zu edits apart by their letters", APART[i].a, APART[i].b,
                     APART[i].max);
    }
    uint64_t seed = 20261129;
    char a[66], b[66];
    size_t told = 0;
    for (int round = 0; round < 20000; round++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t la = 1 + (seed >> 33) % 24, lb = 1 + (seed >> 40) % 24;
        int alphabet = 2 + (int)((seed >> 50) % 12);
        for (size_t i = 0; i < la; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            a[i] = (char)((seed >> 62) ? 'a' + (seed >> 33) % (uint64_t)alphabet : '0' + (seed >> 33) % 10);
        }
        for (size_t i = 0; i < lb; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            b[i] = i < la && (seed >> 60) < 10 ? a[i] : (char)('a' + (seed >> 33) % (uint64_t)alphabet);
        }
        a[la] = b[lb] = '\0';
        cdn_shape sa, sb;
        cdn_shape_of(a, &sa);
        cdn_shape_of(b, &sb);
        uint32_t ta = cdn_letters_twice(a), tb = cdn_letters_twice(b);
        size_t d = reference_distance(a, b);
        for (size_t max = 0; max <= 12; max++) {
            bool apart = cdn_letters_apart(sa.mask, ta, sb.mask, tb, max);
            if (apart && d <= max)
                fail_msg("\"%s\" / \"%s\": told more than %zu edits apart by their letters, the reference says %zu", a,
                         b, max, d);
            told += apart;
        }
    }
    assert_true(told > 20000); /* the test tells pairs apart, not only lets them through */
}

/* The memo of a search (rows of similarities by token form) gives the scores the scorer gives
 * without it, also while it grows: after a name of one token, names of two fresh forms each,
 * scored one after another, make it grow between the two rows of one name (at 64 rows, 128,
 * ...). It once kept a pointer to the first row across the growth, which AddressSanitizer
 * reports as a use after free. */
static void memo_scores_as_the_scorer_does(void **state)
{
    (void)state;
    cdn_analyzed query, name;
    cdn_analyzed_init(&query);
    cdn_analyzed_init(&name);
    const char *q = "Ivan Petrovich Sidorov";
    assert_int_equal(cdn_analyze_name(&query, NULL, q, strlen(q), CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
    cdn_analyzed_finish(&query);
    enum { NAMES = 200, FORMS = 2 * NAMES + 2 };
    uint32_t *stamp = calloc(FORMS, sizeof *stamp), *row = calloc(FORMS, sizeof *row);
    cdn_sim_memo memo;
    cdn_sim_memo_init(&memo, stamp, row, FORMS, 1);
    static const char *const GIVEN[] = {"Ivan", "Iwan", "Petr", "Pyotr", "Sidor", "Ivana", "Petra", "Sidorova"};
    assert_int_equal(cdn_analyze_name(&name, NULL, "Sidorov", 7, CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
    cdn_analyzed_finish(&name);
    ((cdn_token *)name.tokens.items)[0].form = FORMS - 1; /* one row first: the pairs below straddle */
    cdn_score_tokens_memo(query.tokens.items, query.tokens.len, name.tokens.items, 1, NULL, &memo);
    for (uint32_t i = 0; i < NAMES; i++) {
        char text[64];
        snprintf(text, sizeof text, "%s Sidorov%u", GIVEN[i % (sizeof GIVEN / sizeof GIVEN[0])], i);
        cdn_analyzed_reset(&name);
        assert_int_equal(cdn_analyze_name(&name, NULL, text, strlen(text), CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
        cdn_analyzed_finish(&name);
        cdn_token *tokens = name.tokens.items;
        assert_int_equal(name.tokens.len, 2);
        tokens[0].form = 2 * i + 1; /* each name's two tokens are forms the memo has not seen */
        tokens[1].form = 2 * i + 2;
        double plain = cdn_score_tokens(query.tokens.items, query.tokens.len, tokens, 2, NULL);
        double memoised = cdn_score_tokens_memo(query.tokens.items, query.tokens.len, tokens, 2, NULL, &memo);
        if (plain != memoised)
            fail_msg("%s: %.6f with the memo, %.6f without", text, memoised, plain);
    }
    cdn_sim_memo_free(&memo);
    free(stamp);
    free(row);
    cdn_analyzed_free(&query);
    cdn_analyzed_free(&name);
}

/* A token of empty text (cdn_score_tokens takes tokens from any caller) is no initial: the scorer
 * reads none of the bytes past its NUL (initial_letter once read one; AddressSanitizer, make
 * SANITIZE=1, sees the text below as a one-byte allocation). Left over beside a name's words met
 * across scripts, it counts as a word, not as an initial: the score stays below the one with F
 * (찰스 케터링 / Charles F Kettering). */
static void empty_token_is_no_initial(void **state)
{
    (void)state;
    cdn_analyzed query, name;
    cdn_analyzed_init(&query);
    cdn_analyzed_init(&name);
    const char *q = "찰스 케터링"; /* across scripts: where an initial left over is read */
    cdn_translit *tr = NULL;
    assert_int_equal(cdn_translit_new(&tr), CORDON_OK);
    assert_int_equal(cdn_analyze_name(&query, tr, q, strlen(q), CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
    cdn_analyzed_finish(&query);
    assert_int_equal(cdn_analyze_name(&name, NULL, "Charles F Kettering", 19, CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
    cdn_analyzed_finish(&name);
    cdn_token *tokens = name.tokens.items;
    assert_int_equal(name.tokens.len, 3);
    double with_initial = cdn_score_tokens(query.tokens.items, query.tokens.len, tokens, 3, NULL);
    char *empty = malloc(1);
    assert_non_null(empty);
    empty[0] = '\0';
    const char *initial = tokens[1].text;
    tokens[1].text = empty;
    double without = cdn_score_tokens(query.tokens.items, query.tokens.len, tokens, 3, NULL);
    tokens[1].text = initial;
    free(empty);
    if (with_initial < 0.80 || without < 0.0 || without >= with_initial)
        fail_msg("찰스 케터링: %.3f with the initial F, %.3f with an empty word", with_initial, without);
    cdn_translit_free(tr);
    cdn_analyzed_free(&query);
    cdn_analyzed_free(&name);
}

/* Names scored with the memo of a search score as without it, also where words meet joined (Al
 * Qaida / Alqaida: the joined word's shape is worked out from its two words', cdn_shape_joined):
 * near spellings, romanisations a soft letter or a doubled one apart, keys that meet, short and
 * very long words, a name in another script, and East Slavic given names in two forms of other
 * first letters (Oleksandr / Aleksandr, Volha / Olga: the memo looks their forms up once). */
static void memo_scores_near_spellings_as_the_scorer_does(void **state)
{
    (void)state;
    static const char *const QUERIES[] = {"Mohammed Hassan Al Qaida", "Schwarzenegger Vollbrecht",
                                          "Aleksandr Lukashenko", "Ng Li Xu", "Дмитрий Медведев",
                                          "Oleksandr Hrytsenko", "Volha Lukashenka",
                                          "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopq"};
    static const char *const NAMES[] = {"Muhamad Hasan Alqaida", "Mohamed Hassen", "Schwarzeneger Folbrecht",
                                        "Alexander Lukaschenko", "Alyaksandr Lukashenka", "Ng Lee Hsu",
                                        "Dmitry Medvedev", "Dmitri Medwedew", "Al Qaeda", "Hassan Mohammed",
                                        "Aleksandr Gritsenko", "Olga Lukashenko",
                                        "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopr"};
    enum { FORMS = 64 };
    for (size_t qi = 0; qi < sizeof QUERIES / sizeof QUERIES[0]; qi++) {
        cdn_analyzed query, name;
        cdn_analyzed_init(&query);
        cdn_analyzed_init(&name);
        assert_int_equal(cdn_analyze_name(&query, NULL, QUERIES[qi], strlen(QUERIES[qi]), CORDON_SCHEMA_ANY, NULL),
                         CORDON_OK);
        cdn_analyzed_finish(&query);
        uint32_t stamp[FORMS] = {0}, row[FORMS] = {0}, form = 1;
        cdn_sim_memo memo;
        cdn_sim_memo_init(&memo, stamp, row, FORMS, 1);
        for (size_t ni = 0; ni < sizeof NAMES / sizeof NAMES[0]; ni++) {
            cdn_analyzed_reset(&name);
            assert_int_equal(cdn_analyze_name(&name, NULL, NAMES[ni], strlen(NAMES[ni]), CORDON_SCHEMA_ANY, NULL),
                             CORDON_OK);
            cdn_analyzed_finish(&name);
            cdn_token *tokens = name.tokens.items;
            for (size_t t = 0; t < name.tokens.len; t++)
                tokens[t].form = form++;
            double plain = cdn_score_tokens(query.tokens.items, query.tokens.len, tokens, name.tokens.len, NULL);
            double memoised =
                cdn_score_tokens_memo(query.tokens.items, query.tokens.len, tokens, name.tokens.len, NULL, &memo);
            if (plain != memoised)
                fail_msg("%s / %s: %.6f with the memo, %.6f without", QUERIES[qi], NAMES[ni], memoised, plain);
        }
        cdn_sim_memo_free(&memo);
        cdn_analyzed_free(&query);
        cdn_analyzed_free(&name);
    }
}

/* The words of a name, analysed into out (for the tests below). */
static void analyse_words(cdn_analyzed *out, const char *text)
{
    cdn_analyzed_init(out);
    assert_int_equal(cdn_analyze_name(out, NULL, text, strlen(text), CORDON_SCHEMA_ANY, NULL), CORDON_OK);
    cdn_analyzed_finish(out);
}

/* Two words the memo passes over as surely apart (cdn_token_surely_apart) are words the rules
 * find apart, on every pair of words that meet by a rule without beginning alike (given-name
 * forms, ch for kh, an Arabic article, a doubled letter, +ullah), unrelated names, words in other
 * scripts, initials, numerals, and 300 random words (of letters that the rules treat apart: soft
 * letters, c, h, k, s, z, d; and of soft letters around two consonants, whose romanisations are
 * near), compared both ways; and most unrelated names are passed over. */
static void token_similarity_surely_apart(void **state)
{
    (void)state;
    static const char WORDS[] =
        "Olga Volha Olha Aleksandr Oleksandr Aliaksandr Alyaksandr Vladimir Uladzimir Volodymyr Elena Olena Alena "
        "Yelena Ekaterina Yekaterina Katsiaryna Kateryna Yevgeny Evgeny Ievgen Yauhen Yuri Iouri Jurij Yury "
        "Andrei Andriy Andrey Chalid Khalid Halid Mochtari Mokhtari Al El Ul Abd Ghodratollah Ghodrat "
        "Salahuddin Salah Smith Jones Muhammad Mohammed Mahmoud Ahmad Ahmed Hassan Hasan Usama Osama Ossama "
        "Lukashenka Lukashenko Lukaschenko Putins Putin Ivanov Iwanow Schmidt Shmidt Juan Huan Xavier Javier "
        "Zhang Chang Jang Wang Vang Li Lee Yi Ng Wu Hu Ii Iii Iv Vi X J M Garcia Garsia Gonzalez Consales "
        "Petrenko Petrenka Eugene Yevheniy Ilya Ilia Elijah Ioann Ivan Johann Jochen Kirill Cyril Ciril "
        "Fyodor Feodor Theodor Fedir Фёдор Лукашенко 김정은 李明 محمد Ekkehard Ekkehart Üzüm Uzum "
        "Mirella Agatha Conceicao Ramon Ramone Alcieds Mayena Fathi Murad Murat Ursula Dahl Dhual "
        "Mrtnskdl Hmrtnskdlaea Smrtnkdlpq Amrtnkdlpqe Dschabhat Jabhat Dschihad Jihad Dschamal Jamal "
        "Ghodomi Qaddoumi Qadhafi Gaddafi Kaddafi Ghathafi Dzong Jong Yong Dzochar Jochar Dschaulani Jawlani Dzan "
        "Ian Yan Jan "
        /* session 15's rules across scripts (review2): romaji.h, abjad_evidence.h, han_initials.h */
        "ふじた Huzita Fujita つちや Tutiya Tsuchiya おおの Ohno 佐藤 Satoh ちば Tiba Chiba أوسي Osei كواو Kouao "
        "埃格蘭 Egeland 韋斯 Wes Jessi "
        /* session 16: a Ukrainian h for the Russian g (ukrainian_cognate) */
        "Hrytsenko Gritsenko Mozhovvy Mozgovoy Ihorovych Igorevich "
        /* the French ou for the Arabic w (french_w_as_w) */
        "Ouahid Wahid Ouassim Wassim Chaouki Shawki";
    /* Random words with a fixed seed: 200 of letters the rules single out, and 100 of soft
     * letters and two consonants (whose romanisations are near where their letters are not). */
    static const char LETTERS[] = "aeiouyhwjcksztdxlnrbvgfmp", SOFT[] = "aeiouyhwjsm";
    char text[sizeof WORDS + 300 * 13];
    memcpy(text, WORDS, sizeof WORDS - 1);
    size_t at = sizeof WORDS - 1;
    uint32_t seed = 20261128;
    for (size_t w = 0; w < 300; w++) {
        const char *letters = w < 200 ? LETTERS : SOFT;
        size_t n_letters = w < 200 ? sizeof LETTERS - 1 : sizeof SOFT - 1;
        text[at++] = ' ';
        seed = seed * 1103515245u + 12345u;
        size_t len = 2 + (seed >> 16) % 10;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            text[at++] = letters[(seed >> 16) % n_letters];
        }
    }
    text[at] = '\0';
    /* Each word analysed alone (a name keeps its first CDN_MAX_NAME_TOKENS words only). */
    enum { MOST = 600 };
    static cdn_analyzed words[MOST];
    size_t n = 0;
    for (char *w = strtok(text, " "); w && n < MOST; w = strtok(NULL, " ")) {
        analyse_words(&words[n], w);
        if (words[n].tokens.len == 1)
            n++;
        else
            cdn_analyzed_free(&words[n]);
    }
    assert_true(n > 400);
    size_t apart = 0, pairs = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            const cdn_token *a = words[i].tokens.items, *b = words[j].tokens.items;
            pairs++;
            if (!cdn_token_surely_apart(a, b))
                continue;
            apart++;
            const char *how = "unset";
            double sim = cdn_token_similarity(a, b, &how);
            if (sim != 0.0 || how != NULL)
                fail_msg("%s / %s: surely apart, but the rules give %.4f (%s)", a->text, b->text, sim,
                         how ? how : "no how");
        }
    if (apart < pairs / 2)
        fail_msg("only %zu of %zu pairs surely apart", apart, pairs);
    for (size_t i = 0; i < n; i++)
        cdn_analyzed_free(&words[i]);
    /* What is not decided here is left to the rules: initials, words that begin alike, words
     * romanised from another script, and near spellings. */
    static const char *const UNDECIDED[][2] = {{"Smith", "Smyth"}, {"J", "Jones"}, {"Olga", "Volha"},
                                               {"Chalid", "Khalid"}, {"Лукашенко", "Lukashenka"},
                                               {"Smith", "Shmidt"}, {"Al", "El"}};
    for (size_t i = 0; i < sizeof UNDECIDED / sizeof UNDECIDED[0]; i++) {
        cdn_analyzed a, b;
        analyse_words(&a, UNDECIDED[i][0]);
        analyse_words(&b, UNDECIDED[i][1]);
        assert_int_equal(a.tokens.len, 1);
        assert_int_equal(b.tokens.len, 1);
        if (cdn_token_surely_apart(a.tokens.items, b.tokens.items))
            fail_msg("%s / %s: surely apart", UNDECIDED[i][0], UNDECIDED[i][1]);
        cdn_analyzed_free(&a);
        cdn_analyzed_free(&b);
    }
    cdn_analyzed a, b;
    analyse_words(&a, "Smith");
    analyse_words(&b, "Jones");
    assert_true(cdn_token_surely_apart(a.tokens.items, b.tokens.items));
    cdn_analyzed_free(&a);
    cdn_analyzed_free(&b);
}

/* Two neighbouring words joined are measured from their shapes alone (cdn_shape_joined) as
 * cdn_shape_of measures them written together: letters, soft letters, digits, bytes past ASCII,
 * and more than 255 hard letters (the count stops there). */
static void joined_shapes_measure_as_written_together(void **state)
{
    (void)state;
    static const char ALPHABET[] = "abhjkstuwy09\xc3\xa9";
    uint64_t seed = 7;
    char a[400], b[400], ab[800];
    for (int round = 0; round < 3000; round++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t la = (seed >> 33) % (round % 10 ? 12 : 390), lb = (seed >> 45) % (round % 10 ? 12 : 390);
        for (size_t i = 0; i < la + lb; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            char c = round % 10 == 0 ? 'k' : ALPHABET[(seed >> 33) % (sizeof ALPHABET - 1)];
            (i < la ? a : b)[i < la ? i : i - la] = c;
            ab[i] = c;
        }
        a[la] = b[lb] = ab[la + lb] = '\0';
        cdn_shape sa, sb, joined, whole;
        cdn_shape_of(a, &sa);
        cdn_shape_of(b, &sb);
        cdn_shape_of(ab, &whole);
        cdn_shape_joined(&sa, &sb, &joined);
        if (joined.mask != whole.mask || joined.hard_mask != whole.hard_mask || joined.len != whole.len ||
            joined.hard_n != whole.hard_n || joined.ascii != whole.ascii)
            fail_msg("\"%s\" + \"%s\": the joined shape differs", a, b);
    }
}

/* A name with no word at all ("", ",", "-") analyses to no token, from a fresh analysis with
 * nothing allocated yet. The fuzz targets found a pointer offset from NULL there (clang's
 * UBSan, in the rule for words of descent; gcc's, which make SANITIZE=1 test uses, does not
 * report it): the input is kept as a seed (tests/fuzz/seeds/eu_fsf_csv). */
static void empty_names_analyse_to_nothing(void **state)
{
    (void)state;
    static const char *const EMPTY[] = {"", ",", " , ", "-", "\"\""};
    for (size_t i = 0; i < sizeof EMPTY / sizeof EMPTY[0]; i++) {
        cdn_analyzed a;
        cdn_analyzed_init(&a);
        assert_int_equal(cdn_analyze_name(&a, NULL, EMPTY[i], strlen(EMPTY[i]), CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
        cdn_analyzed_finish(&a);
        assert_int_equal(a.tokens.len, 0);
        cdn_analyzed_free(&a);
    }
}

static void similarity_at_least_cuts_off(void **state)
{
    (void)state;
    /* 10 letters, one edit: 0.9 */
    double s = cdn_key_similarity_at_least("lukashenko", "lukashenka", 0.75);
    assert_true(s > 0.899 && s < 0.901);
    assert_true(cdn_key_similarity_at_least("lukashenko", "lukashenka", 0.95) == 0.0);
    assert_true(cdn_key_similarity_at_least("putin", "", 0.5) == 0.0);
    s = cdn_key_similarity_at_least("лукашенко", "лукашенка", 0.75);
    assert_true(s > 0.887 && s < 0.890); /* 1 - 1/9 */
}

/* Explanations format scores and weights without printf; they must read the same. */
static void fixed_point_reads_like_printf(void **state)
{
    (void)state;
    cdn_strbuf sb;
    cdn_strbuf_init(&sb);
    char want[64];
    for (int i = -3000; i <= 30000; i++) {
        double x = i / 997.0;
        for (int decimals = 0; decimals <= 3; decimals++) {
            cdn_strbuf_reset(&sb);
            assert_true(cdn_strbuf_append_fixed(&sb, x, decimals));
            snprintf(want, sizeof want, "%.*f", decimals, x);
            if (strcmp(cdn_strbuf_cstr(&sb), want) != 0 && strcmp(want, "-0") != 0 && strncmp(want, "-0.0", 4) != 0)
                fail_msg("fixed(%.17g, %d) = %s, printf says %s", x, decimals, cdn_strbuf_cstr(&sb), want);
        }
    }
    cdn_strbuf_free(&sb);
}

/* Each of the count cases {query, name, explanation} is compared and explained as given; the
 * scores are put in score[c] (may be NULL). */
static void expect_explained(const char *const cases[][3], size_t count, double *score)
{
    for (size_t c = 0; c < count; c++) {
        double got = 0.0;
        char why[512];
        assert_int_equal(cordon_compare_explain(NULL, cases[c][0], cases[c][1], CORDON_SCHEMA_ANY, &got, why, sizeof why),
                         CORDON_OK);
        if (strcmp(why, cases[c][2]) != 0)
            fail_msg("%s / %s explained as: %s", cases[c][0], cases[c][1], why);
        if (score)
            score[c] = got;
    }
}

/* A pair's explanation line, written in one piece (explain_pair, session 18): the tokens of
 * either side joined by "+", = or ~, how, the similarity and the query-side weight, pairs
 * parted by "; ", as users read it (and as session 17 wrote it piece by piece). */
static void explanation_lines_read_whole(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"Abdul Rahman Yasin", "Abdulrahman Yassin",
         "yasin ~ yassin (spelling 0.95, weight 1.0); abdul+rahman ~ abdulrahman (joined 0.93, weight 2.0)"},
        {"Vladimir Putin", "PUTIN, Vladimir Vladimirovich",
         "vladimir = vladimir (exact 1.00, weight 1.0); putin = putin (exact 1.00, weight 1.0); vladimirovich "
         "unmatched in name (patronymic, optional)"},
        {"Muhamad Hasan Abdalla", "Mohammed Hassan Abdallah",
         "abdullah = abdullah (exact 1.00, weight 1.0); hasan ~ hassan (spelling 0.95, weight 1.0); muhamad ~ "
         "mohammed (vowels 0.88, weight 1.0)"},
    };
    expect_explained(CASES, sizeof CASES / sizeof CASES[0], NULL);
}

/* Two neighbouring words joined meet one word on the other side, on either side, and two
 * joined on each side meet when split otherwise (llc+gudzon / llcg+udzon), also beside other
 * pairs and other joins in one name: joined_pairs walks only the words that may join (session
 * 19), and each of its three kinds of join must still be found, in the same order. */
static void joins_met_on_either_side_and_both(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"Al Qaida", "Alqaida", "al+qaida ~ alqaida (joined 0.93, weight 1.3)"},
        {"Alqaida", "Al Qaida", "alqaida ~ al+qaida (joined 0.93, weight 1.0)"},
        {"Llc Gudzon", "Llcg Udzon", "llc+gudzon ~ llcg+udzon (joined 0.93, weight 1.3)"},
        {"Abdul Rahman Al Qaida", "Abdulrah Man Alqaida",
         "al+qaida ~ alqaida (joined 0.93, weight 1.3); abdul+rahman ~ abdulrah+man (joined 0.93, weight 2.0)"},
        {"Hasan Al Qaida Yasin", "Yassin Alqaida Hassan",
         "hasan ~ hassan (spelling 0.95, weight 1.0); yasin ~ yassin (spelling 0.95, weight 1.0); al+qaida ~ "
         "alqaida (joined 0.93, weight 1.3)"},
    };
    enum { N_CASES = sizeof CASES / sizeof CASES[0] };
    double score[N_CASES];
    expect_explained(CASES, N_CASES, score);
    for (size_t c = 0; c < N_CASES; c++)
        assert_true(score[c] >= 0.92 && score[c] <= 0.95); /* 0.93 a join, more beside better pairs */
}

/* Two words joined meet a word by edit similarity from 0.85 up, on either side, and only from
 * there (score.c: joined_similarity, whose tests of lengths and letters are in whole numbers):
 * maximilian+oberhausen has 20 letters, so 3 edits are the most, a word 3 letters shorter the
 * farthest by length (maximilianoberhau), and three letters of 20 changed for three it lacks
 * (b, h, s for p, f, t: 6 letters either holds alone) the farthest by letters. One letter more
 * is past the edge on either count. */
static void joins_meet_at_the_edge_of_their_similarity(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"Maximilian Oberhausen", "Maximilianoberhau",
         "maximilian+oberhausen ~ maximilianoberhau (joined 0.77, weight 2.0)"},
        {"Maximilian Oberhausen", "Maximilianoperfauten",
         "maximilian+oberhausen ~ maximilianoperfauten (joined 0.77, weight 2.0)"},
        {"Maximilianoperfauten", "Maximilian Oberhausen",
         "maximilianoperfauten ~ maximilian+oberhausen (joined 0.77, weight 1.0)"},
        {"Maximilianoberhau", "Maximilian Oberhausen",
         "maximilianoberhau ~ maximilian+oberhausen (joined 0.77, weight 1.0)"},
        {"Maximilian Oberhausen", "Maximilianoberha",
         "maximilian unmatched in query; oberhausen unmatched in query; maximilianoberha unmatched in name"},
        {"Maximilian Oberhausen", "Maximilianoperfautex",
         "maximilian unmatched in query; oberhausen unmatched in query; maximilianoperfautex unmatched in name"},
    };
    expect_explained(CASES, sizeof CASES / sizeof CASES[0], NULL);
}

static double compare(const char *a, const char *b)
{
    double score = 0.0;
    assert_int_equal(cordon_compare(NULL, a, b, CORDON_SCHEMA_PERSON, &score), CORDON_OK);
    return score;
}

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* Asserts that each pair of names scores within [lo, hi]; what says which rule should. */
static void expect_scores(const char *const (*pairs)[2], size_t n, double lo, double hi, const char *what)
{
    for (size_t i = 0; i < n; i++) {
        double s = compare(pairs[i][0], pairs[i][1]);
        if (s < lo || s > hi + 1e-9)
            fail_msg("%s / %s: %.3f, expected %.2f-%.2f (%s)", pairs[i][0], pairs[i][1], s, lo, hi, what);
    }
}

/* Asserts that no pair of names alerts at the default threshold. */
static void expect_no_alerts(const char *const (*pairs)[2], size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double s = compare(pairs[i][0], pairs[i][1]);
        if (s >= 0.80)
            fail_msg("%s / %s: %.3f, expected no alert", pairs[i][0], pairs[i][1], s);
    }
}

/* Two words of a full name met by their sounds alone, each past the vowel bar or near it (score.c:
 * faintly_heard), do not make an alert together: screened against the six lists, such pairs
 * were most of the two-word Han and kana names that alerted on someone else. Unlisted people
 * of the Wikidata shuffles, rows 12,000-13,000 joined two by two (the alarms), and rows
 * 20,000-22,000 (the true pairs). */
static void two_words_heard_faintly_do_not_alert(void **state)
{
    (void)state;
    static const char *const FAINT[][2] = {
        {"瓦德西·迈赫穆德", "Akhter MOHMAD"},    /* 0.82 and 0.80 */
        {"曼達巴·蒙貝提", "MAHAMED, Mostafa"},   /* 0.80 and 0.80 */
        {"阿納托利·柏蒂尼", "BULYUTIN, Andrey"}, /* 0.82 and 0.81 */
    };
    expect_no_alerts(FAINT, COUNT(FAINT));
    static const char *const HEARD[][2] = {
        {"梅納西·馬扎亞斯", "manasseh mazaeus"}, /* 0.83 and 0.82 */
        {"乌斯曼·阿德巴约", "usman adebayor"},   /* 0.83 and 0.83 */
        {"雷頓·蒙特利亞諾斯", "leighton montellanos"},
    };
    expect_scores(HEARD, COUNT(HEARD), 0.82, 0.85, "two words heard well enough");
}

/* A part of a listed name that the query leaves out weighs little when the query met the rest
 * across scripts and the part is an initial (a tenth of its weight) or a word of three letters
 * or more between two words met in the query's order (a quarter, as a middle name; score.c,
 * optional_leftovers); so does an initial of the query's. A transcription meets each Latin word
 * at 0.83-0.85, and the part weighing whole left these at 0.66-0.80 where the Latin names
 * alert. Wikidata Korean and Hebrew pairs. */
static void initials_and_inner_words_left_out_across_scripts(void **state)
{
    (void)state;
    static const char *const OPTIONAL[][2] = {
        {"찰스 케터링", "Charles F. Kettering"},         /* 0.730 weighing the initial whole */
        {"데릭 마시", "Derek R. Marsh"},                 /* 0.717 */
        {"모티머 아들러", "Mortimer Jerome Adler"},      /* 0.728 */
        {"요한 람베르트", "Johann Heinrich Lambert"},    /* 0.780 */
        {"마저리 래티머", "Marjorie Courtenay-Latimer"}, /* 0.732 */
        {"프레드 빈슨", "Fred M. Vinson"},               /* 0.795: M. between two names is no Monsieur */
        {"ריצ'רד א. ג'קסון", "Richard E. Jackson"},     /* 0.664: an initial on both sides */
    };
    expect_scores(OPTIONAL, COUNT(OPTIONAL), 0.80, 0.90, "a part left out that says little");
    /* and the explanation says which part weighed little, and why */
    static const char *const SAID[][3] = {
        {"찰스 케터링", "Charles F. Kettering", "f unmatched in name (initial, optional)"},
        {"모티머 아들러", "Mortimer Jerome Adler", "jerome unmatched in name (middle name, optional)"},
        {"ריצ'רד א. ג'קסון", "Richard E. Jackson", "א unmatched in query (initial, optional)"},
    };
    for (size_t i = 0; i < COUNT(SAID); i++) {
        double score = 0.0;
        char why[512];
        assert_int_equal(cordon_compare_explain(NULL, SAID[i][0], SAID[i][1], CORDON_SCHEMA_PERSON, &score, why,
                                                sizeof why), CORDON_OK);
        if (!strstr(why, SAID[i][2]))
            fail_msg("%s / %s explained as: %s", SAID[i][0], SAID[i][1], why);
    }
    static const char *const WHOLE[][2] = {
        {"찰스 케터링", "Charles Kettering Boyd"},  /* a word after those met: another family name */
        {"아들러 모티머", "Mortimer Jerome Adler"}, /* met in reverse: the word between is no middle name */
        {"샤 자한", "THAE PYONG SAN"},              /* a syllable alone met by its sound (샤 / thae) */
        {"케터링", "F. Kettering"},                 /* an initial beside one word met */
        {"Simen Ruud", "SAMAN NASBZAINDE ROOD"},    /* Latin spellings: a pair below 1.0 says they differ */
        {"David Kelly", "David Ray Kelley"},
    };
    expect_no_alerts(WHOLE, COUNT(WHOLE));
}

/* A Hangul transcription and a spelling that both begin with an h share that consonant
 * (transcription.c, initial_h_shared): a word of one consonant besides meets at the bar of
 * two, and its partner confirms it; without the h on one side, or with another consonant, not. */
static void hangul_h_is_a_consonant(void **state)
{
    (void)state;
    static const char *const MEET[][2] = {
        {"케리 헤이스", "Kerrie Hayes"}, {"매기 휠러", "Maggie Wheeler"},
        {"캐럴 하이스", "Carol Heiss"},  {"내털리 홀", "Natalie Hall"},
    };
    static const char *const APART[][2] = {
        {"케리 헤이스", "Kerrie Ayes"}, {"내털리 홀", "Natalie Paul"}, {"카를 하인", "Karl Heinz"},
    };
    expect_scores(MEET, COUNT(MEET), 0.80, 0.86, "an initial h shared");
    expect_no_alerts(APART, COUNT(APART));
}

/* German and Polish write х as ch (Chalid, Mochtari); the lists write kh. Before the second
 * key, Chosro Mochtari / MOKHTARI, Khosro scored 0. A Chinese syllable's ch (Chou) and a
 * romanisation of Cyrillic (Чернов: ch for ч) are not read so. */
static void german_ch_meets_kh(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Chosro Mochtari", "MOKHTARI, Khosro"},
        {"Chalid Schaich Mohammed", "MOHAMMED, Khalid Shaikh"},
        {"Michail Chodorkowski", "KHODORKOVSKY, Mikhail"},
    };
    expect_scores(SAME, COUNT(SAME), 0.93, 1.0, "ch read as kh"); /* Michail: a name form, 0.92 */
    static const char *const APART[][2] = {
        {"Chou Wei", "HU, Wei"},
        {"Чернов", "KHERNOV"}, /* fuzzy 0.81 as before, not a spelling (0.95) */
    };
    expect_scores(APART, COUNT(APART), 0.0, 0.85, "ch is not х here");
}

/* An Arabic compound given name written as one word, two or three (arabic_compounds.h): ʿAbd
 * names, -al-Dīn and -Allāh names meet however their article is written. Before the rewrite,
 * Badreddine / Badr al-Din scored 0.37 and Abdel Moneim / Abd al-Munim 0.57. */
static void arabic_compounds_meet(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Badreddine Mohammed", "Badr-al-Din Muhammad"}, {"Nureddin Hasan", "Nur al-Din Hasan"},
        {"Saifuddin Khan", "Sayf al-Din Khan"},          {"TAJEDDINE, Ali", "TAJIDEEN, Ali"},
        {"Abdel Moneim Saleh", "Abd al-Munim Salih"},    {"Abdul Wahab Humayqani", "Abd al-Wahhab Humayqani"},
        {"Abdorreza Shahlai", "Abdul Reza Shahlai"},     {"Abd al-Rahman Ali", "Abdurrahman Ali"},
        {"Abdallah Azzam", "Abd Allah Azzam"},           {"PAYDAR, Aman Ilah", "PAIDAR, Amanallah"},
        {"Hayatollah Ahmad", "Hayat Ullah Ahmad"},       {"ADAM, Nureldine", "ADAM, Noureddine"},
    };
    expect_scores(SAME, COUNT(SAME), 0.85, 1.0, "one compound name");
    /* Other names stay apart: the compound's second noun still decides, and a word that only
     * ends like -ud-din is not taken apart (Claudine, Geraldine). */
    static const char *const OTHER[][2] = {
        {"Abdul Rahman Ali", "Abdul Karim Ali"}, {"Badr al-Din Hasan", "Nur al-Din Hasan"},
        {"Claudine Martin", "Nur al-Din Martin"}, {"Geraldine Hope", "Gerald Udin Hope"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* The article written as it sounds before a sun letter, hyphened to its noun (az-Zawahiri, as
 * German papers and Wikipedia write it) meets al- as the lists write it. Before, the query's az
 * was left unmatched at a full word's weight: Ayman az-Zawahiri / AL-ZAWAHIRI, Ayman 0.748. */
static void sun_letter_article_meets_al(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Ayman az-Zawahiri", "AL-ZAWAHIRI, Ayman"}, {"Hamza ash-Shami", "AL-SHAMI, Hamza"},
        {"As-Sayed Ahmed", "AL-SAYED, Ahmed"},       {"Ahmad ad-Dib", "Ahmad al-Dib"},
        {"Nasser ar-Rashid", "AL RASHID, Nasser"},    {"Ali adh-Dhahabi", "Ali al-Dhahabi"},
        /* in is a Korean surname's spelling too, but not the name's first word */
        {"ISLAMIC STATE OF IRAQ AND ASH-SHAM IN LIBYA", "ISLAMIC STATE OF IRAQ AND AL-SHAM IN LIBYA"},
    };
    expect_scores(SAME, COUNT(SAME), 0.99, 1.0, "the article as al");
    /* The German and Polish press's sh for the sun letter, the noun spelt so too (0.729 before). */
    static const char *const PRESS[][2] = {{"Hamza asch-Schami", "AL-SHAMI, Hamza"},
                                           {"Hamza asz-Szami", "AL-SHAMI, Hamza"}};
    expect_scores(PRESS, COUNT(PRESS), 0.95, 1.0, "the press's article as al");
    /* Not an article: no hyphen (An Nguyen, a given name and a family name), or another first
     * letter (As-Mahdi). */
    static const char *const NOT_AL[][2] = {{"An Nguyen", "AL NGUYEN"}, {"Ahmad As-Mahdi", "Ahmad al-Mahdi"},
                                            {"Ahmad Asch-Mahdi", "Ahmad al-Mahdi"}};
    expect_no_alerts(NOT_AL, COUNT(NOT_AL));
    /* Nor a given name of two syllables hyphened beside a Korean (or Chinese) surname: with An
     * read as al, Park An-Nam / PARK Nam scored 0.92; An is a word of its own (0.80). */
    static const char *const SYLLABLES[][2] = {{"Park An-Nam", "PARK Nam"}, {"Ma An-Nan", "MA Nan"}};
    expect_scores(SYLLABLES, COUNT(SYLLABLES), 0.75, 0.85, "an as a syllable");
    /* The u of South Asian names stays: the lists keep it, unhyphened after the comma too. */
    static const char *const U_FORM[][2] = {{"UR-RAHMAN, Anyat", "RAHMAN, Anyat ur"}};
    expect_scores(U_FORM, COUNT(U_FORM), 0.99, 1.0, "ur meets ur");
}

/* Russian and Arabic names as the Polish and German press spell them (orthography.h:
 * cdn_orthography_key_press): Polish ie after a consonant for e, German dsch for j. Before,
 * Siergiej Ławrow / LAVROV, Sergei scored 0.475 and Dschabhat al-Nusra / JABHAT AL-NUSRA 0.565. */
static void press_spellings_meet(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Siergiej Ławrow", "LAVROV, Sergei"},           {"Siergiej Szojgu", "SHOIGU, Sergei"},
        {"Dmitrij Miedwiediew", "MEDVEDEV, Dmitry"},     {"Dschabhat al-Nusra", "JABHAT AL-NUSRA"},
        {"Kim Dzong Un", "KIM, Jong Un"},                {"Dżochar Dudajew", "DUDAYEV, Dzhokhar"},
        {"Dżabhat an-Nusra", "JABHAT AL-NUSRA"},         {"Abu Mohammed al-Dschaulani", "AL-JAWLANI, Abu Mohammed"},
    };
    expect_scores(SAME, COUNT(SAME), 0.90, 1.0, "a press spelling");
    /* The Polish dz is read as j only before a, o, u: Dziuba is no Juba. */
    static const char *const DZI[][2] = {{"Piotr Dziuba", "JUBA, Piotr"}};
    expect_no_alerts(DZI, COUNT(DZI));
    /* The j the press reads for dz and dsch is the lists' j, not a y or i, which the key folds
     * it with: Kim Dzong Il is not KIM Yong Il (0.98 before), nor Dschamal Yamal, Dzan Ian. */
    static const char *const NOT_Y[][2] = {
        {"Kim Dzong Il", "KIM Yong Il"}, {"Dschamal Ali", "Yamal Ali"}, {"Dzan Kowalski", "Ian Kowalski"},
        {"Dschihad", "Yihad"},
    };
    expect_no_alerts(NOT_Y, COUNT(NOT_Y));
    /* A final ie is English (Julie, Lie): John Lie is not John Lee (synthetic-US had it at 0.97). */
    static const char *const OTHER[][2] = {{"John Lie", "LEE, John"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* Nor a short word's ie (Biel, Kiel, Diez are names of their own): each scored 0.975 with
     * its ie left out, 0.50 before the press key. */
    static const char *const SHORT[][2] = {
        {"Peter Biel", "BELL, Peter"}, {"Mark Kiel", "KELL, Mark"}, {"Luis Diez", "DEZ, Luis"}, {"John Niel", "NELL, John"},
    };
    expect_no_alerts(SHORT, COUNT(SHORT));
}

/* A name romanised back from Cyrillic differs from its Latin spelling in vowels and soft
 * letters; those count for half an edit, consonants in full. */
static void romanisations_differ_in_soft_letters(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Норри", "Norrie"}, {"Эндо", "Endoh"}, {"Ашер", "Usher"},
        {"किरण कुमार", "Kiran Kumar"}, /* the vowel signs count: without them, karan kmar */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.95, "an alert below an exact romanisation");
    static const char *const OTHER[][2] = {{"Борис", "Doris"}, {"Марта", "Marko"}, {"Norrie", "Morris"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* Thaana writes every vowel as a sign (fili) on its consonant: a Dhivehi name meets its
     * Latin spelling, and no longer, read as bare consonants, any three of them (faker's
     * Dhivehi names had alerted on MSC and OAO KHRTZ). */
    static const char *const DHIVEHI[][2] = {
        {"ޢާއިޝާ މުސްކާ", "Aisha Muska"}, {"އިލްޔާސް ޣައްރާފް", "Ilyas Gharraf"}, {"ޙައްވާ", "Hawwa"}};
    expect_scores(DHIVEHI, COUNT(DHIVEHI), 0.90, 0.97, "a romanisation with its vowels");
    static const char *const NOT_DHIVEHI[][2] = {
        {"ޢާއިޝާ މުސްކާ", "MSC"}, {"ޚައިރާ ޢަރޫޝާ", "OAO KHRTZ"}, {"ޢީސާ ނުޖުދު", "NIIHIT"}};
    expect_no_alerts(NOT_DHIVEHI, COUNT(NOT_DHIVEHI));
    /* A doubled letter written once is half an edit too: Latin spellings of Arabic names
     * (an OFAC a.k.a. against its primary name). */
    static const char *const ARABIC[][2] = {{"Mohamed Hamsho", "Muhammad Hamsho"}};
    expect_scores(ARABIC, COUNT(ARABIC), 0.80, 0.95, "vowels and a doubled letter");
    static const char *const NOT_ARABIC[][2] = {{"Mohamed Hamsho", "Mahmoud Hamsho"}, {"Hussein Ali", "Hassan Ali"}};
    expect_no_alerts(NOT_ARABIC, COUNT(NOT_ARABIC));
}

/* Names written without short vowels meet their Latin spellings by consonant classes: the
 * letters Arabic and Hebrew do not tell apart (b/p/f/v, s/z, t/d, k/q/c) fall together. */
static void abjad_names_meet_by_consonants(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"בנימין נתניהו", "Benjamin Netanyahu"}, {"רוברט אסרף", "Robert Assaraf"},
        {"محمد مرسي", "Mohamed Morsi"}, {"محمد مرسي", "Mohamed Mursi"},
        /* read as heard: an affricate, a soft g, a German w, an Egyptian j */
        {"سيتشينوف", "Sechenov"}, {"كولانجيلو", "Colangelo"}, {"فيمر", "Wimmer"}, {"بوجوت", "Bogut"},
        {"אדמונד לוי", "Edmund Levy"}, /* Hebrew ו as v */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "consonants");
    /* a consonant missing is another name */
    double s = compare("רוברט אסרף", "Robert Asaf");
    if (s >= 0.80)
        fail_msg("רוברט אסרף / Robert Asaf: %.3f, expected no alert", s);
}

/* The letters of the class b (b p f v w) are told apart by the scripts (abjad.c: letters_of): Arabic
 * writes b and p with ب, f and v with ف, w and v with و; Hebrew b v with ב, p f with פ, v w with
 * ו. Each pair of OTHER alerted on the lists before (session 19: بيير / FOREST, بولتون /
 * PLATIFINO, فليني / PELON, جون / JABON). */
static void abjad_lips_are_told_apart(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"بيير", "Pierre"},   {"فيكتور", "Victor"}, {"فاغنر", "Wagner"}, /* German w: ف */
        {"بولتون", "Boulton"}, {"فليني", "Fellini"}, {"סטיבן", "Stephen"}, /* ph as v: ב */
        {"פבלו", "Pablo"},     {"ויליאם", "William"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "lips told apart");
    static const char *const OTHER[][2] = {
        {"بيير", "Forest"}, /* ب is no f */
        {"بولتون", "Platifino"}, /* و is no f */
        {"فليني", "Pelon"},  /* ف is no p */
        {"جون", "Jabon"},    /* و is no b */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* A و after ب that the word may leave out (a vowel: Boris, Putin) is one class with the ب,
     * which is still no v or w: these alerted while بيريس / Veris did not (review1, session 19) */
    static const char *const VOWEL_AFTER[][2] = {{"بوريس", "Voris"}, {"بوتين", "Wutin"}, {"بولتون", "Volton"}};
    expect_no_alerts(VOWEL_AFTER, COUNT(VOWEL_AFTER));
    static const char *const SAME_AFTER[][2] = {{"بوريس", "Boris"}, {"بوتين", "Putin"}};
    expect_scores(SAME_AFTER, COUNT(SAME_AFTER), 0.80, 0.90, "a vowel after the lip");
}

/* Arabic and Hebrew write t (ت ط ת ט) and d (د ض ד) apart; a final one is either, as Turkish
 * and German say a final d (abjad.c: letters_of). Each pair of OTHER alerted on the lists
 * before (session 19: بولتون / WELDON, a weak alias; تيد / DEDO; ديرك / TYURIK). */
static void abjad_t_and_d_are_told_apart(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"تيد", "Ted"},        {"دورماز", "Durmaz"}, {"أحمد", "Ahmet"}, {"محمد", "Mehmet"}, /* a final d said t */
        {"بوخفالت", "Buchwald"}, {"جويمارت", "Guimard"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "t and d told apart");
    static const char *const OTHER[][2] = {
        {"بولتون", "Weldon"}, {"تيد", "Dedo"}, {"ديرك", "Tyurik"}, {"دورماز", "Tramco"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Cyrillic word writes its vowels: it does not meet a Latin acronym by its consonant skeleton
 * (score.c: skeleton_vowels_contradict). Each pair of OTHER alerted on the lists before
 * (session 19, cross-script-russian: кваст / KCST, кирон / CRN GROUP, кусугак / CSGC); a
 * Cyrillic acronym still meets its Latin one (ФСБ / FSB, by its spelling). */
static void cyrillic_words_meet_no_acronym_by_skeleton(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"кваст", "Quast"}, {"кирон", "Kearon"}, {"ФСБ", "FSB"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "Cyrillic words and their spellings");
    static const char *const OTHER[][2] = {{"кваст", "KCST"}, {"кирон", "CRN"}, {"кусугак", "CSGC"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Two or three consonant classes in common are a full match only with the Arabic word's vowel
 * letters where the spelling has vowels (score.c: FEW_CLASSES_PLACED). Each pair of OTHER alerted
 * on the lists before (session 19): بلاني writes an a after the l, Pelon an o; بوريش an o after
 * the b, Precious none. */
static void abjad_few_classes_need_their_vowels_in_place(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"بلاني", "Blaney"}, {"بوريش", "Boris"}, {"دارجان", "Dargan"}, {"محمد", "Muhammad"}, {"خالد", "Khaled"},
        {"برايس", "Brice"}, {"ماير", "Mire"}, {"بيلي", "Paley"}, /* an English long i or a (vowel_places.c) */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "few classes, vowels in place");
    static const char *const OTHER[][2] = {
        {"بلاني", "Pelon"}, {"بوريش", "Precious"}, {"بيورين", "Perun"}, {"دارجان", "Dorena"}, {"خالد", "Gilda"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* Four classes or more are a full match wherever the vowel letters stand: each of these
     * Wikidata Arabic pairs lost its alert when the rule was asked of any number of classes
     * (review1, session 19: FEW_CLASSES_PLACED had no test of its bound) */
    static const char *const MANY[][2] = {
        {"كارترايت", "Cartwright"}, {"ماكبارتلن", "McPartlin"}, {"بولانيك", "Palahniuk"}, {"فيتيزنجر", "Fitzinger"},
    };
    expect_scores(MANY, COUNT(MANY), 0.80, 0.90, "many classes, vowels anywhere");
}

/* A Latin spelling whose marks normalisation folds is read also as its marks say (kept_letters.h):
 * Arabic and Hebrew write ž č ñ ţ as ج تش ني, ז׳ צ׳ ני צ and leave a Turkish ğ unwritten, which
 * the folded z c n t g do not say. Each of these was a Wikidata pair the scorer missed (session
 * 18); without the marks they are other spellings, and stay apart. */
static void abjad_names_meet_marked_spellings(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"جيركوفا", "Žirková"}, {"دوتشكال", "Dočkal"}, {"كانياس", "Cañas"}, {"أكونيا", "Acuña"},
        {"توبا", "Tuğba"},      {"بلاجكوفا", "Blažeková"}, {"ניקולאה אנדרוצה צ'אושסקו", "Nicolae Andruţă Ceauşescu"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "consonants of the marked spelling");
    static const char *const OTHER[][2] = {{"جيركوفا", "Zirkova"}, {"توبا", "Tugba"}, {"كانياس", "Canas"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* The letters Urdu adds to the Arabic alphabet (ہ ھ, the retroflex ٹ ڈ ڑ, ں, ے) are romanised as
 * the Arabic letters they stand beside (translit.c: urdu_as_arabic); ICU dropped them, and
 * سہیل read syl, بھٹو bw (session 17's closing note: سہیل / Suhail 0). An Urdu h after s is
 * read as two letters too, as سهيل is (abjad_keys.c). */
static void urdu_letters_meet_their_spellings(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"سہیل", "Suhail"}, {"مہدی", "Mahdi"}, {"ذوالفقار علی بھٹو", "Zulfikar Ali Bhutto"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "Urdu letters as Arabic");
    static const char *const OTHER[][2] = {{"سہیل", "Sohrab"}, {"مہدی", "Mahmoud"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A word with a single consonant class (עלי: l, ליאו: l, ג׳ון: n) is a weak match: it counts
 * beside a stronger pair, never alone and never with only other weak ones. The geresh makes ג׳
 * a j, and x is two consonants (k s). */
static void abjad_single_consonants_need_a_partner(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ליאו לוי", "Leo Levi"}, {"עלי אסלאן", "Ali Aslan"},
        {"ג'ון סטאפ", "John Stapp"}, {"ג׳ון סטאפ", "John Stapp"}, /* ג׳ = j */
        {"אלכס רייד", "Alex Reid"},                               /* x = k s */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "a weak pair beside a strong one");
    static const char *const OTHER[][2] = {
        {"עלי", "Ali"},         /* one class alone: l */
        {"אבי עלי", "Avi Ali"}, /* two weak pairs do not add up */
        {"אבי עלי", "Abe Lee"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A word in the scripts that writes every vowel of a Latin spelling in place, with every
 * consonant class of it met, spells it out: one class in common is all the spelling has, and
 * the pair counts alone (abjad_evidence.h: cdn_abjad_spelled_out). Not a word whose vowels
 * are unwritten (عزة / Ezza), nor one whose first vowel is its carrier's (עלי / Ali), nor a
 * spelling with a vowel more (ني / Nina's a) or a consonant more (لي / Lees). Session 15: each
 * letter writes vowels it may be, each vowel is written (سي / Cayo: the a and o are not; لي /
 * Leo: the o), every consonant of both is met (بهداد / Vta: the h; أميد / Ahmed: the h), and
 * the pair counts alone only as the whole of both names (أور / AO AUR): one-word queries in
 * the script alerted on the lists' short aliases and acronyms. */
static void abjad_words_spelled_out_count_alone(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"أوسي", "Osei"}, {"ني", "Née"}, {"كواو", "Kouao"}, {"لي", "Lee"}, {"عيسى", "Aïssa"},
        {"إده", "Eddé"}, {"آبي", "Abe"}, /* an alif carries the first vowel, a final ه the last */
        {"يوكو", "Yoko"}, {"يون", "Yoon"},  /* a y and a vowel letter begin as the spelling does */
        {"أريا", "Arraya"},                 /* the short a before a consonant y unwritten */
        {"بفاو", "Pfau"}, {"عيسو", "Esau"}, /* a diphthong's two letters; a French au as و */
        {"أوسي كواو", "Osei Kouao"},        /* two words spelled out, the whole of both */
    };
    expect_scores(SAME, COUNT(SAME), 0.84, 0.84, "spelled out");
    static const char *const OTHER[][2] = {
        {"عزة", "Ezza"}, {"עלי", "Ali"},  {"ني", "Nina"},   {"لي", "Lees"},  {"أوسي", "Osaka"},
        {"سي", "Cayo"},  {"لي", "Leo"},   {"إده", "Otto"},  {"با", "Fayo"},  {"إياد", "Ett"},
        {"بهداد", "Vta"}, {"هويس", "Chuy"}, {"عايش", "Iss"}, {"أميد", "Ahmed"}, {"يزيد", "Zid"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* beside a word left unmet, one class is not enough (0.76 when it counted alone) */
    assert_true(compare("أور", "AO AUR") < 0.5);
    assert_true(compare("أوسي", "Osei Group") < 0.5);
    assert_true(cdn_abjad_vowels_written("\u0643\u0648\u0627\u0648", "kwaw", CDN_ABJAD_ROMANISED, "kouao"));
    assert_false(cdn_abjad_vowels_written("\u0633\u064A", "sy", CDN_ABJAD_ROMANISED, "cayo"));
    assert_true(cdn_abjad_vowels_in_place("\u0633\u064A", "sy", CDN_ABJAD_ROMANISED, "cayo")); /* in place */
    assert_false(cdn_abjad_vowels_written("\u0639\u0627\u064A\u0634", "aysh", CDN_ABJAD_ROMANISED, "iss"));
    assert_false(cdn_abjad_spelled_out("\u0628\u0647\u062F\u0627\u062F", "bhdad", CDN_ABJAD_ROMANISED, "vta"));
    assert_true(cdn_abjad_spelled_out("\u0628\u0641\u0627\u0648", "bfaw", CDN_ABJAD_ROMANISED, "pfau"));
    assert_true(cdn_abjad_vowels_written("\u0623\u0648\u0633\u064A", "awsy", CDN_ABJAD_ROMANISED, "osei"));
    assert_false(cdn_abjad_vowels_written("\u0639\u0632\u0629", "zt", CDN_ABJAD_ROMANISED | CDN_ABJAD_TA_MARBUTA,
                                          "ezza"));
    assert_true(cdn_abjad_vowels_in_place("\u0639\u0632\u0629", "zt", CDN_ABJAD_ROMANISED | CDN_ABJAD_TA_MARBUTA,
                                          "ezza")); /* in place: it writes none */
}

/* Letters that one side may leave unwritten or silent count where they are matched: h (ه ح
 * ה ח, silent in many Latin spellings), j and zh (ج ז׳), the article al- and the ending ة, a
 * French silent end, a Slavic -ić. Hebrew romanises letter by letter (טסה is t s h, Tassa),
 * and a w between two letters of one class is a vowel. Latin legal forms and acronyms
 * without vowels are not met by consonant classes. */
static void abjad_optional_letters(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"هدى", "Houda"},         /* h d: h is a consonant on both sides */
        {"רחל", "Rachel"},        /* ח meets a Latin ch */
        {"ז'אק לאסאל", "Jacques Lassalle"}, /* ז׳ meets a French j */
        {"كنزة", "Kenza"},        /* ة */
        {"الدربالي", "Derbali"},  /* the article */
        {"ملاديتش", "Mladić"},    /* -ić as تش */
        {"ماريفو", "Marivaux"},   /* a French silent x */
        {"דודו טסה", "Dudu Tassa"}, /* ט ס ה, three letters */
        {"איסאק ויסיאוסה", "Isaac Viciosa"}, /* ו between two s */
        {"דוד הרטמן", "David Hartman"},       /* ... and between two d, a v */
        {"ניקו צ'אושסקו", "Nicu Ceaușescu"},   /* ch, w, sh: one s class in Latin */
        {"פרנצ'יסק פאנט", "Francisc Panet"},   /* a final c as k */
        {"אלברט שץ", "Albert Schatz"}, {"אמיר האדז'יץ'", "Emir Hadžić"}, {"יוז'ף אנטל", "József Antall"},
        {"סטניסלב ז'ולקייבסקי", "Stanisław Żółkiewski"}, {"سكولاستيكوس", "Scholasticus"},
        {"אנדרו ג'. ואג'נה", "Andrew G. Vajna"},
        {"דון נוטס", "Don Knotts"}, {"קסבייה ניאל", "Xavier Niel"},
        {"רוברט קוז'ניובסקי", "Robert Korzeniowski"}, /* Polish rz as ז׳ */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "consonant classes with optional letters");
    static const char *const OTHER[][2] = {
        {"מורן אליעז", "MIRAN LLC"},          /* a legal form */
        {"יהלי עמיקם", "MKM LTD"},            /* an acronym */
        {"أمجد البشيري", "Mohamed Lebachir"}, /* amjd is not mhmd */
        {"חנה", "Hana Hanna"}, {"هدى", "Hadi Hood"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A single class in common, once another pair confirms the name, counts more than a spelling
 * a few letters off (טיטו / Titu, fuzzy 0.71); and a word that is mostly vowel letters meets
 * its Latin spelling with و ي read as vowels. */
static void abjad_weak_pairs_and_vowel_letters(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"טיטו מאיורסקו", "Titu Maiorescu"}, {"كوكا", "Kuka"}, {"ياماو", "Yamao"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.96, "a weak pair confirmed; vowel letters");
    static const char *const OTHER[][2] = {{"كوكا", "Kiki"}, {"ياماو", "Yama Wu"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Russian transcribes foreign names as their own language sounds them: a Cyrillic name meets
 * the Latin spelling read as that language reads it. */
static void foreign_names_in_cyrillic_read_aloud(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Фоллбрехт", "Vollbrecht"}, /* German v, ch */
        {"Данжен", "Dangin"},        /* French g */
        {"Михиль", "Michiel"},       /* Dutch ch */
        {"Фудзитаке", "Fujitake"},   /* Japanese, Polivanov's system */
        {"Кихати", "Kihachi"},
        {"Ёсимидзу", "Yoshimizu"},   /* its ё, written е, for a yo; дз for z */
        {"Накадзё", "Nakajoh"},      /* a long o written oh */
        {"Сёдзё", "Shoujou"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.95, "sounds");
    static const char *const OTHER[][2] = {{"Фоллбрехт", "Volkert"}, {"Михиль", "Mitchell"}, {"Данжен", "Danton"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* a reading one consonant off in nine letters (gogenloe / gogenloge); Latin names without
     * their ending; three letters read exactly (German lengthening h, English ee) */
    static const char *const MORE[][2] = {
        {"Гогенлоэ", "Hohenlohe"}, {"Квирин", "Quirinus"}, {"Гиппократ", "Hippocrates"},
        {"Бур", "Buhr"}, {"Фер", "Fehr"}, {"Киф", "Keef"},
    };
    expect_scores(MORE, COUNT(MORE), 0.80, 0.95, "sounds");
    static const char *const SHORT[][2] = {{"Бор", "Buhr"}, {"Кит", "Keef"}, {"Квирин", "Quirini Ursus"}};
    expect_no_alerts(SHORT, COUNT(SHORT));
    /* Hungarian cs ч and s ш, Portuguese s ш and a final o у, in words spelled with their
     * languages' own letters (cs, nh); Russian practice (readings.c) */
    static const char *const MARKED[][2] = {{"Чокор", "Csokor"}, {"Очкай", "Ocskay"}, {"Эшпинью", "Espinho"}};
    expect_scores(MARKED, COUNT(MARKED), 0.80, 0.95, "Hungarian and Portuguese");
    /* Azerbaijani q г and x х; Arabic th с, as Russian writes them */
    static const char *const TURKIC_ARABIC[][2] = {{"Галиб", "Qalib"}, {"Халилов", "Xalilov"}, {"Усман", "Uthman"}};
    expect_scores(TURKIC_ARABIC, COUNT(TURKIC_ARABIC), 0.80, 0.95, "Azerbaijani and Arabic");
    static const char *const OTHERS[][2] = {{"Усман", "Uthwaite"}, {"Галиб", "Qalat"}, /* an English th is т */
                                            {"Рос", "Roth"}, {"Бес", "Beth"}, {"Смис", "Smith"}, {"Сомас", "Thomas"},
                                            {"Рус Кох", "Ruth Koch"}};
    expect_no_alerts(OTHERS, COUNT(OTHERS));
}

/* Latin spellings of one Arabic or Persian name differ in their inner vowels, long vowels,
 * doubled letters and velars (q, gh, k): they meet at 0.88 at least when their vowel
 * skeletons (two inner vowels or more) are one. Names of one inner vowel still meet only by
 * their edit distance. */
static void arabic_spellings_vowels_apart(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"VASEQI, Layla", "VASEGHI, Leila"},
        {"SALAMAH, Adib Nimr", "SALAMEH, Adeeb Namer"},
        {"SHIRRI, Ameen", "SHERRI, Amin"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "vowels");
    static const char *const OTHER[][2] = {{"Chen", "Chan"}, {"Saqr", "Sager"}, {"Hussein Ali", "Hassan Ali"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A long vowel that English writes doubled or with a silent letter (ee, a final ie, y or oe)
 * meets the single vowel letter of another spelling, in words too short for the edit distance
 * and the vowel skeleton (OFAC a.k.a.s: DEEB, Ahmed / AL-DIB, Ahmed 0.35, YEE, Khin Maung / YI,
 * Khin Maung 0.62, each short pair unmet). The vowel must stay the one it is: e is not i, nor a
 * o (Deeb / Dab, Moe / Mae), and a final e after a consonant is no long vowel (Jane / Jan). */
static void a_long_vowel_written_double(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"DEEB, Ahmed", "DIB, Ahmed"},
        {"YEE, Khin Maung", "YI, Khin Maung"},
        {"Alie Ibrahim Watfa", "Ali Ibrahim Watfa"},
        {"Aung Moe Myint", "Aung Mo Myint"},
    };
    expect_scores(SAME, COUNT(SAME), 0.85, 0.96, "long vowel");
    double score = 0.0;
    char why[512];
    assert_int_equal(cordon_compare_explain(NULL, "DEEB, Ahmed", "DIB, Ahmed", CORDON_SCHEMA_PERSON, &score, why,
                                            sizeof why), CORDON_OK);
    if (!strstr(why, "deeb ~ dib (long vowel 0.88"))
        fail_msg("DEEB, Ahmed / DIB, Ahmed explained as: %s", why);
    static const char *const OTHER[][2] = {
        {"Moe Myint", "Mae Myint"}, {"Jane Smith", "Jan Smith"}, {"Deeb Ahmed", "Dab Ahmed"},
        {"Lee Ann", "Lay Ann"},        {"Reed Cole", "Rod Cole"},  {"Kee Lim", "Kay Lim"},
        {"John Lie", "John Lee"}, /* both long, both English: other names */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* An Arabic or Persian name romanised by two systems, each vowel written as its system writes
 * it: Persian (BGN/PCGN 1958) writes the short u as o and the diphthong ay as ey or ei (Hossein,
 * Obeidi), Arabic (BGN/PCGN 1956, ALA-LC) u and ay (Husayn, Ubaydi), French ou (Kanso / Qansu,
 * OFAC a.k.a.s the benchmark missed, each scored 0 before). Not two names whose vowels differ in
 * quality (Hassan and Husayn, حسن and حسين), nor a single vowel written as another (Habu / Hebo
 * stays apart), nor names whose only difference is an e for an a or i (Helen / Hallan). */
static void arabic_vowels_romanised_otherwise(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"TAEB, Hussayn", "TAEB, Hossein"},
        {"AL-OBEIDI, Ahmed Hassan Kaka", "AL-UBAYDI, Ahmad Hassan Kaka"},
        {"KANSO, Jihad Mohamad", "QANSU, Jihad Muhammad"},
        {"AL-SHOUHABI, Ossama Amin", "AL-SHIHABI, Usamah Amin"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.96, "Arabic vowels");
    double score = 0.0;
    char why[512];
    assert_int_equal(cordon_compare_explain(NULL, "TAEB, Hussayn", "TAEB, Hossein", CORDON_SCHEMA_PERSON, &score, why,
                                            sizeof why), CORDON_OK);
    if (!strstr(why, "hussayn ~ hossein (vowels 0.88"))
        fail_msg("TAEB, Hussayn / TAEB, Hossein explained as: %s", why);
    static const char *const OTHER[][2] = {
        {"TAEB, Hassan", "TAEB, Husayn"}, {"Hasan Ali", "Hossein Ali"}, {"Helen Smith", "Hallan Smith"},
        {"Habu Muhammad", "Hebo Muhammad"}, {"George Bush", "George Habash"},
        {"Gerald Murray", "Gerald Morey"}, /* a faker alarm with an o for u in a word of one vowel */
        {"Sam Cyler", "Sam Keeler"}, {"Sam Pace", "Sam Paque"}, /* a c before e, i, y is an s */
        {"Sam Neena", "Sam Nine"}, {"Sam Chawla", "Sam Cholewa"}, /* no romanisation's sign */
        {"Sam Bauman", "Sam Bowman"}, {"Sam Roulet", "Sam Rowlett"}, /* English diphthongs */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Ukrainian spelling meets its Russian cognate where its h stands for the Russian g and its
 * y for the Russian i or o: MOZHOVVY, Oleksiy / MOZGOVOY, Aleksey scored 0.797 in search,
 * mozhovvy ~ mozgovoy at fuzzy 0.71; now "Ukrainian" 0.90. Not a word with a y after a
 * consonant that is Indonesian or English (Halyna / Giuliana, Myhill / Miguel, Heryadi /
 * Guridi: one vowel skeleton each, romanisations of each other below 0.8), nor an h where the
 * other name has no g (Hayley / Gayle). */
static void ukrainian_h_met_as_russian_g(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Ivan Hrytsenko", "Ivan Gritsenko"},
        {"MOZHOVVY, Oleksiy", "MOZGOVOY, Aleksey"},
        {"Petro Ihorovych Bondar", "Petro Igorevich Bondar"},
    };
    expect_scores(SAME, COUNT(SAME), 0.90, 0.99, "Ukrainian");
    double score = 0.0;
    char why[512];
    assert_int_equal(cordon_compare_explain(NULL, "Ivan Hrytsenko", "Ivan Gritsenko", CORDON_SCHEMA_PERSON, &score, why,
                                            sizeof why), CORDON_OK);
    if (!strstr(why, "hrytsenko ~ gritsenko (Ukrainian 0.90"))
        fail_msg("Ivan Hrytsenko / Ivan Gritsenko explained as: %s", why);
    static const char *const OTHER[][2] = {
        {"Halyna Rossi", "Giuliana Rossi"}, {"Tom Myhill", "Tom Miguel"},
        {"Heryadi Putra", "Guridi Putra"},  {"Hayley Smith", "Gayle Smith"},
        /* session 17: English and Irish names read as Ukrainian, 0.90 before */
        {"Hegarty", "Gogarty"},             {"Hyman", "GAMAN"},
        {"Hillary", "Gallery"},             {"Nyhan", "Negin"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* An English spelling whose letters are not its sounds meets the name written as it sounds
 * (english.h): tion as sh, dg as j, the silent s of isle, ough as of, a final ugh as yu, in
 * Hebrew, katakana, Hangul and Cyrillic; each scored 0 (or one word of two) before. Not a dg
 * before a (Edgar: d-g), nor the tion of stion, which are said as spelled. */
static void english_spellings_said(void **state)
{
    (void)state;
    static const char *const HEBREW[][2] = {
        {"מושן", "Motion"},           {"וג'ווד", "Wedgwood"},      {"קרלייל", "Carlisle"},
        {"אלכס או'לאפלין", "Alex O'Loughlin"}, {"גוף ויטלם", "Gough Whitlam"}, {"אנדרו מושן", "Andrew Motion"},
    };
    expect_scores(HEBREW, COUNT(HEBREW), 0.85, 0.85, "consonants");
    static const char *const HEARD[][2] = {
        {"モーション", "Motion"}, {"アンドルー モーション", "Andrew Motion"}, {"фицхью", "Fitzhugh"},
        {"마이클 오래플린", "Michael O'Laughlen"},
    };
    expect_scores(HEARD, COUNT(HEARD), 0.80, 0.90, "sounds");
    double score = 0.0;
    char why[512];
    assert_int_equal(cordon_compare_explain(NULL, "מושן", "Motion", CORDON_SCHEMA_PERSON, &score, why, sizeof why),
                     CORDON_OK);
    if (!strstr(why, "מושן ~ motion (consonants 0.85"))
        fail_msg("מושן / Motion explained as: %s", why);
    static const char *const OTHER[][2] = {{"אג'ר", "Edgar"}, {"סבשן", "Sebastion"}, {"אג'ר ג'ונס", "Edgar Jones"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A French spelling whose letters are not its sounds meets the Hebrew or Arabic name written as
 * it sounds (french.h): a final ault as o, the c of a final nc, ill and a final ilh as y, the s
 * of esn; each scored 0 (one word of two) before. Not a final ill (O'Neill) nor an ill after a
 * consonant, which say their l. */
static void french_spellings_said(void **state)
{
    (void)state;
    static const char *const SAID[][2] = {
        {"קלוד פרו", "Claude Perrault"}, {"ז'ורז' בלאן", "Georges Blanc"}, {"ז'אן אנוי", "Jean Anouilh"},
        {"ז'אן דיפרן", "Jean Dufresne"},  {"פרו", "Perrault"},            {"فوكو", "Foucault"},
    };
    expect_scores(SAID, COUNT(SAID), 0.80, 0.90, "consonants");
    static const char *const OTHER[][2] = {{"ני", "Neill"}, {"ויאם", "William"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* The Arabic w that French writes ou meets the w of the English spelling: FOUAZ, Abbas /
 * FAWAZ, Abbas had no word pair at all (fouaz, fawaz: fuzzy 0.6). Not an ou that is a vowel
 * (Louis / Lewis, Inoue / Inwe), nor a spelling that already has a w. */
static void french_w_meets_w(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"FOUAZ, Abbas", "FAWAZ, Abbas"},
        {"Ouahid Karim", "Wahid Karim"},
        {"Redouane Saidi", "Ridwan Saidi"},
        {"Naoufal Amrani", "Nawfal Amrani"},
    };
    expect_scores(SAME, COUNT(SAME), 0.88, 0.98, "French w");
    double score = 0.0;
    char why[512];
    assert_int_equal(cordon_compare_explain(NULL, "FOUAZ, Abbas", "FAWAZ, Abbas", CORDON_SCHEMA_PERSON, &score, why,
                                            sizeof why), CORDON_OK);
    if (!strstr(why, "fouaz ~ fawaz (French w 0.86"))
        fail_msg("FOUAZ, Abbas / FAWAZ, Abbas explained as: %s", why);
    static const char *const OTHER[][2] = {{"Louis Martin", "Lewis Martin"}, {"Akira Inoue", "Akira Inwe"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* An Arabic name of the pattern CaCr whose r an English or French spelling makes a syllable
 * of (Saqr / Saker, Nasr / Naser, Khodr / Khader) meets it at "vowels", 0.88: before, RUSTOM,
 * Sakkar / RUSTOM, Saqr scored 0.54. Not before another consonant (Wald / Walid, Carl /
 * Carol), nor in a word of three letters (Amr / Amer: two names), nor a vowel elsewhere. */
static void a_vowel_before_a_final_r(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"RUSTOM, Sakkar", "RUSTOM, Saqr"},
        {"ROSTOM, Saker", "RUSTOM, Saqr"},
        {"TAHER, Khider Ali", "BIN ALI, Khodr Taher"},
        {"AL-ALI, Naser", "AL-ALI, Nasr"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.95, "a vowel before a final r");
    double score = 0.0;
    char why[512];
    assert_int_equal(cordon_compare_explain(NULL, "RUSTOM, Sakkar", "RUSTOM, Saqr", CORDON_SCHEMA_PERSON, &score,
                                            why, sizeof why), CORDON_OK);
    if (!strstr(why, "sakkar ~ saqr (vowels 0.88"))
        fail_msg("RUSTOM, Sakkar / RUSTOM, Saqr explained as: %s", why);
    static const char *const OTHER[][2] = {
        {"Ebrahim Wald", "Ibrahim WALID"}, {"Carl Schou", "Carol Schou"}, {"Amer Khan", "Amr Khan"},
        {"Saqra Khan", "Saqr Khan"},
    };
    for (size_t i = 0; i < COUNT(OTHER); i++) {
        assert_int_equal(cordon_compare_explain(NULL, OTHER[i][0], OTHER[i][1], CORDON_SCHEMA_PERSON, &score, why,
                                                sizeof why), CORDON_OK);
        if (strstr(why, "vowels 0.88"))
            fail_msg("%s / %s met as vowels apart: %s", OTHER[i][0], OTHER[i][1], why);
    }
}

/* Latin spellings of one Arabic name that romanise a consonant otherwise meet at the 0.88 of
 * "Arabic letters" (arabic_letters.h: ذ ظ as dh, th, d or z; ق as q, k, g or gh). Before the
 * rule QADHAFI, Mutassim scored 0.50 against GADDAFI, Mutassim and GHODOMI / QADDOUMI, Khaled
 * 0.50. A g for a k and a d for a z stay apart (Gamal / Kamal, Nadir / Nazir meet only by
 * distance), and so do words of one inner vowel, and a th traded for a d or z in words that
 * differ nowhere else and have no q, gh or dh (Nathan / Nazan). */
static void arabic_letters_romanised_otherwise(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"QADHAFI, Mutassim", "GADDAFI, Mutassim"},
        {"GHATHAFI, Saif Al-Arab", "GADDAFI, Saif Al-Arab"},
        {"GHODOMI, Khaled", "QADDOUMI, Khaled"},
        {"HAMDAN, Natheer", "HAMDAN, Nazir"},
    };
    expect_scores(SAME, COUNT(SAME), 0.90, 0.96, "Arabic letters");
    double score = 0.0;
    char why[512];
    assert_int_equal(cordon_compare_explain(NULL, "QADHAFI, Mutassim", "GADDAFI, Mutassim", CORDON_SCHEMA_PERSON,
                                            &score, why, sizeof why), CORDON_OK);
    if (!strstr(why, "qadhafi ~ gaddafi (Arabic letters 0.88"))
        fail_msg("QADHAFI / GADDAFI explained as: %s", why);
    static const char *const OTHER[][2] = {
        {"Kamal Ali", "Gamal Ali"}, {"Nadir Khan", "Nazir Khan"}, {"Martha Lopez", "Marda Lopez"},
        {"Qais Ali", "Gais Ali"},   {"Kadhim Ali", "Gadim Ali"},  {"Thamer Ali", "Damer Ali"},
        /* A first vowel is no inner one: Ethel and Edel, Agatha and Agada are one vowel inside. */
        {"Ethel Lopez", "Edel Lopez"}, {"Agatha Lopez", "Agada Lopez"}, {"Ethan Ali", "Ezan Ali"},
        /* An English th with nothing else Arabic (cdn_arabic_letters_signed): 0.88 before. */
        {"Nathan Lopez", "Nazan Lopez"}, {"Heather Lopez", "Header Lopez"},
    };
    for (size_t i = 0; i < COUNT(OTHER); i++) {
        assert_int_equal(cordon_compare_explain(NULL, OTHER[i][0], OTHER[i][1], CORDON_SCHEMA_PERSON, &score, why,
                                                sizeof why), CORDON_OK);
        if (strstr(why, "Arabic letters"))
            fail_msg("%s / %s met as Arabic letters: %s", OTHER[i][0], OTHER[i][1], why);
    }
}

/* A Belarusian spelling meets the Russian cognate that OFAC gives as its a.k.a. (belarusian.h:
 * ў, h, dz and -enka read as v, g, d and -enko; the vowels left to the vowel skeleton), at the
 * 0.9 of "Belarusian". Before the reading, SHEVTSOV / SHAUTSOU scored 0.43 and TKACHEV /
 * TKACHOU 0.50. A word of no Belarusian ending, Greek -iou, the French -eau, and spellings
 * whose consonants differ otherwise are not read so. */
static void belarusian_spellings_meet_russian(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"SHEVTSOV, Dmitriy Evgenievich", "SHAUTSOU, Dzmitry Yauhenievich"},
        {"TKACHEV, Aleksandr Gennadievich", "TKACHOU, Alyaksandr Henadzievich"},
        {"SHATROV, Alexander Evgenevich", "SHATROU, Aliaksandr Yauhenavich"},
        {"PAVLIUCHENKO, Dmitry Vasilyevich", "PAULICHENKA, Dzmitry Valeryevich"},
        {"DUNKA, Artsiom Kanstantsinavitj", "DUNKO, Artem Konstantinovich"}, /* Artsiom: a name form */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.95, "Belarusian");
    double score = 0.0;
    char why[512];
    assert_int_equal(cordon_compare_explain(NULL, "SHEVTSOV, Dmitriy", "SHAUTSOU, Dzmitry", CORDON_SCHEMA_PERSON,
                                            &score, why, sizeof why), CORDON_OK);
    if (!strstr(why, "shevtsov ~ shautsou (Belarusian 0.90"))
        fail_msg("SHEVTSOV / SHAUTSOU explained as: %s", why);
    /* Not read as Belarusian: Greek -iou (a vowel before ou), French -eau, a consonant that
     * differs otherwise (pv / pvlv, k / kh), a Japanese -ou of five letters. */
    static const char *const OTHER[][2] = {
        {"GEORGIOU", "GEORGIEV"}, {"ROUSSEAU", "RUSSEV"}, {"SHAUTSOU", "SHAPOVALOV"},
        {"TKACHOU", "TKACHUK"},   {"SATOU", "SATOV"},
        /* Polish dz (dzi, dzie: Dziedzic, Radzik) is no dzekanne: these are other names */
        {"Dziedzic", "Dedic"},    {"Anna Godziek", "Anna Godek"}, {"Radzik", "Radik"}, {"Madziar", "Madiar"},
    };
    for (size_t i = 0; i < COUNT(OTHER); i++) {
        assert_int_equal(cordon_compare_explain(NULL, OTHER[i][0], OTHER[i][1], CORDON_SCHEMA_PERSON, &score, why,
                                                sizeof why), CORDON_OK);
        if (strstr(why, "Belarusian"))
            fail_msg("%s / %s read as Belarusian: %s", OTHER[i][0], OTHER[i][1], why);
    }
}

/* The Arabic article written apart (al, el) meets itself in either spelling and weighs little
 * where one record gives it and another leaves it out; it is not a word to meet an Arabic or
 * Hebrew word by consonants (EL MORENO met מרינה הלוי, הלוי ~ el). */
static void arabic_article_weighs_little(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"EL ARAB, Jihad", "AL-ARAB, Jihad"}, {"AL-ASHQAR, Abdullah", "ASHQAR, Abdallah"}};
    expect_scores(SAME, COUNT(SAME), 0.85, 1.0, "the article");
    static const char *const OTHER[][2] = {{"Al Hakim", "Hakim Ali"}, {"מרינה הלוי", "El Moreno"}, {"Almerina Ul", "Almerina Investments"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Latin words at the floor of the edit-distance rule (fuzzy_floor.h): a first letter changed
 * across sound classes, or keys a letter apart over spellings two edits apart, count only
 * beside two sure pairs; two rough words need a sure one. Before the rule each pair of OTHER
 * scored 0.82-0.88. A typo inside a word, a first letter traded within its sound class and a
 * floor pair beside two sure ones still alert. */
static void latin_fuzzy_floor_needs_company(void **state)
{
    (void)state;
    static const char *const OTHER[][2] = {
        {"Susan Foster", "FUSTAR, Dusan"},   {"George Miller", "George Miles"},    {"Carol Lee", "LEE, Karl"},
        {"Callum Andrews", "KARUME, Andrew"}, {"Dana Fisher", "Lana Fisher"},       {"Karina Smith", "Katrina Smitch"},
        {"Shane Jackson", "Jason Shine"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    static const char *const SAME[][2] = {
        {"ALI Uasma", "ALI Usama"},           {"George Mlller", "George Miller"},   {"KIM, Su-gwang", "KIM, Su-Kwang"},
        {"QADDAFI, Mutassim", "GADDAFI, Mutassim"}, {"George Miller Smith", "George Miles Smith"},
    };
    expect_scores(SAME, COUNT(SAME), 0.85, 1.0, "a misspelling, or a floor pair beside two sure ones");
}

/* The score of query against name, analyzed without romanisation and with the publisher's
 * parts (may be NULL), each token weighing weight (a single letter 1 whatever it is given,
 * score.c's base_weight) but the query token heavy, which weighs twice that (a part no list
 * has, as rare as a token can be; SIZE_MAX for none). The flags of the name's token at index
 * at go to *flags (may be NULL). */
static double score_weighted(const char *query, const char *name, const cordon_name *parts, size_t heavy,
                             float weight, size_t at, uint8_t *flags)
{
    cdn_analyzed q, n;
    cdn_analyzed_init(&q);
    cdn_analyzed_init(&n);
    assert_int_equal(cdn_analyze_name(&q, NULL, query, strlen(query), CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
    assert_int_equal(cdn_analyze_name(&n, NULL, name, strlen(name), CORDON_SCHEMA_PERSON, parts), CORDON_OK);
    cdn_analyzed_finish(&q);
    cdn_analyzed_finish(&n);
    cdn_token *qt = q.tokens.items, *nt = n.tokens.items;
    for (size_t i = 0; i < q.tokens.len; i++)
        qt[i].weight = i == heavy ? 2.0f * weight : weight;
    for (size_t j = 0; j < n.tokens.len; j++)
        nt[j].weight = weight;
    if (flags) {
        assert_true(at < n.tokens.len);
        *flags = nt[at].flags;
    }
    double score = cdn_score_tokens(qt, q.tokens.len, nt, n.tokens.len, NULL);
    cdn_analyzed_free(&q);
    cdn_analyzed_free(&n);
    return score;
}

/* The same with each token weighing 1. */
static double score_unit_weights(const char *query, const char *name, const cordon_name *parts, size_t heavy,
                                 size_t at, uint8_t *flags)
{
    return score_weighted(query, name, parts, heavy, 1.0f, at, flags);
}

/* The score of query against name as published with its parts, each token weighing 1; the
 * flags of the name's token at index at go to *flags. */
static double score_with_parts(const char *query, const cordon_name *name, size_t at, uint8_t *flags)
{
    return score_unit_weights(query, name->full, name, SIZE_MAX, at, flags);
}

/* A patronymic is optional: one the query leaves out costs the name nothing, so a surname
 * alone scores every Lukashenko by his given name only. A -vich word the publisher gives as a
 * middle name is a patronymic (OFAC's "LUKASHENKO, Alexander Grigoryevich"); one it gives as
 * the family name is not. */
static void a_patronymic_left_out_costs_nothing(void **state)
{
    (void)state;
    uint8_t flags;
    cordon_name with = {.full = "LUKASHENKO, Alexander Grigoryevich", .family = "LUKASHENKO",
                        .given = "Alexander", .middle = "Grigoryevich"};
    cordon_name without = {.full = "LUKASHENKO, Alexander", .family = "LUKASHENKO", .given = "Alexander"};
    double s_with = score_with_parts("Lukashenko", &with, 2, &flags);
    assert_true(flags & CDN_TOK_PATRONYMIC);
    double s_without = score_with_parts("Lukashenko", &without, 1, &flags);
    if (fabs(s_with - s_without) > 1e-9)
        fail_msg("with the patronymic %.4f, without %.4f", s_with, s_without);
    assert_true(s_with > 0.75 && s_with < 0.85); /* the given name left out still costs */
    cordon_name family = {.full = "ABRAMOVICH, Roman", .family = "ABRAMOVICH", .given = "Roman"};
    assert_true(score_with_parts("Roman Abramovich", &family, 0, &flags) > 0.99);
    assert_false(flags & CDN_TOK_PATRONYMIC);
}

/* Moldova writes the Russian patronymic the Romanian way (Iurievici): optional like -vich. */
static void romanian_patronymic_is_optional(void **state)
{
    (void)state;
    cdn_analyzed a;
    cdn_analyzed_init(&a);
    const char *name = "ANTIUFEEV, Vladimir Iurievici";
    assert_int_equal(cdn_analyze_name(&a, NULL, name, strlen(name), CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
    cdn_analyzed_finish(&a);
    assert_int_equal(a.tokens.len, 3);
    assert_true(((cdn_token *)a.tokens.items)[2].flags & CDN_TOK_PATRONYMIC);
    cdn_analyzed_free(&a);
    static const char *const SAME[][2] = {{"ANTIUFEEV, Vladimir Iurievici", "ANTYUFEYEV, Vladimir"}};
    expect_scores(SAME, COUNT(SAME), 0.85, 0.90, "a patronymic left out, vowels");
}

/* The score of query against name, each token weighing 1 but the query token heavy (2). */
static double score_with_heavy(const char *query, const char *name, size_t heavy)
{
    return score_unit_weights(query, name, NULL, heavy, 0, NULL);
}

/* A part one name has and the other lacks weighs half when three other parts match surely:
 * 3 of 4 query weight-units instead of 3 of 5 (0.6 × 0.75 + 0.4 = 0.85, not 0.76). With two
 * parts matched, or a part matched only roughly, it weighs in full. */
static void one_part_added_weighs_half(void **state)
{
    (void)state;
    double s = score_with_heavy("GHAIB, Heshmatollah Hayat Seyyed", "GHAIB, Heshmatollah Hayat", 3);
    if (s < 0.849 || s > 0.851)
        fail_msg("a part added beside three sure ones: %.4f, expected 0.85", s);
    s = score_with_heavy("YEGANE, Gulnihal Kulak", "YEGANE, Gulnihal", 2);
    if (s >= 0.80)
        fail_msg("a part added beside two: %.4f, expected no alert", s);
    s = score_with_heavy("GHAIB, Heshmatollah Hayyt Seyyed", "GHAIB, Heshmatollah Hayat", 3);
    if (s >= 0.80)
        fail_msg("a part added beside a rough match: %.4f, expected no alert", s);
}

/* Beside two sure parts, a part added counts half only where it is a second family name the
 * query gives beside the one that met the name's family name (the capitals or the comma say
 * which words are family names): KANYAMA TSHISIKU, Celestin / KANYAMA, Celestin 0.78 -> 0.88.
 * Not a given or middle name added (YEGANE, Gulnihal Kulak; Steven Ian Moore), nor a family
 * word that met a given name (ANTON PARASCHIV, Geta / GETTA, Anton: another order). */
static void a_second_family_name_weighs_half(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"KANYAMA TSHISIKU, Celestin", "KANYAMA, Celestin"},
        {"YEGANE AKSIT, Gulnihal", "YEGANE, Gulnihal"},
        {"Celestin KANYAMA TSHISIKU", "KANYAMA, Celestin"},
    };
    expect_scores(SAME, COUNT(SAME), 0.87, 0.89, "a second family name");
    static const char *const OTHER[][2] = {
        {"YEGANE, Gulnihal Kulak", "YEGANE, Gulnihal"},
        {"Steven Ian Moore", "MOORE, Steven"},
        {"ANTON PARASCHIV, Geta", "GETTA, Anton"},
        {"KANYAMI TSHISIKU, Celestin", "KANYAMA, Celestin"}, /* a pair short of sure */
    };
    expect_scores(OTHER, COUNT(OTHER), 0.0, 0.80, "no second family name, or no sure pair");
}

/* The Arabic article written apart and left over is no second part added: it weighs little
 * already, and one record of a name writes it where another does not. AL-BADRANI, Muhammad
 * Yunis Ahmad against AHMAD, Muhammad Yunis scored 0.74 with BADRANI heavy (2), the article
 * keeping BADRANI from weighing half: 0.6 × 3 / (0.3 + 1 + 3) + 0.4 = 0.819 now. Beside two
 * parts matched the part added still weighs in full. */
static void a_part_added_beside_the_article_weighs_half(void **state)
{
    (void)state;
    double s = score_with_heavy("AL-BADRANI, Muhammad Yunis Ahmad", "AHMAD, Muhammad Yunis", 1);
    if (s < 0.815 || s > 0.823)
        fail_msg("a part added beside the article and three sure ones: %.4f, expected 0.819", s);
    s = score_with_heavy("AL-YEGANE, Gulnihal Kulak", "YEGANE, Gulnihal", 3);
    if (s >= 0.80)
        fail_msg("a part added beside the article and two: %.4f, expected no alert", s);
    s = score_with_heavy("AHMAD, Muhammad Yunis", "AL-BADRANI, Muhammad Yunis Ahmad", SIZE_MAX);
    if (s < 0.855 || s > 0.865)
        fail_msg("the article and a part left over in the name: %.4f, expected 0.861", s);
}

/* A word of descent (bin, ibn) between two given names of "FAMILY, Given" weighs as an
 * honorific: AL-AHDAL, Abdallah Bin Faysal scored 0.748 against SADIQ AL-AHDAL, Abdallah Faysal,
 * the unmatched bin weighing a part and keeping the part added (SADIQ) from weighing half. In
 * the family name, or last (a Chinese given name), it weighs in full. */
static void a_word_of_descent_weighs_little(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"AL-AHDAL, Abdallah Bin Faysal", "SADIQ AL-AHDAL, Abdallah Faysal"},
        {"KHAN, Ali Ibn Ahmed", "KHAN, Ali Ahmed"},
    };
    expect_scores(SAME, COUNT(SAME), 0.88, 0.96, "descent");
    static const char *const FULL[][2] = {
        {"CHEN, Bin", "CHEN, Wei"},         /* last: a given name */
        {"BIN LADEN, Usama", "LADEN, Usama"}, /* in the family name */
    };
    expect_scores(FULL, COUNT(FULL), 0.0, 0.80, "a word of descent that is a name's");
}

/* A particle between two words of one side of "FAMILY, Given" (de, la, del, da, dos; ben
 * between two given names) is no name: one record of a person gives it and another leaves it
 * out (AVILA DE LA ROCHA, Maria Monserrate scored 0.788 against AVILA ROCHA, Maria Monserrat,
 * de and la weighing as words). Particles do not make a name of their own: two names whose
 * only family words alike are the particles stay apart, and where it ends or starts its side
 * (DE NIRO; CHEN, De; SMITH, Ben) the word keeps its weight. */
static void a_particle_weighs_little(void **state)
{
    (void)state;
    /* two particles added: 0.794 before */
    static const char *const TWO[][2] = {{"AVILA DE LA ROCHA, Maria Monserrate", "AVILA ROCHA, Maria Monserrat"}};
    expect_scores(TWO, COUNT(TWO), 0.90, 0.93, "two particles added");
    /* one added beside three words met: 0.914-0.933 before, a word's cost */
    static const char *const ONE[][2] = {
        {"GARCIA DEL RIO, Juan Carlos", "GARCIA RIO, Juan Carlos"},
        {"ROCHA, Maria de Jesus", "ROCHA, Maria Jesus"},
        {"KHAN, Ali Ben Ahmed", "KHAN, Ali Ahmed"}, /* ben between given names, as bin */
    };
    expect_scores(ONE, COUNT(ONE), 0.94, 0.97, "a particle added");
    /* the particles met weigh little too: 0.60 before */
    static const char *const PARTICLES_ALONE[][2] = {{"AVILA DE LA ROCHA, Maria", "PEREZ DE LA CRUZ, Maria"}};
    expect_scores(PARTICLES_ALONE, COUNT(PARTICLES_ALONE), 0.0, 0.50, "particles alone alike");
    static const char *const NAMES[][2] = {
        {"CHEN, De", "CHEN, Wei"}, /* last: a given name */
        {"SMITH, Ben", "SMITH, John"},
    };
    expect_scores(NAMES, COUNT(NAMES), 0.0, 0.50, "a particle that is a name");
}

/* Religious titles of South Asia and the Arab world (Mufti, Maulana or Mawlana, Maulvi or
 * Mawlawi, Shaykh, Hajj) weigh as little as Sheikh and Haji did: one a.k.a. gives them and
 * the primary name not (WALI, Mufti Noor scored 0.80, HAMZA, Maulana Ameer 0.75). Qari stays
 * a name: the lists give it as one (ZAKIR, Qari; SHEIKH, Qari Muhammad Yaqoob). */
static void religious_titles_weigh_little(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"WALI, Mufti Noor", "WALI, Noor"},
        {"HAMZA, Maulana Ameer", "HAMZA, Amir"},
        {"HANAFI, Shaykh Khalid", "HANAFI, Khalid"},
    };
    expect_scores(SAME, COUNT(SAME), 0.85, 0.96, "a title added");
}

/* An abbreviated given name meets the name it stands for (SHAH, Mohd Yusuf scored 0.62
 * against SHAH, Mohammad Yusuf, YI, Khin Mg 0.5 against YI, Khin Maung); in the family name
 * before the comma it is left as written (MD, Ali is no Muhammad). */
static void abbreviated_given_names_meet_the_name(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"SHAH, Mohd Yusuf", "SHAH, Mohammad Yusuf"},
        {"Md Abdul Karim", "KARIM, Mohammed Abdul"},
        {"YI, Khin Mg", "YI, Khin Maung"},
    };
    expect_scores(SAME, COUNT(SAME), 0.90, 1.0, "an abbreviation");
    static const char *const FAMILY[][2] = {{"MD, Ali", "MUHAMMAD, Ali"}};
    expect_scores(FAMILY, COUNT(FAMILY), 0.0, 0.80, "an abbreviation as a family name");
    /* An MD that ends a name is a degree; MG in a company's name is no Maung. A title that is a
     * family name too is a title only where more of the name follows (Omar Mufti: a name). */
    static const char *const NOT_NAMES[][2] = {
        {"Yusuf Shah MD", "SHAH, Mohammad Yusuf"}, {"Ali Khan MD", "KHAN, Muhammad Ali"},
        {"MG International AG", "MAUNG International AG"}, {"Omar Mufti", "OMAR"}, {"Omar Maulvi", "OMAR"}};
    expect_no_alerts(NOT_NAMES, COUNT(NOT_NAMES));
}

/* Transcriptions whose sound classes are the same as a spelling's, but whose vowels the vowel
 * test turns away, are not one class apart: that test read past the end of the equal strings
 * (uninitialised bytes, which valgrind reports), and the pair alerted or not by whatever an
 * earlier comparison had left there (0.81 and 0.00 for the same pair in one process). */
static void equal_sound_classes_are_not_one_apart(void **state)
{
    (void)state;
    static const char *const PAIRS[][2] = {
        {"푈스고르", "BELARUSKALI"},
        {"스트리니치", "STRINICH"},
        {"푈스고르", "BELARUSKALI"},
    };
    expect_no_alerts(PAIRS, 1);
    double first = compare(PAIRS[0][0], PAIRS[0][1]);
    (void)compare(PAIRS[1][0], PAIRS[1][1]);
    assert_true(compare(PAIRS[2][0], PAIRS[2][1]) == first); /* the same, whatever came before */
}

/* A legal form's abbreviation is written without an accent: the Portuguese family name Sá is
 * no S.A. In a query of no type, Lia Sá had met LIA COMPANY at 0.996 and Mauro Sá MAURO at
 * 0.97 (synthetic-US alarms), Sá read as the legal form that weighs little. An unaccented SA
 * is still one (BANCO X SA meets BANCO X). */
static void an_accented_word_is_no_legal_form(void **state)
{
    (void)state;
    static const char *const ACCENTED[][2] = {{"Lia Sá", "LIA COMPANY"}, {"Mauro Sá", "MAURO"}, {"Camila Sá", "KAMILA"}};
    for (size_t i = 0; i < COUNT(ACCENTED); i++) {
        double score = 1.0;
        assert_int_equal(cordon_compare(NULL, ACCENTED[i][0], ACCENTED[i][1], CORDON_SCHEMA_ANY, &score), CORDON_OK);
        if (score >= 0.80)
            fail_msg("%s / %s: %.3f, expected no alert", ACCENTED[i][0], ACCENTED[i][1], score);
    }
    double score = 0.0;
    assert_int_equal(cordon_compare(NULL, "Banco Atlantico SA", "BANCO ATLANTICO", CORDON_SCHEMA_ANY, &score),
                     CORDON_OK);
    assert_true(score >= 0.90);
    assert_int_equal(cordon_compare(NULL, "Lia Sá", "SÁ, Lia", CORDON_SCHEMA_ANY, &score), CORDON_OK);
    assert_true(score >= 0.99); /* the same name */
}

/* A compound given name in -ullah or -uddin meets its first noun written alone, 0.85 "short
 * form" (ZARGARI, Ghodrat / ZARGARI, Ghodratollah scored 0.5); an Abd name does not meet Abdul
 * alone, nor a name another that merely begins like it. */
static void a_compound_meets_its_first_noun(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ZARGARI, Ghodrat", "ZARGARI, Ghodratollah"},
        {"NABIZADA, Kamal", "NABIZADA, Kamaluddin"},
        /* din with a single d, or none, after a known first noun: Salah al-Din */
        {"BADI, Salah", "BADI, Salahidin"}, {"BADI, Salah", "BADI, Saladin"}, {"BADI, Salah", "BADI, Salahdin"},
    };
    expect_scores(SAME, COUNT(SAME), 0.90, 0.95, "a short form");
    static const char *const OTHER[][2] = {
        {"KHAN, Abdul", "KHAN, Abdulrahman"},
        {"KHAN, Kamal", "KHAN, Kamalov"},
        {"KHAN, Abd", "KHAN, Abdullah"},    /* a head of three letters */
        {"Syed Asad", "ASADULLAH, Syed"},   /* a family name */
        {"Hasan Nasr", "NASRALLAH, Hasan"},
    };
    expect_scores(OTHER, COUNT(OTHER), 0.0, 0.80, "no short form");
}

/* The score of query against name with every word weighing as a rare list word (10). */
static double score_rare_words(const char *query, const char *name)
{
    return score_weighted(query, name, NULL, SIZE_MAX, 10.0f, 0, NULL);
}

/* A letter of a listed name that is one word besides its letters does not meet a query word as
 * its initial: the false alarms it gave on the synthetic US names were codes' letters (an
 * aircraft's M-VITO, an acronym's AAS-T, a vessel's numeral in ANA I) met as the initial of a
 * heavy query word. Beside two words, and as a letter of the query, an initial still counts. */
static void a_letter_beside_one_word_is_no_initial(void **state)
{
    (void)state;
    static const char *const CODES[][2] = {
        {"Vito Modugno", "M-VITO"},
        {"Thomas Aas", "AAS-T"},
        {"Anna Ibrahim", "ANA I"},
        {"Alexander Ahmed", "A AHMED"},
    };
    for (size_t i = 0; i < COUNT(CODES); i++) {
        double s = score_rare_words(CODES[i][0], CODES[i][1]);
        if (s >= 0.80)
            fail_msg("%s / %s: %.3f, expected no alert", CODES[i][0], CODES[i][1], s);
    }
    static const char *const INITIALS[][2] = {
        {"John Fitzgerald Kennedy", "KENNEDY, John F."}, /* a letter beside two words */
        {"J Smith", "SMITH, John"},                       /* a letter of the query */
    };
    for (size_t i = 0; i < COUNT(INITIALS); i++) {
        double s = score_rare_words(INITIALS[i][0], INITIALS[i][1]);
        if (s < 0.80)
            fail_msg("%s / %s: %.3f, expected an alert", INITIALS[i][0], INITIALS[i][1], s);
    }
}

/* Foreign names transcribed by ear into Chinese, Japanese or Korean meet their Latin
 * spellings by sound classes; native two-character names and Devanagari (which writes its
 * vowels) do not. */
static void transcriptions_meet_by_sound(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"도널드 트럼프", "Donald Trump"},          /* Korean: doneoldeu teureompeu */
        {"ドナルド・トランプ", "Donald Trump"},     /* katakana: donarudo toranpu */
        {"塞瓦略斯", "Cevallos"},                   /* Chinese: sai wa lue si, w for v */
        {"卢卡申科", "Lukashenka"},                 /* lu ka shen ke */
        {"워싱턴", "Washington"},                   /* wosingteon */
        {"キャスリン", "Kathlyn"},                  /* th heard as s */
        {"フィッツアラン", "Fitzalan"},             /* a doubled consonant is one */
        {"プーチン", "Putin"},                      /* puchin: chi for ti */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "sounds");
    static const char *const OTHER[][2] = {
        {"建中", "Junzheng"},        /* jianzhong: a native name, a romanisation */
        {"直人", "Zahrani"},         /* zhiren */
        {"卢卡申科", "Lukashevski"}, /* a consonant more, and a syllable */
        {"सरोज", "Jorge"},           /* Devanagari */
        {"트럼프", "Tramp Rump"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A transcription whose sound classes equal a spelling's scores 0.85 when its vowels agree
 * with the spelling's as the vowel rule asks (transcription.h); past that bar under every
 * reading of each (vowels_within_bar) the classes alone make no match: a screen meets dozens
 * of listed words by three or four classes, and of 500 Chinese names of people not listed,
 * 386 alerted on one. 克雷默 kelei mo is Kremer, not Grania; 克門諾斯 kemennuosi is Kammenos,
 * not the listed KEMZ; 特魯赫澤斯 Truchsess, not TRUTH (each 0.80-0.83 before). */
static void transcription_sounds_held_to_the_vowel_bar(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"克雷默", "Kremer"},         {"賈米爾", "Jameel"},         {"波拉尼", "Polanyi"},
        {"トランプ", "Trump"},        {"克門諾斯", "Kammenos"},     {"特魯赫澤斯", "Truchsess"},
        {"埃斯蒂梅", "Estime"},
    };
    expect_scores(SAME, COUNT(SAME), 0.85, 0.85, "classes and vowels agree");
    static const char *const PAST[][2] = {
        {"克雷默", "Grania"},     /* k l n, kelei mo / grania */
        {"巴斯拉", "Bezaleel"},   /* b s l */
        {"克門諾斯", "KEMZ"},     {"特魯赫澤斯", "TRUTH"}, {"埃斯蒂梅", "ASTANEH"},
    };
    expect_scores(PAST, COUNT(PAST), 0.0, 0.79, "classes agree, vowels past the bar");
    /* Within the bar under a reading of the spelling, and one class apart, they still meet. */
    assert_true(compare("賈米爾", "Camilleri") >= 0.80);
    assert_true(compare("巴斯拉", "Baxla") >= 0.80);
    assert_true(compare("薩瑟蘭", "Sutherland") >= 0.80);
}

/* A syllable of a transcription that writes a w or an h (Xinhua 维 wei, 瓦 wa, 赫 he; kana ワ
 * wa, ハ ha, ヒ hi) writes a sound of the name, which its spelling must have a letter for: a w or
 * v, a u or o before a vowel, an initial u; an h, j, x or g (German ch and -ig, Spanish j, Dutch
 * g). The sound classes leave w and h out, so 卡赫维奇 kaheweiqi met GPOC, 瑟德维尔 Steerer and
 * カルタショワ karutashowa Cortez at 0.85; each is screened against some 82,000 listed words
 * (score.c: glides_unwritten; the pairs below alarmed in the Wikidata rows 3,000-3,500). */
static void transcribed_w_and_h_need_a_letter(void **state)
{
    (void)state;
    static const char *const APART[][2] = {
        {"卡赫维奇", "GPOC"},   {"瑟德维尔", "STEERER"}, {"カルタショワ", "CORTEZ"},
        {"克鲁科维奇", "GLAUCUS"}, {"马金瓦", "MAKIN"},    {"扎哈里耶娃", "SARV"},
        {"科文", "GAN"}, /* two characters alone (score.c: lone_han), 0.82 */
    };
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {
        {"カルタショワ", "Kartashova"}, {"扎哈里耶娃", "Zakharieva"}, {"邓华德", "Donewald"},
        {"卡瓦哈爾", "Carbajal"},       {"バッハマン", "Bachmann"},   {"ラートヴィヒ", "Ladwig"},
        {"索尔维赫", "Solveig"},         {"溫貝托", "Humberto"},       {"伊沃拉", "Iborra"},
        {"ハーリッヒ", "Harig"},         {"ホーファールト", "Govert"}, {"卡赫维奇", "Kachevich"},
        {"華德", "Ward"},                {"韋恩", "Wayne"},            {"漢斯", "Hans"},
        {"文森", "Vinson"},              {"科文", "Cowan"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "a letter for each w and h heard");
}

/* An m or an n before a vowel is written apart by Chinese (米 mi, 尼 ni) and kana (マ ma, ナ
 * na), as by the Latin spelling: the sound classes fold them into one for the end of a syllable
 * (Chinese closes syllables in n and ng alone), not for its start. 卡尼爾 kanier met Kamila and
 * マトネ matone Nadine at 0.85 (score.c: nasal_onsets_differ). */
static void transcribed_m_and_n_before_a_vowel_differ(void **state)
{
    (void)state;
    static const char *const APART[][2] = {{"卡尼爾", "KAMILA"}, {"マトネ", "NADINE"}};
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {
        {"卡尼爾", "Kanier"}, {"卡米拉", "Kamila"}, {"マトネ", "Matone"}, {"アンナ", "Anna"},
        {"汤姆", "Tom"},      {"纽曼", "Newman"},  {"ハンプトン", "Hampton"}, {"布魯姆斯金", "Brumskine"},
        {"达木丁", "Damdiny"}, /* 姆 mu, 木 mu: an m alone */
        {"ボノム", "Bonhomme"}, /* the n before a silent h */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "the same m and n before a vowel");
}

/* A word with a digit is a code (a vessel's VALFAJR2, a model's number), which no one
 * transcribes by ear: 菲雷普斯 feileipusi met VALFAJR2 by its classes at 0.85 (score.c:
 * abbreviation). */
static void codes_with_digits_are_not_heard(void **state)
{
    (void)state;
    static const char *const APART[][2] = {{"菲雷普斯", "VALFAJR2"}};
    expect_no_alerts(APART, COUNT(APART));
}

/* Kana write voicing apart (バ ba / パ pa, ダ da / タ ta, ガ ga / カ ka), and Japanese writes a
 * foreign name's stops as its source language sounds them (外来語の表記, Cabinet notice 2,
 * 1991): a Latin b, d or g before a vowel is a voiced stop, a p, t, k, hard c or q a voiceless
 * one, whatever the language. The sound classes fold voicing, so ガネ gane met KAHANE and
 * パンチョン panchon BENSON at 0.84-0.85 (score.c: kana_voicing_differs; these alarmed for
 * Wikidata people of rows 3,000-3,500). A voiced letter that may end a syllable (German Ludwig
 * ルートヴィヒ, Obrist オプリスト, Magdeburg マクデブルク: devoiced) or end the word (Turkish
 * Nacip ナジーブ) says nothing, nor a g before e, i or y (Bergerac ベルジュラック). */
static void kana_voicing_agrees_with_the_spelling(void **state)
{
    (void)state;
    static const char *const APART[][2] = {
        {"ガネ", "KAHANE"},       {"トゥナイ", "DUNE"},     {"パンチョン", "BENSON"}, {"クルーガー", "GORGE"},
        {"コーン", "GAN"},         {"ペシンガー", "BOCEANICA"}, {"スピレーン", "SABALAN"},
    };
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {
        {"ルートヴィヒ", "Ludwig"},   {"オプリスト", "Obrist"},       {"ムントロース", "Mundlos"},
        {"ジクルン", "Sigrun"},       {"スチュワードソン", "Stewardson"}, {"ナジーブ", "Nacip"},
        {"マクデブルク", "Magdeburg"},  {"ゲルト", "Gerd"},
        {"ベルジュラック", "Bergerac"}, {"プロディジー", "Prodigy"},   {"ガルトナー", "Gartner"},
        {"クルーガー", "Kruger"},     {"トゥナイ", "Tunai"},         {"ペシンガー", "Pesinger"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "the same voicing before a vowel");
}

/* A Han transcription writes a Latin f (ph) with an f syllable (夫 fu, 法 fa, 菲 fei) and a b or p
 * with a b or p one (布 bu, 普 pu, 巴 ba), a v with either (the Xinhua tables: 瓦 for English v,
 * 巴 for Spanish); and an m syllable (马 ma, 姆 mu) for an m only. The sound classes fold f into
 * b and m into n, so 德拉夫斯 delafusi met TRAPSA and 賴慕布 laimubu RAINBOW at 0.85 (score.c:
 * han_labials_differ, han_m_unspelled; these alarmed for Wikidata people of rows 3,000-6,000). */
static void han_labials_and_m_agree_with_the_spelling(void **state)
{
    (void)state;
    static const char *const APART[][2] = {
        {"德拉夫斯", "TRAPSA"}, {"克林菲爾德", "KLINPAUER"}, {"纳瓦夫", "NABI"},  {"伊凡諾", "EBANO"},
        {"帕梅琳", "PARIN"},    {"德穆兰", "DINRIN"},         {"賴慕布", "RAINBOW"}, {"苏莱曼尼", "SURENA"},
    };
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {
        {"波波夫", "Popov"},       {"費爾頓", "Felton"},        {"卡莫夫", "Kamov"},     {"克林菲爾德", "Klinefelter"},
        {"伊凡諾", "Ivanno"},      {"帕梅琳", "Pamelyn"},       {"巴尔加斯", "Vargas"}, {"戈尔巴乔夫", "Gorbatschow"},
        {"沃尔夫冈", "Wolfgang"}, {"菲利普", "Philipp"},       {"德穆兰", "Desmoulins"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "f and b, m and n as the spelling writes them");
}

/* The Xinhua tables (英语姓名译名手册; 世界人名翻译大辞典) write a word's last consonant after a
 * vowel with a syllable of its own, m 姆 (or the n of the syllable before), f 夫
 * (score.c: han_final_unwritten): a Chinese word that ends on another syllable was not heard
 * from a spelling that ends so. Alarms of Wikidata people not listed (development rows), at
 * 0.81-0.85 on main: 畢莫 bimo met BIM, 雷米 RIM, 柯斯米 GSIM, 馬伊尼 MYM. */
static void han_final_consonants_are_written(void **state)
{
    (void)state;
    static const char *const APART[][2] = {
        {"畢莫", "BIM"}, {"雷米", "RIM"}, {"柯斯米", "GSIM"}, {"馬伊尼", "MYM"},
    };
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {
        {"史塔姆", "Stam"},     {"纳瓦夫", "Nawaf"},  {"哈利姆", "Halim"},    {"斯塔夫", "Staff"},
        {"威廉", "William"},    {"格拉姆", "Gramm"},  {"纳伊姆", "Naím"},     {"英霍夫", "Imhoff"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "a final consonant written as its own syllable");
}

/* Two Han characters alone against a Latin word alone (score.c: lone_han) meet only where the
 * first syllable's initial may write the spelling's first letter (han_initials.h), as every other
 * Han transcription: 蘇民 sumin met JAZMIN at 0.81 on main, 吉諾 jinuo SINA. */
static void lone_han_words_fit_their_initial(void **state)
{
    (void)state;
    static const char *const APART[][2] = {{"蘇民", "JAZMIN"}, {"吉諾", "SINA"}, {"吉尼", "SINA"}};
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {
        {"吉恩", "Gene"}, {"鄧肯", "Duncan"}, {"沙內", "Chane"}, {"吉增", "Jetsun"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "a lone Han word's initial fits the spelling");
}

/* Katakana write every consonant a foreign name is heard with (外来語の表記, Cabinet notice 2,
 * 1991), so each kana onset needs a letter of the spelling that may be heard as it, in order
 * (score.c: kana_consonants_unmet); the spelling may have silent letters more. The sound
 * classes fold sibilants with affricates and let classes drop: ストレッチ met THEODOROS (チ has
 * no letter), ネイソン NEGEEN (ソ none), シャトーノフ SATNA (フ none) at 0.81-0.85, alarms of
 * Wikidata people of the benchmark's and the development rows. The spellings source languages
 * give a sound are letters for it: Polish w フ and sz シ, Italian zz ッチ, Turkish c ジ, Spanish
 * ll ジ, Dutch g フ, x クス, German qu クヴ, a marked letter (Đ ジ). */
static void kana_consonants_have_letters(void **state)
{
    (void)state;
    static const char *const APART[][2] = {
        {"ストレッチ", "THEODOROS"}, {"シミッツ", "CHIMMED"}, {"クーファー", "GBAE"},
        {"ハッチャー", "AGIR"},      {"ネイソン", "NEGEEN"}, {"シャトーノフ", "SATNA"},
    };
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {
        {"ヴィトコフスカ", "Witkowska"}, {"ペスタロッチ", "Pestalozzi"},       {"クセナキス", "Xenakis"},
        {"ナッシング", "Nothing"},       {"シュチェパンスカ", "Szczepańska"}, {"ジェミル", "Cemil"},
        {"カバジェロ", "Caballero"},     {"ブルフゾルフ", "Burgzorg"},       {"クヴァストホフ", "Quasthoff"},
        {"ジュカノヴィッチ", "Đukanović"}, {"ルートヴィヒ", "Ludwig"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "every kana consonant has a letter");
}

/* Katakana write each vowel a name is heard with: an e or i the script does not add to a lone
 * consonant (チ ジ シ ヒ, ル's u) stands for a vowel letter of the spelling, and an i for a
 * letter heard as one (i, y, e, j), however the consonants agree. Mc is read mac, x kis (Maxim
 * マキシム), a German ch's vowel the one before it (Bach バッハ). Wikidata's カイギシズ /
 * Kaikhaziz (ギ's i for kha) no longer meets: kana_voicing_agrees_with_the_spelling had it. */
static void kana_vowels_have_letters(void **state)
{
    (void)state;
    static const char *const APART[][2] = {
        {"キラ", "CRAS"},       {"ケティル", "KITRO"}, {"マーコリン", "MAKRAN"},
        {"リディ", "RID"},      {"ビビー", "VYBOS"},   {"マゴフィン", "MEGAFON"},
    };
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {
        {"マクナマラ", "McNamara"}, {"マキシム", "Maxim"}, {"エーデルマン", "Adleman"}, {"ルートヴィヒ", "Ludwig"},
        {"ゴーゴリ", "Gogol"},      {"バッハ", "Bach"},    {"ガニオン", "Gagnon"},      {"ゲーテ", "Göthe"},
        {"ケーリング", "Köring"},   {"コッホ", "Koch"},    {"ドライザイテル", "Dreiseitl"}, {"キャンディス", "Candace"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "every kana vowel has a letter");
}

/* A vowel only the transcription has is cheap where the script adds it to a lone consonant
 * (Xinhua e, i, u; kana u, o, i; Hangul i) or beside another vowel (a diphthong written out);
 * any other stands for a vowel of the name (transcription.c: added_vowel). 纳西尔 naxier's a
 * is no vowel Nzeri has; 克拉克 kelake's a is Clarke's, not George's (each 0.83-0.85 before). */
static void transcriptions_add_only_their_own_vowels(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"纳西尔", "Nasir"},   {"克拉克", "Clarke"}, {"布蘭斯", "Blanches"}, {"ヘシンク", "Hesink"},
        {"마이클 패스벤더", "Michael Fassbender"}, /* ai for Michael's i: a diphthong */
        {"에이미 차일즈", "Amy Childs"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "the added vowels are the script's");
    static const char *const OTHER[][2] = {
        {"纳西尔", "Nzeri"}, {"克拉克", "George"}, {"布蘭斯", "PARMIS"}, {"ヘシンク", "GENCO"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* The vowels the scripts add to a lone consonant follow the consonant (transcription.c:
 * added_by_script): kana add u, and o only after t and d (ト, ド), i only after ch and j
 * (チ, ジ, t by the kana readings); Hangul adds eu, which the sound strings drop, and i only
 * after ch and j (치, 지: sibilants); the Xinhua table e, i or u to any (克 ke, 斯 si, 夫 fu).
 * Any other vowel only the transcription has stands for one of the name, and costs what a
 * vowel only the spelling has costs (0.4, not 0.15): ko in a kana word is no k alone. */
static void added_vowels_follow_their_consonants(void **state)
{
    (void)state;
    static const struct {
        const char *heard, *spelled;
        cdn_syllabary script;
        bool added; /* by the script to the consonant before it */
    } CASES[] = {
        {"bUt", "bt", CDN_SYLLABARY_KANA, true},    {"tOb", "tb", CDN_SYLLABARY_KANA, true},
        {"tIb", "tb", CDN_SYLLABARY_KANA, true},    {"bOt", "bt", CDN_SYLLABARY_KANA, false},
        {"kIt", "kt", CDN_SYLLABARY_KANA, false},   {"sIt", "st", CDN_SYLLABARY_HANGUL, true},
        {"bIt", "bt", CDN_SYLLABARY_HANGUL, false}, {"bEt", "bt", CDN_SYLLABARY_HAN, true},
        {"kIt", "kt", CDN_SYLLABARY_HAN, true},     {"bAt", "bt", CDN_SYLLABARY_HAN, false},
    };
    for (size_t c = 0; c < COUNT(CASES); c++) {
        double cost = cdn_transcription_align_cost(CASES[c].heard, CASES[c].spelled, CASES[c].script);
        if (CASES[c].added ? cost > 0.15 + 1e-9 : cost < 0.4 - 1e-9)
            fail_msg("%s / %s (script %d): %.3f", CASES[c].heard, CASES[c].spelled, (int)CASES[c].script, cost);
    }
}

/* Short transcriptions, two consonant classes or one class apart, meet when their vowels
 * agree too (transcription.h), below the 0.85 of equal classes; unrelated names with the same
 * consonants do not. */
/* A Korean name in Revised Romanization (the South's press) against McCune-Reischauer (the
 * lists): before korean_latin.h, Kim Jong-eun / KIM Jong Un scored 0.67 and Jang Gyeong Hwa /
 * CHANG Kyong-hwa 0.33. Names that are not Korean, or another given name, are not read so. */
static void korean_names_in_two_romanisations(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Kim Jong-eun", "KIM, Jong Un"},       {"Kim Yeo-jeong", "KIM, Yo Jong"},
        {"Jang Gyeong Hwa", "CHANG, Kyong-hwa"}, {"Gim Jeong Eun", "KIM, Jong Un"},
        {"Han Jang-su", "HAN, Chang Su"},       {"Lee Min-ho", "RI, Min Ho"},
        {"Kim Song Il", "Song Il Kim"},         /* the given name first, the surname last */
        {"Han CHANG-SU", "Chang-Su Han"},       /* CHANG in capitals is no surname here */
        {"Kim Tschong Il", "KIM, Chong Il"},    /* a syllable's initial in German letters */
    };
    expect_scores(SAME, COUNT(SAME), 0.95, 1.0, "korean romanisations");
    static const char *const NEAR[][2] = {
        {"Ri Yong Ho", "RI, Ryong Ho"}, /* the r the South leaves out */
        {"Kim Hong Un", "KIM, Jong Un"}, /* h for j: a typing error on the neighbouring key */
    };
    expect_scores(NEAR, COUNT(NEAR), 0.85, 1.0, "korean initial r, neighbouring key");
    static const char *const OTHER[][2] = {
        {"Kim Jong-eun", "KIM, Jong Man"}, /* another given name */
        {"Bak Bong-ju", "PAK, Bong Nam"},  /* a Korean given name's second syllable is no middle name */
        {"Pak Pong Ju", "PAK, Bong Nam"},  /* in the reading nor as written (it scored 0.80) */
        {"John Wang", "WANG, Chun"},       /* John is not a Korean syllable */
        /* A Korean given name is its syllables in order (cdn_korean_latin_other_given): these
         * scored 1.0 in any order. */
        {"Kim Il Sung", "Song Il Kim"},
        {"Il Su KIM", "KIM, Su Il"},
        {"Ri Un SONG", "RI, Song Un"},
        /* Nor is a syllable with another initial however romanised the same (it scored 0.90). */
        {"Kim Jong Il", "Song Il Kim"},
        {"Pak Pong Ju", "PAK, Song Ju"},
        /* Nor a given name of one syllable that is the second of the other's two (0.867 before):
         * Kim Il is another man than KIM, Jong Il. */
        {"Kim Il", "KIM, Jong Il"},
        {"Kim Jong Il", "KIM Il"},
        {"Ri Il", "RI, Hong-il"},
        {"Pak Chol", "PAK Yong Chol"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* The second syllable left out still meets: lists give it as a middle name. */
    static const char *const FIRST_KEPT[][2] = {{"Kim Jong", "KIM, Jong Un"}, {"Hong LI", "LI, Hong Ri"}};
    expect_scores(FIRST_KEPT, COUNT(FIRST_KEPT), 0.85, 0.88, "the second syllable left out");
}

/* Chinese names in Russian, written by the Palladius system, meet their pinyin (palladius.h):
 * before it Си Цзиньпин / Xi Jinping scored 0 and Чжан Юся / ZHANG Youxia 0.40. */
static void chinese_names_in_cyrillic(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Си Цзиньпин", "XI, Jinping"},     {"Чжан Юся", "ZHANG, Youxia"},   {"Чэнь Цюаньго", "CHEN, Quanguo"},
        {"Ван Цзюньчжэн", "WANG, Junzheng"}, {"Ли Шанфу", "LI, Shangfu"},
        {"Сі Цзіньпін", "XI, Jinping"},     {"Чень Цюаньго", "CHEN, Quanguo"}, /* in Ukrainian */
    };
    expect_scores(SAME, COUNT(SAME), 0.95, 1.0, "palladius");
}

/* Korean names as Russian writes them (korean_cyrillic.h: Kontsevich, and the press's older
 * Чен and Ир): before it each of these scored 0.30 to 0.33. Another given name is still
 * another person, and a list's second syllable no middle name. */
static void korean_names_in_cyrillic(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Ким Чен Ын", "KIM, Jong Un"},     {"Ким Чон Ын", "KIM, Jong Un"},    {"Ким Ё Чжон", "KIM, Yo Jong"},
        {"Чхве Рён Хэ", "CHOE, Ryong Hae"}, {"Ри Пён Чхоль", "RI, Pyong Chol"}, {"Ким Ир Сен", "KIM, Il Song"},
        {"Кім Чен Ин", "KIM, Jong Un"},     {"Чхве Рьон Хе", "CHOE, Ryong Hae"}, /* in Ukrainian */
    };
    expect_scores(SAME, COUNT(SAME), 0.95, 1.0, "kontsevich");
    static const char *const OTHER[][2] = {
        {"Ким Чен Ын", "KIM, Jong Man"},
        {"Пак Пон Чжу", "PAK, Bong Nam"},
        {"Ким Ир Сен", "KIM, Jong Un"},
        {"Ким Ир Сен", "Song Il Kim"}, /* Kim Il Sung is not Kim Song Il (korean_latin.h) */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

static void transcriptions_meet_by_their_vowels(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ロット", "Lotto"},          /* rotto: "lt", two classes */
        {"ロイド", "Lloyd"},          /* roido */
        {"ダーウィン", "Darwin"},     /* dauin: the r silent */
        {"ウラジーミル", "Vladimir"}, /* urajimiru: ji for di, a consonant dropped */
        {"ヨージェフ", "József"},     /* read as Hungarian: j as y, s as sh */
        {"ヴァルクツァック", "Walczak"}, /* read as Polish: w as v */
        {"デュボワ", "Dubois"},       /* read as French: oi as wa, s silent */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds, vowels included");
    static const char *const OTHER[][2] = {
        {"ロット", "Lutz"}, {"ダーウィン", "Devin"}, {"ニュート", "Nate"}, {"ロイド", "Reid"},
        {"高橋大介", "Kadek"},  /* k t k by class, but the vowels are far apart */
        {"松本", "Company"},    /* the readings are not tried on two-character words */
        {"山口智子", "Zomex"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A transcription meets a spelling read as its own language reads it (Hungarian, Dutch,
 * Scandinavian, Basque, Italian; English vowel spellings, also in words of one or two
 * consonants), and a romaji fu may be hu; none of these met before. */
static void transcriptions_read_by_their_language(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ミハーイ", "Mihály"},       /* Hungarian ly */
        {"ヘールト", "Geert"},         /* Dutch g as h, its r said */
        {"ヘルハルト", "Gerhard"},
        {"ブーケ", "Boeke"},           /* Dutch oe */
        {"シェル", "Kjell"},           /* Scandinavian kj */
        {"ユングベリ", "Ljungberg"},   /* lj, -rg */
        {"シェーベリ", "Sjöberg"},     /* sj */
        {"ヨーラン", "Göran"},         /* g before a front vowel (ö) */
        {"エチェベリア", "Etxeberria"}, /* Basque tx */
        {"シャーシャ", "Sciascia"},    /* Italian sci before a vowel */
        {"ジェイ", "Jay"},             /* English ay */
        {"ターナー", "Turner"},        /* ur, er as a */
        {"バッファー", "Buffer"},      /* u as a */
        {"ハント", "Hunt"},
        {"コークリー", "Coakley"},     /* oa, a final ey */
        {"フーバー", "Hoover"},        /* fu for hu */
        {"凱西", "Cathie"},            /* two Han characters: kaixi, Cathie as heard (kasi) */
        {"雷尼", "Rainey"},            /* leini, reini */
        {"アイヒホルン", "Eichhorn"},  /* German ch as h */
        {"ヘルダー", "Herder"},        /* its r said, a final -er as a */
        {"ゲルトナー", "Gärtner"},
        {"フックス", "Fuchs"},         /* chs as ks */
        {"ヒース", "Heath"},           /* English th as s */
        {"ハーグ", "Haag"},            /* one consonant, and the vowel Japanese adds */
        {"ウィート", "Wheat"},
        {"ブール", "Boule"},           /* French for one or two consonants too: ou as u */
        {"ウリエ", "Houllier"},        /* h, ll and the final r silent */
        {"フェドー", "Feydeau"},       /* eau as o */
        {"トゥルニエ", "Tournier"},    /* French says its r; -ier as ye */
        {"シュヴィヤール", "Chevillard"}, /* ill before a vowel as iy */
        {"デュティエ", "Duthiers"},    /* -iers as ye */
        {"パーマー", "Palmer"},        /* English silent letters: alm */
        {"フォークナー", "Falkner"},   /* alk */
        {"ラム", "Lamb"},              /* a final mb */
        {"ノウルズ", "Knowles"},       /* an initial kn */
        {"カリージョ", "Carrillo"},    /* Spanish ll as j */
        {"ガジェゴ", "Gallego"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds, vowels included");
    static const char *const OTHER[][2] = {
        {"ロイド", "Reid"}, {"ロット", "Lutz"}, {"ハント", "Hans"}, {"ターナー", "Tanner Tuner"},
        {"ハーグ", "Hug"}, {"ウィート", "Watt"}, /* one consonant, another vowel */
        {"ルース", "Lewis"}, {"フェドー", "Pedro"}, {"ブール", "Bill"}, {"シュヴィヤール", "Schiller"},
        {"パーマー", "Parker"}, {"ラム", "Lamp"}, {"フォークナー", "Fokker"}, {"カリージョ", "Castillo"},
        {"ガジェゴ", "Galeano"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* An r beside an l is two sounds in kana (sounds.h, CDN_SOUND_LIQUID_PAIRS): カルロ karuro is
 * Carlo and Carlot, ヴェルレ Verlet; a spelling with one liquid there does not meet. */
static void katakana_liquid_pairs(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"カルロ", "Carlot"}, {"ヴェルレ", "Verlet"}, {"デルロイ", "Delroy"}, {"パルロ", "Parlo"},
        {"エルリングソン", "Erlingsson"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "liquid pairs");
    static const char *const OTHER[][2] = {
        {"カルロ", "Kalo"}, {"ヴェルレ", "Verret"}, {"パルロ", "Pallo"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Katakana write a closing ng as ング ngu (transcription.c, kana_ng_closed): スポング is Spong,
 * ホーキング Hawking, ジングル Jingle; a ング before a vowel is n and g (ハンガー, Hanger). */
static void katakana_closing_ng(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"スポング", "Spong"}, {"ホーキング", "Hawking"}, {"ジングル", "Jingle"}, {"ホリングス", "Hollings"},
        {"ロングマン", "Longman"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "closing ng");
    static const char *const OTHER[][2] = {
        {"ホーキング", "Hosking"}, {"ホーキング", "Haskins"}, {"ジングル", "Jingo"}, {"ロングマン", "Lindman"},
        {"ロングマン", "Longo"}, {"ホリングス", "Hollis"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* French nasal vowels at the end as an (readings.c: Gauguin ゴーギャン, gogan) and its gu
 * before i as g (Guiot ギオー); an English e before a final s is silent as a final e is
 * (transcription.c: Holmes ホームズ, Eames イームズ, Haynes ヘインズ); German ey as ai and eu, äu
 * as oi in words of any length (Geyer ガイヤー, Reus ロイス), but not ei (ロイド is not Reid). */
static void katakana_french_nasals_and_silent_es(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ゴーギャン", "Gauguin"}, {"ギオー", "Guiot"}, {"ホームズ", "Holmes"}, {"イームズ", "Eames"},
        {"ヘインズ", "Haynes"}, {"ガイヤー", "Geyer"}, {"ロイス", "Reus"}, {"ボイムラー", "Baeumler"},
        {"ノイアー", "Neuer"}, {"トゥームズ", "Toombs"}, {"ガムス", "Gumbs"}, /* a silent b before a final s */
        {"マッキニス", "McInnis"}, {"マッキンタイア", "McIntyre"}, /* Mc as mak */
        {"ドロネー", "Delaunay"}, {"ドレー", "Delhaye"}, {"モルレー", "Morlay"}, /* French ay, aye as e */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "French nasals, silent es");
    static const char *const OTHER[][2] = {
        {"ゴーギャン", "Gagnon"}, {"ホームズ", "Holm"}, {"ホームズ", "Hume"}, {"イームズ", "Ems"},
        {"ロイド", "Reid"}, {"ガイヤー", "Gere"}, {"ロイス", "Rios"}, {"ドレー", "Dolan"}, {"ドロネー", "Delano"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Letters normalisation folds, kept for the readings alone (kept_letters.h): й and ё in a
 * Cyrillic word (Йёде / Jöde as German, Дьёрдь / György as Hungarian, Лихачёв / Lichachow), the
 * umlauts of a Latin name against katakana (メーリンク / Möring, ö as エ), the Slavic and Romanian
 * letters spelled as they sound (Vujčić Вуйчич, Piłsudski ピウスツキ). The exact and
 * transliteration matches are as they were (Сергей / Sergei). */
static void folded_letters_kept_for_readings(void **state)
{
    (void)state;
    static const char *const CYRILLIC[][2] = {
        {"Йёде", "Jöde"}, {"Дьёрдь", "György"}, {"Хёйм", "Høyem"}, {"Ливейн", "Levane"}, {"Лихачёв", "Lichachow"},
    };
    expect_scores(CYRILLIC, COUNT(CYRILLIC), 0.80, 0.90, "й, ё kept");
    static const char *const KANA[][2] = {{"メーリンク", "Möring"}, {"シュテーア", "Stör"}, {"ゼーメリンク", "Sömmerring"}};
    expect_scores(KANA, COUNT(KANA), 0.80, 0.85, "umlauts kept");
    /* Letters whose marks say how they sound, spelled out: č ch, đ dzh, ę en, ț ts, ł w. */
    static const char *const SPELLED[][2] = {
        {"Вуйчич", "Vujčić"}, {"Джуришич", "Đurišić"}, {"Зентек", "Ziętek"}, {"Цэрану", "Țăranu"},
        {"ピウスツキ", "Piłsudski"}, {"ジュルジェヴィッチ", "Đurđević"}, {"ティラワ", "Tyrała"},
    };
    expect_scores(SPELLED, COUNT(SPELLED), 0.80, 0.90, "marks spelled out");
    static const char *const TRANSLITERATED[][2] = {{"Сергей", "Sergei"}, {"Пётр", "Petr"}};
    expect_scores(TRANSLITERATED, COUNT(TRANSLITERATED), 0.97, 0.97, "transliteration");
    static const char *const OTHER[][2] = {
        {"Йёде", "Yoder"}, {"Лихачёв", "Lukashov"}, {"Дьёрдь", "George"},
        {"メーリンク", "Möller"}, {"ゼーメリンク", "Sommer"}, {"メーリンク", "Moring"}, /* no ö: read as written */
        {"Чачич", "Čelić"}, {"Цэрану", "Țurcanu"}, {"Джуришич", "Đukić"}, {"ピウスツキ", "Pawłowski"},
        {"ジュルジェヴィッチ", "Đoković"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* 天皇 written onto an emperor's name is a title (titles.h, cdn_title_suffix): 天智天皇 meets
 * Tenji and Emperor Tenji by the name alone, as 天智 天皇 does. */
static void emperor_title_split_off(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"天智天皇", "Tenji"}, {"天智天皇", "Emperor Tenji"}, {"明治天皇", "Meiji"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "emperor");
    static const char *const OTHER[][2] = {{"天智天皇", "Meiji"}, {"明治天皇", "Tenno"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* Chinese writes an empress's, a princess's, a dowager's title onto her name the same way
     * (Wikidata Chinese: 孝端文皇后 / Xiaoduanwen, 牙八忽都鲁皇后 / Yabahudulu scored 0 before) */
    static const char *const TITLED[][2] = {{"孝端文皇后", "Xiaoduanwen"}, {"牙八忽都鲁皇后", "Yabahudulu"},
                                            {"太平公主", "Taiping"}, {"慈禧太后", "Cixi"}};
    expect_scores(TITLED, COUNT(TITLED), 0.80, 0.86, "title");
    static const char *const OTHER_TITLED[][2] = {{"孝端文皇后", "Xiaoduan"}, {"太平公主", "Tianping"}};
    expect_no_alerts(OTHER_TITLED, COUNT(OTHER_TITLED));
}

/* A name of two katakana alone meets a name of one Latin word by its sounds (score.c:
 * lone_short_kana), with no longer word to confirm it; beside another word it still needs one,
 * and two Hangul syllables alone (a Korean given name) still do. */
static void lone_short_katakana(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ルル", "Lulu"}, {"モリ", "Moli"}, {"ネフ", "Nef"}, {"ナム", "Nam"}, {"デル", "Dell"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds, short");
    static const char *const OTHER[][2] = {
        {"ルル", "Lola"}, {"モリ", "Mona"}, {"ナム", "Nim"}, {"ネフ", "Nova"},
        {"ルル ホワイト", "Lulu"},   /* another word beside it, unmet */
        {"서영", "Seo"},             /* Hangul: a Korean given name */
        {"ルル", "Lulu Smith"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Hangul word alone with a syllable no hanja reads (hangul.h: cdn_hangul_beyond_hanja) meets a
 * Latin word alone by its sounds (score.c: lone_hangul_transcription), as two katakana do; its
 * vowels must agree (LONE_HANGUL_MIN); a word of hanja readings alone (요나, 서영: a Korean given
 * name may be so written) and a word beside another still need a partner. */
static void lone_hangul_transcription(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"케빈", "Kevin"}, {"렉사", "Lexa"}, {"더피", "Duffy"}, {"프란", "Pran"}, {"비키", "Vicky"}, {"맨", "Mann"},
    };
    expect_scores(SAME, COUNT(SAME), 0.83, 0.84, "sounds");
    static const char *const OTHER[][2] = {
        {"비키", "Becky"}, {"케빈", "Gavin"}, {"프란", "Brian"}, /* vowels apart (0.82) */
        {"요나", "Jonah"}, {"서영", "Seo"},                     /* hanja readings only */
        {"오하엘", "Ohar"}, {"하엘", "Al"},                     /* a Korean name; two letters */
        {"케빈", "Kevin Smith"}, {"케빈 김", "Kevin"},          /* another word, unmet */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Hangul word alone of three syllables that could be a Korean name (a surname syllable and
 * two hanja readings: 미란다 as 미 + 란다) still meets a Latin word alone that spells it as a
 * romanisation would, once both are folded (hangul.h: cdn_korean_fold), at the short
 * transcription's best (score.c: LONE_NATIVE_MIN); not one its sounds only approach
 * (faker's 채리나, 소라온, 연서은 met the vessels SALINA, SOLAN, UNSAN). */
static void lone_native_looking_hangul(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"미란다", "Miranda"}, {"마리오", "Mario"}, {"구카이", "Kukai"}, {"하쿠류", "Hakuryu"},
        {"김안국", "Gimanguk"},
    };
    expect_scores(SAME, COUNT(SAME), 0.84, 0.84, "sounds, short");
    static const char *const OTHER[][2] = {
        {"채리나", "Salina"}, {"소라온", "Solan"}, {"연서은", "Unsan"}, {"차이나", "China"},
        {"피타나", "Pithana"},      /* an edit apart (th), as 오하엘 / Ohar is */
        {"미란다", "Miranda Kerr"}, /* another word, unmet */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Katakana's combinations for foreign sounds read as Hepburn writes them (kana_digraphs.h):
 * ヴァ va, ヴィ vi, ズィ zi, with no u that no spelling has. */
static void katakana_combinations_meet(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ヴァイエ", "Vayer"},          /* vuaie before */
        {"ヴィルズィング", "Wirsing"},  /* vuiruzuingu */
        {"エイヴァリ", "Every"},        /* eivuari */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "sounds");
    static const char *const OTHER[][2] = {{"ヴァイエ", "Meyer"}, {"イングヴィ", "Ingrid"}, {"ヴィルズィング", "Werner"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Japanese name in kanji meets its romanisation (japanese.h: MeCab reads it), a Chinese
 * name in Han still meets its pinyin, and a Chinese given name that is also a Japanese one
 * does not take the Japanese reading. */
static void japanese_names_in_kanji(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"山田 太郎", "Yamada Taro"}, /* shantian tailang before */
        {"最澄", "Saicho"},
        {"王 博文", "Wang Bowen"},    /* hirofumi in Japanese */
        {"李明", "Li Ming"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "a reading");
    static const char *const OTHER[][2] = {{"山田 太郎", "Shan Tian"}, {"王 博文", "Wang Hirofumi"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Japanese name romanised otherwise (romaji.h): the passport's oh, a long vowel left
 * short, Kunrei-shiki, m before b, m, p; it scored 0.71-0.79 by the spelling before. A Chinese
 * name's pinyin is not Hepburn and a word in katakana is a foreign name: their si and shi, tu
 * and tsu, hu and fu stay apart. */
static void japanese_names_romanised_otherwise(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"佐藤", "Satoh"}, {"伊藤", "Itoh"}, {"近藤", "Kondoh"}, {"大野", "Ohno"}, /* the passport's oh */
        {"小島", "Kozima"},  /* Kunrei zi */
        {"さとう", "Satoh"}, {"ふじ", "Huzi"}, /* hiragana */
        {"サトウ", "Satoh"}, /* katakana: its long vowel */
    };
    expect_scores(SAME, COUNT(SAME), 0.95, 0.95, "romanisation");
    static const char *const OTHER[][2] = {
        {"司徒", "Shitsu"}, {"胡图", "Futsu"}, /* pinyin situ, hutu: not Hepburn */
        {"糸姬", "Mizi"},                     /* pinyin miji, Hepburn-like: no Kunrei zi (0.95 before) */
        {"ティナ", "China"},                     /* katakana ti is not Kunrei's chi */
        {"佐藤", "Saito"},
        {"石井", "ISI"}, {"いしい", "ICI"},       /* ishii is not ishi (0.95 before) */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A word read as a native Japanese name (kanji the dictionary reads, hiragana) is no foreign
 * name transcribed by ear and no pinyin: Japan's commonest surnames alone alerted on one-word
 * list names by sound (佐藤 / CHATO 0.83, 田中 / TUNCO 0.82) or by the orthography key (伊藤
 * itou / YITU LIMITED 0.86, itu both), and 鈴木 met Susuki by its key at 0.95. Their
 * romanisations still meet; katakana is still heard (a foreign name), and so is a word of
 * three characters of the transcription table that the dictionary reads as Japanese (安東尼
 * andouni, Anthony: Wikidata Chinese). */
static void japanese_readings_are_not_heard(void **state)
{
    (void)state;
    static const char *const OTHER[][2] = {
        {"佐藤", "CHATO"}, {"田中", "TUNCO"}, {"伊藤", "YITU LIMITED"}, {"木村", "CAMORRA"}, {"松岡", "MSC"},
        {"さとう", "CHATO"}, {"たなか", "TUNCO"}, {"いとう", "Yitu"}, {"鈴木", "Susuki"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    static const char *const ROMANISED[][2] = {
        {"佐藤", "Sato"}, {"伊藤", "Itoh"}, {"いとう", "Ito"}, {"田中", "Tanaka"}, {"鈴木", "Suzuki"},
    };
    expect_scores(ROMANISED, COUNT(ROMANISED), 0.95, 0.97, "romanisation or transliteration");
    static const char *const HEARD[][2] = {
        {"安東尼", "Antonie"}, /* 3 characters of the transcription table */
        {"サトウ", "Sato"},    /* katakana */
    };
    expect_scores(HEARD, COUNT(HEARD), 0.80, 0.95, "heard, or romanised");
}

/* A name in Hangul whose words cannot be a Korean name written apart (a surname of one syllable
 * and a given name of one or two: cjk_pairs.h, cdn_hangul_words_foreign) is a foreign name's,
 * and its short words met by sound count beside its other words, as beside a transcription:
 * a word of three syllables beside another (제이미 reads as a Korean name alone, 제 a surname),
 * one syllable and no surname (빅, 숀, 분), a consonant with ㅡ alone (랜드). Wikidata Korean
 * pairs; before, each of these met one word and left the other (0.49) or none (0). A Korean
 * name written apart, with a native given name or against a Chinese name, still does not. */
static void foreign_hangul_words_meet_one_by_one(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"제이미 정", "Jamie Chung"}, {"빅 숀", "Big Sean"},       {"오 랜드", "Oh Land"},
        {"메건 분", "Megan Boone"},   {"소피 디", "Sophie Dee"},   {"안젤라 박", "Angela Park"},
        {"장피에르 고랭", "Jean-Pierre Gorin"}, /* 장피에르 ~ jean+pierre, joined at 0.85 */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.92, "a foreign name's words, one by one");
    /* A word of three syllables that begins with a surname but writes a final ㅅ (hangul.h:
     * no Korean name does) is a transcription, alone too. */
    static const char *const ALONE[][2] = {{"리핀콧", "Lippincott"}, {"돈 리핀콧", "Don Lippincott"}};
    expect_scores(ALONE, COUNT(ALONE), 0.80, 0.92, "a final ㅅ: a transcription");
    static const char *const KOREAN[][2] = {
        {"길 베리", "Gill Berry"}, {"당 아진", "CHEN, Dong"}, {"아진 당", "CHEN, Dong"},
        {"서영 이", "JI SONG"},    {"준호 서영 이", "JI, Sang Jun"},
    };
    expect_no_alerts(KOREAN, COUNT(KOREAN));
    /* A foreign name all the same, but a pair met by sound below 0.82 (FOREIGN_SOUND_MIN):
     * unlisted people's names that alerted on listed ones (매슈 ~ magid 0.80, 요한 ~ amr 0.80). */
    static const char *const FAINT[][2] = {
        {"매슈 본", "Ben MAGID"}, {"요한 네이스컨스", "Amr Najib Armanazi"},
        {"존 웨틀랜드", "ZADRAN, Ahmed Jan"}, /* 웨틀랜드 ~ zadran+ahmed, joined at 0.82 */
    };
    expect_no_alerts(FAINT, COUNT(FAINT));
    /* A surname syllable heard as a pinyin word (종 ~ chen, one syllable 0.82): a Chinese
     * surname is written in Hangul by its Korean reading (陳 진) or the table for Chinese (천),
     * never by ear, so it confirms no foreign word beside it (에리카 ~ eric 0.81). */
    static const char *const PINYIN[][2] = {{"에리카 종", "CHEN, Eric"}, {"에리카 종", "TSANG, Erick"}};
    expect_no_alerts(PINYIN, COUNT(PINYIN));
}

/* English spellings as the 외래어 표기법 writes them in Hangul (readings.c): a final ge said
 * dʒ and written 지, a final tes said ts and written 츠 after an open a said ei (Page 페이지,
 * Bates 베이츠), a final ire said aiə, 아이어 (Fire 파이어, Maguire 머과이어), wal said wɔl, 월, and an
 * unstressed final ace ɪs, 이스 (Wallace 월리스). Each met nothing before. */
static void hangul_english_final_sounds_meet(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"페이지", "Page"}, {"세이지", "Sage"}, {"베이츠", "Bates"}, {"게이츠", "Gates"},
        {"파이어", "Fire"}, {"지미 페이지", "Jimmy Page"}, {"캐시 베이츠", "Kathy Bates"},
        {"월리스", "Wallace"}, /* wal as 월, an unstressed final ace as 이스 */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.92, "English final sounds in Hangul");
}

/* A Korean name of a rare surname written as one word (은하진, 갈지민) is no foreign name
 * transcribed by ear: its sound classes met one-word list names at 0.85 (NAJM, CALCIMIN,
 * DEMETER, Benson), 176 of 1,500 such faker names alerting; nor is any native name an
 * abbreviation's transcription (VSC, CDN). Its romanisation still meets, and
 * a transcription after a rare surname's syllable is still heard (해밀턴 Hamilton). */
static void korean_rare_surname_names_are_not_heard(void **state)
{
    (void)state;
    static const char *const OTHER[][2] = {
        {"은하진", "NAJM"}, {"갈지민", "CALCIMIN"}, {"당도율", "DEMETER"}, {"빈지웅", "Benson"},
        {"견다원", "CARNATION"}, {"가주연", "KOGEN"}, {"상준서", "SenseNets"},
        /* an abbreviation, no vowel letter: never a name transcribed by ear */
        {"武修傑", "VSC"}, {"普修杰", "PSC"}, {"가이든", "CDN"}, {"古娜", "CGN"},
        /* two syllables, so-won, are not one (Son), however Korean spellings are folded */
        {"유소원", "YU SON"}, {"소원", "Son"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    static const char *const ROMANISED[][2] = {
        {"유소원", "Yu So-won"}, {"김재욱", "Kim Jae-wook"}, {"갈지민", "Gal Jimin"},
        {"당도율", "Dang Doyul"},  {"은하진", "Eun Hajin"},     {"갈지민", "Galjimin"},
    };
    expect_scores(ROMANISED, COUNT(ROMANISED), 0.90, 1.0, "romanised");
    static const char *const HEARD[][2] = {{"해밀턴", "Hamilton"}, {"매카시", "McCarthy"}};
    expect_scores(HEARD, COUNT(HEARD), 0.80, 0.95, "heard");
}

/* English vowel spellings and letters as Japanese hears them (readings.c, ENGLISH_HEARD and
 * ENGLISH_SILENT): ear before a consonant as a, an initial eu as yu, ie as i, ch said ch, dg
 * before a consonant as j, a final yer as ya, the l of olk unsaid. Each missed before. */
static void katakana_english_spellings_heard(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ハート", "Heart"}, {"アーリー", "Early"}, {"ハーン", "Hearn"}, {"ユージン", "Eugene"},
        {"ユージニー", "Eugenie"}, {"ウィーバー", "Wieber"}, {"チョーサー", "Chaucer"},
        {"ウェッジウッド", "Wedgwood"}, {"ボウヤー", "Bowyer"}, {"ウルフォーク", "Woolfolk"}, {"ウィール", "Wiel"},
        {"ハリアー", "Harrier"}, {"イェヒエル", "Yehiel"}, {"ドーバック", "Daubach"}, /* met before, kept */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "English spellings heard");
    static const char *const OTHER[][2] = {
        {"ハート", "Heat"}, {"ヒート", "Heart"}, {"ユージン", "Eunice"}, {"ウィーバー", "Weber"},
        {"アーリー", "Ariel"}, {"ハドソン", "Hodgson"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Short katakana words whose every consonant and vowel agree with the Latin spelling as its
 * language reads it (Wikidata pairs the benchmark missed): English u before x, which is two
 * consonants (Lux ラックス), English ei said as i (Todd Zeile ジール, Neil ニール), German au
 * before er (Bauer バウアー, not ü), English air as ea (Blair ブレア). Not English ei said as the
 * German ai or oi (ロイド is not Reid). */
static void katakana_short_words_read(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"ラックス", "Lux"}, {"ジール", "Zeile"}, {"ニール", "Neil"}, {"キース", "Keith"},
        {"バウアー", "Bauer"}, {"ザウアー", "Sauer"}, {"アウアーバッハ", "Auerbach"}, /* German au before er */
        {"ブレア", "Blair"}, {"クレア", "Claire"}, {"アステア", "Astaire"},             /* English air */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "short katakana read");
    static const char *const OTHER[][2] = {
        {"ロイド", "Reid"}, {"ジール", "Zola"}, {"ニール", "Noel"},
        /* Spanish ll as y only for three consonants or more (long_only): the Welsh ll of Lloyd
         * is no y, and read so for the short words too, ヨイド and 요이드 met Lloyd (0.80, 0.84) */
        {"ヨイド", "Lloyd"}, {"요이드", "Lloyd"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Hebrew geresh (׳) or gershayim (״) inside a word joins it as an apostrophe does (מק׳לאוורטי
 * is MacLaverty, one word); after ג ז צ it is part of the letter, as before. */
static void hebrew_geresh_joins_a_word(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"מק\u05F3לאוורטי, ברנרד", "Bernard MacLaverty"},
        {"מק'לאוורטי, ברנרד", "Bernard MacLaverty"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "geresh inside a word");
}

/* A Chinese name in its Sino-Korean reading (Hangul, one word) meets its pinyin, one word or
 * two (sino_korean.h); a Korean name is not read as Chinese to meet a Korean one. */
static void sino_korean_readings(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"오경", "Wu Jing"},           /* 吳京 */
        {"안진경", "Yan Zhenqing"},    /* 顏真卿 */
        {"모택동", "Mao Zedong"},      /* 毛澤東 */
    };
    expect_scores(SAME, COUNT(SAME), 0.88, 0.92, "Sino-Korean reading");
    static const char *const OTHER[][2] = {
        {"오경", "Wu Ming"}, {"조 우진", "YU, Jin"}, {"종수 김", "KIM, Yong Su"}, {"김", "Jin"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A word of two kana or Hangul syllables may be a foreign name transcribed (게리 Gary) or a
 * native given name (서영 seoyeong): it meets a Latin spelling by sound only beside a longer
 * transcription (그럽스 Grubbs); native Korean names, in one- and two-syllable words, do not
 * meet unrelated Latin names by sound (synthetic-US false alarms). */
static void short_transcriptions_need_a_long_one(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"게리 그럽스", "Gary Grubbs"},
        {"브라이언 코리", "Bryan Corey"},
        {"폴 토머스", "Paul Thomas"},   /* 폴 pol, Paul as heard (au as o) */
        {"조지 해밀턴", "George Hamilton"}, /* 조지 joji, George as heard (eo as o) */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "sounds");
    /* Korean writes the u of a Japanese name with ㅡ (스 for す): 스즈키 seujeuki is Suzuki. */
    static const char *const JAPANESE[][2] = {{"스즈키 이치로", "Ichiro Suzuki"}};
    expect_scores(JAPANESE, COUNT(JAPANESE), 0.80, 0.85, "a Japanese u in Hangul");
    /* A longer foreign word met as spelled (페아노 peano) confirms a short one too. */
    static const char *const BESIDE_SPELLED[][2] = {
        {"주세페 페아노", "Giuseppe Peano"}, {"사사키 쇼", "Sho Sasaki"},
        {"이케다 리요코", "Riyoko Ikeda"}, /* 이케다 ikeda looks native (이) but meets as spelled */
        {"엠마 스톤", "Emma Stone"}, {"디노 조프", "Dino Zoff"}, /* two syllables met as spelled */
        {"돈 치들", "Don Cheadle"}, /* one syllable that is no surname, romanised exactly */
        {"빌 베리", "Bill Berry"}, {"빌 몰딘", "Bill Mauldin"}, /* 빌 bil: no hanja reads it */
    };
    expect_scores(BESIDE_SPELLED, COUNT(BESIDE_SPELLED), 0.85, 0.95, "a short word beside a spelled one");
    /* One syllable met by sound beside a short word, against a spelling that is not pinyin. */
    static const char *const ONE_SYLLABLE[][2] = {{"존 케리", "John Kerry"}, {"잭 블랙", "Jack Black"}};
    expect_scores(ONE_SYLLABLE, COUNT(ONE_SYLLABLE), 0.80, 0.85, "one syllable beside a short word");
    static const char *const OTHER[][2] = {
        {"서영 김", "SONG KIM"},    /* 김 a one-syllable surname, no transcription */
        {"게리", "Gary"},           /* alone */
        {"서영 이", "JI SONG"},     /* seoyeong / song */
        {"지훈 류", "LIU, Jhon"},   /* jihun / jhon */
        {"성진 이", "JI, Songyan"}, /* seongjin / songyan */
        {"경희 장", "JANG GYONG"},
        {"아진 당", "CHEN, Dong"},   /* 당: a rare surname, one syllable, beside a given name */
        {"준호 서영 이", "JI, Sang Jun"}, /* two short ones beside the surname 이 */
        {"예 세훈", "JIE SHUN"},     /* one syllable met as spelled (ye / jie): a surname's */
        {"당 아진", "CHEN, Dong"},   /* one syllable met by sound, against pinyin */
        {"길 베리", "Gill Berry"},   /* 길 gil: a surname (吉), doubled as spelled */
        {"스즈키 이치로", "Ichiro Sasaki"}, {"승은혜", "SINKAM"}, /* 승: ㅡ with a final of its own */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A modern Chinese name in Hangul is written by its Mandarin sounds (자오웨이 jaowei / Zhao
 * Wei), not by the Sino-Korean reading of its characters (조미): as one word against two
 * pinyin words, it meets them at 0.90 when it is their spelling by the 외래어 표기법's table
 * (mandarin_hangul.h), with the glide some writers put after ㅈ (쟈오 for 자오), and otherwise as a
 * transcription (0.80-0.84), when they have a spelling no romanisation of Korean has; a Korean
 * name does not. */
static void chinese_names_in_hangul_by_their_sounds(void **state)
{
    (void)state;
    static const char *const SPELLED[][2] = {
        {"자오웨이", "Zhao Wei"},  {"저우룬파", "Zhou Runfa"},    {"장원웨", "Zhang Wenyue"},
        {"쟈오지핑", "Zhao Jiping"}, {"왕쥔", "Wang Jun"},       /* 쥔: no hanja reads so */
        {"저우허시", "Zhou Hexi"}, /* every syllable a hanja's, but zh and x pinyin's */
    };
    expect_scores(SPELLED, COUNT(SPELLED), 0.90, 0.90, "Mandarin in Hangul, the table's spelling");
    static const char *const HEARD[][2] = {{"조우룬파", "Zhou Runfa"}, {"저우룬바", "Zhou Runfa"}};
    expect_scores(HEARD, COUNT(HEARD), 0.80, 0.84, "Mandarin in Hangul, by sound");
    static const char *const OTHER[][2] = {
        {"자오웨이", "Zhao Min"},
        {"주서우", "SU, Zhao"}, /* 주 is a Korean surname: a Korean name */
        {"허융", "He Yong"},    /* the table's spelling, but a Korean name's syllables and letters */
        {"양위", "Yang Yu"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Korean writes the two words of a hyphenated foreign name as one (장바티스트 / Jean-Baptiste,
 * 한스위르겐 / Hans-Jürgen): a Hangul word of four syllables or more meets two Latin words read
 * together by sound, as one word would; one of three, which may be a Korean name with a rare
 * surname, does not. */
static void foreign_words_joined_in_hangul(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"장바티스트 베시에르", "Jean-Baptiste Bessières"},
        {"한스위르겐 슈툼프", "Hans-Jürgen Stumpff"},
        {"무함마드 사이드 알사하프", "Muhammad Saeed al-Sahhaf"},
        {"기도 데마르코", "Guido de Marco"},
        {"구스타프 폰 방겐하임", "Gustav von Wangenheim"}, /* 방겐하임 meets wangenheim alone: not joined */
    };
    expect_scores(SAME, COUNT(SAME), 0.82, 0.90, "two words joined in Hangul");
    static const char *const OTHER[][2] = {
        {"사재준", "The Surgeon"}, /* three syllables: a Korean name (사 a rare surname) */
        {"장바티스트 베시에르", "Jean-Pierre Bessières"},
        {"한스위르겐 슈툼프", "Hans Stumpff"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Korean name in Hangul, written as one word or two, meets its Latin spelling by any of the
 * usual systems: the surname as spelled by custom (Kim, Ri, Pak, Choe), the given name in
 * McCune-Reischauer or Revised Romanization, split in two; another given name does not. */
static void korean_names_meet_their_spellings(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"김정은", "KIM Jong Un"},     /* gimjeongeun: eo as o, eu as u */
        {"김 정은", "Kim Jong-un"},
        {"최룡해", "CHOE Ryong Hae"},  /* initial r */
        {"리수용", "RI Su Yong"},
        {"박봉주", "PAK Pong Ju"},     /* b as p, j as ch */
        {"김형태", "Kim Hyeong-tae"},  /* Revised Romanization */
        {"박찬우", "Park Chan-woo"},   /* customary: Park, woo for 우 */
        {"이세영", "Lee Se-young"},    /* young for 영 yeong */
        {"김영춘", "Kim Youngchoon"},
        {"김청", "Kim Chung"},         /* a one-syllable given name */
        {"오윤경", "Oh Yun-kyung"},    /* yungyeong is yun-gyeong, not yung-yeong */
        {"조현오", "Cho Hyun-oh"},     /* oh for 오 o */
        {"권영길", "Kwon Young-ghil"}, /* gh for ㄱ g */
        {"엄지원", "Uhm Ji-won"},      /* Uhm for 엄 eom (0.53 before) */
        {"김희정", "Kim Hee-jeong"},   /* hee for 희 hui */
        {"차귀현", "Cha Gui-hyun"},    /* gui for 귀 gwi */
        {"강근택", "Kang Keun-taik"},  /* ai for ㅐ ae */
        {"이태영", "Lee Tai-young"},
        {"홍혜경", "Hong Hei-kyung"},  /* ei for ㅖ after a consonant */
        {"고성현", "Seng-Hyoun Ko"},   /* e for ㅓ before a final ng */
        {"이임생", "Lee Lim-saeng"},   /* 임 as Lim: the South leaves the r out, the custom keeps it */
        {"김정렬", "Kim Chung-yul"},   /* 렬 as yul */
        {"전제억", "Jun Je-uk"},       /* jeeok split at its syllables: je eok */
        {"연제운", "Yeon Je-woon"},    /* jeun split: je un */
        {"어경준", "Ou Kyoung-Jun"},   /* 어 a surname, spelled Ou by custom (0.0 before) */
        {"창조리", "Chang Jo-ri"},     /* 창 a surname (0.0 before) */
        {"하태경", "Ha Tae-keung"},    /* keung for 경: ㅕ's y left out (0.42 before) */
        {"김연경", "Kim Yeon-Koung"},  /* koung for 경 */
        {"손 현미", "Shon Hyun-Me"},   /* me for 미 at the end */
    };
    expect_scores(SAME, COUNT(SAME), 0.90, 0.97, "a Korean name's spelling");
    static const char *const OTHER[][2] = {
        {"김정은", "KIM Jong Nam"}, {"김정은", "KIM Min Jun"}, {"김정은", "PARK Jong Un"}, {"박봉주", "PAK Pong Chol"},
        {"김청", "Kim Chang"}, {"김휘정", "Kim Hee-jeong"}, {"박위진", "Park Ui-jin"},
        {"이타영", "Lee Tai-young"}, {"강근택", "Kang Keun-tik"}, /* ai is ㅐ, not ㅏ nor ㅣ alone */
        {"홍해경", "Hong Hei-kyung"}, {"고생현", "Seng-Hyoun Ko"},  /* ei is ㅖ, not ㅐ; seng is not 생 saeng */
        {"이김생", "Lee Lim-saeng"},                              /* only r is left out */
        {"전제억", "Jun Jeo-uk"},                                 /* the break where the Hangul has it */
        {"어경준", "Oh Kyoung-Jun"}, {"창조리", "Chang Ho-ri"},    /* 어 is not 오; 조 not 호 */
        {"김형민", "Kim Heung-min"}, {"김경민", "Kim Kang-min"},  /* heung is 흥, not 형; only the y left out */
        {"김메", "Kim Mi"},                                       /* mi is not 메 */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Two neighbouring words join to meet a word that met one of them less well than its best
 * partner: 정 meets yeong by the cross-orthography key (j and y folded) but jeong better, so
 * yeong is free to join so for 소영 (0.42 before: 소영 left unmatched). Another order of the
 * syllables still does not meet. */
static void a_partner_met_better_elsewhere_is_free(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"정소영", "Jeong So-yeong"}, {"정민영", "Jeong Min-yeong"}, {"정영미", "Jeong Yeong-mi"}, {"장미양", "Jang Mi-yang"},
    };
    expect_scores(SAME, COUNT(SAME), 0.94, 0.95, "joined after a better partner");
    static const char *const OTHER[][2] = {
        {"정소영", "Jeong Yeong-so"}, {"정민영", "Yeong Min-jeong"}, {"장미영", "Yang Mi-jang"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Two words joined meet a word of three letters or fewer, an acronym or a syllable, only as
 * written (M R / MR): Ri Il, a Korean name, met RIL, an alias of the Russian Imperial Movement,
 * at 0.93 (riil folds to ril). Longer words meet by key and spelling as before (Al Qaida). */
static void joined_words_meet_no_acronym(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"Al Qaida", "ALQAIDA"}, {"Abu Bakr", "ABUBAKR"}, {"Li Na", "LINA"}};
    expect_scores(SAME, COUNT(SAME), 0.92, 0.94, "two words joined");
    assert_true(compare("MR Ahmadi", "M.R. Ahmadi") >= 0.95); /* mr as m+r, written so */
    static const char *const OTHER[][2] = {{"Ri Il", "RIL"}, {"Ri Il", "RUSSIAN IMPERIAL LEGION RIL"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Short transcribed words confirm one another unless the name may be a Korean one written
 * apart: a surname of one syllable beside words of one or two of hanja readings (준호 서영 이);
 * a word of three syllables or more beside it is a foreign name's, and so is the whole name
 * (라게라 beside 라, the Spanish la). */
static void a_long_word_makes_a_surname_syllable_foreign(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"아나 데 라 라게라", "Ana de la Reguera"}};
    expect_scores(SAME, COUNT(SAME), 0.90, 0.95, "a word of three syllables beside 라");
    static const char *const OTHER[][2] = {
        {"라 게리 베리", "Gary Berry"}, {"준호 서영 이", "JI, Sang Jun"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A word with a syllable no hanja reads (터, 앰, 빈스: sino_korean.h) is a foreign name's
 * transcription, and so is the whole name: a one-syllable surname beside it (반 van, 봉 Bon,
 * 길 Gill) does not make it a Korean name written apart, and its short transcribed words
 * confirm one another (피터 반 움 / Peter van Uhm scored 0: 피터 ~ peter 0.82 and 움 ~ uhm
 * 0.84, each waiting for the other). A name of hanja readings beside the surname stays
 * Korean (준호 서영 이), and the syllable's rule asks nothing of names met otherwise. */
static void a_syllable_no_hanja_reads_makes_a_surname_syllable_foreign(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"피터 반 움", "Peter van Uhm"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.86, "a syllable no hanja reads beside 반");
    /* 베 is no reading: a Korean surname beside a foreign given name transcribed (an American
     * Kim's), no longer taken for a Korean name written apart (no alert before). */
    static const char *const KOREAN_AMERICAN[][2] = {{"김 게리 베리", "Gary Berry Kim"}};
    expect_scores(KOREAN_AMERICAN, COUNT(KOREAN_AMERICAN), 0.85, 0.90, "a surname beside a transcription");
    static const char *const OTHER[][2] = {
        {"준호 서영 이", "JI, Sang Jun"}, /* every syllable a hanja reading: a Korean name */
        {"피터 반 움", "Peter van Ohm"},  /* 움 / ohm: no pair to confirm 피터 */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Korean surname of one syllable that writes a foreign name's word (조 Joe, 장 Jean, 리 Leigh,
 * 진 Gene) meets it by sound where the name is shown foreign: a long word met by sound beside
 * it, or two short words beside a word of three syllables (0.42-0.56 before: the syllable was
 * never compared by sound). A Korean name written apart (조 민수) gets no such pair, nor does a
 * spelling a diphthong off (진 / Jane: 제인), and 천 still meets Chen by its spelling. */
static void a_surname_syllable_in_a_foreign_name(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"조 매카시", "Joe McCarthy"},        {"장 바티스트 페랭", "Jean Baptiste Perrin"},
        {"진 해크먼", "Gene Hackman"},        {"리처드 헨리 리", "Richard Henry Lee"},
        {"카일러 리", "Chyler Leigh"},        {"제니퍼 제이슨 리", "Jennifer Jason Leigh"},
    };
    expect_scores(SAME, COUNT(SAME), 0.82, 0.85, "a surname syllable in a foreign name");
    static const char *const OTHER[][2] = {
        {"조 민수", "Joe Mason"},   {"조 민수", "Joe Minsu"},       {"진 해크먼", "Jane Hackman"},
        {"조 매카시", "Joy McCarthy"}, {"장 서영 매카시", "Jean McCarthy"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    static const char *const CHINESE[][2] = {{"천후아", "Chen Hua"}};
    expect_scores(CHINESE, COUNT(CHINESE), 0.88, 0.90, "천 / Chen by its spelling");
}

/* English names in Hangul written by the 외래어 표기법: the schwa and a vowel before an unsaid r
 * as 어, letters English leaves unsaid left out (0 or 0.41-0.43 before: 조세핀 헐 and 하워드 스턴
 * met nothing). Another name of the same sounds but for a vowel Korean would write otherwise
 * does not meet (Hall is 홀, Kirk 커크, Harold 해럴드). */
static void english_names_in_hangul(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"조세핀 헐", "Josephine Hull"}, {"이언 스튜어트", "Ian Stewart"}, {"하워드 스턴", "Howard Stern"},
        {"존 휴스", "John Hughes"},     {"로버트 본", "Robert Vaughan"}, {"아널드 파머", "Arnold Palmer"},
        {"데버러 커", "Deborah Kerr"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.86, "English in Hangul");
    static const char *const OTHER[][2] = {
        {"하워드 스턴", "Harold Stern"}, {"조세핀 헐", "Josephine Hall"}, {"이언 스튜어트", "Ivan Stewart"},
        {"데버러 커", "Deborah Kirk"},   {"아널드 파머", "Arnold Palmieri"}, {"론 하워드", "Ron Hayward"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Brazilian names in Hangul as Brazil says them (readings.h, cdn_readings_brazilian: 0.42-0.65
 * before); a Chinese transcription is not read so (米契 met Nissl by its final l as u). */
static void brazilian_names_in_hangul(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"다니엘 다 시우바", "Daniel da Silva"},
        {"카를루스 소아리스 가히트", "Carlos Soares Garrit"},
        {"이지스 바우베르지", "Ísis Valverde"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.95, "Brazilian in Hangul");
    static const char *const OTHER[][2] = {
        {"米契", "Nissl"}, {"다니엘 다 시우바", "Daniel da Salvi"}, {"다니엘 다 시우바", "Daniel da Silber"}, {"이지스 바우베르지", "Ísis Valverra"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Western names written by the 외래어 표기법's tables (readings.h, transcription.c): a final iah
 * and are as 아이어 and 에어, -shire and ae for the schwa as 어, a w both sides write, Portuguese
 * nh as 뉴, a French e muet as 으 between two of one consonant, French geo as 조. Each scored 0
 * before (0.67 for 조르주 오귀스트 쿠통, whose 오귀스트 the English label leaves out). Another
 * name of like sounds whose vowels Korean would write otherwise does not meet. */
static void loanword_orthography_in_hangul(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"머라이어 캐리", "Mariah Carey"}, {"레이철 핀치", "Rachael Finch"}, {"제시 웨어", "Jessie Ware"},
        {"잭 윌셔", "Jack Wilshere"},      {"르로이 페르", "Leroy Fer"},      {"조르주 쿠통", "Georges Couthon"},
        {"호비뉴 소자", "Robinho Souza"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.86, "loanword orthography");
    static const char *const OTHER[][2] = {
        {"머라이어 캐리", "Maria Carey"}, {"제시 웨어", "Jessie Weir"}, {"잭 윌셔", "Jack Walsh"},
        {"르로이 페르", "Lerner Fer"},    {"카를 하인", "Karel Hein"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A native Chinese, Japanese or Korean name written as one word is not a transcription: its
 * sound classes alone do not make it a foreign name (all of these alerted at 0.85); a foreign
 * name beginning with a rarer surname syllable still is one. */
static void native_names_are_not_transcriptions(void **state)
{
    (void)state;
    static const char *const OTHER[][2] = {
        {"박유민", "Bourkhan"}, {"최지수", "Jags"},      {"문준혁", "Makanika"},
        {"刘子欣", "Walijan"},  {"黄俊杰", "Makanika"},  {"林明軒", "AlNasim"},
        {"中村ひなた", "Junjun"}, {"松本ハル", "Zeynabiyyun"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    static const char *const SAME[][2] = {
        {"제임스 폭스", "James Fox"}, /* 제 is a surname, not one of the commonest */
        {"게리 베리", "Gary Berry"},   /* two short words confirm each other */
        {"존 그리빈", "John Gribbin"}, /* one syllable that is no surname (존 jon), beside a long one */
        {"제이크 데커드", "Jake Deckard"}, /* the ㅡ of 크 keu left out */
        {"커크 해밋", "Kirk Hammett"},   /* a final ㅅ is t: 해밋 haemis */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "sounds");
}

/* A Ukrainian or Belarusian given name meets its Russian form (OFAC lists them as a.k.a.s of
 * one another); a surname is still needed. */
static void east_slavic_given_names_meet(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"KUSYUK, Serhiy", "KUSIUK, Sergey"},
        {"SLIZHEUSKI, Aleh Leanidavich", "SLIZHEVSKY, Oleg Leonidovich"},
        {"ANTONOV, Volodymyr Mykolayovych", "ANTONOV, Vladimir Nikolaevich"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.95, "name form");
    static const char *const OTHER[][2] = {{"Serhiy Kusyuk", "Sergey Ivanov"}, {"Olena Petrenko", "Olga Petrenko"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* Short forms of other languages, as OFAC gives them for the name itself; each is one
     * name's, and the surname still has to agree. */
    static const char *const SHORT[][2] = {
        {"AJAKA, Antoine", "AJAKA, Tony"},
        {"AYERAS, Ricky", "AYERAS, Ricardo"},
        {"GONZALEZ QUIRARTE, Lalo", "GONZALEZ QUIRARTE, Eduardo"},
        {"SHUSHANASHVILI, Kakha", "SHUSHANASHVILI, Kakhaber"},
    };
    expect_scores(SHORT, COUNT(SHORT), 0.90, 0.98, "name form");
    static const char *const NOT_SHORT[][2] = {{"Tony Ajaka", "Eduardo Ajaka"}, {"Ricky Ayeras", "Frederick Ayeras"},
                                               {"Lalo Gonzalez", "Lalo Ramirez"}};
    expect_no_alerts(NOT_SHORT, COUNT(NOT_SHORT));
}

/* A Chinese name in Han meets a Chinese name in pinyin by its syllables: jiang is not yang,
 * cheng is not chen (synthetic-US false alarms); Wade-Giles onsets and foreign names
 * transcribed into two characters still meet. */
static void chinese_names_meet_by_syllables(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"张 伟", "Chang Wei"},  /* Wade-Giles ch for zh */
        {"曾 文", "Tseng Wen"},  /* ts for z */
        {"伊娃", "Iva"},         /* a transcription: yiwa */
        {"漢斯", "Hans"},        /* hansi, by edit distance */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.97, "a Chinese name's spelling");
    /* A two-character transcription whose Latin spelling is not pinyin meets it by sound,
     * though the onsets differ (希 xi for si). */
    static const char *const HEARD[][2] = {{"希戈", "Sigge"}};
    expect_scores(HEARD, COUNT(HEARD), 0.80, 0.85, "sounds");
    static const char *const OTHER[][2] = {
        {"成 王", "Wang Chen"},      /* cheng / chen: a letter apart */
        {"萍 许", "Bing Xu"},        /* ping / bing */
        {"姜 建平", "Yang Jianping"}, /* jiang / yang: the same key */
        {"周 斌", "Su Bin"},         /* zhou / su */
        {"淑英 蒋", "Sung Nam JANG"}, /* sung: one syllable, Korean, not pinyin */
        {"吉娜", "Gina Jiang"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Two Han characters that are both of those Chinese transcribes foreign names with (the Xinhua
 * table) meet a Latin spelling that is not pinyin by sound, whatever its onset and length:
 * before, the onset rule turned away 泰勒 taile / Taylor and 格林 gelin / Green, and the
 * syllable count 卡尔 kaer / Karl. A native given name (秀 is not in the table) and a pinyin
 * spelling (mile: another Chinese name) still do not meet. */
static void short_transcriptions_of_table_characters(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"泰勒", "Taylor"}, {"格林", "Green"}, {"卡尔", "Karl"}, {"亨特", "Hunt"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds");
    static const char *const OTHER[][2] = {
        {"秀英", "Shirin"}, /* 秀: a native given name */
        {"王 米勒", "WANG Mile"}, /* mile: pinyin, beside a surname another Chinese name */
        {"亨特", "Hendrix"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* Four characters or more with one outside the table (闵, 魏) meet by their vowels too,
     * without a partner; three with no character that writes a consonant alone (陸明哲) may be
     * a native name, and need one. */
    static const char *const LONG[][2] = {{"闵可夫斯基", "Minkowski"}, {"魏尔斯特拉斯", "Weierstrass"}};
    expect_scores(LONG, COUNT(LONG), 0.80, 0.84, "sounds");
    static const char *const THREE[][2] = {{"陸明哲", "LUMINSA"}, {"欧阳明华", "Oyama"}};
    expect_no_alerts(THREE, COUNT(THREE));
    /* Pinyin x stands for a foreign h (希 xi for hi): xierdun is heard as ierdun. */
    static const char *const X_IS_H[][2] = {{"希尔顿", "Hilton"}, {"希特勒", "Hitler"}};
    expect_scores(X_IS_H, COUNT(X_IS_H), 0.80, 0.84, "sounds");
    static const char *const NOT_H[][2] = {{"希尔顿", "Milton"}};
    expect_no_alerts(NOT_H, COUNT(NOT_H));
    /* A Latin kh is written h (Chinese, Japanese and Korean have no velar fricative but h). */
    static const char *const KH[][2] = {{"普罗霍罗夫", "Prokhorov"}, {"米哈伊尔", "Mikhail"}, {"ミハイル", "Mikhail"}};
    expect_scores(KH, COUNT(KH), 0.80, 0.84, "sounds");
    static const char *const NOT_KH[][2] = {{"米哈伊尔", "Mikhalkov"}};
    expect_no_alerts(NOT_KH, COUNT(NOT_KH));
    /* One consonant: Chinese hears the vowels more loosely than Japanese and Korean do. */
    static const char *const ONE[][2] = {{"荷马", "Homer"}};
    expect_scores(ONE, COUNT(ONE), 0.80, 0.84, "sounds");
    static const char *const NOT_ONE[][2] = {{"荷马", "Hume"}};
    expect_no_alerts(NOT_ONE, COUNT(NOT_ONE));
    /* The table's ai, ei for a foreign e and uo, ou, ao for an o (埃 ai for e); not for a
     * native name, and an initial is no spelling. */
    static const char *const FOLDED[][2] = {{"埃里克", "Eric"}};
    expect_scores(FOLDED, COUNT(FOLDED), 0.80, 0.84, "sounds");
    static const char *const NOT_FOLDED[][2] = {{"埃里克", "Alex"}, {"加藤 愛莉", "KATO, L."}};
    expect_no_alerts(NOT_FOLDED, COUNT(NOT_FOLDED));
}

/* A Han transcription's first syllable writes a fixed set of first letters (han_initials.h): a
 * syllable without an initial consonant (埃 ai, 阿 a, 烏 wu, 沃 wo) a vowel, y, j, w, v or an
 * unwritten h, a p syllable a p, an f one an f, v or ph. It meets no spelling that begins
 * otherwise, though their sound classes agree (埃格蘭 aigelan, k l n / Crown 0.85, 普拉文
 * pulawen / Burman 0.85, 韋斯 weisi / Jessi 0.84 on main 54b1860), and still meets those it
 * writes; the sibilants, affricates and h write theirs too (華沙斯基 huashasiji / CASIC 0.82,
 * 斯库曼 sikuman / SHUMAN 0.84 on main e3c165c; Spanish j and g, Turkish c: 胡安娜 / Juana). */
static void han_initials_write_fixed_letters(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"埃格蘭", "Egeland"},   {"阿雅什", "Ayache"},   {"烏爾斯", "Uhls"},      {"沃波爾", "Walpole"},
        {"恩迪亚耶", "N'Diaye"}, {"耶卡斯", "Gekas"},    {"維多夫羅", "Huidobro"}, {"埃里克", "Eric"},
        {"普拉文", "Pravind"},   {"法威爾", "Falwell"},  {"菲利帕", "Philippa"},   {"柏斯利", "Bosley"},
        {"韋斯", "Waithe"},      {"甘比斯", "Camps"},    {"比傑安", "Vijayan"},
        {"胡安娜", "Juana"},     {"堅吉茲", "Cengiz"},   {"希纳斯特拉", "Ginastera"}, {"薩拉特", "Zarate"},
        {"赫羅諾", "Gerono"},    {"華盛頓", "Washington"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "sounds");
    static const char *const APART[][2] = {
        {"埃格蘭", "Crown"},  {"埃格蘭", "Garang"}, {"阿雅什", "Waseem"}, {"烏爾斯", "Ferras"}, {"埃阿尼什", "Nishwan"},
        {"普拉文", "Burman"}, {"普拉文", "Vilhelm"}, {"法威爾", "Papert"}, {"柏斯利", "Fitzroy"}, {"韋斯", "Jessi"},
        {"華沙斯基", "CASIC"}, {"斯库曼", "SHUMAN"}, {"乔伊娜", "SHONA"}, {"汉内洛蕾", "ENERGOOIL"},
    };
    expect_scores(APART, COUNT(APART), 0.0, 0.0, "another initial's syllable");
}

/* Two characters of the transcription table that are the whole name meet a one-word Latin name
 * that is pinyin in shape as a transcription (雷諾 leinuo / Reno: re no; 安妮 anni / Anne: an ne),
 * which the pinyin rules turned away; beside another word they are more often a Chinese given
 * name, and a pinyin spelling another one (明杰 mingjie / Minzhe). */
static void lone_han_words_meet_pinyin_shaped_names(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"雷諾", "Reno"}, {"安妮", "Anne"}, {"莫西", "Mosi"}, {"尼爾", "Nile"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "one word each");
    static const char *const OTHER[][2] = {
        {"王 明杰", "WANG Minzhe"}, /* a Chinese name: the given names are a syllable apart */
        {"王明杰", "WANG Minzhe"},
        {"秀英", "Shiying"}, /* 秀: no transcription character */
        {"雷諾", "Reno Smith"},
        {"莫西", "Mao"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Liberties of the Chinese transcriptions: a liquid closing a syllable left out (沃顿 wodun /
 * Walton), 什 read shi as the tables write it for sh (布什 / Bush; ICU romanises it shen), a
 * syllable's r for the French j and soft g (热内 renei / Genet, 若泽 ruoze / José); and two
 * characters outside the table, the whole name, against a Latin word of two or three syllables
 * that is not pinyin (藍儂 lannong / Lennon), not against an acronym (操阳 caoyang / CJNG) nor
 * beside another word. */
static void chinese_transcription_liberties(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"沃顿", "Walton"}, {"布什", "Bush"}, {"热内", "Genet"}, {"若泽", "José"}, {"藍儂", "Lennon"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds");
    static const char *const OTHER[][2] = {
        {"操阳", "CJNG"}, {"班涛", "Bont"}, {"藍儂 王", "Lennon Wang"}, {"布什", "Bushra"}, {"热内", "Renata"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* The vowel Chinese adds after a spelling's final consonant is the script's, and costs a
 * forgiven hundredth (transcription.c): 派普特 paipute / Papert, 加齐迪斯 jiaqidisi / Gazidis, 安普尔特 / Appelt,
 * 柯普 kepu / Koepp meet, where that vowel and one other liberty had cost more than the bar. A
 * spelling that ends in a vowel of its own or stops a syllable short does not: Pape, Piper,
 * Gazid; and the cost of that vowel is the same for kana, which writes no such syllable. Two
 * pairs this file kept apart now meet at the bar: 埃里克 / Alec (0.81, as Alick did already)
 * and 卢卡申科 / Lukashevich (0.80): a vowel or a consonant off, which the rest of the bar
 * allows once the last vowel is free (BENCHMARKS.md, session 18, branch chinese). */
static void chinese_final_vowel_free(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"派普特", "Papert"}, {"加齐迪斯", "Gazidis"}, {"安普尔特", "Appelt"}, {"柯普", "Koepp"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.82, "sounds");
    static const char *const OTHER[][2] = {{"派普特", "Pape"}, {"派普特", "Piper"}, {"加齐迪斯", "Gazid"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
    assert_true(cdn_transcription_align_cost("bAbUtE", "bAbUt", CDN_SYLLABARY_HAN) < 0.02);
    assert_true(cdn_transcription_align_cost("bAbUtE", "bAbUt", CDN_SYLLABARY_KANA) > 0.1);
    assert_true(cdn_transcription_align_cost("bAbUtE", "bAbU", CDN_SYLLABARY_HAN) >= 1.0);
    /* After an n (m, n and ng are one sound class) the vowel is the name's: Chinese closes a
     * syllable with n (安 an for Ann), so 安娜 anna writes Anna, and a wrong name ending in
     * n must not outrank the right one (龐諾 pangnuo / Pfann). */
    assert_true(cdn_transcription_align_cost("bAnA", "bAn", CDN_SYLLABARY_HAN) >= 0.15 - 1e-9);
}

/* The syllable 尔/爾 er after another writes a foreign l or r alone (霍爾 huoer / Hall, 戈特沙爾克
 * geteshaerke / Gottschalk): its e is the script's, read away with the table's other vowels
 * (transcription.c, pinyin_vowels_folded). The vowel before it still counts: not Hill, and
 * the syllables must still be there: not Haller. */
static void chinese_er_after_a_syllable(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"霍爾", "Hall"}, {"戈特沙爾克", "Gottschalk"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.82, "sounds");
    static const char *const OTHER[][2] = {{"霍爾", "Hill"}, {"霍爾", "Haller"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Two readings the Xinhua table gives characters whose pinyin says otherwise (transcription.c,
 * pinyin_respelled): 约 yue writes the syllable jo, yo (约翰逊 / Johnson, 约克 / York), and
 * 茨 ci, the table's ts alone, says its t (盖茨 / Gates). The vowels and the other consonants
 * still count: not Johnston, not Gatti. */
static void han_readings_of_the_table(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"约翰逊", "Johnson"}, {"约克", "York"}, {"盖茨", "Gates"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds");
    static const char *const OTHER[][2] = {{"约翰逊", "Johnston"}, {"盖茨", "Gatti"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Two more sounds of the Xinhua tables that pinyin writes otherwise (transcription.c,
 * pinyin_vowels_folded and compare_readings): a final 恩 en after a vowel or an n writes the
 * name's final n alone (林恩 linen / Lynn, 津恩 / Zinn), not a syllable of its own; and a
 * syllable's r writes the Russian zh (ж) as it writes the French j (热尼亚 reniya / Zhenya,
 * 鲍日娜 / Božena). The other sounds still count: not Lena, Linda, Wayne. A final nen after an
 * n is 嫩 nen, a syllable of its own (Wikidata's 丹嫩 / Dennen, 布蘭嫩 / Brannen): not Dan,
 * Brann. */
static void han_final_n_and_zh(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"林恩", "Lynn"}, {"津恩", "Zinn"}, {"贊恩", "Zene"},
                                          {"热尼亚", "Zhenya"}, {"鲍日娜", "Božena"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "sounds");
    static const char *const OTHER[][2] = {{"林恩", "Lena"}, {"林恩", "Linda"}, {"沃恩", "Wayne"},
                                           {"丹嫩", "Dan"},  {"布蘭嫩", "Brann"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Pinyin writes the syllable u alone wu, its w no sound (transcription.c, pinyin_vowels_folded):
 * 烏維科 wuweike is Ubico, 烏維斯塔德 Ulvestad. The rest must still agree: not Vico, Bico. */
static void han_wu_is_u(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"烏維科", "Ubico"}, {"烏維斯塔德", "Ulvestad"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds");
    static const char *const OTHER[][2] = {{"烏維科", "Vico"}, {"烏維科", "Bico"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Words of Hong Kong's and Taiwan's transcription characters (transcription.c,
 * TRANSCRIPTION_HAN_REGIONAL) are transcriptions, met by their sounds: 佈雷農 / Brenon (佈 for
 * 布), 羅比遜 / Robison (遜 son), 伽利莱 / Galilei (伽 ga), and now by their classes too (威尔逊
 * / Wilson, 0.85). Not a name of other sounds. */
static void han_regional_characters(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"佈雷農", "Brenon"}, {"羅比遜", "Robison"}, {"伽利莱", "Galilei"}, {"威尔逊", "Wilson"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.85, "sounds");
    static const char *const OTHER[][2] = {{"佈雷農", "Brennick"}, {"羅比遜", "Roberts"}, {"伽利莱", "Gallagher"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* An English vowel in an open syllable says its name, as the transcriptions hear it: a as ei
 * (에이미 eimi / Amy), y as ai; a spelling with another vowel there still does not meet. */
static void english_open_syllables_heard(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"에이미", "Amy"}, {"ライアン", "Ryan"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds");
    static const char *const OTHER[][2] = {{"에이미", "Andy"}, {"에이미", "Annie"}, {"에이미", "Amos"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A word of three Han characters with one outside the transcription table is a transcription
 * when its first character is a table character and no common Chinese surname (狄更斯 digengsi /
 * Dickens: 更; 威廉森 weiliansen / Williamson: 廉): it meets by its sounds without a partner. A native
 * name begins with its surname (林大雅 / LINDA: 林; 陸明哲 / LUMINSA: 陸 outside the table too),
 * and a rare surname is mostly outside the table (侍依诺 / Chino: 侍). A surname first is a
 * transcription too when a character after it writes a consonant alone, which no Chinese
 * given name does (魏斯曼 weisiman / Weismann: 斯 s; 李普曼 / Lippmann: 普 p; 蔡爾德 / Child:
 * 爾 l; 刘维尔 / Liouville); the vowels must still agree (李普曼 is not Lipman's neighbour
 * Lopez, 蔡爾德 not Chad). Not 克 nor 儿, which Chinese given names take for their meaning
 * (马克勤 / MAKIN, 吕克礼 / LUKOIL, 马婉儿 / MANAURE alerted so). */
static void three_han_characters_but_one_by_their_first(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"狄更斯", "Dickens"}, {"威廉森", "Williamson"}, {"威灵顿", "Wellington"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds");
    static const char *const SURNAME_FIRST[][2] = {
        {"魏斯曼", "Weismann"}, {"李普曼", "Lippmann"}, {"蔡爾德", "Child"}, {"刘维尔", "Liouville"},
    };
    expect_scores(SURNAME_FIRST, COUNT(SURNAME_FIRST), 0.80, 0.84, "sounds");
    static const char *const OTHER[][2] = {
        {"林大雅", "LINDA"}, {"陸明哲", "LUMINSA"}, {"侍依诺", "Chino"}, {"嚴紹齊", "ANSC"},
        {"李普曼", "Lopez"}, {"蔡爾德", "Chad"},   {"马克勤", "MAKIN"}, {"吕克礼", "LUKOIL"},
        {"马婉儿", "MANAURE"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A word of Han characters all but one of the transcription table is heard with the table's
 * vowels too (ao as o, ai as e), as one of the table alone is: 奧白朗 aobailang / Oberon, 艾蜜莉
 * aimili / Emeli; the consonants must still agree (not Orban), and the vowels (not Amalie). */
static void han_but_one_heard_with_the_table_vowels(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"奧白朗", "Oberon"}, {"艾蜜莉", "Emeli"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.84, "sounds");
    static const char *const OTHER[][2] = {{"奧白朗", "Orban"}, {"艾蜜莉", "Amalie"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Two consonant classes in common make a full match only when neither word has another
 * consonant left unmatched (abjad_evidence.h): كوكس / Cox (k s, the second k the first again),
 * يوسف / Jusuf (a j read as y) do; حزب / Josef (ح unmatched), معاذ / Ahmad (the Latin h), يامن /
 * Man (an initial y on one side) are weak pairs, which alone do not alert. */
static void abjad_two_classes_need_the_whole_word(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"كوكس", "Cox"}, {"بابكوك", "Babcock"}, {"ياداف", "Jadhav"}, {"يوسف", "Jusuf"}, {"عمر", "Omar"},
        {"اليعقوبي", "Yaacoubi"}, /* the article, then an initial y on both sides */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "two classes, nothing else");
    static const char *const OTHER[][2] = {
        {"حزب", "Josef"}, {"معاذ", "Ahmad"}, {"يامن", "Man"}, {"حزب الله", "Josef Gil"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A regnal number written out (השני, الثاني, второй) meets the Roman numeral, and titles and
 * "of" are weak words that meet each other when both names carry one (מלך איטליה, king of
 * Italy, against "of Italy"); another number is another holder of the name. */
static void regnal_numbers_and_titles_are_weak(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"אומברטו השני, מלך איטליה", "Umberto II of Italy"}, {"פסקל השני", "Paschal II"},
        {"רעמסס הראשון", "Ramesses I"}, {"فيصل الثاني", "Faisal II"}, {"Николай Второй", "Nicholas II"},
        {"ג'ורג' אנסון, ברון אנסון הראשון", "George Anson, 1st Baron Anson"},
        {"لويس الرابع عشر", "Louis XIV"}, /* an ordinal of two words */
        {"나폴레옹 3세", "Napoleon III"}, {"ナポレオン 3世", "Napoleon III"}, /* Korean and Japanese */
        {"메이지 천황", "Meiji"}, {"明治 天皇", "Meiji"}, /* 천황, 天皇: the Japanese emperor */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.95, "a regnal number and a title");
    static const char *const OTHER[][2] = {
        {"הנרי החמישי", "Henry IV"}, {"Louis XIV", "Louis XV"}, {"אומברטו השני", "Umberto I"},
        {"Queen Mary", "Queen Elizabeth"}, {"لويس الرابع عشر", "Louis IV"}, {"엘리자베스 2세", "Elizabeth III"},
        {"메이지 천황", "Taisho"},
        /* Xi and Vi are names, not weak numerals: Xi Jinping once met Jinping alone at 0.86 */
        {"Xi Jinping", "Jinping"}, {"Wang Xi", "Wang"}, {"Nguyen Vi", "Nguyen"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A regnal number met (로버트 1세 / Robert I) says both name a ruler of that number: the words
 * of the name after it (the realm, an epithet, a title: of Scotland, Theos, Duke of Swabia)
 * and the query's titles (교황, pope) weigh as a middle name does (score.c: regnal_styles), and
 * N세 shows the Hangul name foreign, so that its short words count (cjk_pairs.h: 헨리 6세).
 * Wikidata Korean rows 3,000-8,000. Another number is another ruler still. */
static void regnal_number_makes_the_style_optional(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"로버트 1세", "Robert I of Scotland"}, {"카롤 1세", "Carol I of Romania"},
        {"안티오코스 2세", "Antiochus II Theos"}, {"오토 1세", "Otto I, Duke of Swabia and Bavaria"},
        {"교황 마르티노 5세", "Martin V"}, {"교황 베네딕토 2세", "Benedict II"},
        {"에드워드 3세", "Edward III of England"}, {"헨리 6세", "Henry VI"},
        {"Louis XV", "Louis XV of France"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.00, "a regnal number and the ruler's style");
    static const char *const OTHER[][2] = {
        {"에드워드 3세", "Edward II of England"}, {"로버트 1세", "Robert II of Scotland"},
        {"교황 마르티노 5세", "Martin IV"}, {"Louis XIV", "Louis XV of France"},
        {"로버트", "Robert I of Scotland"}, {"헨리", "Henry VI"}, /* no number met */
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    /* and the explanation says which words weighed little, and why */
    static const char *const SAID[][3] = {
        {"로버트 1세", "Robert I of Scotland", "scotland unmatched in name (a ruler's style, optional)"},
        {"교황 마르티노 5세", "Martin V", "교황 unmatched in query (a ruler's style, optional)"},
    };
    for (size_t i = 0; i < COUNT(SAID); i++) {
        double score = 0.0;
        char why[512];
        assert_int_equal(cordon_compare_explain(NULL, SAID[i][0], SAID[i][1], CORDON_SCHEMA_PERSON, &score, why,
                                                sizeof why), CORDON_OK);
        if (!strstr(why, SAID[i][2]))
            fail_msg("%s / %s explained as: %s", SAID[i][0], SAID[i][1], why);
    }
}

/* A patronymic after a regnal number (Ivan IV Vasilyevich) is left out as a patronymic, once:
 * the name scores as it would without it (score.c: score_aligned drops its weight), not higher.
 * regnal_styles once took its weight off a second time, as a ruler's style: 이반 4세 scored 0.94
 * against Ivan IV Vasilyevich and 0.87 against Ivan IV. */
static void regnal_style_is_no_patronymic(void **state)
{
    (void)state;
    static const char *const PAIRS[][3] = {
        {"이반 4세", "Ivan IV Vasilyevich", "Ivan IV"},
        {"바실리 2세", "Vasily II Vasilyevich", "Vasily II"},
    };
    for (size_t i = 0; i < COUNT(PAIRS); i++) {
        double with = compare(PAIRS[i][0], PAIRS[i][1]), without = compare(PAIRS[i][0], PAIRS[i][2]);
        if (fabs(with - without) > 1e-9)
            fail_msg("%s / %s: %.4f, but %.4f without the patronymic", PAIRS[i][0], PAIRS[i][1], with, without);
    }
}

/* A name analysed without a transliterator (analyze.h allows it) is not romanised, whatever
 * its script; the Japanese reading once read through the missing one and crashed. */
static void analysis_without_a_transliterator(void **state)
{
    (void)state;
    static const char *const NAMES[] = {"Путин", "山田太郎", "やまだ", "حزب الله"};
    for (size_t i = 0; i < COUNT(NAMES); i++) {
        cdn_analyzed a;
        cdn_analyzed_init(&a);
        assert_int_equal(cdn_analyze_name(&a, NULL, NAMES[i], strlen(NAMES[i]), CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
        cdn_analyzed_finish(&a);
        assert_true(a.tokens.len > 0);
        cdn_analyzed_free(&a);
    }
}

/* The vowel letters an abjad writes inside a word (و ו, ي י, an Arabic alif) must have a
 * vowel or consonant the Latin spelling can spell them with, whatever consonants the two
 * share (abjad_evidence.h): عاشور ashwr is no Izair, سوبا swba no Capi, اسامة asamt no
 * Smooth (one skeleton, smt); but ו is the a of an English all, ני the gn of an Italian, and
 * an alif the a of a French oi. */
static void abjad_vowel_letters_must_agree(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"בול", "Ball"}, {"קניוטו", "Cagnotto"}, {"بواني", "Boigny"}, {"דוד", "David"}, {"اسامة", "Usama"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "vowel letters that agree");
    static const char *const OTHER[][2] = {{"عاشور", "Izair"}, {"سوبا", "Capi"}, {"اسامة", "Smooth"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Cyrillic writes every vowel: a word that meets a Latin spelling by its consonant skeleton
 * alone must not have, between the same two consonants, a у where the spelling has no u, o,
 * w or v, an о where it has no o, a, u or w, an и where it has no i, e or y (vowel_gaps.h):
 * Путин / Petion (u, e) are two names; Худт / Hoedt, Маддок / Muddock, Рендал / Randal are
 * one each. Nor may it write a consonant again after a vowel where the spelling does not: the
 * skeleton reads Антонина as Anton (it met it at 0.85, "consonants"), Վարդանյան as Rodina.
 * Nor begin or end with a vowel the spelling has no letter for (faker: Ефрем Родионов met
 * FIRMA VEARDON OOO at 0.84, Вероника Казакова met CESIC, Ranko at 0.85). */
static void cyrillic_skeleton_vowels_must_agree(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Худт", "Hoedt"}, {"Маддок", "Muddock"}, {"Рендал", "Randal"}, {"Форшоу", "Forshaw"},
        {"Блейк", "Blake"}, /* a final Latin vowel Russian does not write */
        {"Челси", "Chelsea"}, /* ch read as the skeleton reads it on both sides */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "one skeleton, vowels that agree");
    static const char *const OTHER[][2] = {
        {"Путин", "Petion"}, {"Путин", "Patton"}, {"Антонина", "Anton"}, {"Վարդանյան", "Rodina"},
        /* a vowel before the first consonant or after the last that the spelling lacks */
        {"Ефрем Родионов", "FIRMA VEARDON OOO"}, {"Вероника Казакова", "CESIC, Ranko"},
        /* ch is the skeleton's s: Kovalchuk is k l s k, and Колишевски writes its s twice */
        {"Кирил Колишевски", "KOVALCHUK, Kirill Mikhailovich"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    static const char *const REPEATED[][2] = {{"Антонина", "Antonina"}, {"Деде", "Dede"}};
    expect_scores(REPEATED, COUNT(REPEATED), 0.95, 1.0, "a consonant written again on both sides");
}

/* Russian practice for English, French, German and Italian names (readings.c): the readings
 * it adds meet the transcriptions; names close in letters but not read so do not. */
static void russian_practice_read_aloud(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Франсуа", "Francois"}, {"Поли", "Pawley"}, {"Уит", "Wheat"},       {"Свит", "Sweet"},
        {"Зюсс", "Suess"},       {"Чоччо", "Cioccio"}, {"Боккаччо", "Boccaccio"}, {"Элли", "Alley"},
        {"Компаньуччи", "Compagnucci"}, {"Чачич", "Čačić"}, {"Мармаджи", "Marmaggi"}, {"Дюрринже", "Durringer"},
        {"Бимпати", "Binpachi"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "read as Russian writes it");
    static const char *const OTHER[][2] = {
        {"Свит", "Swift"}, {"Поли", "Powell"}, {"Франсуа", "Francesco"}, {"Чоччо", "Ciocca"}, {"Радическа", "Radoicic"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A word of one or two consonants read aloud must have the reading's vowels (vowel_gaps.h):
 * Холл is Hall and Hull read as English (kholl / khall, khull: a Russian о for an English a
 * or u), not Hill (khill). A surname's -ov is a consonant the skeleton drops: Антонов met
 * Anton and Antona by it (0.85, "consonants"). */
static void short_words_read_aloud_keep_their_vowels(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"Холл", "Hall"}, {"Халл", "Hull"}, {"Уэдд", "Wedd"}, {"Хоуи", "Howie"}, {"Елена", "Olena"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.95, "a short word read aloud");
    static const char *const OTHER[][2] = {
        {"Холл", "Hill"}, {"Хилл", "Hull"}, {"Антонов", "Anton"}, {"Антонов", "Antona"}, {"Иванов", "Ivan"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
    static const char *const SURNAMES[][2] = {{"Антонов", "Antonov"}, {"Антонов", "Antonow"}, {"Иванова", "Ivanova"}};
    expect_scores(SURNAMES, COUNT(SURNAMES), 0.90, 1.0, "a surname with its -ov");
}

/* A single consonant class in common counts, as a weak pair, only where the two words also
 * begin alike (abjad_evidence.h): with a vowel on both sides (an alef or ayin; a French
 * silent h: אנרי / Henri), with one letter's consonants (חואן / Juan, a Spanish j), or a yod
 * read as i (יצחק / Isaac); הדסה / Duc and علي / Hala begin apart. */
static void abjad_weak_pairs_begin_alike(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"משה ינאי", "Moshe Yanai"}, {"חואן מנדז", "Juan Mendez"}, {"אנרי פרמן", "Henri Farman"},
        {"יצחק אבינרי", "Isaac Avinery"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "a weak pair that begins alike");
    static const char *const OTHER[][2] = {
        {"הדסה אוחנה", "Duc Huynh"}, {"علي فرجی", "Hala Faraj"}, {"שהד דדון", "Acety Edwin"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Two or three consonant classes in common are a name only where the words begin alike too,
 * the article ال and a silent kn or wr aside (abjad_evidence.h): אור / Warrich, ירון / Rubin,
 * אוריה / Jiburi share classes in order but not their first sound. */
static void abjad_classes_begin_alike(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"الدربالي", "Derbali"}, {"دون نوتس", "Don Knotts"}, {"اسباير", "Speier"}, {"ג'ון יוסטון", "John Huston"},
        {"חנה קנייזבה", "Hanna Knyazyeva"},
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "classes that begin alike");
    static const char *const OTHER[][2] = {{"אור כרמי", "Akram Warrich"}, {"ירון שוב", "Rubin Sever"}, {"אוריה מזרחי", "Muyassir Jiburi"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Every consonant letter of an Arabic word is one a romanisation writes (abjad.h:
 * cdn_abjad_facing): a ج is a j, g or dj, not nothing, so بوراج (Bouraj) is not BOREAS nor
 * ويجيرس ORSIS, as they alerted at 0.85 in the benchmark's held-out rows; and a romanisation
 * keeps the word's first sound where one consonant skeleton does not (score.c:
 * arabic_onsets_apart): ليميري (Lemery) is not ALAMIR, كاريس (Karis) not AQUARIUS, والكوت
 * (Walcott) not LEYCOTHEA, all three alarms of the benchmark's. The article's l run into a
 * Maghrebi spelling is the article (العمري / Lamri), and a Turkish c is a ج (إينالجك /
 * Inalcik). */
static void arabic_consonants_met(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"بوراج", "Bouraj"},   {"بوراج", "Bourag"},   {"ويجيرس", "Wegiers"},
                                          {"جورج", "George"},    {"ليميري", "Lemery"},  {"كاريس", "Karis"},
                                          {"العمري", "Lamri"},   {"اليابس", "Liabes"},  {"إينالجك", "Inalcik"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 1.00, "consonants met as romanised");
    static const char *const OTHER[][2] = {{"بوراج", "BOREAS"}, {"ويجيرس", "ORSIS"},  {"ليميري", "ALAMIR"},
                                           {"كاريس", "AQUARIUS"}, {"والكوت", "LEYCOTHEA"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Albanian writes the Arabic ج with xh (Xhemal جمال, Xhafer جعفر, Xhemail جميل, and on the
 * lists XHEMAJLI, Xhezair, MUHAXHERI), as Turkish writes it with c: against such a spelling the
 * ج may go unmet (abjad.h: cdn_abjad_facing), as it went before the ج was required, when these
 * met at 0.85. Without the xh the ج is still required (بوراج is not BOREAS). */
static void arabic_jim_as_albanian_xh(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"جمال", "Xhemal"}, {"جعفر", "Xhafer"}, {"جميل", "Xhemail"}, {"جزائر", "Xhezair"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 1.00, "the xh of an Albanian spelling");
    static const char *const OTHER[][2] = {{"بوراج", "BOREAS"}, {"ويجيرس", "ORSIS"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Maghrebi spellings write the article ال as la or le before the name's first consonant
 * (Lakhdar الأخضر, Lahbib الحبيب, Lahlou, Lemrabet): its l, then a vowel the article does
 * not write (abjad_evidence.h: cdn_abjad_onsets_agree). These met at 0.85 by their consonants
 * until the onsets were asked (score.c: arabic_onsets_apart), then at 0.71-0.79. The onsets
 * still part a la before another first sound (اليمني is not LAMINE, الأمين), and before a sun
 * letter, which the article's l is said as (التشورتش, at-Tshurtsh, is not LAZARUS). */
static void maghrebi_article_with_a_vowel(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"الخضر", "Lakhdar"}, {"الحبيب", "Lahbib"}, {"الحلو", "Lahlou"},
                                          {"المرابط", "Lemrabet"}, {"الهادي", "Lahdi"}, {"الحمدي", "Lehmdi"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 1.00, "the article written la or le");
    static const char *const OTHER[][2] = {{"اليمني", "LAMINE"}, {"التشورتش", "LAZARUS"}, {"ليميري", "ALAMIR"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A consonant a Latin spelling says twice across a vowel is two letters in Arabic (abjad.c:
 * put, CDN_ABJAD_FACING_ARABIC): شاندي (Chandy) and تشاندا (Chanda) met SANANDAJ, هستر
 * (Hester) CASTOR, at 0.85 in the held-out rows and the benchmark's; سنندج is Sanandaj, and a
 * و run into the ف before it still meets a v (صفوي / Safavi). */
static void arabic_consonant_said_twice(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"سنندج", "Sanandaj"}, {"صفوي", "Safavi"}, {"هستر", "Hester"},
                                          {"ديدات", "Deedat"},   {"شاندي", "Chandy"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 1.00, "each consonant written");
    static const char *const OTHER[][2] = {{"شاندي", "SANANDAJ"}, {"تشاندا", "SANANDAJ"}, {"هستر", "CASTOR"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Arabic writes a foreign z with ز, never with س (abjad_evidence.h: cdn_abjad_sin_not_z): the
 * one-word query سعيد (Said) met OAO ZID, an alias of a Russian plant, at 0.93 in search by its
 * key (sʿyd, the ع leaves no letter). ز still meets a Latin s (Seidel), ص a z (Zafar), and
 * Hebrew ס a Spanish z (Zapatero). */
static void arabic_sin_is_not_z(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"سعيد", "Said"}, {"زين", "Zein"}, {"زايدل", "Seidel"},
                                          {"صفر", "Zafar"}, {"ספאטרו", "Zapatero"}, {"زليم", "Зелим"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "a sibilant the script writes so");
    static const char *const OTHER[][2] = {{"سعيد", "OAO ZID"}, {"سليم", "ZEELM"}, {"سهيل", "ZIL"},
                                           {"السعيد", "Zaid"}, {"زيد السعادي", "Zayd Mansurova"},
                                           {"سعيد", "ЗИД"},    {"سليم", "Зелим"}}; /* a Cyrillic З too */
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Persian, Urdu and Turkish say ث and ذ as s and z, and their names are romanised so (Usman,
 * Nazir); not a final ث, mostly an English th (Gareth). A letter before ه or ح may be two
 * letters where the word has no digraph letter (سهيل, shyl, is Suhail), or one, as a Latin
 * sh may write it (اسحاق / Eshagh). */
static void arabic_tha_dhal_and_split_h(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"عثمان", "Usman"},          {"عثمان", "Osman"},   {"عثمان", "Othman"},
                                          {"نذير", "Nazir"},           {"ذاكر", "Zakir"},    {"ثابت", "Sabit"},
                                          {"محمد عثمان", "Muhammad Usman"}, {"سهيل", "Suhail"},  {"سهيلة", "Suhaila"},
                                          {"تهاني", "Tahani"},          {"طحاوي", "Takhavi"}, {"آذرنوش", "Azarnoush"},
                                          {"غاريث", "Gareth"},         {"اسحاق", "Eshagh"},  {"سهل", "Sahl"},
                                          {"كهن", "Kohan"},            {"کهن", "Kohan"}}; /* ك and Persian ک */
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "th dh as s z; a letter before h");
    static const char *const OTHER[][2] = {{"غاريث", "GRISHA"}, {"سميث", "SMIC"}, {"تيموثي", "SEMI"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* A Hebrew word that begins with an alef and a vav or yod writes its first vowel with them:
 * אורי is Uri or Ori (the ו an o or u), אילן Ilan (the י an i or e), as a Hebrew ו or י
 * inside a word is (cdn_abjad_vowels_contradict). Romanised, the alef leaves no letter and the
 * ו was taken for a first consonant: אורי met Ari at 0.845, where Uri Geller and Ari Geller
 * in Latin letters are two names (0.50). A doubled וו or יי after the alef is a consonant
 * (אוולין Evelyn); a Scandinavian or Dutch aa, an English all are back vowels (אוס Aas). */
static void hebrew_alef_with_a_vowel_letter(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {
        {"אורי גלר", "Uri Geller"},
        {"אורן חזני", "Oren Hazani"},
        {"אילן רמון", "Ilan Ramon"},
        {"אוולין ווא", "Evelyn Waugh"},
        {"איינר יאן אוס", "Einar Jan Aas"}, /* a Norwegian aa is an o (å) */
    };
    expect_scores(SAME, COUNT(SAME), 0.80, 1.0, "alef and a vowel letter");
    static const char *const OTHER[][2] = {
        {"אורי גלר", "Ari Geller"},
        {"אילן רמון", "Alan Ramon"},
    };
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Hebrew writes a short French name without its silent final s (לואי Louis, ז׳ול Jules, דני
 * Denis); one class met so is weak, and needs the other word (abjad.c: short_silent_s). Arabic
 * writes that s (لويس), and an Arabic word without it is not read so. */
static void hebrew_short_french_s(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"לואי ז'ובה", "Louis Jouvet"}, {"ז'ול בורדה", "Jules Bordet"},
                                          {"לואי בלריו", "Louis Blériot"}, {"דני כהן", "Denis Cohen"},
                                          {"ג'ו לואיס", "Joe Lewis"}};
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "a French silent s Hebrew leaves out");
    static const char *const OTHER[][2] = {{"לואי", "Louis"}, {"لوي جوفيه", "Louis Jouvet"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* Arabic writes a foreign g with ك and a Spanish j with خ: both meet a Latin g or j; Hebrew
 * writes a g with ג, and its k does not meet one. */
static void arabic_k_meets_g_and_spanish_j(void **state)
{
    (void)state;
    static const char *const SAME[][2] = {{"جنكيز", "Genghis"}, {"هاكنو", "Hagino"}, {"توريخوس", "Torrijos"},
                                                {"سيكتوس", "Sixtus"}}; /* x as k alone */
    expect_scores(SAME, COUNT(SAME), 0.80, 0.90, "ك as g, خ as j");
    static const char *const OTHER[][2] = {{"אבירם קדר", "GHADDAR, Ibrahim"}, {"קדר", "Ghaddar"}};
    expect_no_alerts(OTHER, COUNT(OTHER));
}

/* The vowel letters of a short Hebrew or Arabic word in their places (vowel_places.h): a golden
 * table of the romanisation, the spelling, and whether they agree. */
static void abjad_vowel_letters_in_place(void **state)
{
    (void)state;
    static const struct {
        const char *native, *romanised;
        unsigned flags;
        const char *spelling;
        bool agree;
    } T[] = {
        {"ינאי", "yny", CDN_ABJAD_HEBREW, "yanai", true},    /* the final י after the n */
        {"גוש", "gws", CDN_ABJAD_HEBREW, "ghosh", true},     /* ו after the g: the o after gh */
        {"אורי", "wry", CDN_ABJAD_HEBREW, "uri", true},      /* after the alef, the first vowel */
        {"אורי", "wry", CDN_ABJAD_HEBREW, "ari", false},     /* an a is not a ו */
        {"דוד", "dwd", CDN_ABJAD_HEBREW, "david", true},     /* the ו a consonant v */
        {"גונן", "gwnn", CDN_ABJAD_HEBREW, "gonen", true},   /* two n, a vowel between */
        {"גונן", "gwnn", CDN_ABJAD_HEBREW, "gono", false},
        {"سهيل", "shyl", 0, "suhail", true},                /* ي after the h */
        {"سهيل", "shyl", 0, "saleh", false},                /* an a after the s, an e after the l */
        {"الرصاع", "alrsa", CDN_ABJAD_ARTICLE, "rassa", true}, /* the alif after the s */
        {"الرصاع", "alrsa", CDN_ABJAD_ARTICLE, "aris", false},
        {"بن", "bn", 0, "bin", true},                        /* no vowel letter: nothing to place */
        {"هدى", "hdy", 0, "houda", true},                    /* a final ى an a, */
        {"هدى", "hdy", 0, "hadi", true},                     /* or a ي without its dots */
        {"هدى", "hdy", 0, "hadd", false},                    /* but a vowel */
        {"هدي", "hdy", 0, "houda", false},                   /* a final ي is not an a */
        {"שדה", "sdh", CDN_ABJAD_HEBREW, "sadeh", true},     /* a final ה a vowel or an h, */
        {"שדה", "sdh", CDN_ABJAD_HEBREW, "sade", true},
        {"שדה", "sdh", CDN_ABJAD_HEBREW, "saed", false},     /* not a consonant */
        {"דידייה", "dydyyh", CDN_ABJAD_HEBREW, "didier", true}, /* after a י, a French ending */
        {"כליל", "klyl", CDN_ABJAD_HEBREW, "klil", true},     /* an l again after the י: two l */
        {"כליל", "klyl", CDN_ABJAD_HEBREW, "chile", false},   /* Chile writes one */
        {"כליל", "klyl", CDN_ABJAD_HEBREW, "kalil", true},
        {"ניניו", "nynyw", CDN_ABJAD_HEBREW, "ninio", true},
        {"דיוק", "dywq", CDN_ABJAD_HEBREW, "duke", true},     /* יו the [ju] of an English u */
        {"דיוק", "dywq", CDN_ABJAD_HEBREW, "dake", false},    /* not an a */
        {"ميوكي", "mywky", 0, "mukake", false},              /* Arabic يو a Japanese yu */
        {"דוד", "dwd", CDN_ABJAD_HEBREW, "dudu", true},
        {"דוד", "dwd", CDN_ABJAD_HEBREW, "dou", false},
        {"אנני", "nny", CDN_ABJAD_HEBREW, "annie", true},    /* a double letter copied, */
        {"אנני", "nny", CDN_ABJAD_HEBREW, "ani", false},     /* not a single one */
        {"אפפל", "ppl", CDN_ABJAD_HEBREW, "apfel", true},
        {"\u0639\u0628\u062F\u0627\u0644\u0644\u0647", "bdallh", 0, "abdullah", false}, /* Arabic marks it */
        {"بطوطة", "btwtt", CDN_ABJAD_TA_MARBUTA, "battuta", true}, /* ة the ending, no t again */
        {"אווה", "wwh", CDN_ABJAD_HEBREW, "eva", true},      /* וו the consonant v */
        {"אווה", "wwh", CDN_ABJAD_HEBREW, "abu", false},     /* not a b */
        {"איימי", "yymy", CDN_ABJAD_HEBREW, "amy", true},    /* יי an English a */
        {"איימי", "yymy", CDN_ABJAD_HEBREW, "omi", false},
        {"בול", "bwl", CDN_ABJAD_HEBREW, "ball", true},      /* an a before ll */
        {"בול", "bwl", CDN_ABJAD_HEBREW, "bal", false},
        {"מרטינה", "mrtynh", CDN_ABJAD_HEBREW, "martinet", true}, /* a French silent t */
        {"מרטינה", "mrtynh", CDN_ABJAD_HEBREW, "martinek", false},
        {"שדה", "sdh", CDN_ABJAD_HEBREW, "sadet", false},    /* but in six letters or more */
    };
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++)
        if (cdn_abjad_vowels_in_place(T[i].native, T[i].romanised, T[i].flags | CDN_ABJAD_ROMANISED, T[i].spelling) !=
            T[i].agree)
            fail_msg("%s (%s) / %s: expected %s", T[i].native, T[i].romanised, T[i].spelling,
                     T[i].agree ? "in place" : "not in place");
}

/* Which words analysis flags as read as a native Japanese name (CDN_TOK_JAPANESE): kanji
 * the dictionary reads as a name, and hiragana; not pinyin, katakana, Hangul, Latin, nor three
 * characters of the transcription table that the dictionary happens to read (安東尼). */
static void japanese_readings_are_flagged(void **state)
{
    (void)state;
    cdn_translit *tr = NULL;
    assert_int_equal(cdn_translit_new(&tr), CORDON_OK);
    static const struct {
        const char *name;
        bool japanese; /* of its first word */
    } CASES[] = {
        {"佐藤", true},      {"山田 太郎", true}, {"さとう", true},  {"佐藤ひなた", true},
        {"太郎", false},     {"李明", false},     {"サトウ", false}, {"安東尼", false},
        {"김정은", false},   {"Sato", false},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        cdn_analyzed a;
        cdn_analyzed_init(&a);
        assert_int_equal(cdn_analyze_name(&a, tr, CASES[i].name, strlen(CASES[i].name), CORDON_SCHEMA_ANY, NULL),
                         CORDON_OK);
        cdn_analyzed_finish(&a);
        const cdn_token *t = a.tokens.items;
        if (((t->flags & CDN_TOK_JAPANESE) != 0) != CASES[i].japanese)
            fail_msg("%s: flagged %d, expected %d", CASES[i].name, (t->flags & CDN_TOK_JAPANESE) != 0,
                     CASES[i].japanese);
        cdn_analyzed_free(&a);
    }
    cdn_translit_free(tr);
}


/* Compare scores a pair as search scores it against the listed name: a Latin word read letter
 * by letter (spelled_letters.h: GICM, BIPC, IRGC) is met by no Han, kana or Arabic word's sounds,
 * whichever side it is on, and still by itself (analyze.c: cdn_analyzed_mark_spelled_letters;
 * before, only indexed names carried the mark, and compare gave 庫伊肯 / GICM 0.82, بيبس /
 * BIPC 0.85 where search alerted on neither — review1, session 22). */
static void compare_meets_no_letter_string_by_sound(void **state)
{
    (void)state;
    static const char *const APART[][2] = {
        {"庫伊肯", "GICM"}, {"GICM", "庫伊肯"}, {"بيبس", "BIPC"}, {"雅凯", "IRGC"},
    };
    expect_no_alerts(APART, COUNT(APART));
    static const char *const SAME[][2] = {{"GICM", "GICM"}, {"IRGC", "irgc"}, {"Иван Петров", "Ivan Petrov"}};
    expect_scores(SAME, COUNT(SAME), 0.95, 1.0, "a letter string meets itself, a name its romanisation");
}
/* Which query words search looks up by their sound strings of two classes (short_sounds.h):
 * transcriptions of three syllables or more that do not look native, two Han characters of the
 * transcription table, two kana or Hangul syllables that do not look native; Hangul only in a
 * query of two words or more without a word of one syllable (a Korean surname, or one the
 * table lacks). And which listed words they meet: those whose key sounds like them. */
static void short_transcriptions_are_looked_up_by_two_classes(void **state)
{
    (void)state;
    cdn_translit *tr = NULL;
    assert_int_equal(cdn_translit_new(&tr), CORDON_OK);
    static const struct {
        const char *query;
        bool foreign, wanted, two, unkeyed; /* of the query's first word and its script */
    } CASES[] = {
        {"阿尔玛", true, true, false, false},    /* aerma: a transcription of three */
        {"洛特", true, true, true, false},       /* luote: two of the table */
        {"秀英", false, false, false, false},     /* xiuying: a native given name */
        {"王秀英", false, false, false, false},   /* a native name */
        {"惠美 陳", false, false, false, false},  /* a given name of the table, a surname */
        {"修平 池田", false, false, false, false}, /* the same beside a native word */
        {"アルマ", true, true, false, false},    /* aruma: three kana */
        {"로라 린니", true, true, true, true},    /* lora: two syllables, keyed by nothing */
        {"김 정은", false, false, false, false},  /* a Korean name written apart */
        {"당 서윤", false, false, false, false},  /* the same, a surname hangul.h lacks */
        {"로라", false, false, false, false},     /* one word: as likely a Korean name */
        {"제이미 정", true, true, true, true},    /* no Korean name (cdn_hangul_words_foreign) */
        {"정 제이미", true, false, false, false}, /* the same, but its surname syllable is not heard */
        {"버트 영", false, false, false, false},  /* a bare ㅡ beside a surname only: not looked up */
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        cdn_analyzed q;
        cdn_analyzed_init(&q);
        assert_int_equal(cdn_analyze_name(&q, tr, CASES[i].query, strlen(CASES[i].query), CORDON_SCHEMA_PERSON, NULL),
                         CORDON_OK);
        cdn_analyzed_finish(&q);
        const cdn_token *t = q.tokens.items;
        unsigned scripts = cdn_short_sounds_foreign(t, q.tokens.len);
        bool foreign = scripts & (1u << cdn_syllabary_of(t->text)), two = false;
        bool wanted = cdn_short_sounds_wanted(t, scripts, &two);
        if (foreign != CASES[i].foreign || wanted != CASES[i].wanted || two != CASES[i].two ||
            cdn_short_sounds_unkeyed(t, scripts) != CASES[i].unkeyed)
            fail_msg("%s: foreign %d, wanted %d, two syllables %d", CASES[i].query, foreign, wanted, two);
        cdn_analyzed_free(&q);
    }
    cdn_analyzed q;
    cdn_analyzed_init(&q);
    assert_int_equal(cdn_analyze_name(&q, tr, "阿尔玛", strlen("阿尔玛"), CORDON_SCHEMA_PERSON, NULL), CORDON_OK);
    cdn_analyzed_finish(&q);
    /* the same answers without a cache of sound strings and with one, asked twice */
    cdn_transcription_cache *sounds = calloc(1, sizeof *sounds);
    assert_non_null(sounds);
    for (int pass = 0; pass < 3; pass++) {
        cdn_transcription_cache *c = pass ? sounds : NULL;
        assert_true(cdn_short_sounds_plausible(q.tokens.items, "alma", 4, c));
        assert_true(cdn_short_sounds_plausible(q.tokens.items, "elmo", 4, c));
        assert_false(cdn_short_sounds_plausible(q.tokens.items, "lim", 3, c)); /* 阿 writes no l */
        assert_false(cdn_short_sounds_plausible(q.tokens.items, "ubik", 4, c));
        assert_false(cdn_short_sounds_plausible(q.tokens.items, "almanzor", 8, c));
    }
    /* the second pass found every key that was read (lim was turned away by its first letter) */
    assert_int_equal(sounds->spelled.hits, 4);
    free(sounds);
    cdn_analyzed_free(&q);
    cdn_translit_free(tr);
}

/* Which Han words that look native (cdn_looks_native) search still looks up by their sound
 * strings (cdn_short_sounds_han_but_one): four characters or more, one of them beyond the
 * transcription table, read as pinyin; three such that write a consonant alone after the first. */
static void han_words_of_one_character_beyond_the_table(void **state)
{
    (void)state;
    cdn_translit *tr = NULL;
    assert_int_equal(cdn_translit_new(&tr), CORDON_OK);
    static const struct {
        const char *query;
        bool wanted;
    } CASES[] = {
        {"德拉方丹", true},      /* delafangdan / Delafontaine: 丹 beyond the table */
        {"汪德鲁斯卡亚", true},  /* wangdelusikaya / Wandruszka: 汪 */
        {"惠更斯", true},        /* huigengsi / Huygens: three, 斯 for a consonant alone */
        {"錢伯斯", true},        /* qianbosi / Chambers: 錢 a surname beyond the table, 斯 */
        {"那秀兰", false},       /* three, none for a consonant alone: a native name of a rare surname */
        {"伊藤里奈", false},     /* itourina: read as Japanese */
        {"王秀英", false},       /* a native name: two characters beyond the table */
        {"阿尔玛", false},       /* every character of the table: a transcription already */
        {"德拉方丹 Pierre", true},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        cdn_analyzed q;
        cdn_analyzed_init(&q);
        assert_int_equal(cdn_analyze_name(&q, tr, CASES[i].query, strlen(CASES[i].query), CORDON_SCHEMA_PERSON, NULL),
                         CORDON_OK);
        cdn_analyzed_finish(&q);
        const cdn_token *t = q.tokens.items;
        if (cdn_short_sounds_han_but_one(t) != CASES[i].wanted)
            fail_msg("%s (%s): expected %s", CASES[i].query, t->latin, CASES[i].wanted ? "looked up" : "not looked up");
        cdn_analyzed_free(&q);
    }
    cdn_translit_free(tr);
}

/* A pair scores the same first, after a pair of another token of the same length, and after a
 * pair of the same token: the scorer keeps nothing from one pair to the next (a cache of the
 * last name token's letter masks was tried in session 11 and taken out: state kept between
 * calls, in a thread's storage, is what the library may not have). */
static void romanisation_scores_do_not_depend_on_the_pairs_before(void **state)
{
    (void)state;
    static const char *const PAIRS[][2] = {{"Норри", "Norrie"}, {"Ашер", "Usher"}, {"Mohamed Hamsho", "Muhammad Hamsho"},
                                           {"Norrie", "Morris"}, {"Борис", "Doris"}, {"Борис", "Boris"}};
    double first[COUNT(PAIRS)];
    for (size_t i = 0; i < COUNT(PAIRS); i++)
        first[i] = compare(PAIRS[i][0], PAIRS[i][1]);
    assert_true(first[0] >= 0.80 && first[2] >= 0.80); /* met as romanisations */
    assert_true(first[3] < 0.80 && first[4] < 0.80);   /* and not */
    for (size_t round = 0; round < 2; round++)
        for (size_t i = COUNT(PAIRS); i-- > 0;) {
            double again = compare(PAIRS[i][0], PAIRS[i][1]);
            if (again != first[i])
                fail_msg("%s / %s: %.6f after other pairs, %.6f first", PAIRS[i][0], PAIRS[i][1], again, first[i]);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(empty_names_analyse_to_nothing),
        cmocka_unit_test(a_patronymic_left_out_costs_nothing),
        cmocka_unit_test(romanian_patronymic_is_optional),
        cmocka_unit_test(a_letter_beside_one_word_is_no_initial),
        cmocka_unit_test(a_word_of_descent_weighs_little),
        cmocka_unit_test(a_particle_weighs_little),
        cmocka_unit_test(edit_distance_golden),
        cmocka_unit_test(abjad_vowel_letters_in_place),
        cmocka_unit_test(abjad_words_spelled_out_count_alone),
        cmocka_unit_test(edit_distance_agrees_with_the_reference),
        cmocka_unit_test(prepared_pattern_agrees_with_the_reference),
        cmocka_unit_test(letters_counted_to_two_bound_the_distance),
        cmocka_unit_test(memo_scores_as_the_scorer_does),
        cmocka_unit_test(memo_scores_near_spellings_as_the_scorer_does),
        cmocka_unit_test(empty_token_is_no_initial),
        cmocka_unit_test(token_similarity_surely_apart),
        cmocka_unit_test(joined_shapes_measure_as_written_together),
        cmocka_unit_test(similarity_at_least_cuts_off),
        cmocka_unit_test(fixed_point_reads_like_printf),
        cmocka_unit_test(explanation_lines_read_whole),
        cmocka_unit_test(joins_met_on_either_side_and_both),
        cmocka_unit_test(joins_meet_at_the_edge_of_their_similarity),
        cmocka_unit_test(romanisations_differ_in_soft_letters),
        cmocka_unit_test(romanisation_scores_do_not_depend_on_the_pairs_before),
        cmocka_unit_test(abjad_names_meet_by_consonants),
        cmocka_unit_test(abjad_lips_are_told_apart),
        cmocka_unit_test(abjad_t_and_d_are_told_apart),
        cmocka_unit_test(cyrillic_words_meet_no_acronym_by_skeleton),
        cmocka_unit_test(abjad_few_classes_need_their_vowels_in_place),
        cmocka_unit_test(abjad_names_meet_marked_spellings),
        cmocka_unit_test(urdu_letters_meet_their_spellings),
        cmocka_unit_test(abjad_single_consonants_need_a_partner),
        cmocka_unit_test(transcriptions_meet_by_sound),
        cmocka_unit_test(chinese_names_in_cyrillic),
        cmocka_unit_test(korean_names_in_cyrillic),
        cmocka_unit_test(transcriptions_meet_by_their_vowels),
        cmocka_unit_test(korean_names_in_two_romanisations),
        cmocka_unit_test(a_partner_met_better_elsewhere_is_free),
        cmocka_unit_test(a_long_word_makes_a_surname_syllable_foreign),
        cmocka_unit_test(a_syllable_no_hanja_reads_makes_a_surname_syllable_foreign),
        cmocka_unit_test(a_surname_syllable_in_a_foreign_name),
        cmocka_unit_test(english_names_in_hangul), cmocka_unit_test(brazilian_names_in_hangul),
        cmocka_unit_test(loanword_orthography_in_hangul),
        cmocka_unit_test(transcriptions_read_by_their_language),
        cmocka_unit_test(lone_short_katakana),
        cmocka_unit_test(lone_hangul_transcription),
        cmocka_unit_test(lone_native_looking_hangul),
        cmocka_unit_test(katakana_liquid_pairs),
        cmocka_unit_test(katakana_closing_ng),
        cmocka_unit_test(emperor_title_split_off),
        cmocka_unit_test(katakana_french_nasals_and_silent_es),
        cmocka_unit_test(folded_letters_kept_for_readings),
        cmocka_unit_test(katakana_combinations_meet),
        cmocka_unit_test(japanese_names_in_kanji),
        cmocka_unit_test(japanese_names_romanised_otherwise),
        cmocka_unit_test(japanese_readings_are_not_heard),
        cmocka_unit_test(korean_rare_surname_names_are_not_heard),
        cmocka_unit_test(japanese_readings_are_flagged),
        cmocka_unit_test(katakana_english_spellings_heard),
        cmocka_unit_test(katakana_short_words_read),
        cmocka_unit_test(hebrew_geresh_joins_a_word),
        cmocka_unit_test(sino_korean_readings),
        cmocka_unit_test(short_transcriptions_need_a_long_one),
        cmocka_unit_test(korean_names_meet_their_spellings),
        cmocka_unit_test(native_names_are_not_transcriptions),
        cmocka_unit_test(short_transcriptions_of_table_characters),
        cmocka_unit_test(han_initials_write_fixed_letters),
        cmocka_unit_test(lone_han_words_meet_pinyin_shaped_names),
        cmocka_unit_test(three_han_characters_but_one_by_their_first),
        cmocka_unit_test(han_but_one_heard_with_the_table_vowels),
        cmocka_unit_test(chinese_transcription_liberties),
        cmocka_unit_test(chinese_final_vowel_free),
        cmocka_unit_test(chinese_er_after_a_syllable),
        cmocka_unit_test(han_readings_of_the_table),
        cmocka_unit_test(han_final_n_and_zh),
        cmocka_unit_test(han_regional_characters),
        cmocka_unit_test(han_wu_is_u),
        cmocka_unit_test(english_open_syllables_heard),
        cmocka_unit_test(chinese_names_in_hangul_by_their_sounds),
        cmocka_unit_test(foreign_words_joined_in_hangul),
        cmocka_unit_test(joined_words_meet_no_acronym),
        cmocka_unit_test(chinese_names_meet_by_syllables),
        cmocka_unit_test(east_slavic_given_names_meet),
        cmocka_unit_test(foreign_names_in_cyrillic_read_aloud),
        cmocka_unit_test(abjad_optional_letters),
        cmocka_unit_test(abjad_weak_pairs_and_vowel_letters),
        cmocka_unit_test(one_part_added_weighs_half),
        cmocka_unit_test(a_second_family_name_weighs_half),
        cmocka_unit_test(a_part_added_beside_the_article_weighs_half),
        cmocka_unit_test(religious_titles_weigh_little),
        cmocka_unit_test(abbreviated_given_names_meet_the_name),
        cmocka_unit_test(a_compound_meets_its_first_noun),
        cmocka_unit_test(latin_fuzzy_floor_needs_company),
        cmocka_unit_test(an_accented_word_is_no_legal_form),
        cmocka_unit_test(equal_sound_classes_are_not_one_apart),
        cmocka_unit_test(arabic_spellings_vowels_apart),
        cmocka_unit_test(a_long_vowel_written_double),
        cmocka_unit_test(arabic_vowels_romanised_otherwise),
        cmocka_unit_test(ukrainian_h_met_as_russian_g),
        cmocka_unit_test(english_spellings_said),
        cmocka_unit_test(french_spellings_said),
        cmocka_unit_test(french_w_meets_w),
        cmocka_unit_test(belarusian_spellings_meet_russian),
        cmocka_unit_test(a_vowel_before_a_final_r),
        cmocka_unit_test(arabic_letters_romanised_otherwise),
        cmocka_unit_test(arabic_article_weighs_little),
        cmocka_unit_test(abjad_two_classes_need_the_whole_word),
        cmocka_unit_test(abjad_vowel_letters_must_agree),
        cmocka_unit_test(cyrillic_skeleton_vowels_must_agree),
        cmocka_unit_test(short_words_read_aloud_keep_their_vowels),
        cmocka_unit_test(russian_practice_read_aloud),
        cmocka_unit_test(abjad_weak_pairs_begin_alike),
        cmocka_unit_test(abjad_classes_begin_alike),
        cmocka_unit_test(regnal_numbers_and_titles_are_weak),
        cmocka_unit_test(regnal_number_makes_the_style_optional),
        cmocka_unit_test(regnal_style_is_no_patronymic),
        cmocka_unit_test(initials_and_inner_words_left_out_across_scripts),
        cmocka_unit_test(analysis_without_a_transliterator),
        cmocka_unit_test(arabic_k_meets_g_and_spanish_j),
        cmocka_unit_test(arabic_sin_is_not_z),
        cmocka_unit_test(arabic_consonants_met),
        cmocka_unit_test(arabic_consonant_said_twice),
        cmocka_unit_test(arabic_jim_as_albanian_xh),
        cmocka_unit_test(maghrebi_article_with_a_vowel),
        cmocka_unit_test(arabic_tha_dhal_and_split_h),
        cmocka_unit_test(hebrew_short_french_s),
        cmocka_unit_test(hebrew_alef_with_a_vowel_letter),
        cmocka_unit_test(hangul_h_is_a_consonant),
        cmocka_unit_test(foreign_hangul_words_meet_one_by_one),
        cmocka_unit_test(hangul_english_final_sounds_meet),
        cmocka_unit_test(german_ch_meets_kh),
        cmocka_unit_test(arabic_compounds_meet),
        cmocka_unit_test(sun_letter_article_meets_al),
        cmocka_unit_test(press_spellings_meet),
        cmocka_unit_test(short_transcriptions_are_looked_up_by_two_classes),
        cmocka_unit_test(transcription_sounds_held_to_the_vowel_bar),
        cmocka_unit_test(transcribed_w_and_h_need_a_letter),
        cmocka_unit_test(transcribed_m_and_n_before_a_vowel_differ),
        cmocka_unit_test(kana_voicing_agrees_with_the_spelling),
        cmocka_unit_test(han_labials_and_m_agree_with_the_spelling),
        cmocka_unit_test(han_final_consonants_are_written),
        cmocka_unit_test(lone_han_words_fit_their_initial),
        cmocka_unit_test(kana_consonants_have_letters),
        cmocka_unit_test(kana_vowels_have_letters),
        cmocka_unit_test(codes_with_digits_are_not_heard),
        cmocka_unit_test(compare_meets_no_letter_string_by_sound),
        cmocka_unit_test(two_words_heard_faintly_do_not_alert),
        cmocka_unit_test(transcriptions_add_only_their_own_vowels),
        cmocka_unit_test(added_vowels_follow_their_consonants),
        cmocka_unit_test(han_words_of_one_character_beyond_the_table),
    };
    return cmocka_run_group_tests_name("score", tests, NULL, NULL);
}
