/*
 * places.c — joining the parts of a place, and mapping countries with a repair when a country is
 * not known (see places.h).
 */
#include "lists/places.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "model/countries.h"

/* Trims ASCII spaces from both ends of s[0..len); returns the new length. */
static size_t trim(const char **s, size_t len)
{
    while (len && isspace((unsigned char)**s)) {
        (*s)++;
        len--;
    }
    while (len && isspace((unsigned char)(*s)[len - 1]))
        len--;
    return len;
}

bool cdn_place_append(cdn_strbuf *out, const char *sep, const char *part, size_t len)
{
    if (!part)
        return true;
    len = trim(&part, len);
    if (len == 0 || cdn_place_unknown(part, len))
        return true;
    if (out->len && !cdn_strbuf_append_str(out, sep))
        return false;
    return cdn_strbuf_append(out, part, len);
}

bool cdn_place_unknown(const char *text, size_t len)
{
    static const char *const UNKNOWN[] = {"na", "n/a", "unknown", "-"};
    len = trim(&text, len);
    for (size_t i = 0; i < sizeof UNKNOWN / sizeof UNKNOWN[0]; i++)
        if (strlen(UNKNOWN[i]) == len && strncasecmp(UNKNOWN[i], text, len) == 0)
            return true;
    return false;
}

int cdn_place_country_code(cdn_loader *ld, const char *file, long line, const char *who, const char *text, size_t len,
                           const char *what, const char *reason, bool *found, char code[3])
{
    code[0] = '\0';
    *found = false;
    len = trim(&text, len);
    if (len == 0 || cdn_place_unknown(text, len))
        return CORDON_OK;
    if (!cdn_country_code(text, len, code)) {
        code[0] = '\0';
        return cdn_loader_repair(ld, file, line, reason, "%s%s '%.*s' is no country cordon knows, kept as text",
                                 who ? who : "", what, (int)(len < 80 ? len : 80), text);
    }
    *found = true;
    return CORDON_OK;
}

int cdn_place_country(cdn_loader *ld, const char *file, long line, const char *who, const char *text, size_t len,
                      cordon_country_role role, const char *reason, bool *found, char code[3])
{
    char local[3];
    char *out = code ? code : local;
    int status = cdn_place_country_code(ld, file, line, who, text, len, cordon_country_role_name(role), reason, found,
                                        out);
    if (status != CORDON_OK || !*found)
        return status;
    return cdn_builder_add_country(&ld->builder, out, role) ? CORDON_OK : cdn_error_nomem(ld->err);
}
