/*
 * alerts.c — the review queue: listing alerts with their decision history, and deciding them
 * (see cordon.h, cordon_audit_alerts and cordon_audit_decide).
 *
 * An alert's status is its latest decision; every decision is a new row of decisions, never
 * an update, so the history of who decided what, when and why stays whole.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "core/vec.h"
#include "store/audit_int.h"

struct cordon_alerts {
    cdn_arena arena; /* every string and decision array */
    cdn_vec items;   /* cordon_alert */
};

void cordon_alert_filter_default(cordon_alert_filter *f)
{
    memset(f, 0, sizeof *f);
    f->limit = 1000;
}

static bool known_status(const char *status, bool open_allowed)
{
    return (open_allowed && strcmp(status, "open") == 0) || strcmp(status, "cleared") == 0 ||
           strcmp(status, "confirmed") == 0 || strcmp(status, "escalated") == 0;
}

/* Copies column col (text or NULL) into the arena; sets *ok false when memory runs out. */
static const char *column_text(cdn_arena *arena, sqlite3_stmt *st, int col, bool *ok)
{
    const char *text = (const char *)sqlite3_column_text(st, col);
    if (!text)
        return NULL;
    char *copy = cdn_arena_strdup(arena, text);
    if (!copy)
        *ok = false;
    return copy;
}

/* Fills the decision history of alert. */
static int load_decisions(cordon_audit *a, cordon_alerts *list, cordon_alert *alert)
{
    sqlite3_stmt *st = cdn_audit_prepare(a, "SELECT at, who, status, reason FROM decisions WHERE alert_id = ?1 ORDER "
                                            "BY id");
    if (!st)
        return a->err.status;
    sqlite3_bind_int64(st, 1, alert->id);
    cdn_vec decisions;
    cdn_vec_init(&decisions, sizeof(cordon_decision));
    bool ok = true;
    int rc;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        cordon_decision d = {column_text(&list->arena, st, 0, &ok), column_text(&list->arena, st, 1, &ok),
                             column_text(&list->arena, st, 2, &ok), column_text(&list->arena, st, 3, &ok)};
        ok = ok && cdn_vec_push(&decisions, &d);
    }
    sqlite3_finalize(st);
    alert->n_decisions = decisions.len;
    alert->decisions = cdn_arena_memdup(&list->arena, decisions.items, decisions.len, sizeof(cordon_decision));
    if (decisions.len && !alert->decisions)
        ok = false;
    cdn_vec_free(&decisions);
    return ok ? CORDON_OK : cdn_error_nomem(&a->err);
}

static const char ALERT_QUERY[] =
    "SELECT a.id, a.status, a.created, a.updated, a.screening_id, s.channel, a.customer_id, s.name, s.dob, "
    "s.country, a.entity_id, a.caption, a.matched_name, a.score, a.fingerprint, lv.list_id, lv.version, lv.checksum "
    "FROM alerts a JOIN screenings s ON s.id = a.screening_id JOIN list_versions lv ON lv.id = a.list_version_id "
    "WHERE (?1 IS NULL OR a.status = ?1) AND (?2 IS NULL OR a.customer_id = ?2) AND (?3 = 0 OR a.id = ?3) "
    "ORDER BY a.id DESC LIMIT ?4";

static int load_alerts(cordon_audit *a, const cordon_alert_filter *f, cordon_alerts *list)
{
    sqlite3_stmt *st = cdn_audit_prepare(a, ALERT_QUERY);
    if (!st)
        return a->err.status;
    cdn_audit_bind_text(st, 1, f->status);
    cdn_audit_bind_text(st, 2, f->customer_id);
    sqlite3_bind_int64(st, 3, f->id);
    sqlite3_bind_int64(st, 4, f->limit ? (sqlite3_int64)f->limit : -1);
    bool ok = true;
    int rc;
    cdn_arena *ar = &list->arena;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        cordon_alert x = {0};
        x.id = sqlite3_column_int64(st, 0);
        x.status = column_text(ar, st, 1, &ok);
        x.created = column_text(ar, st, 2, &ok);
        x.updated = column_text(ar, st, 3, &ok);
        x.screening_id = sqlite3_column_int64(st, 4);
        x.channel = column_text(ar, st, 5, &ok);
        x.customer_id = column_text(ar, st, 6, &ok);
        x.screened_name = column_text(ar, st, 7, &ok);
        x.dob = column_text(ar, st, 8, &ok);
        x.country = column_text(ar, st, 9, &ok);
        x.entity_id = column_text(ar, st, 10, &ok);
        x.caption = column_text(ar, st, 11, &ok);
        x.matched_name = column_text(ar, st, 12, &ok);
        x.score = sqlite3_column_double(st, 13);
        x.fingerprint = column_text(ar, st, 14, &ok);
        x.list_id = column_text(ar, st, 15, &ok);
        const char *version = column_text(ar, st, 16, &ok);
        x.list_version = version && *version ? version : NULL;
        x.list_checksum = column_text(ar, st, 17, &ok);
        ok = ok && cdn_vec_push(&list->items, &x);
    }
    sqlite3_finalize(st);
    if (!ok)
        return cdn_error_nomem(&a->err);
    if (rc != SQLITE_DONE)
        return cdn_audit_db_error(a, "cannot read the alerts");
    int status = CORDON_OK;
    for (size_t i = 0; i < list->items.len && status == CORDON_OK; i++)
        status = load_decisions(a, list, cdn_vec_at(&list->items, i));
    return status;
}

