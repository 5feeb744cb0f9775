/*
 * test_lists_ftm.c — the OpenSanctions FollowTheMoney loader (format `ftm`): the real exports in
 * ../shared/data/formats load with exact counts, load reports and entities; delta updates apply;
 * crafted files exercise every link and property kind; malformed files are refused with their
 * file, line and cause.
 */
#include "list_checks.h"

#include <stdbool.h>
#include <time.h>

#include <zlib.h>

/* ---- helpers ------------------------------------------------------------------------------ */

static cordon_index *open_shared(const char *format, const char *rel)
{
    const char *data = require_shared();
    char source[8400];
    snprintf(source, sizeof source, "%s%s/formats/%s", format, data, rel);
    return open_one(source);
}

/* The count of the load report's issue with this reason (0 when absent). */
static size_t issue(const cordon_list_info *l, const char *reason, int skipped)
{
    for (size_t i = 0; i < l->n_issues; i++)
        if (strcmp(l->issues[i].reason, reason) == 0 && !l->issues[i].skipped == !skipped)
            return l->issues[i].count;
    return 0;
}

static void expect_list(const cordon_index *idx, const char *id, const char *version, size_t entities, size_t names,
                        size_t skipped, size_t repaired, size_t n_issues)
{
    assert_int_equal(cordon_index_list_count(idx), 1);
    const cordon_list_info *l = cordon_index_list(idx, 0);
    assert_string_equal(l->id, id);
    assert_string_equal(l->format, "ftm");
    if (version)
        assert_string_equal(l->version, version);
    assert_int_equal(l->entities, entities);
    assert_int_equal(l->names, names);
    assert_int_equal(l->skipped, skipped);
    assert_int_equal(l->repaired, repaired);
    assert_int_equal(l->n_issues, n_issues);
    assert_int_equal(cordon_index_entity_count(idx), entities);
}

/* Whether the load report holds exactly this warning. */
static bool has_warning(const cordon_index *idx, const char *want)
{
    for (size_t i = 0; i < cordon_index_warning_count(idx); i++)
        if (strcmp(cordon_index_warning(idx, i), want) == 0)
            return true;
    return false;
}

static const cordon_identifier *ident_of(const cordon_entity *e, const char *type, const char *value)
{
    for (size_t i = 0; i < e->n_identifiers; i++)
        if (strcmp(e->identifiers[i].type, type) == 0 && strcmp(e->identifiers[i].value, value) == 0)
            return &e->identifiers[i];
    fail_msg("%s has no %s identifier '%s'", e->id, type, value);
    return NULL;
}

static bool has_relation(const cordon_entity *e, const char *type, const char *target_id, const char *target_name)
{
    for (size_t i = 0; i < e->n_relations; i++) {
        const cordon_relation *r = &e->relations[i];
        if (strcmp(r->type, type) == 0 && (target_id ? r->target_id && strcmp(r->target_id, target_id) == 0 : !r->target_id) &&
            (!target_name || (r->target_name && strcmp(r->target_name, target_name) == 0)))
            return true;
    }
    return false;
}

/* Writes content to a scratch file and returns an index over "ftm:" + it (asserting success). */
static cordon_index *open_crafted(const char *name, const char *content, const char **path_out)
{
    const char *path = write_temp(name, content, strlen(content));
    char source[600];
    snprintf(source, sizeof source, "ftm:%s", path);
    if (path_out)
        *path_out = path;
    return open_one(source);
}

/* Loads content as "ftm:" + a scratch file and checks the status and the exact message. */
static void expect_error(const char *name, const char *content, size_t len, int status, long line, const char *what)
{
    expect_load_error("ftm", name, content, len, status, line, what);
}

/* ---- the real exports --------------------------------------------------------------------- */

