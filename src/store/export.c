/*
 * export.c — the audit trail read back: every screening of a period as JSON lines or CSV
 * (cordon_audit_export), and the proof of what was screened for one customer on one day
 * (cordon_audit_proof).
 *
 * Both read in one transaction, so a screening being written meanwhile is either wholly in the
 * export or not at all; WAL mode means they never block that writer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/strbuf.h"
#include "store/audit_int.h"

/* What a screening row gives, in the column order of SCREENING_COLUMNS. */
static const char SCREENING_COLUMNS[] =
    "s.id, s.at, s.who, s.channel, s.customer_id, s.name, s.schema, s.dob, s.country, s.threshold, s.list_set_id, "
    "s.batch_id, s.row, s.alerts, s.suppressed, s.error";

static json_t *text_or_null(sqlite3_stmt *st, int col)
{
    const char *text = (const char *)sqlite3_column_text(st, col);
    return text ? json_string(text) : json_null();
}

/* The list versions of a list set. */
static json_t *set_lists(cordon_audit *a, long long set, int *status)
{
    json_t *lists = json_array();
    sqlite3_stmt *st = cdn_audit_prepare(a, "SELECT lv.list_id, lv.version, lv.checksum, lv.format, lv.source, "
                                            "lv.entities, lv.first_seen FROM list_set_members m JOIN list_versions lv "
                                            "ON lv.id = m.list_version_id WHERE m.set_id = ?1 ORDER BY lv.list_id");
    if (!st) {
        *status = a->err.status;
        return lists;
    }
    sqlite3_bind_int64(st, 1, set);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *version = (const char *)sqlite3_column_text(st, 1);
        json_array_append_new(lists, json_pack("{s:o, s:o, s:o, s:o, s:o, s:I, s:o}", "id", text_or_null(st, 0),
                                               "version", version && *version ? json_string(version) : json_null(),
                                               "checksum", text_or_null(st, 2), "format", text_or_null(st, 3),
                                               "source", text_or_null(st, 4), "entities",
                                               (json_int_t)sqlite3_column_int64(st, 5), "first_seen",
                                               text_or_null(st, 6)));
    }
    sqlite3_finalize(st);
    return lists;
}

/* The results of a screening, best first. */
static json_t *screening_results(cordon_audit *a, long long screening, int *status)
{
    json_t *results = json_array();
    sqlite3_stmt *st = cdn_audit_prepare(a, "SELECT r.entity_id, lv.list_id, r.caption, r.matched_name, r.score, "
                                            "r.fingerprint, r.outcome, r.alert_id FROM results r JOIN list_versions lv "
                                            "ON lv.id = r.list_version_id WHERE r.screening_id = ?1 ORDER BY r.rank");
    if (!st) {
        *status = a->err.status;
        return results;
    }
    sqlite3_bind_int64(st, 1, screening);
    while (sqlite3_step(st) == SQLITE_ROW) {
        json_t *alert = sqlite3_column_type(st, 7) == SQLITE_NULL ? json_null()
                                                                  : json_integer(sqlite3_column_int64(st, 7));
        json_array_append_new(results, json_pack("{s:o, s:o, s:o, s:o, s:f, s:o, s:o, s:o}", "id",
                                                 text_or_null(st, 0), "list", text_or_null(st, 1), "caption",
                                                 text_or_null(st, 2), "matched_name", text_or_null(st, 3), "score",
                                                 sqlite3_column_double(st, 4), "fingerprint", text_or_null(st, 5),
                                                 "outcome", text_or_null(st, 6), "alert_id", alert));
    }
    sqlite3_finalize(st);
    return results;
}

