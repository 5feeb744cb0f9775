/*
 * test_search.c — candidate gathering finds every name the scorer would accept: misspellings
 * whose keys differ, tokens written joined, spaces typed as letters. Each case is one that
 * the speed benchmark's typo queries once missed (the scorer accepted the pair, the index never
 * offered the name). And the cross-script cases of the EU travel-ban set: legal forms spelled
 * out in another language, companies filed as persons, Serbian Cyrillic.
 */
#include <math.h>
#include <stdbool.h>

#include "test_support.h"
#include "match/score.h"

static const char LIST[] =
    "id,schema,name,aliases\n"
    "T-1,Organization,GAS ALLURE,\n"
    "T-2,Person,Habib SOUSSOU,\n"
    "T-3,Organization,MOVEMENT FOR ONENESS AND JIHAD IN WEST AFRICA,MOVEMENT FOR UNITY AND JIHAD IN WEST AFRICA\n"
    "T-4,Person,\"YEFIMOV, Vitaly Borisovich\",\n"
    "T-5,Person,CHOE CHUN YONG,\n"
    "T-6,Organization,OPEN JOINT STOCK COMPANY VEB LEASING,\n"
    "T-7,Organization,GAS INDUSTRY COMPANY,\n"
    "T-8,Person,Habib RAHMAN,\n"
    "T-9,Organization,ALLURE FASHION,\n"
    "T-10,Person,\"KIM, Chun Sik\",\n"
    "T-11,Organization,WEST AFRICA TRADING,\n"
    "T-12,Organization,Open Joint Stock Company “Naftan”,\n"
    "T-13,Person,Sohra LLC,Sohra Group\n" /* a company filed as a person, as in the EU's data */
    "T-14,Person,Bogoljub KARIĆ,\n"
    "T-15,Organization,Open Joint Stock Company “Belshina”,\n"
    "T-16,Person,Ivan SUKHAREV,\n"
    "T-17,Person,Mohamed MORSI,\n"
    "T-18,Person,Benjamin NETANYAHU,\n"
    "T-19,Person,Donald TRUMP,\n"
    "T-20,Person,Jonas CEVALLOS,\n"
    "T-21,Person,Mikhail SECHENOV,\n"
    "T-22,Person,Jean DANGIN,\n"
    "T-23,Person,Open Joint Stock Company “Grodno Azot”,Offene Aktiengesellschaft ‚Grodno Azot‘\n" /* as T-13 */
    "T-24,Person,\"KIM, Jong Un\",\n"
    "T-25,Person,\"CHOE, Ryong Hae\",\n"
    "T-26,Person,Vladimir PUTIN,\n"
    "T-27,Person,Ahmed DERBALI,\n"
    "T-28,Person,Ahmed ELMAGARMID,\n"
    "T-29,Person,Kenza BENALI,\n"
    "T-30,Person,Karl FEHR,\n"
    "T-31,Person,Bob TOOLE,\n"
    "T-32,Person,\"Open Joint Stock  Company \"\"HOTEL  PLANETA\"\"\",\n" /* as T-13 */
    "T-33,Organization,AGAT electromechanical Plant OJSC,\n"
    "T-34,Organization,140 Repair Plant,\n"
    "T-35,Organization,Hotel Moskva,Bank Moskva\n"
    "T-36,Organization,OJSC Bobruiskagromash,\n"
    "T-37,Person,Uri GELLER,\n"
    "T-38,Person,Ari GELLER,\n"
    "T-39,Person,David BEN GURION,\n"
    "T-40,Person,Rube GOLDBERG,\n"
    "T-41,Person,ALMA,\n"
    "T-42,Person,Laura LINNEY,\n"
    "T-43,Person,LOTTE,\n"
    "T-44,Person,PARK Seung-woo,\n"
    "T-45,Person,CHOI Young-soo,\n"
    "T-46,Person,BALDWIN,\n"
    "T-47,Person,JULIE,\n"
    "T-48,Person,Tom FINNEY,\n"
    "T-49,Person,\"CHANG, Tony\",\n"
    "T-50,Person,John DENVER,\n"
    "T-51,Person,Wu JING,\n"
    "T-52,Person,\"YAN, Zhenqing\",\n"
    "T-53,Person,JIZANG,\n"
    "T-54,Person,CHOI Min,\n"
    "T-55,Person,Jin RYU,\n"
    "T-56,Person,GRANIA,\n"
    "T-57,Person,KREMER,\n"
    "T-58,Person,CAMILLERI,\n"
    "T-59,Person,JAMEEL,\n"
    "T-60,Person,DELAFONTAINE,\n"
    "T-61,Person,MUSHROOM,\n"
    "T-62,Person,DORENA,\n"
    "T-63,Person,ECHENOZ,\n"
    "T-64,Person,COULTER,\n"
    "T-65,Person,HALL,\n"
    "T-66,Person,WEDD,\n"
    "T-67,Person,MULE,\n"
    "T-68,Person,ERROL,\n"
    "T-69,Person,COCK,\n"
    "T-70,Person,Amy RYAN,\n"
    "T-71,Person,John BLOW,\n"
    "T-72,Person,SIMA Yao,\n"
    "T-73,Person,KIM Youngchoon,\n"
    "T-74,Person,ARIUS,\n"
    "T-75,Person,KIHYUN,\n"
    "T-76,Person,CHAM,\n"
    "T-77,Person,RHONA,\n"
    "T-78,Person,ZICO,\n"
    "T-79,Person,HUNNAM,\n"
    "T-80,Person,ARNZEN,\n"
    "T-81,Person,MOHIT,\n"
    "T-82,Person,COGHILL,\n"
    "T-83,Person,HOLEŠ,\n"
    "T-84,Person,GENÊT,\n"
    "T-85,Person,LAUGHTON,\n"
    "T-86,Person,ESSWEIN,\n"
    "T-87,Person,EMPEDOCLES,\n"
    "T-88,Person,KOLAŠINAC,\n"
    "T-89,Person,BUXTUN,\n"
    "T-90,Person,BAUGÉ,\n"
    "T-91,Person,KIMBALL,\n"
    "T-92,Person,BOIS,\n"
    "T-93,Person,KOCH,\n"
    "T-94,Person,CHAUDHURY,\n"
    "T-95,Person,ODELL,\n"
    "T-96,Person,TEUTUL,\n"
    "T-97,Person,HONG Hei-kyung,\n"
    "T-98,Person,LEE Lim-saeng,\n"
    "T-99,Person,JUN Je-uk,\n"
    "T-100,Person,SUN Lin,\n"
    "T-101,Person,David CHARVET,\n"
    "T-102,Person,Nzingha PRESCOD,\n"
    "T-103,Person,Buttree PUEDPONG,\n"
    "T-104,Person,Jacques HADAMARD,\n"
    "T-105,Person,Thibaut COURTOIS,\n"
    "T-106,Person,Hubert FOURNIER,\n"
    "T-107,Person,Julius JAUREGG,\n"
    "T-108,Person,Ludwig WITTGENSTEIN,\n"
    "T-109,Person,REICHARDT,\n"
    "T-110,Person,MONACHELLO,\n"
    "T-111,Person,KITCHENER,\n"
    "T-112,Person,PEÇANHA,\n"
    "T-113,Person,XIAODUANWEN,\n"
    "T-114,Person,VALET,\n"
    "T-115,Person,DAUMET,\n"
    "T-116,Person,CROZ,\n"
    "T-117,Person,NICLOUX,\n"
    "T-118,Person,DELACROIX,\n"
    "T-119,Person,LALOUX,\n"
    "T-120,Person,PAVIĆ,\n"
    "T-121,Person,DELIĆ,\n"
    "T-122,Person,KOVAČ,\n"
    "T-123,Person,WALCZAK,\n"
    "T-124,Person,MIGNONE,\n"
    "T-125,Organization,KEDACOM,\n"
    "T-126,Person,VILLAR,\n"
    "T-127,Person,MEHMET,\n"
    "T-128,Person,LLORT,\n"
    "T-129,Person,Robert MOUEZ,\n"
    "T-130,Person,Marko ČAČIĆ,\n"
    "T-131,Person,Liam KEAVENEY,\n"
    "T-132,Person,Kraft HOHENLOHE,\n"
    "T-133,Person,Nikos JERICHO,\n"
    "T-134,Person,Jamie CHUNG,\n";

static cordon_index *idx;
static cordon_index *official; /* all six official lists, opened by the first test that needs them */

static int open_list(void **state)
{
    (void)state;
    idx = open_csv("gather.csv", LIST, sizeof LIST - 1);
    return 0;
}

static int close_list(void **state)
{
    (void)state;
    cordon_index_close(idx);
    cordon_index_close(official);
    return 0;
}

/* Asserts that the query's best result is entity with native id, alerting at the default threshold. */
static void expect_first(const char *query, const char *id)
{
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(idx, query, NULL, &res), CORDON_OK);
    if (cordon_results_count(res) == 0)
        fail_msg("%s: no result, expected %s", query, id);
    const cordon_result *r = cordon_results_get(res, 0);
    if (strcmp(r->entity->native_id, id) != 0 || !r->match)
        fail_msg("%s: first %s at %.3f (match %d), expected %s alerting", query, r->entity->id, r->score, r->match, id);
    cordon_results_free(res);
}

static void misspelling_whose_key_differs(void **state)
{
    (void)state;
    expect_first("Haxib Soussou", "T-2");                                   /* x: key hacsib */
    expect_first("Movement for Onenesos and Jihad in West Africa", "T-3"); /* key onenes */
}

static void tokens_written_joined(void **state)
{
    (void)state;
    expect_first("YEFIMOV, VitalyBorisovich", "T-4");
    expect_first("Open Joint Stock Company Vebleasing", "T-6");
}

static void space_typed_as_a_letter(void **state)
{
    (void)state;
    expect_first("GASmALLURE", "T-1");
    expect_first("CHOE CHUNjYONG", "T-5");
}

static void legal_forms_in_another_language(void **state)
{
    (void)state;
    expect_first("Открытое акционерное общество “Нафтан”", "T-12");
    expect_first("Адкрытае акцыянернае таварыства “Нафтан”", "T-12");
    expect_first("ОАО “Белшина”", "T-15");
    /* the form typed with Latin lookalikes (a Latin A in ОAО), or romanised (Belarusian ААТ as
     * AAT), as the EU's data has them: 0.52 when neither was taken for a legal form */
    expect_first("ОAО «Бобруйскагромаш»", "T-36");
    expect_first("AAT «Бобруйскагромаш»", "T-36");
}

static void company_filed_as_a_person(void **state)
{
    (void)state;
    expect_first("ООО Сохра", "T-13");
    /* and one whose form is spelled out, met in Russian (0.51 when the form's words were read
     * as a person's: nothing met them) */
    expect_first("Открытое акционерное общество «Гродно Азот»", "T-23");
}

/* A generic word of an organisation's name in translation (generic_words.h): hotel, plant,
 * repair, bank, in Russian and Belarusian. Before the table these scored 0.36-0.55. */
static void generic_words_in_translation(void **state)
{
    (void)state;
    expect_first("ААТ «ГАСЦІНІЦА ПЛАНЕТА»", "T-32");
    expect_first("Агат-электромеханический завод", "T-33");
    expect_first("140 ремонтный завод", "T-34");
    expect_first("Гостиница «Москва»", "T-35");
    /* the generic word alone does not make the name: another hotel, a bank of another name */
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(idx, "Гостиница «Планета Москва»", NULL, &res), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(res); i++) {
        const cordon_result *r = cordon_results_get(res, i);
        if (r->match && strcmp(r->entity->native_id, "T-35") != 0 && strcmp(r->entity->native_id, "T-32") != 0)
            fail_msg("Гостиница «Планета Москва»: %s alerts at %.3f", r->entity->id, r->score);
    }
    cordon_results_free(res);
    assert_int_equal(cordon_search(idx, "Банк «Планета»", NULL, &res), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(res); i++)
        if (cordon_results_get(res, i)->match)
            fail_msg("Банк «Планета»: %s alerts at %.3f", cordon_results_get(res, i)->entity->id,
                     cordon_results_get(res, i)->score);
    cordon_results_free(res);
}

static void serbian_cyrillic(void **state)
{
    (void)state;
    expect_first("Богољуб КАРИЋ", "T-14");
}

/* A smaller limit gives the first results of a larger one, on a real list: the cut-off that
 * prunes candidates does not depend on the limit (a limit of 1 once missed a better entity
 * that a limit of 5 found, for "Kazim Sager" and "IS CHEN"). */
/* A name written without short vowels finds its Latin spelling through the consonant-class map
 * (the scorer accepts the pair; the index must offer it). */
static void abjad_query_finds_latin_names(void **state)
{
    (void)state;
    expect_first("محمد مرسي", "T-17");
    expect_first("בנימין נתניהו", "T-18");
    expect_first("ميخائيل سيتشينوف", "T-21"); /* ch heard as the affricate تش */
    /* The letters the scorer may leave unmatched are keyed with and without them
     * (abjad_keys.h): the article, ق as a g, a final ة. */
    expect_first("أحمد الدربالي", "T-27");
    expect_first("أحمد المقرمد", "T-28");
    expect_first("كنزة بنعلي", "T-29");
}

/* Asserts that the query raises no alert for the entity with native id. */
static void expect_no_alert(const char *query, const char *id)
{
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(idx, query, NULL, &res), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(res); i++) {
        const cordon_result *r = cordon_results_get(res, i);
        if (strcmp(r->entity->native_id, id) == 0 && r->match)
            fail_msg("%s: %s alerts at %.3f", query, r->entity->id, r->score);
    }
    cordon_results_free(res);
}

/* A word in Hebrew or Arabic script of one or two consonant classes has no key
 * (short_words.h); the names another word of the query reaches count it when it meets one of
 * their tokens: אורי (the ו after the alef an o or u) meets Uri and not Ari, in search and in
 * the scorer (cdn_hebrew_alef_vowel_contradicts; before it the scorer met Ari at 0.845). */
static void short_abjad_words_count_where_the_other_words_reach(void **state)
{
    (void)state;
    expect_first("אורי גלר", "T-37");
    expect_no_alert("אורי גלר", "T-38");
    double score = 0.0;
    assert_int_equal(cordon_compare(idx, "אורי גלר", "Ari GELLER", CORDON_SCHEMA_ANY, &score), CORDON_OK);
    assert_true(score < 0.8); /* the scorer agrees: the ו after the alef is a u or o */
    expect_first("דוד בן גוריון", "T-39"); /* two short words, the ו of דוד a consonant v */
}

/* A foreign name transcribed into Chinese, Japanese or Korean finds its Latin spelling through
 * the index's sound classes (no other key of the query is in the index). */
static void transcribed_query_finds_latin_names(void **state)
{
    (void)state;
    expect_first("도널드 트럼프", "T-19");
    expect_first("ドナルド・トランプ", "T-19");
    expect_first("乔纳斯·塞瓦略斯", "T-20");
}

/* A transcription whose sound classes are one class from its spelling's (戈德伯格 gedebuoge,
 * k t b k, leaves out the l of Goldberg, k l t b k) is found by the classes one edit away
 * (sound_edits.h), as the scorer meets it by its vowels. */
static void transcription_one_class_off_finds_latin_names(void **state)
{
    (void)state;
    expect_first("鲁布·戈德伯格", "T-40");
}

/* A transcription whose sound classes are two (阿尔玛 aerma, アルマ aruma, l n: Alma), or a
 * word of two Han characters of the transcription table (洛特 luote / Lotte), is found by the
 * Latin words listed under its classes that sound like it (short_sounds.h); so is a foreign
 * name in Hangul of two words of two syllables, one of them of a single class (로라 lora), its
 * weight kept in the bound as a longer transcription's is. */
static void short_transcriptions_find_latin_names(void **state)
{
    (void)state;
    expect_first("阿尔玛", "T-41");
    expect_first("アルマ", "T-41");
    expect_first("洛特", "T-43");
    expect_first("로라 린니", "T-42");
    /* Three classes against four: 鲍德温 baodewen, b t n, left out the l of Baldwin, b l t n
     * (sound_edits.h: a class added to three, then tested as above). */
    expect_first("鲍德温", "T-46");
    /* Two classes against three: 埃舍诺 aishenuo, s n, heard no z at the end of Echenoz, s n s
     * (a class added to two, then tested). */
    expect_first("埃舍诺", "T-63");
    /* The same for two Han characters of the table: 寇特 koute, k t, heard no l in Coulter. */
    expect_first("寇特", "T-64");
    /* A transcription of one class, listed under it (snapshot format 21): 埃羅爾 ailuoer, l /
     * Errol; two Han characters of the table, 科克 keke, k / Cock; a Hangul name of two words
     * of one class each, 에이미 라이언 eimi laieon, n and l / Amy Ryan. */
    expect_first("埃羅爾", "T-68");
    expect_first("科克", "T-69");
    expect_first("에이미 라이언", "T-70");
    /* Characters of the Xinhua tables for other languages than English (transcription.c's
     * TRANSCRIPTION_HAN_OTHER): 蘿 the feminine 羅, 济 zi, 杭 hang, 岑 cen. Before them no sound
     * string of these words was looked up. */
    expect_first("蘿娜", "T-77");
    expect_first("济科", "T-78");
    expect_first("杭南", "T-79");
    expect_first("阿尼岑", "T-80");
    /* A pinyin x for a foreign h (希 xi for hi), silent as the scorer reads it: 莫希特
     * moxite, n s t / Mohit, n t; 科格希爾 kegexier, k s l / Coghill, k l. */
    expect_first("莫希特", "T-81");
    expect_first("科格希爾", "T-82");
    /* A word whose key (iulie) fails the test where its spelling passes: the scorer reads the
     * spelling (朱莉 zhuli, ジュリー juri / Julie). */
    expect_first("朱莉", "T-47");
    expect_first("ジュリー", "T-47");
    /* A foreign name in Hangul with a word of one syllable that is no Korean surname
     * (korean_surnames.h): 톰 meets Tom as spelled, and 존 John by its sounds, its weight kept
     * in the bound. A rare surname (당 唐) keeps the query a Korean name: 당 지환 is not taken
     * for Tony Chang, though the scorer would accept the pair. */
    expect_first("톰 피니", "T-48");
    expect_first("존 덴버", "T-50");
    /* A listed word whose key fails the test is tested by its spelling (john is iohn, ryan
     * rian); beside another word, three syllables that look like a Korean name (라이언: 라 a
     * surname) are looked up by sound too; one word of four syllables that is no Korean name
     * is a foreign one. One word of three is not: 어채은, a Korean name of a rare surname, is
     * not taken for CHAM, though the scorer would accept the pair (0.83). */
    expect_first("존 블로", "T-71");
    expect_first("에이미 라이언", "T-70");
    expect_first("아리우스", "T-74");
    expect_no_alert("어채은", "T-76");
    double score = 0.0;
    assert_int_equal(cordon_compare(idx, "당 지환", "CHANG, Tony", CORDON_SCHEMA_ANY, &score), CORDON_OK);
    assert_true(score >= 0.8);
    expect_no_alert("당 지환", "T-49");
    /* A name in Hangul that cannot be a Korean one (cjk_pairs.h, cdn_hangul_words_foreign: a
     * word of three syllables beside another) is foreign though one word is a surname syllable:
     * 제이미 jeimi is looked up by its sounds, 정 by its spellings only (chung). */
    expect_first("제이미 정", "T-134");
}

