/*
 * json_out.c — JSON of lists, search results, entities and scan mentions (see json_out.h).
 */
#include "cli/json_out.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "text/utf8.h"

double json_out_round4(double x) { return (double)(long)(x * 10000.0 + 0.5) / 10000.0; }

json_t *json_out_list(const cordon_list_info *list)
{
    json_t *issues = json_array();
    for (size_t i = 0; i < list->n_issues; i++)
        json_array_append_new(issues, json_pack("{s:s, s:I, s:b}", "reason", list->issues[i].reason, "count",
                                                (json_int_t)list->issues[i].count, "skipped", list->issues[i].skipped));
    return json_pack("{s:s, s:s, s:s?, s:s, s:I, s:I, s:I, s:I, s:o}", "id", list->id, "format", list->format,
                     "version", list->version, "source", list->source, "entities", (json_int_t)list->entities, "names",
                     (json_int_t)list->names, "skipped", (json_int_t)list->skipped, "repaired",
                     (json_int_t)list->repaired, "issues", issues);
}

/* An array of the n strings. */
static json_t *string_array(const char *const *items, size_t n)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(arr, json_string(items[i]));
    return arr;
}

json_t *json_out_result(const cordon_result *r)
{
    const cordon_entity *e = r->entity;
    return json_pack("{s:s, s:s, s:s, s:s, s:s, s:f, s:b, s:o, s:s}", "id", e->id, "list", e->list->id, "schema",
                     cordon_schema_name(e->schema), "caption", e->caption, "matched_name", r->matched_name->full,
                     "score", json_out_round4(r->score), "match", r->match, "programs",
                     string_array(e->programs, e->n_programs), "explanation", r->explanation);
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" as precise as the date is. */
static int format_date(const cordon_date *d, char *buf, size_t size)
{
    if (d->month == 0)
        return snprintf(buf, size, "%04d", d->year);
    if (d->day == 0)
        return snprintf(buf, size, "%04d-%02d", d->year, d->month);
    return snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
}

const char *json_out_date(const cordon_date_range *d, char *buf, size_t size)
{
    int n = format_date(&d->from, buf, size);
    bool range = d->to.year != d->from.year || d->to.month != d->from.month || d->to.day != d->from.day;
    if (range && n > 0 && (size_t)n + 1 < size) {
        buf[n] = '/';
        format_date(&d->to, buf + n + 1, size - (size_t)n - 1);
    }
    return buf;
}

static json_t *names_json(const cordon_entity *e)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < e->n_names; i++) {
        const cordon_name *n = &e->names[i];
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s?, s:s?, s:s?, s:s?}", "full", n->full, "kind",
                                             cordon_name_kind_name(n->kind), "given", n->given, "middle", n->middle,
                                             "family", n->family, "patronymic", n->patronymic));
    }
    return arr;
}

static json_t *dates_json(const cordon_entity *e)
{
    json_t *arr = json_array();
    char buf[48];
    for (size_t i = 0; i < e->n_birth_dates; i++)
        json_array_append_new(arr, json_pack("{s:s, s:b}", "date", json_out_date(&e->birth_dates[i], buf, sizeof buf),
                                             "approximate", e->birth_dates[i].approximate));
    return arr;
}

static json_t *countries_json(const cordon_entity *e)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < e->n_countries; i++)
        json_array_append_new(arr, json_pack("{s:s, s:s}", "code", e->countries[i].code, "role",
                                             cordon_country_role_name(e->countries[i].role)));
    return arr;
}

static json_t *identifiers_json(const cordon_entity *e)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < e->n_identifiers; i++) {
        const cordon_identifier *id = &e->identifiers[i];
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s?, s:s?}", "type", id->type, "value", id->value,
                                             "country", id->country, "note", id->note));
    }
    return arr;
}

static json_t *relations_json(const cordon_entity *e)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < e->n_relations; i++) {
        const cordon_relation *r = &e->relations[i];
        json_array_append_new(arr, json_pack("{s:s, s:s?, s:s?}", "type", r->type, "target_id", r->target_id,
                                             "target_name", r->target_name));
    }
    return arr;
}

