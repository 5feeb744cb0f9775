/*
 * test_lists_gb_hmt_csv.c — the OFSI Consolidated List loader (gb-hmt-csv) against the real
 * ConList.csv of 13 April 2018 in ../shared/data: exact counts, the load report, a handful of
 * entities field by field; a later edition of the format written here; and each kind of
 * broken file refused with its file, line and cause.
 */
#include <zlib.h>

#include "list_checks.h"

static const char *conlist(void)
{
    static char path[4200];
    snprintf(path, sizeof path, "gb-hmt-csv:%s/lists/gb-hmt-2018-04/ConList.csv", require_shared());
    return path;
}

/* The group setup opens the real list once for the tests that only read it (an index does not
 * change once open, and each load takes a second, many under valgrind); NULL without shared
 * data, where those tests skip. */
static int open_real_list(void **state)
{
    *state = shared_data() ? open_one(conlist()) : NULL;
    return 0;
}

static void real_list_counts_and_load_report(void **state)
{
    cordon_index *idx = real_list(state);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->id, "gb-hmt");
    assert_string_equal(list->format, "gb-hmt-csv");
    assert_string_equal(list->version, "2018-04-13"); /* the "Last Updated" line */
    assert_int_equal(list->entities, 2106);           /* one per Group ID, from 9,487 rows */
    assert_int_equal(list->names, 5548);
    assert_int_equal(list->skipped, 0);
    assert_int_equal(issue_count(list, "entity with a ship's IMO number (taken as a vessel)", 0), 25);
    assert_int_equal(issue_count(list, "identifier without a number (kept in remarks)", 0), 2);
    assert_int_equal(issue_count(list, "nationality not recognised (kept in remarks)", 0), 17);
    assert_int_equal(issue_count(list, "country of birth not recognised (kept as a place of birth)", 0), 4);
    assert_int_equal(issue_count(list, "address country not recognised (kept in the address)", 0), 4);
    assert_int_equal(list->n_issues, 5);
    assert_int_equal(list->repaired, 52);
    assert_int_equal(cordon_index_warning_count(idx), 52);

    size_t schemas[N_SCHEMAS];
    count_schemas(idx, schemas);
    assert_int_equal(schemas[CORDON_SCHEMA_PERSON], 1426);
    assert_int_equal(schemas[CORDON_SCHEMA_ORGANIZATION], 655);
    assert_int_equal(schemas[CORDON_SCHEMA_VESSEL], 25);
}

