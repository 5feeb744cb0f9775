/*
 * ftm_store.c — reading FollowTheMoney JSON lines and delta files into the loader's store of
 * records (see ftm_int.h).
 *
 * Two shapes of export are read the same way. In entities.ftm.json every entity is its own line
 * and links name their ends by id; in targets.nested.json the linked entities are written inside
 * the properties of the entity they belong to. Nested entities are taken out ("flattened") into
 * records of their own and replaced by their ids, so that everything after this file sees only
 * the flat shape. Delta lines {"op", "entity"} apply OpenSanctions' incremental updates: ADD and
 * MOD carry the whole new entity, DEL its id (https://opensanctions.org/faq/80/bulk-deltas).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/strbuf.h"
#include "lists/ftm_int.h"
#include "lists/jsonl.h"
#include "lists/opensanctions.h"

/* The links of FtM's interval schemata (followthemoney/schema/<Schema>.yaml: Sanction "entity",
 * Identification "holder", Ownership "owner"/"asset", ...) and the reference properties of the
 * screened schemata themselves (LegalEntity "parent", Vehicle "owner"/"operator"). */
const ftm_role FTM_ROLES[] = {
    {"Sanction", "entity", USE_SANCTION, NULL, NULL},
    {"Identification", "holder", USE_IDENT, NULL, NULL},
    {"Passport", "holder", USE_IDENT, NULL, NULL},
    {"CryptoWallet", "holder", USE_WALLET, NULL, NULL},
    {"Occupancy", "holder", USE_OCCUPANCY, NULL, NULL},
    {"Ownership", "owner", USE_RELATION, "owner", "asset"},
    {"Ownership", "asset", USE_RELATION, "owned_by", "owner"},
    {"Directorship", "director", USE_RELATION, "director", "organization"},
    {"Directorship", "organization", USE_RELATION, "directed_by", "director"},
    {"Employment", "employee", USE_RELATION, "employee", "employer"},
    {"Employment", "employer", USE_RELATION, "employer", "employee"},
    {"Membership", "member", USE_RELATION, "member", "organization"},
    {"Membership", "organization", USE_RELATION, "has_member", "member"},
    {"Family", "person", USE_RELATION, "family", "relative"},
    {"Family", "relative", USE_RELATION, "family", "person"},
    {"Associate", "person", USE_RELATION, "associate", "associate"},
    {"Associate", "associate", USE_RELATION, "associate", "person"},
    {"UnknownLink", "subject", USE_RELATION, "linked_to", "object"},
    {"UnknownLink", "object", USE_RELATION, "linked_to", "subject"},
    {"Representation", "agent", USE_RELATION, "agent", "client"},
    {"Representation", "client", USE_RELATION, "represented_by", "agent"},
    {"Succession", "predecessor", USE_RELATION, "predecessor", "successor"},
    {"Succession", "successor", USE_RELATION, "successor", "predecessor"},
    {"Payment", "payer", USE_RELATION, "payer", "beneficiary"},
    {"Payment", "beneficiary", USE_RELATION, "beneficiary", "payer"},
    {"Debt", "debtor", USE_RELATION, "debtor", "creditor"},
    {"Debt", "creditor", USE_RELATION, "creditor", "debtor"},
    {NULL, "parent", USE_RELATION, "parent", NULL},
    {NULL, "owner", USE_RELATION, "owner", NULL},
    {NULL, "operator", USE_RELATION, "operator", NULL},
};
const size_t FTM_N_ROLES = sizeof FTM_ROLES / sizeof FTM_ROLES[0];

static ftm_kind kind_of(const char *schema, cordon_schema *party)
{
    *party = CORDON_SCHEMA_ANY;
    if (cdn_os_party_schema(schema, party))
        return FTM_PARTY;
    if (strcmp(schema, "Address") == 0 || strcmp(schema, "Position") == 0)
        return FTM_DETAIL;
    for (size_t i = 0; i < FTM_N_ROLES; i++)
        if (FTM_ROLES[i].schema && strcmp(FTM_ROLES[i].schema, schema) == 0)
            return FTM_LINK;
    return FTM_OTHER;
}

void ftm_store_init(ftm_store *st, cdn_loader *ld)
{
    memset(st, 0, sizeof *st);
    st->ld = ld;
    cdn_arena_init(&st->arena);
    cdn_vec_init(&st->records, sizeof(ftm_record));
    cdn_strmap_init(&st->by_id);
    cdn_vec_init(&st->order, sizeof(uint32_t));
    cdn_vec_init(&st->links, sizeof(ftm_link));
    cdn_strmap_init(&st->strings);
    cdn_strmap_init(&st->datasets);
    cdn_vec_init(&st->dataset_order, sizeof(const char *));
    cdn_strmap_init(&st->reasons);
}

