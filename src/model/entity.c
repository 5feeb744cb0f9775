/*
 * entity.c — the entity builder, and the names of the model's enumerations.
 */
#include "model/entity.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/alloc.h"

/* ---- enumerations ------------------------------------------------------------------------ */

const char *cordon_schema_name(cordon_schema schema)
{
    switch (schema) {
    case CORDON_SCHEMA_PERSON: return "Person";
    case CORDON_SCHEMA_ORGANIZATION: return "Organization";
    case CORDON_SCHEMA_VESSEL: return "Vessel";
    case CORDON_SCHEMA_AIRCRAFT: return "Aircraft";
    case CORDON_SCHEMA_LEGAL_ENTITY: return "LegalEntity";
    case CORDON_SCHEMA_ANY: break;
    }
    return "Any";
}

int cordon_schema_parse(const char *text, cordon_schema *out)
{
    static const struct {
        const char *name;
        cordon_schema schema;
    } NAMES[] = {
        {"person", CORDON_SCHEMA_PERSON},         {"individual", CORDON_SCHEMA_PERSON},
        {"organization", CORDON_SCHEMA_ORGANIZATION}, {"organisation", CORDON_SCHEMA_ORGANIZATION},
        {"company", CORDON_SCHEMA_ORGANIZATION},  {"entity", CORDON_SCHEMA_ORGANIZATION},
        {"legalentity", CORDON_SCHEMA_LEGAL_ENTITY}, {"vessel", CORDON_SCHEMA_VESSEL},
        {"aircraft", CORDON_SCHEMA_AIRCRAFT},     {"any", CORDON_SCHEMA_ANY},
    };
    if (!text)
        return CORDON_EINVAL;
    for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++) {
        if (strcasecmp(text, NAMES[i].name) == 0) {
            *out = NAMES[i].schema;
            return CORDON_OK;
        }
    }
    return CORDON_EINVAL;
}

static bool person_or_organization(cordon_schema schema)
{
    return schema == CORDON_SCHEMA_PERSON || schema == CORDON_SCHEMA_ORGANIZATION;
}

bool cdn_schema_admits(cordon_schema wanted, cordon_schema listed)
{
    return wanted == CORDON_SCHEMA_ANY || wanted == listed ||
           (wanted == CORDON_SCHEMA_LEGAL_ENTITY && person_or_organization(listed)) ||
           (listed == CORDON_SCHEMA_LEGAL_ENTITY && person_or_organization(wanted));
}

const char *cordon_name_kind_name(cordon_name_kind kind)
{
    switch (kind) {
    case CORDON_NAME_PRIMARY: return "primary";
    case CORDON_NAME_ALIAS: return "alias";
    case CORDON_NAME_WEAK_ALIAS: return "weak_alias";
    case CORDON_NAME_FORMER: return "former";
    case CORDON_NAME_ORIGINAL_SCRIPT: return "original_script";
    }
    return "alias";
}

const char *cordon_country_role_name(cordon_country_role role)
{
    switch (role) {
    case CORDON_COUNTRY_NATIONALITY: return "nationality";
    case CORDON_COUNTRY_CITIZENSHIP: return "citizenship";
    case CORDON_COUNTRY_ADDRESS: return "address";
    case CORDON_COUNTRY_BIRTH: return "birth";
    case CORDON_COUNTRY_REGISTRATION: return "registration";
    case CORDON_COUNTRY_OTHER: break;
    }
    return "other";
}

/* ---- the builder -------------------------------------------------------------------------- */

void cdn_builder_init(cdn_entity_builder *b, cdn_arena *arena)
{
    memset(b, 0, sizeof *b);
    b->arena = arena;
    cdn_vec_init(&b->names, sizeof(cordon_name));
    cdn_vec_init(&b->birth_dates, sizeof(cordon_date_range));
    cdn_vec_init(&b->countries, sizeof(cordon_country));
    cdn_vec_init(&b->identifiers, sizeof(cordon_identifier));
    cdn_vec_init(&b->relations, sizeof(cordon_relation));
    for (int f = 0; f < CDN_TEXT_FIELDS; f++)
        cdn_vec_init(&b->texts[f], sizeof(char *));
}