/* One screening (a row of SCREENING_COLUMNS) as a JSON object with its lists and results. */
static json_t *screening_json(cordon_audit *a, sqlite3_stmt *st, int *status)
{
    long long id = sqlite3_column_int64(st, 0);
    long long alerts = sqlite3_column_int64(st, 13), suppressed = sqlite3_column_int64(st, 14);
    bool rejected = sqlite3_column_type(st, 15) != SQLITE_NULL;
    const char *outcome = rejected ? "rejected" : alerts ? "alert" : suppressed ? "suppressed" : "clear";
    json_t *query = json_pack("{s:o, s:o, s:o, s:o}", "name", text_or_null(st, 5), "type", text_or_null(st, 6), "dob",
                              text_or_null(st, 7), "country", text_or_null(st, 8));
    json_t *doc = json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:f, s:o, s:s, s:I, s:I}", "id", (json_int_t)id, "at",
                            text_or_null(st, 1), "who", text_or_null(st, 2), "channel", text_or_null(st, 3),
                            "customer_id", text_or_null(st, 4), "query", query, "threshold",
                            sqlite3_column_double(st, 9), "lists", set_lists(a, sqlite3_column_int64(st, 10), status),
                            "outcome", outcome, "alerts", (json_int_t)alerts, "suppressed", (json_int_t)suppressed);
    if (sqlite3_column_type(st, 11) != SQLITE_NULL) {
        json_object_set_new(doc, "batch", json_integer(sqlite3_column_int64(st, 11)));
        json_object_set_new(doc, "row", json_integer(sqlite3_column_int64(st, 12)));
    }
    if (rejected)
        json_object_set_new(doc, "error", text_or_null(st, 15));
    json_object_set_new(doc, "results", screening_results(a, id, status));
    return doc;
}

/* Appends one CSV field, quoted when it needs to be (RFC 4180). */
static bool csv_field(cdn_strbuf *sb, const char *text, bool first)
{
    bool ok = first || cdn_strbuf_append_char(sb, ',');
    if (!text)
        return ok;
    if (!strpbrk(text, ",\"\r\n"))
        return ok && cdn_strbuf_append_str(sb, text);
    ok = ok && cdn_strbuf_append_char(sb, '"');
    for (const char *p = text; ok && *p; p++)
        ok = (*p != '"' || cdn_strbuf_append_char(sb, '"')) && cdn_strbuf_append_char(sb, *p);
    return ok && cdn_strbuf_append_char(sb, '"');
}

static const char CSV_HEADER[] = "screening_id,at,who,channel,customer_id,name,type,dob,country,threshold,lists,"
                                 "outcome,rank,entity_id,list,caption,matched_name,score,result_outcome,alert_id\n";

