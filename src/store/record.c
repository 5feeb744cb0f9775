/*
 * record.c — recording a screening: its list versions, the screening itself, its results, and
 * the alerts they raise or that suppress them (see cordon.h, cordon_audit_record).
 *
 * Suppression is decided on the pair (customer id, entity id) and the entity's fingerprint:
 * the pair's latest alert, if cleared on the same fingerprint, suppresses the hit; if still
 * open, escalated or confirmed on the same fingerprint, the hit joins it instead of raising a
 * duplicate for the analyst; otherwise (no alert yet, or the entity's record changed since) a
 * new alert is raised.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/strbuf.h"
#include "store/audit_int.h"

void cordon_audit_screening_default(cordon_audit_screening *s)
{
    memset(s, 0, sizeof *s);
    s->schema = CORDON_SCHEMA_ANY;
    s->threshold = CORDON_DEFAULT_THRESHOLD;
}

const char *cordon_audit_outcome_name(cordon_audit_outcome outcome)
{
    switch (outcome) {
    case CORDON_AUDIT_ALERT: return "alert";
    case CORDON_AUDIT_SUPPRESSED: return "suppressed";
    default: return "below";
    }
}

/* The id of one list version, inserted the first time it is seen. */
static int list_version_id(cordon_audit *a, const cordon_list_info *l, const char *now, long long *id)
{
    const char *version = l->version ? l->version : "";
    const char *checksum = l->checksum ? l->checksum : "";
    sqlite3_stmt *st = cdn_audit_cached(a, "INSERT INTO list_versions (list_id, format, version, checksum, source, "
                                            "entities, first_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                            "ON CONFLICT (list_id, version, checksum) DO NOTHING");
    if (!st)
        return a->err.status;
    cdn_audit_bind_text(st, 1, l->id);
    cdn_audit_bind_text(st, 2, l->format);
    cdn_audit_bind_text(st, 3, version);
    cdn_audit_bind_text(st, 4, checksum);
    cdn_audit_bind_text(st, 5, l->source);
    sqlite3_bind_int64(st, 6, (sqlite3_int64)l->entities);
    cdn_audit_bind_text(st, 7, now);
    int status = cdn_audit_run(a, st, "cannot write the audit record");
    if (status != CORDON_OK)
        return status;
    st = cdn_audit_cached(a, "SELECT id FROM list_versions WHERE list_id = ?1 AND version = ?2 AND checksum = ?3");
    if (!st)
        return a->err.status;
    cdn_audit_bind_text(st, 1, l->id);
    cdn_audit_bind_text(st, 2, version);
    cdn_audit_bind_text(st, 3, checksum);
    if (sqlite3_step(st) == SQLITE_ROW)
        *id = sqlite3_column_int64(st, 0);
    else
        status = cdn_audit_db_error(a, "cannot write the audit record");
    cdn_audit_release(a, st);
    return status;
}

/* The id of the set of list versions in versions[0..n), inserted the first time it is seen. */
static int list_set_id(cordon_audit *a, const long long *versions, size_t n, long long *id)
{
    cdn_strbuf members;
    cdn_strbuf_init(&members);
    /* The set's key must not depend on the order the lists were given in: the ids are sorted. */
    long long sorted[256];
    size_t m = n < 256 ? n : 256;
    memcpy(sorted, versions, m * sizeof *sorted);
    for (size_t i = 1; i < m; i++)
        for (size_t j = i; j > 0 && sorted[j - 1] > sorted[j]; j--) {
            long long t = sorted[j];
            sorted[j] = sorted[j - 1];
            sorted[j - 1] = t;
        }
    bool ok = true;
    for (size_t i = 0; i < m && ok; i++)
        ok = cdn_strbuf_printf(&members, "%s%lld", i ? "," : "", sorted[i]);
    if (!ok) {
        cdn_strbuf_free(&members);
        return cdn_error_nomem(&a->err);
    }
    int status = CORDON_OK;
    sqlite3_stmt *st = cdn_audit_cached(a, "SELECT id FROM list_sets WHERE members = ?1");
    if (!st)
        status = a->err.status;
    else {
        cdn_audit_bind_text(st, 1, cdn_strbuf_cstr(&members));
        *id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        cdn_audit_release(a, st);
    }
    if (status == CORDON_OK && *id == 0) {
        st = cdn_audit_cached(a, "INSERT INTO list_sets (members) VALUES (?1)");
        if (!st)
            status = a->err.status;
        else {
            cdn_audit_bind_text(st, 1, cdn_strbuf_cstr(&members));
            status = cdn_audit_run(a, st, "cannot write the audit record");
            *id = sqlite3_last_insert_rowid(a->db);
        }
        for (size_t i = 0; i < m && status == CORDON_OK; i++) {
            st = cdn_audit_cached(a, "INSERT INTO list_set_members (set_id, list_version_id) VALUES (?1, ?2)");
            if (!st)
                return a->err.status;
            sqlite3_bind_int64(st, 1, *id);
            sqlite3_bind_int64(st, 2, sorted[i]);
            status = cdn_audit_run(a, st, "cannot write the audit record");
        }
    }
    cdn_strbuf_free(&members);
    return status;
}

/* The list versions of idx: ids[i] for its list i, and the set of them all. */
static int record_lists(cordon_audit *a, const cordon_index *idx, const char *now, long long *ids, long long *set)
{
    size_t n = cordon_index_list_count(idx);
    if (n > 256)
        return cdn_error_set(&a->err, CORDON_EINVAL, "more than 256 lists in one index");
    int status = CORDON_OK;
    for (size_t i = 0; i < n && status == CORDON_OK; i++)
        status = list_version_id(a, cordon_index_list(idx, i), now, &ids[i]);
    return status == CORDON_OK ? list_set_id(a, ids, n, set) : status;
}

/* For a repeated batch row: the marks recorded the first time. */
static int recorded_marks(cordon_audit *a, long long screening, cordon_audit_mark *marks, size_t n_hits,
                          cordon_audit_receipt *receipt)
{
    sqlite3_stmt *st = cdn_audit_cached(a, "SELECT rank, outcome, alert_id FROM results WHERE screening_id = ?1 "
                                            "ORDER BY rank");
    if (!st)
        return a->err.status;
    sqlite3_bind_int64(st, 1, screening);
    size_t seen = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        size_t rank = (size_t)sqlite3_column_int64(st, 0);
        const char *outcome = (const char *)sqlite3_column_text(st, 1);
        cordon_audit_outcome o = strcmp(outcome, "alert") == 0        ? CORDON_AUDIT_ALERT
                                 : strcmp(outcome, "suppressed") == 0 ? CORDON_AUDIT_SUPPRESSED
                                                                      : CORDON_AUDIT_BELOW;
        if (marks && rank < n_hits)
            marks[rank] = (cordon_audit_mark){o, sqlite3_column_int64(st, 2)};
        receipt->alerts += o == CORDON_AUDIT_ALERT;
        receipt->suppressed += o == CORDON_AUDIT_SUPPRESSED;
        seen++;
    }
    cdn_audit_release(a, st);
    if (seen != n_hits)
        return cdn_error_set(&a->err, CORDON_EDATA,
                             "row was audited before with %zu results, now it has %zu: the lists or options changed "
                             "since; start a new batch instead of resuming",
                             seen, n_hits);
    return CORDON_OK;
}