int cordon_audit_alerts(cordon_audit *a, const cordon_alert_filter *filter, cordon_alerts **out)
{
    *out = NULL;
    cordon_alert_filter defaults;
    if (!filter) {
        cordon_alert_filter_default(&defaults);
        filter = &defaults;
    }
    cdn_audit_enter(a);
    if (filter->status && !known_status(filter->status, true))
        return cdn_audit_leave(a, cdn_error_set(&a->err, CORDON_EINVAL,
                                                "unknown alert status '%s' (open, cleared, confirmed or escalated)",
                                                filter->status));
    cordon_alerts *list = cdn_calloc(1, sizeof *list);
    if (!list)
        return cdn_audit_leave(a, cdn_error_nomem(&a->err));
    cdn_arena_init(&list->arena);
    cdn_vec_init(&list->items, sizeof(cordon_alert));
    /* One read transaction, so the alerts and their histories come from one moment. */
    int status = cdn_audit_exec(a, a->caller_tx ? "SELECT 1" : "BEGIN");
    if (status == CORDON_OK)
        status = load_alerts(a, filter, list);
    if (!a->caller_tx && !sqlite3_get_autocommit(a->db))
        sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
    if (status != CORDON_OK) {
        cordon_alerts_free(list);
        return cdn_audit_leave(a, status);
    }
    *out = list;
    return cdn_audit_leave(a, CORDON_OK);
}

size_t cordon_alerts_count(const cordon_alerts *alerts) { return alerts ? alerts->items.len : 0; }

const cordon_alert *cordon_alerts_get(const cordon_alerts *alerts, size_t i)
{
    return alerts && i < alerts->items.len ? cdn_vec_at(&alerts->items, i) : NULL;
}

void cordon_alerts_free(cordon_alerts *alerts)
{
    if (!alerts)
        return;
    cdn_arena_free(&alerts->arena);
    cdn_vec_free(&alerts->items);
    cdn_free(alerts);
}

/* Whether the text has a character other than white space. */
static bool blank(const char *text)
{
    for (; text && *text; text++)
        if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
            return false;
    return true;
}

/* Checks the decision's arguments and the alert's current status. */
static int check_decision(cordon_audit *a, long long alert_id, const char *status, const char *reason,
                          const char *who, const char *at)
{
    if (!status || !known_status(status, false))
        return cdn_error_set(&a->err, CORDON_EINVAL, "unknown decision '%s' (cleared, confirmed or escalated)",
                             status ? status : "");
    if (blank(reason))
        return cdn_error_set(&a->err, CORDON_EINVAL, "a decision needs a reason");
    if (blank(who))
        return cdn_error_set(&a->err, CORDON_EINVAL, "a decision needs who decides");
    if (at && !cdn_audit_valid_time(at))
        return cdn_error_set(&a->err, CORDON_EINVAL, "invalid time '%s' (YYYY-MM-DDTHH:MM:SSZ, UTC)", at);
    sqlite3_stmt *st = cdn_audit_prepare(a, "SELECT status FROM alerts WHERE id = ?1");
    if (!st)
        return a->err.status;
    sqlite3_bind_int64(st, 1, alert_id);
    int rc = sqlite3_step(st);
    char current[16] = "";
    if (rc == SQLITE_ROW)
        snprintf(current, sizeof current, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE)
        return cdn_error_set(&a->err, CORDON_ENOTFOUND, "no alert %lld", alert_id);
    if (rc != SQLITE_ROW)
        return cdn_audit_db_error(a, "cannot read the alert");
    /* A final decision is not overwritten by another final one: it is escalated (re-opened for
     * review) first, so the history shows that someone went back on it. */
    bool final = strcmp(current, "cleared") == 0 || strcmp(current, "confirmed") == 0;
    if (final && strcmp(status, "escalated") != 0)
        return cdn_error_set(&a->err, CORDON_EINVAL, "alert %lld is already %s: escalate it to review it again",
                             alert_id, current);
    return CORDON_OK;
}

int cordon_audit_decide(cordon_audit *a, long long alert_id, const char *status, const char *reason, const char *who,
                        const char *at)
{
    cdn_audit_enter(a);
    bool own;
    int rc = cdn_audit_tx_begin(a, &own);
    if (rc != CORDON_OK)
        return cdn_audit_leave(a, rc);
    rc = check_decision(a, alert_id, status, reason, who, at);
    char now[21];
    if (at)
        snprintf(now, sizeof now, "%s", at);
    else
        cdn_audit_now(now);
    sqlite3_stmt *st = NULL;
    if (rc == CORDON_OK && (st = cdn_audit_prepare(a, "INSERT INTO decisions (alert_id, at, who, status, reason) "
                                                      "VALUES (?1, ?2, ?3, ?4, ?5)"))) {
        sqlite3_bind_int64(st, 1, alert_id);
        cdn_audit_bind_text(st, 2, now);
        cdn_audit_bind_text(st, 3, who);
        cdn_audit_bind_text(st, 4, status);
        cdn_audit_bind_text(st, 5, reason);
        rc = cdn_audit_run(a, st, "cannot write the decision");
    } else if (rc == CORDON_OK) {
        rc = a->err.status;
    }
    if (rc == CORDON_OK && (st = cdn_audit_prepare(a, "UPDATE alerts SET status = ?1, updated = ?2 WHERE id = ?3"))) {
        cdn_audit_bind_text(st, 1, status);
        cdn_audit_bind_text(st, 2, now);
        sqlite3_bind_int64(st, 3, alert_id);
        rc = cdn_audit_run(a, st, "cannot write the decision");
    } else if (rc == CORDON_OK) {
        rc = a->err.status;
    }
    return cdn_audit_leave(a, cdn_audit_tx_end(a, own, rc));
}
