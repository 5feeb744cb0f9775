/*
 * readings.c — Latin spellings read as their source languages read them (see readings.h).
 *
 * The rules follow the Russian practice of transcribing foreign names, as set out in
 * Ermolovich, "Имена собственные на стыке языков и культур" (2001), and Wikipedia's
 * "German–Russian", "French–Russian", "English–Russian", "Polish–Russian", "Spanish–Russian",
 * "Italian–Russian" practical transcription articles and "Polivanov system" (Japanese), as
 * rewrites into BGN/PCGN romanised Russian (х kh, ж zh, ц ts, ч ch, ш sh, дж dzh, й y).
 */
#include "text/readings.h"

#include "text/vowel_groups.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Where a rule applies. */
enum {
    ANYWHERE = 0,
    FRONT = 1 << 0, /* before e, i or y */
    START = 1 << 1, /* at the start of the word */
    END = 1 << 2,   /* at the end of the word */
    VOWEL = 1 << 3, /* before a vowel */
    CONSONANT = 1 << 4, /* before a consonant */
    CLOSED = 1 << 5,    /* before two consonants (a closed syllable) */
    OPEN = 1 << 6,      /* before one consonant and a vowel (an open syllable) */
    INSIDE = 1 << 7,    /* not at the start of the word */
};

typedef struct rewrite {
    const char *from, *to;
    unsigned char from_len, to_len;
    unsigned where;
} rewrite;

/* A rule: the lengths are counted once, by the compiler. */
#define R(from, to, where) {from, to, sizeof(from) - 1, sizeof(to) - 1, where}
#define END_OF_RULES {NULL, NULL, 0, 0, 0}

/* Each language's rules; at each position the first rule that applies wins, so longer
 * patterns come before their prefixes. */
static const rewrite GERMAN[] = {
    R("tsch", "ch", 0), R("sch", "sh", 0), R("ch", "kh", 0), R("ck", "k", 0), R("tz", "ts", 0), R("z", "ts", 0),
    R("ph", "f", 0),    R("th", "t", 0),   R("qu", "kv", 0), R("v", "f", 0),  R("w", "v", 0),   R("ei", "ay", 0),
    R("ey", "ay", 0),   R("eu", "oy", 0),  R("ie", "i", 0),  R("j", "y", 0),  R("h", "g", VOWEL),
    /* a final he after a vowel is not transcribed (Hohenlohe Гогенлоэ, Lohe Лоэ): the h
     * lengthens the vowel, as in Lehmann Леман ("Немецко-русская практическая транскрипция") */
    R("ahe", "ae", END), R("ohe", "oe", END), R("uhe", "ue", END),
    R("ue", "yu", 0),   R("oe", "e", 0),   R("ae", "e", 0), /* ü ö ä with their dots lost: Süß Зюсс */
    R("ss", "ss", 0),   R("s", "z", VOWEL), /* Seebach Зеебах, Hausen хаузен; not ss (Strasse) */
    R("h", "", 0), /* the h that lengthens a vowel (Behn, Fehr, Buhr) */
    END_OF_RULES,
};
static const rewrite FRENCH[] = {
    R("coise", "suaz", END), R("cois", "sua", END), /* ç lost: François Франсуа */
    R("ieux", "ye", END), R("ier", "ye", END), R("iers", "ye", END), R("ger", "zhe", END), R("cher", "she", END), /* Roger Роже */ R("ille", "iy", 0), R("ill", "iy", VOWEL), /* Chevillard シュヴィヤール */
    R("eu", "yo", 0), /* Virieux, Bonnier */
    R("ault", "o", END), /* Perrault Перро, Renault Рено */
    /* an e between g and o only softens the g: Georges Жорж 조르주, Geoffroy; an oi after it is
     * still ua (Bourgeois Буржуа) */
    R("geoi", "zhua", 0), R("geo", "zho", 0),
    R("eau", "o", 0), R("ou", "u", 0),  R("oi", "ua", 0), R("au", "o", 0),  R("ai", "e", 0),     R("ch", "sh", 0),
    R("gn", "n", 0),  R("qu", "k", 0),  R("ph", "f", 0),  R("th", "t", 0),  R("j", "zh", 0),     R("g", "zh", FRONT),
    R("c", "s", FRONT), R("c", "k", 0), R("x", "", END), /* silent (Belvaux Бельво): before x as ks */
    R("x", "ks", 0), R("h", "", 0), R("es", "", END), R("s", "", END),
    R("t", "", END),  R("d", "", END),  R("u", "yu", 0), /* Ducret Дюкре */ END_OF_RULES,
};
/* English read with a long vowel before a consonant and a silent e, then as ENGLISH (Shade
 * Шейд, Scarface Скарфейс, Rhine Райн); Russian writes the same spellings short too (Whitmire
 * Уитмир), so both are readings. */
static const rewrite ENGLISH_LONG[] = {
    R("ade", "eyd", END), R("ale", "eyl", END), R("ace", "eys", END), R("ake", "eyk", END), R("ane", "eyn", END),
    R("ate", "eyt", END), R("ame", "eym", END), R("ide", "ayd", END), R("ine", "ayn", END), R("ire", "ayr", END),
    R("ite", "ayt", END), R("ime", "aym", END), R("ole", "oul", END), R("one", "oun", END),
    END_OF_RULES,
};
/* English as Russian practice writes it (Ermolovich; Wikipedia "Англо-русская практическая
 * транскрипция"): aw as о and a final ey as и (Pawley Поли, Kelley Келли), an initial wh as у
 * (Wheat Уит), a w after s, t, d as в (Sweet Свит, Twain Твен, Edwards Эдвардс), chr as кр
 * (Christie Кристи); else ENGLISH. Not for the transcriptions by ear, which hear the w
 * (Pertwee パートウィー). */
static const rewrite ENGLISH_RUSSIAN[] = {
    R("aw", "o", CONSONANT), R("aw", "o", END), R("ey", "i", END), R("wh", "u", START),
    R("sw", "sv", 0), R("tw", "tv", 0), R("dw", "dv", 0), R("chr", "kr", 0),
    R("icho", "iko", 0), /* Greek ch as к: Nicholas Николас, Nichols Николс, Jericho Джерико */
    END_OF_RULES,
};
static const rewrite ENGLISH[] = {
    R("tch", "ch", 0), R("ee", "i", 0),   R("ea", "i", 0), R("oo", "u", 0),   R("ou", "au", 0), R("ow", "ou", 0),
    R("th", "t", 0),   R("ph", "f", 0),   R("ck", "k", 0), R("qu", "kv", 0),  R("j", "dzh", 0), R("g", "dzh", FRONT),
    R("c", "s", FRONT), R("c", "k", 0),   R("x", "ks", 0), R("w", "u", 0),  R("rh", "r", START), R("h", "kh", START),
    R("y", "i", 0),
    R("e", "", END), /* silent (Toole, Pagett's Paget) */
    END_OF_RULES,
};
static const rewrite POLISH_CZECH[] = {
    R("szcz", "shch", 0), R("ch", "kh", 0), R("cz", "ch", 0), R("sz", "sh", 0), R("rz", "zh", 0), R("c", "ts", 0),
    R("ie", "e", 0), /* i softens: Wiesław Веслав, Ziętek Зентек */
    R("w", "v", 0),       R("j", "y", 0),   R("h", "g", 0),   END_OF_RULES,
};
static const rewrite SPANISH[] = {
    R("ll", "ly", 0), R("qu", "k", 0), R("gu", "g", FRONT), R("j", "kh", 0), R("g", "kh", FRONT), R("c", "s", FRONT),
    R("z", "s", 0),   R("h", "", 0),   END_OF_RULES,
};
/* Italian as Russian practice writes it ("Итальяно-русская практическая транскрипция"): an i
 * after c, g, sc before a vowel only softens them, a doubled c is written twice (Boccaccio
 * Боккаччо, Cioccio Чоччо, Compagnucci Компаньуччи) and a doubled soft g once (Reggio Реджо,
 * Marmaggi Мармаджи); else ITALIAN. Russian only: the
 * transcriptions by ear have ITALIAN_SOFT. */
