/*
 * test_sound_bound.c — the consonant bound on a sound-string alignment (sound_bound.h): its
 * profiles, its value on pairs worked out by hand, and that it never exceeds the alignment's
 * own cost (transcription.c), on which the transcription comparison's skipping relies.
 */
#include "test_support.h"

#include "text/sound_bound.h"
#include "text/transcription.h"

/* A profile counts consonants (lower case) by slot, skips vowels (A..Z), and stops at max. */
static void profile_counts_consonants(void **state)
{
    (void)state;
    cdn_sound_profile p;
    cdn_sound_profile_of("tOlAnbUt", 64, &p);
    assert_int_equal(p.len, 8);
    assert_int_equal(p.consonants, 5);
    assert_int_equal(p.count['t' & 31], 2);
    assert_int_equal(p.count['b' & 31], 1);
    assert_int_equal(p.count['k' & 31], 0);
    assert_true(p.present & (1u << ('l' & 31)));
    assert_false(p.present & (1u << ('s' & 31)));
    cdn_sound_profile_of("tOlAnbUt", 3, &p); /* the first three: t O l */
    assert_int_equal(p.len, 3);
    assert_int_equal(p.consonants, 2);
    cdn_sound_profile_of("", 40, &p);
    assert_int_equal(p.len, 0);
    assert_int_equal(p.consonants, 0);
    assert_int_equal(p.present, 0);
}

static double bound_of(const char *heard, const char *spelled, double min_drop)
{
    cdn_sound_profile ph, ps;
    cdn_sound_profile_of(heard, 40, &ph);
    cdn_sound_profile_of(spelled, 40, &ps);
    return cdn_sound_cost_bound(&ph, &ps, min_drop);
}

/* The bound on pairs worked out by hand: the consonants not met on the longer side. */
static void bound_by_hand(void **state)
{
    (void)state;
    /* the same consonants, vowels apart (トランプ toranpu / Trump): nothing */
    assert_true(bound_of("tOlAnbU", "tlAnb", 1.0) == 0.0);
    /* k l n against b s n: two of three unmet on each side */
    assert_true(bound_of("kAlAnU", "bOsOn", 1.0) == 2.0);
    assert_true(bound_of("kAlAnU", "bOsOn", 0.5) == 2.0);
    /* one heard consonant, four spelled: three left out, at min_drop each */
    assert_true(bound_of("tA", "tlnb", 1.0) == 3.0);
    assert_true(bound_of("tA", "tlnb", 0.5) == 1.5);
    /* a repeated consonant counts as often as it occurs: t t against t */
    assert_true(bound_of("tAt", "tE", 1.0) == 1.0);
    /* vowels alone cost nothing here */
    assert_true(bound_of("AIU", "E", 1.0) == 0.0);
    /* the bound is the cost where only consonants differ: b t / k t, one change */
    assert_true(bound_of("bt", "kt", 1.0) == 1.0);
    assert_true(cdn_transcription_align_cost("bt", "kt", CDN_SYLLABARY_KANA) == 1.0);
}

/* A sound string of up to 45 letters (past the alignment's 40) from a small alphabet, so that
 * random pairs share consonants and vowels often. */
static void random_sounds(unsigned *seed, char *out)
{
    static const char LETTERS[] = "tlnbksAEIOUtlnbksmgAEIOU";
    size_t len = (size_t)(rand_r(seed) % 46);
    for (size_t i = 0; i < len; i++)
        out[i] = LETTERS[rand_r(seed) % (sizeof LETTERS - 1)];
    out[len] = '\0';
}

/* The bound never exceeds the cost of the cheapest alignment (floating point as computed), in
 * every syllabary with the least cost it leaves out a spelled consonant at (Han: a liquid
 * coda, half a step); and it is not idle: it rules out many pairs under the bars' sizes. */
static void bound_never_exceeds_cost(void **state)
{
    (void)state;
    static const cdn_syllabary SCRIPTS[] = {CDN_SYLLABARY_HAN, CDN_SYLLABARY_KANA, CDN_SYLLABARY_HANGUL};
    unsigned seed = 12;
    size_t above_one = 0, tight = 0;
    for (int n = 0; n < 20000; n++) {
        char heard[64], spelled[64];
        random_sounds(&seed, heard);
        random_sounds(&seed, spelled);
        if (n % 7 == 0)
            memcpy(spelled, heard, sizeof heard); /* equal strings: both 0 */
        for (size_t k = 0; k < 3; k++) {
            double min_drop = SCRIPTS[k] == CDN_SYLLABARY_HAN ? 0.5 : 1.0;
            double bound = bound_of(heard, spelled, min_drop);
            double cost = cdn_transcription_align_cost(heard, spelled, SCRIPTS[k]);
            if (bound > cost)
                fail_msg("%s / %s: bound %.3f above cost %.17g", heard, spelled, bound, cost);
            above_one += bound > 1.0;
            tight += bound == cost;
        }
    }
    assert_true(above_one > 30000); /* of 60,000: most random pairs are ruled out */
    assert_true(tight > 8000);      /* the equal pairs at least */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(profile_counts_consonants),
        cmocka_unit_test(bound_by_hand),
        cmocka_unit_test(bound_never_exceeds_cost),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
