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
};

static const char *const HONORIFICS[] = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "gen", "general", "col", "colonel",
    "maj", "major", "capt", "captain", "lt", "sheikh", "shaikh", "sheik", "haji", "hajji", "mullah",
    "imam", "ayatollah", "hojatoleslam", "president", "prasident", "minister", "herr", "frau",
    "monsieur", "madame", "m", "mme", "г", "господин", "госпожа",
};

static bool in_list(const char *const *list, size_t n, const char *token, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == len && memcmp(list[i], token, len) == 0)
            return true;
    return false;
}

bool cdn_is_legal_form(const char *token, size_t len)
{
    return in_list(LEGAL_FORMS, sizeof LEGAL_FORMS / sizeof LEGAL_FORMS[0], token, len);
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

bool cdn_is_patronymic(const char *token, size_t len)
{
    static const char *const SUFFIXES[] = {
        "ovich", "evich", "ovych", "evych", "ovitch", "ovna", "evna", "ichna", "ivna", "ovitsch",
        "ович", "евич", "овна", "евна", "ична", "ич", "івна", "йович",
    };
    if ((len == 4 && memcmp(token, "ogly", 4) == 0) || (len == 4 && memcmp(token, "kyzy", 4) == 0) ||
        (len == 4 && memcmp(token, "ogli", 4) == 0))
        return true;
    for (size_t i = 0; i < sizeof SUFFIXES / sizeof SUFFIXES[0]; i++)
        if (ends_with(token, len, SUFFIXES[i]))
            return true;
    return false;
}
