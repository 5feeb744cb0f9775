/*
 * test_lists_eu_fsf_csv.c — the EU Financial Sanctions File CSV loader: the 2018 subset in
 * ../shared/data (version 1.0, Windows-1252, its rows wrapped in quotes by a spreadsheet) loads
 * with its exact counts and entities; a 1.1 file written here from the published column names
 * loads with every field; broken files are refused with file, line and cause, and broken rows
 * are reported.
 */
#include "list_checks.h"

#include <stdarg.h>
#include <stdbool.h>

#define EU_PATH "/lists/eu-fsf-2018-07-subset/EUSanctionsShort.csv"

/* ---- helpers ------------------------------------------------------------------------------- */

static void assert_day(const cordon_date_range *d, int y, int m, int day, int approximate)
{
    assert_int_equal(d->from.year, y);
    assert_int_equal(d->from.month, m);
    assert_int_equal(d->from.day, day);
    assert_memory_equal(&d->from, &d->to, sizeof d->from);
    assert_int_equal(d->approximate, approximate);
}

static cordon_index *open_real(void)
{
    const char *data = require_shared();
    char source[4200];
    snprintf(source, sizeof source, "eu-fsf-csv:%s" EU_PATH, data);
    return open_one(source);
}

/* ---- the 2018 subset (1.0) ----------------------------------------------------------------- */

static void subset_loads_with_exact_counts(void **state)
{
    (void)state;
    cordon_index *idx = open_real();
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->id, "eu-fsf");
    assert_string_equal(list->format, "eu-fsf-csv");
    assert_string_equal(list->version, "2018-07-04"); /* Date_file 04/07/2018 */
    assert_int_equal(list->entities, 93);
    assert_int_equal(list->names, 578);
    size_t persons = 0, organizations = 0;
    for (size_t i = 0; i < cordon_index_entity_count(idx); i++) {
        const cordon_entity *e = cordon_index_entity(idx, i);
        persons += e->schema == CORDON_SCHEMA_PERSON;
        organizations += e->schema == CORDON_SCHEMA_ORGANIZATION;
        assert_int_equal(strncmp(e->id, "eu-fsf:", 7), 0);
    }
    assert_int_equal(persons, 61);
    assert_int_equal(organizations, 32);
    /* every one of the 999 rows came wrapped in quotes; 107 had commas turned to tabs; 165 names
     * (Greek, Bulgarian, and Czech, Polish, Latvian... ones) lost letters to '?' */
    assert_int_equal(list->skipped, 165);
    assert_int_equal(issue_count(list, "name with letters lost to '?', left out", 1), 165);
    assert_int_equal(list->repaired, 999);
    assert_int_equal(list->n_issues, 3);
    assert_int_equal(issue_count(list, "row wrapped in one quoted field: split again", 0), 892);
    assert_int_equal(
        issue_count(list, "row wrapped in one quoted field, its commas turned to tabs: split again, commas restored", 0),
        107);
    const char *w = cordon_index_warning(idx, 0);
    assert_non_null(strstr(w, "EUSanctionsShort.csv:2: entity 1: the row came as one quoted field; split again"));
    cordon_index_close(idx);
}

