/*
 * legal_forms.c — word lists of legal forms, honorifics and patronymic endings.
 *
 * Legal forms from the ISO 20275 Entity Legal Forms code list (abbreviations in common use for
 * the jurisdictions on the sanctions lists: RU, BY, UA, DE, GB, US, CN, IR, KP, FR), in their
 * normalized spelling (lower case, no dots), including the Cyrillic ones.
 */
#include "text/legal_forms.h"

#include <string.h>

#include "core/sorted_words.h"

/* Each list is in byte order (strcmp), for a binary search; test_text checks the order. */
static const char *const LEGAL_FORM_ABBREVIATIONS[] = {
    "aat", "ag", "ao", "bhd", "bv", "cjsc", "co", "company", "corp", "corporation", "fzc", "fzco", "fze",
    "gmbh", "group", "holding", "holdings", "inc", "incorporated", "jsc", "jv", "kg", "limited",
    "llc", "llp", "lp", "ltd", "nv", "oao", "ohg", "ojsc", "ooo", "pao", "pat", "pjsc", "plc",
    "prat", "pte", "pty", "sa", "sarl", "sas", "sdn", "se", "spa", "srl", "tov", "zao", "аат",
    "ао", "ат", "зао", "зат", "зтаа", "иооо", "ип", "куп", "оао", "одо", "оду", "ооо", "пао",
    "пат", "пуп", "руп", "таа", "тов", "уп", "фгуп", "чао",
};

static const char *const LEGAL_FORMS_SPELLED_OUT[] = {
    /* The words of the same forms spelled out, which the EU list gives in every official
     * language ("Открытое акционерное общество" for OAO, "Open Joint Stock Company" for OJSC),
     * and of the state and unitary enterprises of the former Soviet states; normalized: no
     * accents, й as и, ў as у, ё as е, ї as і. */
    "actions", "aktiengesellschaft", "anonyme", "association", "beschrankter", "closed",
    "einheitsunternehmen", "enterprise", "entreprise", "gesellschaft", "haftung", "joint",
    "liability", "limitee", "offene", "open", "ouverte", "owned", "private", "production",
    "public", "republican", "responsabilite", "societe", "state", "stock", "subsidiary",
    "unitaire", "unitary", "абмежаванаи", "абяднанне", "адказнасцю", "адкрытае", "акционерно",
    "акционерное", "акцыянернае", "акціонерне", "вытворчае", "відкрите", "відповідальністю",
    "государственное", "державне", "дзяржаунае", "дочернее", "дружество", "държавно", "закрите",
    "закрытае", "закрытое", "непубличное", "обединение", "обмеженою", "общество", "объединение",
    "ограничена", "ограниченнои", "ответственностью", "отворено", "отговорност", "открытое",
    "прадпрыемства", "предприятие", "приватне", "производственное", "публичное", "публічне",
    "підприємство", "республиканское", "рэспублiканскае", "рэспубліканскае", "таварыства",
    "товариство", "унiтарнае", "унитарное", "унітарнае", "филиал", "філіял",
};

static const char *const HONORIFICS[] = {
    "ayatollah", "capt", "captain", "col", "colonel", "dr", "frau", "gen", "general", "haji",
    "hajj", "hajji", "herr", "hojatoleslam", "imam", "lord", "lt", "m", "madame", "maj", "major",
    "maulana", "maulvi", "mawlana", "mawlawi", "minister", "miss", "mme", "monsieur", "mr", "mrs",
    "ms", "mufti", "mullah", "prasident", "president", "prof", "shaikh", "shaykh", "sheik",
    "sheikh", "sir", "г", "господин", "госпожа",
    /* Korean writes an English name's Jr. as 주니어 (Junior) after it, which the name's other
     * forms leave out as often as they write it (크리스 워런 주니어 / Chris Warren) */
    "주니어",
};

/* Whether the sorted list holds token (len bytes): a binary search, as every token of every
 * name and query is looked up. */
static bool in_sorted(const char *const *list, size_t n, const char *token, size_t len)
{
    return cdn_sorted_words_find(list, n, sizeof *list, token, len) >= 0;
}

/* Whether the list (unsorted: a handful of words) holds token (len bytes). */
static bool in_list(const char *const *list, size_t n, const char *token, size_t len)
{
    for (size_t i = 0; i < n; i++) /* the first byte decides most comparisons */
        if (len && list[i][0] == token[0] && strncmp(list[i], token, len) == 0 && list[i][len] == '\0')
            return true;
    return false;
}

bool cdn_is_legal_form(const char *token, size_t len)
{
    return cdn_is_legal_form_abbreviation(token, len) ||
           in_sorted(LEGAL_FORMS_SPELLED_OUT, sizeof LEGAL_FORMS_SPELLED_OUT / sizeof LEGAL_FORMS_SPELLED_OUT[0], token,
                     len);
}

bool cdn_is_legal_form_abbreviation(const char *token, size_t len)
{
    return in_sorted(LEGAL_FORM_ABBREVIATIONS, sizeof LEGAL_FORM_ABBREVIATIONS / sizeof LEGAL_FORM_ABBREVIATIONS[0], token,
                     len);
}

