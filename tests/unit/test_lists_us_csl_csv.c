/*
 * test_lists_us_csl_csv.c — the US Consolidated Screening List loader (us-csl-csv) against the
 * real consolidated.csv.gz of January 2025 in ../shared/data: exact counts overall and per
 * source list, the load report, a handful of entities field by field; a plain .csv written
 * here; and each kind of broken file refused with its file, line and cause.
 */
#include <zlib.h>

#include "list_checks.h"

static const char *consolidated(void)
{
    static char path[4200];
    snprintf(path, sizeof path, "us-csl-csv:%s/lists/us-csl-2025-01/consolidated.csv.gz", require_shared());
    return path;
}

/* The group setup opens the real list once for the tests that only read it (an index does not
 * change once open, and each load takes a second, many under valgrind); NULL without shared
 * data, where those tests skip. */
static int open_real_list(void **state)
{
    *state = shared_data() ? open_one(consolidated()) : NULL;
    return 0;
}

static void real_list_counts_and_load_report(void **state)
{
    cordon_index *idx = real_list(state);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->id, "us-csl");
    assert_string_equal(list->format, "us-csl-csv");
    assert_int_equal(strncmp(list->version, "file date ", 10), 0); /* the file carries no date */
    assert_int_equal(strlen(list->version), strlen("file date 2025-01-01"));
    assert_int_equal(list->entities, 14048); /* 14,160 rows; 112 repeat an _id */
    assert_int_equal(list->names, 33493);
    assert_int_equal(list->skipped, 0);
    assert_int_equal(issue_count(list, "row repeating an earlier _id (merged into one entity)", 0), 112);
    assert_int_equal(issue_count(list, "address without a country (US by its state and ZIP code)", 0), 163);
    assert_int_equal(issue_count(list, "address country not recognised (kept in the address)", 0), 92);
    assert_int_equal(issue_count(list, "start date not understood (kept in remarks)", 0), 3);
    assert_int_equal(list->n_issues, 4);
    assert_int_equal(list->repaired, 370);

    size_t schemas[N_SCHEMAS];
    count_schemas(idx, schemas);
    assert_int_equal(schemas[CORDON_SCHEMA_PERSON], 5284);
    assert_int_equal(schemas[CORDON_SCHEMA_ORGANIZATION], 4423);
    assert_int_equal(schemas[CORDON_SCHEMA_LEGAL_ENTITY], 3625); /* no type: Entity List, DPL, ITAR, ... */
    assert_int_equal(schemas[CORDON_SCHEMA_VESSEL], 433);
    assert_int_equal(schemas[CORDON_SCHEMA_AIRCRAFT], 283);
}

static void entities_per_source_list(void **state)
{
    static const struct {
        const char *source;
        size_t entities;
    } WANT[] = {
        {"Specially Designated Nationals (SDN) - Treasury Department", 10026},
        {"Entity List (EL) - Bureau of Industry and Security", 2001},
        {"ITAR Debarred (DTC) - State Department", 727},
        {"Denied Persons List (DPL) - Bureau of Industry and Security", 462},
        {"Sectoral Sanctions Identifications List (SSI) - Treasury Department", 290},
        {"Unverified List (UVL) - Bureau of Industry and Security", 201},
        {"Nonproliferation Sanctions (ISN) - State Department", 163},
        {"Palestinian Legislative Council List (PLC) - Treasury Department", 78},
        {"Military End User (MEU) List - Bureau of Industry and Security", 71},
        {"Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department", 68},
        {"Capta List (CAP) - Treasury Department", 52},
        {"Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department", 17},
        {"Foreign Sanctions Evaders (FSE) - Treasury Department", 3},
    };
    cordon_index *idx = real_list(state);
    size_t on_several = 0, on_three = 0;
    for (size_t i = 0; i < cordon_index_entity_count(idx); i++) {
        const char *s = cordon_index_entity(idx, i)->source_list;
        assert_non_null(s);
        on_several += strstr(s, "; ") != NULL;
        on_three += strstr(s, "; ") && strstr(strstr(s, "; ") + 2, "; ");
    }
    assert_int_equal(on_several, 70);
    assert_int_equal(on_three, 41);
    for (size_t k = 0; k < sizeof WANT / sizeof WANT[0]; k++) {
        size_t n = 0;
        for (size_t i = 0; i < cordon_index_entity_count(idx); i++)
            n += strstr(cordon_index_entity(idx, i)->source_list, WANT[k].source) != NULL;
        if (n != WANT[k].entities)
            fail_msg("%s: %zu entities, expected %zu", WANT[k].source, n, WANT[k].entities);
    }
}

