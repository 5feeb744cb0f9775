/*
 * cordon.h — the public interface of libcordon, a sanctions screening engine.
 *
 * cordon reads sanctions lists in their publishers' formats, normalizes every name, and answers
 * "is this name on a list?" (cordon_search) and "which listed parties does this text mention?"
 * (cordon_scan).
 *
 * Conventions, as in SQLite:
 *   - Every function that can fail returns an int status: CORDON_OK (0) or a CORDON_E* code.
 *   - Handles are opaque. Each failing call leaves a message on the handle it returns or works on
 *     (cordon_index_errmsg, cordon_results_errmsg); the library never prints and never exits.
 *   - An index is immutable once opened: any number of threads may search it at once. Everything
 *     a search returns is owned by its result handle and freed with it.
 *   - Strings are UTF-8 and NUL-terminated. Pointers into an index (entities, names, list infos)
 *     stay valid until cordon_index_close.
 *   - Options structs are filled with their *_default() function first; fields may be added at the
 *     end in later versions, so never initialise one by hand.
 */
#ifndef CORDON_H
#define CORDON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && defined(CORDON_BUILDING)
#define CORDON_API __attribute__((visibility("default")))
#else
#define CORDON_API
#endif

#define CORDON_VERSION "0.1.0"

/* ---- status codes ------------------------------------------------------------------------ */

enum cordon_status {
    CORDON_OK = 0,
    CORDON_EINVAL = 1,      /* a bad argument: unknown format, malformed option value */
    CORDON_EIO = 2,         /* a file could not be opened or read */
    CORDON_EDATA = 3,       /* a list file or an input is malformed */
    CORDON_ENOMEM = 4,      /* out of memory */
    CORDON_ENOTFOUND = 5,   /* no such entity or list */
    CORDON_EUNSUPPORTED = 6 /* a feature this build does not have */
};

/* The library's version string, e.g. "0.1.0". */
CORDON_API const char *cordon_version(void);

/* A short English name for a status code ("ok", "bad input data", ...). Never NULL. */
CORDON_API const char *cordon_status_string(int status);

/* ---- the entity model (read-only views into an open index) -------------------------------- */

typedef enum cordon_schema {
    CORDON_SCHEMA_ANY = 0, /* in search options: no restriction */
    CORDON_SCHEMA_PERSON,
    CORDON_SCHEMA_ORGANIZATION,
    CORDON_SCHEMA_VESSEL,
    CORDON_SCHEMA_AIRCRAFT,
    /* A person or an organisation: the list does not say which (the US Consolidated Screening
     * List's Entity List, Denied Persons and ITAR debarment rows; FtM's LegalEntity). A search
     * for a person or for an organisation includes these, and one for LegalEntity includes
     * people and organisations. */
    CORDON_SCHEMA_LEGAL_ENTITY
} cordon_schema;

/* "Person", "Organization", "Vessel", "Aircraft", "LegalEntity" ("Any" for CORDON_SCHEMA_ANY). */
CORDON_API const char *cordon_schema_name(cordon_schema schema);

/* Parses a schema name, case-insensitively ("person", "Company" and "Entity" are accepted);
 * returns CORDON_OK and sets *out, or CORDON_EINVAL. */
CORDON_API int cordon_schema_parse(const char *text, cordon_schema *out);

typedef enum cordon_name_kind {
    CORDON_NAME_PRIMARY = 0,
    CORDON_NAME_ALIAS,           /* a.k.a., strong */
    CORDON_NAME_WEAK_ALIAS,      /* a.k.a. the publisher marks as weak or low quality */
    CORDON_NAME_FORMER,          /* f.k.a. */
    CORDON_NAME_ORIGINAL_SCRIPT  /* the name as written in its own script */
} cordon_name_kind;

/* "primary", "alias", "weak_alias", "former", "original_script". */
CORDON_API const char *cordon_name_kind_name(cordon_name_kind kind);

typedef struct cordon_name {
    const char *full;        /* as published, e.g. "LUKASHENKA, Alyaksandr Ryhorovich" */
    cordon_name_kind kind;
    /* Parts where the publisher gives them; NULL otherwise. */
    const char *given;
    const char *middle;
    const char *family;
    const char *patronymic;
} cordon_name;

