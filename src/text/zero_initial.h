/*
 * zero_initial.h — whether a Han transcription that begins with a syllable of no initial
 * consonant may stand for a Latin spelling's first letter.
 *
 * The Xinhua tables of 世界人名翻译大辞典 (as Wikipedia's "Transcription into Chinese
 * characters" gives the English one) write a foreign word's first vowel with a syllable that
 * has no initial consonant (阿 a, 埃 ai, 奥 ao, 欧 ou, 恩 en), a y or j with a y syllable (雅 ya,
 * 约 yue) and a w or v with a w syllable (瓦 wa, 沃 wo, 维 wei); an h may go unwritten (Hélène
 * 埃莱娜). A foreign consonant gets a syllable with that consonant (Crown 克朗), so 埃格蘭
 * aigelan is Egeland and not Crown, though the sound classes of the two agree (k l n): they
 * leave the vowels out, and the vowels' costs (transcription.h) let a first syllable drop.
 */
#ifndef CDN_ZERO_INITIAL_H
#define CDN_ZERO_INITIAL_H

#include <stdbool.h>

/* Whether the plain-ASCII Latin spelling spelled may begin with what pinyin, the romanisation
 * of a Han transcription, begins with: true when pinyin begins with a consonant (the rule says
 * nothing of it) or either is empty; else when spelled begins with a vowel, y or h, or with an
 * n after an a or e syllable with an n (恩 en: Ndiaye 恩迪亚耶, Nkunda), a j or g after a y
 * syllable (约翰 yuehan / Johann, 扬纳基斯 / Giannakis), a w or v after a w syllable. */
bool cdn_zero_initial_fits(const char *pinyin, const char *spelled);

#endif
