/*
 * audit.c — the audit store's database: opening it, the schema and its forward migrations,
 * transactions and error reporting (see cordon.h for what the store is for).
 *
 * One SQLite file in WAL mode, so that readers (the review page, an export) never block the
 * screening that writes, with synchronous=FULL: a screening reported as audited survives a
 * power cut, not only a crash. The schema version is PRAGMA user_version; MIGRATIONS[v] takes
 * a version-v database to v+1, each in its own transaction, so a file is never left half
 * migrated.
 */
#include "store/audit_int.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/alloc.h"

/*
 * The schema, version 1.
 *
 * list_versions   one row per list version ever screened against (id, version, checksum...);
 * list_sets       a set of list versions screened together (an index), so a screening refers
 *                 to its lists by one id instead of copying them per row;
 * batches         one screening of an input file (`cordon screen`), resumable;
 * screenings      one row per screened name: when, who, channel, customer, query, threshold;
 * results         its results, best first, with score, entity fingerprint and outcome;
 * alerts          results at or above the threshold, to review; status is the latest decision;
 * decisions       every decision on an alert, oldest first: the history is never rewritten.
 */
static const char *const MIGRATIONS[] = {
    "CREATE TABLE list_versions ("
    "  id INTEGER PRIMARY KEY,"
    "  list_id TEXT NOT NULL,"
    "  format TEXT NOT NULL,"
    "  version TEXT NOT NULL,"       /* '' when the publisher gives none */
    "  checksum TEXT NOT NULL,"
    "  source TEXT NOT NULL,"
    "  entities INTEGER NOT NULL,"
    "  first_seen TEXT NOT NULL,"
    "  UNIQUE (list_id, version, checksum));"
    "CREATE TABLE list_sets ("
    "  id INTEGER PRIMARY KEY,"
    "  members TEXT NOT NULL UNIQUE);" /* the list_versions ids, ascending, comma-separated */
    "CREATE TABLE list_set_members ("
    "  set_id INTEGER NOT NULL REFERENCES list_sets(id),"
    "  list_version_id INTEGER NOT NULL REFERENCES list_versions(id),"
    "  PRIMARY KEY (set_id, list_version_id)) WITHOUT ROWID;"
    "CREATE TABLE batches ("
    "  id INTEGER PRIMARY KEY,"
    "  started TEXT NOT NULL,"
    "  who TEXT NOT NULL,"
    "  input TEXT NOT NULL,"
    "  output TEXT NOT NULL);"
    "CREATE TABLE screenings ("
    "  id INTEGER PRIMARY KEY,"
    "  at TEXT NOT NULL,"
    "  who TEXT NOT NULL,"
    "  channel TEXT NOT NULL CHECK (channel IN ('search', 'screen', 'scan', 'api')),"
    "  customer_id TEXT,"
    "  name TEXT NOT NULL,"
    "  schema TEXT,"
    "  dob TEXT,"
    "  country TEXT,"
    "  threshold REAL NOT NULL,"
    "  list_set_id INTEGER NOT NULL REFERENCES list_sets(id),"
    "  batch_id INTEGER REFERENCES batches(id),"
    "  row INTEGER,"
    "  n_results INTEGER NOT NULL,"
    "  alerts INTEGER NOT NULL DEFAULT 0,"
    "  suppressed INTEGER NOT NULL DEFAULT 0,"
    "  error TEXT);"                    /* why an input row could not be screened, else NULL */
    "CREATE INDEX screenings_at ON screenings (at);"
    "CREATE INDEX screenings_customer ON screenings (customer_id, at);"
    "CREATE UNIQUE INDEX screenings_batch_row ON screenings (batch_id, row) WHERE batch_id IS NOT NULL;"
    "CREATE TABLE alerts ("
    "  id INTEGER PRIMARY KEY,"
    "  created TEXT NOT NULL,"
    "  updated TEXT NOT NULL,"
    "  screening_id INTEGER NOT NULL REFERENCES screenings(id),"
    "  customer_id TEXT,"
    "  entity_id TEXT NOT NULL,"
    "  caption TEXT NOT NULL,"
    "  matched_name TEXT NOT NULL,"
    "  score REAL NOT NULL,"
    "  fingerprint TEXT NOT NULL,"
    "  list_version_id INTEGER NOT NULL REFERENCES list_versions(id),"
    "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cleared', 'confirmed', 'escalated')));"
    "CREATE INDEX alerts_pair ON alerts (customer_id, entity_id);"
    "CREATE INDEX alerts_status ON alerts (status);"
    "CREATE TABLE results ("
    "  screening_id INTEGER NOT NULL REFERENCES screenings(id),"
    "  rank INTEGER NOT NULL,"
    "  entity_id TEXT NOT NULL,"
    "  list_version_id INTEGER NOT NULL REFERENCES list_versions(id),"
    "  caption TEXT NOT NULL,"
    "  matched_name TEXT NOT NULL,"
    "  score REAL NOT NULL,"
    "  fingerprint TEXT NOT NULL,"
    "  outcome TEXT NOT NULL CHECK (outcome IN ('below', 'alert', 'suppressed')),"
    "  alert_id INTEGER REFERENCES alerts(id),"
    "  PRIMARY KEY (screening_id, rank)) WITHOUT ROWID;"
    "CREATE TABLE decisions ("
    "  id INTEGER PRIMARY KEY,"
    "  alert_id INTEGER NOT NULL REFERENCES alerts(id),"
    "  at TEXT NOT NULL,"
    "  who TEXT NOT NULL,"
    "  status TEXT NOT NULL CHECK (status IN ('cleared', 'confirmed', 'escalated')),"
    "  reason TEXT NOT NULL CHECK (trim(reason) <> ''));"
    "CREATE INDEX decisions_alert ON decisions (alert_id);",
};

