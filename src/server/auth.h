/*
 * auth.h — API keys for the server: read from a file of "name:key" lines, checked against the
 * "Authorization: Bearer KEY" header in constant time.
 */
#ifndef CDN_AUTH_H
#define CDN_AUTH_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct api_key {
    char *name;
    char *key;
    size_t key_len;
    /* The key's request budget (see api_key_take): a token bucket. */
    pthread_mutex_t lock;
    double tokens;
    double refilled_at;  /* seconds, monotonic */
} api_key;

typedef struct api_keys {
    api_key *items;
    size_t count;
} api_keys;

/*
 * Reads path: one "name:key" per line; blank lines and lines starting with '#' are skipped.
 * A line without ':', an empty name or a key shorter than 16 bytes is an error, written to err
 * as "FILE:LINE: what is wrong". Returns false on error (keys is then empty).
 */
bool api_keys_load(api_keys *keys, const char *path, char *err, size_t size);

/*
 * The key that header ("Bearer KEY", may be NULL) carries, or NULL when it carries none of
 * them. Every configured key is compared, each in time that depends on its length only, so
 * the time taken does not tell how much of a guess was right.
 */
api_key *api_keys_check(const api_keys *keys, const char *header);

/*
 * Takes one request from the key's budget of rate requests per second (bursts of up to rate,
 * at least 1); now is the monotonic time in seconds. False when the budget is spent: the
 * request should be refused with 429. Safe from many threads.
 */
bool api_key_take(api_key *key, double rate, double now);

void api_keys_free(api_keys *keys);

#endif