static const rewrite ITALIAN_RUSSIAN[] = {
    R("cci", "chch", VOWEL), R("ggi", "dzh", VOWEL), R("sci", "sh", VOWEL), R("ci", "ch", VOWEL), R("gi", "dzh", VOWEL),
    R("cc", "chch", FRONT), R("cc", "kk", 0), R("gg", "dzh", FRONT), END_OF_RULES,
};
static const rewrite ITALIAN[] = {
    R("gli", "li", 0), R("sc", "sh", FRONT), R("ch", "k", 0), R("gh", "g", 0), R("gn", "n", 0), R("c", "ch", FRONT),
    R("g", "dzh", FRONT), R("zz", "ts", 0), R("z", "ts", 0), R("h", "", 0), END_OF_RULES,
};
/* Japanese in Polivanov's system ("Polivanov system": ち ти, し си, じ and ず дзи, дзу, は ха, わ
 * ва), as the normalised Cyrillic has it. Its дз for every z is taken only in zu and zo inside
 * the word (Mizuno Мидзуно, Chiezō Тиэдзо): for any z, Zohrab, Oosthuizen and Kuzmin read as
 * Japanese lost their pairs or met others (Коџоман / Kuzmin). ё is written е, so a yo after a consonant
 * (きょ кё, しょ сё, ちょ тё, じょ дзё) is e, and after a vowel or at the start (よ ё) ye; sha and
 * cha are ся and тя. Hepburn's long vowels are one vowel (fold_long_vowels: Shoujou Сёдзё,
 * Nakajoh Накадзё). */
static const rewrite JAPANESE[] = {
    R("chi", "ti", 0),  R("cho", "te", 0),  R("cha", "tya", 0), R("chu", "tyu", 0), R("ch", "t", 0),
    R("shi", "si", 0),  R("sho", "se", 0),  R("sha", "sya", 0), R("shu", "syu", 0), R("sh", "s", 0),
    R("ji", "dzi", 0),  R("jo", "dze", 0),  R("ja", "dzya", 0), R("ju", "dzyu", 0), R("j", "dz", 0),
    R("kyo", "ke", 0),  R("gyo", "ge", 0),  R("ryo", "re", 0),  R("nyo", "ne", 0),  R("hyo", "khe", 0),
    R("myo", "me", 0),  R("byo", "be", 0),  R("pyo", "pe", 0),  R("yo", "ye", 0),   R("zu", "dzu", INSIDE),
    R("zo", "dzo", INSIDE), R("np", "mp", 0), R("nb", "mb", 0), /* Binpachi Бимпати: ん before p, b */
    R("wa", "va", 0),   R("h", "kh", 0),    END_OF_RULES,
};
/* Latin and latinised Greek names as Russian has them, without the nominative ending
 * (Quirinus Квирин, Hippocrates Гиппократ, Cestius Цестий). */
static const rewrite LATIN[] = {
    R("ius", "ii", END), R("us", "", END), R("es", "", END), R("ae", "e", 0), R("oe", "e", 0), R("qu", "kv", 0),
    R("ph", "f", 0),     R("th", "t", 0),  R("ch", "kh", 0), R("c", "ts", FRONT), R("c", "k", 0), R("x", "ks", 0),
    R("y", "i", 0),      R("h", "g", START), END_OF_RULES,
};
/* Serbian, Croatian and Bosnian names with their diacritics lost: a final -ic is -ić (Cerić
 * Церич), c otherwise ts, dj đ, lj and nj soft. */
static const rewrite SOUTH_SLAVIC[] = {
    R("ic", "ich", END), R("c", "ts", 0), R("dj", "dzh", 0), R("lj", "l", 0), R("nj", "n", 0), R("j", "y", 0),
    END_OF_RULES,
};
/* Turkish and Azerbaijani names with their letters' marks lost: c is дж (Nurcan Нурджан,
 * Cemil Джемиль), j ж; ç ş ğ, written c s g, cannot be told from c s g. */
static const rewrite TURKISH[] = {
    R("c", "dzh", 0), R("j", "zh", 0), END_OF_RULES,
};
/* Azerbaijani in its Latin alphabet, as Russian practice writes it (Wikipedia:
 * "Азербайджанско-русская практическая транскрипция"): q г, x х (Qalib Галиб, Xəlilov Халилов);
 * else TURKISH. Read only for a word with q or x: Turkish has neither letter. */
static const rewrite AZERBAIJANI[] = {
    R("q", "g", 0), R("x", "kh", 0), END_OF_RULES,
};
/* Arabic names in their English romanisation, as Russian practice writes the letters English
 * spells with two (Wikipedia: "Арабско-русская практическая транскрипция"): ث th с, ذ dh з,
 * غ gh г, ق q к (Uthman Усман, Haytham Хайсам, Ghalib Галиб, Qasim Касим). Read only for a word
 * with one of them (ARABIC_MARKS): dh, gh or q anywhere, th only inside the word. Russian
 * writes an English th т (Рот, Бет, Томас), and English words begin or end with th far more
 * often than they have one inside (Смис / Smith, Рос / Roth met at 0.90 when any th was read
 * so); an English th inside (Arthur) keeps its t in ENGLISH's reading besides. */
static const rewrite ARABIC_RUSSIAN[] = {
    R("th", "s", 0), R("dh", "z", 0), R("gh", "g", 0), R("q", "k", 0), R("aa", "a", 0), R("ee", "i", 0),
    R("oo", "u", 0), END_OF_RULES,
};
static const rewrite ARABIC_MARKS[] = {
    R("th", "", INSIDE | VOWEL), R("th", "", INSIDE | CONSONANT), R("dh", "", 0), R("gh", "", 0), R("q", "", 0),
    END_OF_RULES,
};
/* Greek names in their Latin romanisation, as Russian transcribes modern Greek (Wikipedia:
 * "Греческо-русская практическая транскрипция"): gi before a vowel is й (Giannou Янну,
 * Kyrgios Кирьос), ou у, ai э, ei and oi и, y и, ch х, th т, ph ф. */
static const rewrite GREEK[] = {
    R("gi", "y", VOWEL), R("ou", "u", 0), R("ai", "e", 0), R("ei", "i", 0), R("oi", "i", 0), R("y", "i", 0),
    R("ch", "kh", 0),    R("th", "t", 0), R("ph", "f", 0), END_OF_RULES,
};
/* Hungarian as Russian practice writes it (Wikipedia: "Венгерско-русская практическая
 * транскрипция"): gy дь and ty ть, soft consonants that lose their softness in the romanised
 * Cyrillic; else HUNGARIAN's cs ч, zs ж, sz с, s ш, ly й (Csokor Чокор, Ocskay Очкай, Szabó
 * Сабо). Read only for a word spelled with one of Hungarian's own digraphs (HUNGARIAN_MARKS):
 * its s as ш would give most words a reading of no language. */