/* A calendar date with its precision: month and day are 0 when unknown. */
typedef struct cordon_date {
    int year;   /* 0 when the date is empty */
    int month;  /* 1..12, or 0 */
    int day;    /* 1..31, or 0 */
} cordon_date;

/* A date or a range of dates ("1960 to 1962"); for a single date, to equals from. */
typedef struct cordon_date_range {
    cordon_date from;
    cordon_date to;
    int approximate;  /* non-zero for "circa" dates */
} cordon_date_range;

typedef enum cordon_country_role {
    CORDON_COUNTRY_NATIONALITY = 0,
    CORDON_COUNTRY_CITIZENSHIP,
    CORDON_COUNTRY_ADDRESS,
    CORDON_COUNTRY_BIRTH,
    CORDON_COUNTRY_REGISTRATION, /* jurisdiction of a company, flag of a vessel */
    CORDON_COUNTRY_OTHER
} cordon_country_role;

/* "nationality", "citizenship", "address", "birth", "registration", "other". */
CORDON_API const char *cordon_country_role_name(cordon_country_role role);

typedef struct cordon_country {
    char code[3];             /* ISO 3166-1 alpha-2, upper case */
    cordon_country_role role;
} cordon_country;

typedef struct cordon_identifier {
    const char *type;     /* "passport", "national_id", "tax", "registration", "imo", "mmsi", "swift",
                             "email", "website", "phone", "digital_currency", "other" */
    const char *value;
    const char *country;  /* ISO alpha-2 of the issuer, or NULL */
    const char *note;     /* what else the publisher says: issue date, currency code, ...; or NULL */
} cordon_identifier;

/* A link from an entity to another party: "linked_to", "owner", "owned_by", "family",
 * "associate", "director", "vessel_owner", ... */
typedef struct cordon_relation {
    const char *type;
    const char *target_id;   /* the other entity's id when the list names it, else NULL */
    const char *target_name; /* the other party's name as published, or NULL */
} cordon_relation;

/* One kind of problem met while loading a list, and how many records it touched. */
typedef struct cordon_load_issue {
    const char *reason;       /* e.g. "alt.csv row for an entry missing from sdn.csv" */
    size_t count;
    int skipped;              /* non-zero: those records were dropped; zero: repaired and kept */
} cordon_load_issue;

/* Where an entity comes from: one loaded list. */
typedef struct cordon_list_info {
    const char *id;           /* e.g. "us-ofac-sdn", "un-sc", or a custom list's name */
    const char *format;       /* the source format, e.g. "csv", "us-ofac-csv" */
    const char *version;      /* the publisher's version or publication date; NULL if unknown */
    const char *source;       /* the file or directory it was read from */
    size_t entities;          /* entities loaded */
    size_t names;             /* names loaded, all kinds */
    size_t skipped;           /* records dropped (see issues and cordon_index_warning) */
    size_t repaired;          /* records kept after a repair */
    const cordon_load_issue *issues; /* skipped and repaired records counted by reason */
    size_t n_issues;
    const char *checksum;     /* SHA-256 (64 hex digits) of the source file(s) as read: for one
                                 file, what `sha256sum FILE` prints; for a directory or a list
                                 with updates, of the lines "<sha256>  <name>" of its parts
                                 (README, "Checksums") */
} cordon_list_info;

typedef struct cordon_entity {
    const char *id;           /* "<list>:<native id>", e.g. "us-ofac-sdn:9760" */
    const char *native_id;    /* the publisher's own id */
    cordon_schema schema;
    const char *caption;      /* the name to display */
    const cordon_name *names; /* names[0] is the primary name */
    size_t n_names;
    const cordon_date_range *birth_dates; /* of birth, incorporation or build */
    size_t n_birth_dates;
    const cordon_country *countries;
    size_t n_countries;
    const cordon_identifier *identifiers;
    size_t n_identifiers;
    const char *const *programs;
    size_t n_programs;
    const char *listed_on;    /* "YYYY-MM-DD" or NULL */
    const char *remarks;      /* or NULL */
    const cordon_list_info *list; /* provenance */
    const char *source_list;  /* the publisher's sub-list (OFAC "SDN", a CSL source list, a UN
                                 committee list), or NULL */
    const char *gender;       /* "male", "female", or NULL */
    const char *const *birth_places;
    size_t n_birth_places;
    const char *const *addresses; /* as published, one string each */
    size_t n_addresses;
    const char *const *positions; /* titles and functions */
    size_t n_positions;
    const char *const *topics;    /* OpenSanctions topics (sanction, role.pep, ...) */
    size_t n_topics;
    const cordon_relation *relations;
    size_t n_relations;
} cordon_entity;

