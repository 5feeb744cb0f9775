/*
 * ships.h — the words that say a ship is meant (tanker, vessel, yacht, Schiff, судно, a flag):
 * a vessel named by one ordinary word (FREEDOM, GRACEFUL, SIBERIA) is that ship in running text
 * only where such a word says so (window.c).
 */
#ifndef CDN_SHIPS_H
#define CDN_SHIPS_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the normalized word (len bytes) is a word for a ship, its flag or its number, in one
 * of the scanned languages, in any of its forms (it begins with one of the table's stems). */
bool cdn_is_ship_word(const char *word, size_t len);

/* Stem i of the table, in byte order (for the test that it is); NULL past the last. */
const char *cdn_ship_stem_at(size_t i);

#endif
