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

/* Crediting a list of names at once (cdn_accum_credit_each, search.c's postings, session 19)
 * leaves every entry and the list of touched names as crediting them one by one does: over
 * three query tokens, lists that repeat names and overlap, more names than the touched list
 * first has room for (1,024), and a second search after the first. */
static void credit_each_is_credit_one_by_one(void **state)
{
    (void)state;
    enum { NAMES = 3000, LISTS = 7 };
    float base = 1.0f;
    cdn_accum_sizes sizes = {NAMES, 0, 0, 0, weight_of, &base};
    cdn_accum_pool *pool_one = cdn_accum_pool_new(), *pool_each = cdn_accum_pool_new();
    assert_non_null(pool_one);
    assert_non_null(pool_each);
    static uint32_t lists[LISTS][NAMES];
    size_t lengths[LISTS];
    uint32_t seed = 2463534242u;
    for (size_t l = 0; l < LISTS; l++) {
        lengths[l] = l == 2 ? NAMES : 1 + l * 311; /* list 2 holds every name */
        for (size_t i = 0; i < lengths[l]; i++) {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            lists[l][i] = l == 2 ? (uint32_t)i : seed % NAMES; /* repeats within a list, too */
        }
    }
    for (int search = 0; search < 2; search++) {
        cdn_accum *one = cdn_accum_borrow(pool_one, sizes), *each = cdn_accum_borrow(pool_each, sizes);
        assert_non_null(one);
        assert_non_null(each);
        for (size_t l = (size_t)search; l < LISTS; l++) {
            uint32_t token = (uint32_t)(l / 3);
            float q = 0.125f * (float)(1 + (l + (size_t)search) % 5), n = 0.0625f * (float)(1 + l % 4);
            for (size_t i = 0; i < lengths[l]; i++)
                assert_true(cdn_accum_credit(one, lists[l][i], token, q, n));
            assert_true(cdn_accum_credit_each(each, lists[l], lengths[l], token, q, n));
        }
        assert_int_equal(each->n_touched, one->n_touched);
        assert_int_equal(each->n_touched, NAMES);
        assert_memory_equal(each->touched, one->touched, one->n_touched * sizeof *one->touched);
        for (size_t i = 0; i < NAMES; i++) {
            const cdn_accum_entry *a = &one->entries[i], *b = &each->entries[i];
            if (a->token != b->token || a->cur_q != b->cur_q || a->cur_n != b->cur_n || a->got_q != b->got_q ||
                a->got_n != b->got_n || a->name_weight != b->name_weight)
                fail_msg("search %d, name %zu: credited otherwise at once than one by one", search, i);
        }
        cdn_accum_give_back(pool_one, one);
        cdn_accum_give_back(pool_each, each);
    }
    cdn_accum_pool_free(pool_one);
    cdn_accum_pool_free(pool_each);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(weights_survive_credits),
        cmocka_unit_test(credit_each_is_credit_one_by_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
