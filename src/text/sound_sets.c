/*
 * sound_sets.c — a side's sound strings and the caller's cache of them (see sound_sets.h).
 */
#include "text/sound_sets.h"

#include <stdbool.h>
#include <string.h>

/* FNV-1a of the word and the flags, never 0 (0 marks an empty slot). */
static uint32_t key_hash(const char *word, unsigned flags)
{
    uint32_t h = 2166136261u ^ flags;
    for (const unsigned char *p = (const unsigned char *)word; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h ? h : 1;
}

const cdn_sound_set *cdn_sound_cache_find(cdn_sound_cache *c, const char *word, unsigned flags)
{
    if (!c)
        return NULL;
    uint32_t h = key_hash(word, flags);
    for (size_t i = 0; i < CDN_SOUND_CACHE_SLOTS; i++)
        if (c->hash[i] == h && c->flags[i] == flags && strcmp(c->word[i], word) == 0) {
            c->hits++;
            return &c->set[i];
        }
    c->misses++;
    return NULL;
}

cdn_sound_set *cdn_sound_cache_put(cdn_sound_cache *c, const char *word, unsigned flags)
{
    size_t len = strlen(word);
    if (!c || len > CDN_SOUND_CACHE_KEY_MAX)
        return NULL;
    size_t i = c->next;
    c->next = (i + 1) % CDN_SOUND_CACHE_SLOTS;
    c->hash[i] = key_hash(word, flags);
    c->flags[i] = flags;
    memcpy(c->word[i], word, len + 1);
    c->set[i].n = 0;
    return &c->set[i];
}

void cdn_sound_set_fill(cdn_sound_set *out, char (*str)[CDN_SOUNDS_MAX + 1], size_t n, size_t max)
{
    size_t kept = 0;
    for (size_t i = 0; i < n && kept < CDN_SOUND_SET_MAX; i++) {
        bool seen = false;
        for (size_t k = 0; k < kept && !seen; k++)
            seen = strcmp(out->str[k], str[i]) == 0;
        if (seen)
            continue;
        memcpy(out->str[kept], str[i], sizeof str[i]);
        cdn_sound_profile_of(out->str[kept], max, &out->prof[kept]);
        kept++;
    }
    out->n = kept;
}
