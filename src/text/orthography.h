/*
 * orthography.h — a cross-orthography key that lets German, French, Polish and English
 * spellings of the same (mostly Slavic) name meet.
 *
 * Lukaschenko, Loukachenko and Lukashenko all become "lukasenko"; Jewgeni and Yevgeny become
 * "ievgeni"; Wladimir and Vladimir "vladimir"; Belarusian Lukashenka and Makarau end as the
 * Russian Lukashenko and Makarov do. The key is deliberately coarse: it is compared
 * with edit distance beside the plain token, never alone.
 */
#ifndef CDN_ORTHOGRAPHY_H
#define CDN_ORTHOGRAPHY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/strbuf.h"

/*
 * Appends the key of the normalized token (len bytes) to out, NUL not included. Tokens that are
 * not plain ASCII letters and digits are copied unchanged. Returns false when out of memory.
 */
int cdn_orthography_key(const char *token, size_t len, cdn_strbuf *out);

/* Keys are at most this long (longer tokens are cut). */
#define CDN_KEY_MAX 255

/* Writes the key of a plain-ASCII token into out (room for CDN_KEY_MAX + 1 bytes),
 * NUL-terminated, and returns its length; a token that is not plain ASCII gives "". */
size_t cdn_orthography_key_ascii(const char *token, size_t len, char out[CDN_KEY_MAX + 1]);

/*
 * The token's second key: its ch read as the х that German and Polish write ch and English kh
 * (Chalid / Khalid, Mochtari / Mokhtari, Chodorkowski / Khodorkovsky), where the first key
 * reads it as the English and Slavic ч and ш. A ch of sch or tsch (German ш, ч) and of tch
 * (French ч) stays. Writes the key into out as cdn_orthography_key_ascii does and returns its
 * length; returns 0 when the token (plain ASCII, len bytes) has no other ch.
 */
size_t cdn_orthography_key_ch_as_kh(const char *token, size_t len, char out[CDN_KEY_MAX + 1]);

/*
 * The token's key as the Polish and German press spell Russian and Arabic names where English
 * writes otherwise: the i of a Polish ie after a consonant left out (Siergiej / Sergei,
 * Miedwiediew / Medvedev: Polish writes Russian е so, PN-83), but not of a final ie (Julie, Lie
 * are English) nor of a word of five letters or fewer (Biel, Kiel, Diez), a German dsch read
 * as the j it stands for (Dschabhat / Jabhat: Duden's дж and ج) and an au after it as aw
 * (Dschaulani / Jawlani), and a Polish dż (its ż folded)
 * or dz beginning a word of four letters or more before a, o or u read as j (Dżochar / Dzhokhar,
 * Kim Dzong Un / Jong Un). Writes the key into out as cdn_orthography_key_ascii does and
 * returns its length; returns 0 when the token (plain ASCII, len bytes) has none of these.
 */
size_t cdn_orthography_key_press(const char *token, size_t len, char out[CDN_KEY_MAX + 1]);

/*
 * How many j's cdn_orthography_key_press writes for the token's dz and dsch (0 when none). The
 * key folds j with y and i, but the sound is a j's, which the lists write j (Jabhat, Jong Un),
 * never y or i (Yong, Yamal): a spelling it is met with must write as many.
 */
size_t cdn_orthography_press_js(const char *token, size_t len);

/*
 * Appends the consonant skeleton of a romanised token (plain ASCII) to out. Arabic and Hebrew
 * are written without short vowels, and their long vowels romanise as w and y, so their
 * romanisations (mhmd, mwghyryny) meet vowelled Latin spellings (Muhammad, Mogherini) only
 * without vowels: a e i o u, and w v y, are dropped; sh ch → s, kh → h, gh → g, ph → f,
 * th → t, q c ck → k, z → s; runs of one letter collapse. Returns CORDON_OK or CORDON_ENOMEM.
 */
int cdn_skeleton_key(const char *latin, size_t len, cdn_strbuf *out);

/* A vowelled skeleton is at most this long (cdn_vowelled_skeleton). */
enum { CDN_VOWELLED_MAX = 12 };

/*
 * Writes the vowelled skeleton of a romanised token (plain ASCII lower-case letters, len bytes)
 * into out and returns its length: its letters folded as cdn_skeleton_key folds them, v kept,
 * each run of vowels (a e i o u, and the y and w that Russian writes as vowels: Уэдд / Wedd)
 * as one '.', and a letter written twice once (Холл, kholl / Hall read as English, khall: both
 * "h.l"). A word whose consonant skeleton has three letters or more is keyed by that; this is
 * the key of the others, with one or two consonants, whose vowels are all that tells them
 * apart. Returns 0 (out undefined) for a token of other characters, one whose consonant
 * skeleton is empty or has three letters or more, or whose key would be longer than
 * CDN_VOWELLED_MAX.
 */
size_t cdn_vowelled_skeleton(const char *latin, size_t len, char out[CDN_VOWELLED_MAX + 1]);

/* Consonant classes are at most this long. */
#define CDN_CLASSES_MAX 63

/*
 * Writes the consonant classes of a romanised token (plain ASCII, NUL-terminated) into out and
 * returns their count: how a name written without short vowels (Arabic, Hebrew) is compared
 * with Latin spellings. The letters those scripts do not tell apart fall together — b p f v
 * (Arabic writes p as b and v as f; Hebrew's bet and pe are b/v and p/f), k q c, s z x ts,
 * t d — the digraphs kh sh th dh zh ch are one letter, and vowels, h, w, y, j and doubled
 * letters drop out: בנימין → bnymyn → "bnmn" = Benjamin.
 */
size_t cdn_consonant_classes(const char *latin, char out[CDN_CLASSES_MAX + 1]);

/* Readings of a spelling for the consonant classes (flags of cdn_classes_reread). */
enum cdn_class_reading {
    CDN_READ_AFFRICATE = 1 << 0, /* ch, cz, sch, c before e, i, y: a sibilant */
    CDN_READ_SOFT_G = 1 << 1,    /* g before e, i, y: j */
    CDN_READ_W_AS_V = 1 << 2,    /* w: v */
    CDN_READ_J_AS_G = 1 << 3,    /* a romanisation's j: g */
    CDN_READ_FINAL_C = 1 << 4,   /* with CDN_READ_AFFRICATE, a final c too (Slavic -ić written -ic:
                                Mladic / ملاديتش) */
    CDN_READ_ANY_C = 1 << 5,     /* with CDN_READ_AFFRICATE, every c but in ck (Slavic, Turkish
                                and Hungarian c č ç written c: Radocaj, Bastopcu) */
};

/* Writes latin (plain ASCII, NUL-terminated) as `reading` hears it into out (cap bytes, cut
 * there: the classes are cut sooner); the rewrites only ever keep or shorten the spelling. */
void cdn_classes_reread(const char *latin, unsigned reading, char *out, size_t cap);

#endif