static const rewrite HUNGARIAN_RUSSIAN[] = {
    R("gy", "d", 0), R("ty", "t", 0), END_OF_RULES,
};
static const rewrite HUNGARIAN_MARKS[] = {
    R("cs", "", 0), R("zs", "", 0), R("sz", "", 0), R("gy", "", 0), END_OF_RULES,
};
/* Portuguese as Russian practice writes it (Wikipedia: "Португальско-русская практическая
 * транскрипция"): an s before a consonant or at the end ш, a final o у and a final e и, as
 * Portugal says them (Espinho Эшпинью, Gonçalves Гонсалвеш), c к but before e and i; else
 * PORTUGUESE's nh нь, lh ль, ch ш, j ж. Read only for a word spelled with nh or lh (PORTUGUESE_MARKS), which Spanish and
 * Italian names, whose s and final vowels these rules would change, do not have. */
static const rewrite PORTUGUESE_RUSSIAN[] = {
    R("s", "sh", CONSONANT), R("s", "sh", END), R("o", "u", END), R("e", "i", END), R("c", "s", FRONT),
    R("c", "k", 0), END_OF_RULES,
};
static const rewrite PORTUGUESE_MARKS[] = {
    R("nh", "", 0), R("lh", "", 0), END_OF_RULES,
};
/*
 * Readings for transcriptions by ear into Chinese characters, kana and Hangul only
 * (cdn_readings_heard): they write what those scripts hear, not Russian practice, and so are
 * not used for Cyrillic. An h is silent in the sound strings these feed (sounds.h), as it is
 * where a Dutch g or ch is heard as ハ行 (Gogh ゴッホ).
 */
/* German as the transcriptions hear it ("German orthography"; Japanese Gairaigo practice):
 * ch after a vowel as h (Bach バッハ, Richter リヒター) but chs as ks, a final -er as a
 * (Müller ミュラー), ä ö ü written ae oe ue as e, e, yu, and h kept; else GERMAN. */
static const rewrite GERMAN_HEARD[] = {
    R("sch", "sh", 0), R("chs", "ks", 0), R("ch", "h", 0), R("h", "h", 0), R("er", "a", END),
    R("ae", "e", 0),   R("oe", "e", 0),   R("ue", "yu", 0), END_OF_RULES,
};
/* German diphthongs as the transcriptions hear them, for words of any length: ey as ai
 * (Geyer ガイヤー, Meyer マイヤー), eu and äu (written aeu) as oi (Reus ロイス, Baeumler ボイムラー,
 * Freud フロイト), and au before er, whose u is no ü (GERMAN_HEARD's ue) and whose er is a
 * (Bauer バウアー, Sauer ザウアー, Auerbach アウアーバッハ: read ue as yu, Bauer was bayur, and met
 * no バウアー); else GERMAN_HEARD. Not ei: read so, Reid is raid, which meets ロイド
 * (session 6); GERMAN reads it ay for three consonants or more. Read only where one applies. */
static const rewrite GERMAN_DIPHTHONGS[] = {
    R("aeu", "oi", 0), R("auer", "aua", 0), R("ey", "ai", 0), R("eu", "oi", 0), END_OF_RULES,
};
/* Hungarian spelling ("Hungarian alphabet"): cs, zs, sz, s, gy, ly, j, c (József ヨージェフ,
 * Szabó サボー, György ジェルジ). */
static const rewrite HUNGARIAN[] = {
    R("cs", "ch", 0), R("zs", "zh", 0), R("sz", "s", 0), R("s", "sh", 0), R("gy", "dzh", 0), R("ly", "y", 0),
    R("ny", "n", END), R("ty", "ch", 0), R("j", "y", 0), R("c", "ts", 0), END_OF_RULES,
};
/* Dutch spelling ("Dutch orthography"): ij and oe, ui, g and ch as h, sch, w, j, doubled
 * vowels once (Huizinga ホイジンガ, Gogh ゴッホ, Rijn ライン). */
static const rewrite DUTCH[] = {
    R("sch", "s", END), R("sch", "sh", 0), R("ij", "ei", 0), R("oe", "u", 0), R("ui", "oi", 0), R("ou", "au", 0),
    R("ch", "h", 0), R("g", "h", 0), R("w", "v", 0), R("j", "y", 0), R("v", "f", START), R("aa", "a", 0),
    R("ee", "e", 0), R("oo", "o", 0), R("uu", "u", 0), R("ie", "i", 0), R("eu", "e", 0), END_OF_RULES,
};
/* Swedish, Norwegian and Danish spelling (Wikipedia's "Swedish alphabet", "Norwegian
 * orthography"): sj, skj, stj, tj, kj as sh, sk before a front vowel, j and its lj, hj, dj, gj
 * as y, g before a front vowel as y, a final -rg as -ry (Kjell シェル, Ljungberg ユングベリ,
 * Göran ヨーラン). */
static const rewrite SCANDINAVIAN[] = {
    R("skj", "sh", 0), R("stj", "sh", 0), R("sj", "sh", 0), R("tj", "sh", 0), R("kj", "sh", 0), R("sk", "sh", FRONT),
    R("lj", "y", START), R("hj", "y", 0), R("dj", "y", START), R("gj", "y", 0), R("j", "y", 0), R("g", "y", FRONT | START),
    R("rg", "ry", END), END_OF_RULES,
};
/* Basque spelling ("Basque alphabet"): tx, tz, ts, x as sh, z as s, ll (Goikoetxea
 * ゴイコエチェア, Xabier シャビエル). */
static const rewrite BASQUE[] = {
    R("tx", "ch", 0), R("tz", "ts", 0), R("x", "sh", 0), R("z", "s", 0), R("ll", "ly", 0), END_OF_RULES,
};
/* Portuguese spelling ("Portuguese orthography"): nh, lh, ch, x, j, soft g, qu, silent h
 * (Coutinho コウチーニョ, Carvalho カルヴァーリョ). */
static const rewrite PORTUGUESE[] = {
    R("nh", "ny", 0), R("lh", "ly", 0), R("ch", "sh", 0), R("x", "sh", 0), R("j", "zh", 0), R("g", "zh", FRONT),
    R("qu", "k", FRONT), R("gu", "g", FRONT), R("c", "s", FRONT), R("h", "", 0), END_OF_RULES,
};
/* Brazilian Portuguese as Korean and the other transcriptions hear it (Wikipedia's
 * "Portuguese phonology" and "Brazilian Portuguese": an l before a consonant or at the end
 * vocalised as u, an initial r and rr as h, d and t before i, and a final de and te, as ji and
 * chi, a final o as u and a final e as i): Belfort 베우포르트, Silva 시우바, Garrit 가히트,
 * Valverde 바우베르지, and Portuguese's nh (Robinho 호비뉴, the 외래어 표기법's table for
 * Portuguese: nh before a vowel as 니 and the vowel). Read only for a word with such an l, rr or
 * nh (BRAZILIAN_MARKS), where the
 * Portuguese reading differs most from the others; else PORTUGUESE. For Hangul only
 * (cdn_readings_brazilian): read for Han and kana too it met German words (米契 / Nissl). */