static void mugabe_and_others(void **state)
{
    (void)state;
    cordon_index *idx = open_real();
    const cordon_entity *e = must_find(idx, "eu-fsf:1");
    assert_string_equal(e->native_id, "1");
    assert_int_equal(e->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(e->caption, "Robert Gabriel Mugabe");
    assert_int_equal(e->n_names, 1); /* named twice, under two regulations */
    assert_string_equal(e->names[0].given, "Robert");
    assert_string_equal(e->names[0].middle, "Gabriel");
    assert_string_equal(e->names[0].family, "Mugabe");
    assert_string_equal(e->gender, "male");
    assert_int_equal(e->n_birth_dates, 1);
    assert_day(&e->birth_dates[0], 1924, 2, 21, 0);
    assert_int_equal(e->n_birth_places, 1);
    assert_string_equal(e->birth_places[0], "Kutama");
    assert_int_equal(e->n_countries, 0); /* the subset has no citizenship row for him */
    assert_string_equal(identifier_of(e, "other", "EU.36.64")->note, "EU reference");
    const cordon_identifier *id = identifier_of(e, "passport", "AD001095");
    assert_null(id->country);
    assert_string_equal(id->note, "National passport");
    assert_int_equal(e->n_programs, 1);
    assert_string_equal(e->programs[0], "ZWE");
    assert_string_equal(e->listed_on, "2002-09-13"); /* the earlier of his two regulations */
    assert_true(has_text(e->positions, e->n_positions, "Former President"));
    assert_true(has_text(e->positions, e->n_positions, "president"));
    assert_string_equal(e->remarks, "(Date of UN designation: 2002-02-21)\n"
                                    "(Date of designation referred to in Article 7 (2): 21.2.2002.)");

    e = must_find(idx, "eu-fsf:13");
    assert_string_equal(e->caption, "Saddam Hussein Al-Tikriti");
    assert_int_equal(name_of(e, "Abu Ali")->kind, CORDON_NAME_ALIAS);
    assert_int_equal(name_of(e, "Abou Ali")->kind, CORDON_NAME_ALIAS);
    assert_day(&e->birth_dates[0], 1937, 4, 28, 0);
    assert_true(has_country(e, "IQ", CORDON_COUNTRY_CITIZENSHIP));
    assert_true(has_country(e, "IQ", CORDON_COUNTRY_BIRTH));
    assert_string_equal(e->birth_places[0], "al-Awja, near Tikrit, Iraq"); /* tabs read as commas */
    assert_string_equal(e->listed_on, "2003-07-08");

    e = must_find(idx, "eu-fsf:20"); /* Windows-1252: Qoussaï */
    assert_string_equal(name_of(e, "Qoussaï Saddam Hussein Al-Tikriti")->given, "Qoussaï");

    e = must_find(idx, "eu-fsf:202"); /* its first name row is French: the English one is primary */
    assert_string_equal(e->caption, "Al-Aqsa Martyrs' Brigade");
    assert_int_equal(name_of(e, "Brigade des martyrs d'Al-Aqsa")->kind, CORDON_NAME_ALIAS);
    assert_int_equal(name_of(e, "Brigada Martirilor Al-Aqsa")->kind, CORDON_NAME_ALIAS);
    for (size_t i = 0; i < e->n_names; i++)
        assert_null(strchr(e->names[i].full, '?'));

    e = must_find(idx, "eu-fsf:330");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_string_equal(e->caption, "Al Rashid Trust");
    assert_true(has_text(e->addresses, e->n_addresses, "Kitab Ghar, Darul Ifta Wal Irshad, Nazimbad No 4, Karachi, Pakistan"));
    assert_true(has_country(e, "PK", CORDON_COUNTRY_ADDRESS));
    assert_null(identifier_of(e, "phone", "0300-820 91 99")->note);
    assert_string_equal(identifier_of(e, "phone", "662 38 14")->note, "fax");
    assert_string_equal(e->programs[0], "TAQA");
    cordon_index_close(idx);
}

/* ---- version 1.1, written from the published column names ----------------------------------- */

/* The 1.1 header, in the order of the published files (csvFullSanctionsList_1_1). */
static const char *const HEADER_11[] = {
    "fileGenerationDate", "Entity_LogicalId", "Entity_EU_ReferenceNumber", "Entity_UnitedNationId",
    "Entity_DesignationDate", "Entity_DesignationDetails", "Entity_Remark", "Entity_SubjectType",
    "Entity_SubjectType_ClassificationCode", "Entity_Regulation_Type", "Entity_Regulation_OrganisationType",
    "Entity_Regulation_PublicationDate", "Entity_Regulation_EntryIntoForceDate", "Entity_Regulation_NumberTitle",
    "Entity_Regulation_Programme", "Entity_Regulation_PublicationUrl", "NameAlias_LastName", "NameAlias_FirstName",
    "NameAlias_MiddleName", "NameAlias_WholeName", "NameAlias_NameLanguage", "NameAlias_Gender", "NameAlias_Title",
    "NameAlias_Function", "NameAlias_LogicalId", "NameAlias_RegulationLanguage", "NameAlias_Remark",
    "Address_City", "Address_Street", "Address_PoBox", "Address_ZipCode", "Address_Region", "Address_Place",
    "Address_AsAtListingTime", "Address_ContactInfo", "Address_CountryIso2Code", "Address_CountryDescription",
    "Address_LogicalId", "BirthDate_BirthDate", "BirthDate_Day", "BirthDate_Month", "BirthDate_Year",
    "BirthDate_YearRangeFrom", "BirthDate_YearRangeTo", "BirthDate_Circa", "BirthDate_CalendarType",
    "BirthDate_ZipCode", "BirthDate_Region", "BirthDate_Place", "BirthDate_City", "BirthDate_CountryIso2Code",
    "BirthDate_CountryDescription", "BirthDate_LogicalId", "Identification_Number", "Identification_Diplomatic",
    "Identification_KnownExpired", "Identification_KnownFalse", "Identification_ReportedLost",
    "Identification_RevokedByIssuer", "Identification_IssuedBy", "Identification_IssuedDate",
    "Identification_ValidFrom", "Identification_ValidTo", "Identification_LatinNumber",
    "Identification_NameOnDocument", "Identification_TypeCode", "Identification_TypeDescription",
    "Identification_Region", "Identification_CountryIso2Code", "Identification_CountryDescription",
    "Identification_LogicalId", "Citizenship_Region", "Citizenship_CountryIso2Code",
    "Citizenship_CountryDescription", "Citizenship_LogicalId",
};
enum { N_11 = sizeof HEADER_11 / sizeof HEADER_11[0] };

/* Appends to out a 1.1 row with the entity's columns and the given "Column=value" pairs (NULL
 * ends them); every other column is empty. */
static void row_11(char *out, size_t size, const char *entity, const char *type, ...)
{
    const char *values[N_11] = {0};
    values[0] = "28/10/2022";
    values[1] = entity;
    values[7] = type;
    values[8] = type[0] == 'P' ? "person" : "enterprise";
    values[11] = "2022-02-25";
    values[14] = "RUS";
    va_list ap;
    va_start(ap, type);
    for (const char *pair = va_arg(ap, const char *); pair; pair = va_arg(ap, const char *)) {
        const char *eq = strchr(pair, '=');
        size_t k = 0;
        while (k < N_11 && (strlen(HEADER_11[k]) != (size_t)(eq - pair) || strncmp(HEADER_11[k], pair, (size_t)(eq - pair))))
            k++;
        if (k == N_11)
            fail_msg("no column in '%s'", pair);
        values[k] = eq + 1;
    }
    va_end(ap);
    size_t used = strlen(out);
    for (size_t k = 0; k < N_11; k++)
        used += (size_t)snprintf(out + used, size - used, "%s%s", k ? ";" : "", values[k] ? values[k] : "");
    snprintf(out + used, size - used, "\n");
}

static void header_11(char *out, size_t size, bool bom)
{
    size_t used = (size_t)snprintf(out, size, "%s", bom ? "\xEF\xBB\xBF" : "");
    for (size_t k = 0; k < N_11; k++)
        used += (size_t)snprintf(out + used, size - used, "%s%s", k ? ";" : "", HEADER_11[k]);
    snprintf(out + used, size - used, "\n");
}

static char *version_11_file(void)
{
    static char buf[64 * 1024];
    size_t size = sizeof buf;
    header_11(buf, size, true);
    /* a person: two names (Cyrillic second), a birth date and place, a passport, citizenship */
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "Entity_DesignationDate=2022-02-23",
           "Entity_Remark=Deputy minister.", "NameAlias_LastName=IVANOV", "NameAlias_FirstName=Ivan",
           "NameAlias_MiddleName=Ivanovich", "NameAlias_WholeName=Ivan Ivanovich IVANOV", "NameAlias_Gender=M",
           "NameAlias_Function=Deputy Minister of Defence", NULL);
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "Entity_DesignationDate=2022-02-23",
           "Entity_Remark=Deputy minister.", "NameAlias_WholeName=Иван Иванович ИВАНОВ", "NameAlias_NameLanguage=RU",
           NULL);
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "BirthDate_BirthDate=1970-05-06",
           "BirthDate_City=Tula", "BirthDate_CountryIso2Code=RU", "BirthDate_CountryDescription=RUSSIAN FEDERATION",
           NULL);
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "BirthDate_Year=1971",
           "BirthDate_Circa=1", NULL);
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "BirthDate_YearRangeFrom=1965",
           "BirthDate_YearRangeTo=1967", NULL);
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "Identification_Number=7512345678",
           "Identification_TypeCode=passport", "Identification_TypeDescription=National passport",
           "Identification_IssuedDate=2015-01-01", "Identification_KnownExpired=true",
           "Identification_CountryIso2Code=RU", "Identification_CountryDescription=RUSSIAN FEDERATION", NULL);
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "Citizenship_CountryIso2Code=RU",
           "Citizenship_CountryDescription=RUSSIAN FEDERATION", NULL);
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "Citizenship_CountryIso2Code=00",
           "Citizenship_CountryDescription=Atlantis", NULL);
    row_11(buf, size, "4567", "P", "Entity_EU_ReferenceNumber=EU.7001.12", "BirthDate_City=Springfield",
           "BirthDate_CountryIso2Code=00", "BirthDate_CountryDescription=Atlantis", NULL);
    /* an enterprise: address with contact information, a registration number, no name parts */
    row_11(buf, size, "8901", "E", "Entity_EU_ReferenceNumber=EU.8002.34", "Entity_UnitedNationId=KPe.001",
           "NameAlias_WholeName=JSC Example Bank", NULL);
    row_11(buf, size, "8901", "E", "Entity_EU_ReferenceNumber=EU.8002.34", "NameAlias_FirstName=Example",
           "NameAlias_LastName=Bank", NULL);
    row_11(buf, size, "8901", "E", "Entity_EU_ReferenceNumber=EU.8002.34", "Address_Street=1 Tverskaya",
           "Address_ZipCode=125009", "Address_City=Moscow", "Address_CountryIso2Code=RU",
           "Address_CountryDescription=RUSSIAN FEDERATION",
           "Address_ContactInfo=PHONE[+7 495 000 00 00]\\nEMAIL[info@example.ru]\\nWEB[www.example.ru]", NULL);
    row_11(buf, size, "8901", "E", "Entity_EU_ReferenceNumber=EU.8002.34", "Identification_Number=1027700000000",
           "Identification_TypeCode=regnumber", "Identification_TypeDescription=Registration Number", NULL);
    row_11(buf, size, "8901", "E", "Entity_EU_ReferenceNumber=EU.8002.34", "BirthDate_BirthDate=1415-02-30",
           "BirthDate_CalendarType=ISLAMIC", NULL);
    return buf;
}