/*
 * Writes the entity's fingerprint to out: 64 hex digits and a NUL, the SHA-256 of its record's
 * content (schema, names with their kinds, birth dates, countries with their roles,
 * identifiers, programs, addresses, remarks), each field taken as a set, so it does not depend
 * on load order or on the order a publisher lists aliases in. It changes exactly when
 * cordon_diff_indexes reports the entity as changed. Returns CORDON_OK or CORDON_ENOMEM.
 */
CORDON_API int cordon_entity_fingerprint(const cordon_entity *entity, char out[65]);

/* ---- opening an index --------------------------------------------------------------------- */

typedef struct cordon_index cordon_index;

typedef struct cordon_index_options {
    int reserved; /* no options yet; fill with cordon_index_options_default */
} cordon_index_options;

CORDON_API void cordon_index_options_default(cordon_index_options *opts);

/*
 * Loads the list sources and builds an index over their names.
 *
 *   out        receives the index handle. It is set even when loading fails (unless memory ran
 *              out before a handle existed, then it is NULL): read the reason with
 *              cordon_index_errmsg, then release it with cordon_index_close.
 *   sources    n_sources list sources, each "[FORMAT:]PATH" (see the README for formats); the
 *              format is detected from the content when omitted. With no sources the index is
 *              empty: searches find nothing, but cordon_compare can use it (for its
 *              transliterators).
 *   opts       may be NULL for the defaults.
 *
 * Returns CORDON_OK, or CORDON_EINVAL (unknown format), CORDON_EIO (unreadable file),
 * CORDON_EDATA (malformed list: the message says "FILE:LINE: what"), CORDON_ENOMEM.
 */
CORDON_API int cordon_index_open(cordon_index **out, const char *const *sources, size_t n_sources,
                                 const cordon_index_options *opts);

/*
 * Opens an index snapshot written by cordon_index_save (or `cordon index build`), mapping it
 * read-only: many processes may map the same file and share its memory. Like
 * cordon_index_open, *out is set even on failure, with the reason in cordon_index_errmsg.
 * Returns CORDON_OK, CORDON_EIO (cannot read), CORDON_EDATA (not a snapshot, a snapshot of
 * another format version, truncated or corrupt: the checksum does not match), CORDON_ENOMEM.
 */
CORDON_API int cordon_index_load(cordon_index **out, const char *path);

/*
 * Writes idx to path as a snapshot, atomically (a temporary file renamed into place, so a
 * failed write never leaves a partial snapshot behind). On failure the reason goes to errmsg
 * (errmsg_size bytes; may be NULL). Returns CORDON_OK, CORDON_EIO or CORDON_ENOMEM.
 */
CORDON_API int cordon_index_save(const cordon_index *idx, const char *path, char *errmsg, size_t errmsg_size);

/* Releases the index and everything it owns. NULL is allowed. */
CORDON_API void cordon_index_close(cordon_index *idx);

/* The message of the last failure on idx ("" if none). Owned by idx. */
CORDON_API const char *cordon_index_errmsg(const cordon_index *idx);

/* Loaded lists, in the order of the sources. */
CORDON_API size_t cordon_index_list_count(const cordon_index *idx);
CORDON_API const cordon_list_info *cordon_index_list(const cordon_index *idx, size_t i);

/* Every record skipped or repaired while loading, each "FILE:LINE: what", in load order. */
CORDON_API size_t cordon_index_warning_count(const cordon_index *idx);
CORDON_API const char *cordon_index_warning(const cordon_index *idx, size_t i);

