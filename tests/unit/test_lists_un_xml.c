/*
 * test_lists_un_xml.c — the UN Security Council Consolidated List loader: the real list of
 * February 2026 (in ../shared/data) loads with its exact counts and entities, and broken,
 * foreign or hostile XML (truncated, not well-formed, external entities) is refused with the
 * file, the line and the cause.
 */
#include "list_checks.h"

#include <stdbool.h>
#include <zlib.h>

#define UN_PATH "/lists/un-sc-2026-02/consolidated.xml"

/* ---- helpers ------------------------------------------------------------------------------- */

static void assert_name(const cordon_entity *e, const char *full, cordon_name_kind kind)
{
    const cordon_name *n = name_of(e, full);
    if (!n)
        fail_msg("%s has no name '%s'", e->id, full);
    assert_string_equal(cordon_name_kind_name(n->kind), cordon_name_kind_name(kind));
}

static void assert_date(const cordon_date_range *d, int y1, int m1, int d1, int y2, int m2, int d2, int approximate)
{
    assert_int_equal(d->from.year, y1);
    assert_int_equal(d->from.month, m1);
    assert_int_equal(d->from.day, d1);
    assert_int_equal(d->to.year, y2);
    assert_int_equal(d->to.month, m2);
    assert_int_equal(d->to.day, d2);
    assert_int_equal(d->approximate, approximate);
}

static cordon_index *open_real(void)
{
    const char *data = require_shared();
    char source[4200];
    snprintf(source, sizeof source, "un-xml:%s" UN_PATH, data);
    return open_one(source);
}

/* ---- the real list ------------------------------------------------------------------------- */

static void real_list_loads_with_exact_counts(void **state)
{
    (void)state;
    cordon_index *idx = open_real();
    assert_int_equal(cordon_index_list_count(idx), 1);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->id, "un-sc");
    assert_string_equal(list->format, "un-xml");
    assert_string_equal(list->version, "2026-02-27T00:00:09.554Z");
    assert_int_equal(list->entities, 1003);
    assert_int_equal(list->names, 4222);
    size_t persons = 0, organizations = 0, relations = 0;
    for (size_t i = 0; i < cordon_index_entity_count(idx); i++) {
        const cordon_entity *e = cordon_index_entity(idx, i);
        relations += e->n_relations;
        persons += e->schema == CORDON_SCHEMA_PERSON;
        organizations += e->schema == CORDON_SCHEMA_ORGANIZATION;
        assert_int_equal(strncmp(e->id, "un-sc:", 6), 0);
        assert_non_null(e->source_list);
    }
    assert_int_equal(relations, 518); /* references to other entries, "(QDe.115)" */
    assert_int_equal(persons, 730);
    assert_int_equal(organizations, 273);

    assert_int_equal(list->skipped, 0);
    assert_int_equal(list->repaired, 22);
    assert_int_equal(list->n_issues, 4);
    assert_int_equal(issue_count(list, "date of birth given only in a note, read from it", 0), 4);
    assert_int_equal(issue_count(list, "date of birth not understood, kept in remarks", 0), 3);
    assert_int_equal(issue_count(list, "document without a NUMBER, kept in remarks", 0), 14);
    assert_int_equal(issue_count(list, "name holding several names, the first taken as the name", 0), 1);
    assert_int_equal(cordon_index_warning_count(idx), 22);
    const char *w = cordon_index_warning(idx, 0);
    assert_non_null(strstr(w, "consolidated.xml:158: CDi.004: date of birth only in its NOTE 'Nov. 1973', read from it"));
    cordon_index_close(idx);
}