static const char *json_text(json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

/* Writes a screening as CSV rows: one per result, or one with empty result columns. */
static bool csv_rows(json_t *doc, cdn_strbuf *sb)
{
    char number[64];
    json_t *query = json_object_get(doc, "query");
    cdn_strbuf lists;
    cdn_strbuf_init(&lists);
    bool ok = true;
    size_t i;
    json_t *l;
    json_array_foreach(json_object_get(doc, "lists"), i, l) {
        const char *version = json_text(l, "version");
        ok = ok && cdn_strbuf_printf(&lists, "%s%s@%s#%s", i ? ";" : "", json_text(l, "id"), version ? version : "",
                                     json_text(l, "checksum"));
    }
    json_t *results = json_object_get(doc, "results");
    size_t n = json_array_size(results);
    for (size_t r = 0; ok && r < (n ? n : 1); r++) {
        snprintf(number, sizeof number, "%lld", (long long)json_integer_value(json_object_get(doc, "id")));
        ok = csv_field(sb, number, true) && csv_field(sb, json_text(doc, "at"), false) &&
             csv_field(sb, json_text(doc, "who"), false) && csv_field(sb, json_text(doc, "channel"), false) &&
             csv_field(sb, json_text(doc, "customer_id"), false) && csv_field(sb, json_text(query, "name"), false) &&
             csv_field(sb, json_text(query, "type"), false) && csv_field(sb, json_text(query, "dob"), false) &&
             csv_field(sb, json_text(query, "country"), false);
        snprintf(number, sizeof number, "%.4f", json_real_value(json_object_get(doc, "threshold")));
        ok = ok && csv_field(sb, number, false) && csv_field(sb, cdn_strbuf_cstr(&lists), false) &&
             csv_field(sb, json_text(doc, "outcome"), false);
        json_t *res = json_array_get(results, r);
        if (res) {
            snprintf(number, sizeof number, "%zu", r + 1);
            ok = ok && csv_field(sb, number, false) && csv_field(sb, json_text(res, "id"), false) &&
                 csv_field(sb, json_text(res, "list"), false) && csv_field(sb, json_text(res, "caption"), false) &&
                 csv_field(sb, json_text(res, "matched_name"), false);
            snprintf(number, sizeof number, "%.4f", json_real_value(json_object_get(res, "score")));
            ok = ok && csv_field(sb, number, false) && csv_field(sb, json_text(res, "outcome"), false);
            json_t *alert = json_object_get(res, "alert_id");
            snprintf(number, sizeof number, "%lld", (long long)json_integer_value(alert));
            ok = ok && csv_field(sb, json_is_integer(alert) ? number : NULL, false);
        } else {
            ok = ok && cdn_strbuf_append_str(sb, ",,,,,,,,");
        }
        ok = ok && cdn_strbuf_append_char(sb, '\n');
    }
    cdn_strbuf_free(&lists);
    return ok;
}

/* Hands the buffer to write and empties it. */
static int flush(cordon_audit *a, cdn_strbuf *sb, cordon_write_fn write, void *ctx)
{
    int status = CORDON_OK;
    if (sb->len && write(ctx, sb->data, sb->len) != 0)
        status = cdn_error_set(&a->err, CORDON_EIO, "cannot write the export");
    cdn_strbuf_reset(sb);
    return status;
}

/* Runs the screening query st (bound by the caller) and hands each screening to emit. */
typedef int (*emit_fn)(cordon_audit *a, json_t *doc, void *ctx);

static int each_screening(cordon_audit *a, sqlite3_stmt *st, emit_fn emit, void *ctx)
{
    int status = CORDON_OK, rc;
    while (status == CORDON_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        json_t *doc = screening_json(a, st, &status);
        if (!doc)
            status = cdn_error_nomem(&a->err);
        if (status == CORDON_OK)
            status = emit(a, doc, ctx);
        json_decref(doc);
    }
    if (status == CORDON_OK && rc != SQLITE_DONE)
        status = cdn_audit_db_error(a, "cannot read the audit trail");
    return status;
}

typedef struct export_ctx {
    bool csv;
    cdn_strbuf buf;
    cordon_write_fn write;
    void *write_ctx;
} export_ctx;

static int emit_export(cordon_audit *a, json_t *doc, void *ctx)
{
    export_ctx *x = ctx;
    bool ok;
    if (x->csv) {
        ok = csv_rows(doc, &x->buf);
    } else {
        char *line = json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(6));
        ok = line && cdn_strbuf_append_str(&x->buf, line) && cdn_strbuf_append_char(&x->buf, '\n');
        free(line);
    }
    if (!ok)
        return cdn_error_nomem(&a->err);
    return x->buf.len >= (1u << 16) ? flush(a, &x->buf, x->write, x->write_ctx) : CORDON_OK;
}

/* Opens a read transaction (or uses the caller's). */
static int read_begin(cordon_audit *a) { return a->caller_tx ? CORDON_OK : cdn_audit_exec(a, "BEGIN"); }

static void read_end(cordon_audit *a)
{
    if (!a->caller_tx && !sqlite3_get_autocommit(a->db))
        sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
}