/* Of the Latin names whose sound classes equal a transcription's, the one its vowels agree with
 * comes first: 克雷默 kelei mo is Kremer (k l n), not Grania (k l n too, its vowels beyond the
 * vowel rule's bar), 賈米爾 jia mi er Jameel, not Camilleri. Both were 0.85, and the entity
 * that sorts first (T-56, T-58) came first. */
static void transcription_ranks_by_its_vowels(void **state)
{
    (void)state;
    expect_first("克雷默", "T-57");
    expect_first("賈米爾", "T-59");
}

/* A transcription of four Han characters with one beyond the transcription table (德拉方丹
 * delafangdan, 丹) looks native, yet the scorer meets it by its vowels: search looks it up by
 * its sound strings (cdn_short_sounds_han_but_one). Not a word of three that writes no consonant
 * alone, which a Chinese name of a rare surname is too (那秀兰 / Mushroom, which the scorer would
 * accept), nor one read as Japanese (伊藤里奈 itourina / Dorena). */
static void han_word_beyond_the_table_finds_latin_names(void **state)
{
    (void)state;
    expect_first("德拉方丹", "T-60");
    expect_no_alert("那秀兰", "T-61");
    expect_no_alert("伊藤里奈", "T-62");
}

/* A Korean name in Hangul, one word, finds its Latin spelling (KIM Jong Un for 김정은, not KIM
 * Chun Sik), though no key of the query is in the index; a Japanese chi for ti (プーチン
 * puchin) finds Putin by the sound classes, and the full name alerts. */
static void korean_and_japanese_queries_find_latin_names(void **state)
{
    (void)state;
    expect_first("김정은", "T-24");
    expect_first("최룡해", "T-25");
    /* Given names spelled by custom, which no romanisation system writes, found by their
     * Korean folds (hangul.h): 승우 seungu as Seung-woo, 영수 yeongsu as Young-soo. */
    expect_first("박승우", "T-44");
    expect_first("최영수", "T-45");
    /* you for ㅕ yeo (Youngchoon: two syllables, filed under its fold); a word of two
     * syllables alone may be a given name alone (기현 / Kihyun). */
    expect_first("김영춘", "T-73");
    expect_first("기현", "T-75");
    /* Customary spellings filed under their fold keys (hangul.h, cdn_korean_fold_key): ei for
     * ㅖ (혜 Hei), an initial r the South leaves out (임 Lim); and a given name split at its
     * syllable break (제억 jeeok as je and eok: Je-uk). */
    expect_first("홍혜경", "T-97");
    expect_first("이임생", "T-98");
    expect_first("전제억", "T-99");
    /* One word of two syllables, split in two by the fold keys (손 son as Sun, 린 rin as Lin),
     * where no surname of the table is spelled so. */
    expect_first("손린", "T-100");
    /* A Chinese name in Hangul by the Korean readings of its characters (sino_korean.h), found
     * by the pinyin spellings of those readings: two words, a surname and a given name, or one. */
    expect_first("오경", "T-51");
    expect_first("안진경", "T-52");
    expect_first("길장", "T-53");
    expect_first("사마요", "T-72"); /* a surname of two syllables, 24 spellings */
    /* A surname and a given name of one syllable, one word of two (최민), are read so; beside
     * another word two syllables are a given name, and 함 유진 is not looked up as 유 Ryu and
     * 진 Jin (on the six lists, where Ryu is rare, the scorer would accept the pair). */
    expect_first("최민", "T-54");
    cordon_results *given = NULL;
    assert_int_equal(cordon_search(idx, "함 유진", NULL, &given), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(given); i++)
        assert_string_not_equal(cordon_results_get(given, i)->entity->native_id, "T-55");
    cordon_results_free(given);
    /* The given name meets by its vowels, which no key finds: the bound keeps its weight. */
    expect_first("ウラジーミル・プーチン", "T-26");
    /* One word of two: found, but it covers half the name, so no alert (and Allure Fashion,
     * b s n by class as puchin is, comes first). */
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(idx, "プーチン", NULL, &res), CORDON_OK);
    bool found = false;
    for (size_t i = 0; i < cordon_results_count(res); i++)
        found |= strcmp(cordon_results_get(res, i)->entity->native_id, "T-26") == 0;
    assert_true(found);
    cordon_results_free(res);
}

/* A foreign name transcribed into Cyrillic finds its spelling read in its own language (the
 * French g of Dangin is the ж of Данжен), though no key of the query is in the index. */
static void cyrillic_transcription_finds_latin_names(void **state)
{
    (void)state;
    expect_first("Жан Данжен", "T-22");
    /* a short word meets a reading equal to it, keyed whole: German Fehr, English Toole */
    expect_first("Карл Фер", "T-30");
    expect_first("Боб Тул", "T-31");
    /* a word of four letters or more and one or two consonants, by its vowelled skeleton
     * (CDN_VOWELLED_READING: Hall read as English is khall, Холл kholl; Wedd, uedd) */
    expect_first("Холл", "T-65");
    expect_first("Уэдд", "T-66");
    expect_first("Мюль", "T-67"); /* a reading of three letters (mul) of a word of four */
    /* session 18: what compare accepts and search never offered (Wikidata Russian) */
    expect_first("Роберт Муэ", "T-129");    /* the genitive key: mue + s, Mouez's mues */
    expect_first("Марко Чачич", "T-130");   /* the vowelled skeleton of the marked form, s.s.s */
    expect_first("Лиам Кивни", "T-131");    /* a vowel more: k.vn. as Keaveney's k.v.n. */
    expect_first("Крафт Гогенлоэ", "T-132"); /* German final he unwritten: gogenloe */
    expect_first("Никос Джерико", "T-133"); /* English ich before o: dzheriko */
}

/* A list where a spelling of a word is common (MAJID, OSAMA: three names each, the threshold
 * from which a search stops following a word's misspellings) and another spelling of it is not
 * (MAJEED, USAMA): the rare spelling's name is found through the common one's vowel key
 * (vowel_key.h). Without it, the name was reached by its other, common word alone (ABDUL, ALI),
 * which cannot lift it to the minimum score, and never offered. */
static const char VOWEL_LIST[] =
    "id,schema,name,aliases\n"
    "V-1,Person,\"MAJEED, Abdul\",\n"
    "V-2,Person,\"MAJID, Hamid\",\n"
    "V-3,Person,\"MAJID, Samir\",\n"
    "V-4,Person,\"MAJID, Adnan\",\n"
    "V-5,Person,\"ALI, Usama\",\n"
    "V-6,Person,\"OSAMA, Fadi\",\n"
    "V-7,Person,\"OSAMA, Nabil\",\n"
    "V-8,Person,\"OSAMA, Rami\",\n"
    "V-9,Person,\"KARIM, Abdul\",\n"
    "V-10,Person,\"HALIM, Abdul\",\n"
    "V-11,Person,\"SALAM, Abdul\",\n"
    "V-12,Person,\"QADIR, Abdul Ali\",\n"
    "V-13,Person,\"BASIT, Abdul Ali\",\n"
    "V-14,Person,\"WAHAB, Abdul Ali\",\n"
    "V-15,Person,\"RAHIM, Ali\",\n"
    "V-16,Person,\"HASAN, Ali\",\n";

/* A final ㅅ in a Hangul transcription, which ICU writes s, is said t and writes a foreign t
 * (transcription.h, cdn_hangul_final_s_said): 데이빗 샤빗 deibis syabis / David Charvet, 징가
 * 프레스콧 / Nzingha Prescod, 붓리 프앗퐁 / Buttree Puedpong (session 16, each with no result on
 * main 9c976cc: the classes of the s, t b s and s b s, are listed under no word of the name). */
static void hangul_final_s_finds_latin_names(void **state)
{
    (void)state;
    expect_first("데이빗 샤빗", "T-101");
    expect_first("징가 프레스콧", "T-102");
    expect_first("붓리 프앗퐁", "T-103");
}

/* A Hangul transcription in a query of foreign words meets the Latin words with a class more
 * that Korean did not hear (search.c, gather_hangul_unheard): 아다마르 adamareu, t n l / Hadamard
 * with its silent final d; 쿠르트와 / Courtois; 포르니에 / Fournier; 야우레크 / Jauregg with its j
 * said y; 비트겐슈타인 / Wittgenstein with its w said v (session 16, each with no
 * result or another name first on main 9c976cc). Alone, one word is no foreign query (a Korean
 * name of a rare surname is one word too): no class is added. */
static void hangul_class_added_finds_latin_names(void **state)
{
    (void)state;
    expect_first("자크 아다마르", "T-104");
    expect_first("티보 쿠르트와", "T-105");
    expect_first("위베르 포르니에", "T-106");
    expect_first("율리우스 야우레크", "T-107"); /* a first j said y: l k / s l k */
    expect_first("루트비히 비트겐슈타인", "T-108"); /* a w said v: b t k n s t n / t k n s t n */
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(idx, "아다마르", NULL, &res), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(res); i++)
        assert_string_not_equal(cordon_results_get(res, i)->entity->native_id, "T-104");
    cordon_results_free(res);
}

/* Han transcriptions that the scorer accepts and no key led to (session 14, each failing on
 * main b211e6e): the Xinhua tables' 什 for sh and r for a French j (霍萊什 huolaishen / Holeš,
 * 博热 bore / Baugé, 熱內 / Genêt); a class added to the three of two Han characters of the table
 * (劳顿 laodun, l t n / Laughton, l k t n; 金寶 / Kimball);
 * a word with one character beyond the table by two classes (埃斯魏因 aisiweiyin, s n / Esswein) and
 * with a class added (恩培多克勒 / Empedocles); a class changed in four or more (克拉西納茨
 * kelaxinaci, k l s n s / Kolašinac, k l s n k; 邦司頓 / Buxtun). */
static void han_readings_and_edits_find_latin_names(void **state)
{
    (void)state;
    expect_first("霍萊什", "T-83");
    expect_first("博热", "T-90");
    expect_first("熱內", "T-84");
    expect_first("劳顿", "T-85");
    expect_first("金寶", "T-91");
    expect_first("埃斯魏因", "T-86");
    expect_first("恩培多克勒", "T-87");
    expect_first("克拉西納茨", "T-88");
    expect_first("邦司頓", "T-89");
}

/* A Han transcription is no longer outranked by names that begin with a letter its first
 * syllable does not write and share its sound classes (han_initials.h; session 15, each failing
 * on main 54b1860: 埃格蘭 aigelan, k l n, put Crown and Garang at 0.85 before Egeland's 0.808,
 * 普拉文 Burman and Vilhelm before Pravind's 0.827). */
static const char INITIALS_LIST[] = "id,schema,name,aliases\n"
                                        "Z-1,Person,CROWN,\n"
                                        "Z-2,Person,GARANG,\n"
                                        "Z-3,Person,COLEEN,\n"
                                        "Z-4,Person,EGELAND,\n"
                                        "Z-5,Person,FERRAS,\n"
                                        "Z-6,Person,FALLS,\n"
                                        "Z-7,Person,UHLS,\n"
                                        "Z-8,Person,WASEEM,\n"
                                        "Z-9,Person,AYACHE,\n"
                                        "Z-10,Person,BURMAN,\n"
                                        "Z-11,Person,VILHELM,\n"
                                        "Z-12,Person,FALANG,\n"
                                        "Z-13,Person,PRAVIND,\n";

/* Han transcriptions one class from a Latin name's that no lookup reached (session 15, each
 * failing on main 31726f2): a class added to the one of two characters of the table (布瓦 buwa,
 * b / Bois, b s; 科赫 kehe / Koch; 陶托 / Teutul; 歐德 / Odell), a class left out of three (喬杜麗
 * qiaoduli, k t l / Chaudhury, k l). */
static void han_words_one_class_from_short_names(void **state)
{
    (void)state;
    expect_first("布瓦", "T-92");
    expect_first("科赫", "T-93");
    expect_first("喬杜麗", "T-94");
    expect_first("歐德", "T-95");
    expect_first("陶托", "T-96");
}

/* A Han transcription of three classes is looked up with one of them changed too, each word
 * tested (search.c: add_tested_edits): 萊卡特 laikate, l k t / Reichardt, r k t; 莫納凱洛 /
 * Monachello; 基泰拿 jitaina / Kitchener; 佩萨尼亚 / Peçanha. None was reached before. */
static void han_words_three_classes_one_changed(void **state)
{
    (void)state;
    expect_first("萊卡特", "T-109");
    expect_first("莫納凱洛", "T-110");
    expect_first("基泰拿", "T-111");
    expect_first("佩萨尼亚", "T-112");
}

/* Two kana syllables one class from a Latin name's, as two Han characters of the table are
 * looked up (search.c: gather_short_sounds; session 17, each failing on main 4fe6a43): a final
 * consonant French does not say (バレ bare, b l / Valet, b l t; ドメ dome / Daumet), a
 * consonant the kana left out (クロ kuro, k l / Croz, k l s). */
static void kana_words_of_two_syllables_one_class_from_names(void **state)
{
    (void)state;
    expect_first("バレ", "T-114");
    expect_first("ドメ", "T-115");
    expect_first("クロ", "T-116");
}

/* A kana transcription of a French name whose final x it does not write meets the spelling
 * (search.c: gather_silent_x; session 17, each failing on main 4fe6a43): ニクルー nikuru, n k l /
 * Nicloux, n k l k s; ドラクロワ / Delacroix; ラルー / Laloux. */
static void kana_words_without_the_french_final_x(void **state)
{
    (void)state;
    expect_first("ニクルー", "T-117");
    expect_first("ドラクロワ", "T-118");
    expect_first("ラルー", "T-119");
}

/* A Latin word whose marks normalisation folds is filed under the sound classes of its marked
 * form too (build.c: add_sounds; snapshot format 28; session 17, each failing on main 4fe6a43):
 * パヴィチ pavichi, b s / Pavić (pavich, b s; pavic is b k); デリッチ / Delić; コバチ / Kovač (Kopač
 * until session 21: コバチ voices the p, which kana write パ; score.c: kana_voicing_differs). */
static void kana_words_find_the_marked_letters(void **state)
{
    (void)state;
    expect_first("パヴィチ", "T-120");
    expect_first("デリッチ", "T-121");
    expect_first("コバチ", "T-122");
}

/* A kana transcription finds the Latin words the scorer hears by a reading (readings.h) that
 * their spelling's sound classes do not give (build.c: add_sounds, CDN_SOUNDS_HEARD; session
 * 17, each failing on main 4fe6a43): ヴァルクツァック / Walczak, read as Polish valchak;
 * ミニョーネ minyone, n / Mignone, read as Italian. Those lists are for kana alone: a Korean
 * name in Hangul met unrelated words by them (가다솜 / KEDACOM 0.83). */
static void kana_words_find_the_readings_heard(void **state)
{
    (void)state;
    expect_first("ヴァルクツァック", "T-123");
    expect_first("ミニョーネ", "T-124");
    expect_no_alert("가다솜", "T-125");
}

/* The readings heard are filed by the scorer's count of a word's consonants, vowels kept (Villar
 * as v l l, three: all of cdn_readings_heard's languages, Spanish bijar among them), not by its
 * consonant string's (b l, two), or kana missed what compare meets (review1, session 17, each
 * failing on main 4ddfe42): ビジャール / Villar, メフメト / Mehmet (Turkish mekhmet), ジョルト / Llort. */
static void kana_words_find_the_readings_of_words_with_a_repeated_class(void **state)
{
    (void)state;
    expect_first("ビジャール", "T-126");
    expect_first("メフメト", "T-127");
    expect_first("ジョルト", "T-128");
}

/* A kana word's sounds test each listed key once for its token (search.c: first_test, session
 * 18), marked in the accumulator's byte per key that the similar-key lookup counts in: the
 * marks are cleared after each token, so the same searches again, and a misspelling's similar
 * keys between them, find what they find alone. バレ, ニクルー and クロ reach their names only
 * through the keys their sounds test (add_tested), so a mark left from the round before would
 * lose them; the first four searches of session 18 reached theirs by other keys, and passed
 * with the marks never cleared (review2). */
static void kana_tested_marks_cleared(void **state)
{
    (void)state;
    for (int round = 0; round < 2; round++) {
        expect_first("バレ", "T-114");
        expect_first("ニクルー", "T-117");
        expect_first("Haxib Soussou", "T-2");
        expect_first("クロ", "T-116");
        expect_first("ヴァルクツァック", "T-123");
    }
}