static void zala_sanctioned_people_companies_and_links(void **state)
{
    (void)state;
    cordon_index *idx = open_shared("ftm:", "opensanctions-zala/entities.ftm.json");
    /* 6 people and 11 companies; of 91 lines, the rest are sanctions, links and addresses.
     * The list is named after the dataset its entities name most often. */
    expect_list(idx, "ext_ru_egrul", "2026-04-29T12:53:04", 17, 245, 1, 16, 2);
    const cordon_list_info *l = cordon_index_list(idx, 0);
    assert_int_equal(issue(l, "reference to an entity not in the source dropped", 0), 16);
    assert_int_equal(issue(l, "FtM Passport not attached to any screened entity", 1), 1);
    char want[4400];
    snprintf(want, sizeof want,
             "%s/formats/opensanctions-zala/entities.ftm.json:45: Passport gb-fcdo-217caa5aa607244044b49706d04d8d6c5ec992bd "
             "adds nothing: it has no number", shared_data());
    assert_true(has_warning(idx, want));

    const cordon_entity *z = must_find(idx, "gb_coh_disqualified:NK-aU5ybkbRFJucf8YMwsJvDw");
    assert_string_equal(z->native_id, "NK-aU5ybkbRFJucf8YMwsJvDw");
    assert_int_equal(z->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(z->caption, "Alexander Vyacheslavovich ZAKHAROV");
    assert_int_equal(z->n_names, 17);
    assert_int_equal(z->names[0].kind, CORDON_NAME_PRIMARY);
    assert_string_equal(z->names[0].given, "Alexander");
    assert_string_equal(z->names[0].family, "Zakharov");
    assert_string_equal(z->names[0].patronymic, "Vyacheslavovich");
    assert_null(z->names[0].middle); /* the middle name is the patronymic */
    const cordon_name *cyr = name_of(z, "ЗАХАРОВ Александр Вячеславович");
    assert_int_equal(cyr->kind, CORDON_NAME_ORIGINAL_SCRIPT);
    assert_string_equal(cyr->family, "Захаров");
    assert_int_equal(name_of(z, "ZAKHAROV, Aleksandr Vyacheslavovich")->kind, CORDON_NAME_ALIAS);
    assert_int_equal(z->n_birth_dates, 1);
    expect_date(&z->birth_dates[0], 1965, 9, 21);
    assert_true(has_country(z, "RU", CORDON_COUNTRY_NATIONALITY));
    assert_true(has_country(z, "RU", CORDON_COUNTRY_CITIZENSHIP));
    assert_true(has_country(z, "RU", CORDON_COUNTRY_BIRTH));
    assert_null(ident_of(z, "tax", "183111242406")->note);
    assert_string_equal(ident_of(z, "registration", "RSCWQEZSPEN9")->note, "UEI (US SAM)");
    assert_true(has_text(z->programs, z->n_programs, "RUSSIA-EO14024"));  /* from the OFAC Sanction */
    assert_true(has_text(z->programs, z->n_programs, "UA-SA1644"));       /* its own programId */
    assert_int_equal(z->n_programs, 13);
    assert_string_equal(z->listed_on, "2023-07-01"); /* the earliest date of its sanctions */
    assert_string_equal(z->gender, "male");
    assert_true(has_text(z->topics, z->n_topics, "sanction"));
    assert_true(has_text(z->birth_places, z->n_birth_places, "Izhevsk"));
    assert_true(has_text(z->positions, z->n_positions, "Owner of LLC CST"));
    assert_non_null(strstr(z->remarks, "Sanction by Office of Foreign Assets Control: RUSSIA-EO14024"));
    assert_true(strncmp(z->source_list, "gb_coh_disqualified, mc_fund_freezes, ", 38) == 0);
    /* Family and Ownership entities become relations, with the other party's id. */
    assert_true(has_relation(z, "family", "gb_coh_disqualified:NK-JseaPJctnK9o8wrmz8xmoT", "Nikita Aleksandrovich Zakharov"));
    assert_true(has_relation(z, "owner", "mc_fund_freezes:NK-abdzbEBkqyT29GyREbiURZ", "LLC CST"));
    assert_true(has_relation(z, "director", "mc_fund_freezes:NK-abdzbEBkqyT29GyREbiURZ", "LLC CST"));
    assert_int_equal(z->n_relations, 14);

    const cordon_entity *cst = must_find(idx, "mc_fund_freezes:NK-abdzbEBkqyT29GyREbiURZ");
    assert_int_equal(cst->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_string_equal(cst->caption, "LLC CST");
    assert_int_equal(name_of(cst, "ООО «ЦСТ»")->kind, CORDON_NAME_ORIGINAL_SCRIPT);
    assert_int_equal(name_of(cst, "TsST LLC")->kind, CORDON_NAME_WEAK_ALIAS);
    expect_date(&cst->birth_dates[0], 2010, 12, 24); /* incorporation */
    assert_true(has_country(cst, "RU", CORDON_COUNTRY_REGISTRATION));
    assert_true(has_country(cst, "RU", CORDON_COUNTRY_ADDRESS));
    assert_string_equal(ident_of(cst, "tax", "771501001")->note, "KPP");
    ident_of(cst, "registration", "1091841000624"); /* OGRN */
    ident_of(cst, "email", "info@zala.aero");
    /* The text of an Address entity it refers to by addressEntity. */
    assert_true(has_text(cst->addresses, cst->n_addresses, "P.O. Box 9050, UR, Izhevsk, Russian Federation, 426011"));
    assert_true(has_relation(cst, "owned_by", "mc_fund_freezes:NK-nR5AXM9AVPq4pQaSPSaVam", "JSC Kalashnikov Concern"));
    assert_true(has_relation(cst, "directed_by", "gb_coh_disqualified:NK-aU5ybkbRFJucf8YMwsJvDw", NULL));
    cordon_index_close(idx);
}

static void t1_organizations_and_people(void **state)
{
    (void)state;
    cordon_index *idx = open_shared("ftm:", "opensanctions-t1/entities.ftm.json");
    expect_list(idx, "eu_fsf", "2024-06-01T10:57:03", 6, 35, 1, 2, 2);
    const cordon_list_info *l = cordon_index_list(idx, 0);
    assert_int_equal(issue(l, "reference to an entity not in the source dropped", 0), 2);
    assert_int_equal(issue(l, "FtM Address not attached to any screened entity", 1), 1);
    const cordon_entity *k = must_find(idx, "eu_fsf:NK-2Ka3UvopqbpZmVDFjWd4LA");
    assert_string_equal(k->caption, "Vitaly Yurievich KUZMENKO");
    assert_int_equal(k->n_names, 3);
    assert_int_equal(name_of(k, "Виталий Юрьевич КУЗЬМЕНКО")->kind, CORDON_NAME_ORIGINAL_SCRIPT);
    assert_int_equal(name_of(k, "Vitalij Kuzmenko")->kind, CORDON_NAME_ALIAS);
    assert_string_equal(k->names[0].given, "Vitaly");
    assert_string_equal(k->names[0].family, "KUZMENKO");
    expect_date(&k->birth_dates[0], 1971, 1, 22);
    assert_true(has_country(k, "RU", CORDON_COUNTRY_NATIONALITY));
    ident_of(k, "tax", "366510784303");
    assert_string_equal(k->listed_on, "2024-02-23"); /* createdAt, for want of a Sanction */
    assert_string_equal(k->positions[0], "General Director of JSC 163 Armor Repair Plant");
    assert_string_equal(k->remarks, "The plant is part of the High Precision Systems holding company of Rostec");
    const cordon_entity *irgc = must_find(idx, "eu_fsf:NK-2PacmNpiLUmoz4XD2mSt7A");
    assert_int_equal(irgc->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_true(has_country(irgc, "IR", CORDON_COUNTRY_OTHER));
    assert_int_equal(irgc->n_addresses, 0); /* its addressEntity is not in the file (counted) */
    cordon_index_close(idx);
}

static void parteispenden_raw_ftm_without_datasets(void **state)
{
    (void)state;
    const char *data = require_shared();
    char path[4200];
    snprintf(path, sizeof path, "%s/formats/opensanctions-parteispenden.ftm.json", data);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    char version[32];
    struct tm tm;
    gmtime_r(&st.st_mtime, &tm);
    strftime(version, sizeof version, "file date %Y-%m-%d", &tm);
    cordon_index *idx = open_shared("ftm:", "opensanctions-parteispenden.ftm.json");
    /* 22 people, 56 companies, 18 organizations; 290 payments and 89 addresses all attach. */
    expect_list(idx, "opensanctions-parteispenden", version, 96, 96, 0, 0, 0);
    const cordon_entity *donor = must_find(idx, "opensanctions-parteispenden:f9c295f21b233ac878fbac4d271bb6fd13d7952a");
    assert_string_equal(donor->caption, "Frau Lina Dachner");
    assert_string_equal(donor->addresses[0], "Schillerstraße 19, 76135 Karlsruhe");
    assert_true(has_country(donor, "DE", CORDON_COUNTRY_ADDRESS));
    assert_true(has_relation(donor, "payer", "opensanctions-parteispenden:6d03aec76fdeec8f9697d8b19954ab6fc2568bc8", "MLPD"));
    const cordon_entity *party = must_find(idx, "opensanctions-parteispenden:6d03aec76fdeec8f9697d8b19954ab6fc2568bc8");
    assert_true(has_relation(party, "beneficiary", "opensanctions-parteispenden:f9c295f21b233ac878fbac4d271bb6fd13d7952a",
                             "Frau Lina Dachner"));
    assert_null(party->source_list);
    cordon_index_close(idx);
}

static void wd_peps_flat_and_nested(void **state)
{
    (void)state;
    /* The flat export: its Occupancy entities name no post, so neither they nor the Positions
     * attach to anyone; both are counted. */
    cordon_index *idx = open_shared("ftm:", "opensanctions-wd-peps-2024-03/entities.ftm.json");
    expect_list(idx, "sa_wiki_peps_v2", "2024-03-14T11:31:42", 607, 3862, 202, 43, 5);
    const cordon_list_info *l = cordon_index_list(idx, 0);
    assert_int_equal(issue(l, "FtM Position not attached to any screened entity", 1), 100);
    assert_int_equal(issue(l, "FtM Occupancy not attached to any screened entity", 1), 102);
    assert_int_equal(issue(l, "FtM property value that is not a string dropped", 0), 18);
    assert_int_equal(issue(l, "country that is not an ISO 3166-1 country dropped", 0), 6);
    assert_int_equal(issue(l, "date that is not an ISO 8601 date dropped", 0), 19);
    const cordon_entity *k = must_find(idx, "sa_wiki_peps_v2:Q742051");
    assert_string_equal(k->caption, "Khalid bin Sultan");
    assert_int_equal(k->n_names, 14);
    assert_int_equal(name_of(k, "خالد بن سلطان")->kind, CORDON_NAME_ORIGINAL_SCRIPT);
    assert_int_equal(name_of(k, "Khaled bin Sultan Al Saud")->kind, CORDON_NAME_ALIAS);
    /* An entity without "name" keeps its caption as its primary name. */
    const cordon_entity *a = must_find(idx, "sa_wiki_peps_v2:Q60195440");
    assert_string_equal(a->caption, "Abdullah bin Bandar bin Abdulaziz Al Saud");
    assert_int_equal(a->n_names, 4);
    assert_true(has_country(a, "SA", CORDON_COUNTRY_BIRTH)); /* a lone string, not a list */
    cordon_index_close(idx);

    /* The nested export: relatives and occupancies are written inside their targets. */
    idx = open_shared("ftm:", "opensanctions-wd-peps-2024-03/targets.nested.json");
    expect_list(idx, "wd_persons", "2024-03-10T15:37:28", 9, 18, 5, 0, 1); /* version: index.json */
    assert_int_equal(issue(cordon_index_list(idx, 0), "FtM Occupancy not attached to any screened entity", 1), 5);
    const cordon_entity *h = must_find(idx, "wd_persons:Q296771");
    assert_string_equal(h->caption, "Saad Hariri");
    assert_int_equal(h->n_names, 3);
    assert_string_equal(h->names[0].family, "Hariri");
    expect_date(&h->birth_dates[0], 1970, 4, 18);
    assert_true(has_country(h, "LB", CORDON_COUNTRY_NATIONALITY));
    assert_string_equal(ident_of(h, "other", "Q296771")->note, "Wikidata");
    ident_of(h, "website", "http://www.saadhariri.com/");
    assert_true(has_text(h->positions, h->n_positions, "Prime Minister of Lebanon"));
    assert_true(has_relation(h, "family", "wd_persons:Q20424718", "Nidal Boustany"));
    assert_int_equal(h->n_relations, 4);
    const cordon_entity *mother = must_find(idx, "wd_persons:Q20424718");
    assert_string_equal(mother->gender, "female");
    assert_true(has_relation(mother, "family", "wd_persons:Q296771", "Saad Hariri"));
    cordon_index_close(idx);
}

/* ---- delta updates ------------------------------------------------------------------------ */

static void deltas_apply_in_version_order(void **state)
{
    (void)state;
    /* The delta directory alone, applied to nothing: ADD, ADD; ADD, MOD; DEL; ADD. */
    cordon_index *idx = open_shared("ftm:", "opensanctions-delta");
    expect_list(idx, "eu_fsf", "20240528134729-3iv", 3, 20, 0, 1, 1);
    const cordon_entity *mod = must_find(idx, "eu_fsf:NK-2T3S8Hu29ktYnKSTgQp2wL");
    assert_string_equal(mod->caption, "Foobar Foobargroup"); /* MOD replaced the whole entity */
    assert_null(cordon_index_find(idx, "ca_listed_terrorists:NK-2T3S8Hu29ktYnKSTgQp2wL"));
    assert_null(cordon_index_find(idx, "ca_listed_terrorists:NK-500Poltergeist")); /* DEL */
    must_find(idx, "be_fod_sanctions:NK-2sJaJRaPJcWUfMbHjTtWcL");
    must_find(idx, "eu_fsf:Q4365364");
    cordon_index_close(idx);

    /* A base export plus the delta directory: BASE+DELTA. */
    const char *data = require_shared();
    char source[8400];
    snprintf(source, sizeof source, "ftm:%s/formats/opensanctions-t1/entities.ftm.json+%s/formats/opensanctions-delta",
             data, data);
    idx = open_one(source);
    expect_list(idx, "eu_fsf", "20240528134729-3iv", 9, 55, 1, 3, 2);
    must_find(idx, "eu_fsf:NK-2Ka3UvopqbpZmVDFjWd4LA");
    must_find(idx, "eu_fsf:Q4365364");
    /* A base with one version folder given as a file: its folder names the version. */
    snprintf(source, sizeof source,
             "ftm:%s/formats/opensanctions-t1+%s/formats/opensanctions-delta/20240527194702-wnk/entities.delta.json",
             data, data);
    cordon_index_close(idx);
    idx = open_one(source);
    expect_list(idx, "eu_fsf", "20240527194702-wnk", 8, 223, 1, 2, 2);
    /* Before its MOD, this entity is the one ADDed, with its first dataset. */
    assert_string_equal(must_find(idx, "ca_listed_terrorists:NK-2T3S8Hu29ktYnKSTgQp2wL")->caption, "AL-QAIDA IN IRAQ");
    cordon_index_close(idx);
}

static void delta_operations_are_counted(void **state)
{
    (void)state;
    const char *base = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ann Old\"]},\"datasets\":[\"ds\"]}\n"
                       "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Bob\"]},\"datasets\":[\"ds\"]}\n";
    const char *delta =
        "{\"op\":\"MOD\",\"entity\":{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ann New\"]},\"datasets\":[\"ds\"]}}\n"
        "{\"op\":\"DEL\",\"entity\":{\"id\":\"b\"}}\n"
        "{\"op\":\"MOD\",\"entity\":{\"id\":\"zz\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ghost\"]}}}\n"
        "{\"op\":\"DEL\",\"entity\":{\"id\":\"b\"}}\n"
        "{\"op\":\"ADD\",\"entity\":{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ann Newest\"]},\"datasets\":[\"ds\"]}}\n"
        "{\"op\":\"PATCH\",\"entity\":{\"id\":\"a\"}}\n"
        "{\"op\":\"ADD\"}\n"
        "{\"op\":\"ADD\",\"entity\":{\"id\":\"c\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Cy\"]},\"datasets\":[\"ds\"]}}\n";
    const char *base_path = write_temp("base.ftm.json", base, strlen(base));
    char base_copy[600];
    snprintf(base_copy, sizeof base_copy, "%s", base_path);
    const char *delta_path = write_temp("upd.delta.json", delta, strlen(delta));
    char source[1300];
    snprintf(source, sizeof source, "ftm:%s+%s", base_copy, delta_path);
    cordon_index *idx = open_one(source);
    /* No version folder, no index.json, no last_seen: the base file's date. */
    const cordon_list_info *l = cordon_index_list(idx, 0);
    assert_int_equal(strncmp(l->version, "file date ", 10), 0);
    expect_list(idx, "ds", NULL, 2, 2, 4, 1, 5);
    assert_int_equal(issue(l, "delta MOD of an entity not loaded", 1), 1);
    assert_int_equal(issue(l, "delta DEL of an entity not loaded", 1), 1);
    assert_int_equal(issue(l, "delta ADD of an entity already loaded (replaced)", 0), 1);
    assert_int_equal(issue(l, "unknown delta op", 1), 1);
    assert_int_equal(issue(l, "delta line without an entity", 1), 1);
    assert_string_equal(must_find(idx, "ds:a")->caption, "Ann Newest");
    assert_null(cordon_index_find(idx, "ds:b"));
    must_find(idx, "ds:c");
    char want[800];
    snprintf(want, sizeof want, "%s:3: MOD of entity 'zz', which is not loaded: skipped", delta_path);
    assert_true(has_warning(idx, want));
    cordon_index_close(idx);

    /* A part that does not exist. */
    snprintf(source, sizeof source, "ftm:%s+/nonexistent/delta.json", base_copy);
    const char *sources[] = {source};
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_EIO);
    assert_string_equal(cordon_index_errmsg(idx), "/nonexistent/delta.json: cannot open: no such file or directory");
    cordon_index_close(idx);
    unlink(base_copy);
    unlink(delta_path);
}

/* ---- crafted files: every kind of link and property ---------------------------------------- */

static const char CRAFTED[] =
    "{\"id\":\"p1\",\"schema\":\"Person\",\"caption\":\"Ivan Petrov\",\"properties\":{\"name\":[\"Ivan Petrov\",\"Иван Петров\"],"
    "\"weakAlias\":[\"Vanya\"],\"previousName\":[\"Ivan Sidorov\"],\"firstName\":[\"Ivan\"],\"lastName\":[\"Petrov\",\"Петров\"],"
    "\"birthDate\":[\"1960\",\"1961-05\",\"not a date\"],\"nationality\":[\"ru\",\"xx\"],\"citizenship\":[\"Russia\"],"
    "\"gender\":[\"male\"],\"topics\":[\"sanction\"],\"title\":[\"Colonel\"]},\"datasets\":[\"test_ds\"],"
    "\"last_seen\":\"2024-01-02T03:04:05\"}\n"
    "{\"id\":\"id1\",\"schema\":\"Identification\",\"properties\":{\"holder\":[\"p1\"],\"number\":[\"AB 123\"],\"country\":[\"ru\"],"
    "\"type\":[\"Passport of the Russian Federation\"],\"authority\":[\"MVD\"],\"startDate\":[\"2010-01-01\"]},\"datasets\":[\"test_ds\"]}\n"
    "{\"id\":\"w1\",\"schema\":\"CryptoWallet\",\"properties\":{\"holder\":[\"p1\"],\"publicKey\":[\"bc1qxyz\"],\"currency\":[\"BTC\"]}}\n"
    "{\"id\":\"s1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"p1\",\"v1\"],\"program\":[\"RUSSIA-EO14024\"],"
    "\"authority\":[\"OFAC\"],\"listingDate\":[\"2022-03-11\"],\"startDate\":[\"2022-02-24\"],\"sourceUrl\":[\"https://example.org\"]}}\n"
    "{\"id\":\"v1\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"SEA STAR\"],\"imoNumber\":[\"9123456\"],\"mmsi\":[\"273123456\"],"
    "\"flag\":[\"pa\"],\"owner\":[\"o1\"],\"buildDate\":[\"1999\"]},\"datasets\":[\"other_ds\"]}\n"
    "{\"id\":\"o1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Sea Star Shipping LLC\"],\"jurisdiction\":[\"mh\"],"
    "\"registrationNumber\":[\"R-1\"],\"innCode\":[\"7700000000\"],\"addressEntity\":[\"a1\",\"missing-addr\"]},\"datasets\":[\"test_ds\"]}\n"
    "{\"id\":\"a1\",\"schema\":\"Address\",\"properties\":{\"street\":[\"1 Main St\"],\"city\":[\"Majuro\"],\"country\":[\"mh\"]}}\n"
    "{\"id\":\"pos1\",\"schema\":\"Position\",\"properties\":{\"name\":[\"Minister of Shipping\"]}}\n"
    "{\"id\":\"occ1\",\"schema\":\"Occupancy\",\"properties\":{\"holder\":[\"p1\"],\"post\":[\"pos1\"]}}\n"
    "{\"id\":\"ac1\",\"schema\":\"Airplane\",\"properties\":{\"name\":[\"RA-12345\"],\"registrationNumber\":[\"RA-12345\"],"
    "\"serialNumber\":[\"SN1\"]},\"datasets\":[\"test_ds\"]}\n"
    "{\"id\":\"b1\",\"schema\":\"BankAccount\",\"properties\":{\"accountNumber\":[\"123\"]}}\n"
    "{\"id\":\"n1\",\"schema\":\"Person\",\"properties\":{\"gender\":[\"male\"]}}\n"
    "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Duplicate\"]}}\n"
    "{\"id\":\"f1\",\"schema\":\"Family\",\"properties\":{\"person\":[\"p1\"],\"relative\":[\"nobody\"]}}\n"
    "{\"id\":\"nest\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Nest Ed\"],\"sanctions\":[{\"id\":\"s2\",\"schema\":\"Sanction\","
    "\"properties\":{\"entity\":[\"nest\"],\"program\":[\"EU-UKR\"]}}],\"addressEntity\":[{\"id\":\"a2\",\"schema\":\"Address\","
    "\"properties\":{\"full\":[\"Kyiv\"],\"country\":[\"ua\"]}}],\"odd\":[{\"foo\":\"bar\"},5],\"lone\":7},\"datasets\":[\"test_ds\"]}\n"
    "{\"foo\":\"bar\"}\n"
    "{\"id\":\"q1\",\"schema\":\"Person\",\"properties\":{\"firstName\":[\"Olga\"],\"fatherName\":[\"Ivanovna\"],\"lastName\":[\"Orlova\"]}}\n"
    "{\"id\":\"x1\",\"schema\":\"Person-1\",\"properties\":{}}\n";

static void crafted_links_and_properties(void **state)
{
    (void)state;
    const char *path;
    cordon_index *idx = open_crafted("crafted.ftm.json", CRAFTED, &path);
    expect_list(idx, "test_ds", "2024-01-02T03:04:05", 6, 9, 6, 6, 10);
    const cordon_list_info *l = cordon_index_list(idx, 0);
    assert_int_equal(issue(l, "duplicate FtM entity id", 1), 1);
    assert_int_equal(issue(l, "FtM property value that is not a string dropped", 0), 3);
    assert_int_equal(issue(l, "line that is not an FtM entity", 1), 1);
    assert_int_equal(issue(l, "date that is not an ISO 8601 date dropped", 0), 1);
    assert_int_equal(issue(l, "country that is not an ISO 3166-1 country dropped", 0), 1);
    assert_int_equal(issue(l, "reference to an entity not in the source dropped", 0), 1);
    assert_int_equal(issue(l, "FtM entity without a name", 1), 1);
    assert_int_equal(issue(l, "FtM schema BankAccount is not a screened party", 1), 1);
    assert_int_equal(issue(l, "FtM Family not attached to any screened entity", 1), 1);
    assert_int_equal(issue(l, "FtM entity with an invalid schema name", 1), 1);

    const cordon_entity *p = must_find(idx, "test_ds:p1");
    assert_int_equal(p->n_names, 4);
    assert_string_equal(p->names[0].full, "Ivan Petrov");
    assert_string_equal(p->names[0].given, "Ivan");
    assert_string_equal(p->names[0].family, "Petrov");
    assert_int_equal(name_of(p, "Иван Петров")->kind, CORDON_NAME_ORIGINAL_SCRIPT);
    assert_string_equal(name_of(p, "Иван Петров")->family, "Петров");
    assert_int_equal(name_of(p, "Vanya")->kind, CORDON_NAME_WEAK_ALIAS);
    assert_int_equal(name_of(p, "Ivan Sidorov")->kind, CORDON_NAME_FORMER);
    assert_int_equal(p->n_birth_dates, 2);
    expect_date(&p->birth_dates[0], 1960, 0, 0);
    expect_date(&p->birth_dates[1], 1961, 5, 0);
    assert_true(has_country(p, "RU", CORDON_COUNTRY_NATIONALITY));
    assert_true(has_country(p, "RU", CORDON_COUNTRY_CITIZENSHIP)); /* "Russia", a name */
    const cordon_identifier *pass = ident_of(p, "passport", "AB 123");
    assert_string_equal(pass->country, "RU");
    assert_string_equal(pass->note, "Passport of the Russian Federation; issued by MVD; from 2010-01-01");
    assert_string_equal(ident_of(p, "digital_currency", "bc1qxyz")->note, "BTC");
    assert_string_equal(p->programs[0], "RUSSIA-EO14024");
    assert_string_equal(p->listed_on, "2022-02-24");
    assert_string_equal(p->remarks, "Sanction by OFAC: RUSSIA-EO14024; listed 2022-03-11; from 2022-02-24; https://example.org");
    assert_true(has_text(p->positions, p->n_positions, "Colonel"));
    assert_true(has_text(p->positions, p->n_positions, "Minister of Shipping")); /* Occupancy -> Position */

    const cordon_entity *v = must_find(idx, "other_ds:v1"); /* its own dataset */
    assert_int_equal(v->schema, CORDON_SCHEMA_VESSEL);
    ident_of(v, "imo", "9123456");
    ident_of(v, "mmsi", "273123456");
    assert_true(has_country(v, "PA", CORDON_COUNTRY_REGISTRATION));
    expect_date(&v->birth_dates[0], 1999, 0, 0);
    assert_string_equal(v->programs[0], "RUSSIA-EO14024");
    assert_true(has_relation(v, "owned_by", "test_ds:o1", "Sea Star Shipping LLC"));
    const cordon_entity *o = must_find(idx, "test_ds:o1");
    assert_true(has_relation(o, "owner", "other_ds:v1", "SEA STAR"));
    assert_string_equal(o->addresses[0], "1 Main St, Majuro");
    assert_true(has_country(o, "MH", CORDON_COUNTRY_ADDRESS));
    assert_string_equal(ident_of(o, "tax", "7700000000")->note, "INN");
    const cordon_entity *ac = must_find(idx, "test_ds:ac1");
    assert_int_equal(ac->schema, CORDON_SCHEMA_AIRCRAFT);
    assert_string_equal(ident_of(ac, "other", "SN1")->note, "serial number");
    const cordon_entity *nest = must_find(idx, "test_ds:nest");
    assert_string_equal(nest->programs[0], "EU-UKR");
    assert_string_equal(nest->addresses[0], "Kyiv");
    const cordon_entity *q = must_find(idx, "test_ds:q1"); /* no datasets: the list id */
    assert_string_equal(q->caption, "Olga Ivanovna Orlova");
    assert_string_equal(q->names[0].patronymic, "Ivanovna");

    /* Each skipped or repaired record is a warning with its file and line. */
    char want[800];
    snprintf(want, sizeof want, "%s:14: Family f1 adds nothing: its relative 'nobody' is not in the source", path);
    assert_true(has_warning(idx, want));
    snprintf(want, sizeof want, "%s:11: BankAccount b1: not a screened party", path);
    assert_true(has_warning(idx, want));
    snprintf(want, sizeof want, "%s:1: p1: country 'xx' is not an ISO 3166-1 country; dropped", path);
    assert_true(has_warning(idx, want));
    cordon_index_close(idx);
    unlink(path);
}

/* ---- malformed files ---------------------------------------------------------------------- */

static void malformed_files_are_refused_with_file_and_line(void **state)
{
    (void)state;
    const char *ok = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n";
    char buf[512];
    snprintf(buf, sizeof buf, "%s{\"id\":\"b\",\"schema\":\"Person\",\"prop", ok);
    expect_error("trunc.json", buf, strlen(buf), CORDON_EDATA, 2,
                 "not valid JSON (premature end of input near '\"prop', at column 33)");
    expect_error("csv.json", "id,schema,name\n1,Person,Ann\n", 28, CORDON_EDATA, 1,
                 "not valid JSON ('[' or '{' expected near 'id', at column 2)");
    snprintf(buf, sizeof buf, "%s{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Bj\xF6rn\"]}}\n", ok);
    expect_error("latin1.json", buf, strlen(buf), CORDON_EDATA, 2,
                 "not valid JSON (unable to decode byte 0xf6 near '\"Bj', at column 53)");
    expect_error("other.json", "\n{\"foo\":1}\n", 11, CORDON_EDATA, 2,
                 "not FollowTheMoney JSON: the first object has no \"id\" and \"schema\" (an FtM file holds one entity "
                 "{\"id\", \"schema\", \"properties\"} per line)");
    snprintf(buf, sizeof buf, "%s[1,2]\n", ok);
    expect_error("array.json", buf, strlen(buf), CORDON_EDATA, 2,
                 "not a JSON object; FollowTheMoney files hold one entity object per line");
    expect_error("empty.json", "", 0, CORDON_EDATA, 0, "the file is empty");
    expect_error("blank.json", "\n \n", 3, CORDON_EDATA, 0, "the file is empty");

    /* A gzip file cut in the middle: an error, not a shorter list. */
    const char *path = write_temp("cut.json.gz", "", 0);
    gzFile gz = gzopen(path, "wb");
    for (int i = 0; i < 3000; i++)
        gzprintf(gz, "{\"id\":\"e%d\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Name %d\"]}}\n", i, i * 7919);
    gzclose(gz);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(truncate(path, st.st_size / 2), 0);
    char source[600];
    snprintf(source, sizeof source, "ftm:%s", path);
    const char *sources[] = {source};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_EDATA);
    assert_non_null(strstr(cordon_index_errmsg(idx), ": the gzip stream is truncated or corrupt (unexpected end of file)"));
    assert_int_equal(strncmp(cordon_index_errmsg(idx), path, strlen(path)), 0);
    cordon_index_close(idx);
    unlink(path);

    /* A directory with nothing of an export in it. */
    char dir[500];
    snprintf(dir, sizeof dir, "%s/cordon-test-%d-emptydir", getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
             (int)getpid());
    mkdir(dir, 0700);
    snprintf(source, sizeof source, "ftm:%s", dir);
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_EDATA);
    char want[800];
    snprintf(want, sizeof want,
             "%s: neither entities.ftm.json nor delta versions (VERSION/entities.delta.json) in this directory", dir);
    assert_string_equal(cordon_index_errmsg(idx), want);
    cordon_index_close(idx);
    rmdir(dir);
}

