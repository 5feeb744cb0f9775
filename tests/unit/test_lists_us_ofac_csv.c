/*
 * test_lists_us_ofac_csv.c — the us-ofac-csv loader against OFAC's real SDN and consolidated
 * CSV sets in ../shared/data/lists (exact counts, issues by reason, known entries), and
 * against broken sets written to scratch directories (exact FILE:LINE messages).
 */
#include "list_checks.h"

#include <stdbool.h>
#include <time.h>

/* ---- helpers ------------------------------------------------------------------------------- */

static bool has_name(const cordon_entity *e, cordon_name_kind kind, const char *full)
{
    for (size_t i = 0; i < e->n_names; i++)
        if (e->names[i].kind == kind && strcmp(e->names[i].full, full) == 0)
            return true;
    return false;
}

/* The target id of e's relation of this type to the party named name ("" when unresolved). */
static const char *relation_target(const cordon_entity *e, const char *type, const char *name)
{
    for (size_t i = 0; i < e->n_relations; i++)
        if (strcmp(e->relations[i].type, type) == 0 && e->relations[i].target_name &&
            strcmp(e->relations[i].target_name, name) == 0)
            return e->relations[i].target_id ? e->relations[i].target_id : "";
    fail_msg("%s has no %s relation to %s", e->id, type, name);
    return NULL;
}

static bool has_date(const cordon_entity *e, int year, int month, int day)
{
    for (size_t i = 0; i < e->n_birth_dates; i++) {
        const cordon_date_range *d = &e->birth_dates[i];
        if (d->from.year == year && d->from.month == month && d->from.day == day &&
            memcmp(&d->from, &d->to, sizeof d->from) == 0)
            return true;
    }
    return false;
}

/* "file date YYYY-MM-DD" of a file's modification time, as the loader writes the version. */
static void file_date(const char *path, char *out, size_t size)
{
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    struct tm tm;
    gmtime_r(&st.st_mtime, &tm);
    strftime(out, size, "file date %Y-%m-%d", &tm);
}

static cordon_index *open_shared(const char *data, const char *format, const char *folder, char *dir, size_t size)
{
    int n = snprintf(dir, size, "%s/lists/%s", data, folder);
    assert_true(n > 0 && (size_t)n < size);
    char source[4200];
    snprintf(source, sizeof source, "%s%s", format, dir);
    return open_one(source);
}

/* ---- the real lists ------------------------------------------------------------------------ */

