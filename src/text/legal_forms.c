/*
 * legal_forms.c — word lists of legal forms, honorifics and patronymic endings.
 *
 * Legal forms from the ISO 20275 Entity Legal Forms code list (abbreviations in common use for
 * the jurisdictions on the sanctions lists: RU, BY, UA, DE, GB, US, CN, IR, KP, FR), in their
 * normalized spelling (lower case, no dots), including the Cyrillic ones.
 */
#include "text/legal_forms.h"

#include <string.h>

static const char *const LEGAL_FORMS[] = {
    "llc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company", "plc",
    "llp", "lp", "gmbh", "ag", "kg", "ohg", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
    "jsc", "ojsc", "cjsc", "pjsc", "ojsc", "oao", "ooo", "zao", "pao", "ao", "tov", "pat", "prat",
    "fzco", "fze", "fzc", "llc", "pte", "pty", "sdn", "bhd", "jv", "group", "holding", "holdings",
    "ооо", "оао", "зао", "пао", "ао", "тов", "пат", "ат", "чао", "ип", "уп", "оду", "одо", "фгуп",
    "аат", "зат", "таа", "зтаа", "иооо", "пуп", "руп", "куп",
    /* The words of the same forms spelled out, which the EU list gives in every official
     * language ("Открытое акционерное общество" for OAO, "Open Joint Stock Company" for OJSC),
     * and of the state and unitary enterprises of the former Soviet states; normalized: no
     * accents, й as и, ў as у, ё as е, ї as і. */
    "open", "closed", "joint", "stock", "public", "private", "liability", "enterprise", "unitary",
    "state", "owned", "republican", "subsidiary", "production", "association",
    "открытое", "закрытое", "публичное", "непубличное", "акционерное", "общество", "ограниченнои",
    "ответственностью", "государственное", "унитарное", "предприятие", "республиканское", "дочернее",
    "производственное", "обединение", "объединение", "филиал",
    "адкрытае", "закрытае", "акцыянернае", "таварыства", "абмежаванаи", "адказнасцю", "дзяржаунае",
    "унітарнае", "унiтарнае", "прадпрыемства", "рэспубліканскае", "рэспублiканскае", "вытворчае",
    "абяднанне", "філіял",
    "відкрите", "закрите", "публічне", "приватне", "акціонерне", "товариство", "обмеженою",
    "відповідальністю", "державне", "підприємство",
    "отворено", "акционерно", "дружество", "ограничена", "отговорност", "държавно",
    "offene", "aktiengesellschaft", "gesellschaft", "beschrankter", "haftung", "einheitsunternehmen",
    "societe", "anonyme", "responsabilite", "limitee", "ouverte", "actions", "entreprise", "unitaire",
};

static const char *const HONORIFICS[] = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "gen", "general", "col", "colonel",
    "maj", "major", "capt", "captain", "lt", "sheikh", "shaikh", "sheik", "haji", "hajji", "mullah",
    "imam", "ayatollah", "hojatoleslam", "president", "prasident", "minister", "herr", "frau",
    "monsieur", "madame", "m", "mme", "г", "господин", "госпожа",
};

static bool in_list(const char *const *list, size_t n, const char *token, size_t len)
{
    for (size_t i = 0; i < n; i++) /* the first byte decides most comparisons */
        if (len && list[i][0] == token[0] && strncmp(list[i], token, len) == 0 && list[i][len] == '\0')
            return true;
    return false;
}

bool cdn_is_legal_form(const char *token, size_t len)
{
    return in_list(LEGAL_FORMS, sizeof LEGAL_FORMS / sizeof LEGAL_FORMS[0], token, len);
}

bool cdn_is_company_form(const char *token, size_t len)
{
    /* Abbreviations no person's name contains (unlike "co", "sa" or "ao", which are also
     * given names and surnames). */
    static const char *const COMPANY[] = {
        "llc", "ltd", "gmbh", "plc", "jsc", "ojsc", "cjsc", "pjsc", "oao", "ooo", "zao", "pao",
        "оао", "зао", "пао", "одо", "аат", "зат", "таа", "зтаа", "иооо", "ооо",
    };
    return in_list(COMPANY, sizeof COMPANY / sizeof COMPANY[0], token, len);
}

bool cdn_is_honorific(const char *token, size_t len)
{
    return in_list(HONORIFICS, sizeof HONORIFICS / sizeof HONORIFICS[0], token, len);
}

static bool ends_with(const char *token, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    return len > n + 2 && memcmp(token + len - n, suffix, n) == 0;
}

cdn_patronymic cdn_patronymic_kind(const char *token, size_t len)
{
    /* Russian, Ukrainian and Belarusian endings, in Cyrillic and in the romanisations the lists
     * use (BGN/PCGN, French -vitch, German -witsch, Scandinavian -vitj). */
    static const char *const SURE[] = {
        "ovna", "evna", "ichna", "ivna", "овна", "евна", "ична", "івна", "аўна",
    };
    static const char *const MAYBE[] = {
        "vich", "vych", "vitch", "vitsch", "witsch", "vitj", "вич", "віч", "іч",
    };
    static const char *const TURKIC[] = {"ogly", "ogli", "oglu", "kyzy", "kizi", "оглы", "кызы"};
    /* Every ending above ends in one of these bytes (a, h, j, i, u, y; the last bytes of а, ч,
     * ы in UTF-8): most words are told apart by their last byte alone. */
    unsigned char last = len ? (unsigned char)token[len - 1] : 0;
    if (!(last == 'a' || last == 'h' || last == 'j' || last == 'i' || last == 'u' || last == 'y' || last == 0xB0 ||
          last == 0x87 || last == 0x8B))
        return CDN_PATRONYMIC_NONE;
    for (size_t i = 0; i < sizeof TURKIC / sizeof TURKIC[0]; i++)
        if (strlen(TURKIC[i]) == len && memcmp(TURKIC[i], token, len) == 0)
            return CDN_PATRONYMIC_SURE;
    for (size_t i = 0; i < sizeof SURE / sizeof SURE[0]; i++)
        if (ends_with(token, len, SURE[i]))
            return CDN_PATRONYMIC_SURE;
    for (size_t i = 0; i < sizeof MAYBE / sizeof MAYBE[0]; i++)
        if (ends_with(token, len, MAYBE[i]))
            return CDN_PATRONYMIC_MAYBE;
    return CDN_PATRONYMIC_NONE;
}