static const rewrite BRAZILIAN[] = {
    R("rr", "h", 0), R("r", "h", START), R("l", "u", CONSONANT), R("l", "u", END), R("de", "ji", END),
    R("te", "chi", END), R("di", "ji", 0), R("ti", "chi", 0), R("o", "u", END), R("e", "i", END), END_OF_RULES,
};
static const rewrite BRAZILIAN_MARKS[] = {
    R("rr", "", 0), R("l", "", CONSONANT), R("l", "", END), R("nh", "", 0), END_OF_RULES,
};
/* Italian spelling ("Italian orthography") where an i before a vowel only softens the
 * consonant (Giovanni ジョヴァンニ, Ciampi チャンピ, Sciascia シャーシャ), gn and gli as ny and
 * ly; else ITALIAN. */
static const rewrite ITALIAN_SOFT[] = {
    R("sci", "sh", VOWEL), R("ggi", "dzh", VOWEL), R("cci", "ch", VOWEL), R("gi", "dzh", VOWEL), R("ci", "ch", VOWEL),
    R("gli", "ly", VOWEL), R("gn", "ny", 0), END_OF_RULES,
};
/* English vowel spellings as the transcriptions hear them ("English orthography", Japanese
 * and Korean Gairaigo rules): ay, ai, ey as ei (Jay ジェイ), air as ea before a consonant or at
 * the end (Blair ブレア, Claire クレア, Astaire アステア), a final ey, ie as i (Kelley
 * ケリー), aw, au, oa as o (Hawke ホーク, Coakley コークリー), ew as yu, igh as ai, er, ir, ur
 * before a consonant or at the end as a (Turner ターナー, Birt バート), u before two consonants
 * as a (Buffer バッファー, Hunt ハント), th as s (Heath ヒース), eo as o (George 조지), and the
 * silent k and w of an initial kn, wr ("English orthography": Knowles ノウルズ, Wright ライト;
 * the other silent letters are ENGLISH_SILENT's), an initial Mc as mak (the Scottish and Irish
 * Mac, as Japanese and Korean write it: マッキニス, 맥키니스); else ENGLISH, but for its Russian
 * kh for an initial h. */
static const rewrite ENGLISH_HEARD[] = {
    R("h", "h", START), R("th", "s", 0), R("eo", "o", 0), R("eu", "yu", START), R("ear", "a", CONSONANT),
    R("chr", "kr", START), R("ch", "ch", START), R("dg", "dzh", CONSONANT), R("yer", "ya", END),
    R("ey", "i", END), R("ie", "i", END), R("ier", "ia", END), R("iel", "iel", END), R("ie", "i", CONSONANT), R("wie", "ui", 0),
    R("aire", "ea", END), R("air", "ea", END), R("air", "ea", CONSONANT), /* air as ea: Blair ブレア, Claire クレア */
    R("ay", "ei", 0), R("ai", "ei", 0), R("ey", "ei", 0), R("aw", "o", 0),
    R("au", "o", 0), R("oa", "o", 0), R("ew", "yu", 0), R("igh", "ai", 0), R("er", "a", END), R("ur", "a", END),
    R("ir", "a", END), R("er", "a", CONSONANT), R("ir", "a", CONSONANT), R("ur", "a", CONSONANT), R("u", "a", CLOSED),
    R("kn", "n", START), R("wr", "r", START),
    R("mcc", "mak", START), R("mc", "mak", START), /* Mc is Mac (McInnis マッキニス, McIntyre マッキンタイア) */
    END_OF_RULES,
};
/* French nasal vowels at the end of a word as the transcriptions by ear hear them: in, ain,
 * un and ent as an (Gauguin ゴーギャン, Poussin プッサン, Alain アラン, Verdun ヴェルダン,
 * Laurent ローラン; Russian writes Данжен, so FRENCH keeps en), and gu before e or i as a hard
 * g (Guiot ギオー, Guillou); else FRENCH. Read only where one of these applies. Not ein, far
 * more often German (Stein, Hein), which is kept as it is: read as sean, Sein met 상 sang (a
 * false alarm of faker's). */
static const rewrite FRENCH_NASAL[] = {
    /* not in after a or e (ain an, ein kept) nor o (oin read as FRENCH reads it, oi as ua:
     * Jodoin ジョドワン, so that a word ending so gets no reading FRENCH does not give it);
     * after u, i and y it is an (Juin ジュアン) */
    R("ain", "an", END), R("ein", "ein", END), R("oin", "uan", END),
    R("in", "an", END), R("un", "an", END), R("ent", "an", END),
    R("aye", "e", END), R("ay", "e", END), /* a final ay, aye as e (Delaunay ドロネー, Delhaye ドレー) */
    R("gu", "g", FRONT), END_OF_RULES,
};
/* Spanish as the transcriptions hear it ("Spanish orthography"; Japanese practice): ll as j
 * (Carrillo カリージョ, Gallego ガジェゴ, Parrilla パリージャ), j and a soft g as h (José
 * ホセ, Jiménez ヒメネス), its r said; else SPANISH. Wikidata Japanese 1839 -> 1840, katakana
 * 1882 -> 1885, Chinese 1659 -> 1660, Korean 1619 -> 1621 of 2000, development pairs +3, 0,
 * +2, +1 of 3000, one unrelated Chinese pair more of 9,000 (凱索妮婭 / Caillon). */
static const rewrite SPANISH_HEARD[] = {
    R("ll", "j", 0), R("j", "h", 0), R("g", "h", FRONT), END_OF_RULES,
};
/* English names with the long vowels of open syllables, as the transcriptions hear them
 * ("English orthography": a vowel before one consonant and a vowel says its name): a as ei
 * (Amy 에이미 eimi, Jason ジェイソン), y after a consonant as ai (Ryan 라이언, Kyle カイル), and ow
 * as au (Howard 하워드, Brown ブラウン); else ENGLISH_HEARD. A second English reading: the short
 * vowels of the same spellings (Catherine 캐서린, Maggie) are ENGLISH_HEARD's. On the Wikidata
 * pairs: Korean 1597 -> 1608, katakana 1830 -> 1834, Japanese 1787 -> 1789, Chinese 1648 ->
 * 1650 of 2000 (development pairs +14, +10, +6, +5 of 3000), no unrelated pair more. */
static const rewrite ENGLISH_OPEN[] = {
    R("a", "ei", OPEN), R("y", "ai", INSIDE | OPEN), R("y", "ai", INSIDE | VOWEL), R("ow", "au", 0),
    /* After such a vowel, a final ge is said dʒ and a final tes ts, their e unsaid ("English
     * orthography"), which the 외래어 표기법 writes 지 and 츠 (제3장 제1절 제4항: Keats 키츠,
     * bridge 브리지): Page 페이지, Sage 세이지, Bates 베이츠, Gates 게이츠. */
    R("ge", "dzh", END), R("tes", "ts", END), END_OF_RULES,
};
/* English letters left unsaid, which every transcription by ear leaves out too ("English
 * orthography"): gh after a vowel (Leigh 리, Vaughan 본 ボーン, Hughes 휴스 ヒューズ: its ugh is yu),
 * the l of alm, alk,
 * olm, ould (Palmer 파머 パーマー, Walker 워커, Holmes 홈스 ホームズ), the b of a final mb
 * or mbs (Lamb 램, Toombs トゥームズ, Gumbs ガムス); and ea said e (Head 헤드 ヘッド, Heavy). Read only where one of these applies;
 * else ENGLISH_HEARD. */
