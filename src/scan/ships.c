/*
 * ships.c — words for a ship (see ships.h), as stems a word begins with, normalized as the
 * scanner's words are (lower case, no accents: öltanker is "oltanker", й is и), in byte order
 * (test_scan.c checks it): English, German, French, Spanish, Polish, Russian, Ukrainian and
 * Arabic words for a ship, a tanker, a yacht, a ferry or a freighter, for the flag it sails
 * under (Russia-flagged, под флагом), and its IMO number. A stem is long enough to begin few
 * other words (ship: ships, shipping, shipowner; flag: flagged, Flagge).
 */
#include "scan/ships.h"

#include <string.h>

static const char *const STEMS[] = {
    "barco", "barge", "bateau", "boat", "buque", "cargo", "ferries", "ferry", "flag", "frachter",
    "freighter", "imo", "jacht", "megayacht", "navire", "oltanker", "petrolero", "petrolier",
    "sail", "schiff", "ship", "statek", "statki", "statku", "superyacht", "tanker",
    "tankowc", "tankowiec", "trawler", "tugboat", "vessel", "yacht", "yate", "корабел", "корабл",
    "паром", "судн", "судов", "сухогруз", "танкер", "флаг", "яхт", "السفينة", "الناقلة", "سفينة",
    "ناقلة",
};

bool cdn_is_ship_word(const char *word, size_t len)
{
    for (size_t i = 0; i < sizeof STEMS / sizeof STEMS[0]; i++) {
        size_t n = strlen(STEMS[i]);
        if (n <= len && memcmp(STEMS[i], word, n) == 0)
            return true;
    }
    return false;
}

const char *cdn_ship_stem_at(size_t i) { return i < sizeof STEMS / sizeof STEMS[0] ? STEMS[i] : NULL; }