void ftm_store_free(ftm_store *st)
{
    cdn_vec_free(&st->records);
    cdn_strmap_free(&st->by_id);
    cdn_vec_free(&st->order);
    cdn_vec_free(&st->links);
    cdn_strmap_free(&st->strings);
    cdn_strmap_free(&st->datasets);
    cdn_vec_free(&st->dataset_order);
    cdn_strmap_free(&st->reasons);
    cdn_arena_free(&st->arena);
}

size_t ftm_n(const json_t *values)
{
    return json_is_array(values) ? json_array_size(values) : json_is_string(values) ? 1 : 0;
}

const char *ftm_str(const json_t *values, size_t i, size_t *len)
{
    const json_t *v = json_is_array(values) ? json_array_get(values, i) : values;
    if (!json_is_string(v))
        return NULL;
    *len = json_string_length(v);
    return json_string_value(v);
}

json_t *ftm_record_parse(const ftm_record *rec)
{
    return json_loadb(rec->json, rec->json_len, 0, NULL);
}

/* The store's one copy of a schema or dataset name; NULL when out of memory. */
static const char *intern(ftm_store *st, const char *s)
{
    size_t len = strlen(s);
    const char *known = cdn_strmap_get(&st->strings, s, len);
    if (known)
        return known;
    char *copy = cdn_arena_strndup(&st->arena, s, len);
    if (!copy || !cdn_strmap_put(&st->strings, copy, len, copy, NULL))
        return NULL;
    return copy;
}

ftm_record *ftm_store_find(const ftm_store *st, const char *id, size_t len)
{
    uintptr_t i = (uintptr_t)cdn_strmap_get(&st->by_id, id, len);
    return i ? ftm_store_at(st, (uint32_t)(i - 1)) : NULL;
}

/* The index of the record for id, created (undefined) when the id is new. */
static int slot(ftm_store *st, const char *id, size_t len, uint32_t *out)
{
    uintptr_t i = (uintptr_t)cdn_strmap_get(&st->by_id, id, len);
    if (i) {
        *out = (uint32_t)(i - 1);
        return CORDON_OK;
    }
    if (st->records.len >= UINT32_MAX - 1)
        return cdn_error_nomem(st->ld->err);
    ftm_record rec;
    memset(&rec, 0, sizeof rec);
    rec.id = cdn_arena_strndup(&st->arena, id, len);
    rec.first_link = rec.last_link = FTM_NO_LINK;
    *out = (uint32_t)st->records.len;
    if (!rec.id || !cdn_vec_push(&st->records, &rec) ||
        !cdn_strmap_put(&st->by_id, rec.id, len, (void *)(uintptr_t)(*out + 1), NULL))
        return cdn_error_nomem(st->ld->err);
    return CORDON_OK;
}

/* Appends a link from record `from` (role `role`) to the list of the record with id target. */
static int add_link(ftm_store *st, uint32_t from, size_t role, const char *target, size_t len)
{
    uint32_t to;
    int status = slot(st, target, len, &to);
    if (status != CORDON_OK)
        return status;
    if (st->links.len >= UINT32_MAX - 1)
        return cdn_error_nomem(st->ld->err);
    ftm_link link = {from, ftm_store_at(st, from)->generation, FTM_NO_LINK, (uint16_t)role};
    uint32_t at = (uint32_t)st->links.len;
    if (!cdn_vec_push(&st->links, &link))
        return cdn_error_nomem(st->ld->err);
    ftm_record *rec = ftm_store_at(st, to);
    if (rec->last_link == FTM_NO_LINK)
        rec->first_link = at;
    else
        ((ftm_link *)cdn_vec_at(&st->links, rec->last_link))->next = at;
    rec->last_link = at;
    return CORDON_OK;
}

/* Indexes the links of record i (a link, or a party with reference properties). */
static int register_links(ftm_store *st, uint32_t i, const json_t *props)
{
    ftm_record *rec = ftm_store_at(st, i);
    if (rec->kind != FTM_LINK && rec->kind != FTM_PARTY)
        return CORDON_OK;
    const char *schema = rec->schema;
    bool party = rec->kind == FTM_PARTY;
    for (size_t r = 0; r < FTM_N_ROLES; r++) {
        const ftm_role *role = &FTM_ROLES[r];
        if (party ? role->schema != NULL : !role->schema || strcmp(role->schema, schema) != 0)
            continue;
        const json_t *values = json_object_get(props, role->prop);
        for (size_t k = 0; k < ftm_n(values); k++) {
            size_t len;
            const char *target = ftm_str(values, k, &len);
            int status = target && len ? add_link(st, i, r, target, len) : CORDON_OK;
            if (status != CORDON_OK)
                return status;
        }
    }
    return CORDON_OK;
}