static const rewrite ENGLISH_SILENT[] = {
    R("eigh", "i", END), R("eigh", "ei", 0), R("augh", "o", 0), R("ughes", "yuz", END), R("ugh", "yu", 0), R("igh", "ai", 0),
    R("gh", "", INSIDE), R("alm", "am", 0), R("alk", "ok", 0), R("olk", "ok", 0), R("olm", "om", 0),
    R("ould", "ud", 0), R("mbs", "ms", END), R("mb", "m", END), R("ea", "e", 0), END_OF_RULES,
};
/* English as Korean writes it by the 외래어 표기법, the Korean standard for loanwords (문교부
 * 고시 제85-11호, 1986: 제2장 표1, its table of IPA symbols and Hangul, and 제3장 제1절,
 * English): a vowel before an r that English leaves unsaid is 어 eo (Peter 피터, Taylor 테일러,
 * Robert 로버트, Kirk 커크: Japanese writes these with a, as ENGLISH_HEARD's er as a has them),
 * and so is a short u before two consonants ([ʌ]: Hull 헐, Hunt 헌트); ti before a vowel is 치
 * (Christian 크리스천); a final ian's a is a schwa (Ian 이언, Brian 브라이언: a word whose vowel
 * letters run together, so KOREAN_SCHWA, by vowel groups, takes it for one syllable). Written
 * o, as transcription.c folds eo; read after ENGLISH_SILENT's
 * letters are dropped (Walker 워커: woko) and KOREAN_SCHWA's vowels read. */
static const rewrite KOREAN_ENGLISH[] = {
    R("ire", "aio", END), /* a final ire, aiə, is 아이어 (표1: [aiə]; Fire 파이어, Maguire 머과이어) */
    R("iah", "aio", END), /* and a final iah, aiə too ("English orthography": Mariah 머라이어, Josiah) */
    /* a final are is [ɛə], 에어, and a final eir or eer [iə], 이어 (표1: Ware 웨어, Clare 클레어;
     * Weir 위어, Greer 그리어): Japanese writes them by the spelling (ENGLISH_HEARD) */
    R("are", "eo", END), R("eir", "io", END), R("eer", "io", END),
    R("wal", "wol", 0),   /* wa before l, wɔ or wɒ, is 워 (제9항: Walter 월터, Wallace 월리스) */
    R("tian", "chon", END), R("tion", "shon", END), R("ian", "ion", END), R("er", "o", END), R("or", "o", END),
    R("ar", "o", END), R("ur", "o", END), R("er", "o", CONSONANT), R("ir", "o", CONSONANT), R("ur", "o", CONSONANT),
    R("u", "o", CLOSED), END_OF_RULES,
};
/* The schwa of a last syllable, read so only in words of two syllables or more (a word of one
 * is stressed: Dan 댄, Stan 스탠): Howard 하워드, Stewart 스튜어트, Richard 리처드, Ian 이언,
 * Jordan 조던, Allen 앨런, Marcus 마커스. */
static const rewrite KOREAN_SCHWA[] = {
    R("ward", "wod", END), R("wart", "wot", END), R("ard", "od", END), R("an", "on", END), R("en", "on", END),
    R("us", "os", END), R("ace", "is", END), /* unstressed, ɪs: Wallace 월리스, Candace 캔디스 */
    R("ael", "ol", END), /* Rachael 레이철, as Rachel: ae written for the schwa */
    R("shire", "sho", END), R("shere", "sho", END), /* [ʃə]: Wiltshire 윌트셔, Wilshere 윌셔 */
    END_OF_RULES,
};
/* English ei said as a long i before l and th ("English orthography": Neil ニール 닐, Sheila
 * シーラ, Todd Zeile ジール, Keith キース); else ENGLISH_HEARD. A reading of its own, read only
 * where one applies: ENGLISH_HEARD keeps ei as written (Reilly ライリー), and German's ai is
 * GERMAN's. Not before d, though Reid is リード too: read so, Reid met ロイド (roido: an o
 * beside a vowel is what a written-out diphthong costs, transcription.c), which the readings
 * have kept apart since session 6. */
static const rewrite ENGLISH_EI[] = {
    /* eith written is: a rule's output is not read again, so ith would keep the th that
     * ENGLISH_HEARD hears as s (Keith キース 키스 met neither as kith) */
    R("eil", "il", 0), R("eith", "is", 0), END_OF_RULES,
};
/* A language's reading: its own rules, and where none applies, those of another (may be NULL);
 * given only for words that end with the letter last (0: any word); rolled when the language
 * says every r (English and, in the transcriptions, German leave one before a consonant
 * unsaid: Parker パーカー, but Björn ビョルン, and French Bernard ベルナール, 베르나르); long_only when a transcription of
 * one or two consonants is not compared with it (read as German, Reid is raid: ロイド). */
typedef struct language {
    const rewrite *own, *then;
    char last;
    bool rolled, long_only;
    bool long_vowels; /* Hepburn's long vowels are folded first (fold_long_vowels) */
    const rewrite *needs; /* when not NULL, read only where one of these applies (else the reading is
                         another language's) */
    bool russian_only; /* Russian practice, not what the transcriptions by ear hear */
    uint32_t starts;   /* the letters some rule of own or then begins with, one bit each (by the
                          letter's low five bits: rule_starts): read_as copies any other letter
                          without looking further. Written here, not worked out at each call (5 %
                          of a search in Han); cdn_readings_starts_wrong checks them. */
} language;
/* French is read for spellings of one or two consonants too (ブール / Boule, ウリエ /
 * Houllier, フェドー / Feydeau: its silent letters and ou, eau leave few consonants): Wikidata
 * Japanese 1824 -> 1831, katakana 1865 -> 1874, Chinese 1651 -> 1657, Korean 1608 -> 1609 of
 * 2000, development pairs +7, +5, +8, +1 of 3000, and no unrelated pair more of 9,000 per
 * script; the other languages stay long_only (ロイド and Reid read as German). Its r is said
 * (Tournier トゥルニエ, Gervais ジェルベー, Joubert 주베르): Japanese 1831 -> 1835, katakana
 * 1874 -> 1875, Chinese 1657 -> 1659, Korean 1609 -> 1614, development pairs +4, +5, -1, +1
 * and one unrelated Chinese pair more of 9,000 (斯維勒 / Speirs). */
