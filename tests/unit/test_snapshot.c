/*
 * test_snapshot.c — an index saved and loaded again answers exactly as the one it was built
 * from, a damaged or foreign snapshot is refused with a message that says what is wrong, and
 * one index answers many threads at once exactly as it answers one.
 */
#include "test_support.h"

#include <sys/stat.h>

#include <pthread.h>
#include <zlib.h>

#include "core/fixmap.h"
#include "core/strmap.h"

static cordon_index *built;

static int open_sample(void **state)
{
    (void)state;
    built = open_one("csv:" SAMPLE_LIST);
    return 0;
}

static int close_sample(void **state)
{
    (void)state;
    cordon_index_close(built);
    return 0;
}

static const char *snapshot_path(const char *name)
{
    static char path[512];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/cordon-test-%d-%s", tmp && *tmp ? tmp : "/tmp", (int)getpid(), name);
    return path;
}

static cordon_index *save_and_load(const char *name)
{
    const char *path = snapshot_path(name);
    char message[1024];
    if (cordon_index_save(built, path, message, sizeof message) != CORDON_OK)
        fail_msg("save: %s", message);
    cordon_index *loaded = NULL;
    if (cordon_index_load(&loaded, path) != CORDON_OK)
        fail_msg("load: %s", cordon_index_errmsg(loaded));
    unlink(path); /* the mapping stays valid; the scratch file does not outlive the test */
    return loaded;
}

static void same_string(const char *a, const char *b)
{
    if (!a || !b)
        assert_ptr_equal(a, b);
    else
        assert_string_equal(a, b);
}

static void entities_survive_the_round_trip(void **state)
{
    (void)state;
    cordon_index *loaded = save_and_load("round.cdx");
    assert_int_equal(cordon_index_entity_count(loaded), cordon_index_entity_count(built));
    assert_int_equal(cordon_index_list_count(loaded), 1);
    const cordon_list_info *a = cordon_index_list(built, 0), *b = cordon_index_list(loaded, 0);
    assert_string_equal(b->id, a->id);
    assert_string_equal(b->format, a->format);
    same_string(b->version, a->version);
    assert_int_equal(b->entities, a->entities);
    assert_int_equal(b->names, a->names);
    for (size_t i = 0; i < cordon_index_entity_count(built); i++) {
        const cordon_entity *x = cordon_index_entity(built, i), *y = cordon_index_entity(loaded, i);
        assert_string_equal(y->id, x->id);
        assert_int_equal(y->schema, x->schema);
        assert_string_equal(y->caption, x->caption);
        assert_int_equal(y->n_names, x->n_names);
        for (size_t n = 0; n < x->n_names; n++) {
            assert_string_equal(y->names[n].full, x->names[n].full);
            assert_int_equal(y->names[n].kind, x->names[n].kind);
            same_string(y->names[n].given, x->names[n].given);
            same_string(y->names[n].family, x->names[n].family);
            same_string(y->names[n].patronymic, x->names[n].patronymic);
        }
        assert_int_equal(y->n_birth_dates, x->n_birth_dates);
        if (x->n_birth_dates)
            assert_memory_equal(y->birth_dates, x->birth_dates, x->n_birth_dates * sizeof *x->birth_dates);
        assert_int_equal(y->n_countries, x->n_countries);
        for (size_t c = 0; c < x->n_countries; c++) {
            assert_string_equal(y->countries[c].code, x->countries[c].code);
            assert_int_equal(y->countries[c].role, x->countries[c].role);
        }
        assert_int_equal(y->n_identifiers, x->n_identifiers);
        for (size_t k = 0; k < x->n_identifiers; k++) {
            assert_string_equal(y->identifiers[k].type, x->identifiers[k].type);
            assert_string_equal(y->identifiers[k].value, x->identifiers[k].value);
        }
        assert_int_equal(y->n_programs, x->n_programs);
        for (size_t p = 0; p < x->n_programs; p++)
            assert_string_equal(y->programs[p], x->programs[p]);
        same_string(y->listed_on, x->listed_on);
        same_string(y->remarks, x->remarks);
        assert_string_equal(y->list->id, "watchlist");
        assert_ptr_equal(cordon_index_find(loaded, x->id), y);
    }
    cordon_index_close(loaded);
}

