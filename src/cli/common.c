/*
 * common.c — shared pieces of the cordon front end (see cli.h).
 */
#include "cli/cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("cordon: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("cordon: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    fprintf(stderr, "Try 'cordon %s --help'.\n", cmd);
    return EXIT_USAGE;
}

int cli_exit_for(int status)
{
    switch (status) {
    case CORDON_OK: return EXIT_DONE;
    case CORDON_EINVAL: return EXIT_USAGE;
    default: return EXIT_BAD_INPUT;
    }
}

int cli_lists_add(cli_lists *lists, const char *cmd, int opt, const char *value)
{
    if (opt == 'i') {
        lists->index_file = value;
        return EXIT_DONE;
    }
    if (lists->n_sources == sizeof lists->sources / sizeof lists->sources[0])
        return cli_usage_error(cmd, "too many --list options (at most %zu)", sizeof lists->sources / sizeof lists->sources[0]);
    lists->sources[lists->n_sources++] = value;
    return EXIT_DONE;
}

cordon_index *cli_open_index(const cli_lists *lists, const char *cmd, bool quiet, int *exit_status)
{
    *exit_status = EXIT_DONE;
    if (lists->index_file && lists->n_sources) {
        *exit_status = cli_usage_error(cmd, "give either --index FILE or --list SOURCE, not both");
        return NULL;
    }
    if (lists->index_file) {
        cordon_index *idx = NULL;
        int status = cordon_index_load(&idx, lists->index_file);
        if (status != CORDON_OK) {
            cli_error("%s", cordon_index_errmsg(idx));
            cordon_index_close(idx);
            *exit_status = cli_exit_for(status);
            return NULL;
        }
        return idx;
    }
    const char *sources[64];
    size_t n = lists->n_sources;
    memcpy(sources, lists->sources, n * sizeof *sources);
    char *env_copy = NULL;
    if (n == 0) {
        const char *env = getenv("CORDON_LISTS");
        if (!env || !*env) {
            *exit_status = cli_usage_error(cmd, "no lists to screen against: give --list SOURCE (or set CORDON_LISTS)");
            return NULL;
        }
        env_copy = strdup(env);
        for (char *tok = strtok(env_copy, ":"); tok && n < 64; tok = strtok(NULL, ":")) {
            /* "FORMAT:PATH" entries are written FORMAT=PATH in the colon-separated variable. */
            char *eq = strchr(tok, '=');
            if (eq)
                *eq = ':';
            sources[n++] = tok;
        }
    }
    cordon_index *idx = NULL;
    int status = cordon_index_open(&idx, sources, n, NULL);
    if (status != CORDON_OK) {
        cli_error("%s", cordon_index_errmsg(idx));
        cordon_index_close(idx);
        free(env_copy);
        *exit_status = cli_exit_for(status);
        return NULL;
    }
    if (!quiet)
        cli_print_load_notes(idx);
    free(env_copy); /* the index copied what it keeps */
    return idx;
}

void cli_print_load_notes(const cordon_index *idx)
{
    for (size_t i = 0; i < cordon_index_list_count(idx); i++) {
        const cordon_list_info *l = cordon_index_list(idx, i);
        if (l->skipped == 0 && l->repaired == 0)
            continue;
        fprintf(stderr, "cordon: note: %s: %zu record%s skipped, %zu repaired (", l->id, l->skipped,
                l->skipped == 1 ? "" : "s", l->repaired);
        for (size_t r = 0; r < l->n_issues; r++)
            fprintf(stderr, "%s%s: %zu", r ? "; " : "", l->issues[r].reason, l->issues[r].count);
        fprintf(stderr, "); see 'cordon lists --verbose'\n");
    }
}

cordon_index *cli_open_source(const char *arg, const char *cmd, int *exit_status)
{
    FILE *f = fopen(arg, "rb");
    char magic[8] = {0};
    bool snapshot = f && fread(magic, 1, 8, f) == 8 && memcmp(magic, "CORDONSX", 8) == 0;
    if (f)
        fclose(f);
    cli_lists lists = {0};
    if (snapshot)
        lists.index_file = arg;
    else
        cli_lists_add(&lists, cmd, 'l', arg);
    return cli_open_index(&lists, cmd, true, exit_status);
}

char *cli_read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, used = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + used, 1, cap - used - 1, f);
        used += got;
        if (used + 1 < cap)
            break;
        char *grown = realloc(buf, cap * 2);
        if (!grown) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = grown;
        cap *= 2;
    }
    int failed = ferror(f);
    if (f != stdin)
        fclose(f);
    if (!buf) {
        cli_error("%s: out of memory", path);
        return NULL;
    }
    if (failed) {
        cli_error("%s: read error", path);
        free(buf);
        return NULL;
    }
    buf[used] = '\0';
    *len = used;
    return buf;
}

bool cli_json_print(json_t *value, FILE *out)
{
    /* Into a buffer first, then one write: json_dumpf hands stdio every key, quote and comma
     * separately, and that cost as much as building the value (cordon screen writes millions). */
    enum { FLAGS = JSON_COMPACT | JSON_REAL_PRECISION(6) };
    char stack[16 * 1024];
    size_t need = json_dumpb(value, stack, sizeof stack - 1, FLAGS);
    if (need == 0)
        return false;
    char *buf = stack;
    if (need > sizeof stack - 1) {
        buf = malloc(need + 1);
        if (!buf || json_dumpb(value, buf, need, FLAGS) != need) {
            free(buf);
            return false;
        }
    }
    buf[need] = '\n';
    bool ok = fwrite(buf, 1, need + 1, out) == need + 1;
    if (buf != stack)
        free(buf);
    return ok;
}

void cli_print_cell(FILE *out, const char *text, size_t len, size_t width)
{
    size_t columns = 0;
    bool space = false;
    for (size_t at = 0; at < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + at, (utf8proc_ssize_t)(len - at), &cp);
        if (n <= 0) { /* a byte that is not UTF-8: written as it is, one column */
            fputc(text[at++], out);
            columns++;
            space = false;
            continue;
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') {
            if (!space)
                fputc(' ', out);
            columns += !space;
            space = true;
        } else {
            fwrite(text + at, 1, (size_t)n, out);
            int w = utf8proc_charwidth(cp);
            columns += w > 0 ? (size_t)w : 0;
            space = false;
        }
        at += (size_t)n;
    }
    for (; columns < width; columns++)
        fputc(' ', out);
}