static const language LANGUAGES[] = {
    {.own = GERMAN, .long_only = true, .starts = 0x04fb872au /* acehijopqstuvwz */},
    {.own = FRENCH, .rolled = true, .starts = 0x013b87bau /* acdeghijopqstux */},
    {.own = ENGLISH_RUSSIAN, .then = ENGLISH, .long_only = true, .russian_only = true,
     .starts = 0x039f87bau /* acdeghijopqrstwxy */},
    {.own = ENGLISH_LONG, .then = ENGLISH, .last = 'e', .long_only = true,
     .starts = 0x039787aau /* aceghijopqrtwxy */},
    {.own = POLISH_CZECH, .long_only = true, .starts = 0x008c0708u /* chijrsw */},
    {.own = SPANISH, .long_only = true, .starts = 0x04021588u /* cghjlqz */},
    {.own = ITALIAN_RUSSIAN, .then = ITALIAN, .long_only = true, .russian_only = true,
     .starts = 0x04080188u /* cghsz */},
    {.own = JAPANESE, .long_only = true, .long_vowels = true, .starts = 0x068d6d8cu /* bcghjkmnprswyz */},
    {.own = LATIN, .long_only = true, .starts = 0x0333832au /* acehiopqtuxy */},
    {.own = SOUTH_SLAVIC, .long_only = true, .starts = 0x00005618u /* cdijln */},
    {.own = TURKISH, .long_only = true, .starts = 0x00000408u /* cj */},
    {.own = GREEK, .long_only = true, .starts = 0x021180aau /* acegopty */},
    {.own = HUNGARIAN_RUSSIAN, .then = HUNGARIAN, .needs = HUNGARIAN_MARKS, .russian_only = true,
     .starts = 0x04185488u /* cgjlnstz */},
    {.own = PORTUGUESE_RUSSIAN, .then = PORTUGUESE, .needs = PORTUGUESE_MARKS, .russian_only = true,
     .starts = 0x010ad5a8u /* ceghjlnoqsx */},
    {.own = AZERBAIJANI, .then = TURKISH, .needs = AZERBAIJANI, .russian_only = true,
     .starts = 0x01020408u /* cjqx */},
    {.own = ARABIC_RUSSIAN, .needs = ARABIC_MARKS, .russian_only = true, .starts = 0x001280b2u /* adegoqt */},
};
/* The readings for transcriptions by ear: those above but the Russian-only ones, then these. */
static const language HEARD[] = {
    {.own = ENGLISH, .long_only = true, .starts = 0x039785a8u /* ceghjopqrtwxy */},
    {.own = ITALIAN, .long_only = true, .starts = 0x04080188u /* cghsz */},
    {.own = GERMAN_HEARD, .then = GERMAN, .rolled = true, .long_only = true,
     .starts = 0x04fb872au /* acehijopqstuvwz */},
    {.own = HUNGARIAN, .rolled = true, .starts = 0x04185488u /* cgjlnstz */},
    {.own = DUTCH, .rolled = true, .starts = 0x00e886aau /* acegijosuvw */},
    {.own = SCANDINAVIAN, .rolled = true, .starts = 0x001c1d90u /* dghjklrst */},
    {.own = BASQUE, .rolled = true, .starts = 0x05101000u /* ltxz */},
    {.own = PORTUGUESE, .rolled = true, .starts = 0x01025588u /* cghjlnqx */},
    {.own = ITALIAN_SOFT, .then = ITALIAN, .rolled = true, .starts = 0x04080188u /* cghsz */},
    {.own = ENGLISH_HEARD, .then = ENGLISH, .starts = 0x03b7afbau /* acdeghijkmopqrtuwxy */},
    {.own = ENGLISH_OPEN, .then = ENGLISH_HEARD, .starts = 0x02b0abbau /* acdeghikmotuwy */},
    {.own = ENGLISH_SILENT, .then = ENGLISH_HEARD, .needs = ENGLISH_SILENT,
     .starts = 0x02b0abbau /* acdeghikmotuwy */},
    {.own = SPANISH_HEARD, .then = SPANISH, .rolled = true, .long_only = true,
     .starts = 0x04021588u /* cghjlqz */},
    {.own = FRENCH_NASAL, .then = FRENCH, .needs = FRENCH_NASAL, .rolled = true, .starts = 0x013b87bau /* acdeghijopqstux */},
    {.own = GERMAN_DIPHTHONGS, .then = GERMAN_HEARD, .needs = GERMAN_DIPHTHONGS, .rolled = true, .starts = 0x0028812au /* acehosu */},
    {.own = ENGLISH_EI, .then = ENGLISH_HEARD, .needs = ENGLISH_EI, .starts = 0x02b0ab3au /* acdehikmotuwy */},
};

/* Whether rule r applies to latin at position i (of len). Inlined, with the pattern compared
 * letter by letter (patterns are one to five letters): the readings of a transcription's
 * candidates call it millions of times a search. */
static inline __attribute__((always_inline)) bool applies(const rewrite *r, const char *latin, size_t i, size_t len)
{
    size_t n = r->from_len;
    if (latin[i] != r->from[0] || i + n > len)
        return false;
    for (size_t k = 1; k < n; k++)
        if (latin[i + k] != r->from[k])
            return false;
    char next = latin[i + n];
    if ((r->where & FRONT) && !(next == 'e' || next == 'i' || next == 'y'))
        return false;
    if ((r->where & VOWEL) && !cdn_is_vowel_letter(next))
        return false;
    if ((r->where & CONSONANT) && (!next || cdn_is_vowel_letter(next)))
        return false;
    /* An x is two consonants, ks: a vowel before it is closed (Lux ラックス, as Luck), and no
     * open one (Maxim マキシム, not meixim) */
    if ((r->where & CLOSED) && next != 'x'
        && (!next || cdn_is_vowel_letter(next) || i + n + 1 >= len || cdn_is_vowel_letter(latin[i + n + 1])))
        return false;
    if ((r->where & OPEN)
        && (!next || next == 'x' || cdn_is_vowel_letter(next) || i + n + 1 >= len
            || !cdn_is_vowel_letter(latin[i + n + 1])))
        return false;
    if ((r->where & START) && i != 0)
        return false;
    if ((r->where & INSIDE) && i == 0)
        return false;
    if ((r->where & END) && i + n != len)
        return false;
    return true;
}

/* The letters some rule of lang begins with, one bit each (by the letter's low five bits): what
 * lang->starts must say. */
static uint32_t rule_starts(const language *lang)
{
    uint32_t starts = 0;
    for (const rewrite *r = lang->own; r->from; r++)
        starts |= 1u << (r->from[0] & 31);
    for (const rewrite *r = lang->then; r && r->from; r++)
        starts |= 1u << (r->from[0] & 31);
    return starts;
}

/*
 * Each rule table's rules by their first letter, so that a reading tries at a letter only the
 * rules that begin with it: walking every rule of a language at every letter its starts mark,
 * read_as cost 4.04 G and any_applies 1.38 G (self) of the 20.9 G instructions of 300 Korean
 * names screened (callgrind; 1.5 G on the one line of that walk), and chained, a Korean search
 * takes 59.2 M instructions, not 68.2 M (−13.3 %; BENCHMARKS.md, session 23, speed-keys). The
 * rules that begin with one letter keep their order, and no rule that begins with another can
 * apply there, so the first rule that applies is the same.
 */
enum { CHAIN_RULES = 64, NO_RULE = 0xff };
typedef struct chain {
    const rewrite *rules;      /* the table chained (NULL: none), so that no index follows another */
    bool built;                /* false: the table has more than CHAIN_RULES rules, walked whole */
    uint8_t first[32];         /* by the letter's low five bits (as rule_starts): its first rule */
    uint8_t next[CHAIN_RULES]; /* the rule after rule k that begins with the same letter */
} chain;

/* Every table fits a chain, so the whole walk of first_applying is never taken: a table grown
 * past CHAIN_RULES rules fails the build here (raise CHAIN_RULES, up to NO_RULE) rather than
 * silently slowing every reading. A new table is added to this list. */
