/*
 * stamp.h — what a list source looked like on disk: size, modification time and inode of its
 * file, or of every regular file of its directory. Taken before a list is read and again
 * after, it tells a list that changed while it was being read (a download replacing it in
 * place, an editor saving) from one that did not: such a list is refused, not half-loaded.
 */
#ifndef CDN_STAMP_H
#define CDN_STAMP_H

#include <stdbool.h>
#include <stdint.h>

typedef struct cdn_stamp {
    bool known;         /* false for what cannot be stamped (missing, a pipe, a device) */
    uint64_t files;     /* regular files seen */
    uint64_t size;      /* their total size */
    uint64_t mtime_ns;  /* the sum of their modification times, in nanoseconds */
    uint64_t inodes;    /* the sum of their inode numbers */
} cdn_stamp;

/* Stamps path (a file, or a directory: its regular files, not recursing). Never fails: what
 * cannot be stamped gives known = false. */
void cdn_stamp_take(const char *path, cdn_stamp *out);

/* Whether both stamps are known and differ. */
bool cdn_stamp_changed(const cdn_stamp *before, const cdn_stamp *after);

#endif
