/*
 * web_assets.h — the web page's files, embedded in the binary at build time by
 * scripts/embed-web.sh (from src/server/web/), so the server reads no files to serve them and
 * has no path to traverse.
 */
#ifndef CDN_WEB_ASSETS_H
#define CDN_WEB_ASSETS_H

#include <stddef.h>

typedef struct web_asset {
    const char *path;         /* "/index.html", "/app.js", ... */
    const char *content_type;
    const unsigned char *data;
    size_t len;
} web_asset;

extern const web_asset web_assets[];
extern const size_t web_asset_count;

#endif