/* A title written onto a Chinese name is a word of its own (titles.h): 孝端文皇后 finds
 * Xiaoduanwen, which the whole word read as one met nothing. */
static void han_title_written_onto_the_name(void **state)
{
    (void)state;
    expect_first("孝端文皇后", "T-113");
}

/* Searches an index of the custom list csv (written to a temporary file named file) for each
 * case's query, {query, id, explained}: the first result must be entity id, alerting, its
 * explanation holding explained. */
static void expect_first_alerting(const char *file, const char *csv, size_t len, const char *const (*cases)[3],
                                  size_t n)
{
    cordon_index *index = open_csv(file, csv, len);
    for (size_t c = 0; c < n; c++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(index, cases[c][0], NULL, &res), CORDON_OK);
        const cordon_result *top = cordon_results_get(res, 0);
        if (!top || strcmp(top->entity->native_id, cases[c][1]) != 0 || !top->match)
            fail_msg("%s: first %s (%.3f), expected %s alerting", cases[c][0], top ? top->entity->id : "none",
                     top ? top->score : 0.0, cases[c][1]);
        if (!strstr(top->explanation, cases[c][2]))
            fail_msg("%s: explained '%s'", cases[c][0], top->explanation);
        cordon_results_free(res);
    }
    cordon_index_close(index);
}

/* A transcription of three Han characters with one beyond the table and, after its first, one
 * the table writes for a consonant alone (錢伯斯 qianbosi: 錢, and 斯 for the s of Chambers) is
 * met by the scorer by its vowels (cdn_transcription_but_one), and search looks it up by its
 * sound strings as it does one of four (Wikidata Chinese pairs). A Chinese name of a rare
 * surname and a given name of one character beyond the table (那秀兰 nasiulan) writes no
 * consonant alone: it is not looked up so, and does not alert on NAROON, as the scorer alone
 * would have it. */
static const char HAN_BUT_ONE_LIST[] =
    "id,schema,name,aliases\n"
    "H-1,Person,CHAMBERS,\n"
    "H-2,Person,CHILD,\n"
    "H-3,Person,SCHUMPETER,\n"
    "H-4,Person,THOMSON,\n"
    "H-5,Organization,NAROON,\n";

static void han_word_of_three_beyond_the_table_finds_latin_names(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"錢伯斯", "H-1", "sounds"}, {"蔡爾德", "H-2", "sounds"}, {"熊彼特", "H-3", "sounds"},
    };
    expect_first_alerting("han-but-one.csv", HAN_BUT_ONE_LIST, sizeof HAN_BUT_ONE_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("han-but-one.csv", HAN_BUT_ONE_LIST, sizeof HAN_BUT_ONE_LIST - 1);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "那秀兰", NULL, &res), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(res); i++)
        if (cordon_results_get(res, i)->match)
            fail_msg("那秀兰: %s alerts at %.3f", cordon_results_get(res, i)->entity->id, cordon_results_get(res, i)->score);
    cordon_results_free(res);
    cordon_index_close(index);
}

/* A kana transcription finds the spelling the scorer hears it as with フ fu as an h (Japanese has
 * no hu: コフート kofuto / Kohut, ラフーティー / Lahouti, ミフネア / Mihnea) and ジ ji as a d (no di:
 * ジルセウ jiruseu / Dirceu), as the scorer reads kana (transcription.c: heard_sounds); search
 * looked up its classes with fu as f and ji as j only (Wikidata katakana and Japanese pairs
 * compare met, session 23). */
static const char KANA_HEARD_LIST[] =
    "id,schema,name,aliases\n"
    "K-1,Person,KOHUT,\n"
    "K-2,Person,LAHOUTI,\n"
    "K-3,Person,MIHNEA,\n"
    "K-4,Person,DIRCEU,\n";

static void kana_fu_and_ji_heard_as_the_scorer_hears_them(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"コフート", "K-1", "sounds"}, {"ラフーティー", "K-2", "sounds"},
        {"ミフネア", "K-3", "sounds"}, {"ジルセウ", "K-4", "sounds"},
    };
    expect_first_alerting("kana-heard.csv", KANA_HEARD_LIST, sizeof KANA_HEARD_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* A Latin word French says otherwise than it is spelled is filed under the consonant-class keys
 * of its French reading too (build.c: add_french_classes), as the scorer reads it against Arabic
 * and Hebrew (score.c: read_as_french): Blanc blan for בלאן, Géricault gerico for جيريكو,
 * Bresnier brenier for برنييه, Girault giro for ז'ירו, Mathieu for מאתיה. Search never offered
 * them, though compare met each at 0.85 (Wikidata pairs, session 23). */
static const char FRENCH_CLASSES_LIST[] =
    "id,schema,name,aliases\n"
    "F-1,Person,Georges BLANC,\n"
    "F-2,Person,GÉRICAULT,\n"
    "F-3,Person,BRESNIER,\n"
    "F-4,Person,Jean GIRAULT,\n";

static void french_readings_find_the_spelling(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"ז'ורז' בלאן", "F-1", "בלאן ~ blanc"}, {"جيريكو", "F-2", "consonants"},
        {"برنييه", "F-3", "consonants"}, {"ז'אן ז'ירו", "F-4", "ז׳ירו ~ girault"},
    };
    expect_first_alerting("french-classes.csv", FRENCH_CLASSES_LIST, sizeof FRENCH_CLASSES_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* A Han transcription of three classes that left out two consonants of the spelling after its
 * first (普罗霍罗夫 puluohuoluofu, b l b / Prokhorov, b l k l b; 伯里曼 boliman, b l n / Bridgman,
 * b l t k n) finds it by its strings with two classes added (add_two_inserted), as the scorer
 * meets it by its vowels (Wikidata Chinese pairs). */
static const char TWO_UNHEARD_LIST[] =
    "id,schema,name,aliases\n"
    "U-1,Person,PROKHOROV,\n"
    "U-2,Person,BRIDGMAN,\n"
    "U-3,Person,GRIJALVA,\n"
    "U-4,Person,BERLIN,\n";

static void han_transcription_two_classes_unheard(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"普罗霍罗夫", "U-1", "sounds"}, {"伯里曼", "U-2", "sounds"}, {"格里哈尔瓦", "U-3", "sounds"},
    };
    expect_first_alerting("two-unheard.csv", TWO_UNHEARD_LIST, sizeof TWO_UNHEARD_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* A Han transcription that heard one consonant class finds the spellings of two that hold it
 * (奧胡斯 aohusi, s / Aakhus, k s; 瓦尔哈 waerha, l / Walcha, l s), and one of a French name
 * whose x French does not say finds it with k s added (德拉克洛瓦 delakeluowa, t l k l /
 * Delacroix, t l k l k s), as the scorer meets them by their vowels (Wikidata Chinese pairs).
 * Only spellings that end as French says the x silent: 莫文博 mowenbo, n b, a native name,
 * does not alert on MAINBOX, which the scorer would meet with its x unsaid. */
static const char HAN_ONE_CLASS_LIST[] =
    "id,schema,name,aliases\n"
    "X-1,Person,DELACROIX,\n"
    "X-2,Person,AAKHUS,\n"
    "X-3,Person,WALCHA,\n"
    "X-4,Organization,MAINBOX,\n";

static void han_transcription_one_class_or_silent_x_unheard(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"德拉克洛瓦", "X-1", "sounds"}, {"奧胡斯", "X-2", "sounds"}, {"瓦尔哈", "X-3", "sounds"},
    };
    expect_first_alerting("han-one-class.csv", HAN_ONE_CLASS_LIST, sizeof HAN_ONE_CLASS_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("han-one-class.csv", HAN_ONE_CLASS_LIST, sizeof HAN_ONE_CLASS_LIST - 1);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "莫文博", NULL, &res), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(res); i++)
        if (cordon_results_get(res, i)->match)
            fail_msg("莫文博: %s alerts at %.3f", cordon_results_get(res, i)->entity->id, cordon_results_get(res, i)->score);
    cordon_results_free(res);
    cordon_index_close(index);
}

/* Names whose marks normalisation folds (kept_letters.h) are filed under the readings of their
 * marked form as well, and scored by it: Цэрану finds ȚĂRANU (ț ts, ă e: tseranu), which no key
 * of the plain taranu reaches; Вуйчич, Джуришич, Зентек meet their Latin names by the
 * letters their marks say. A name without the marks is found as before (Сергей / SERGEI). */
static const char MARKED_LIST[] =
    "id,schema,name,aliases\n"
    "K-1,Person,\"ȚĂRANU, Ion\",\n"
    "K-2,Person,Goran VUJČIĆ,\n"
    "K-3,Person,Ana ĐURIŠIĆ,\n"
    "K-4,Person,Marek ZIĘTEK,\n"
    "K-5,Person,SERGEI Petrov,\n"
    "K-6,Person,Ion TURCANU,\n";

static void marked_names_are_found_by_their_readings(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"Ион Цэрану", "K-1", "sounds"},    {"Горан Вуйчич", "K-2", "sounds"}, {"Ана Джуришич", "K-3", "sounds"},
        {"Марек Зентек", "K-4", "sounds"},  {"Сергей Петров", "K-5", "transliteration"},
    };
    expect_first_alerting("marked.csv", MARKED_LIST, sizeof MARKED_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
}


/* A word in Arabic script finds the Latin spellings whose marks say what the script writes:
 * through the consonant-class keys of their marked forms (Žirková zhirkova, its zh left out as
 * the keys leave ج out; Dočkal dochkal) and the short-word test of a marked form's vowel
 * letters (Acuña acunya: the ي of أكونيا). None did before (session 18). A plain spelling of
 * other consonants is not reached (Zirkov: z r k b, no ج). */
static const char ABJAD_MARKED_LIST[] =
    "id,schema,name,aliases\n"
    "M-1,Person,ŽIRKOVÁ,\n"
    "M-2,Person,DOČKAL,\n"
    "M-3,Person,ACUÑA,\n"
    "M-4,Person,DŽOMBA,\n"
    "M-5,Person,ZIRKOV,\n";

static void abjad_words_find_marked_spellings(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"جيركوفا", "M-1", "consonants 0.85"}, {"دوتشكال", "M-2", "consonants 0.85"},
        {"أكونيا", "M-3", "consonants 0.85"},  {"دجومبا", "M-4", "consonants 0.85"},
    };
    expect_first_alerting("abjad-marked.csv", ABJAD_MARKED_LIST, sizeof ABJAD_MARKED_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("abjad-marked.csv", ABJAD_MARKED_LIST, sizeof ABJAD_MARKED_LIST - 1);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "جيركوفا", NULL, &res), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(res); i++)
        if (strcmp(cordon_results_get(res, i)->entity->native_id, "M-5") == 0 && cordon_results_get(res, i)->match)
            fail_msg("جيركوفا alerts on ZIRKOV");
    cordon_results_free(res);
    cordon_index_close(index);
}

/* A Hebrew query finds a short French name whose final s Hebrew leaves unwritten: Louis is
 * filed under its loose keys as read against Hebrew too (l, as לואי looks up), and counted met
 * whole without the s (abjad_evidence.h). Session 17 left לואי ז׳ובה / Louis Jouvet to compare
 * alone (0.845); the search found nothing. ז׳ול רומן / Jules Romains was found before (its
 * other word two classes), and still is. Those keys are a Hebrew word's alone: an Arabic word
 * writes the s (لويس), and ألي (Ali) does not reach ALIS LLC by them (it did on the branch
 * before they were marked apart, where the scorer alerts: an inflection). */
static const char HEBREW_SILENT_S_LIST[] =
    "id,schema,name,aliases\n"
    "F-1,Person,Louis JOUVET,\n"
    "F-2,Person,Jules ROMAINS,\n"
    "F-3,Organization,ALIS LLC,\n";

static void hebrew_words_find_a_silent_final_s(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"לואי ז'ובה", "F-1", "לואי ~ louis (few consonants"},
        {"ז'ול רומן", "F-2", "ז׳ול ~ jules"},
    };
    expect_first_alerting("silent-s.csv", HEBREW_SILENT_S_LIST, sizeof HEBREW_SILENT_S_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("silent-s.csv", HEBREW_SILENT_S_LIST, sizeof HEBREW_SILENT_S_LIST - 1);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "ألي", NULL, &res), CORDON_OK);
    assert_int_equal(cordon_results_count(res), 0);
    cordon_results_free(res);
    cordon_index_close(index);
}

static void common_spelling_finds_other_vowels(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"MAJID, Abdul", "V-1", "majid ~ majeed (vowels 0.88"},
        {"Abdul Majid", "V-1", "majid ~ majeed (vowels 0.88"},
        {"ALI, Osama", "V-5", "osama ~ usama ("},
    };
    expect_first_alerting("vowels.csv", VOWEL_LIST, sizeof VOWEL_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
}

/* A query word written with a vowel before its final r (Naser, Nasser) finds the names already
 * reached that write the Arabic CaCr name without it (Nasr): naser is on three names here, so
 * its misspellings are not followed, and its vowel key has a syllable more than nasr's; al and
 * ali, on thirty names, reach AL-ALI, Nasr short of a candidate's bound. Before, AL-ALI, Naser
 * never offered AL-ALI, Nasr (OFAC a.k.a.s); without the lookup this test fails. */
static const char CLUSTER_LIST[] =
    "id,schema,name,aliases\n"
    "R-1,Person,\"AL-ALI, Nasr\",\n"
    "R-2,Person,\"NASER, Khalid\",\n"
    "R-3,Person,\"NASER, Omar\",\n"
    "R-4,Person,\"NASER, Yusuf\",\n"
    "R-5,Person,\"AL-ALI, Hamza\",\nR-6,Person,\"AL-ALI, Karim\",\nR-7,Person,\"AL-ALI, Mahmud\",\n"
    "R-8,Person,\"AL-ALI, Tariq\",\nR-9,Person,\"AL-ALI, Samir\",\nR-10,Person,\"AL-ALI, Hadi\",\n"
    "R-11,Person,\"AL-ALI, Fadi\",\nR-12,Person,\"AL-ALI, Rami\",\nR-13,Person,\"AL-ALI, Zaid\",\n"
    "R-14,Person,\"AL-ALI, Walid\",\nR-15,Person,\"AL-ALI, Bilal\",\nR-16,Person,\"AL-ALI, Jamal\",\n"
    "R-17,Person,\"AL-ALI, Kamal\",\nR-18,Person,\"AL-ALI, Nabil\",\nR-19,Person,\"AL-ALI, Adel\",\n"
    "R-20,Person,\"AL-ALI, Amin\",\nR-21,Person,\"AL-ALI, Anwar\",\nR-22,Person,\"AL-ALI, Basim\",\n"
    "R-23,Person,\"AL-ALI, Faris\",\nR-24,Person,\"AL-ALI, Ghassan\",\nR-25,Person,\"AL-ALI, Hisham\",\n"
    "R-26,Person,\"AL-ALI, Imad\",\nR-27,Person,\"AL-ALI, Jalal\",\nR-28,Person,\"AL-ALI, Khalil\",\n"
    "R-29,Person,\"AL-ALI, Louay\",\nR-30,Person,\"AL-ALI, Majed\",\nR-31,Person,\"AL-ALI, Munir\",\n"
    "R-32,Person,\"AL-ALI, Qasim\",\nR-33,Person,\"AL-ALI, Raed\",\nR-34,Person,\"AL-ALI, Saleh\",\n";

static void a_vowel_before_r_finds_the_name_without_it(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"AL-ALI, Naser", "R-1", "naser ~ nasr (vowels 0.88"},
        {"AL-ALI, Nasser", "R-1", "nasser ~ nasr (vowels 0.88"},
    };
    expect_first_alerting("cluster.csv", CLUSTER_LIST, sizeof CLUSTER_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
}

/* The article joined to a family name that is on several names written so (ALOTAIBI, three
 * times here) still leads to the name that writes it apart: the joined word is no rare word, and
 * the given name is commoner still (left untaken), so only its split after al finds AL-OTAIBI. */
static const char ARTICLE_LIST[] =
    "id,schema,name,aliases\n"
    "A-1,Person,\"ALOTAIBI, Mubarak Mohammed A\",\n"
    "A-2,Person,\"ALOTAIBI, Khalid Aedh G.\",\n"
    "A-3,Person,\"ALOTAIBI, Badr Lafi M.\",\n"
    "A-4,Person,\"AL-OTAIBI, Mohammad\",\n"
    "A-5,Person,\"AL-ZAHRANI, Mohammad\",\n"
    "A-6,Person,\"HASSAN, Mohammad\",\n"
    "A-7,Person,\"KARIMI, Mohammad\",\n"
    "A-8,Person,\"RAHIMI, Mohammad\",\n";

static void joined_article_finds_the_name_written_apart(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"ALOTAIBI, Mohammad", "A-4", "alotaibi ~ al+otaibi (joined 0.93"},
        {"AL OTAIBI, Badr Lafi", "A-3", "al+otaibi ~ alotaibi (joined 0.93"},
    };
    expect_first_alerting("article.csv", ARTICLE_LIST, sizeof ARTICLE_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
}

/* A person's alias of one word (a nickname: OFAC's weak a.k.a. VISAJE, the alias TAYSIR of Abu
 * Hafs al-Masri; the honorific of Haji Maluk aside) is weak evidence of who someone is: met by
 * sound alone (貝哲斯 beizhesi ~ Visaje, 杜埃希 ~ Taysir, 馬拉戈 ~ Maluk, Malek ~ Maluk by a
 * vowel) it is shown below the threshold, its explanation saying why; met by its spelling
 * (Visaje, the key of Visajee, Taysir, Maluk) it alerts. An organisation's alias of one word
 * (BASEEJ), a vessel's name (SUNSHINE) and a person's primary name of one word (SANTOSO) are
 * met by sound as before. */