static void searches_answer_the_same(void **state)
{
    (void)state;
    cordon_index *loaded = save_and_load("search.cdx");
    static const char *const QUERIES[] = {"Wladimir Putin", "Лукашенко Александр", "Jewgeni Prigoschin", "Putim",
                                          "Rosneft", "Angela Merkel", "Kim Jong-un", "金正恩", "Wagner Gruppe",
                                          "Ali Chamenei", "Sergej Lawrow", "DILBAR"};
    cordon_search_options o;
    cordon_search_options_default(&o);
    o.min_score = 0.3;
    for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
        cordon_results *a = NULL, *b = NULL;
        assert_int_equal(cordon_search(built, QUERIES[q], &o, &a), CORDON_OK);
        assert_int_equal(cordon_search(loaded, QUERIES[q], &o, &b), CORDON_OK);
        assert_int_equal(cordon_results_count(b), cordon_results_count(a));
        for (size_t i = 0; i < cordon_results_count(a); i++) {
            const cordon_result *x = cordon_results_get(a, i), *y = cordon_results_get(b, i);
            assert_string_equal(y->entity->id, x->entity->id);
            assert_true(y->score == x->score);
            assert_string_equal(y->matched_name->full, x->matched_name->full);
            assert_string_equal(y->explanation, x->explanation);
        }
        cordon_results_free(a);
        cordon_results_free(b);
    }
    const char *text = "Alexander Lukaschenko und die Wagner-Gruppe; Lukaschenkos Regime.";
    cordon_mentions *ma = NULL, *mb = NULL;
    assert_int_equal(cordon_scan(built, text, strlen(text), NULL, &ma), CORDON_OK);
    assert_int_equal(cordon_scan(loaded, text, strlen(text), NULL, &mb), CORDON_OK);
    assert_int_equal(cordon_mentions_count(mb), cordon_mentions_count(ma));
    assert_true(cordon_mentions_count(ma) >= 3);
    for (size_t i = 0; i < cordon_mentions_count(ma); i++) {
        assert_int_equal(cordon_mentions_get(mb, i)->start, cordon_mentions_get(ma, i)->start);
        assert_string_equal(cordon_mentions_get(mb, i)->entity->id, cordon_mentions_get(ma, i)->entity->id);
    }
    cordon_mentions_free(ma);
    cordon_mentions_free(mb);
    cordon_index_close(loaded);
}

/* A token's marked romanisation (kept_letters.h) is kept in the snapshot: a Cyrillic query that
 * meets a Latin name only by the letters its marks say (Вуйчич / VUJČIĆ) scores the same on
 * the loaded file as on the built index, and alerts. */
static void marked_forms_survive_the_round_trip(void **state)
{
    (void)state;
    static const char LIST[] = "id,schema,name\nK-1,Person,Goran VUJČIĆ\nK-2,Person,Ion ȚĂRANU\n";
    const char *csv = write_temp("marked.csv", LIST, sizeof LIST - 1);
    char source[600];
    snprintf(source, sizeof source, "csv:%s", csv);
    cordon_index *index = open_one(source);
    unlink(csv);
    const char *path = snapshot_path("marked.cdx");
    char message[1024];
    assert_int_equal(cordon_index_save(index, path, message, sizeof message), CORDON_OK);
    cordon_index *loaded = NULL;
    assert_int_equal(cordon_index_load(&loaded, path), CORDON_OK);
    unlink(path);
    static const char *const QUERIES[][2] = {{"Горан Вуйчич", "K-1"}, {"Ион Цэрану", "K-2"}};
    for (size_t q = 0; q < 2; q++) {
        cordon_results *a = NULL, *b = NULL;
        assert_int_equal(cordon_search(index, QUERIES[q][0], NULL, &a), CORDON_OK);
        assert_int_equal(cordon_search(loaded, QUERIES[q][0], NULL, &b), CORDON_OK);
        assert_true(cordon_results_count(a) >= 1 && cordon_results_count(b) >= 1);
        const cordon_result *x = cordon_results_get(a, 0), *y = cordon_results_get(b, 0);
        assert_string_equal(y->entity->native_id, QUERIES[q][1]);
        assert_true(y->match && y->score == x->score);
        assert_string_equal(y->explanation, x->explanation);
        cordon_results_free(a);
        cordon_results_free(b);
    }
    cordon_index_close(index);
    cordon_index_close(loaded);
}

