/*
 * routes_review.c — the audit trail over HTTP (with --audit DB): recording the API's screenings
 * (server_audit, called by /search, /match and /scan), and the review endpoints:
 *
 *   GET  /alerts?status=S&customer=ID&limit=N   the review queue, newest first
 *   POST /alerts/{id}/decision                  {"status": "cleared|confirmed|escalated",
 *                                                "reason": "...", "by": "..."}
 *   GET  /audit/export?from=D&to=D&format=F     JSON lines (default) or CSV
 *
 * Who decides is the API key's name; "by" is used only when the server has no keys (then it
 * is required), so that with keys the audit trail names the key, not what a client claims.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/audit_cli.h"
#include "core/strbuf.h"
#include "server/params.h"
#include "server/server.h"

bool server_audit(server *srv, const request *req, const cordon_index *idx, const cordon_audit_screening *s,
                  const cordon_audit_hit *hits, size_t n, cordon_audit_mark *marks, cordon_audit_receipt *receipt,
                  response *res)
{
    if (!srv->audit)
        return true;
    cordon_audit_screening rec = *s;
    rec.who = req->key_name ? req->key_name : "anonymous";
    rec.channel = "api";
    if (cordon_audit_record(srv->audit, idx, &rec, hits, n, marks, receipt) == CORDON_OK)
        return true;
    response_error(res, 503, "audit failed", "the screening was not recorded, so its results are not returned: %s",
                   cordon_audit_errmsg(srv->audit));
    return false;
}

/* The answer for a failed store call: 400 for the caller's input, 404 for no such alert,
 * else 503 (the database cannot be read or written just now). */
static void store_failed(server *srv, response *res, int status)
{
    const char *why = cordon_audit_errmsg(srv->audit);
    if (status == CORDON_EINVAL)
        response_error(res, 400, "bad request", "%s", why);
    else if (status == CORDON_ENOTFOUND)
        response_error(res, 404, "not found", "%s", why);
    else
        response_error(res, 503, "unavailable", "%s", why);
}

static bool need_audit(server *srv, response *res)
{
    if (srv->audit)
        return true;
    response_error(res, 404, "not found", "no audit trail: start the server with --audit DB");
    return false;
}

void route_alerts(server *srv, request *req, response *res)
{
    if (!need_audit(srv, res))
        return;
    cordon_alert_filter f;
    cordon_alert_filter_default(&f);
    char *status = NULL, *customer = NULL, *limit = NULL;
    if (params_get(req->query, "status", &status) < 0 || params_get(req->query, "customer", &customer) < 0 ||
        params_get(req->query, "limit", &limit) < 0) {
        response_error(res, 400, "bad request", "a malformed query parameter");
    } else {
        char *end = NULL;
        long n = limit ? strtol(limit, &end, 10) : 0;
        if (limit && (end == limit || *end || n < 1 || n > 100000)) {
            response_error(res, 400, "bad request", "limit must be a whole number from 1 to 100000");
        } else {
            f.status = status && *status ? status : NULL;
            f.customer_id = customer && *customer ? customer : NULL;
            if (limit)
                f.limit = (size_t)n;
            cordon_alerts *list = NULL;
            int rc = cordon_audit_alerts(srv->audit, &f, &list);
            if (rc != CORDON_OK) {
                store_failed(srv, res, rc);
            } else {
                json_t *arr = json_array();
                for (size_t i = 0; i < cordon_alerts_count(list); i++)
                    json_array_append_new(arr, cli_json_alert(cordon_alerts_get(list, i)));
                response_json(res, 200, json_pack("{s:o}", "alerts", arr));
            }
            cordon_alerts_free(list);
        }
    }
    free(status);
    free(customer);
    free(limit);
}

/* The alert id of "/alerts/{id}/decision", or 0 when the path is not that. */
static long long decision_id(const char *path)
{
    const char *p = path + strlen("/alerts/");
    char *end;
    long long id = strtoll(p, &end, 10);
    return end != p && *p >= '1' && *p <= '9' && strcmp(end, "/decision") == 0 ? id : 0;
}

void route_alert_decision(server *srv, request *req, response *res)
{
    long long id = decision_id(req->path);
    if (!id) {
        response_error(res, 404, "not found", "no such endpoint; decisions go to /alerts/{id}/decision");
        return;
    }
    if (!need_audit(srv, res))
        return;
    json_error_t jerr;
    json_t *body = json_loadb(req->body ? req->body : "", req->body_len, 0, &jerr);
    const char *status = json_string_value(json_object_get(body, "status"));
    const char *reason = json_string_value(json_object_get(body, "reason"));
    const char *by = json_string_value(json_object_get(body, "by"));
    const char *who = req->key_name ? req->key_name : by;
    if (!json_is_object(body)) {
        response_error(res, 400, "bad request", "the body must be a JSON object: %s", jerr.text);
    } else if (!status || !reason) {
        response_error(res, 400, "bad request", "the body needs \"status\" and \"reason\"");
    } else if (!who || !*who) {
        response_error(res, 400, "bad request", "without API keys, say who decides in \"by\"");
    } else {
        int rc = cordon_audit_decide(srv->audit, id, status, reason, who, NULL);
        cordon_alert_filter f;
        cordon_alert_filter_default(&f);
        f.id = id;
        cordon_alerts *list = NULL;
        if (rc == CORDON_OK)
            rc = cordon_audit_alerts(srv->audit, &f, &list);
        if (rc != CORDON_OK || cordon_alerts_count(list) != 1)
            store_failed(srv, res, rc != CORDON_OK ? rc : CORDON_EIO);
        else
            response_json(res, 200, cli_json_alert(cordon_alerts_get(list, 0)));
        cordon_alerts_free(list);
    }
    json_decref(body);
}

static int append(void *ctx, const char *bytes, size_t len)
{
    return cdn_strbuf_append(ctx, bytes, len) ? 0 : -1;
}

void route_audit_export(server *srv, request *req, response *res)
{
    if (!need_audit(srv, res))
        return;
    char *from = NULL, *to = NULL, *format = NULL;
    if (params_get(req->query, "from", &from) < 0 || params_get(req->query, "to", &to) < 0 ||
        params_get(req->query, "format", &format) < 0) {
        response_error(res, 400, "bad request", "a malformed query parameter");
    } else {
        /* The export is built in memory: it is bounded by the period asked for, and an export
         * cut short by a failure must not reach the client as if complete. */
        cdn_strbuf out;
        cdn_strbuf_init(&out);
        const char *fmt = format ? format : "jsonl";
        int rc = cordon_audit_export(srv->audit, from, to, fmt, append, &out);
        if (rc != CORDON_OK) {
            store_failed(srv, res, rc);
            cdn_strbuf_free(&out);
        } else {
            res->status = 200;
            res->content_type = strcmp(fmt, "csv") == 0 ? "text/csv; charset=utf-8" : "application/x-ndjson";
            res->len = out.len;
            res->body = out.data ? out.data : strdup("");
        }
    }
    free(from);
    free(to);
    free(format);
}
