/*
 * audit_int.h — the inside of a cordon_audit handle, shared by the store's modules: audit.c
 * (opening, schema migrations, transactions), record.c (screenings and their results),
 * alerts.c (the review queue and decisions) and export.c (export and proof).
 */
#ifndef CDN_AUDIT_INT_H
#define CDN_AUDIT_INT_H

#include <pthread.h>
#include <stdbool.h>

#include <sqlite3.h>

#include "cordon.h"
#include "core/error.h"

/* Statements kept prepared between calls (cdn_audit_cached): the hot path of recording a
 * screening runs a dozen, and parsing SQL each time cost more than running it. */
enum { CDN_AUDIT_CACHED = 32 };

struct cordon_audit {
    sqlite3 *db;
    struct {
        const char *sql;    /* the statement's text, a string literal: its address is the key */
        sqlite3_stmt *stmt;
    } cache[CDN_AUDIT_CACHED];
    char *path;             /* for messages */
    cdn_error err;
    pthread_mutex_t lock;   /* serialises calls: one connection, one transaction at a time */
    bool caller_tx;         /* the caller opened a transaction with cordon_audit_begin */
};

/* Records the database's failure as "PATH: what: sqlite's message" and returns CORDON_EIO (or
 * CORDON_ENOMEM when SQLite ran out of memory). */
int cdn_audit_db_error(cordon_audit *a, const char *what);

/* Prepares sql; on failure records the error and returns NULL. */
sqlite3_stmt *cdn_audit_prepare(cordon_audit *a, const char *sql);

/* Like cdn_audit_prepare for sql, a string literal, but kept prepared for the next call: give
 * it back with cdn_audit_release instead of finalizing it. Falls back to a fresh statement
 * (still released the same way) when the cache is full. */
sqlite3_stmt *cdn_audit_cached(cordon_audit *a, const char *sql);
/* Resets a statement from cdn_audit_cached (finalizes it if it was not cached). */
void cdn_audit_release(cordon_audit *a, sqlite3_stmt *st);

/* Steps st, a statement that writes, to its end and gives it back (cdn_audit_release). Returns
 * CORDON_OK, or the error recorded as "PATH: what: SQLite's reason". */
int cdn_audit_run(cordon_audit *a, sqlite3_stmt *st, const char *what);

/* Binds text, or NULL when text is NULL. */
void cdn_audit_bind_text(sqlite3_stmt *st, int col, const char *text);

/* Runs a statement with no result rows; returns CORDON_OK or the recorded error. */
int cdn_audit_exec(cordon_audit *a, const char *sql);

/* Opens a transaction for one call unless the caller has one open; *own says whether the call
 * must finish it with cdn_audit_tx_end. */
int cdn_audit_tx_begin(cordon_audit *a, bool *own);
/* Commits (status CORDON_OK) or rolls back the call's own transaction; returns the status. */
int cdn_audit_tx_end(cordon_audit *a, bool own, int status);

/* Writes the current UTC time as "YYYY-MM-DDTHH:MM:SSZ". */
void cdn_audit_now(char out[21]);

/* Whether text is a UTC time in the store's form "YYYY-MM-DDTHH:MM:SSZ". */
bool cdn_audit_valid_time(const char *text);

/* Whether text is a day "YYYY-MM-DD" that exists in the calendar. */
bool cdn_audit_valid_day(const char *text);

/* Locks the handle and clears its error (every public call starts so). */
void cdn_audit_enter(cordon_audit *a);
/* Unlocks it; returns status. */
int cdn_audit_leave(cordon_audit *a, int status);

#endif