/* Counts the entity's datasets (the list id is the most common one) and keeps the latest
 * last_seen (the version when nothing better is known). */
static int note_provenance(ftm_store *st, const json_t *entity)
{
    const json_t *datasets = json_object_get(entity, "datasets");
    for (size_t k = 0; k < json_array_size(datasets); k++) {
        const char *name = json_string_value(json_array_get(datasets, k));
        if (!name || !*name)
            continue;
        size_t *count = cdn_strmap_get(&st->datasets, name, strlen(name));
        if (!count) {
            const char *key = intern(st, name);
            count = cdn_arena_alloc(&st->arena, sizeof *count);
            if (!key || !count || !cdn_strmap_put(&st->datasets, key, strlen(key), count, NULL) ||
                !cdn_vec_push(&st->dataset_order, &key))
                return cdn_error_nomem(st->ld->err);
            *count = 0;
        }
        (*count)++;
    }
    const char *seen = json_string_value(json_object_get(entity, "last_seen"));
    if (seen && strlen(seen) < sizeof st->newest_seen && strcmp(seen, st->newest_seen) > 0)
        snprintf(st->newest_seen, sizeof st->newest_seen, "%s", seen);
    return CORDON_OK;
}

/* Where an entity object comes from, which decides what happens when its id is known. */
typedef enum origin { FROM_LINE, FROM_NESTING, FROM_ADD, FROM_MOD } origin;

/* The place being read, for messages. */
typedef struct where {
    const char *file;
    long line;
} where;

static int take(ftm_store *st, json_t *entity, const char *raw, size_t raw_len, where at, origin how,
                const char **id_out);

/* Replaces each nested entity in the properties by its id, taking it into the store. Sets
 * *changed when the properties were rewritten. */
static int flatten(ftm_store *st, json_t *props, const char *owner, where at, bool *changed)
{
    const char *key;
    json_t *values, *tmp;
    json_object_foreach_safe(props, tmp, key, values) {
        if (json_is_string(values) || json_is_array(values)) {
            for (size_t k = 0; json_is_array(values) && k < json_array_size(values); k++) {
                json_t *v = json_array_get(values, k);
                if (json_is_string(v))
                    continue;
                const char *child = NULL;
                int status = json_is_object(v) ? take(st, v, NULL, 0, at, FROM_NESTING, &child) : CORDON_OK;
                if (status != CORDON_OK)
                    return status;
                if (child) {
                    json_t *ref = json_string(child);
                    if (!ref || json_array_set_new(values, k, ref) != 0)
                        return cdn_error_nomem(st->ld->err);
                } else {
                    status = cdn_loader_repair(st->ld, at.file, at.line, "FtM property value that is not a string dropped",
                                               "%s: a value of property '%.60s' is neither a string nor an entity; dropped",
                                               owner, key);
                    if (status != CORDON_OK)
                        return status;
                    json_array_remove(values, k--);
                }
                *changed = true;
            }
            continue;
        }
        int status = cdn_loader_repair(st->ld, at.file, at.line, "FtM property value that is not a string dropped",
                                       "%s: property '%.60s' is not a list of strings; dropped", owner, key);
        if (status != CORDON_OK)
            return status;
        json_object_del(props, key);
        *changed = true;
    }
    return CORDON_OK;
}

/* Whether a record defined as `how` may (re)define record rec; reports the cases that are
 * counted. *take_it is false when the new definition is dropped. */
static int accept(ftm_store *st, const ftm_record *rec, origin how, where at, bool *take_it)
{
    *take_it = true;
    switch (how) {
    case FROM_LINE:
        if (rec->live && !rec->embedded) {
            *take_it = false;
            return cdn_loader_skip(st->ld, at.file, at.line, "duplicate FtM entity id",
                                   "entity id '%.80s' was already defined in %s:%ld; this one is skipped", rec->id,
                                   rec->file, rec->line);
        }
        return CORDON_OK;
    case FROM_NESTING:
        *take_it = !rec->live; /* the same entity nested again, or its own line: keep the first */
        return CORDON_OK;
    case FROM_ADD:
        if (rec->live)
            return cdn_loader_repair(st->ld, at.file, at.line, "delta ADD of an entity already loaded (replaced)",
                                     "ADD of entity '%.80s', which is already loaded: replaced", rec->id);
        return CORDON_OK;
    case FROM_MOD:
        if (!rec->live) {
            *take_it = false;
            return cdn_loader_skip(st->ld, at.file, at.line, "delta MOD of an entity not loaded",
                                   "MOD of entity '%.80s', which is not loaded: skipped", rec->id);
        }
        return CORDON_OK;
    }
    return CORDON_OK;
}