static const char WEAK_NAME_LIST[] =
    "id,schema,name,aliases,weak_aliases\n"
    "W-1,Person,\"PALENCIA GONZALEZ, Cipriam Manuel\",,VISAJE\n"
    "W-2,Person,\"AL-MASRI, Abu Hafs\",TAYSIR,\n"
    "W-3,Organization,BASIJ RESISTANCE FORCE,BASEEJ,\n"
    "W-4,Person,MALIK NOORZAI,,Haji Maluk\n"
    "W-5,Vessel,SUNSHINE,,\n"
    "W-6,Person,SANTOSO,,\n"
    "W-7,Person,Haji ABDUL KARIM,,\n"
    "W-8,Person,Haji MOHAMMAD RAHIM,,\n"
    "W-9,Person,Haji NASIR AHMAD,,\n";

/* Asserts that query, searched with opts (NULL: the defaults), finds entity id (its native id,
 * or its full id when it has a colon) without an alert, at a score in [low, threshold), its
 * explanation holding explained. */
static void expect_held_as(cordon_index *index, const char *query, const cordon_search_options *opts, const char *id,
                           double low, const char *explained)
{
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, query, opts, &res), CORDON_OK);
    const cordon_result *found = NULL;
    for (size_t i = 0; i < cordon_results_count(res); i++)
        if (strcmp(strchr(id, ':') ? cordon_results_get(res, i)->entity->id : cordon_results_get(res, i)->entity->native_id,
                   id) == 0)
            found = cordon_results_get(res, i);
    if (!found)
        fail_msg("%s: %s not among the results", query, id);
    if (found->match || found->score < low || found->score >= cordon_results_threshold(res))
        fail_msg("%s: %s at %.3f (match %d), expected in [%.2f, threshold) without an alert", query, id, found->score,
                 found->match, low);
    if (!strstr(found->explanation, explained))
        fail_msg("%s: explained '%s'", query, found->explanation);
    cordon_results_free(res);
}

static void expect_held(cordon_index *index, const char *query, const char *id, double low, const char *explained)
{
    expect_held_as(index, query, NULL, id, low, explained);
}

static void one_word_alias_of_a_person_met_by_sound_is_held(void **state)
{
    (void)state;
    cordon_index *index = open_csv("weak.csv", WEAK_NAME_LIST, sizeof WEAK_NAME_LIST - 1);
    expect_held(index, "貝哲斯", "W-1", 0.75, "weak alias");
    expect_held(index, "貝哲斯", "W-1", 0.75, "sounds");
    expect_held(index, "杜埃希", "W-2", 0.75, "weak alias");
    expect_held(index, "馬拉戈", "W-4", 0.75, "weak alias");
    expect_held(index, "Malek", "W-4", 0.75, "weak alias");
    /* The explanation says the ceiling the score is held at, the constant itself. */
    char held_at[32];
    snprintf(held_at, sizeof held_at, "(held at %.2f)", CDN_NICKNAME_HELD);
    expect_held(index, "貝哲斯", "W-1", 0.75, held_at);
    expect_held(index, "Malek", "W-4", 0.75, held_at);
    cordon_index_close(index);
}

static void one_word_alias_met_by_spelling_and_other_one_word_names_alert(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"Visaje", "W-1", "exact"},       {"Visajee", "W-1", "spelling"}, {"Taysir", "W-2", "exact"},
        {"Maluk", "W-4", "exact"},        {"貝哲斯", "W-3", "sounds"},    {"桑夏因", "W-5", "sounds"},
        {"桑達扎", "W-6", "sounds"},
    };
    expect_first_alerting("weak.csv", WEAK_NAME_LIST, sizeof WEAK_NAME_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* A date of birth or a country that agrees is no evidence that a nickname met by sound is the
 * person's: the README promises such an alias alerts only where the query spells it. The date
 * agrees by its year (±2 when the list's is approximate), the country by one code: the Afghans
 * named Malek born in 1970 are many, and 0.79 × 1.03 (0.814) or × 1.02 (0.806) alerted on
 * MALIK NOORZAI's Haji Maluk. A qualifier that differs still lowers the score. */
static const char WEAK_DATED_LIST[] =
    "id,schema,name,weak_aliases,dob,nationality\n"
    "D-1,Person,MALIK NOORZAI,Haji Maluk,1970,AF\n";

static void qualifiers_do_not_lift_a_held_nickname(void **state)
{
    (void)state;
    cordon_index *index = open_csv("weak_dated.csv", WEAK_DATED_LIST, sizeof WEAK_DATED_LIST - 1);
    cordon_search_options opts;
    cordon_search_options_default(&opts);
    opts.dob = "1970-05-01";
    expect_held_as(index, "Malek", &opts, "D-1", 0.75, "weak alias");
    expect_held_as(index, "Malek", &opts, "D-1", 0.75, "date of birth agrees");
    opts.dob = NULL;
    opts.country = "AF";
    expect_held_as(index, "Malek", &opts, "D-1", 0.75, "country agrees");
    opts.dob = "1970";
    char held_at[32];
    snprintf(held_at, sizeof held_at, "(held at %.2f)", CDN_NICKNAME_HELD);
    expect_held_as(index, "Malek", &opts, "D-1", 0.75, held_at);
    opts.dob = "1990";
    opts.country = NULL;
    expect_held_as(index, "Malek", &opts, "D-1", 0.60, "date of birth differs");
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "Malek", &opts, &res), CORDON_OK);
    assert_true(cordon_results_count(res) >= 1);
    assert_true(cordon_results_get(res, 0)->score < 0.79 * 0.86); /* 0.79 × 0.85: lowered still */
    cordon_results_free(res);
    opts.dob = "1970";
    opts.country = "AF";
    assert_int_equal(cordon_search(index, "Maluk", &opts, &res), CORDON_OK); /* spelled: alerts */
    assert_true(cordon_results_count(res) >= 1 && cordon_results_get(res, 0)->match);
    cordon_results_free(res);
    cordon_index_close(index);
}

/* On the official lists: a nickname met by its spelling beside another word of the query that
 * the nickname lacks is held too (Jonas Ahmed is a man named Jonas, not the JONAS of Jorge
 * Oswaldo ZAPATA BERRIO, us-csl:18570, which alerted at 0.81), and so is the alias of one word
 * of a party the list gives no type (the US CSL's Entity List) when the query is searched as a
 * person: were the party a person, the alias would be a nickname (阿莫斯 amosi, Amos ~ AMMS,
 * the Academy of Military Medical Sciences, by sound; 伊萬諾維奇 met it so until session 21,
 * whose 萬 wan and 維 wei write w's AMMS has no letter for: score.c, glides_unwritten). An
 * article before the word is not another word (El Visaje). */
static cordon_index *official_lists(void);

static void nickname_beside_other_words_and_typeless_parties_searched_as_persons(void **state)
{
    (void)state;
    cordon_index *ofac = official_lists();
    expect_held_as(ofac, "Jonas Ahmed", NULL, "us-csl:18570", 0.75, "weak alias");
    cordon_search_options person;
    cordon_search_options_default(&person);
    person.schema = CORDON_SCHEMA_PERSON;
    expect_held_as(ofac, "阿莫斯", &person, "us-csl:4e2be5bc7dadc309486b256e1920663772b0c28c", 0.75,
                   "weak alias: an alias of one word of a party of no type");
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(ofac, "El Visaje", NULL, &res), CORDON_OK);
    const cordon_result *top = cordon_results_get(res, 0);
    assert_non_null(top);
    assert_true(top->match);
    assert_string_equal(top->matched_name->full, "VISAJE");
    cordon_results_free(res);
}

/* A query of one word in Arabic script of one or two classes (no key of three) finds the Latin
 * names listed under its short keys that it meets with its vowel letters in place
 * (abjad_keys.h, short_words.h); none did before. ناجي and Naga agree in their classes, and the
 * scorer matches them, but the final ي is not Naga's a. */
static const char SHORT_LIST[] =
    "id,schema,name,aliases\n"
    "S-1,Person,HOUDA,\n"
    "S-2,Person,CAYLEY,\n"
    "S-3,Person,NAGY,\n"
    "S-4,Person,NAGA,\n"
    "S-5,Person,KOLA,\n";

static void one_short_abjad_word_finds_latin_names(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"هدى", "S-1", "هدى ~ houda (consonants 0.85"},
        {"كيلي", "S-2", "كيلي ~ cayley (consonants 0.85"},
        {"ناجي", "S-3", "ناجي ~ nagy (consonants 0.85"},
    };
    expect_first_alerting("short.csv", SHORT_LIST, sizeof SHORT_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("short.csv", SHORT_LIST, sizeof SHORT_LIST - 1);
    double score = 0.0;
    assert_int_equal(cordon_compare(index, "ناجي", "NAGA", CORDON_SCHEMA_ANY, &score), CORDON_OK);
    /* the vowel letters keep it out of search, and out of the scorer's full consonant match
     * (session 19: score.c, FEW_CLASSES_PLACED): ي after the j, NAGA's a after the g */
    assert_true(score < 0.8);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "ناجي", NULL, &res), CORDON_OK);
    assert_int_equal(cordon_results_count(res), 1);
    assert_string_equal(cordon_results_get(res, 0)->entity->native_id, "S-3"); /* Nagy, not NAGA */
    cordon_results_free(res);
    cordon_index_close(index);
}

/* A query of one word in Arabic script, or in Hebrew script, finds the Latin names whose silent
 * letters (Marivaux's x, Raymond's d) or single class (Tiote, Pepe) left it no key in common:
 * through their loose keys (abjad_keys.h), each word tested as short words are; none did
 * before. An Arabic query of two words does not look them up (the lists' own names). */
static const char LOOSE_LIST[] =
    "id,schema,name,aliases\n"
    "L-1,Person,MARIVAUX,\n"
    "L-2,Person,PEYROUX,\n"
    "L-3,Person,TIOTE,\n"
    "L-4,Person,LAILA,\n"
    "L-5,Person,Jacques OCHS,\n"
    "L-6,Person,Raymond QUENEAU,\n"
    "L-7,Person,Pepe MEL,\n"
    "L-8,Person,MARIVAUX PEYROUX,\n";

static void abjad_words_find_silent_letters(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"ماريفو", "L-1", "ماريفو ~ marivaux (consonants 0.85"}, {"بيرو", "L-2", "بيرو ~ peyroux (consonants 0.85"},
        {"تيوتي", "L-3", "تيوتي ~ tiote (consonants 0.85"},     {"ليلى", "L-4", "ليلى ~ laila (consonants 0.85"},
        {"ז'אק אוקס", "L-5", "אוקס ~ ochs (consonants 0.85"},    {"רמון קנו", "L-6", "רמון ~ raymond (consonants 0.85"},
        {"פפה מל", "L-7", "פפה ~ pepe (consonants 0.85"},
    };
    expect_first_alerting("loose.csv", LOOSE_LIST, sizeof LOOSE_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("loose.csv", LOOSE_LIST, sizeof LOOSE_LIST - 1);
    double score = 0.0;
    assert_int_equal(cordon_compare(index, "ماريفو بيرو", "MARIVAUX PEYROUX", CORDON_SCHEMA_ANY, &score), CORDON_OK);
    assert_true(score >= 0.8); /* what an Arabic query of two words leaves to its other keys */
    /* Those keys: no loose key, but since session 23 the keys of their French readings
     * (build.c: add_french_classes; Marivaux marivo, Peyroux peyro), so search offers what
     * compare meets; until then it found nothing. */
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "ماريفو بيرو", NULL, &res), CORDON_OK);
    assert_true(cordon_results_count(res) >= 1);
    assert_string_equal(cordon_results_get(res, 0)->entity->native_id, "L-8");
    assert_true(cordon_results_get(res, 0)->match);
    cordon_results_free(res);
    cordon_index_close(index);
}

/* A query in Hebrew script of short words only (two classes each) finds the names each of whose
 * words one of its words meets in place, through their short keys; none did before (no word
 * had a key). טלי שדה and TAWEALY, Saed agree in their classes, and the scorer matches them,
 * but the final ה of שדה is a vowel, which Saed does not end on; כהן and Qingye agree in one
 * class only. */
static const char HEBREW_SHORT_LIST[] =
    "id,schema,name,aliases\n"
    "H-1,Person,Elisha BANAI,\n"
    "H-2,Person,\"TAWEALY, Saed\",\n"
    "H-3,Person,Jack BENNY,\n"
    "H-4,Person,Uri GELLER,\n"
    "H-5,Person,Daniel HERSHKOWITZ,\n"
    "H-6,Person,\"SUN, Qingye\",\n";

/* A short Hebrew word (no key: דני, משה, פוס) is credited to a name another word reached as the
 * scorer meets it, without its vowel letters in place: דני is Dan as well as Dani, משה Moses,
 * פוס the Hungarian Vass (Wikidata Hebrew labels; compare met each at 0.845-0.85 and search
 * offered none). */
static const char HEBREW_CREDITED_LIST[] =
    "id,schema,name,aliases\n"
    "C-1,Person,Dan GOTTFRIED,\n"
    "C-2,Person,Moses ISRAEL,\n"
    "C-3,Person,Karoly VASS,\n"
    "C-4,Person,Abie ROTENBERG,\n";

static void short_hebrew_words_credited_as_the_scorer_credits(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"דני גוטפריד", "C-1", "דני ~ dan"},
        {"משה ישראל", "C-2", "משה ~ moses"},
        {"קרולי פוס", "C-3", "פוס ~ vass"},
        {"איבי רוטנברג", "C-4", "איבי ~ abie"},
    };
    expect_first_alerting("hebrew-credited.csv", HEBREW_CREDITED_LIST, sizeof HEBREW_CREDITED_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

static void short_hebrew_words_find_latin_names(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"אלישע בנאי", "H-1", "בנאי ~ banai (consonants 0.85"},
        {"ג׳ק בני", "H-3", "ג׳ק ~ jack (consonants 0.85"},
        {"דניאל הרשקוביץ", "H-5", "הרשקוביץ ~ hershkowitz"}, /* the ץ keyed as a tz too */
    };
    expect_first_alerting("hebrew.csv", HEBREW_SHORT_LIST, sizeof HEBREW_SHORT_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("hebrew.csv", HEBREW_SHORT_LIST, sizeof HEBREW_SHORT_LIST - 1);
    double score = 0.0;
    assert_int_equal(cordon_compare(index, "טלי שדה", "TAWEALY, Saed", CORDON_SCHEMA_ANY, &score), CORDON_OK);
    assert_true(score >= 0.8); /* what the final ה keeps out of search */
    /* כהן meets Qingye by one class confirmed (the scorer's "few consonants"), not two */
    assert_int_equal(cordon_compare(index, "שון כהן", "SUN, Qingye", CORDON_SCHEMA_ANY, &score), CORDON_OK);
    assert_true(score >= 0.8);
    static const char *const NOT[] = {"טלי שדה", "שון כהן"};
    for (size_t n = 0; n < 2; n++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(index, NOT[n], NULL, &res), CORDON_OK);
        for (size_t i = 0; i < cordon_results_count(res); i++)
            if (cordon_results_get(res, i)->match)
                fail_msg("%s: %s alerts", NOT[n], cordon_results_get(res, i)->entity->id);
        cordon_results_free(res);
    }
    cordon_index_close(index);
}

/* A Hebrew query of short words, one of them of one class (טד: t d, one class; אבי, אלי, ינאי),
 * is a query of short words too: its other word is looked up by its short keys, and the name
 * each word meets is offered (short_keyed); before, only the one-class word's loose key
 * reached the name, and the bound passed it over. */
static const char HEBREW_ONE_CLASS_SHORT_LIST[] =
    "id,schema,name,aliases\n"
    "S-1,Person,Ted NASH,\n"
    "S-2,Person,Avi RAN,\n"
    "S-3,Person,Eli ROTH,\n"
    "S-4,Person,Moshe YANAI,\n";

static void short_hebrew_query_with_a_word_of_one_class(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"טד נאש", "S-1", "נאש ~ nash (consonants 0.85"},
        {"אבי רן", "S-2", "אבי ~ avi (few consonants 0.84"},
        {"אלי רות׳", "S-3", "אלי ~ eli (few consonants 0.84"},
        {"משה ינאי", "S-4", "ינאי ~ yanai (few consonants 0.84"},
    };
    expect_first_alerting("short1.csv", HEBREW_ONE_CLASS_SHORT_LIST, sizeof HEBREW_ONE_CLASS_SHORT_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* A key is a folded spelling: Jan and Ian are both "ian", Jasin and Jachin "iasin", and the
 * first name of a key (here Einar JAN, Blair JASIN) gave the spelling that a short Hebrew word
 * was tested by: איאן fails Jan (its j unmatched), יכין fails Jasin, so neither found its own
 * name. The key's other spellings are tested too. And a Hebrew word's short keys offer a
 * spelling it meets by one class with every class met, as its loose keys do (אהרן / Aaron,
 * whose loose key is its short key rn: before, offered by neither), and so is a spelling whose
 * other letters are unsaid (Kuhr, Leigh: abjad_evidence.h). */
static const char KEY_SPELLINGS_LIST[] =
    "id,schema,name,aliases\n"
    "K-1,Person,Einar JAN,\n"
    "K-2,Person,Blair JASIN,\n"
    "K-3,Person,Ian BANNEN,\n"
    "K-4,Person,Jachin HIRSCH,\n"
    "K-5,Person,Aaron HART,\n"
    "K-6,Person,Lenny KUHR,\n"
    "K-7,Person,Mike LEIGH,\n";

static void short_hebrew_words_meet_every_spelling_of_a_key(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"איאן באנן", "K-3", "איאן ~ ian (few consonants 0.84"},
        {"יכין הירש", "K-4", "יכין ~ jachin (consonants 0.85"},
        {"אהרן הרט", "K-5", "אהרן ~ aaron (few consonants 0.84"},
        {"לני קור", "K-6", "קור ~ kuhr (few consonants 0.84"}, /* Kuhr's h unsaid */
        {"מייק לי", "K-7", "לי ~ leigh (few consonants 0.84"},  /* Leigh's gh */
    };
    expect_first_alerting("keyspell.csv", KEY_SPELLINGS_LIST, sizeof KEY_SPELLINGS_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* A one-word query in the scripts that spells a Latin word out (abjad_evidence.h:
 * cdn_abjad_spelled_out) finds it by its loose key, one class, which the scorer now counts
 * alone: أوسي / Osei, كواو / Kouao. Before, neither the scorer nor search let one class alone
 * through. Not عزة / Ezza, whose vowels are unwritten. */
static const char SPELLED_OUT_LIST[] =
    "id,schema,name,aliases\n"
    "O-1,Person,Osei,\n"
    "O-2,Person,Kouao,\n"
    "O-3,Person,Ezza,\n";

static void one_abjad_word_that_spells_a_name_out(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"أوسي", "O-1", "اوسي ~ osei (few consonants 0.84"},
        {"كواو", "O-2", "كواو ~ kouao (few consonants 0.84"},
    };
    expect_first_alerting("spelled.csv", SPELLED_OUT_LIST, sizeof SPELLED_OUT_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("spelled.csv", SPELLED_OUT_LIST, sizeof SPELLED_OUT_LIST - 1);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "عزة", NULL, &res), CORDON_OK);
    for (size_t i = 0; i < cordon_results_count(res); i++)
        assert_false(cordon_results_get(res, i)->match);
    cordon_results_free(res);
    cordon_index_close(index);
}

