/*
 * transcription.c — the distance between a transcription by ear and a Latin spelling (see
 * transcription.h).
 *
 * Both sides become sound strings (sounds.h with CDN_SOUND_VOWELS: consonant classes, and the
 * vowels as A E I O U), under each reading that applies: for the Latin spelling, its r silent
 * or not, its g soft or not, its th as t or s; for the romanisation, its w as v, its j and q
 * as g and k and its x as h (pinyin), its chi, tsu, ji, zu as t and d (romaji). The two
 * strings are aligned by a weighted edit distance (Wagner and Fischer 1974) whose costs are the
 * transcription conventions summarised in Wikipedia's "Transcription into Chinese characters",
 * "Transcription into Japanese" (the Gairaigo rules, 外来語の表記, 1991) and "Korean
 * transcription of foreign words" (외래어 표기법, 1986):
 *   - every consonant cluster and final consonant is given a vowel: Japanese u (o after t, d),
 *     Korean eu (i after ch, j), Chinese a whole syllable — a vowel only the transcription has
 *     costs EPENTHESIS when it is such a vowel or beside another vowel (a long vowel or a
 *     diphthong written out), SILENT_VOWEL otherwise (added_vowel), and a forgiven hundredth
 *     for Chinese after a spelling's final consonant other than n (FINAL_VOWEL);
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
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "core/sorted_u32.h"
#include "text/chinese_surnames.h"
#include "text/hangul.h"
#include "text/readings.h"
#include "text/sound_bound.h"
#include "text/sounds.h"

#define EPENTHESIS 0.15
#define SILENT_VOWEL 0.4
#define SILENT_E 0.1
#define NEAR_VOWEL 0.25
#define FAR_VOWEL 0.5
#define CONSONANT 1.0
#define LIQUID_CODA 0.5
/* The vowel Chinese adds after a spelling's final consonant (final_vowel_added) costs a
 * hundredth, which the bar forgives (sim_at): it decides no pair, but ranks a spelling that
 * writes that vowel (洛特 luote: Lotte) above one that does not (Lort). Every other cost and
 * bar is a multiple of 0.05, so the forgiven hundredth moves no other pair. */
#define FINAL_VOWEL 0.01

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

bool cdn_han_code_point(int32_t cp)
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
static const uint32_t TRANSCRIPTION_HAN[] = {
    0x4E01, 0x4E07, 0x4E18, 0x4E1C, 0x4E1D, 0x4E30, 0x4E39, 0x4E3D, 0x4E45, 0x4E4C,  /* 丁万丘东丝丰丹丽久乌 */
    0x4E54, 0x4E8E, 0x4E91, 0x4E9A, 0x4E9E, 0x4EA8, 0x4EC0, 0x4EE3, 0x4EF2, 0x4F0A,  /* 乔于云亚亞亨什代仲伊 */
    0x4F0D, 0x4F11, 0x4F26, 0x4F2F, 0x4F50, 0x4F5B, 0x4F69, 0x4F9D, 0x4FDD, 0x4FEE,  /* 伍休伦伯佐佛佩依保修 */
    0x502B, 0x5091, 0x5112, 0x513F, 0x514B, 0x5152, 0x5167, 0x5170, 0x5179, 0x5185,  /* 倫傑儒儿克兒內兰兹内 */
    0x5188, 0x519C, 0x51AF, 0x51E1, 0x51EF, 0x51F1, 0x5207, 0x5217, 0x5225, 0x5229,  /* 冈农冯凡凯凱切列別利 */
    0x522B, 0x529B, 0x52A0, 0x52AA, 0x52B3, 0x52C3, 0x52D2, 0x52DE, 0x534E, 0x5353,  /* 别力加努劳勃勒勞华卓 */
    0x5357, 0x535A, 0x535C, 0x5361, 0x5362, 0x5384, 0x5386, 0x53E4, 0x53EF, 0x53F2,  /* 南博卜卡卢厄历古可史 */
    0x53F6, 0x53F8, 0x5409, 0x5415, 0x5442, 0x54C8, 0x54E5, 0x54F2, 0x5510, 0x55AC,  /* 叶司吉吕呂哈哥哲唐喬 */
    0x5609, 0x56E0, 0x56FE, 0x5716, 0x5723, 0x572D, 0x574E, 0x5766, 0x57C3, 0x57FA,  /* 嘉因图圖圣圭坎坦埃基 */
    0x5821, 0x5854, 0x585E, 0x58EB, 0x590F, 0x591A, 0x592B, 0x5938, 0x5947, 0x5948,  /* 堡塔塞士夏多夫夸奇奈 */
    0x594E, 0x5951, 0x5965, 0x5967, 0x5974, 0x59AE, 0x59C6, 0x5A01, 0x5A03, 0x5A05,  /* 奎契奥奧奴妮姆威娃娅 */
    0x5A1C, 0x5A6D, 0x5B54, 0x5B5F, 0x5B63, 0x5B81, 0x5B89, 0x5B9D, 0x5BBE, 0x5BC6,  /* 娜婭孔孟季宁安宝宾密 */
    0x5BC7, 0x5BCC, 0x5BDF, 0x5BE7, 0x5BF6, 0x5C14, 0x5C1A, 0x5C24, 0x5C3C, 0x5C45,  /* 寇富察寧寶尔尚尤尼居 */
    0x5C60, 0x5CA1, 0x5DF4, 0x5E03, 0x5E0C, 0x5E15, 0x5E1D, 0x5E2D, 0x5E73, 0x5E93,  /* 屠岡巴布希帕帝席平库 */
    0x5E9E, 0x5EAB, 0x5EB7, 0x5EF7, 0x5F17, 0x5F6D, 0x5F7B, 0x5F7C, 0x5F97, 0x5FB7,  /* 庞庫康廷弗彭彻彼得德 */
    0x5FB9, 0x601D, 0x6069, 0x6070, 0x60E0, 0x611B, 0x6155, 0x6208, 0x6234, 0x624E,  /* 徹思恩恰惠愛慕戈戴扎 */
    0x6258, 0x626C, 0x62C9, 0x62DC, 0x62FF, 0x6368, 0x6377, 0x63A1, 0x63D0, 0x63DA,  /* 托扬拉拜拿捨捷採提揚 */
    0x6469, 0x6492, 0x654F, 0x6566, 0x6587, 0x65AF, 0x65BC, 0x65BD, 0x65FA, 0x6602,  /* 摩撒敏敦文斯於施旺昂 */
    0x6606, 0x660E, 0x6613, 0x6614, 0x666E, 0x66FC, 0x6717, 0x672C, 0x672D, 0x6731,  /* 昆明易昔普曼朗本札朱 */
    0x6734, 0x6735, 0x675C, 0x6768, 0x6770, 0x6771, 0x677E, 0x6797, 0x67CF, 0x67E5,  /* 朴朵杜杨杰東松林柏查 */
    0x67EF, 0x67F4, 0x6839, 0x683C, 0x6851, 0x6885, 0x68EE, 0x694A, 0x695A, 0x6960,  /* 柯柴根格桑梅森楊楚楠 */
    0x6A38, 0x6B23, 0x6B27, 0x6B3D, 0x6B47, 0x6B50, 0x6B66, 0x6B77, 0x6BD4, 0x6BD5,  /* 樸欣欧欽歇歐武歷比毕 */
    0x6BDB, 0x6C40, 0x6C49, 0x6C64, 0x6C83, 0x6C99, 0x6CBB, 0x6CD5, 0x6CE2, 0x6CF0,  /* 毛汀汉汤沃沙治法波泰 */
    0x6CFD, 0x6D1B, 0x6D2A, 0x6D3E, 0x6D77, 0x6D85, 0x6E29, 0x6E6F, 0x6EAB, 0x6ED5,  /* 泽洛洪派海涅温湯溫滕 */
    0x6EE8, 0x6F22, 0x6F58, 0x6FA4, 0x6FF1, 0x70C8, 0x70CF, 0x70ED, 0x7126, 0x71B1,  /* 滨漢潘澤濱烈烏热焦熱 */
    0x7231, 0x723E, 0x7279, 0x72C4, 0x739B, 0x73C0, 0x73ED, 0x7406, 0x7433, 0x7434,  /* 爱爾特狄玛珀班理琳琴 */
    0x745E, 0x745F, 0x746A, 0x74DC, 0x74E6, 0x7518, 0x7533, 0x7562, 0x7565, 0x767B,  /* 瑞瑟瑪瓜瓦甘申畢略登 */
    0x76AE, 0x76D6, 0x76E7, 0x7956, 0x798F, 0x79D1, 0x7A46, 0x7B2C, 0x7B56, 0x7BC4,  /* 皮盖盧祖福科穆第策範 */
    0x7C73, 0x7D04, 0x7D0D, 0x7D10, 0x7D20, 0x7D22, 0x7D39, 0x7D72, 0x7DAD, 0x7DF9,  /* 米約納紐素索紹絲維緹 */
    0x7E46, 0x7EA6, 0x7EB3, 0x7EBD, 0x7ECD, 0x7EF4, 0x7F07, 0x7F2A, 0x7F55, 0x7F57,  /* 繆约纳纽绍维缇缪罕罗 */
    0x7F85, 0x7F8E, 0x7FC1, 0x7FF0, 0x8003, 0x8036, 0x8056, 0x8096, 0x80AF, 0x80E1,  /* 羅美翁翰考耶聖肖肯胡 */
    0x820D, 0x8212, 0x827E, 0x8292, 0x8299, 0x82AC, 0x82CF, 0x82E5, 0x82F1, 0x8302,  /* 舍舒艾芒芙芬苏若英茂 */
    0x8303, 0x8328, 0x8332, 0x8377, 0x8389, 0x838E, 0x83AB, 0x83B1, 0x83EF, 0x83F2,  /* 范茨茲荷莉莎莫莱華菲 */
    0x840A, 0x8428, 0x842C, 0x8449, 0x845B, 0x8482, 0x8499, 0x84B2, 0x84CB, 0x857E,  /* 萊萨萬葉葛蒂蒙蒲蓋蕾 */
    0x8587, 0x85A9, 0x8607, 0x862D, 0x897F, 0x8A31, 0x8A79, 0x8A87, 0x8AFE, 0x8B1D,  /* 薇薩蘇蘭西許詹誇諾謝 */
    0x8BB8, 0x8BFA, 0x8C22, 0x8C50, 0x8C6A, 0x8C9D, 0x8CA2, 0x8CBB, 0x8CC8, 0x8CD3,  /* 许诺谢豐豪貝貢費賈賓 */
    0x8CF4, 0x8CFD, 0x8D0A, 0x8D1D, 0x8D21, 0x8D39, 0x8D3E, 0x8D56, 0x8D5B, 0x8D5E,  /* 賴賽贊贝贡费贾赖赛赞 */
    0x8D6B, 0x8DEF, 0x8F9B, 0x8FB2, 0x8FBE, 0x8FC8, 0x8FDE, 0x8FEA, 0x901A, 0x9023,  /* 赫路辛農达迈连迪通連 */
    0x9053, 0x9054, 0x9081, 0x9093, 0x90A3, 0x90A6, 0x90FD, 0x9127, 0x91C7, 0x91CC,  /* 道達邁邓那邦都鄧采里 */
    0x91D1, 0x932B, 0x94A6, 0x9521, 0x9580, 0x95E8, 0x963F, 0x9676, 0x9686, 0x96C5,  /* 金錫钦锡門门阿陶隆雅 */
    0x96F2, 0x96F7, 0x970D, 0x9732, 0x97CB, 0x97E6, 0x9813, 0x987F, 0x99AC, 0x99AE,  /* 雲雷霍露韋韦頓顿馬馮 */
    0x9A6C, 0x9AD8, 0x9B6F, 0x9B91, 0x9C81, 0x9C8D, 0x9E97, 0x9EA5, 0x9EA6, 0x9ED1,  /* 马高魯鮑鲁鲍麗麥麦黑 */
    0x9ED8, 0x9EDB, 0x9F4A, 0x9F50, 0x9F90,  /* 默黛齊齐龐 */
};

