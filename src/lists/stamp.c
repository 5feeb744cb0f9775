/*
 * stamp.c — list source stamps (see stamp.h).
 */
#include "lists/stamp.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static void add_file(cdn_stamp *s, const struct stat *st)
{
    s->files++;
    s->size += (uint64_t)st->st_size;
    s->mtime_ns += (uint64_t)st->st_mtim.tv_sec * 1000000000u + (uint64_t)st->st_mtim.tv_nsec;
    s->inodes += (uint64_t)st->st_ino;
}

void cdn_stamp_take(const char *path, cdn_stamp *out)
{
    memset(out, 0, sizeof *out);
    struct stat st;
    if (stat(path, &st) != 0)
        return;
    if (S_ISREG(st.st_mode)) {
        add_file(out, &st);
        out->known = true;
        return;
    }
    if (!S_ISDIR(st.st_mode))
        return; /* a pipe or a device is read once as it comes: nothing to compare */
    DIR *dir = opendir(path);
    if (!dir)
        return;
    struct dirent *e;
    char file[4096];
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        int n = snprintf(file, sizeof file, "%s/%s", path, e->d_name);
        if (n > 0 && (size_t)n < sizeof file && stat(file, &st) == 0 && S_ISREG(st.st_mode))
            add_file(out, &st);
    }
    closedir(dir);
    out->known = true;
}

bool cdn_stamp_changed(const cdn_stamp *before, const cdn_stamp *after)
{
    return before->known && after->known &&
           (before->files != after->files || before->size != after->size || before->mtime_ns != after->mtime_ns ||
            before->inodes != after->inodes);
}