static void people_and_their_documents(void **state)
{
    cordon_index *idx = real_list(state);
    const cordon_entity *e = must_find(idx, "us-csl:17291");
    assert_int_equal(e->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(e->caption, "'ABD AL-SALAM, 'Abd al-Malik Muhammad Yusuf 'Uthman");
    /* "FAMILY, Given Middle names" split as OFAC's own list splits it (cdn_ofac_add_name) */
    assert_string_equal(e->names[0].family, "'ABD AL-SALAM");
    assert_string_equal(e->names[0].given, "'Abd");
    assert_string_equal(e->names[0].middle, "al-Malik Muhammad Yusuf 'Uthman");
    /* a patronymic after the given name is a middle name there, and a patronymic to the
     * matcher (its -vich ending): the same alias scores the same on both lists */
    const cordon_entity *luk = must_find(idx, "us-csl:9760");
    const cordon_name *alias = NULL;
    for (size_t i = 0; i < luk->n_names; i++)
        if (strcmp(luk->names[i].full, "LUKASHENKO, Alexander Grigoryevich") == 0)
            alias = &luk->names[i];
    assert_non_null(alias);
    assert_string_equal(alias->family, "LUKASHENKO");
    assert_string_equal(alias->given, "Alexander");
    assert_string_equal(alias->middle, "Grigoryevich");
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(idx, "Alexander Lukaschenko", NULL, &res), CORDON_OK);
    assert_true(cordon_results_count(res) > 0);
    const cordon_result *top = cordon_results_get(res, 0);
    assert_string_equal(top->entity->id, "us-csl:9760");
    /* 0.97 on OFAC's list: the spelling pair alone falls short (0.92 while the patronymic left
     * out still weighed, 0.83 before it was optional) */
    if (top->score < 0.95 || top->score > 0.99)
        fail_msg("Alexander Lukaschenko scores %.4f against us-csl:9760", top->score);
    assert_non_null(strstr(top->explanation, "grigoryevich unmatched in name (patronymic, optional)"));
    cordon_results_free(res);
    assert_int_equal(e->n_names, 4);
    expect_name(e, "'Umar al-Tayyar", CORDON_NAME_ALIAS);
    assert_int_equal(e->n_birth_dates, 1);
    expect_date(&e->birth_dates[0], 1989, 7, 13);
    expect_country(e, "JO", CORDON_COUNTRY_NATIONALITY);
    /* "JO, 2014-08-30, 2009-08-31, K475336, Passport": country, expiry, issue, number, type */
    expect_identifier(e, "passport", "K475336", "JO", "Passport; expires 2014-08-30; issued 2009-08-31");
    expect_identifier(e, "national_id", "28940000602", "QA", "National ID No.");
    assert_string_equal(e->programs[0], "SDGT");
    assert_string_equal(e->source_list, "Specially Designated Nationals (SDN) - Treasury Department");

    e = must_find(idx, "us-csl:29703");
    assert_string_equal(e->gender, "male");
    expect_country(e, "RU", CORDON_COUNTRY_BIRTH); /* "Saint Petersburg, Russia" */
    expect_text(e->birth_places, e->n_birth_places, "Saint Petersburg, Russia", "place of birth");
    expect_identifier(e, "digital_currency", "1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3", NULL, "XBT");
    expect_identifier(e, "digital_currency", "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c", NULL, "ETH");
    expect_identifier(e, "email", "antonandreyv@gmail.com", NULL, "Email Address");
    expect_identifier(e, "phone", "79315403678", NULL, "Phone Number");
    expect_text(e->addresses, e->n_addresses, "9 3 Bloshevikov Prospect Apt 35, Saint Petersburg, RU", "address");

    e = must_find(idx, "us-csl:26860");
    assert_int_equal(e->n_programs, 3);
    expect_text(e->programs, e->n_programs, "IRGC", "program");
    assert_int_equal(e->n_relations, 1);
    assert_string_equal(e->relations[0].type, "linked_to");
    assert_string_equal(e->relations[0].target_name, "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE");
    assert_non_null(strstr(e->remarks, "Additional Sanctions Information: Subject to Secondary Sanctions"));
}