/* The screening already recorded for this batch row, or 0. */
static long long batch_row_screening(cordon_audit *a, const cordon_audit_screening *s)
{
    sqlite3_stmt *st = cdn_audit_cached(a, "SELECT id FROM screenings WHERE batch_id = ?1 AND row = ?2");
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, s->batch);
    sqlite3_bind_int64(st, 2, s->row);
    long long id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    cdn_audit_release(a, st);
    return id;
}

static int insert_screening(cordon_audit *a, const cordon_audit_screening *s, const char *at, long long set,
                            size_t n_hits, long long *id)
{
    sqlite3_stmt *st = cdn_audit_cached(a, "INSERT INTO screenings (at, who, channel, customer_id, name, schema, dob, "
                                            "country, threshold, list_set_id, batch_id, row, n_results, error) VALUES "
                                            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!st)
        return a->err.status;
    cdn_audit_bind_text(st, 1, at);
    cdn_audit_bind_text(st, 2, s->who);
    cdn_audit_bind_text(st, 3, s->channel);
    cdn_audit_bind_text(st, 4, s->customer_id && *s->customer_id ? s->customer_id : NULL);
    cdn_audit_bind_text(st, 5, s->name);
    cdn_audit_bind_text(st, 6, s->schema == CORDON_SCHEMA_ANY ? NULL : cordon_schema_name(s->schema));
    cdn_audit_bind_text(st, 7, s->dob);
    cdn_audit_bind_text(st, 8, s->country);
    sqlite3_bind_double(st, 9, s->threshold);
    sqlite3_bind_int64(st, 10, set);
    if (s->batch) {
        sqlite3_bind_int64(st, 11, s->batch);
        sqlite3_bind_int64(st, 12, s->row);
    }
    sqlite3_bind_int64(st, 13, (sqlite3_int64)n_hits);
    cdn_audit_bind_text(st, 14, s->error);
    int status = cdn_audit_run(a, st, "cannot write the audit record");
    *id = sqlite3_last_insert_rowid(a->db);
    return status;
}

