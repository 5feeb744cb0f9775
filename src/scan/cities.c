/*
 * cities.c — the names of cities (see cities.h), normalized as the scanner's words are (lower
 * case, no accents, a hyphen a space: Saint-Petersburg is "saint petersburg"), in byte order
 * (test_scan.c checks it). Chosen from the cities that names on the official lists are made of
 * (Saint Petersburg, Moscow, Minsk, Tehran, Damascus, Pyongyang, Dubai, Hong Kong...) and the
 * capitals and large cities of the countries most of them are in, with the spellings news uses
 * (Kiev and Kyiv, Moskau, Teheran, Sankt Petersburg) and the Cyrillic nominatives.
 */
#include "scan/cities.h"

#include <stdlib.h>
#include <string.h>

static const char *const CITIES[] = {
    "abu dhabi", "addis ababa", "aleppo", "almaty", "amman", "ankara", "baghdad", "baku",
    "bandar abbas", "basra", "beijing", "beirut", "belgrade", "benghazi", "berlin", "bishkek",
    "buenos aires", "caracas", "chisinau", "damascus", "dar es salaam", "donetsk", "dubai",
    "dushanbe", "geneva", "grozny", "guangzhou", "havana", "ho chi minh city", "homs", "hong kong",
    "isfahan", "islamabad", "istanbul", "jeddah", "kabul", "kaliningrad", "karachi", "kazan",
    "kharkiv", "khartoum", "kiev", "kuala lumpur", "kyiv", "la paz", "latakia", "london", "lugansk",
    "luhansk", "managua", "mariupol", "minsk", "mogadishu", "moscou", "moscow", "moskau", "moskva",
    "mosul", "nizhniy novgorod", "nizhny novgorod", "novosibirsk", "odesa", "odessa", "panama city",
    "paris", "pyongyang", "riga", "riyadh", "rostov on don", "saint petersbourg",
    "saint petersburg", "sanaa", "sankt peterburg", "sankt petersburg", "sevastopol", "shanghai",
    "simferopol", "sochi", "st petersburg", "tabriz", "tashkent", "tbilisi", "teheran", "tehran",
    "tel aviv", "tripoli", "vienna", "vladivostok", "volgograd", "yekaterinburg", "yerevan",
    "zurich", "донецк", "киев", "луганск", "минск", "москва", "санкт петербург",
    "севастополь", "симферополь",
};

static int compare(const void *key, const void *entry) { return strcmp(key, *(const char *const *)entry); }

bool cdn_is_city(const char *words, size_t len)
{
    char key[64];
    if (len == 0 || len >= sizeof key)
        return false; /* longer than any name in the table */
    memcpy(key, words, len);
    key[len] = '\0';
    return bsearch(key, CITIES, sizeof CITIES / sizeof CITIES[0], sizeof CITIES[0], compare) != NULL;
}

const char *cdn_city_at(size_t i) { return i < sizeof CITIES / sizeof CITIES[0] ? CITIES[i] : NULL; }