/* ---- detection ---------------------------------------------------------------------------- */

static void formats_are_detected_from_content(void **state)
{
    (void)state;
    const char *data = require_shared();
    static const char *const FILES[] = {
        "opensanctions-zala/entities.ftm.json", "opensanctions-wd-peps-2024-03/targets.nested.json",
        "opensanctions-parteispenden.ftm.json", "opensanctions-delta/20240527194702-wnk/entities.delta.json",
        "opensanctions-delta", "opensanctions-t1",
    };
    for (size_t i = 0; i < sizeof FILES / sizeof FILES[0]; i++) {
        char source[4200];
        snprintf(source, sizeof source, "%s/formats/%s", data, FILES[i]);
        cordon_index *idx = open_one(source);
        assert_string_equal(cordon_index_list(idx, 0)->format, "ftm");
        cordon_index_close(idx);
    }
    /* A broken first line that is plainly FtM is still FtM, so that its error is the JSON's. */
    const char *broken = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Bj\xF6rn\"]}}\n";
    const char *path = write_temp("broken.json", broken, strlen(broken));
    const char *sources[] = {path};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), CORDON_EDATA);
    assert_non_null(strstr(cordon_index_errmsg(idx), ":1: not valid JSON (unable to decode byte 0xf6"));
    cordon_index_close(idx);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(zala_sanctioned_people_companies_and_links),
        cmocka_unit_test(t1_organizations_and_people),
        cmocka_unit_test(parteispenden_raw_ftm_without_datasets),
        cmocka_unit_test(wd_peps_flat_and_nested),
        cmocka_unit_test(deltas_apply_in_version_order),
        cmocka_unit_test(delta_operations_are_counted),
        cmocka_unit_test(crafted_links_and_properties),
        cmocka_unit_test(malformed_files_are_refused_with_file_and_line),
        cmocka_unit_test(formats_are_detected_from_content),
    };
    return cmocka_run_group_tests_name("lists_ftm", tests, NULL, NULL);
}
