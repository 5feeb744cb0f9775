/*
 * sound_bound.c — a lower bound on a sound-string alignment's cost (see sound_bound.h).
 */
#include "text/sound_bound.h"

#include <string.h>

void cdn_sound_profile_of(const char *s, size_t max, cdn_sound_profile *out)
{
    memset(out, 0, sizeof *out);
    if (max > 255)
        max = 255;
    size_t n = 0;
    for (; n < max && s[n]; n++) {
        char c = s[n];
        if (c >= 'A' && c <= 'Z')
            continue; /* a vowel */
        unsigned slot = (unsigned char)c & 31;
        out->count[slot]++;
        out->present |= 1u << slot;
        out->consonants++;
    }
    out->len = (uint8_t)n;
}

double cdn_sound_cost_bound(const cdn_sound_profile *heard, const cdn_sound_profile *spelled, double min_drop)
{
    unsigned common = 0;
    for (uint32_t both = heard->present & spelled->present; both; both &= both - 1) {
        unsigned slot = (unsigned)__builtin_ctz(both);
        common += heard->count[slot] < spelled->count[slot] ? heard->count[slot] : spelled->count[slot];
    }
    double added = (double)(heard->consonants - common), dropped = min_drop * (double)(spelled->consonants - common);
    return added > dropped ? added : dropped;
}
