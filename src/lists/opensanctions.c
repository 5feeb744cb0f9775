/*
 * opensanctions.c — helpers shared by the OpenSanctions loaders (see opensanctions.h).
 */
#include "lists/opensanctions.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <jansson.h>

#include "model/countries.h"

bool cdn_os_party_schema(const char *schema, cordon_schema *out)
{
    static const struct {
        const char *name;
        cordon_schema schema;
    } PARTIES[] = {
        {"Person", CORDON_SCHEMA_PERSON},           {"Organization", CORDON_SCHEMA_ORGANIZATION},
        {"Company", CORDON_SCHEMA_ORGANIZATION},    {"LegalEntity", CORDON_SCHEMA_LEGAL_ENTITY},
        {"PublicBody", CORDON_SCHEMA_ORGANIZATION}, {"Vessel", CORDON_SCHEMA_VESSEL},
        {"Airplane", CORDON_SCHEMA_AIRCRAFT},
    };
    for (size_t i = 0; i < sizeof PARTIES / sizeof PARTIES[0]; i++) {
        if (strcmp(schema, PARTIES[i].name) == 0) {
            *out = PARTIES[i].schema;
            return true;
        }
    }
    return false;
}

/* Decodes one UTF-8 sequence at s[*i] (the text is valid UTF-8: jansson and the CSV loader
 * check it); returns the code point and advances *i. */
static unsigned decode(const unsigned char *s, size_t len, size_t *i)
{
    unsigned c = s[*i];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (*i + n > len)
        n = len - *i;
    unsigned cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < n; k++)
        cp = (cp << 6) | (s[*i + k] & 0x3F);
    *i += n;
    return cp;
}

/* Latin letters: ASCII, Latin-1 Supplement, Extended-A/B, IPA, Latin Extended Additional and
 * the fullwidth forms. */
static bool latin_letter(unsigned cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x2AF && cp != 0xD7 &&
           cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0xFF21 && cp <= 0xFF5A);
}

/* Code points that are neither letters of a script nor Latin: punctuation, symbols, marks. */
static bool neutral(unsigned cp)
{
    return cp < 0x370 || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
           (cp >= 0xFE00 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF20);
}

bool cdn_os_non_latin(const char *s, size_t len)
{
    size_t latin = 0, other = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        unsigned cp = decode(u, len, &i);
        if (latin_letter(cp))
            latin++;
        else if (!neutral(cp))
            other++;
    }
    return other > latin;
}

cordon_name_kind cdn_os_name_kind(cordon_name_kind kind, const char *s, size_t len)
{
    return kind == CORDON_NAME_ALIAS && cdn_os_non_latin(s, len) ? CORDON_NAME_ORIGINAL_SCRIPT : kind;
}

int cdn_os_add_country(cdn_loader *ld, const char *file, long line, const char *owner, const char *value, size_t len,
                       cordon_country_role role)
{
    while (len && isspace((unsigned char)*value)) {
        value++;
        len--;
    }
    while (len && isspace((unsigned char)value[len - 1]))
        len--;
    if (len == 0)
        return CORDON_OK;
    char code[3] = "";
    if (len == 2 && isalpha((unsigned char)value[0]) && isalpha((unsigned char)value[1])) {
        code[0] = (char)toupper((unsigned char)value[0]);
        code[1] = (char)toupper((unsigned char)value[1]);
        if (!cdn_country_name(code))
            code[0] = '\0';
    }
    if (!code[0] && !cdn_country_code(value, len, code))
        return cdn_loader_repair(ld, file, line, "country that is not an ISO 3166-1 country dropped",
                                 "%s: country '%.*s' is not an ISO 3166-1 country; dropped", owner,
                                 (int)(len < 60 ? len : 60), value);
    return cdn_builder_add_country(&ld->builder, code, role) ? CORDON_OK : cdn_error_nomem(ld->err);
}