/* All entities, in load order. */
CORDON_API size_t cordon_index_entity_count(const cordon_index *idx);
CORDON_API const cordon_entity *cordon_index_entity(const cordon_index *idx, size_t i);

/* The entity with this id ("<list>:<native id>"), or NULL. */
CORDON_API const cordon_entity *cordon_index_find(const cordon_index *idx, const char *id);

/* ---- searching one name ------------------------------------------------------------------- */

/* The alert threshold used when none is given: results scoring at least this much are matches. */
#define CORDON_DEFAULT_THRESHOLD 0.80

typedef struct cordon_search_options {
    cordon_schema schema;  /* restrict to one schema; CORDON_SCHEMA_ANY for all */
    const char *country;   /* ISO alpha-2 the entity should be linked to, or NULL */
    const char *dob;       /* "YYYY", "YYYY-MM" or "YYYY-MM-DD", or NULL */
    double threshold;      /* results at or above are matches */
    size_t limit;          /* at most this many results */
    double min_score;      /* results below this are not returned at all; keep the default
                            * (0.5) to screen: search bounds a name's score before scoring it,
                            * and at a min_score near the threshold a name the bound under-
                            * estimates is not scored (41 of 4,758 OFAC a.k.a.s lose an alert
                            * at 0.80 that 0.5 gives; BENCHMARKS.md, session 23) */
} cordon_search_options;

CORDON_API void cordon_search_options_default(cordon_search_options *opts);

typedef struct cordon_results cordon_results;

/* One result: a read-only view owned by its cordon_results. */
typedef struct cordon_result {
    const cordon_entity *entity;
    const cordon_name *matched_name; /* the entity's name that scored best */
    double score;                    /* in [0, 1] */
    int match;                       /* score >= threshold */
    const char *explanation;         /* how the score came about, in words */
} cordon_result;

/*
 * Searches idx for name.
 *
 *   out   receives the results handle, set even on failure (then empty, with the reason in
 *         cordon_results_errmsg), NULL only when memory ran out. Free it with cordon_results_free.
 *   opts  may be NULL for the defaults.
 *
 * Results are ordered best first, at most opts->limit of them, none below opts->min_score.
 * Returns CORDON_OK, CORDON_EINVAL (name is not valid UTF-8, a malformed dob option) or
 * CORDON_ENOMEM. Safe to call from many threads on one index.
 */
CORDON_API int cordon_search(const cordon_index *idx, const char *name, const cordon_search_options *opts,
                             cordon_results **out);

CORDON_API size_t cordon_results_count(const cordon_results *res);
CORDON_API const cordon_result *cordon_results_get(const cordon_results *res, size_t i);
/* The message of the failure that produced res ("" if none). */
CORDON_API const char *cordon_results_errmsg(const cordon_results *res);
/* The threshold the results were judged against. */
CORDON_API double cordon_results_threshold(const cordon_results *res);
CORDON_API void cordon_results_free(cordon_results *res);

/* ---- scanning text ------------------------------------------------------------------------ */

typedef struct cordon_scan_options {
    double threshold;  /* mentions scoring at least this are reported */
    size_t max_window; /* longest run of words considered as one name (1..8; default 6) */
    int html;          /* 1: the text is HTML (markup skipped, offsets still into the original);
                          0: plain text; -1: decide from the content (the default) */
} cordon_scan_options;

CORDON_API void cordon_scan_options_default(cordon_scan_options *opts);

typedef struct cordon_mentions cordon_mentions;

typedef struct cordon_mention {
    size_t start;                /* byte offset of the mention in the scanned text */
    size_t end;                  /* byte offset just past it */
    const cordon_entity *entity;
    const cordon_name *matched_name;
    double score;
} cordon_mention;

