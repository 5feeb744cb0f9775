/*
 * test_countries.c — golden table of country names as the UN, OFAC and HMT lists write them,
 * and checks of the lookup table itself (order, folding, completeness against ISO 3166-1).
 */
#include "test_support.h"

#include "model/countries.h"

typedef struct golden {
    const char *name;
    const char *code; /* NULL: must not be found */
} golden;

static void check(const golden *table, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char code[3] = "??";
        bool hit = cdn_country_code(table[i].name, strlen(table[i].name), code);
        if (!table[i].code && hit)
            fail_msg("country(\"%s\") = %s, expected no match", table[i].name, code);
        if (table[i].code && (!hit || strcmp(code, table[i].code) != 0))
            fail_msg("country(\"%s\") = %s, expected %s", table[i].name, hit ? code : "(none)", table[i].code);
        if (!hit)
            assert_string_equal(code, "");
    }
}

static void un_names(void **state)
{
    (void)state;
    /* As written in the UN Security Council Consolidated List. */
    static const golden T[] = {
        {"Russian Federation", "RU"},
        {"Democratic People's Republic of Korea", "KP"},
        {"Iran (Islamic Republic of)", "IR"},
        {"Syrian Arab Republic", "SY"},
        {"United Republic of Tanzania", "TZ"},
        {"Bolivarian Republic of Venezuela", "VE"},
        {"Venezuela (Bolivarian Republic of)", "VE"},
        {"Bolivia (Plurinational State of)", "BO"},
        {"Libya", "LY"},
        {"State of Palestine", "PS"},
        {"Democratic Republic of the Congo", "CD"},
        {"Congo", "CG"},
        {"United Kingdom of Great Britain and Northern Ireland", "GB"},
        {"China, Hong Kong Special Administrative Region", "HK"},
        {"Türkiye", "TR"},
        {"Viet Nam", "VN"},
        {"Lao People's Democratic Republic", "LA"},
        {"Republic of Moldova", "MD"},
        {"former Soviet Union", "SU"},
        {"Guinea-Bissau", "GW"},
    };
    check(T, sizeof T / sizeof T[0]);
}

static void ofac_names(void **state)
{
    (void)state;
    /* As written in the OFAC SDN list's addresses and remarks. */
    static const golden T[] = {
        {"Russia", "RU"},
        {"Korea, North", "KP"},
        {"Korea, South", "KR"},
        {"Burma", "MM"},
        {"Iran", "IR"},
        {"Syria", "SY"},
        {"Venezuela", "VE"},
        {"Bolivia", "BO"},
        {"Tanzania", "TZ"},
        {"Congo, Democratic Republic of the", "CD"},
        {"Congo, Republic of the", "CG"},
        {"Moldova", "MD"},
        {"Laos", "LA"},
        {"Vietnam", "VN"},
        {"West Bank", "PS"},
        {"Gaza", "PS"},
        {"Palestinian", "PS"},
        {"Bahamas, The", "BS"},
        {"The Gambia", "GM"},
        {"Man, Isle of", "IM"},
        {"Virgin Islands, British", "VG"},
        {"North Macedonia, The Republic of", "MK"},
        {"Cote d Ivoire", "CI"},
        {"Côte d'Ivoire", "CI"},
        {"Kosovo", "XK"},
        {"Netherlands Antilles", "AN"},
        {"Hong Kong", "HK"},
        {"Macau", "MO"},
        {"United States", "US"},
    };
    check(T, sizeof T / sizeof T[0]);
}

static void hmt_and_eu_names(void **state)
{
    (void)state;
    /* As written in the UK HM Treasury Consolidated List, misspellings included, and in the EU
     * Financial Sanctions Files. */
    static const golden T[] = {
        {"DPRK", "KP"},
        {"North Korea", "KP"},
        {"Democratic Peoples Republic of Korea", "KP"},
        {"Democratic People\xC2\x92s Republic of Korea", "KP"}, /* Windows-1252 quote read as Latin-1 */
        {"DRC", "CD"},
        {"Libyan Arab Jamahiriya", "LY"},
        {"Sultanate of Oman", "OM"},
        {"Union of the Comoros", "KM"},
        {"Palestinian Territories", "PS"},
        {"Iran (Islamic Republic of.)", "IR"},
        {"The Netherlands", "NL"},
        {"United States of America", "US"},
        {"USSR", "SU"},
        {"Ukrainian SSR", "UA"},
        {"Kazakh Soviet Socialist Republic", "KZ"},
        {"RSFSR", "RU"},
        {"former Yugoslavia", "YU"},
        {"Serbia and Montenegro", "CS"},
        {"Congo, Democratic Republic of", "CD"},
        {"BOSNIA AND HERZEGOWINA", "BA"},
        {"Afganistan", "AF"},
        {"Trinadad and Tobago", "TT"},
    };
    check(T, sizeof T / sizeof T[0]);
}

