/*
 * hangul.h — Korean personal names written in Hangul, against their Latin spellings.
 *
 * A Korean name is a one-syllable surname and a two-syllable given name, written together
 * (김정은) or apart (김 정은), and spelled in Latin letters by one of several systems that
 * ICU's Revised Romanization (gimjeongeun) does not reproduce: the surname by custom (Kim,
 * Lee, Park, Choi — or Ri, Pak, Choe in North Korea), the given name by McCune-Reischauer
 * (Jong Un: ŏ as o, ŭ as u, initial r) or by Revised Romanization (Hyeong-tae), usually split
 * in two. Transcriptions of foreign names (마이클, Michael) are left to transcription.h.
 */
#ifndef CDN_HANGUL_H
#define CDN_HANGUL_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the UTF-8 text begins with a Hangul syllable (U+AC00-U+D7A3). */
bool cdn_is_hangul(const char *text);

/* The number of bytes of text (a normalized token) that are a Korean surname when text is a
 * whole Korean name, a surname and a given name of two syllables (김정은: 3, the bytes of 김);
 * 0 when it is not such a name. */
size_t cdn_korean_surname_prefix(const char *text);

/* Whether text (normalized) is more likely a Korean name than a foreign one transcribed: three
 * syllables, the first a surname of the table, and no syllable that is a consonant with the
 * epenthetic vowel ㅡ alone (스 seu, 트 teu). On the Wikidata Korean names, true for 92 % of
 * native names of three syllables and 18 % of transcriptions (제임스 and 로버트 are not, 마이클
 * is); with the thirty commonest surnames only, 80 % and 5 %, but 609 of 1,473 native faker
 * names written as one word still alerted, against 158 now (Wikidata Korean 1325 -> 1302).
 * Nor one with a final ㅅ, which the rules for foreign words write for a final t (리핀콧
 * Lippincott, 마거릿 Margaret) and no hanja reading, nor any of faker's 1,141 given names, has. */
bool cdn_korean_looks_native(const char *text);

/* Whether the UTF-8 text begins with Hangul syllables of which one is a consonant with the
 * vowel ㅡ alone (스 seu, 트 teu, 드 deu: 랜드 Land, 스즈키 Suzuki): the vowel the rules for
 * foreign words (외래어 표기법) give a consonant that has none, which no hanja reads and no
 * Korean name writes (승, 은 have a final consonant of their own). */
bool cdn_hangul_writes_bare_eu(const char *text);

/* Whether the UTF-8 text is Hangul syllables only (one or more), one of which no hanja reads
 * (sino_korean.h: cdn_sino_korean_syllable; 케, 키, 렉, 프, 스): mostly a foreign name
 * transcribed (케빈 Kevin, 비키 Vicky, 렉사 Lexa; not 요나 Jonah, 지조 Zizo, whose syllables are
 * all readings), since Korean given names are mostly written with hanja readings; but not
 * always a foreign one: native words are given names too (하늘, 새봄, 하엘). */
bool cdn_hangul_beyond_hanja(const char *text);

/* Whether the one-syllable token text (normalized) is a Korean surname and latin (plain ASCII,
 * lower case) one of its Latin spellings: 김 / kim, gim; 이 / lee, yi, rhee, ri, i. */
bool cdn_korean_surname_spelled(const char *text, size_t len, const char *latin);

/* The length of ICU's Revised Romanization of the surname that begins text (김: gim) when
 * latin, the romanisation of text, begins with it; 0 otherwise. */
size_t cdn_korean_surname_romanised(const char *text, const char *latin);

/* The space-separated spellings of the surname that is the one-syllable text[0..3) (its
 * Revised Romanization first); NULL when it is none. */
const char *cdn_korean_surname_spellings(const char *text);

/* The likely Latin spellings of a given name romanised by ICU as rr (Revised Romanization):
 * rr itself, its vowels as McCune-Reischauer writes them without marks (eo o, eu u: jeongeun
 * jongun), and that with a first consonant as North Korea writes it (l r, b p, g k, d t:
 * lyonghae ryonghae). Writes up to 3 distinct ones into out and returns how many. */
enum { CDN_KOREAN_GIVEN_MAX = 48 };
size_t cdn_korean_given_spellings(const char *rr, char out[3][CDN_KOREAN_GIVEN_MAX]);

