/*
 * test_model.c — dates as publishers write them, and the entity builder (trimming,
 * de-duplication, primary name first, ids with the list prefix).
 */
#include "test_support.h"

#include "core/arena.h"
#include "model/entity.h"

typedef struct date_case {
    const char *text;
    int y1, m1, d1, y2, m2, d2, approximate;
} date_case;

static void text_dates_parse_with_precision(void **state)
{
    (void)state;
    static const date_case T[] = {
        {"1954-08-30", 1954, 8, 30, 1954, 8, 30, 0},
        {"30 Aug 1954", 1954, 8, 30, 1954, 8, 30, 0},
        {"30 August 1954", 1954, 8, 30, 1954, 8, 30, 0},
        {"3 Sept 1954.", 1954, 9, 3, 1954, 9, 3, 0},
        {"Aug 1954", 1954, 8, 0, 1954, 8, 0, 0},
        {"1954", 1954, 0, 0, 1954, 0, 0, 0},
        {"circa 1960", 1960, 0, 0, 1960, 0, 0, 1},
        {"c. 1960", 1960, 0, 0, 1960, 0, 0, 1},
        {"approximately 12 Mar 1971", 1971, 3, 12, 1971, 3, 12, 1},
        {"1960 to 1962", 1960, 0, 0, 1962, 0, 0, 0},
        {"1960-1962", 1960, 0, 0, 1962, 0, 0, 0},
        {"between 1960 and 1962", 1960, 0, 0, 1962, 0, 0, 0},
        {"circa 1955 to 1958", 1955, 0, 0, 1958, 0, 0, 1},
        {"30/08/1954", 1954, 8, 30, 1954, 8, 30, 0},
        {"00/00/1954", 1954, 0, 0, 1954, 0, 0, 0},
        {"dd/mm/1954", 1954, 0, 0, 1954, 0, 0, 0},
        {"dd/08/1954", 1954, 8, 0, 1954, 8, 0, 0},
        {"30.08.1954", 1954, 8, 30, 1954, 8, 30, 0},
        {"1960..1962-05", 1960, 0, 0, 1962, 5, 0, 0},
    };
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++) {
        cordon_date_range d;
        if (!cdn_date_parse_text(T[i].text, strlen(T[i].text), &d))
            fail_msg("cannot parse '%s'", T[i].text);
        if (d.from.year != T[i].y1 || d.from.month != T[i].m1 || d.from.day != T[i].d1 || d.to.year != T[i].y2 ||
            d.to.month != T[i].m2 || d.to.day != T[i].d2 || d.approximate != T[i].approximate)
            fail_msg("'%s' gave %d-%d-%d..%d-%d-%d ~%d", T[i].text, d.from.year, d.from.month, d.from.day, d.to.year,
                     d.to.month, d.to.day, d.approximate);
    }
}

static void impossible_dates_are_refused(void **state)
{
    (void)state;
    static const char *const BAD[] = {"",          "1900-02-29", "31 Feb 1970", "1962 to 1960", "19600", "1960-1",
                                      "Foo 1960",  "32/01/1960", "circa",       "12 13 1960",   "abcd",  "30 Aug 54",
                                      "1 2 3 1960"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        cordon_date_range d;
        if (cdn_date_parse_text(BAD[i], strlen(BAD[i]), &d))
            fail_msg("'%s' parsed as %d-%d-%d", BAD[i], d.from.year, d.from.month, d.from.day);
    }
    cordon_date_range d;
    assert_true(cdn_date_parse_iso("2000-02-29", 10, &d));
    assert_false(cdn_date_parse_iso("30 Aug 1954", 11, &d)); /* ISO only */
    char buf[16];
    cordon_date ym = {1970, 6, 0};
    cdn_date_format(&ym, buf, sizeof buf);
    assert_string_equal(buf, "1970-06");
}

