/*
 * arabic_letters.h — the Latin letters that romanise one Arabic consonant, marked so that two
 * spellings of one Arabic name that chose differently can be compared: Qadhafi, Gaddafi,
 * Ghathafi; Natheer, Nazir; Hafidh, Hafeth, Hafiz; Ghodomi, Qaddoumi.
 *
 *     ق qāf   q in the standard systems, k in older English and French ones (Kobeissi), g
 *             where the name is said as in Libya, the Gulf or Egypt (Gaddafi), gh in Persian,
 *             which says ق and غ alike (Ghasem / Qasem)
 *     ذ dhāl  dh in the standard systems, th in older English ones, z in Persian and Urdu
 *             (Nazir), d where the dialect says d (Gaddafi)
 *     ظ ẓāʾ   ẓ or dh in the standard systems, th in older English ones, z in Persian and
 *             Urdu (Hafiz / Hafidh)
 *
 * Only these trades are marked: g for k (Gamal, Kamal) and d for z (Nadir, Nazir) are other
 * names as often as not, so a g meets a k and a d meets a z only through a q or a dh or th on
 * the other side. Sources: Wikipedia, "Romanization of Arabic" (the comparison table of the
 * systems), "Qoph" / "Qāf" (its pronunciations in the dialects), "Dhal" and "Ẓāʾ".
 */
#ifndef CDN_ARABIC_LETTERS_H
#define CDN_ARABIC_LETTERS_H

#include <stdbool.h>
#include <stddef.h>

/* The marks written by cdn_arabic_letters_mark: capitals, which no key or romanisation has. */
enum { CDN_AL_DHAL = 'D', CDN_AL_QAF = 'Q', CDN_AL_GAF = 'G' };

/*
 * Writes into out (room for len + 1 bytes) the plain lower-case ASCII word w (len bytes) with
 * dh and th marked CDN_AL_DHAL, q CDN_AL_QAF, g and gh CDN_AL_GAF, every other letter as it is,
 * NUL-terminated. Returns how many letters it marked (0: out is w).
 */
size_t cdn_arabic_letters_mark(const char *w, size_t len, char *out);

/*
 * Whether the letters x and y of two marked words (cdn_arabic_letters_mark) may stand for one
 * Arabic consonant: the same letter, a dhāl mark and d or z, a qāf mark and k or a g mark.
 */
bool cdn_arabic_letters_agree(char x, char y);

/* The longest word cdn_arabic_letters_signed reads. */
enum { CDN_ARABIC_LETTERS_MAX = 63 };

/*
 * Whether two plain lower-case ASCII words a and b (la and lb bytes, CDN_ARABIC_LETTERS_MAX at
 * most; longer words are never signed) that meet by their marks say that they are an Arabic
 * name: a q, gh or dh in either (letters English spelling does not write those sounds with),
 * or the two spellings differ elsewhere than where a th or dh stands against a d or z, as two
 * romanisation systems do (the one that writes a dhal th writes a long i ee: Natheer, Nazir).
 * A th alone is an English th as often: Nathan / Nazan and Heather / Header differ there only.
 */
bool cdn_arabic_letters_signed(const char *a, size_t la, const char *b, size_t lb);

#endif
