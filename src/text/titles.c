/*
 * titles.c — regnal numbers and titles (see titles.h).
 *
 * The ordinals are the ordinal numerals of Hebrew, Arabic and Russian grammar to the twentieth,
 * with the definite article that Hebrew and Arabic put on an epithet (Wikipedia: "Hebrew
 * numerals", "Arabic grammar" ordinal numbers, "Russian grammar" numerals); the titles are the
 * common words for ruler, sovereign, noble and saint in the same languages and English, and in
 * Chinese, Japanese and Korean (Wikipedia: "Royal and noble ranks", "Regnal number", "Chinese
 * nobility", "Kazoku" for the five Japanese ranks 公侯伯子男). Both tables hold normalized words
 * (normalize.h: no marks, so الأول is الاول and второй второи) in byte order, for a binary
 * search.
 */
#include "text/titles.h"

#include <stdint.h>
#include <string.h>

#include "core/sorted_words.h"

static const char *const TITLES[] = {
    "archduchess", "archduke", "czar", "czarina", "duchess", "elector", "emperor", "empress",
    "grand", "of", "pharaoh", "pope", "princess", "queen", "saint", "st", "the", "tsar",
    "tsarevich", "tsarina", "tsaritsa", "великая", "великии", "герцог", "герцогиня", "император",
    "императрица", "княгиня", "князь", "королева", "король", "курфюрст", "папа", "принц",
    "принцесса", "святая", "святои", "фараон", "царевич", "царица", "царь", "эрцгерцог", "אפיפיור",
    "ארכידוכס", "דוכס", "דוכסית", "האפיפיור", "הארכידוכס", "הבוחר", "הברון", "הגדול", "הגדולה",
    "הדוכס", "הדוכסית", "המלך", "המלכה", "הנסיך", "הנסיכה", "הצאר", "הקדוש", "הקדושה", "הקיסר",
    "הקיסרית", "הרוזן", "השליט", "מלך", "מלכת", "נסיך", "נסיכה", "נסיכת", "צאר", "צארית", "קיסר",
    "קיסרית", "של", "الامبراطور", "الامبراطورة", "الامير", "الاميرة", "البابا", "الدوق", "الدوقة",
    "السلطان", "الشاه", "القديس", "القديسة", "القيصر", "الملك", "الملكة", "امبراطور", "امبراطورة",
    "قديس",
    /* Chinese and Japanese (天皇 the Japanese emperor, 教皇 the pope, 公主 a Chinese princess,
     * 太后 an empress dowager, 亲王 a prince of the blood, 大帝 "the Great") */
    "亲王", "伯爵", "侯爵", "公主", "公爵", "国王", "國王", "大公", "大帝", "天皇", "太后", "女王", "子爵",
    "教皇", "王妃", "王子", "男爵", "皇后", "皇女", "皇子", "皇帝", "親王",
    /* Korean (천황, 교황, 공작 duke; not 왕 king nor 공 duke, which are the surnames Wang and Gong) */
    "공작", "공주", "교황", "국왕", "남작", "대공", "백작", "여왕", "왕비", "왕자", "자작", "천황", "황녀",
    "황자", "황제", "황후", "후작",
};

typedef struct ordinal {
    const char *word;
    const char *numeral;
} ordinal;

static const ordinal ORDINALS[] = {
    {"восемнадцатая", "xviii"}, {"восемнадцатыи", "xviii"}, {"восьмая", "viii"},
    {"восьмои", "viii"}, {"вторая", "ii"}, {"второи", "ii"}, {"двадцатая", "xx"},
    {"двадцатыи", "xx"}, {"двенадцатая", "xii"}, {"двенадцатыи", "xii"}, {"девятая", "ix"},
    {"девятнадцатая", "xix"}, {"девятнадцатыи", "xix"}, {"девятыи", "ix"}, {"десятая", "x"},
    {"десятыи", "x"}, {"одиннадцатая", "xi"}, {"одиннадцатыи", "xi"}, {"первая", "i"},
    {"первыи", "i"}, {"пятая", "v"}, {"пятнадцатая", "xv"}, {"пятнадцатыи", "xv"}, {"пятыи", "v"},
    {"седьмая", "vii"}, {"седьмои", "vii"}, {"семнадцатая", "xvii"}, {"семнадцатыи", "xvii"},
    {"третии", "iii"}, {"третья", "iii"}, {"тринадцатая", "xiii"}, {"тринадцатыи", "xiii"},
    {"четвертая", "iv"}, {"четвертыи", "iv"}, {"четырнадцатая", "xiv"}, {"четырнадцатыи", "xiv"},
    {"шестая", "vi"}, {"шестнадцатая", "xvi"}, {"шестнадцатыи", "xvi"}, {"шестои", "vi"},
    {"החמישי", "v"}, {"החמישית", "v"}, {"העשירי", "x"}, {"העשירית", "x"}, {"העשרים", "xx"},
    {"הראשון", "i"}, {"הראשונה", "i"}, {"הרביעי", "iv"}, {"הרביעית", "iv"}, {"השביעי", "vii"},
    {"השביעית", "vii"}, {"השישי", "vi"}, {"השישית", "vi"}, {"השלישי", "iii"}, {"השלישית", "iii"},
    {"השמיני", "viii"}, {"השמינית", "viii"}, {"השני", "ii"}, {"השניה", "ii"}, {"השנייה", "ii"},
    {"התשיעי", "ix"}, {"התשיעית", "ix"}, {"الاول", "i"}, {"الاولى", "i"}, {"التاسع", "ix"},
    {"التاسعة", "ix"}, {"الثالث", "iii"}, {"الثالثة", "iii"}, {"الثامن", "viii"},
    {"الثامنة", "viii"}, {"الثانى", "ii"}, {"الثاني", "ii"}, {"الثانية", "ii"}, {"الخامس", "v"},
    {"الخامسة", "v"}, {"الرابع", "iv"}, {"الرابعة", "iv"}, {"السابع", "vii"}, {"السابعة", "vii"},
    {"السادس", "vi"}, {"السادسة", "vi"}, {"العاشر", "x"}, {"العاشرة", "x"}, {"العشرون", "xx"},
    {"العشرين", "xx"},
};

