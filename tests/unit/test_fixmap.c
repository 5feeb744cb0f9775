/*
 * test_fixmap.c — the offset-only hash map and its lookup filter: every key put is found, with
 * the filter and without, no absent key is, and a put after the filter is found too (the filter
 * is dropped, not left to deny the new key).
 */
#include "test_support.h"

#include "core/fixmap.h"
#include "core/strbuf.h"

enum { KEYS = 20000 };

/* Writes key number i into buf (the keys present are even numbers, the absent ones odd). */
static size_t key_of(unsigned i, char *buf, size_t cap) { return (size_t)snprintf(buf, cap, "key-%u-x", i); }

static void lookups_agree_with_and_without_the_filter(void **state)
{
    (void)state;
    cdn_strbuf pool;
    cdn_strbuf_init(&pool);
    cdn_fixmap m;
    cdn_fixmap_init(&m);
    for (unsigned i = 0; i < KEYS; i += 2) {
        char key[32];
        size_t len = key_of(i, key, sizeof key);
        uint32_t off = (uint32_t)pool.len;
        assert_true(cdn_strbuf_append(&pool, key, len) && cdn_strbuf_append_char(&pool, '\0'));
        assert_true(cdn_fixmap_put(&m, pool.data, off, (uint32_t)len, i, NULL));
    }
    for (int filtered = 0; filtered <= 1; filtered++) {
        if (filtered)
            assert_true(cdn_fixmap_add_filter(&m));
        for (unsigned i = 0; i < KEYS; i++) {
            char key[32];
            size_t len = key_of(i, key, sizeof key);
            uint32_t v = UINT32_MAX;
            bool found = cdn_fixmap_get(&m, pool.data, key, len, &v);
            if (found != (i % 2 == 0) || (found && v != i))
                fail_msg("%s: found %d (value %u), filter %d", key, found, v, filtered);
        }
    }
    /* A put after the filter: the new key is found. */
    const char *late = "late-key";
    uint32_t off = (uint32_t)pool.len, v = 0;
    assert_true(cdn_strbuf_append(&pool, late, strlen(late)) && cdn_strbuf_append_char(&pool, '\0'));
    assert_true(cdn_fixmap_put(&m, pool.data, off, (uint32_t)strlen(late), 7, NULL));
    assert_true(cdn_fixmap_get(&m, pool.data, late, strlen(late), &v) && v == 7);
    cdn_fixmap_free(&m);
    cdn_strbuf_free(&pool);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lookups_agree_with_and_without_the_filter),
    };
    return cmocka_run_group_tests_name("fixmap", tests, NULL, NULL);
}
