/*
 * test_custom_csv.c — the CSV reader and cordon's custom-list loader: the sample list loads
 * with every field in place, and each kind of defect is refused with its file, line and cause.
 */
#include "list_checks.h"

#include "lists/csv.h"

/* ---- the CSV reader ------------------------------------------------------------------------ */

static void csv_reads_quotes_crlf_and_multiline_fields(void **state)
{
    (void)state;
    const char *content = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",z\r\n\r\n1,\"two\nlines\",3\n4,,\n\x1A";
    const char *path = write_temp("reader.csv", content, strlen(content));
    cdn_csv c;
    cdn_error err;
    cdn_error_clear(&err);
    assert_int_equal(cdn_csv_open(&c, path, ',', &err), CORDON_OK);
    bool got;
    static const struct {
        long line;
        size_t n;
        const char *f[3];
    } WANT[] = {
        {1, 3, {"a", "b", "c"}}, {2, 3, {"x, y", "say \"hi\"", "z"}}, {4, 3, {"1", "two\nlines", "3"}}, {6, 3, {"4", "", ""}},
    };
    for (size_t r = 0; r < sizeof WANT / sizeof WANT[0]; r++) {
        assert_int_equal(cdn_csv_next(&c, &got, &err), CORDON_OK);
        assert_true(got);
        assert_int_equal(c.line, WANT[r].line);
        assert_int_equal(cdn_csv_count(&c), WANT[r].n);
        for (size_t i = 0; i < WANT[r].n; i++)
            assert_string_equal(cdn_csv_field(&c, i, NULL), WANT[r].f[i]);
    }
    assert_int_equal(cdn_csv_next(&c, &got, &err), CORDON_OK);
    assert_false(got); /* the 0x1A end-of-file mark is not a record */
    cdn_csv_close(&c);
    unlink(path);
}

static void csv_reports_unterminated_quote_at_its_line(void **state)
{
    (void)state;
    const char *content = "a,b\n1,2\n3,\"open\n4,5\n";
    const char *path = write_temp("open.csv", content, strlen(content));
    cdn_csv c;
    cdn_error err;
    cdn_error_clear(&err);
    assert_int_equal(cdn_csv_open(&c, path, ',', &err), CORDON_OK);
    bool got;
    assert_int_equal(cdn_csv_next(&c, &got, &err), CORDON_OK);
    assert_int_equal(cdn_csv_next(&c, &got, &err), CORDON_OK);
    assert_int_equal(cdn_csv_next(&c, &got, &err), CORDON_EDATA);
    char want[600];
    snprintf(want, sizeof want, "%s:3: unterminated quoted field (the quote opened here is never closed)", path);
    assert_string_equal(err.message, want);
    cdn_csv_close(&c);
    unlink(path);
}

static void csv_refuses_overlong_records_and_truncated_gzip(void **state)
{
    (void)state;
    char content[300];
    memset(content, 'x', sizeof content);
    memcpy(content, "a,b\n1,", 6);
    const char *path = write_temp("long.csv", content, sizeof content);
    cdn_csv c;
    cdn_error err;
    cdn_error_clear(&err);
    assert_int_equal(cdn_csv_open(&c, path, ',', &err), CORDON_OK);
    c.max_record = 100;
    bool got;
    assert_int_equal(cdn_csv_next(&c, &got, &err), CORDON_OK);
    assert_int_equal(cdn_csv_next(&c, &got, &err), CORDON_EDATA);
    assert_non_null(strstr(err.message, ":2: record longer than 100 bytes"));
    cdn_csv_close(&c);
    unlink(path);

    /* A gzip file cut in the middle: a read error, not a silently shorter list. */
    char gz_path[512];
    snprintf(gz_path, sizeof gz_path, "%s.gz", path);
    gzFile gz = gzopen(gz_path, "wb");
    for (int i = 0; i < 2000; i++)
        gzprintf(gz, "%d,name %d\n", i, i * 7919);
    gzclose(gz);
    struct stat st;
    assert_int_equal(stat(gz_path, &st), 0);
    assert_int_equal(truncate(gz_path, st.st_size / 2), 0);
    cdn_error_clear(&err);
    assert_int_equal(cdn_csv_open(&c, gz_path, ',', &err), CORDON_OK);
    int status;
    do
        status = cdn_csv_next(&c, &got, &err);
    while (status == CORDON_OK && got);
    assert_int_equal(status, CORDON_EIO);
    assert_non_null(strstr(err.message, "read error"));
    cdn_csv_close(&c);
    unlink(gz_path);
}

/* ---- the custom-list loader ---------------------------------------------------------------- */

static const cordon_entity *find(const cordon_index *idx, const char *id)
{
    const cordon_entity *e = cordon_index_find(idx, id);
    if (!e)
        fail_msg("entity %s not found", id);
    return e;
}