static void version_11_loads_every_field(void **state)
{
    (void)state;
    const char *content = version_11_file();
    const char *path = write_temp("fsf11.csv", content, strlen(content));
    cordon_index *idx = open_one(path); /* detected from the header */
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->format, "eu-fsf-csv");
    assert_string_equal(list->version, "2022-10-28");
    assert_int_equal(list->entities, 2);
    assert_int_equal(list->names, 4);
    assert_int_equal(list->skipped, 0);
    assert_int_equal(list->repaired, 4);
    assert_int_equal(issue_count(list, "citizenship not a known country, kept in remarks", 0), 1);
    assert_int_equal(issue_count(list, "country of birth not a known country, kept in the place of birth", 0), 1);
    assert_int_equal(issue_count(list, "name without a whole name, built from its parts", 0), 1);
    assert_int_equal(issue_count(list, "date of birth in another calendar, kept in remarks", 0), 1);
    char want[700];
    snprintf(want, sizeof want, "%s:9: entity 4567: citizenship 'Atlantis' is no country cordon knows, kept as text", path);
    assert_string_equal(cordon_index_warning(idx, 0), want);

    const cordon_entity *e = must_find(idx, "eu-fsf:4567");
    assert_int_equal(e->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(e->caption, "Ivan Ivanovich IVANOV");
    assert_string_equal(e->names[0].given, "Ivan");
    assert_string_equal(e->names[0].middle, "Ivanovich");
    assert_string_equal(e->names[0].family, "IVANOV");
    assert_int_equal(name_of(e, "Иван Иванович ИВАНОВ")->kind, CORDON_NAME_ALIAS);
    assert_string_equal(e->gender, "male");
    assert_true(has_text(e->positions, e->n_positions, "Deputy Minister of Defence"));
    assert_int_equal(e->n_birth_dates, 3);
    assert_day(&e->birth_dates[0], 1970, 5, 6, 0);
    assert_day(&e->birth_dates[1], 1971, 0, 0, 1);
    assert_int_equal(e->birth_dates[2].from.year, 1965);
    assert_int_equal(e->birth_dates[2].to.year, 1967);
    assert_int_equal(e->n_birth_places, 2);
    assert_string_equal(e->birth_places[0], "Tula, Russia");
    assert_string_equal(e->birth_places[1], "Springfield, Atlantis");
    assert_true(has_country(e, "RU", CORDON_COUNTRY_BIRTH));
    assert_true(has_country(e, "RU", CORDON_COUNTRY_CITIZENSHIP));
    const cordon_identifier *id = identifier_of(e, "passport", "7512345678");
    assert_string_equal(id->country, "RU");
    assert_string_equal(id->note, "National passport; issued 2015-01-01; known to be expired");
    assert_string_equal(identifier_of(e, "other", "EU.7001.12")->note, "EU reference");
    assert_string_equal(e->listed_on, "2022-02-23"); /* the designation date */
    assert_string_equal(e->programs[0], "RUS");
    assert_string_equal(e->remarks, "Deputy minister.; Citizenship: Atlantis");

    e = must_find(idx, "eu-fsf:8901");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_string_equal(e->caption, "JSC Example Bank");
    assert_int_equal(name_of(e, "Example Bank")->kind, CORDON_NAME_ALIAS);
    assert_string_equal(e->addresses[0], "1 Tverskaya, 125009 Moscow, Russia");
    assert_true(has_country(e, "RU", CORDON_COUNTRY_ADDRESS));
    assert_non_null(identifier_of(e, "phone", "+7 495 000 00 00"));
    assert_non_null(identifier_of(e, "email", "info@example.ru"));
    assert_non_null(identifier_of(e, "website", "www.example.ru"));
    assert_string_equal(identifier_of(e, "registration", "1027700000000")->note, "Registration Number");
    assert_string_equal(identifier_of(e, "other", "KPe.001")->note, "UN reference");
    assert_string_equal(e->listed_on, "2022-02-25"); /* the regulation's date */
    assert_int_equal(e->n_birth_dates, 0);
    assert_string_equal(e->remarks, "Date of birth: 1415-02-30");
    cordon_index_close(idx);
    unlink(path);
}