void cdn_builder_free(cdn_entity_builder *b)
{
    cdn_vec_free(&b->names);
    cdn_vec_free(&b->birth_dates);
    cdn_vec_free(&b->countries);
    cdn_vec_free(&b->identifiers);
    cdn_vec_free(&b->relations);
    for (int f = 0; f < CDN_TEXT_FIELDS; f++)
        cdn_vec_free(&b->texts[f]);
}

void cdn_builder_reset(cdn_entity_builder *b)
{
    b->native_id = NULL;
    b->id_prefix = NULL;
    b->schema = CORDON_SCHEMA_ANY;
    b->names.len = 0;
    b->birth_dates.len = 0;
    b->countries.len = 0;
    b->identifiers.len = 0;
    b->relations.len = 0;
    for (int f = 0; f < CDN_TEXT_FIELDS; f++)
        b->texts[f].len = 0;
    b->listed_on = NULL;
    b->remarks = NULL;
    b->source_list = NULL;
    b->gender = NULL;
}

/* Trims ASCII and Unicode no-break spaces from both ends; returns the new length. */
static size_t trim(const char **s, size_t len)
{
    const char *p = *s;
    while (len && (isspace((unsigned char)p[0]) || (len >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0))) {
        size_t step = isspace((unsigned char)p[0]) ? 1 : 2;
        p += step;
        len -= step;
    }
    while (len && (isspace((unsigned char)p[len - 1]) ||
                   (len >= 2 && (unsigned char)p[len - 2] == 0xC2 && (unsigned char)p[len - 1] == 0xA0)))
        len -= isspace((unsigned char)p[len - 1]) ? 1 : 2;
    *s = p;
    return len;
}

/* Copies a trimmed value into the arena. *out is NULL for an empty value. */
static bool arena_value(cdn_arena *arena, const char *s, size_t len, char **out)
{
    *out = NULL;
    if (!s)
        return true;
    len = trim(&s, len);
    if (len == 0)
        return true;
    *out = cdn_arena_strndup(arena, s, len);
    return *out != NULL;
}

bool cdn_builder_set_id(cdn_entity_builder *b, const char *native_id, size_t len)
{
    return arena_value(b->arena, native_id, len, &b->native_id);
}

bool cdn_builder_set_id_prefix(cdn_entity_builder *b, const char *prefix, size_t len)
{
    return arena_value(b->arena, prefix, len, &b->id_prefix);
}

bool cdn_builder_add_name(cdn_entity_builder *b, cordon_name_kind kind, const char *full, size_t len)
{
    if (!full)
        return true;
    len = trim(&full, len);
    if (len == 0)
        return true;
    for (size_t i = 0; i < b->names.len; i++) {
        cordon_name *seen = cdn_vec_at(&b->names, i);
        if (strlen(seen->full) == len && memcmp(seen->full, full, len) == 0)
            return true; /* the same spelling twice: keep the first, strongest kind */
    }
    cordon_name name = {0};
    name.kind = kind;
    if (!arena_value(b->arena, full, len, (char **)&name.full))
        return false;
    return cdn_vec_push(&b->names, &name) != NULL;
}

bool cdn_builder_set_name_parts(cdn_entity_builder *b, const char *given, const char *middle, const char *family,
                                const char *patronymic)
{
    if (b->names.len == 0)
        return true;
    cordon_name *name = cdn_vec_at(&b->names, b->names.len - 1);
    return arena_value(b->arena, given, given ? strlen(given) : 0, (char **)&name->given) &&
           arena_value(b->arena, middle, middle ? strlen(middle) : 0, (char **)&name->middle) &&
           arena_value(b->arena, family, family ? strlen(family) : 0, (char **)&name->family) &&
           arena_value(b->arena, patronymic, patronymic ? strlen(patronymic) : 0, (char **)&name->patronymic);
}

bool cdn_builder_add_birth_date(cdn_entity_builder *b, const cordon_date_range *date)
{
    for (size_t i = 0; i < b->birth_dates.len; i++)
        if (memcmp(cdn_vec_at(&b->birth_dates, i), date, sizeof *date) == 0)
            return true;
    return cdn_vec_push(&b->birth_dates, date) != NULL;
}