#define FITS_CHAIN(table) \
    _Static_assert(sizeof table / sizeof table[0] - 1 <= CHAIN_RULES, #table " outgrows a chain")
FITS_CHAIN(GERMAN);
FITS_CHAIN(FRENCH);
FITS_CHAIN(ENGLISH_LONG);
FITS_CHAIN(ENGLISH_RUSSIAN);
FITS_CHAIN(ENGLISH);
FITS_CHAIN(POLISH_CZECH);
FITS_CHAIN(SPANISH);
FITS_CHAIN(ITALIAN_RUSSIAN);
FITS_CHAIN(ITALIAN);
FITS_CHAIN(JAPANESE);
FITS_CHAIN(LATIN);
FITS_CHAIN(SOUTH_SLAVIC);
FITS_CHAIN(TURKISH);
FITS_CHAIN(AZERBAIJANI);
FITS_CHAIN(ARABIC_RUSSIAN);
FITS_CHAIN(ARABIC_MARKS);
FITS_CHAIN(GREEK);
FITS_CHAIN(HUNGARIAN_RUSSIAN);
FITS_CHAIN(HUNGARIAN_MARKS);
FITS_CHAIN(PORTUGUESE_RUSSIAN);
FITS_CHAIN(PORTUGUESE_MARKS);
FITS_CHAIN(GERMAN_HEARD);
FITS_CHAIN(GERMAN_DIPHTHONGS);
FITS_CHAIN(HUNGARIAN);
FITS_CHAIN(DUTCH);
FITS_CHAIN(SCANDINAVIAN);
FITS_CHAIN(BASQUE);
FITS_CHAIN(PORTUGUESE);
FITS_CHAIN(BRAZILIAN);
FITS_CHAIN(BRAZILIAN_MARKS);
FITS_CHAIN(ITALIAN_SOFT);
FITS_CHAIN(ENGLISH_HEARD);
FITS_CHAIN(FRENCH_NASAL);
FITS_CHAIN(SPANISH_HEARD);
FITS_CHAIN(ENGLISH_OPEN);
FITS_CHAIN(ENGLISH_SILENT);
FITS_CHAIN(KOREAN_ENGLISH);
FITS_CHAIN(KOREAN_SCHWA);
FITS_CHAIN(ENGLISH_EI);
#undef FITS_CHAIN
_Static_assert(CHAIN_RULES < NO_RULE, "a rule's index is not NO_RULE");

/* A language's tables chained: its own rules, those of the one after, and those it needs. */
typedef struct language_chains {
    chain own, then, needs;
} language_chains;

/* Chains rules (NULL: none) into *c. */
static void chain_rules(const rewrite *rules, chain *c)
{
    uint8_t last[32];
    memset(c->first, NO_RULE, sizeof c->first);
    memset(c->next, NO_RULE, sizeof c->next);
    memset(last, NO_RULE, sizeof last);
    c->rules = rules;
    c->built = true;
    for (size_t k = 0; rules && rules[k].from; k++) {
        if (k >= CHAIN_RULES) {
            c->built = false;
            return;
        }
        unsigned letter = rules[k].from[0] & 31;
        if (last[letter] == NO_RULE)
            c->first[letter] = (uint8_t)k;
        else
            c->next[last[letter]] = (uint8_t)k;
        last[letter] = (uint8_t)k;
    }
}

static void chain_language(const language *lang, language_chains *c)
{
    chain_rules(lang->own, &c->own);
    chain_rules(lang->then, &c->then);
    chain_rules(lang->needs, &c->needs);
}

/* The first rule of c's table (not NULL) that applies to latin (len letters) at i, or NULL. */
static inline __attribute__((always_inline)) const rewrite *first_applying(const chain *c, const char *latin,
                                                                          size_t i, size_t len)
{
    const rewrite *rules = c->rules;
    if (!c->built) {
        for (const rewrite *r = rules; r->from; r++)
            if (applies(r, latin, i, len))
                return r;
        return NULL;
    }
    for (unsigned k = c->first[latin[i] & 31]; k != NO_RULE; k = c->next[k])
        if (applies(&rules[k], latin, i, len))
            return &rules[k];
    return NULL;
}

/* Writes latin read as lang (its tables chained in c) into out; false if it does not fit. */
static bool read_as(const language *lang, const language_chains *c, const char *latin, size_t len,
                    char out[CDN_READING_MAX + 1])
{
    uint32_t starts = lang->starts; /* the letters at which a rule may apply */
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        if (!(starts >> (latin[i] & 31) & 1)) {
            if (o + 1 > CDN_READING_MAX)
                return false;
            out[o++] = latin[i++];
            continue;
        }
        /* the first rule of the language's own that applies here, else of the one after */
        const rewrite *r = first_applying(&c->own, latin, i, len);
        if (!r && lang->then)
            r = first_applying(&c->then, latin, i, len);
        const char *to = r ? r->to : latin + i;
        size_t n = r ? r->to_len : 1;
        if (o + n > CDN_READING_MAX)
            return false;
        memcpy(out + o, to, n);
        o += n;
        i += r ? r->from_len : 1;
    }
    out[o] = '\0';
    return true;
}

/* Whether a rule of c's table (not NULL) applies somewhere in latin (len letters). */
static bool any_applies(const chain *c, const char *latin, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (first_applying(c, latin, i, len))
            return true;
    return false;
}

/* Writes latin (len letters) with Hepburn's long vowels as one vowel into out (at least len + 1
 * bytes), as Polivanov writes them: ou and uu, and a final oh (Satoh, Nakajoh), the macrons
 * being gone already (Ōtō is oto); returns the new length. Not an oh before a consonant, which
 * is more often a Persian or Arabic h (Zohrab Зохраб). Inoue's ou, two syllables, is folded
 * too: the word as written is compared besides. */
static size_t fold_long_vowels(const char *latin, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        out[o++] = latin[i];
        bool after_o = latin[i] == 'o' && i + 1 < len;
        if ((after_o && latin[i + 1] == 'u') || (latin[i] == 'u' && i + 1 < len && latin[i + 1] == 'u') ||
            (after_o && latin[i + 1] == 'h' && i + 2 == len))
            i++;
    }
    out[o] = '\0';
    return o;
}

/* Appends the readings of latin (len letters) as each of the count languages langs (but the
 * long_only ones unless all, and the russian_only ones when heard: for a transcription by ear)
 * that differ from latin and from the first *n of out to out, up to max, and whether each says
 * its r to rolled (if not NULL). */
static void read_all(const language *langs, const language_chains *chains, size_t count, bool all, bool heard,
                     const char *latin, size_t len, char out[][CDN_READING_MAX + 1], bool *rolled, size_t *n,
                     size_t max)
{
    uint32_t letters = 0; /* the word's letters: a language none of whose rules begins with one
                             reads the word as written, which is no reading */
    for (size_t i = 0; i < len; i++)
        letters |= 1u << (latin[i] & 31);
    for (size_t l = 0; l < count && *n < max; l++) {
        if ((langs[l].long_only && !all) || (langs[l].last && (len == 0 || latin[len - 1] != langs[l].last)) ||
            (langs[l].russian_only && heard))
            continue;
        char folded[CDN_READING_MAX + 1];
        const char *word = latin;
        size_t word_len = len;
        if (langs[l].long_vowels) {
            word_len = fold_long_vowels(latin, len, folded);
            word = folded;
        }
        if (!(langs[l].starts & letters) ||
            (langs[l].needs && !any_applies(&chains[l].needs, word, word_len)) ||
            !read_as(&langs[l], &chains[l], word, word_len, out[*n]) || strcmp(out[*n], latin) == 0)
            continue;
        bool seen = false;
        for (size_t k = 0; k < *n && !seen; k++)
            seen = strcmp(out[k], out[*n]) == 0;
        if (!seen && rolled)
            rolled[*n] = langs[l].rolled;
        *n += !seen;
    }
}