/* ---- broken files and rows ----------------------------------------------------------------- */

static void expect_error(const char *name, const char *content, int status, long line, const char *what)
{
    expect_load_error("eu-fsf-csv", name, content, strlen(content), status, line, what);
}

#define HEADER_10                                                                                                 \
    "Date_file;Entity_logical_id;Subject_type;Leba_numtitle;Leba_publication_date;Leba_url;Programme;"            \
    "Entity_remark;Naal_logical_id;Entity_logical_id;Naal_leba_numtitle;Naal_leba_publication_date;"              \
    "Naal_leba_url;Naal_programme;Naal_lastname;Naal_firstname;Naal_middlename;Naal_wholename;Naal_gender;"        \
    "Naal_title;Naal_function;Naal_language;Addr_logical_id;Entity_logical_id;Addr_leba_numtitle;"               \
    "Addr_leba_publication_date;Addr_leba_url;Addr_programme;Addr_number;Addr_street;Addr_zipcode;Addr_city;"      \
    "Addr_country;Addr_other;Birt_logical_id;Entity_logical_id;Birt_leba_numtitle;Birt_leba_publication_date;"    \
    "Birt_leba_url;Birt_programme;Birt_date;Birt_place;Birt_country;Iden_logical_id;Entity_logical_id;"          \
    "Iden_leba_numtitle;Iden_leba_publication_date;Iden_leba_url;Iden_programme;Iden_number;Iden_country;"       \
    "Citi_logical_id;Entity_logical_id;Citi_leba_numtitle;Citi_leba_publication_date;Citi_leba_url;"             \
    "Citi_programme;Citi_country;EU_ref_num\n"

