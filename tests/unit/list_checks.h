/*
 * list_checks.h — assertions on loaded entities and load reports, for the tests of the list
 * loaders: "this entity has this name of this kind", "this many records were repaired for this
 * reason", "this malformed file fails with exactly this message".
 */
#ifndef CDN_LIST_CHECKS_H
#define CDN_LIST_CHECKS_H

#include <stdbool.h>

#include "test_support.h"

/* The group teardown of a test file whose setup opened a real list once (NULL without shared
 * data). */
static inline int close_real_list(void **state)
{
    cordon_index_close(*state);
    return 0;
}

/* The real list the group setup opened; skips the test when shared data is absent. */
static inline cordon_index *real_list(void **state)
{
    (void)require_shared();
    return *state;
}

/* The entity with id, failing the test when there is none. */
static inline const cordon_entity *must_find(const cordon_index *idx, const char *id)
{
    const cordon_entity *e = cordon_index_find(idx, id);
    if (!e)
        fail_msg("entity %s not found", id);
    return e;
}

/* The entity's name spelt full, failing the test when it has none. */
static inline const cordon_name *name_of(const cordon_entity *e, const char *full)
{
    for (size_t i = 0; i < e->n_names; i++)
        if (strcmp(e->names[i].full, full) == 0)
            return &e->names[i];
    fail_msg("%s has no name '%s'", e->id, full);
    return NULL;
}

/* Whether the entity has the country in the role. */
static inline bool has_country(const cordon_entity *e, const char *code, cordon_country_role role)
{
    for (size_t i = 0; i < e->n_countries; i++)
        if (strcmp(e->countries[i].code, code) == 0 && e->countries[i].role == role)
            return true;
    return false;
}

/* The entity's identifier of type with value, failing the test when it has none. */
static inline const cordon_identifier *identifier_of(const cordon_entity *e, const char *type, const char *value)
{
    for (size_t i = 0; i < e->n_identifiers; i++)
        if (strcmp(e->identifiers[i].type, type) == 0 && strcmp(e->identifiers[i].value, value) == 0)
            return &e->identifiers[i];
    fail_msg("%s has no %s identifier '%s'", e->id, type, value);
    return NULL;
}

/* Whether text is among the n strings. */
static inline bool has_text(const char *const *texts, size_t n, const char *text)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(texts[i], text) == 0)
            return true;
    return false;
}

static inline void expect_name(const cordon_entity *e, const char *full, cordon_name_kind kind)
{
    for (size_t i = 0; i < e->n_names; i++)
        if (strcmp(e->names[i].full, full) == 0) {
            if (e->names[i].kind != kind)
                fail_msg("%s: name '%s' is %s, expected %s", e->id, full, cordon_name_kind_name(e->names[i].kind),
                         cordon_name_kind_name(kind));
            return;
        }
    fail_msg("%s: no name '%s'", e->id, full);
}

static inline void expect_country(const cordon_entity *e, const char *code, cordon_country_role role)
{
    for (size_t i = 0; i < e->n_countries; i++)
        if (strcmp(e->countries[i].code, code) == 0 && e->countries[i].role == role)
            return;
    fail_msg("%s: no country %s as %s", e->id, code, cordon_country_role_name(role));
}

/* country and note may be NULL to say "none". */
static inline void expect_identifier(const cordon_entity *e, const char *type, const char *value, const char *country,
                                     const char *note)
{
    for (size_t i = 0; i < e->n_identifiers; i++) {
        const cordon_identifier *id = &e->identifiers[i];
        if (strcmp(id->type, type) != 0 || strcmp(id->value, value) != 0)
            continue;
        if (country ? !id->country || strcmp(id->country, country) != 0 : id->country != NULL)
            fail_msg("%s: identifier %s %s has country %s", e->id, type, value, id->country ? id->country : "(none)");
        if (note ? !id->note || strcmp(id->note, note) != 0 : id->note != NULL)
            fail_msg("%s: identifier %s %s has note '%s'", e->id, type, value, id->note ? id->note : "(none)");
        return;
    }
    fail_msg("%s: no identifier %s %s", e->id, type, value);
}

static inline void expect_text(const char *const *texts, size_t n, const char *text, const char *what)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(texts[i], text) == 0)
            return;
    fail_msg("no %s '%s'", what, text);
}

static inline void expect_date(const cordon_date_range *d, int year, int month, int day)
{
    assert_int_equal(d->from.year, year);
    assert_int_equal(d->from.month, month);
    assert_int_equal(d->from.day, day);
    assert_memory_equal(&d->from, &d->to, sizeof d->from);
}

/* How many records the list reports for reason (0 when it has no such issue). */
static inline size_t issue_count(const cordon_list_info *list, const char *reason, int skipped)
{
    for (size_t i = 0; i < list->n_issues; i++)
        if (strcmp(list->issues[i].reason, reason) == 0 && !list->issues[i].skipped == !skipped)
            return list->issues[i].count;
    return 0;
}

/* Counts the entities of each schema (indexed by cordon_schema). */
enum { N_SCHEMAS = CORDON_SCHEMA_LEGAL_ENTITY + 1 };

/* Counts the entities of each schema: counts[N_SCHEMAS], indexed by cordon_schema. */
static inline void count_schemas(const cordon_index *idx, size_t counts[N_SCHEMAS])
{
    memset(counts, 0, N_SCHEMAS * sizeof counts[0]);
    for (size_t i = 0; i < cordon_index_entity_count(idx); i++)
        counts[cordon_index_entity(idx, i)->schema]++;
}

/*
 * Loads content (len bytes, written to a scratch file named name) as source "FORMAT:path" and
 * expects status and exactly the message "path:line: what" ("path: what" for line 0).
 */
static inline void expect_load_error(const char *format, const char *name, const char *content, size_t len,
                                     int status, long line, const char *what)
{
    const char *path = write_temp(name, content, len);
    char source[700], want[1600];
    snprintf(source, sizeof source, "%s:%s", format, path);
    const char *sources[] = {source};
    cordon_index *idx = NULL;
    assert_int_equal(cordon_index_open(&idx, sources, 1, NULL), status);
    if (line)
        snprintf(want, sizeof want, "%s:%ld: %s", path, line, what);
    else
        snprintf(want, sizeof want, "%s: %s", path, what);
    assert_string_equal(cordon_index_errmsg(idx), want);
    cordon_index_close(idx);
    unlink(path);
}

/* Loads content as "FORMAT:path" and returns the open index (the file is removed). */
static inline cordon_index *load_text(const char *format, const char *name, const char *content, size_t len)
{
    const char *path = write_temp(name, content, len);
    char source[700];
    snprintf(source, sizeof source, "%s:%s", format, path);
    cordon_index *idx = open_one(source);
    unlink(path);
    return idx;
}

#endif