/* A Japanese name in kana or kanji finds its Latin spellings that compare meets as one name
 * romanised otherwise (romaji.h, score.c's romaji_variant): Kunrei-shiki (Tutiya, Huzita), the
 * passport's oh (Ohno), m before b (Namba); fuzzy keys reached Satoh and Kondoh, not
 * these (review2, session 15). */
static const char ROMAJI_LIST[] =
    "id,schema,name,aliases\n"
    "R-1,Person,Tutiya,\n" "R-2,Person,Huzita,\n" "R-3,Person,Ohno,\n" "R-4,Person,Syuzi,\n"
    "R-5,Person,Satoh,\n" "R-6,Person,Namba,\n";

static void japanese_names_find_their_other_romanisations(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"つちや", "R-1", "romanisation"}, {"ふじた", "R-2", "romanisation"}, {"おおの", "R-3", "romanisation"},
        {"しゅうじ", "R-4", "romanisation"}, {"佐藤", "R-5", "romanisation"}, {"なんば", "R-6", "romanisation"},
    };
    expect_first_alerting("romaji.csv", ROMAJI_LIST, sizeof ROMAJI_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
}

/* Japan's commonest surnames alone, in kanji or hiragana, raise no alert on one-word list names
 * that only sound like them (CDN_TOK_JAPANESE: 佐藤 / CHATO, 田中 / TUNCO by ear, 伊藤 / YITU
 * by the orthography key, each an alert before), and still find their romanisation. */
static const char SOUNDALIKE_LIST[] =
    "id,schema,name,aliases\n"
    "S-1,Person,CHATO,\n" "S-2,Person,TUNCO,\n" "S-3,Organization,YITU LIMITED,\n" "S-4,Person,Satoh,\n";

static void japanese_surnames_alone_meet_no_soundalike(void **state)
{
    (void)state;
    cordon_index *index = open_csv("soundalike.csv", SOUNDALIKE_LIST, sizeof SOUNDALIKE_LIST - 1);
    static const char *const QUERIES[] = {"佐藤", "田中", "伊藤", "さとう", "たなか", "いとう"};
    for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(index, QUERIES[q], NULL, &res), CORDON_OK);
        for (size_t i = 0; i < cordon_results_count(res); i++) {
            const cordon_result *r = cordon_results_get(res, i);
            if (r->match && strcmp(r->entity->native_id, "S-4") != 0)
                fail_msg("%s: %s alerts at %.3f", QUERIES[q], r->entity->id, r->score);
        }
        bool sato = strcmp(QUERIES[q], "佐藤") == 0 || strcmp(QUERIES[q], "さとう") == 0;
        const cordon_result *top = cordon_results_get(res, 0);
        if (sato && !(top && strcmp(top->entity->native_id, "S-4") == 0 && top->match))
            fail_msg("%s: Satoh not found first", QUERIES[q]);
        cordon_results_free(res);
    }
    cordon_index_close(index);
}

/* A query in Hebrew script (פרחט, p r h t) meets these ten names at 0.85 each (the scorer caps a
 * consonant match so); where the limit cuts among them, the names its consonants fit best come
 * first: Ferhat (f r h t, all four met) before Pierrette (p r t), Pierrette before Poupart (a p
 * left unmatched); before, entity ids cut Ferhat. The query was Arabic فرحات, and four of the
 * names Beretta, Barreda, Braidwood, Borgetti, until ف stopped meeting a p or b (session 19:
 * abjad.c, letters_of); פ is a p or an f. */
static const char TIES_LIST[] =
    "id,schema,name,aliases\n"
    "T-01,Person,pierrette,\n" "T-02,Person,poupart,\n" "T-03,Person,prudhoe,\n" "T-04,Person,pereda,\n"
    "T-05,Person,varda,\n" "T-06,Person,prado,\n" "T-07,Person,verdi,\n" "T-08,Person,peyroteo,\n"
    "T-09,Person,fratto,\n" "T-12,Person,ferhat,\n";

static void abjad_ties_at_the_limit_go_by_fit(void **state)
{
    (void)state;
    cordon_index *index = open_csv("ties.csv", TIES_LIST, sizeof TIES_LIST - 1);
    cordon_search_options o;
    cordon_search_options_default(&o);
    o.limit = 3;
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "פרחט", &o, &res), CORDON_OK);
    assert_int_equal(cordon_results_count(res), 3);
    assert_string_equal(cordon_results_get(res, 0)->entity->native_id, "T-12");
    for (size_t i = 0; i < 3; i++) {
        assert_float_equal(cordon_results_get(res, i)->score, 0.85, 1e-9);
        assert_true(cordon_results_get(res, i)->match);
        if (strcmp(cordon_results_get(res, i)->entity->native_id, "T-02") == 0)
            fail_msg("Poupart kept before the names that fit");
    }
    assert_string_equal(cordon_results_get(res, 1)->entity->native_id, "T-01"); /* then by id */
    cordon_results_free(res);
    cordon_index_close(index);
}

/* The ties are ranked alike whatever the limit: a smaller limit gives the first results of a
 * larger one (the_limit_only_cuts), for a query in Arabic script too. Limits of 10 and more,
 * which cut none of the ten ties, once left them all by id (Pierrette first), where limits of
 * 1 to 9 put Ferhat first. */
static void abjad_ties_ranked_alike_at_any_limit(void **state)
{
    (void)state;
    cordon_index *index = open_csv("ties.csv", TIES_LIST, sizeof TIES_LIST - 1);
    cordon_search_options all;
    cordon_search_options_default(&all);
    all.limit = 0;
    cordon_results *a = NULL;
    assert_int_equal(cordon_search(index, "פרחט", &all, &a), CORDON_OK);
    assert_int_equal(cordon_results_count(a), 10);
    assert_string_equal(cordon_results_get(a, 0)->entity->native_id, "T-12");
    static const size_t LIMITS[] = {1, 2, 3, 5, 9, 10, 11, 64, 65};
    for (size_t l = 0; l < sizeof LIMITS / sizeof LIMITS[0]; l++) {
        cordon_search_options o;
        cordon_search_options_default(&o);
        o.limit = LIMITS[l];
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(index, "פרחט", &o, &res), CORDON_OK);
        for (size_t i = 0; i < cordon_results_count(res); i++)
            if (cordon_results_get(res, i)->entity != cordon_results_get(a, i)->entity)
                fail_msg("limit %zu: result %zu is %s, unlimited %s", LIMITS[l], i,
                         cordon_results_get(res, i)->entity->id, cordon_results_get(a, i)->entity->id);
        cordon_results_free(res);
    }
    cordon_results_free(a);
    cordon_index_close(index);
}

/* A Hebrew word of one class beside a word met by two (אלי כהן) finds the Latin word that is all
 * of that class (Eli), met by the scorer's "few consonants", through its loose key; none did
 * before. Not where the Latin word has a second consonant that went unmatched (Tuito's second t,
 * Yinon's second n, Atieh's h), though the scorer alerts on those pairs too. */
static const char HEBREW_ONE_CLASS_LIST[] =
    "id,schema,name,aliases\n"
    "O-1,Person,Eli COHEN,\n"
    "O-2,Person,Uzi SHALEV,\n"
    "O-3,Person,Rita ORA,\n"
    "O-4,Person,\"TUITO, Oded\",\n"
    "O-5,Person,\"LEVI, Yinon\",\n"
    "O-6,Person,\"ATIEH, Hussein\",\n"
    "O-7,Company,Huawei Chile S.A.,\n";

static void hebrew_word_of_one_class_finds_whole_spellings(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"אלי כהן", "O-1", "אלי ~ eli (few consonants 0.84"},
        {"עוזי שלו", "O-2", "עוזי ~ uzi (few consonants 0.84"},
        {"ריטה אורה", "O-3", "אורה ~ ora (few consonants 0.84"},
    };
    expect_first_alerting("one.csv", HEBREW_ONE_CLASS_LIST, sizeof HEBREW_ONE_CLASS_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("one.csv", HEBREW_ONE_CLASS_LIST, sizeof HEBREW_ONE_CLASS_LIST - 1);
    /* and כליל (Klil: an l again after the י, vowel_places.h) no Chile, which writes one */
    static const char *const NOT[][2] = {{"דוד עטיה", "TUITO, Oded"}, {"ג׳נא לוי", "LEVI, Yinon"},
                                         {"עתי חוסין", "ATIEH, Hussein"}, {"כליל הייב", "Huawei Chile S.A."}};
    for (size_t n = 0; n < 4; n++) {
        double score = 0.0;
        assert_int_equal(cordon_compare(index, NOT[n][0], NOT[n][1], CORDON_SCHEMA_ANY, &score), CORDON_OK);
        assert_true(score >= 0.8); /* what the unmatched consonant keeps out of search */
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(index, NOT[n][0], NULL, &res), CORDON_OK);
        for (size_t i = 0; i < cordon_results_count(res); i++)
            if (cordon_results_get(res, i)->match)
                fail_msg("%s: %s alerts", NOT[n][0], cordon_results_get(res, i)->entity->id);
        cordon_results_free(res);
    }
    cordon_index_close(index);
}

/* A legal form in dotted letters (S.A.) is one form, and its uses do not make the word common
 * as a name: with a list full of S.A., the Portuguese family name Sá of Lia Sá had weighed as
 * little as the form and left LIA COMPANY alerting (0.82 on the CSL), and 사 (the Korean family
 * name Sa) met TAN S.A. at 0.86 in faker's names. */
static void a_dotted_legal_form_is_one_word(void **state)
{
    (void)state;
    /* and three hundred more companies S.A., as a real list has them (the CSL: thousands) */
    static char forms[32 * 1024];
    int len = snprintf(forms, sizeof forms, "%s",
                       "id,schema,name\n"
                       "F-1,Organization,BANCO ATLANTICO\n"
                       "F-2,Organization,LIA COMPANY\n"
                       "F-3,Organization,TAN S.A.\n"
                       "F-4,Organization,ARIZONA S.A.\n"
                       "F-5,Person,\"SANTOS, Lia\"\n"
                       "F-6,Person,\"KIM, Tae-hyun\"\n");
    for (int i = 0; i < 300; i++)
        len += snprintf(forms + len, sizeof forms - (size_t)len, "S-%d,Organization,PESCA %d S.A.\n", i, i);
    assert_true((size_t)len < sizeof forms);
    cordon_index *index = open_csv("forms.csv", forms, (size_t)len);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "Banco Atlantico S.A.", NULL, &res), CORDON_OK);
    const cordon_result *top = cordon_results_get(res, 0);
    assert_non_null(top);
    assert_string_equal(top->entity->native_id, "F-1"); /* 0.70 when S.A. was two initials */
    assert_true(top->match && top->score >= 0.90);
    cordon_results_free(res);
    /* the query's S.A. after one word is two initials (Petrov A.O. is a person), which meet the
     * listed form joined, as much as before the form was one word */
    assert_int_equal(cordon_search(index, "ARIZONA S.A.", NULL, &res), CORDON_OK);
    top = cordon_results_get(res, 0);
    assert_non_null(top);
    assert_string_equal(top->entity->native_id, "F-4");
    assert_true(top->match && top->score >= 0.90);
    cordon_results_free(res);
    assert_int_equal(cordon_search(index, "Arizona Ltd.", NULL, &res), CORDON_OK);
    top = cordon_results_get(res, 0);
    assert_non_null(top);
    assert_string_equal(top->entity->native_id, "F-4");
    assert_true(top->match);
    cordon_results_free(res);
    static const char *const NOT[] = {"Lia Sá", "태현 사"};
    for (size_t n = 0; n < 2; n++) {
        assert_int_equal(cordon_search(index, NOT[n], NULL, &res), CORDON_OK);
        for (size_t i = 0; i < cordon_results_count(res); i++)
            if (cordon_results_get(res, i)->match)
                fail_msg("%s: %s alerts at %.3f", NOT[n], cordon_results_get(res, i)->entity->id,
                         cordon_results_get(res, i)->score);
        cordon_results_free(res);
    }
    cordon_index_close(index);
}

/* A Hebrew query of short words reaches a name of as many words besides its honorifics: at a
 * threshold of 0.75, דן כהן finds Dr. Dan Cohen, as compare scores them (0.77). */
static void short_hebrew_words_beside_an_honorific(void **state)
{
    (void)state;
    static const char COHENS[] = "id,schema,name\n1,Person,Dr. Dan Cohen\n2,Person,\"COHEN, Dan Moshe\"\n";
    cordon_index *index = open_csv("honorific.csv", COHENS, sizeof COHENS - 1);
    cordon_search_options o;
    cordon_search_options_default(&o);
    o.threshold = 0.75;
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "\xd7\x93\xd7\x9f \xd7\x9b\xd7\x94\xd7\x9f", &o, &res), CORDON_OK);
    const cordon_result *top = cordon_results_get(res, 0);
    assert_non_null(top);
    assert_string_equal(top->entity->native_id, "1");
    assert_true(top->match && top->score < 0.8);
    cordon_results_free(res);
    cordon_index_close(index);
}

/* A title in the query is left untaken, as a legal form is: the scorer meets it with any title
 * of the name (נסיכת / of, 0.9). Gathered, its weight was counted among the words that must
 * meet the name by key, and אליזבת, נסיכת בוואריה never reached Elisabeth of Bavaria, which the
 * scorer meets at 0.85 (Wikidata Hebrew by search, session 16). */
static void hebrew_title_left_untaken(void **state)
{
    (void)state;
    static const char ROYALS[] = "id,schema,name\n1,Person,Elisabeth of Bavaria\n2,Person,Elizabeth Gilbert\n"
                                 "3,Person,Steve Forrest\n4,Person,Elizabeth of Russia\n5,Person,Pietro Ferrero\n";
    cordon_index *index = open_csv("royals.csv", ROYALS, sizeof ROYALS - 1);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "\u05D0\u05DC\u05D9\u05D6\u05D1\u05EA, \u05E0\u05E1\u05D9\u05DB\u05EA "
                                          "\u05D1\u05D5\u05D5\u05D0\u05E8\u05D9\u05D4", /* אליזבת, נסיכת בוואריה */
                                   NULL, &res),
                     CORDON_OK);
    const cordon_result *top = cordon_results_get(res, 0);
    assert_non_null(top);
    assert_string_equal(top->entity->native_id, "1");
    assert_true(top->match && top->score > 0.84 && top->score < 0.86);
    for (size_t i = 1; i < cordon_results_count(res); i++)
        assert_false(cordon_results_get(res, i)->match);
    cordon_results_free(res);
    cordon_index_close(index);
}

/* A query whose words are all titles (Grand Princess, a cruise ship's name) is gathered by
 * them: were they left untaken as in hebrew_title_left_untaken, nothing would lead to any name
 * and the ship would not be found by its own name (review2, session 16). */
static void query_of_titles_alone_is_gathered(void **state)
{
    (void)state;
    static const char SHIPS[] = "id,schema,name\n1,Vessel,Grand Princess\n2,Person,Steve Forrest\n"
                                "3,Person,Grand Saint\n4,Person,Elizabeth Gilbert\n";
    cordon_index *index = open_csv("ships.csv", SHIPS, sizeof SHIPS - 1);
    static const struct {
        const char *query, *id;
    } CASES[] = {{"Grand Princess", "1"}, {"Saint Grand", "3"}};
    for (size_t c = 0; c < sizeof CASES / sizeof CASES[0]; c++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(index, CASES[c].query, NULL, &res), CORDON_OK);
        const cordon_result *top = cordon_results_get(res, 0);
        assert_non_null(top);
        assert_string_equal(top->entity->native_id, CASES[c].id);
        assert_true(top->match && top->score > 0.95);
        cordon_results_free(res);
    }
    cordon_index_close(index);
}

/* An Arabic compound written as one word that is common so written (Abdelmajid in three names)
 * against a name that writes it as two: search split only rare words, and never offered ABDUL
 * MAJID SAIDI to Abdulmajid Saidi, which the scorer meets at 0.96. */