/* 59 fields: the entity's 8, a name's 14 (to Naal_gender), 39 empty, and EU_ref_num. */
#define NAME_ROW_10(id, whole)                                                                                    \
    "04/07/2018;" id ";P;x;2003-07-08;u;IRQ;;9;" id ";x;2003-07-08;u;IRQ;;;;" whole ";M" EMPTY_39 "EU.1.1\n"
/* the separators of 39 empty fields and the one before the next */
#define EMPTY_39 ";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;"

static void broken_files_are_refused(void **state)
{
    (void)state;
    expect_error("empty.csv", "", CORDON_EDATA, 1, "the file is empty; an EU FSF file starts with a header line");
    expect_error("other.csv", "id;name\n1;Ann\n", CORDON_EDATA, 1,
                 "not an EU Financial Sanctions File: the header starts with 'id' (expected Date_file for version 1.0 "
                 "or fileGenerationDate for 1.1)");
    expect_error("nocol.csv", "Date_file;Entity_logical_id;Subject_type;Naal_lastname\n", CORDON_EDATA, 1,
                 "missing required column 'Naal_wholename' in the header (EU FSF 1.0)");
    expect_error("nocol11.csv", "fileGenerationDate;Entity_LogicalId;NameAlias_WholeName\n", CORDON_EDATA, 1,
                 "missing required column 'Entity_SubjectType' in the header (EU FSF 1.1)");
    expect_error("quote.csv", HEADER_10 NAME_ROW_10("1", "Ann Smith") "04/07/2018;2;P;\"open\n", CORDON_EDATA, 3,
                 "unterminated quoted field (the quote opened here is never closed)");
    expect_error("utf8.csv", "fileGenerationDate;Entity_LogicalId;Entity_SubjectType;NameAlias_WholeName\n"
                             "28/10/2022;1;P;Ann\n\n28/10/2022;2;P;Bj\xf6rn\n",
                 CORDON_EDATA, 4, "invalid UTF-8 in field 4 (byte 3 of the field); an EU FSF 1.1 file is UTF-8");
}