static void sample_list_loads_with_every_field(void **state)
{
    (void)state;
    cordon_index *idx = open_one("csv:" SAMPLE_LIST);
    assert_int_equal(cordon_index_list_count(idx), 1);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->id, "watchlist");
    assert_string_equal(list->format, "csv");
    assert_int_equal(list->skipped, 0);
    assert_int_equal(cordon_index_warning_count(idx), 0);
    assert_in_range(list->entities, 40, 80);
    assert_int_equal(cordon_index_entity_count(idx), list->entities);

    const cordon_entity *putin = find(idx, "watchlist:WL-0001");
    assert_string_equal(putin->native_id, "WL-0001");
    assert_int_equal(putin->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(putin->caption, "PUTIN, Vladimir Vladimirovich");
    assert_int_equal(putin->names[0].kind, CORDON_NAME_PRIMARY);
    assert_string_equal(putin->names[0].given, "Vladimir");
    assert_string_equal(putin->names[0].family, "PUTIN");
    assert_string_equal(putin->names[0].patronymic, "Vladimirovich");
    assert_int_equal(putin->n_birth_dates, 1);
    assert_int_equal(putin->birth_dates[0].from.year, 1952);
    assert_int_equal(putin->birth_dates[0].from.month, 10);
    assert_int_equal(putin->birth_dates[0].from.day, 7);
    assert_string_equal(putin->countries[0].code, "RU");
    assert_int_equal(putin->countries[0].role, CORDON_COUNTRY_NATIONALITY);
    assert_string_equal(putin->programs[0], "RUSSIA-EO14024");
    assert_ptr_equal(putin->list, list);
    int has_cyrillic = 0;
    for (size_t i = 0; i < putin->n_names; i++)
        has_cyrillic |= putin->names[i].kind == CORDON_NAME_ORIGINAL_SCRIPT &&
                        strcmp(putin->names[i].full, "Путин Владимир Владимирович") == 0;
    assert_true(has_cyrillic);

    const cordon_entity *dilbar = find(idx, "watchlist:WL-0060");
    assert_int_equal(dilbar->schema, CORDON_SCHEMA_VESSEL);
    int has_imo = 0;
    for (size_t i = 0; i < dilbar->n_identifiers; i++)
        has_imo |= strcmp(dilbar->identifiers[i].type, "imo") == 0 && strcmp(dilbar->identifiers[i].value, "9661792") == 0;
    assert_true(has_imo);
    cordon_index_close(idx);
}

/* Loads content as a custom list and checks the status and the exact message. */
static void expect_error(const char *name, const char *content, size_t len, int status, long line, const char *what)
{
    expect_load_error("csv", name, content, len, status, line, what);
}

static void malformed_lists_are_refused_with_file_and_line(void **state)
{
    (void)state;
    const char *header = "id,schema,name,dob\n";
    char buf[512];

    expect_error("empty.csv", "", 0, CORDON_EDATA, 1,
                 "the file is empty; a custom list needs a header line (id,schema,name,...)");
    expect_error("nocol.csv", "id,name\n1,Foo\n", 14, CORDON_EDATA, 1, "missing required column 'schema' in the header");
    snprintf(buf, sizeof buf, "%s1,Person,Ann Smith,\n2,Person,Bob Jones,1970,extra\n", header);
    expect_error("fields.csv", buf, strlen(buf), CORDON_EDATA, 3,
                 "wrong number of fields: 5 fields, the header has 4 (quote values that contain commas)");
    snprintf(buf, sizeof buf, "%s1,Person,Ann Smith,1970\n2,Person,\"Bob\n", header);
    expect_error("quote.csv", buf, strlen(buf), CORDON_EDATA, 3,
                 "unterminated quoted field (the quote opened here is never closed)");
    snprintf(buf, sizeof buf, "%s1,Person,Ann Smith,1970\n\n2,Person,Bj\xF6rn,1980\n", header);
    expect_error("latin1.csv", buf, strlen(buf), CORDON_EDATA, 4,
                 "invalid UTF-8 in column 'name' (field 3, byte 3 of the field); custom lists must be UTF-8");
    snprintf(buf, sizeof buf, "%s1,Person,Ann Smith,1970-13-01\n", header);
    expect_error("date.csv", buf, strlen(buf), CORDON_EDATA, 2,
                 "invalid date '1970-13-01' in column dob (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY..YYYY)");
    snprintf(buf, sizeof buf, "%s1,Person,Ann Smith,\n1,Person,Bob Jones,\n", header);
    expect_error("dup.csv", buf, strlen(buf), CORDON_EDATA, 3, "duplicate id '1' (first used on line 2)");
    snprintf(buf, sizeof buf, "%s1,Robot,Ann Smith,\n", header);
    expect_error("schema.csv", buf, strlen(buf), CORDON_EDATA, 2,
                 "invalid schema 'Robot' (expected Person, Organization, Vessel or Aircraft)");
    snprintf(buf, sizeof buf, "id,schema,name,alises\n1,Person,Ann Smith,Annie\n");
    expect_error("typo.csv", buf, strlen(buf), CORDON_EDATA, 1,
                 "unknown column 'alises' (columns: id, schema, name, aliases, weak_aliases, former_names, "
                 "original_script, given_name, middle_name, family_name, patronymic, dob, nationality, countries, "
                 "identifiers, programs, listed_on, remarks; prefix your own with x_)");
    snprintf(buf, sizeof buf, "id,schema,name,identifiers\n1,Vessel,SEA STAR,call:ABCD\n");
    expect_error("ident.csv", buf, strlen(buf), CORDON_EDATA, 2,
                 "unknown identifier type in 'call:ABCD' (types: passport, national_id, tax, registration, imo, "
                 "mmsi, swift, other)");
    snprintf(buf, sizeof buf, "id,schema,name,nationality\n1,Person,Ann Smith,Russia\n");
    expect_error("country.csv", buf, strlen(buf), CORDON_EDATA, 2,
                 "invalid country 'Russia' in column nationality (expected an ISO 3166-1 alpha-2 code such as RU)");
    snprintf(buf, sizeof buf, "%s  ,Person,Ann Smith,\n", header);
    expect_error("blankid.csv", buf, strlen(buf), CORDON_EDATA, 2, "empty id");
    snprintf(buf, sizeof buf, "%s7,Person, \t ,\n", header);
    expect_error("blankname.csv", buf, strlen(buf), CORDON_EDATA, 2, "empty name for id '7'");
    /* Found by fuzz_custom_csv: an id of NUL bytes once reached the id table as NULL. */
    static const char NUL_ID[] = "id,schema,name,dob\n\0\0\0001,Person,Ann,1960\n";
    expect_error("nul.csv", NUL_ID, sizeof NUL_ID - 1, CORDON_EDATA, 2,
                 "NUL byte in column 'id' (field 1, byte 1 of the field); this is not a text file");
}