/* A schema name is an FtM identifier: ASCII letters only. */
static bool valid_schema(const char *schema)
{
    size_t len = strlen(schema);
    if (len == 0 || len > 64)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((schema[i] >= 'A' && schema[i] <= 'Z') || (schema[i] >= 'a' && schema[i] <= 'z')))
            return false;
    return true;
}

/* Appends JSON text to a cdn_strbuf (for json_dump_callback). */
static int dump_to(const char *buffer, size_t size, void *data)
{
    return cdn_strbuf_append(data, buffer, size) ? 0 : -1;
}

/* Fills record i from the entity object (its properties already flattened). raw is the entity's
 * own JSON text when it may be kept as it is, else NULL. */
static int define(ftm_store *st, uint32_t i, json_t *entity, const char *raw, size_t raw_len, where at, origin how)
{
    cdn_strbuf text;
    cdn_strbuf_init(&text);
    if (!raw) {
        if (json_dump_callback(entity, dump_to, &text, JSON_COMPACT) != 0) {
            cdn_strbuf_free(&text);
            return cdn_error_nomem(st->ld->err);
        }
        raw = text.data ? text.data : "";
        raw_len = text.len;
    }
    char *json = cdn_arena_strndup(&st->arena, raw, raw_len);
    cdn_strbuf_free(&text);
    const char *schema = intern(st, json_string_value(json_object_get(entity, "schema")));
    const json_t *datasets = json_object_get(entity, "datasets");
    const char *dataset = json_string_value(json_array_get(datasets, 0));
    /* The caption names the entity in relations to it; raw FtM without one has its names. */
    const char *caption = json_string_value(json_object_get(entity, "caption"));
    size_t unused;
    if (!caption || !*caption)
        caption = ftm_str(json_object_get(json_object_get(entity, "properties"), "name"), 0, &unused);
    ftm_record *rec = ftm_store_at(st, i);
    rec->json = json;
    rec->json_len = raw_len;
    rec->schema = schema;
    rec->dataset = dataset && *dataset ? intern(st, dataset) : NULL;
    rec->caption = caption && *caption ? cdn_arena_strdup(&st->arena, caption) : NULL;
    if (!json || !schema || (dataset && *dataset && !rec->dataset) || (caption && *caption && !rec->caption))
        return cdn_error_nomem(st->ld->err);
    rec->file = at.file;
    rec->line = at.line;
    rec->generation++;
    rec->kind = kind_of(schema, &rec->party);
    rec->live = true;
    rec->embedded = how == FROM_NESTING;
    rec->used = false;
    int status = note_provenance(st, entity);
    if (status != CORDON_OK)
        return status;
    json_t *props = json_object_get(entity, "properties");
    return register_links(st, i, props);
}

/*
 * Takes one entity object into the store. *id_out gets the record's id when the object is an
 * entity (even when an earlier definition is kept), NULL when it is not one (no id or schema).
 */
static int take(ftm_store *st, json_t *entity, const char *raw, size_t raw_len, where at, origin how,
                const char **id_out)
{
    *id_out = NULL;
    const char *id = json_string_value(json_object_get(entity, "id"));
    const char *schema = json_string_value(json_object_get(entity, "schema"));
    json_t *props = json_object_get(entity, "properties");
    if (!id || !*id || !schema || (props && !json_is_object(props)))
        return CORDON_OK;
    uint32_t i;
    int status = slot(st, id, strlen(id), &i);
    if (status != CORDON_OK)
        return status;
    *id_out = ftm_store_at(st, i)->id;
    if (!valid_schema(schema))
        return cdn_loader_skip(st->ld, at.file, at.line, "FtM entity with an invalid schema name",
                               "entity '%.80s' has the schema '%.60s', which is not an FtM schema name", id, schema);
    bool take_it;
    if ((status = accept(st, ftm_store_at(st, i), how, at, &take_it)) != CORDON_OK || !take_it)
        return status;
    ftm_record *rec = ftm_store_at(st, i);
    if (!rec->ordered) {
        rec->ordered = true;
        if (!cdn_vec_push(&st->order, &i))
            return cdn_error_nomem(st->ld->err);
    }
    bool changed = false;
    if (props && (status = flatten(st, props, ftm_store_at(st, i)->id, at, &changed)) != CORDON_OK)
        return status;
    return define(st, i, entity, changed ? NULL : raw, raw_len, at, how);
}