static void emraan_ali_has_every_field(void **state)
{
    (void)state;
    cordon_index *idx = open_real();
    const cordon_entity *e = must_find(idx, "un-sc:QDi.430");
    assert_string_equal(e->native_id, "QDi.430");
    assert_int_equal(e->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(e->caption, "EMRAAN ALI");
    assert_int_equal(e->n_names, 2);
    assert_int_equal(e->names[0].kind, CORDON_NAME_PRIMARY);
    assert_string_equal(e->names[0].given, "EMRAAN");
    assert_string_equal(e->names[0].family, "ALI");
    assert_null(e->names[0].middle);
    assert_name(e, "Abu Jihad TNT", CORDON_NAME_WEAK_ALIAS);
    /* the words between the given and the family name are middle names, optional in matching,
     * as the UK's list of the same people has them (Name 2..5) */
    const cordon_entity *isam = must_find(idx, "un-sc:QDi.076");
    assert_string_equal(isam->names[0].full, "ISAM ALI MOHAMED ALOUCHE");
    assert_string_equal(isam->names[0].given, "ISAM");
    assert_string_equal(isam->names[0].middle, "ALI MOHAMED");
    assert_string_equal(isam->names[0].family, "ALOUCHE");
    assert_int_equal(e->n_birth_dates, 1);
    assert_date(&e->birth_dates[0], 1967, 7, 4, 1967, 7, 4, 0);
    assert_true(has_country(e, "TT", CORDON_COUNTRY_NATIONALITY));
    assert_true(has_country(e, "US", CORDON_COUNTRY_NATIONALITY));
    assert_true(has_country(e, "TT", CORDON_COUNTRY_BIRTH));
    assert_true(has_country(e, "US", CORDON_COUNTRY_ADDRESS));
    assert_int_equal(e->n_countries, 5);
    const cordon_identifier *id = identifier_of(e, "passport", "TB162181");
    assert_string_equal(id->country, "TT");
    assert_string_equal(id->note, "issued on 27 January 2015, expired 26 January 2020");
    assert_string_equal(identifier_of(e, "passport", "420985453")->country, "US");
    id = identifier_of(e, "national_id", "19670704052");
    assert_string_equal(id->country, "TT");
    assert_null(id->note);
    assert_int_equal(e->n_programs, 1);
    assert_string_equal(e->programs[0], "Al-Qaida");
    assert_string_equal(e->source_list, "Al-Qaida");
    assert_string_equal(e->listed_on, "2021-11-23");
    assert_int_equal(e->n_birth_places, 1);
    assert_string_equal(e->birth_places[0], "Rio Claro, Trinidad and Tobago");
    assert_int_equal(e->n_addresses, 4);
    assert_true(has_text(e->addresses, e->n_addresses,
                         "#12 Rio Claro Mayaro Road, Rio Claro, Trinidad and Tobago, previous location 2008-March 2015"));
    assert_non_null(strstr(e->remarks, "Senior member of Islamic State in Iraq and the Levant (ISIL)"));
    assert_null(e->gender);
    assert_int_equal(e->n_relations, 1); /* "listed as Al-Qaida in Iraq (QDe.115)" */
    assert_string_equal(e->relations[0].type, "linked_to");
    assert_string_equal(e->relations[0].target_id, "un-sc:QDe.115");
    assert_non_null(cordon_index_find(idx, e->relations[0].target_id));
    cordon_index_close(idx);
}

static void original_scripts_and_name_kinds(void **state)
{
    (void)state;
    cordon_index *idx = open_real();
    /* Cyrillic */
    const cordon_entity *e = must_find(idx, "un-sc:QDi.290");
    assert_string_equal(e->caption, "DOKU KHAMATOVICH UMAROV");
    assert_name(e, "Умаров Доку Хаматович", CORDON_NAME_ORIGINAL_SCRIPT);
    assert_true(has_country(e, "SU", CORDON_COUNTRY_NATIONALITY)); /* "former Soviet Union" */
    assert_string_equal(identifier_of(e, "passport", "96 03 464086")->note, "Passport; issued 2003-06-01");
    /* Arabic, and a Low alias with its original script in parentheses */
    e = must_find(idx, "un-sc:TAi.002");
    assert_name(e, "محمد حسن آخوند", CORDON_NAME_ORIGINAL_SCRIPT);
    e = must_find(idx, "un-sc:QDi.398");
    assert_name(e, "Abu Muhammad Al-Kadari", CORDON_NAME_WEAK_ALIAS);
    assert_name(e, "Абу Мухаммад Аль-Кадари", CORDON_NAME_ORIGINAL_SCRIPT);
    /* variants in parentheses, separated by ';' */
    e = must_find(idx, "un-sc:QDi.306");
    assert_name(e, "حسن غول", CORDON_NAME_ORIGINAL_SCRIPT);
    assert_name(e, "Hassan Ghul", CORDON_NAME_ALIAS);
    assert_name(e, "Hasan Gul", CORDON_NAME_ALIAS);
    assert_non_null(strstr(e->remarks, "Date of birth: Between Aug. and Sep. 1977"));
    /* f.k.a. */
    e = must_find(idx, "un-sc:QDe.129");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_string_equal(e->caption, "AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)");
    assert_name(e, "Al-Qaida in Yemen (AQY)", CORDON_NAME_FORMER);
    assert_name(e, "القاعدة في جزيرة العرب", CORDON_NAME_ORIGINAL_SCRIPT);
    /* the DPRK committee writes the family name first */
    e = must_find(idx, "un-sc:KPi.077");
    assert_string_equal(e->names[0].family, "RI");
    assert_string_equal(e->names[0].given, "SONG HYOK");
    /* a name holding two names */
    e = must_find(idx, "un-sc:CDe.003");
    assert_string_equal(e->caption, "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)");
    assert_name(e, "GREAT LAKES BUSINESS COMPANY (GLBC)", CORDON_NAME_ALIAS);
    cordon_index_close(idx);
}

/* Asserts the parts of e's name full (NULL: none). */
static void assert_parts(const cordon_entity *e, const char *full, const char *given, const char *middle,
                         const char *family)
{
    const cordon_name *n = name_of(e, full);
    if (!n)
        fail_msg("%s has no name '%s'", e->id, full);
    const char *got[] = {n->given, n->middle, n->family}, *want[] = {given, middle, family};
    for (int i = 0; i < 3; i++)
        if (want[i] ? !got[i] || strcmp(got[i], want[i]) != 0 : got[i] != NULL)
            fail_msg("%s '%s': part %d is '%s', expected '%s'", e->id, full, i, got[i] ? got[i] : "(none)",
                     want[i] ? want[i] : "(none)");
}

/* A person's alias has the parts its words' places say, as the primary name and the UK's list of
 * the same aliases have them: the first word given, the last family, the words between middle;
 * the family name first on the DPRK committee's records; none for an alias of one or two words
 * or an organisation's. */
static void aliases_have_parts_by_place(void **state)
{
    (void)state;
    cordon_index *idx = open_real();
    assert_parts(must_find(idx, "un-sc:QDi.430"), "Abu Jihad TNT", "Abu", "Jihad", "TNT");
    assert_parts(must_find(idx, "un-sc:QDi.029"), "Ri’ad Muhammad Hasan Muhammad Hijazi", "Ri’ad",
                 "Muhammad Hasan Muhammad", "Hijazi");
    assert_parts(must_find(idx, "un-sc:KPi.077"), "Li Cheng He", "Cheng He", NULL, "Li");
    assert_parts(must_find(idx, "un-sc:QDe.129"), "Al-Qaida in Yemen (AQY)", NULL, NULL, NULL);
    /* two words: no middle part to make optional, and a family name of its own would let a
     * text name the person by it alone (Colonel Rambo: "Rambo Management Inc.") */
    assert_parts(must_find(idx, "un-sc:QDi.306"), "Hassan Ghul", NULL, NULL, NULL);
    assert_parts(must_find(idx, "un-sc:CFi.004"), "Colonel Rambo", NULL, NULL, NULL);
    cordon_index_close(idx);
}

static void dates_of_birth_of_every_type(void **state)
{
    (void)state;
    cordon_index *idx = open_real();
    /* BETWEEN, marked approximately in its NOTE */
    const cordon_entity *e = must_find(idx, "un-sc:TAi.002");
    assert_int_equal(e->n_birth_dates, 2);
    assert_date(&e->birth_dates[0], 1955, 0, 0, 1958, 0, 0, 1);
    assert_date(&e->birth_dates[1], 1945, 0, 0, 1950, 0, 0, 1);
    /* BETWEEN, not approximate */
    e = must_find(idx, "un-sc:CDi.030");
    assert_int_equal(e->n_birth_dates, 1);
    assert_date(&e->birth_dates[0], 1973, 0, 0, 1974, 0, 0, 0);
    /* APPROXIMATELY a year */
    e = must_find(idx, "un-sc:TAi.026");
    assert_date(&e->birth_dates[0], 1968, 0, 0, 1968, 0, 0, 1);
    /* EXACT years and dates, and months given only in a NOTE */
    e = must_find(idx, "un-sc:CFi.009");
    assert_int_equal(e->n_birth_dates, 10);
    assert_date(&e->birth_dates[0], 1959, 0, 0, 1959, 0, 0, 0);
    assert_date(&e->birth_dates[4], 1964, 9, 18, 1964, 9, 18, 0);
    assert_date(&e->birth_dates[6], 1961, 8, 0, 1961, 8, 0, 0);
    /* a date with a time zone (xs:date) is still a listing date */
    e = must_find(idx, "un-sc:SSi.001");
    assert_string_equal(e->listed_on, "2015-07-01");
    cordon_index_close(idx);
}

/* ---- crafted lists ------------------------------------------------------------------------- */

/* Loads content as a UN list and checks the status and the exact message. */
static void expect_error(const char *name, const char *content, int status, long line, const char *what)
{
    expect_load_error("un-xml", name, content, strlen(content), status, line, what);
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

static void malformed_and_foreign_files_are_refused(void **state)
{
    (void)state;
    expect_error("truncated.xml",
                 HEAD "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>ANN",
                 CORDON_EDATA, 4,
                 "XML not well-formed: the file ends before the list does (libxml2: Extra content at the end of the "
                 "document)");
    expect_error("mismatch.xml",
                 HEAD "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">\n<INDIVIDUALS>\n<INDIVIDUAL></ENTITY>\n"
                      "</INDIVIDUALS></CONSOLIDATED_LIST>\n",
                 CORDON_EDATA, 4, "XML not well-formed: Opening and ending tag mismatch: INDIVIDUAL line 4 and ENTITY");
    expect_error("latin1.xml",
                 HEAD "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">\n<INDIVIDUALS><INDIVIDUAL>\n"
                      "<FIRST_NAME>Bj\xf6rn</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n",
                 CORDON_EDATA, 4, "XML not well-formed: Input is not proper UTF-8, indicate encoding ! Bytes: 0xF6 0x72 0x6E 0x3C");
    expect_error("html.xml", HEAD "<html>\n<body>a list?</body></html>\n", CORDON_EDATA, 2,
                 "not a UN consolidated list: the root element is <html>, expected <CONSOLIDATED_LIST>");
    expect_error("empty.xml", "", CORDON_EDATA, 0, "the file is empty");
    expect_error("undefined.xml",
                 HEAD "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS><INDIVIDUAL>\n"
                      "<FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n",
                 CORDON_EDATA, 3, "XML not well-formed: Entity 'e' not defined");
}

static void external_entities_are_never_read(void **state)
{
    (void)state;
    /* XXE: a general entity naming a local file, and a parameter entity doing the same */
    expect_error("xxe.xml",
                 HEAD "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                      "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS><INDIVIDUAL>"
                      "<FIRST_NAME>&e;</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL>"
                      "</INDIVIDUALS></CONSOLIDATED_LIST>\n",
                 CORDON_EDATA, 2, "the DOCTYPE declares entities; a UN list has none, and cordon does not expand them");
    expect_error("xxe-param.xml",
                 HEAD "\n<!DOCTYPE x [\n<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;\n]>\n"
                      "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"/>\n",
                 CORDON_EDATA, 3, "the DOCTYPE declares entities; a UN list has none, and cordon does not expand them");
    /* a DOCTYPE naming an external DTD is never fetched, and the list loads */
    const char *content = HEAD "<!DOCTYPE CONSOLIDATED_LIST SYSTEM \"file:///etc/passwd\">\n"
                               "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS><INDIVIDUAL>"
                               "<FIRST_NAME>ANN</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>"
                               "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n";
    const char *path = write_temp("dtd.xml", content, strlen(content));
    char source[600];
    snprintf(source, sizeof source, "un-xml:%s", path);
    cordon_index *idx = open_one(source);
    assert_int_equal(cordon_index_entity_count(idx), 1);
    const cordon_entity *e = cordon_index_entity(idx, 0);
    assert_string_equal(e->caption, "ANN");
    for (size_t i = 0; i < e->n_names; i++)
        assert_null(strstr(e->names[i].full, "root:"));
    cordon_index_close(idx);
    unlink(path);
}

/* A small list with every kind of record the loader must report or mend. */
static const char CRAFTED[] =
    HEAD "<CONSOLIDATED_LIST dateGenerated=\"2026-01-02T03:04:05Z\">\n"
    "<INDIVIDUALS>\n"
    "<INDIVIDUAL><FIRST_NAME>ANN</FIRST_NAME><SECOND_NAME>MARIE</SECOND_NAME><THIRD_NAME>SMITH</THIRD_NAME>\n"
    "<REFERENCE_NUMBER> QDi.001 </REFERENCE_NUMBER><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>\n"
    "<LISTED_ON>2015-07-01-04:00</LISTED_ON><GENDER>Female</GENDER><COMMENTS1>Line one\n   line two (QDe.001, QDi.001; XQDe.002).</COMMENTS1>\n"
    "<NATIONALITY><VALUE>Atlantis</VALUE><VALUE>Russian Federation</VALUE><VALUE>na</VALUE></NATIONALITY>\n"
    "<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Ann Smyth; Anne Smith</ALIAS_NAME></INDIVIDUAL_ALIAS>\n"
    "<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Annie</ALIAS_NAME><NOTE>nom de guerre</NOTE></INDIVIDUAL_ALIAS>\n"
    "<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Anna Smit</ALIAS_NAME><NOTE>previously listed as</NOTE>"
    "</INDIVIDUAL_ALIAS>\n"
    "<INDIVIDUAL_ALIAS><QUALITY>Medium</QUALITY><ALIAS_NAME>A. Smith</ALIAS_NAME></INDIVIDUAL_ALIAS>\n"
    "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-02-03</DATE></INDIVIDUAL_DATE_OF_BIRTH>\n"
    "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1971</YEAR></INDIVIDUAL_DATE_OF_BIRTH>\n"
    "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1962</TO_YEAR>"
    "</INDIVIDUAL_DATE_OF_BIRTH>\n"
    "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><NOTE>Sep. 1965</NOTE></INDIVIDUAL_DATE_OF_BIRTH>\n"
    "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-02-30</DATE></INDIVIDUAL_DATE_OF_BIRTH>\n"
    "<INDIVIDUAL_PLACE_OF_BIRTH><CITY>Grozny</CITY><COUNTRY>Russian Federation</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>\n"
    "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>P123</NUMBER>"
    "<ISSUING_COUNTRY>Atlantis</ISSUING_COUNTRY><DATE_OF_ISSUE>2001-01-01</DATE_OF_ISSUE></INDIVIDUAL_DOCUMENT>\n"
    "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT>"
    "<NOTE>number 42 on an old card</NOTE></INDIVIDUAL_DOCUMENT>\n"
    "<INDIVIDUAL_ADDRESS><STREET>1 Main St</STREET><CITY>Riga</CITY><COUNTRY>Latvia</COUNTRY></INDIVIDUAL_ADDRESS>\n"
    "<TITLE><VALUE>Dr.</VALUE></TITLE><DESIGNATION><VALUE>Treasurer</VALUE></DESIGNATION>\n"
    "<SHOE_SIZE>42</SHOE_SIZE>\n"
    "</INDIVIDUAL>\n"
    "<INDIVIDUAL><FIRST_NAME>BOB</FIRST_NAME><REFERENCE_NUMBER></REFERENCE_NUMBER></INDIVIDUAL>\n"
    "<INDIVIDUAL><FIRST_NAME>CARL</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL>\n"
    "<INDIVIDUAL><REFERENCE_NUMBER>QDi.004</REFERENCE_NUMBER></INDIVIDUAL>\n"
    "<INDIVIDUAL><REFERENCE_NUMBER>QDi.005</REFERENCE_NUMBER>"
    "<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Dan</ALIAS_NAME></INDIVIDUAL_ALIAS></INDIVIDUAL>\n"
    "<NOTE_TO_SELF/>\n"
    "</INDIVIDUALS>\n"
    "<ENTITIES><ENTITY><FIRST_NAME>ACME TRADING</FIRST_NAME><REFERENCE_NUMBER>QDe.001</REFERENCE_NUMBER>\n"
    "<ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>ACME OLD</ALIAS_NAME></ENTITY_ALIAS>\n"
    "<ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Jin Tiesan (金铁三)</ALIAS_NAME></ENTITY_ALIAS>\n"
    "<ENTITY_ADDRESS><CITY>Sana'a</CITY><COUNTRY>Yemen</COUNTRY><NOTE>as of 2020</NOTE></ENTITY_ADDRESS>\n"
    "</ENTITY></ENTITIES>\n"
    "</CONSOLIDATED_LIST>\n";

static void check_crafted(cordon_index *idx, const char *path)
{
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->version, "2026-01-02T03:04:05Z");
    assert_int_equal(list->entities, 3);
    assert_int_equal(list->skipped, 4);
    assert_int_equal(issue_count(list, "record without any name", 1), 1);
    assert_int_equal(issue_count(list, "record without a REFERENCE_NUMBER", 1), 1);
    assert_int_equal(issue_count(list, "REFERENCE_NUMBER used twice", 1), 1);
    assert_int_equal(issue_count(list, "element that is neither INDIVIDUAL nor ENTITY", 1), 1);
    assert_int_equal(list->repaired, 8);
    assert_int_equal(issue_count(list, "nationality not a known country, kept in remarks", 0), 1);
    assert_int_equal(issue_count(list, "document country not a known country, kept in the note", 0), 1);
    assert_int_equal(issue_count(list, "alias quality cordon does not know, read as a.k.a.", 0), 1);
    assert_int_equal(issue_count(list, "date of birth given only in a note, read from it", 0), 1);
    assert_int_equal(issue_count(list, "date of birth not understood, kept in remarks", 0), 1);
    assert_int_equal(issue_count(list, "document without a NUMBER, kept in remarks", 0), 1);
    assert_int_equal(issue_count(list, "element cordon does not read, ignored", 0), 1);
    assert_int_equal(issue_count(list, "record without a name, its first alias taken as the name", 0), 1);

    char want[700];
    const char *expected[] = {
        ":4: QDi.001: nationality 'Atlantis' is no country cordon knows, kept as text",
        ":4: QDi.001: alias QUALITY 'Medium' unknown, read as a.k.a.",
        ":4: QDi.001: date of birth only in its NOTE 'Sep. 1965', read from it",
        ":4: QDi.001: date of birth '1970-02-30' is no date, kept in remarks",
        ":4: QDi.001: issuing country 'Atlantis' is no country cordon knows, kept as text",
        ":4: QDi.001: National Identification Number without a NUMBER, kept in remarks",
        ":4: QDi.001: <SHOE_SIZE> ignored: not an element of the list's schema",
        ":25: INDIVIDUAL 'BOB ' has no REFERENCE_NUMBER",
        ":26: QDi.001 is also the REFERENCE_NUMBER of the record on line 4",
        ":27: QDi.004 has no name and no alias",
        ":28: QDi.005: no name: its first alias 'Dan' taken as the name",
        ":29: <NOTE_TO_SELF> ignored",
    };
    assert_int_equal(cordon_index_warning_count(idx), 12);
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        snprintf(want, sizeof want, "%s%s", path, expected[i]);
        assert_string_equal(cordon_index_warning(idx, i), want);
    }
    /* QDi.004 has no name at all: dropped, and counted */
    assert_null(cordon_index_find(idx, "un-sc:QDi.004"));

    const cordon_entity *e = must_find(idx, "un-sc:QDi.001");
    assert_string_equal(e->caption, "ANN MARIE SMITH");
    assert_string_equal(e->names[0].given, "ANN");
    assert_string_equal(e->names[0].family, "SMITH");
    assert_int_equal(e->n_names, 6);
    assert_name(e, "Ann Smyth", CORDON_NAME_ALIAS);
    assert_name(e, "Anne Smith", CORDON_NAME_ALIAS);
    assert_name(e, "Annie", CORDON_NAME_WEAK_ALIAS);
    assert_name(e, "Anna Smit", CORDON_NAME_FORMER);
    assert_name(e, "A. Smith", CORDON_NAME_ALIAS);
    assert_string_equal(e->listed_on, "2015-07-01");
    assert_string_equal(e->gender, "female");
    assert_string_equal(e->remarks, "Line one line two (QDe.001, QDi.001; XQDe.002).; Nationality: Atlantis; Annie: nom de guerre; "
                                    "Date of birth: 1970-02-30; National Identification Number: number 42 on an old card");
    assert_int_equal(e->n_relations, 1); /* not to itself, not to a longer word */
    assert_string_equal(e->relations[0].target_id, "un-sc:QDe.001");
    assert_int_equal(e->n_birth_dates, 4);
    assert_date(&e->birth_dates[0], 1970, 2, 3, 1970, 2, 3, 0);
    assert_date(&e->birth_dates[1], 1971, 0, 0, 1971, 0, 0, 1);
    assert_date(&e->birth_dates[2], 1960, 0, 0, 1962, 0, 0, 0);
    assert_date(&e->birth_dates[3], 1965, 9, 0, 1965, 9, 0, 0);
    assert_true(has_country(e, "RU", CORDON_COUNTRY_NATIONALITY));
    assert_true(has_country(e, "RU", CORDON_COUNTRY_BIRTH));
    assert_true(has_country(e, "LV", CORDON_COUNTRY_ADDRESS));
    assert_int_equal(e->n_countries, 3);
    const cordon_identifier *id = identifier_of(e, "passport", "P123");
    assert_null(id->country);
    assert_string_equal(id->note, "issued 2001-01-01; issued by Atlantis");
    assert_int_equal(e->n_identifiers, 1);
    assert_string_equal(e->birth_places[0], "Grozny, Russian Federation");
    assert_string_equal(e->addresses[0], "1 Main St, Riga, Latvia");
    assert_true(has_text(e->positions, e->n_positions, "Dr."));
    assert_true(has_text(e->positions, e->n_positions, "Treasurer"));

    e = must_find(idx, "un-sc:QDi.005");
    assert_string_equal(e->caption, "Dan");
    assert_int_equal(e->names[0].kind, CORDON_NAME_PRIMARY);

    e = must_find(idx, "un-sc:QDe.001");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_name(e, "ACME OLD", CORDON_NAME_FORMER);
    assert_name(e, "Jin Tiesan", CORDON_NAME_ALIAS);
    assert_name(e, "金铁三", CORDON_NAME_ORIGINAL_SCRIPT);
    assert_string_equal(e->addresses[0], "Sana'a, Yemen, as of 2020");
    assert_true(has_country(e, "YE", CORDON_COUNTRY_ADDRESS));
}