static void merged_rows_vessels_aircraft_and_denied_persons(void **state)
{
    cordon_index *idx = real_list(state);
    /* Three rows with _id 18725, one per source list. */
    const cordon_entity *e = must_find(idx, "us-csl:18725");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_string_equal(e->caption, "BANCO VTB AFRICA SA");
    assert_string_equal(e->source_list, "Capta List (CAP) - Treasury Department; Specially Designated Nationals (SDN) - "
                                        "Treasury Department; Sectoral Sanctions Identifications List (SSI) - "
                                        "Treasury Department");
    assert_int_equal(e->n_names, 2);
    expect_identifier(e, "swift", "VTBLAOLU", NULL, "SWIFT/BIC");
    expect_identifier(e, "website", "www.vtb.ao", NULL, "Website");
    expect_country(e, "AO", CORDON_COUNTRY_ADDRESS);
    assert_string_equal(e->relations[0].target_name, "VTB BANK PUBLIC JOINT STOCK COMPANY");

    e = must_find(idx, "us-csl:27304");
    assert_int_equal(e->schema, CORDON_SCHEMA_VESSEL);
    expect_name(e, "GRACE 1", CORDON_NAME_ALIAS);
    expect_identifier(e, "imo", "9116412", NULL, "Vessel Registration Identification");
    expect_country(e, "IR", CORDON_COUNTRY_REGISTRATION); /* vessel_flag Iran */
    expect_country(e, "PA", CORDON_COUNTRY_OTHER);        /* Former Vessel Flag */
    assert_non_null(strstr(e->remarks, "Former Vessel Flag: Panama"));
    assert_non_null(strstr(e->remarks, "Vessel type: Crude Oil Tanker"));

    e = must_find(idx, "us-csl:15445");
    assert_int_equal(e->schema, CORDON_SCHEMA_AIRCRAFT);
    expect_date(&e->birth_dates[0], 1988, 5, 17); /* Aircraft Manufacture Date */
    assert_string_equal(e->relations[0].type, "operator");
    assert_string_equal(e->relations[0].target_name, "MAHAN AIR");
    assert_non_null(strstr(e->remarks, "Aircraft Model: A300B4-605R"));

    /* The Denied Persons List gives no type and US addresses without a country. */
    e = must_find(idx, "us-csl:8ad385fad48680ca6f17dfa3df5b137883577c59");
    assert_int_equal(e->schema, CORDON_SCHEMA_LEGAL_ENTITY);
    assert_string_equal(e->caption, "ABEL HERNANDEZ, JR.");
    expect_country(e, "US", CORDON_COUNTRY_ADDRESS);
    expect_text(e->addresses, e->n_addresses, "120 SAINT JOHN DRIVE, PHARR, TX, 78577", "address");
    assert_string_equal(e->listed_on, "2021-04-30");
    assert_string_equal(e->remarks,
                        "F.R. NOTICE ADDED; Federal Register notice: 86 F.R. 23920 5/5/2021; End date: 2029-08-29");
}

static void detected_without_prefix(void **state)
{
    (void)state;
    char source[4200];
    snprintf(source, sizeof source, "%s/lists/us-csl-2025-01/consolidated.csv.gz", require_shared());
    cordon_index *idx = open_one(source);
    assert_string_equal(cordon_index_list(idx, 0)->format, "us-csl-csv");
    cordon_index_close(idx);
}