int cordon_audit_export(cordon_audit *a, const char *from, const char *to, const char *format, cordon_write_fn write,
                        void *ctx)
{
    cdn_audit_enter(a);
    const char *bad = from && !cdn_audit_valid_day(from) ? from : to && !cdn_audit_valid_day(to) ? to : NULL;
    if (bad)
        return cdn_audit_leave(a, cdn_error_set(&a->err, CORDON_EINVAL, "invalid date '%s' (YYYY-MM-DD)", bad));
    if (!format || (strcmp(format, "csv") != 0 && strcmp(format, "jsonl") != 0))
        return cdn_audit_leave(a, cdn_error_set(&a->err, CORDON_EINVAL, "unknown export format '%s' (csv or jsonl)",
                                                format ? format : ""));
    export_ctx x = {strcmp(format, "csv") == 0, {0}, write, ctx};
    cdn_strbuf_init(&x.buf);
    char sql[512];
    /* Times are stored as fixed-width UTC text, so comparing text compares times; the day after
     * `to` bounds it so that the whole of that day is in. */
    snprintf(sql, sizeof sql,
             "SELECT %s FROM screenings s WHERE (?1 IS NULL OR s.at >= ?1) AND (?2 IS NULL OR s.at < "
             "strftime('%%Y-%%m-%%d', ?2, '+1 day')) ORDER BY s.id",
             SCREENING_COLUMNS);
    int status = read_begin(a);
    sqlite3_stmt *st = status == CORDON_OK ? cdn_audit_prepare(a, sql) : NULL;
    if (st) {
        cdn_audit_bind_text(st, 1, from);
        cdn_audit_bind_text(st, 2, to);
        if (x.csv && !cdn_strbuf_append_str(&x.buf, CSV_HEADER))
            status = cdn_error_nomem(&a->err);
        if (status == CORDON_OK)
            status = each_screening(a, st, emit_export, &x);
        sqlite3_finalize(st);
        if (status == CORDON_OK)
            status = flush(a, &x.buf, write, ctx);
    } else if (status == CORDON_OK) {
        status = a->err.status;
    }
    read_end(a);
    cdn_strbuf_free(&x.buf);
    return cdn_audit_leave(a, status);
}

static int emit_proof(cordon_audit *a, json_t *doc, void *ctx)
{
    (void)a;
    return json_array_append(ctx, doc) == 0 ? CORDON_OK : CORDON_ENOMEM;
}

int cordon_audit_proof(cordon_audit *a, const char *customer_id, const char *date, cordon_write_fn write, void *ctx)
{
    cdn_audit_enter(a);
    if (!customer_id || !*customer_id)
        return cdn_audit_leave(a, cdn_error_set(&a->err, CORDON_EINVAL, "a proof needs a customer id"));
    if (!cdn_audit_valid_day(date))
        return cdn_audit_leave(a, cdn_error_set(&a->err, CORDON_EINVAL, "invalid date '%s' (YYYY-MM-DD)",
                                                date ? date : ""));
    char sql[512];
    snprintf(sql, sizeof sql,
             "SELECT %s FROM screenings s WHERE s.customer_id = ?1 AND s.at >= ?2 AND s.at < strftime('%%Y-%%m-%%d', "
             "?2, '+1 day') ORDER BY s.id",
             SCREENING_COLUMNS);
    json_t *screenings = json_array();
    int status = screenings ? read_begin(a) : cdn_error_nomem(&a->err);
    sqlite3_stmt *st = status == CORDON_OK ? cdn_audit_prepare(a, sql) : NULL;
    if (st) {
        cdn_audit_bind_text(st, 1, customer_id);
        cdn_audit_bind_text(st, 2, date);
        status = each_screening(a, st, emit_proof, screenings);
        sqlite3_finalize(st);
    } else if (status == CORDON_OK) {
        status = a->err.status;
    }
    read_end(a);
    if (status == CORDON_OK) {
        json_t *doc = json_pack("{s:s, s:s, s:o}", "customer_id", customer_id, "date", date, "screenings", screenings);
        screenings = NULL;
        char *text = doc ? json_dumps(doc, JSON_INDENT(2) | JSON_REAL_PRECISION(6)) : NULL;
        if (!text)
            status = cdn_error_nomem(&a->err);
        else if (write(ctx, text, strlen(text)) != 0 || write(ctx, "\n", 1) != 0)
            status = cdn_error_set(&a->err, CORDON_EIO, "cannot write the proof");
        free(text);
        json_decref(doc);
    }
    json_decref(screenings);
    return cdn_audit_leave(a, status);
}
