/*
 * abjad_keys.h — the lookup keys of consonant classes with optional letters (abjad.h): what an
 * index files a Latin spelling under, and what a word in Arabic or Hebrew looks up, so that a
 * search reaches the names the scorer would match by consonants.
 *
 * The scorer aligns two class strings letting optional classes (h, j, w, the article al-, a
 * final ة, a French silent end...) go unmatched on either side, and lets some unequal classes
 * meet (a Latin ch, q, is a k or a ח; ق is a k or a g; ז׳ a j or a sibilant). A key cannot
 * align, so a word in Arabic or Hebrew script writes one key per choice of its optional
 * classes kept (every subset of the first CDN_KEY_OPTIONAL; later ones are dropped), and a
 * Latin spelling likewise for its w but keeps its other optional letters as written
 * (abjad_keys.c); the classes that may meet are folded together (g, q, ق, ك, خ → k; z, j, ז׳,
 * צ׳ → s), a Latin ch or kh is written once as a k and once left out, a Latin zh (rz, zs, dž)
 * once as a sibilant and once left out, as the ج it meets is, a Latin j once left out
 * and once as the k of a Spanish j (خ), and letters of one class side by side once. h and j
 * are otherwise left out, as the keys before these did: kept, they reached names the scorer
 * matches on an h alone (abjad_keys.c). Two words the scorer matches with three classes or
 * more then share a key, but where an h or j, or a Latin letter that may be silent (Marivaux,
 * Didier), is what they need; the keys let through more than that (the folding), and the
 * scorer decides.
 */
#ifndef CDN_ABJAD_KEYS_H
#define CDN_ABJAD_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#include "text/orthography.h"

/* The most keys cdn_abjad_keys gives, and the optional classes it varies. */
enum { CDN_ABJAD_KEYS = 48, CDN_KEY_OPTIONAL = 4 };

/* The shortest key written: two classes in common (mhmd → "md") reach too many unrelated names
 * to lead a search (the false alarms of names in Arabic script rose from 0.4 % to 1 % when
 * they did). */
enum { CDN_ABJAD_KEY_MIN = 3 };

/*
 * Writes the distinct keys of the plain-ASCII lower-case word latin, under every reading of
 * cdn_abjad_readings (flags: cdn_abjad_flag; CDN_ABJAD_ROMANISED for a romanisation of Arabic
 * or Hebrew, 0 for a Latin spelling), each CDN_ABJAD_KEY_MIN classes or more, into out; returns
 * how many (0 to CDN_ABJAD_KEYS).
 */
size_t cdn_abjad_keys(const char *latin, unsigned flags, char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1]);

/* The length of a short key: two classes (see cdn_abjad_short_keys). */
enum { CDN_ABJAD_SHORT_KEY = 2 };

/*
 * Writes the distinct short keys of latin (flags as for cdn_abjad_keys) into out and returns how
 * many: the keys of exactly CDN_ABJAD_SHORT_KEY classes that cdn_abjad_keys would write if it
 * wrote keys so short, but with each optional h and j both kept and left out (the scorer
 * counts them when they are matched: هدى and Houda agree in h and d). What a word of one or two
 * classes (cdn_abjad_unkeyed) looks up; two classes meet hundreds of words, so the caller
 * tests each word it reaches.
 */
size_t cdn_abjad_short_keys(const char *latin, unsigned flags, char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1]);

/*
 * Writes the distinct loose keys of latin (flags as for cdn_abjad_keys) into out and returns how
 * many: the keys of one class or more under every choice of its optional classes kept or left
 * out, h and j included, and in a Latin spelling its silent letters too (a French silent end,
 * a final -er, the t of ts, gn, kn, sch: Marivaux is mrb as ماريفو is, Peyroux br as بيرو).
 * cdn_abjad_keys keeps those letters as written, for the false alarms keying without them
 * brought; a loose key is looked up only where each word listed under it is tested
 * (search.c: gather_loose_classes), and a Latin word is filed under those of its loose keys
 * that neither cdn_abjad_keys nor cdn_abjad_short_keys writes (CDN_ABJAD_LOOSE_MARK).
 */
size_t cdn_abjad_loose_keys(const char *latin, unsigned flags, char out[CDN_ABJAD_KEYS][CDN_CLASSES_MAX + 1]);

/* What the index writes before a loose key, to file it apart from the other consonant-class
 * keys (key letters are lower-case). */
#define CDN_ABJAD_LOOSE_MARK '~'

/* What the index writes before the loose keys of a Latin word as read against Hebrew only
 * (CDN_ABJAD_FACING_HEBREW: a short French name's final s left out, Louis as l), which a Hebrew
 * word looks up beside its CDN_ABJAD_LOOSE_MARK keys. */
#define CDN_ABJAD_HEBREW_LOOSE_MARK '^'

/*
 * Whether a word in Arabic or Hebrew script (latin its romanisation, flags cdn_abjad_flags_of)
 * may meet a Latin spelling that shares none of its keys: under some reading, once its
 * optional classes are left out (a و ו as a vowel, h, the article, ة), fewer than
 * CDN_ABJAD_KEY_MIN classes are left, which no key is written for (גוש, בני, محمد). The scorer
 * matches such a word by two classes or one; a search has to reach its names another way.
 */
bool cdn_abjad_unkeyed(const char *latin, unsigned flags);

/* The cdn_abjad_flag that the normalized native text of a word (Arabic or Hebrew) says: the
 * article ال, a final ة, Hebrew, a geresh, an Arabic ث or ذ, an Arabic letter before ه or ح
 * that the romanisation runs into a digraph. CDN_ABJAD_ROMANISED is included. */
unsigned cdn_abjad_flags_of(const char *text);

#endif