/* The first word of an ordinal of two from the eleventh to the nineteenth (הארבעה עשר,
 * الحادي عشر), masculine and feminine, before עשר עשרה عشر عشرة (TEN); the Arabic ones from
 * the twelfth are the ordinals of ORDINALS (الثاني عشر). */
static const ordinal TEEN_FIRST[] = {
    {"האחד", "xi"},    {"האחת", "xi"},   {"הארבע", "xiv"},   {"הארבעה", "xiv"}, {"החמישה", "xv"},
    {"החמש", "xv"},    {"השבע", "xvii"}, {"השבעה", "xvii"},  {"השישה", "xvi"},  {"השלוש", "xiii"},
    {"השלושה", "xiii"}, {"השמונה", "xviii"}, {"השנים", "xii"}, {"השש", "xvi"},  {"השתים", "xii"},
    {"התשע", "xix"},   {"התשעה", "xix"}, {"الحادي", "xi"},   {"الحادية", "xi"},
};
static const char *const TEN[] = {"עשר", "עשרה", "عشر", "عشرة"};

/* The Roman numerals of 1 to 30: regnal numbers beyond are not met in names. */
static const char *const ROMAN[] = {
    "",    "i",    "ii",    "iii",  "iv",  "v",    "vi",    "vii",    "viii", "ix",  "x",
    "xi",  "xii",  "xiii",  "xiv",  "xv",  "xvi",  "xvii",  "xviii",  "xix",  "xx",  "xxi",
    "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx",
};


/* The value (1 to 30) of an ordinal in digits, or 0: English (1st, 22nd, 13th), or a regnal
 * number in Korean or Japanese, the number and 세 or 世 ("generation": 하랄 5세, ナポレオン 3世
 * for Harald V, Napoleon III; Wikipedia, "Regnal number"). */
static unsigned digit_ordinal(const char *token, size_t len)
{
    size_t digits = 0;
    unsigned value = 0;
    while (digits < len && digits < 2 && token[digits] >= '0' && token[digits] <= '9')
        value = value * 10 + (unsigned)(token[digits++] - '0');
    if (digits == 0 || value == 0 || value >= sizeof ROMAN / sizeof ROMAN[0])
        return 0;
    const char *suffix = token + digits;
    if (len == digits + 3) /* 세 U+C138, 世 U+4E16 in UTF-8 */
        return memcmp(suffix, "\xEC\x84\xB8", 3) == 0 || memcmp(suffix, "\xE4\xB8\x96", 3) == 0 ? value : 0;
    if (len != digits + 2)
        return 0;
    unsigned last = value % 10;
    /* 11th to 13th take -th, as every number not ending in 1, 2 or 3 */
    const char *want = value / 10 == 1 || last == 0 || last > 3 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : "rd";
    return memcmp(suffix, want, 2) == 0 ? value : 0;
}

const char *cdn_regnal_numeral(const char *token, size_t len)
{
    if (len == 0)
        return NULL;
    unsigned char c = (unsigned char)token[0];
    if (c == 'i' || c == 'v' || c == 'x') {
        if (len < 2 || strspn(token, "ivx") < len || (len == 2 && token[1] == 'i' && token[0] != 'i'))
            return NULL; /* i, v, x: initials; xi, vi: names (titles.h) */
        for (size_t v = 2; v < sizeof ROMAN / sizeof ROMAN[0]; v++)
            if (strlen(ROMAN[v]) == len && memcmp(ROMAN[v], token, len) == 0)
                return ROMAN[v];
        return NULL;
    }
    if (c >= '0' && c <= '9') {
        unsigned v = digit_ordinal(token, len);
        return v ? ROMAN[v] : NULL;
    }
    if (c < 0x80) /* no other Latin word is an ordinal */
        return NULL;
    long at = cdn_sorted_words_find(ORDINALS, sizeof ORDINALS / sizeof ORDINALS[0], sizeof ORDINALS[0], token, len);
    return at < 0 ? NULL : ORDINALS[at].numeral;
}