static void person_spread_over_non_adjacent_rows(void **state)
{
    cordon_index *idx = real_list(state);
    /* Group 13349 has 16 rows, on lines 3-4, 821-822, 1285-1288, 1796-1797, 1812-1815, 8351-8352. */
    const cordon_entity *e = must_find(idx, "gb-hmt:13349");
    assert_string_equal(e->native_id, "13349");
    assert_int_equal(e->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(e->caption, "Nayef Salam Muhammad Ujaym AL-HABABI");
    assert_int_equal(e->n_names, 8);
    assert_int_equal(e->names[0].kind, CORDON_NAME_PRIMARY);
    assert_string_equal(e->names[0].given, "Nayef");
    assert_string_equal(e->names[0].middle, "Salam Muhammad Ujaym");
    assert_string_equal(e->names[0].family, "AL-HABABI");
    assert_null(e->names[0].patronymic);
    expect_name(e, "Sheikh Farooq AL-QAHTANI", CORDON_NAME_ALIAS);
    expect_name(e, "Imran Farouk SHAYKH", CORDON_NAME_ALIAS);
    assert_int_equal(e->n_birth_dates, 2); /* "00/00/1980" and "00/00/1981" */
    expect_date(&e->birth_dates[0], 1980, 0, 0);
    expect_date(&e->birth_dates[1], 1981, 0, 0);
    assert_int_equal(e->n_countries, 4);
    expect_country(e, "SA", CORDON_COUNTRY_BIRTH);
    expect_country(e, "SA", CORDON_COUNTRY_NATIONALITY); /* "1) Saudi Arabia 2) Qatar" */
    expect_country(e, "QA", CORDON_COUNTRY_NATIONALITY);
    expect_country(e, "AF", CORDON_COUNTRY_ADDRESS);    /* "Afghanistan (since 2009)" */
    assert_int_equal(e->n_identifiers, 1);
    expect_identifier(e, "passport", "592667", "QA", "Passport No: 592667 (Qatari passport issued on 3 May 2007).");
    assert_int_equal(e->n_programs, 1);
    assert_string_equal(e->programs[0], "The ISIL (Da'esh) and Al-Qaida organisations");
    assert_string_equal(e->listed_on, "2016-04-01");
    expect_text(e->addresses, e->n_addresses, "Afghanistan (since 2009)", "address");
    expect_text(e->birth_places, e->n_birth_places, "Saudi Arabia", "place of birth");
    assert_non_null(strstr(e->remarks, "UN Ref QDe.004."));
}

static void programs_titles_and_earliest_listing(void **state)
{
    cordon_index *idx = real_list(state);
    const cordon_entity *e = must_find(idx, "gb-hmt:9062");
    assert_string_equal(e->caption, "Qasem SOLEIMANI");
    assert_int_equal(e->n_names, 11);
    assert_int_equal(e->n_programs, 3);
    expect_text(e->programs, e->n_programs, "Syria", "program");
    expect_text(e->programs, e->n_programs, "Terrorism and Terrorist Financing", "program");
    expect_text(e->programs, e->n_programs, "Iran (nuclear proliferation)", "program");
    assert_string_equal(e->listed_on, "2007-03-24"); /* the earliest of 24/03/2007, 24/06/2011, 17/10/2011 */
    expect_text(e->positions, e->n_positions, "Brigadier General", "position"); /* the Title column */
    expect_text(e->positions, e->n_positions, "Commander of Iranian Revolutionary Guard Corps, IRGC - Qods", "position");
    expect_date(&e->birth_dates[0], 1957, 3, 11);
    expect_country(e, "IR", CORDON_COUNTRY_NATIONALITY);
    expect_identifier(e, "passport", "008827", "IR", "008827 (Iran Diplomatic). Issued 1999");
    expect_text(e->birth_places, e->n_birth_places, "Qom, Iran", "place of birth");

    /* FKA rows are former names. */
    e = must_find(idx, "gb-hmt:7247");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_string_equal(e->caption, "THE ORGANIZATION OF AL-QAIDA IN THE ISLAMIC MAGHREB");
    expect_name(e, "SALAFIST GROUP FOR CALL AND COMBAT", CORDON_NAME_FORMER);
    expect_name(e, "AQIM", CORDON_NAME_ALIAS);
    assert_null(e->names[0].given);
    expect_country(e, "DZ", CORDON_COUNTRY_ADDRESS);
}

static void documents_and_vessels(void **state)
{
    cordon_index *idx = real_list(state);
    /* "Jordanian passport numbers (1) K048787 (2) 486298": the heading names the issuer. */
    const cordon_entity *e = must_find(idx, "gb-hmt:13194");
    expect_identifier(e, "passport", "K048787", "JO", "Jordanian passport numbers: K048787");
    expect_identifier(e, "passport", "486298", "JO", "Jordanian passport numbers: 486298");
    expect_identifier(e, "national_id", "28440000526", "QA", "Qatar national id no. 28440000526");

    /* An identity card listed under Passport Details is a national id. */
    e = must_find(idx, "gb-hmt:13137");
    expect_identifier(e, "passport", "05AT521433", "FR",
                      "Passport No: 05AT521433 (French passport number, issued on 30/11/2005 by the sous-prefecture "
                      "of police of Lorient, France)");
    expect_identifier(e, "national_id", "050456101445", "FR",
                      "Passport No: 050456101445 (French national identity card, issued on 19/05/2005 by the "
                      "sous-prefecture of police of Lorient, France)");

    /* An item without a number stays in the remarks. */
    e = must_find(idx, "gb-hmt:12884");
    expect_identifier(e, "passport", "6487", "EG", "6487 (Egypt). Issued 30 Jan 1986.");
    expect_identifier(e, "passport", "388181", "YE", "388181 (Yemen).");
    assert_int_equal(e->n_identifiers, 2);
    assert_non_null(strstr(e->remarks, "; Passport Details: (Eqypt). Issued 1993."));

    /* A ship filed as an Entity, known by the check digit of its IMO number. */
    e = must_find(idx, "gb-hmt:13556");
    assert_int_equal(e->schema, CORDON_SCHEMA_VESSEL);
    assert_string_equal(e->caption, "TONG SAN 2");
    expect_identifier(e, "imo", "8937675", NULL, NULL);
    expect_identifier(e, "mmsi", "445539000", NULL, NULL);
    /* A shipping company's IMO number fails the ship check digit: it stays an organization. */
    e = must_find(idx, "gb-hmt:13340");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    expect_identifier(e, "registration", "5342883", NULL, "IMO company number");
}

static void detected_without_prefix(void **state)
{
    (void)state;
    char source[4200];
    snprintf(source, sizeof source, "%s/lists/gb-hmt-2018-04/ConList.csv", require_shared());
    cordon_index *idx = open_one(source);
    assert_string_equal(cordon_index_list(idx, 0)->format, "gb-hmt-csv");
    cordon_index_close(idx);
}

/* A later edition: UTF-8 with a byte-order mark, no "Last Updated" line, Name Non-Latin
 * Script, Alias Quality, Passport Number, ships. */
static const char LATER[] =
    "\xEF\xBB\xBFName 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,DOB,Nationality,"
    "Passport Number,Passport Details,Country,Other Information,Group Type,Alias Type,Alias Quality,Regime,"
    "Listed On,Group ID\n"
    "PETROV,Ivan,Ivanovich,,,,Dr,\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2,dd/mm/1961,Russia,"
    "\"(1) 7123 (2) 7124\",issued in Moscow,Russia,,Individual,Primary name,,Russia,15/03/2022,100\n"
    "PETROFF,Ivan,,,,,,,00/02/1962,,,,,,Individual,Alias,Low quality,Russia,15/03/2022,100\n"
    "PETROV,Vanya,,,,,,,,,,,,,Individual,Primary name variation,Good quality,Russia,15/03/2022,100\n"
    "SEA STAR,,,,,,,,,,,,Panama,IMO number: 9074729,Ship,Primary name,,Russia,01/04/2022,200\n"
    "OLD NAME,,,,,,,,,,,,,,Ship,Nickname,,Russia,01/04/2022,200\n"
    "GHOST,,,,,,,,,,,,,,Entity,AKA,,Russia,01/04/2022,300\n"
    ",,,,,,,,,,,,,,Entity,AKA,,Russia,01/04/2022,300\n"
    "NO GROUP,,,,,,,,,,,,,,Entity,AKA,,Russia,01/04/2022,\n"
    "SHORT,ROW\n"
    "NOBODY,,,,,,,,sometime,Atlantis,,,Atlantis,,Robot,Primary name,,Russia,someday,400\n"
    "PHANTOM,,,,,,,,,,,,,IMO number: 9074729,Ghost,Primary name,,Russia,01/04/2022,500\n";

static void later_edition_with_repairs_and_skips(void **state)
{
    (void)state;
    cordon_index *idx = load_text("gb-hmt-csv", "later.csv", LATER, sizeof LATER - 1);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_non_null(strstr(list->version, "file date "));
    assert_int_equal(list->entities, 5);
    assert_int_equal(list->names, 9);
    assert_int_equal(list->skipped, 2);
    assert_int_equal(issue_count(list, "row without a Group ID", 1), 1);
    assert_int_equal(issue_count(list, "row with a wrong number of fields", 1), 1);
    assert_int_equal(issue_count(list, "unknown Alias Type (name kept as an alias)", 0), 1);
    assert_int_equal(issue_count(list, "group without a primary name (its first name taken as primary)", 0), 1);
    assert_int_equal(issue_count(list, "row without a name (its other fields kept)", 0), 1);
    assert_int_equal(issue_count(list, "unknown Group Type (taken as a person or organization)", 0), 2);
    assert_int_equal(issue_count(list, "entity with a ship's IMO number (taken as a vessel)", 0), 1);
    assert_int_equal(issue_count(list, "date of birth not understood (kept in remarks)", 0), 1);
    assert_int_equal(issue_count(list, "nationality not recognised (kept in remarks)", 0), 1);
    assert_int_equal(issue_count(list, "address country not recognised (kept in the address)", 0), 1);
    assert_int_equal(issue_count(list, "listing date not understood (kept in remarks)", 0), 1);
    assert_int_equal(list->repaired, 10);

    const cordon_entity *e = must_find(idx, "gb-hmt:100");
    assert_string_equal(e->caption, "Ivan Ivanovich PETROV");
    assert_string_equal(e->names[0].given, "Ivan");
    expect_name(e, "Петров", CORDON_NAME_ORIGINAL_SCRIPT);
    expect_name(e, "Ivan PETROFF", CORDON_NAME_WEAK_ALIAS);
    expect_name(e, "Vanya PETROV", CORDON_NAME_ALIAS);
    expect_text(e->positions, e->n_positions, "Dr", "position");
    expect_date(&e->birth_dates[0], 1961, 0, 0);
    expect_date(&e->birth_dates[1], 1962, 2, 0);
    expect_country(e, "RU", CORDON_COUNTRY_NATIONALITY);
    expect_country(e, "RU", CORDON_COUNTRY_ADDRESS);
    expect_identifier(e, "passport", "7123", NULL, "issued in Moscow");
    expect_identifier(e, "passport", "7124", NULL, "issued in Moscow");
    assert_string_equal(e->listed_on, "2022-03-15");

    e = must_find(idx, "gb-hmt:200");
    assert_int_equal(e->schema, CORDON_SCHEMA_VESSEL);
    expect_identifier(e, "imo", "9074729", NULL, NULL);
    expect_name(e, "OLD NAME", CORDON_NAME_ALIAS);
    expect_country(e, "PA", CORDON_COUNTRY_ADDRESS);

    e = must_find(idx, "gb-hmt:400");
    assert_int_equal(e->schema, CORDON_SCHEMA_LEGAL_ENTITY); /* "Robot": a person or organization */
    assert_non_null(strstr(e->remarks, "DOB: sometime"));
    assert_non_null(strstr(e->remarks, "Nationality: Atlantis"));
    assert_non_null(strstr(e->remarks, "Listed On: someday"));
    expect_text(e->addresses, e->n_addresses, "Atlantis", "address");
    assert_null(e->listed_on);

    /* A party of unknown type with a ship's IMO number is a vessel, as an entity with one is. */
    e = must_find(idx, "gb-hmt:500");
    assert_int_equal(e->schema, CORDON_SCHEMA_VESSEL);
    cordon_index_close(idx);
}

static void broken_files_are_refused(void **state)
{
    (void)state;
    static const char HEADER[] = "Last Updated,13/04/2018\n"
                                 "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Group Type,Alias Type,Group ID\n";
    char buf[1024];
    expect_load_error("gb-hmt-csv", "empty.csv", "", 0, CORDON_EDATA, 1, "the file is empty");
    expect_load_error("gb-hmt-csv", "other.csv", "id,schema,name\n1,Person,Ann\n", 28, CORDON_EDATA, 1,
                      "missing required column 'Name 6' in the header (not an OFSI ConList file?)");
    snprintf(buf, sizeof buf, "Last Updated,13/04/2018\nName 6,Name 1,Group Type,Alias Type\nX,,Entity,AKA,1\n");
    expect_load_error("gb-hmt-csv", "nocol.csv", buf, strlen(buf), CORDON_EDATA, 2,
                      "missing required column 'Group ID' in the header (not an OFSI ConList file?)");
    expect_load_error("gb-hmt-csv", "cut.csv", "Last Updated,13/04/2018\n", 24, CORDON_EDATA, 2,
                      "no header line after the \"Last Updated\" line (the file is cut short)");
    snprintf(buf, sizeof buf, "%sSMITH,John,,,,,Individual,Prime Alias,1\n\"JONES,Ann", HEADER);
    expect_load_error("gb-hmt-csv", "quote.csv", buf, strlen(buf), CORDON_EDATA, 4,
                      "unterminated quoted field (the quote opened here is never closed)");
    snprintf(buf, sizeof buf, "\xEF\xBB\xBF%sSM\xC9TH,John,,,,,Individual,Prime Alias,1\n", HEADER);
    expect_load_error("gb-hmt-csv", "utf8.csv", buf, strlen(buf), CORDON_EDATA, 3,
                      "invalid UTF-8 in column 'Name 6' (byte 3 of the field) in a file marked as UTF-8");

    /* A gzip stream cut in the middle is a broken file, not a shorter list. */
    char gz_path[512];
    snprintf(gz_path, sizeof gz_path, "%s/cordon-test-%d-cut.csv.gz", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
             (int)getpid());
    gzFile gz = gzopen(gz_path, "wb");
    gzputs(gz, HEADER);
    for (int i = 0; i < 3000; i++)
        gzprintf(gz, "NAME %d,Given %d,,,,,Individual,Prime Alias,%d\n", i * 7919, i, i);
    gzclose(gz);
    struct stat st;
    assert_int_equal(stat(gz_path, &st), 0);
    assert_int_equal(truncate(gz_path, st.st_size / 2), 0);
    char source[600];
    snprintf(source, sizeof source, "gb-hmt-csv:%s", gz_path);
    const char *sources[] = {source};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_EDATA);
    assert_non_null(strstr(cordon_index_errmsg(idx), "read error"));
    assert_int_equal(strncmp(cordon_index_errmsg(idx), gz_path, strlen(gz_path)), 0);
    cordon_index_close(idx);
    unlink(gz_path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(real_list_counts_and_load_report),
        cmocka_unit_test(person_spread_over_non_adjacent_rows),
        cmocka_unit_test(programs_titles_and_earliest_listing),
        cmocka_unit_test(documents_and_vessels),
        cmocka_unit_test(detected_without_prefix),
        cmocka_unit_test(later_edition_with_repairs_and_skips),
        cmocka_unit_test(broken_files_are_refused),
    };
    return cmocka_run_group_tests_name("lists_gb_hmt_csv", tests, open_real_list, close_real_list);
}
