/*
 * sha256.h — SHA-256 digests, through OpenSSL's libcrypto (EVP), for list checksums and entity
 * fingerprints.
 *
 * A digest is 32 bytes; its hex form is 64 lower-case characters and a NUL, the form
 * `sha256sum` prints, so a user can check a recorded list checksum against the file by hand.
 */
#ifndef CDN_SHA256_H
#define CDN_SHA256_H

#include <stdbool.h>
#include <stddef.h>

#include "core/error.h"

enum { CDN_SHA256_LEN = 32, CDN_SHA256_HEX = 65 };

/* A running digest. Begin it, feed it, end it; end releases it whether or not it succeeds. */
typedef struct cdn_sha256 {
    void *ctx; /* EVP_MD_CTX *, kept opaque so callers do not need OpenSSL's headers */
    bool failed;
} cdn_sha256;

/* Starts a digest. Returns false when OpenSSL cannot (out of memory). */
bool cdn_sha256_begin(cdn_sha256 *h);
/* Adds len bytes. A failure is remembered and reported by cdn_sha256_end. */
void cdn_sha256_add(cdn_sha256 *h, const void *bytes, size_t len);
/* Finishes the digest into out and starts the next one on the same context, which is much
 * cheaper than ending and beginning again (OpenSSL 3 looks the algorithm up at each begin).
 * Returns false if any step failed (h must still be ended). */
bool cdn_sha256_next(cdn_sha256 *h, unsigned char out[CDN_SHA256_LEN]);
/* Finishes the digest into out and releases h. Returns false if any step failed. */
bool cdn_sha256_end(cdn_sha256 *h, unsigned char out[CDN_SHA256_LEN]);

/* Writes digest as 64 hex digits and a NUL. */
void cdn_sha256_hex(const unsigned char digest[CDN_SHA256_LEN], char out[CDN_SHA256_HEX]);

/* Feeds the bytes of the file at path, as stored on disk, into h. Returns CORDON_OK or
 * CORDON_EIO with "PATH: cannot read: reason" in err. */
int cdn_sha256_add_file(cdn_sha256 *h, const char *path, cdn_error *err);

#endif