static const char COMPOUND_LIST[] =
    "id,schema,name,aliases\n"
    "C-1,Person,ABDUL MAJID SAIDI,\n"
    "C-2,Person,\"AL-ZINDANI, Abdelmajid\",\n"
    "C-3,Person,\"AL-GAOUD, Abdelmajid\",\n"
    "C-4,Person,\"HASSAN, Abdulmajid\",\n"
    "C-5,Person,\"SAIDI, Ali\",\n"
    "C-6,Person,\"SAIDI, Hossein\",\n"
    "C-7,Person,BADR UDDIN HAQQANI,\n"
    "C-8,Person,\"AHMAD, Badruddin\",\n"
    "C-9,Person,\"KHAN, Badruddin\",\n"
    "C-10,Person,\"NURI, Badruddin\",\n";

static void compound_written_as_one_finds_it_written_as_two(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"Abdulmajid Saidi", "C-1", "abdulmajid ~ abdul+majid (joined 0.93"},
        {"Abdelmajid Saidi", "C-1", "abdulmajid ~ abdul+majid (joined 0.93"},
        {"Badruddin Haqqani", "C-7", "badruddin ~ badr+uddin (joined 0.93"},
    };
    expect_first_alerting("compounds.csv", COMPOUND_LIST, sizeof COMPOUND_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* A Ukrainian spelling of a Russian family name, its h for the Russian g (cdn_ukrainian_h_as_g):
 * OFAC's MOZHOVY and MOZHOVYY for MOZGOVOY, Aleksey, which the scorer meets by distance (0.73)
 * but no key of theirs reached, and Aleksey is on too many names here for the second look.
 * Fails without gather_h_as_g. */
static const char UKRAINIAN_LIST[] =
    "id,schema,name,aliases\n"
    "U-1,Person,\"MOZGOVOY, Aleksey\",\n"
    "U-2,Person,\"IVANOV, Aleksey\",\nU-3,Person,\"PETROV, Aleksey\",\nU-4,Person,\"SIDOROV, Aleksey\",\n"
    "U-5,Person,\"KUZNETSOV, Aleksey\",\nU-6,Person,\"POPOV, Aleksey\",\nU-7,Person,\"SOKOLOV, Aleksey\",\n"
    "U-8,Person,\"LEBEDEV, Aleksey\",\nU-9,Person,\"KOZLOV, Aleksey\",\nU-10,Person,\"NOVIKOV, Aleksey\",\n"
    "U-11,Person,\"MOROZOV, Aleksey\",\nU-12,Person,\"VOLKOV, Aleksey\",\nU-13,Person,\"ZAYTSEV, Aleksey\",\n";

static void ukrainian_h_finds_the_russian_g(void **state)
{
    (void)state;
    static const char *const CASES[][2] = {
        {"MOZHOVY, Aleksei", "mozhovy ~ mozgovoy (Ukrainian 0.90"},
        {"MOZHOVYY, Aleksei", "mozhovyy ~ mozgovoy (Ukrainian 0.90"},
    };
    cordon_index *index = open_csv("ukrainian.csv", UKRAINIAN_LIST, sizeof UKRAINIAN_LIST - 1);
    cordon_search_options opts;
    cordon_search_options_default(&opts);
    opts.min_score = 0.5; /* Aleksey weighs little here: the name scores 0.75-0.8 */
    for (size_t c = 0; c < sizeof CASES / sizeof CASES[0]; c++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(index, CASES[c][0], &opts, &res), CORDON_OK);
        const cordon_result *top = cordon_results_get(res, 0);
        if (!top || strcmp(top->entity->native_id, "U-1") != 0 || top->score < 0.7)
            fail_msg("%s: first %s (%.3f), expected U-1", CASES[c][0], top ? top->entity->id : "none",
                     top ? top->score : 0.0);
        if (!strstr(top->explanation, CASES[c][1]))
            fail_msg("%s: explained '%s'", CASES[c][0], top->explanation);
        cordon_results_free(res);
    }
    cordon_index_close(index);
}

/* The other way: a Russian spelling finds the Ukrainian one listed (MOZGOVOY, Aleksey / OFAC's
 * MOZHOVYY, Aleksey, which the scorer meets as "Ukrainian" 0.90): no key of mozgovoy's
 * (mosgovoi) is near mozhovyy's (mosovi), and search found nothing. */
static const char UKRAINIAN_LISTED[] =
    "id,schema,name,aliases\n"
    "U-1,Person,\"MOZHOVYY, Aleksey\",\n"
    "U-2,Person,\"IVANOV, Aleksey\",\nU-3,Person,\"PETROV, Aleksey\",\nU-4,Person,\"SIDOROV, Aleksey\",\n"
    "U-5,Person,\"KUZNETSOV, Aleksey\",\nU-6,Person,\"POPOV, Aleksey\",\nU-7,Person,\"SOKOLOV, Aleksey\",\n"
    "U-8,Person,\"LEBEDEV, Aleksey\",\nU-9,Person,\"KOZLOV, Aleksey\",\nU-10,Person,\"NOVIKOV, Aleksey\",\n"
    "U-11,Person,\"MOROZOV, Aleksey\",\nU-12,Person,\"VOLKOV, Aleksey\",\nU-13,Person,\"ZAYTSEV, Aleksey\",\n";

static void russian_g_finds_the_ukrainian_h(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"MOZGOVOY, Aleksey", "U-1", "mozgovoy ~ mozhovyy (Ukrainian 0.90"},
    };
    expect_first_alerting("ukrainian_listed.csv", UKRAINIAN_LISTED, sizeof UKRAINIAN_LISTED - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* English spellings whose letters are not their sounds (english.h) are filed under the keys of
 * their English reading too, which the name written as it sounds looks up: מושן had no key to
 * Motion (m t n; מושן m s n), nor モーション, and the one word met of two left Andrew Motion,
 * Clarke Carlisle and Thomas Wedgwood below the bound (search found nothing; compare 0.85). */
static const char ENGLISH_LIST[] = "id,schema,name,aliases\n"
                                   "E-1,Person,Andrew Motion,\nE-2,Person,Clarke Carlisle,\n"
                                   "E-3,Person,Thomas Wedgwood,\nE-4,Organization,Motion,\n"
                                   "E-5,Person,Andrew Smith,\nE-6,Person,Clarke Smith,\nE-7,Person,Thomas Smith,\n";

static void english_readings_find_the_spelling(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"אנדרו מושן", "E-1", "מושן ~ motion (consonants 0.85"},
        {"קלארק קרלייל", "E-2", "קרלייל ~ carlisle (consonants 0.85"},
        {"תומאס וג'ווד", "E-3", "וג׳ווד ~ wedgwood (consonants 0.85"},
        {"モーション", "E-4", "モーション ~ motion (sounds 0.85"},
    };
    expect_first_alerting("english.csv", ENGLISH_LIST, sizeof ENGLISH_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
}

/* The Arabic w that French writes ou (french_w.h): FOUAZ, Abbas had no key to FAWAZ, Abbas
 * Loutfe (OFAC a.k.a.s: not a candidate at all), Ouahid none to Wahid. The query's spelling
 * read with w leads to the listed one: its key exactly (Ouahid, a word the index knows), and the
 * keys near it for a rare word (Fouaz, fwaz: near fawaz). Abbas and Ahmed are on 25 names each,
 * so that they weigh too little to make FAWAZ and WAHID candidates alone, as in the lists. */
/* The names of 25 Abbas and 25 Ahmed, for the lists below. */
#define FRENCH_W_FILLER \
    "W-4,Person,\"HASSAN, Abbas\",\nW-5,Person,\"HASSAN, Ahmed\",\nW-6,Person,\"MUSA, Abbas\",\n" \
    "W-7,Person,\"MUSA, Ahmed\",\nW-8,Person,\"SALEH, Abbas\",\nW-9,Person,\"SALEH, Ahmed\",\n" \
    "W-10,Person,\"KARIMI, Abbas\",\nW-11,Person,\"KARIMI, Ahmed\",\nW-12,Person,\"NOURI, Abbas\",\n" \
    "W-13,Person,\"NOURI, Ahmed\",\nW-14,Person,\"RAHIMI, Abbas\",\nW-15,Person,\"RAHIMI, Ahmed\",\n" \
    "W-16,Person,\"TAHERI, Abbas\",\nW-17,Person,\"TAHERI, Ahmed\",\nW-18,Person,\"JAFARI, Abbas\",\n" \
    "W-19,Person,\"JAFARI, Ahmed\",\nW-20,Person,\"AMINI, Abbas\",\nW-21,Person,\"AMINI, Ahmed\",\n" \
    "W-22,Person,\"BAKRI, Abbas\",\nW-23,Person,\"BAKRI, Ahmed\",\nW-24,Person,\"DARWISH, Abbas\",\n" \
    "W-25,Person,\"DARWISH, Ahmed\",\nW-26,Person,\"FARES, Abbas\",\nW-27,Person,\"FARES, Ahmed\",\n" \
    "W-28,Person,\"GHANEM, Abbas\",\nW-29,Person,\"GHANEM, Ahmed\",\nW-30,Person,\"HADDAD, Abbas\",\n" \
    "W-31,Person,\"HADDAD, Ahmed\",\nW-32,Person,\"ISMAIL, Abbas\",\nW-33,Person,\"ISMAIL, Ahmed\",\n" \
    "W-34,Person,\"JABER, Abbas\",\nW-35,Person,\"JABER, Ahmed\",\nW-36,Person,\"KHALIL, Abbas\",\n" \
    "W-37,Person,\"KHALIL, Ahmed\",\nW-38,Person,\"LATIF, Abbas\",\nW-39,Person,\"LATIF, Ahmed\",\n" \
    "W-40,Person,\"MANSOUR, Abbas\",\nW-41,Person,\"MANSOUR, Ahmed\",\nW-42,Person,\"NASSER, Abbas\",\n" \
    "W-43,Person,\"NASSER, Ahmed\",\nW-44,Person,\"QASIM, Abbas\",\nW-45,Person,\"QASIM, Ahmed\",\n" \
    "W-46,Person,\"RASHID, Abbas\",\nW-47,Person,\"RASHID, Ahmed\",\nW-48,Person,\"SAMI, Abbas\",\n" \
    "W-49,Person,\"SAMI, Ahmed\",\nW-50,Person,\"TAMIM, Abbas\",\nW-51,Person,\"TAMIM, Ahmed\",\n"

static const char FRENCH_W_LIST[] =
    "id,schema,name,aliases\n"
    "W-1,Person,\"FAWAZ, Abbas Loutfe\",\nW-2,Person,\"WAHID, Ahmed\",\nW-3,Person,\"OUAHID, Karim\",\n" FRENCH_W_FILLER;

static void french_w_finds_the_w(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"FOUAZ, Abbas", "W-1", "fouaz ~ fawaz (French w 0.86"},
        {"OUAHID, Ahmed", "W-2", "ouahid ~ wahid (French w 0.95"},
    };
    expect_first_alerting("french_w.csv", FRENCH_W_LIST, sizeof FRENCH_W_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* The other way: a query in the English spelling finds the French one listed, which the scorer
 * meets as well (FAWAZ, Abbas / FOUAZ, Abbas 0.93 in compare), though no key of the query's
 * leads to it (fawaz's key favas, fouaz's fuas): search found nothing. */
static const char FRENCH_W_LISTED[] = "id,schema,name,aliases\n"
                                      "W-1,Person,\"FOUAZ, Abbas\",\nW-2,Person,\"OUAHID, Ahmed\",\n"
                                      "W-3,Person,\"CHAOUKI, Ahmed\",\n" FRENCH_W_FILLER;

static void w_finds_the_french_ou(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"FAWAZ, Abbas", "W-1", "fawaz ~ fouaz (French w 0.86"},
        {"WAHID, Ahmed", "W-2", "wahid ~ ouahid (French w 0.95"},
        {"SHAWKI, Ahmed", "W-3", "shawki ~ chaouki (French w"},
    };
    expect_first_alerting("french_w_listed.csv", FRENCH_W_LISTED, sizeof FRENCH_W_LISTED - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* A name each word of which is another vowel spelling of the query's (JAVED, Naser / JAVAID,
 * Nasir: OFAC's a.k.a.s of one man) is reached by no key of the query, and the scorer meets it
 * at 0.88 ("vowels" twice): when nothing alerted, search scores the names of the vowel
 * spellings that are on few names (search.c, score_vowel_spellings). Javed and Naser are on
 * three names each here, so that their misspellings are not followed. */
static const char VOWEL_SPELLINGS_LIST[] = "id,schema,name,aliases\n"
                                           "V-1,Person,\"JAVAID, Nasir\",\nV-2,Person,\"JAVAID, Ahmed\",\n"
                                           "V-3,Person,\"NASIR, Abbas\",\nV-4,Person,\"JAVED, Abbas\",\n"
                                           "V-5,Person,\"JAVED, Karim\",\nV-6,Person,\"JAVED, Omar\",\n"
                                           "V-7,Person,\"NASER, Abbas\",\nV-8,Person,\"NASER, Karim\",\n"
                                           "V-9,Person,\"NASER, Omar\",\n" FRENCH_W_FILLER;

static void vowel_spellings_found_when_nothing_alerts(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"JAVED, Naser", "V-1", "javed ~ javaid (vowels 0.88"},
        {"JAVED, Nasar", "V-1", "nasar ~ nasir (vowels 0.88"},
    };
    expect_first_alerting("vowel_spellings.csv", VOWEL_SPELLINGS_LIST, sizeof VOWEL_SPELLINGS_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* The whole listed name met by words on few of the index's names, and a word more in the
 * query: the word added weighs half (score.c, listed_name_within). YEGANE, Gulnihal Kulak
 * scored 0.79 against YEGANE, Gulnihal, the unknown Kulak weighing more than either word met;
 * TAGHANAKI, Soghra Khodadadi puts a family name before the listed one. Not when the words
 * met are common (Lee and John are on five names each here), nor when the words are rare in
 * the query but met common ones of the name (Alice ~ Ali, Williams ~ William: it is the listed
 * words that must be rare), nor when the name keeps a middle name the query's word may stand
 * for (SUSANTI, Dwi Dahlia), nor in compare without lists, where no word is rare. With one
 * rare word met, each middle name the comma or the capitals mark (NACHAR, Ali Moussa; Ali
 * Moussa NACHAR; DUGHMUSH, Mumtaz Muhammad Jum'ah) weighs half too, but not a word before the
 * given name met (NACHAR, Moussa Ali) nor beside a family word left (NACHAR MOUSSA, Ali
 * Hassan): on main 64e02c9 no test failed without that condition (review5). */
static const char WITHIN_LIST[] = "id,schema,name,aliases\n"
                                  "R-1,Person,\"YEGANE, Gulnihal\",\nR-2,Person,\"KHODADADI, Soghra\",\n"
                                  "R-3,Person,\"LEE, John\",\nR-4,Person,\"SUSANTI, Dwi Dahlia\",\n"
                                  "R-5,Person,\"LEE, Anna\",\nR-6,Person,\"LEE, Tom\",\n"
                                  "R-7,Person,\"LEE, Mary\",\nR-8,Person,\"LEE, Paul\",\n"
                                  "R-9,Person,\"SMITH, John\",\nR-10,Person,\"BROWN, John\",\n"
                                  "R-11,Person,\"CLARK, John\",\nR-12,Person,\"WHITE, John\",\n"
                                  "R-13,Person,\"WILLIAM, Ali\",\nR-14,Person,\"ALI, Omar\",\n"
                                  "R-15,Person,\"ALI, Hassan\",\nR-16,Person,\"ALI, Karim\",\n"
                                  "R-17,Person,\"ALI, Yusuf\",\nR-18,Person,\"WILLIAM, Tom\",\n"
                                  "R-19,Person,\"WILLIAM, Mark\",\nR-20,Person,\"WILLIAM, Paul\",\n"
                                  "R-21,Person,\"WILLIAM, Ian\",\nR-22,Person,\"BROWN, Alice\",\n"
                                  "R-23,Person,\"WILLIAMS, Sarah\",\n"
                                  "R-24,Person,\"NACHAR, Ali\",\nR-25,Person,\"GARCIA, Carlos Alberto\",\n"
                                  "R-26,Person,\"DUGHMUSH, Mumtaz\",\nR-27,Person,\"HASSAN, Muhammad\",\n"
                                  "R-28,Person,\"OMAR, Muhammad\",\nR-29,Person,\"KARIM, Muhammad\",\n"
                                  "R-30,Person,\"YUSUF, Muhammad\",\nR-31,Person,\"SALEH, Muhammad\",\n" FRENCH_W_FILLER;

static void listed_name_within_the_query_by_rare_words(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"YEGANE, Gulnihal Kulak", "R-1", "kulak unmatched in query (a part added, half weight)"},
        {"TAGHANAKI, Soghra Khodadadi", "R-2", "taghanaki unmatched in query (a part added, half weight)"},
        /* one rare word met (Ali is on six names here), the word added a middle name by the
         * comma (score.c: middle_names_by_comma): an OFAC a.k.a. */
        {"NACHAR, Ali Moussa", "R-24", "moussa unmatched in query (a part added, half weight)"},
        /* or by the family name in capitals, as README promises */
        {"Ali Moussa NACHAR", "R-24", "moussa unmatched in query (a part added, half weight)"},
        /* and each of several: a father's and a grandfather's name (middle_names_by_comma;
         * Muhammad is on six names here) */
        {"DUGHMUSH, Mumtaz Muhammad Jum'ah", "R-26", "jumah unmatched in query (a part added, half weight)"},
    };
    expect_first_alerting("within.csv", WITHIN_LIST, sizeof WITHIN_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
    cordon_index *index = open_csv("within.csv", WITHIN_LIST, sizeof WITHIN_LIST - 1);
    double with_lists, without;
    assert_int_equal(cordon_compare(index, "YEGANE, Gulnihal Kulak", "YEGANE, Gulnihal", CORDON_SCHEMA_PERSON,
                                    &with_lists),
                     CORDON_OK);
    assert_int_equal(cordon_compare(NULL, "YEGANE, Gulnihal Kulak", "YEGANE, Gulnihal", CORDON_SCHEMA_PERSON,
                                    &without),
                     CORDON_OK);
    if (with_lists < 0.84 || with_lists > 0.90 || without >= 0.80 + 1e-9 || without < 0.79)
        fail_msg("compare: %.4f with the list (expected 0.84-0.90), %.4f without (expected 0.80)", with_lists,
                 without);
    static const char *const OTHER[][2] = {
        {"Erik John Lee", "R-3"},
        {"LEE, John Erik", "R-3"},
        {"Dwi Tantri Susanti", "R-4"},
        {"Alice Liam Williams", "R-13"}, /* rare query words that met common listed ones */
        {"Ali Moussa Nachar", "R-24"},   /* no comma: Moussa may be anything */
        {"GARCIA, Carlos Miguel", "R-25"}, /* a middle name against another */
        {"NACHAR, Moussa Ali", "R-24"},    /* the word left comes before the given name met: the
                                              given name is another */
        {"NACHAR MOUSSA, Ali Hassan", "R-24"}, /* two words left, one a family name (one family
                                                  word alone weighs half: one_part_added) */
    };
    for (size_t c = 0; c < sizeof OTHER / sizeof OTHER[0]; c++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(index, OTHER[c][0], NULL, &res), CORDON_OK);
        for (size_t i = 0; i < cordon_results_count(res); i++) {
            const cordon_result *r = cordon_results_get(res, i);
            /* Not the rule either: a part added under the bar today is an alarm in another index. */
            if (strcmp(r->entity->native_id, OTHER[c][1]) == 0 && (r->match || strstr(r->explanation, "a part added")))
                fail_msg("%s: %s at %.3f: %s", OTHER[c][0], r->entity->id, r->score, r->explanation);
        }
        cordon_results_free(res);
    }
    cordon_index_close(index);
}

