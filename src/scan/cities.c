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
    "idleb", "idlib", "isfahan", "islamabad", "istanbul", "jeddah", "kabul", "kaliningrad", "karachi",
    "kazan",
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

bool cdn_is_us_state(const char *words, size_t len)
{
    /* The fifty states (U.S. Census Bureau, "State Area Measurements and Internal Point
     * Coordinates"), normalized. */
    static const char *const STATES[] = {
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
        "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
        "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
        "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
        "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
        "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    };
    for (size_t i = 0; i < sizeof STATES / sizeof STATES[0]; i++)
        if (strlen(STATES[i]) == len && memcmp(STATES[i], words, len) == 0)
            return true;
    return false;
}

const char *cdn_city_at(size_t i) { return i < sizeof CITIES / sizeof CITIES[0] ? CITIES[i] : NULL; }