/* The pair's latest alert: its id, whether its status is cleared, and whether it was raised on
 * fingerprint. id 0 when the pair has none. */
static int latest_alert(cordon_audit *a, const char *customer, const char *entity, const char *fingerprint,
                        long long *id, bool *cleared, bool *same)
{
    *id = 0;
    *cleared = *same = false;
    sqlite3_stmt *st = cdn_audit_cached(a, "SELECT id, status, fingerprint FROM alerts WHERE customer_id = ?1 AND "
                                            "entity_id = ?2 ORDER BY id DESC LIMIT 1");
    if (!st)
        return a->err.status;
    cdn_audit_bind_text(st, 1, customer);
    cdn_audit_bind_text(st, 2, entity);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        *cleared = strcmp((const char *)sqlite3_column_text(st, 1), "cleared") == 0;
        *same = strcmp((const char *)sqlite3_column_text(st, 2), fingerprint) == 0;
    }
    cdn_audit_release(a, st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? CORDON_OK : cdn_audit_db_error(a, "cannot read the audit database");
}

static int insert_alert(cordon_audit *a, const cordon_audit_screening *s, const char *at, long long screening,
                        const cordon_audit_hit *h, const char *fingerprint, long long list_version, long long *id)
{
    sqlite3_stmt *st = cdn_audit_cached(a, "INSERT INTO alerts (created, updated, screening_id, customer_id, "
                                            "entity_id, caption, matched_name, score, fingerprint, list_version_id) "
                                            "VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st)
        return a->err.status;
    cdn_audit_bind_text(st, 1, at);
    sqlite3_bind_int64(st, 2, screening);
    cdn_audit_bind_text(st, 3, s->customer_id && *s->customer_id ? s->customer_id : NULL);
    cdn_audit_bind_text(st, 4, h->entity->id);
    cdn_audit_bind_text(st, 5, h->entity->caption);
    cdn_audit_bind_text(st, 6, h->matched_name ? h->matched_name : h->entity->caption);
    sqlite3_bind_double(st, 7, h->score);
    cdn_audit_bind_text(st, 8, fingerprint);
    sqlite3_bind_int64(st, 9, list_version);
    int status = cdn_audit_run(a, st, "cannot write the audit record");
    *id = sqlite3_last_insert_rowid(a->db);
    return status;
}

/* Decides what becomes of one alerting hit (see the top of this file). */
static int alert_for(cordon_audit *a, const cordon_audit_screening *s, const char *at, long long screening,
                     const cordon_audit_hit *h, const char *fingerprint, long long list_version,
                     cordon_audit_mark *mark)
{
    bool has_customer = s->customer_id && *s->customer_id;
    if (has_customer) {
        long long id;
        bool cleared, same;
        int status = latest_alert(a, s->customer_id, h->entity->id, fingerprint, &id, &cleared, &same);
        if (status != CORDON_OK)
            return status;
        if (id && same) {
            *mark = (cordon_audit_mark){cleared ? CORDON_AUDIT_SUPPRESSED : CORDON_AUDIT_ALERT, id};
            return CORDON_OK;
        }
    }
    mark->outcome = CORDON_AUDIT_ALERT;
    return insert_alert(a, s, at, screening, h, fingerprint, list_version, &mark->alert_id);
}

static int insert_result(cordon_audit *a, long long screening, size_t rank, const cordon_audit_hit *h,
                         const char *fingerprint, long long list_version, const cordon_audit_mark *mark)
{
    sqlite3_stmt *st = cdn_audit_cached(a, "INSERT INTO results (screening_id, rank, entity_id, list_version_id, "
                                            "caption, matched_name, score, fingerprint, outcome, alert_id) VALUES "
                                            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!st)
        return a->err.status;
    sqlite3_bind_int64(st, 1, screening);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)rank);
    cdn_audit_bind_text(st, 3, h->entity->id);
    sqlite3_bind_int64(st, 4, list_version);
    cdn_audit_bind_text(st, 5, h->entity->caption);
    cdn_audit_bind_text(st, 6, h->matched_name ? h->matched_name : h->entity->caption);
    sqlite3_bind_double(st, 7, h->score);
    cdn_audit_bind_text(st, 8, fingerprint);
    cdn_audit_bind_text(st, 9, cordon_audit_outcome_name(mark->outcome));
    if (mark->alert_id)
        sqlite3_bind_int64(st, 10, mark->alert_id);
    return cdn_audit_run(a, st, "cannot write the audit record");
}

