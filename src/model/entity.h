/*
 * entity.h — building entities (the cordon_entity of cordon.h) one at a time.
 *
 * A loader fills a cdn_entity_builder with what one list record says, then freezes it: the
 * builder copies everything into the index arena as one compact, immutable cordon_entity and
 * is ready for the next record. Builders reuse their arrays, so loading a list of 100,000
 * entities does not allocate per entity beyond the arena.
 */
#ifndef CDN_ENTITY_H
#define CDN_ENTITY_H

#include <stdbool.h>
#include <stddef.h>

#include "cordon.h"
#include "core/arena.h"
#include "core/vec.h"
#include "model/dates.h"

/* The entity's lists of plain strings. */
typedef enum cdn_text_field {
    CDN_PROGRAMS,
    CDN_BIRTH_PLACES,
    CDN_ADDRESSES,
    CDN_POSITIONS,
    CDN_TOPICS,
    CDN_TEXT_FIELDS
} cdn_text_field;

/* Whether a search restricted to schema `wanted` admits an entity of schema `listed`: the same
 * schema, or one of them LegalEntity and the other a person or an organisation (a party whose
 * list does not say which may be the person screened; a LegalEntity search means either).
 * CORDON_SCHEMA_ANY admits everything. */
bool cdn_schema_admits(cordon_schema wanted, cordon_schema listed);

typedef struct cdn_entity_builder {
    cdn_arena *arena;        /* where strings and frozen entities go; not owned */
    char *native_id;         /* in the arena */
    char *id_prefix;         /* the "<list>" of the entity id when it is not the list's id, or NULL */
    cordon_schema schema;
    cdn_vec names;           /* cordon_name, strings in the arena */
    cdn_vec birth_dates;     /* cordon_date_range */
    cdn_vec countries;       /* cordon_country */
    cdn_vec identifiers;     /* cordon_identifier */
    cdn_vec relations;       /* cordon_relation */
    cdn_vec texts[CDN_TEXT_FIELDS]; /* char * in the arena */
    char *listed_on;
    char *remarks;
    char *source_list;
    char *gender;
} cdn_entity_builder;

void cdn_builder_init(cdn_entity_builder *b, cdn_arena *arena);
void cdn_builder_free(cdn_entity_builder *b);
/* Forgets the current record, keeping the arrays' memory. */
void cdn_builder_reset(cdn_entity_builder *b);

/* Each setter copies its strings into the arena; returns false only when out of memory.
 * Empty or whitespace-only values are ignored (return true). Exact duplicates are dropped. */
bool cdn_builder_set_id(cdn_entity_builder *b, const char *native_id, size_t len);
/* Sets the "<list>" part of this entity's id "<list>:<native id>" when it differs from the list's
 * own id (an OpenSanctions file mixes datasets: its entities are "<dataset>:<id>"). */
bool cdn_builder_set_id_prefix(cdn_entity_builder *b, const char *prefix, size_t len);
bool cdn_builder_add_name(cdn_entity_builder *b, cordon_name_kind kind, const char *full, size_t len);
/* Sets the parts of the most recently added name (each may be NULL). */
bool cdn_builder_set_name_parts(cdn_entity_builder *b, const char *given, const char *middle, const char *family,
                                const char *patronymic);
bool cdn_builder_add_birth_date(cdn_entity_builder *b, const cordon_date_range *date);
/* code must be two ASCII letters (case-insensitive); anything else is ignored and returns true. */
bool cdn_builder_add_country(cdn_entity_builder *b, const char *code, cordon_country_role role);
/* type is copied; country and note may be NULL. */
bool cdn_builder_add_identifier(cdn_entity_builder *b, const char *type, const char *value, size_t value_len,
                                const char *country, const char *note);
/* Adds a string to one of the entity's string lists (programs, places of birth, ...). */
bool cdn_builder_add_text(cdn_entity_builder *b, cdn_text_field field, const char *text, size_t len);
bool cdn_builder_add_program(cdn_entity_builder *b, const char *program, size_t len);
/* type is copied; target_id and target_name may be NULL (not both). */
bool cdn_builder_add_relation(cdn_entity_builder *b, const char *type, const char *target_id, const char *target_name);
bool cdn_builder_set_listed_on(cdn_entity_builder *b, const char *date, size_t len);
bool cdn_builder_set_remarks(cdn_entity_builder *b, const char *remarks, size_t len);
/* Appends to the remarks, separated by "; " (publishers continue remarks in other files). */
bool cdn_builder_append_remarks(cdn_entity_builder *b, const char *more, size_t len);
bool cdn_builder_set_source_list(cdn_entity_builder *b, const char *source_list, size_t len);
/* gender: "male" or "female" (anything else is ignored). */
bool cdn_builder_set_gender(cdn_entity_builder *b, const char *gender);

/*
 * Freezes the record into a new cordon_entity in the arena, with id "<list->id>:<native id>"
 * (or "<id prefix>:<native id>" when one is set), and resets the builder. The record must have an id and at least one name: the primary name
 * becomes names[0] and the caption. Returns NULL when out of memory, or when the record has no
 * id or no name (the caller checks those first and reports them).
 */
cordon_entity *cdn_builder_freeze(cdn_entity_builder *b, const cordon_list_info *list);

#endif