bool cdn_builder_add_country(cdn_entity_builder *b, const char *code, cordon_country_role role)
{
    if (!code || !isalpha((unsigned char)code[0]) || !isalpha((unsigned char)code[1]) || code[2] != '\0')
        return true;
    cordon_country c = {{(char)toupper((unsigned char)code[0]), (char)toupper((unsigned char)code[1]), '\0'}, role};
    for (size_t i = 0; i < b->countries.len; i++) {
        cordon_country *seen = cdn_vec_at(&b->countries, i);
        if (seen->role == c.role && strcmp(seen->code, c.code) == 0)
            return true;
    }
    return cdn_vec_push(&b->countries, &c) != NULL;
}

bool cdn_builder_add_identifier(cdn_entity_builder *b, const char *type, const char *value, size_t value_len,
                                const char *country, const char *note)
{
    cordon_identifier id = {0};
    if (!arena_value(b->arena, value, value_len, (char **)&id.value))
        return false;
    if (!id.value)
        return true;
    for (size_t i = 0; i < b->identifiers.len; i++) {
        cordon_identifier *seen = cdn_vec_at(&b->identifiers, i);
        if (strcmp(seen->type, type) == 0 && strcmp(seen->value, id.value) == 0)
            return true;
    }
    id.type = cdn_arena_strdup(b->arena, type);
    if (!id.type)
        return false;
    if (country && !(id.country = cdn_arena_strdup(b->arena, country)))
        return false;
    if (note && !arena_value(b->arena, note, strlen(note), (char **)&id.note))
        return false;
    return cdn_vec_push(&b->identifiers, &id) != NULL;
}

bool cdn_builder_add_text(cdn_entity_builder *b, cdn_text_field field, const char *text, size_t len)
{
    if (!text)
        return true;
    len = trim(&text, len);
    if (len == 0)
        return true;
    cdn_vec *v = &b->texts[field];
    for (size_t i = 0; i < v->len; i++) {
        const char *seen = *(char **)cdn_vec_at(v, i);
        if (strlen(seen) == len && memcmp(seen, text, len) == 0)
            return true;
    }
    char *copy = cdn_arena_strndup(b->arena, text, len);
    return copy && cdn_vec_push(v, &copy) != NULL;
}

bool cdn_builder_add_program(cdn_entity_builder *b, const char *program, size_t len)
{
    return cdn_builder_add_text(b, CDN_PROGRAMS, program, len);
}

bool cdn_builder_add_relation(cdn_entity_builder *b, const char *type, const char *target_id, const char *target_name)
{
    cordon_relation r = {0};
    if (!arena_value(b->arena, target_id, target_id ? strlen(target_id) : 0, (char **)&r.target_id) ||
        !arena_value(b->arena, target_name, target_name ? strlen(target_name) : 0, (char **)&r.target_name))
        return false;
    if (!r.target_id && !r.target_name)
        return true;
    for (size_t i = 0; i < b->relations.len; i++) {
        const cordon_relation *seen = cdn_vec_at(&b->relations, i);
        if (strcmp(seen->type, type) == 0 && (seen->target_id ? r.target_id && !strcmp(seen->target_id, r.target_id) : !r.target_id) &&
            (seen->target_name ? r.target_name && !strcmp(seen->target_name, r.target_name) : !r.target_name))
            return true;
    }
    r.type = cdn_arena_strdup(b->arena, type);
    return r.type && cdn_vec_push(&b->relations, &r) != NULL;
}

bool cdn_builder_set_listed_on(cdn_entity_builder *b, const char *date, size_t len)
{
    return arena_value(b->arena, date, len, &b->listed_on);
}

bool cdn_builder_set_remarks(cdn_entity_builder *b, const char *remarks, size_t len)
{
    return arena_value(b->arena, remarks, len, &b->remarks);
}

bool cdn_builder_append_remarks(cdn_entity_builder *b, const char *more, size_t len)
{
    if (!more)
        return true;
    len = trim(&more, len);
    if (len == 0)
        return true;
    if (!b->remarks)
        return cdn_builder_set_remarks(b, more, len);
    size_t have = strlen(b->remarks);
    char *joined = cdn_arena_alloc(b->arena, have + 2 + len + 1);
    if (!joined)
        return false;
    memcpy(joined, b->remarks, have);
    memcpy(joined + have, "; ", 2);
    memcpy(joined + have + 2, more, len);
    joined[have + 2 + len] = '\0';
    b->remarks = joined;
    return true;
}

