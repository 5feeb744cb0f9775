/*
 * row_groups.h — CSV records held until every record of an entity has been read.
 *
 * Some lists spread one entity over several rows that need not be adjacent: OFSI's ConList has
 * one row per name (and per date of birth, per address) under a shared Group ID, and the US
 * Consolidated Screening List repeats an _id once per source list the party is on. A loader
 * adds each row under its key; the rows are kept (as UTF-8 copies, in a private arena) and
 * grouped through a hash map, and the loader then builds one entity per group, in the order
 * each key first appeared. Private to the list loaders.
 */
#ifndef CDN_ROW_GROUPS_H
#define CDN_ROW_GROUPS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"
#include "core/strmap.h"
#include "core/vec.h"

enum { CDN_ROW_NONE = (size_t)-1 };

/* One kept row: its fields (n_fields of them, never NULL; "" when empty) and where it was. */
typedef struct cdn_group_row {
    long line;
    const char **fields;
    size_t next;            /* the next row of the same group, or CDN_ROW_NONE */
} cdn_group_row;

/* The rows sharing one key. */
typedef struct cdn_row_group {
    const char *key;
    size_t first;           /* first row (index into rows) */
    size_t last;            /* last row, where the next one is linked */
    size_t count;
} cdn_row_group;

typedef struct cdn_row_groups {
    cdn_arena arena;        /* the rows' strings and field arrays; owned */
    cdn_vec rows;           /* cdn_group_row */
    cdn_vec groups;         /* cdn_row_group, in first-appearance order */
    cdn_strmap by_key;      /* key -> group index + 1 */
    size_t n_fields;
} cdn_row_groups;

/* Sets up an empty store of rows with n_fields fields each. Release with cdn_row_groups_free. */
void cdn_row_groups_init(cdn_row_groups *g, size_t n_fields);
void cdn_row_groups_free(cdn_row_groups *g);

/*
 * Starts a row under key (key_len bytes, copied) found at line, and returns its field array to
 * fill with cdn_row_groups_set; every field starts as "". Returns NULL when out of memory.
 */
const char **cdn_row_groups_add(cdn_row_groups *g, const char *key, size_t key_len, long line);

/* Copies len bytes of value into field i of a row returned by cdn_row_groups_add. Returns false
 * when out of memory. */
bool cdn_row_groups_set(cdn_row_groups *g, const char **fields, size_t i, const char *value, size_t len);

/* The number of groups, group i (in first-appearance order), and row r. */
size_t cdn_row_groups_count(const cdn_row_groups *g);
const cdn_row_group *cdn_row_groups_group(const cdn_row_groups *g, size_t i);
const cdn_group_row *cdn_row_groups_row(const cdn_row_groups *g, size_t r);

/*
 * True when field i of row r repeats the same field of an earlier row of its group (rows are
 * linked from first). Loaders use it to read each distinct value of a group once, so that a
 * value repeated on every row is reported (and counted) once.
 */
bool cdn_row_groups_seen(const cdn_row_groups *g, const cdn_row_group *group, size_t r, size_t i);

#endif
