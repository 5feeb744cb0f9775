/*
 * routes_scan.c — POST /scan: the body (plain text, or HTML when sent as text/html) scanned for
 * mentions of listed parties, answered as `cordon scan --json` writes it.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/audit_cli.h"
#include "cli/json_out.h"
#include "server/params.h"
#include "server/server.h"

/* Records a scan: each entity mentioned, with its best mention, in the order json_out_scan
 * lists them (first mention); adds "audit", "alert_id" and "screening_id" to doc. The
 * document's name is "request" and the customer id the query's customer_id. */
static bool audit_scan(server *srv, const request *req, const cordon_index *idx, const cordon_mentions *m,
                       const cordon_scan_options *opts, json_t *doc, response *res)
{
    if (!srv->audit)
        return true;
    size_t count = cordon_mentions_count(m), n = 0;
    cordon_audit_hit *hits = calloc(count + 1, sizeof *hits);
    cordon_audit_mark *marks = calloc(count + 1, sizeof *marks);
    char *customer = NULL;
    bool ok = hits && marks && params_get(req->query, "customer_id", &customer) >= 0;
    if (!ok)
        response_error(res, 400, "bad request", "a malformed customer_id");
    for (size_t i = 0; ok && i < count; i++) {
        const cordon_mention *x = cordon_mentions_get(m, i);
        size_t j = 0;
        while (j < n && hits[j].entity != x->entity)
            j++;
        if (j == n)
            hits[n++] = (cordon_audit_hit){x->entity, x->matched_name->full, x->score};
        else if (x->score > hits[j].score)
            hits[j] = (cordon_audit_hit){x->entity, x->matched_name->full, x->score};
    }
    cordon_audit_screening rec;
    cordon_audit_screening_default(&rec);
    rec.customer_id = customer;
    rec.name = "request";
    rec.threshold = opts->threshold;
    cordon_audit_receipt receipt;
    ok = ok && server_audit(srv, req, idx, &rec, hits, n, marks, &receipt, res);
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(doc, "entities"), i, e) {
        if (ok && i < n)
            cli_json_add_mark(e, &marks[i]);
    }
    if (ok)
        json_object_set_new(doc, "screening_id", json_integer(receipt.screening_id));
    free(hits);
    free(marks);
    free(customer);
    return ok;
}

void route_scan(server *srv, request *req, response *res)
{
    cordon_scan_options opts;
    cordon_scan_options_default(&opts);
    size_t unused_limit = 1;
    char err[256];
    if (!params_parse_threshold_limit(req->query, &opts.threshold, &unused_limit, 1, err, sizeof err)) {
        response_error(res, 400, "bad request", "%s", err);
        return;
    }
    const char *ct = req->content_type;
    opts.html = ct && (strncasecmp(ct, "text/html", 9) == 0 || strncasecmp(ct, "application/xhtml+xml", 21) == 0);
    served_index *s = index_holder_acquire(&srv->indexes);
    cordon_mentions *m = NULL;
    const char *text = req->body ? req->body : "";
    int status = cordon_scan(s->idx, text, req->body_len, &opts, &m);
    if (status != CORDON_OK) {
        response_error(res, status == CORDON_ENOMEM ? 503 : 500, "internal error", "%s",
                       m ? cordon_mentions_errmsg(m) : "out of memory");
    } else {
        json_t *doc = json_out_scan("request", text, m);
        if (audit_scan(srv, req, s->idx, m, &opts, doc, res)) {
            size_t n = cordon_mentions_count(m);
            if (n)
                atomic_fetch_add_explicit(&srv->metrics.alerts, n, memory_order_relaxed);
            response_json(res, 200, doc);
        } else {
            json_decref(doc);
        }
    }
    cordon_mentions_free(m);
    served_index_release(s);
}
