/*
 * han_initials.h — whether the first syllable of a Han transcription may write a Latin
 * spelling's first letter.
 *
 * The Xinhua tables of 世界人名翻译大辞典 (as Wikipedia's "Transcription into Chinese
 * characters" gives the English one, zh.wikipedia's "Wikipedia:外語譯音表" the others) write each
 * foreign sound with a syllable of a fixed initial: a first vowel with one of no initial
 * consonant (阿 a, 埃 ai, 奥 ao, 欧 ou, 恩 en), a y or j with a y syllable (雅 ya, 约 yue), a w or
 * v with a w syllable (瓦 wa, 沃 wo, 维 wei); b with b (布), p with p (普), d with d and t with t
 * (德, 特), m with m, f with f (夫), l and r with l (尔, 罗), g and k with g or k (格, 克). The
 * sound classes the scorer compares leave the vowels out and put b, p, f and v in one class, d
 * and t in another, and the vowels' costs (transcription.h) let a first syllable drop: 埃格蘭
 * aigelan (k l n) met Crown and Garang at 0.85 and ranked Egeland (0.808) 14th, 普拉文 pulawen
 * met Vilhelm and Burman at 0.85 and ranked Pravind 12th. These onsets tell them apart.
 */
#ifndef CDN_HAN_INITIALS_H
#define CDN_HAN_INITIALS_H

#include <stdbool.h>

/* Whether the plain-ASCII Latin spelling spelled may begin with the sound pinyin, the
 * romanisation of a Han transcription, begins with. A vowel, y or h in spelled fits a syllable
 * of no initial consonant, or of a y or w initial; an n fits one with an n (恩 en: Ndiaye), a j
 * or g a y syllable (约翰 yuehan / Johann, 扬纳基斯 / Giannakis), a w or v a w syllable. A pinyin
 * p fits a p, m an m; b a b, p, v (Spanish b: 巴尔韦德 / Valverde) or g (Gbagbo); f an f, v, w
 * or ph; d and t a d or t; n an n, k or g (Knef, Gnocchi); l an l, r or w (Wrench); g and k a g,
 * k, c or q, k an x too (Xenakis). The affricates j, q, zh, ch fit a g, j, k, c, q, z, d or t;
 * x an s, h, x, th, ts, ch, or a c or g before e, i, y; z a z, j, c, t or d; s an s (not sh before
 * a vowel), x, z, th, or a c before e, i, y; sh an s, c, z or x; h an h, j, g, k, x, ch, kh, wh,
 * and hu a w or v too (華盛頓 / Washington). The initials c and r (written for many spellings)
 * fit anything, as does an empty string. */
bool cdn_han_initial_fits(const char *pinyin, const char *spelled);

#endif