static void sdn_2024_loads_with_skips_counted(void **state)
{
    (void)state;
    const char *data = require_shared();
    char dir[4096], path[4200], version[64];
    cordon_index *idx = open_shared(data, "us-ofac-csv:", "us-ofac-sdn-2024", dir, sizeof dir);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->id, "us-ofac-sdn");
    assert_string_equal(list->format, "us-ofac-csv");
    snprintf(path, sizeof path, "%s/sdn.csv", dir);
    file_date(path, version, sizeof version);
    assert_string_equal(list->version, version);
    assert_int_equal(list->entities, 14965);
    assert_int_equal(cordon_index_entity_count(idx), 14965);
    assert_int_equal(list->names, 36286);
    /* alt/add/comments are from 2025-12, sdn.csv from 2024-05. */
    assert_int_equal(list->skipped, 7364);
    assert_int_equal(issue_count(list, "alt.csv row for an entry missing from sdn.csv", 1), 2460);
    assert_int_equal(issue_count(list, "add.csv row for an entry missing from sdn.csv", 1), 4893);
    assert_int_equal(issue_count(list, "sdn_comments.csv row for an entry missing from sdn.csv", 1), 6);
    assert_int_equal(issue_count(list, "sdn_comments.csv row continuing remarks that sdn.csv has in full", 1), 5);
    assert_int_equal(list->repaired, 56);
    assert_int_equal(issue_count(list, "country name not recognised (kept as text)", 0), 56);
    assert_int_equal(list->n_issues, 5);
    assert_int_equal(cordon_index_warning_count(idx), 7364 + 56);
    snprintf(path, sizeof path, "%s/alt.csv:5838: ent_num 17016 is not in sdn.csv", dir);
    bool found = false;
    for (size_t i = 0; i < cordon_index_warning_count(idx) && !found; i++)
        found = strcmp(cordon_index_warning(idx, i), path) == 0;
    assert_true(found);

    /* The must-have: Lukashenka with his a.k.a. from alt.csv and the facts from the remarks. */
    const cordon_entity *e = must_find(idx, "us-ofac-sdn:9760");
    assert_string_equal(e->native_id, "9760");
    assert_int_equal(e->schema, CORDON_SCHEMA_PERSON);
    assert_string_equal(e->caption, "LUKASHENKA, Alyaksandr Ryhorovich");
    assert_int_equal(e->names[0].kind, CORDON_NAME_PRIMARY);
    assert_string_equal(e->names[0].family, "LUKASHENKA");
    assert_string_equal(e->names[0].given, "Alyaksandr");
    assert_string_equal(e->names[0].middle, "Ryhorovich");
    assert_int_equal(e->n_names, 6);
    assert_true(has_name(e, CORDON_NAME_ALIAS, "LUKASHENKO, Alexander Grigoryevich"));
    assert_int_equal(e->n_birth_dates, 2);
    assert_true(has_date(e, 1954, 8, 30));
    assert_true(has_date(e, 1954, 8, 31));
    assert_true(has_country(e, "BY", CORDON_COUNTRY_NATIONALITY));
    assert_true(has_country(e, "BY", CORDON_COUNTRY_BIRTH));
    assert_true(has_country(e, "BY", CORDON_COUNTRY_ADDRESS));
    assert_string_equal(e->gender, "male");
    assert_string_equal(e->source_list, "SDN");
    assert_int_equal(e->n_programs, 1);
    assert_string_equal(e->programs[0], "BELARUS");
    assert_int_equal(e->n_birth_places, 1);
    assert_string_equal(e->birth_places[0], "Kopys, Vitebsk oblast, Belarus");
    assert_true(has_text(e->addresses, e->n_addresses, "38 Karl Marx St., Minsk, Belarus"));
    assert_string_equal(e->remarks, "DOB 30 Aug 1954; alt. DOB 31 Aug 1954; POB Kopys, Vitebsk oblast, Belarus; "
                                    "nationality Belarus; Gender Male.");

    /* A vessel: IMO from the remarks, the columns' call sign and flag, the owner it is linked to. */
    e = must_find(idx, "us-ofac-sdn:35301");
    assert_int_equal(e->schema, CORDON_SCHEMA_VESSEL);
    assert_string_equal(e->caption, "DILBAR");
    assert_string_equal(identifier_of(e, "imo", "9661792")->note, "Vessel Registration Identification");
    assert_string_equal(identifier_of(e, "other", "ZGFO")->note, "Call Sign");
    assert_int_equal(e->n_countries, 1);
    assert_true(has_country(e, "KY", CORDON_COUNTRY_REGISTRATION));
    assert_string_equal(relation_target(e, "linked_to", "USMANOV, Alisher Burhanovich"), "us-ofac-sdn:35283");
    assert_string_equal(e->remarks, "Vessel Registration Identification IMO 9661792; Linked To: USMANOV, Alisher "
                                    "Burhanovich.; Call Sign ZGFO; Vessel Type Yacht; GRT 15917; Vessel Flag Cayman "
                                    "Islands");

    /* Digital currency addresses, weak a.k.a.'s from the remarks, a remarks text continued in
     * sdn_comments.csv ("...a.k.a. 'snowsjo" + "hn'; Linked To: LAZARUS GROUP."). */
    e = must_find(idx, "us-ofac-sdn:28263");
    const cordon_identifier *id = identifier_of(e, "digital_currency", "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak");
    assert_string_equal(id->note, "XBT");
    assert_null(id->country);
    assert_string_equal(identifier_of(e, "national_id", "321284198607120616")->country, "CN");
    assert_true(has_name(e, CORDON_NAME_WEAK_ALIAS, "tianyinyin0404"));
    assert_true(has_name(e, CORDON_NAME_WEAK_ALIAS, "snowsjohn"));
    assert_string_equal(relation_target(e, "linked_to", "LAZARUS GROUP"), "us-ofac-sdn:27307");
    assert_true(has_country(e, "CN", CORDON_COUNTRY_NATIONALITY));

    /* A link to a name that ends with a period of its own. */
    e = must_find(idx, "us-ofac-sdn:11620");
    assert_string_equal(relation_target(e, "linked_to", "PERSIAN GULF PETROCHEMICAL INDUSTRY CO."), "us-ofac-sdn:26817");

    /* An aircraft: its build year as date, numbers as identifiers, the airline operating it. */
    e = must_find(idx, "us-ofac-sdn:15431");
    assert_int_equal(e->schema, CORDON_SCHEMA_AIRCRAFT);
    assert_true(has_date(e, 1992, 0, 0));
    assert_string_equal(identifier_of(e, "other", "1023409321")->note, "Aircraft Manufacturer's Serial Number (MSN)");
    assert_string_equal(relation_target(e, "operator", "YAS AIR"), "");
    assert_string_equal(relation_target(e, "linked_to", "POUYA AIR"), "us-ofac-sdn:13109");

    /* Several programs, a former name and a bank's identifiers. */
    e = must_find(idx, "us-ofac-sdn:17018");
    assert_int_equal(e->schema, CORDON_SCHEMA_ORGANIZATION);
    assert_int_equal(e->n_programs, 2);
    assert_string_equal(e->programs[0], "UKRAINE-EO13662");
    assert_string_equal(e->programs[1], "RUSSIA-EO14024");
    assert_true(has_name(e, CORDON_NAME_FORMER, "OPEN JOINT STOCK COMPANY SBERBANK OF RUSSIA"));
    assert_string_equal(identifier_of(e, "swift", "SABRRUMM")->note, "SWIFT/BIC");
    assert_string_equal(identifier_of(e, "tax", "7707083893")->country, "RU");
    cordon_index_close(idx);
}