/* The characters the same dictionary's tables for other languages add to the English one
 * above, as zh.wikipedia's "Wikipedia:外語譯音表" reproduces them (the German, French,
 * Russian, Romanian, Icelandic and Afrikaans tables), simplified and traditional by ICU's
 * transforms: the feminine 萝 (蘿) beside 罗 (English, German, French, Russian), 济 zi and 岑
 * cen (Romanian, Russian), 杭 hang (German), the palatal syllables of Russian (柳 lyu, 秋
 * tyu; its 廖 lyo is a common surname, left out below). The English table had been the whole
 * of TRANSCRIPTION_HAN: 蘿娜 / Rhona, 济科 / Zico, 杭南 / Hunnam, 阿尼岑 / Arnzen were each a
 * character short of it. Left out are the tables' characters that are common Chinese surnames (chinese_surnames.h: 方 曹 曾 江 姜 崔 廖 任 蔡
 * 錢) or characters of Chinese given names (佳 尧 强 晓 然 珍 秀 良 雄 香, as faker's zh_CN
 * and zh_TW given-name lists hold them): with them, 12,000 native names (BENCHMARKS.md,
 * session 13) gave 44 alarms more (曹文博 / Simba, 錢曉博 / SINOPA: all table, read as
 * transcriptions); without them, one (屈敏 / GNIM). Wikidata Chinese by search 1537 -> 1553
 * of 2000 (1559 with them). */
static const uint32_t TRANSCRIPTION_HAN_OTHER[] = {
    0x4EA5, 0x4ED3, 0x4F54, 0x5009, 0x5148, 0x5305, 0x5360, 0x53D9, 0x575A, 0x5805,  /* 亥仓佔倉先包占叙坚堅 */
    0x5AE9, 0x5BB0, 0x5C48, 0x5C91, 0x5EF6, 0x5F53, 0x6000, 0x61F7, 0x63AA, 0x6558,  /* 嫩宰屈岑延当怀懷措敘 */
    0x65E5, 0x660C, 0x66F2, 0x6714, 0x676D, 0x67F3, 0x6D25, 0x6D4E, 0x6FDF, 0x707F,  /* 日昌曲朔杭柳津济濟灿 */
    0x71E6, 0x7247, 0x7459, 0x7559, 0x7576, 0x76F8, 0x771F, 0x79CB, 0x7D8F, 0x7EE5,  /* 燦片瑙留當相真秋綏绥 */
    0x805A, 0x82AD, 0x82D7, 0x8339, 0x841D, 0x85FB, 0x863F, 0x8A25, 0x8B93, 0x8BA9,  /* 聚芭苗茹萝藻蘿訥讓让 */
    0x8BB7, 0x8FB9, 0x908A, 0x9952, 0x9976,  /* 讷边邊饒饶 */
};