/* ---- many threads on one index ------------------------------------------------------------- */

static const char *const THREAD_QUERIES[] = {"Wladimir Putin", "Лукашенко Александр", "Jewgeni Prigoschin",
                                             "金正恩", "Ali Chamenei", "Rosneft", "Angela Merkel", "Kim Jong-un"};
enum { N_THREAD_QUERIES = sizeof THREAD_QUERIES / sizeof THREAD_QUERIES[0], ROUNDS = 40 };

typedef struct thread_work {
    const cordon_index *idx;
    char top[N_THREAD_QUERIES][64];  /* the top result's id per query, as this thread saw it */
    int failures;
} thread_work;

static void *search_many(void *arg)
{
    thread_work *w = arg;
    for (int round = 0; round < ROUNDS; round++) {
        for (size_t q = 0; q < N_THREAD_QUERIES; q++) {
            cordon_results *res = NULL;
            if (cordon_search(w->idx, THREAD_QUERIES[q], NULL, &res) != CORDON_OK)
                w->failures++;
            const char *id = cordon_results_count(res) ? cordon_results_get(res, 0)->entity->id : "";
            if (round == 0)
                snprintf(w->top[q], sizeof w->top[q], "%s", id);
            else if (strcmp(w->top[q], id) != 0)
                w->failures++;
            cordon_results_free(res);
        }
    }
    return NULL;
}

static void threads_share_one_index(void **state)
{
    (void)state;
    thread_work single = {built, {{0}}, 0};
    search_many(&single);
    assert_int_equal(single.failures, 0);
    enum { THREADS = 4 };
    pthread_t tid[THREADS];
    thread_work work[THREADS];
    for (int t = 0; t < THREADS; t++) {
        work[t] = (thread_work){built, {{0}}, 0};
        assert_int_equal(pthread_create(&tid[t], NULL, search_many, &work[t]), 0);
    }
    for (int t = 0; t < THREADS; t++) {
        pthread_join(tid[t], NULL);
        assert_int_equal(work[t].failures, 0);
        for (size_t q = 0; q < N_THREAD_QUERIES; q++)
            assert_string_equal(work[t].top[q], single.top[q]);
    }
}

/* ---- diff ---------------------------------------------------------------------------------- */

