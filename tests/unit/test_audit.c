/*
 * test_audit.c — the audit store: schema creation and migration checks, screenings recorded
 * with their list versions, alerts suppressed after a clearing until the entity's record
 * changes, decisions and their history, batch rows recorded once, export and proof; and the
 * entity fingerprint it relies on.
 */
#include "test_support.h"

#include <pthread.h>

#include <sqlite3.h>

/* Two versions of one custom list: in v2 the DOB of entity 7 changes; entity 8's aliases are
 * listed in another order, which is no change. */
static const char LIST_V1[] = "id,schema,name,aliases,dob,nationality\n"
                              "7,Person,\"KARIMOV, Rustam Ilyich\",Rustam Karimov,1961-04-12,UZ\n"
                              "8,Organization,Dalnaya Trading LLC,Dalnaya Trade;DT LLC,,\n";
static const char LIST_V2[] = "id,schema,name,aliases,dob,nationality\n"
                              "7,Person,\"KARIMOV, Rustam Ilyich\",Rustam Karimov,1962-04-12,UZ\n"
                              "8,Organization,Dalnaya Trading LLC,DT LLC;Dalnaya Trade,,\n";

/* The scratch directory of this run (removed at the end). */
static const char *scratch(void)
{
    static char dir[512];
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/cordon-test-%d-audit", tmp && *tmp ? tmp : "/tmp", (int)getpid());
    mkdir(dir, 0700);
    return dir;
}

static int remove_scratch(void **state)
{
    (void)state;
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch());
    return system(cmd) == 0 ? 0 : -1;
}

static const char *db_path(const char *name)
{
    static char path[600];
    snprintf(path, sizeof path, "%s/%s", scratch(), name);
    char side[700];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    return path;
}

/* Writes a custom list named by its file name (the list id) into a scratch directory and
 * opens it. */
static cordon_index *open_list(const char *name, const char *content)
{
    char path[600], source[700];
    snprintf(path, sizeof path, "%s/%s", scratch(), name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(content, 1, strlen(content), f), strlen(content));
    fclose(f);
    snprintf(source, sizeof source, "csv:%s", path);
    return open_one(source);
}

static cordon_audit *open_audit(const char *path)
{
    cordon_audit *a = NULL;
    int status = cordon_audit_open(&a, path);
    if (status != CORDON_OK)
        fail_msg("cannot open %s: %s", path, cordon_audit_errmsg(a));
    return a;
}

/* One integer from a query on the database file, read with SQLite directly. */
static long long query_int(const char *path, const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    long long v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/* Searches name in idx and records it for customer at time at; marks get the outcomes. */
static cordon_audit_receipt screen(cordon_audit *a, const cordon_index *idx, const char *name, const char *customer,
                                   const char *at, cordon_audit_mark *marks, size_t *n)
{
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(idx, name, NULL, &res), CORDON_OK);
    cordon_audit_hit hits[16];
    *n = cordon_results_count(res) < 16 ? cordon_results_count(res) : 16;
    for (size_t i = 0; i < *n; i++) {
        const cordon_result *r = cordon_results_get(res, i);
        hits[i] = (cordon_audit_hit){r->entity, r->matched_name->full, r->score};
    }
    cordon_audit_screening s;
    cordon_audit_screening_default(&s);
    s.who = "tester";
    s.channel = "search";
    s.customer_id = customer;
    s.name = name;
    s.at = at;
    s.threshold = cordon_results_threshold(res);
    cordon_audit_receipt receipt;
    int status = cordon_audit_record(a, idx, &s, hits, *n, marks, &receipt);
    if (status != CORDON_OK)
        fail_msg("record failed: %s", cordon_audit_errmsg(a));
    cordon_results_free(res);
    return receipt;
}