static void records_are_mended_or_reported(void **state)
{
    (void)state;
    const char *path = write_temp("crafted.xml", CRAFTED, strlen(CRAFTED));
    char source[600];
    snprintf(source, sizeof source, "un-xml:%s", path);
    cordon_index *idx = open_one(source);
    check_crafted(idx, path);
    cordon_index_close(idx);
    unlink(path);
}

static void gzip_copies_load_and_cut_ones_fail(void **state)
{
    (void)state;
    char path[512];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/cordon-test-%d-crafted.xml.gz", tmp && *tmp ? tmp : "/tmp", (int)getpid());
    gzFile gz = gzopen(path, "wb");
    assert_non_null(gz);
    assert_int_equal(gzwrite(gz, CRAFTED, (unsigned)strlen(CRAFTED)), (int)strlen(CRAFTED));
    gzclose(gz);
    cordon_index *idx = open_one(path); /* detected from the decompressed content */
    assert_string_equal(cordon_index_list(idx, 0)->format, "un-xml");
    check_crafted(idx, path);
    cordon_index_close(idx);

    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(truncate(path, st.st_size - 12), 0); /* the trailer and a little data */
    char source[600];
    snprintf(source, sizeof source, "un-xml:%s", path);
    const char *sources[] = {source};
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_EIO);
    char want[700];
    snprintf(want, sizeof want, "%s: read error: unexpected end of file", path);
    assert_string_equal(cordon_index_errmsg(idx), want);
    cordon_index_close(idx);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(real_list_loads_with_exact_counts),
        cmocka_unit_test(emraan_ali_has_every_field),
        cmocka_unit_test(original_scripts_and_name_kinds),
        cmocka_unit_test(aliases_have_parts_by_place),
        cmocka_unit_test(dates_of_birth_of_every_type),
        cmocka_unit_test(malformed_and_foreign_files_are_refused),
        cmocka_unit_test(external_entities_are_never_read),
        cmocka_unit_test(records_are_mended_or_reported),
        cmocka_unit_test(gzip_copies_load_and_cut_ones_fail),
    };
    return cmocka_run_group_tests_name("lists_un_xml", tests, NULL, NULL);
}
