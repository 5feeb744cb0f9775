/*
 * fingerprint.h — digests of an entity's record content, field by field, that do not depend on
 * the order in which a publisher lists names, dates, programs and the like.
 *
 * Two uses share them so that "what counts as a change" is defined once: cordon_diff_indexes
 * compares the field digests of two records of one entity to say which fields changed, and
 * cordon_entity_fingerprint hashes them together, so that an audit store can tell that an
 * entity's record changed between two list versions.
 */
#ifndef CDN_FINGERPRINT_H
#define CDN_FINGERPRINT_H

#include "cordon.h"
#include "core/sha256.h"

/* The fields that are fingerprinted, in the order of their cordon_change_field bits. */
enum { CDN_FP_FIELDS = 8 };

/*
 * Fills digests[i] with the SHA-256 of field (1 << i) of e (schema, names with their kinds,
 * birth dates, countries with their roles, identifiers' type and value, programs, addresses,
 * remarks), each field taken as a set: its items in canonical form, sorted, repeats dropped.
 * Returns CORDON_OK or CORDON_ENOMEM.
 */
int cdn_entity_field_digests(const cordon_entity *e, unsigned char digests[CDN_FP_FIELDS][CDN_SHA256_LEN]);

#endif
