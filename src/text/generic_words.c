/*
 * generic_words.c — the generic words of organisations' names in translation (see
 * generic_words.h).
 *
 * The words are the dictionary translations of the kinds of body and enterprise that name
 * Russian, Ukrainian and Belarusian organisations, with the English, German and French words
 * their translations use (Wiktionary's entries for each Cyrillic word: завод, фабрика,
 * комбинат, гостиница, банк, университет, министерство, компания, объединение, холдинг,
 * государственный, национальный, институт, агентство, служба, центр, академия, комитет,
 * управление, главный, республика, производственный, управляющий, группа, корпорация,
 * авиакомпания, ремонтный; and their Ukrainian and Belarusian entries). A Cyrillic word is
 * its stem and one of the case endings of Russian, Ukrainian and Belarusian nouns and adjectives
 * (Wikipedia, "Russian declension", "Ukrainian grammar", "Belarusian grammar"), as normalize.h
 * writes them: й as и, ў as у, ё as е, ї as і.
 */
#include "text/generic_words.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum concept {
    NONE, HOTEL, PLANT, BANK, UNIVERSITY, MINISTRY, COMPANY, ASSOCIATION, HOLDING, STATE, NATIONAL,
    INSTITUTE, AGENCY, SERVICE, CENTRE, ACADEMY, COMMITTEE, ADMINISTRATION, MAIN, REPUBLIC,
    PRODUCTION, MANAGING, GROUP, CORPORATION, AIRLINE, REPAIR,
};

typedef struct entry {
    const char *text;
    uint8_t concept;
} entry;

/* English, German and French, in byte order (a binary search). */
static const entry LATIN[] = {
    {"abteilung", ADMINISTRATION}, {"academie", ACADEMY}, {"academy", ACADEMY},
    {"administration", ADMINISTRATION}, {"agence", AGENCY}, {"agency", AGENCY},
    {"agentur", AGENCY}, {"airline", AIRLINE}, {"airlines", AIRLINE},
    {"akademie", ACADEMY}, {"association", ASSOCIATION}, {"bank", BANK},
    {"banque", BANK}, {"center", CENTRE}, {"centre", CENTRE},
    {"chief", MAIN}, {"combine", PLANT}, {"comite", COMMITTEE},
    {"committee", COMMITTEE}, {"compagnie", COMPANY}, {"company", COMPANY},
    {"corporation", CORPORATION}, {"departement", ADMINISTRATION}, {"department", ADMINISTRATION},
    {"dienst", SERVICE}, {"direction", ADMINISTRATION}, {"directorate", ADMINISTRATION},
    {"fabrik", PLANT}, {"fabrique", PLANT}, {"factory", PLANT},
    {"gesellschaft", COMPANY}, {"group", GROUP}, {"groupe", GROUP},
    {"gruppe", GROUP}, {"holding", HOLDING}, {"hotel", HOTEL},
    {"institut", INSTITUTE}, {"institute", INSTITUTE}, {"kombinat", PLANT},
    {"komitee", COMMITTEE}, {"main", MAIN}, {"management", MANAGING},
    {"managing", MANAGING}, {"ministere", MINISTRY}, {"ministerium", MINISTRY},
    {"ministry", MINISTRY}, {"national", NATIONAL}, {"nationale", NATIONAL},
    {"nationalen", NATIONAL}, {"nationaler", NATIONAL}, {"nationales", NATIONAL},
    {"plant", PLANT}, {"production", PRODUCTION}, {"produktion", PRODUCTION},
    {"repair", REPAIR}, {"republic", REPUBLIC}, {"republik", REPUBLIC},
    {"republique", REPUBLIC}, {"service", SERVICE}, {"societe", COMPANY},
    {"staatliche", STATE}, {"staatlichen", STATE}, {"staatlicher", STATE},
    {"staatliches", STATE}, {"state", STATE}, {"universitat", UNIVERSITY},
    {"universite", UNIVERSITY}, {"university", UNIVERSITY}, {"usine", PLANT},
    {"verwaltung", ADMINISTRATION}, {"werk", PLANT}, {"werke", PLANT},
    {"works", PLANT}, {"zentrum", CENTRE},
};

/* Russian, Ukrainian and Belarusian stems (normalized), each followed by one of ENDINGS. */
static const entry CYRILLIC[] = {
    {"гостиниц", HOTEL},          {"готел", HOTEL},              {"гасцініц", HOTEL},
    {"завод", PLANT},             {"фабрик", PLANT},             {"комбинат", PLANT},
    {"банк", BANK},               {"университет", UNIVERSITY},   {"університет", UNIVERSITY},
    {"універсітэт", UNIVERSITY},  {"министерств", MINISTRY},     {"міністерств", MINISTRY},
    {"міністэрств", MINISTRY},    {"компани", COMPANY},          {"компані", COMPANY},
    {"кампані", COMPANY},         {"объединени", ASSOCIATION},   {"обєднанн", ASSOCIATION},
    {"абяднанн", ASSOCIATION},    {"ассоциаци", ASSOCIATION},    {"асоціаці", ASSOCIATION},
    {"асацыяцы", ASSOCIATION},    {"холдинг", HOLDING},          {"холдынг", HOLDING},
    {"государственн", STATE},     {"державн", STATE},            {"дзяржаун", STATE},
    {"национальн", NATIONAL},     {"національн", NATIONAL},      {"нацыянальн", NATIONAL},
    {"институт", INSTITUTE},      {"інститут", INSTITUTE},       {"інстытут", INSTITUTE},
    {"агентств", AGENCY},         {"агенці", AGENCY},            {"агенцтв", AGENCY},
    {"служб", SERVICE},           {"центр", CENTRE},             {"академи", ACADEMY},
    {"академі", ACADEMY},         {"акадэмі", ACADEMY},          {"комитет", COMMITTEE},
    {"комітет", COMMITTEE},       {"камітэт", COMMITTEE},        {"управлени", ADMINISTRATION},
    {"управлінн", ADMINISTRATION}, {"упраулен", ADMINISTRATION}, {"администраци", ADMINISTRATION},
    {"адміністраці", ADMINISTRATION}, {"адміністрацы", ADMINISTRATION}, {"департамент", ADMINISTRATION},
    {"главн", MAIN},              {"головн", MAIN},              {"галоун", MAIN},
    {"республик", REPUBLIC},      {"республік", REPUBLIC},       {"рэспублік", REPUBLIC},
    {"производственн", PRODUCTION}, {"виробнич", PRODUCTION},    {"вытворч", PRODUCTION},
    {"управляющ", MANAGING},      {"керуюч", MANAGING},          {"кіруюч", MANAGING},
    {"групп", GROUP},             {"груп", GROUP},               {"корпораци", CORPORATION},
    {"корпораці", CORPORATION},   {"карпарацы", CORPORATION},    {"авиакомпани", AIRLINE},
    {"авіакомпані", AIRLINE},     {"авіякампані", AIRLINE},      {"ремонтн", REPAIR},
};

