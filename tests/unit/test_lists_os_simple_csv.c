/*
 * test_lists_os_simple_csv.c — the OpenSanctions targets.simple.csv loader (format
 * `os-simple-csv`): the real export loads with its dataset name from index.json; crafted files
 * cover every column, the load report and the errors that make a file unusable.
 */
#include "list_checks.h"

#include <stdbool.h>

static size_t issue(const cordon_list_info *l, const char *reason, int skipped)
{
    for (size_t i = 0; i < l->n_issues; i++)
        if (strcmp(l->issues[i].reason, reason) == 0 && !l->issues[i].skipped == !skipped)
            return l->issues[i].count;
    return 0;
}

static bool has_ident(const cordon_entity *e, const char *type, const char *value)
{
    for (size_t i = 0; i < e->n_identifiers; i++)
        if (strcmp(e->identifiers[i].type, type) == 0 && strcmp(e->identifiers[i].value, value) == 0)
            return true;
    return false;
}

static void real_export_with_its_index(void **state)
{
    (void)state;
    const char *data = require_shared();
    char source[4200];
    snprintf(source, sizeof source, "os-simple-csv:%s/formats/opensanctions-wd-peps-2024-03/targets.simple.csv", data);
    cordon_index *idx = open_one(source);
    const cordon_list_info *l = cordon_index_list(idx, 0);
    /* index.json beside the file names the dataset whose title the rows give. */
    assert_string_equal(l->id, "wd_persons");
    assert_string_equal(l->format, "os-simple-csv");
    assert_string_equal(l->version, "2024-03-10T15:37:28");
    assert_int_equal(l->entities, 5);
    assert_int_equal(l->names, 11);
    assert_int_equal(l->skipped, 0);
    assert_int_equal(l->repaired, 0);
    const cordon_entity *h = must_find(idx, "wd_persons:Q296771");
    assert_int_equal(h->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(h->caption, "Saad Hariri");
    assert_int_equal(h->n_names, 3);
    assert_string_equal(h->names[1].full, "Hariri");
    assert_int_equal(h->names[1].kind, CORDON_NAME_ALIAS);
    assert_string_equal(h->names[2].full, "Sa'd al-Din");
    assert_int_equal(h->n_birth_dates, 1);
    assert_int_equal(h->birth_dates[0].from.year, 1970);
    assert_int_equal(h->birth_dates[0].from.month, 4);
    assert_int_equal(h->birth_dates[0].from.day, 18);
    assert_int_equal(h->n_countries, 3);
    assert_string_equal(h->countries[0].code, "FR");
    assert_int_equal(h->countries[0].role, CORDON_COUNTRY_OTHER);
    assert_true(has_ident(h, "other", "Q296771"));
    assert_string_equal(h->source_list, "Wikidata Politically Exposed Persons");
    const cordon_entity *f = must_find(idx, "wd_persons:Q61589");
    assert_string_equal(f->caption, "Saleh Al-Fawzan");
    assert_int_equal(f->birth_dates[0].from.year, 1933);
    cordon_index_close(idx);

    /* Detected from its header, before the custom-list CSV detector (which wants id,schema,name). */
    snprintf(source, sizeof source, "%s/formats/opensanctions-wd-peps-2024-03/targets.simple.csv", data);
    idx = open_one(source);
    assert_string_equal(cordon_index_list(idx, 0)->format, "os-simple-csv");
    cordon_index_close(idx);
}

static const char HEADER[] = "\"id\",\"schema\",\"name\",\"aliases\",\"birth_date\",\"countries\",\"addresses\",\"identifiers\","
                             "\"sanctions\",\"phones\",\"emails\",\"program_ids\",\"dataset\",\"first_seen\",\"last_seen\","
                             "\"last_change\"\n";

static void every_column_and_the_load_report(void **state)
{
    (void)state;
    char content[4096];
    snprintf(content, sizeof content,
             "%s"
             "\"NK-1\",\"Person\",\"Ivan Petrov\",\"Иван Петров;Vanya\",\"1960;1961-05-02;unknown\",\"ru;zz\","
             "\"1 Main St, Moscow\",\"AB123\",\"Russia-related Designations\",\"+7 495 000\",\"ivan@example.org\","
             "\"RUSSIA-EO14024\",\"US OFAC SDN\",\"2022-01-01T00:00:00\",\"2024-05-01T10:00:00\",\"2024-04-01T00:00:00\"\n"
             "\"NK-2\",\"Vessel\",\"SEA STAR\",\"\",\"\",\"pa\",\"\",\"9123456\",\"\",\"\",\"\",\"\",\"US OFAC SDN\",\"\","
             "\"2024-06-01T00:00:00\",\"\"\n"
             "\"NK-3\",\"Address\",\"1 Main St\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"US OFAC SDN\",\"\",\"\",\"\"\n"
             "\"NK-1\",\"Person\",\"Again\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"US OFAC SDN\",\"\",\"\",\"\"\n"
             "\"NK-4\",\"Company\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"US OFAC SDN\",\"\",\"\",\"\"\n"
             "\"\",\"Company\",\"No Id\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"US OFAC SDN\",\"\",\"\",\"\"\n"
             "\"NK-5\",\"Company\",\"Short Row\"\n",
             HEADER);
    const char *path = write_temp("simple.csv", content, strlen(content));
    char source[600];
    snprintf(source, sizeof source, "os-simple-csv:%s", path);
    cordon_index *idx = open_one(source);
    const cordon_list_info *l = cordon_index_list(idx, 0);
    /* No index.json beside it: the list is named after the file, versioned by last_seen. */
    char list_id[300];
    snprintf(list_id, sizeof list_id, "cordon-test-%d-simple", (int)getpid());
    assert_string_equal(l->id, list_id);
    assert_string_equal(l->version, "2024-06-01T00:00:00");
    assert_int_equal(l->entities, 2);
    assert_int_equal(l->names, 4);
    assert_int_equal(l->skipped, 5);
    assert_int_equal(l->repaired, 2);
    assert_int_equal(l->n_issues, 7);
    assert_int_equal(issue(l, "FtM schema Address is not a screened party", 1), 1);
    assert_int_equal(issue(l, "duplicate id", 1), 1);
    assert_int_equal(issue(l, "row without a name", 1), 1);
    assert_int_equal(issue(l, "row without an id", 1), 1);
    assert_int_equal(issue(l, "row with the wrong number of fields", 1), 1);
    assert_int_equal(issue(l, "date that is not an ISO 8601 date dropped", 0), 1);
    assert_int_equal(issue(l, "country that is not an ISO 3166-1 country dropped", 0), 1);

    char id[400];
    snprintf(id, sizeof id, "%s:NK-1", list_id);
    const cordon_entity *p = must_find(idx, id);
    assert_int_equal(p->n_names, 3);
    assert_int_equal(p->names[1].kind, CORDON_NAME_ORIGINAL_SCRIPT);
    assert_int_equal(p->names[2].kind, CORDON_NAME_ALIAS);
    assert_int_equal(p->n_birth_dates, 2);
    assert_int_equal(p->birth_dates[1].from.day, 2);
    assert_int_equal(p->n_countries, 1);
    assert_string_equal(p->countries[0].code, "RU");
    assert_string_equal(p->addresses[0], "1 Main St, Moscow");
    assert_true(has_ident(p, "other", "AB123"));
    assert_true(has_ident(p, "phone", "+7 495 000"));
    assert_true(has_ident(p, "email", "ivan@example.org"));
    assert_int_equal(p->n_programs, 2);
    assert_string_equal(p->programs[0], "Russia-related Designations");
    assert_string_equal(p->programs[1], "RUSSIA-EO14024");
    assert_string_equal(p->source_list, "US OFAC SDN");
    snprintf(id, sizeof id, "%s:NK-2", list_id);
    assert_int_equal(must_find(idx, id)->schema, CORDON_SCHEMA_VESSEL);

    char want[800];
    snprintf(want, sizeof want, "%s:5: id 'NK-1' was already used on line 2", path);
    bool seen = false;
    for (size_t i = 0; i < cordon_index_warning_count(idx); i++)
        seen |= strcmp(cordon_index_warning(idx, i), want) == 0;
    assert_true(seen);
    cordon_index_close(idx);
    unlink(path);
}

static void expect_error(const char *name, const char *content, int status, long line, const char *what)
{
    expect_load_error("os-simple-csv", name, content, strlen(content), status, line, what);
}

static void malformed_files_are_refused(void **state)
{
    (void)state;
    expect_error("empty.csv", "", CORDON_EDATA, 1,
                 "the file is empty; targets.simple.csv starts with a header line (id,schema,name,...)");
    expect_error("noname.csv", "id,schema,aliases\nQ1,Person,Ann\n", CORDON_EDATA, 1,
                 "missing required column 'name' in the header");
    char content[512];
    snprintf(content, sizeof content, "%s\"Q1\",\"Person\",\"Bj\xF6rn\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n",
             HEADER);
    expect_error("latin1.csv", content, CORDON_EDATA, 2,
                 "invalid UTF-8 in field 3 (byte 3 of the field); targets.simple.csv is UTF-8");
    snprintf(content, sizeof content, "%s\"Q1\",\"Person\",\"Ann\n", HEADER);
    expect_error("quote.csv", content, CORDON_EDATA, 2, "unterminated quoted field (the quote opened here is never closed)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(real_export_with_its_index),
        cmocka_unit_test(every_column_and_the_load_report),
        cmocka_unit_test(malformed_files_are_refused),
    };
    return cmocka_run_group_tests_name("lists_os_simple_csv", tests, NULL, NULL);
}