/* Every language's reading has a place: read_all drops the readings past its cap. */
_Static_assert(sizeof LANGUAGES / sizeof LANGUAGES[0] <= CDN_READINGS, "CDN_READINGS: one per language");
_Static_assert(sizeof LANGUAGES / sizeof LANGUAGES[0] + sizeof HEARD / sizeof HEARD[0] <= CDN_READINGS_HEARD,
               "CDN_READINGS_HEARD: one per language and per way of hearing one");

static const language BRAZILIAN_READING = {.own = BRAZILIAN, .then = PORTUGUESE, .needs = BRAZILIAN_MARKS,
                                           .rolled = true, .starts = 0x0116d5b8u /* cdeghjlnoqrtx */};

/* The three steps of cdn_readings_korean. */
static const language SILENT = {.own = ENGLISH_SILENT, .starts = 0x0020a2a2u /* aegimou */};
static const language SCHWA = {.own = KOREAN_SCHWA, .starts = 0x00a80022u /* aesuw */};
static const language KOREAN = {.own = KOREAN_ENGLISH, .then = ENGLISH_HEARD, .starts = 0x02b0ab3au /* acdehikmotuwy */};

enum { N_LANGUAGES = sizeof LANGUAGES / sizeof LANGUAGES[0], N_HEARD = sizeof HEARD / sizeof HEARD[0] };

/* Every language's tables chained, once, before the first reading (chain_all, under
 * CHAINS_ONCE); only read after, by any thread. */
static struct {
    language_chains languages[N_LANGUAGES], heard[N_HEARD], brazilian, silent, schwa, korean;
} CHAINS;
static pthread_once_t CHAINS_ONCE = PTHREAD_ONCE_INIT;

static void chain_all(void)
{
    for (size_t l = 0; l < N_LANGUAGES; l++)
        chain_language(&LANGUAGES[l], &CHAINS.languages[l]);
    for (size_t l = 0; l < N_HEARD; l++)
        chain_language(&HEARD[l], &CHAINS.heard[l]);
    chain_language(&BRAZILIAN_READING, &CHAINS.brazilian);
    chain_language(&SILENT, &CHAINS.silent);
    chain_language(&SCHWA, &CHAINS.schwa);
    chain_language(&KOREAN, &CHAINS.korean);
}

static void chain_once(void) { pthread_once(&CHAINS_ONCE, chain_all); }

size_t cdn_readings(const char *latin, char out[CDN_READINGS][CDN_READING_MAX + 1])
{
    chain_once();
    size_t len = strlen(latin), n = 0;
    if (len <= CDN_READING_MAX)
        read_all(LANGUAGES, CHAINS.languages, N_LANGUAGES, true, false, latin, len, out, NULL, &n, CDN_READINGS);
    return n;
}

size_t cdn_readings_heard(const char *latin, bool all, char out[CDN_READINGS_HEARD][CDN_READING_MAX + 1],
                          bool rolled[CDN_READINGS_HEARD])
{
    chain_once();
    size_t len = strlen(latin), n = 0;
    if (len <= CDN_READING_MAX) {
        read_all(LANGUAGES, CHAINS.languages, N_LANGUAGES, all, true, latin, len, out, rolled, &n, CDN_READINGS_HEARD);
        read_all(HEARD, CHAINS.heard, N_HEARD, all, true, latin, len, out, rolled, &n, CDN_READINGS_HEARD);
    }
    return n;
}

bool cdn_readings_brazilian(const char *latin, char out[CDN_READING_MAX + 1])
{
    chain_once();
    size_t len = strlen(latin);
    return len <= CDN_READING_MAX && any_applies(&CHAINS.brazilian.needs, latin, len) &&
           read_as(&BRAZILIAN_READING, &CHAINS.brazilian, latin, len, out) && strcmp(out, latin) != 0;
}

size_t cdn_readings_korean(const char *latin, char out[CDN_READINGS_KOREAN][CDN_READING_MAX + 1])
{
    chain_once();
    size_t len = strlen(latin);
    if (len > CDN_READING_MAX)
        return 0;
    /* Letters unsaid, then a last syllable's schwa, then the rest: each step on the last's
     * output, each only where one of its rules applies. */
    char step[2][CDN_READING_MAX + 1];
    const char *word = latin;
    bool changed = false;
    if (any_applies(&CHAINS.silent.own, word, len) &&
        read_as(&SILENT, &CHAINS.silent, word, len, step[0])) {
        word = step[0];
        len = strlen(word);
        changed = true;
    }
    /* A final e after a consonant is unsaid: Grace is one syllable, its ace no schwa. */
    bool silent_e = len >= 2 && word[len - 1] == 'e' && !cdn_is_vowel_letter(word[len - 2]);
    if (cdn_vowel_groups(word) - silent_e >= 2 && any_applies(&CHAINS.schwa.own, word, len) &&
        read_as(&SCHWA, &CHAINS.schwa, word, len, step[1])) {
        word = step[1];
        len = strlen(word);
        changed = true;
    }
    if (!changed && !any_applies(&CHAINS.korean.own, word, len))
        return 0;
    return read_as(&KOREAN, &CHAINS.korean, word, len, out[0]) && strcmp(out[0], latin) != 0;
}

/* How many of langs' count languages (named table) say other starts than their rules begin
 * with; the first such one, with the starts to write, goes into why (size bytes) when it is
 * still empty. */
static size_t starts_wrong(const char *table, const language *langs, size_t count, char *why, size_t size)
{
    size_t wrong = 0;
    for (size_t l = 0; l < count; l++) {
        uint32_t starts = rule_starts(&langs[l]);
        if (langs[l].starts == starts)
            continue;
        if (wrong++ == 0 && size && !why[0]) {
            char letters[27];
            size_t n = 0;
            for (char c = 'a'; c <= 'z'; c++)
                if (starts >> (c & 31) & 1)
                    letters[n++] = c;
            letters[n] = '\0';
            snprintf(why, size, "%s[%zu]: .starts = 0x%08xu /* %s */", table, l, (unsigned)starts, letters);
        }
    }
    return wrong;
}

size_t cdn_readings_starts_wrong(char *why, size_t size)
{
    if (size)
        why[0] = '\0';
    return starts_wrong("LANGUAGES", LANGUAGES, sizeof LANGUAGES / sizeof LANGUAGES[0], why, size) +
           starts_wrong("HEARD", HEARD, sizeof HEARD / sizeof HEARD[0], why, size) +
           starts_wrong("SILENT", &SILENT, 1, why, size) + starts_wrong("SCHWA", &SCHWA, 1, why, size) +
           starts_wrong("KOREAN", &KOREAN, 1, why, size);
}
