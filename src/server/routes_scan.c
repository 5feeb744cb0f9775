/*
 * routes_scan.c — POST /scan: the body (plain text, or HTML when sent as text/html) scanned for
 * mentions of listed parties, answered as `cordon scan --json` writes it.
 */
#include <string.h>
#include <strings.h>

#include "cli/json_out.h"
#include "server/params.h"
#include "server/server.h"

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
        size_t n = cordon_mentions_count(m);
        if (n)
            atomic_fetch_add_explicit(&srv->metrics.alerts, n, memory_order_relaxed);
        response_json(res, 200, json_out_scan("request", text, m));
    }
    cordon_mentions_free(m);
    served_index_release(s);
}
