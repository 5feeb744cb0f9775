/*
 * ukrainian.h — a word in Ukrainian letters written in the Russian ones, for the tables of
 * transcription systems written for Russian (palladius.h, korean_cyrillic.h): Ukrainian writes
 * the same sounds with і and ї for и, и for ы, е for э, є for е, йо and ьо for ё (Сі Цзіньпін
 * for Си Цзиньпин, Кім Чен Ин for Ким Чен Ын, Чхве Рьон Хе for Чхве Рён Хэ).
 */
#ifndef CDN_UKRAINIAN_H
#define CDN_UKRAINIAN_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Writes the normalized Cyrillic word (ё written е) into out (cap bytes) in the Russian letters,
 * ё as е as normalisation writes it; returns whether it had any letter to change, and fit (the
 * Russian spelling is never longer).
 */
bool cdn_ukrainian_as_russian(const char *word, char *out, size_t cap);

#endif
