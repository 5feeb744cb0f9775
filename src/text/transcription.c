/*
 * transcription.c — the distance between a transcription by ear and a Latin spelling (see
 * transcription.h).
 *
 * Both sides become sound strings (sounds.h with CDN_SOUND_VOWELS: consonant classes, and the
 * vowels as A E I O U), under each reading that applies: for the Latin spelling, its r silent
 * or not, its g soft or not, its th as t or s; for the romanisation, its w as v, its j and q
 * as g and k (pinyin), its chi, tsu, ji, zu as t and d (romaji). The two strings are aligned
 * by a weighted edit distance (Wagner and Fischer 1974) whose costs are the transcription
 * conventions summarised in Wikipedia's "Transcription into Chinese characters",
 * "Transcription into Japanese" (the Gairaigo rules, 外来語の表記, 1991) and "Korean
 * transcription of foreign words" (외래어 표기법, 1986):
 *   - every consonant cluster and final consonant is given a vowel: Japanese u (o after t, d),
 *     Korean eu (i after ch, j), Chinese a whole syllable — a vowel only the transcription has
 *     costs EPENTHESIS;
 *   - vowels are heard through another vowel system (Korean eo for English o and u, Japanese
 *     a for er, Chinese e for many) — a vowel for another costs NEAR_VOWEL when they are
 *     neighbours (o and u, e and i, a and e, a and o), FAR_VOWEL otherwise;
 *   - a vowel only the spelling has (a silent e, one of a diphthong) costs SILENT_VOWEL;
 *   - a consonant class added, dropped or changed costs a full step. Chinese drops final
 *     consonants (Donald → 唐纳德 tang na de) and Japanese a final n, but no more often than
 *     unrelated names differ by one.
 */
#include "text/transcription.h"

#include <stdbool.h>
#include <string.h>
#include <utf8proc.h>

#include "text/hangul.h"
#include "text/sounds.h"

#define EPENTHESIS 0.15
#define SILENT_VOWEL 0.4
#define SILENT_E 0.1
#define NEAR_VOWEL 0.25
#define FAR_VOWEL 0.5
#define CONSONANT 1.0

/* Sound strings longer than this are cut: no name is. */
enum { MAX_SOUNDS = 40 };

cdn_syllabary cdn_syllabary_of(const char *text)
{
    utf8proc_int32_t cp = 0;
    utf8proc_iterate((const utf8proc_uint8_t *)text, -1, &cp);
    if (cp >= 0x3040 && cp <= 0x30FF)
        return CDN_SYLLABARY_KANA;
    if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F))
        return CDN_SYLLABARY_HANGUL;
    return CDN_SYLLABARY_HAN;
}

/* The code point of the UTF-8 character at *s, advancing *s past it; 0 at the end. */
static utf8proc_int32_t next_cp(const char **s)
{
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)*s, -1, &cp);
    if (n <= 0 || cp == 0)
        return 0;
    *s += n;
    return cp;
}