static void comments_bom_and_own_columns_are_accepted(void **state)
{
    (void)state;
    const char *content = "\xEF\xBB\xBFID,Schema,Name,x_internal_ref,aliases\n"
                          "# a comment line\n"
                          "C-1,company,\"ACME Trading, LLC\",ref-77,\"ACME;  Acme Trade ;\"\n";
    const char *path = write_temp("ok.csv", content, strlen(content));
    char source[600];
    snprintf(source, sizeof source, "csv:%s", path);
    cordon_index *idx = open_one(source);
    assert_int_equal(cordon_index_entity_count(idx), 1);
    const cordon_entity *e = cordon_index_entity(idx, 0);
    assert_string_equal(e->caption, "ACME Trading, LLC");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_int_equal(e->n_names, 3);
    assert_string_equal(e->names[2].full, "Acme Trade");
    assert_int_equal(e->names[2].kind, CORDON_NAME_ALIAS);
    cordon_index_close(idx);
    unlink(path);
}

static void sources_resolve_and_detect(void **state)
{
    (void)state;
    /* Detected from content without the csv: prefix. */
    cordon_index *idx = open_one(SAMPLE_LIST);
    assert_string_equal(cordon_index_list(idx, 0)->format, "csv");
    cordon_index_close(idx);

    const char *bad[] = {"nosuchformat:" SAMPLE_LIST};
    assert_int_equal(cordon_index_open(&idx, bad, 1, NULL), CORDON_EINVAL);
    assert_non_null(strstr(cordon_index_errmsg(idx), "unknown list format 'nosuchformat'"));
    cordon_index_close(idx);

    const char *missing[] = {"csv:/nonexistent/list.csv"};
    assert_int_equal(cordon_index_open(&idx, missing, 1, NULL), CORDON_EIO);
    assert_string_equal(cordon_index_errmsg(idx), "/nonexistent/list.csv: cannot open: No such file or directory");
    cordon_index_close(idx);

    const char *twice[] = {SAMPLE_LIST, SAMPLE_LIST};
    assert_int_equal(cordon_index_open(&idx, twice, 2, NULL), CORDON_EDATA);
    assert_non_null(strstr(cordon_index_errmsg(idx), "is also in an earlier source"));
    cordon_index_close(idx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_reads_quotes_crlf_and_multiline_fields),
        cmocka_unit_test(csv_reports_unterminated_quote_at_its_line),
        cmocka_unit_test(csv_refuses_overlong_records_and_truncated_gzip),
        cmocka_unit_test(sample_list_loads_with_every_field),
        cmocka_unit_test(malformed_lists_are_refused_with_file_and_line),
        cmocka_unit_test(comments_bom_and_own_columns_are_accepted),
        cmocka_unit_test(sources_resolve_and_detect),
    };
    return cmocka_run_group_tests_name("custom_csv", tests, NULL, NULL);
}