/*
 * Finds the listed entities that text mentions.
 *
 *   text, len  the UTF-8 text or HTML (need not be NUL-terminated). Invalid UTF-8 sequences
 *              are treated as word separators, and HTML markup as spaces, so offsets always
 *              refer to the original bytes.
 *   out        receives the mentions handle (set even on failure, NULL only when memory ran
 *              out); free it with cordon_mentions_free.
 *
 * Mentions are ordered by start offset and do not overlap. Returns CORDON_OK or CORDON_ENOMEM.
 * Any number of threads may scan with one index at once: each call borrows a scanner the index
 * keeps (see cordon_scanner below), so that calls after the first run faster.
 */
CORDON_API int cordon_scan(const cordon_index *idx, const char *text, size_t len, const cordon_scan_options *opts,
                           cordon_mentions **out);

/*
 * A scanner for many texts against one index, one after another: it keeps what it learnt of
 * each word (its analysis and the index keys it leads to) for the texts after, so that a
 * stream of short texts (sentences, headlines, posts) costs little more than one long one. The
 * mentions are exactly cordon_scan's. A scanner is used by one thread at a time (one per
 * thread); the index must stay open while it lives. Its memory is bounded: past some 65,000
 * distinct words it starts afresh.
 *
 *   cordon_scanner_new   returns CORDON_OK or CORDON_ENOMEM (*out NULL).
 *   cordon_scanner_scan  as cordon_scan, with the scanner's words.
 */
typedef struct cordon_scanner cordon_scanner;

CORDON_API int cordon_scanner_new(const cordon_index *idx, cordon_scanner **out);
CORDON_API int cordon_scanner_scan(cordon_scanner *sc, const char *text, size_t len, const cordon_scan_options *opts,
                                   cordon_mentions **out);
CORDON_API void cordon_scanner_free(cordon_scanner *sc);

CORDON_API size_t cordon_mentions_count(const cordon_mentions *m);
CORDON_API const cordon_mention *cordon_mentions_get(const cordon_mentions *m, size_t i);
CORDON_API const char *cordon_mentions_errmsg(const cordon_mentions *m);
CORDON_API void cordon_mentions_free(cordon_mentions *m);

/* ---- comparing two names ------------------------------------------------------------------ */

/*
 * Scores how well name1 matches name2 as names of the same party, in [0, 1], with the scorer
 * search uses. idx may be NULL: then every token weighs the same, and the call opens (and
 * closes) its own transliterators, which costs ICU tens of milliseconds; to compare many pairs,
 * pass an index (an empty one, opened with no sources, will do: cordon_index_open(&idx, NULL,
 * 0, NULL)). Returns CORDON_OK and sets *score, or CORDON_EINVAL for invalid UTF-8,
 * CORDON_ENOMEM. Safe to call from many threads on one index.
 */
CORDON_API int cordon_compare(const cordon_index *idx, const char *name1, const char *name2, cordon_schema schema,
                              double *score);

/*
 * cordon_compare, and the explanation a search result carries for the same pair: which token of
 * name1 met which of name2, by which key, with what weight ("путин ~ putin (transliteration
 * 0.97, weight 1.0); vladimir unmatched in name"). It is written into why (why_size bytes, NUL
 * terminated, cut short at a whole UTF-8 character if it does not fit; 1,024 bytes hold that
 * of any name of a dozen words). Same returns and thread safety as cordon_compare.
 */
CORDON_API int cordon_compare_explain(const cordon_index *idx, const char *name1, const char *name2,
                                      cordon_schema schema, double *score, char *why, size_t why_size);

/* ---- what changed between two list versions ----------------------------------------------- */

typedef enum cordon_change_kind {
    CORDON_CHANGE_ADDED = 0,   /* in the new index only */
    CORDON_CHANGE_REMOVED,     /* in the old index only */
    CORDON_CHANGE_CHANGED      /* in both, with different records */
} cordon_change_kind;

/* What changed in a changed entity (bits of cordon_change.fields). */
enum cordon_change_field {
    CORDON_FIELD_SCHEMA = 1 << 0,
    CORDON_FIELD_NAMES = 1 << 1,
    CORDON_FIELD_BIRTH_DATES = 1 << 2,
    CORDON_FIELD_COUNTRIES = 1 << 3,
    CORDON_FIELD_IDENTIFIERS = 1 << 4,
    CORDON_FIELD_PROGRAMS = 1 << 5,
    CORDON_FIELD_ADDRESSES = 1 << 6,
    CORDON_FIELD_REMARKS = 1 << 7
};