bool cdn_builder_set_source_list(cdn_entity_builder *b, const char *source_list, size_t len)
{
    return arena_value(b->arena, source_list, len, &b->source_list);
}

bool cdn_builder_set_gender(cdn_entity_builder *b, const char *gender)
{
    if (!gender)
        return true;
    if (strcasecmp(gender, "male") == 0 || strcasecmp(gender, "m") == 0)
        b->gender = "male";
    else if (strcasecmp(gender, "female") == 0 || strcasecmp(gender, "f") == 0)
        b->gender = "female";
    return true;
}

cordon_entity *cdn_builder_freeze(cdn_entity_builder *b, const cordon_list_info *list)
{
    if (!b->native_id || b->names.len == 0)
        return NULL;
    cordon_entity *e = cdn_arena_alloc(b->arena, sizeof *e);
    if (!e)
        return NULL;
    memset(e, 0, sizeof *e);

    /* The primary name goes first; the publisher's order is kept for the rest. */
    cordon_name *names = b->names.items;
    for (size_t i = 1; i < b->names.len; i++) {
        if (names[i].kind == CORDON_NAME_PRIMARY && names[0].kind != CORDON_NAME_PRIMARY) {
            cordon_name primary = names[i];
            memmove(&names[1], &names[0], i * sizeof *names);
            names[0] = primary;
            break;
        }
    }

    const char *prefix = b->id_prefix ? b->id_prefix : list->id;
    size_t id_len = strlen(prefix) + 1 + strlen(b->native_id);
    char *id = cdn_arena_alloc(b->arena, id_len + 1);
    if (!id)
        return NULL;
    snprintf(id, id_len + 1, "%s:%s", prefix, b->native_id);

    e->id = id;
    e->native_id = b->native_id;
    e->schema = b->schema == CORDON_SCHEMA_ANY ? CORDON_SCHEMA_ORGANIZATION : b->schema;
    e->n_names = b->names.len;
    e->names = cdn_arena_memdup(b->arena, b->names.items, b->names.len, sizeof(cordon_name));
    e->caption = e->names ? e->names[0].full : NULL;
    e->n_birth_dates = b->birth_dates.len;
    e->birth_dates = cdn_arena_memdup(b->arena, b->birth_dates.items, b->birth_dates.len, sizeof(cordon_date_range));
    e->n_countries = b->countries.len;
    e->countries = cdn_arena_memdup(b->arena, b->countries.items, b->countries.len, sizeof(cordon_country));
    e->n_identifiers = b->identifiers.len;
    e->identifiers = cdn_arena_memdup(b->arena, b->identifiers.items, b->identifiers.len, sizeof(cordon_identifier));
    e->n_relations = b->relations.len;
    e->relations = cdn_arena_memdup(b->arena, b->relations.items, b->relations.len, sizeof(cordon_relation));
    const char *const **lists[CDN_TEXT_FIELDS] = {&e->programs, &e->birth_places, &e->addresses, &e->positions,
                                                 &e->topics};
    size_t *counts[CDN_TEXT_FIELDS] = {&e->n_programs, &e->n_birth_places, &e->n_addresses, &e->n_positions,
                                       &e->n_topics};
    for (int f = 0; f < CDN_TEXT_FIELDS; f++) {
        *counts[f] = b->texts[f].len;
        *lists[f] = cdn_arena_memdup(b->arena, b->texts[f].items, b->texts[f].len, sizeof(char *));
        if (b->texts[f].len && !*lists[f])
            return NULL;
    }
    e->listed_on = b->listed_on;
    e->remarks = b->remarks;
    e->source_list = b->source_list;
    e->gender = b->gender;
    e->list = list;
    if (!e->names || (b->birth_dates.len && !e->birth_dates) || (b->countries.len && !e->countries) ||
        (b->identifiers.len && !e->identifiers) || (b->relations.len && !e->relations))
        return NULL;
    cdn_builder_reset(b);
    return e;
}
