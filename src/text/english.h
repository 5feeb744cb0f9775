/*
 * english.h — a Latin spelling read as English says it, one sound to a letter or digraph, for
 * the matchers that meet a word of another script with a Latin spelling by its sounds: the
 * consonant classes of Arabic and Hebrew (abjad.h), the sound classes of kana, Hangul and Han
 * transcriptions (transcription.h), the readings of Cyrillic (readings.h).
 *
 * Those scripts write a foreign name as it sounds, and an English spelling's letters are often
 * not its sounds: Motion is מושן, モーション (mo-shon: tion is "shən"), Wedgwood וג׳ווד (dg is
 * j), Carlisle קרלייל (the s is silent), O'Loughlin או׳לאפלין (ough is "of"), Fitzhugh фицхью
 * (a final ugh is "yu"). Read letter by letter those met nothing (session 20). The rules are the
 * spelling-to-sound correspondences of English orthography for the consonants those scripts
 * write (Wikipedia: "English orthography", its tables of sound-to-spelling correspondences and
 * of silent letters; "Ough (orthography)"; "Help:IPA/English"), no more: the vowels are left as
 * spelled, which the matchers weigh little or not at all.
 */
#ifndef CDN_ENGLISH_H
#define CDN_ENGLISH_H

#include <stdbool.h>
#include <stddef.h>

/* The most bytes cdn_english_reading writes for a word of len letters (x is ks), with its NUL;
 * and the longest word the scorer and the index read so. */
#define CDN_ENGLISH_ROOM(len) (2 * (len) + 1)
enum { CDN_ENGLISH_MAX = 64 };

/* The rules of cdn_english_reading that change the consonants a spelling's letters give, one
 * bit each: what a matcher asks for is what its own reading of the letters lacks. */
enum cdn_english_rule {
    CDN_ENGLISH_SH = 1 << 0,     /* tion, sion, ssion said sh (Motion moshon, Mission mishon) */
    CDN_ENGLISH_J = 1 << 1,      /* dg, dge said j (Wedgwood wejwood, Hodge hoj) */
    CDN_ENGLISH_ISLE = 1 << 2,   /* the s of isle unsaid (Carlisle karlail) */
    CDN_ENGLISH_GH_F = 1 << 3,   /* ough, augh said of, af (Gough gof, Loughlin loflin) */
    CDN_ENGLISH_GH = 1 << 4,     /* igh, eigh, ugh said ai, ei, yu (Knight nait, Leigh lei, Hugh
                                    hyu) */
    CDN_ENGLISH_FIRST = 1 << 5,  /* the first letter of an initial kn, wr, gn, ps unsaid */
    CDN_ENGLISH_MB = 1 << 6,     /* the b of a final mb unsaid (Lamb lam) */
};

/* The rules each matcher asks for (and the index files its words under, build.c): those its own
 * reading of the letters lacks. The consonant classes (abjad.c) and Russian practice's readings
 * (readings.c: ENGLISH) have none of them. The transcriptions' readings (readings.c:
 * ENGLISH_HEARD, ENGLISH_SILENT) read igh, eigh, ugh, kn, wr and mb already:
 * read again so, LIGHTHOUSE (laithous) met ラディゲス and KARAGHULLY 克呂什 (cross-script
 * alarms, session 20). */
enum {
    CDN_ENGLISH_FOR_CLASSES = CDN_ENGLISH_SH | CDN_ENGLISH_J | CDN_ENGLISH_ISLE | CDN_ENGLISH_GH_F | CDN_ENGLISH_GH |
                              CDN_ENGLISH_FIRST | CDN_ENGLISH_MB,
    CDN_ENGLISH_FOR_TRANSCRIPTIONS = CDN_ENGLISH_SH | CDN_ENGLISH_J | CDN_ENGLISH_ISLE | CDN_ENGLISH_GH_F,
    CDN_ENGLISH_FOR_CYRILLIC = CDN_ENGLISH_FOR_CLASSES,
};

/*
 * Writes into out (CDN_ENGLISH_ROOM(len) bytes) the plain lower-case ASCII word w (len bytes)
 * as English says it, and returns the rules (cdn_english_rule) that applied, 0 when none did:
 * sh for the tion, sion, ssion of a syllable (motion moshon, mission mishon), j for dg and dge
 * (wedgwood wejwood), the silent letters left out (an initial kn, wr, gn, ps; a final mb; the
 * s of isle), and gh after a vowel as English says it: ough and augh as of and af (Gough,
 * Loughlin: the reading with gh unsaid is the plain spelling's, which the matchers read so
 * already), igh as ai, eigh as ei, ugh as yu (Hugh, Pugh, Hughes). With them, and
 * making no reading alone, f for ph, k for ck, c and q, kw for qu, s for the c and sc before
 * e, i, y, ks for x inside a word, and a final e after a consonant left out, so that the
 * reading spells each sound one way. An English ch, sh, th is kept as written.
 */
unsigned cdn_english_reading(const char *w, size_t len, char *out);

#endif
