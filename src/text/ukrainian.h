/*
 * ukrainian.h — a word in Ukrainian letters written in the Russian ones, for the tables of
 * transcription systems written for Russian (palladius.h, korean_cyrillic.h): Ukrainian writes
 * the same sounds with і and ї for и, и for ы, е for э, є for е, йо and ьо for ё (Сі Цзіньпін
 * for Си Цзиньпин, Кім Чен Ин for Ким Чен Ын, Чхве Рьон Хе for Чхве Рён Хэ); and a Ukrainian
 * name in Latin letters read with the Russian g where Ukrainian says h (Mozhovyi, Мозговий, for
 * Mozgovoy, Мозговой).
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

/*
 * Ukrainian г is a voiced h, and its national romanisation writes it h where the Russian г of
 * the same name is g: Hennadiy / Gennadiy, Hrytsenko / Gritsenko, Mozhovyi / Mozgovoy (the
 * Cabinet of Ministers of Ukraine's table of 27 January 2010, No. 55: г h, ґ g, и y, х kh,
 * ж zh). Writes into out (room for len + 1 bytes) the plain lower-case ASCII word w (len
 * bytes) with every h that may be a г — not in ch, sh, kh, ph, th or gh — written g, and
 * returns whether there was one, when the word looks Ukrainian: six letters or more, and a y
 * after a consonant that stands for the romanised и — not a first hy, a glide before a, e, o or
 * u (but -yev, -yov, and a final -yuk, -yak), nor a final y unless the word writes zh, kh or ts, as English and Irish
 * names have them (Hyman, Hunyadi, Hegarty: NamesDatabases' UK, Irish and US surnames, session
 * 17). zh may be ж or з and г, and is read as zg. Else returns false.
 */
bool cdn_ukrainian_h_as_g(const char *w, size_t len, char *out);

#endif
