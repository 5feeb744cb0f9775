/*
 * source.c — the table of list formats, and "[FORMAT:]PATH" resolution with detection from
 * content.
 */
#include "lists/loader.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

static const cdn_format FORMATS[] = {
    {"us-ofac-csv", "OFAC SDN or consolidated legacy CSV set (sdn.csv, alt.csv, ... or cons_*.csv)", cdn_detect_ofac_csv,
     cdn_load_ofac_csv},
    {"ftm", "OpenSanctions FollowTheMoney JSON lines and their delta updates", cdn_detect_ftm, cdn_load_ftm},
    {"os-simple-csv", "OpenSanctions targets.simple.csv", cdn_detect_os_simple_csv, cdn_load_os_simple_csv},
    {"un-xml", "UN Security Council Consolidated List XML", cdn_detect_un_xml, cdn_load_un_xml},
    {"eu-fsf-csv", "EU Financial Sanctions File CSV (v1.0 and v1.1)", cdn_detect_eu_fsf_csv, cdn_load_eu_fsf_csv},
    {"gb-hmt-csv", "UK HM Treasury / OFSI Consolidated List (ConList.csv)", cdn_detect_gb_hmt_csv, cdn_load_gb_hmt_csv},
    {"us-csl-csv", "US Consolidated Screening List (consolidated.csv, plain or .gz)", cdn_detect_us_csl_csv,
     cdn_load_us_csl_csv},
    {"csv", "cordon's custom-list CSV (docs/custom-csv.md)", cdn_detect_custom_csv, cdn_load_custom_csv},
};

const cdn_format *cdn_formats(size_t *count)
{
    *count = sizeof FORMATS / sizeof FORMATS[0];
    return FORMATS;
}

static const cdn_format *format_named(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof FORMATS / sizeof FORMATS[0]; i++)
        if (strlen(FORMATS[i].name) == len && memcmp(FORMATS[i].name, name, len) == 0)
            return &FORMATS[i];
    return NULL;
}

/* Whether the text before the first ':' looks like a format name (lower-case letters, digits
 * and dashes) rather than part of a path. */
static size_t format_prefix(const char *source)
{
    size_t i = 0;
    while ((source[i] >= 'a' && source[i] <= 'z') || (source[i] >= '0' && source[i] <= '9') || source[i] == '-')
        i++;
    return i > 0 && source[i] == ':' ? i : 0;
}

static void format_names(char *buf, size_t size)
{
    buf[0] = '\0';
    size_t used = 0;
    for (size_t i = 0; i < sizeof FORMATS / sizeof FORMATS[0] && used < size; i++) {
        int n = snprintf(buf + used, size - used, "%s%s", i ? ", " : "", FORMATS[i].name);
        if (n < 0)
            break;
        used += (size_t)n;
    }
}

int cdn_source_resolve(const char *source, const cdn_format **format, const char **path, cdn_error *err)
{
    struct stat st;
    size_t prefix = format_prefix(source);
    *format = NULL;
    *path = source;
    if (prefix && stat(source, &st) != 0) {
        *format = format_named(source, prefix);
        *path = source + prefix + 1;
        if (!*format) {
            char names[512];
            format_names(names, sizeof names);
            return cdn_error_set(err, CORDON_EINVAL, "unknown list format '%.*s' in '%s' (formats: %s)", (int)prefix,
                                 source, source, names);
        }
    }
    /* "BASE+UPDATE+..." (a list and updates to apply to it, for formats that take them): when no
     * file has the whole name, its first part must exist, and the format is detected from it. */
    char first[4096];
    const char *probe = *path;
    if (stat(*path, &st) != 0) {
        const char *plus = strchr(*path, '+');
        if (plus && (size_t)(plus - *path) < sizeof first) {
            snprintf(first, sizeof first, "%.*s", (int)(plus - *path), *path);
            probe = first;
        }
        if (probe == *path || stat(probe, &st) != 0)
            return cdn_error_at(err, CORDON_EIO, probe, 0, "cannot open: %s", strerror(errno));
    }
    if (*format)
        return CORDON_OK;

    char head[4096];
    size_t head_len = 0;
    bool is_dir = S_ISDIR(st.st_mode);
    if (!is_dir) {
        gzFile f = gzopen(probe, "rb");
        if (!f)
            return cdn_error_at(err, CORDON_EIO, probe, 0, "cannot open: %s", strerror(errno));
        int n = gzread(f, head, sizeof head - 1);
        gzclose(f);
        if (n < 0)
            return cdn_error_at(err, CORDON_EIO, probe, 0, "cannot read");
        head_len = (size_t)n;
    }
    head[head_len] = '\0';
    for (size_t i = 0; i < sizeof FORMATS / sizeof FORMATS[0]; i++) {
        if (FORMATS[i].detect(probe, is_dir, head, head_len)) {
            *format = &FORMATS[i];
            return CORDON_OK;
        }
    }
    char names[512];
    format_names(names, sizeof names);
    if (!is_dir && head_len == 0)
        return cdn_error_at(err, CORDON_EDATA, probe, 0, "the file is empty");
    return cdn_error_at(err, CORDON_EINVAL, probe, 0,
                        "cannot tell the list format from the content; name it as FORMAT:PATH (formats: %s)", names);
}