static void nationality_adjectives(void **state)
{
    (void)state;
    static const golden T[] = {
        {"Russian", "RU"},      {"Belarusian", "BY"},    {"Iranian", "IR"},       {"Syrian", "SY"},
        {"Chinese", "CN"},      {"North Korean", "KP"},  {"South Korean", "KR"},  {"Ukrainian", "UA"},
        {"Afghan", "AF"},       {"Iraqi", "IQ"},         {"Lebanese", "LB"},      {"Yemeni", "YE"},
        {"Libyan", "LY"},       {"Sudanese", "SD"},      {"South Sudanese", "SS"}, {"Somali", "SO"},
        {"Pakistani", "PK"},    {"Saudi", "SA"},         {"Saudi Arabian", "SA"}, {"Emirati", "AE"},
        {"Turkish", "TR"},      {"British", "GB"},       {"American", "US"},      {"German", "DE"},
        {"French", "FR"},       {"Filipino", "PH"},      {"Tunisian", "TN"},      {"Algerian", "DZ"},
        {"Malian", "ML"},       {"Nigerien", "NE"},      {"Nigerian", "NG"},      {"Dutch", "NL"},
        {"Swiss", "CH"},        {"Uzbek", "UZ"},         {"Kyrgyz", "KG"},        {"Ivorian", "CI"},
        {"Qatari", "QA"},       {"Kuwaiti", "KW"},       {"Jordanian", "JO"},     {"Egyptian", "EG"},
    };
    check(T, sizeof T / sizeof T[0]);
}

static void codes(void **state)
{
    (void)state;
    static const golden T[] = {
        {"RU", "RU"}, {"RUS", "RU"}, {"PRK", "KP"},  {"GBR", "GB"}, {"USA", "US"},  {" DE ", "DE"},
        {"XK", "XK"}, {"XKX", "XK"}, {"NA", "NA"},   {"UK", "GB"},  {"UAE", "AE"},  {"SUN", "SU"},
        /* Lower-case codes are words: "na" is "not available", "and" is not Andorra. */
        {"na", NULL}, {"and", NULL}, {"rus", NULL},  {"Ru", NULL},  {"XX", NULL},   {"ZZZ", NULL},
    };
    check(T, sizeof T / sizeof T[0]);
}

static void folding(void **state)
{
    (void)state;
    static const golden T[] = {
        {"  russia  ", "RU"},
        {"RUSSIAN FEDERATION", "RU"},
        {"Russian\t  Federation.", "RU"},
        {"russian federation", "RU"},
        {"Bosnia & Herzegovina", "BA"},
        {"Bosnia&Herzegovina", "BA"},
        {"Trinidad & Tobago", "TT"},
        {"the united kingdom", "GB"},
        {"Democratic People\xE2\x80\x99s Republic of Korea", "KP"}, /* right single quotation mark */
        {"U.S.A.", "US"},
        {"Guinea Bissau", "GW"},
        {"St. Kitts and Nevis", "KN"},
        {"Turkiye", "TR"},
        {"Sao Tome and Principe", "ST"},
    };
    check(T, sizeof T / sizeof T[0]);
}

static void negatives(void **state)
{
    (void)state;
    static const golden T[] = {
        {"Crimea", NULL},
        {"Region: Crimea", NULL},
        {"Russian Federation Ministry", NULL},
        {"", NULL},
        {"   ", NULL},
        {".", NULL},
        {"the", NULL},
        {"Xx", NULL},
        {"Korea", NULL},             /* north or south */
        {"Virgin Islands", NULL},    /* British or U.S. */
        {"Congolese", NULL},         /* CD or CG */
        {"Afghanistan (since 2009)", NULL},
        {"(1) Iraq (2) Syria", NULL},
        {"Russ", NULL},
        {"Russiaa", NULL},
        {"TÜRKIYE", NULL},           /* only ASCII is case-folded */
    };
    check(T, sizeof T / sizeof T[0]);

    char code[3] = "??";
    assert_false(cdn_country_code(NULL, 0, code));
    assert_string_equal(code, "");
    /* Length, not NUL, ends the name. */
    assert_true(cdn_country_code("Iranian citizen", 7, code));
    assert_string_equal(code, "IR");
    assert_false(cdn_country_code("Iran", 3, code));
    /* A name longer than any key. */
    char longname[300];
    memset(longname, 'a', sizeof longname);
    assert_false(cdn_country_code(longname, sizeof longname, code));
}

