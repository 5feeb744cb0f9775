/*
 * test_screen_rows.c — unit tests of the batch screen's row checks (src/cli/screen_input.c) and
 * of finding where an interrupted output ends (screen_resume_point in screen_output.c): each
 * field's rule at its boundary, JSON-lines values of the wrong type, and partial outputs that
 * are empty, hold a header only, end in a torn record, or are not outputs at all.
 */
#include "test_support.h"

#include "cli/screen.h"

/* Fills a row from NUL-terminated values (NULL: absent). */
static void fill(screen_row *row, const char *name, const char *type, const char *dob, const char *country,
                 const char *id)
{
    const char *v[N_FIELDS] = {name, type, dob, country, id};
    size_t len[N_FIELDS];
    for (int k = 0; k < N_FIELDS; k++)
        len[k] = v[k] ? strlen(v[k]) : 0;
    assert_true(screen_row_fill(row, v, len));
}

static void names_trimmed_and_required(void **state)
{
    (void)state;
    screen_row row = {0};
    fill(&row, "  Wladimir Putin\t", NULL, NULL, NULL, " 7 ");
    assert_string_equal(row.error, "");
    assert_string_equal(row.field[FIELD_NAME], "Wladimir Putin");
    assert_string_equal(row.field[FIELD_ID], "7");
    fill(&row, "   ", NULL, NULL, NULL, "8");
    assert_string_equal(row.error, "missing name");
    fill(&row, NULL, NULL, NULL, NULL, "9");
    assert_string_equal(row.error, "missing name");
    screen_row_clear(&row);
}

static void field_length_and_encoding(void **state)
{
    (void)state;
    screen_row row = {0};
    char name[SCREEN_MAX_FIELD + 2];
    memset(name, 'a', sizeof name);
    name[SCREEN_MAX_FIELD] = '\0';
    fill(&row, name, NULL, NULL, NULL, NULL);
    assert_string_equal(row.error, ""); /* exactly the limit */
    name[SCREEN_MAX_FIELD] = 'a';
    name[SCREEN_MAX_FIELD + 1] = '\0';
    fill(&row, name, NULL, NULL, NULL, NULL);
    assert_string_equal(row.error, "name longer than 4096 bytes");
    fill(&row, "Putin", NULL, NULL, NULL, "K\xC3(");
    assert_string_equal(row.error, "invalid UTF-8 in id at byte 2");
    screen_row_clear(&row);
}

static void type_dob_country(void **state)
{
    (void)state;
    screen_row row = {0};
    fill(&row, "Rosneft", "Company", "2000..2005", "ru", NULL);
    assert_string_equal(row.error, "");
    assert_int_equal(row.schema, CORDON_SCHEMA_ORGANIZATION);
    assert_string_equal(row.country, "RU");
    fill(&row, "Putin", "person", "1952-10", "Russia", NULL);
    assert_string_equal(row.error, "");
    assert_string_equal(row.country, "RU");
    fill(&row, "Putin", "spaceship", NULL, NULL, NULL);
    assert_string_equal(row.error, "unknown type 'spaceship' (person, organization, vessel, aircraft, legalentity)");
    fill(&row, "Putin", NULL, "1952-13-01", NULL, NULL);
    assert_string_equal(row.error, "unparsable dob '1952-13-01' (YYYY, YYYY-MM or YYYY-MM-DD)");
    fill(&row, "Putin", NULL, NULL, "QQ", NULL);
    assert_string_equal(row.error, "unknown country 'QQ'");
    fill(&row, "Putin", "", "", "", NULL); /* empty qualifiers are absent ones */
    assert_string_equal(row.error, "");
    assert_int_equal(row.schema, CORDON_SCHEMA_ANY);
    assert_string_equal(row.country, "");
    screen_row_clear(&row);
}

static void json_lines(void **state)
{
    (void)state;
    screen_row row = {0};
    const char *ok = "{\"name\": \"Sergej Lawrow\", \"id\": 42, \"dob\": null}";
    assert_true(screen_row_from_json(&row, ok, strlen(ok)));
    assert_string_equal(row.error, "");
    assert_string_equal(row.field[FIELD_ID], "42");
    assert_null(row.field[FIELD_DOB]);
    const char *wrong = "{\"name\": 5}";
    assert_true(screen_row_from_json(&row, wrong, strlen(wrong)));
    assert_string_equal(row.error, "\"name\" is not a string");
    const char *array = "[\"Putin\"]";
    assert_true(screen_row_from_json(&row, array, strlen(array)));
    assert_string_equal(row.error, "not a JSON object");
    const char *twice = "{\"name\": \"A\", \"name\": \"B\"}";
    assert_true(screen_row_from_json(&row, twice, strlen(twice)));
    assert_non_null(strstr(row.error, "not valid JSON (duplicate object key"));
    const char *nul = "{\"name\": \"Put\\u0000in\"}";
    assert_true(screen_row_from_json(&row, nul, strlen(nul)));
    assert_string_equal(row.error, "NUL byte in name");
    screen_row_clear(&row);
}

static void resume_points(void **state)
{
    (void)state;
    size_t last = 99;
    bool header = true;
    assert_int_equal(screen_resume_point("/nonexistent/cordon-out.partial", false, &last, &header), EXIT_DONE);
    assert_int_equal(last, 0);
    assert_false(header);

    const char *csv = write_temp("resume_header.csv", "row,input_id,name,id,caption,score,match,error\n", 47);
    assert_int_equal(screen_resume_point(csv, true, &last, &header), EXIT_DONE);
    assert_int_equal(last, 0);
    assert_true(header);

    static const char TORN[] = "{\"row\":1,\"query\":\"a\"}\n{\"row\":2,\"query\":\"b\"}\n{\"row\":3,\"qu";
    const char *jsonl = write_temp("resume_torn.jsonl", TORN, sizeof TORN - 1);
    assert_int_equal(screen_resume_point(jsonl, false, &last, &header), EXIT_DONE);
    assert_int_equal(last, 2);
    struct stat st;
    assert_int_equal(stat(jsonl, &st), 0);
    assert_int_equal(st.st_size, strchr(strchr(TORN, '\n') + 1, '\n') + 1 - TORN); /* the torn line is cut */

    const char *junk = write_temp("resume_junk.jsonl", "hello\n", 6);
    assert_int_equal(screen_resume_point(junk, false, &last, &header), EXIT_BAD_INPUT);
    unlink(csv);
    unlink(jsonl);
    unlink(junk);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_trimmed_and_required),
        cmocka_unit_test(field_length_and_encoding),
        cmocka_unit_test(type_dob_country),
        cmocka_unit_test(json_lines),
        cmocka_unit_test(resume_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