/* Characters Hong Kong and Taiwan write foreign names with where the mainland's table has
 * another (the tables above are the mainland's): 佈 for 布 bu (its traditional variant in Hong
 * Kong's usage: 佈雷農 / Brenon), 遜 (逊) xun for son (麥迪遜 / Madison, 羅比遜 / Robison),
 * 伽 jia for ga (伽利莱 / Galilei, 伽瑪 / Gamma), 堤 ti (伯堤 / Botti) and 域 yu, Cantonese wik,
 * for -vić (耶域治 / Jević). Each is the one character outside the tables of 27 to 36 Wikidata
 * transcriptions (rows 3,000 on of the benchmark's shuffle) and in no faker zh_CN, zh_TW, ja_JP
 * or ko_KR name; the commoner such characters are surnames (李 崔 魏 侯 薛) or given names' (琪
 * 雪 珊 蓮), left out as TRANSCRIPTION_HAN_OTHER leaves them. In code point order. */
static const uint32_t TRANSCRIPTION_HAN_REGIONAL[] = {
    0x4F3D, 0x4F48, 0x57DF, 0x5824, 0x900A, 0x905C, /* 伽佈域堤逊遜 */
};

/* Whether cp is a character of the transcription tables. */
static bool transcription_han(utf8proc_int32_t cp)
{
    size_t n = sizeof TRANSCRIPTION_HAN / sizeof TRANSCRIPTION_HAN[0];
    size_t n_other = sizeof TRANSCRIPTION_HAN_OTHER / sizeof TRANSCRIPTION_HAN_OTHER[0];
    size_t n_regional = sizeof TRANSCRIPTION_HAN_REGIONAL / sizeof TRANSCRIPTION_HAN_REGIONAL[0];
    return cp >= 0 && (cdn_u32_contains(TRANSCRIPTION_HAN, n, (uint32_t)cp) ||
                       cdn_u32_contains(TRANSCRIPTION_HAN_OTHER, n_other, (uint32_t)cp) ||
                       cdn_u32_contains(TRANSCRIPTION_HAN_REGIONAL, n_regional, (uint32_t)cp));
}

bool cdn_transcription_characters(const char *text)
{
    bool any = false;
    for (const char *p = text; *p;) {
        utf8proc_int32_t cp = next_cp(&p);
        if (!cp)
            break;
        if (!transcription_han(cp))
            return false;
        any = true;
    }
    return any;
}

/* The characters the Xinhua table writes for a consonant alone, with no vowel of the name
 * after it (its first column: b 布, p 普, t 特, g 格, z 兹, ts 茨, s 斯, sh 什, m 姆, h 赫, l and
 * r 尔, 爾): a consonant cluster or a final consonant, which no Chinese syllable has. A Chinese
 * given name seldom takes them for their meaning (none of the 553 faker zh_CN and zh_TW given
 * names holds one). Left out are the column's 德 d and 恩 n, virtues Chinese given names take
 * (德华, 恩来), 克 k ("overcome": 克强, 克勤, 克明) and the r of 儿, 兒 (the diminutive of girls'
 * names: 婉儿, 宝儿), and 夫 f, of Japanese given names (和夫, 正夫): with 克 and 儿, 50 of 3,744
 * native names (96 common surnames before 39 given names with these characters, review2,
 * session 20) alerted more, 40 of them by 克 or 儿 (马克勤 / MAKIN, 吕克礼 / LUKOIL, 马婉儿 /
 * MANAURE); left out, Wikidata Chinese met 3 of 2,000 fewer (香克利 / Shankly, 蜜兒卡 / Milka,
 * 荻克西 / Dixie). A word of three that looks native (a surname first, one character outside the
 * table) and holds one after its first is a transcription all the same
 * (cdn_transcription_but_one: 李普曼 Lippmann, 蔡爾德 Child). Of 3,000 Wikidata Chinese pairs
 * outside the benchmark's (rows 3,500-6,500), 19 more met (2,534 -> 2,553, 克 and 儿 in), and no native
 * name of 12,000 alerted more; a first character outside the table let through without it
 * gave 29 more, an alarm (嚴紹齊 / ANSC) and 陸明哲 / LUMINSA (明哲 a given name). In code
 * point order. */
static const uint32_t CONSONANT_ALONE[] = {
    0x4EC0, 0x5179, 0x59C6, 0x5C14, 0x5E03, 0x65AF, 0x666E, /* 什兹姆尔布斯普 */
    0x683C, 0x723E, 0x7279, 0x8328, 0x8332, 0x8D6B,         /* 格爾特茨茲赫 */
};

uint32_t cdn_consonant_alone_at(size_t i)
{
    return i < sizeof CONSONANT_ALONE / sizeof CONSONANT_ALONE[0] ? CONSONANT_ALONE[i] : 0;
}

/* Whether cp is one of CONSONANT_ALONE. */
static bool consonant_alone(utf8proc_int32_t cp)
{
    return cp >= 0 && cdn_u32_contains(CONSONANT_ALONE, sizeof CONSONANT_ALONE / sizeof CONSONANT_ALONE[0], (uint32_t)cp);
}

bool cdn_writes_consonant_alone(const char *text)
{
    const char *p = text;
    if (!next_cp(&p))
        return false;
    for (utf8proc_int32_t cp = next_cp(&p); cp; cp = next_cp(&p))
        if (consonant_alone(cp))
            return true;
    return false;
}

