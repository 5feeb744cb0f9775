/*
 * routes_web.c — the analysts' web page and /openapi.json, served from the files embedded in
 * the binary: a path is looked up by exact name, so "/../" and the like find nothing (404).
 */
#include <string.h>

#include "server/server.h"
#include "server/web_assets.h"

bool route_web(const char *path, response *res)
{
    if (strcmp(path, "/") == 0)
        path = "/index.html";
    for (size_t i = 0; i < web_asset_count; i++) {
        const web_asset *a = &web_assets[i];
        if (strcmp(a->path, path) != 0)
            continue;
        res->status = 200;
        res->content_type = a->content_type;
        res->body = (char *)a->data;
        res->len = a->len;
        res->is_static = true;
        res->cache_control = "no-cache";
        return true;
    }
    return false;
}