static void sdn_2021_is_complete_and_consistent(void **state)
{
    (void)state;
    const char *data = require_shared();
    char dir[4096];
    cordon_index *idx = open_shared(data, "us-ofac-csv:", "us-ofac-sdn-2021", dir, sizeof dir);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->id, "us-ofac-sdn");
    assert_int_equal(list->entities, 8976);
    assert_int_equal(list->names, 23321);
    assert_int_equal(list->skipped, 0);
    assert_int_equal(list->repaired, 40);
    assert_int_equal(issue_count(list, "country name not recognised (kept as text)", 0), 40);
    assert_int_equal(list->n_issues, 1);

    /* In 2021 Lukashenka's remarks had no nationality yet, and his title was President. */
    const cordon_entity *e = must_find(idx, "us-ofac-sdn:9760");
    assert_string_equal(e->caption, "LUKASHENKA, Alyaksandr Hryhoryavich");
    assert_int_equal(e->n_names, 32); /* the primary name and 31 a.k.a.s */
    assert_true(has_name(e, CORDON_NAME_ALIAS, "LUKASHENKO, Alexander Grigoriyevich"));
    assert_true(has_date(e, 1954, 8, 30));
    assert_true(has_country(e, "BY", CORDON_COUNTRY_BIRTH));
    assert_int_equal(e->n_countries, 1);
    assert_int_equal(e->n_positions, 1);
    assert_string_equal(e->positions[0], "President");
    assert_int_equal(e->n_addresses, 0);
    e = must_find(idx, "us-ofac-sdn:306");
    assert_true(has_name(e, CORDON_NAME_WEAK_ALIAS, "BNC"));
    assert_true(has_name(e, CORDON_NAME_ALIAS, "NATIONAL BANK OF CUBA"));
    cordon_index_close(idx);
}

