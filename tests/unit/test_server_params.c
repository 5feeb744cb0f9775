/*
 * test_server_params.c — the HTTP server's parsers without a socket: URL decoding, GET /search
 * parameters, POST /match bodies in yente's shape, and API keys (file format, checks).
 */
#include "test_support.h"

#include "server/auth.h"
#include "server/params.h"

static void decode_escapes_and_plus(void **state)
{
    (void)state;
    static const struct { const char *in, *out; bool plus; } T[] = {
        {"Wladimir+Putin", "Wladimir Putin", true},
        {"Wladimir+Putin", "Wladimir+Putin", false},
        {"%D0%9F%D1%83%D1%82%D0%B8%D0%BD", "Путин", true},
        {"a%2Fb%3ac", "a/b:c", false},
        {"", "", true},
    };
    char out[64];
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++) {
        long n = params_decode(T[i].in, strlen(T[i].in), out, T[i].plus);
        assert_int_equal(n, (long)strlen(T[i].out));
        assert_string_equal(out, T[i].out);
    }
    static const char *const BAD[] = {"%", "%4", "%zz", "a%00b", "%G1"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
        assert_int_equal(params_decode(BAD[i], strlen(BAD[i]), out, true), -1);
}

static void get_finds_first_exact_key(void **state)
{
    (void)state;
    char *v = NULL;
    assert_int_equal(params_get("qq=1&q=Putin&q=other", "q", &v), 1);
    assert_string_equal(v, "Putin");
    free(v);
    assert_int_equal(params_get("q", "q", &v), 1); /* a key without '=' has an empty value */
    assert_string_equal(v, "");
    free(v);
    assert_int_equal(params_get("a=1&b=2", "q", &v), 0);
    assert_null(v);
    assert_int_equal(params_get("q=%zz", "q", &v), -1);
    assert_null(v);
}

