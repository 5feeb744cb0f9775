/*
 * checksum.h — the SHA-256 checksum of a list source (see checksum.c for what it covers).
 */
#ifndef CDN_CHECKSUM_H
#define CDN_CHECKSUM_H

#include "core/error.h"
#include "core/sha256.h"

/* Writes the hex SHA-256 of the source at path (a file, a directory, or "BASE+UPDATE+...") to
 * out. Returns CORDON_OK, CORDON_EIO (a file cannot be read) or CORDON_ENOMEM, with the message
 * in err. */
int cdn_source_checksum(const char *path, char out[CDN_SHA256_HEX], cdn_error *err);

#endif