static void fingerprint_ignores_order_and_sees_changes(void **state)
{
    (void)state;
    cordon_index *v1 = open_list("fp1.csv", LIST_V1), *v2 = open_list("fp2.csv", LIST_V2);
    char f7a[65], f7b[65], f8a[65], f8b[65];
    assert_int_equal(cordon_entity_fingerprint(cordon_index_find(v1, "fp1:7"), f7a), CORDON_OK);
    assert_int_equal(cordon_entity_fingerprint(cordon_index_find(v2, "fp2:7"), f7b), CORDON_OK);
    assert_int_equal(cordon_entity_fingerprint(cordon_index_find(v1, "fp1:8"), f8a), CORDON_OK);
    assert_int_equal(cordon_entity_fingerprint(cordon_index_find(v2, "fp2:8"), f8b), CORDON_OK);
    assert_int_equal(strlen(f7a), 64);
    assert_string_not_equal(f7a, f7b); /* the DOB changed */
    assert_string_equal(f8a, f8b);     /* only the alias order changed */
    assert_string_not_equal(f7a, f8a);
    cordon_index_close(v1);
    cordon_index_close(v2);
}

static void a_new_database_gets_the_current_schema(void **state)
{
    (void)state;
    const char *path = db_path("schema.db");
    cordon_audit *a = open_audit(path);
    cordon_audit_close(a);
    assert_int_equal(query_int(path, "PRAGMA user_version"), CORDON_AUDIT_SCHEMA_VERSION);
    assert_int_equal(query_int(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                     "('list_versions', 'list_sets', 'screenings', 'results', 'alerts', 'decisions', "
                                     "'batches')"),
                     7);
    char mode[16] = "";
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    snprintf(mode, sizeof mode, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    assert_string_equal(mode, "wal");
    a = open_audit(path); /* opening again migrates nothing and keeps the version */
    cordon_audit_close(a);
    assert_int_equal(query_int(path, "PRAGMA user_version"), CORDON_AUDIT_SCHEMA_VERSION);
}

static void foreign_and_newer_databases_are_refused(void **state)
{
    (void)state;
    const char *path = db_path("newer.db");
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
    sqlite3_close(db);
    cordon_audit *a = NULL;
    assert_int_equal(cordon_audit_open(&a, path), CORDON_EDATA);
    char want[700];
    snprintf(want, sizeof want,
             "%s: audit database schema version 99 is newer than this cordon's (%d): use a newer cordon", path,
             CORDON_AUDIT_SCHEMA_VERSION);
    assert_string_equal(cordon_audit_errmsg(a), want);
    cordon_audit_close(a);

    path = db_path("other.db");
    sqlite3_open(path, &db);
    sqlite3_exec(db, "CREATE TABLE customers (id TEXT)", NULL, NULL, NULL);
    sqlite3_close(db);
    assert_int_equal(cordon_audit_open(&a, path), CORDON_EDATA);
    snprintf(want, sizeof want, "%s: not a cordon audit database (it has tables but no schema version)", path);
    assert_string_equal(cordon_audit_errmsg(a), want);
    cordon_audit_close(a);

    const char *text = db_path("notadb.db");
    FILE *f = fopen(text, "w");
    fputs("id,name\n1,x\n", f);
    fclose(f);
    assert_int_equal(cordon_audit_open(&a, text), CORDON_EDATA);
    assert_non_null(strstr(cordon_audit_errmsg(a), "not an audit database"));
    cordon_audit_close(a);
}

static void cleared_pairs_are_suppressed_until_the_entity_changes(void **state)
{
    (void)state;
    const char *path = db_path("suppress.db");
    cordon_audit *a = open_audit(path);
    cordon_index *v1 = open_list("sup.csv", LIST_V1);
    cordon_audit_mark marks[16];
    size_t n;

    cordon_audit_receipt r = screen(a, v1, "Rustam Karimov", "C-1", NULL, marks, &n);
    assert_true(n >= 1);
    assert_int_equal(r.alerts, 1);
    assert_int_equal(marks[0].outcome, CORDON_AUDIT_ALERT);
    long long first = marks[0].alert_id;
    assert_true(first > 0);

    /* Screened again before anyone decided: the open alert is reused, not duplicated. */
    screen(a, v1, "Rustam Karimov", "C-1", NULL, marks, &n);
    assert_int_equal(marks[0].outcome, CORDON_AUDIT_ALERT);
    assert_int_equal(marks[0].alert_id, first);

    assert_int_equal(cordon_audit_decide(a, first, "cleared", "born 1975, other person", "analyst1", NULL), CORDON_OK);
    r = screen(a, v1, "Rustam Karimov", "C-1", NULL, marks, &n);
    assert_int_equal(marks[0].outcome, CORDON_AUDIT_SUPPRESSED);
    assert_int_equal(marks[0].alert_id, first);
    assert_int_equal(r.alerts, 0);
    assert_int_equal(r.suppressed, 1);

    /* Another customer with the same name is not covered by C-1's clearing. */
    screen(a, v1, "Rustam Karimov", "C-2", NULL, marks, &n);
    assert_int_equal(marks[0].outcome, CORDON_AUDIT_ALERT);
    assert_true(marks[0].alert_id != first);

    /* The list update changes the entity's DOB: the pair alerts again, as a new alert. The
     * list keeps its name, so the entity id is the same. */
    cordon_index_close(v1);
    cordon_index *v2 = open_list("sup.csv", LIST_V2);
    r = screen(a, v2, "Rustam Karimov", "C-1", NULL, marks, &n);
    assert_int_equal(marks[0].outcome, CORDON_AUDIT_ALERT);
    assert_true(marks[0].alert_id > first);
    assert_int_equal(r.alerts, 1);

    char fp[65];
    long long clearing = -1;
    assert_int_equal(cordon_entity_fingerprint(cordon_index_find(v2, "sup:7"), fp), CORDON_OK);
    assert_int_equal(cordon_audit_suppressed(a, "C-1", "sup:7", fp, &clearing), CORDON_OK);
    assert_int_equal(clearing, 0);
    cordon_index_close(v2);
    cordon_audit_close(a);
    /* Two list versions recorded, each once; five screenings. */
    assert_int_equal(query_int(path, "SELECT count(*) FROM list_versions"), 2);
    assert_int_equal(query_int(path, "SELECT count(*) FROM screenings"), 5);
    assert_int_equal(query_int(path, "SELECT count(DISTINCT checksum) FROM list_versions"), 2);
}

static void decisions_need_a_reason_and_keep_their_history(void **state)
{
    (void)state;
    const char *path = db_path("decide.db");
    cordon_audit *a = open_audit(path);
    cordon_index *idx = open_list("dec.csv", LIST_V1);
    cordon_audit_mark marks[16];
    size_t n;
    screen(a, idx, "Dalnaya Trading", "C-9", NULL, marks, &n);
    long long id = marks[0].alert_id;
    assert_true(id > 0);

    assert_int_equal(cordon_audit_decide(a, id, "cleared", "  ", "analyst1", NULL), CORDON_EINVAL);
    assert_string_equal(cordon_audit_errmsg(a), "a decision needs a reason");
    assert_int_equal(cordon_audit_decide(a, id, "closed", "x", "analyst1", NULL), CORDON_EINVAL);
    assert_string_equal(cordon_audit_errmsg(a), "unknown decision 'closed' (cleared, confirmed or escalated)");
    assert_int_equal(cordon_audit_decide(a, id + 100, "cleared", "x", "analyst1", NULL), CORDON_ENOTFOUND);

    assert_int_equal(cordon_audit_decide(a, id, "escalated", "needs the KYC file", "analyst1", "2026-01-05T10:00:00Z"),
                     CORDON_OK);
    assert_int_equal(cordon_audit_decide(a, id, "confirmed", "same registration number", "mlro", "2026-01-06T09:30:00Z"),
                     CORDON_OK);
    assert_int_equal(cordon_audit_decide(a, id, "cleared", "changed my mind", "analyst1", NULL), CORDON_EINVAL);
    char want[200];
    snprintf(want, sizeof want, "alert %lld is already confirmed: escalate it to review it again", id);
    assert_string_equal(cordon_audit_errmsg(a), want);

    cordon_alert_filter f;
    cordon_alert_filter_default(&f);
    f.id = id;
    cordon_alerts *list = NULL;
    assert_int_equal(cordon_audit_alerts(a, &f, &list), CORDON_OK);
    assert_int_equal(cordon_alerts_count(list), 1);
    const cordon_alert *al = cordon_alerts_get(list, 0);
    assert_string_equal(al->status, "confirmed");
    assert_string_equal(al->customer_id, "C-9");
    assert_string_equal(al->entity_id, "dec:8");
    assert_string_equal(al->screened_name, "Dalnaya Trading");
    assert_string_equal(al->list_id, "dec");
    assert_string_equal(al->list_checksum, cordon_index_list(idx, 0)->checksum);
    assert_string_equal(al->updated, "2026-01-06T09:30:00Z");
    assert_int_equal(al->n_decisions, 2);
    assert_string_equal(al->decisions[0].status, "escalated");
    assert_string_equal(al->decisions[0].who, "analyst1");
    assert_string_equal(al->decisions[1].status, "confirmed");
    assert_string_equal(al->decisions[1].reason, "same registration number");
    cordon_alerts_free(list);

    f.id = 0;
    f.status = "open";
    assert_int_equal(cordon_audit_alerts(a, &f, &list), CORDON_OK);
    assert_int_equal(cordon_alerts_count(list), 0);
    cordon_alerts_free(list);
    f.status = "pending";
    assert_int_equal(cordon_audit_alerts(a, &f, &list), CORDON_EINVAL);
    assert_null(list);
    cordon_index_close(idx);
    cordon_audit_close(a);
}

static void batch_rows_are_recorded_once(void **state)
{
    (void)state;
    const char *path = db_path("batch.db");
    cordon_audit *a = open_audit(path);
    cordon_index *idx = open_list("bat.csv", LIST_V1);
    long long batch, done = -1;
    assert_int_equal(cordon_audit_batch_begin(a, "tester", "in.csv", "out.jsonl", 1, &batch, &done), CORDON_ENOTFOUND);
    assert_int_equal(cordon_audit_batch_begin(a, "tester", "in.csv", "out.jsonl", 0, &batch, &done), CORDON_OK);
    assert_int_equal(done, 0);
    const cordon_entity *e = cordon_index_find(idx, "bat:7");
    cordon_audit_hit hit = {e, e->caption, 0.95};
    cordon_audit_screening s;
    cordon_audit_screening_default(&s);
    s.who = "tester";
    s.channel = "screen";
    s.customer_id = "C-3";
    s.name = "Rustam Karimov";
    s.batch = batch;
    cordon_audit_mark mark;
    cordon_audit_receipt r;
    assert_int_equal(cordon_audit_begin(a), CORDON_OK);
    for (long long row = 1; row <= 3; row++) {
        s.row = row;
        assert_int_equal(cordon_audit_record(a, idx, &s, &hit, 1, &mark, &r), CORDON_OK);
        assert_int_equal(r.repeated, 0);
    }
    assert_int_equal(cordon_audit_commit(a), CORDON_OK);

    /* Resumed: the batch is found with its last row, and row 2 again is a repeat. */
    long long again;
    assert_int_equal(cordon_audit_batch_begin(a, "tester", "in.csv", "out.jsonl", 1, &again, &done), CORDON_OK);
    assert_int_equal(again, batch);
    assert_int_equal(done, 3);
    s.row = 2;
    assert_int_equal(cordon_audit_record(a, idx, &s, &hit, 1, &mark, &r), CORDON_OK);
    assert_int_equal(r.repeated, 1);
    assert_int_equal(mark.outcome, CORDON_AUDIT_ALERT);

    /* A transaction rolled back leaves nothing. */
    assert_int_equal(cordon_audit_begin(a), CORDON_OK);
    s.row = 4;
    assert_int_equal(cordon_audit_record(a, idx, &s, &hit, 1, &mark, &r), CORDON_OK);
    cordon_audit_rollback(a);
    cordon_index_close(idx);
    cordon_audit_close(a);
    assert_int_equal(query_int(path, "SELECT count(*) FROM screenings"), 3);
    assert_int_equal(query_int(path, "SELECT count(*) FROM results"), 3);
}

/* Collects written bytes. */
static int collect(void *ctx, const char *bytes, size_t len)
{
    FILE *f = ctx;
    return fwrite(bytes, 1, len, f) == len ? 0 : -1;
}

/* Runs an export or proof call, asserting its status; *text gets what it wrote (free it). */
static void capture(cordon_audit *a, int (*call)(cordon_audit *, const char *, const char *, const char *,
                                                 cordon_write_fn, void *),
                    const char *x, const char *y, const char *z, int expect, char **text)
{
    size_t len = 0;
    *text = NULL;
    FILE *f = open_memstream(text, &len);
    assert_int_equal(call(a, x, y, z, collect, f), expect);
    fclose(f);
}

static int proof_call(cordon_audit *a, const char *customer, const char *date, const char *unused,
                      cordon_write_fn write, void *ctx)
{
    (void)unused;
    return cordon_audit_proof(a, customer, date, write, ctx);
}

static void export_and_proof_cover_the_days_asked(void **state)
{
    (void)state;
    const char *path = db_path("export.db");
    cordon_audit *a = open_audit(path);
    cordon_index *idx = open_list("exp.csv", LIST_V1);
    cordon_audit_mark marks[16];
    size_t n;
    screen(a, idx, "Rustam Karimov", "C-5", "2026-03-01T23:59:59Z", marks, &n);
    screen(a, idx, "Anna Nobody", "C-5", "2026-03-02T00:00:00Z", marks, &n);
    screen(a, idx, "Dalnaya Trading", "C-6", "2026-03-02T12:00:00Z", marks, &n);

    char *text;
    capture(a, cordon_audit_export, "2026-03-02", "2026-03-02", "jsonl", CORDON_OK, &text);
    /* Two screenings on 2 March, one line each, oldest first. */
    char *second = strchr(text, '\n');
    assert_non_null(second);
    assert_non_null(strstr(text, "\"at\":\"2026-03-02T00:00:00Z\""));
    assert_non_null(strstr(second, "\"at\":\"2026-03-02T12:00:00Z\""));
    assert_null(strstr(text, "\"at\":\"2026-03-01"));
    assert_string_equal(strchr(second + 1, '\n'), "\n"); /* and nothing after the second */
    free(text);

    capture(a, cordon_audit_export, "2026-03-01", "2026-03-01", "csv", CORDON_OK, &text);
    assert_memory_equal(text, "screening_id,at,who,channel,customer_id,name,", 45);
    assert_non_null(strstr(text, "\n1,2026-03-01T23:59:59Z,tester,search,C-5,Rustam Karimov,"));
    assert_non_null(strstr(text, cordon_index_list(idx, 0)->checksum));
    free(text);

    capture(a, cordon_audit_export, "2026-02-30", NULL, "csv", CORDON_EINVAL, &text);
    assert_string_equal(cordon_audit_errmsg(a), "invalid date '2026-02-30' (YYYY-MM-DD)");
    free(text);

    capture(a, proof_call, "C-5", "2026-03-02", NULL, CORDON_OK, &text);
    assert_non_null(strstr(text, "\"name\": \"Anna Nobody\""));
    assert_null(strstr(text, "Rustam Karimov"));
    assert_non_null(strstr(text, "\"outcome\": \"clear\""));
    assert_non_null(strstr(text, cordon_index_list(idx, 0)->checksum));
    free(text);
    cordon_index_close(idx);
    cordon_audit_close(a);
}

static void bad_records_are_refused(void **state)
{
    (void)state;
    cordon_audit *a = open_audit(db_path("bad.db"));
    cordon_index *idx = open_list("bad.csv", LIST_V1);
    cordon_audit_screening s;
    cordon_audit_screening_default(&s);
    s.name = "x";
    s.channel = "search";
    assert_int_equal(cordon_audit_record(a, idx, &s, NULL, 0, NULL, NULL), CORDON_EINVAL);
    assert_string_equal(cordon_audit_errmsg(a), "an audit record needs who screened");
    s.who = "me";
    s.channel = "fax";
    assert_int_equal(cordon_audit_record(a, idx, &s, NULL, 0, NULL, NULL), CORDON_EINVAL);
    assert_string_equal(cordon_audit_errmsg(a), "unknown audit channel 'fax' (search, screen, scan or api)");
    s.channel = "api";
    s.at = "2026-13-01T00:00:00Z";
    assert_int_equal(cordon_audit_record(a, idx, &s, NULL, 0, NULL, NULL), CORDON_EINVAL);
    s.at = NULL;
    assert_int_equal(cordon_audit_record(a, idx, &s, NULL, 0, NULL, NULL), CORDON_OK);
    cordon_index_close(idx);
    cordon_audit_close(a);
}

/* What each recording thread shares: one store handle, one index. */
typedef struct thread_job {
    cordon_audit *audit;
    const cordon_index *idx;
    int thread;
    int failures;
} thread_job;

static void *record_many(void *arg)
{
    thread_job *job = arg;
    const cordon_entity *e = cordon_index_find(job->idx, "thr:7");
    cordon_audit_hit hit = {e, e->caption, 0.9};
    char customer[32];
    for (int i = 0; i < 100; i++) {
        cordon_audit_screening s;
        cordon_audit_screening_default(&s);
        s.who = "thread";
        s.channel = "api";
        snprintf(customer, sizeof customer, "T%d-%d", job->thread, i % 10);
        s.customer_id = customer;
        s.name = "Rustam Karimov";
        if (cordon_audit_record(job->audit, job->idx, &s, &hit, 1, NULL, NULL) != CORDON_OK)
            job->failures++;
    }
    return NULL;
}

static void one_handle_serves_many_threads(void **state)
{
    (void)state;
    const char *path = db_path("threads.db");
    cordon_audit *a = open_audit(path);
    cordon_index *idx = open_list("thr.csv", LIST_V1);
    pthread_t threads[4];
    thread_job jobs[4];
    for (int t = 0; t < 4; t++) {
        jobs[t] = (thread_job){a, idx, t, 0};
        assert_int_equal(pthread_create(&threads[t], NULL, record_many, &jobs[t]), 0);
    }
    for (int t = 0; t < 4; t++) {
        pthread_join(threads[t], NULL);
        assert_int_equal(jobs[t].failures, 0);
    }
    cordon_index_close(idx);
    cordon_audit_close(a);
    assert_int_equal(query_int(path, "SELECT count(*) FROM screenings"), 400);
    /* Ten customers per thread, each with one alert that later screenings joined. */
    assert_int_equal(query_int(path, "SELECT count(*) FROM alerts"), 40);
    assert_int_equal(query_int(path, "SELECT count(*) FROM results WHERE outcome = 'alert'"), 400);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fingerprint_ignores_order_and_sees_changes),
        cmocka_unit_test(a_new_database_gets_the_current_schema),
        cmocka_unit_test(foreign_and_newer_databases_are_refused),
        cmocka_unit_test(cleared_pairs_are_suppressed_until_the_entity_changes),
        cmocka_unit_test(decisions_need_a_reason_and_keep_their_history),
        cmocka_unit_test(batch_rows_are_recorded_once),
        cmocka_unit_test(export_and_proof_cover_the_days_asked),
        cmocka_unit_test(bad_records_are_refused),
        cmocka_unit_test(one_handle_serves_many_threads),
    };
    return cmocka_run_group_tests_name("audit", tests, NULL, remove_scratch);
}