static void sdn_2019_loads_and_reports_stray_comments(void **state)
{
    (void)state;
    const char *data = require_shared();
    char dir[4096];
    cordon_index *idx = open_shared(data, "us-ofac-csv:", "us-ofac-sdn-2019", dir, sizeof dir);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_int_equal(list->entities, 7379);
    assert_int_equal(list->names, 19091);
    /* Its sdn_comments.csv continues the remarks of ten entries this sdn.csv lacks. */
    assert_int_equal(list->skipped, 10);
    assert_int_equal(issue_count(list, "sdn_comments.csv row for an entry missing from sdn.csv", 1), 10);
    assert_int_equal(list->repaired, 41);
    assert_int_equal(issue_count(list, "country name not recognised (kept as text)", 0), 41);
    assert_int_equal(list->n_issues, 2);

    /* Remarks cut at 1000 characters in sdn.csv ("...PROMO RAI") and continued in
     * sdn_comments.csv ("Z S.A.S.; Linked To: RED MUNDIAL ..."): joined before parsing. */
    const cordon_entity *e = must_find(idx, "us-ofac-sdn:12300");
    assert_string_equal(relation_target(e, "linked_to", "PROMO RAIZ S.A.S."), "us-ofac-sdn:12396");
    assert_string_equal(relation_target(e, "linked_to", "RED MUNDIAL INMOBILIARIA, S.A. DE C.V."), "us-ofac-sdn:12397");
    assert_string_equal(identifier_of(e, "tax", "CIVJ650513LJA")->country, "MX");
    assert_true(strlen(e->remarks) > 1000);
    assert_non_null(strstr(e->remarks, "Linked To: PROMO RAIZ S.A.S.; Linked To: RED MUNDIAL"));
    cordon_index_close(idx);
}

static void consolidated_2025_loads_with_sub_lists(void **state)
{
    (void)state;
    const char *data = require_shared();
    char dir[4096];
    /* Detected without the format prefix. */
    cordon_index *idx = open_shared(data, "", "us-ofac-cons-2025", dir, sizeof dir);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_string_equal(list->id, "us-ofac-cons");
    assert_string_equal(list->format, "us-ofac-csv");
    assert_int_equal(list->entities, 442);
    assert_int_equal(list->names, 1585);
    assert_int_equal(list->skipped, 0);
    assert_int_equal(list->repaired, 2);
    assert_int_equal(issue_count(list, "country name not recognised (kept as text)", 0), 2);

    const cordon_entity *e = must_find(idx, "us-ofac-cons:9639");
    assert_string_equal(e->caption, "HANIYA, Ismail Abdul Salah");
    assert_string_equal(e->source_list, "NS-PLC");
    assert_true(has_date(e, 1962, 0, 0));
    assert_string_equal(e->birth_places[0], "Shati");
    assert_true(has_name(e, CORDON_NAME_ALIAS, "HANIYYA, Ismaeel"));

    e = must_find(idx, "us-ofac-cons:18274");
    assert_string_equal(e->source_list, "SSI");
    assert_string_equal(identifier_of(e, "registration", "1042400920077")->country, "RU");
    assert_string_equal(relation_target(e, "linked_to", "OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY"),
                        "us-ofac-cons:17022");
    assert_string_equal(must_find(idx, "us-ofac-cons:46072")->source_list, "NS-MBS");
    cordon_index_close(idx);
}

static void sources_are_detected_from_the_files(void **state)
{
    (void)state;
    const char *data = require_shared();
    char source[4200];
    /* The directory, and its primary file, without a format prefix. */
    snprintf(source, sizeof source, "%s/lists/us-ofac-sdn-2021", data);
    cordon_index *idx = open_one(source);
    assert_string_equal(cordon_index_list(idx, 0)->format, "us-ofac-csv");
    cordon_index_close(idx);
    snprintf(source, sizeof source, "%s/lists/us-ofac-cons-2025/cons_prim.csv", data);
    idx = open_one(source);
    assert_string_equal(cordon_index_list(idx, 0)->id, "us-ofac-cons");
    assert_int_equal(cordon_index_list(idx, 0)->entities, 442);
    cordon_index_close(idx);
}