/* A list where a query's unknown word is a spelling no key leads to (Vachelav for Vyacheslav:
 * two letters apart; Mobruk beside El for Elmabruk; Mirahman for Mir Rahman), or a given name
 * another form of the name's (Yekaterina, Katsyaryna): the name was reached by the query's
 * other, rare word alone, whose weight cannot lift it to the minimum score, and never offered,
 * though the scorer meets the pair. When nothing alerted, search takes a second look (search.c,
 * second_look). */
static const char FEW_LIST[] =
    "id,schema,name,aliases\n"
    "F-1,Person,\"TYURIN, Vyacheslav Aleksandrovich\",\n"
    "F-2,Person,\"TYURIN, Vladimir Anatolyevich\",\n"
    "F-3,Person,\"ELMABRUK, Maftah Mohamed\",\n"
    "F-4,Person,\"RAHMANI, Mir Rahman\",\n"
    "F-5,Person,\"RAHMANI, Ahmad\",\n"
    "F-6,Person,\"AHMAD, Mohamed\",\n"
    "F-7,Person,\"ALEKSANDROV, Vladimir\",\n"
    "F-8,Person,\"FEDASENKA, Katsyaryna Alyaksandrauna\",\n"
    "F-9,Person,\"FEDASENKA, Mikalai\",\n"
    "F-10,Person,\"IVANOVA, Katsyaryna\",\n";

static void rare_word_names_scored_when_unknown_word(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"TYURIN, Vachelav", "F-1", "vachelav ~ vyacheslav (fuzzy"},
        {"EL MOBRUK, Maftah", "F-3", "el+mobruk ~ elmabruk (joined"},
        {"RAHMANI, Mirahman", "F-4", "mirahman ~ mir+rahman (joined"},
        /* a given name's Belarusian form, which no key finds, beside a family name met by its
         * consonant skeleton */
        {"FEDOSENKO, Yekaterina", "F-8", "yekaterina ~ katsyaryna (name form 0.92"},
    };
    expect_first_alerting("few.csv", FEW_LIST, sizeof FEW_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
}

/* A short word that writes its long vowel doubled finds the names that write it with one letter,
 * and a rare one written with one letter those that double it (long_vowels.h): deeb's key (deb)
 * is one edit from dib's in three letters, below the similar keys' bar, and ahmed, on a dozen
 * names here, is left untaken once deeb decides; so DEEB, Ahmed never offered AL-DIB, Ahmed (OFAC
 * a.k.a.s). YEE, Khin likewise YI, Khin, and MO, Aung MOE, Aung. */
static const char LONG_VOWEL_LIST[] =
    "id,schema,name,aliases\n"
    "L-1,Person,\"AL-DIB, Ahmed\",\n"
    "L-2,Person,\"YI, Khin\",\n"
    "L-3,Person,\"MOE, Aung\",\n"
    "L-4,Person,\"HASSAN, Ahmed\",\nL-5,Person,\"KARIM, Ahmed\",\nL-6,Person,\"SALEH, Ahmed\",\n"
    "L-7,Person,\"OMAR, Ahmed\",\nL-8,Person,\"NASSER, Ahmed\",\nL-9,Person,\"FARAJ, Ahmed\",\n"
    "L-10,Person,\"HAMID, Ahmed\",\nL-11,Person,\"JABER, Ahmed\",\nL-12,Person,\"ZAKI, Ahmed\",\n"
    "L-13,Person,\"TUN, Khin\",\nL-14,Person,\"WIN, Khin\",\nL-15,Person,\"MYINT, Aung\",\n";

static void long_vowel_spellings_find_each_other(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"DEEB, Ahmed", "L-1", "deeb ~ dib (long vowel 0.88"},
        {"YEE, Khin", "L-2", "yee ~ yi (long vowel 0.88"},
        {"MO, Aung", "L-3", "mo ~ moe (long vowel 0.88"},
    };
    expect_first_alerting("long_vowels.csv", LONG_VOWEL_LIST, sizeof LONG_VOWEL_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

/* When nothing alerts and the index knows every word of the query, the names its rare words
 * lead to are scored where the words that did not reach them, met at 0.88, could make them
 * alert: iyad is on three names here, so its misspellings are not followed, and its key (iad)
 * is not eyad's (eiad), which the scorer meets by its edit distance; akhras reached AL-AKHRAS,
 * Eyad alone, short of a candidate's bound, and the search found nothing (OFAC a.k.a.s: AKHRAS,
 * Iyad, compare 0.88). Khamis al-Gaddafi (Wikipedia's spelling) likewise: khamis alone reaches
 * QADHAFI, Khamis, whose gaddafi ~ qadhafi the scorer meets by its Arabic letters, and the article
 * the name lacks weighs the query down, short of a candidate's bound (0.89 with the second look,
 * nothing without: checked with its 0.88 set to 0, session 20). GADDAFI, Khamis alerts here
 * without it (khamis reaches the name, 0.94), and on the official lists both are the
 * entity's own aliases (GADDAFI, Khamis; AL-GADDAFI, Khamis: 1.00); G-2 to G-4 only make gaddafi
 * common. */
static const char KNOWN_LIST[] =
    "id,schema,name,aliases\n"
    "G-1,Person,\"QADHAFI, Khamis\",\n"
    "G-2,Person,\"GADDAFI, Saadi\",\n"
    "G-3,Person,\"GADDAFI, Hannibal\",\n"
    "G-4,Person,\"GADDAFI, Mutassim\",\n"
    "G-5,Person,\"AL-AKHRAS, Eyad\",\n"
    "G-6,Person,\"SALIM, Iyad\",\nG-7,Person,\"HAMDAN, Iyad\",\nG-8,Person,\"NAJJAR, Iyad\",\n"
    "G-9,Person,\"ISSA, Khamis\",\nG-10,Person,\"AKHRAS, Firas\",\nG-11,Person,\"AKHRAS, Fawaz\",\n"
    "G-12,Person,Maria Lopez,\nG-13,Person,John Carter,\nG-14,Person,Pavel Orlov,\nG-15,Person,Anna Weber,\n"
    "G-16,Person,Li Wei,\nG-17,Person,Omar Haddad,\nG-18,Person,Jean Martin,\nG-19,Person,Ivan Petrov,\n"
    "G-20,Person,Sara Cohen,\nG-21,Person,Ali Rezaei,\nG-22,Person,Kim Min,\nG-23,Person,Hans Muller,\n";

static void rare_word_names_scored_when_every_word_known(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"AKHRAS, Iyad", "G-5", "iyad ~ eyad ("},
        {"Khamis al-Gaddafi", "G-1", "gaddafi ~ qadhafi (Arabic letters"},
    };
    expect_first_alerting("known.csv", KNOWN_LIST, sizeof KNOWN_LIST - 1, CASES, sizeof CASES / sizeof CASES[0]);
}

/* The six official lists, opened once for the tests that need them. */
static cordon_index *official_lists(void)
{
    if (official)
        return official;
    const char *data = require_shared();
    static const char *const LISTS[][2] = {
        {"us-ofac-csv", "us-ofac-sdn-2024"}, {"us-ofac-csv", "us-ofac-cons-2025"},
        {"un-xml", "un-sc-2026-02/consolidated.xml"}, {"gb-hmt-csv", "gb-hmt-2018-04/ConList.csv"},
        {"eu-fsf-csv", "eu-fsf-2018-07-subset/EUSanctionsShort.csv"},
        {"us-csl-csv", "us-csl-2025-01/consolidated.csv.gz"},
    };
    char paths[6][4400];
    const char *sources[6];
    for (size_t i = 0; i < 6; i++) {
        snprintf(paths[i], sizeof paths[i], "%s:%s/lists/%s", LISTS[i][0], data, LISTS[i][1]);
        sources[i] = paths[i];
    }
    if (cordon_index_open(&official, sources, 6, NULL) != CORDON_OK)
        fail_msg("cannot open the official lists: %s", cordon_index_errmsg(official));
    return official;
}

/* On the six official lists: أسامة بن لادن alerts on BIN LADIN, Usama (OFAC SDN 6365), reached
 * through لادن alone (اسامة and بن have no key). It is not first: the UN's record of his son
 * Hamza writes the three words in Arabic script (حمزة أسامة محمد بن لادن), exactly. */
static void short_abjad_words_on_the_official_lists(void **state)
{
    (void)state;
    cordon_index *lists = official_lists();
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(lists, "أسامة بن لادن", NULL, &res), CORDON_OK);
    bool alerted = false;
    for (size_t i = 0; i < cordon_results_count(res); i++) {
        const cordon_result *r = cordon_results_get(res, i);
        alerted |= strcmp(r->entity->id, "us-ofac-sdn:6365") == 0 && r->match;
    }
    if (!alerted)
        fail_msg("أسامة بن لادن: no alert for us-ofac-sdn:6365");
    cordon_results_free(res);
}

/* A library or HTTP caller who asks min_score at the threshold gets every alert a search at
 * the default 0.5 gives, at that score or more (at 0.5 an entity's alias may be passed over
 * where its bound falls short of the score the entity has: AL-QADHAFI, Saif Al-Arab meets
 * us-csl:12608 at 0.83 by its primary name, 0.85 by an alias): search's bound of a name must
 * not fall below what the scorer gives it. OFAC a.k.a.s with a word more than a listed name of the same person,
 * weighed half by the scorer (score.c: one_part_added, middle_names_by_comma), on the six
 * official lists: 18 alerts lost at 0.80 before the bound knew the half (search.c,
 * wq_less_halves), e.g. GADDAFI, Saif al-Islam / un-sc:LYi.017 0.96. */
static void alerts_kept_at_a_higher_minimum_score(void **state)
{
    (void)state;
    cordon_index *lists = official_lists();
    static const char *const QUERIES[] = {
        "GADDAFI, Saif al-Islam",    "AL-QADHAFI, Saif Al-Arab",    "AL-AHDAL, Abdallah Faisal",
        "AL-RAWI, 'Umar Talib",      "AUNG, U Hlaing Bwar",         "MARTINEZ ALVAREZ, Carlos",
        "OKROYAN, Andranik Mkrtich", "IVANOV JR., Sergey",
    };
    size_t alerts = 0;
    for (size_t c = 0; c < sizeof QUERIES / sizeof QUERIES[0]; c++) {
        cordon_search_options low, high;
        cordon_search_options_default(&low);
        low.limit = 100;
        high = low;
        high.min_score = high.threshold;
        cordon_results *all = NULL, *alerting = NULL;
        assert_int_equal(cordon_search(lists, QUERIES[c], &low, &all), CORDON_OK);
        assert_int_equal(cordon_search(lists, QUERIES[c], &high, &alerting), CORDON_OK);
        for (size_t i = 0; i < cordon_results_count(all); i++) {
            const cordon_result *r = cordon_results_get(all, i);
            if (!r->match)
                continue;
            alerts++;
            bool kept = false;
            for (size_t j = 0; j < cordon_results_count(alerting); j++) {
                const cordon_result *h = cordon_results_get(alerting, j);
                kept |= h->entity == r->entity && h->score >= r->score;
            }
            if (!kept)
                fail_msg("%s: %s alerts at %.4f with min_score 0.5, not at %.2f", QUERIES[c], r->entity->id,
                         r->score, high.min_score);
        }
        cordon_results_free(all);
        cordon_results_free(alerting);
    }
    assert_true(alerts >= 18);
}

/* Fails unless each of the n queries cases[c][0] searched in lists alerts on the entity of id
 * cases[c][1]. */
static void each_alerts(const cordon_index *lists, const char *const cases[][2], size_t n)
{
    for (size_t c = 0; c < n; c++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(lists, cases[c][0], NULL, &res), CORDON_OK);
        bool alerted = false;
        for (size_t i = 0; i < cordon_results_count(res); i++) {
            const cordon_result *r = cordon_results_get(res, i);
            alerted |= strcmp(r->entity->id, cases[c][1]) == 0 && r->match;
        }
        if (!alerted)
            fail_msg("%s: no alert for %s", cases[c][0], cases[c][1]);
        cordon_results_free(res);
    }
}

/* The misspellings of the bench mix that only a similar key leads to, each lost by a credit
 * from the keys alone (0 where the keys are under 0.75; these meet by their romanisations,
 * similar-credit's trial), on the six official lists: each must still alert on its entity. */
static void misspellings_found_by_similar_keys_alert(void **state)
{
    (void)state;
    cordon_index *lists = official_lists();
    static const char *const CASES[][2] = {
        {"OLcHAM FARM", "us-csl:9377"},    {"VINALE TOURS", "us-ofac-sdn:2186"}, {"CHAN, rEic", "us-csl:29260"},
        {"Iyad MAKwLOUF", "gb-hmt:11934"}, {"Haxib SOUSSOU", "gb-hmt:13272"},    {"RI S UYONG", "un-sc:KPi.052"},
    };
    each_alerts(lists, CASES, sizeof CASES / sizeof CASES[0]);
}

/* A name a similar key led to must be credited at least what the scorer gives the pair, or its
 * bound can fall below the cut-off and an alert be lost. The key alone does not tell the
 * spellings: the scorer meets them by their own distance (jfean / jean 0.76 and hnnibal /
 * hannibal 0.85, more than their keys' edit similarity gives) and by rules that lift a close
 * pair to 0.88-0.95 (vowels: abod / abed, sulavati / salavati). Misspellings of OFAC names by
 * bench/quality.py's typo and vowel rules with other seeds (1-3, 11; review3, session 20), each
 * alerting on the listed record of another list with the flat credit (main cb98d88) and lost by
 * the scaled one (similar-credit, 5c73e8e). Nor is crediting exactly what the scorer gives the
 * pair enough (the last four: pair-bound, session 21): the name's other words may meet the
 * query's by rules that no key leads to, and the scorer may leave optional words out of the
 * name's weight, where the bound counts them; the flat 0.95 is what holds those names. */
static void similar_keys_lose_no_alert(void **state)
{
    (void)state;
    cordon_index *lists = official_lists();
    static const char *const CASES[][2] = {
        {"GADDAFI Hnnibal", "gb-hmt:11636"},         {"Jfean-Marie Rugerero RUNIGA", "gb-hmt:12839"},
        {"'ABOD Ahmad", "us-ofac-sdn:27015"},        {"Krhalid Shaikh MOHAMMED", "us-ofac-sdn:45128"},
        {"SULAVATI Abolghassem", "gb-hmt:11801"},
        /* Lost with the credit the scorer's own for the key's spellings: ali / alie (a long
         * vowel), kateryna / ekaterina (a name form), gaddafi / qadhafi (Arabic letters) meet
         * by rules no key of theirs leads to; mahamed mostafu's name leaves amin out of its
         * weight as a middle name. */
        {"MAHAMED Mostafu", "gb-hmt:7868"},          {"IBAHIM 'Ali", "us-csl:13395"},
        {"UGBAREVA Kateryna Yuriivna", "us-csl:17754"}, {"GADDAFI Muatssim", "gb-hmt:11639"},
    };
    each_alerts(lists, CASES, sizeof CASES / sizeof CASES[0]);
}

/* On the six official lists: a listed word read letter by letter (spelled_letters.h: GICM,
 * BIPC, CSICL, PGPIC) is met by no Han, kana or Arabic word's sounds, which met them at
 * 0.80-0.85 (cross-script false alarms of bench/quality.py: Kuijken, Pepys, Chesley, Bic),
 * while the acronym typed in Latin letters, alone or beside the name, still alerts. (IRCG, one
 * transposition from IRGC, meets it neither before nor after: fuzzy 0.75 of four letters.) */
