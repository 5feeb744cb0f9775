/*
 * loader.h — what every list loader gets and gives.
 *
 * A loader reads one list source (a file or a directory in its publisher's format) and emits
 * entities through cdn_loader_emit. It fills the list's provenance (version/date, counts).
 * Records it cannot use are reported with cdn_loader_skip (counted and kept as warnings with
 * file and line); errors that make the whole source unusable return a status with the message
 * in ld->err, and then nothing of the source is kept.
 */
#ifndef CDN_LOADER_H
#define CDN_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include "cordon.h"
#include "core/arena.h"
#include "core/error.h"
#include "core/vec.h"
#include "model/entity.h"

typedef struct cdn_loader {
    cdn_arena *arena;            /* the index arena; not owned */
    cdn_vec *entities;           /* cordon_entity *, shared by all lists of the index */
    cdn_vec *warnings;           /* char * in the arena */
    cordon_list_info *info;      /* the list being loaded; the loader may set id and version */
    cdn_error *err;
    cdn_entity_builder builder;  /* the record being built */
    cdn_vec issues;              /* cordon_load_issue, frozen into info->issues by cdn_loader_finish */
} cdn_loader;

/* Sets up a loader for one list; info must be zeroed with format and source set. */
void cdn_loader_init(cdn_loader *ld, cdn_arena *arena, cdn_vec *entities, cdn_vec *warnings, cordon_list_info *info,
                     cdn_error *err);
/* Copies the issue counts into the arena (info->issues) and releases the loader's memory.
 * Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_loader_finish(cdn_loader *ld);

/* Freezes ld->builder into an entity and appends it. Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_loader_emit(cdn_loader *ld);

/*
 * Records that the record at file:line was dropped (skip) or repaired and kept (repair).
 * reason is a short constant phrase that groups such records in the load report (it must have
 * static storage); fmt says what exactly was wrong with this one. Line 0 means "no line".
 * Returns CORDON_OK or CORDON_ENOMEM.
 */
int cdn_loader_skip(cdn_loader *ld, const char *file, long line, const char *reason, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
int cdn_loader_repair(cdn_loader *ld, const char *file, long line, const char *reason, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Sets the list version to the modification date of path, written "file date YYYY-MM-DD":
 * what stands in for a publication date a format does not carry. Returns CORDON_OK,
 * CORDON_EIO (cannot stat the file) or CORDON_ENOMEM. */
int cdn_loader_set_file_date(cdn_loader *ld, const char *path);

/* Copies the first line of a detector's head (without its line end, at most size - 1 bytes)
 * into buf, NUL-terminated; returns buf. */
char *cdn_head_first_line(const char *head, size_t head_len, char *buf, size_t size);

/* Sets the list id/version (copied into the arena). Returns CORDON_OK or CORDON_ENOMEM. */
int cdn_loader_set_id(cdn_loader *ld, const char *id);
int cdn_loader_set_version(cdn_loader *ld, const char *version);

/* A list format: its name in "FORMAT:PATH", how to recognise it, how to load it. */
typedef struct cdn_format {
    const char *name;
    const char *description;
    /* True when path (a file or directory) is in this format; head holds the first bytes of a
     * file (decompressed), or nothing for a directory. */
    bool (*detect)(const char *path, bool is_dir, const char *head, size_t head_len);
    int (*load)(cdn_loader *ld, const char *path);
} cdn_format;

/* The formats cordon knows, in detection order; *count gets their number. */
const cdn_format *cdn_formats(size_t *count);

/*
 * Resolves "[FORMAT:]PATH": sets *format and *path (a pointer into source). Returns CORDON_OK,
 * CORDON_EINVAL (unknown format name, or the format cannot be detected) or CORDON_EIO (no such
 * file), with the message in err.
 */
int cdn_source_resolve(const char *source, const cdn_format **format, const char **path, cdn_error *err);

/* The loaders. */
int cdn_load_custom_csv(cdn_loader *ld, const char *path);
bool cdn_detect_custom_csv(const char *path, bool is_dir, const char *head, size_t head_len);
/* OFAC's legacy CSV sets, SDN and non-SDN consolidated (ofac_csv.c). */
int cdn_load_ofac_csv(cdn_loader *ld, const char *path);
bool cdn_detect_ofac_csv(const char *path, bool is_dir, const char *head, size_t head_len);
/* OpenSanctions FollowTheMoney JSON lines, with delta updates (ftm.c). */
int cdn_load_ftm(cdn_loader *ld, const char *path);
bool cdn_detect_ftm(const char *path, bool is_dir, const char *head, size_t head_len);
/* OpenSanctions targets.simple.csv (os_simple_csv.c). */
int cdn_load_os_simple_csv(cdn_loader *ld, const char *path);
bool cdn_detect_os_simple_csv(const char *path, bool is_dir, const char *head, size_t head_len);
int cdn_load_un_xml(cdn_loader *ld, const char *path);
bool cdn_detect_un_xml(const char *path, bool is_dir, const char *head, size_t head_len);
int cdn_load_eu_fsf_csv(cdn_loader *ld, const char *path);
bool cdn_detect_eu_fsf_csv(const char *path, bool is_dir, const char *head, size_t head_len);
/* The UK OFSI ConList (gb_hmt_csv.c) and the US Consolidated Screening List (us_csl_csv.c). */
int cdn_load_gb_hmt_csv(cdn_loader *ld, const char *path);
bool cdn_detect_gb_hmt_csv(const char *path, bool is_dir, const char *head, size_t head_len);
int cdn_load_us_csl_csv(cdn_loader *ld, const char *path);
bool cdn_detect_us_csl_csv(const char *path, bool is_dir, const char *head, size_t head_len);

#endif
