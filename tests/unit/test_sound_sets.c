/*
 * test_sound_sets.c — the sound strings of a side of a transcription comparison and the
 * caller's cache of them (sound_sets.h): what is found again, what is dropped when the cache
 * is full, and that the comparisons give the same results with a cache as without.
 */
#include "test_support.h"

#include "text/sound_sets.h"
#include "text/transcription.h"

/* Puts a set of one string, s, under word and flags. */
static void put_one(cdn_sound_cache *c, const char *word, unsigned flags, const char *s)
{
    cdn_sound_set *set = cdn_sound_cache_put(c, word, flags);
    assert_non_null(set);
    char str[1][CDN_SOUNDS_MAX + 1];
    snprintf(str[0], sizeof str[0], "%s", s);
    cdn_sound_set_fill(set, str, 1, 40);
}

/* A set put is found again under its word and flags, and only there. */
static void cache_hit_and_miss(void **state)
{
    (void)state;
    static cdn_sound_cache c; /* zeroed: empty */
    assert_null(cdn_sound_cache_find(&c, "smith", 1));
    assert_int_equal(c.misses, 1);
    put_one(&c, "smith", 1, "sEmEt");
    const cdn_sound_set *got = cdn_sound_cache_find(&c, "smith", 1);
    assert_non_null(got);
    assert_int_equal(got->n, 1);
    assert_string_equal(got->str[0], "sEmEt");
    assert_int_equal(got->prof[0].consonants, 3);
    assert_int_equal(c.hits, 1);
    assert_null(cdn_sound_cache_find(&c, "smith", 0)); /* other flags: another reading */
    assert_null(cdn_sound_cache_find(&c, "smit", 1));
    assert_null(cdn_sound_cache_find(&c, "smithe", 1));
    assert_null(cdn_sound_cache_find(NULL, "smith", 1));
    assert_null(cdn_sound_cache_put(NULL, "smith", 1));
}

/* A full cache drops its oldest set for a new one, and keeps the rest. */
static void cache_capacity_and_eviction(void **state)
{
    (void)state;
    static cdn_sound_cache c;
    char word[16];
    for (int i = 0; i < CDN_SOUND_CACHE_SLOTS; i++) {
        snprintf(word, sizeof word, "w%d", i);
        put_one(&c, word, 0, word);
    }
    for (int i = 0; i < CDN_SOUND_CACHE_SLOTS; i++) { /* all kept */
        snprintf(word, sizeof word, "w%d", i);
        const cdn_sound_set *got = cdn_sound_cache_find(&c, word, 0);
        assert_non_null(got);
        assert_string_equal(got->str[0], word);
    }
    put_one(&c, "new", 0, "nEu");
    assert_null(cdn_sound_cache_find(&c, "w0", 0)); /* the oldest went */
    assert_non_null(cdn_sound_cache_find(&c, "w1", 0));
    assert_non_null(cdn_sound_cache_find(&c, "new", 0));
    put_one(&c, "newer", 0, "nEuE");
    assert_null(cdn_sound_cache_find(&c, "w1", 0)); /* then the next oldest */
    assert_non_null(cdn_sound_cache_find(&c, "w2", 0));
    /* a word too long to key is not kept */
    char longer[CDN_SOUND_CACHE_KEY_MAX + 2];
    memset(longer, 'a', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    assert_null(cdn_sound_cache_put(&c, longer, 0));
    assert_non_null(cdn_sound_cache_find(&c, "w2", 0));
}

/* A set keeps each string once, in order, with its profile. */
static void fill_drops_repeats(void **state)
{
    (void)state;
    char str[4][CDN_SOUNDS_MAX + 1] = {"tlnb", "tOlAnb", "tlnb", "kAl"};
    static cdn_sound_set set;
    cdn_sound_set_fill(&set, str, 4, 40);
    assert_int_equal(set.n, 3);
    assert_string_equal(set.str[0], "tlnb");
    assert_string_equal(set.str[1], "tOlAnb");
    assert_string_equal(set.str[2], "kAl");
    assert_int_equal(set.prof[1].consonants, 4);
    assert_int_equal(set.prof[1].len, 6);
}

/* Every comparison gives the same with a cache as without, asked in any order and again (the
 * cache keys each side by the flags it was read with: read aloud or not, Hangul or not). */
static void transcription_same_with_cache(void **state)
{
    (void)state;
    static const struct {
        const char *heard;
        cdn_syllabary syllabary;
    } HEARD[] = {{"teureompeu", CDN_SYLLABARY_HANGUL}, {"toranpu", CDN_SYLLABARY_KANA}, {"telangpu", CDN_SYLLABARY_HAN},
                 {"seujeuki", CDN_SYLLABARY_HANGUL},   {"ailike", CDN_SYLLABARY_HAN},   {"bore", CDN_SYLLABARY_HAN},
                 {"roido", CDN_SYLLABARY_KANA},        {"puchin", CDN_SYLLABARY_KANA}};
    static const char *const SPELLED[] = {"trump", "suzuki", "eric", "bauge", "lloyd", "reid", "putin",
                                          "patton", "khrushchev", "millot", "geoffroy", "thomas"};
    cdn_transcription_cache *cache = calloc(1, sizeof *cache);
    assert_non_null(cache);
    size_t met = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < sizeof HEARD / sizeof HEARD[0]; i++)
            for (size_t j = 0; j < sizeof SPELLED / sizeof SPELLED[0]; j++) {
                const char *h = HEARD[i].heard, *s = SPELLED[j];
                cdn_syllabary y = HEARD[i].syllabary;
                double plain[4] = {cdn_transcription_similarity(h, y, s, NULL),
                                   cdn_transcription_similarity_read(h, y, s, NULL),
                                   cdn_transcription_excess(h, y, s, NULL),
                                   cdn_transcription_similarity_xinhua(h, s, NULL)};
                double cached[4] = {cdn_transcription_similarity_read(h, y, s, cache),
                                    cdn_transcription_similarity(h, y, s, cache),
                                    cdn_transcription_excess(h, y, s, cache),
                                    cdn_transcription_similarity_xinhua(h, s, cache)};
                if (plain[0] != cached[1] || plain[1] != cached[0] || plain[2] != cached[2] || plain[3] != cached[3])
                    fail_msg("%s / %s: %.17g %.17g %.17g %.17g without a cache, %.17g %.17g %.17g %.17g with", h, s,
                             plain[0], plain[1], plain[2], plain[3], cached[1], cached[0], cached[2], cached[3]);
                met += plain[1] > 0.0;
            }
    assert_true(met >= 2 * 5); /* not all misses: trump, suzuki, eric, lloyd, putin at least */
    assert_true(cache->spelled.hits > 0 && cache->heard.hits > 0);
    free(cache);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cache_hit_and_miss),
        cmocka_unit_test(cache_capacity_and_eviction),
        cmocka_unit_test(fill_drops_repeats),
        cmocka_unit_test(transcription_same_with_cache),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