/* The case endings of nouns and adjectives in the three languages, normalized. */
static const char *const ENDINGS[] = {
    "",    "а",   "я",   "у",   "ю",   "о",   "е",   "и",   "і",   "ы",   "ь",   "ом",  "ем",
    "ам",  "ям",  "ах",  "ях",  "ов",  "ев",  "еи",  "ои",  "ою",  "ею",  "ами", "ями", "амі",
    "ямі", "ии",  "іі",  "ія",  "ії",  "ію",  "ією", "ия",  "ию",  "ие",  "ыи",  "ая",  "ое",
    "ого", "ому", "ых",  "ым",  "ыми", "ые",  "их",  "им",  "ими", "ую",  "яя",  "ее",  "его",
    "ему", "ае",  "ага", "аму", "ім",  "іх",  "імі", "іи",  "ої",  "ыя",
};

static int by_text(const void *key, const void *item)
{
    return strcmp(key, ((const entry *)item)->text);
}

/* Letters a Latin word of the table may start with, one bit each. */
static const uint32_t LATIN_FIRST = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('c' - 'a') | 1u << ('d' - 'a') |
                                    1u << ('f' - 'a') | 1u << ('g' - 'a') | 1u << ('h' - 'a') | 1u << ('i' - 'a') |
                                    1u << ('k' - 'a') | 1u << ('m' - 'a') | 1u << ('n' - 'a') | 1u << ('p' - 'a') |
                                    1u << ('r' - 'a') | 1u << ('s' - 'a') | 1u << ('u' - 'a') | 1u << ('v' - 'a') |
                                    1u << ('w' - 'a') | 1u << ('z' - 'a');

bool cdn_may_be_generic_latin(const char *word, size_t len)
{
    return len >= 4 && len <= 14 && word[0] >= 'a' && word[0] <= 'z' && (LATIN_FIRST >> (word[0] - 'a') & 1u);
}

static bool is_ending(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof ENDINGS / sizeof *ENDINGS; i++)
        if (strlen(ENDINGS[i]) == len && memcmp(ENDINGS[i], s, len) == 0)
            return true;
    return false;
}

int cdn_generic_word(const char *word, size_t len)
{
    if (len == 0)
        return NONE;
    unsigned char c = (unsigned char)word[0];
    if (c < 0x80) {
        if (!cdn_may_be_generic_latin(word, len))
            return NONE;
        char buf[16];
        memcpy(buf, word, len);
        buf[len] = '\0';
        const entry *w = bsearch(buf, LATIN, sizeof LATIN / sizeof *LATIN, sizeof *LATIN, by_text);
        return w ? w->concept : NONE;
    }
    if (c != 0xd0 && c != 0xd1 && c != 0xd2)
        return NONE; /* not Cyrillic */
    /* The longest stem that the word starts with and ends in a case ending after. */
    int found = NONE;
    size_t found_len = 0;
    for (size_t i = 0; i < sizeof CYRILLIC / sizeof *CYRILLIC; i++) {
        size_t n = strlen(CYRILLIC[i].text);
        if (n <= len && n > found_len && memcmp(word, CYRILLIC[i].text, n) == 0 && is_ending(word + n, len - n)) {
            found = CYRILLIC[i].concept;
            found_len = n;
        }
    }
    return found;
}

bool cdn_generic_translation(const char *cyrillic, const char *latin, size_t latin_len)
{
    if (!cdn_may_be_generic_latin(latin, latin_len))
        return false;
    int concept = cdn_generic_word(latin, latin_len);
    return concept != NONE && concept == cdn_generic_word(cyrillic, strlen(cyrillic));
}

bool cdn_generic_words_consistent(void)
{
    for (size_t i = 0; i < sizeof LATIN / sizeof *LATIN; i++) {
        if (i > 0 && strcmp(LATIN[i - 1].text, LATIN[i].text) >= 0)
            return false;
        if (!cdn_may_be_generic_latin(LATIN[i].text, strlen(LATIN[i].text)))
            return false;
    }
    for (size_t i = 0; i < sizeof CYRILLIC / sizeof *CYRILLIC; i++)
        if (cdn_generic_word(CYRILLIC[i].text, strlen(CYRILLIC[i].text)) != CYRILLIC[i].concept)
            return false;
    return true;
}
