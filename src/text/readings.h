/*
 * readings.h — a Latin spelling as speakers of its likely source languages read it, written in
 * the romanisation cordon uses for Cyrillic (BGN/PCGN), so that a foreign name transcribed by
 * ear into Russian meets its original spelling.
 *
 * Russian writes foreign names as they sound in their own language: Vollbrecht is Фоллбрехт
 * (follbrekht), Dangin Данжен (danzhen), Michiel Михиль (mikhil'), Kihachi Кихати (kikhati).
 * Read as German, Vollbrecht is "follbrekht"; read as French, Dangin is "danzhin"; read as
 * Dutch, Michiel is "mikhil"; read as Japanese in Polivanov's system, Kihachi is "kikhati". The
 * romanisation of the Russian and one of these readings then differ only in vowels, which the
 * scorer's romanisation distance counts half.
 *
 * Any thread may call these at any time: the first call of the process chains the rule tables
 * by first letter (readings.c, under pthread_once; test_first_use.c), and they are only read
 * after.
 */
#ifndef CDN_READINGS_H
#define CDN_READINGS_H

#include <stdbool.h>
#include <stddef.h>

/* How many readings cdn_readings and cdn_readings_heard give at most (a place for each of their
 * languages: readings.c asserts it), and how long each is at most. */
enum { CDN_READINGS = 16, CDN_READINGS_HEARD = 32, CDN_READING_MAX = 95 };

/*
 * Writes the distinct readings of the plain-ASCII lower-case token latin (German, French,
 * English with long vowels and without, Polish and Czech, Spanish, Italian, Japanese, Latin,
 * South Slavic, Turkish, Greek) that differ from latin itself into out, and returns how many.
 * A token longer than CDN_READING_MAX letters gives none.
 */
size_t cdn_readings(const char *latin, char out[CDN_READINGS][CDN_READING_MAX + 1]);

/*
 * The same for comparing latin with a transcription by ear into Chinese characters, kana or
 * Hangul (transcription.h): those readings, then latin read as Hungarian, Dutch, Scandinavian,
 * Basque, Portuguese, Italian with its soft ci and gi, German and Spanish as heard, English
 * with its vowel spellings and silent letters as those scripts hear them (Turner ターナー), and
 * where they apply French nasal endings and final ay (Gauguin ゴーギャン, Delaunay ドロネー) and
 * German ey, eu and äu (Meyer マイヤー, Reus ロイス). These write what the transcriptions hear, not
 * Russian practice (a Dutch g is an h, silent in sound strings), and are not used for Cyrillic.
 * all: also the languages not compared with a transcription of one or two consonants (read as
 * German, Reid is raid: ロイド); the caller passes it for spellings of three consonants or more.
 * rolled[i] is set when reading i says every r, false when its language leaves one before a
 * consonant unsaid (English; in the transcriptions German: Parker パーカー), so
 * that the caller may drop such an r from the sound string. Returns how many.
 */
size_t cdn_readings_heard(const char *latin, bool all, char out[CDN_READINGS_HEARD][CDN_READING_MAX + 1],
                          bool rolled[CDN_READINGS_HEARD]);

/*
 * The reading of latin (plain ASCII, lower case) as Korean transcribes English (readings.c,
 * KOREAN_ENGLISH: the schwa and a vowel before an unsaid r as 어, written o as the comparison
 * folds eo; letters English leaves unsaid dropped first), for comparing latin with a word in
 * Hangul only: Japanese writes those vowels by the spelling. Writes it into out and returns 1,
 * or 0 when no rule of that reading applies.
 */
enum { CDN_READINGS_KOREAN = 1 };
size_t cdn_readings_korean(const char *latin, char out[CDN_READINGS_KOREAN][CDN_READING_MAX + 1]);

/*
 * The reading of latin (plain ASCII, lower case) as Brazilian Portuguese is heard (readings.c,
 * BRAZILIAN: an l before a consonant or at the end as u, an initial r and rr as h, di and ti as
 * ji and chi, a final o as u and e as i: Silva 시우바, Belfort 베우포르트), for comparing latin
 * with a word in Hangul only. Writes it into out and returns true for a word with such an l or
 * an rr whose reading differs from it; else false.
 */
bool cdn_readings_brazilian(const char *latin, char out[CDN_READING_MAX + 1]);

/*
 * How many of the languages above say other letters in their rules' starts than their rules
 * begin with (readings.c keeps them written out, not worked out at each call): 0 unless a rule
 * was added without its letter. The first wrong one, with the value to write in its place, is
 * written into why (size bytes, "" when none). For the unit test.
 */
size_t cdn_readings_starts_wrong(char *why, size_t size);

#endif