/* The position of list among idx's lists (its list_versions id is ids[that]). */
static size_t list_number(const cordon_index *idx, const cordon_list_info *list)
{
    size_t n = cordon_index_list_count(idx);
    for (size_t i = 0; i < n; i++)
        if (cordon_index_list(idx, i) == list)
            return i;
    return n;
}

static int record_hits(cordon_audit *a, const cordon_index *idx, const cordon_audit_screening *s, const char *at,
                       long long screening, const long long *list_ids, const cordon_audit_hit *hits, size_t n_hits,
                       cordon_audit_mark *marks, cordon_audit_receipt *receipt)
{
    int status = CORDON_OK;
    for (size_t i = 0; i < n_hits && status == CORDON_OK; i++) {
        const cordon_audit_hit *h = &hits[i];
        size_t list = list_number(idx, h->entity->list);
        if (list == cordon_index_list_count(idx))
            return cdn_error_set(&a->err, CORDON_EINVAL, "result %zu (%s) is not an entity of the index", i,
                                 h->entity->id);
        char fingerprint[65];
        status = cordon_entity_fingerprint(h->entity, fingerprint);
        if (status != CORDON_OK)
            return cdn_error_nomem(&a->err);
        cordon_audit_mark mark = {CORDON_AUDIT_BELOW, 0};
        if (h->score >= s->threshold)
            status = alert_for(a, s, at, screening, h, fingerprint, list_ids[list], &mark);
        if (status == CORDON_OK)
            status = insert_result(a, screening, i, h, fingerprint, list_ids[list], &mark);
        receipt->alerts += mark.outcome == CORDON_AUDIT_ALERT;
        receipt->suppressed += mark.outcome == CORDON_AUDIT_SUPPRESSED;
        if (marks)
            marks[i] = mark;
    }
    if (status != CORDON_OK)
        return status;
    sqlite3_stmt *st = cdn_audit_cached(a, "UPDATE screenings SET alerts = ?1, suppressed = ?2 WHERE id = ?3");
    if (!st)
        return a->err.status;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)receipt->alerts);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)receipt->suppressed);
    sqlite3_bind_int64(st, 3, screening);
    return cdn_audit_run(a, st, "cannot write the audit record");
}

static int check_screening(cordon_audit *a, const cordon_audit_screening *s, size_t n_hits)
{
    static const char *const CHANNELS[] = {"search", "screen", "scan", "api"};
    if (!s->who || !*s->who)
        return cdn_error_set(&a->err, CORDON_EINVAL, "an audit record needs who screened");
    if (!s->name)
        return cdn_error_set(&a->err, CORDON_EINVAL, "an audit record needs the screened name");
    if (s->error && n_hits)
        return cdn_error_set(&a->err, CORDON_EINVAL, "a row that could not be screened has no results");
    if (s->at && !cdn_audit_valid_time(s->at))
        return cdn_error_set(&a->err, CORDON_EINVAL, "invalid time '%s' (YYYY-MM-DDTHH:MM:SSZ, UTC)", s->at);
    for (size_t i = 0; s->channel && i < sizeof CHANNELS / sizeof CHANNELS[0]; i++)
        if (strcmp(s->channel, CHANNELS[i]) == 0)
            return CORDON_OK;
    return cdn_error_set(&a->err, CORDON_EINVAL, "unknown audit channel '%s' (search, screen, scan or api)",
                         s->channel ? s->channel : "");
}

