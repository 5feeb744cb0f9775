/*
 * bodies.c — the words of the names of public bodies (see bodies.h).
 *
 * Chosen from the names of the official lists made of such words alone (MINISTRY OF DEFENCE,
 * MINISTRY OF INTERIOR, MINISTRY OF STATE SECURITY, FEDERAL SECURITY SERVICE, GENERAL
 * INTELLIGENCE DIRECTORATE, NATIONAL DEFENSE COMMISSION, STATE PLANNING COMMISSION, CENTRAL
 * REPUBLIC BANK...) and the words for ministry in the languages the scanner reads; normalized
 * (lower case, no accents). In byte order, for bsearch: test_scan.c checks the order.
 */
#include "scan/bodies.h"

#include <stdlib.h>
#include <string.h>

static const char *const BODY_WORDS[] = {
    "administration", "affairs", "agency", "agriculture", "air", "armed", "army", "authority",
    "bank", "border", "bundesamt", "bureau", "central", "command", "commission", "committee",
    "communications", "council", "court", "culture", "customs", "defence", "defense", "department",
    "development", "directorate", "economic", "economy", "education", "energy", "federal",
    "finance", "finances", "force", "forces", "foreign", "general", "government", "guard",
    "guards", "headquarters", "health", "home", "industry", "information", "innenministerium",
    "intelligence", "interieur", "interior", "internal", "justice", "labor", "labour", "military",
    "ministere", "ministerio", "ministerium", "ministero", "ministerstvo", "ministry", "national",
    "naval", "navy", "office", "people", "peoples", "planning", "police", "popular", "presidency",
    "presidential", "prime", "prosecution", "prosecutor", "public", "republic", "republican",
    "revolutionary", "security", "service", "services", "social", "staff", "state", "supreme",
    "tax", "trade", "transport", "verteidigungsministerium", "welfare", "youth", "министерство",
    "міністерство",
};

bool cdn_is_body_particle(const char *word, size_t len)
{
    /* Between the words of such names in the languages of the lists (MINISTERIO DEL INTERIOR,
     * MINISTERE DE L'INTERIEUR). */
    static const char *const PARTICLES[] = {"and", "da", "de", "del", "der", "des", "di", "du", "e", "et",
                                            "for", "i", "l", "la", "le", "of", "the", "und", "y"};
    for (size_t i = 0; i < sizeof PARTICLES / sizeof PARTICLES[0]; i++)
        if (strlen(PARTICLES[i]) == len && memcmp(PARTICLES[i], word, len) == 0)
            return true;
    return false;
}

const char *cdn_body_word_at(size_t i)
{
    return i < sizeof BODY_WORDS / sizeof BODY_WORDS[0] ? BODY_WORDS[i] : NULL;
}

typedef struct word_key {
    const char *word;
    size_t len;
} word_key;

static int compare(const void *key, const void *item)
{
    const word_key *k = key;
    const char *w = *(const char *const *)item;
    size_t wl = strlen(w);
    int c = memcmp(k->word, w, k->len < wl ? k->len : wl);
    return c ? c : (k->len > wl) - (k->len < wl);
}

bool cdn_is_body_word(const char *word, size_t len)
{
    word_key key = {word, len};
    return bsearch(&key, BODY_WORDS, sizeof BODY_WORDS / sizeof BODY_WORDS[0], sizeof BODY_WORDS[0], compare) != NULL;
}