static int remove_entity(ftm_store *st, const json_t *entity, where at)
{
    const char *id = json_string_value(json_object_get(entity, "id"));
    ftm_record *rec = id ? ftm_store_find(st, id, strlen(id)) : NULL;
    if (!rec || !rec->live)
        return cdn_loader_skip(st->ld, at.file, at.line, "delta DEL of an entity not loaded",
                               "DEL of entity '%.80s', which is not loaded: skipped", id ? id : "");
    rec->live = false;
    rec->generation++;
    return CORDON_OK;
}

/* Applies one delta line {"op": ..., "entity": {...}}. */
static int apply_delta(ftm_store *st, json_t *line, where at)
{
    const char *op = json_string_value(json_object_get(line, "op"));
    json_t *entity = json_object_get(line, "entity");
    if (!json_is_object(entity) || !json_is_string(json_object_get(entity, "id")))
        return cdn_loader_skip(st->ld, at.file, at.line, "delta line without an entity",
                               "delta line without an entity id: skipped");
    if (op && strcmp(op, "DEL") == 0)
        return remove_entity(st, entity, at);
    if (!op || (strcmp(op, "ADD") != 0 && strcmp(op, "MOD") != 0))
        return cdn_loader_skip(st->ld, at.file, at.line, "unknown delta op",
                               "delta op '%.20s' is not ADD, MOD or DEL: skipped", op ? op : "");
    const char *id;
    int status = take(st, entity, NULL, 0, at, op[0] == 'A' ? FROM_ADD : FROM_MOD, &id);
    if (status == CORDON_OK && !id)
        status = cdn_loader_skip(st->ld, at.file, at.line, "line that is not an FtM entity",
                                 "the %s entity has no schema: skipped", op);
    return status;
}

/* One line of a file: an entity or a delta operation. first: the file's first line, which
 * must be FtM (so that a JSON file of something else is refused, not read as empty). */
static int read_line(ftm_store *st, cdn_jsonl *r, json_t *line, bool first)
{
    where at = {r->path, r->number};
    if (!json_is_object(line))
        return cdn_error_at(st->ld->err, CORDON_EDATA, at.file, at.line,
                            "not a JSON object; FollowTheMoney files hold one entity object per line");
    if (json_object_get(line, "op") && !json_object_get(line, "schema"))
        return apply_delta(st, line, at);
    const char *id;
    int status = take(st, line, r->line.data, r->line.len, at, FROM_LINE, &id);
    if (status != CORDON_OK || id)
        return status;
    if (first)
        return cdn_error_at(st->ld->err, CORDON_EDATA, at.file, at.line,
                            "not FollowTheMoney JSON: the first object has no \"id\" and \"schema\" (an FtM file holds "
                            "one entity {\"id\", \"schema\", \"properties\"} per line)");
    return cdn_loader_skip(st->ld, at.file, at.line, "line that is not an FtM entity",
                           "object without an \"id\" and \"schema\": skipped");
}

/* Remembers the version folder of an OpenSanctions delta file (VERSION/entities.delta.json). */
static int note_delta_version(ftm_store *st, const char *path)
{
    const char *base = strrchr(path, '/');
    if (!base || strcmp(base + 1, "entities.delta.json") != 0)
        return CORDON_OK;
    const char *start = base;
    while (start > path && start[-1] != '/')
        start--;
    if (start == base)
        return CORDON_OK;
    st->last_delta = cdn_arena_strndup(&st->arena, start, (size_t)(base - start));
    return st->last_delta ? CORDON_OK : cdn_error_nomem(st->ld->err);
}

int ftm_store_read(ftm_store *st, const char *path, size_t *lines)
{
    cdn_jsonl r;
    int status = cdn_jsonl_open(&r, path, st->ld->err);
    bool first = true;
    *lines = 0;
    while (status == CORDON_OK) {
        bool got;
        status = cdn_jsonl_next(&r, &got, st->ld->err);
        if (status != CORDON_OK || !got)
            break;
        json_t *line;
        if ((status = cdn_jsonl_parse(&r, &line, st->ld->err)) != CORDON_OK)
            break;
        status = read_line(st, &r, line, first);
        json_decref(line);
        first = false;
        (*lines)++;
    }
    cdn_jsonl_close(&r);
    if (status == CORDON_OK)
        status = note_delta_version(st, path);
    return status;
}
