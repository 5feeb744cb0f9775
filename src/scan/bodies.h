/*
 * bodies.h — the words that name a kind of public body (ministry, interior, defence, central,
 * bank, security, service...), which many countries have. A listed organization whose name is
 * made of such words alone (MINISTRY OF INTERIOR, Syria's; FEDERAL SECURITY SERVICE, Russia's)
 * is one country's body only where the text says which country: news writes "the Interior
 * Ministry" of whatever country it is about (window.c).
 */
#ifndef CDN_BODIES_H
#define CDN_BODIES_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the normalized word (len bytes) is a word of the names of public bodies. */
bool cdn_is_body_word(const char *word, size_t len);

/* Whether the normalized word is a particle between such words (of, del, des, der). */
bool cdn_is_body_particle(const char *word, size_t len);

/* Word i of the table, in byte order (for the test that it is); NULL past the last. */
const char *cdn_body_word_at(size_t i);

#endif
