/*
 * romaji.h — one Japanese name romanised otherwise: Hepburn and Kunrei-shiki, long vowels
 * written ou, oo, oh, o or with a macron, and n before b, m, p written m.
 *
 * A Japanese name has one reading, but its Latin spellings differ by system and habit: 佐藤 is
 * Satō (Hepburn), Satou (wāpuro), Satoh (the passports' oh), Sato (the macron left out); 新橋
 * is Shinbashi or Shimbashi (traditional Hepburn's m before b, m, p), 土屋 Tsuchiya or
 * Tutiya (Kunrei-shiki, ISO 3602), 富士 Fuji or Huzi. cordon reads kana, and kanji MeCab
 * reads as a name (japanese.h), into ICU's romaji (satou, shinbashi, tsuchiya); those
 * spellings are one or two edits from it, too far for a short name's fuzzy match.
 *
 * The systems' tables: ISO 3602 (Kunrei-shiki, Nihon-shiki), the Hepburn of Kenkyusha's
 * dictionary (3rd edition, 1954: m before b, m, p), and the long-vowel oh of the Japanese
 * passport (Ministry of Foreign Affairs, 2000).
 */
#ifndef CDN_ROMAJI_H
#define CDN_ROMAJI_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Writes into out (cap bytes) the lower-case ASCII word with the differences above folded: an m
 * before b, m, p as n, a long vowel (oh before a consonant or at the end, ou, and a vowel
 * written twice but ii, which every system writes so: Ishii) as one vowel, and when kunrei
 * Kunrei-shiki's si ti tu hu zi di du sy ty zy dy and jy as Hepburn's shi chi tsu fu ji ji zu
 * sh ch j j j, Nihon-shiki's dj dz as j z, tch as cch. Not kunrei for a word in katakana, nearly always a foreign name, whose Latin ti is a ti
 * (プーチン puchin is Putin by ear, not a romanisation). Returns false when the word does not
 * fit (out is then "", or untouched when cap is 0).
 */
bool cdn_romaji_fold(const char *word, bool kunrei, char *out, size_t cap);

enum { CDN_ROMAJI_SPELLINGS = 8, CDN_ROMAJI_SPELLING_MAX = 63 };

/*
 * Writes into out the spellings of the lower-case ASCII romaji reading (ICU's Hepburn, long
 * vowels as two letters) that cdn_romaji_fold folds as it folds the reading, for a search to
 * look up: its long vowels written once and its long o as oh (Sato, Satoh), each with an n
 * before b, m, p as m (Namba) and, when kunrei, in Kunrei-shiki (si ti tu hu zi, sy ty zy
 * before another vowel: Tutiya, Huzita, Syuzi). The reading itself is not among them. Returns
 * how many (0 when the reading is longer than CDN_ROMAJI_SPELLING_MAX or none differs).
 */
size_t cdn_romaji_spellings(const char *reading, bool kunrei,
                            char out[CDN_ROMAJI_SPELLINGS][CDN_ROMAJI_SPELLING_MAX + 1]);

#endif
