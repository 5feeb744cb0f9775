/*
 * sha256.c — SHA-256 through OpenSSL's EVP interface (see sha256.h). A real, audited
 * implementation: a checksum that proves which list version was screened must not be home-made.
 */
#include "core/sha256.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>

#include "cordon.h"

bool cdn_sha256_begin(cdn_sha256 *h)
{
    h->failed = false;
    h->ctx = EVP_MD_CTX_new();
    if (h->ctx && EVP_DigestInit_ex(h->ctx, EVP_sha256(), NULL) == 1)
        return true;
    EVP_MD_CTX_free(h->ctx);
    h->ctx = NULL;
    return false;
}

void cdn_sha256_add(cdn_sha256 *h, const void *bytes, size_t len)
{
    if (!h->failed && len > 0 && EVP_DigestUpdate(h->ctx, bytes, len) != 1)
        h->failed = true;
}

bool cdn_sha256_next(cdn_sha256 *h, unsigned char out[CDN_SHA256_LEN])
{
    unsigned int len = 0;
    bool ok = !h->failed && EVP_DigestFinal_ex(h->ctx, out, &len) == 1 && len == CDN_SHA256_LEN &&
              EVP_DigestInit_ex(h->ctx, NULL, NULL) == 1;
    h->failed = !ok;
    return ok;
}

bool cdn_sha256_end(cdn_sha256 *h, unsigned char out[CDN_SHA256_LEN])
{
    unsigned int len = 0;
    bool ok = !h->failed && EVP_DigestFinal_ex(h->ctx, out, &len) == 1 && len == CDN_SHA256_LEN;
    EVP_MD_CTX_free(h->ctx);
    h->ctx = NULL;
    return ok;
}

void cdn_sha256_hex(const unsigned char digest[CDN_SHA256_LEN], char out[CDN_SHA256_HEX])
{
    static const char HEX[] = "0123456789abcdef";
    for (size_t i = 0; i < CDN_SHA256_LEN; i++) {
        out[2 * i] = HEX[digest[i] >> 4];
        out[2 * i + 1] = HEX[digest[i] & 15];
    }
    out[2 * CDN_SHA256_LEN] = '\0';
}

int cdn_sha256_add_file(cdn_sha256 *h, const char *path, cdn_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return cdn_error_at(err, CORDON_EIO, path, 0, "cannot read: %s", strerror(errno));
    unsigned char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f)) > 0)
        cdn_sha256_add(h, buf, got);
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (failed)
        return cdn_error_at(err, CORDON_EIO, path, 0, "cannot read: %s", strerror(saved));
    return CORDON_OK;
}