bool cdn_transcription_but_one(const char *text)
{
    size_t count = 0, other = 0;
    utf8proc_int32_t first = 0;
    for (const char *p = text; *p;) {
        utf8proc_int32_t cp = next_cp(&p);
        if (!cp)
            break;
        if (!count++)
            first = cp;
        if (!cdn_han_code_point(cp))
            return false;
        other += !transcription_han(cp);
    }
    /* Of three, a Chinese name begins with its surname (chinese_surnames.h: 林大雅, 陸明哲),
     * and its given name writes no consonant alone (魏斯曼 Weismann, 李普曼 Lippmann do). */
    if (other != 1 || count < 3)
        return false;
    return count >= 4 || (transcription_han(first) && !cdn_common_chinese_surname(first)) ||
           cdn_writes_consonant_alone(text);
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
        han |= cdn_han_code_point(cp);
        native_han |= cdn_han_code_point(cp) && !transcription_han(cp);
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
 * after a consonant is silent (Jake → 제이크, Anne → アン) and costs little, and so is one
 * before a final sound of the s class (English Holmes ホームズ, Eames イームズ, Barnes; French
 * Delattres; the class holds z and sh too, so a Spanish -ez is read so as well). */
static double silent_vowel(const char *spelled, size_t j, size_t ls)
{
    bool final_e = j > 0 && spelled[j] == 'E' && !is_vowel_sound(spelled[j - 1]) &&
                   (j + 1 == ls || (j + 2 == ls && spelled[j + 1] == 's'));
    return final_e ? SILENT_E : SILENT_VOWEL;
}

/* The cost of leaving out the consonant spelled[j] (of ls sounds): a liquid closing a syllable
 * (before a consonant or at the end: Walton → 沃顿 wodun, Halfon → 哈方) is often left out by
 * Chinese, whose syllables close only in n and ng, and costs half a step. Wikidata Chinese
 * 1603 -> 1624 of 2000 (development pairs 2450 -> 2483 of 3000), no unrelated pair more of
 * 9,000; at 0.35, 11 development pairs more and 3 unrelated ones. */
static double consonant_dropped(const char *spelled, size_t j, size_t ls, cdn_syllabary syllabary)
{
    if (syllabary == CDN_SYLLABARY_HAN && spelled[j] == 'l' && j > 0 && is_vowel_sound(spelled[j - 1]) &&
        (j + 1 == ls || !is_vowel_sound(spelled[j + 1])))
        return LIQUID_CODA;
    return CONSONANT;
}

/* Whether heard[i - 1], the last sound heard (of lh), is a vowel that Chinese adds after a
 * spelling's final consonant: every syllable of a transcription ends in a vowel, n or ng, so a
 * final t, k, s, p, f, d, l writes a whole syllable (Papert → 派普特 paipute, Gazidis → 加齐迪斯
 * jiaqidisi, Appelt → 安普尔特): the vowel is the script's, not the name's, and says nothing
 * for or against the pair (FINAL_VOWEL). Not after the class n (m, n, ng: sounds.h), which a
 * syllable closes without a vowel (安 an for Ann; 安娜 anna is Anna): there the vowel is the
 * name's, and forgiving it let wrong names in n outrank right ones in search (龐諾 pangnuo /
 * Pfann above Ponzo; Wikidata Chinese search 1617 -> 1619 of 2000 without it, review1,
 * session 18). Asked only where the whole spelling has been aligned (j == ls). */
static bool final_vowel_added(const char *heard, size_t i, size_t lh, const char *spelled, size_t ls,
                              cdn_syllabary syllabary)
{
    return syllabary == CDN_SYLLABARY_HAN && i == lh && i >= 2 && is_vowel_sound(heard[i - 1]) &&
           !is_vowel_sound(heard[i - 2]) && ls > 0 && !is_vowel_sound(spelled[ls - 1]) && spelled[ls - 1] != 'n';
}

/* Whether the vowel heard[i - 1] (of a sound string) is one the script adds to the lone
 * consonant before it (epenthesis): the Xinhua table writes a lone consonant with e, i or u
 * (克 ke, 特 te, 尔 er, 斯 si, 奇 qi, 夫 fu, 布 bu, 姆 mu); the Gairaigo rules with u, o after t
 * and d, i after ch and j (ク, ト, ド, チ, ジ: chi and ji are t by the kana readings, s
 * otherwise); Korean's rules with eu, which the sound strings leave out, and i after ch and j
 * (치, 지: s). The kana o and i and the Hangul i were taken after any consonant until review2
 * (session 19), which made a kana ko or ki, or a Hangul ri, as cheap as the script's own. */
static bool added_by_script(const char *heard, size_t i, cdn_syllabary syllabary)
{
    char vowel = heard[i - 1], before = i >= 2 ? heard[i - 2] : '\0';
    switch (syllabary) {
    case CDN_SYLLABARY_HAN:
        return vowel == 'E' || vowel == 'I' || vowel == 'U';
    case CDN_SYLLABARY_KANA:
        return vowel == 'U' || (vowel == 'O' && before == 't') || (vowel == 'I' && (before == 't' || before == 's'));
    default:
        return vowel == 'I' && before == 's';
    }
}

/* The cost of heard[i - 1], a vowel (of lh sounds), that the spelling does not have: little
 * (EPENTHESIS) for a vowel the script adds to a lone consonant, or one beside another vowel
 * (a long vowel or diphthong written out: Michael 마이클 maikeul, Clare 클레어 keulleeo);
 * another vowel between consonants stands for a vowel of the name, and one the spelling lacks
 * costs what a vowel only the spelling has costs (SILENT_VOWEL): 纳西尔 naxier is Nasir, not
 * Nzeri; 克拉克 kelake Clarke, not George. On 500 unlisted Wikidata people per script
 * (development rows 3,000-3,500), native names alerting where the English label does not:
 * Chinese 363 -> 357, Japanese 393 -> 370, katakana 381 -> 356, Korean 89 -> 68; true pairs
 * (rows 3,500-5,500, compare) 1706 -> 1704, 1877 -> 1876, 1893 -> 1892, 1679 -> 1672. Without
 * the diphthongs' exception, Korean lost 23 true pairs (마이클 Michael, 에이미 Amy). */
static double added_vowel(const char *heard, size_t i, size_t lh, cdn_syllabary syllabary)
{
    bool beside_vowel = (i >= 2 && is_vowel_sound(heard[i - 2])) || (i < lh && is_vowel_sound(heard[i]));
    return beside_vowel || added_by_script(heard, i, syllabary) ? EPENTHESIS : SILENT_VOWEL;
}

/* The least cost of turning spelled into heard (sound strings of lh and ls letters, at most
 * MAX_SOUNDS each), by the costs above. */
static double align_cost(const char *heard, size_t lh, const char *spelled, size_t ls, cdn_syllabary syllabary)
{
    double row[MAX_SOUNDS + 1], prev[MAX_SOUNDS + 1], drop[MAX_SOUNDS];
    for (size_t j = 0; j < ls; j++) /* the cost of leaving out each sound of the spelling, once */
        drop[j] = is_vowel_sound(spelled[j]) ? silent_vowel(spelled, j, ls) : consonant_dropped(spelled, j, ls, syllabary);
    prev[0] = 0.0;
    for (size_t j = 1; j <= ls; j++)
        prev[j] = prev[j - 1] + drop[j - 1];
    for (size_t i = 1; i <= lh; i++) {
        char h = heard[i - 1];
        bool hv = is_vowel_sound(h);
        double epenthesis = hv ? added_vowel(heard, i, lh, syllabary) : EPENTHESIS;
        row[0] = prev[0] + (hv ? epenthesis : CONSONANT);
        double closing = final_vowel_added(heard, i, lh, spelled, ls, syllabary) ? FINAL_VOWEL : epenthesis;
        for (size_t j = 1; j <= ls; j++) {
            char s = spelled[j - 1];
            bool sv = is_vowel_sound(s);
            double swap = h == s ? 0.0 : hv && sv ? vowel_swap(h, s, syllabary) : CONSONANT;
            if (hv != sv)
                swap = 2.0 * CONSONANT; /* a vowel for a consonant: never better than two steps */
            double best = prev[j - 1] + swap;
            double added = prev[j] + (hv ? (j == ls ? closing : epenthesis) : CONSONANT);
            double dropped = row[j - 1] + drop[j - 1];
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
 * or less. Over all lengths, 0.07-0.10 % of unrelated pairs meet. A single consonant says
 * little: only the very same sounds meet (アラ / Alla), but for one vowel the transcription
 * adds or a silent final e (ハーグ haagu / Haag, ウィート / Wheat): on 3,000 Wikidata pairs
 * per script outside the benchmark's, Japanese 2,674 -> 2,690 and Korean 2,062 -> 2,073 met,
 * and 20 unrelated pairs of 9,000 instead of 19 (Chinese); at any cost above that, unrelated
 * pairs meet by their vowels. Chinese hears a foreign vowel more loosely (its e stands for
 * many: 荷馬 hema / Homer, 邁耶 maiye / Meyer), and two characters of the transcription table
 * are already evidence of a transcription (score.c): for Han, one consonant allows twice the
 * epenthesis (Wikidata Chinese 1458 -> 1466 of 2000, development pairs 2227 -> 2252, and no
 * unrelated pair more of 9,000; 0.4 let two more through). */
static double allowed_cost(size_t consonants, cdn_syllabary syllabary)
{
    if (consonants < 2) /* one: the same sounds, vowels and all (アラ / Alla) */
        return consonants == 1 ? (syllabary == CDN_SYLLABARY_HAN ? 2 * EPENTHESIS : EPENTHESIS) : -1.0;
    if (consonants == 2)
        return 0.5;
    if (consonants == 3)
        return 0.75;
    return 0.25 * (double)consonants + 0.25;
}

/* Whether the eu at heard[i] is a ㅡ that Korean writes for a Japanese u: after s, ss, j or ch
 * (스, 쓰, 즈, 츠 for す, つ, ず: the 외래어 표기법's table for Japanese) and with no final
 * consonant of its own (승 seung, 슨 seun before a consonant are Korean syllables). */
static bool japanese_u(const char *heard, size_t i)
{
    if (i == 0 || !strchr("sjh", heard[i - 1]))
        return false;
    const char *after = heard + i + 2;
    if (after[0] == 'n' && after[1] == 'g')
        return false;
    return !(after[0] && strchr("nlmkpt", after[0]) && (!after[1] || !strchr("aeiouwy", after[1])));
}

/* Whether the s at heard[i] (Revised Romanization as ICU writes it) is a final ㅅ: after a
 * vowel, and before no vowel, s or h (not 스 seu, 쓰 sseu, 샤 sya, 쉬 swi). */
static bool final_s_at(const char *heard, size_t i)
{
    char next = heard[i + 1];
    return heard[i] == 's' && i > 0 && strchr("aeiouwy", heard[i - 1]) && next != 's' && next != 'h' &&
           (!next || !strchr("aeiouwy", next));
}

bool cdn_hangul_final_s_said(const char *heard, char *out, size_t cap)
{
    size_t len = strlen(heard);
    bool any = false;
    if (len >= cap)
        return false;
    for (size_t i = 0; i < len; i++) {
        bool said = final_s_at(heard, i);
        out[i] = said ? 't' : heard[i];
        any |= said;
    }
    out[len] = '\0';
    return any;
}

/* Whether the eu at heard[i] is a ㅡ between two of one consonant, the second beginning a
 * syllable (르로 leulo, 드더): left out, the sound strings fold the two into one, but they may
 * be two of the name with a vowel between, the French e muet that the 외래어 표기법's table for
 * French writes 으 (Leroy 르로이). Read so besides, not instead (heard_sounds): Hangul writes two
 * consonants of a spelling with one letter too (f and p ㅍ: Halfpenny 하프페니), and 를 before
 * a consonant or at the end is an r and an l (Karl 카를, Carlo 카를로). */
static bool eu_between_one_consonant(const char *heard, size_t i)
{
    char before = i > 0 ? heard[i - 1] : '\0', after = heard[i + 2];
    return before && !strchr("aeiouwy", before) && after == before && heard[i + 3] && strchr("aeiouwy", heard[i + 3]);
}

/* Writes the Revised Romanization heard with ㅡ eu left out and its other two-letter vowels
 * as one (eo → o, ae → a) into out (at least CDN_SOUNDS_MAX + 1 bytes): ㅡ is the vowel Korean
 * adds after a consonant (Trump → 트럼프 teureompeu, Jake → 제이크 jeikeu), which no spelling
 * has (left out, Wikidata Korean 1241 -> 1287 of 2000, and unrelated pairs accepted 0.12 ->
 * 0.13 %); ㅓ eo stands for an English o or u (Thomas → 토머스 tomeoseu), ㅐ ae for an English
 * a (Ashley → 애슐리 aesyulli); as two vowels they would cost twice. A final ㅅ, which ICU
 * writes s, is said t (Korean's final-consonant rule) and stands for a foreign t.
 * Besides, eu_is_u: a ㅡ that writes a Japanese u (japanese_u) as u; keep_between: a ㅡ between
 * two of one consonant (eu_between_one_consonant) as e. Returns out. */
static const char *single_vowels(const char *heard, bool eu_is_u, bool keep_between, char *out)
{
    size_t n = 0;
    for (size_t i = 0; heard[i] && n < CDN_SOUNDS_MAX; i++) {
        char c = heard[i], next = heard[i + 1];
        if (c == 'e' && next == 'u' && eu_is_u && japanese_u(heard, i)) {
            out[n++] = 'u'; /* ㅡ for a Japanese u (스즈키 seujeuki, Suzuki) */
            i++;
        } else if (c == 'e' && next == 'u' && keep_between && eu_between_one_consonant(heard, i)) {
            out[n++] = 'e'; /* ㅡ between two of one consonant, as a vowel of the name (above) */
            i++;
        } else if (c == 'e' && next == 'u') {
            i++; /* ㅡ: the vowel Korean adds, which the spelling never has */
        } else if ((c == 'e' && (next == 'u' || next == 'o')) || (c == 'a' && next == 'e')) {
            out[n++] = c == 'a' ? 'a' : next;
            i++;
        } else if (final_s_at(heard, i)) {
            out[n++] = 't'; /* a final ㅅ is said t, and writes a foreign t (해밋 haemis, Hammett) */
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

/* Writes into out the Latin spelling with its kh written h, as the three transcriptions write
 * it (Khrushchev → 赫鲁晓夫 heluxiaofu, フルシチョフ, 흐루쇼프; Prokhorov → 普罗霍罗夫 puluohuoluofu):
 * Chinese, Japanese and Korean have no velar fricative but h; returns false when there is no kh. */
static bool kh_as_h(const char *spelled, char *out, size_t cap)
{
    const char *kh = strstr(spelled, "kh");
    size_t len = strlen(spelled);
    if (!kh || len >= cap)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (!(spelled[i] == 'k' && spelled[i + 1] == 'h'))
            out[n++] = spelled[i];
    out[n] = '\0';
    return true;
}

/* Whether the en at heard[i] is a final 恩 after a syllable ending in a vowel or an n: the
 * Xinhua tables write a foreign final n alone with 恩 (the n of their first column, the
 * consonant alone: 林恩 linen / Lynn, 津恩 / Zinn, 沃恩 woen / Warn, 贊恩 / Zene), its e the
 * script's. Only at the end: inside a word, read so, it cost 埃密利亞恩寇 / Emelianenko a
 * syllable and let 安恩沙 / ANYINSAH alert (development rows). A syllable's closing n has a
 * vowel before it: after nn the en is 嫩 nen's (丹嫩 dannen / Dennen, not Dan). After a vowel
 * and an n pinyin cannot tell 恩 from 嫩 (哈嫩 hanen / Hahnen still meets Han). */
static bool final_en_alone(const char *heard, size_t i)
{
    if (heard[i] != 'e' || heard[i + 1] != 'n' || heard[i + 2] || i == 0)
        return false;
    bool after_vowel = strchr("aeiou", heard[i - 1]) != NULL;
    bool after_closing_n = heard[i - 1] == 'n' && i >= 2 && strchr("aeiou", heard[i - 2]) != NULL;
    return after_vowel || after_closing_n;
}

/* Writes into out the pinyin heard with the two-letter finals the Xinhua table writes a foreign
 * vowel with read as that vowel: ai and ei as e (埃里克 ailike / Eric, 梅 mei for me), a final
 * en as the n alone (final_en_alone), wu as u (pinyin writes the syllable u alone wu, "Pinyin":
 * its w is no sound, and the tables write u with 乌 wu: 乌尔里希 / Ulrich, 烏維斯塔德 /
 * Ulvestad; development rows 3,500-6,500 2571 -> 2573 by compare and 2459 -> 2461 by search,
 * one-word alarms the same 309 of 500), uo, ou and ao as o (罗 luo for ro, 霍 huo for ho, 奥 ao
 * for o); and the syllable er (尔, 爾) after a syllable ending in a, o or u, which writes a
 * foreign l or r closing a syllable, as its r alone (霍爾 huoer / Hall, 戈特沙爾克 / Gottschalk:
 * Wikidata Chinese 1696 -> 1699 of 2000, development rows 3411 -> 3413 of 4000, no unrelated
 * pair more). Not after i, where the e left 希尔顿 xierdun / Milton a step over the bar.
 * Returns false when there is none. */
static bool pinyin_vowels_folded(const char *heard, char *out, size_t cap)
{
    size_t n = 0;
    bool any = false;
    for (size_t i = 0; heard[i] && n + 1 < cap; i++) {
        char c = heard[i], next = heard[i + 1];
        if ((c == 'a' || c == 'e') && next == 'i') {
            out[n++] = 'e';
            i++;
            any = true;
        } else if (c == 'w' && next == 'u') {
            any = true; /* pinyin's wu is the vowel u alone (烏維科 wuweike / Ubico) */
        } else if (final_en_alone(heard, i)) {
            if (heard[i - 1] != 'n')
                out[n++] = 'n'; /* 沃恩 woen: won; 林恩 linen: lin */
            i++;
            any = true;
        } else if ((c == 'u' && next == 'o') || (c == 'o' && next == 'u') || (c == 'a' && next == 'o')) {
            out[n++] = 'o';
            i++;
            any = true;
        } else if (c == 'e' && next == 'r' && i > 0 && strchr("aou", heard[i - 1]) &&
                   (!heard[i + 2] || !strchr("aeiou", heard[i + 2]))) {
            any = true; /* the syllable er after another: its e is the script's */
        } else {
            out[n++] = c;
        }
    }
    out[n] = '\0';
    return any;
}

/* Writes into out the pinyin heard with the sounds of the transcription tables that pinyin
 * reads otherwise: 什, which the tables write for a foreign sh (Holeš → 霍萊什, Jakeš → 雅克什),
 * romanised shen by its reading in 什么, read shi; 约 (約) yue, which the English table writes
 * for jo and yo (约翰 John, 约克 York, 约瑟夫 Joseph: its row y, column o), read yo — no other
 * character of the tables is read yue; pinyin c, the affricate ts (茨 ci, the table's ts alone:
 * 盖茨 Gates, 茨威格 Zweig), also read as a t and an s, which the sound classes otherwise take
 * for one sibilant (sounds.h: ts) and so lose the t of a spelling that writes a vowel between
 * (Gates) — the two: Wikidata Chinese 1696 -> 1700 of 2000, development pairs 2558 -> 2566 of
 * 3000, one one-word alarm more of 500 (格約托 / GORT: 约 for io), BENCHMARKS.md session 20,
 * branch han-readings; and a syllable's initial r, which the French
 * table writes for j and a soft g (Baugé → 博热 bore, Geoffroy → 若弗鲁瓦 ruofuluwa, Jean → 让
 * rang: pinyin r is a retroflex close to the French j), read zh (a sibilant, sounds.h) when
 * r_as_j. Returns false when there is none. The Xinhua tables of 世界人名翻译大辞典 (as in Wikipedia's
 * "Transcription into Chinese characters"). Read with the table's vowels (pinyin_vowels_folded)
 * when they apply: Wikidata Chinese 1624 -> 1632 of 2000, development pairs 2483 -> 2486, no
 * unrelated pair more. */
static bool pinyin_respelled(const char *heard, bool r_as_j, char *out, size_t cap)
{
    size_t n = 0;
    bool any = false;
    for (size_t i = 0; heard[i] && n + 3 < cap; i++) { /* room for three letters and the NUL */
        char c = heard[i], prev = i ? heard[i - 1] : '\0';
        if (strncmp(heard + i, "shen", 4) == 0) {
            memcpy(out + n, "shi", 3);
            n += 3;
            i += 3;
            any = true;
        } else if (strncmp(heard + i, "yue", 3) == 0) {
            memcpy(out + n, "yo", 2);
            n += 2;
            i += 2;
            any = true;
        } else if (c == 'c' && heard[i + 1] != 'h') {
            memcpy(out + n, "t's", 3); /* the apostrophe, pinyin's syllable mark, keeps t and s apart */
            n += 3;
            any = true;
        } else if (r_as_j && c == 'r' && heard[i + 1] && strchr("aeiou", heard[i + 1]) &&
                   (!prev || strchr("aioung", prev))) {
            memcpy(out + n, "zh", 2);
            n += 2;
            any = true;
        } else {
            out[n++] = c;
        }
    }
    out[n] = '\0';
    return any;
}

bool cdn_xinhua_respelled(const char *heard, char *out, size_t cap)
{
    char folded[CDN_SOUNDS_MAX + 1];
    const char *from = pinyin_vowels_folded(heard, folded, sizeof folded) ? folded : heard;
    return pinyin_respelled(from, true, out, cap);
}

/* Writes into out the romaji heard with each ング ngu that closes a syllable (before a consonant
 * or at the end) as n: katakana write a foreign ng [ŋ] as ン and the グ that the spelling's g
 * suggests (Spong スポング supongu, Hawking ホーキング, Jingle ジングル, Hollings ホリングス), while
 * the sound classes read ng as one nasal (sounds.h: n, as Chinese and Hangul have it); returns
 * false when there is none. */
static bool kana_ng_closed(const char *heard, char *out, size_t cap)
{
    size_t n = 0;
    bool any = false;
    for (size_t i = 0; heard[i] && n + 1 < cap; i++) {
        bool ngu = i > 0 && heard[i] == 'n' && heard[i + 1] == 'g' && heard[i + 2] == 'u'; /* heard[i + 3] exists */
        if (ngu && (!heard[i + 3] || !strchr("aeiouy", heard[i + 3]))) {
            out[n++] = 'n';
            i += 2;
            any = true;
        } else {
            out[n++] = heard[i];
        }
    }
    out[n] = '\0';
    return any;
}

/* What a caller wants of the best alignment of heard and spelled under every reading of each:
 * the similarity it gives (cdn_transcription_similarity), or how far its cost goes beyond the
 * bar (cdn_transcription_excess). */
typedef enum wanted { WANT_SIM, WANT_EXCESS } wanted;

/* The similarity of a pair whose cheapest alignment costs cost where allowed is the bar: from
 * 0.84 at no cost down to 0.80 at the most allowed, else 0. Never rises with cost (each step
 * of it is monotone in floating point too), which best_alignment's skipping relies on. */
static double sim_at(double cost, double allowed)
{
    double sim = cost <= allowed + FINAL_VOWEL + 1e-9 ? 0.84 - (allowed > 0.0 ? 0.04 * cost / allowed : 0.0) : 0.0;
    return sim > 0.0 && sim < 0.80 ? 0.80 : sim; /* rounding: the most allowed is still a match */
}

/* How far cost goes beyond the bar allowed (at least 0.5), in steps: rises with cost. */
static double excess_at(double cost, double allowed) { return cost - (allowed > 0.5 ? allowed : 0.5); }

/* The best similarity (WANT_SIM: the highest) or excess (WANT_EXCESS: the lowest) over the
 * alignments of every heard sound string h[0..nh) with every spelled one s[0..ns). A pair
 * whose consonants alone (cdn_sound_cost_bound) cost more than can improve on the best so far
 * is not aligned: its cost is at least the bound, and sim_at and excess_at are monotone, so
 * skipping it cannot change the result. Of 300 Chinese names searched in the six lists, most
 * pairs are skipped so (BENCHMARKS.md, session 12, branch cjkcost). both_h_or_w
 * (initial_h_shared, initial_w_shared): the two begin with an h (or, Hangul against a spelling,
 * a w), which the sound strings leave out, and a word of one consonant or none besides is held
 * to the bar of one more. */
static double best_alignment(const cdn_sound_set *h, const cdn_sound_set *s, cdn_syllabary syllabary,
                             bool both_h_or_w, wanted want)
{
    double min_drop = syllabary == CDN_SYLLABARY_HAN ? LIQUID_CODA : CONSONANT; /* consonant_dropped */
    double best = want == WANT_SIM ? 0.0 : 1e9;
    for (size_t i = 0; i < h->n; i++)
        for (size_t j = 0; j < s->n; j++) {
            const cdn_sound_profile *ph = &h->prof[i], *ps = &s->prof[j];
            size_t consonants = ph->consonants > ps->consonants ? ph->consonants : ps->consonants;
            if (both_h_or_w && consonants < 2)
                consonants++;
            double allowed = allowed_cost(consonants, syllabary);
            double bound = cdn_sound_cost_bound(ph, ps, min_drop);
            if (want == WANT_SIM ? sim_at(bound, allowed) <= best : excess_at(bound, allowed) >= best)
                continue;
            double cost = align_cost(h->str[i], ph->len, s->str[j], ps->len, syllabary);
            if (want == WANT_SIM && sim_at(cost, allowed) > best)
                best = sim_at(cost, allowed);
            if (want == WANT_EXCESS && excess_at(cost, allowed) < best)
                best = excess_at(cost, allowed);
        }
    return best;
}

/* Fills *out with the sound strings of heard, the romanisation of a word of syllabary (and
 * with the Xinhua table's readings when xinhua; j_or_g: the spelling it is compared with has
 * a j, a g or a zh, for the r the French table writes j with and the Russian zh). */
static void heard_sounds(const char *heard, cdn_syllabary syllabary, bool xinhua, bool j_or_g, cdn_sound_set *out)
{
    const unsigned HEARD[3] = {CDN_SOUND_W_IS_V,
                               syllabary == CDN_SYLLABARY_HAN    ? CDN_SOUND_J_IS_G
                               : syllabary == CDN_SYLLABARY_KANA ? CDN_SOUND_KANA_H
                                                                 : 0,
                               syllabary == CDN_SYLLABARY_KANA  ? CDN_SOUND_KANA_T | CDN_SOUND_KANA_D
                               : syllabary == CDN_SYLLABARY_HAN ? CDN_SOUND_X_IS_H
                                                                : 0};
    char korean[CDN_SOUNDS_MAX + 1], folded[CDN_SOUNDS_MAX + 1], respelled[CDN_SOUNDS_MAX + 1];
    const char *other = NULL;  /* a second romanisation of heard, read besides */
    const char *third = NULL;  /* and a third */
    if (syllabary == CDN_SYLLABARY_HANGUL) {
        /* Korean writes the u of a Japanese name with ㅡ (す 스, ず 즈, つ 쓰: the 외래어
         * 표기법's table for Japanese): 스즈키 seujeuki is Suzuki. */
        if (strstr(heard, "eu"))
            other = single_vowels(heard, true, false, folded);
        const char *plain = single_vowels(heard, false, false, korean);
        /* and with a ㅡ between two of one consonant as e (르로이 leuloi / Leroy) */
        if (other && strcmp(single_vowels(heard, false, true, respelled), plain) != 0)
            third = respelled;
        heard = plain;
    } else if (syllabary == CDN_SYLLABARY_KANA) {
        if (kana_ng_closed(heard, folded, sizeof folded))
            other = folded;
    } else if (xinhua) {
        if (pinyin_vowels_folded(heard, folded, sizeof folded))
            other = folded;
        /* The r only against a spelling with a j, g or zh to hear (every reading of every other
         * one costs an alignment, and this is the inner loop of a transcription's search). */
        if (pinyin_respelled(other ? other : heard, j_or_g, respelled, sizeof respelled))
            third = respelled;
    }
    char h[3 * CDN_SOUND_VARIANTS][CDN_SOUNDS_MAX + 1];
    unsigned base = CDN_SOUND_ROMANISED | CDN_SOUND_VOWELS | (syllabary == CDN_SYLLABARY_KANA ? CDN_SOUND_LIQUID_PAIRS : 0);
    size_t nh = cdn_sound_readings(heard, base, HEARD, h);
    if (other)
        nh += cdn_sound_readings(other, base, HEARD, h + nh);
    if (third)
        nh += cdn_sound_readings(third, base, HEARD, h + nh);
    cdn_sound_set_fill(out, h, nh, MAX_SOUNDS);
}

/* How many consonants the sound string sounds, read with CDN_SOUND_VOWELS, holds. */
static size_t consonant_sounds(const char *sounds)
{
    size_t n = 0;
    for (const char *c = sounds; *c; c++)
        n += !is_vowel_sound(*c);
    return n;
}

size_t cdn_kana_spelled_consonants(const char *spelled)
{
    char s[CDN_SOUNDS_MAX + 1];
    cdn_sound_classes(spelled, CDN_SOUND_VOWELS | CDN_SOUND_LIQUID_PAIRS, s);
    return consonant_sounds(s);
}

/* Fills *out with the sound strings of the Latin spelling spelled: as English and German
 * spell (its r, g, th), with a French silent final dropped, with kh as h, and when read_aloud
 * as its likely languages read it (and as Korean hears English, when compared with Hangul); an r
 * beside an l as a sound of its own when compared with kana (CDN_SOUND_LIQUID_PAIRS). */
static void spelled_sounds(const char *spelled, bool read_aloud, cdn_syllabary syllabary, cdn_sound_set *out)
{
    bool hangul = syllabary == CDN_SYLLABARY_HANGUL;
    unsigned base = CDN_SOUND_VOWELS | (syllabary == CDN_SYLLABARY_KANA ? CDN_SOUND_LIQUID_PAIRS : 0);
    static const unsigned SPELLED[3] = {CDN_SOUND_DROP_R, CDN_SOUND_SOFT_G, CDN_SOUND_TH_IS_S};
    char french[CDN_SOUNDS_MAX + 1];
    char s[CDN_SOUND_SET_MAX][CDN_SOUNDS_MAX + 1];
    size_t ns = cdn_sound_readings(spelled, base, SPELLED, s);
    if (without_silent_final(spelled, french, sizeof french))
        ns += cdn_sound_readings(french, base, SPELLED, s + ns);
    char velar[CDN_SOUNDS_MAX + 1];
    if (kh_as_h(spelled, velar, sizeof velar))
        ns += cdn_sound_readings(velar, base, SPELLED, s + ns);
    size_t spelled_consonants = consonant_sounds(s[0]);
    if (read_aloud && spelled_consonants >= 1) {
        /* The spelling as its likely source languages read it (readings.h: józsef as
         * Hungarian is yozhef, walczak as Polish valchak), with its r silent but where the
         * language says every r (Geert as Dutch, ヘールト). Words of one or two consonants
         * get only the readings of cdn_readings_heard's own languages and French (Jay as
         * English, ジェイ; Kjell as Norwegian, シェル; Boule as French, ブール): with all of them a reading found too many others
         * (ロイド and Reid read as German, raid). On 3,000 Wikidata pairs per script outside
         * the benchmark's, those readings took katakana 2,668 -> 2,723 and Korean 2,028 ->
         * 2,056, and unrelated pairs accepted 0.233 -> 0.256 % (katakana), the same elsewhere. */
        char r[CDN_READINGS_HEARD][CDN_READING_MAX + 1];
        bool rolled[CDN_READINGS_HEARD];
        size_t nr = cdn_readings_heard(spelled, spelled_consonants >= 3, r, rolled);
        for (size_t k = 0; k < nr; k++)
            cdn_sound_classes(r[k], base | (rolled[k] ? 0 : CDN_SOUND_DROP_R), s[ns++]);
        /* Hangul writes English's schwa as 어 (readings.h, cdn_readings_korean). */
        if (hangul && cdn_readings_korean(spelled, r))
            cdn_sound_classes(r[0], base | CDN_SOUND_DROP_R, s[ns++]);
        /* Hangul writes Brazilian names as Brazil says them (readings.h): Silva 시우바. */
        if (hangul && cdn_readings_brazilian(spelled, r[0]))
            cdn_sound_classes(r[0], base, s[ns++]);
    }
    cdn_sound_set_fill(out, s, ns, MAX_SOUNDS);
}

/* Whether heard, romanised from Hangul, and spelled both begin with an h (spelled also wh). The
 * sound strings leave h out (sounds.h), so a word of one consonant besides is held to the bar
 * of one (allowed_cost: the very same sounds); but Hangul writes a spelling's h as ㅎ, and an h
 * both sides say is a consonant they share: 헤이스 heiseu / Hayes, 하이스 / Heiss, 휠러 hwilleo /
 * Wheeler, 홀 / Hall, 하인 / Hein meet at the bar of two. Not after an h with ㅓ eo, which
 * Hangul writes for the schwa and for English's u, o and i alike and the sound strings read as
 * o (헐 heol is Hull, not Hall: 홀). Wikidata Korean 1703 -> 1711 of 2000 (search 1709 ->
 * 1717), no other set moved; for words of two consonants or more besides, 3 pairs more
 * (Wallace, Wilshere with an initial w counted too) and 3 Korean names more alerting on another
 * row's English name, so not there (BENCHMARKS.md, session 17, branch korean). */
static bool initial_h_shared(const char *heard, cdn_syllabary syllabary, const char *spelled)
{
    return syllabary == CDN_SYLLABARY_HANGUL && heard[0] == 'h' && strncmp(heard + 1, "eo", 2) != 0 &&
           (spelled[0] == 'h' || (spelled[0] == 'w' && spelled[1] == 'h'));
}

/* Whether heard, romanised from Hangul, and spelled both begin with a w, which the sound
 * strings leave out as they leave out h: the 외래어 표기법 writes an English [w] with the glide
 * of 워, 와, 웨, 위 (제3장 제1절 제7항), so a w both sides write is a consonant they share, as
 * initial_h_shared's h is: 웨어 / Ware and 위어 / Weir (no consonant besides) meet at the bar of
 * one, the very same sounds. */
static bool initial_w_shared(const char *heard, cdn_syllabary syllabary, const char *spelled)
{
    return syllabary == CDN_SYLLABARY_HANGUL && heard[0] == 'w' && spelled[0] == 'w';
}

/* The best similarity or excess (want) of heard (romanised from syllabary) and spelled under
 * every reading of each; read_aloud: the spelling also as its likely languages read it;
 * xinhua: heard also with the Xinhua table's vowels and sounds. Each side's sound strings are
 * taken from cache when it has them, else read and kept there (cache may be NULL). */
static double compare_readings(const char *heard, cdn_syllabary syllabary, const char *spelled, bool read_aloud,
                               bool xinhua, wanted want, cdn_transcription_cache *cache)
{
    /* read only by the Xinhua readings; zh: the Russian ж (and ž spelled out), which the Russian
     * table writes with the r of 日, 热 as the French table writes j (热尼亚 reniya / Zhenya,
     * 鲍日娜 / Božena) */
    bool j_or_g = xinhua && (strpbrk(spelled, "jg") != NULL || strstr(spelled, "zh") != NULL);
    unsigned heard_flags = (unsigned)syllabary | (unsigned)xinhua << 2 | (unsigned)j_or_g << 3;
    unsigned spelled_flags = (unsigned)read_aloud | (unsigned)(read_aloud && syllabary == CDN_SYLLABARY_HANGUL) << 1 |
                            (unsigned)(syllabary == CDN_SYLLABARY_KANA) << 2;
    cdn_sound_set local_h, local_s;
    const cdn_sound_set *h = cdn_sound_cache_find(cache ? &cache->heard : NULL, heard, heard_flags);
    if (!h) {
        cdn_sound_set *slot = cdn_sound_cache_put(cache ? &cache->heard : NULL, heard, heard_flags);
        heard_sounds(heard, syllabary, xinhua, j_or_g, slot ? slot : &local_h);
        h = slot ? slot : &local_h;
    }
    const cdn_sound_set *s = cdn_sound_cache_find(cache ? &cache->spelled : NULL, spelled, spelled_flags);
    if (!s) {
        cdn_sound_set *slot = cdn_sound_cache_put(cache ? &cache->spelled : NULL, spelled, spelled_flags);
        spelled_sounds(spelled, read_aloud, syllabary, slot ? slot : &local_s);
        s = slot ? slot : &local_s;
    }
    bool shared = initial_h_shared(heard, syllabary, spelled) || initial_w_shared(heard, syllabary, spelled);
    return best_alignment(h, s, syllabary, shared, want);
}

double cdn_transcription_similarity(const char *heard, cdn_syllabary syllabary, const char *spelled,
                                    cdn_transcription_cache *cache)
{
    return compare_readings(heard, syllabary, spelled, false, false, WANT_SIM, cache);
}

double cdn_transcription_similarity_read(const char *heard, cdn_syllabary syllabary, const char *spelled,
                                         cdn_transcription_cache *cache)
{
    return compare_readings(heard, syllabary, spelled, true, false, WANT_SIM, cache);
}

double cdn_transcription_excess(const char *heard, cdn_syllabary syllabary, const char *spelled,
                                cdn_transcription_cache *cache)
{
    return compare_readings(heard, syllabary, spelled, false, false, WANT_EXCESS, cache);
}

double cdn_transcription_excess_read(const char *heard, cdn_syllabary syllabary, const char *spelled, bool xinhua,
                                     cdn_transcription_cache *cache)
{
    return compare_readings(heard, syllabary, spelled, true, xinhua, WANT_EXCESS, cache);
}

double cdn_transcription_similarity_xinhua(const char *heard, const char *spelled, cdn_transcription_cache *cache)
{
    return compare_readings(heard, CDN_SYLLABARY_HAN, spelled, true, true, WANT_SIM, cache);
}

double cdn_transcription_align_cost(const char *heard, const char *spelled, cdn_syllabary syllabary)
{
    size_t lh = strlen(heard), ls = strlen(spelled);
    return align_cost(heard, lh < MAX_SOUNDS ? lh : MAX_SOUNDS, spelled, ls < MAX_SOUNDS ? ls : MAX_SOUNDS, syllabary);
}