static void builder_trims_dedups_and_orders(void **state)
{
    (void)state;
    cdn_arena arena;
    cdn_arena_init(&arena);
    cdn_entity_builder b;
    cdn_builder_init(&b, &arena);
    cordon_list_info list = {.id = "test"};

    assert_true(cdn_builder_set_id(&b, " 42 ", 4));
    b.schema = CORDON_SCHEMA_PERSON;
    assert_true(cdn_builder_add_name(&b, CORDON_NAME_ALIAS, "Ann Smyth", 9));
    assert_true(cdn_builder_add_name(&b, CORDON_NAME_PRIMARY, "  Ann Smith\xC2\xA0", 13));
    assert_true(cdn_builder_add_name(&b, CORDON_NAME_WEAK_ALIAS, "Ann Smyth", 9)); /* duplicate */
    assert_true(cdn_builder_add_name(&b, CORDON_NAME_ALIAS, "   ", 3));           /* blank */
    assert_true(cdn_builder_add_program(&b, "SDGT", 4));
    assert_true(cdn_builder_add_program(&b, "SDGT ", 5));
    assert_true(cdn_builder_add_country(&b, "ru", CORDON_COUNTRY_NATIONALITY));
    assert_true(cdn_builder_add_country(&b, "Russia", CORDON_COUNTRY_NATIONALITY)); /* not a code: ignored */
    assert_true(cdn_builder_add_identifier(&b, "passport", "AB123", 5, "RU", "issued 2010"));
    assert_true(cdn_builder_add_relation(&b, "linked_to", NULL, "ACME LLC"));
    assert_true(cdn_builder_set_gender(&b, "Female"));
    assert_true(cdn_builder_append_remarks(&b, "first", 5));
    assert_true(cdn_builder_append_remarks(&b, "second", 6));
    cordon_entity *e = cdn_builder_freeze(&b, &list);
    assert_non_null(e);
    assert_string_equal(e->id, "test:42");
    assert_string_equal(e->caption, "Ann Smith");
    assert_int_equal(e->n_names, 2);
    assert_int_equal(e->names[0].kind, CORDON_NAME_PRIMARY);
    assert_string_equal(e->names[1].full, "Ann Smyth");
    assert_int_equal(e->names[1].kind, CORDON_NAME_ALIAS);
    assert_int_equal(e->n_programs, 1);
    assert_int_equal(e->n_countries, 1);
    assert_string_equal(e->countries[0].code, "RU");
    assert_string_equal(e->identifiers[0].note, "issued 2010");
    assert_string_equal(e->relations[0].target_name, "ACME LLC");
    assert_null(e->relations[0].target_id);
    assert_string_equal(e->gender, "female");
    assert_string_equal(e->remarks, "first; second");

    /* The builder is reset: a record without an id or name does not freeze. */
    assert_null(cdn_builder_freeze(&b, &list));

    /* An id prefix replaces the list's id in the entity id, for this entity only. */
    assert_true(cdn_builder_set_id(&b, "NK-1", 4));
    assert_true(cdn_builder_set_id_prefix(&b, "eu_fsf", 6));
    assert_true(cdn_builder_add_name(&b, CORDON_NAME_PRIMARY, "Ann", 3));
    e = cdn_builder_freeze(&b, &list);
    assert_non_null(e);
    assert_string_equal(e->id, "eu_fsf:NK-1");
    assert_string_equal(e->native_id, "NK-1");
    assert_true(cdn_builder_set_id(&b, "NK-2", 4));
    assert_true(cdn_builder_add_name(&b, CORDON_NAME_PRIMARY, "Bob", 3));
    e = cdn_builder_freeze(&b, &list);
    assert_string_equal(e->id, "test:NK-2");
    cdn_builder_free(&b);
    cdn_arena_free(&arena);
}

/* A party whose list does not say person or organisation is a LegalEntity, which a search for
 * either admits (an ITAR-debarred person must not fall out of a person search), and a search
 * for LegalEntity admits both; vessels and aircraft stay apart. */
static void legal_entities_are_persons_or_organizations(void **state)
{
    (void)state;
    cordon_schema s;
    assert_int_equal(cordon_schema_parse("LegalEntity", &s), CORDON_OK);
    assert_int_equal(s, CORDON_SCHEMA_LEGAL_ENTITY);
    assert_string_equal(cordon_schema_name(CORDON_SCHEMA_LEGAL_ENTITY), "LegalEntity");
    assert_int_equal(cordon_schema_parse("company", &s), CORDON_OK);
    assert_int_equal(s, CORDON_SCHEMA_ORGANIZATION);

#define A CORDON_SCHEMA_ANY
#define P CORDON_SCHEMA_PERSON
#define O CORDON_SCHEMA_ORGANIZATION
#define V CORDON_SCHEMA_VESSEL
#define J CORDON_SCHEMA_AIRCRAFT
#define L CORDON_SCHEMA_LEGAL_ENTITY
    static const struct { cordon_schema wanted, listed; bool admits; } T[] = {
        {P, L, true},  {O, L, true},  {L, P, true},  {L, O, true}, {L, L, true}, {A, L, true},
        {A, V, true},  {P, P, true},  {V, V, true},  {V, L, false}, {J, L, false}, {L, V, false},
        {L, J, false}, {P, O, false}, {O, P, false}, {P, V, false},
    };
#undef A
#undef P
#undef O
#undef V
#undef J
#undef L
    for (size_t i = 0; i < sizeof T / sizeof T[0]; i++) {
        if (cdn_schema_admits(T[i].wanted, T[i].listed) != T[i].admits)
            fail_msg("case %zu: %s search, %s listed", i, cordon_schema_name(T[i].wanted),
                     cordon_schema_name(T[i].listed));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_dates_parse_with_precision),
        cmocka_unit_test(impossible_dates_are_refused),
        cmocka_unit_test(builder_trims_dedups_and_orders),
        cmocka_unit_test(legal_entities_are_persons_or_organizations),
    };
    return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