static bool han_cp(utf8proc_int32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

/* The characters Chinese transcribes foreign names with: the Xinhua table of 世界人名翻译大辞典
 * (as in Wikipedia's "Transcription into Chinese characters"), simplified and traditional
 * (the traditional forms by ICU's Simplified-Traditional transform). A word of three
 * characters or more with one outside them is a native name (王秀英: 秀; 山田大介: 山, 田, 介)
 * — of 2,000 faker names per locale, 0.4 % of the Japanese, 0.7 % of the mainland Chinese and
 * 2 % of the Taiwanese were made of these characters alone, against 88 % of the 46,033
 * Wikidata transcriptions of three characters or more (82 % before 42 characters of the table
 * that a first draft had left out were added, among them 娃 -va, 堡 -burg, 涅, 柏, 哥). */
static const char TRANSCRIPTION_HAN[] =
    "丁万丘东丝丰丹丽久乌乔于云亚亞亨什代仲伊伍休伦伯佐佛佩依保修倫傑儒儿克兒內兰兹内"
    "冈农冯凡凯凱切列別利别力加努劳勃勒勞华卓南博卜卡卢厄历古可史叶司吉吕呂哈哥哲唐喬"
    "嘉因图圖圣圭坎坦埃基堡塔塞士夏多夫夸奇奈奎契奥奧奴妮姆威娃娅娜婭孔孟季宁安宝宾密"
    "寇富察寧寶尔尚尤尼居屠岡巴布希帕帝席平库庞庫康廷弗彭彻彼得德徹思恩恰惠愛慕戈戴扎"
    "托扬拉拜拿捨捷採提揚摩撒敏敦文斯於施旺昂昆明易昔普曼朗本札朱朴朵杜杨杰東松林柏查"
    "柯柴根格桑梅森楊楚楠樸欣欧欽歇歐武歷比毕毛汀汉汤沃沙治法波泰泽洛洪派海涅温湯溫滕"
    "滨漢潘澤濱烈烏热焦熱爱爾特狄玛珀班理琳琴瑞瑟瑪瓜瓦甘申畢略登皮盖盧祖福科穆第策範"
    "米約納紐素索紹絲維緹繆约纳纽绍维缇缪罕罗羅美翁翰考耶聖肖肯胡舍舒艾芒芙芬苏若英茂"
    "范茨茲荷莉莎莫莱華菲萊萨萬葉葛蒂蒙蒲蓋蕾薇薩蘇蘭西許詹誇諾謝许诺谢豐豪貝貢費賈賓"
    "賴賽贊贝贡费贾赖赛赞赫路辛農达迈连迪通連道達邁邓那邦都鄧采里金錫钦锡門门阿陶隆雅"
    "雲雷霍露韋韦頓顿馬馮马高魯鮑鲁鲍麗麥麦黑默黛齊齐龐";

static bool transcription_han(utf8proc_int32_t cp)
{
    const char *s = TRANSCRIPTION_HAN;
    for (utf8proc_int32_t c; (c = next_cp(&s)) != 0;)
        if (c == cp)
            return true;
    return false;
}

bool cdn_looks_native(const char *text)
{
    if (cdn_is_hangul(text))
        return cdn_korean_looks_native(text);
    bool han = false, kana = false, native_han = false;
    size_t count = 0;
    for (const char *p = text; *p;) {
        utf8proc_int32_t cp = next_cp(&p);
        if (!cp)
            break;
        count++;
        if (cp >= 0x3040 && cp <= 0x309F)
            return true; /* hiragana: Japanese writes no foreign name in it */
        han |= han_cp(cp);
        native_han |= han_cp(cp) && !transcription_han(cp);
        kana |= cp >= 0x30A0 && cp <= 0x30FF;
    }
    if (han && kana)
        return true; /* 松本ハル: a Japanese surname and given name */
    return native_han && count >= 3;
}

static bool is_vowel_sound(char c) { return c >= 'A' && c <= 'Z'; }

/* The cost of hearing vowel a as vowel b: less for neighbours in the vowel space (o and u,
 * e and i, a and e, a and o) than for vowels far apart (a and i, a and u). e and o are
 * neighbours in Chinese and Korean, whose e (pinyin) and eo (ㅓ) stand for an English schwa
 * (Eisner → 아이스너 aiseuneo), not in Japanese (Reid is リード, not ロイド). */
static double vowel_swap(char a, char b, cdn_syllabary syllabary)
{
    static const char *const NEAR[] = {"OU", "EI", "AE", "AO", "EO"};
    size_t near = syllabary == CDN_SYLLABARY_KANA ? 4 : 5;
    for (size_t k = 0; k < near; k++)
        if ((a == NEAR[k][0] && b == NEAR[k][1]) || (a == NEAR[k][1] && b == NEAR[k][0]))
            return NEAR_VOWEL;
    return FAR_VOWEL;
}

/* The cost of leaving out the vowel spelled[j] (of ls sounds): an English or French final e
 * after a consonant is silent (Jake → 제이크, Anne → アン) and costs little. */
static double silent_vowel(const char *spelled, size_t j, size_t ls)
{
    bool final_e = j + 1 == ls && j > 0 && spelled[j] == 'E' && !is_vowel_sound(spelled[j - 1]);
    return final_e ? SILENT_E : SILENT_VOWEL;
}

/* The least cost of turning spelled into heard (sound strings), by the costs above; *consonants
 * is set to the count of consonant sounds of the longer of the two. */
static double align_cost(const char *heard, const char *spelled, cdn_syllabary syllabary, size_t *consonants)
{
    size_t lh = strlen(heard), ls = strlen(spelled);
    if (lh > MAX_SOUNDS)
        lh = MAX_SOUNDS;
    if (ls > MAX_SOUNDS)
        ls = MAX_SOUNDS;
    size_t ch = 0, cs = 0;
    for (size_t i = 0; i < lh; i++)
        ch += !is_vowel_sound(heard[i]);
    for (size_t j = 0; j < ls; j++)
        cs += !is_vowel_sound(spelled[j]);
    *consonants = ch > cs ? ch : cs;
    double row[MAX_SOUNDS + 1], prev[MAX_SOUNDS + 1];
    prev[0] = 0.0;
    for (size_t j = 1; j <= ls; j++)
        prev[j] = prev[j - 1] + (is_vowel_sound(spelled[j - 1]) ? silent_vowel(spelled, j - 1, ls) : CONSONANT);
    for (size_t i = 1; i <= lh; i++) {
        char h = heard[i - 1];
        bool hv = is_vowel_sound(h);
        row[0] = prev[0] + (hv ? EPENTHESIS : CONSONANT);
        for (size_t j = 1; j <= ls; j++) {
            char s = spelled[j - 1];
            bool sv = is_vowel_sound(s);
            double swap = h == s ? 0.0 : hv && sv ? vowel_swap(h, s, syllabary) : CONSONANT;
            if (hv != sv)
                swap = 2.0 * CONSONANT; /* a vowel for a consonant: never better than two steps */
            double best = prev[j - 1] + swap;
            double added = prev[j] + (hv ? EPENTHESIS : CONSONANT);
            double dropped = row[j - 1] + (sv ? silent_vowel(spelled, j - 1, ls) : CONSONANT);
            if (added < best)
                best = added;
            if (dropped < best)
                best = dropped;
            row[j] = best;
        }
        memcpy(prev, row, (ls + 1) * sizeof row[0]);
    }
    return prev[ls];
}

/* The most a pair may cost and still meet, by the count of consonant sounds of the longer
 * side. Measured on 8,000 Wikidata pairs per script (Chinese, katakana, Japanese, Korean) and
 * on as many unrelated pairs (each native name against the English name seven rows on): with
 * two consonants, 0.5 lets through 0.6-1.0 % of unrelated pairs and 70-82 % of the true ones;
 * with three, 0.75 lets through 0-0.3 % and 60-80 % (1.0 let through 0.2-0.4 %, and Patton
 * for プーチン); from four up, a quarter more per consonant keeps the unrelated pairs at 0.1 %
 * or less. Over all lengths, 0.07-0.10 % of unrelated pairs meet. A single consonant (Ali, アリ) says too
 * little: unrelated pairs meet by vowels alone. */
static double allowed_cost(size_t consonants)
{
    if (consonants < 2)
        return -1.0;
    if (consonants == 2)
        return 0.5;
    if (consonants == 3)
        return 0.75;
    return 0.25 * (double)consonants + 0.25;
}

/* Writes the Revised Romanization heard with ㅡ eu left out and its other two-letter vowels
 * as one (eo → o, ae → a) into out (at least CDN_SOUNDS_MAX + 1 bytes): ㅡ is the vowel Korean
 * adds after a consonant (Trump → 트럼프 teureompeu, Jake → 제이크 jeikeu), which no spelling
 * has (left out, Wikidata Korean 1241 -> 1287 of 2000, and unrelated pairs accepted 0.12 ->
 * 0.13 %); ㅓ eo stands for an English o or u (Thomas → 토머스 tomeoseu), ㅐ ae for an English
 * a (Ashley → 애슐리 aesyulli); as two vowels they would cost twice. */
static const char *single_vowels(const char *heard, char *out)
{
    size_t n = 0;
    for (size_t i = 0; heard[i] && n < CDN_SOUNDS_MAX; i++) {
        char c = heard[i], next = heard[i + 1];
        if (c == 'e' && next == 'u') {
            i++; /* ㅡ: the vowel Korean adds, which the spelling never has */
        } else if ((c == 'e' && (next == 'u' || next == 'o')) || (c == 'a' && next == 'e')) {
            out[n++] = c == 'a' ? 'a' : next;
            i++;
        } else {
            out[n++] = c;
        }
    }
    out[n] = '\0';
    return out;
}

/* Writes into out the Latin spelling with a final consonant that French leaves silent
 * dropped (Millot → ミロー miro, Alliot → アリオー, Dumas → 大仲马's ma): t, d, s, x or z
 * after a vowel, or ts, ds, x after one; returns false when there is none. */
static bool without_silent_final(const char *spelled, char *out, size_t cap)
{
    size_t len = strlen(spelled), cut = len;
    if (len < 4 || len >= cap)
        return false;
    if (strchr("tdsxz", spelled[len - 1]))
        cut = len - 1;
    if (cut < len && cut >= 2 && strchr("td", spelled[cut - 1]) && spelled[len - 1] == 's')
        cut--;
    if (cut == len || !strchr("aeiouy", spelled[cut - 1]))
        return false;
    memcpy(out, spelled, cut);
    out[cut] = '\0';
    return true;
}

/* The best alignment of heard (romanised from syllabary) and spelled under every reading of
 * each: the similarity it gives (cdn_transcription_similarity) and how far its cost goes
 * beyond the bar (cdn_transcription_excess). */
typedef struct outcome {
    double sim, excess;
} outcome;

static outcome compare_readings(const char *heard, cdn_syllabary syllabary, const char *spelled)
{
    static const unsigned SPELLED[3] = {CDN_SOUND_DROP_R, CDN_SOUND_SOFT_G, CDN_SOUND_TH_IS_S};
    const unsigned HEARD[3] = {CDN_SOUND_W_IS_V, syllabary == CDN_SYLLABARY_HAN ? CDN_SOUND_J_IS_G : 0,
                               syllabary == CDN_SYLLABARY_KANA ? CDN_SOUND_KANA_T | CDN_SOUND_KANA_D : 0};
    char korean[CDN_SOUNDS_MAX + 1], french[CDN_SOUNDS_MAX + 1];
    if (syllabary == CDN_SYLLABARY_HANGUL)
        heard = single_vowels(heard, korean);
    char h[CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1], s[2 * CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    size_t nh = cdn_sound_readings(heard, CDN_SOUND_ROMANISED | CDN_SOUND_VOWELS, HEARD, h);
    size_t ns = cdn_sound_readings(spelled, CDN_SOUND_VOWELS, SPELLED, s);
    if (without_silent_final(spelled, french, sizeof french))
        ns += cdn_sound_readings(french, CDN_SOUND_VOWELS, SPELLED, s + ns);
    outcome best = {0.0, 1e9};
    for (size_t i = 0; i < nh; i++)
        for (size_t j = 0; j < ns; j++) {
            size_t consonants;
            double cost = align_cost(h[i], s[j], syllabary, &consonants);
            double allowed = allowed_cost(consonants);
            /* From 0.84 at no cost down to 0.80 at the most allowed. */
            double sim = cost <= allowed + 1e-9 ? 0.84 - 0.04 * cost / allowed : 0.0;
            if (sim > 0.0 && sim < 0.80)
                sim = 0.80; /* rounding: the most allowed is still a match */
            double excess = cost - (allowed > 0.5 ? allowed : 0.5);
            if (sim > best.sim)
                best.sim = sim;
            if (excess < best.excess)
                best.excess = excess;
        }
    return best;
}

double cdn_transcription_similarity(const char *heard, cdn_syllabary syllabary, const char *spelled)
{
    return compare_readings(heard, syllabary, spelled).sim;
}

double cdn_transcription_excess(const char *heard, cdn_syllabary syllabary, const char *spelled)
{
    return compare_readings(heard, syllabary, spelled).excess;
}