bool cdn_os_parse_date(const char *value, size_t len, cordon_date_range *out)
{
    while (len && isspace((unsigned char)*value)) {
        value++;
        len--;
    }
    while (len && isspace((unsigned char)value[len - 1]))
        len--;
    /* A date-time ("2023-02-24T00:00:00") keeps its date. */
    const char *t = memchr(value, 'T', len);
    if (t && t - value == 10)
        len = 10;
    return cdn_date_parse_iso(value, len, out) && memcmp(&out->from, &out->to, sizeof out->from) == 0;
}

int cdn_os_add_birth_date(cdn_loader *ld, const char *file, long line, const char *owner, const char *value,
                          size_t len)
{
    cordon_date_range d;
    if (!cdn_os_parse_date(value, len, &d))
        return cdn_loader_repair(ld, file, line, "date that is not an ISO 8601 date dropped",
                                 "%s: date '%.*s' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); dropped", owner,
                                 (int)(len < 60 ? len : 60), value);
    return cdn_builder_add_birth_date(&ld->builder, &d) ? CORDON_OK : cdn_error_nomem(ld->err);
}

const char *cdn_os_reason(cdn_loader *ld, cdn_strmap *cache, const char *before, const char *schema,
                          const char *after)
{
    char reason[256];
    snprintf(reason, sizeof reason, "%s%.64s%s", before, schema, after);
    const char *known = cdn_strmap_get(cache, reason, strlen(reason));
    if (known)
        return known;
    char *copy = cdn_arena_strdup(ld->arena, reason);
    if (!copy || !cdn_strmap_put(cache, copy, strlen(copy), copy, NULL))
        return NULL;
    return copy;
}

/* Copies the JSON string member key of obj into out ("" when absent). */
static void member(const json_t *obj, const char *key, char *out, size_t size)
{
    const char *s = json_string_value(json_object_get(obj, key));
    snprintf(out, size, "%s", s ? s : "");
}

void cdn_os_read_index(const char *data_path, cdn_os_index *out)
{
    memset(out, 0, sizeof *out);
    char path[4096];
    const char *slash = strrchr(data_path, '/');
    if (slash)
        snprintf(path, sizeof path, "%.*s/index.json", (int)(slash - data_path), data_path);
    else
        snprintf(path, sizeof path, "index.json");
    json_t *index = json_load_file(path, 0, NULL);
    if (!index)
        return;
    member(index, "name", out->name, sizeof out->name);
    member(index, "title", out->title, sizeof out->title);
    member(index, "updated_at", out->updated_at, sizeof out->updated_at);
    out->found = json_is_object(index) && out->name[0];
    json_decref(index);
}

/* The export's generic file names, which say nothing about the dataset. */
static bool generic_name(const char *base)
{
    static const char *const GENERIC[] = {"entities.", "targets.", "index.", "statistics."};
    for (size_t i = 0; i < sizeof GENERIC / sizeof GENERIC[0]; i++)
        if (strncmp(base, GENERIC[i], strlen(GENERIC[i])) == 0)
            return true;
    return false;
}

void cdn_os_list_id_from_path(const char *path, char *out, size_t size)
{
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", path);
    size_t len = strlen(copy);
    while (len > 1 && copy[len - 1] == '/')
        copy[--len] = '\0';
    struct stat st;
    bool is_dir = stat(copy, &st) == 0 && S_ISDIR(st.st_mode);
    char *base = strrchr(copy, '/');
    base = base ? base + 1 : copy;
    if (!is_dir && generic_name(base) && base != copy) {
        base[-1] = '\0'; /* the directory's name instead */
        char *parent = strrchr(copy, '/');
        base = parent ? parent + 1 : copy;
    } else if (!is_dir) {
        char *dot = strchr(base, '.');
        if (dot && dot != base)
            *dot = '\0';
    }
    snprintf(out, size, "%s", *base ? base : "opensanctions");
}