/* The name of one cordon_change_field bit ("names", "programs", ...). */
CORDON_API const char *cordon_change_field_name(int field);

typedef struct cordon_change {
    cordon_change_kind kind;
    const cordon_entity *old_entity; /* NULL when added */
    const cordon_entity *new_entity; /* NULL when removed */
    int fields;                      /* for CORDON_CHANGE_CHANGED: which fields differ */
} cordon_change;

typedef struct cordon_diff cordon_diff;

/*
 * Compares the entities of two indexes by id: added, removed, and changed (with the fields that
 * differ; the order of names, programs and the like does not count). Changes are ordered by
 * kind, then id. Both indexes must stay open while the diff is used. Returns CORDON_OK or
 * CORDON_ENOMEM (then *out is NULL).
 */
CORDON_API int cordon_diff_indexes(const cordon_index *old_idx, const cordon_index *new_idx, cordon_diff **out);
CORDON_API size_t cordon_diff_count(const cordon_diff *diff);
CORDON_API const cordon_change *cordon_diff_get(const cordon_diff *diff, size_t i);
CORDON_API void cordon_diff_free(cordon_diff *diff);

/* ---- the audit trail: screenings, alerts and decisions (SQLite) ------------------------------ */

/*
 * An audit store is one SQLite database file (WAL mode) that records every screening: when,
 * who, through which channel, for which customer, the query, the threshold, the list versions
 * with their checksums, and the results with their scores. Results at or above the threshold
 * become alerts, which analysts decide (cleared as a false positive, confirmed, escalated), each
 * decision kept with who, when and why. A cleared customer/entity pair is suppressed in later
 * screenings until the entity's record changes in a list update (its fingerprint differs); then
 * it alerts again.
 *
 * A handle may be shared by threads (calls are serialised on it); several processes may open
 * the same file. Every call that writes commits before it returns, unless the caller opened a
 * transaction with cordon_audit_begin. Times are UTC, "YYYY-MM-DDTHH:MM:SSZ".
 */
typedef struct cordon_audit cordon_audit;

/* The schema version this library writes (PRAGMA user_version); older files are migrated
 * forward on open, newer ones refused. */
#define CORDON_AUDIT_SCHEMA_VERSION 1

/*
 * Opens (creating if needed) the audit database at path and migrates its schema forward.
 * *out is set even on failure (NULL only when memory ran out): read the reason with
 * cordon_audit_errmsg, then cordon_audit_close it. Returns CORDON_OK, CORDON_EIO (cannot open
 * or write the file, disk full), CORDON_EDATA (not an audit database, or one from a newer
 * cordon), CORDON_ENOMEM.
 */
CORDON_API int cordon_audit_open(cordon_audit **out, const char *path);
/* Closes the store (rolling back a transaction left open). NULL is allowed. */
CORDON_API void cordon_audit_close(cordon_audit *audit);
/* The message of the last failure on audit ("" if none). Owned by audit. */
CORDON_API const char *cordon_audit_errmsg(const cordon_audit *audit);

/* Groups the records that follow into one transaction, committed by cordon_audit_commit: a
 * batch of rows is then written all or nothing. Returns CORDON_OK or CORDON_EIO. */
CORDON_API int cordon_audit_begin(cordon_audit *audit);
CORDON_API int cordon_audit_commit(cordon_audit *audit);
/* Abandons the open transaction, if any. */
CORDON_API void cordon_audit_rollback(cordon_audit *audit);

/* What is being screened. Fill with cordon_audit_screening_default first. */
typedef struct cordon_audit_screening {
    const char *at;           /* UTC time "YYYY-MM-DDTHH:MM:SSZ"; NULL for now */
    const char *who;          /* an API key's name or an OS user; required */
    const char *channel;      /* "search", "screen", "scan" or "api"; required */
    const char *customer_id;  /* the screened party's id in the caller's records, or NULL */
    const char *name;         /* the screened name (for scan, the document); required */
    cordon_schema schema;     /* the query's type restriction, if any */
    const char *dob;          /* the query's date of birth, or NULL */
    const char *country;      /* the query's country, or NULL */
    double threshold;         /* results at or above it alert */
    long long batch;          /* 0, or a batch from cordon_audit_batch_begin */
    long long row;            /* in a batch: the input row; a (batch, row) is recorded once */
    const char *error;        /* why the row could not be screened (it is recorded all the same,
                                 without hits), or NULL */
} cordon_audit_screening;