static void letters_met_by_no_foreign_sound(void **state)
{
    (void)state;
    cordon_index *lists = official_lists();
    static const char *const HEARD[][2] = {
        {"庫伊肯", "gb-hmt:7149"}, {"ゼゲン", "gb-hmt:7149"}, {"بيبس", "us-ofac-sdn:15950"},
        {"切斯利", "us-ofac-cons:32100"}, {"ビック", "us-ofac-sdn:26817"},
    };
    for (size_t c = 0; c < sizeof HEARD / sizeof HEARD[0]; c++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(lists, HEARD[c][0], NULL, &res), CORDON_OK);
        for (size_t i = 0; i < cordon_results_count(res); i++) {
            const cordon_result *r = cordon_results_get(res, i);
            if (strcmp(r->entity->id, HEARD[c][1]) == 0 && r->match)
                fail_msg("%s: %s alerts at %.3f", HEARD[c][0], r->entity->id, r->score);
        }
        cordon_results_free(res);
    }
    static const char *const TYPED[][2] = {
        {"GICM", "gb-hmt:7149"}, {"BIPC", "us-ofac-sdn:15950"}, {"CSICL", "us-ofac-cons:32100"},
        {"IRGC", "us-ofac-sdn:10391"}, {"Islamic Revolutionary Guard Corps IRGC", "us-ofac-sdn:10391"},
    };
    each_alerts(lists, TYPED, sizeof TYPED / sizeof TYPED[0]);
}

/* Swedish and Dutch write the Russian ж zj (Zjukov, Zjirinovskij, Zjdanov): such a listed word
 * is a name, not letters read one by one (spelled_letters.h), and the Cyrillic query meets it by
 * its sounds (жуков ~ zjukov 0.88, as compare scores it). Read as letters, it was met by
 * fuzzy 0.79 alone and Вячеслав Жуков fell from 0.83 to 0.78, below the threshold. */
static void swedish_zj_is_a_name(void **state)
{
    (void)state;
    static const char LISTED[] = "id,schema,name\n1,Person,Vjatjeslav ZJUKOV\n";
    cordon_index *index = open_csv("zj.csv", LISTED, sizeof LISTED - 1);
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(index, "Вячеслав Жуков", NULL, &res), CORDON_OK);
    const cordon_result *top = cordon_results_get(res, 0);
    assert_non_null(top);
    assert_string_equal(top->entity->native_id, "1");
    if (!top->match)
        fail_msg("Вячеслав Жуков / Vjatjeslav ZJUKOV: %.3f, no alert", top->score);
    cordon_results_free(res);
    cordon_index_close(index);
}

static void the_limit_only_cuts(void **state)
{
    (void)state;
    /* All six official lists: the rarity of tokens over all of them is what once made the
     * bounds of these two queries fall short. */
    cordon_index *ofac = official_lists();
    static const char *const QUERIES[] = {
        "Kazim Sager", "IS CHEN", "Maria Lopez", "Mohammed Ali", "John Smith", "Ivan Petrov", "Ahmed Hassan",
        "Li Wei", "Jose Garcia", "Olga Ivanova", "Abdul Rahman", "Viktor Bout", "Hassan Nasrallah",
    };
    for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
        cordon_search_options one, ten;
        cordon_search_options_default(&one);
        cordon_search_options_default(&ten);
        one.limit = 1;
        ten.limit = 10;
        cordon_results *a = NULL, *b = NULL;
        assert_int_equal(cordon_search(ofac, QUERIES[q], &one, &a), CORDON_OK);
        assert_int_equal(cordon_search(ofac, QUERIES[q], &ten, &b), CORDON_OK);
        assert_int_equal(cordon_results_count(a) > 0, cordon_results_count(b) > 0);
        if (cordon_results_count(a)) {
            const cordon_result *x = cordon_results_get(a, 0), *y = cordon_results_get(b, 0);
            if (x->entity != y->entity || x->score != y->score)
                fail_msg("%s: limit 1 gives %s %.4f, limit 10 gives %s %.4f first", QUERIES[q], x->entity->id,
                         x->score, y->entity->id, y->score);
        }
        cordon_results_free(a);
        cordon_results_free(b);
    }
}

/* The results are cut at min_score and at the limit and put in order, best first and by entity
 * id among equal scores, the same with any limit: the first ten of an unlimited search (more
 * than 32 results, put in order by qsort) are those of a limit of 10 (put in order by
 * insertion into the best ten) and of 40 (qsort again). */
static void results_ordered_and_cut_alike(void **state)
{
    (void)state;
    cordon_index *lists = official_lists();
    static const char *const QUERIES[] = {"Mohammed Ali", "Ahmed Hassan", "Abdul Rahman", "Ivan Petrov"};
    size_t many = 0;
    for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
        cordon_search_options all, ten, forty;
        cordon_search_options_default(&all);
        cordon_search_options_default(&ten);
        cordon_search_options_default(&forty);
        all.limit = 0;
        forty.limit = 40;
        cordon_results *a = NULL, *b = NULL, *c = NULL;
        assert_int_equal(cordon_search(lists, QUERIES[q], &all, &a), CORDON_OK);
        assert_int_equal(cordon_search(lists, QUERIES[q], &ten, &b), CORDON_OK);
        assert_int_equal(cordon_search(lists, QUERIES[q], &forty, &c), CORDON_OK);
        size_t n = cordon_results_count(a);
        many += n > 40;
        assert_int_equal(cordon_results_count(b), n < 10 ? n : 10);
        assert_int_equal(cordon_results_count(c), n < 40 ? n : 40);
        for (size_t i = 0; i < n; i++) {
            const cordon_result *r = cordon_results_get(a, i);
            assert_true(r->score >= all.min_score);
            if (i > 0) {
                const cordon_result *p = cordon_results_get(a, i - 1);
                if (p->score < r->score || (p->score == r->score && strcmp(p->entity->id, r->entity->id) >= 0))
                    fail_msg("%s: result %zu (%s %.4f) after %s %.4f", QUERIES[q], i, r->entity->id, r->score,
                             p->entity->id, p->score);
            }
            if (i < 10)
                assert_ptr_equal(cordon_results_get(b, i)->entity, r->entity);
            if (i < 40)
                assert_ptr_equal(cordon_results_get(c, i)->entity, r->entity);
        }
        cordon_results_free(a);
        cordon_results_free(b);
        cordon_results_free(c);
    }
    assert_true(many > 0); /* some query takes the qsort path with every limit */
}

/* A search scores a name as cordon_compare does, however many names it scored before that
 * share tokens with it (the similarity memo). This query once scored 0.5963 against this UN
 * entity's Arabic name, which compare scores 0.7364: a memo entry filled for another name's
 * token was taken for this one's. */
static void search_scores_as_compare_does(void **state)
{
    (void)state;
    cordon_index *ofac = official_lists();
    const char *query = "عبد الله حماد ﻤﺤﻤﺪ ﻛﺮﻴﻡ", *id = "un-sc:QDi.236";
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(ofac, query, NULL, &res), CORDON_OK);
    const cordon_result *found = NULL;
    for (size_t i = 0; i < cordon_results_count(res); i++)
        if (strcmp(cordon_results_get(res, i)->entity->id, id) == 0)
            found = cordon_results_get(res, i);
    if (!found)
        fail_msg("%s: %s not among the results", query, id);
    double direct;
    assert_int_equal(cordon_compare(ofac, query, found->matched_name->full, CORDON_SCHEMA_ANY, &direct), CORDON_OK);
    if (fabs(found->score - direct) > 1e-6 || direct < 0.73 || direct > 0.74)
        fail_msg("%s: search gives %s %.4f for '%s', compare %.4f", query, id, found->score, found->matched_name->full,
                 direct);
    cordon_results_free(res);
}

/* compare explains a pair as a search explains the same name: the token part of the result's
 * explanation, before "; matched NAME KIND name". A short buffer gets as much as fits. */
static void compare_explains_as_search_does(void **state)
{
    (void)state;
    cordon_index *ofac = official_lists();
    const char *query = "Wladimir Putin";
    cordon_results *res = NULL;
    assert_int_equal(cordon_search(ofac, query, NULL, &res), CORDON_OK);
    assert_true(cordon_results_count(res) > 0);
    const cordon_result *top = cordon_results_get(res, 0);
    const char *tail = strstr(top->explanation, "; matched ");
    assert_non_null(tail);
    double score;
    char why[1024];
    assert_int_equal(cordon_compare_explain(ofac, query, top->matched_name->full, CORDON_SCHEMA_ANY, &score, why,
                                            sizeof why),
                     CORDON_OK);
    assert_true(fabs(score - top->score) < 1e-6);
    if (strlen(why) != (size_t)(tail - top->explanation) || strncmp(why, top->explanation, strlen(why)) != 0)
        fail_msg("compare: '%s'; search: '%s'", why, top->explanation);
    assert_non_null(strstr(why, "putin = putin (exact 1.00"));

    char short_why[12];
    assert_int_equal(cordon_compare_explain(ofac, query, top->matched_name->full, CORDON_SCHEMA_ANY, &score,
                                            short_why, sizeof short_why),
                     CORDON_OK);
    assert_int_equal(strlen(short_why), sizeof short_why - 1);
    assert_memory_equal(short_why, why, sizeof short_why - 1);
    /* cut short at a whole character: "путин ~ ..." in 4 bytes is "п" (2 bytes), not 3 */
    char tiny[4];
    assert_int_equal(cordon_compare_explain(ofac, "Путин", "PUTIN", CORDON_SCHEMA_ANY, &score, tiny, sizeof tiny),
                     CORDON_OK);
    assert_string_equal(tiny, "п");
    cordon_results_free(res);
}

/* A journalist's one-word searches on the six official lists: the person or body meant comes
 * first. Путин once ranked the vessel PETION first (0.85, its consonants alone) above PUTIN,
 * Vladimir (0.83: transliteration, the given name unmatched). */
static void famous_one_word_names_come_first(void **state)
{
    (void)state;
    cordon_index *ofac = official_lists();
    static const char *const CASES[][2] = {
        {"Путин", ":35096"},    /* PUTIN, Vladimir Vladimirovich */
        {"Лукашенко Александр", ":9760"}, /* LUKASHENKA, Alyaksandr Ryhorovich, not his sons */
        /* The surname alone: his sons Dzmitry and Viktar alert too, but his alias's patronymic
         * (Grigoryevich) no longer counts against him, and his given name is the commonest. */
        {"Лукашенко", ":9760"},
        {"Kim Jong Un", ":20157"},
        {"김정은", ":20157"},
        /* As the South's press romanises them (korean_latin.h): no key of these words is the
         * lists' spelling. */
        {"Kim Jong-eun", ":20157"},
        {"Kim Yeo-jeong", ":21444"}, /* KIM, Yo Jong */
        /* Chinese names as Russian writes them (palladius.h): no key of their romanisation
         * (chen tsyuan'go) is the pinyin. */
        {"Чэнь Цюаньго", ":29220"},  /* CHEN, Quanguo */
        {"Ван Цзюньчжэн", ":31492"}, /* WANG, Junzheng */
        /* Korean names as Russian writes them (korean_cyrillic.h). */
        {"Ким Чен Ын", ":20157"},
        {"Чхве Рён Хэ", ":23213"}, /* CHOE, Ryong Hae */
    };
    for (size_t c = 0; c < sizeof CASES / sizeof CASES[0]; c++) {
        cordon_results *res = NULL;
        assert_int_equal(cordon_search(ofac, CASES[c][0], NULL, &res), CORDON_OK);
        if (cordon_results_count(res) == 0)
            fail_msg("%s: no result", CASES[c][0]);
        const cordon_result *top = cordon_results_get(res, 0);
        const char *id = top->entity->id;
        size_t n = strlen(id), k = strlen(CASES[c][1]);
        if (n < k || strcmp(id + n - k, CASES[c][1]) != 0 || !top->match)
            fail_msg("%s: first %s (%s, %.4f), expected *%s", CASES[c][0], id, top->entity->caption, top->score,
                     CASES[c][1]);
        cordon_results_free(res);
    }
}

static void han_initials_rank_the_names_they_write_first(void **state)
{
    (void)state;
    static const char *const CASES[][3] = {
        {"埃格蘭", "Z-4", "sounds"}, {"烏爾斯", "Z-7", "sounds"}, {"阿雅什", "Z-9", "sounds"},
        {"普拉文", "Z-13", "sounds"}};
    expect_first_alerting("initials.csv", INITIALS_LIST, sizeof INITIALS_LIST - 1, CASES,
                          sizeof CASES / sizeof CASES[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(misspelling_whose_key_differs),
        cmocka_unit_test(hangul_final_s_finds_latin_names),
        cmocka_unit_test(hangul_class_added_finds_latin_names),
        cmocka_unit_test(tokens_written_joined),
        cmocka_unit_test(space_typed_as_a_letter),
        cmocka_unit_test(legal_forms_in_another_language),
        cmocka_unit_test(a_dotted_legal_form_is_one_word),
        cmocka_unit_test(company_filed_as_a_person),
        cmocka_unit_test(generic_words_in_translation),
        cmocka_unit_test(serbian_cyrillic),
        cmocka_unit_test(abjad_query_finds_latin_names),
        cmocka_unit_test(abjad_words_find_marked_spellings),
        cmocka_unit_test(hebrew_words_find_a_silent_final_s),
        cmocka_unit_test(short_abjad_words_count_where_the_other_words_reach),
        cmocka_unit_test(short_abjad_words_on_the_official_lists),
        cmocka_unit_test(one_short_abjad_word_finds_latin_names),
        cmocka_unit_test(abjad_words_find_silent_letters),
        cmocka_unit_test(short_hebrew_words_find_latin_names),
        cmocka_unit_test(short_hebrew_words_credited_as_the_scorer_credits),
        cmocka_unit_test(hebrew_word_of_one_class_finds_whole_spellings),
        cmocka_unit_test(abjad_ties_at_the_limit_go_by_fit),
        cmocka_unit_test(abjad_ties_ranked_alike_at_any_limit),
        cmocka_unit_test(short_hebrew_query_with_a_word_of_one_class),
        cmocka_unit_test(short_hebrew_words_meet_every_spelling_of_a_key),
        cmocka_unit_test(one_abjad_word_that_spells_a_name_out),
        cmocka_unit_test(japanese_names_find_their_other_romanisations),
        cmocka_unit_test(japanese_surnames_alone_meet_no_soundalike),
        cmocka_unit_test(short_hebrew_words_beside_an_honorific),
        cmocka_unit_test(hebrew_title_left_untaken),
        cmocka_unit_test(query_of_titles_alone_is_gathered),
        cmocka_unit_test(transcribed_query_finds_latin_names),
        cmocka_unit_test(transcription_one_class_off_finds_latin_names),
        cmocka_unit_test(short_transcriptions_find_latin_names),
        cmocka_unit_test(transcription_ranks_by_its_vowels),
        cmocka_unit_test(han_word_beyond_the_table_finds_latin_names),
        cmocka_unit_test(han_word_of_three_beyond_the_table_finds_latin_names),
        cmocka_unit_test(han_transcription_two_classes_unheard),
        cmocka_unit_test(han_transcription_one_class_or_silent_x_unheard),
        cmocka_unit_test(han_readings_and_edits_find_latin_names),
        cmocka_unit_test(han_words_one_class_from_short_names),
        cmocka_unit_test(kana_words_of_two_syllables_one_class_from_names),
        cmocka_unit_test(kana_words_without_the_french_final_x),
        cmocka_unit_test(kana_words_find_the_marked_letters),
        cmocka_unit_test(kana_words_find_the_readings_heard),
        cmocka_unit_test(kana_words_find_the_readings_of_words_with_a_repeated_class),
        cmocka_unit_test(kana_tested_marks_cleared),
        cmocka_unit_test(han_words_three_classes_one_changed),
        cmocka_unit_test(han_title_written_onto_the_name),
        cmocka_unit_test(han_initials_rank_the_names_they_write_first),
        cmocka_unit_test(cyrillic_transcription_finds_latin_names),
        cmocka_unit_test(marked_names_are_found_by_their_readings),
        cmocka_unit_test(common_spelling_finds_other_vowels),
        cmocka_unit_test(a_vowel_before_r_finds_the_name_without_it),
        cmocka_unit_test(compound_written_as_one_finds_it_written_as_two),
        cmocka_unit_test(korean_and_japanese_queries_find_latin_names),
        cmocka_unit_test(the_limit_only_cuts),
        cmocka_unit_test(results_ordered_and_cut_alike),
        cmocka_unit_test(search_scores_as_compare_does),
        cmocka_unit_test(compare_explains_as_search_does),
        cmocka_unit_test(famous_one_word_names_come_first),
        cmocka_unit_test(rare_word_names_scored_when_unknown_word),
        cmocka_unit_test(long_vowel_spellings_find_each_other),
        cmocka_unit_test(rare_word_names_scored_when_every_word_known),
        cmocka_unit_test(listed_name_within_the_query_by_rare_words),
        cmocka_unit_test(alerts_kept_at_a_higher_minimum_score),
        cmocka_unit_test(ukrainian_h_finds_the_russian_g),
        cmocka_unit_test(russian_g_finds_the_ukrainian_h),
        cmocka_unit_test(vowel_spellings_found_when_nothing_alerts),
        cmocka_unit_test(english_readings_find_the_spelling),
        cmocka_unit_test(french_w_finds_the_w),
        cmocka_unit_test(w_finds_the_french_ou),
        cmocka_unit_test(joined_article_finds_the_name_written_apart),
        cmocka_unit_test(one_word_alias_of_a_person_met_by_sound_is_held),
        cmocka_unit_test(one_word_alias_met_by_spelling_and_other_one_word_names_alert),
        cmocka_unit_test(nickname_beside_other_words_and_typeless_parties_searched_as_persons),
        cmocka_unit_test(misspellings_found_by_similar_keys_alert),
        cmocka_unit_test(qualifiers_do_not_lift_a_held_nickname),
        cmocka_unit_test(similar_keys_lose_no_alert),
        cmocka_unit_test(letters_met_by_no_foreign_sound),
        cmocka_unit_test(swedish_zj_is_a_name),
        cmocka_unit_test(kana_fu_and_ji_heard_as_the_scorer_hears_them),
        cmocka_unit_test(french_readings_find_the_spelling),
    };
    return cmocka_run_group_tests_name("search", tests, open_list, close_list);
}
