/*
 * test_accum.c — the candidate accumulator (accum.h): each entry carries its name's weight from
 * the moment the accumulator is made, through the credits of any search, and a pooled
 * accumulator comes back with them; credits are kept per query token and summed over tokens.
 */
#include "test_support.h"

#include "match/accum.h"

/* The weight of name i in these tests: distinct for every name. */
static float weight_of(const void *ctx, size_t i)
{
    return *(const float *)ctx + 0.25f * (float)i;
}

static cdn_accum_sizes sizes_of(const float *base)
{
    return (cdn_accum_sizes){5, 0, 0, 0, weight_of, base};
}

/* A new accumulator has every name's weight; crediting a name (first touch, another token, the
 * same token again) moves its credits and never its weight. */
static void weights_survive_credits(void **state)
{
    (void)state;
    cdn_accum_pool *pool = cdn_accum_pool_new();
    assert_non_null(pool);
    float base = 1.5f;
    cdn_accum *acc = cdn_accum_borrow(pool, sizes_of(&base));
    assert_non_null(acc);
    for (size_t i = 0; i < 5; i++)
        assert_true(acc->entries[i].name_weight == 1.5f + 0.25f * (float)i);
    assert_true(cdn_accum_credit(acc, 3, 0, 0.5f, 0.25f));  /* first touch */
    assert_true(cdn_accum_credit(acc, 3, 0, 0.75f, 0.125f)); /* the same token: the best of each side */
    assert_true(cdn_accum_credit(acc, 3, 1, 0.25f, 0.5f));  /* the next token: the first one summed */
    const cdn_accum_entry *e = &acc->entries[3];
    assert_true(e->name_weight == 2.25f);
    assert_true(e->got_q == 0.75f && e->got_n == 0.25f);
    assert_true(e->cur_q == 0.25f && e->cur_n == 0.5f);
    assert_int_equal(acc->n_touched, 1);
    assert_int_equal(acc->touched[0], 3);
    cdn_accum_give_back(pool, acc);
    /* Borrowed again (the same one, kept by the pool): a new generation, the weights as made. */
    acc = cdn_accum_borrow(pool, sizes_of(&base));
    assert_non_null(acc);
    assert_int_equal(acc->n_touched, 0);
    assert_true(acc->entries[3].generation != acc->generation);
    assert_true(acc->entries[3].name_weight == 2.25f);
    assert_true(cdn_accum_credit(acc, 3, 0, 0.5f, 0.5f));
    assert_true(acc->entries[3].got_q == 0.0f && acc->entries[3].cur_q == 0.5f);
    assert_true(acc->entries[3].name_weight == 2.25f);
    cdn_accum_give_back(pool, acc);
    cdn_accum_pool_free(pool);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(weights_survive_credits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
