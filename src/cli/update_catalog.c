/*
 * update_catalog.c — the official lists `cordon update` knows, their publishers' URLs, and the
 * configuration that overrides them.
 *
 * Default URLs, as the publishers give them (checked 2026-11):
 *   OFAC SDN and consolidated non-SDN legacy CSV files, Sanctions List Service (answers with a
 *     redirect to a signed download):
 *     https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV (and
 *     ALT.CSV, ADD.CSV, SDN_COMMENTS.CSV; CONS_PRIM.CSV, CONS_ALT.CSV, CONS_ADD.CSV,
 *     CONS_COMMENTS.CSV); OFAC's data formats page: https://ofac.treasury.gov/specially-designated-nationals-list-data-formats-data-schemas
 *   UN Security Council consolidated list: https://scsanctions.un.org/resources/xml/en/consolidated.xml
 *   UK OFSI consolidated list, the CSV format cordon reads:
 *     https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv
 *     (OFSI announced its move to the FCDO UK Sanctions List; configure another URL when this
 *     one stops being updated)
 *   EU Financial Sanctions Files, full list CSV 1.1 (the token is the public one the FSF site
 *     itself links): https://webgate.ec.europa.eu/fsd/fsf/public/files/csvFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw
 *   US Consolidated Screening List (trade.gov):
 *     https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv
 *   OpenSanctions "sanctions" collection, simple CSV (opt-in: its licence is for
 *     non-commercial use unless you hold a data licence):
 *     https://data.opensanctions.org/datasets/latest/sanctions/targets.simple.csv
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli/update.h"

static const update_list LISTS[] = {
    {"us-ofac-sdn", "us-ofac-csv", "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports", false,
     {{"sdn.csv", "SDN.CSV"}, {"alt.csv", "ALT.CSV"}, {"add.csv", "ADD.CSV"}, {"sdn_comments.csv", "SDN_COMMENTS.CSV"}},
     4},
    {"us-ofac-cons", "us-ofac-csv", "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports", false,
     {{"cons_prim.csv", "CONS_PRIM.CSV"},
      {"cons_alt.csv", "CONS_ALT.CSV"},
      {"cons_add.csv", "CONS_ADD.CSV"},
      {"cons_comments.csv", "CONS_COMMENTS.CSV"}},
     4},
    {"un-sc", "un-xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml", false,
     {{"consolidated.xml", NULL}}, 1},
    {"gb-hmt", "gb-hmt-csv", "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv", false,
     {{"ConList.csv", NULL}}, 1},
    {"eu-fsf", "eu-fsf-csv",
     "https://webgate.ec.europa.eu/fsd/fsf/public/files/csvFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw", false,
     {{"sanctions.csv", NULL}}, 1},
    {"us-csl", "us-csl-csv", "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv",
     false, {{"consolidated.csv", NULL}}, 1},
    {"opensanctions", "os-simple-csv", "https://data.opensanctions.org/datasets/latest/sanctions/targets.simple.csv",
     true, {{"targets.simple.csv", NULL}}, 1},
};

enum { N_LISTS = sizeof LISTS / sizeof LISTS[0] };

size_t update_list_count(void)
{
    return N_LISTS;
}

const update_list *update_list_at(size_t i)
{
    return i < N_LISTS ? &LISTS[i] : NULL;
}

const update_list *update_list_find(const char *id)
{
    for (size_t i = 0; i < N_LISTS; i++)
        if (strcmp(LISTS[i].id, id) == 0)
            return &LISTS[i];
    return NULL;
}

static size_t index_of(const char *id)
{
    const update_list *l = update_list_find(id);
    return l ? (size_t)(l - LISTS) : N_LISTS;
}

static char *trimmed(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

static bool set_url(update_urls *u, size_t i, const char *url)
{
    free(u->url[i]);
    u->url[i] = strdup(url);
    return u->url[i] != NULL;
}

int update_urls_load(update_urls *u, const char *path)
{
    memset(u, 0, sizeof *u);
    if (path) {
        FILE *f = fopen(path, "r");
        if (!f) {
            cli_error("%s: cannot open: %s", path, strerror(errno));
            return EXIT_BAD_INPUT;
        }
        char line[4096];
        long line_no = 0;
        while (fgets(line, sizeof line, f)) {
            line_no++;
            char *hash = strchr(line, '#');
            if (hash && (hash == line || isspace((unsigned char)hash[-1])))
                *hash = '\0'; /* a comment; a '#' inside a URL is kept */
            char *s = trimmed(line);
            if (!*s)
                continue;
            char *eq = strchr(s, '=');
            if (!eq) {
                cli_error("%s:%ld: expected LIST = URL", path, line_no);
                fclose(f);
                return EXIT_BAD_INPUT;
            }
            *eq = '\0';
            char *id = trimmed(s), *url = trimmed(eq + 1);
            size_t i = index_of(id);
            if (i == N_LISTS || !*url) {
                cli_error("%s:%ld: %s", path, line_no, i == N_LISTS ? "unknown list (see 'cordon update --help')" : "empty URL");
                fclose(f);
                return EXIT_BAD_INPUT;
            }
            set_url(u, i, url);
        }
        fclose(f);
    }
    for (size_t i = 0; i < N_LISTS; i++) {
        char name[64] = "CORDON_URL_";
        size_t n = strlen(name);
        for (const char *p = LISTS[i].id; *p && n < sizeof name - 1; p++)
            name[n++] = *p == '-' ? '_' : (char)toupper((unsigned char)*p);
        name[n] = '\0';
        const char *env = getenv(name);
        if (env && *env)
            set_url(u, i, env);
    }
    return EXIT_DONE;
}

void update_urls_free(update_urls *u)
{
    for (size_t i = 0; i < N_LISTS; i++)
        free(u->url[i]);
    memset(u, 0, sizeof *u);
}

const char *update_url(const update_urls *u, size_t i)
{
    if (u->url[i])
        return u->url[i];
    return LISTS[i].opt_in ? NULL : LISTS[i].default_url;
}

void update_file_url(const update_list *l, const update_file *f, const char *url, char *buf, size_t size)
{
    if (l->n_files == 1) {
        snprintf(buf, size, "%s", url);
        return;
    }
    size_t n = strlen(url);
    while (n && url[n - 1] == '/')
        n--;
    snprintf(buf, size, "%.*s/%s", (int)n, url, f->remote);
}