int cordon_audit_record(cordon_audit *a, const cordon_index *idx, const cordon_audit_screening *s,
                        const cordon_audit_hit *hits, size_t n_hits, cordon_audit_mark *marks,
                        cordon_audit_receipt *receipt)
{
    cordon_audit_receipt local;
    if (!receipt)
        receipt = &local;
    memset(receipt, 0, sizeof *receipt);
    for (size_t i = 0; marks && i < n_hits; i++)
        marks[i] = (cordon_audit_mark){CORDON_AUDIT_BELOW, 0};
    cdn_audit_enter(a);
    int status = check_screening(a, s, n_hits);
    if (status != CORDON_OK)
        return cdn_audit_leave(a, status);
    char at[21];
    if (s->at)
        snprintf(at, sizeof at, "%s", s->at);
    else
        cdn_audit_now(at);
    bool own;
    status = cdn_audit_tx_begin(a, &own);
    if (status != CORDON_OK)
        return cdn_audit_leave(a, status);
    long long existing = s->batch ? batch_row_screening(a, s) : 0;
    if (existing < 0)
        status = a->err.status;
    else if (existing > 0) {
        receipt->screening_id = existing;
        receipt->repeated = 1;
        status = recorded_marks(a, existing, marks, n_hits, receipt);
        return cdn_audit_leave(a, cdn_audit_tx_end(a, own, status));
    }
    long long list_ids[256], set = 0, screening = 0;
    if (status == CORDON_OK)
        status = record_lists(a, idx, at, list_ids, &set);
    if (status == CORDON_OK)
        status = insert_screening(a, s, at, set, n_hits, &screening);
    if (status == CORDON_OK)
        status = record_hits(a, idx, s, at, screening, list_ids, hits, n_hits, marks, receipt);
    status = cdn_audit_tx_end(a, own, status);
    receipt->screening_id = status == CORDON_OK ? screening : 0;
    return cdn_audit_leave(a, status);
}

int cordon_audit_batch_begin(cordon_audit *a, const char *who, const char *input, const char *output, int resume,
                             long long *batch_id, long long *rows_done)
{
    long long done = 0;
    *batch_id = 0;
    cdn_audit_enter(a);
    if (!who || !*who || !input || !output)
        return cdn_audit_leave(a, cdn_error_set(&a->err, CORDON_EINVAL, "a batch needs who, input and output"));
    int status = CORDON_OK;
    if (resume) {
        sqlite3_stmt *st = cdn_audit_cached(a, "SELECT b.id, (SELECT max(row) FROM screenings WHERE batch_id = b.id) "
                                                "FROM batches b WHERE input = ?1 AND output = ?2 ORDER BY id DESC "
                                                "LIMIT 1");
        if (!st)
            return cdn_audit_leave(a, a->err.status);
        cdn_audit_bind_text(st, 1, input);
        cdn_audit_bind_text(st, 2, output);
        if (sqlite3_step(st) == SQLITE_ROW) {
            *batch_id = sqlite3_column_int64(st, 0);
            done = sqlite3_column_int64(st, 1);
        }
        cdn_audit_release(a, st);
        if (!*batch_id)
            status = cdn_error_set(&a->err, CORDON_ENOTFOUND, "no audited batch of %s into %s to resume", input, output);
    } else {
        char now[21];
        cdn_audit_now(now);
        sqlite3_stmt *st = cdn_audit_cached(a, "INSERT INTO batches (started, who, input, output) VALUES (?1, ?2, ?3, ?4)");
        if (!st)
            return cdn_audit_leave(a, a->err.status);
        cdn_audit_bind_text(st, 1, now);
        cdn_audit_bind_text(st, 2, who);
        cdn_audit_bind_text(st, 3, input);
        cdn_audit_bind_text(st, 4, output);
        status = cdn_audit_run(a, st, "cannot write the audit record");
        *batch_id = status == CORDON_OK ? sqlite3_last_insert_rowid(a->db) : 0;
    }
    if (rows_done)
        *rows_done = done;
    return cdn_audit_leave(a, status);
}

int cordon_audit_suppressed(cordon_audit *a, const char *customer_id, const char *entity_id, const char *fingerprint,
                            long long *alert_id)
{
    *alert_id = 0;
    cdn_audit_enter(a);
    if (!customer_id || !*customer_id || !entity_id || !fingerprint)
        return cdn_audit_leave(a, CORDON_OK);
    long long id;
    bool cleared, same;
    int status = latest_alert(a, customer_id, entity_id, fingerprint, &id, &cleared, &same);
    if (status == CORDON_OK && cleared && same)
        *alert_id = id;
    return cdn_audit_leave(a, status);
}
