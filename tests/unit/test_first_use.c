/*
 * test_first_use.c — the library's lazily built tables (readings.c's rule chains, pinyin.c's
 * sorted syllables, each made once under pthread_once) first used by several threads at once.
 *
 * Its own program, so that the first reading and the first syllable of the process are the
 * threads' (test_text.c has made both long before its threads, if it had any). The threads
 * wait at one barrier and then ask the same words; each must get what one thread alone gets
 * after them. make test-threads runs it under ThreadSanitizer, which reports a table written
 * by one thread while another reads it.
 */
#include "test_support.h"

#include <pthread.h>

#include "core/strbuf.h"
#include "text/pinyin.h"
#include "text/readings.h"

enum { THREADS = 8, ANSWERS_MAX = 16384 };

/* Words whose readings go through every table (tsch/ts, mcc, a final eigh, Coutinho's nh, a
 * Korean schwa, an English silent letter) and strings that are and are not pinyin. */
static const char *const WORDS[] = {"tschudi",  "mcconnell", "leigh",      "coutinho", "hughes",   "walker",
                                    "christian", "baeumler", "chevillard", "zhang",    "xiaoping", "zhuangshan",
                                    "qasim",     "grace",    "michael",    "shuang"};

/* Every answer the lazily built tables give for WORDS, as one line: each word's readings,
 * heard readings (with whether they roll their r), Korean and Brazilian reading, and whether it
 * and each of its prefixes is pinyin. */
static void answers(char line[ANSWERS_MAX])
{
    cdn_strbuf b = {0};
    char r[CDN_READINGS_HEARD][CDN_READING_MAX + 1];
    bool rolled[CDN_READINGS_HEARD];
    for (size_t w = 0; w < sizeof WORDS / sizeof WORDS[0]; w++) {
        const char *word = WORDS[w];
        cdn_strbuf_append_str(&b, word);
        size_t n = cdn_readings(word, r);
        for (size_t k = 0; k < n; k++) {
            cdn_strbuf_append_char(&b, ' ');
            cdn_strbuf_append_str(&b, r[k]);
        }
        n = cdn_readings_heard(word, true, r, rolled);
        for (size_t k = 0; k < n; k++) {
            cdn_strbuf_append_str(&b, rolled[k] ? " +" : " -");
            cdn_strbuf_append_str(&b, r[k]);
        }
        if (cdn_readings_korean(word, r)) {
            cdn_strbuf_append_str(&b, " k:");
            cdn_strbuf_append_str(&b, r[0]);
        }
        if (cdn_readings_brazilian(word, r[0])) {
            cdn_strbuf_append_str(&b, " b:");
            cdn_strbuf_append_str(&b, r[0]);
        }
        cdn_strbuf_append_str(&b, cdn_is_pinyin(word) ? " pinyin " : " not-pinyin ");
        for (size_t len = 1; word[len - 1]; len++)
            cdn_strbuf_append_char(&b, cdn_pinyin_syllable(word, len) ? 'y' : 'n');
        cdn_strbuf_append_char(&b, '\n');
    }
    snprintf(line, ANSWERS_MAX, "%s", b.data ? b.data : "");
    cdn_strbuf_free(&b);
}

typedef struct {
    pthread_barrier_t *start;
    char line[ANSWERS_MAX];
} asker;

static void *ask_at_once(void *arg)
{
    asker *a = arg;
    pthread_barrier_wait(a->start);
    answers(a->line);
    return NULL;
}

/* THREADS threads released together make the process's first readings and syllables; each gets
 * every answer one thread gets after them. */
static void tables_built_once_for_threads_at_first_use(void **state)
{
    (void)state;
    static asker askers[THREADS];
    pthread_t tid[THREADS];
    pthread_barrier_t start;
    assert_int_equal(pthread_barrier_init(&start, NULL, THREADS), 0);
    for (int t = 0; t < THREADS; t++) {
        askers[t].start = &start;
        assert_int_equal(pthread_create(&tid[t], NULL, ask_at_once, &askers[t]), 0);
    }
    for (int t = 0; t < THREADS; t++)
        assert_int_equal(pthread_join(tid[t], NULL), 0);
    pthread_barrier_destroy(&start);
    static char alone[ANSWERS_MAX];
    answers(alone);
    assert_true(strlen(alone) > 400 && strlen(alone) + 1 < ANSWERS_MAX); /* not cut */
    /* the tables were read: walker's Korean and Brazilian readings, zhang a syllable */
    assert_non_null(strstr(alone, "walker "));
    assert_non_null(strstr(alone, " k:woko b:wauker not-pinyin nynnnn\n"));
    assert_non_null(strstr(alone, "\nzhang"));
    assert_non_null(strstr(alone, " pinyin nnyyy\n"));
    for (int t = 0; t < THREADS; t++)
        assert_string_equal(askers[t].line, alone);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tables_built_once_for_threads_at_first_use),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