CORDON_API void cordon_audit_screening_default(cordon_audit_screening *s);

/* One result to record: the entity (of the index given with it), its best name, its score. */
typedef struct cordon_audit_hit {
    const cordon_entity *entity;
    const char *matched_name;
    double score;
} cordon_audit_hit;

typedef enum cordon_audit_outcome {
    CORDON_AUDIT_BELOW = 0,   /* below the threshold: recorded, no alert */
    CORDON_AUDIT_ALERT,       /* an alert to review (new, or the pair's alert still under review) */
    CORDON_AUDIT_SUPPRESSED   /* the pair was cleared and the entity's record has not changed */
} cordon_audit_outcome;

/* "below", "alert", "suppressed". */
CORDON_API const char *cordon_audit_outcome_name(cordon_audit_outcome outcome);

/* What became of one recorded hit. */
typedef struct cordon_audit_mark {
    cordon_audit_outcome outcome;
    long long alert_id;       /* the alert raised or reused, or the clearing one; 0 when below */
} cordon_audit_mark;

/* What became of a recorded screening. */
typedef struct cordon_audit_receipt {
    long long screening_id;
    int repeated;             /* non-zero: this batch row was recorded before; nothing was added,
                                 the marks are those recorded then */
    size_t alerts, suppressed;
} cordon_audit_receipt;

/*
 * Records one screening and its hits (best first), against the lists of idx, in one
 * transaction (or in the caller's, see cordon_audit_begin). Fills marks[0..n_hits) and
 * *receipt (either may be NULL). A hit at or above the threshold alerts unless its
 * customer/entity pair was cleared for the same entity fingerprint. With no customer id,
 * nothing is suppressed or reused: every alerting hit is a new alert. Returns CORDON_OK,
 * CORDON_EINVAL (a required field missing, an unknown channel), CORDON_EIO (the database cannot
 * be written: the message says why, e.g. disk full), CORDON_ENOMEM.
 */
CORDON_API int cordon_audit_record(cordon_audit *audit, const cordon_index *idx, const cordon_audit_screening *s,
                                   const cordon_audit_hit *hits, size_t n_hits, cordon_audit_mark *marks,
                                   cordon_audit_receipt *receipt);

/*
 * Starts (or, with resume, continues) a batch: the screening of one input file. A resumed
 * batch is the latest one with the same input and output names; its rows already recorded
 * are not recorded again (cordon_audit_record reports them as repeated). Sets *batch_id and
 * *rows_done (the highest row recorded so far, 0 for a new batch; may be NULL). Returns
 * CORDON_OK, CORDON_ENOTFOUND (resume, but no such batch), CORDON_EIO, CORDON_ENOMEM.
 */
CORDON_API int cordon_audit_batch_begin(cordon_audit *audit, const char *who, const char *input, const char *output,
                                        int resume, long long *batch_id, long long *rows_done);

/*
 * Whether the pair customer_id/entity_id was cleared for this entity fingerprint (the latest
 * decided alert of the pair is cleared and was raised on the same fingerprint). Sets
 * *alert_id to the clearing alert, or 0 when not suppressed. Returns CORDON_OK or CORDON_EIO.
 */
CORDON_API int cordon_audit_suppressed(cordon_audit *audit, const char *customer_id, const char *entity_id,
                                       const char *fingerprint, long long *alert_id);

/* One decision on an alert. */
typedef struct cordon_decision {
    const char *at;
    const char *who;
    const char *status;       /* "cleared", "confirmed", "escalated" */
    const char *reason;
} cordon_decision;

