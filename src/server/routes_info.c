/*
 * routes_info.c — what the server holds and how it is doing: GET /entities/{id} (the whole
 * record with provenance), /lists, /healthz, /readyz and /metrics.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/json_out.h"
#include "server/server.h"

void route_entity(server *srv, request *req, response *res)
{
    const char *id = req->path + strlen("/entities/");
    served_index *s = index_holder_acquire(&srv->indexes);
    const cordon_entity *e = *id ? cordon_index_find(s->idx, id) : NULL;
    if (!e)
        response_error(res, 404, "not found", "no entity with id '%s'", id);
    else
        response_json(res, 200, json_out_entity(e));
    served_index_release(s);
}

/* "YYYY-MM-DDTHH:MM:SSZ" of t. */
static const char *iso_time(time_t t, char *buf, size_t size)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

void route_lists(server *srv, request *req, response *res)
{
    (void)req;
    served_index *s = index_holder_acquire(&srv->indexes);
    json_t *lists = json_array();
    for (size_t i = 0; i < cordon_index_list_count(s->idx); i++)
        json_array_append_new(lists, json_out_list(cordon_index_list(s->idx, i)));
    char when[32];
    response_json(res, 200,
                  json_pack("{s:o, s:I, s:I, s:s, s:f}", "lists", lists, "entities",
                            (json_int_t)cordon_index_entity_count(s->idx), "generation", (json_int_t)s->generation,
                            "loaded_at", iso_time(s->loaded_at, when, sizeof when), "load_seconds",
                            json_out_round4(s->load_seconds)));
    served_index_release(s);
}

void route_healthz(server *srv, request *req, response *res)
{
    (void)srv;
    (void)req;
    response_json(res, 200, json_pack("{s:s}", "status", "ok"));
}

void route_readyz(server *srv, request *req, response *res)
{
    (void)req;
    served_index *s = index_holder_acquire(&srv->indexes);
    if (!s) {
        response_error(res, 503, "not ready", "no index is loaded yet");
        return;
    }
    response_json(res, 200,
                  json_pack("{s:s, s:I, s:I, s:s}", "status", "ready", "generation", (json_int_t)s->generation,
                            "entities", (json_int_t)cordon_index_entity_count(s->idx), "version", s->version));
    served_index_release(s);
}

void route_metrics(server *srv, request *req, response *res)
{
    (void)req;
    served_index *s = index_holder_acquire(&srv->indexes);
    cdn_strbuf out;
    cdn_strbuf_init(&out);
    bool ok = metrics_write(&srv->metrics, s->version, s->generation, s->load_seconds, (double)s->loaded_at,
                            cordon_index_entity_count(s->idx), &out);
    served_index_release(s);
    if (!ok) {
        cdn_strbuf_free(&out);
        response_error(res, 500, "internal error", "out of memory");
        return;
    }
    res->status = 200;
    res->content_type = "text/plain; version=0.0.4; charset=utf-8";
    res->body = out.data; /* the response frees it */
    res->len = out.len;
}