static void diff_finds_added_removed_and_changed(void **state)
{
    (void)state;
    const char *header = "id,schema,name,aliases,dob,programs\n";
    char before[512], after[512];
    snprintf(before, sizeof before,
             "%s1,Person,Ann Smith,Annie Smith;A. Smith,1970,SDGT\n2,Person,Bob Jones,,1980,SDGT\n"
             "3,Organization,Acme LLC,,,IRAN\n",
             header);
    snprintf(after, sizeof after,
             "%s1,Person,Ann Smith,A. Smith;Annie Smith,1970,SDGT\n3,Organization,Acme LLC,Acme Trading,,IRAN;SDGT\n"
             "4,Vessel,SEA STAR,,,IRAN\n",
             header);
    /* Both versions must be one list for their ids to meet: the same file name in two folders. */
    char dir1[512], dir2[512], p1[600], p2[600], old_source[700], new_source[700];
    snprintf(dir1, sizeof dir1, "/tmp/cordon-diff-%d-a", (int)getpid());
    snprintf(dir2, sizeof dir2, "/tmp/cordon-diff-%d-b", (int)getpid());
    mkdir(dir1, 0700);
    mkdir(dir2, 0700);
    snprintf(p1, sizeof p1, "%s/list.csv", dir1);
    snprintf(p2, sizeof p2, "%s/list.csv", dir2);
    FILE *f1 = fopen(p1, "w"), *f2 = fopen(p2, "w");
    assert_non_null(f1);
    assert_non_null(f2);
    fputs(before, f1);
    fputs(after, f2);
    fclose(f1);
    fclose(f2);
    snprintf(old_source, sizeof old_source, "csv:%s", p1);
    snprintf(new_source, sizeof new_source, "csv:%s", p2);
    cordon_index *a = open_one(old_source), *b = open_one(new_source);

    cordon_diff *diff = NULL;
    assert_int_equal(cordon_diff_indexes(a, b, &diff), CORDON_OK);
    assert_int_equal(cordon_diff_count(diff), 3);
    const cordon_change *c = cordon_diff_get(diff, 0);
    assert_int_equal(c->kind, CORDON_CHANGE_ADDED);
    assert_string_equal(c->new_entity->id, "list:4");
    assert_null(c->old_entity);
    c = cordon_diff_get(diff, 1);
    assert_int_equal(c->kind, CORDON_CHANGE_REMOVED);
    assert_string_equal(c->old_entity->id, "list:2");
    c = cordon_diff_get(diff, 2);
    assert_int_equal(c->kind, CORDON_CHANGE_CHANGED);
    assert_string_equal(c->new_entity->id, "list:3");
    assert_int_equal(c->fields, CORDON_FIELD_NAMES | CORDON_FIELD_PROGRAMS); /* entity 1: aliases reordered only */
    assert_string_equal(cordon_change_field_name(CORDON_FIELD_PROGRAMS), "programs");
    cordon_diff_free(diff);

    assert_int_equal(cordon_diff_indexes(a, a, &diff), CORDON_OK);
    assert_int_equal(cordon_diff_count(diff), 0);
    cordon_diff_free(diff);
    cordon_index_close(a);
    cordon_index_close(b);
    unlink(p1);
    unlink(p2);
    rmdir(dir1);
    rmdir(dir2);
}

/* Loads path and checks the status and the message after "PATH: ". */
static void expect_refused(const char *path, int status, const char *what)
{
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_load(&idx, path), status);
    char want[1024];
    snprintf(want, sizeof want, "%s: %s", path, what);
    assert_string_equal(cordon_index_errmsg(idx), want);
    cordon_index_close(idx);
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    *len = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc(*len);
    assert_int_equal(fread(data, 1, *len, f), *len);
    fclose(f);
    return data;
}

