/*
 * auth.c — API keys (see auth.h).
 */
#include "server/auth.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MIN_KEY_LEN = 16 };

static void trim_line(char *line)
{
    size_t n = strlen(line);
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        line[--n] = '\0';
}

bool api_keys_load(api_keys *keys, const char *path, char *err, size_t size)
{
    keys->items = NULL;
    keys->count = 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, size, "%s: cannot open: %s", path, strerror(errno));
        return false;
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    bool ok = true;
    while (ok && getline(&line, &cap, f) != -1) {
        lineno++;
        trim_line(line);
        if (line[0] == '\0' || line[0] == '#')
            continue;
        char *colon = strchr(line, ':');
        if (!colon || colon == line) {
            snprintf(err, size, "%s:%zu: expected name:key", path, lineno);
            ok = false;
            break;
        }
        *colon = '\0';
        const char *key = colon + 1;
        if (strlen(key) < MIN_KEY_LEN) {
            snprintf(err, size, "%s:%zu: the key of '%s' is shorter than %d characters", path, lineno, line,
                     MIN_KEY_LEN);
            ok = false;
            break;
        }
        api_key *grown = realloc(keys->items, (keys->count + 1) * sizeof *grown);
        char *name = strdup(line), *k = strdup(key);
        if (!grown || !name || !k) {
            free(name);
            free(k);
            if (grown)
                keys->items = grown;
            snprintf(err, size, "%s: out of memory", path);
            ok = false;
            break;
        }
        keys->items = grown;
        api_key *added = &keys->items[keys->count++];
        *added = (api_key){.name = name, .key = k, .key_len = strlen(k), .tokens = -1.0};
        pthread_mutex_init(&added->lock, NULL);
    }
    free(line);
    if (ok && ferror(f)) {
        snprintf(err, size, "%s: read error", path);
        ok = false;
    }
    fclose(f);
    if (ok && keys->count == 0) {
        snprintf(err, size, "%s: no keys in the file", path);
        ok = false;
    }
    if (!ok)
        api_keys_free(keys);
    return ok;
}

/* 1 when the given bytes equal key, in time that depends on key_len only. */
static int equal_constant_time(const char *key, size_t key_len, const char *given, size_t given_len)
{
    unsigned diff = (unsigned)(key_len != given_len);
    for (size_t i = 0; i < key_len; i++) {
        /* Past the end of the guess, compare against 0 (a key byte is never 0) */
        unsigned char g = i < given_len ? (unsigned char)given[i] : 0;
        diff |= (unsigned)((unsigned char)key[i] ^ g);
    }
    return diff == 0;
}

api_key *api_keys_check(const api_keys *keys, const char *header)
{
    if (!header || strncasecmp(header, "Bearer ", 7) != 0)
        return NULL;
    const char *given = header + 7;
    while (*given == ' ')
        given++;
    size_t given_len = strlen(given);
    api_key *found = NULL;
    for (size_t i = 0; i < keys->count; i++) /* no early exit: every key costs the same */
        if (equal_constant_time(keys->items[i].key, keys->items[i].key_len, given, given_len) && !found)
            found = &keys->items[i];
    return found;
}

bool api_key_take(api_key *key, double rate, double now)
{
    double burst = rate < 1.0 ? 1.0 : rate;
    pthread_mutex_lock(&key->lock);
    if (key->tokens < 0.0) { /* first use: a full bucket */
        key->tokens = burst;
        key->refilled_at = now;
    }
    key->tokens += (now - key->refilled_at) * rate;
    if (key->tokens > burst)
        key->tokens = burst;
    key->refilled_at = now;
    bool ok = key->tokens >= 1.0;
    if (ok)
        key->tokens -= 1.0;
    pthread_mutex_unlock(&key->lock);
    return ok;
}

void api_keys_free(api_keys *keys)
{
    for (size_t i = 0; i < keys->count; i++) {
        free(keys->items[i].name);
        free(keys->items[i].key);
        pthread_mutex_destroy(&keys->items[i].lock);
    }
    free(keys->items);
    keys->items = NULL;
    keys->count = 0;
}
