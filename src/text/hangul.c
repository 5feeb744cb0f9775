/*
 * hangul.c — Korean personal names in Hangul against their Latin spellings (see hangul.h).
 *
 * The surnames and their usual spellings are those of Wikipedia's "List of Korean surnames"
 * (the romanisation columns: Revised, McCune-Reischauer, and the common spellings in South
 * and North Korea; 엄's Uhm from Wikipedia's "Um (Korean surname)": Uhm Ji-won); the folding of given names follows the correspondences between Revised
 * Romanization and McCune-Reischauer in Wikipedia's "Revised Romanization of Korean" and
 * "McCune-Reischauer" articles (ŏ/eo, ŭ/eu, k/g, t/d, p/b, ch/j, r/l).
 */
#include "text/hangul.h"

#include <stdlib.h>
#include <string.h>

#include "core/word_list.h"
#include "text/korean_surnames.h"
#include "text/sino_korean.h"

bool cdn_is_hangul(const char *text)
{
    /* U+AC00-U+D7A3 are EA B0 80 to ED 9E A3 in UTF-8. */
    const unsigned char *s = (const unsigned char *)text;
    if (s[0] < 0xEA || s[0] > 0xED || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
        return false;
    unsigned cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    return cp >= 0xAC00 && cp <= 0xD7A3;
}

/* A surname, and its spellings: the first is ICU's Revised Romanization of it, as the token's
 * romanisation begins (final ㄱ as g, initial ㄹ as l), the rest the spellings in use. */
typedef struct surname {
    const char *hangul;
    const char *spellings; /* space-separated */
} surname;

static const surname SURNAMES[] = {
    {"김", "gim kim"},           {"이", "i lee yi rhee ri rie yee"}, {"리", "li ri lee yi rhee"},
    {"박", "bag park pak bak"},  {"최", "choe choi chey"},           {"정", "jeong jung chung jong chong"},
    {"강", "gang kang"},         {"조", "jo cho joh"},               {"윤", "yun yoon"},
    {"장", "jang chang"},        {"임", "im lim rim"},               {"림", "lim rim"},
    {"한", "han"},               {"오", "o oh"},                     {"서", "seo suh so"},
    {"신", "sin shin"},          {"권", "gwon kwon"},                {"황", "hwang"},
    {"안", "an ahn"},            {"송", "song"},                     {"류", "lyu ryu yu yoo"},
    {"유", "yu yoo you ryu"},        {"전", "jeon jun chun chon"},       {"홍", "hong"},
    {"고", "go ko koh"},         {"문", "mun moon"},                 {"양", "yang ryang"},
    {"량", "lyang ryang yang"},  {"손", "son sohn"},                 {"배", "bae pae"},
    {"백", "baeg baek paek paik baik"}, {"허", "heo huh hur ho"},    {"남", "nam"},
    {"심", "sim shim"},          {"노", "no noh roh ro"},            {"로", "lo ro roh no"},
    {"하", "ha"},                {"곽", "gwag kwak gwak"},           {"성", "seong sung song"},
    {"차", "cha"},               {"주", "ju joo chu"},               {"우", "u woo"},
    {"구", "gu koo ku"},         {"민", "min"},                      {"진", "jin chin"},
    {"나", "na ra"},             {"라", "la ra na"},                 {"지", "ji chi"},
    {"엄", "eom um uhm"},          {"채", "chae"},                     {"원", "won"},
    {"천", "cheon chun chon"},   {"방", "bang pang"},                {"공", "gong kong"},
    {"현", "hyeon hyun hyon"},   {"함", "ham"},                      {"변", "byeon byun pyon"},
    {"염", "yeom yum yom"},      {"렴", "lyeom ryom yeom"},          {"여", "yeo yuh yo"},
    {"려", "lyeo ryo yeo"},      {"추", "chu choo"},                 {"도", "do to"},
    {"소", "so"},                {"석", "seog seok suk sok"},        {"선", "seon sun son"},
    {"설", "seol sul sol"},      {"마", "ma"},                       {"길", "gil kil"},
    {"연", "yeon yun yon"},      {"위", "wi wee"},                   {"표", "pyo"},
    {"명", "myeong myung myong"}, {"기", "gi ki"},                   {"반", "ban pan"},
    {"왕", "wang"},              {"금", "geum keum kum"},            {"옥", "og ok"},
    {"육", "yug yuk"},           {"인", "in"},                       {"맹", "maeng"},
    {"제", "je"},                {"모", "mo"},                       {"탁", "tag tak"},
    {"국", "gug kook guk kuk"},  {"편", "pyeon pyun pyon"},          {"용", "yong ryong"},
    {"룡", "lyong ryong yong"},  {"경", "gyeong kyung kyong"},       {"봉", "bong pong"},
    {"태", "tae"},               {"피", "pi"},                       {"감", "gam kam"},
    {"동", "dong tong"},         {"호", "ho"},                       {"범", "beom bum pom"},
    {"간", "gan kan"},           {"시", "si shi"},                   {"계", "gye kye"},
    {"어", "eo uh ou"},          {"창", "chang"},
};

/* The surname written as the 3 bytes at text; NULL when none. */
static const surname *find_surname(const char *text)
{
    for (size_t i = 0; i < sizeof SURNAMES / sizeof SURNAMES[0]; i++)
        if (memcmp(SURNAMES[i].hangul, text, 3) == 0)
            return &SURNAMES[i];
    return NULL;
}

/* Every spelling of SURNAMES, sorted (strcmp), for a quick "is this a Korean surname" before the
 * table is searched: a scanned text and a search ask it of many words that are none.
 * test_text's korean_surname_spellings_sorted checks that it is the table's spellings. */
static const char *const LATIN_SURNAMES[] = {
    "ahn", "an", "bae", "baeg", "baek", "bag", "baik", "bak", "ban", "bang", "beom", "bong", "bum",
    "byeon", "byun", "cha", "chae", "chang", "cheon", "chey", "chi", "chin", "cho", "choe", "choi",
    "chon", "chong", "choo", "chu", "chun", "chung", "do", "dong", "eo", "eom", "gam", "gan", "gang",
    "geum", "gi", "gil", "gim", "go", "gong", "gu", "gug", "guk", "gwag", "gwak", "gwon", "gye",
    "gyeong", "ha", "ham", "han", "heo", "ho", "hong", "huh", "hur", "hwang", "hyeon", "hyon",
    "hyun", "i", "im", "in", "jang", "je", "jeon", "jeong", "ji", "jin", "jo", "joh", "jong",
    "joo", "ju", "jun", "jung", "kam", "kan", "kang", "keum", "ki", "kil", "kim", "ko", "koh",
    "kong", "koo", "kook", "ku", "kuk", "kum", "kwak", "kwon", "kye", "kyong", "kyung", "la",
    "lee", "li", "lim", "lo", "lyang", "lyeo", "lyeom", "lyong", "lyu", "ma", "maeng", "min", "mo",
    "moon", "mun", "myeong", "myong", "myung", "na", "nam", "no", "noh", "o", "og", "oh", "ok", "ou",
    "pae", "paek", "paik", "pak", "pan", "pang", "park", "pi", "pom", "pong", "pyeon", "pyo",
    "pyon", "pyun", "ra", "rhee", "ri", "rie", "rim", "ro", "roh", "ryang", "ryo", "ryom", "ryong",
    "ryu", "seo", "seog", "seok", "seol", "seon", "seong", "shi", "shim", "shin", "si", "sim",
    "sin", "so", "sohn", "sok", "sol", "son", "song", "suh", "suk", "sul", "sun", "sung", "tae",
    "tag", "tak", "to", "tong", "u", "uh", "uhm", "um", "wang", "wee", "wi", "won", "woo", "yang", "yee",
    "yeo", "yeom", "yeon", "yi", "yo", "yom", "yon", "yong", "yoo", "yoon", "you", "yu", "yug",
    "yuh", "yuk", "yum", "yun",
};

static int compare_spelling(const void *key, const void *item)
{
    return strcmp(key, *(const char *const *)item);
}

bool cdn_korean_latin_surname(const char *latin)
{
    size_t len = strlen(latin);
    return len && len <= 6 &&
           bsearch(latin, LATIN_SURNAMES, sizeof LATIN_SURNAMES / sizeof LATIN_SURNAMES[0], sizeof LATIN_SURNAMES[0],
                   compare_spelling) != NULL;
}

size_t cdn_korean_surname_spelling_count(void)
{
    return sizeof LATIN_SURNAMES / sizeof LATIN_SURNAMES[0];
}

const char *cdn_korean_surname_spelling(size_t i)
{
    return i < sizeof LATIN_SURNAMES / sizeof LATIN_SURNAMES[0] ? LATIN_SURNAMES[i] : NULL;
}

const char *cdn_korean_surname_of_latin(const char *latin, size_t len)
{
    for (size_t i = 0; len && i < sizeof SURNAMES / sizeof SURNAMES[0]; i++)
        if (cdn_word_in_list(SURNAMES[i].spellings, latin, len))
            return SURNAMES[i].spellings;
    return NULL;
}

bool cdn_korean_same_surname(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    for (size_t i = 0; la && lb && i < sizeof SURNAMES / sizeof SURNAMES[0]; i++)
        if (cdn_word_in_list(SURNAMES[i].spellings, a, la) && cdn_word_in_list(SURNAMES[i].spellings, b, lb))
            return true;
    return false;
}

/* The pieces of a romanised syllable, longest first so that the first that fits is tried
 * first (a shorter one is tried after it fails): the initial consonants of Revised Romanization
 * and McCune-Reischauer without its apostrophes (tch and ch for ㅉ ㅊ, ss, sh before i), the
 * vowels (ㅓ eo and MR ŏ written o, ㅡ eu and ŭ written u, the customary oo, ee, ou, oi, ai,
 * you for ㅕ yeo as in Young, Youngchoon, Sangyoun, and an h after a vowel: Oh, Ahn, Suh), and
 * the final consonants (k g n t d l m p b ng). From the tables of Wikipedia's "Revised
 * Romanization of Korean" and "McCune-Reischauer". */
static const char *const ONSETS[] = {"tch", "kk", "gg", "tt", "pp", "ss", "jj", "ch", "sh", "g", "k", "n", "d", "t",
                                     "r", "l", "m", "b", "p", "s", "j", "h", ""};
static const char *const VOWELS[] = {"yeo", "you", "yae", "wae", "weo", "eui", "ae", "ya", "eo", "ye", "wa", "oe",
                                     "yo", "wo", "we", "wi", "yu", "eu", "ui", "oo", "ee", "ou", "oi", "ai", "ah",
                                     "oh", "uh", "eh", "a", "e", "o", "u", "i"};
/* The vowels with an h: customary at the end of a word (Oh, Suh, Huh), and ah before a final n
 * (Ahn); never inside one (John is not Korean). */
static bool vowel_with_h(const char *v) { return strchr(v, 'h') != NULL; }
static const char *const CODAS[] = {"ng", "k", "g", "n", "t", "d", "l", "m", "p", "b", ""};

/* The fewest syllables latin (len bytes) divides into, at most max; 0 when it does not. */
static size_t syllables_in(const char *latin, size_t len, size_t max)
{
    if (len == 0)
        return 0;
    if (max == 0)
        return 0;
    /* A piece that begins with another letter than the text where it would go is passed over
     * before it is measured and compared: most are (a query's words are asked whether they are
     * Korean syllables, and the pieces are tried in every combination). */
    size_t best = 0;
    for (size_t o = 0; o < sizeof ONSETS / sizeof ONSETS[0]; o++) {
        if (ONSETS[o][0] && ONSETS[o][0] != latin[0])
            continue;
        size_t ol = strlen(ONSETS[o]);
        if (ol > len || memcmp(latin, ONSETS[o], ol) != 0)
            continue;
        for (size_t v = 0; v < sizeof VOWELS / sizeof VOWELS[0]; v++) {
            if (ol >= len || VOWELS[v][0] != latin[ol])
                continue; /* no vowel is empty */
            size_t vl = strlen(VOWELS[v]);
            if (ol + vl > len || memcmp(latin + ol, VOWELS[v], vl) != 0)
                continue;
            if (vowel_with_h(VOWELS[v]) &&
                !(ol + vl == len || (ol + vl + 1 == len && latin[len - 1] == 'n' && VOWELS[v][0] == 'a')))
                continue;
            for (size_t c = 0; c < sizeof CODAS / sizeof CODAS[0]; c++) {
                if (CODAS[c][0] && (ol + vl >= len || CODAS[c][0] != latin[ol + vl]))
                    continue;
                size_t cl = strlen(CODAS[c]), used = ol + vl + cl;
                if (used > len || memcmp(latin + ol + vl, CODAS[c], cl) != 0)
                    continue;
                size_t rest = used == len ? 0 : syllables_in(latin + used, len - used, max - 1);
                if (used < len && rest == 0)
                    continue;
                if (!best || 1 + rest < best)
                    best = 1 + rest;
            }
        }
    }
    return best;
}

size_t cdn_korean_latin_syllables(const char *latin)
{
    size_t len = strlen(latin);
    return len && len <= 12 ? syllables_in(latin, len, 3) : 0;
}

size_t cdn_korean_press_syllables(const char *latin)
{
    static const struct {
        const char *press, *romanised;
    } ONSET[] = {{"dsch", "j"}, {"tsch", "ch"}, {"dz", "j"}};
    char word[16];
    for (size_t i = 0; i < sizeof ONSET / sizeof ONSET[0]; i++) {
        size_t pl = strlen(ONSET[i].press), rl = strlen(ONSET[i].romanised), len = strlen(latin);
        if (len <= pl || len - pl + rl >= sizeof word || strncmp(latin, ONSET[i].press, pl) != 0)
            continue;
        memcpy(word, ONSET[i].romanised, rl);
        memcpy(word + rl, latin + pl, len - pl + 1);
        return cdn_korean_latin_syllables(word);
    }
    return cdn_korean_latin_syllables(latin);
}

size_t cdn_korean_surname_prefix(const char *text)
{
    /* Three syllables, nothing else: 9 bytes. */
    if (strlen(text) != 9 || !cdn_is_hangul(text) || !cdn_is_hangul(text + 3) || !cdn_is_hangul(text + 6))
        return 0;
    return find_surname(text) ? 3 : 0;
}

const char *cdn_korean_surname_spellings(const char *text)
{
    const surname *s = cdn_is_hangul(text) ? find_surname(text) : NULL;
    return s ? s->spellings : NULL;
}

size_t cdn_korean_given_spellings(const char *rr, char out[3][CDN_KOREAN_GIVEN_MAX])
{
    size_t len = strlen(rr);
    if (!len || len >= CDN_KOREAN_GIVEN_MAX)
        return 0;
    memcpy(out[0], rr, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = rr[i], next = rr[i + 1];
        if (c == 'e' && (next == 'o' || next == 'u')) {
            out[1][n++] = next;
            i++;
        } else {
            out[1][n++] = c;
        }
    }
    out[1][n] = '\0';
    memcpy(out[2], out[1], n + 1);
    static const char FROM[] = "lbgd", TO[] = "rpkt";
    const char *at = strchr(FROM, out[2][0]);
    if (at && out[2][0])
        out[2][0] = TO[at - FROM];
    size_t count = 1;
    for (size_t v = 1; v < 3; v++) {
        bool seen = false;
        for (size_t w = 0; w < count && !seen; w++)
            seen = strcmp(out[w], out[v]) == 0;
        if (!seen && count != v)
            memcpy(out[count], out[v], strlen(out[v]) + 1);
        count += !seen;
    }
    return count;
}

/* Whether text, three Hangul syllables, is a surname of one syllable of the census's table
 * (korean_surnames.h, the rare ones too: 은, 복, 갈, 당; cdn_korean_looks_native asks it after
 * the commonest, whose table is SURNAMES) and a given name of two Sino-Korean syllables (하진,
 * 주연): a foreign name's transcription after such a syllable mostly writes a sound no hanja
 * reads (해밀턴 Hamilton, 매카시 McCarthy, 미컬슨 Mickelson), though not always (미란다 Miranda,
 * 아마리 Amari, 가비아 Gavia are taken for Korean names). */
static bool rare_surname_and_given_name(const char *text)
{
    char first[4] = {text[0], text[1], text[2], '\0'};
    return cdn_korean_surname_syllable(first) && cdn_sino_korean_syllable(text + 3) &&
           cdn_sino_korean_syllable(text + 6);
}

/* The index in Unicode's Hangul Syllables block (U+AC00 on) of the syllable at text (three
 * bytes, cdn_is_hangul): (initial × 21 + vowel) × 28 + final. */
static unsigned syllable_index(const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    return (((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu)) - 0xAC00;
}

/* Whether the Hangul syllable at text (three bytes) is a consonant with ㅡ (the vowel 18) and
 * no final consonant (스, 트, 크): the vowel transcriptions add. */
static bool bare_eu(const char *text)
{
    unsigned syllable = syllable_index(text);
    return (syllable % 588) / 28 == 18 && syllable % 28 == 0;
}

/* Whether the Hangul syllable at text (three bytes) closes with ㅅ (final 19): one of the seven
 * finals the 외래어 표기법 writes (제1장 제3항: ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ), for a foreign final t
 * (리핀콧 Lippincott, 마거릿 Margaret), and the one of them no hanja reads end in. */
static bool final_s(const char *text) { return syllable_index(text) % 28 == 19; }

bool cdn_korean_looks_native(const char *text)
{
    if (!cdn_korean_surname_prefix(text) &&
        !(strlen(text) == 9 && cdn_is_hangul(text + 3) && cdn_is_hangul(text + 6) && rare_surname_and_given_name(text)))
        return false;
    for (size_t at = 3; at < 9; at += 3)
        if (bare_eu(text + at) || final_s(text + at))
            return false;
    return true;
}

bool cdn_hangul_writes_bare_eu(const char *text)
{
    for (size_t at = 0; cdn_is_hangul(text + at); at += 3)
        if (bare_eu(text + at))
            return true;
    return false;
}

bool cdn_hangul_beyond_hanja(const char *text)
{
    bool beyond = false;
    for (size_t at = 0; text[at]; at += 3) { /* a Hangul syllable is three bytes */
        if (!cdn_is_hangul(text + at))
            return false;
        beyond |= !cdn_sino_korean_syllable(text + at);
    }
    return beyond;
}

bool cdn_korean_surname_spelled(const char *text, size_t len, const char *latin)
{
    if (len != 3 || !cdn_is_hangul(text))
        return false;
    const surname *s = find_surname(text);
    return s && cdn_word_in_list(s->spellings, latin, strlen(latin));
}

/* The length of ICU's romanisation of the surname at text (its first spelling) when latin
 * begins with it; else 0. */
size_t cdn_korean_surname_romanised(const char *text, const char *latin)
{
    const surname *s = cdn_is_hangul(text) ? find_surname(text) : NULL;
    if (!s)
        return 0;
    size_t n = strcspn(s->spellings, " ");
    return strncmp(latin, s->spellings, n) == 0 ? n : 0;
}

size_t cdn_korean_fold(const char *latin, char *out, size_t cap)
{
    size_t n = 0;
    bool glide = false; /* a w before o or u was just left out: a syllable begins (소원 so-won) */
    for (size_t i = 0; latin[i]; i++) {
        char c = latin[i], next = latin[i + 1];
        const char *put = NULL;
        char one[2] = {0, 0};
        bool after_glide = glide;
        glide = false;
        if ((c == 'e' && (next == 'o' || next == 'u')) || (c == 'o' && (next == 'o' || next == 'u'))) {
            put = "u"; /* ㅓ eo, ŏ; ㅡ eu, ŭ; ㅗ o; ㅜ u, oo, ou: spelled for one another (Sung, Chun) */
            i++;
        } else if (c == 'o' || c == 'u') {
            put = "u";
        } else if (c == 'a' && next == 'i') {
            put = "ae"; /* ㅐ ae, spelled ai by custom (태 Tai, 택 Taik, 채 Chai) */
            i++;
        } else if (c == 'w' && (next == 'o' || next == 'u')) {
            glide = true;
            continue; /* woo for 우 u, wook for 욱 uk */
        } else if (c == 'w' && next == 'i' && i > 0 && !strchr("aeiouwy", latin[i - 1])) {
            put = "u"; /* ㅟ wi after a consonant, spelled ui by custom (귀 gwi: Gui-ja) */
        } else if (c == 'h' && (strncmp(latin + i + 1, "ui", 2) == 0 || strncmp(latin + i + 1, "eui", 3) == 0)) {
            put = "hi"; /* 희 hui, spelled hee (ee as i) by custom: Hee-jeong */
            i += next == 'u' ? 2 : 3;
        } else if (c == 'e' && next == 'i' && i > 0 && !strchr("aeiouwy", latin[i - 1]) &&
                   (!latin[i + 2] || !strchr("aeiouwy", latin[i + 2]))) {
            put = "ye"; /* ㅖ ye, spelled ei by custom after a consonant (혜 Hei: Hong Hei-kyung) */
            i++;
        } else if (c == 'e' && next == 'n' && latin[i + 2] == 'g' && i > 0 && !strchr("aeiou", latin[i - 1]) &&
                   (!latin[i + 3] || !strchr("aeiouwy", latin[i + 3]))) {
            put = "u"; /* ㅓ before a final ㅇ spelled e by custom (성 Seng, as Sung for seong); not ae (생) */
        } else if (c == 'e' && next == 'e') { /* ee for i (Lee) */
            put = "i";
            i++;
        } else if ((c == 'c' && next == 'h') || c == 'j') {
            put = "ch";
            i += c == 'c';
        } else if (c == 'n' && next == 'g' && !strchr("aeiouwy", latin[i + 2] ? latin[i + 2] : 'x')) {
            put = "ng"; /* ng stays: ㅇ, at the end of a syllable */
            i++;
        } else if (c == 'n' && next == 'g') {
            put = "n"; /* before a vowel, n and a g: yungyeong is 윤경 yun-gyeong, as Yun-kyung */
        } else if (c == 'h' && i > 0 &&
                   ((strchr("aeiou", latin[i - 1]) && (!next || !strchr("aeiouwy", next))) ||
                    (latin[i - 1] == 'g' && (i < 2 || latin[i - 2] != 'n')))) {
            continue; /* an h after a vowel or a g says nothing (Oh for 오, Ghil for 길; not ngh: 룡해) */
        } else if (c == 's' && next == 'h') { /* McCune-Reischauer shi */
            put = "s";
            i++;
        } else {
            switch (c) {
            case 'g': case 'k': one[0] = 'k'; break;
            case 'd': case 't': one[0] = 't'; break;
            case 'b': case 'p': one[0] = 'p'; break;
            case 'l': case 'r': one[0] = 'r'; break;
            default: one[0] = c >= 'a' && c <= 'z' ? c : 0;
            }
            put = one;
        }
        size_t len = strlen(put);
        if (!len)
            continue;
        /* A doubled consonant (kk, tt, pp, ss, jj) is one, and so is a doubled u, but not the
         * u of a syllable of its own after a left-out w: sowon is not Son (유소원 met YU SON). */
        if (n >= len && memcmp(out + n - len, put, len) == 0 && (put[0] == 'u' ? !after_glide : !strchr("aeiwy", put[0])))
            continue;
        if (n + len >= cap)
            return 0;
        memcpy(out + n, put, len);
        n += len;
    }
    out[n] = '\0';
    return n;
}

bool cdn_korean_customary_y(const char *latin, char *out, size_t cap)
{
    size_t n = 0;
    bool any = false;
    for (size_t i = 0; latin[i]; i++) {
        const char *put = NULL;
        char one[2] = {latin[i], 0};
        size_t skip = 0;
        bool after_consonant = i > 0 && !strchr("aeiouwy", latin[i - 1]);
        if (i > 0 && strchr("kgmbp", latin[i - 1]) && (strncmp(latin + i, "eung", 4) == 0 || strncmp(latin + i, "oung", 4) == 0) &&
            (!latin[i + 4] || !strchr("aeiouwy", latin[i + 4]))) {
            put = "yeong";
            skip = 3;
        } else if (after_consonant && latin[i - 1] == 'm' && latin[i] == 'e' && !latin[i + 1]) {
            put = "i";
        }
        any |= put != NULL;
        if (!put)
            put = one;
        size_t len = strlen(put);
        if (n + len >= cap)
            return false;
        memcpy(out + n, put, len);
        n += len;
        i += skip;
    }
    out[n] = '\0';
    return any;
}

size_t cdn_korean_fold_key(const char *latin, char *out, size_t cap)
{
    size_t n = cdn_korean_fold(latin, out, cap);
    if (n >= 2 && out[0] == 'r' && (out[1] == 'i' || out[1] == 'y')) {
        memmove(out, out + 1, n); /* the NUL too */
        n--;
    }
    return n;
}