/* Whether the Latin word (plain ASCII, lower case, NUL-terminated) is a spelling of a surname
 * of the table (a binary search: cheap enough to ask of every word). */
bool cdn_korean_latin_surname(const char *latin);

/* The sorted spellings behind cdn_korean_latin_surname, one by one (for a test: NULL past the
 * end). */
size_t cdn_korean_surname_spelling_count(void);
const char *cdn_korean_surname_spelling(size_t i);

/* The space-separated spellings of the first surname of the table that latin (plain ASCII,
 * lower case, len bytes) is a spelling of (kim: "gim kim"); NULL when it is none. */
const char *cdn_korean_surname_of_latin(const char *latin, size_t len);

/* Whether the Latin words a and b (plain ASCII, lower case) spell one surname of the table
 * (Pak and Bak, Lee and Ri, Choi and Choe). */
bool cdn_korean_same_surname(const char *a, const char *b);

/* How many syllables of Korean the Latin word (plain ASCII, lower case) spells in Revised
 * Romanization, McCune-Reischauer without its marks, or the customary spellings (Jong, eun,
 * Kyong, Hwa; Choi, Oh, Ahn; you for ㅕ: Young, Youngchoon): 1 to 3, or 0 when it cannot be
 * read so (John, Mary, Smith). */
size_t cdn_korean_latin_syllables(const char *latin);

/* cdn_korean_latin_syllables, and also for a word that begins with the onset Europe's papers
 * write for ㅈ or ㅊ where their languages have no j (Polish dz: Kim Dzong Il; German dsch and
 * tsch: Kim Dschong Un, Tschoe): read as j or ch. For the scanner's test of a Korean name in
 * running text only; search and the index read the romanisations alone. */
size_t cdn_korean_press_syllables(const char *latin);

/* Writes into out (size cap) the Latin spelling latin of a Korean given name folded so that
 * the romanisation systems and the customary spellings meet: eo, eu, o, u, oo, ou all as u
 * (Seong / Sung, Jeong / Jong / Chung), w before them dropped (Woo for 우), ee as i, hui and
 * heui as hi (Hee for 희), a w before i after a consonant as u (Gui for 귀 gwi), ai as ae
 * (Tai, Taik for 태, 택), ei after a consonant as ye (Hei for 혜), e after a consonant before a
 * final ng as u (Seng for 성, as Sung); g and k, d and t, b and p, j and ch, l and r, each pair as one; doubled consonants as one; ng before
 * a vowel as n and g (yungyeong is 윤경, as Yun-kyung: Revised Romanization writes no
 * syllable break), an h after a vowel before a consonant or at the end, or after a g, left out
 * (Oh for 오, Ghil for 길). jeongeun and jong un both fold to chunkun. Returns the folded
 * length (0 when it does not fit). */
size_t cdn_korean_fold(const char *latin, char *out, size_t cap);

/* cdn_korean_fold, and an initial r before i or y then left out: the South writes a syllable
 * of ㄹ before ㅣ or a y-vowel without it at the start of a word (the initial-sound rule,
 * 두음법칙, of the South's spelling rules: 림 as 임, 렬 as 열), so that a given name's syllable
 * is Im or Lim (임), Yul or Ryol (렬, as 정렬 Chung-yul), as its place and the custom write
 * it. The key under which the index lists a Latin word spelling Korean syllables, and that the
 * scorer and search compare a part of a Hangul given name by. Returns its length (0 when it
 * does not fit). */
size_t cdn_korean_fold_key(const char *latin, char *out, size_t cap);

/* Writes into out (size cap) the Latin spelling latin of a Korean given name (one word, or two
 * written together) with the customary spellings that leave out the y of ㅕ read as Revised
 * Romanization writes them: eung and oung after k, g, m, b or p as yeong (경 Keung: Ha
 * Tae-keung; 명 Moung: Lee Moung-youl, as Young for 영 with its y), and a final me as mi (미 Me:
 * Shon Hyun-Me). Not after h, n, l, d: Heung, Neung, Leung, Deung are 흥 능 릉 등 (and 형 is not
 * Heung). Returns false, out unspecified, when latin has none of them or does not fit: the
 * caller then has only the plain spelling to fold. Only against a Hangul name (korean_names.c):
 * folded so, Keung reads 긍 and 경 both, which two Latin spellings must not be taken for. */
bool cdn_korean_customary_y(const char *latin, char *out, size_t cap);

#endif