static void search_parameters(void **state)
{
    (void)state;
    search_params p;
    char err[256];
    assert_true(params_parse_search("q=Wladimir+Putin&type=person&country=ru&dob=1952-10&threshold=0.7&limit=3", &p,
                                    err, sizeof err));
    assert_string_equal(p.q, "Wladimir Putin");
    assert_int_equal(p.opts.schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(p.opts.country, "RU");
    assert_string_equal(p.opts.dob, "1952-10");
    assert_true(p.opts.threshold == 0.7);
    assert_true(p.opts.min_score <= 0.7);
    assert_int_equal(p.opts.limit, 3);
    search_params_free(&p);

    static const struct { const char *query, *error; } BAD[] = {
        {"", "q (the name to search) is required"},
        {"q=", "q (the name to search) is required"},
        {"q=x&type=ship", "type must be person, organization, vessel, aircraft or legalentity"},
        {"q=x&country=R1", "country must be an ISO 3166 alpha-2 code such as RU"},
        {"q=x&dob=52-10-07", "dob must be YYYY, YYYY-MM or YYYY-MM-DD"},
        {"q=x&threshold=1.5", "threshold must be a number from 0 to 1"},
        {"q=x&threshold=nan", "threshold must be a number from 0 to 1"},
        {"q=x&limit=2.5", "limit must be a whole number from 1 to 1000"},
        {"q=x&limit=1001", "limit must be a whole number from 1 to 1000"},
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        assert_false(params_parse_search(BAD[i].query, &p, err, sizeof err));
        assert_string_equal(err, BAD[i].error);
        search_params_free(&p);
    }
}

static void match_body_to_queries(void **state)
{
    (void)state;
    const char *body = "{\"queries\": {"
                       "\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Alexander Lukaschenko\"],"
                       " \"alias\": \"A. Lukaschenko\", \"birthDate\": [\"1954-08-30T00:00:00\"], \"nationality\": [\"by\"]}},"
                       "\"b\": {\"schema\": \"Airplane\", \"properties\": {\"name\": [\"\", \"EP-ABC\"], \"country\": [\"IR\"]}},"
                       "\"c\": {\"schema\": \"LegalEntity\", \"properties\": {\"name\": [\"Rosneft\"]}}}}";
    match_request m;
    char err[512];
    assert_int_equal(params_parse_match(body, strlen(body), "limit=7&threshold=0.75", 1000, &m, err, sizeof err), 0);
    assert_int_equal(m.n_queries, 3);
    assert_int_equal(m.limit, 7);
    const match_query *a = &m.queries[0];
    assert_string_equal(a->key, "a");
    assert_int_equal(a->n_names, 2);
    assert_string_equal(a->names[0], "Alexander Lukaschenko");
    assert_string_equal(a->names[1], "A. Lukaschenko");
    assert_int_equal(a->opts.schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(a->opts.dob, "1954-08-30");
    assert_string_equal(a->opts.country, "BY");
    assert_true(a->opts.threshold == 0.75);
    assert_int_equal(a->opts.limit, 7);
    assert_int_equal(m.queries[1].n_names, 1); /* the empty name is dropped */
    assert_int_equal(m.queries[1].opts.schema, CORDON_SCHEMA_AIRCRAFT);
    assert_string_equal(m.queries[1].opts.country, "IR");
    assert_int_equal(m.queries[2].opts.schema, CORDON_SCHEMA_LEGAL_ENTITY); /* people and organizations */
    assert_null(m.queries[2].opts.dob);
    match_request_free(&m);

    static const struct { const char *body; int status; const char *error; } BAD[] = {
        {"{\"queries\": ", 400, "malformed JSON at line 1"},
        {"{\"queries\": {}}", 400, "\"queries\" is empty"},
        {"[1]", 400, "the body must be an object with \"queries\""},
        {"{\"queries\": {\"x\": 5}}", 400, "query 'x' must be an object"},
        {"{\"queries\": {\"x\": {\"properties\": {\"name\": [1]}}}}", 400, "query 'x': properties.name must hold strings"},
        {"{\"queries\": {\"x\": {\"properties\": {\"name\": [\"a\"], \"nationality\": [\"Russia\"]}}}}", 400,
         "query 'x': nationality must be an ISO 3166 alpha-2 code"},
        {"{\"queries\": {\"x\": {\"properties\": {\"name\": [\"a\"]}}, \"x\": {}}}", 400, "duplicate object key"},
        {"{\"queries\": {\"x\": {\"properties\": {\"name\": [\"a\"]}}, \"y\": {\"properties\": {\"name\": [\"b\"]}}}}",
         413, "2 queries in one request; at most 1"},
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        assert_int_equal(params_parse_match(BAD[i].body, strlen(BAD[i].body), "", 1, &m, err, sizeof err),
                         BAD[i].status);
        if (!strstr(err, BAD[i].error))
            fail_msg("'%s': error '%s' lacks '%s'", BAD[i].body, err, BAD[i].error);
        match_request_free(&m);
    }
    assert_int_equal(params_parse_match("{}", 2, "limit=0", 1, &m, err, sizeof err), 400);
    assert_string_equal(err, "limit must be a whole number from 1 to 500");
    match_request_free(&m);
}

static void api_keys_file_and_checks(void **state)
{
    (void)state;
    char path[] = "/tmp/cordon-keys-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *text = "# ops keys\n\nops:0123456789abcdef\r\nci:fedcba9876543210-long\n";
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    api_keys keys;
    char err[256];
    assert_true(api_keys_load(&keys, path, err, sizeof err));
    assert_int_equal(keys.count, 2);
    assert_string_equal(api_keys_check(&keys, "Bearer 0123456789abcdef")->name, "ops");
    assert_string_equal(api_keys_check(&keys, "bearer fedcba9876543210-long")->name, "ci");

    /* 2 requests per second: a burst of 2, then one more every half second. */
    api_key *ops = &keys.items[0];
    assert_true(api_key_take(ops, 2.0, 100.0));
    assert_true(api_key_take(ops, 2.0, 100.0));
    assert_false(api_key_take(ops, 2.0, 100.1));
    assert_true(api_key_take(ops, 2.0, 100.6));
    assert_false(api_key_take(ops, 2.0, 100.7));
    assert_true(api_key_take(ops, 2.0, 200.0)); /* a long pause refills no more than the burst */
    assert_true(api_key_take(ops, 2.0, 200.0));
    assert_false(api_key_take(ops, 2.0, 200.0));
    assert_true(api_key_take(&keys.items[1], 2.0, 200.0)); /* each key has its own budget */
    assert_null(api_keys_check(&keys, "Bearer 0123456789abcde"));   /* a prefix */
    assert_null(api_keys_check(&keys, "Bearer 0123456789abcdef0")); /* longer */
    assert_null(api_keys_check(&keys, "Basic 0123456789abcdef"));
    assert_null(api_keys_check(&keys, "Bearer "));
    assert_null(api_keys_check(&keys, NULL));
    api_keys_free(&keys);

    FILE *f = fopen(path, "w");
    fputs("ops:0123456789abcdef\nbroken line\n", f);
    fclose(f);
    assert_false(api_keys_load(&keys, path, err, sizeof err));
    char want[300];
    snprintf(want, sizeof want, "%s:2: expected name:key", path);
    assert_string_equal(err, want);
    assert_int_equal(keys.count, 0);
    f = fopen(path, "w");
    fputs("# nothing\n", f);
    fclose(f);
    assert_false(api_keys_load(&keys, path, err, sizeof err));
    snprintf(want, sizeof want, "%s: no keys in the file", path);
    assert_string_equal(err, want);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(decode_escapes_and_plus),
        cmocka_unit_test(get_finds_first_exact_key),
        cmocka_unit_test(search_parameters),
        cmocka_unit_test(match_body_to_queries),
        cmocka_unit_test(api_keys_file_and_checks),
    };
    return cmocka_run_group_tests_name("server_params", tests, NULL, NULL);
}