json_t *json_out_entity(const cordon_entity *e)
{
    const cordon_list_info *l = e->list;
    json_t *list = json_pack("{s:s, s:s, s:s?, s:s}", "id", l->id, "format", l->format, "version", l->version,
                             "source", l->source);
    return json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:s?, s:s?, s:s?, s:s?, s:o, s:o, s:o, s:o, "
                     "s:o, s:o}",
                     "id", e->id, "native_id", e->native_id, "schema", cordon_schema_name(e->schema), "caption",
                     e->caption, "names", names_json(e), "birth_dates", dates_json(e), "countries", countries_json(e),
                     "identifiers", identifiers_json(e), "programs", string_array(e->programs, e->n_programs),
                     "listed_on", e->listed_on, "remarks", e->remarks, "source_list", e->source_list, "gender",
                     e->gender, "birth_places", string_array(e->birth_places, e->n_birth_places), "addresses",
                     string_array(e->addresses, e->n_addresses), "positions",
                     string_array(e->positions, e->n_positions), "topics", string_array(e->topics, e->n_topics),
                     "relations", relations_json(e), "list", list);
}

/* A JSON string of len bytes at s, each invalid UTF-8 byte replaced by U+FFFD: a mention may
 * span bytes the scanner took for separators, and JSON cannot carry them. */
static json_t *lossy_string(const char *s, size_t len)
{
    size_t bad;
    if (cdn_utf8_valid(s, len, &bad))
        return json_stringn(s, len);
    cdn_strbuf out;
    cdn_strbuf_init(&out);
    bool ok = true;
    size_t at = 0;
    while (ok && !cdn_utf8_valid(s + at, len - at, &bad)) {
        ok = cdn_strbuf_append(&out, s + at, bad) && cdn_strbuf_append(&out, "\xEF\xBF\xBD", 3);
        at += bad + 1;
    }
    ok = ok && cdn_strbuf_append(&out, s + at, len - at);
    json_t *str = ok ? json_stringn(cdn_strbuf_cstr(&out), out.len) : NULL;
    cdn_strbuf_free(&out);
    return str;
}

json_t *json_out_scan(const char *doc_name, const char *text, const cordon_mentions *m)
{
    size_t count = cordon_mentions_count(m);
    json_t *mentions = json_array();
    for (size_t i = 0; i < count; i++) {
        const cordon_mention *x = cordon_mentions_get(m, i);
        json_array_append_new(mentions, json_pack("{s:I, s:I, s:o, s:s, s:s, s:f}", "start", (json_int_t)x->start,
                                                  "end", (json_int_t)x->end, "text",
                                                  lossy_string(text + x->start, x->end - x->start), "id",
                                                  x->entity->id, "caption", x->entity->caption, "score",
                                                  json_out_round4(x->score)));
    }
    /* The entities in order of first mention, with their mention count and best score; an
     * entity is found again by a scan of the ones before, as documents mention few. */
    json_t *entities = json_array();
    for (size_t i = 0; i < count; i++) {
        const cordon_mention *x = cordon_mentions_get(m, i);
        size_t j = 0;
        while (j < i && cordon_mentions_get(m, j)->entity != x->entity)
            j++;
        if (j < i)
            continue;
        size_t n = 0;
        double best = 0.0;
        for (size_t k = i; k < count; k++) {
            const cordon_mention *y = cordon_mentions_get(m, k);
            if (y->entity == x->entity) {
                n++;
                best = y->score > best ? y->score : best;
            }
        }
        json_array_append_new(entities, json_pack("{s:s, s:s, s:I, s:f}", "id", x->entity->id, "caption",
                                                  x->entity->caption, "mentions", (json_int_t)n, "score",
                                                  json_out_round4(best)));
    }
    return json_pack("{s:s, s:o, s:o}", "document", doc_name, "mentions", mentions, "entities", entities);
}