static void names_of_codes(void **state)
{
    (void)state;
    assert_string_equal(cdn_country_name("RU"), "Russia");
    assert_string_equal(cdn_country_name("ru"), "Russia");
    assert_string_equal(cdn_country_name("KP"), "North Korea");
    assert_string_equal(cdn_country_name("GB"), "United Kingdom");
    assert_string_equal(cdn_country_name("CD"), "Democratic Republic of the Congo");
    assert_string_equal(cdn_country_name("XK"), "Kosovo");
    assert_null(cdn_country_name("XX"));
    assert_null(cdn_country_name("RUS"));
    assert_null(cdn_country_name("R"));
    assert_null(cdn_country_name(""));
    assert_null(cdn_country_name(NULL));
}

/* Every ISO 3166-1 alpha-2 code (iso-codes 4.15.0, 249 entries). */
static const char ISO_3166_1[] =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

static void every_iso_country(void **state)
{
    (void)state;
    size_t n = 0;
    for (const char *p = ISO_3166_1; *p; p += p[2] ? 3 : 2, n++) {
        char want[3] = {p[0], p[1], '\0'}, got[3];
        const char *name = cdn_country_name(want);
        if (!name)
            fail_msg("no name for %s", want);
        /* Its name, its code and its alpha-3 all lead back to it. */
        if (!cdn_country_code(name, strlen(name), got) || strcmp(got, want) != 0)
            fail_msg("name of %s (\"%s\") maps to %s", want, name, got);
        assert_true(cdn_country_code(want, 2, got));
        assert_string_equal(got, want);
    }
    assert_int_equal(n, 249);

    /* Every code with a name has exactly one alpha-3 key, and there are no others. */
    size_t named = 0;
    for (char a = 'A'; a <= 'Z'; a++)
        for (char b = 'A'; b <= 'Z'; b++)
            named += cdn_country_name((char[3]){a, b, '\0'}) != NULL;
    assert_int_equal(named, 249 + 5); /* XK, SU, YU, AN, CS */
    size_t alpha3 = 0;
    char code[3];
    const char *key;
    for (size_t i = 0; (key = cdn_country_key_at(i, code)) != NULL; i++)
        alpha3 += key[0] >= 'A' && key[0] <= 'Z';
    assert_int_equal(alpha3, named);
}

static void table_is_sorted_and_folded(void **state)
{
    (void)state;
    char code[3], prev_code[3], got[3];
    const char *prev = NULL, *key;
    size_t n = 0;
    for (; (key = cdn_country_key_at(n, code)) != NULL; n++) {
        if (prev && strcmp(prev, key) >= 0)
            fail_msg("table out of order or duplicated: \"%s\" (%s) before \"%s\"", prev, prev_code, key);
        /* Each key is found as it is, so it is its own folded form. */
        if (!cdn_country_code(key, strlen(key), got) || strcmp(got, code) != 0)
            fail_msg("key \"%s\" (%s) is not found by lookup", key, code);
        if (!cdn_country_name(code))
            fail_msg("key \"%s\" maps to %s, which has no name", key, code);
        prev = key;
        memcpy(prev_code, code, 3);
    }
    assert_true(n > 1000);
    assert_null(cdn_country_key_at(n, code));
    assert_string_equal(code, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(un_names),
        cmocka_unit_test(ofac_names),
        cmocka_unit_test(hmt_and_eu_names),
        cmocka_unit_test(nationality_adjectives),
        cmocka_unit_test(codes),
        cmocka_unit_test(folding),
        cmocka_unit_test(negatives),
        cmocka_unit_test(names_of_codes),
        cmocka_unit_test(every_iso_country),
        cmocka_unit_test(table_is_sorted_and_folded),
    };
    return cmocka_run_group_tests_name("countries", tests, NULL, NULL);
}