/* An alert: a result at or above the threshold, to review. */
typedef struct cordon_alert {
    long long id;
    const char *status;       /* "open", "cleared", "confirmed", "escalated" */
    const char *created;      /* when raised */
    const char *updated;      /* when last decided (or raised) */
    long long screening_id;   /* the screening that raised it */
    const char *channel;
    const char *customer_id;  /* or NULL */
    const char *screened_name;
    const char *dob;          /* the query's, or NULL */
    const char *country;      /* the query's, or NULL */
    const char *entity_id;
    const char *caption;      /* the entity's display name */
    const char *matched_name;
    double score;
    const char *fingerprint;  /* the entity's record when raised */
    const char *list_id;      /* the entity's list, its version and checksum when raised */
    const char *list_version; /* or NULL */
    const char *list_checksum;
    const cordon_decision *decisions; /* oldest first */
    size_t n_decisions;
} cordon_alert;

typedef struct cordon_alert_filter {
    const char *status;       /* one status, or NULL for all */
    const char *customer_id;  /* one customer, or NULL for all */
    long long id;             /* one alert, or 0 for all */
    size_t limit;             /* at most this many, newest first (default 1000) */
} cordon_alert_filter;

CORDON_API void cordon_alert_filter_default(cordon_alert_filter *f);

typedef struct cordon_alerts cordon_alerts;

/* The alerts that pass filter (NULL: the defaults), newest first, into *out (free with
 * cordon_alerts_free; NULL on failure). Returns CORDON_OK, CORDON_EINVAL (unknown status),
 * CORDON_EIO, CORDON_ENOMEM. */
CORDON_API int cordon_audit_alerts(cordon_audit *audit, const cordon_alert_filter *filter, cordon_alerts **out);
CORDON_API size_t cordon_alerts_count(const cordon_alerts *alerts);
CORDON_API const cordon_alert *cordon_alerts_get(const cordon_alerts *alerts, size_t i);
CORDON_API void cordon_alerts_free(cordon_alerts *alerts);

/*
 * Decides an alert: status "cleared" (a false positive), "confirmed" (a true match) or
 * "escalated", with a reason (required, not blank) and who decides (required); at is NULL for
 * now. A cleared or confirmed alert may only be escalated again (re-opened for review). The
 * decision is kept in the alert's history. Returns CORDON_OK, CORDON_EINVAL (bad status, no
 * reason, a transition not allowed), CORDON_ENOTFOUND (no such alert), CORDON_EIO.
 */
CORDON_API int cordon_audit_decide(cordon_audit *audit, long long alert_id, const char *status, const char *reason,
                                   const char *who, const char *at);

/* Receives output from export and proof: len bytes; returns 0, or non-zero to stop (the call
 * then fails with CORDON_EIO). */
typedef int (*cordon_write_fn)(void *ctx, const char *bytes, size_t len);

/*
 * Writes every recorded screening from day `from` to day `to` ("YYYY-MM-DD", both included,
 * either NULL for no bound), oldest first, to write: format "jsonl" (one JSON object per
 * screening with its lists and results) or "csv" (a header, then one row per result, and one
 * row for a screening without results). Returns CORDON_OK, CORDON_EINVAL (bad date or format),
 * CORDON_EIO, CORDON_ENOMEM.
 */
CORDON_API int cordon_audit_export(cordon_audit *audit, const char *from, const char *to, const char *format,
                                   cordon_write_fn write, void *ctx);

/*
 * Writes the proof of what was screened for customer_id on day date ("YYYY-MM-DD"): one JSON
 * document {"customer_id", "date", "screenings": [{"id", "at", "who", "channel", "query",
 * "threshold", "lists": [{"id", "version", "checksum", "source", "first_seen"}], "outcome"
 * ("alert", "suppressed", "clear", or "rejected" with "error"), "results": [...]}]}; export's
 * JSON lines are the same screening objects. Returns CORDON_OK (also when nothing was screened: the list is empty),
 * CORDON_EINVAL (bad date), CORDON_EIO, CORDON_ENOMEM.
 */
CORDON_API int cordon_audit_proof(cordon_audit *audit, const char *customer_id, const char *date, cordon_write_fn write,
                                  void *ctx);

#ifdef __cplusplus
}
#endif

#endif
