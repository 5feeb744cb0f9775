/*
 * bench_util.h — what the benchmark programs share: reading a clock in seconds, and the seeded
 * generator that draws their samples (the same seed gives the same queries in every run).
 */
#ifndef CDN_BENCH_UTIL_H
#define CDN_BENCH_UTIL_H

#include <stdint.h>
#include <time.h>

/* The clock (CLOCK_MONOTONIC for wall time, or a CPU-time clock) in seconds. */
static inline double clock_seconds(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A 64-bit linear congruential generator (Knuth's MMIX constants); the seed may be set. */
static uint64_t rng_state = 20261127;
static inline uint32_t rnd(void)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(rng_state >> 33);
}

#endif