bool cdn_is_company_form(const char *token, size_t len)
{
    /* Abbreviations no person's name contains (unlike "co", "sa" or "ao", which are also
     * given names and surnames). */
    static const char *const COMPANY[] = {
        "llc", "ltd", "gmbh", "plc", "jsc", "ojsc", "cjsc", "pjsc", "oao", "ooo", "zao", "pao",
        "оао", "зао", "пао", "одо", "аат", "зат", "таа", "зтаа", "иооо", "ооо",
    };
    /* And the words of the forms spelled out that no person's name contains either (not
     * "open", "state" or "stock"): the EU's data files "Open Joint Stock Company “Naftan”" and
     * its Russian "Открытое акционерное общество" as a person too. */
    static const char *const SPELLED_OUT[] = {
        "company", "corporation", "incorporated", "aktiengesellschaft", "gesellschaft", "einheitsunternehmen",
        "enterprise", "entreprise", "unitary", "unitaire", "societe", "акционерно", "акционерное",
        "акцыянернае", "акціонерне", "общество", "таварыства", "товариство", "дружество", "предприятие",
        "прадпрыемства", "підприємство", "унитарное", "унітарнае", "унiтарнае", "ответственностью",
    };
    return in_list(COMPANY, sizeof COMPANY / sizeof COMPANY[0], token, len) ||
           in_list(SPELLED_OUT, sizeof SPELLED_OUT / sizeof SPELLED_OUT[0], token, len);
}

bool cdn_is_honorific(const char *token, size_t len)
{
    return in_sorted(HONORIFICS, sizeof HONORIFICS / sizeof HONORIFICS[0], token, len);
}

bool cdn_honorific_is_also_a_name(const char *token, size_t len)
{
    /* Mufti is a Kashmiri and Pakistani family name, Shaykh and Hajj end Arabic ones
     * (Al-Shaykh), Maulvi and Maulana are names too. */
    static const char *const ALSO_NAMES[] = {"hajj", "maulana", "maulvi", "mawlana", "mawlawi", "mufti", "shaykh"};
    return in_list(ALSO_NAMES, sizeof ALSO_NAMES / sizeof ALSO_NAMES[0], token, len);
}

const char *cdn_honorific_at(size_t i)
{
    return i < sizeof HONORIFICS / sizeof HONORIFICS[0] ? HONORIFICS[i] : NULL;
}

/* Whether list[0..n) is in strictly increasing byte order. */
static bool in_order(const char *const *list, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (strcmp(list[i - 1], list[i]) >= 0)
            return false;
    return true;
}

bool cdn_word_lists_in_order(void)
{
    return in_order(LEGAL_FORM_ABBREVIATIONS, sizeof LEGAL_FORM_ABBREVIATIONS / sizeof LEGAL_FORM_ABBREVIATIONS[0]) &&
           in_order(LEGAL_FORMS_SPELLED_OUT, sizeof LEGAL_FORMS_SPELLED_OUT / sizeof LEGAL_FORMS_SPELLED_OUT[0]) &&
           in_order(HONORIFICS, sizeof HONORIFICS / sizeof HONORIFICS[0]);
}

/* An ending and its length in bytes (not measured on every call: every token asks). */
typedef struct ending {
    const char *text;
    size_t len;
} ending;

#define ENDING(s) {s, sizeof s - 1}

static bool ends_with(const char *token, size_t len, const ending *suffix)
{
    size_t n = suffix->len;
    return len > n + 2 && memcmp(token + len - n, suffix->text, n) == 0;
}

cdn_patronymic cdn_patronymic_kind(const char *token, size_t len)
{
    /* Russian, Ukrainian and Belarusian endings, in Cyrillic and in the romanisations the lists
     * use (BGN/PCGN, French -vitch, German -witsch, Scandinavian -vitj, Romanian -vici as
     * Moldova writes them: Iurievici). */
    static const ending SURE[] = {
        ENDING("ovna"), ENDING("evna"), ENDING("ichna"), ENDING("ivna"), ENDING("овна"),
        ENDING("евна"), ENDING("ична"), ENDING("івна"), ENDING("аўна"),
    };
    static const ending MAYBE[] = {
        ENDING("vich"), ENDING("vych"), ENDING("vitch"), ENDING("vitsch"), ENDING("witsch"),
        ENDING("vitj"), ENDING("vici"), ENDING("вич"), ENDING("віч"), ENDING("іч"),
    };
    static const ending TURKIC[] = {
        ENDING("ogly"), ENDING("ogli"), ENDING("oglu"), ENDING("kyzy"), ENDING("kizi"), ENDING("оглы"),
        ENDING("кызы"),
    };
    /* Every ending above ends in one of these bytes (a, h, j, i, u, y; the last bytes of а, ч,
     * ы in UTF-8): most words are told apart by their last byte alone. */
    unsigned char last = len ? (unsigned char)token[len - 1] : 0;
    if (!(last == 'a' || last == 'h' || last == 'j' || last == 'i' || last == 'u' || last == 'y' || last == 0xB0 ||
          last == 0x87 || last == 0x8B))
        return CDN_PATRONYMIC_NONE;
    for (size_t i = 0; i < sizeof TURKIC / sizeof TURKIC[0]; i++)
        if (TURKIC[i].len == len && memcmp(TURKIC[i].text, token, len) == 0)
            return CDN_PATRONYMIC_SURE;
    for (size_t i = 0; i < sizeof SURE / sizeof SURE[0]; i++)
        if (ends_with(token, len, &SURE[i]))
            return CDN_PATRONYMIC_SURE;
    for (size_t i = 0; i < sizeof MAYBE / sizeof MAYBE[0]; i++)
        if (ends_with(token, len, &MAYBE[i]))
            return CDN_PATRONYMIC_MAYBE;
    return CDN_PATRONYMIC_NONE;
}