enum { N_MIGRATIONS = sizeof MIGRATIONS / sizeof MIGRATIONS[0] };
_Static_assert(N_MIGRATIONS == CORDON_AUDIT_SCHEMA_VERSION, "one migration per schema version");

int cdn_audit_db_error(cordon_audit *a, const char *what)
{
    int code = a->db ? sqlite3_errcode(a->db) & 0xff : SQLITE_NOMEM; /* the primary code */
    const char *msg = a->db ? sqlite3_errmsg(a->db) : "out of memory";
    int status = code == SQLITE_NOMEM ? CORDON_ENOMEM : code == SQLITE_NOTADB ? CORDON_EDATA : CORDON_EIO;
    if (code == SQLITE_NOTADB)
        return cdn_error_at(&a->err, status, a->path, 0, "%s: not an audit database (%s)", what, msg);
    /* SQLite's "disk I/O error" alone does not say that the disk is full or a file size limit
     * was hit: the operating system's reason does. */
    int sys = a->db ? sqlite3_system_errno(a->db) : 0;
    if (sys && (code == SQLITE_IOERR || code == SQLITE_FULL))
        return cdn_error_at(&a->err, status, a->path, 0, "%s: %s (%s)", what, msg, strerror(sys));
    return cdn_error_at(&a->err, status, a->path, 0, "%s: %s", what, msg);
}

sqlite3_stmt *cdn_audit_prepare(cordon_audit *a, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(a->db, sql, -1, &st, NULL) != SQLITE_OK) {
        cdn_audit_db_error(a, "cannot read the audit database");
        sqlite3_finalize(st);
        return NULL;
    }
    return st;
}

sqlite3_stmt *cdn_audit_cached(cordon_audit *a, const char *sql)
{
    size_t i = 0;
    while (i < CDN_AUDIT_CACHED && a->cache[i].sql && a->cache[i].sql != sql)
        i++;
    if (i < CDN_AUDIT_CACHED && a->cache[i].sql == sql)
        return a->cache[i].stmt;
    if (i == CDN_AUDIT_CACHED)
        return cdn_audit_prepare(a, sql);
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v3(a->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
        cdn_audit_db_error(a, "cannot read the audit database");
        sqlite3_finalize(st);
        return NULL;
    }
    a->cache[i].sql = sql;
    a->cache[i].stmt = st;
    return st;
}

void cdn_audit_release(cordon_audit *a, sqlite3_stmt *st)
{
    for (size_t i = 0; i < CDN_AUDIT_CACHED && a->cache[i].sql; i++)
        if (a->cache[i].stmt == st) {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            return;
        }
    sqlite3_finalize(st);
}

int cdn_audit_run(cordon_audit *a, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    /* The error is read before the reset, which would replace SQLite's message. */
    int status = rc == SQLITE_DONE || rc == SQLITE_ROW ? CORDON_OK : cdn_audit_db_error(a, what);
    cdn_audit_release(a, st);
    return status;
}

void cdn_audit_bind_text(sqlite3_stmt *st, int col, const char *text)
{
    if (text)
        sqlite3_bind_text(st, col, text, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, col);
}