static const char HEADER[] =
    "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,"
    "standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
    "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,"
    "dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";

static void plain_csv_with_repairs_and_skips(void **state)
{
    (void)state;
    char buf[4096];
    snprintf(buf, sizeof buf,
             "%s"
             "1,SDN,1,Individual,A; B,\"DOE, John\",,\"Main St 1, Springfield, IL, 62701; Nowhere Lane\",,"
             "2020-02-30,,,,,,,,,,,,,\"DOE, Johnny; JD\",US; Atlantis,circa 1960; sometime,,\"Kyiv, Ukraine\",,"
             "\"Female, Gender; ZZ, X1, Passport; 5, Widget Count; Korea, North, Nationality of Registration\"\n"
             "2,SDN,2,Robot,,THING,,,,,,,,,CALL1,Tanker,,,Atlantis,ACME,,,,,,,,,"
             "\"AB123, Vessel Registration Identification; IMO 9074729, Vessel Registration Identification\"\n"
             ",SDN,,,,NOBODY,,,,,,,,,,,,,,,,,,,,,,,\n"
             "3,SDN,,,,,,,,,,,,,,,,,,,,,,,,,,,\n"
             "4,too,few\n"
             "1,SSI,1,Individual,C,\"DOE, John\",,,,2019-05-01,,,,,,,,,,,,,,,,,,,\n",
             HEADER);
    cordon_index *idx = load_text("us-csl-csv", "plain.csv", buf, strlen(buf));
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_int_equal(list->entities, 2);
    assert_int_equal(list->names, 4);
    assert_int_equal(list->skipped, 3);
    assert_int_equal(issue_count(list, "row without an _id", 1), 1);
    assert_int_equal(issue_count(list, "row without a name", 1), 1);
    assert_int_equal(issue_count(list, "row with a wrong number of fields", 1), 1);
    assert_int_equal(issue_count(list, "row repeating an earlier _id (merged into one entity)", 0), 1);
    assert_int_equal(issue_count(list, "address without a country (US by its state and ZIP code)", 0), 1);
    assert_int_equal(issue_count(list, "address country not recognised (kept in the address)", 0), 1);
    assert_int_equal(issue_count(list, "country not recognised (kept in remarks)", 0), 2);
    assert_int_equal(issue_count(list, "date of birth not understood (kept in remarks)", 0), 1);
    assert_int_equal(issue_count(list, "start date not understood (kept in remarks)", 0), 1);
    assert_int_equal(issue_count(list, "identifier of an unknown type (kept as other)", 0), 1);
    assert_int_equal(issue_count(list, "unknown type (taken as a person or organization)", 0), 1);
    assert_int_equal(list->repaired, 9);

    const cordon_entity *e = must_find(idx, "us-csl:1");
    assert_int_equal(e->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(e->source_list, "SDN; SSI");
    assert_int_equal(e->n_programs, 3);
    assert_string_equal(e->names[0].family, "DOE");
    assert_string_equal(e->names[0].given, "John");
    expect_name(e, "JD", CORDON_NAME_ALIAS);
    assert_string_equal(e->gender, "female");
    assert_int_equal(e->n_birth_dates, 1);
    assert_true(e->birth_dates[0].approximate);
    expect_country(e, "US", CORDON_COUNTRY_CITIZENSHIP);
    expect_country(e, "US", CORDON_COUNTRY_ADDRESS);
    expect_country(e, "UA", CORDON_COUNTRY_BIRTH);
    expect_country(e, "KP", CORDON_COUNTRY_REGISTRATION);
    expect_identifier(e, "passport", "X1", NULL, "Passport"); /* ZZ is no country */
    expect_identifier(e, "other", "5", NULL, "Widget Count");
    assert_string_equal(e->listed_on, "2019-05-01");
    assert_non_null(strstr(e->remarks, "Citizenship: Atlantis"));
    assert_non_null(strstr(e->remarks, "Date of birth: sometime"));
    assert_non_null(strstr(e->remarks, "Start date: 2020-02-30"));

    e = must_find(idx, "us-csl:2");
    assert_int_equal(e->schema, CORDON_SCHEMA_LEGAL_ENTITY); /* "Robot": a person or organization */
    expect_identifier(e, "other", "CALL1", NULL, "call sign");
    expect_identifier(e, "imo", "9074729", NULL, "Vessel Registration Identification");
    expect_identifier(e, "registration", "AB123", NULL, "Vessel Registration Identification");
    assert_string_equal(e->relations[0].type, "vessel_owner");
    assert_string_equal(e->relations[0].target_name, "ACME");
    assert_non_null(strstr(e->remarks, "Vessel flag: Atlantis"));
    assert_non_null(strstr(e->remarks, "Vessel type: Tanker"));
    cordon_index_close(idx);
}

static void broken_files_are_refused(void **state)
{
    (void)state;
    char buf[2048];
    expect_load_error("us-csl-csv", "empty.csv", "", 0, CORDON_EDATA, 1, "the file is empty");
    expect_load_error("us-csl-csv", "other.csv", "id,schema,name\n1,Person,Ann\n", 28, CORDON_EDATA, 1,
                      "missing required column '_id' in the header (not a Consolidated Screening List file?)");
    snprintf(buf, sizeof buf, "_id,source\n1,SDN\n");
    expect_load_error("us-csl-csv", "nocol.csv", buf, strlen(buf), CORDON_EDATA, 1,
                      "missing required column 'name' in the header (not a Consolidated Screening List file?)");
    snprintf(buf, sizeof buf, "%s1,SDN,1,Entity,,ACME,,,,,,,,,,,,,,,,,,,,,,,\n2,SDN,2,Entity,,\"BROKEN", HEADER);
    expect_load_error("us-csl-csv", "quote.csv", buf, strlen(buf), CORDON_EDATA, 3,
                      "unterminated quoted field (the quote opened here is never closed)");
    snprintf(buf, sizeof buf, "%s1,SDN,1,Entity,,ACME,,,,,,,,,,,,,,,,,,,,,,,\n2,SDN,2,Entity,,Bj\xF6rk AB,,,,,,,,,,,,,,,,,,,,,,,\n",
             HEADER);
    expect_load_error("us-csl-csv", "latin1.csv", buf, strlen(buf), CORDON_EDATA, 3,
                      "invalid UTF-8 in field 6 (byte 3 of the field); the list must be UTF-8");
    static const char NUL_ROW[] = "_id,source,name\n1,SDN,A\0B\n";
    expect_load_error("us-csl-csv", "nul.csv", NUL_ROW, sizeof NUL_ROW - 1, CORDON_EDATA, 2,
                      "NUL byte in field 3; this is not a text file");

    /* A gzip stream cut in the middle is a broken file, not a shorter list. */
    char gz_path[512];
    snprintf(gz_path, sizeof gz_path, "%s/cordon-test-%d-cut.csv.gz", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
             (int)getpid());
    gzFile gz = gzopen(gz_path, "wb");
    gzputs(gz, HEADER);
    for (int i = 0; i < 3000; i++)
        gzprintf(gz, "%d,SDN,%d,Entity,,NAME %d,,,,,,,,,,,,,,,,,,,,,,,\n", i, i, i * 7919);
    gzclose(gz);
    struct stat st;
    assert_int_equal(stat(gz_path, &st), 0);
    assert_int_equal(truncate(gz_path, st.st_size / 2), 0);
    char source[600];
    snprintf(source, sizeof source, "us-csl-csv:%s", gz_path);
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
        cmocka_unit_test(entities_per_source_list),
        cmocka_unit_test(people_and_their_documents),
        cmocka_unit_test(merged_rows_vessels_aircraft_and_denied_persons),
        cmocka_unit_test(detected_without_prefix),
        cmocka_unit_test(plain_csv_with_repairs_and_skips),
        cmocka_unit_test(broken_files_are_refused),
    };
    return cmocka_run_group_tests_name("lists_us_csl_csv", tests, open_real_list, close_real_list);
}