const char *cdn_regnal_numeral_of_two(const char *first, size_t len1, const char *second, size_t len2)
{
    bool ten = false;
    for (size_t i = 0; i < sizeof TEN / sizeof TEN[0] && !ten; i++)
        ten = strlen(TEN[i]) == len2 && memcmp(TEN[i], second, len2) == 0;
    if (!ten || len1 == 0 || (unsigned char)first[0] < 0x80)
        return NULL;
    long at = cdn_sorted_words_find(TEEN_FIRST, sizeof TEEN_FIRST / sizeof TEEN_FIRST[0], sizeof TEEN_FIRST[0], first, len1);
    if (at >= 0)
        return TEEN_FIRST[at].numeral;
    /* an Arabic ordinal of the second to the ninth, and ten */
    const char *unit = (unsigned char)first[0] == 0xD8 ? cdn_regnal_numeral(first, len1) : NULL;
    for (size_t v = 2; unit && v < 10; v++)
        if (strcmp(ROMAN[v], unit) == 0)
            return ROMAN[v + 10];
    return NULL;
}

bool cdn_is_title(const char *token, size_t len)
{
    return len > 0 && cdn_sorted_words_find(TITLES, sizeof TITLES / sizeof TITLES[0], sizeof TITLES[0], token, len) >= 0;
}

bool cdn_descent_word(const char *latin)
{
    return strcmp(latin, "bin") == 0 || strcmp(latin, "ibn") == 0 || strcmp(latin, "bint") == 0 ||
           strcmp(latin, "ould") == 0;
}

/* The particles of Romance, Dutch and German family names, which one record of a name writes
 * and another leaves out (Ávila de la Rocha, Ávila Rocha; Wikipedia: "Spanish naming customs",
 * "Portuguese name", "Tussenvoegsel", "Von"). Not van (Vietnamese Văn, a middle name), le (Lê, a
 * surname), nor a single letter (y), which weighs little already. */
static const char *const PARTICLES[] = {"da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "las",
                                        "los"};

bool cdn_name_particle(const char *latin)
{
    for (size_t i = 0; i < sizeof PARTICLES / sizeof PARTICLES[0]; i++)
        if (strcmp(PARTICLES[i], latin) == 0)
            return true;
    return false;
}

bool cdn_title_tables_in_order(void)
{
    for (size_t i = 1; i < sizeof TITLES / sizeof TITLES[0]; i++)
        if (strcmp(TITLES[i - 1], TITLES[i]) >= 0)
            return false;
    for (size_t i = 1; i < sizeof ORDINALS / sizeof ORDINALS[0]; i++)
        if (strcmp(ORDINALS[i - 1].word, ORDINALS[i].word) >= 0)
            return false;
    for (size_t i = 1; i < sizeof TEEN_FIRST / sizeof TEEN_FIRST[0]; i++)
        if (strcmp(TEEN_FIRST[i - 1].word, TEEN_FIRST[i].word) >= 0)
            return false;
    return true;
}

/* The titles a Chinese or Japanese name carries written onto its end (titles.h), each two Han
 * characters: the Japanese emperor, an empress and an empress dowager (孝端文皇后, 慈禧太后), a
 * princess (太平公主), a prince of the blood (有栖川宮熾仁親王), an emperor and "the Great"
 * (乾隆皇帝, 彼得大帝), and the five European and Japanese ranks of nobility (施梅托伯爵, Count
 * Schmettow). Wikidata's Chinese labels write them so (61,309 labels: 52 end in 天皇, 30 in 公主,
 * 20 in 皇后), where the English label has the name alone. No Chinese given name ends in one. */
static const char *const SUFFIX_TITLES[] = {
    "伯爵", "侯爵", "公主", "公爵", "天皇", "太后", "大帝", "子爵", "男爵", "皇后", "皇帝", "亲王", "親王",
};

size_t cdn_title_suffix(const char *word, size_t len)
{
    enum { TITLE_BYTES = 6, HAN_BYTES = 3 }; /* two and one Han characters of the BMP */
    if (len < TITLE_BYTES + HAN_BYTES)
        return 0;
    const char *end = word + len - TITLE_BYTES;
    bool titled = false;
    for (size_t i = 0; i < sizeof SUFFIX_TITLES / sizeof SUFFIX_TITLES[0] && !titled; i++)
        titled = memcmp(end, SUFFIX_TITLES[i], TITLE_BYTES) == 0;
    /* the character before it: three bytes with an E4-E9 lead, U+4000-U+9FFF (the CJK
     * ideographs from U+4E00 and, below, extension A's last part and the hexagrams, which no
     * name has before a title) */
    unsigned char lead = (unsigned char)end[-HAN_BYTES];
    return titled && lead >= 0xE4 && lead <= 0xE9 ? TITLE_BYTES : 0;
}