/* ---- broken sets --------------------------------------------------------------------------- */

typedef struct scratch_set {
    char dir[512];
} scratch_set;

static void set_init(scratch_set *s, const char *name)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(s->dir, sizeof s->dir, "%s/cordon-ofac-%d-%s", tmp && *tmp ? tmp : "/tmp", (int)getpid(), name);
    mkdir(s->dir, 0700);
}

static void set_file(scratch_set *s, const char *name, const char *content, size_t len)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", s->dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(content, 1, len, f), len);
    fclose(f);
}

static void set_text(scratch_set *s, const char *name, const char *content)
{
    set_file(s, name, content, strlen(content));
}

static void set_remove(scratch_set *s)
{
    static const char *const FILES[] = {"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv", "cons_prim.csv",
                                        "cons_alt.csv", "cons_add.csv", "cons_comments.csv"};
    char path[700];
    for (size_t i = 0; i < sizeof FILES / sizeof FILES[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", s->dir, FILES[i]);
        unlink(path);
    }
    rmdir(s->dir);
}

/* A well-formed SDN set of two entries, in OFAC's layout. */
static void set_sdn(scratch_set *s)
{
    set_text(s, "sdn.csv",
             "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
             "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\n\x1A");
    set_text(s, "alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n\x1A");
    set_text(s, "add.csv", "36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n\x1A");
    set_text(s, "sdn_comments.csv", "");
}

/* Loads the scratch set (with FORMAT: when prefix is set) and checks status and message; a
 * message starting with ':' follows the set's directory, any other follows "DIR/". */
static void expect_error(scratch_set *s, const char *suffix, int status, const char *message)
{
    char source[700], want[1200];
    snprintf(source, sizeof source, "us-ofac-csv:%s%s", s->dir, suffix);
    const char *sources[] = {source};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), status);
    snprintf(want, sizeof want, "%s%s%s", s->dir, message[0] == ':' ? "" : "/", message);
    assert_string_equal(cordon_index_errmsg(idx), want);
    cordon_index_close(idx);
}