int cdn_audit_exec(cordon_audit *a, const char *sql)
{
    if (sqlite3_exec(a->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return cdn_audit_db_error(a, "cannot write the audit record");
    return CORDON_OK;
}

int cdn_audit_tx_begin(cordon_audit *a, bool *own)
{
    *own = !a->caller_tx;
    /* IMMEDIATE takes the write lock at once, so two writers queue on busy_timeout instead of
     * one failing half way with SQLITE_BUSY. */
    return *own ? cdn_audit_exec(a, "BEGIN IMMEDIATE") : CORDON_OK;
}

int cdn_audit_tx_end(cordon_audit *a, bool own, int status)
{
    if (!own)
        return status;
    if (status == CORDON_OK)
        status = cdn_audit_exec(a, "COMMIT");
    if (status != CORDON_OK && !sqlite3_get_autocommit(a->db))
        sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
    return status;
}

void cdn_audit_now(char out[21])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Whether the n characters at text are digits. */
static bool digits(const char *text, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (text[i] < '0' || text[i] > '9')
            return false;
    return true;
}

bool cdn_audit_valid_day(const char *text)
{
    if (!text || strlen(text) != 10 || !digits(text, 4) || text[4] != '-' || !digits(text + 5, 2) ||
        text[7] != '-' || !digits(text + 8, 2))
        return false;
    int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    int m = (text[5] - '0') * 10 + (text[6] - '0');
    int d = (text[8] - '0') * 10 + (text[9] - '0');
    static const int DAYS[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > DAYS[m - 1])
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

bool cdn_audit_valid_time(const char *text)
{
    if (!text || strlen(text) != 20 || text[10] != 'T' || text[19] != 'Z')
        return false;
    char day[11];
    memcpy(day, text, 10);
    day[10] = '\0';
    return cdn_audit_valid_day(day) && digits(text + 11, 2) && text[13] == ':' && digits(text + 14, 2) &&
           text[16] == ':' && digits(text + 17, 2) && text[11] <= '2';
}

void cdn_audit_enter(cordon_audit *a)
{
    pthread_mutex_lock(&a->lock);
    cdn_error_clear(&a->err);
}

int cdn_audit_leave(cordon_audit *a, int status)
{
    pthread_mutex_unlock(&a->lock);
    return status;
}

/* The schema version of the open database, or -1 with the error recorded. */
static int schema_version(cordon_audit *a)
{
    sqlite3_stmt *st = cdn_audit_prepare(a, "PRAGMA user_version");
    if (!st)
        return -1;
    int version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    if (version < 0)
        cdn_audit_db_error(a, "cannot read the audit database");
    sqlite3_finalize(st);
    return version;
}

/* Whether a version-0 database is empty (not some other program's database). */
static int check_empty(cordon_audit *a)
{
    sqlite3_stmt *st = cdn_audit_prepare(a, "SELECT count(*) FROM sqlite_master");
    if (!st)
        return a->err.status;
    int rc = sqlite3_step(st);
    int tables = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    if (tables < 0)
        return cdn_audit_db_error(a, "cannot read the audit database");
    if (tables > 0)
        return cdn_error_at(&a->err, CORDON_EDATA, a->path, 0,
                            "not a cordon audit database (it has tables but no schema version)");
    return CORDON_OK;
}

/* Takes the database from its version to CORDON_AUDIT_SCHEMA_VERSION, one step per
 * transaction. Each step reads the version again, and a version-0 file is checked to be empty,
 * inside the write lock: another process may be creating or migrating the same file at the same
 * moment, and outside the lock it could be seen half way (tables already there, the version
 * not yet). */
static int migrate(cordon_audit *a)
{
    int version = schema_version(a);
    if (version < 0)
        return a->err.status;
    int status = CORDON_OK;
    while (status == CORDON_OK && version < CORDON_AUDIT_SCHEMA_VERSION) {
        bool own;
        status = cdn_audit_tx_begin(a, &own);
        if (status != CORDON_OK)
            break;
        int now = schema_version(a);
        if (now < 0)
            status = a->err.status;
        else if (now == 0)
            status = check_empty(a);
        if (status == CORDON_OK && now == version)
            status = cdn_audit_exec(a, MIGRATIONS[version]);
        char set[64];
        snprintf(set, sizeof set, "PRAGMA user_version = %d", version + 1);
        if (status == CORDON_OK && now == version)
            status = cdn_audit_exec(a, set);
        status = cdn_audit_tx_end(a, own, status);
        version = now == version ? version + 1 : now;
    }
    if (status == CORDON_OK && version > CORDON_AUDIT_SCHEMA_VERSION)
        return cdn_error_at(&a->err, CORDON_EDATA, a->path, 0,
                            "audit database schema version %d is newer than this cordon's (%d): use a newer cordon",
                            version, CORDON_AUDIT_SCHEMA_VERSION);
    return status;
}

/* SQLite's own busy timeout sleeps longer and longer between tries (up to 100 ms), so a writer
 * that commits a batch and at once begins the next one (screen does) keeps the lock from a
 * second writer that only looks every 100 ms. Looking every millisecond finds the gap between
 * two batches; after 30 s of waiting the call gives up with "database is locked". */
enum { BUSY_WAIT_MS = 30000 };

static int busy_wait(void *ctx, int tries)
{
    (void)ctx;
    if (tries >= BUSY_WAIT_MS)
        return 0;
    nanosleep(&(struct timespec){0, 1000000}, NULL);
    return 1;
}

/* Whether the last call failed because another connection held a lock. */
static bool lock_refused(const cordon_audit *a)
{
    int rc = sqlite3_errcode(a->db) & 0xFF;
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

static int configure(cordon_audit *a)
{
    sqlite3_busy_handler(a->db, busy_wait, NULL);
    sqlite3_extended_result_codes(a->db, 1);
    /* journal_mode answers with a row, so it is read rather than exec'd: a database that cannot
     * switch to WAL (a file system without shared memory) says so here instead of silently
     * keeping a rollback journal. */
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(a->db, "PRAGMA journal_mode = WAL", -1, &st, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return cdn_audit_db_error(a, "cannot open the audit database");
    }
    int rc = sqlite3_step(st);
    bool wal = rc == SQLITE_ROW && sqlite3_stricmp((const char *)sqlite3_column_text(st, 0), "wal") == 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return cdn_audit_db_error(a, "cannot open the audit database");
    if (!wal)
        return cdn_error_at(&a->err, CORDON_EIO, a->path, 0, "cannot switch the audit database to WAL mode");
    return cdn_audit_exec(a, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
}

int cordon_audit_open(cordon_audit **out, const char *path)
{
    cordon_audit *a = cdn_calloc(1, sizeof *a);
    *out = a;
    if (!a)
        return CORDON_ENOMEM;
    cdn_error_clear(&a->err);
    pthread_mutex_init(&a->lock, NULL);
    a->path = cdn_strdup(path ? path : "");
    if (!a->path)
        return cdn_error_nomem(&a->err);
    if (!path || !*path)
        return cdn_error_set(&a->err, CORDON_EINVAL, "no audit database file given");
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(path, &a->db, flags, NULL) != SQLITE_OK)
        return cdn_audit_db_error(a, "cannot open the audit database");
    /* Switching a new file to WAL takes a lock that SQLite does not always wait for (several
     * processes creating the same database at once): such a refusal is tried again, every 10 ms
     * for up to 30 s, before it is an error. */
    int status = CORDON_OK;
    for (int tries = 0;; tries++) {
        status = configure(a);
        if (status == CORDON_OK)
            status = migrate(a);
        if (status == CORDON_OK || !lock_refused(a) || tries >= BUSY_WAIT_MS / 10)
            break;
        nanosleep(&(struct timespec){0, 10000000}, NULL);
        cdn_error_clear(&a->err);
    }
    return status;
}

void cordon_audit_close(cordon_audit *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < CDN_AUDIT_CACHED; i++)
        sqlite3_finalize(a->cache[i].stmt);
    if (a->db && !sqlite3_get_autocommit(a->db))
        sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(a->db);
    pthread_mutex_destroy(&a->lock);
    cdn_free(a->path);
    cdn_free(a);
}

const char *cordon_audit_errmsg(const cordon_audit *a) { return a ? a->err.message : "out of memory"; }

int cordon_audit_begin(cordon_audit *a)
{
    cdn_audit_enter(a);
    if (a->caller_tx)
        return cdn_audit_leave(a, cdn_error_set(&a->err, CORDON_EINVAL, "an audit transaction is already open"));
    int status = cdn_audit_exec(a, "BEGIN IMMEDIATE");
    a->caller_tx = status == CORDON_OK;
    return cdn_audit_leave(a, status);
}

int cordon_audit_commit(cordon_audit *a)
{
    cdn_audit_enter(a);
    if (!a->caller_tx)
        return cdn_audit_leave(a, cdn_error_set(&a->err, CORDON_EINVAL, "no audit transaction is open"));
    a->caller_tx = false;
    int status = cdn_audit_exec(a, "COMMIT");
    if (status != CORDON_OK && !sqlite3_get_autocommit(a->db))
        sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
    return cdn_audit_leave(a, status);
}

void cordon_audit_rollback(cordon_audit *a)
{
    if (!a)
        return;
    pthread_mutex_lock(&a->lock);
    if (!sqlite3_get_autocommit(a->db))
        sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
    a->caller_tx = false;
    pthread_mutex_unlock(&a->lock);
}