static void write_all(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

/* Opens an index of the CSV list (written to a temporary file, removed again), saves it as the
 * temporary snapshot name (its path in path) and reads the file back into *data (*len bytes).
 * Returns the open index. */
static cordon_index *saved_list(const char *list, const char *name, char path[512], unsigned char **data, size_t *len)
{
    const char *csv = snapshot_path("list.csv");
    write_all(csv, list, strlen(list));
    char source[600], message[1024];
    snprintf(source, sizeof source, "csv:%s", csv);
    cordon_index *idx = open_one(source);
    unlink(csv);
    snprintf(path, 512, "%s", snapshot_path(name));
    assert_int_equal(cordon_index_save(idx, path, message, sizeof message), CORDON_OK);
    *data = (unsigned char *)read_all(path, len);
    return idx;
}

/* Writes a changed snapshot to path with its checksum (byte 24, over the body from the first
 * section's offset, byte 64 of the header) made right again, as a file written wrongly would
 * pass it. */
static void write_with_checksum(const char *path, unsigned char *data, size_t len)
{
    uint64_t body_at;
    memcpy(&body_at, data + 64, 8);
    uint32_t crc = (uint32_t)crc32(0L, data + body_at, (uInt)(len - body_at));
    memcpy(data + 24, &crc, 4);
    write_all(path, (const char *)data, len);
}

static void damaged_snapshots_are_refused(void **state)
{
    (void)state;
    /* snapshot_path() reuses one buffer: keep each path in a buffer of its own */
    char path[512];
    snprintf(path, sizeof path, "%s", snapshot_path("good.cdx"));
    char message[1024];
    assert_int_equal(cordon_index_save(built, path, message, sizeof message), CORDON_OK);
    size_t len;
    char *good = read_all(path, &len);
    char *bad = malloc(len);

    const char *damaged = snapshot_path("damaged.cdx");
    char copy[512];
    snprintf(copy, sizeof copy, "%s", damaged);

    memcpy(bad, good, len);
    bad[len / 2] ^= 0x10; /* one flipped bit in the middle */
    write_all(copy, bad, len);
    expect_refused(copy, CORDON_EDATA, "corrupt: the checksum does not match");

    write_all(copy, good, len - 100); /* truncated */
    char what[200];
    snprintf(what, sizeof what, "truncated or extended: the header says %zu bytes, the file has %zu", len, len - 100);
    expect_refused(copy, CORDON_EDATA, what);

    memcpy(bad, good, len);
    bad[8] = 99; /* the format version */
    write_all(copy, bad, len);
    expect_refused(copy, CORDON_EDATA,
                   "snapshot format version 99, this cordon reads version 42: rebuild it with 'cordon index build'");
    bad[8] = 25; /* the version before session 16's Japanese readings flagged (CDN_TOK_JAPANESE) */
    write_all(copy, bad, len);
    expect_refused(copy, CORDON_EDATA,
                   "snapshot format version 25, this cordon reads version 42: rebuild it with 'cordon index build'");

    write_all(copy, "id,schema,name\n1,Person,Ann\n", 27); /* a list, not a snapshot */
    expect_refused(copy, CORDON_EDATA, "not a cordon index snapshot (too short)");
    memcpy(bad, good, len);
    memcpy(bad, "NOTASNAP", 8);
    write_all(copy, bad, len);
    expect_refused(copy, CORDON_EDATA, "not a cordon index snapshot");

    expect_refused("/nonexistent/x.cdx", CORDON_EIO, "cannot open: No such file or directory");

    /* Saving where it cannot write leaves no file and says why. */
    assert_int_equal(cordon_index_save(built, "/nonexistent/dir/x.cdx", message, sizeof message), CORDON_EIO);
    assert_non_null(strstr(message, "cannot create"));
    /* Nor over a pipe or a device: the snapshot renamed into place would replace it (as root,
     * /dev/null with a file). */
    char pipe_path[512];
    snprintf(pipe_path, sizeof pipe_path, "%s", snapshot_path("pipe"));
    assert_int_equal(mkfifo(pipe_path, 0600), 0);
    assert_int_equal(cordon_index_save(built, pipe_path, message, sizeof message), CORDON_EIO);
    assert_non_null(strstr(message, "not a regular file: a snapshot is written to a file"));
    struct stat st;
    assert_int_equal(stat(pipe_path, &st), 0);
    assert_true(S_ISFIFO(st.st_mode));
    unlink(pipe_path);

    unlink(path);
    unlink(copy);
    free(good);
    free(bad);
}

/* A key map read from a damaged snapshot may have no empty slot: a lookup of a key it does not
 * hold must still end (fuzz_snapshot hung on one), and one it holds is still found. */
static void full_key_map_ends_a_lookup(void **state)
{
    (void)state;
    static const char pool[] = "alpha\0beta\0gamma\0delta";
    cdn_fixslot slots[4] = {{0, 5, 1, 10}, {6, 4, 2, 11}, {11, 5, 3, 12}, {17, 5, 4, 13}};
    cdn_fixmap map;
    cdn_fixmap_borrow(&map, slots, 4, 4);
    uint32_t value = 0;
    assert_false(cdn_fixmap_get(&map, pool, "omega", 5, &value));
    /* "beta" hashes to wherever it hashes; a full scan of four slots finds it all the same */
    slots[1].hash = (uint32_t)cdn_hash_bytes("beta", 4);
    assert_true(cdn_fixmap_get(&map, pool, "beta", 4, &value));
    assert_int_equal(value, 11);
}

/* A snapshot that passes the checksum but whose entity stream leaves a required string out (a
 * name's full form written as "none") is refused: the reader once handed out the NULL, and
 * fuzz_snapshot crashed on the first strlen() of it. The file is a real snapshot of a one-entity
 * list with that one word changed and its checksum made right again. */
static void snapshot_without_a_name_is_refused(void **state)
{
    (void)state;
    char path[512];
    size_t len;
    unsigned char *data;
    cordon_index_close(saved_list("id,schema,name\n1,Person,Ann Example\n", "noname.cdx", path, &data, &len));
    /* The header (format version 5): the checksum at byte 24, the section count at 28, the
     * section table from 64 (offset, size, count, extra: 8 bytes each); the entity strings and
     * the entity stream are the last two sections, and the stream of one list without issues
     * or warnings holds the first name's full form at word 23. */
    uint32_t n_sections;
    memcpy(&n_sections, data + 28, 4);
    uint64_t estr_at, stream_at;
    memcpy(&estr_at, data + 64 + (n_sections - 2) * 32, 8);
    memcpy(&stream_at, data + 64 + (n_sections - 1) * 32, 8);
    uint32_t full;
    memcpy(&full, data + stream_at + 23 * 4, 4);
    assert_string_equal((const char *)data + estr_at + full, "Ann Example");
    full = UINT32_MAX;
    memcpy(data + stream_at + 23 * 4, &full, 4);
    write_with_checksum(path, data, len);
    expect_refused(path, CORDON_EDATA, "corrupt: the entity records do not hold together");
    unlink(path);
    free(data);
}

/* A snapshot that passed its checksum but promises more token forms than it has tokens, or
 * more twins than names, is refused: each search sets aside room per form and per twin, and a
 * damaged count must not make it ask for gigabytes. */
static void snapshot_with_too_many_forms_is_refused(void **state)
{
    (void)state;
    char path[512];
    size_t len;
    unsigned char *original;
    cordon_index_close(saved_list("id,schema,name\n1,Person,Ann Example\n", "forms.cdx", path, &original, &len));
    /* The header (format version 7): the count of token forms at byte 52 (two tokens, two
     * forms, and number 0: 3), of name twins at 56 (one name: 2). */
    static const struct {
        size_t at;
        uint32_t count;
    } FIELDS[] = {{52, 3}, {56, 2}};
    for (size_t f = 0; f < sizeof FIELDS / sizeof FIELDS[0]; f++) {
        unsigned char *data = malloc(len);
        memcpy(data, original, len);
        uint32_t count;
        memcpy(&count, data + FIELDS[f].at, 4);
        assert_int_equal(count, FIELDS[f].count);
        count = 0xFFFFFFF0u;
        memcpy(data + FIELDS[f].at, &count, 4);
        write_with_checksum(path, data, len);
        expect_refused(path, CORDON_EDATA, "corrupt: the entity records do not hold together");
        free(data);
    }
    unlink(path);
    free(original);
}

/* Names whose tokens are the same (after normalization) are twins, scored once per search: the
 * header counts them. Three names, two of them twins: two twin numbers, and number 0. Their
 * results score alike. */
static void twins_are_counted_and_score_alike(void **state)
{
    (void)state;
    char path[512];
    size_t len;
    unsigned char *data;
    cordon_index *three = saved_list("id,schema,name\n1,Person,Ann Example\n2,Person,ANN EXAMPLE\n"
                                     "3,Person,Ann Example Jones\n",
                                     "twins.cdx", path, &data, &len);
    uint32_t twins;
    memcpy(&twins, data + 56, 4);
    assert_int_equal(twins, 3);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(three, "Ann Exampel", NULL, &res), CORDON_OK);
    assert_int_equal(cordon_results_count(res), 3);
    const cordon_result *a = cordon_results_get(res, 0), *b = cordon_results_get(res, 1);
    assert_true(a->score == b->score && a->score > cordon_results_get(res, 2)->score);
    assert_string_equal(a->explanation, b->explanation);
    cordon_results_free(res);
    cordon_index_close(three);
    unlink(path);
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(entities_survive_the_round_trip),
        cmocka_unit_test(searches_answer_the_same),
        cmocka_unit_test(marked_forms_survive_the_round_trip),
        cmocka_unit_test(damaged_snapshots_are_refused),
        cmocka_unit_test(threads_share_one_index),
        cmocka_unit_test(diff_finds_added_removed_and_changed),
        cmocka_unit_test(full_key_map_ends_a_lookup),
        cmocka_unit_test(snapshot_without_a_name_is_refused),
        cmocka_unit_test(snapshot_with_too_many_forms_is_refused),
        cmocka_unit_test(twins_are_counted_and_score_alike),
    };
    return cmocka_run_group_tests_name("snapshot", tests, open_sample, close_sample);
}