static void malformed_sets_are_refused_with_file_and_line(void **state)
{
    (void)state;
    scratch_set s;
    set_init(&s, "bad");

    expect_error(&s, "", CORDON_EDATA,
                 ": not an OFAC CSV set: no sdn.csv (with alt.csv, add.csv, sdn_comments.csv) or cons_prim.csv (with "
                 "cons_alt.csv, cons_add.csv, cons_comments.csv) here");
    set_sdn(&s);
    char path[700];
    snprintf(path, sizeof path, "%s/alt.csv", s.dir);
    unlink(path);
    expect_error(&s, "", CORDON_EDATA,
                 ": missing alt.csv: an OFAC CSV set is sdn.csv, alt.csv, add.csv and sdn_comments.csv together");

    /* Cut off inside a quoted field. */
    set_sdn(&s);
    set_text(&s, "sdn.csv",
             "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
             "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'B");
    expect_error(&s, "", CORDON_EDATA, "sdn.csv:2: unterminated quoted field (the quote opened here is never closed)");

    /* Not OFAC's columns. */
    set_text(&s, "sdn.csv", "id,schema,name\n1,Person,Ann Smith\n");
    expect_error(&s, "", CORDON_EDATA, "sdn.csv:1: not an OFAC sdn.csv file: 3 fields where the format has 12");
    set_sdn(&s);
    set_text(&s, "alt.csv", "36,12,\"aka\"\r\n");
    expect_error(&s, "", CORDON_EDATA, "alt.csv:1: not an OFAC alt.csv file: 3 fields where the format has 5");

    /* UTF-16 (an encoding the format does not allow): NUL bytes. */
    set_sdn(&s);
    static const char ROW[] = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    char utf16[2 * sizeof ROW + 2] = "\xFF\xFE";
    for (size_t i = 0; i + 1 < sizeof ROW; i++)
        utf16[2 + 2 * i] = ROW[i];
    set_file(&s, "sdn.csv", utf16, 2 * (sizeof ROW - 1) + 2);
    expect_error(&s, "", CORDON_EDATA, "sdn.csv:1: NUL byte in field 1; this is not a text file");
    static const char NUL[] = "36,\"AERO\0CARIBBEAN\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    set_file(&s, "sdn.csv", NUL, sizeof NUL - 1);
    expect_error(&s, "", CORDON_EDATA, "sdn.csv:1: NUL byte in field 2; this is not a text file");

    set_text(&s, "sdn.csv", "\x1A");
    expect_error(&s, "", CORDON_EDATA, "sdn.csv: the file is empty");

    /* Both sets in one directory: which one is meant? */
    set_sdn(&s);
    set_text(&s, "cons_prim.csv", "1,\"X\",-0- ,\"NS-PLC\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
    char both[900];
    snprintf(both, sizeof both,
             ": holds both an SDN set (sdn.csv) and a consolidated set (cons_prim.csv); name the primary file of the "
             "one to load, e.g. %s/sdn.csv", s.dir);
    expect_error(&s, "", CORDON_EDATA, both);
    expect_error(&s, "/cons_prim.csv", CORDON_EDATA,
                 ": missing cons_alt.csv: an OFAC CSV set is cons_prim.csv, cons_alt.csv, cons_add.csv and "
                 "cons_comments.csv together");
    snprintf(path, sizeof path, "%s/cons_prim.csv", s.dir);
    unlink(path);
    expect_error(&s, "/add.csv", CORDON_EDATA,
                 "add.csv: not an OFAC CSV set: give the directory that holds sdn.csv, alt.csv, add.csv and "
                 "sdn_comments.csv (or cons_prim.csv, cons_alt.csv, cons_add.csv and cons_comments.csv)");
    set_remove(&s);
}

static void broken_rows_are_skipped_or_repaired_and_counted(void **state)
{
    (void)state;
    scratch_set s;
    set_init(&s, "rows");
    char remarks[1100];
    memset(remarks, 'x', sizeof remarks);
    memcpy(remarks, "DOB 1970; a.k.a. 'LONG", 22);
    char sdn[4096];
    snprintf(sdn, sizeof sdn,
             "10,\"SMITH, John\",\"individual\",\"SDGT] [IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1970; nationality "
             "Atlantis.\"\r\n"
             "11,\"ROBOT ONE\",\"robot\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
             "12,\"TOO FEW\",-0- ,\"SDGT\"\r\n"
             "x13,\"NO NUMBER\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
             "14,-0- ,-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
             "10,\"SMITH AGAIN\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
             "15,\"CAF\xC9 CASA\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"%.1000s\"\r\n"
             "16,\"M\xC3\xBCLLER, Hans\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
             remarks);
    set_text(&s, "sdn.csv", sdn);
    set_text(&s, "alt.csv",
             "10,1,\"aka\",\"SMITH, Johnny\",-0- \r\n"
             "99,2,\"aka\",\"NOBODY\",-0- \r\n"
             "10,3,\"xyz\",\"SMYTH, John\",\"spelling in a court record\"\r\n"
             "10,4,\"fka\",-0- ,-0- \r\n"
             "15,5,\"aka\",\"CAFE\"\r\n");
    set_text(&s, "add.csv",
             "10,1,\"1 Main St.\",\"Springfield\",\"Atlantis\",-0- \r\n"
             "15,2,-0- ,-0- ,-0- ,-0- \r\n"
             "98,3,-0- ,\"Havana\",\"Cuba\",-0- \r\n");
    set_text(&s, "sdn_comments.csv",
             "15,\"ONG'; Linked To: SMITH, John.\"\r\n"
             "10,\"more\"\r\n"
             "97,\"more\"\r\n");
    char source[700];
    snprintf(source, sizeof source, "%s", s.dir);
    cordon_index *idx = open_one(source);
    const cordon_list_info *list = cordon_index_list(idx, 0);
    assert_int_equal(list->entities, 4);
    assert_int_equal(list->skipped, 10);
    assert_int_equal(issue_count(list, "sdn.csv row with the wrong number of fields", 1), 1);
    assert_int_equal(issue_count(list, "sdn.csv row without a numeric ent_num", 1), 1);
    assert_int_equal(issue_count(list, "sdn.csv row without a name", 1), 1);
    assert_int_equal(issue_count(list, "sdn.csv row repeating an earlier ent_num", 1), 1);
    assert_int_equal(issue_count(list, "alt.csv row for an entry missing from sdn.csv", 1), 1);
    assert_int_equal(issue_count(list, "alt.csv row without a name", 1), 1);
    assert_int_equal(issue_count(list, "alt.csv row with the wrong number of fields", 1), 1);
    assert_int_equal(issue_count(list, "add.csv row for an entry missing from sdn.csv", 1), 1);
    assert_int_equal(issue_count(list, "sdn_comments.csv row for an entry missing from sdn.csv", 1), 1);
    assert_int_equal(issue_count(list, "sdn_comments.csv row continuing remarks that sdn.csv has in full", 1), 1);
    assert_int_equal(list->repaired, 4);
    assert_int_equal(issue_count(list, "country name not recognised (kept as text)", 0), 1);
    assert_int_equal(issue_count(list, "unknown SDN_Type (loaded as a person or organization)", 0), 1);
    assert_int_equal(issue_count(list, "unknown alt_type (loaded as an a.k.a.)", 0), 1);
    assert_int_equal(issue_count(list, "text in UTF-8, not the Windows-1252 the format specifies (kept as UTF-8)", 0),
                     1);

    char want[900];
    snprintf(want, sizeof want, "%s/sdn.csv:3: 4 fields where the format has 12", s.dir);
    assert_string_equal(cordon_index_warning(idx, 0), want);
    snprintf(want, sizeof want, "%s/sdn.csv:6: ent_num 10 is already on line 1", s.dir);
    assert_string_equal(cordon_index_warning(idx, 3), want);

    const cordon_entity *e = must_find(idx, "us-ofac-sdn:10");
    assert_string_equal(e->caption, "SMITH, John");
    assert_int_equal(e->n_names, 3);
    assert_true(has_name(e, CORDON_NAME_ALIAS, "SMYTH, John"));
    assert_int_equal(e->n_programs, 2);
    assert_string_equal(e->programs[1], "IRAN");
    assert_string_equal(e->addresses[0], "1 Main St., Springfield, Atlantis");
    assert_string_equal(e->remarks, "DOB 1970; nationality Atlantis.; SMYTH, John: spelling in a court record");
    assert_int_equal(must_find(idx, "us-ofac-sdn:11")->schema, CORDON_SCHEMA_LEGAL_ENTITY); /* an unknown SDN_Type */
    /* Windows-1252 decoded; remarks of 1000 characters continued from sdn_comments.csv. */
    e = must_find(idx, "us-ofac-sdn:15");
    assert_string_equal(e->caption, "CAF\xC3\x89 CASA");
    char alias[1100];
    snprintf(alias, sizeof alias, "LONG%.978sONG", remarks + 22);
    assert_true(has_name(e, CORDON_NAME_WEAK_ALIAS, alias));
    assert_string_equal(relation_target(e, "linked_to", "SMITH, John"), "us-ofac-sdn:10");
    e = must_find(idx, "us-ofac-sdn:16");
    assert_string_equal(e->names[0].family, "M\xC3\xBCLLER");
    cordon_index_close(idx);
    set_remove(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sdn_2024_loads_with_skips_counted),
        cmocka_unit_test(sdn_2021_is_complete_and_consistent),
        cmocka_unit_test(sdn_2019_loads_and_reports_stray_comments),
        cmocka_unit_test(consolidated_2025_loads_with_sub_lists),
        cmocka_unit_test(sources_are_detected_from_the_files),
        cmocka_unit_test(malformed_sets_are_refused_with_file_and_line),
        cmocka_unit_test(broken_rows_are_skipped_or_repaired_and_counted),
    };
    return cmocka_run_group_tests_name("lists_us_ofac_csv", tests, NULL, NULL);
}