static void broken_rows_are_reported(void **state)
{
    (void)state;
    const char *content =
        HEADER_10
        NAME_ROW_10("1", "Bj\xf6rn Berg")                           /* line 2: Windows-1252 */
        NAME_ROW_10("1", "Bjorn Berg")
        "04/07/2018;1;P;x;2003-07-08;u;IRQ\n"                        /* line 4: 7 fields */
        NAME_ROW_10("2", "Carl Czerny")
        NAME_ROW_10("2", "Karol Cz?rny")                             /* line 6: a lost letter */
        NAME_ROW_10("1", "B. Berg")                                  /* line 7: entity 1 again, apart */
        NAME_ROW_10("", "Nobody")                                    /* line 8: no id */
        "04/07/2018;3;P;x;2003-07-08;u;IRQ;;9;4;x;2003-07-08;u;IRQ;;;;Dora;F" EMPTY_39 "EU.1.1\n"
        "04/07/2018;5;E;x;2003-07-08;u;IRQ;;;;;;;;;;;;" EMPTY_39 "EU.5.5\n"; /* line 10: no name row */
    const char *path = write_temp("rows.csv", content, strlen(content));
    char source[600];
    snprintf(source, sizeof source, "eu-fsf-csv:%s", path);
    cordon_index *idx = open_one(source);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_int_equal(list->entities, 2);
    assert_int_equal(list->skipped, 6);
    assert_int_equal(issue_count(list, "name with letters lost to '?', left out", 1), 1);
    assert_int_equal(issue_count(list, "row with a wrong number of fields", 1), 1);
    assert_int_equal(issue_count(list, "row of an entity whose rows came earlier, apart from it", 1), 1);
    assert_int_equal(issue_count(list, "row without an entity id", 1), 1);
    assert_int_equal(issue_count(list, "row whose record names another entity", 1), 1);
    assert_int_equal(issue_count(list, "entity without a name", 1), 1);
    assert_int_equal(list->repaired, 0);
    const char *expected[] = {
        ":4: 7 fields, the header has 59",
        ":6: entity 2: name 'Karol Cz?rny' has lost letters to '?'",
        ":7: entity 1, first seen on line 2",
        ":8: empty Entity_logical_id",
        ":9: Entity_logical_id columns disagree (first: 3)",
        ":10: entity 5 has no name row",
    };
    assert_int_equal(cordon_index_warning_count(idx), 6);
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        char want[700];
        snprintf(want, sizeof want, "%s%s", path, expected[i]);
        assert_string_equal(cordon_index_warning(idx, i), want);
    }
    const cordon_entity *e = must_find(idx, "eu-fsf:1");
    assert_string_equal(e->caption, "Björn Berg");
    assert_int_equal(e->n_names, 2);
    assert_int_equal(must_find(idx, "eu-fsf:2")->n_names, 1);
    assert_null(cordon_index_find(idx, "eu-fsf:3"));
    assert_null(cordon_index_find(idx, "eu-fsf:5"));
    cordon_index_close(idx);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subset_loads_with_exact_counts),
        cmocka_unit_test(mugabe_and_others),
        cmocka_unit_test(version_11_loads_every_field),
        cmocka_unit_test(broken_files_are_refused),
        cmocka_unit_test(broken_rows_are_reported),
    };
    return cmocka_run_group_tests_name("lists_eu_fsf_csv", tests, NULL, NULL);
}
