/*
 * sound_edits.h — the sound-class strings with one class more, one fewer or one changed from another
 * (sounds.h), for looking up the Latin spellings of a transcription that left a consonant out,
 * or heard one the spelling does not write.
 *
 * The index holds each Latin word under its sound classes (three or more), and search offers
 * a transcription the words whose classes equal its own. The scorer is looser: it aligns the
 * sounds with their vowels (transcription.h) and lets a consonant of the spelling go unheard
 * where the vowels agree, as the transcriptions leave out codas and clusters (戈德伯格 gedebuoge
 * / Goldberg: the l; 霍登 / Holden). The strings with one class added are what the index must be
 * asked for, so that search offers what the scorer would accept.
 */
#ifndef CDN_SOUND_EDITS_H
#define CDN_SOUND_EDITS_H

#include <stddef.h>

#include "text/sounds.h"

/* The most strings cdn_sound_insertions writes. */
enum { CDN_SOUND_EDITS_MAX = 96 };

/*
 * Writes into out the distinct class strings made of classes (sounds.h's classes, no class
 * twice in a row, at most 12 of them) with one class added anywhere, but those with a class
 * twice in a row (the index holds none), and returns how many (none when classes is longer).
 */
size_t cdn_sound_insertions(const char *classes, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1]);

/*
 * Writes into out the distinct class strings made of classes (at most 12) with one class left
 * out, but those with a class twice in a row, and returns how many: the transcription heard a
 * consonant where the spelling's sound classes have none (a letter sounds.h drops, as w or h,
 * or two letters it reads as one class).
 */
size_t cdn_sound_deletions(const char *classes, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1]);

/*
 * Writes into out the distinct class strings made of classes (at most 12) with one class
 * changed into another, but those with a class twice in a row, and returns how many: the
 * transcription heard a consonant of another class than the spelling's (克拉西納茨 kelaxinaci,
 * k l s n s / Kolašinac, k l s n k: a final c read as ts).
 */
size_t cdn_sound_substitutions(const char *classes, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1]);

/*
 * cdn_sound_substitutions with an inner class changed only, not the first nor the last (none
 * when classes has fewer than three): a consonant between two others that a transcription
 * heard otherwise than the spelling's letters read (基泰拿 jitaina, k t n / Kitchener, k s n:
 * its tch). search.c asks this of a Han word of three classes, whose first class its first
 * syllable already fixes (han_initials.h).
 */
size_t cdn_sound_substitutions_inner(const char *classes, char out[CDN_SOUND_EDITS_MAX][CDN_SOUNDS_MAX + 1]);

#endif
